package draft

// Stayed reports, for a sequence of old positions listed in new order,
// which elements kept their relative order: the members of one longest
// increasing subsequence. The others are the ones that moved, so that one
// paragraph moved far is one move and not a cascade. It runs in
// O(n log n).
func Stayed(seq []int) []bool {
	n := len(seq)
	keep := make([]bool, n)
	if n == 0 {
		return keep
	}
	tails := make([]int, 0, n) // tails[l] = index in seq ending a run of length l+1
	prev := make([]int, n)
	for i, v := range seq {
		lo, hi := 0, len(tails)
		for lo < hi {
			mid := (lo + hi) / 2
			if seq[tails[mid]] < v {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		prev[i] = -1
		if lo > 0 {
			prev[i] = tails[lo-1]
		}
		if lo == len(tails) {
			tails = append(tails, i)
		} else {
			tails[lo] = i
		}
	}
	for i := tails[len(tails)-1]; i >= 0; i = prev[i] {
		keep[i] = true
	}
	return keep
}

// idSet is the set of IDs present on one side.
type idSet map[ID]int

// orderMoves returns the IDs among news (in new order) that also appear in
// olds and changed their relative order.
func orderMoves(olds, news []ID) map[ID]bool {
	at := make(idSet, len(olds))
	for i, id := range olds {
		at[id] = i
	}
	var seq []int
	var ids []ID
	for _, id := range news {
		if i, ok := at[id]; ok {
			seq = append(seq, i)
			ids = append(ids, id)
		}
	}
	moved := map[ID]bool{}
	for i, k := range Stayed(seq) {
		if !k {
			moved[ids[i]] = true
		}
	}
	return moved
}
