package ingest

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"rapporteur/draft"
	"rapporteur/internal/fixture"
)

func BenchmarkImportFixture(b *testing.B) {
	data := fixture.Read(b, fixture.Name)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Text(data); err != nil {
			b.Fatal(err)
		}
	}
}

var (
	benchItemRE = regexp.MustCompile(`(?m)^(\s*ITEM )([IVXLC]+)( )`)
	benchParaRE = regexp.MustCompile(`(?m)^(\s*)(\d{1,2})(\. )`)
)

// tenfold builds a report ten times the fixture's size: its body repeated
// with the items and paragraphs renumbered so that they run on.
func tenfold(tb testing.TB) []byte {
	raw := string(fixture.Read(tb, fixture.Name))
	body := raw[strings.Index(raw, "ITEM I "):]
	var out strings.Builder
	items, paras := 0, 0
	for k := 0; k < 10; k++ {
		next := 1
		chunk := benchItemRE.ReplaceAllStringFunc(body, func(m string) string {
			items++
			sm := benchItemRE.FindStringSubmatch(m)
			return sm[1] + draft.Roman(items) + sm[3]
		})
		chunk = benchParaRE.ReplaceAllStringFunc(chunk, func(m string) string {
			sm := benchParaRE.FindStringSubmatch(m)
			if sm[2] != fmt.Sprint(next) {
				return m
			}
			next++
			paras++
			return sm[1] + fmt.Sprint(paras) + sm[3]
		})
		out.WriteString(chunk)
		out.WriteString("\n")
	}
	return []byte(out.String())
}

func TestTenfoldReport(t *testing.T) {
	r, warn, err := Text(tenfold(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Items) != 50 || r.Numbering().Total() != 680 {
		t.Errorf("tenfold report: %d items, %d paragraphs; want 50, 680", len(r.Items), r.Numbering().Total())
	}
	for _, w := range warn {
		t.Errorf("unexpected warning: %s", w)
	}
}

func BenchmarkImportTenfold(b *testing.B) {
	data := tenfold(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		if _, _, err := Text(data); err != nil {
			b.Fatal(err)
		}
	}
}
