package draft

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// TestSnapshotV1EncodesAsStored holds the writer to format 1: the report of
// the golden encodes to the golden's bytes (the golden is indented for
// reading, the stored form is compact). A field added later must be
// omitempty to keep this true.
func TestSnapshotV1EncodesAsStored(t *testing.T) {
	data, err := os.ReadFile(snapshotV1Path)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := json.Compact(&want, data); err != nil {
		t.Fatal(err)
	}
	got, err := MarshalSnapshot(snapshotV1Report())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Errorf("format 1 is no longer what is written:\n got %s\nwant %s", got, want.Bytes())
	}
}

// TestSnapshotKeysAreTagged fails when a field of a part kept in a snapshot
// has no explicit json tag: its key would follow the Go name, and renaming
// the field would lose it in every stored version.
func TestSnapshotKeysAreTagged(t *testing.T) {
	for _, f := range snapshotFields(reflect.TypeOf(snapshot{})) {
		name, _, _ := strings.Cut(f.field.Tag.Get("json"), ",")
		if name == "" || name == "-" {
			t.Errorf("%s.%s has no json key: give it one (snapshot-format.md)", f.owner, f.field.Name)
		}
	}
}

// fieldsAfterV1 lists the snapshot fields added after snapshot-v1.json was
// written, as "Type.Field". Each must be omitempty, with its zero value
// meaning what a version written before it means.
var fieldsAfterV1 = map[string]bool{
	"Paragraph.Notes": true, "Note.Kind": true, "Note.Author": true, "Note.Date": true, "Note.Text": true,
	// The house style, front matter and footnotes an import reads (ingest,
	// issue 13): absent, a report is PTC-style without either.
	"snapshot.Style": true, "snapshot.Front": true, "snapshot.Footnotes": true,
	"HouseStyle.Items": true, "HouseStyle.SubItems": true, "HouseStyle.Headings": true, "HouseStyle.Paragraphs": true,
	"Footnote.Label": true, "Footnote.Text": true,
}

// TestSnapshotV1GoldenUsesEveryField makes sure the golden exercises every
// field of every part with a value that is not the zero value, so that a
// renamed key anywhere loses data the decoding test sees.
func TestSnapshotV1GoldenUsesEveryField(t *testing.T) {
	set := map[string]bool{}
	markSet(reflect.ValueOf(snapshot{Format: 1, LastID: 1, Meeting: snapshotV1Report().Meeting, Items: snapshotV1Report().Items,
		Annexes: snapshotV1Report().Annexes, FirstItem: 1, FirstParagraph: 1}), set)
	for _, f := range snapshotFields(reflect.TypeOf(snapshot{})) {
		key := f.owner + "." + f.field.Name
		switch {
		case fieldsAfterV1[key]:
			if !strings.Contains(f.field.Tag.Get("json"), ",omitempty") {
				t.Errorf("%s was added after format 1 and must be omitempty", key)
			}
		case !set[key]:
			t.Errorf("%s is never set in snapshotV1Report; a field added since belongs in fieldsAfterV1", key)
		}
	}
}

type ownedField struct {
	owner string
	field reflect.StructField
}

// snapshotFields lists the exported fields of t and of every struct type
// reachable from it, each once.
func snapshotFields(t reflect.Type) []ownedField {
	var out []ownedField
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		for i := 0; i < t.NumField(); i++ {
			if f := t.Field(i); f.IsExported() {
				out = append(out, ownedField{t.Name(), f})
				walk(f.Type)
			}
		}
	}
	walk(t)
	sort.Slice(out, func(i, j int) bool { return out[i].owner+out[i].field.Name < out[j].owner+out[j].field.Name })
	return out
}

// markSet records, as "Type.Field", every exported field that holds a
// value other than its zero value somewhere in v.
func markSet(v reflect.Value, set map[string]bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			markSet(v.Elem(), set)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			markSet(v.Index(i), set)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			if fv := v.Field(i); !fv.IsZero() && !(fv.Kind() == reflect.Slice && fv.Len() == 0) {
				set[v.Type().Name()+"."+f.Name] = true
			}
			markSet(v.Field(i), set)
		}
	}
}

// TestSnapshotFormatsHaveGoldens holds the migration path: every format this
// program reads has a decoder and a golden file that decodes.
func TestSnapshotFormatsHaveGoldens(t *testing.T) {
	for f := 1; f <= SnapshotFormat; f++ {
		if snapshotDecoders[f] == nil {
			t.Errorf("format %d has no decoder", f)
		}
		path := fmt.Sprintf("testdata/snapshot-v%d.json", f)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("format %d has no golden: %v", f, err)
			continue
		}
		if _, err := UnmarshalSnapshot(data); err != nil {
			t.Errorf("%s: %v", path, err)
		}
	}
	if snapshotDecoders[SnapshotFormat+1] != nil {
		t.Errorf("a decoder for format %d, newer than SnapshotFormat", SnapshotFormat+1)
	}
}

