package export

import "rapporteur/draft"

// state says how a paragraph or row of the revision document reads on
// each side: on both (kept), on the new side only, on the old side only.
type state uint8

// The states of a merged paragraph.
const (
	stKept state = iota
	stIns        // new side only
	stDel        // old side only
	stFrom       // old side only, its new self elsewhere
	stTo         // new side only, its old self elsewhere
)

// onNew reports whether a part in state s reads on the new side.
func (s state) onNew() bool { return s == stKept || s == stIns || s == stTo }

// onOld reports whether a part in state s reads on the old side.
func (s state) onOld() bool { return s == stKept || s == stDel || s == stFrom }

// entry is one paragraph (or table) of the revision document.
type entry struct {
	st       state
	old, new *wordLine
	// mark is the revision on the paragraph mark, which differs from st
	// at the end of a container (see settleEnd).
	mark state
	// absorbed is an entry whose text is written at the head of this
	// paragraph, in its own state, sharing this paragraph's mark.
	absorbed *entry
	// onNewProps and onOldProps are the lines whose properties the
	// paragraph has on each side (nil where it does not read).
	onNewProps, onOldProps *wordLine
	move                   int // the named move an entry of a move belongs to
	rows                   []rowEntry
	oldBlock, newBlock     *docBlock
}

// rowEntry is one row of a merged table.
type rowEntry struct {
	st       state
	old, new *docRow
}

// merged is one step of a merge: the old index, the new index (-1 where a
// side has none) and the state.
type merged struct {
	o, n int
	st   state
}

// merge aligns two sequences by key. The keys present on both sides that
// keep their relative order (one longest increasing run, so that one part
// moved far is one move) are kept; the others are moves when moves are
// allowed, else a deletion and an insertion. forced names keys that are to
// move whatever their order (the comparison says so). Between two kept
// steps the old side's deletions come first, then the new side's
// insertions.
func merge(oldKeys, newKeys []string, allowMoves bool, forced func(i int) bool) []merged {
	at := make(map[string]int, len(oldKeys))
	for i, k := range oldKeys {
		at[k] = i
	}
	inNew := make(map[string]bool, len(newKeys))
	var seq, seqNew []int
	for j, k := range newKeys {
		inNew[k] = true
		if i, ok := at[k]; ok && (forced == nil || !forced(j)) {
			seq = append(seq, i)
			seqNew = append(seqNew, j)
		}
	}
	keep := draft.Stayed(seq)
	stay := make(map[int]int, len(seq)) // old index → new index of a kept pair
	for x, k := range keep {
		if k {
			stay[seq[x]] = seqNew[x]
		}
	}
	newKept := make(map[int]bool, len(stay))
	for _, j := range stay {
		newKept[j] = true
	}
	oldState := func(i int) state {
		if !inNew[oldKeys[i]] {
			return stDel
		}
		if allowMoves {
			return stFrom
		}
		return stDel
	}
	newState := func(j int) state {
		if _, ok := at[newKeys[j]]; !ok || !allowMoves {
			return stIns
		}
		return stTo
	}
	out := make([]merged, 0, len(newKeys)+len(oldKeys)-len(stay))
	i, j := 0, 0
	flush := func(oi, nj int) {
		for ; i < oi; i++ {
			out = append(out, merged{i, -1, oldState(i)})
		}
		for ; j < nj; j++ {
			if !newKept[j] {
				out = append(out, merged{-1, j, newState(j)})
			}
		}
	}
	for oi := range oldKeys {
		nj, ok := stay[oi]
		if !ok {
			continue
		}
		flush(oi, nj)
		out = append(out, merged{oi, nj, stKept})
		i, j = oi+1, nj+1
	}
	flush(len(oldKeys), len(newKeys))
	return out
}

