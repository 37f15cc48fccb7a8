package export

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// coverage is the set of Basic Multilingual Plane characters a font maps to
// a glyph, one bit per code point.
type coverage [65536 / 64]uint64

// has reports whether the font maps r to a glyph. Characters above U+FFFF are
// never covered: fpdf cannot encode them.
func (c *coverage) has(r rune) bool {
	if r < 0 || r > 0xFFFF {
		return false
	}
	return c[r>>6]&(1<<(uint(r)&63)) != 0
}

func (c *coverage) add(r int) { c[r>>6] |= 1 << (uint(r) & 63) }

// intersect keeps only the characters o covers too.
func (c *coverage) intersect(o *coverage) {
	for i := range c {
		c[i] &= o[i]
	}
}

var errNoCmap = errors.New("no Unicode BMP (format 4) cmap subtable")

// parseCoverage reads the characters a TrueType font covers from its cmap
// table: the Windows Unicode BMP subtable (platform 3, encoding 1) or the
// Unicode platform's BMP subtable, in format 4.
func parseCoverage(ttf []byte) (*coverage, error) {
	cmap, err := findTable(ttf, "cmap")
	if err != nil {
		return nil, err
	}
	sub, err := findBMPSubtable(cmap)
	if err != nil {
		return nil, err
	}
	return parseFormat4(sub)
}

// findTable returns the bytes of the named table of a TrueType file.
func findTable(ttf []byte, tag string) ([]byte, error) {
	if len(ttf) < 12 {
		return nil, fmt.Errorf("font: %d bytes is too short for a TrueType header", len(ttf))
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(ttf) {
			return nil, fmt.Errorf("font: table directory truncated at entry %d of %d", i, n)
		}
		if string(ttf[rec:rec+4]) != tag {
			continue
		}
		off := int(binary.BigEndian.Uint32(ttf[rec+8:]))
		length := int(binary.BigEndian.Uint32(ttf[rec+12:]))
		if off < 0 || length < 0 || off > len(ttf) || length > len(ttf)-off {
			return nil, fmt.Errorf("font: table %s at %d+%d lies outside the file (%d bytes)", tag, off, length, len(ttf))
		}
		return ttf[off : off+length], nil
	}
	return nil, fmt.Errorf("font: no %s table", tag)
}

// findBMPSubtable picks the format 4 Unicode BMP subtable of a cmap table.
func findBMPSubtable(cmap []byte) ([]byte, error) {
	if len(cmap) < 4 {
		return nil, fmt.Errorf("font: cmap table of %d bytes is too short", len(cmap))
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	var best []byte
	for i := 0; i < n; i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			return nil, fmt.Errorf("font: cmap encoding records truncated at %d of %d", i, n)
		}
		platform := binary.BigEndian.Uint16(cmap[rec:])
		encoding := binary.BigEndian.Uint16(cmap[rec+2:])
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		if off < 0 || off+2 > len(cmap) || binary.BigEndian.Uint16(cmap[off:]) != 4 {
			continue
		}
		if platform == 3 && encoding == 1 {
			return cmap[off:], nil
		}
		if platform == 0 && best == nil {
			best = cmap[off:]
		}
	}
	if best == nil {
		return nil, fmt.Errorf("font: %w", errNoCmap)
	}
	return best, nil
}

// parseFormat4 reads a format 4 subtable: segments of code points mapped
// by delta or through the glyph index array; glyph 0 means missing.
func parseFormat4(sub []byte) (*coverage, error) {
	if len(sub) < 14 {
		return nil, fmt.Errorf("font: cmap format 4 header truncated (%d bytes)", len(sub))
	}
	segX2 := int(binary.BigEndian.Uint16(sub[6:]))
	seg := segX2 / 2
	ends, starts := 14, 14+segX2+2
	deltas, ranges := starts+segX2, starts+2*segX2
	if ranges+segX2 > len(sub) {
		return nil, fmt.Errorf("font: cmap format 4 with %d segments needs %d bytes, has %d", seg, ranges+segX2, len(sub))
	}
	u16 := func(at int) int { return int(binary.BigEndian.Uint16(sub[at:])) }
	c := new(coverage)
	for i := 0; i < seg; i++ {
		end, start := u16(ends+2*i), u16(starts+2*i)
		delta, ro := u16(deltas+2*i), u16(ranges+2*i)
		for r := start; r <= end && r <= 0xFFFF; r++ {
			glyph := (r + delta) & 0xFFFF
			if ro != 0 {
				at := ranges + 2*i + ro + 2*(r-start)
				if at+2 > len(sub) {
					break
				}
				if glyph = u16(at); glyph != 0 {
					glyph = (glyph + delta) & 0xFFFF
				}
			}
			if glyph != 0 && r != 0xFFFF {
				c.add(r)
			}
		}
	}
	return c, nil
}
