package spell

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

var errNoPersonal = errors.New("spell: no personal dictionary")

// maxWordBytes bounds a personal word; libhunspell refuses longer words.
const maxWordBytes = 100

// Personal is a user's own word list, kept in a plain UTF-8 file, one word
// a line, whose path the caller chooses (under the Fyne app's storage, for
// the window). Add and Remove save the file at once by writing a new file
// beside it and renaming it into place, so a crash leaves the old list or
// the new one, never half of one. Every line is kept, even one that is not a
// word the checker can use. A Personal is safe for use by several goroutines.
type Personal struct {
	path string

	mu    sync.RWMutex
	words map[string]bool // by key(word)
}

// LoadPersonal reads the personal word list at path. A missing file is an
// empty list (the file is created by the first Add).
func LoadPersonal(path string) (*Personal, error) {
	p := &Personal{path: path}
	words, err := readWords(path)
	if err != nil {
		return nil, err
	}
	p.words = words
	return p, nil
}

func readWords(path string) (map[string]bool, error) {
	words := map[string]bool{}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return words, nil
	}
	if err != nil {
		return nil, fmt.Errorf("spell: read personal dictionary %s: %w", path, err)
	}
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, len(b)+1)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" {
			words[key(w)] = true
		}
	}
	return words, nil
}

// Path returns the file the list is kept in.
func (p *Personal) Path() string { return p.path }

// Has reports whether word is in the list, with typographic apostrophes
// and Unicode normalisation forms taken as equal.
func (p *Personal) Has(word string) bool {
	if p == nil {
		return false
	}
	k := key(word)
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.words[k]
}

// Words returns the list in sorted order.
func (p *Personal) Words() []string {
	if p == nil {
		return nil
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	out := make([]string, 0, len(p.words))
	for w := range p.words {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// Add puts word in the list and saves the file. Words another program
// instance saved meanwhile are kept. A word must be a single word: no
// spaces, no control characters, valid UTF-8, at most 100 bytes.
func (p *Personal) Add(word string) error {
	w := strings.TrimSpace(word)
	if err := validWord(w); err != nil {
		return err
	}
	return p.update(func(m map[string]bool) { m[key(w)] = true })
}

// Remove takes word out of the list and saves the file.
func (p *Personal) Remove(word string) error {
	k := key(strings.TrimSpace(word))
	return p.update(func(m map[string]bool) { delete(m, k) })
}

// update merges the file on disk into the list, applies change and saves.
func (p *Personal) update(change func(map[string]bool)) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	onDisk, err := readWords(p.path)
	if err != nil {
		return err
	}
	next := make(map[string]bool, len(p.words)+len(onDisk)+1)
	for w := range p.words {
		next[w] = true
	}
	for w := range onDisk {
		next[w] = true
	}
	change(next)
	if err := writeWords(p.path, next); err != nil {
		return err
	}
	p.words = next
	return nil
}

func validWord(w string) error {
	switch {
	case w == "":
		return errors.New("spell: add to dictionary: empty word")
	case !utf8.ValidString(w):
		return fmt.Errorf("spell: add to dictionary: %q is not valid UTF-8", w)
	case len(w) > maxWordBytes:
		return fmt.Errorf("spell: add to dictionary: %q is longer than %d bytes", w, maxWordBytes)
	case strings.IndexFunc(w, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) >= 0:
		return fmt.Errorf("spell: add to dictionary: %q is not a single word", w)
	}
	return nil
}

// writeWords saves words, sorted, to path atomically: a temporary file in
// the same directory, synced, then renamed over path.
func writeWords(path string, words map[string]bool) (err error) {
	list := make([]string, 0, len(words))
	for w := range words {
		list = append(list, w)
	}
	slices.Sort(list)
	var buf bytes.Buffer
	for _, w := range list {
		buf.WriteString(w)
		buf.WriteByte('\n')
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("spell: save personal dictionary %s: %w", path, err)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("spell: save personal dictionary %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
			err = fmt.Errorf("spell: save personal dictionary %s: %w", path, err)
		}
	}()
	if _, err = f.Write(buf.Bytes()); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// syncDir makes the rename durable where the system allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
