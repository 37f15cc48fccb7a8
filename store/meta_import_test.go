package store

import (
	"slices"
	"testing"

	"rapporteur/draft"
)

// TestImportedPartsRoundTrip saves and loads what an import reads besides
// the report's parts: the house style, the front matter and the footnotes,
// then clears them and checks that the keys go.
func TestImportedPartsRoundTrip(t *testing.T) {
	want := sampleReport(t)
	want.Style = draft.HouseStyle{Headings: draft.HeadSection, SubItems: draft.SubUpper, Paragraphs: draft.ParaOwnLine}
	want.Front = "United Nations\nEconomic and Social Council\n\nReport of the Committee on its ninth session"
	want.Footnotes = []draft.Footnote{{Label: "1", Text: "ECE/NRC/2012/4, annex II."}, {Label: "*", Text: "A note."}}
	path := newFile(t, want)
	f, err := Open(path)
	must(t, err)
	got, err := f.Load()
	must(t, err)
	if got.Style != want.Style || got.Front != want.Front || !slices.Equal(got.Footnotes, want.Footnotes) {
		t.Fatalf("loaded style %+v front %q notes %q; want %+v %q %q", got.Style, got.Front, got.Footnotes, want.Style, want.Front, want.Footnotes)
	}
	got.Style, got.Front, got.Footnotes = draft.HouseStyle{}, "", nil
	must(t, f.Save(got))
	must(t, f.Close())
	f, err = OpenReadOnly(path)
	must(t, err)
	defer f.Close()
	back, err := f.Load()
	must(t, err)
	if !back.Style.IsDefault() || back.Front != "" || back.Footnotes != nil {
		t.Errorf("after clearing: style %+v front %q notes %q", back.Style, back.Front, back.Footnotes)
	}
}
