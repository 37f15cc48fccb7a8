package workspace

import (
	"os"
	"path/filepath"
	"testing"
)

// TestOpenSampleAt creates the sample's file (and folder) on first use and
// opens the same file, with its edits, afterwards.
func TestOpenSampleAt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "Rapporteur", "Sample report"+Ext)
	d, err := openSampleAt(path)
	must(t, err)
	if d.ReadOnly() || d.Report.Meeting.ShortName != "HPC" {
		t.Errorf("sample opened read-only %v, short name %q", d.ReadOnly(), d.Report.Meeting.ShortName)
	}
	d.Report.Items[0].Title = "Opening, as edited"
	must(t, d.Save(d.Report))
	must(t, d.Close())
	again, err := openSampleAt(path)
	must(t, err)
	defer again.Close()
	if got := again.Report.Items[0].Title; got != "Opening, as edited" {
		t.Errorf("second open: item I is %q; want the edited file, not a new sample", got)
	}
}

func TestSamplePath(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	p, err := SamplePath()
	must(t, err)
	if want := filepath.Join(home, ".config", "rapporteur", "Sample report.rap"); p != want {
		t.Errorf("without Documents: %s, want %s", p, want)
	}
	must(t, os.Mkdir(filepath.Join(home, "Documents"), 0o755))
	p, err = SamplePath()
	must(t, err)
	if want := filepath.Join(home, "Documents", "Rapporteur", "Sample report.rap"); p != want {
		t.Errorf("with Documents: %s, want %s", p, want)
	}
}
