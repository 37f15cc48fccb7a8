//go:build !cgo || headless || nohunspell

package spell

// Available reports whether this build can load Hunspell dictionaries: it
// is false in the headless build and without cgo.
const Available = false

// Hunspell stands in for the libhunspell dictionary in builds without it;
// Open never returns one, and its methods accept nothing.
type Hunspell struct{ lang string }

// Open returns ErrNoEngine: this build does not link libhunspell.
func Open(lang string) (*Hunspell, error) { return nil, ErrNoEngine }

// OpenFiles returns ErrNoEngine: this build does not link libhunspell.
func OpenFiles(lang, aff, dic string) (*Hunspell, error) { return nil, ErrNoEngine }

// Lang returns the language the dictionary was opened for.
func (d *Hunspell) Lang() string { return d.lang }

// Spell accepts no word.
func (d *Hunspell) Spell(word string) bool { return false }

// Suggest suggests nothing.
func (d *Hunspell) Suggest(word string, max int) []string { return nil }

// Add does nothing.
func (d *Hunspell) Add(word string) {}

// Remove does nothing.
func (d *Hunspell) Remove(word string) {}

// Close does nothing.
func (d *Hunspell) Close() error { return nil }
