package draft

import (
	"strconv"
	"strings"
)

// ItemNumeral returns the n-th (1-based) item's number as the style
// writes it: "IV" in Roman, "4" in Arabic numerals.
func (s HouseStyle) ItemNumeral(n int) string {
	if s.Items == ItemsArabic {
		return strconv.Itoa(n)
	}
	return Roman(n)
}

// ItemMark returns what stands before an item's title in its heading,
// num being the item's number as ItemNumeral writes it: "ITEM IV –" in
// the PTC style, "IV." for UN sections, "4." in minutes.
func (s HouseStyle) ItemMark(num string) string {
	if s.Headings == HeadSection || s.Headings == HeadNumber {
		return num + "."
	}
	return "ITEM " + num + " –"
}

// UpperTitles reports whether a printed item heading puts its title in
// capitals: "ITEM IV – TITLE" and "4. TITLE" do, UN sections "IV. Title"
// do not.
func (s HouseStyle) UpperTitles() bool { return s.Headings != HeadSection }

// SubMark returns the label before the title of sub-item j (0-based) of
// the n-th (1-based) item: "c." in the PTC style, "C." for UN
// sub-sections, "(c)", or "4.3" in minutes.
func (s HouseStyle) SubMark(n, j int) string {
	switch s.SubItems {
	case SubUpper:
		return upperLetter(j+1) + "."
	case SubParen:
		return "(" + Letter(j+1) + ")"
	case SubDecimal:
		return strconv.Itoa(n) + "." + strconv.Itoa(j+1)
	}
	return Letter(j+1) + "."
}

// ParaMark returns the printed number of paragraph n, "37.", or "" when
// the style prints paragraphs without numbers.
func (s HouseStyle) ParaMark(n int) string {
	if s.Paragraphs == ParaUnnumbered {
		return ""
	}
	return strconv.Itoa(n) + "."
}

// NumberOwnLine reports whether a paragraph's number stands alone on the
// line before its text, as pdftotext gives a UN report.
func (s HouseStyle) NumberOwnLine() bool { return s.Paragraphs == ParaOwnLine }

// upperLetter is Letter in capitals: 1 → "A", 27 → "AA".
func upperLetter(n int) string {
	b := []byte(Letter(n))
	for i, c := range b {
		b[i] = c - 'a' + 'A'
	}
	return string(b)
}

// Name returns a short description of the style for people, "" for the
// PTC style: "UN sections, sub-items A., numbers on their own line".
func (s HouseStyle) Name() string {
	if s.IsDefault() {
		return ""
	}
	parts := []string{"headings " + s.ItemMark(s.ItemNumeral(4))}
	parts = append(parts, "sub-items "+s.SubMark(4, 0))
	switch s.Paragraphs {
	case ParaOwnLine:
		parts = append(parts, "paragraph numbers on their own line")
	case ParaUnnumbered:
		parts = append(parts, "unnumbered paragraphs")
	default:
		parts = append(parts, "numbered paragraphs")
	}
	out := parts[0]
	for _, p := range parts[1:] {
		out += ", " + p
	}
	return out
}

// ItemHeading returns item i's heading as the report's house style prints
// it: "ITEM IV – TITLE", "IV. Title" or "4. TITLE".
func (r *Report) ItemHeading(i int) string {
	title := r.Items[i].Title
	if r.Style.UpperTitles() {
		title = strings.ToUpper(title)
	}
	return r.Style.ItemMark(r.ItemNumber(i)) + " " + title
}

// SubItemMark returns the label of sub-item j of item i as the report's
// house style prints it before the title: "c.", "C.", "(c)" or "4.3".
func (r *Report) SubItemMark(i, j int) string {
	return r.Style.SubMark(base(r.FirstItem)+i+1, j)
}
