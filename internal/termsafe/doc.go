// Package termsafe makes text read from files safe to print on a
// terminal: a meeting name, a version note, an item title or a file name
// holding an escape sequence (ESC [ 2 J, an OSC title, a C1 CSI) must not
// clear or retitle the user's terminal, and bidirectional controls must not
// reorder what is shown. Every such character is written as a \uXXXX
// escape, which also keeps JSON valid.
//
// Package termsafe may import the standard library only.
package termsafe
