// Package clocale works around a start-up message from Fyne's locale code:
// under LANG=C.UTF-8 (the default of many servers and containers) Fyne reads
// the locale "C" as a language tag, fails, and logs three "Fyne error" lines
// on every run, headless commands included. The C locale means "no
// localisation", which the library understands when it is spelled "C".
//
// Package main imports it for its side effect. Go initialises packages in
// the order of their import paths among those whose imports are ready (the
// language specification, "Package initialization"), and this package needs
// only "os", so it runs before Fyne's lang package, whose imports include
// text/template. It may import the standard library only.
package clocale

import (
	"os"
	"strings"
)

func init() { fix(os.Getenv, os.Setenv) }

// fix sets LC_MESSAGES=C when the locale that decides the messages' language
// is a C or POSIX locale with a codeset ("C.UTF-8"), so that locale readers
// see plain "C". It changes nothing else: LC_CTYPE, and so the character set
// of child processes, stays as it was.
func fix(getenv func(string) string, setenv func(string, string) error) {
	if getenv("LC_ALL") != "" || getenv("LC_MESSAGES") != "" {
		return
	}
	lang := getenv("LANG")
	if strings.HasPrefix(lang, "C.") || strings.HasPrefix(lang, "POSIX.") {
		_ = setenv("LC_MESSAGES", "C")
	}
}
