package export

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"time"

	"rapporteur/draft"
)

// docxEpoch is the timestamp used when opt.Created is zero, so that the
// output stays deterministic: the zip format cannot hold dates before 1980.
var docxEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// DOCX writes the report as a Word document (.docx) to w: the title block,
// the agenda table with the derived paragraph ranges, "ITEM n – TITLE"
// headings, sub-item headings with their categories and documents, the
// numbered paragraphs (numbers written as text followed by a tab, so they
// survive editing), conclusion bullets with their derived punctuation, and
// the annexes, the front matter where the report keeps one (instead of the
// title block made from the meeting details) and the footnotes as Word
// footnotes where their marks stand. It uses named Word styles (Title, Heading 1 and 2, Category,
// Numbered Paragraph, List Bullet, Annex Heading) so that the document can be
// restyled, and puts the meeting details in the document's custom properties.
// The output depends only on the report and opt: the zip entries carry
// opt.Created as their time.
func DOCX(w io.Writer, r *draft.Report, opt Options) error {
	if r == nil {
		return errors.New("export: no report to write")
	}
	created := opt.Created
	if created.Before(docxEpoch) {
		created = docxEpoch
	}
	parts := []struct {
		name string
		data []byte
	}{
		{"[Content_Types].xml", withNotes(r, docxContentTypes, docxNotesType+"\n", "</Types>")},
		{"_rels/.rels", []byte(docxRootRels)},
		{"word/document.xml", docxDocument(r, opt)},
		{"word/styles.xml", withNotes(r, docxStyles, docxNoteStyle, "</w:styles>")},
		{"word/_rels/document.xml.rels", withNotes(r, docxDocumentRels, docxNotesRel+"\n", "</Relationships>")},
		{"docProps/core.xml", docxCore(r.Meeting, opt, created)},
		{"docProps/app.xml", []byte(docxApp)},
		{"docProps/custom.xml", docxCustom(r.Meeting)},
	}
	if len(r.Footnotes) > 0 {
		parts = append(parts, struct {
			name string
			data []byte
		}{"word/footnotes.xml", docxFootnotes(r)})
	}
	zw := zip.NewWriter(w)
	for _, p := range parts {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: created.UTC()})
		if err != nil {
			return fmt.Errorf("export: docx: %s: %w", p.name, err)
		}
		if _, err := f.Write(p.data); err != nil {
			return fmt.Errorf("export: docx: write %s: %w", p.name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("export: docx: %w", err)
	}
	return nil
}
