package draft

import (
	"fmt"
	"unicode/utf8"
)

// move moves element from of s to position to in place; both must be in range.
func move[T any](s []T, from, to int) {
	v := s[from]
	if from < to {
		copy(s[from:to], s[from+1:to+1])
	} else {
		copy(s[to+1:from+1], s[to:from])
	}
	s[to] = v
}

func insertAt[T any](s []T, at int, v T) []T {
	s = append(s, v)
	copy(s[at+1:], s[at:])
	s[at] = v
	return s
}

func removeAt[T any](s []T, at int) []T {
	copy(s[at:], s[at+1:])
	var zero T
	s[len(s)-1] = zero
	return s[:len(s)-1]
}

func checkIndex(what string, i, n int) error {
	if i < 0 || i >= n {
		return fmt.Errorf("draft: %s %d out of range (have %d)", what, i+1, n)
	}
	return nil
}

func checkInsert(what string, at, n int) error {
	if at < 0 || at > n {
		return fmt.Errorf("draft: cannot insert %s at position %d (have %d)", what, at+1, n)
	}
	return nil
}

// InsertItem inserts a new agenda item at position at (0-based); the items
// after it are renumbered.
func (r *Report) InsertItem(at int, title string) (*Item, error) {
	if err := checkInsert("item", at, len(r.Items)); err != nil {
		return nil, err
	}
	it := &Item{ID: r.NewID(), Title: title}
	r.Items = insertAt(r.Items, at, it)
	return it, nil
}

// MoveItem moves item from to position to, with its paragraphs.
func (r *Report) MoveItem(from, to int) error {
	if err := checkIndex("item", from, len(r.Items)); err != nil {
		return err
	}
	if err := checkIndex("item", to, len(r.Items)); err != nil {
		return err
	}
	move(r.Items, from, to)
	return nil
}

// DeleteItem removes item at with everything under it and returns it.
func (r *Report) DeleteItem(at int) (*Item, error) {
	if err := checkIndex("item", at, len(r.Items)); err != nil {
		return nil, err
	}
	it := r.Items[at]
	r.Items = removeAt(r.Items, at)
	return it, nil
}

// InsertSubItem inserts a new sub-item at position at of the item; later
// sub-items are relettered.
func (r *Report) InsertSubItem(it *Item, at int, title string, cat Category) (*SubItem, error) {
	if err := checkInsert("sub-item", at, len(it.SubItems)); err != nil {
		return nil, err
	}
	s := &SubItem{ID: r.NewID(), Title: title, Category: cat}
	it.SubItems = insertAt(it.SubItems, at, s)
	return s, nil
}

// MoveSubItem moves a sub-item within its item.
func (it *Item) MoveSubItem(from, to int) error {
	if err := checkIndex("sub-item", from, len(it.SubItems)); err != nil {
		return err
	}
	if err := checkIndex("sub-item", to, len(it.SubItems)); err != nil {
		return err
	}
	move(it.SubItems, from, to)
	return nil
}

// DeleteSubItem removes sub-item at; its paragraphs stay in the item, under
// the item as a whole.
func (it *Item) DeleteSubItem(at int) (*SubItem, error) {
	if err := checkIndex("sub-item", at, len(it.SubItems)); err != nil {
		return nil, err
	}
	s := it.SubItems[at]
	it.SubItems = removeAt(it.SubItems, at)
	for _, p := range it.Paragraphs {
		if p.Sub == s.ID {
			p.Sub = 0
		}
	}
	return s, nil
}

// SubItem returns the sub-item with the given ID and its index, or nil, -1.
func (it *Item) SubItem(id ID) (*SubItem, int) {
	for j, s := range it.SubItems {
		if s.ID == id {
			return s, j
		}
	}
	return nil, -1
}

// InsertParagraph inserts a paragraph at position at of the item, under
// sub-item sub (0 for the item as a whole). Every later number moves on.
func (r *Report) InsertParagraph(it *Item, at int, sub ID, text string) (*Paragraph, error) {
	if err := checkInsert("paragraph", at, len(it.Paragraphs)); err != nil {
		return nil, err
	}
	if sub != 0 {
		if s, _ := it.SubItem(sub); s == nil {
			return nil, fmt.Errorf("draft: item %q has no sub-item %d", it.Title, sub)
		}
	}
	p := &Paragraph{ID: r.NewID(), Sub: sub, Text: text}
	it.Paragraphs = insertAt(it.Paragraphs, at, p)
	return p, nil
}

