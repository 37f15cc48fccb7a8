package store

import (
	"os"
	"syscall"
	"time"
)

// stamp is what tells one state of a file from another: which file it is
// (device and inode), how many names it has, its size and its time of
// change.
type stamp struct {
	key   fileKey
	links uint64
	size  int64
	mtime time.Time
}

// stampOf returns the stamp of a file from its FileInfo.
func stampOf(fi os.FileInfo) stamp {
	s := stamp{size: fi.Size(), mtime: fi.ModTime()}
	s.key, _ = keyOf(fi)
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		s.links = uint64(st.Nlink)
	}
	return s
}

// stamp returns the stamp of the open descriptor (none for no handle).
func (h *handle) stamp() stamp {
	if h == nil {
		return stamp{}
	}
	fi, err := h.fd.Stat()
	if err != nil {
		return stamp{}
	}
	return stampOf(fi)
}

// Whereabouts says what became of a File's report on disk.
type Whereabouts int

const (
	// Here: the file at the path is the one the File has open, as the File
	// last wrote (or, read-only, first saw) it.
	Here Whereabouts = iota
	// ChangedElsewhere: the file at the path is the one the File has open,
	// but something else has written to it since.
	ChangedElsewhere
	// Deleted: the file was deleted; nothing is at the path.
	Deleted
	// MovedAway: the file was moved or renamed; nothing is at the path.
	MovedAway
	// Replaced: another file is at the path now (the File's own file was
	// deleted, moved or overwritten by a rename).
	Replaced
)

// gone reports whether the file is no longer at the path: deleted, moved
// away or replaced.
func (w Whereabouts) gone() bool { return w == Deleted || w == MovedAway || w == Replaced }

// String names the state for messages: "here", "deleted", ….
func (w Whereabouts) String() string {
	return [...]string{"here", "changed by another process", "deleted", "moved away", "replaced by another file"}[w]
}

// Whereabouts tells whether the file at the File's path is still the one
// it holds open: same device and inode, still linked, and, for a writer,
// with the size and time of change of its last save. It costs two stat
// calls, so a window may poll it every second. A File whose file is
// Deleted, MovedAway or Replaced refuses to save (ErrMoved); SaveAs writes
// the report elsewhere.
func (f *File) Whereabouts() Whereabouts {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return Here
	}
	return f.whereabouts()
}

func (f *File) whereabouts() Whereabouts {
	mine := f.h.stamp()
	fi, err := os.Stat(f.abs)
	switch {
	case err != nil && mine.links == 0:
		return Deleted
	case err != nil:
		return MovedAway
	}
	there := stampOf(fi)
	if there.key != mine.key {
		return Replaced
	}
	if there.size != f.stamp.size || !there.mtime.Equal(f.stamp.mtime) {
		return ChangedElsewhere
	}
	return Here
}
