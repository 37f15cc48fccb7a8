package app

import (
	"fmt"

	"rapporteur/draft"
)

// plural writes n with its noun, as English counts: "1 change", "3
// changes", "no paragraphs" is written "0 paragraphs".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// windowMessage is a finding's message as the window says it: where the
// checks tell what to type at the command line, the window names its own
// command instead.
func windowMessage(f draft.Finding) string {
	if f.Code == "no-conclusion" {
		return "the item has paragraphs but no conclusion block; Build under the paragraphs (Item › Build Conclusion) makes one from the agenda."
	}
	return f.Message
}
