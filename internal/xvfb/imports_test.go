package xvfb

import (
	"testing"

	"rapporteur/internal/imports"
)

// TestImportsRule holds the package to the rule its doc.go states.
func TestImportsRule(t *testing.T) {
	imports.Check(t, imports.Std)
}
