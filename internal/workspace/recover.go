package workspace

import "rapporteur/store"

// Backup is one rolling backup copy of a report file (see
// store.File.Checkpoint): its path, time and whether it opens cleanly.
type Backup = store.BackupInfo

// LastGoodBackup returns the newest backup of the report at path that opens
// cleanly, when err (from opening path) is one a backup can help with: not
// a file that opens read-only instead (OpensReadOnly).
func LastGoodBackup(path string, err error) (Backup, bool) {
	if OpensReadOnly(err) {
		return Backup{}, false
	}
	bs, berr := store.Backups(path)
	if berr != nil {
		return Backup{}, false
	}
	for _, b := range bs {
		if b.OK() {
			return b, true
		}
	}
	return Backup{}, false
}

// RecoveredPath is the new file Recover would write for the report at path:
// "NAME (recovered).rap", or the next free name.
func RecoveredPath(path string) string { return store.RecoveredPath(path) }

// Recover copies backup b of the report at path to a new file beside it
// (RecoveredPath) and returns that file's path; the damaged file is left as
// it is.
func Recover(path string, b Backup) (string, error) {
	dst := RecoveredPath(path)
	if err := store.Restore(b.Path, dst); err != nil {
		return "", err
	}
	return dst, nil
}
