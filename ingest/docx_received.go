package ingest

import (
	"bytes"
	"fmt"
	"slices"

	"rapporteur/draft"
)

// Received is a Word document with tracked changes read both ways, from
// one pass over the file: the report as it reads with the changes
// accepted and as it read with them rejected (each parsed as Docx parses
// a document), and, for each paragraph a change or a comment touches, what
// the reader saw of it (draft.PairReadings makes the two readings one
// report's two states from them).
type Received struct {
	Accepted, Rejected *draft.Report
	Paragraphs         []draft.ReceivedParagraph
	// Changes is the number of tracked changes (a move counted once),
	// Authors their authors in the order met.
	Changes  int
	Authors  []string
	Warnings []string
}

// DocxReceived reads a Word document both ways (see Received), within the
// bounds Docx keeps to.
func DocxReceived(data []byte) (*Received, error) {
	if len(data) > maxDocxInput {
		return nil, fmt.Errorf("ingest: docx: %w", errTooLarge(int64(len(data))))
	}
	doc, err := readDocx(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("ingest: docx: %w", err)
	}
	return doc.received()
}

// DocxReceivedFile reads the Word document at path both ways.
func DocxReceivedFile(path string) (*Received, error) {
	doc, err := readDocxFile(path)
	if err != nil {
		return nil, err
	}
	rec, err := doc.received()
	if err != nil {
		return nil, fmt.Errorf("%w (in %s)", err, path)
	}
	return rec, nil
}

// received parses both readings and describes the paragraphs that changed
// or carry comments.
func (d *wordDoc) received() (*Received, error) {
	rec := &Received{Paragraphs: d.receivedParagraphs()}
	for _, r := range d.revs.list {
		if r.kind != revMoveTo {
			rec.Changes++
		}
		if r.author != "" && !slices.Contains(rec.Authors, r.author) {
			rec.Authors = append(rec.Authors, r.author)
		}
	}
	for _, side := range []struct {
		accepted bool
		into     **draft.Report
	}{{true, &rec.Accepted}, {false, &rec.Rejected}} {
		paras := d.reading(side.accepted)
		if !hasText(paras) {
			return nil, fmt.Errorf("ingest: docx: %s", d.noText())
		}
		lines, _ := d.linesOf(paras)
		res, err := readLines(lines, true)
		if err != nil {
			return nil, err
		}
		*side.into = res.Report
		if side.accepted {
			rec.Warnings = append(append(rec.Warnings, d.readWarnings()...), res.Log.Warnings()...)
		}
	}
	return rec, nil
}

// readWarnings are the reader's warnings but the one saying the document
// is read with its tracked changes accepted: here it is read both ways.
func (d *wordDoc) readWarnings() []string {
	accepted := revisionsWarning(d.revs.summary())
	var out []string
	for _, w := range d.warnings {
		if w != accepted {
			out = append(out, w)
		}
	}
	return out
}

// receivedParagraphs describes each paragraph of the main part that a
// tracked change or a comment touches: its text in each reading (""
// where its mark and all its text are gone), the authors and latest date
// of the changes to its text or mark, whether it moved, its comments.
func (d *wordDoc) receivedParagraphs() []draft.ReceivedParagraph {
	var out []draft.ReceivedParagraph
	for i := range d.paras {
		p := &d.paras[i]
		if p.x == nil || (p.x.rev == nil && len(p.x.comments) == 0) {
			continue
		}
		rp := draft.ReceivedParagraph{Accepted: p.text, Rejected: p.text}
		if r := p.x.rev; r != nil {
			rp.Accepted, rp.Rejected = r.reading(true), r.reading(false)
			revs := r.changed()
			if r.mark >= 0 {
				revs = append(revs, r.mark)
				k := d.revs.list[r.mark].kind
				// A moved paragraph's halves, and a paragraph whose text
				// runs on into the next where its mark is gone, pair by
				// content only.
				rp.Loose = k == revMoveFrom || k == revMoveTo
				if k.removesOnAccept() {
					rp.Loose = rp.Loose || rp.Accepted != ""
					rp.Accepted = ""
				}
				if k.removesOnReject() {
					rp.Loose = rp.Loose || rp.Rejected != ""
					rp.Rejected = ""
				}
			}
			for _, x := range revs {
				rv := d.revs.list[x]
				if rv.kind == revFormat {
					continue
				}
				if rv.author != "" && !slices.Contains(rp.Authors, rv.author) {
					rp.Authors = append(rp.Authors, rv.author)
				}
				rp.Date = max(rp.Date, rv.date)
			}
		}
		for _, c := range p.x.comments {
			wc := d.comments[c]
			rp.Comments = append(rp.Comments, draft.Note{Kind: draft.NoteComment, Author: wc.author, Date: wc.date, Text: wc.text})
		}
		out = append(out, rp)
	}
	return out
}

// changed returns the revisions that mark a segment present in one reading
// only: the changes to the paragraph's text.
func (r *paraRevs) changed() []int32 {
	var out []int32
	for _, s := range r.spans {
		if s.rev >= 0 && s.accepted != s.rejected && !slices.Contains(out, s.rev) {
			out = append(out, s.rev)
		}
	}
	return out
}
