package cli

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// unsafe reports whether r may make a terminal do something or show text
// other than it is: C0 and C1 control characters (ESC, CSI, OSC…), DEL,
// and the bidirectional embeddings, overrides and isolates that can show
// "report\u202Efdp.exe" as "reportexe.pdf". The direction marks of
// right-to-left text (LRM, RLM, ALM) are left as they are.
func unsafe(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// safeLine returns s for printing on one line: every unsafe character,
// line breaks and tabs included, is written as \uXXXX, and every byte that
// is not UTF-8 as \xNN.
func safeLine(s string) string { return escape(s, false) }

// safeText returns s for printing as text of several lines: as safeLine,
// but line breaks and tabs are kept.
func safeText(s string) string { return escape(s, true) }

func escape(s string, lines bool) string {
	if clean(s, lines) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case keep(r, lines):
			b.WriteString(s[i : i+n])
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		i += n
	}
	return b.String()
}

// keep reports whether r is written as it is.
func keep(r rune, lines bool) bool {
	return !unsafe(r) || lines && (r == '\n' || r == '\t')
}

// clean reports whether s needs no escape, without allocating.
func clean(s string, lines bool) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || !keep(r, lines) {
			return false
		}
		i += n
	}
	return true
}

// safeWriter escapes, as safeText does, everything written through it: a
// command's whole output, so that no name, note, title, path or text read
// from a file can send a terminal a control sequence. A character split
// between two writes is held back until it is whole.
type safeWriter struct {
	w    io.Writer
	tail []byte // the start of a character cut by the end of a write
}

// newSafeWriter returns a safeWriter that writes to w.
func newSafeWriter(w io.Writer) *safeWriter { return &safeWriter{w: w} }

// Write escapes p and writes it; it reports len(p) when all was written.
func (w *safeWriter) Write(p []byte) (int, error) {
	buf := append(w.tail, p...)
	cut := len(buf)
	for k := 1; k < utf8.UTFMax && k <= len(buf); k++ { // an incomplete character at the end waits
		if c := buf[len(buf)-k]; utf8.RuneStart(c) {
			if !utf8.FullRune(buf[len(buf)-k:]) {
				cut = len(buf) - k
			}
			break
		}
	}
	w.tail = append([]byte(nil), buf[cut:]...)
	if _, err := io.WriteString(w.w, safeText(string(buf[:cut]))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes a character left incomplete by the last write, escaped.
func (w *safeWriter) Flush() error {
	if len(w.tail) == 0 {
		return nil
	}
	_, err := io.WriteString(w.w, safeText(string(w.tail)))
	w.tail = nil
	return err
}
