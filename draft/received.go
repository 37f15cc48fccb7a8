package draft

import "strings"

// ReceivedParagraph is one paragraph of a document received with tracked
// changes, as its reader saw it: its text with the changes accepted and
// with them rejected ("" where it does not read that way: inserted, or
// deleted, as a whole), who changed it, and the comments anchored to it.
type ReceivedParagraph struct {
	Accepted, Rejected string
	// Authors are the authors of the paragraph's tracked changes, each
	// once, and Date the latest of their dates (ISO 8601, "" if none).
	Authors []string
	Date    string
	// Loose is set where the reader cannot tell which paragraph of the
	// other reading this one is: either half of a paragraph Word moved,
	// or a paragraph whose text runs on into the next where its mark is
	// gone. It pairs by content only, and is neither kept new nor gone.
	Loose bool
	// Comments are the comments anchored to the paragraph (Kind
	// NoteComment).
	Comments []Note
}

// PairReadings makes the two readings of one received document (the report
// as it reads with its tracked changes rejected and with them accepted)
// one report's two states: accepted's parts take rejected's identities
// (by content, as Adopt does, and for each paragraph Word changed, by the
// texts its reader saw, where content alone did not pair them), so that
// Compare(rejected, accepted) shows the document's revisions. Then the
// paragraphs carry what the reader saw besides their text: on accepted,
// a NoteChange per author of the changes of each paragraph inserted or
// changed and the comments; on rejected, a NoteDeletion per author of each
// paragraph deleted. A comparison then names the authors of each change.
// It returns the comments it could not place: those anchored to what is
// not a numbered paragraph (a heading, a bullet), which carry no notes.
func PairReadings(rejected, accepted *Report, paras []ReceivedParagraph) (unplaced []Note) {
	Adopt(rejected, accepted)
	rej, acc := indexTexts(rejected), indexTexts(accepted)
	inRej := paragraphsByID(rejected)
	inAcc := paragraphsByID(accepted)
	pairs := make([][2]*Paragraph, len(paras)) // rejected, accepted
	for i, rp := range paras {
		pairs[i] = [2]*Paragraph{rej.take(rp.Rejected), acc.take(rp.Accepted)}
	}
	renumber := func(p *Paragraph, id ID) {
		delete(inAcc, p.ID)
		p.ID = id
		inAcc[id] = p
	}
	// What the document inserted is new, what it deleted is gone,
	// whatever the content says.
	for i, rp := range paras {
		r, a := pairs[i][0], pairs[i][1]
		if rp.Loose {
			continue
		}
		if a != nil && rp.Rejected == "" && inRej[a.ID] != nil {
			renumber(a, accepted.NewID())
		}
		if r != nil && rp.Accepted == "" {
			if x := inAcc[r.ID]; x != nil {
				renumber(x, accepted.NewID())
			}
		}
	}
	// What it changed is the same paragraph, whatever the content says.
	for i := range paras {
		r, a := pairs[i][0], pairs[i][1]
		if r == nil || a == nil || a.ID == r.ID {
			continue
		}
		old := a.ID
		if x := inAcc[r.ID]; x != nil {
			renumber(x, old) // swap: the paragraph that took r's identity takes a's
		}
		renumber(a, r.ID)
	}
	for i, rp := range paras {
		r, a := pairs[i][0], pairs[i][1]
		switch {
		case a != nil && r != nil && r.Text != a.Text, a != nil && rp.Rejected == "":
			addAuthors(a, NoteChange, rp) // a moved paragraph's destination names who moved it
		case r != nil && rp.Accepted == "":
			addAuthors(r, NoteDeletion, rp)
		}
		if a != nil {
			a.Notes = append(a.Notes, rp.Comments...)
		} else {
			unplaced = append(unplaced, rp.Comments...)
		}
	}
	return unplaced
}

