package ingest

import (
	"bytes"
	"io"
)

// textChunk is the longest run of character data the XML decoder is given
// in one piece. encoding/xml gathers a text node whole in a buffer that
// doubles as it grows, so a document.xml holding one 60 MB paragraph would
// cost twice that in the decoder alone; cut into pieces, the text arrives
// as several character-data tokens and the buffer stays small.
const textChunk = 32 << 10

// chunkMark is what splits character data: an empty comment, which the
// decoder reports as a comment token and the reader ignores, so the text
// reads the same.
const chunkMark = "<!---->"

// chunkState is where the chunker stands in the XML.
type chunkState uint8

const (
	inText    chunkState = iota // character data
	atLT                        // just after "<"
	inBang                      // after "<!": a comment, CDATA or a declaration follows
	inTag                       // inside a tag, a declaration or a directive
	inComment                   // inside "<!--" … "-->"
	inCDATA                     // inside "<![CDATA[" … "]]>"
	inPI                        // inside "<?" … "?>"
)

// chunker passes XML through, splitting long runs of character data with
// chunkMark between two characters (never inside a character or an entity
// reference). Markup passes unchanged.
type chunker struct {
	r     io.Reader
	in    []byte
	out   []byte
	pos   int
	err   error
	state chunkState
	quote byte   // the quote of the attribute value being read, or 0
	bang  []byte // what follows "<!" so far
	last  [2]byte
	run   int  // bytes of character data since markup or the last mark
	inRef bool // inside an entity reference (&…;)
}

func newChunker(r io.Reader) *chunker {
	return &chunker{r: r, in: make([]byte, 16<<10)}
}

func (c *chunker) Read(p []byte) (int, error) {
	for c.pos == len(c.out) {
		if c.err != nil {
			return 0, c.err
		}
		n, err := c.r.Read(c.in)
		c.err = err
		c.out, c.pos = c.out[:0], 0
		c.process(c.in[:n])
	}
	n := copy(p, c.out[c.pos:])
	c.pos += n
	return n, nil
}

// process passes a buffer: character data up to the next "<" and the
// inside of tags go through in one piece each, the rest byte by byte.
func (c *chunker) process(in []byte) {
	for len(in) > 0 {
		switch c.state {
		case inText:
			seg := in
			if j := bytes.IndexByte(in, '<'); j >= 0 {
				seg = in[:j]
			}
			if c.run+len(seg) > textChunk {
				for _, b := range seg {
					c.text(b)
				}
			} else {
				c.run += len(seg)
				if a, s := bytes.LastIndexByte(seg, '&'), bytes.LastIndexByte(seg, ';'); a != s {
					c.inRef = a > s
				}
				c.emitAll(seg)
			}
			in = in[len(seg):]
			if len(in) > 0 {
				c.text(in[0]) // the "<"
				in = in[1:]
			}
		case inTag:
			k := 0
			for k < len(in) && c.state == inTag {
				c.tagState(in[k])
				k++
			}
			c.emitAll(in[:k])
			in = in[k:]
		default:
			c.step(in[0])
			in = in[1:]
		}
	}
}

// emitAll passes a run of bytes unchanged.
func (c *chunker) emitAll(b []byte) {
	c.out = append(c.out, b...)
	switch n := len(b); {
	case n >= 2:
		c.last = [2]byte{b[n-2], b[n-1]}
	case n == 1:
		c.last = [2]byte{c.last[1], b[0]}
	}
}

// step passes one byte, first writing a mark where a long text may be cut.
func (c *chunker) step(b byte) {
	switch c.state {
	case inText:
		c.text(b)
		return
	case atLT:
		switch b {
		case '!':
			c.state, c.bang = inBang, c.bang[:0]
		case '?':
			c.state = inPI
		default:
			c.state = inTag
			c.tag(b)
			return
		}
	case inBang:
		c.bang = append(c.bang, b)
		switch s := string(c.bang); {
		case s == "--":
			c.state = inComment
		case s == "[CDATA[":
			c.state = inCDATA
		case !isPrefix(s, "--") && !isPrefix(s, "[CDATA["):
			c.state = inTag
			c.tag(b)
			return
		}
	case inTag:
		c.tag(b)
		return
	case inComment:
		if b == '>' && c.last == [2]byte{'-', '-'} {
			c.state = inText
		}
	case inCDATA:
		if b == '>' && c.last == [2]byte{']', ']'} {
			c.state = inText
		}
	case inPI:
		if b == '>' && c.last[1] == '?' {
			c.state = inText
		}
	}
	c.emit(b)
}

func (c *chunker) text(b byte) {
	switch {
	case b == '<':
		c.state, c.run, c.inRef = atLT, 0, false
	case c.run >= textChunk && !c.inRef && b != '&' && b&0xC0 != 0x80:
		c.out = append(c.out, chunkMark...)
		c.run = 0
	}
	switch b {
	case '&':
		c.inRef = true
	case ';':
		c.inRef = false
	}
	c.run++
	c.emit(b)
}

func (c *chunker) tag(b byte) {
	c.tagState(b)
	c.emit(b)
}

// tagState follows a tag's quotes to the ">" that ends it.
func (c *chunker) tagState(b byte) {
	switch {
	case c.quote != 0:
		if b == c.quote {
			c.quote = 0
		}
	case b == '"' || b == '\'':
		c.quote = b
	case b == '>':
		c.state = inText
	}
}

func (c *chunker) emit(b byte) {
	c.out = append(c.out, b)
	c.last = [2]byte{c.last[1], b}
}

// isPrefix reports whether s is a prefix of full.
func isPrefix(s, full string) bool { return len(s) <= len(full) && full[:len(s)] == s }
