package export

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"rapporteur/draft"
)

// Options tune an export. The zero value is valid.
type Options struct {
	// Created is the creation and modification date written into the
	// document properties; the zero time means the moment of export.
	Created time.Time
	// Author is the document's author property; "" means the meeting's
	// organization.
	Author string
	// Warn, when set, receives one message per problem that did not stop
	// the export, such as a character the font cannot show.
	Warn func(msg string)
	// Progress, when set, is called after each item and annex is laid out
	// with the number done so far and the total.
	Progress func(done, total int)
	// Compress deflates each page's content stream: the file is about a
	// third of the size, but fpdf builds a new deflate writer per page, which
	// doubles the export's CPU time. Fonts are always compressed.
	Compress bool
	// Inputs are the files the report was read from (the report file, the
	// documents compared): WriteFile and WriteRedline refuse to write over
	// any of them (see SameFile).
	Inputs []string
	// ChangesOnly makes a redline (RedlinePDF) leave out what did not
	// change: after the summary, each item with changes shows its heading
	// and only its changed paragraphs, each after a line of the text
	// before it.
	ChangesOnly bool
}

// creator is the document's creator property.
const creator = "Rapporteur"

// newDocument returns an A4 document with the report font loaded, the
// house margins, the running header and the document properties set.
func newDocument(m draft.Meeting, opt Options, kind string) (*fpdf.Fpdf, error) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetMargins(marginLeft, marginTop, marginRight)
	pdf.SetAutoPageBreak(false, 0) // the renderer breaks pages itself
	pdf.SetCellMargin(0)
	pdf.AliasNbPages("")
	pdf.SetCatalogSort(true)
	pdf.SetCompression(opt.Compress)
	if err := addFonts(pdf); err != nil {
		return nil, err
	}
	if !opt.Created.IsZero() {
		pdf.SetCreationDate(opt.Created)
		pdf.SetModificationDate(opt.Created)
	}
	author := opt.Author
	if author == "" {
		author = m.Organization
	}
	pdf.SetTitle(documentTitle(m, kind), true)
	pdf.SetAuthor(author, true)
	pdf.SetSubject(joinNonEmpty(", ", kind, m.DocCode), true)
	pdf.SetCreator(creator, true)
	if lang := pdfLanguage(m.Language); lang != "" {
		pdf.SetLang(lang)
	}
	code := m.DocCode
	pdf.SetHeaderFuncMode(func() { header(pdf, code) }, true)
	return pdf, nil
}

// header draws the running header of every page but the first: the
// document code on the left, "page/pages" on the right and a rule.
func header(pdf *fpdf.Fpdf, code string) {
	if pdf.PageNo() == 1 {
		return
	}
	setFont(pdf, "", 9)
	pdf.SetXY(marginLeft, 12)
	pdf.CellFormat(textW/2, 5, code, "", 0, "L", false, 0, "")
	pdf.SetXY(marginLeft+textW/2, 12)
	pdf.CellFormat(textW/2, 5, fmt.Sprintf("%d/{nb}", pdf.PageNo()), "", 0, "R", false, 0, "")
	pdf.SetLineWidth(0.2)
	pdf.SetDrawColor(0, 0, 0)
	pdf.Line(marginLeft, 18, rightEdge, 18)
}

// documentTitle is the title property: "Permanent Technical Committee,
// 241st/242nd Sessions – Summary Report".
func documentTitle(m draft.Meeting, kind string) string {
	head := joinNonEmpty(", ", m.Body, m.Sessions)
	if head == "" {
		return kind
	}
	return head + " – " + kind
}

func pdfLanguage(code string) string {
	switch strings.ToUpper(code) {
	case "E":
		return "en"
	case "F":
		return "fr"
	case "S":
		return "es"
	case "A":
		return "ar"
	case "R":
		return "ru"
	case "C":
		return "zh"
	}
	return ""
}

// joinNonEmpty joins the non-empty parts with sep.
func joinNonEmpty(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}

// PDF writes the report as a PDF in the house layout to w. Characters the
// font cannot show are replaced and reported through opt.Warn. It returns
// fpdf's error when the document could not be made.
func PDF(w io.Writer, r *draft.Report, opt Options) error {
	if r == nil {
		return errors.New("export: no report to write")
	}
	cov, err := covered()
	if err != nil {
		return err
	}
	pdf, err := newDocument(r.Meeting, opt, "Summary Report")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	b := newBuilder(r, &cleaner{cov: cov, warn: opt.Warn})
	if len(r.Footnotes) > 0 {
		b.marks = r.Marks()
	}
	rd := newRenderer(pdf)
	rd.addPage()
	rd.render(b.front())
	total := len(r.Items) + len(r.Annexes)
	for i := range r.Items {
		rd.render(b.item(i))
		progress(opt, i+1, total)
	}
	rd.addNotesAfter(b.restNotes())
	for i := range r.Annexes {
		rd.render(b.annex(i))
		progress(opt, len(r.Items)+i+1, total)
	}
	rd.drawFoot()
	return finish(pdf, w)
}

func progress(opt Options, done, total int) {
	if opt.Progress != nil {
		opt.Progress(done, total)
	}
}

// finish writes the document out, returning fpdf's error if any step failed.
func finish(pdf *fpdf.Fpdf, w io.Writer) error {
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("export: pdf: %w", err)
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("export: pdf: %w", err)
	}
	return nil
}
