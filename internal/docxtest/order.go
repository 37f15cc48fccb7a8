package docxtest

import "fmt"

// schemaOrder gives, for the elements whose children the schema lists in
// a fixed sequence and Word holds files to, that sequence (the children a
// report's documents use, and their neighbours).
var schemaOrder = map[string][]string{
	"pPr": {"pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
		"suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
		"overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
		"snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
		"textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
		"sectPr", "pPrChange"},
	"numPr":       {"ilvl", "numId", "numberingChange", "ins"},
	"lvl":         {"start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlPicBulletId", "legacy", "lvlJc", "pPr", "rPr"},
	"abstractNum": {"nsid", "multiLevelType", "tmpl", "name", "styleLink", "numStyleLink", "lvl"},
	"num":         {"abstractNumId", "lvlOverride"},
	"tbl":         {"tblPr", "tblGrid", "tr"},
	"tc":          {"tcPr", "p", "tbl"},
	"tr":          {"tblPrEx", "trPr", "tc"},
	"trPr":        {"cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden", "ins", "del", "trPrChange"},
}

// Order reports the elements of a part whose children stand out of the
// schema's sequence (see schemaOrder).
func Order(root *Node) []error {
	var errs []error
	root.Walk(func(n, _ *Node) bool {
		seq, ok := schemaOrder[n.Name.Local]
		if !ok || n.Name.Space != W {
			return true
		}
		rank := map[string]int{}
		for i, s := range seq {
			rank[s] = i
		}
		last, lastName := -1, ""
		for _, k := range n.Kids {
			if k.Name.Space != W {
				continue
			}
			r, known := rank[k.Name.Local]
			if !known {
				continue
			}
			if r < last && len(errs) < 20 {
				errs = append(errs, fmt.Errorf("w:%s: w:%s after w:%s", n.Name.Local, k.Name.Local, lastName))
			}
			if r >= last {
				last, lastName = r, k.Name.Local
			}
		}
		return true
	})
	return errs
}
