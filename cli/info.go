package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"rapporteur/draft"
	"rapporteur/internal/workspace"
)

func init() {
	c := &command{name: "info", usage: "FILE [--json]", summary: "describe a report: meeting, items, paragraph ranges, conclusions, versions"}
	c.run = func(args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		asJSON := fs.Bool("json", false, "print JSON")
		pos, err := parse(fs, args, 1, 1)
		if err != nil {
			return err
		}
		s, err := workspace.Describe(pos[0])
		if err != nil {
			return err
		}
		if *asJSON {
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(s)
		}
		writeSummary(stdout, s)
		return nil
	}
	register(c)
}

func writeSummary(w io.Writer, s draft.Summary) {
	m := s.Meeting
	name := m.ShortName
	if m.Body != "" && m.ShortName != "" {
		name = m.Body + " (" + m.ShortName + ")"
	} else if m.Body != "" {
		name = m.Body
	}
	if title := strings.Join(nonEmpty(name, m.Sessions), " "); title != "" {
		fmt.Fprintln(w, safeLine(title))
	}
	if line := strings.Join(nonEmpty(m.Venue, m.Dates, m.DocCode), " · "); line != "" {
		fmt.Fprintln(w, safeLine(line))
	}
	fmt.Fprintf(w, "%s, %s, %s, %s", countOf(len(s.Items), "item"), countOf(s.ParagraphCount, "paragraph"),
		countOf(s.WordCount, "word"), countOf(len(s.Annexes), "annex"))
	if s.Footnotes > 0 {
		fmt.Fprintf(w, ", %s", countOf(s.Footnotes, "footnote"))
	}
	fmt.Fprintln(w)
	if s.Style != "" {
		fmt.Fprintln(w, "house style: "+s.Style)
	}
	if s.Front {
		fmt.Fprintln(w, "front matter printed in place of the title block")
	}
	fmt.Fprintln(w)
	for _, it := range s.Items {
		rng := "—"
		if it.Paragraphs != nil {
			rng = fmt.Sprintf("%d-%d", it.Paragraphs[0], it.Paragraphs[1])
		}
		fmt.Fprintf(w, "%-6s %-60s %s\n", it.Number+".", safeLine(it.Title), rng)
		for _, sub := range it.SubItems {
			cat := ""
			if sub.Category != "" {
				cat = " (" + string(sub.Category) + ")"
			}
			fmt.Fprintf(w, "       %s. %s\n", sub.Letter, safeLine(sub.Title+cat))
		}
		if c := it.Conclusion; c != nil {
			fmt.Fprintf(w, "       conclusion ¶%d, %s\n", c.Paragraph, countOf(len(c.Bullets), "bullet"))
		}
	}
	for _, a := range s.Annexes {
		fmt.Fprintf(w, "Annex %s: %s\n", a.Number, safeLine(a.Title))
	}
	if len(s.Notes) > 0 {
		fmt.Fprintln(w, "\nnotes:")
		for _, n := range s.Notes {
			fmt.Fprintf(w, "  ¶%-4d %s\n", n.Paragraph, safeLine(n.String()))
		}
	}
	if len(s.Versions) > 0 {
		fmt.Fprintln(w, "\nversions:")
		for _, v := range s.Versions {
			fmt.Fprintf(w, "  %-3s %s\n", safeLine(v.Label), safeLine(v.FrozenAt+" "+v.Note))
		}
	}
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}
