package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

const sqliteMagic = "SQLite format 3\x00"

// checkHeader reads the 100-byte SQLite header of the file through fd and
// refuses, before SQLite touches the file, what is plainly not a report of
// this program: an empty or non-SQLite file, another application's
// database, a newer schema, a truncated file. While a write-ahead log lies
// beside the file the header may be stale, so only the format is checked
// then and the rest is left to the checks made through SQLite.
func checkHeader(fd *os.File, op, path string) error {
	fi, err := fd.Stat()
	if err != nil {
		return fmt.Errorf("store: %s %s: %w", op, path, err)
	}
	size := fi.Size()
	if size == 0 {
		return fileErr(op, path, ErrNotReport, "the file is empty")
	}
	var h [100]byte
	n, _ := fd.ReadAt(h[:], 0)
	if n < len(h) || !bytes.Equal(h[:16], []byte(sqliteMagic)) {
		return fileErr(op, path, ErrNotReport, "it is not a SQLite database")
	}
	if hotWAL(path) {
		return nil
	}
	if id := binary.BigEndian.Uint32(h[68:]); id != applicationID {
		return fileErr(op, path, ErrNotReport, "it is a SQLite database of another program")
	}
	if v := int(int32(binary.BigEndian.Uint32(h[60:]))); v > schemaVersion {
		return fileErr(op, path, ErrNewerSchema, fmt.Sprintf("schema version %d, this program reads up to %d; update rapporteur", v, schemaVersion))
	}
	pageSize := int64(binary.BigEndian.Uint16(h[16:]))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int64(binary.BigEndian.Uint32(h[28:]))
	valid := binary.BigEndian.Uint32(h[92:]) == binary.BigEndian.Uint32(h[24:])
	if pageSize < 512 || size%pageSize != 0 || (valid && size < pages*pageSize) {
		return fileErr(op, path, ErrCorrupt, fmt.Sprintf("it is truncated (%d bytes, %d expected)", size, pages*pageSize))
	}
	return nil
}

// hotWAL reports whether a non-empty write-ahead log lies beside path, as
// after a crash of the process that had it open for writing.
func hotWAL(path string) bool {
	fi, err := os.Stat(path + "-wal")
	return err == nil && fi.Size() > 0
}

// checkWritable refuses a file, or a folder, that may not be written: by
// permission, or because the user took away every write bit (which root
// ignores, but the user meant).
func checkWritable(path string) error {
	if !writable(path) {
		return fileErr("open", path, ErrReadOnlyFile, "the file is read-only; open it read-only instead")
	}
	if dir := filepath.Dir(path); !writable(dir) {
		return fileErr("open", path, ErrReadOnlyFile, fmt.Sprintf("its folder %s is read-only; open it read-only, or copy it to a folder you can write", dir))
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
