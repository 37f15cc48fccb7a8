package draft

// StructKind names a change to the report's structure rather than to its
// numbered text.
type StructKind string

// The structural changes a comparison reports.
const (
	ItemAdded           StructKind = "item added"
	ItemDeleted         StructKind = "item deleted"
	ItemMoved           StructKind = "item moved"
	ItemRenamed         StructKind = "item renamed"
	CategoryChanged     StructKind = "category changed"
	SubItemAdded        StructKind = "sub-item added"
	SubItemDeleted      StructKind = "sub-item deleted"
	SubItemMoved        StructKind = "sub-item moved"
	SubItemRenamed      StructKind = "sub-item renamed"
	DocAdded            StructKind = "document added"
	DocRemoved          StructKind = "document removed"
	PresentationAdded   StructKind = "presentation added"
	PresentationRemoved StructKind = "presentation removed"
	AttachmentAdded     StructKind = "attachment added"
	AttachmentRemoved   StructKind = "attachment removed"
	MeetingChanged      StructKind = "meeting changed"
	AnnexAdded          StructKind = "annex added"
	AnnexDeleted        StructKind = "annex deleted"
	AnnexMoved          StructKind = "annex moved"
	AnnexRenamed        StructKind = "annex renamed"
	AnnexChanged        StructKind = "annex changed"
)

// StructChange is one change to the agenda, the meeting details or the
// annexes. Item is the item's Roman number on the new side (the old side
// for a deleted item) and Sub a sub-item's letter; Old and New hold the
// values before and after: titles, categories, document codes, numbers.
type StructChange struct {
	Kind      StructKind `json:"kind"`
	Item      string     `json:"item,omitempty"`
	ItemTitle string     `json:"item_title,omitempty"`
	Sub       string     `json:"sub,omitempty"`
	Annex     string     `json:"annex,omitempty"`
	Field     string     `json:"field,omitempty"`
	// Style is the house style's field that changed ("headings"),
	// Footnote a footnote's label (see style_compare.go).
	Style    string `json:"style,omitempty"`
	Footnote string `json:"footnote,omitempty"`
	Old      string `json:"old,omitempty"`
	New      string `json:"new,omitempty"`
	// Words is the word diff of a changed annex body.
	Words []WordOp `json:"words,omitempty"`

	group float64
}

// annexGroup sorts report-wide changes after every item.
const annexGroup = 1e9

func (c *Comparison) add(sc StructChange) { c.Structure = append(c.Structure, sc) }

// structure compares the meeting, the agenda and the annexes.
func (c *Comparison) structure(s *sides) {
	c.meeting(s.old.Meeting, s.new.Meeting)
	c.houseParts(s.old, s.new)
	oldIDs, newIDs := itemIDs(s.old), itemIDs(s.new)
	moves := orderMoves(oldIDs, newIDs)
	for i, it := range s.new.Items {
		at := StructChange{Item: s.new.ItemNumber(i), ItemTitle: it.Title, group: float64(i)}
		j, ok := s.oldItem[it.ID]
		if !ok {
			at.Kind, at.New = ItemAdded, it.Title
			c.add(at)
			continue
		}
		old := s.old.Items[j]
		if moves[it.ID] {
			at.Kind, at.Old, at.New = ItemMoved, s.old.ItemNumber(j), s.new.ItemNumber(i)
			c.add(at)
		}
		c.itemFields(at, old, it)
	}
	for j, it := range s.old.Items {
		if _, ok := s.newItem[it.ID]; !ok {
			c.add(StructChange{Kind: ItemDeleted, Item: s.old.ItemNumber(j), ItemTitle: it.Title, Old: it.Title, group: s.group[j]})
		}
	}
	c.annexes(s.old.Annexes, s.new.Annexes)
}

func itemIDs(r *Report) []ID {
	ids := make([]ID, len(r.Items))
	for i, it := range r.Items {
		ids[i] = it.ID
	}
	return ids
}

// itemFields compares what an item carries besides its paragraphs.
func (c *Comparison) itemFields(at StructChange, old, it *Item) {
	c.field(at, ItemRenamed, old.Title, it.Title)
	c.field(at, CategoryChanged, string(old.Category), string(it.Category))
	c.listDiff(at, DocAdded, DocRemoved, old.Docs, it.Docs, docKey)
	c.listDiff(at, PresentationAdded, PresentationRemoved, presentationTexts(old.Presentations), presentationTexts(it.Presentations), nfc)
	c.subItems(at, old, it)
}