// paragraphsByID indexes a report's paragraphs by ID.
func paragraphsByID(r *Report) map[ID]*Paragraph {
	m := map[ID]*Paragraph{}
	for _, it := range r.Items {
		for _, p := range it.Paragraphs {
			m[p.ID] = p
		}
	}
	return m
}

func addAuthors(p *Paragraph, kind NoteKind, rp ReceivedParagraph) {
	for _, a := range rp.Authors {
		p.AddNote(Note{Kind: kind, Author: a, Date: rp.Date})
	}
}

// textIndex finds a report's paragraphs by their text as normKey writes
// it; a paragraph found is taken, so that paragraphs with the same text
// pair in order.
type textIndex map[string][]*Paragraph

func indexTexts(r *Report) textIndex {
	ix := textIndex{}
	for _, it := range r.Items {
		for _, p := range it.Paragraphs {
			k := normKey(p.Text)
			ix[k] = append(ix[k], p)
		}
	}
	return ix
}

// take returns and removes the first paragraph whose text is the text a
// reader saw: as it is, or without a leading paragraph number ("37. "),
// which a document may carry as text; nil when none has it.
func (ix textIndex) take(text string) *Paragraph {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	k := normKey(text)
	for _, key := range []string{k, stripNumber(k)} {
		if ps := ix[key]; len(ps) > 0 {
			ix[key] = ps[1:]
			return ps[0]
		}
	}
	return nil
}

// stripNumber drops a leading "37. " from a normalised text.
func stripNumber(k string) string {
	n := 0
	for n < len(k) && k[n] >= '0' && k[n] <= '9' {
		n++
	}
	if n == 0 || n > 5 || n+1 >= len(k) || k[n] != '.' || k[n+1] != ' ' {
		return k
	}
	return k[n+2:]
}

// AdoptPair gives the two readings of a received document, paired by
// PairReadings, the identities of prev's parts (the report the document
// was made from): rejected takes them as Adopt gives them, accepted the
// same for every part it shares with rejected, and fresh ones above all
// three reports' for the parts only it has, so that the pair compares as
// before and each side compares with prev by identity.
func AdoptPair(prev, rejected, accepted *Report) {
	before := partIDs(rejected)
	Adopt(prev, rejected)
	after := partIDs(rejected)
	remap := make(map[ID]ID, len(before))
	for i, id := range before {
		remap[id] = after[i]
	}
	accepted.Reserve(max(prev.LastID(), rejected.LastID()))
	newID := func(id ID) ID {
		if n, ok := remap[id]; ok {
			return n
		}
		return accepted.NewID()
	}
	for _, it := range accepted.Items {
		it.ID = newID(it.ID)
		subs := make(map[ID]ID, len(it.SubItems))
		for _, s := range it.SubItems {
			n := newID(s.ID)
			subs[s.ID], s.ID = n, n
		}
		for _, p := range it.Paragraphs {
			p.ID = newID(p.ID)
			if p.Sub != 0 {
				p.Sub = subs[p.Sub]
			}
		}
		if c := it.Conclusion; c != nil {
			c.ID = newID(c.ID)
			for _, b := range c.Bullets {
				b.ID = newID(b.ID)
			}
		}
	}
	for _, a := range accepted.Annexes {
		a.ID = newID(a.ID)
	}
}

// partIDs lists the IDs of a report's parts in one fixed order.
func partIDs(r *Report) []ID {
	var ids []ID
	for _, it := range r.Items {
		ids = append(ids, it.ID)
		for _, s := range it.SubItems {
			ids = append(ids, s.ID)
		}
		for _, p := range it.Paragraphs {
			ids = append(ids, p.ID)
		}
		if c := it.Conclusion; c != nil {
			ids = append(ids, c.ID)
			for _, b := range c.Bullets {
				ids = append(ids, b.ID)
			}
		}
	}
	for _, a := range r.Annexes {
		ids = append(ids, a.ID)
	}
	return ids
}
