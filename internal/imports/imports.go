// Package imports holds each package of the module to the import rule its
// doc.go states. Every package has a test that calls Check with the import
// paths it may use, so adding an import that breaks the layering (storage in
// the model, the window in the command line, Fyne below the window) fails
// that package's tests.
//
// The rule is about a package's own code: its non-test files, whatever
// their build tags. Tests may import more to set up what they check (the
// store to write a report file, Fyne's test driver, internal/fixture).
//
// Package imports may import the standard library only.
package imports

import (
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Std, in an allowed list, permits every package of the standard library.
const Std = "std"

// Check fails t for every import of the package in the current folder
// that allowed does not permit. An allowed path permits itself and the
// packages below it ("fyne.io/fyne/v2" permits "fyne.io/fyne/v2/widget");
// Std permits the standard library.
func Check(t testing.TB, allowed ...string) {
	t.Helper()
	bad, err := Violations(".", allowed)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bad {
		t.Errorf("%s; the package's doc.go allows only %s", b, strings.Join(allowed, ", "))
	}
}

// Violations lists, as "file imports path", the imports of the non-test Go
// files in dir that allowed does not permit.
func Violations(dir string, allowed []string) ([]string, error) {
	module, err := modulePath(dir)
	if err != nil {
		return nil, err
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	var out []string
	fset := token.NewFileSet()
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
		if err != nil {
			return nil, fmt.Errorf("imports: %w", err)
		}
		for _, spec := range f.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				return nil, fmt.Errorf("imports: %s: %w", name, err)
			}
			if !permitted(path, module, allowed) {
				out = append(out, fmt.Sprintf("%s imports %s", filepath.Base(name), path))
			}
		}
	}
	return out, nil
}

// permitted reports whether allowed permits importing path.
func permitted(path, module string, allowed []string) bool {
	if slices.Contains(allowed, Std) && isStd(path, module) {
		return true
	}
	for _, a := range allowed {
		if path == a || strings.HasPrefix(path, a+"/") {
			return true
		}
	}
	return false
}

// isStd reports whether path is in the standard library: its first element
// has no dot, and it is not a package of the module.
func isStd(path, module string) bool {
	if path == module || strings.HasPrefix(path, module+"/") || path == "C" {
		return false
	}
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// modulePath reads the module's path from the go.mod at or above dir.
func modulePath(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("imports: %w", err)
	}
	for d := abs; ; d = filepath.Dir(d) {
		b, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
					return strings.Trim(strings.TrimSpace(rest), `"`), nil
				}
			}
			return "", fmt.Errorf("imports: %s/go.mod names no module", d)
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("imports: no go.mod at or above %s", abs)
		}
	}
}
