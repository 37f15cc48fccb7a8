// Package workspace holds the operations a user performs on files, for both
// faces of the program: the window (package app) and the headless commands
// (package cli) call the same functions, so what a user can do does not
// depend on where they do it.
//
// The operations are: open a path, deciding once whether it is a report
// file or a document to import (IsReportFile, Open, OpenForEditing); read a
// report's working copy, one of its versions or a document (Load); create a
// report file (Create, WriteNew, Import); bring a draft from outside into a
// report's working copy (Into), or a Word document received with tracked
// changes, its state before them frozen as a version (ReadReceived,
// IntoReceived); freeze the working copy (Freeze); compare
// two sources of any kind (Compare); export to any of the formats listed
// once (Formats, Export), a comparison as a redline PDF or a Word file with
// tracked changes (Redline, Revisions); the built-in sample (Sample, OpenSample);
// and the recovery of a damaged report from its backups (OpensReadOnly,
// LastGoodBackup, Recover).
//
// Errors from store, ingest and export already name the file and the step
// that failed and are returned as they are; the workspace wraps them with
// context where it adds a step of its own ("workspace: version b of x.rap:
// …"). Test for the store's conditions with the errors re-exported here
// (ErrLocked, ErrExists, …), so callers never import store.
//
// Package workspace may import the standard library, rapporteur/draft,
// rapporteur/store, rapporteur/ingest, rapporteur/export and
// rapporteur/assets only.
package workspace
