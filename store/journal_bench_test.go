package store

import (
	"fmt"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var u syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &u)
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// journalModes are the ways of keeping the file that issue 16 asks to
// compare: a rollback journal in each of its modes, with synchronous FULL
// and NORMAL, and a write-ahead log checkpointed after every save.
var journalModes = []struct {
	name       string
	journal    string
	sync       string
	checkpoint bool
}{
	{"delete-full", "DELETE", "FULL", false},
	{"delete-normal", "DELETE", "NORMAL", false},
	{"truncate-full", "TRUNCATE", "FULL", false},
	{"truncate-normal", "TRUNCATE", "NORMAL", false},
	{"persist-full", "PERSIST", "FULL", false},
	{"persist-normal", "PERSIST", "NORMAL", false},
	{"wal-normal+checkpoint", "WAL", "NORMAL", true},
	{"wal-full+checkpoint", "WAL", "FULL", true},
	{"wal-normal (before)", "WAL", "NORMAL", false},
}

// BenchmarkJournalModes measures a save of one edited paragraph and a full
// save (every paragraph changed) at 154 and 1,540 paragraphs in each
// journal mode.
func BenchmarkJournalModes(b *testing.B) {
	for _, m := range journalModes {
		for _, sz := range benchSizes {
			n := strconv.Itoa(paragraphs(sz.items, sz.perItem))
			for _, full := range []bool{false, true} {
				what := "one"
				if full {
					what = "full"
				}
				b.Run(m.name+"/"+n+"/"+what, func(b *testing.B) {
					f, err := Open(newFile(b, bigReport(b, sz.items, sz.perItem)))
					must(b, err)
					defer f.Close()
					for _, p := range []string{"PRAGMA journal_mode = " + m.journal, "PRAGMA synchronous = " + m.sync} {
						_, err := f.conn.ExecContext(ctx, p)
						must(b, err)
					}
					r, err := f.Load()
					must(b, err)
					ps := flat(r)
					cpu := cpuTime()
					for i := 0; b.Loop(); i++ {
						if full {
							for k, p := range ps {
								p.Text = fmt.Sprintf("Pass %d over paragraph %d.", i, k)
							}
						} else {
							ps[len(ps)/2].Text = fmt.Sprintf("Edit %d of the paragraph.", i)
						}
						must(b, f.Save(r))
						if m.checkpoint {
							_, err := f.conn.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
							must(b, err)
						}
					}
					reportCPU(b, cpu)
				})
			}
		}
	}
}
