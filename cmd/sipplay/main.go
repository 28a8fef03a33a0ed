// Command sipplay runs the playground's checks in a terminal, a pre-commit hook
// or CI: SIP URIs, TwiML files and Calls create requests.
//
//	sipplay check URI…          check SIP URIs (no URI: one per line from standard input)
//	sipplay lint PATH…          check TwiML files; a directory is walked for *.xml files
//	sipplay request [flags]     check a Calls create request, print its body, curl or a snippet
//	sipplay explain CODE        print the help entry of a finding code
//
// Findings are printed as text, JSON, SARIF 2.1.0 or GitHub workflow commands
// (--format). Lines and columns are 1-based; a column counts Unicode
// characters (code points), not bytes; JSON also gives the byte offsets.
//
// The exit status is 0 when no finding is at or above --fail-on (error by
// default), 1 when one is, and 2 for a usage, input or I/O error.
package main

import (
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], env{
		stdin:    os.Stdin,
		stdout:   os.Stdout,
		stderr:   os.Stderr,
		terminal: isTerminal(os.Stdout),
	}))
}

// The exit statuses.
const (
	exitClean    = 0 // no finding at or above --fail-on
	exitFindings = 1 // at least one finding at or above --fail-on
	exitTrouble  = 2 // a usage, input or I/O error
)

// env is what a run reads from and writes to.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	terminal       bool // stdout is a terminal: text findings show the source line and a caret
}

// isTerminal reports whether f is a character device, as a terminal is.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
