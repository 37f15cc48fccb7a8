package store

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// TestWorkIsBounded proves the bounds the store puts on SQLite: an
// operation that runs past its budget is interrupted, and no value may grow
// past maxValue. (No SQL of a file's own ever runs, see
// TestForeignSchemaRefused; these bounds are the second line.)
func TestWorkIsBounded(t *testing.T) {
	f, err := OpenReadOnly(versionedFile(t))
	must(t, err)
	defer f.Close()
	f.budget = 200 * time.Millisecond
	c, cancel := f.bound()
	defer cancel()
	start := time.Now()
	var n int64
	err = f.conn.QueryRowContext(c, `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c`).Scan(&n)
	err = f.sqlErr("load", err)
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "was stopped") {
		t.Errorf("endless query: %v, want it stopped", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the endless query ran for %v", d)
	}

	c2, cancel2 := f.bound()
	defer cancel2()
	var b []byte
	err = f.conn.QueryRowContext(c2, `SELECT zeroblob(?)`, maxValue+1).Scan(&b)
	if err == nil || !strings.Contains(err.Error(), "too big") {
		t.Errorf("a value past the limit: %v, want it refused", err)
	}
}

func TestTrustedSchemaOff(t *testing.T) {
	f, err := OpenReadOnly(versionedFile(t))
	must(t, err)
	defer f.Close()
	for pragma, want := range map[string]int{"trusted_schema": 0, "cell_size_check": 1, "query_only": 0} {
		got, err := f.pragmaInt(ctx, pragma)
		must(t, err)
		if got != want {
			t.Errorf("PRAGMA %s = %d, want %d", pragma, got, want)
		}
	}
	w, err := Open(versionedFile(t))
	must(t, err)
	defer w.Close()
	var mode string
	must(t, w.conn.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode))
	sync, err := w.pragmaInt(ctx, "synchronous")
	must(t, err)
	if mode != "delete" || sync != 2 {
		t.Errorf("journal_mode %s, synchronous %d; want delete, 2 (FULL)", mode, sync)
	}
}
