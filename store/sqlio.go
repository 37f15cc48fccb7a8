package store

import (
	"context"
	"database/sql"
	"strings"

	"rapporteur/draft"
)

// queryer is what reading needs: a connection or a transaction.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// scanAll runs q and calls scan for each row.
func scanAll(ctx context.Context, db queryer, q string, scan func(*sql.Rows) error) error {
	rs, err := db.QueryContext(ctx, q)
	if err != nil {
		return err
	}
	defer rs.Close()
	for rs.Next() {
		if err := scan(rs); err != nil {
			return err
		}
	}
	return rs.Err()
}

// paragraphCols are the columns readRows reads of paragraphs for a schema
// version: notes from schema 3 on.
func paragraphCols(schema int) string {
	if schema < 3 {
		return "id, item_id, sub_id, pos, text"
	}
	return "id, item_id, sub_id, pos, text, notes"
}

// readRows reads the working copy's rows from a file of schema version
// schema, checking the type of every
// value: a NULL or a value of the wrong kind is a damage naming its table,
// row and column.
func readRows(ctx context.Context, db queryer, schema int) (*rows, error) {
	w := newRows()
	steps := []struct {
		table, cols string
		row         func(v *values)
	}{
		{"meta", "key, value", func(v *values) {
			w.meta[v.text("key")] = v.text("value")
		}},
		{"items", "id, pos, title, category, docs, presentations", func(v *values) {
			w.items[v.id()] = itemRow{v.pos(), v.text("title"), v.text("category"), v.text("docs"), v.text("presentations")}
		}},
		{"subitems", "id, item_id, pos, title, category, docs, presentations, attachments", func(v *values) {
			w.subs[v.id()] = subRow{v.ref("item_id"), v.pos(), v.text("title"), v.text("category"), v.text("docs"), v.text("presentations"), v.text("attachments")}
		}},
		{"paragraphs", paragraphCols(schema), func(v *values) {
			notes := ""
			if schema >= 3 {
				notes = v.text("notes")
			}
			w.paras[v.id()] = paraRow{v.ref("item_id"), v.ref("sub_id"), v.pos(), v.text("text"), notes}
		}},
		{"conclusions", "id, item_id, lead_in", func(v *values) {
			w.concls[v.id()] = conclRow{v.ref("item_id"), v.text("lead_in")}
		}},
		{"bullets", "id, conclusion_id, pos, text, rule, edited", func(v *values) {
			w.bullets[v.id()] = bulletRow{v.ref("conclusion_id"), v.pos(), v.text("text"), v.text("rule"), v.flag("edited")}
		}},
		{"annexes", "id, pos, title, body", func(v *values) {
			w.annexes[v.id()] = annexRow{v.pos(), v.text("title"), v.text("body")}
		}},
	}
	for _, s := range steps {
		err := scanValues(ctx, db, s.table, s.cols, func(v *values) error {
			if s.table == "meta" && (strings.HasPrefix(v.peekText(0), "holder.") || v.peekText(0) == "schema_version") {
				return nil
			}
			s.row(v)
			return v.err
		})
		if err != nil {
			return nil, err
		}
	}
	return w, nil
}

// table tells writeTable how to write one table's rows.
type table[K comparable, R comparable] struct {
	upsert, del string
	args        func(K, R) []any
}

