package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestSafeLine(t *testing.T) {
	tests := []struct{ in, line, text string }{
		{"Permanent Technical Committee", "Permanent Technical Committee", "Permanent Technical Committee"},
		{"Türkiye – “quoted” • Ελλάδα 中文 العربية", "Türkiye – “quoted” • Ελλάδα 中文 العربية", "Türkiye – “quoted” • Ελλάδα 中文 العربية"},
		{"PTC\x1b[2J\x1b[H", `PTC\u001b[2J\u001b[H`, `PTC\u001b[2J\u001b[H`},
		{"\x1b]0;owned\x07title", `\u001b]0;owned\u0007title`, `\u001b]0;owned\u0007title`},
		{"C1 \u009b2J CSI", `C1 \u009b2J CSI`, `C1 \u009b2J CSI`},
		{"two\nlines\tand tab\r", `two\u000alines\u0009and tab\u000d`, "two\nlines\tand tab\\u000d"},
		{"del\x7f nul\x00", `del\u007f nul\u0000`, `del\u007f nul\u0000`},
		{"file\u202egpj.exe", `file\u202egpj.exe`, `file\u202egpj.exe`},
		{"isolate\u2066x\u2069 mark\u200f", `isolate\u2066x\u2069 mark` + "\u200f", `isolate\u2066x\u2069 mark` + "\u200f"},
		{"bad \xff byte", `bad \xff byte`, `bad \xff byte`},
		{"", "", ""},
	}
	for _, tc := range tests {
		if got := safeLine(tc.in); got != tc.line {
			t.Errorf("safeLine(%q) = %q, want %q", tc.in, got, tc.line)
		}
		if got := safeText(tc.in); got != tc.text {
			t.Errorf("safeText(%q) = %q, want %q", tc.in, got, tc.text)
		}
		for _, r := range safeLine(tc.in) {
			if unsafe(r) {
				t.Errorf("safeLine(%q) still holds %U", tc.in, r)
			}
		}
	}
}

func TestSafeWriterKeepsJSONValid(t *testing.T) {
	v := map[string]string{"name": "PTC\u009b2J\u202e", "note": "a\x1b[31mred"}
	var raw bytes.Buffer
	if err := json.NewEncoder(&raw).Encode(v); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	w := newSafeWriter(&out)
	b := raw.Bytes()
	for i := range b { // one byte at a time: characters split between writes
		if _, err := w.Write(b[i : i+1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	for _, r := range out.String() {
		if unsafe(r) && r != '\n' {
			t.Fatalf("output holds %U: %q", r, out.String())
		}
	}
	var back map[string]string
	if err := json.Unmarshal(out.Bytes(), &back); err != nil {
		t.Fatalf("escaped JSON does not decode: %v\n%s", err, out.String())
	}
	if back["name"] != v["name"] || back["note"] != v["note"] {
		t.Errorf("decoded %q, want %q", back, v)
	}
}

func TestSafeWriterFlushesAnIncompleteCharacter(t *testing.T) {
	var out bytes.Buffer
	w := newSafeWriter(&out)
	w.Write([]byte("ok \xe2\x80"))
	if out.String() != "ok " {
		t.Errorf("before Flush %q", out.String())
	}
	w.Flush()
	if !strings.HasSuffix(out.String(), `\xe2\x80`) {
		t.Errorf("after Flush %q", out.String())
	}
}

func BenchmarkSafeLine(b *testing.B) {
	s := strings.Repeat("The Committee took note of the report; ", 100)
	for b.Loop() {
		safeLine(s)
	}
}
