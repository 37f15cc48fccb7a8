package assets

import _ "embed"

// Fonts of the report: Liberation Sans, metric-compatible with Arial, the
// face committee secretariats typically set reports in.
var (
	//go:embed fonts/LiberationSans-Regular.ttf
	SansRegular []byte
	//go:embed fonts/LiberationSans-Bold.ttf
	SansBold []byte
	//go:embed fonts/LiberationSans-Italic.ttf
	SansItalic []byte
	//go:embed fonts/LiberationSans-BoldItalic.ttf
	SansBoldItalic []byte
)

// SampleReport is the text of the built-in sample report: a fictional
// meeting written for this project, in the plain-text form the importer reads.
//
//go:embed sample.txt
var SampleReport []byte
