// Package cli is rapporteur's headless face: one subcommand per file, each
// parsing its flags, calling the workspace (rapporteur/internal/workspace)
// and printing the outcome. The same operations back the window, so what a
// user can do does not depend on where they do it.
//
// Package cli may import the standard library, rapporteur/draft and
// rapporteur/internal/workspace only: never the window (rapporteur/app)
// nor Fyne.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strings"

	"rapporteur/internal/workspace"
)

// command is one headless subcommand. Each lives in its own file
// and registers itself from init.
type command struct {
	name    string
	usage   string // arguments, e.g. "FILE [--json]"
	summary string // one line for the command list
	run     func(args []string, stdout, stderr io.Writer) error
}

var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

// errUsage marks an error caused by wrong arguments; the usage line follows it.
var errUsage = errors.New("usage")

// exitError carries a specific exit status, e.g. 1 for "checks found errors".
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// OpensWindow reports whether args (the command line without the program
// name) ask for the window rather than a subcommand: no arguments, or one
// that names a report file to open.
func OpensWindow(args []string) bool {
	return len(args) == 0 || (len(args) == 1 && looksLikeFile(args[0]))
}

// Run runs the subcommand args name (args[0]) with its arguments, writing
// its output to stdout and messages to stderr, and returns the exit status:
// 0 on success, 1 on failure, 2 for wrong arguments. Both streams go
// through a safeWriter, so no control character read from a file (a
// meeting name, a version note, a title, a path) reaches the terminal.
func Run(args []string, stdout, stderr io.Writer) int {
	out, msgs := newSafeWriter(stdout), newSafeWriter(stderr)
	defer out.Flush()
	defer msgs.Flush()
	return run(args, out, msgs)
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		printHelp(stderr)
		return 2
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		printHelp(stdout)
		return 0
	}
	c := commands[name]
	if c == nil {
		fmt.Fprintf(stderr, "rapporteur: unknown command %q\n", name)
		printHelp(stderr)
		return 2
	}
	// A headless command lives for a moment: collecting garbage less often
	// saves it a fifth of its time for a few megabytes more memory.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	workspace.Warn = func(msg string) { fmt.Fprintf(stderr, "rapporteur %s: warning: %s\n", name, safeLine(msg)) }
	defer func() { workspace.Warn = nil }()
	err := c.run(args[1:], stdout, stderr)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "rapporteur %s: %s\nusage: rapporteur %s %s\n", name, safeLine(err.Error()), name, c.usage)
		return 2
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintf(stderr, "rapporteur %s: %s\n", name, safeLine(ee.msg))
		}
		return ee.code
	}
	fmt.Fprintf(stderr, "rapporteur %s: %s\n", name, safeLine(err.Error()))
	return 1
}

// looksLikeFile reports whether a lone argument names a report to open in the
// window rather than a mistyped command: it exists, or it reads as a path.
func looksLikeFile(arg string) bool {
	if strings.HasPrefix(arg, "-") || commands[arg] != nil || arg == "help" {
		return false
	}
	if _, err := os.Stat(arg); err == nil {
		return true
	}
	return strings.ContainsAny(arg, "./"+string(os.PathSeparator))
}

// Names returns the names of the subcommands, sorted.
func Names() []string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "usage: rapporteur [FILE]           open the window (the last report, or the sample)")
	fmt.Fprintln(w, "       rapporteur COMMAND [ARGS]   work headless")
	fmt.Fprintln(w, "\ncommands:")
	for _, n := range Names() {
		c := commands[n]
		fmt.Fprintf(w, "  %-12s %s\n", n, c.summary)
	}
	fmt.Fprintln(w, "\nRun \"rapporteur COMMAND --help\" for a command's options.")
}

// newFlags returns a flag set for command c that prints its usage on --help.
// Flags may come before or after positional arguments: parse reorders them.
func newFlags(c *command, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: rapporteur %s %s\n\n%s\n", c.name, c.usage, c.summary)
		if hasFlags(fs) {
			fmt.Fprintln(stderr, "\noptions:")
			fs.PrintDefaults()
		}
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// parse parses args allowing flags after positional arguments, and checks
// that the number of positional arguments is within [min, max] (max < 0: any).
func parse(fs *flag.FlagSet, args []string, min, max int) ([]string, error) {
	var pos []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, flag.ErrHelp
			}
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		if rest[0] == "--" {
			pos = append(pos, rest[1:]...)
			break
		}
		pos = append(pos, rest[0])
		rest = rest[1:]
	}
	if len(pos) < min || (max >= 0 && len(pos) > max) {
		return nil, fmt.Errorf("%w: wrong number of arguments", errUsage)
	}
	return pos, nil
}
