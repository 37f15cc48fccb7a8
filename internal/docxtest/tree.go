package docxtest

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// W is the WordprocessingML main namespace.
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// Node is an element of an XML part, or a run of character data when Name
// is empty.
type Node struct {
	Name xml.Name
	Attr []xml.Attr
	Kids []*Node
	Text string
}

// Parse reads an XML part into a tree. It refuses a DOCTYPE.
func Parse(data []byte) (*Node, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	root := &Node{}
	stack := []*Node{root}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("docxtest: parse: %w", err)
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			n := &Node{Name: t.Name, Attr: append([]xml.Attr(nil), t.Attr...)}
			top.Kids = append(top.Kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.Kids = append(top.Kids, &Node{Text: string(t)})
		case xml.Directive:
			if strings.HasPrefix(strings.ToUpper(strings.TrimSpace(string(t))), "DOCTYPE") {
				return nil, fmt.Errorf("docxtest: parse: DOCTYPE not allowed")
			}
		}
	}
	for _, k := range root.Kids {
		if k.Name.Local != "" {
			return k, nil
		}
	}
	return nil, fmt.Errorf("docxtest: parse: no root element")
}

// Is reports whether n is the WordprocessingML element local.
func (n *Node) Is(local string) bool {
	return n != nil && n.Name.Space == W && n.Name.Local == local
}

// Get returns the value of the WordprocessingML attribute local, or "".
func (n *Node) Get(local string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.Attr {
		if a.Name.Local == local && (a.Name.Space == W || a.Name.Space == "") {
			return a.Value
		}
	}
	return ""
}

// Has reports whether n has the WordprocessingML attribute local.
func (n *Node) Has(local string) bool {
	if n == nil {
		return false
	}
	for _, a := range n.Attr {
		if a.Name.Local == local && (a.Name.Space == W || a.Name.Space == "") {
			return true
		}
	}
	return false
}

// Child returns n's first child element local, or nil.
func (n *Node) Child(local string) *Node {
	if n == nil {
		return nil
	}
	for _, k := range n.Kids {
		if k.Is(local) {
			return k
		}
	}
	return nil
}

// Path follows a chain of first children: n.Path("pPr", "rPr", "ins").
func (n *Node) Path(locals ...string) *Node {
	for _, l := range locals {
		n = n.Child(l)
	}
	return n
}

// Walk calls f on n and every element below it, depth first, parents
// before children; f returns false to skip an element's children.
func (n *Node) Walk(f func(n, parent *Node) bool) {
	var rec func(n, parent *Node)
	rec = func(n, parent *Node) {
		if n.Name.Local == "" || !f(n, parent) {
			return
		}
		for _, k := range n.Kids {
			rec(k, n)
		}
	}
	rec(n, nil)
}

// Clone returns a deep copy of n.
func (n *Node) Clone() *Node {
	c := &Node{Name: n.Name, Attr: append([]xml.Attr(nil), n.Attr...), Text: n.Text}
	for _, k := range n.Kids {
		c.Kids = append(c.Kids, k.Clone())
	}
	return c
}
