package imports

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestImportsRule(t *testing.T) { Check(t, Std) }

// TestViolations writes a package with good and bad imports into a module
// of its own and checks that exactly the bad ones are named.
func TestViolations(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example\n\ngo 1.26\n")
	write("a.go", `package a

import (
	"fmt"
	"example/store"
	"example/draft/inner"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/unicode/norm"
)
`)
	write("b.go", "//go:build headless\n\npackage a\n\nimport \"example/app\"\n")
	write("a_test.go", "package a\n\nimport \"example/app\"\n")
	tests := []struct {
		allowed []string
		want    []string
	}{
		{[]string{Std, "example/draft", "golang.org/x/text"}, []string{
			"a.go imports example/store", "a.go imports fyne.io/fyne/v2/widget", "b.go imports example/app"}},
		{[]string{Std, "example/draft", "example/store", "example/app", "golang.org/x/text", "fyne.io/fyne/v2"}, nil},
		{[]string{"example"}, []string{"a.go imports fmt", "a.go imports fyne.io/fyne/v2/widget", "a.go imports golang.org/x/text/unicode/norm"}},
		{nil, []string{"a.go imports fmt", "a.go imports example/store", "a.go imports example/draft/inner",
			"a.go imports fyne.io/fyne/v2/widget", "a.go imports golang.org/x/text/unicode/norm", "b.go imports example/app"}},
	}
	for _, tt := range tests {
		got, err := Violations(dir, tt.allowed)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Violations(%q) =\n%q\nwant\n%q", tt.allowed, got, tt.want)
		}
	}
}
