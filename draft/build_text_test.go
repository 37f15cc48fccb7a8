package draft

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRunningText(t *testing.T) {
	tests := []struct {
		title string
		keep  bool
		want  string
	}{
		{"Report from the 7th Meeting of the Working Group (WG), 13-14 April 2024", false, "the report from the 7th Meeting of the Working Group (WG)"},
		{"Report from the 7th Meeting of the Working Group (WG), 13-14 April 2024", true, "the report from the 7th Meeting of the Working Group (WG), held from 13 to 14 April 2024"},
		{"Oral Report from the 8th Meeting of the Group (WG), 4-5 October 2024 and other developments", false, "the oral report from the 8th Meeting of the Group (WG) and other developments"},
		{"Oral Report from the 8th Meeting of the Group (WG), 4-5 October 2024 and other developments", true, "the oral report from the 8th Meeting of the Group (WG), held from 4 to 5 October 2024, and other developments"},
		{"Report on the joint Conference, 30 June - 2 July 2024", true, "the report on the joint Conference, held from 30 June to 2 July 2024"},
		{"Report on the joint Conference, 9 May 2024", true, "the report on the joint Conference, held on 9 May 2024"},
		{"Update of the GNC Handbook", false, "the update of the GNC Handbook"},
		{"GNC Utility Block on waste", false, "the GNC Utility Block on waste"},
		{"E-Commerce Package review", false, "the E-Commerce Package review"},
		{"Feasibility Study on Interconnectivity for Certificates", false, "the Feasibility Study on Interconnectivity for Certificates"},
		{"Member’s experience on data exchange", false, "the Member’s experience on data exchange"},
		{"Partnerships", false, "the partnerships"},
		{"The Future of the Group.", false, "the Future of the Group"},
		{"Updating the Release Study Guide", false, "updating the Release Study Guide"},
		{"Meeting arrangements", false, "the meeting arrangements"},
		{"ADOPTION OF THE AGENDA", false, "the adoption of the agenda"},
		{"  Report   on  matters ; ", false, "the report on matters"},
		{"", false, ""},
	}
	for _, tt := range tests {
		if got := RunningText(tt.title, tt.keep); got != tt.want {
			t.Errorf("RunningText(%q, %v) = %q, want %q", tt.title, tt.keep, got, tt.want)
		}
	}
}

func TestJoinList(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"A"}, "A"},
		{[]string{"A", "B"}, "A and B"},
		{[]string{"A", "B", "C"}, "A, B and C"},
	}
	for _, tt := range tests {
		if got := JoinList(tt.in); got != tt.want {
			t.Errorf("JoinList(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestJoinTitles(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"Report from the 90th Session of the Commission, 1-2 June 2024", "Report from the Council, 3 June 2024"},
			"the reports from the 90th Session of the Commission and from the Council"},
		{[]string{"Report on the Conference", "Oral Report on the Forum", "Report from the Team"},
			"the report on the Conference, the oral report on the Forum and the report from the Team"},
		{[]string{"Reports of A", "Reports of B"}, "the reports of A and the reports of B"},
		{[]string{"Update of the Guide"}, "the update of the Guide"},
	}
	for _, tt := range tests {
		if got := JoinTitles(tt.in, false); got != tt.want {
			t.Errorf("JoinTitles(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzRunningText(f *testing.F) {
	f.Add("Report from the 7th Meeting (WG), 13-14 April 2024 and more", true)
	f.Add("ADOPTION OF THE AGENDA", false)
	f.Add("E-Commerce", false)
	f.Fuzz(func(t *testing.T, title string, keep bool) {
		got := RunningText(title, keep)
		if strings.TrimSpace(got) != got || strings.Contains(got, "  ") {
			t.Fatalf("RunningText(%q) = %q: stray spaces", title, got)
		}
		if utf8.ValidString(title) && !utf8.ValidString(got) {
			t.Fatalf("RunningText(%q) = %q: invalid UTF-8", title, got)
		}
		if len(got) > 4*len(title)+40 {
			t.Fatalf("RunningText(%q) = %q grew unreasonably", title, got)
		}
	})
}
