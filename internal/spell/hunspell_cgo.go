//go:build cgo && !headless && !nohunspell

package spell

/*
#cgo pkg-config: hunspell
#include <stdlib.h>
#include <hunspell/hunspell.h>
*/
import "C"

import (
	"fmt"
	"strings"
	"sync"
	"unsafe"
)

// Available reports whether this build can load Hunspell dictionaries: it
// is false in the headless build and without cgo.
const Available = true

// Hunspell is one language's dictionary loaded into libhunspell, safe for
// use by several goroutines. A libhunspell handle is not, so each call holds
// the handle's lock. Suggestions, which take tens to hundreds of
// milliseconds, run on a second handle opened on the first Suggest, so that
// checking words never waits behind them.
type Hunspell struct {
	lang, aff, dic string
	check          *handle

	mu     sync.Mutex // guards sug, added and closed
	sug    *handle
	added  map[string]bool
	closed bool
}

// Open loads the Hunspell dictionary for lang ("en_GB", "fr") from the
// usual Debian directories. A missing dictionary gives an error that names
// the Debian package to install and wraps ErrNoDictionary.
func Open(lang string) (*Hunspell, error) {
	aff, dic, err := Find(lang)
	if err != nil {
		return nil, err
	}
	return OpenFiles(lang, aff, dic)
}

// OpenFiles loads a Hunspell dictionary from its .aff and .dic files. The
// dictionary must be encoded in UTF-8, as Debian's are.
func OpenFiles(lang, aff, dic string) (*Hunspell, error) {
	h, err := openHandle(lang, aff, dic)
	if err != nil {
		return nil, err
	}
	return &Hunspell{lang: lang, aff: aff, dic: dic, check: h, added: map[string]bool{}}, nil
}

// Lang returns the language the dictionary was opened for.
func (d *Hunspell) Lang() string { return d.lang }

// Spell reports whether the dictionary accepts word, which is UTF-8. A word
// holding a NUL byte, or any word once Close was called, is refused.
func (d *Hunspell) Spell(word string) bool { return d.check.spell(word) }

// Suggest returns at most max corrections for word, best first, as
// libhunspell orders them.
func (d *Hunspell) Suggest(word string, max int) []string {
	if max <= 0 {
		return nil
	}
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return nil
	}
	if d.sug == nil {
		d.sug = d.openSuggester()
	}
	s := d.sug
	d.mu.Unlock()
	return s.suggest(word, max)
}

// openSuggester opens the second handle with the words added so far; if
// that fails, suggestions share the checking handle.
func (d *Hunspell) openSuggester() *handle {
	h, err := openHandle(d.lang, d.aff, d.dic)
	if err != nil {
		return d.check
	}
	for w := range d.added {
		h.add(w)
	}
	return h
}

// Add adds word to the dictionary held in memory for this run, so that it
// is accepted (with its capitalised and upper-case forms) and may be
// suggested. The files on disk are not changed.
func (d *Hunspell) Add(word string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed || !cWord(word) {
		return
	}
	d.added[word] = true
	d.check.add(word)
	if d.sug != nil && d.sug != d.check {
		d.sug.add(word)
	}
}

// Remove takes a word added with Add out of the in-memory dictionary.
func (d *Hunspell) Remove(word string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed || !d.added[word] {
		return
	}
	delete(d.added, word)
	d.check.remove(word)
	if d.sug != nil && d.sug != d.check {
		d.sug.remove(word)
	}
}

// Close frees the dictionary, waiting for calls under way. Later calls
// accept and suggest nothing; Close may be called more than once.
func (d *Hunspell) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.closed = true
	d.check.destroy()
	if d.sug != nil {
		d.sug.destroy()
	}
	return nil
}

// handle is one libhunspell handle and the lock its calls hold.
type handle struct {
	mu sync.Mutex
	h  *C.Hunhandle
}

func openHandle(lang, aff, dic string) (*handle, error) {
	ca, cd := C.CString(aff), C.CString(dic)
	defer C.free(unsafe.Pointer(ca))
	defer C.free(unsafe.Pointer(cd))
	h := C.Hunspell_create(ca, cd)
	if h == nil {
		return nil, fmt.Errorf("spell: open %s: libhunspell could not load %s", lang, dic)
	}
	enc := C.GoString(C.Hunspell_get_dic_encoding(h))
	if !strings.EqualFold(strings.ReplaceAll(enc, "-", ""), "UTF8") {
		C.Hunspell_destroy(h)
		return nil, fmt.Errorf("spell: open %s: %s is encoded in %s; only UTF-8 dictionaries are supported", lang, aff, enc)
	}
	return &handle{h: h}, nil
}

// cWord reports whether word can be passed to C: not empty, no NUL byte.
func cWord(word string) bool { return word != "" && strings.IndexByte(word, 0) < 0 }

func (h *handle) spell(word string) bool {
	if !cWord(word) {
		return false
	}
	cw := C.CString(word)
	defer C.free(unsafe.Pointer(cw))
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.h != nil && C.Hunspell_spell(h.h, cw) != 0
}

func (h *handle) suggest(word string, max int) []string {
	if !cWord(word) {
		return nil
	}
	cw := C.CString(word)
	defer C.free(unsafe.Pointer(cw))
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.h == nil {
		return nil
	}
	var list **C.char
	n := C.Hunspell_suggest(h.h, &list, cw)
	if n <= 0 || list == nil {
		return nil
	}
	defer C.Hunspell_free_list(h.h, &list, n)
	out := make([]string, 0, min(int(n), max))
	for _, s := range unsafe.Slice(list, int(n)) {
		if len(out) == max {
			break
		}
		out = append(out, C.GoString(s))
	}
	return out
}

func (h *handle) add(word string) { h.with(word, func(cw *C.char) { C.Hunspell_add(h.h, cw) }) }

func (h *handle) remove(word string) { h.with(word, func(cw *C.char) { C.Hunspell_remove(h.h, cw) }) }

func (h *handle) with(word string, f func(*C.char)) {
	cw := C.CString(word)
	defer C.free(unsafe.Pointer(cw))
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.h != nil {
		f(cw)
	}
}

func (h *handle) destroy() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.h != nil {
		C.Hunspell_destroy(h.h)
		h.h = nil
	}
}
