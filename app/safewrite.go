package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// Fyne's save dialog hands its callback a writer it has already opened on
// the chosen file, with os.Create: a file the rapporteur chose to
// "overwrite" is emptied before the window even learns its name. The
// window never writes through that writer (the workspace writes every
// file itself, atomically, and refuses to write over the report or the
// document it came from), so the report file, a moved report chosen in
// "Save as…" or the Word draft chosen in "Export as Word" would be lost
// to the dialog alone. keepChosenFiles makes the writers of file URIs
// open their file only when first written to: the dialog then touches
// nothing, and the window's own checks decide.

// fileRepository is what Fyne's repository of file URIs implements.
type fileRepository interface {
	repository.AppendableRepository
	repository.ListableRepository
	repository.HierarchicalRepository
	repository.DeleteAllRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// untouched is the file repository whose writers open their file on the
// first write (see keepChosenFiles).
type untouched struct{ fileRepository }

// Writer returns a writer that opens (and truncates) u on its first write.
func (r untouched) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{uri: u, repo: r.fileRepository}, nil
}

// keepChosenFiles registers untouched in place of the file repository
// the driver registered; New calls it once the driver exists.
func keepChosenFiles() {
	r, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := r.(untouched); done {
		return
	}
	if f, ok := r.(fileRepository); ok {
		repository.Register("file", untouched{f})
	}
}

// lazyWriter opens its file on the first Write; closed unwritten, it has
// not touched the file.
type lazyWriter struct {
	uri  fyne.URI
	repo repository.WritableRepository
	w    fyne.URIWriteCloser
}

func (l *lazyWriter) URI() fyne.URI { return l.uri }

func (l *lazyWriter) Write(p []byte) (int, error) {
	if l.w == nil {
		w, err := l.repo.Writer(l.uri)
		if err != nil {
			return 0, err
		}
		l.w = w
	}
	return l.w.Write(p)
}

func (l *lazyWriter) Close() error {
	if l.w == nil {
		return nil
	}
	return l.w.Close()
}
