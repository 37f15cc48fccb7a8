package ingest

import (
	"encoding/xml"
	"net/url"
	"strings"
)

// relationship is one internal relationship of an OPC part: its kind (the
// last segment of its type, "officeDocument", "styles", "header") and the
// part it targets, as a lower-case part name.
type relationship struct {
	kind   string
	target string
}

// relationships reads the relationship part relsPart, resolving targets
// against the source part's folder dir ("" for the package root). It
// returns nil, without error, when the part is absent. Targets that are
// external, or that leave the package ("../../x"), are left out.
func (p *wordPackage) relationships(relsPart, dir string) ([]relationship, error) {
	if !p.has(relsPart) {
		return nil, nil
	}
	out := []relationship{}
	start := func(e xml.StartElement) error {
		if e.Name.Local != "Relationship" || strings.EqualFold(attr(e, "TargetMode"), "External") {
			return nil
		}
		typ := attr(e, "Type")
		target, ok := resolveTarget(dir, attr(e, "Target"))
		if ok {
			out = append(out, relationship{kind: typ[strings.LastIndexByte(typ, '/')+1:], target: target})
		}
		return nil
	}
	if err := p.walkPart(relsPart, start, func(xml.EndElement) {}, nil); err != nil {
		return nil, err
	}
	return out, nil
}

// resolveTarget resolves a relationship target against dir: "/word/x.xml"
// from the root, "x.xml" or "../x.xml" from dir. It refuses targets that
// climb out of the package and ones naming a folder.
func resolveTarget(dir, target string) (string, bool) {
	if u, err := url.PathUnescape(target); err == nil {
		target = u
	}
	target = strings.ReplaceAll(target, `\`, "/")
	var segs []string
	if !strings.HasPrefix(target, "/") && dir != "" {
		segs = strings.Split(strings.TrimSuffix(dir, "/"), "/")
	}
	for _, s := range strings.Split(target, "/") {
		switch s {
		case "", ".":
		case "..":
			if len(segs) == 0 {
				return "", false
			}
			segs = segs[:len(segs)-1]
		default:
			segs = append(segs, s)
		}
	}
	if len(segs) == 0 || strings.HasSuffix(target, "/") {
		return "", false
	}
	return strings.ToLower(strings.Join(segs, "/")), true
}

// splitPart splits a part name into its folder (with its slash, "word/")
// and its file name ("document.xml").
func splitPart(part string) (dir, base string) {
	i := strings.LastIndexByte(part, '/')
	return part[:i+1], part[i+1:]
}

// joinPart joins a folder from splitPart and a relative name.
func joinPart(dir, name string) string { return dir + name }
