package spell

import (
	"testing"

	"rapporteur/internal/imports"
)

// TestImportsRule holds the package to the rule its doc.go states; "C" is
// the cgo binding to libhunspell.
func TestImportsRule(t *testing.T) {
	imports.Check(t, imports.Std, "C", "rapporteur/draft", "golang.org/x/text")
}
