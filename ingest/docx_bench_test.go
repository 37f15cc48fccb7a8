package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"rapporteur/export"
	"rapporteur/internal/fixture"
)

// fixtureDocx returns the fixture's report as a Word file: as export.DOCX
// writes it, or rewritten as a secretariat's Word writes it (wordify).
func fixtureDocx(tb testing.TB, w *wordify) []byte {
	r, _, err := Text(fixture.Read(tb, fixture.Name))
	if err != nil {
		tb.Fatal(err)
	}
	var buf bytes.Buffer
	if err := export.DOCX(&buf, r, export.Options{}); err != nil {
		tb.Fatal(err)
	}
	if w == nil {
		return buf.Bytes()
	}
	return w.apply(tb, buf.Bytes())
}

// BenchmarkDocxImportFixture imports the fixture's report from its Word
// file: the Word reader and the structure reader.
func BenchmarkDocxImportFixture(b *testing.B) {
	data := fixtureDocx(b, nil)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Docx(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDocxReadFixture measures the Word reader alone on the same
// file, as a secretariat's Word writes it (list numbering, text box,
// fields, tracked changes).
func BenchmarkDocxReadFixture(b *testing.B) {
	data := fixtureDocx(b, &wordify{true, true, true, true, true, true, true})
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := readDocx(bytes.NewReader(data), int64(len(data))); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDocxImportFixtureFile imports the fixture's Word file from disk
// through File, as the command line does.
func BenchmarkDocxImportFixtureFile(b *testing.B) {
	path := filepath.Join(b.TempDir(), "fixture.docx")
	writeFile(b, path, fixtureDocx(b, nil))
	for b.Loop() {
		if _, _, err := File(path); err != nil {
			b.Fatal(err)
		}
	}
}

func writeFile(tb testing.TB, path string, data []byte) {
	tb.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		tb.Fatal(err)
	}
}
