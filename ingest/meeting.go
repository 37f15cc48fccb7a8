package ingest

import (
	"regexp"
	"strings"

	"rapporteur/draft"
)

// settleMeeting fills the meeting from the front matter and, where the front
// matter is silent, from the body: the short name from the conclusion
// lead-ins, the body's name from its definition ("… Committee (PTC)"). Then
// each lead-in that reads as the default is cleared, so it stays derived.
func (p *parser) settleMeeting(fm frontMatter) {
	m := fm.meeting
	if m.Language == "" && !fm.explicit["language"] && m.DocCode != "" {
		if d, err := draft.ParseDocCode(m.DocCode); err == nil {
			m.Language = d.Language
		}
	}
	if m.ShortName == "" && !fm.explicit["short_name"] {
		m.ShortName = p.leadInName()
	}
	if m.ShortName == "" && !fm.explicit["short_name"] {
		m.ShortName = p.definedName()
	}
	if m.Body == "" && !fm.explicit["body"] && m.ShortName != "" {
		m.Body = p.definition(m.ShortName)
	}
	p.r.Meeting = m
	for _, it := range p.r.Items {
		if c := it.Conclusion; c != nil && c.LeadIn == draft.DefaultLeadIn(m) {
			c.LeadIn = ""
		}
	}
}

var leadInNameRE = regexp.MustCompile(`^(?i:in conclusion),?\s+(?:the\s+)?(.{1,60}):$`)

// leadInName returns the name the conclusion lead-ins use most often.
func (p *parser) leadInName() string {
	count := map[string]int{}
	best := ""
	for _, it := range p.r.Items {
		if it.Conclusion == nil {
			continue
		}
		m := leadInNameRE.FindStringSubmatch(it.Conclusion.LeadIn)
		if m == nil || !strings.HasPrefix(it.Conclusion.LeadIn[len("In conclusion,"):], " the ") {
			continue
		}
		count[m[1]]++
		if count[m[1]] > count[best] {
			best = m[1]
		}
	}
	return best
}

// definedName returns the first short name defined in the body after a
// committee-like name: "the Permanent Technical Committee (PTC)".
func (p *parser) definedName() string {
	for _, it := range p.r.Items {
		for _, para := range it.Paragraphs {
			for _, m := range defRE.FindAllStringSubmatchIndex(para.Text, -1) {
				if bodyRE.MatchString(para.Text[:m[0]]) && initialsBefore(para.Text[:m[0]], para.Text[m[2]:m[3]]) != "" {
					return para.Text[m[2]:m[3]]
				}
			}
		}
	}
	return ""
}

// definition finds where the body text defines short, and returns the words
// that short abbreviates.
func (p *parser) definition(short string) string {
	needle := "(" + short + ")"
	for _, it := range p.r.Items {
		for _, para := range it.Paragraphs {
			if i := strings.Index(para.Text, needle); i > 0 {
				if name := initialsBefore(para.Text[:i], short); name != "" {
					return name
				}
			}
		}
	}
	return ""
}

// initialsBefore returns the capitalised words at the end of text whose
// initials spell short, skipping small words: "Permanent Technical
// Committee" for "PTC", "Working Group on Internet Governance" for "WGIG"; "" when they do not.
func initialsBefore(text, short string) string {
	words := strings.Fields(text)
	need := []rune(short)
	k := len(need) - 1
	i := len(words) - 1
	for ; i >= 0 && k >= 0; i-- {
		w := []rune(words[i])
		switch {
		case w[0] == need[k]:
			k--
		case i < len(words)-1 && (words[i] == "and" || words[i] == "of" || words[i] == "for" || words[i] == "on"):
		default:
			return ""
		}
	}
	if k >= 0 {
		return ""
	}
	return strings.Join(words[i+1:], " ")
}
