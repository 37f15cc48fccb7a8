package assets

import _ "embed"

// Icon is the application icon, a 256×256 PNG drawn by tools/icongen.
//
//go:embed icon.png
var Icon []byte
