package ingest

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"testing"
)

// tokens decodes XML into a description of its tokens, character data of
// adjacent tokens joined and comments left out (as the reader sees it).
func tokens(r io.Reader) (string, error) {
	d := xml.NewDecoder(r)
	d.Strict = true
	var b strings.Builder
	text := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return b.String(), err
		}
		switch t := tok.(type) {
		case xml.CharData:
			if !text {
				b.WriteString("\ntext:")
			}
			b.Write(t)
			text = true
			continue
		case xml.Comment:
			continue
		case xml.StartElement:
			fmt.Fprintf(&b, "\nstart:%s %v", t.Name.Local, t.Attr)
		case xml.EndElement:
			fmt.Fprintf(&b, "\nend:%s", t.Name.Local)
		case xml.ProcInst:
			fmt.Fprintf(&b, "\npi:%s %s", t.Target, t.Inst)
		case xml.Directive:
			fmt.Fprintf(&b, "\ndirective:%s", t)
		}
		text = false
	}
}

// maxCharData returns the longest character-data token the decoder gives.
func maxCharData(r io.Reader) int {
	d := xml.NewDecoder(r)
	longest := 0
	for {
		tok, err := d.Token()
		if err != nil {
			return longest
		}
		if t, ok := tok.(xml.CharData); ok && len(t) > longest {
			longest = len(t)
		}
	}
}

// TestChunker checks that cutting long texts changes nothing the reader
// sees, and that it does cut them.
func TestChunker(t *testing.T) {
	long := strings.Repeat("Türkiye &amp; the PTC; ", 5000) // 115 KB
	tests := []string{
		`<a x="1 > 2">` + long + `</a>`,
		`<a><!-- a comment > with ` + long + ` --><![CDATA[` + long + ` < ]]> ]]>` + long + `<?pi ` + long + ` ?>` + long + `</a>`,
		`<a b='it"s'>` + long + `&#233;&#x20AC;` + long + `</a>`,
		`<?xml version="1.0"?><w:t xmlns:w="u">` + long + `</w:t>`,
	}
	for i, in := range tests {
		want, werr := tokens(strings.NewReader(in))
		got, gerr := tokens(newChunker(strings.NewReader(in)))
		if got != want || (werr == nil) != (gerr == nil) {
			t.Errorf("case %d: tokens differ after chunking (errors %v, %v)", i, werr, gerr)
		}
		if n := maxCharData(newChunker(strings.NewReader(in))); n > textChunk+16 && !strings.Contains(in, "CDATA") {
			t.Errorf("case %d: a character-data token of %d bytes, want at most about %d", i, n, textChunk)
		}
	}
}

// FuzzChunker checks on any input that the chunker changes no token.
func FuzzChunker(f *testing.F) {
	f.Add(`<a x="1 > 2">text &amp; more</a>`, 3)
	f.Add(`<a><!-- c --><![CDATA[ x ]]><?p i?>é</a>`, 1)
	f.Fuzz(func(t *testing.T, in string, repeat int) {
		if repeat < 0 || repeat > 2000 {
			return
		}
		// Long texts: the input's text repeated, so marks are written.
		s := strings.Replace(in, ">", ">"+strings.Repeat("x&amp;é", repeat*4), 1)
		want, werr := tokens(strings.NewReader(s))
		got, gerr := tokens(newChunker(bytes.NewReader([]byte(s))))
		if werr == nil && (gerr != nil || got != want) {
			t.Fatalf("chunking changed the tokens (error %v)", gerr)
		}
	})
}
