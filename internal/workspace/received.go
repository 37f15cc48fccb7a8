package workspace

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"rapporteur/draft"
	"rapporteur/ingest"
)

// Received is a Word document received with tracked changes, read both
// ways and paired (draft.PairReadings): Rejected is the document as it
// read before its changes, Accepted as it reads with them, the two sharing
// their parts' identities, so that Compare(Rejected, Accepted) shows
// exactly the document's changes, each with its authors; the paragraphs
// carry the document's comments as notes.
type Received struct {
	Accepted, Rejected *draft.Report
	// Changes is the number of tracked changes, Authors their authors.
	Changes  int
	Authors  []string
	Warnings []string
	// Name is the document's file name.
	Name string
}

// ReadReceived reads the Word document at path both ways.
func ReadReceived(path string) (*Received, error) {
	rec, err := ingest.DocxReceivedFile(path)
	if err != nil {
		return nil, err
	}
	warnings := rec.Warnings
	for _, c := range draft.PairReadings(rec.Rejected, rec.Accepted, rec.Paragraphs) {
		warnings = append(warnings, "a comment on what is not a numbered paragraph (a heading, a bullet) is not kept: "+c.String())
	}
	return &Received{Accepted: rec.Accepted, Rejected: rec.Rejected, Changes: rec.Changes, Authors: rec.Authors,
		Warnings: warnings, Name: filepath.Base(path)}, nil
}

// IsWord reports whether path names a Word document (.docx), which may
// carry tracked changes.
func IsWord(path string) bool { return strings.EqualFold(filepath.Ext(path), ".docx") }

// Comparison compares the document's two readings: its tracked changes.
func (r *Received) Comparison() *draft.Comparison {
	c := draft.Compare(r.Rejected, r.Accepted)
	c.OldName, c.NewName = r.Name+" with its changes rejected", r.Name+" with its changes accepted"
	return c
}

// Summary says what the document holds: "12 tracked changes by Ana
// Ferreira and Bob Smith".
func (r *Received) Summary() string {
	s := fmt.Sprintf("%d tracked %s", r.Changes, plural(r.Changes, "change", "changes"))
	if len(r.Authors) > 0 {
		s += " by " + joinAnd(r.Authors)
	}
	return s
}

// IntoReceived brings a received document into the report file at path.
// Its state with the changes rejected, as it was received, is frozen as
// the report's next version (recorded at time at, its note naming the
// document); its state with them accepted becomes the working copy, in
// the same transaction, so a crash leaves neither or both. Both
// take the identities of the working copy's parts (draft.AdoptPair), so
// that the comparison of that version with the working copy shows exactly
// the document's changes, with their authors, and the version compares
// with the one the document was made from by identity. Meeting details
// the document lacks are kept from the file. It returns the version's
// label.
//
// A frozen version records the received state because versions are
// already what the report keeps immutable and what every comparison (the
// diff command, the window's Compare tab, the redline, the Word file)
// takes by label; the note tells it from an issued draft.
func IntoReceived(path string, rec *Received, at time.Time) (string, error) {
	d, err := openFile(path, Write)
	if err != nil {
		return "", err
	}
	defer d.Close()
	draft.AdoptPair(d.Report, rec.Rejected, rec.Accepted)
	keepMeeting(&rec.Rejected.Meeting, &d.Report.Meeting)
	keepMeeting(&rec.Accepted.Meeting, &d.Report.Meeting)
	note := "received: " + rec.Name + " as it read before its " + rec.Summary()
	label, err := d.FreezeAndSave(rec.Rejected, rec.Accepted, note, at)
	if err != nil {
		return "", err
	}
	if err := d.Close(); err != nil {
		return "", fmt.Errorf("workspace: %s into %s: %w", rec.Name, path, err)
	}
	return label, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// joinAnd joins names as a sentence does: "A", "A and B", "A, B and C".
func joinAnd(s []string) string {
	if len(s) <= 1 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}
