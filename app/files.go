package app

import (
	"time"

	"rapporteur/draft"
)

// Doc is the report file the window writes to; *store.File satisfies it.
// The window calls it from one goroutine at a time.
type Doc interface {
	Path() string
	ReadOnly() bool
	Save(r *draft.Report) error
	Freeze(r *draft.Report, note string, at time.Time) (label string, err error)
	Versions() ([]draft.VersionInfo, error)
	Version(label string) (*draft.Report, error)
	Close() error
}

// Files opens, creates and imports report files for the window. The caller
// wires them to the store, ingest and export packages (see Default), which
// keeps this package's own code free of storage details.
type Files struct {
	// Open opens a report file for writing and loads its working copy.
	Open func(path string) (Doc, *draft.Report, error)
	// OpenReadOnly opens a report file for reading only, e.g. one another
	// window has open for writing.
	OpenReadOnly func(path string) (Doc, *draft.Report, error)
	// Locked reports whether err says another process has the file open
	// for writing.
	Locked func(err error) bool
	// Create writes r as a new report file at path, which must not exist.
	Create func(path string, r *draft.Report) (Doc, error)
	// Import reads a report from a text (or other outside) document.
	Import func(path string) (*draft.Report, []string, error)
	// Sample returns the built-in sample report.
	Sample func() (*draft.Report, error)
	// Export writes r to path in the format its extension names, calling
	// progress as pages are done.
	Export func(path string, r *draft.Report, progress func(done, total int)) error
	// Redline writes the comparison c as a redline PDF at path.
	Redline func(path string, c *draft.Comparison, progress func(done, total int)) error
}
