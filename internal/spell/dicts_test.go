package spell

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindMissingNamesPackage(t *testing.T) {
	dir := t.TempDir()
	for lang, pkg := range map[string]string{EnglishGB: "hunspell-en-gb", French: "hunspell-fr"} {
		_, _, err := find(lang, []string{dir})
		if !errors.Is(err, ErrNoDictionary) {
			t.Errorf("find(%s) in an empty directory: %v, want ErrNoDictionary", lang, err)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, pkg) || !strings.Contains(msg, dir) {
			t.Errorf("find(%s) error %q: want it to name %s and %s", lang, msg, pkg, dir)
		}
	}
}

func TestFindFallbackName(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"fr_FR.aff", "fr_FR.dic", "en_GB.aff"} {
		if err := os.WriteFile(filepath.Join(dir, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	aff, dic, err := find(French, []string{dir})
	if err != nil || aff != filepath.Join(dir, "fr_FR.aff") || dic != filepath.Join(dir, "fr_FR.dic") {
		t.Errorf("find(fr) = %q, %q, %v; want the fr_FR files", aff, dic, err)
	}
	if _, _, err := find(EnglishGB, []string{dir}); err == nil {
		t.Error("find(en_GB) with only the .aff: no error")
	}
}

func TestLanguageFor(t *testing.T) {
	for in, want := range map[string]string{"E": EnglishGB, "": EnglishGB, "English": EnglishGB,
		"F": French, "f": French, "fr": French, "fr_BE": French, "French": French, "Français": French, "S": EnglishGB} {
		if got := LanguageFor(in); got != want {
			t.Errorf("LanguageFor(%q) = %q, want %q", in, got, want)
		}
	}
}
