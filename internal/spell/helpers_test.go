package spell_test

import (
	"errors"
	"os"
	"sync"
	"testing"

	"rapporteur/internal/spell"
)

var (
	dictMu sync.Mutex
	dicts  = map[string]*spell.Hunspell{}
)

// openDict returns the installed Hunspell dictionary for lang, shared by
// the tests. Without it the test skips, except under CI=true, where the
// Makefile must have installed it and the test fails. A build without the
// engine (headless, no cgo) always skips: it has nothing to test.
func openDict(t testing.TB, lang string) *spell.Hunspell {
	t.Helper()
	dictMu.Lock()
	defer dictMu.Unlock()
	if d, ok := dicts[lang]; ok {
		return d
	}
	d, err := spell.Open(lang)
	switch {
	case errors.Is(err, spell.ErrNoEngine):
		t.Skipf("%v; skipping", err)
	case errors.Is(err, spell.ErrNoDictionary) && os.Getenv("CI") != "true":
		t.Skipf("%v; skipping (required under CI=true)", err)
	case err != nil:
		t.Fatal(err)
	}
	dicts[lang] = d
	return d
}
