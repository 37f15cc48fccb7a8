// Package store keeps a report in one SQLite file (modernc.org/sqlite, pure
// Go): the working copy in normalised tables (meta, items, subitems,
// paragraphs, conclusions, bullets, annexes) and the frozen versions as
// immutable JSON snapshots.
//
// A File opened for writing holds an flock on the report file itself, so a
// second writer is refused with a *LockedError naming the holder, and runs
// SQLite in WAL mode with synchronous=NORMAL for fast saves that survive a
// killed process. Close checkpoints the WAL and switches the file back to a
// rollback journal, so a closed report is a single file that can be mailed
// or backed up. Save writes, in one transaction, only the rows that changed
// since the last Load or Save.
//
// Every file is checked on open (application ID, schema version, size,
// SQLite's quick_check, the tables) before anything is written to it, so a
// file that is not a report, is newer, truncated or corrupt gets an error
// naming the file and the problem and is left untouched.
//
// Package store may import the standard library, rapporteur/draft and
// modernc.org/sqlite only.
package store
