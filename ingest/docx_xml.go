package ingest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// The WordprocessingML namespaces: transitional (what Word and LibreOffice
// write) and strict.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
)

// xmlWalker reads the tokens of one XML part with bounded depth and element
// count, and refuses any DOCTYPE (so no entity, internal or external, is
// ever declared).
type xmlWalker struct {
	part  string
	d     *xml.Decoder
	depth int
	count int
}

func newXMLWalker(part string, data []byte) *xmlWalker {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	d.Entity = nil
	return &xmlWalker{part: part, d: d}
}

// next returns the next token; io.EOF at the end of the part.
func (w *xmlWalker) next() (xml.Token, error) {
	tok, err := w.d.Token()
	if err == io.EOF {
		if w.depth != 0 {
			return nil, fmt.Errorf("%s: unexpected end of XML", w.part)
		}
		return nil, io.EOF
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", w.part, err)
	}
	switch t := tok.(type) {
	case xml.Directive:
		if bytes.Contains(bytes.ToUpper(t), []byte("DOCTYPE")) {
			return nil, fmt.Errorf("%s: refusing a DOCTYPE declaration (entities are not allowed in a .docx)", w.part)
		}
		return nil, fmt.Errorf("%s: refusing an XML directive", w.part)
	case xml.StartElement:
		w.depth++
		w.count++
		if w.depth > maxXMLDepth {
			return nil, fmt.Errorf("%s: XML nested deeper than %d elements", w.part, maxXMLDepth)
		}
		if w.count > maxXMLElements {
			return nil, fmt.Errorf("%s: more than %d XML elements", w.part, maxXMLElements)
		}
	case xml.EndElement:
		w.depth--
	}
	return tok, nil
}

// walk calls start and end for each element and text for character data,
// until the end of the part. A callback error stops the walk.
func (w *xmlWalker) walk(start func(xml.StartElement) error, end func(xml.EndElement), text func([]byte)) error {
	for {
		tok, err := w.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := start(t); err != nil {
				return err
			}
		case xml.EndElement:
			end(t)
		case xml.CharData:
			if text != nil {
				text(t)
			}
		}
	}
}

// isW reports whether name is the WordprocessingML element local.
func isW(name xml.Name, local string) bool {
	return name.Local == local && (name.Space == nsW || name.Space == nsWStrict)
}

// wAttr returns the value of the WordprocessingML attribute local ("val",
// "numId", …) of an element, or "".
func wAttr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local && (a.Name.Space == nsW || a.Name.Space == nsWStrict || a.Name.Space == "") {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}
