package draft

import (
	"fmt"
	"strings"
)

// Words counts the words in s as a reader would: runs of non-space text.
func Words(s string) int { return len(strings.Fields(s)) }

// WordCount returns the number of words in the report body: paragraphs and
// conclusion bullets.
func (r *Report) WordCount() int {
	n := 0
	for _, it := range r.Items {
		for _, p := range it.Paragraphs {
			n += Words(p.Text)
		}
		if it.Conclusion != nil {
			for _, b := range it.Conclusion.Bullets {
				n += Words(b.Text)
			}
		}
	}
	return n
}

// Validate checks the report's invariants: IDs unique and within the ID
// sequence, every paragraph's sub-item belongs to its item. Loaders call it
// so a damaged file is refused rather than shown wrong.
func (r *Report) Validate() error {
	seen := map[ID]string{}
	check := func(id ID, what string) error {
		if id <= 0 || id > r.lastID {
			return fmt.Errorf("draft: %s has invalid ID %d", what, id)
		}
		if prev, dup := seen[id]; dup {
			return fmt.Errorf("draft: %s and %s share ID %d", prev, what, id)
		}
		seen[id] = what
		return nil
	}
	for i, it := range r.Items {
		name := "item " + r.ItemNumber(i)
		if err := check(it.ID, name); err != nil {
			return err
		}
		for j, s := range it.SubItems {
			if err := check(s.ID, name+SubItemLetter(j)); err != nil {
				return err
			}
		}
		for k, p := range it.Paragraphs {
			if err := check(p.ID, fmt.Sprintf("%s paragraph %d", name, k+1)); err != nil {
				return err
			}
			if s, _ := it.SubItem(p.Sub); p.Sub != 0 && s == nil {
				return fmt.Errorf("draft: %s paragraph %d is under a sub-item of another item", name, k+1)
			}
		}
		if c := it.Conclusion; c != nil {
			if err := check(c.ID, name+" conclusion"); err != nil {
				return err
			}
			for k, b := range c.Bullets {
				if err := check(b.ID, fmt.Sprintf("%s bullet %d", name, k+1)); err != nil {
					return err
				}
			}
		}
	}
	for i, a := range r.Annexes {
		if err := check(a.ID, "annex "+AnnexNumber(i)); err != nil {
			return err
		}
	}
	return nil
}
