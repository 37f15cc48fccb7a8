package export

import (
	"strconv"
	"unicode/utf8"
)

// Setting a line through fpdf's CellFormat costs a formatted print per
// word; a full report has tens of thousands of words. Lines whose
// characters fpdf has already seen in the same style (so that it embeds
// their glyphs) are therefore written straight into the page as the same
// PDF text operators CellFormat would write. Every other line goes
// through CellFormat, which registers its characters.

const (
	pageH  = 297.0
	ptPerM = 72 / 25.4 // points per millimetre: fpdf's scale factor in mm
)

// seen records, per font style, the characters already set through fpdf.
type seen map[string]*coverage

func (s seen) all(style, text string) bool {
	c := s[style]
	if c == nil {
		return false
	}
	for _, r := range text {
		if !c.has(r) {
			return false
		}
	}
	return true
}

func (s seen) add(style, text string) {
	c := s[style]
	if c == nil {
		c = new(coverage)
		s[style] = c
	}
	for _, r := range text {
		if r <= 0xFFFF {
			c.add(int(r))
		}
	}
}

// rawLine writes one line of plain words in the block's style as a text
// object: justified with a spacing adjustment after each space (as fpdf
// does for Unicode fonts, where word spacing has no effect), or aligned
// left, centred or right. The font must be the block's already.
func (r *renderer) rawLine(b *block, ln line, y float64, justify bool) {
	fs := b.size / ptPerM // font size in mm
	x := b.x
	switch b.align {
	case 'C':
		x += (b.w - ln.width) / 2
	case 'R':
		x += b.w - ln.width
	}
	base := pageH - (y + 0.5*b.lh + 0.3*fs)
	buf := r.buf[:0]
	buf = append(buf, "BT "...)
	buf = strconv.AppendFloat(buf, x*ptPerM, 'f', 2, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, base*ptPerM, 'f', 2, 64)
	buf = append(buf, " Td ["...)
	gaps := 0
	for _, w := range ln.words[1:] {
		if !w.glue {
			gaps++
		}
	}
	var shift float64
	if justify && gaps > 0 {
		shift = (b.w - ln.width) / float64(gaps) * 1000 / fs
	}
	buf = append(buf, '(')
	for k, w := range ln.words {
		if k > 0 && !w.glue {
			buf = appendUTF16(buf, " ")
			if shift != 0 {
				buf = append(buf, ") "...)
				buf = strconv.AppendFloat(buf, -shift, 'f', 3, 64)
				buf = append(buf, " ("...)
			}
		}
		buf = appendUTF16(buf, w.text)
	}
	buf = append(buf, ")] TJ ET"...)
	r.buf = buf
	r.pdf.RawWriteStr(string(buf))
}

// appendUTF16 appends s in UTF-16BE, escaped for a PDF string literal.
func appendUTF16(buf []byte, s string) []byte {
	for _, c := range s {
		if c > 0xFFFF || c == utf8.RuneError {
			c = '?'
		}
		for _, b := range [2]byte{byte(c >> 8), byte(c)} {
			switch b {
			case '(', ')', '\\':
				buf = append(buf, '\\', b)
			case '\r':
				buf = append(buf, '\\', 'r')
			default:
				buf = append(buf, b)
			}
		}
	}
	return buf
}