// writeTable writes the rows of cur that differ from prev and deletes those
// gone from it; it returns the number of rows written.
func writeTable[K comparable, R comparable](ctx context.Context, tx *sql.Tx, t table[K, R], prev, cur map[K]R) (int, error) {
	n := 0
	var up, del *sql.Stmt
	defer func() {
		if up != nil {
			up.Close()
		}
		if del != nil {
			del.Close()
		}
	}()
	for k, r := range cur {
		if old, ok := prev[k]; ok && old == r {
			continue
		}
		var err error
		if up == nil {
			if up, err = tx.PrepareContext(ctx, t.upsert); err != nil {
				return n, err
			}
		}
		if _, err = up.ExecContext(ctx, t.args(k, r)...); err != nil {
			return n, err
		}
		n++
	}
	for k := range prev {
		if _, ok := cur[k]; ok {
			continue
		}
		var err error
		if del == nil {
			if del, err = tx.PrepareContext(ctx, t.del); err != nil {
				return n, err
			}
		}
		if _, err = del.ExecContext(ctx, k); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

var (
	metaTable = table[string, string]{
		`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
		`DELETE FROM meta WHERE key = ?`,
		func(k, v string) []any { return []any{k, v} },
	}
	itemTable = table[draft.ID, itemRow]{
		`INSERT INTO items (id, pos, title, category, docs, presentations) VALUES (?, ?, ?, ?, ?, ?)
		 ON CONFLICT (id) DO UPDATE SET pos = excluded.pos, title = excluded.title, category = excluded.category,
		 docs = excluded.docs, presentations = excluded.presentations`,
		`DELETE FROM items WHERE id = ?`,
		func(id draft.ID, x itemRow) []any { return []any{id, x.pos, x.title, x.category, x.docs, x.pres} },
	}
	subTable = table[draft.ID, subRow]{
		`INSERT INTO subitems (id, item_id, pos, title, category, docs, presentations, attachments) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		 ON CONFLICT (id) DO UPDATE SET item_id = excluded.item_id, pos = excluded.pos, title = excluded.title,
		 category = excluded.category, docs = excluded.docs, presentations = excluded.presentations, attachments = excluded.attachments`,
		`DELETE FROM subitems WHERE id = ?`,
		func(id draft.ID, x subRow) []any {
			return []any{id, x.item, x.pos, x.title, x.category, x.docs, x.pres, x.atts}
		},
	}
	paraTable = table[draft.ID, paraRow]{
		`INSERT INTO paragraphs (id, item_id, sub_id, pos, text, notes) VALUES (?, ?, ?, ?, ?, ?)
		 ON CONFLICT (id) DO UPDATE SET item_id = excluded.item_id, sub_id = excluded.sub_id, pos = excluded.pos,
		 text = excluded.text, notes = excluded.notes`,
		`DELETE FROM paragraphs WHERE id = ?`,
		func(id draft.ID, x paraRow) []any { return []any{id, x.item, x.sub, x.pos, x.text, x.notes} },
	}
	conclTable = table[draft.ID, conclRow]{
		`INSERT INTO conclusions (id, item_id, lead_in) VALUES (?, ?, ?)
		 ON CONFLICT (id) DO UPDATE SET item_id = excluded.item_id, lead_in = excluded.lead_in`,
		`DELETE FROM conclusions WHERE id = ?`,
		func(id draft.ID, x conclRow) []any { return []any{id, x.item, x.leadIn} },
	}
	bulletTable = table[draft.ID, bulletRow]{
		`INSERT INTO bullets (id, conclusion_id, pos, text, rule, edited) VALUES (?, ?, ?, ?, ?, ?)
		 ON CONFLICT (id) DO UPDATE SET conclusion_id = excluded.conclusion_id, pos = excluded.pos,
		 text = excluded.text, rule = excluded.rule, edited = excluded.edited`,
		`DELETE FROM bullets WHERE id = ?`,
		func(id draft.ID, x bulletRow) []any { return []any{id, x.concl, x.pos, x.text, x.rule, x.edited} },
	}
	annexTable = table[draft.ID, annexRow]{
		`INSERT INTO annexes (id, pos, title, body) VALUES (?, ?, ?, ?)
		 ON CONFLICT (id) DO UPDATE SET pos = excluded.pos, title = excluded.title, body = excluded.body`,
		`DELETE FROM annexes WHERE id = ?`,
		func(id draft.ID, x annexRow) []any { return []any{id, x.pos, x.title, x.body} },
	}
)

// writeDiff writes every row of cur that differs from prev, in tx, and
// returns the number of rows written.
func writeDiff(ctx context.Context, tx *sql.Tx, prev, cur *rows) (int, error) {
	total := 0
	add := func(n int, err error) error {
		total += n
		return err
	}
	for _, step := range []func() error{
		func() error { return add(writeTable(ctx, tx, metaTable, prev.meta, cur.meta)) },
		func() error { return add(writeTable(ctx, tx, itemTable, prev.items, cur.items)) },
		func() error { return add(writeTable(ctx, tx, subTable, prev.subs, cur.subs)) },
		func() error { return add(writeTable(ctx, tx, paraTable, prev.paras, cur.paras)) },
		func() error { return add(writeTable(ctx, tx, conclTable, prev.concls, cur.concls)) },
		func() error { return add(writeTable(ctx, tx, bulletTable, prev.bullets, cur.bullets)) },
		func() error { return add(writeTable(ctx, tx, annexTable, prev.annexes, cur.annexes)) },
	} {
		if err := step(); err != nil {
			return total, err
		}
	}
	return total, nil
}
