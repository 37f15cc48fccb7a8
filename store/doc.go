// Package store keeps a report in one SQLite file (modernc.org/sqlite, pure
// Go): the working copy in normalised tables (meta, items, subitems,
// paragraphs, conclusions, bullets, annexes) and the frozen versions as
// immutable JSON snapshots, each with the SHA-256 checksum it was frozen
// with.
//
// The file has one journal mode for its whole life: a rollback journal,
// deleted after every save, with synchronous=FULL. So the .rap alone is a
// whole report after every save (open or closed, a copy of it opens with
// everything saved), a kill -9 or a power cut never loses a save that
// returned, and a reader leaves nothing beside the file. A File opened for
// writing holds an flock on the report file itself, so a second writer is
// refused with a *LockedError naming the holder. Save writes, in one
// transaction, only the rows that changed since the last Load or Save.
//
// Nothing is written to a file before it has passed every check: its
// header (and what lies beside it), then its schema, compared by name and
// SQL with the schema this program writes before any other statement runs
// (a trigger, view, index, table or column of its own is refused, so no SQL
// of the file's own ever runs), SQLite's quick_check, and every value of
// the working copy and of the versions table (a NULL, a dangling parent, a
// repeated position or a bad label is "the file is damaged" naming the
// place). A file left by a crash, with a journal beside it, is checked on a
// private copy first; a read-only open then rolls the journal back where it
// may write, or reads the last saved state from the private copy (and says
// so in Warnings). Version snapshots are checked when read: checksum, null
// parts, decoding. SQLite runs with trusted_schema off, in defensive mode,
// with values capped at 256 MiB and every operation interrupted once it has
// run past a budget.
//
// New files (Create, Backup, Restore, SaveAs) are made beside their target
// under a hidden temporary name and renamed into place once complete and
// synced; a temporary left by a crash is never taken for a report and is
// removed by the next attempt. Whereabouts tells a window, cheaply, whether
// its file was deleted, moved or replaced under it.
//
// Package store may import the standard library, rapporteur/draft and
// modernc.org/sqlite only.
package store
