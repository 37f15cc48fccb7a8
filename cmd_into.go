package main

import (
	"fmt"
	"io"

	"rapporteur/draft"
	"rapporteur/store"
)

// importInto makes r, a draft received from outside, the new working copy of
// the report file at path. Its parts are matched to the working copy's by
// content first, so they keep their identities and a comparison with the
// last version shows only real edits. Meeting details the draft lacks are
// kept from the file.
func importInto(path string, r *draft.Report, stdout io.Writer) error {
	f, err := store.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	prev, err := f.Load()
	if err != nil {
		return err
	}
	draft.Adopt(prev, r)
	keepMeeting(&r.Meeting, prev.Meeting)
	if err := f.Save(r); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: working copy replaced: %d items, %d paragraphs\n", path, len(r.Items), r.Numbering().Total())
	return nil
}

// keepMeeting fills the fields of m that are empty from old.
func keepMeeting(m *draft.Meeting, old draft.Meeting) {
	fill := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	fill(&m.Organization, old.Organization)
	fill(&m.Body, old.Body)
	fill(&m.ShortName, old.ShortName)
	fill(&m.Sessions, old.Sessions)
	fill(&m.Dates, old.Dates)
	fill(&m.Venue, old.Venue)
	fill(&m.DocCode, old.DocCode)
	fill(&m.Language, old.Language)
}