// Find returns the item index and position of the paragraph with the given
// ID, or ok false. It walks the report; the window keeps pointers instead.
func (r *Report) Find(id ID) (item, k int, ok bool) {
	for i, it := range r.Items {
		for j, p := range it.Paragraphs {
			if p.ID == id {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// MoveParagraph moves paragraph k of item from to position at of item to.
// Moving into another item puts it under that item as a whole.
func (r *Report) MoveParagraph(from, k, to, at int) error {
	if err := checkIndex("item", from, len(r.Items)); err != nil {
		return err
	}
	if err := checkIndex("item", to, len(r.Items)); err != nil {
		return err
	}
	src, dst := r.Items[from], r.Items[to]
	if err := checkIndex("paragraph", k, len(src.Paragraphs)); err != nil {
		return err
	}
	if from == to {
		if err := checkIndex("paragraph", at, len(src.Paragraphs)); err != nil {
			return err
		}
		move(src.Paragraphs, k, at)
		return nil
	}
	if err := checkInsert("paragraph", at, len(dst.Paragraphs)); err != nil {
		return err
	}
	p := src.Paragraphs[k]
	src.Paragraphs = removeAt(src.Paragraphs, k)
	p.Sub = 0
	dst.Paragraphs = insertAt(dst.Paragraphs, at, p)
	return nil
}

// DeleteParagraph removes paragraph k of the item and returns it, so that an
// undo can put it back with InsertExisting.
func (it *Item) DeleteParagraph(k int) (*Paragraph, error) {
	if err := checkIndex("paragraph", k, len(it.Paragraphs)); err != nil {
		return nil, err
	}
	p := it.Paragraphs[k]
	it.Paragraphs = removeAt(it.Paragraphs, k)
	return p, nil
}

// InsertExisting puts a paragraph removed earlier back at position at, with
// its identity; it is how undo restores a deletion.
func (it *Item) InsertExisting(at int, p *Paragraph) error {
	if err := checkInsert("paragraph", at, len(it.Paragraphs)); err != nil {
		return err
	}
	it.Paragraphs = insertAt(it.Paragraphs, at, p)
	return nil
}

// SplitParagraph splits paragraph k of the item at byte offset off: the text
// before stays, the text after becomes a new paragraph right after it.
func (r *Report) SplitParagraph(it *Item, k, off int) (*Paragraph, error) {
	if err := checkIndex("paragraph", k, len(it.Paragraphs)); err != nil {
		return nil, err
	}
	p := it.Paragraphs[k]
	if off < 0 || off > len(p.Text) || !utf8.RuneStart(byteAt(p.Text, off)) {
		return nil, fmt.Errorf("draft: cannot split paragraph at offset %d", off)
	}
	head, tail := trimSpace(p.Text[:off]), trimSpace(p.Text[off:])
	q, err := r.InsertParagraph(it, k+1, p.Sub, tail)
	if err != nil {
		return nil, err
	}
	p.Text = head
	return q, nil
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 'x' // the end of the text is a valid split point
	}
	return s[i]
}

// MergeParagraph joins paragraph k+1 of the item onto paragraph k with one
// space and removes it; the merged paragraph keeps paragraph k's identity.
func (it *Item) MergeParagraph(k int) error {
	if err := checkIndex("paragraph", k, len(it.Paragraphs)-1); err != nil {
		return fmt.Errorf("draft: no paragraph after paragraph %d to merge", k+1)
	}
	p, q := it.Paragraphs[k], it.Paragraphs[k+1]
	p.Text = joinText(p.Text, q.Text)
	it.Paragraphs = removeAt(it.Paragraphs, k+1)
	return nil
}

func joinText(a, b string) string {
	a, b = trimSpace(a), trimSpace(b)
	if a == "" || b == "" {
		return a + b
	}
	return a + " " + b
}
