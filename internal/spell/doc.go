// Package spell is the spelling engine the window underlines with.
//
// Hunspell (hunspell_cgo.go) is a small cgo binding to libhunspell's C API,
// the maintained Hunspell library Debian ships as libhunspell-dev, with
// Debian's dictionaries (hunspell-en-gb, hunspell-fr) found by Open in
// /usr/share/hunspell and the myspell directories. No maintained Go binding
// is available; a Go reimplementation of Hunspell's affix rules would be
// weak on French. In the headless build (-tags headless), with
// CGO_ENABLED=0 or with -tags nohunspell, hunspell_none.go stands in and
// Open returns ErrNoEngine, so those builds link no C library.
//
// Package spell may import the standard library only, and links libhunspell
// through cgo (pkg-config "hunspell") in the window's build.
package spell
