package store

import (
	"context"
	"fmt"
	"math"
	"strings"

	"rapporteur/draft"
)

// damaged is a value of the file that cannot be what this program wrote: a
// NULL, a value of the wrong kind, a row that points nowhere. Its message
// names the place.
type damaged string

func (d damaged) Error() string { return string(d) }

// damagedf formats a damaged.
func damagedf(format string, args ...any) damaged { return damaged(fmt.Sprintf(format, args...)) }

// values is one row read as SQLite values, for checked conversion: the
// first error found is kept, named after the table, the row and the
// column.
type values struct {
	table string
	names []string
	vals  []any
	err   error
}

// scanValues runs SELECT cols FROM table and calls row for each row.
func scanValues(ctx context.Context, db queryer, table, cols string, row func(*values) error) error {
	rs, err := db.QueryContext(ctx, "SELECT "+cols+" FROM "+table)
	if err != nil {
		return err
	}
	defer rs.Close()
	v := &values{table: table, names: strings.Split(cols, ", ")}
	v.vals = make([]any, len(v.names))
	ptrs := make([]any, len(v.vals))
	for i := range v.vals {
		ptrs[i] = &v.vals[i]
	}
	for rs.Next() {
		if err := rs.Scan(ptrs...); err != nil {
			return err
		}
		v.err = nil
		if err := row(v); err != nil {
			return err
		}
	}
	return rs.Err()
}

// where names the row for messages: "paragraphs row 12", or "meta key
// \"last_id\"".
func (v *values) where() string {
	switch k := v.vals[0].(type) {
	case int64:
		return fmt.Sprintf("%s row %d", v.table, k)
	case string:
		return fmt.Sprintf("%s key %.40q", v.table, k)
	}
	return v.table + " row"
}

// index returns the position of column col.
func (v *values) index(col string) int {
	for i, n := range v.names {
		if n == col {
			return i
		}
	}
	panic("store: no column " + col) // a programming error: the columns are ours
}

func (v *values) fail(col, problem string) {
	if v.err == nil {
		v.err = damagedf("%s: %s %s", v.where(), col, problem)
	}
}

// peekText returns column i when it is text, else "".
func (v *values) peekText(i int) string {
	s, _ := v.vals[i].(string)
	return s
}

// text returns a text column.
func (v *values) text(col string) string {
	switch x := v.vals[v.index(col)].(type) {
	case string:
		return x
	case nil:
		v.fail(col, "is NULL")
	default:
		v.fail(col, "is not text")
	}
	return ""
}

// optText returns a text column that may be NULL, as "".
func (v *values) optText(col string) string {
	if v.vals[v.index(col)] == nil {
		return ""
	}
	return v.text(col)
}

// integer returns an integer column.
func (v *values) integer(col string) int64 {
	switch x := v.vals[v.index(col)].(type) {
	case int64:
		return x
	case nil:
		v.fail(col, "is NULL")
	default:
		v.fail(col, fmt.Sprintf("is not a whole number (%.20v)", x))
	}
	return 0
}

// id returns the row's ID, the first column.
func (v *values) id() draft.ID { return draft.ID(v.integer(v.names[0])) }

// ref returns a column that holds the ID of another row.
func (v *values) ref(col string) draft.ID { return draft.ID(v.integer(col)) }

// pos returns the row's position among its siblings.
func (v *values) pos() int {
	n := v.integer("pos")
	if n < 0 || n > math.MaxInt32 {
		v.fail("pos", fmt.Sprintf("is out of range (%d)", n))
	}
	return int(n)
}

// flag returns a 0/1 column.
func (v *values) flag(col string) bool {
	n := v.integer(col)
	if n != 0 && n != 1 {
		v.fail(col, fmt.Sprintf("is %d, not 0 or 1", n))
	}
	return n == 1
}
