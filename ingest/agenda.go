package ingest

import (
	"fmt"
	"slices"
	"strings"

	"rapporteur/draft"
)

// reconcile weighs the agenda table's ranges against the paragraphs read.
// Where an item holds more paragraphs than its range, text read as a
// paragraph of its own though it carried no number is joined to the
// paragraph before it; where it holds fewer, a line that starts with the
// number the table expects there, read as running text, starts a paragraph
// after all. Each correction is logged; what no reading explains is left to
// checkAgenda's warnings.
func (fm *frontMatter) reconcile(p *parser) {
	rows := map[int]agendaRow{}
	for _, row := range fm.rows {
		if row.first > 0 && row.last >= row.first {
			rows[row.num] = row
		}
	}
	if len(rows) == 0 {
		return
	}
	p.provIdx = make(map[*draft.Paragraph]int, len(p.prov))
	for k := range p.prov {
		p.provIdx[p.prov[k].para] = k
	}
	for i, it := range p.r.Items {
		row, ok := rows[max(p.r.FirstItem, 1)+i]
		if !ok {
			continue
		}
		want, got := row.last-row.first+1, it.Count()
		switch {
		case got > want:
			p.joinStrays(i, got-want, row)
		case got < want:
			p.splitAtNumbers(i, want-got, row)
		}
	}
}

// joinStrays joins up to k unnumbered paragraphs of item i to the
// paragraph before them.
func (p *parser) joinStrays(i, k int, row agendaRow) {
	it := p.r.Items[i]
	for k > 0 {
		at := -1
		for j, para := range it.Paragraphs {
			if pv := p.provOf(para); pv != nil && pv.stray && (j > 0 || len(it.Paragraphs) > 1) {
				at = j
				break
			}
		}
		if at < 0 {
			return
		}
		stray := it.Paragraphs[at]
		pv := p.provOf(stray)
		where := "the paragraph before it"
		if at == 0 {
			// Text before the item's first number opens that paragraph.
			next := it.Paragraphs[1]
			next.Text = joinLines([]string{stray.Text, next.Text})
			where = "the paragraph after it"
		} else {
			prev := it.Paragraphs[at-1]
			prev.Text = joinLines([]string{prev.Text, stray.Text})
		}
		it.Paragraphs = slices.Delete(it.Paragraphs, at, at+1)
		pv.stray = false
		p.rd.warn(pv.first, LogCorrection, fmt.Sprintf("the agenda table gives item %s %s: the text without a number here is read as part of %s, not as a paragraph of its own",
			p.itemLabel(row.num), paraSpan(row.first, row.last), where))
		k--
	}
}

// splitAtNumbers starts up to k paragraphs of item i at lines that carry
// the number the agenda table's range expects there but were read as text.
func (p *parser) splitAtNumbers(i, k int, row agendaRow) {
	it := p.r.Items[i]
	for q := 0; q < len(it.Paragraphs) && k > 0; q++ {
		para := it.Paragraphs[q]
		pv := p.provOf(para)
		if pv == nil {
			continue
		}
		want := row.first + q + 1 // the number the next paragraph would carry
		for c, ct := range pv.cuts {
			lab := p.rd.ls[ct.line].label()
			if p.rd.dec[ct.line] != dText || lab.num != want || ct.at+len(lab.glyph) > len(para.Text) {
				continue
			}
			tailText := strings.TrimSpace(para.Text[ct.at+len(lab.glyph):])
			np := &draft.Paragraph{ID: p.r.NewID(), Sub: para.Sub, Text: tailText}
			shift := len(para.Text) - len(tailText)
			var tail []cut
			for _, rest := range pv.cuts[c+1:] {
				tail = append(tail, cut{line: rest.line, at: rest.at - shift})
			}
			para.Text = strings.TrimSpace(para.Text[:ct.at])
			pv.cuts = pv.cuts[:c]
			p.prov = append(p.prov, provenance{para: np, item: i, first: ct.line, cuts: tail})
			p.provIdx[np] = len(p.prov) - 1
			it.Paragraphs = slices.Insert(it.Paragraphs, q+1, np)
			p.rd.dec[ct.line] = dPara
			p.rd.warn(ct.line, LogCorrection, fmt.Sprintf("the agenda table gives item %s %s: the number %d at the start of this line, first read as running text, starts paragraph %d",
				p.itemLabel(row.num), paraSpan(row.first, row.last), want, want))
			k--
			break
		}
	}
}

// provOf returns where a paragraph came from, nil for one the parser made
// otherwise (a folded conclusion).
func (p *parser) provOf(para *draft.Paragraph) *provenance {
	if k, ok := p.provIdx[para]; ok {
		return &p.prov[k]
	}
	return nil
}

// paraSpan writes a range of paragraphs as English reads it: "paragraph 3",
// "paragraphs 3-9".
func paraSpan(first, last int) string {
	if first == last {
		return fmt.Sprintf("paragraph %d", first)
	}
	return "paragraphs " + spanOnly(first, last)
}

// spanOnly writes a range of numbers, one number when it has one: "3",
// "3-9".
func spanOnly(first, last int) string {
	if first == last {
		return fmt.Sprint(first)
	}
	return fmt.Sprintf("%d-%d", first, last)
}
