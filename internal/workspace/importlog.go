package workspace

import "rapporteur/ingest"

// The import's log as the window shows it: the importer's entries, their
// kinds and the parts of the report they name, under names of the
// workspace so that the window needs no import of its own.

// ImportLogEntries is an import's log, in the document's order.
type ImportLogEntries = ingest.Log

// ImportEntry is one entry of the log: its place in the document, its
// kind, the text concerned, the reason, and its place in the report (At).
type ImportEntry = ingest.Entry

// ImportKind says what an entry records.
type ImportKind = ingest.EntryKind

// ImportWhere is the place in the report an entry names.
type ImportWhere = ingest.Where

// The kinds of entry.
const (
	LogFurniture  = ingest.LogFurniture
	LogDropped    = ingest.LogDropped
	LogFront      = ingest.LogFront
	LogFootnote   = ingest.LogFootnote
	LogAgendaRow  = ingest.LogAgendaRow
	LogWarning    = ingest.LogWarning
	LogCorrection = ingest.LogCorrection
)

// The parts of the report an entry may name.
const (
	PartFront     = ingest.PartFront
	PartBody      = ingest.PartBody
	PartFootnotes = ingest.PartFootnotes
	PartAnnexes   = ingest.PartAnnexes
)

// WarningsLog makes a log of warnings that name no place, such as a Word
// reading's remarks, for the window's Import tab.
func WarningsLog(warnings []string) ImportLogEntries {
	log := make(ImportLogEntries, len(warnings))
	for i, w := range warnings {
		log[i] = ImportEntry{Kind: LogWarning, Reason: w}
	}
	return log
}
