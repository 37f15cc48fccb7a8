package draft

import (
	"regexp"
	"strings"
)

// Presentation is a presentation or address listed under an item or
// sub-item, as written: "Presentation by Türkiye", "Presentation by the
// United States (US) – updates on the US data pilots", "Opening remarks by
// …". The presenter is derived from the text.
type Presentation struct {
	Text string `json:"Text"`
}

var presenterRE = regexp.MustCompile(`(?i)^(.*?)\b(?:by|from)\s+(.+)$`)

// topicSeparators end the presenter's name: what follows is the topic.
var topicSeparators = []string{" – ", " — ", " - ", " on ", ": "}

// Presenter returns who made the presentation: "Türkiye", "the United
// States (US)". It returns the whole text when it names no presenter.
func (p Presentation) Presenter() string {
	m := presenterRE.FindStringSubmatch(strings.TrimSpace(p.Text))
	if m == nil {
		return strings.TrimSpace(p.Text)
	}
	who := m[2]
	cut := len(who)
	for _, sep := range topicSeparators {
		if i := strings.Index(who, sep); i > 0 && i < cut {
			cut = i
		}
	}
	return strings.TrimSpace(strings.TrimRight(who[:cut], " ,;."))
}

// Kind returns what the text calls the contribution, lower-cased:
// "presentation", "opening remarks"; "" when it does not say.
func (p Presentation) Kind() string {
	m := presenterRE.FindStringSubmatch(strings.TrimSpace(p.Text))
	if m == nil {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(m[1]))
}

// IsPresentation reports whether a bullet line in an agenda reads as a
// presentation or address ("Presentation by …", "Opening remarks by …",
// "Statement from …") rather than an attached point.
func IsPresentation(text string) bool {
	m := presenterRE.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return false
	}
	k := strings.ToLower(m[1])
	for _, w := range []string{"presentation", "remarks", "statement", "address", "briefing", "speech", "intervention"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}
