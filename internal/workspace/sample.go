package workspace

import (
	"fmt"
	"os"
	"path/filepath"

	"rapporteur/assets"
	"rapporteur/draft"
	"rapporteur/ingest"
)

// Sample returns the built-in sample report.
func Sample() (*draft.Report, error) {
	r, _, err := ingest.Text(assets.SampleReport)
	if err != nil {
		return nil, fmt.Errorf("workspace: sample report: %w", err)
	}
	return r, nil
}

// SamplePath is where the window keeps the sample report: Documents/Rapporteur
// in the home folder when there is a Documents folder, else the user's
// configuration folder.
func SamplePath() (string, error) {
	if home, err := os.UserHomeDir(); err == nil {
		if st, err := os.Stat(filepath.Join(home, "Documents")); err == nil && st.IsDir() {
			return filepath.Join(home, "Documents", "Rapporteur", "Sample report"+Ext), nil
		}
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("workspace: no folder for the sample report: %w", err)
	}
	return filepath.Join(dir, "rapporteur", "Sample report"+Ext), nil
}

// OpenSample opens the sample report at SamplePath for editing, creating
// its file (and folder) from Sample the first time.
func OpenSample() (*Doc, error) {
	path, err := SamplePath()
	if err != nil {
		return nil, err
	}
	return openSampleAt(path)
}

func openSampleAt(path string) (*Doc, error) {
	if _, err := os.Stat(path); err == nil {
		return OpenForEditing(path)
	}
	r, err := Sample()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("workspace: sample report: %w", err)
	}
	return Create(path, r)
}