// paraEntries merges two containers' paragraphs into entries.
func paraEntries(old, new []*wordLine, allowMoves bool, forced func(*wordLine) bool) []*entry {
	ok, nk := make([]string, len(old)), make([]string, len(new))
	for i, l := range old {
		ok[i] = l.key
	}
	for j, l := range new {
		nk[j] = l.key
	}
	var f func(int) bool
	if forced != nil {
		f = func(j int) bool { return forced(new[j]) }
	}
	steps := merge(ok, nk, allowMoves, f)
	oldAt, newAt := map[string]*wordLine{}, map[string]*wordLine{}
	if allowMoves {
		for _, l := range old {
			oldAt[l.key] = l
		}
		for _, l := range new {
			newAt[l.key] = l
		}
	}
	out := make([]*entry, len(steps))
	for x, s := range steps {
		e := &entry{st: s.st, mark: s.st}
		if s.o >= 0 {
			e.old = old[s.o]
		}
		if s.n >= 0 {
			e.new = new[s.n]
		}
		// Each half of a move knows the other's line, for its words.
		switch s.st {
		case stFrom:
			e.new = newAt[e.old.key]
		case stTo:
			e.old = oldAt[e.new.key]
		}
		out[x] = e
	}
	return out
}

// settleEnd makes the end of a container read right on both sides. Word
// cannot remove a container's last paragraph mark, so the last paragraph
// must carry the properties of the last paragraph of either side: when the
// sides end differently, the paragraph that ends the one side is joined to
// the last paragraph (its mark revised so that it flows into it, or its
// text written at its head), and the last paragraph's properties change
// from the one side's to the other's (w:pPrChange). Moves at the end are
// written as a deletion and an insertion.
func settleEnd(es []*entry) []*entry {
	lastNew, lastOld := -1, -1
	for x, e := range es {
		if e.st.onNew() {
			lastNew = x
		}
		if e.st.onOld() {
			lastOld = x
		}
	}
	for _, x := range []int{lastNew, lastOld} {
		if x >= 0 {
			unmove(es, es[x])
		}
	}
	for _, e := range es {
		e.onNewProps, e.onOldProps = nil, nil
		if e.st.onNew() {
			e.onNewProps = e.new
		}
		if e.st.onOld() {
			e.onOldProps = e.old
		}
	}
	if lastNew == lastOld || lastNew < 0 || lastOld < 0 {
		return es
	}
	last := max(lastNew, lastOld)
	end := es[last]
	other := lastOld // the side's last paragraph that is not the container's last
	if lastOld == last {
		other = lastNew
	}
	o := es[other]
	end.mark = stKept
	if o.st == stKept {
		// Its text reads on both sides; its mark reads only on the side
		// that does not end with it.
		if other == lastOld {
			o.mark = stIns
		} else {
			o.mark = stDel
		}
	} else {
		// Its text reads on one side only: write it at the head of the
		// last paragraph, whose mark then ends it on that side.
		end.absorbed = o
		es = append(es[:other], es[other+1:]...)
	}
	if other == lastOld {
		end.onOldProps = o.old
	} else {
		end.onNewProps = o.new
	}
	return es
}

// unmove turns a move at the end of a container, and its other half, into
// a deletion and an insertion.
func unmove(es []*entry, e *entry) {
	if e.st != stFrom && e.st != stTo {
		return
	}
	key := e.old
	if key == nil {
		key = e.new
	}
	for _, x := range es {
		if (x.st == stFrom && x.old.key == key.key) || (x.st == stTo && x.new.key == key.key) {
			if x.st == stFrom {
				x.st, x.mark = stDel, stDel
			} else {
				x.st, x.mark = stIns, stIns
			}
		}
	}
}

// groupMoves numbers the moves: a run of paragraphs moved together (next
// to each other on both sides, in the same order) is one named move.
func groupMoves(es []*entry) int {
	to := map[string]int{}
	for x, e := range es {
		if e.st == stTo {
			to[e.new.key] = x
		}
	}
	n := 0
	prevFrom, prevTo := -2, -2
	for x, e := range es {
		if e.st != stFrom {
			continue
		}
		t, ok := to[e.old.key]
		if !ok {
			e.st, e.mark = stDel, stDel // cannot happen: merge pairs them
			continue
		}
		if x != prevFrom+1 || t != prevTo+1 {
			n++
		}
		e.move, es[t].move = n, n
		prevFrom, prevTo = x, t
	}
	return n
}
