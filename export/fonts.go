package export

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"codeberg.org/go-pdf/fpdf"
	"rapporteur/assets"
)

// family is the name the report's font is registered under in each PDF.
const family = "Sans"

// fontFile pairs an fpdf style with the embedded TrueType file.
type fontFile struct {
	style string
	data  []byte
}

// fontFiles are the styles the layouts use. Bold italic (assets.SansBoldItalic)
// is left out: no part is set in it, and every font added costs a parse
// and an embedding per document.
var fontFiles = []fontFile{
	{"", assets.SansRegular},
	{"B", assets.SansBold},
	{"I", assets.SansItalic},
}

// missingMark replaces a character the fonts cannot show.
const missingMark = "?"

var (
	fontOnce     sync.Once
	fontCoverage *coverage
	fontErr      error
)

// covered returns the characters every style of the report font covers,
// reading the fonts' cmap tables once per process.
func covered() (*coverage, error) {
	fontOnce.Do(func() {
		for _, f := range fontFiles {
			c, err := parseCoverage(f.data)
			if err != nil {
				fontErr = fmt.Errorf("export: font style %q: %w", f.style, err)
				return
			}
			if fontCoverage == nil {
				fontCoverage = c
			} else {
				fontCoverage.intersect(c)
			}
		}
	})
	return fontCoverage, fontErr
}

// addFonts registers the four styles of the report font with pdf and
// returns fpdf's error if one failed to load.
func addFonts(pdf *fpdf.Fpdf) error {
	for _, f := range fontFiles {
		pdf.AddUTF8FontFromBytes(family, f.style, f.data)
		// fpdf prints a parse failure instead of recording it: check the
		// font is there.
		if pdf.Err() {
			return pdf.Error()
		}
		if d := pdf.GetFontDesc(family, f.style); d.Ascent == 0 {
			return fmt.Errorf("export: font %s %q did not load", family, f.style)
		}
	}
	return nil
}

// cleaner replaces what the font cannot show and reports each replacement.
type cleaner struct {
	cov  *coverage
	warn func(string)
}

// clean returns s with control characters turned into spaces and each
// character the font lacks (or above U+FFFF) replaced by missingMark, with
// a warning naming the character and where (e.g. "item III, paragraph 12").
func (c *cleaner) clean(s, where string) string {
	if c.ok(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case unicode.IsControl(r):
			// other control characters carry nothing to print
			c.report(r, where, "removed")
		case c.cov.has(r):
			b.WriteRune(r)
		default:
			c.report(r, where, "printed as "+missingMark)
			b.WriteString(missingMark)
		}
	}
	return b.String()
}

// ok reports whether every character of s can be drawn as it is.
func (c *cleaner) ok(s string) bool {
	for _, r := range s {
		if r < 0x20 || !c.cov.has(r) {
			return false
		}
	}
	return true
}

func (c *cleaner) report(r rune, where, what string) {
	if c.warn == nil {
		return
	}
	c.warn(fmt.Sprintf("export: %s: character U+%04X %q is not in the font; %s", where, r, string(r), what))
}
