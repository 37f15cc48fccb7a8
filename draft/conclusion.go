package draft

import "strings"

// Conclusion is the block that closes an item: a lead-in ("In conclusion, the
// PTC:") and bullets. It is numbered as the item's last paragraph.
type Conclusion struct {
	ID ID `json:"ID"`
	// LeadIn is the lead-in as edited by hand; "" means the derived
	// "In conclusion, the <short name>:".
	LeadIn  string    `json:"LeadIn"`
	Bullets []*Bullet `json:"Bullets"`
}

// Bullet is one point of a conclusion, stored without its joining
// punctuation: "took note of the report", never "took note of the report;".
type Bullet struct {
	ID   ID     `json:"ID"`
	Text string `json:"Text"`
	// Rule names the building rule that made the bullet ("" when it was
	// written by hand); Edited is set once the rapporteur changes a built
	// bullet, so that a rebuild leaves it alone.
	Rule   string `json:"Rule"`
	Edited bool   `json:"Edited"`
}

// DefaultLeadIn returns "In conclusion, the <short name>:".
func DefaultLeadIn(m Meeting) string {
	return "In conclusion, the " + m.ShortNameOr() + ":"
}

// LeadInFor returns the lead-in the conclusion shows under meeting m.
func (c *Conclusion) LeadInFor(m Meeting) string {
	if c.LeadIn != "" {
		return c.LeadIn
	}
	return DefaultLeadIn(m)
}

// Punctuation returns the ending bullet i of n takes: ";" for all but the
// last two, "; and" for the one before the last, "." for the last.
func Punctuation(i, n int) string {
	switch {
	case i == n-1:
		return "."
	case i == n-2:
		return "; and"
	default:
		return ";"
	}
}

// Punctuated returns the bullets' texts with their joining punctuation.
func (c *Conclusion) Punctuated() []string {
	out := make([]string, len(c.Bullets))
	for i, b := range c.Bullets {
		out[i] = b.Text + Punctuation(i, len(c.Bullets))
	}
	return out
}

// StripPunctuation removes a joining ending ("; and", ";", ".", ",", ", and")
// from a bullet as written, leaving the text to store.
func StripPunctuation(s string) string {
	t := strings.TrimSpace(s)
	for _, end := range []string{"; and", ";and", ", and", ";", ".", ","} {
		if strings.HasSuffix(t, end) {
			return strings.TrimSpace(strings.TrimSuffix(t, end))
		}
	}
	return t
}

// Text returns the whole conclusion as running text: the lead-in and the
// punctuated bullets, one per line.
func (c *Conclusion) Text(m Meeting) string {
	var b strings.Builder
	b.WriteString(c.LeadInFor(m))
	for _, s := range c.Punctuated() {
		b.WriteString("\n• ")
		b.WriteString(s)
	}
	return b.String()
}
