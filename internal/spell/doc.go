// Package spell is the spelling engine the window underlines with: it finds
// the misspelled words of a paragraph, a conclusion bullet or an annex and
// gives their byte and rune ranges, offers corrections, and keeps the
// user's own words.
//
// The pieces:
//   - Hunspell (hunspell_cgo.go) is a small cgo binding to libhunspell's C
//     API, the maintained Hunspell library Debian ships as libhunspell-dev,
//     with Debian's dictionaries (hunspell-en-gb, hunspell-fr) found by Open
//     in /usr/share/hunspell and the myspell directories. No maintained Go
//     binding is available; a Go reimplementation of Hunspell's affix rules
//     would be weak on French. In the headless build (-tags headless), with
//     CGO_ENABLED=0 or with -tags nohunspell, hunspell_none.go stands in and
//     Open returns ErrNoEngine, so those builds link no C library.
//   - Words (token.go) splits text into words, keeping apostrophes and
//     hyphens inside them and leaving out URLs, e-mail addresses and
//     document symbols with slashes.
//   - Checker (checker.go) decides each word: never flagged are numbers,
//     ordinals and codes (anything with a digit), single letters,
//     abbreviations in capitals, letter-dot abbreviations and small Roman
//     numerals (rules.go); then the dictionary (cached per word), the
//     personal list and the names already in the report (Known, known.go,
//     collected by KnownWords from a draft.Report).
//   - Personal (personal.go) is the per-user word list, a plain file saved
//     atomically on every change.
//
// Everything here is safe for use by several goroutines: the window checks
// off the UI goroutine while the user adds words.
//
// Package spell may import the standard library, golang.org/x/text and
// rapporteur/draft only, and links libhunspell through cgo (pkg-config
// "hunspell") in the window's build. Its tests also read the PTC fixture
// through rapporteur/ingest and rapporteur/internal/fixture.
package spell
