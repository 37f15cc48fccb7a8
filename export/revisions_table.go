package export

// tableEntry completes a merged table: its rows aligned by key (a row
// that left its place is deleted where it stood and inserted where it
// stands, Word tracking no moves of rows).
func tableEntry(e *entry) {
	var oldRows, newRows []docRow
	if e.oldBlock != nil {
		oldRows = e.oldBlock.rows
	}
	if e.newBlock != nil {
		newRows = e.newBlock.rows
	}
	switch e.st {
	case stIns, stTo:
		e.st, e.mark = stIns, stIns
		oldRows = nil
	case stDel, stFrom:
		e.st, e.mark = stDel, stDel
		newRows = nil
	}
	ok, nk := make([]string, len(oldRows)), make([]string, len(newRows))
	for i := range oldRows {
		ok[i] = oldRows[i].line.key
	}
	for j := range newRows {
		nk[j] = newRows[j].line.key
	}
	for _, s := range merge(ok, nk, false, nil) {
		re := rowEntry{st: s.st}
		if s.o >= 0 {
			re.old = &oldRows[s.o]
		}
		if s.n >= 0 {
			re.new = &newRows[s.n]
		}
		if re.st == stKept && len(re.old.cells) != len(re.new.cells) {
			e.rows = append(e.rows, rowEntry{st: stDel, old: re.old}, rowEntry{st: stIns, new: re.new})
			continue
		}
		e.rows = append(e.rows, re)
	}
}

// table writes a merged table.
func (w *revWriter) table(e *entry) {
	b := e.newBlock
	if b == nil {
		b = e.oldBlock
	}
	w.b.WriteString(`<w:tbl>` + b.line.xml)
	for _, re := range e.rows {
		w.row(re)
	}
	w.b.WriteString(`</w:tbl>`)
}

// row writes a table row: a kept row cell by cell with its paragraphs
// merged, an inserted or deleted row marked so with all its text.
func (w *revWriter) row(re rowEntry) {
	r := re.new
	if r == nil {
		r = re.old
	}
	w.b.WriteString(`<w:tr><w:trPr>` + r.line.xml)
	if el := revElem(re.st); el != "" {
		w.b.WriteString(`<` + el + w.rev() + `/>`)
	}
	w.b.WriteString(`</w:trPr>`)
	for k, c := range r.cells {
		w.b.WriteString(`<w:tc><w:tcPr>` + c.line.xml + `</w:tcPr>`)
		var es []*entry
		if re.st == stKept {
			es = settleEnd(paraEntries(re.old.cells[k].paras, c.paras, false, nil))
		} else {
			for x, p := range c.paras {
				e := &entry{st: re.st, mark: re.st}
				if re.st == stIns {
					e.new, e.onNewProps = p, p
				} else {
					e.old, e.onOldProps = p, p
				}
				if x == len(c.paras)-1 {
					e.mark = stKept // the cell's own mark goes with its row
				}
				es = append(es, e)
			}
		}
		w.entries(es)
		w.b.WriteString(`</w:tc>`)
	}
	w.b.WriteString(`</w:tr>`)
}