func TestUnmarshalSnapshotRefusesUnknownFormats(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"newer", `{"format":2,"last_id":0,"items":[{"ID":"a new layout"}]}`, "format 2 is newer than this program, which reads formats up to 1"},
		{"much newer", `{"format":99}`, "format 99 is newer than this program"},
		{"no format", `{"last_id":0,"items":[]}`, "no format number"},
		{"format zero", `{"format":0}`, "unknown format 0"},
		{"negative", `{"format":-1}`, "unknown format -1"},
		{"format not a number", `{"format":"1"}`, "decode snapshot"},
		{"format null", `{"format":null}`, "no format number"},
		{"format twice", `{"format":1,"items":[],"format":2}`, "format given twice"},
		{"not an object", `[{"format":1}]`, "not a JSON object"},
	}
	for _, tt := range tests {
		_, err := UnmarshalSnapshot([]byte(tt.data))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one saying %q", tt.name, err, tt.want)
		}
	}
}

// TestUnmarshalSnapshotFormatAnywhere reads a hand-made snapshot whose
// format comes after the other keys, or in other case.
func TestUnmarshalSnapshotFormatAnywhere(t *testing.T) {
	for _, data := range []string{
		`{"last_id":2,"items":[{"ID":1,"Paragraphs":[{"ID":2,"Text":"x"}]}],"format":1}`,
		`{"Format":1,"last_id":2,"items":[{"id":1,"paragraphs":[{"id":2,"text":"x"}]}]}`,
	} {
		r, err := UnmarshalSnapshot([]byte(data))
		if err != nil {
			t.Errorf("%s: %v", data, err)
			continue
		}
		if len(r.Items) != 1 || len(r.Items[0].Paragraphs) != 1 || r.Items[0].Paragraphs[0].Text != "x" {
			t.Errorf("%s: decoded %+v", data, r.Items)
		}
	}
}

func TestUnmarshalSnapshotRefusesMissingParts(t *testing.T) {
	tests := map[string]string{
		"null sub-item": `{"format":1,"last_id":1,"items":[{"ID":1,"SubItems":[null]}]}`,
		"null bullet":   `{"format":1,"last_id":2,"items":[{"ID":1,"Conclusion":{"ID":2,"Bullets":[null]}}]}`,
		"null annex":    `{"format":1,"last_id":1,"annexes":[null]}`,
		"wrong type":    `{"format":1,"last_id":1,"items":[{"ID":"one"}]}`,
	}
	for name, data := range tests {
		if _, err := UnmarshalSnapshot([]byte(data)); err == nil || !strings.Contains(err.Error(), "decode snapshot") {
			t.Errorf("%s: error %v, want a decode error", name, err)
		}
	}
}

// FuzzUnmarshalSnapshot feeds damaged snapshots to the decoder: it returns
// an error or a report that encodes and decodes to itself, never panics.
func FuzzUnmarshalSnapshot(f *testing.F) {
	if data, err := os.ReadFile(snapshotV1Path); err == nil {
		f.Add(data)
	}
	f.Add([]byte(`{"format":1,"last_id":3,"items":[{"ID":1,"SubItems":[{"ID":2}],"Paragraphs":[{"ID":3,"Sub":2}]}]}`))
	f.Add([]byte(`{"format":1,"items":[null],"annexes":[null]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := UnmarshalSnapshot(data)
		if err != nil {
			return
		}
		b, err := MarshalSnapshot(r)
		if err != nil {
			t.Fatal(err)
		}
		back, err := UnmarshalSnapshot(b)
		if err != nil {
			t.Fatalf("re-encoded snapshot does not decode: %v", err)
		}
		if !reflect.DeepEqual(back, r) {
			t.Fatalf("re-encoded snapshot decodes differently")
		}
	})
}

// BenchmarkUnmarshalSnapshot decodes a frozen version of 1,540 paragraphs,
// as a comparison with an old version does.
func BenchmarkUnmarshalSnapshot(b *testing.B) {
	counts := make([]int, 16)
	for i := range counts {
		counts[i] = 95
	}
	data, err := MarshalSnapshot(modelReport(b, counts, true))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := UnmarshalSnapshot(data); err != nil {
			b.Fatal(err)
		}
	}
}
