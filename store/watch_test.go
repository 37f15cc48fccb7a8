package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestWhereabouts(t *testing.T) {
	cases := []struct {
		name string
		do   func(t *testing.T, path string)
		want Whereabouts
	}{
		{"untouched", func(*testing.T, string) {}, Here},
		{"deleted", func(t *testing.T, p string) { must(t, os.Remove(p)) }, Deleted},
		{"moved away", func(t *testing.T, p string) { must(t, os.Rename(p, p+".moved")) }, MovedAway},
		{"replaced by a rename", func(t *testing.T, p string) {
			other := newFile(t, bigReport(t, 1, 1))
			must(t, os.Rename(other, p))
		}, Replaced},
		{"deleted and made again", func(t *testing.T, p string) {
			must(t, os.Remove(p))
			must(t, os.WriteFile(p, []byte("new"), 0o644))
		}, Replaced},
		{"written by another program", func(t *testing.T, p string) {
			rawConn(t, p, `UPDATE meta SET value = 'elsewhere' WHERE key = 'meeting.venue'`)
		}, ChangedElsewhere},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := versionedFile(t)
			f, err := Open(path)
			must(t, err)
			defer f.Close()
			r, err := f.Load()
			must(t, err)
			r.Meeting.Venue = "Geneva"
			must(t, f.Save(r)) // its own saves are not "changed elsewhere"
			if w := f.Whereabouts(); w != Here {
				t.Fatalf("after a save: %v", w)
			}
			tc.do(t, path)
			if w := f.Whereabouts(); w != tc.want {
				t.Errorf("Whereabouts = %v, want %v", w, tc.want)
			}
			err = f.Save(r)
			cerr := f.Checkpoint()
			switch tc.want {
			case Deleted, MovedAway, Replaced:
				if !errors.Is(err, ErrMoved) || !errors.Is(cerr, ErrMoved) {
					t.Errorf("Save: %v, Checkpoint: %v; want ErrMoved", err, cerr)
				}
				if _, err := os.Stat(BackupPath(path, 1)); err == nil {
					t.Error("a backup was written beside the path")
				}
			default:
				must(t, err)
				must(t, cerr)
			}
		})
	}
}

func TestSaveAsAfterTheFileWentAway(t *testing.T) {
	for _, how := range []string{"deleted", "replaced"} {
		t.Run(how, func(t *testing.T) {
			path := versionedFile(t)
			f, err := Open(path)
			must(t, err)
			defer f.Close()
			r, err := f.Load()
			must(t, err)
			if how == "deleted" {
				must(t, os.Remove(path))
			} else {
				must(t, os.WriteFile(path+".other", []byte("someone else's"), 0o644))
				must(t, os.Rename(path+".other", path))
			}
			r.Items[0].Paragraphs[0].Text = "Typed after the file went away."
			if err := f.Save(r); !errors.Is(err, ErrMoved) {
				t.Fatalf("Save: %v", err)
			}
			elsewhere := filepath.Join(t.TempDir(), "saved.rap")
			g, err := f.SaveAs(elsewhere, r, false)
			must(t, err)
			got, err := g.Load()
			must(t, err)
			sameReport(t, got, r)
			vs, err := g.Versions()
			must(t, err)
			if len(vs) != 1 || vs[0].Note != "as issued" {
				t.Errorf("versions %v", vs)
			}
			_, err = g.Version("a")
			must(t, err)
			must(t, g.Close())
			alone(t, elsewhere)

			// Where it was: refused over the other file unless told to replace it.
			if how == "replaced" {
				if _, err := f.SaveAs(path, r, false); !errors.Is(err, ErrExists) {
					t.Errorf("SaveAs over the other file: %v, want ErrExists", err)
				}
			}
			g, err = f.SaveAs(path, r, true)
			must(t, err)
			if w := g.Whereabouts(); w != Here {
				t.Errorf("new file: %v", w)
			}
			must(t, g.Close())
			alone(t, path)
		})
	}
}

func TestCloseForgetsTheHolderAfterAnotherWrite(t *testing.T) {
	path := versionedFile(t)
	f, err := Open(path)
	must(t, err)
	rawConn(t, path, `UPDATE meta SET value = 'elsewhere' WHERE key = 'meeting.venue'`)
	if w := f.Whereabouts(); w != ChangedElsewhere {
		t.Fatalf("Whereabouts = %v", w)
	}
	must(t, f.Close())
	if n := rawQuery(t, path, `SELECT count(*) FROM meta WHERE key LIKE 'holder.%'`); n != "0" {
		t.Errorf("%s holder rows left in the closed file", n)
	}
}
