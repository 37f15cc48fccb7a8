package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"time"

	"modernc.org/sqlite"
)

// journalPragmas set the one journal mode a report file has for its whole
// life: a rollback journal, deleted after every save, synced in full. So
// the .rap is a whole report after every save (a copy of it alone opens
// with everything saved), a closed file and an open one look the same, a
// reader leaves nothing beside the file, and a kill -9 (or a power cut)
// never loses a save that returned. BenchmarkJournalModes measures the
// other modes.
var journalPragmas = []string{"PRAGMA journal_mode = DELETE", "PRAGMA synchronous = FULL"}

// dsn returns the SQLite URI of the file. Every connection runs in
// defensive mode with trusted_schema off (a schema may not call functions
// with side effects) and with cell_size_check on; none of these touch the
// file.
func dsn(abs string, ro bool) string {
	p := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(abs)
	mode := "mode=rw&_txlock=immediate"
	if ro {
		mode = "mode=ro"
	}
	return "file://" + p + "?" + mode +
		"&_defensive=1&_pragma=busy_timeout(5000)&_pragma=trusted_schema(0)&_pragma=cell_size_check(1)"
}

// SQLite limits (sqlite3_limit) the store sets on every connection.
const (
	limitLength       = 0  // SQLITE_LIMIT_LENGTH: the largest string or blob
	limitTriggerDepth = 10 // SQLITE_LIMIT_TRIGGER_DEPTH
)

// maxValue is the largest value a report may hold, in bytes: far above
// any real paragraph or snapshot, far below what exhausts memory.
const maxValue = 256 << 20

// connect opens one connection on the file and bounds what a statement
// may build.
func connect(abs string, ro bool) (*sql.DB, *sql.Conn, error) {
	db, err := sql.Open("sqlite", dsn(abs, ro))
	if err != nil {
		return nil, nil, err
	}
	db.SetMaxOpenConns(1)
	c, err := db.Conn(context.Background())
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	for _, l := range [][2]int{{limitLength, maxValue}, {limitTriggerDepth, 2}} {
		if _, err := sqlite.Limit(c, l[0], l[1]); err != nil {
			c.Close()
			db.Close()
			return nil, nil, err
		}
	}
	return db, c, nil
}

// workBudget bounds the time one operation on a file may take: a base,
// and more for a bigger file. When it runs out, SQLite is interrupted, so
// nothing in a file can make the store work without end.
var workBudget = struct {
	base, perMiB time.Duration
}{10 * time.Second, time.Second}

// bound returns the context an operation on the file runs under.
func (f *File) bound() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), f.budget)
}

// budgetFor returns the work budget of a file of size bytes.
func budgetFor(size int64) time.Duration {
	return workBudget.base + time.Duration(size>>20)*workBudget.perMiB
}

// fileSize returns the size of the file at path, 0 if unknown.
func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

// interrupted says that SQLite was stopped when the budget ran out.
func interrupted(budget time.Duration) string {
	return fmt.Sprintf("reading it took more than %s and was stopped", budget.Round(time.Second))
}
