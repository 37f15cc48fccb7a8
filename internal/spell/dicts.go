package spell

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Languages the window offers, as Hunspell names them.
const (
	EnglishGB = "en_GB"
	French    = "fr"
)

// ErrNoDictionary is wrapped by the error Find and Open return when a
// language's dictionary files are not installed.
var ErrNoDictionary = errors.New("spell: dictionary not installed")

// ErrNoEngine is returned by Open in a build without libhunspell: the
// headless build (-tags headless), which has no window to underline in, a
// build with CGO_ENABLED=0, or one with -tags nohunspell.
var ErrNoEngine = errors.New("spell: this build has no spelling engine (built headless, without cgo, or with -tags nohunspell)")

// packages names the Debian package that installs each language's files.
var packages = map[string]string{
	EnglishGB: "hunspell-en-gb",
	French:    "hunspell-fr",
}

// fallbacks lists other file names that hold the same dictionary: Debian's
// French packages also install fr_FR, fr_BE… as links to fr.
var fallbacks = map[string][]string{
	French: {"fr_FR"},
}

// Dirs returns the directories searched for dictionaries, in order: those
// in $DICPATH (as Hunspell's own tools read it), then Debian's.
func Dirs() []string {
	var dirs []string
	for _, d := range filepath.SplitList(os.Getenv("DICPATH")) {
		if d != "" {
			dirs = append(dirs, d)
		}
	}
	return append(dirs, "/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts")
}

// Find returns the .aff and .dic files of lang ("en_GB", "fr"). When they
// are absent the error says where it looked and which Debian package
// installs them, and wraps ErrNoDictionary.
func Find(lang string) (aff, dic string, err error) { return find(lang, Dirs()) }

func find(lang string, dirs []string) (aff, dic string, err error) {
	names := append([]string{lang}, fallbacks[lang]...)
	for _, d := range dirs {
		for _, n := range names {
			aff, dic = filepath.Join(d, n+".aff"), filepath.Join(d, n+".dic")
			if isFile(aff) && isFile(dic) {
				return aff, dic, nil
			}
		}
	}
	hint := "install its Hunspell dictionary"
	if p, ok := packages[lang]; ok {
		hint = "install the Debian package " + p + " (make deps does)"
	}
	return "", "", fmt.Errorf("%w: no %s.aff and %s.dic in %s; %s",
		ErrNoDictionary, lang, lang, strings.Join(dirs, ", "), hint)
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// LanguageFor returns the dictionary for a report written in the meeting's
// language as the title block gives it ("E", "English", "F", "fr", …):
// French for French, British English for anything else.
func LanguageFor(meetingLanguage string) string {
	switch l := strings.ToLower(strings.TrimSpace(meetingLanguage)); {
	case l == "f", l == "fr", strings.HasPrefix(l, "fr_"), strings.HasPrefix(l, "fr-"),
		strings.HasPrefix(l, "french"), strings.HasPrefix(l, "français"), strings.HasPrefix(l, "francais"):
		return French
	}
	return EnglishGB
}
