package export

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"rapporteur/draft"
)

// RevisionsDOCX writes the comparison c as a Word document with tracked
// changes: the new version in the styles of the Word export (DOCX), with
// every difference from the old one as a revision that Word and
// LibreOffice can accept or reject one by one. Words changed inside a
// paragraph are inserted and deleted runs (whole words, as the comparison
// tokenizes them); paragraphs, headings, category and document lines and
// conclusion bullets added or removed are inserted or deleted paragraphs;
// a paragraph (or a run of them, or a whole item) that moved is a named
// move; agenda rows are inserted or deleted rows. Paragraph numbers, item
// numbers and sub-item letters are Word list numbering, so renumbering is
// never a revision: after Accept All the document reads as the Word export
// of the new version, after Reject All as that of the old one. The agenda
// table's ranges are text and change as revisions. Track changes is on in
// the document, so that a reviewer's own edits are tracked too.
//
// Each revision carries opt.Author (the meeting's short name when it is
// empty), or the authors the comparison names for the change (a received
// document's, see draft.NoteChange), and opt.Created as its date (none
// when it is zero); the package's zip entries carry opt.Created as DOCX's
// do.
func RevisionsDOCX(w io.Writer, c *draft.Comparison, opt Options) error {
	if c == nil || c.Old == nil || c.New == nil {
		return errors.New("export: revisions: no comparison to write")
	}
	created := opt.Created
	if created.Before(docxEpoch) {
		created = docxEpoch
	}
	doc, lists := revisionsDocument(c, opt)
	parts := []struct {
		name string
		data []byte
	}{
		{"[Content_Types].xml", []byte(revContentTypes)},
		{"_rels/.rels", []byte(docxRootRels)},
		{"word/document.xml", doc},
		{"word/styles.xml", []byte(docxStyles)},
		{"word/numbering.xml", lists.xml()},
		{"word/settings.xml", []byte(revSettings)},
		{"word/_rels/document.xml.rels", []byte(revDocumentRels)},
		{"docProps/core.xml", docxCore(c.New.Meeting, opt, created)},
		{"docProps/app.xml", []byte(docxApp)},
		{"docProps/custom.xml", docxCustom(c.New.Meeting)},
	}
	zw := zip.NewWriter(w)
	for _, p := range parts {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: created.UTC()})
		if err != nil {
			return fmt.Errorf("export: revisions: %s: %w", p.name, err)
		}
		if _, err := f.Write(p.data); err != nil {
			return fmt.Errorf("export: revisions: write %s: %w", p.name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("export: revisions: %w", err)
	}
	return nil
}

// WriteRevisions writes the comparison c as a Word document with tracked
// changes at path, atomically and as carefully as WriteFile does (never
// over opt.Inputs nor a report file). The path must end in .docx.
func WriteRevisions(path string, c *draft.Comparison, opt Options) error {
	if ext := strings.ToLower(filepath.Ext(path)); ext != ".docx" {
		return fmt.Errorf("export: %s: a comparison with tracked changes is written as .docx, not %q", path, ext)
	}
	if c == nil {
		return fmt.Errorf("export: %s: no comparison to write", path)
	}
	return atomicWrite(path, opt.Inputs, func(w io.Writer) error { return RevisionsDOCX(w, c, opt) })
}

// revisionsDocument returns word/document.xml of the revision document and
// the lists it numbers with.
func revisionsDocument(c *draft.Comparison, opt Options) ([]byte, revLists) {
	oldLines, newLines := reportLines(c.Old), reportLines(c.New)
	pairEdited(oldLines, newLines)
	lists := newRevLists(c.Old, c.New)
	author := opt.Author
	if author == "" {
		author = c.New.Meeting.ShortNameOr()
	}
	w := newRevWriter(author, opt.Created, lists)
	moved := comparisonWords(c, w.words, w.credit)
	ob, nb := blocks(oldLines), blocks(newLines)
	es := bodyEntries(ob, nb, moved)
	w.b.Grow(1024 + 300*len(es))
	w.b.WriteString(docxDocumentHead)
	w.entries(es)
	w.b.WriteString(docxSection)
	return w.b.Bytes(), lists
}

// comparisonWords records the comparison's word difference of changed
// paragraphs and lead-ins in words, and credits the changes it knows the
// authors of, and returns what it says moved: the keys of moved paragraphs
// and bullets, and the IDs of moved items.
func comparisonWords(c *draft.Comparison, words map[string][]draft.WordOp, credit func(string, []string)) func(*wordLine) bool {
	keys := map[string]bool{}
	items := map[draft.ID]bool{}
	for _, ch := range c.Changes {
		var key string
		switch ch.Part {
		case draft.PartParagraph:
			key = lineRef{"par", ch.ID, ""}.key()
		case draft.PartLeadIn:
			key = lineRef{"lead", ch.ID, ""}.key()
		case draft.PartBullet:
			key = lineRef{"bullet", ch.ID, ""}.key()
		default:
			continue
		}
		if ch.Kind == draft.Moved {
			keys[key] = true
		}
		if (ch.Kind == draft.Changed || ch.Edited) && ch.Part != draft.PartBullet {
			words[key] = ch.Words
		}
		credit(key, ch.Authors)
	}
	for _, sc := range c.Structure {
		if sc.Kind != draft.ItemMoved {
			continue
		}
		if i, ok := c.New.ItemIndex(sc.Item); ok {
			items[c.New.Items[i].ID] = true
		}
	}
	return func(l *wordLine) bool { return keys[l.key] || (l.item != 0 && items[l.item]) }
}

// bodyEntries merges the body's paragraphs and tables: paragraphs may
// move, the table is merged row by row.
func bodyEntries(old, new []docBlock, forced func(*wordLine) bool) []*entry {
	ol, nl := make([]*wordLine, len(old)), make([]*wordLine, len(new))
	oldTable, newTable := map[string]*docBlock{}, map[string]*docBlock{}
	for i := range old {
		ol[i] = old[i].line
		if old[i].line.kind == lineTable {
			oldTable[old[i].line.key] = &old[i]
		}
	}
	for j := range new {
		nl[j] = new[j].line
		if new[j].line.kind == lineTable {
			newTable[new[j].line.key] = &new[j]
		}
	}
	noTables := func(l *wordLine) bool { return l.kind != lineTable && forced(l) }
	es := paraEntries(ol, nl, true, noTables)
	for _, e := range es {
		l := e.old
		if l == nil {
			l = e.new
		}
		if l.kind != lineTable {
			continue
		}
		if e.st == stKept || e.st == stFrom || e.st == stDel {
			e.oldBlock = oldTable[l.key]
		}
		if e.st == stKept || e.st == stTo || e.st == stIns {
			e.newBlock = newTable[l.key]
		}
		tableEntry(e)
	}
	es = settleEnd(es)
	groupMoves(es)
	return es
}

// The parts of the revision document that differ from the Word export's:
// it has a numbering part and settings with track changes on.
const (
	revContentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>
</Types>`

	revDocumentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
</Relationships>`

	revSettings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:trackRevisions/><w:defaultTabStop w:val="567"/></w:settings>`
)
