package ingest

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"rapporteur/draft"
)

// revisionsWarning is the warning for a document with tracked changes,
// which Docx reads with them accepted; summary says how many, by whom.
func revisionsWarning(summary string) string {
	return "the document has " + summary + "; it is read as it reads with them accepted"
}

// readDocx reads a .docx from ra in one streaming pass per part: the style
// sheet and list definitions first, then comments and notes (small, kept
// whole), then the main document, then the headers and footers. No part's
// XML is held in memory; what is kept is the text, once.
func readDocx(ra io.ReaderAt, size int64) (*wordDoc, error) {
	p, err := openPackage(ra, size)
	if err != nil {
		return nil, err
	}
	doc := &wordDoc{main: p.main, notesPart: p.parts.footnotes, endnotesPart: p.parts.endnotes, customPart: p.custom, commentIndex: map[string]int{}}
	ss := newStyleSheet()
	if p.has(p.parts.styles) {
		if err := ss.parse(p, p.parts.styles); err != nil {
			return nil, err
		}
	}
	defs := newListDefs(ss)
	if p.has(p.parts.numbering) {
		if err := defs.parse(p, p.parts.numbering); err != nil {
			return nil, err
		}
	}
	notes, err := readSideParts(p, doc, ss, defs)
	if err != nil {
		return nil, err
	}
	if err := readMain(p, doc, ss, defs); err != nil {
		return nil, err
	}
	for i := range doc.notes {
		n := &doc.notes[i]
		body := notes[noteKey(n.endnote, n.id)]
		n.text, n.place = body.text, body.place
	}
	for _, h := range p.parts.headers {
		if !p.has(h) {
			continue
		}
		br := newBodyReader(h, doc, ss, defs)
		br.root = rootIs(h, "hdr", "ftr")
		if err := br.read(p); err != nil {
			return nil, err
		}
		doc.furniture = append(doc.furniture, br.out...)
	}
	if p.has(p.custom) {
		if doc.meeting, err = meetingProperties(p, p.custom); err != nil {
			return nil, err
		}
	}
	if s := doc.revs.summary(); s != "" {
		doc.warnings = append(doc.warnings, revisionsWarning(s))
	}
	return doc, nil
}

// readMain reads the main document part.
func readMain(p *wordPackage, doc *wordDoc, ss *styleSheet, defs *listDefs) error {
	br := newBodyReader(p.main, doc, ss, defs)
	br.root = func(e xml.StartElement) error {
		if !isW(e.Name, "document") {
			return fmt.Errorf("not a Word document: its main part %s holds a %q, not a w:document", p.main, e.Name.Local)
		}
		return nil
	}
	if err := br.read(p); err != nil {
		return err
	}
	if !br.sawBody {
		return fmt.Errorf("%s has no body (w:body)", p.main)
	}
	doc.paras = br.out
	return nil
}

// rootIs returns a root check wanting one of the WordprocessingML elements
// locals.
func rootIs(part string, locals ...string) func(xml.StartElement) error {
	return func(e xml.StartElement) error {
		for _, l := range locals {
			if isW(e.Name, l) {
				return nil
			}
		}
		return fmt.Errorf("%s: holds a %q, not a w:%s", part, e.Name.Local, locals[0])
	}
}

// noteKey keys a note's text by kind and ID.
func noteKey(endnote bool, id string) string {
	if endnote {
		return "e" + id
	}
	return "f" + id
}

// noteBody is a note's text and the place of its first paragraph.
type noteBody struct {
	text  string
	place int
}

// readSideParts reads the comments into doc and returns the text of the
// footnotes and endnotes by noteKey; the separators Word keeps among the
// notes are left out.
func readSideParts(p *wordPackage, doc *wordDoc, ss *styleSheet, defs *listDefs) (map[string]noteBody, error) {
	notes := map[string]noteBody{}
	if p.has(p.parts.comments) {
		err := readGroups(p, doc, p.parts.comments, ss, defs, "comments", func(e xml.StartElement, text string, _ int) {
			doc.commentIndex[wAttr(e, "id")] = len(doc.comments)
			doc.comments = append(doc.comments, wordComment{id: wAttr(e, "id"), author: wAttr(e, "author"), date: wAttr(e, "date"), text: text})
		})
		if err != nil {
			return nil, err
		}
	}
	for _, part := range []struct {
		name    string
		root    string
		endnote bool
	}{{p.parts.footnotes, "footnotes", false}, {p.parts.endnotes, "endnotes", true}} {
		if !p.has(part.name) {
			continue
		}
		err := readGroups(p, doc, part.name, ss, defs, part.root, func(e xml.StartElement, text string, place int) {
			if t := wAttr(e, "type"); t == "" || t == "normal" {
				notes[noteKey(part.endnote, wAttr(e, "id"))] = noteBody{text, place}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return notes, nil
}

// readGroups reads a part made of notes or comments, giving each with its
// paragraphs' text (labels included) joined by "\n", and the place of its
// first paragraph.
func readGroups(p *wordPackage, doc *wordDoc, part string, ss *styleSheet, defs *listDefs, root string, each func(e xml.StartElement, text string, place int)) error {
	br := newBodyReader(part, doc, ss, defs)
	br.root = rootIs(part, root)
	var open *xml.StartElement
	first := 0
	br.group = func(e *xml.StartElement) {
		if e != nil {
			c := e.Copy()
			open, first = &c, len(br.out)
			return
		}
		if open == nil {
			return
		}
		br.compact(first)
		var lines []string
		place := 0
		for _, q := range br.out[first:] {
			lines = append(lines, strings.TrimSpace(joinLabel(q.label, q.text)))
			if place == 0 {
				place = q.place
			}
		}
		clear(br.out[first:])
		br.out = br.out[:first]
		each(*open, strings.Join(lines, "\n"), place)
		open = nil
	}
	return br.read(p)
}

// joinLabel writes a paragraph with its list label before its text.
func joinLabel(label, text string) string {
	if label == "" {
		return text
	}
	return label + " " + text
}

// meetingProperties reads the custom document properties that carry the
// meeting (as export.DOCX writes them) into "Key: value" lines, in the
// order of draft.Meeting.Fields.
func meetingProperties(p *wordPackage, part string) ([]string, error) {
	props := map[string]string{}
	name := ""
	var val strings.Builder
	start := func(e xml.StartElement) error {
		if e.Name.Local == "property" {
			name = attr(e, "name")
			val.Reset()
		}
		return nil
	}
	end := func(e xml.EndElement) {
		if e.Name.Local == "property" && name != "" {
			props[name] = strings.Join(strings.Fields(val.String()), " ")
			name = ""
		}
	}
	text := func(b []byte) {
		if name != "" && val.Len() < 4096 {
			val.Write(b)
		}
	}
	if err := p.walkPart(part, start, end, text); err != nil {
		return nil, err
	}
	return meetingLines(props), nil
}

// meetingLines writes the meeting properties as the text header's "Key:
// value" lines. The meeting details travel as custom document properties
// named like the text header's lines (draft.Meeting.Fields), as export.DOCX
// writes them; Word shows them under File › Properties › Custom.
func meetingLines(props map[string]string) []string {
	var out []string
	var m draft.Meeting
	for _, f := range m.Fields() {
		if v := props[f.Label]; v != "" {
			out = append(out, f.Label+": "+v)
		}
	}
	return out
}
