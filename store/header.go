package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

const sqliteMagic = "SQLite format 3\x00"

// disk is what lies on disk for a report, read before SQLite opens it:
// the file's header and what is beside it.
type disk struct {
	size    int64
	walMode bool  // the header says write-ahead log (a file of an older rapporteur)
	hot     bool  // a rollback journal left by a save that did not finish
	wal     int64 // the size of the -wal beside the file, -1 when there is none
}

// recovering reports whether SQLite would change the file, or the files
// beside it, on its first read: roll back a journal or replay a log.
func (d disk) recovering() bool { return d.hot || d.walMode || d.wal >= 0 }

// inspect reads the 100-byte SQLite header of the file through fd and what
// lies beside it, and refuses, before SQLite touches anything, what is
// plainly not a report of this program: an empty or non-SQLite file, a
// damaged header, another application's database, a newer schema, a
// truncated file, a write-ahead log that belongs to another file. While a
// journal or a log lies beside the file the header may be stale, so only
// its format is checked then; the rest is checked on a private copy once
// SQLite has recovered it.
func inspect(fd *os.File, op, path, abs string) (disk, error) {
	fi, err := fd.Stat()
	if err != nil {
		return disk{}, fmt.Errorf("store: %s %s: %w", op, path, err)
	}
	d := disk{size: fi.Size(), wal: sideSize(abs + "-wal")}
	if !fi.Mode().IsRegular() {
		return d, fileErr(op, path, ErrNotReport, "it is not a regular file")
	}
	if d.size == 0 {
		return d, fileErr(op, path, ErrNotReport, "the file is empty")
	}
	for _, sfx := range []string{"-journal", "-wal", "-shm"} {
		if kind := oddKind(abs + sfx); kind != "" {
			return d, fileErr(op, path, ErrForeign, fmt.Sprintf(
				"%s beside it is %s, not a file SQLite writes; move it away and try again", filepath.Base(path)+sfx, kind))
		}
	}
	var h [100]byte
	n, _ := fd.ReadAt(h[:], 0)
	if n < len(h) || !bytes.Equal(h[:16], []byte(sqliteMagic)) {
		return d, fileErr(op, path, ErrNotReport, "it is not a SQLite database")
	}
	if problem := headerDamage(h[:]); problem != "" {
		return d, fileErr(op, path, ErrCorrupt, problem)
	}
	d.walMode = h[18] == 2
	d.hot = hotJournal(abs + "-journal")
	if !d.walMode && d.wal > 0 {
		return d, fileErr(op, path, ErrForeign, fmt.Sprintf(
			"a write-ahead log %s lies beside it, but a report keeps none: it belongs to another file; move it away and try again",
			filepath.Base(path)+"-wal"))
	}
	if d.recovering() {
		return d, nil
	}
	return d, checkHeaderContent(h[:], d.size, op, path)
}

// headerDamage names what in the header SQLite itself never writes, or "".
func headerDamage(h []byte) string {
	ps := pageSize(h)
	switch {
	case ps == 0:
		return fmt.Sprintf("its header gives an impossible page size (%d)", binary.BigEndian.Uint16(h[16:]))
	case h[18] < 1 || h[18] > 2 || h[19] < 1 || h[19] > 2:
		return fmt.Sprintf("its header gives an unknown file format (%d/%d)", h[18], h[19])
	case int(h[20]) > ps-480:
		return fmt.Sprintf("its header reserves %d bytes of every page", h[20])
	case h[21] != 64 || h[22] != 32 || h[23] != 32:
		return "its header gives impossible payload fractions"
	}
	return ""
}

// pageSize returns the page size the header gives, 0 if it is not one
// SQLite writes (a power of two from 512 to 65536).
func pageSize(h []byte) int {
	v := int(binary.BigEndian.Uint16(h[16:]))
	if v == 1 {
		return 65536
	}
	if v < 512 || v&(v-1) != 0 {
		return 0
	}
	return v
}

// checkHeaderContent checks what the header says of the content: the
// application, the schema version, the text encoding and the size.
func checkHeaderContent(h []byte, size int64, op, path string) error {
	if id := binary.BigEndian.Uint32(h[68:]); id != applicationID {
		return fileErr(op, path, ErrNotReport, "it is a SQLite database of another program")
	}
	if v := int(int32(binary.BigEndian.Uint32(h[60:]))); v > schemaVersion {
		return fileErr(op, path, ErrNewerSchema, fmt.Sprintf("schema version %d, this program reads up to %d; update rapporteur", v, schemaVersion))
	}
	if enc := binary.BigEndian.Uint32(h[56:]); enc != 1 {
		return fileErr(op, path, ErrNotReport, fmt.Sprintf("its text is not in UTF-8 (encoding %d), as a report's is", enc))
	}
	ps := int64(pageSize(h))
	pages := int64(binary.BigEndian.Uint32(h[28:]))
	valid := binary.BigEndian.Uint32(h[92:]) == binary.BigEndian.Uint32(h[24:])
	if size%ps != 0 || (valid && size < pages*ps) {
		return fileErr(op, path, ErrCorrupt, fmt.Sprintf("it is truncated (%d bytes, %d expected)", size, pages*ps))
	}
	return nil
}

// sideSize returns the size of a file beside the report, -1 when there is
// none.
func sideSize(path string) int64 {
	fi, err := os.Lstat(path)
	if err != nil {
		return -1
	}
	return fi.Size()
}

// oddKind names what lies at path when it is something other than a
// regular file ("a named pipe", "a folder", "a symbolic link"), and
// returns "" for a regular file or nothing. SQLite would block on a named
// pipe for a journal, or fail on a folder or a link with a message of its
// own.
func oddKind(path string) string {
	fi, err := os.Lstat(path)
	switch {
	case err != nil, fi.Mode().IsRegular():
		return ""
	case fi.Mode()&fs.ModeSymlink != 0:
		return "a symbolic link"
	case fi.IsDir():
		return "a folder"
	}
	return fileKind(fi.Mode())
}

// hotJournal reports whether a rollback journal that SQLite would play back
// lies at path: not empty and not zeroed. (SQLite also asks whether a
// writer holds the file; the caller knows that from the write lock.) It
// never blocks, whatever lies at path.
func hotJournal(path string) bool {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	var b [1]byte
	_, err = io.ReadFull(f, b[:])
	return err == nil && b[0] != 0
}

// checkWritable refuses a file, or a folder, that may not be written: by
// permission, or because the user took away every write bit (which root
// ignores, but the user meant).
func checkWritable(op, path, abs string) error {
	if !writable(abs) {
		return fileErr(op, path, ErrReadOnlyFile, "the file is read-only; open it read-only instead")
	}
	if dir := filepath.Dir(abs); !writable(dir) {
		return fileErr(op, path, ErrReadOnlyFile, fmt.Sprintf("its folder %s is read-only; open it read-only, or copy it to a folder you can write", filepath.Dir(path)))
	}
	return nil
}

func writable(path string) bool {
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm()&0o222 == 0 {
		return false
	}
	return syscall.Access(path, 2 /* W_OK */) == nil
}
