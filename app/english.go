package app

import "fmt"

// plural writes n with its noun, as English counts: "1 change", "3
// changes", "no paragraphs" is written "0 paragraphs".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
