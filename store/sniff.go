package store

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
)

// Ext is the file extension of a report file.
const Ext = ".rap"

// IsReportFile reports whether path names a report file rather than a
// document to import: by the .rap extension, or by the SQLite header of a
// regular file named otherwise. It opens nothing for writing, reads 16
// bytes and never opens a FIFO or a device (which could block).
func IsReportFile(path string) bool {
	if strings.EqualFold(filepath.Ext(path), Ext) {
		return true
	}
	if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(sqliteMagic))
	n, _ := f.Read(head)
	return bytes.Equal(head[:n], []byte(sqliteMagic))
}
