package main

import (
	"fmt"
	"io"

	"rapporteur/store"
)

func init() {
	c := &command{name: "freeze", usage: "FILE [--note TEXT]",
		summary: "freeze the working copy as the next version (a, b, c, …) and print its label"}
	c.run = func(args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		note := fs.String("note", "", "a `note` recorded with the version, e.g. \"as issued to delegates\"")
		pos, err := parse(fs, args, 1, 1)
		if err != nil {
			return err
		}
		label, err := freeze(pos[0], *note)
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, label)
		return nil
	}
	register(c)
}

// freeze opens the report file for writing and freezes its working copy.
func freeze(path, note string) (string, error) {
	f, err := store.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	r, err := f.Load()
	if err != nil {
		return "", err
	}
	label, err := f.Freeze(r, note, nowUTC())
	if err != nil {
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("freeze %s: %w", path, err)
	}
	return label, nil
}
