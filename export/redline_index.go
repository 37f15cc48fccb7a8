package export

import "rapporteur/draft"

// sideIndex finds where the deleted parts of a comparison stood relative
// to the parts that survived.
type sideIndex struct {
	old, new            *draft.Report
	newItem             map[draft.ID]int      // item ID → new index
	newPar              map[draft.ID]draft.ID // paragraph ID → new item ID
	oldPar              map[draft.ID][2]int   // paragraph ID → old item, position
	oldBullet           map[draft.ID]int      // bullet ID → old item index
	oldBulletPos        map[draft.ID]int      // bullet ID → 1-based old position
	oldItemOfConclusion map[draft.ID]draft.ID // old conclusion ID → item ID
}

func indexSides(old, new *draft.Report) *sideIndex {
	ix := &sideIndex{old: old, new: new, newItem: map[draft.ID]int{}, newPar: map[draft.ID]draft.ID{},
		oldPar: map[draft.ID][2]int{}, oldBullet: map[draft.ID]int{}, oldBulletPos: map[draft.ID]int{}, oldItemOfConclusion: map[draft.ID]draft.ID{}}
	for i, it := range new.Items {
		ix.newItem[it.ID] = i
		for _, p := range it.Paragraphs {
			ix.newPar[p.ID] = it.ID
		}
	}
	for i, it := range old.Items {
		for k, p := range it.Paragraphs {
			ix.oldPar[p.ID] = [2]int{i, k}
		}
		if c := it.Conclusion; c != nil {
			ix.oldItemOfConclusion[c.ID] = it.ID
			for k, b := range c.Bullets {
				ix.oldBullet[b.ID] = i
				ix.oldBulletPos[b.ID] = k + 1
			}
		}
	}
	return ix
}

// anchor returns, for a deleted paragraph, the ID of the surviving
// paragraph of the same item it followed (0 when it came first) and that
// item's ID; ok is false when its item was deleted too.
func (ix *sideIndex) anchor(id draft.ID) (after, item draft.ID, ok bool) {
	at, found := ix.oldPar[id]
	if !found {
		return 0, 0, false
	}
	it := ix.old.Items[at[0]]
	if _, ok := ix.newItem[it.ID]; !ok {
		return 0, 0, false
	}
	for k := at[1] - 1; k >= 0; k-- {
		if p := it.Paragraphs[k]; ix.newPar[p.ID] == it.ID {
			return p.ID, it.ID, true
		}
	}
	return 0, it.ID, true
}

// newConclusionOf returns the new conclusion's ID of old item i when the
// item and a conclusion survive.
func (ix *sideIndex) newConclusionOf(i int) (draft.ID, bool) {
	j, ok := ix.newItem[ix.old.Items[i].ID]
	if !ok || ix.new.Items[j].Conclusion == nil {
		return 0, false
	}
	return ix.new.Items[j].Conclusion.ID, true
}
