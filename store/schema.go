package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"strconv"
)

// applicationID marks a SQLite file as a rapporteur report ("Rapp" in
// ASCII); PRAGMA application_id holds it and offset 68 of the header.
const applicationID = 0x52617070

// migration brings a file from schema version - 1 to version: its
// statements, then its Go step (when it has one), in one transaction.
type migration struct {
	version int
	name    string
	stmts   []string
	run     func(ctx context.Context, tx *sql.Tx) error
	after   []string
}

// migrations lists every schema change in order. A new file runs them all,
// so a new file and an upgraded one hold the same schema, byte for byte.
// Add migration 4 at the end; never edit one that has shipped.
var migrations = []migration{
	{version: 1, name: "initial schema", stmts: schema1},
	{version: 2, name: "version checksums", stmts: []string{
		// The update trigger would refuse the checksums of the versions
		// already frozen: it is dropped for the migration and created again,
		// with the same text, once they are written.
		`DROP TRIGGER versions_frozen_update`,
		`ALTER TABLE versions ADD COLUMN checksum TEXT`,
	}, run: sumOldVersions, after: []string{versionsFrozenUpdate}},
	{version: 3, name: "paragraph notes", stmts: []string{
		// Notes on a paragraph (comments, who changed it in a document
		// received with tracked changes) as a JSON list, "" for none.
		`ALTER TABLE paragraphs ADD COLUMN notes TEXT NOT NULL DEFAULT ''`,
	}},
}

// schemaVersion is the schema this program writes: PRAGMA user_version.
var schemaVersion = migrations[len(migrations)-1].version

// versionsFrozenUpdate refuses every change to a frozen version.
const versionsFrozenUpdate = `CREATE TRIGGER versions_frozen_update BEFORE UPDATE ON versions
		BEGIN SELECT RAISE(ABORT, 'version is frozen'); END`

var schema1 = []string{
	`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID`,
	`CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`,
	`CREATE TABLE items (
		id INTEGER PRIMARY KEY, pos INTEGER NOT NULL, title TEXT NOT NULL,
		category TEXT NOT NULL, docs TEXT NOT NULL, presentations TEXT NOT NULL)`,
	`CREATE TABLE subitems (
		id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL, pos INTEGER NOT NULL,
		title TEXT NOT NULL, category TEXT NOT NULL, docs TEXT NOT NULL,
		presentations TEXT NOT NULL, attachments TEXT NOT NULL)`,
	`CREATE TABLE paragraphs (
		id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL, sub_id INTEGER NOT NULL,
		pos INTEGER NOT NULL, text TEXT NOT NULL)`,
	`CREATE TABLE conclusions (
		id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL, lead_in TEXT NOT NULL)`,
	`CREATE TABLE bullets (
		id INTEGER PRIMARY KEY, conclusion_id INTEGER NOT NULL, pos INTEGER NOT NULL,
		text TEXT NOT NULL, rule TEXT NOT NULL, edited INTEGER NOT NULL)`,
	`CREATE TABLE annexes (
		id INTEGER PRIMARY KEY, pos INTEGER NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL)`,
	`CREATE TABLE versions (
		seq INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE, frozen_at TEXT NOT NULL,
		note TEXT NOT NULL, snapshot BLOB NOT NULL)`,
	versionsFrozenUpdate,
	`CREATE TRIGGER versions_frozen_delete BEFORE DELETE ON versions
		BEGIN SELECT RAISE(ABORT, 'version is frozen'); END`,
	// INSERT OR REPLACE deletes without firing delete triggers: refuse it.
	`CREATE TRIGGER versions_frozen_replace BEFORE INSERT ON versions
		WHEN EXISTS (SELECT 1 FROM versions WHERE seq = NEW.seq OR label = NEW.label)
		BEGIN SELECT RAISE(ABORT, 'version is frozen'); END`,
	`PRAGMA application_id = ` + strconv.Itoa(applicationID),
}

// checksum returns the checksum a version carries of its snapshot: the
// SHA-256 of the stored bytes, in hexadecimal.
func checksum(snapshot []byte) string {
	s := sha256.Sum256(snapshot)
	return hex.EncodeToString(s[:])
}

// sumOldVersions writes the checksum of every version frozen before
// versions carried one, so that a change made to one by hand after the
// upgrade shows. A snapshot that does not decode gets none: it is not
// vouched for, and reading it says it is damaged.
func sumOldVersions(ctx context.Context, tx *sql.Tx) error {
	type row struct {
		seq  int64
		snap []byte
	}
	var rs []row
	err := scanAll(ctx, tx, `SELECT seq, CAST(snapshot AS BLOB) FROM versions`, func(q *sql.Rows) error {
		var r row
		err := q.Scan(&r.seq, &r.snap)
		rs = append(rs, r)
		return err
	})
	if err != nil {
		return err
	}
	for _, r := range rs {
		if _, err := decodeSnapshot(r.snap, "", 1); err != nil {
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE versions SET checksum = ? WHERE seq = ?`, checksum(r.snap), r.seq); err != nil {
			return err
		}
	}
	return nil
}

// migrate applies, each in its own transaction, the migrations the file
// lacks; from is the file's user_version.
func migrate(ctx context.Context, c *sql.Conn, from int) error {
	for _, m := range migrations {
		if m.version <= from {
			continue
		}
		if err := applyMigration(ctx, c, m); err != nil {
			return fmt.Errorf("migration %d (%s): %w", m.version, m.name, err)
		}
	}
	return nil
}

func applyMigration(ctx context.Context, c *sql.Conn, m migration) error {
	tx, err := c.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, s := range m.stmts {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return err
		}
	}
	if m.run != nil {
		if err := m.run(ctx, tx); err != nil {
			return err
		}
	}
	for _, s := range m.after {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO migrations (version, name) VALUES (?, ?)`, m.version, m.name); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('schema_version', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, strconv.Itoa(m.version)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `PRAGMA user_version = `+strconv.Itoa(m.version)); err != nil {
		return err
	}
	return tx.Commit()
}
