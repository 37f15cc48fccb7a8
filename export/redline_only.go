package export

import (
	"strings"
	"unicode/utf8"
)

// contextChars is about what one line of body text holds.
const contextChars = 80

// changesOnly keeps, of the blocks of one item (or annex), what a reader
// of the changes needs: nothing when none changed; else the item's
// heading, and each changed block (one with a change bar) after the
// headings that stand right before it (a sub-item's heading, a
// conclusion's lead-in) and one line of the unchanged paragraph before
// those, in grey, cut to its last words. Numbers stay as the redline gives
// them: the new number as the label, the old one in the margin.
func changesOnly(blocks []*block) []*block {
	changed := false
	for _, b := range blocks {
		changed = changed || b.bar
	}
	if !changed || len(blocks) == 0 {
		return nil
	}
	head := *blocks[0]
	head.keep = true
	out := []*block{&head}
	shown := 0 // blocks[:shown+1] are placed
	for k := 1; k < len(blocks); k++ {
		if !blocks[k].bar {
			continue
		}
		from := k
		for from > shown+1 && blocks[from-1].keep && !blocks[from-1].bar {
			from-- // the headings it stands under
		}
		if lead := leadIn(blocks, k); lead > shown && lead < from-1 {
			out = append(out, blocks[lead]) // a bullet's conclusion, by its number
			shown = lead
		}
		if from > shown+1 {
			out = append(out, contextLine(blocks[from-1]))
		}
		for _, b := range blocks[from : k+1] {
			if b.text != head.text || b.bar {
				out = append(out, b) // the item's heading repeated is shown above
			}
		}
		shown = k
	}
	return out
}

// leadIn returns, for a conclusion bullet at k, the index of its
// conclusion's numbered lead-in, and -1 for any other block. Conclusion
// bullets are the "•" blocks not kept with what follows (presentations
// under a heading are).
func leadIn(blocks []*block, k int) int {
	if blocks[k].label != "•" || blocks[k].keep {
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		if blocks[j].label != "•" {
			return j
		}
	}
	return -1
}

// contextLine returns an unchanged paragraph as one grey line: its label
// and the last words of its text after "…".
func contextLine(b *block) *block {
	var text string
	if b.words != nil {
		var t strings.Builder
		for k, w := range b.words {
			if k > 0 && !w.glue {
				t.WriteByte(' ')
			}
			t.WriteString(w.text)
		}
		text = t.String()
	} else {
		text = b.text
	}
	text = strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(text) > contextChars {
		r := []rune(text)
		tail := string(r[len(r)-contextChars:])
		if sp := strings.IndexByte(tail, ' '); sp >= 0 {
			tail = tail[sp+1:]
		}
		text = "… " + tail
	}
	c := *b
	c.text, c.words, c.lines, c.done = "", nil, nil, false
	c.words, _ = appendWords(nil, text, context, true)
	c.style, c.keep, c.bar, c.note, c.cells, c.right, c.bookmark = "", true, false, "", nil, "", ""
	c.newPage = false
	c.labelColor = [3]int{110, 110, 110}
	return &c
}
