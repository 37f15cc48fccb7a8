package ingest

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"unicode/utf16"
)

// cfbMagic opens an OLE compound file: a Word 97–2003 document (.doc), or
// a .docx that Word encrypted with a password (the package then sits in an
// EncryptedPackage stream).
var cfbMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Bounds on the compound file's directory walk.
const (
	maxCFBDirSectors = 4096
	maxCFBEntries    = 4096
)

// The refusals of compound files; each says what to do.
var (
	errEncrypted    = errors.New("the document is password-protected: save it without a password first")
	errDoc          = errors.New("a Word 97–2003 document (.doc): open it in Word or LibreOffice and save it as .docx")
	errDocEncrypted = errors.New("a password-protected Word 97–2003 document (.doc): save it without a password, as .docx")
	errCFBOther     = errors.New("not a Word document: an Office 97–2003 file of another kind (not Word)")
)

// cfbEntry is one directory entry of a compound file: a stream's name, the
// first sector of its data and its size.
type cfbEntry struct {
	name  string
	start uint32
	size  uint64
}

// compoundFileError reads the directory of a compound file and says what
// it is, as an error: an encrypted package, a .doc (encrypted or not) or
// another Office file.
func compoundFileError(ra io.ReaderAt, size int64) error {
	c, err := readCFB(ra, size)
	if err != nil {
		return fmt.Errorf("an Office 97–2003 (compound) file that cannot be read: %w; if it is a Word document, save it as .docx", err)
	}
	if c.find("EncryptedPackage") != nil {
		return errEncrypted
	}
	if e := c.find("WordDocument"); e != nil {
		if c.docEncrypted(e) {
			return errDocEncrypted
		}
		return errDoc
	}
	return errCFBOther
}

// cfb is a compound file's header and directory.
type cfb struct {
	ra      io.ReaderAt
	size    int64
	shift   uint
	fat     []uint32
	entries []cfbEntry
}

// readCFB reads the header, the sector allocation table (from the header's
// 109 entries, enough for files of several megabytes, then the DIFAT chain)
// and the directory, with every loop bounded by the file's size.
func readCFB(ra io.ReaderAt, size int64) (*cfb, error) {
	var h [512]byte
	if _, err := ra.ReadAt(h[:], 0); err != nil {
		return nil, errors.New("truncated header")
	}
	shift := uint(binary.LittleEndian.Uint16(h[0x1E:]))
	if shift != 9 && shift != 12 {
		return nil, fmt.Errorf("sector size 2^%d", shift)
	}
	c := &cfb{ra: ra, size: size, shift: shift}
	nFAT := binary.LittleEndian.Uint32(h[0x2C:])
	// The FAT's sectors are sectors of the file, and only the entries for
	// the file's own sectors mean anything: whatever the header claims, no
	// more FAT sectors are read than those entries need (Word allocates a
	// few more than it uses).
	sectors := size>>shift - 1
	per := int64(1<<shift) / 4
	if need := uint32((sectors + per - 1) / per); nFAT > need {
		nFAT = need
	}
	var fatSectors []uint32
	for i := 0; i < 109 && uint32(len(fatSectors)) < nFAT; i++ {
		fatSectors = append(fatSectors, binary.LittleEndian.Uint32(h[0x4C+4*i:]))
	}
	fatSectors = c.difat(fatSectors, nFAT, binary.LittleEndian.Uint32(h[0x44:]))
	for _, s := range fatSectors {
		b, err := c.sector(s)
		if err != nil {
			return nil, err
		}
		for i := 0; i+4 <= len(b) && int64(len(c.fat)) < sectors; i += 4 {
			c.fat = append(c.fat, binary.LittleEndian.Uint32(b[i:]))
		}
	}
	return c, c.directory(binary.LittleEndian.Uint32(h[0x30:]))
}

// difat follows the chain of DIFAT sectors for FAT sectors beyond the
// header's 109.
func (c *cfb) difat(fatSectors []uint32, nFAT, next uint32) []uint32 {
	per := (1 << c.shift) / 4
	for hops := 0; next < 0xFFFFFFFA && uint32(len(fatSectors)) < nFAT && hops < maxCFBDirSectors; hops++ {
		b, err := c.sector(next)
		if err != nil {
			break
		}
		for i := 0; i < per-1 && uint32(len(fatSectors)) < nFAT; i++ {
			fatSectors = append(fatSectors, binary.LittleEndian.Uint32(b[4*i:]))
		}
		next = binary.LittleEndian.Uint32(b[4*(per-1):])
	}
	return fatSectors
}

// directory reads the directory entries along the chain from first.
func (c *cfb) directory(first uint32) error {
	s := first
	for hops := 0; s < 0xFFFFFFFA; hops++ {
		if hops >= maxCFBDirSectors || len(c.entries) >= maxCFBEntries {
			return errors.New("directory too long (a loop?)")
		}
		b, err := c.sector(s)
		if err != nil {
			return err
		}
		for i := 0; i+128 <= len(b); i += 128 {
			c.entries = append(c.entries, parseCFBEntry(b[i:i+128]))
		}
		if int(s) >= len(c.fat) {
			return fmt.Errorf("directory sector %d outside the allocation table", s)
		}
		s = c.fat[s]
	}
	return nil
}

// parseCFBEntry reads one 128-byte directory entry.
func parseCFBEntry(b []byte) cfbEntry {
	n := int(binary.LittleEndian.Uint16(b[0x40:]))
	if n > 64 {
		n = 64
	}
	var u []uint16
	for i := 0; i+1 < n; i += 2 {
		if r := binary.LittleEndian.Uint16(b[i:]); r != 0 {
			u = append(u, r)
		}
	}
	return cfbEntry{name: string(utf16.Decode(u)), start: binary.LittleEndian.Uint32(b[0x74:]),
		size: binary.LittleEndian.Uint64(b[0x78:])}
}

// sector returns the bytes of sector s.
func (c *cfb) sector(s uint32) ([]byte, error) {
	off := (int64(s) + 1) << c.shift
	if s >= 0xFFFFFFFA || off+int64(1)<<c.shift > c.size {
		return nil, fmt.Errorf("sector %d outside the file", s)
	}
	b := make([]byte, 1<<c.shift)
	if _, err := c.ra.ReadAt(b, off); err != nil {
		return nil, fmt.Errorf("sector %d: %w", s, err)
	}
	return b, nil
}

// find returns the directory entry named name, or nil.
func (c *cfb) find(name string) *cfbEntry {
	for i := range c.entries {
		if c.entries[i].name == name {
			return &c.entries[i]
		}
	}
	return nil
}

// docEncrypted reports whether a WordDocument stream's File Information
// Block says the document is encrypted (fEncrypted, bit 8 of the flags at
// offset 10). Streams kept in the mini stream (under 4,096 bytes, never a
// real document) are taken as not encrypted.
func (c *cfb) docEncrypted(e *cfbEntry) bool {
	if e.size < 4096 {
		return false
	}
	b, err := c.sector(e.start)
	if err != nil || len(b) < 12 || binary.LittleEndian.Uint16(b) != 0xA5EC {
		return false
	}
	return binary.LittleEndian.Uint16(b[10:])&0x0100 != 0
}
