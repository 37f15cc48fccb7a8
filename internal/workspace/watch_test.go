package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestWhereaboutsAndSaveAs(t *testing.T) {
	rap, _, _ := files(t)
	d, err := Open(rap, Write)
	must(t, err)
	defer d.Close()
	if w := d.Whereabouts(); w != Here {
		t.Fatalf("just opened: %v", w)
	}
	must(t, os.Remove(rap))
	if w := d.Whereabouts(); w != Deleted {
		t.Errorf("after a delete: %v, want Deleted", w)
	}
	d.Report.Items[0].Title = "Typed after the file went away"
	if err := d.Save(d.Report); !errors.Is(err, ErrMoved) {
		t.Errorf("Save: %v, want ErrMoved", err)
	}
	moved := filepath.Join(t.TempDir(), "elsewhere.rap")
	n, err := d.SaveAs(moved, d.Report, false)
	must(t, err)
	got, err := n.Version(Working)
	must(t, err)
	vs, err := n.Versions()
	must(t, err)
	must(t, n.Close())
	back, err := Load(moved, "")
	must(t, err)
	if back.Items[0].Title != "Typed after the file went away" || len(vs) != 1 || got == nil {
		t.Errorf("saved elsewhere: title %q, %d versions", back.Items[0].Title, len(vs))
	}
}