// field records kind when a value differs (after NFC).
func (c *Comparison) field(at StructChange, kind StructKind, old, new string) {
	if old == new || nfc(old) == nfc(new) {
		return
	}
	at.Kind, at.Old, at.New = kind, old, new
	c.add(at)
}

// listDiff records the values added to and removed from a list, in order;
// two values are the same when their keys are.
func (c *Comparison) listDiff(at StructChange, added, removed StructKind, old, new []string, key func(string) string) {
	count := map[string]int{}
	for _, v := range old {
		count[key(v)]++
	}
	for _, v := range new {
		k := key(v)
		if count[k] > 0 {
			count[k]--
			continue
		}
		sc := at
		sc.Kind, sc.New = added, v
		c.add(sc)
	}
	for _, v := range old {
		k := key(v)
		if count[k] > 0 {
			count[k]--
			sc := at
			sc.Kind, sc.Old = removed, v
			c.add(sc)
		}
	}
}

// docKey is the form under which two citations of a document are the same:
// its canonical code ("PC0725E (version d)" and "PC0725Ed" alike), or the
// text as written when it does not parse.
func docKey(s string) string {
	if d, err := ParseDocCode(s); err == nil {
		return d.String()
	}
	return nfc(s)
}

func presentationTexts(ps []Presentation) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Text
	}
	return out
}

// subItems compares the sub-items of one item by identity.
func (c *Comparison) subItems(at StructChange, old, it *Item) {
	olds, news := subIDs(old), subIDs(it)
	moves := orderMoves(olds, news)
	for j, s := range it.SubItems {
		sc := at
		sc.Sub = SubItemLetter(j)
		o, k := old.SubItem(s.ID)
		if o == nil {
			sc.Kind, sc.New = SubItemAdded, s.Title
			c.add(sc)
			continue
		}
		if moves[s.ID] {
			sc.Kind, sc.Old, sc.New = SubItemMoved, SubItemLetter(k), SubItemLetter(j)
			c.add(sc)
		}
		c.field(sc, SubItemRenamed, o.Title, s.Title)
		c.field(sc, CategoryChanged, string(o.Category), string(s.Category))
		c.listDiff(sc, DocAdded, DocRemoved, o.Docs, s.Docs, docKey)
		c.listDiff(sc, PresentationAdded, PresentationRemoved, presentationTexts(o.Presentations), presentationTexts(s.Presentations), nfc)
		c.listDiff(sc, AttachmentAdded, AttachmentRemoved, o.Attachments, s.Attachments, nfc)
	}
	for k, o := range old.SubItems {
		if s, _ := it.SubItem(o.ID); s == nil {
			sc := at
			sc.Kind, sc.Sub, sc.Old = SubItemDeleted, SubItemLetter(k), o.Title
			c.add(sc)
		}
	}
}

func subIDs(it *Item) []ID {
	ids := make([]ID, len(it.SubItems))
	for j, s := range it.SubItems {
		ids[j] = s.ID
	}
	return ids
}

// meeting compares the meeting details field by field.
func (c *Comparison) meeting(old, new Meeting) {
	nf := new.Fields()
	for k, f := range old.Fields() {
		c.field(StructChange{Field: f.Key, group: -1}, MeetingChanged, *f.Value, *nf[k].Value)
	}
}

// annexes compares the annexes by identity.
func (c *Comparison) annexes(old, new []*Annex) {
	at := map[ID]int{}
	olds := make([]ID, len(old))
	for k, a := range old {
		at[a.ID], olds[k] = k, a.ID
	}
	news := make([]ID, len(new))
	for k, a := range new {
		news[k] = a.ID
	}
	moves := orderMoves(olds, news)
	for k, a := range new {
		sc := StructChange{Annex: AnnexNumber(k), group: annexGroup}
		j, ok := at[a.ID]
		if !ok {
			sc.Kind, sc.New = AnnexAdded, a.Title
			c.add(sc)
			continue
		}
		delete(at, a.ID)
		if moves[a.ID] {
			sc.Kind, sc.Old, sc.New = AnnexMoved, AnnexNumber(j), AnnexNumber(k)
			c.add(sc)
		}
		c.field(sc, AnnexRenamed, old[j].Title, a.Title)
		if ob := old[j].Body; ob != a.Body && nfc(ob) != nfc(a.Body) {
			sc.Kind, sc.Old, sc.New, sc.Words = AnnexChanged, "", "", WordDiff(ob, a.Body)
			c.add(sc)
		}
	}
	for k, a := range old {
		if _, ok := at[a.ID]; ok {
			c.add(StructChange{Kind: AnnexDeleted, Annex: AnnexNumber(k), Old: a.Title, group: annexGroup})
		}
	}
}
