package draft

import "strings"

// Action is one thing a committee is asked to do with an item.
type Action uint8

// The actions an agenda category can ask for.
const (
	Information Action = 1 << iota // "For information only"
	TakeNote                       // "To take note"
	Decision                       // "For decision"
	Guidance                       // "For guidance"
	Discussion                     // "For discussion"
)

// Category is an agenda category line as written, without its brackets:
// "For decision", "To take note, for discussion", "For guidance and decision".
// Its actions are derived from the words, so the text is all that is stored.
type Category string

// Categories lists the categories offered when a rapporteur picks one; any
// other wording that names these actions is valid too.
var Categories = []Category{
	"For information only", "To take note", "For decision", "For guidance",
	"For discussion", "To take note, for discussion", "For guidance and decision",
	"For information and discussion",
}

var actionWords = []struct {
	word   string
	action Action
}{
	{"information", Information},
	{"take note", TakeNote},
	{"decision", Decision},
	{"guidance", Guidance},
	{"discussion", Discussion},
	{"endorsement", Decision},
	{"approval", Decision},
	{"adoption", Decision},
	{"consideration", Discussion},
}

// Actions returns the actions the category names; zero when it names none.
func (c Category) Actions() Action {
	s := strings.ToLower(string(c))
	var a Action
	for _, w := range actionWords {
		if strings.Contains(s, w.word) {
			a |= w.action
		}
	}
	return a
}

// Has reports whether the category asks for action a.
func (c Category) Has(a Action) bool { return c.Actions()&a != 0 }

// ParseCategory recognises a category line such as "(For decision)" or
// "(To take note, for discussion)". It returns false for any other line.
func ParseCategory(line string) (Category, bool) {
	s := strings.TrimSpace(line)
	if len(s) < 4 || s[0] != '(' || s[len(s)-1] != ')' {
		return "", false
	}
	inner := strings.TrimSpace(s[1 : len(s)-1])
	low := strings.ToLower(inner)
	if !strings.HasPrefix(low, "for ") && !strings.HasPrefix(low, "to ") {
		return "", false
	}
	c := Category(inner)
	if c.Actions() == 0 || len(inner) > 80 {
		return "", false
	}
	return c, true
}
