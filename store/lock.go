package store

import (
	"errors"
	"fmt"
	"os"
	"os/user"
	"sync"
	"syscall"
)

// handle is this process's one descriptor of a report file. SQLite keeps
// POSIX locks on the file, and closing any descriptor of a file drops every
// POSIX lock the process holds on it; so the store opens each file once,
// shares the descriptor between the Files of this process and closes it
// only when the last of them is closed. A writer holds an flock on it,
// which the kernel drops when the process dies.
type handle struct {
	key    fileKey
	fd     *os.File
	refs   int
	writer string // the holder while a File of this process writes, else ""
}

type fileKey struct{ dev, ino uint64 }

var registry = struct {
	sync.Mutex
	open map[fileKey]*handle
}{open: map[fileKey]*handle{}}

// keyOf returns the device and inode of a file.
func keyOf(fi os.FileInfo) (fileKey, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fileKey{}, false
	}
	return fileKey{uint64(st.Dev), uint64(st.Ino)}, true
}

// acquire returns this process's handle of the file at path, opening it if
// no File of the process has it open.
func acquire(path string) (*handle, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return nil, errors.New("is a folder")
	}
	if !fi.Mode().IsRegular() { // a FIFO or a device would block or never end
		return nil, fmt.Errorf("is not a regular file (%s)", fileKind(fi.Mode()))
	}
	registry.Lock()
	defer registry.Unlock()
	if k, ok := keyOf(fi); ok {
		if h := registry.open[k]; h != nil {
			h.refs++
			return h, nil
		}
	}
	fd, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	fi, err = fd.Stat()
	if err != nil {
		fd.Close()
		return nil, err
	}
	k, _ := keyOf(fi)
	if h := registry.open[k]; h != nil { // replaced between Stat and Open
		fd.Close()
		h.refs++
		return h, nil
	}
	h := &handle{key: k, fd: fd, refs: 1}
	registry.open[k] = h
	return h, nil
}

// release gives up one reference; the last closes the descriptor.
func (h *handle) release() {
	registry.Lock()
	defer registry.Unlock()
	h.refs--
	if h.refs == 0 {
		delete(registry.open, h.key)
		h.fd.Close()
	}
}

// lockWrite takes the write lock for holder. It returns the in-process
// holder and false when a File of this process writes the file, and "" and
// false when another process holds the lock.
func (h *handle) lockWrite(holder string) (string, bool, error) {
	registry.Lock()
	defer registry.Unlock()
	if h.writer != "" {
		return h.writer, false, nil
	}
	err := syscall.Flock(int(h.fd.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("lock: %w", err)
	}
	h.writer = holder
	return "", true, nil
}

// writerAlive reports whether a File of this process or another process
// holds the write lock. It takes and drops a shared lock to find out, so
// it never disturbs a lock this process holds.
func (h *handle) writerAlive() bool {
	registry.Lock()
	defer registry.Unlock()
	if h.writer != "" {
		return true
	}
	err := syscall.Flock(int(h.fd.Fd()), syscall.LOCK_SH|syscall.LOCK_NB)
	if err != nil {
		return errors.Is(err, syscall.EWOULDBLOCK)
	}
	syscall.Flock(int(h.fd.Fd()), syscall.LOCK_UN)
	return false
}

// fileKind names a kind of file that is not a regular one.
func fileKind(m os.FileMode) string {
	switch {
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return m.Type().String()
}

// unlockWrite drops the write lock.
func (h *handle) unlockWrite() {
	registry.Lock()
	defer registry.Unlock()
	h.writer = ""
	syscall.Flock(int(h.fd.Fd()), syscall.LOCK_UN)
}

// who describes this process as a lock holder.
type who struct {
	User, Host string
	PID        int
}

func (w who) String() string {
	return fmt.Sprintf("%s@%s, pid %d", w.User, w.Host, w.PID)
}

// me returns who this process is.
func me() who {
	w := who{User: os.Getenv("USER"), PID: os.Getpid()}
	if u, err := user.Current(); err == nil && u.Username != "" {
		w.User = u.Username
	}
	if w.User == "" {
		w.User = "unknown user"
	}
	w.Host, _ = os.Hostname()
	if w.Host == "" {
		w.Host = "unknown host"
	}
	return w
}
