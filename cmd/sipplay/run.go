package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/sipplay/sipplay/sipuri"
)

// A command is one of sipplay's subcommands.
type command struct {
	name    string
	args    string // the synopsis after the command name
	summary string // one line for the top-level help
	about   string // the paragraphs of its --help, before the flags
	// flags registers the command's flags on fs and returns the function
	// that runs it with the positional arguments.
	flags func(fs *flag.FlagSet, e env) func(args []string) int
}

// commands lists the subcommands in the order the help shows them.
var commands []*command

func init() {
	commands = []*command{checkCommand, lintCommand, requestCommand, explainCommand}
}

// run runs sipplay with the command-line arguments args (without the program
// name) and returns the exit status.
func run(args []string, e env) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, mainUsage())
		return exitTrouble
	}
	switch name := args[0]; name {
	case "-h", "-help", "--help", "help":
		if name == "help" && len(args) > 1 {
			if c := lookupCommand(args[1]); c != nil {
				fmt.Fprint(e.stdout, commandUsage(c, newFlagSet(c, e)))
				return exitClean
			}
			return usageError(e, "", fmt.Sprintf("unknown command %q", args[1]))
		}
		fmt.Fprint(e.stdout, mainUsage())
		return exitClean
	default:
		c := lookupCommand(name)
		if c == nil {
			return usageError(e, "", fmt.Sprintf("unknown command %q", name))
		}
		return runCommand(c, args[1:], e)
	}
}

func lookupCommand(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// newFlagSet returns c's flag set, with the run function its flags feed.
func newFlagSet(c *command, e env) *flag.FlagSet {
	fs, _ := newCommandFlags(c, e)
	return fs
}

func newCommandFlags(c *command, e env) (*flag.FlagSet, func([]string) int) {
	fs := flag.NewFlagSet("sipplay "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors and help are printed here, not by the flag package
	runArgs := c.flags(fs, e)
	return fs, runArgs
}

// runCommand parses c's flags, which may come before, between or after the
// positional arguments ("--" ends the flags), and runs it.
func runCommand(c *command, args []string, e env) int {
	fs, runArgs := newCommandFlags(c, e)
	var positional []string
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(e.stdout, commandUsage(c, fs))
			return exitClean
		}
		if err != nil {
			return usageError(e, c.name, err.Error()+flagHint(fs, err))
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if consumed := args[:len(args)-len(rest)]; len(consumed) > 0 && consumed[len(consumed)-1] == "--" {
			positional = append(positional, rest...)
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	return runArgs(positional)
}

// flagHint suggests the flag meant by an unknown one that differs from it
// only in case and dashes (--to for --To, --status-callback-event for
// --StatusCallbackEvent, as the twilio CLI spells them), or returns "".
func flagHint(fs *flag.FlagSet, err error) string {
	name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -")
	if !ok {
		return ""
	}
	bare := strings.ReplaceAll(name, "-", "")
	hint := ""
	fs.VisitAll(func(f *flag.Flag) {
		if hint == "" && strings.EqualFold(strings.ReplaceAll(f.Name, "-", ""), bare) {
			hint = "; did you mean --" + f.Name + "?"
		}
	})
	return hint
}

// usageError prints msg and where to find help, and returns exitTrouble.
func usageError(e env, cmd, msg string) int {
	name := "sipplay"
	if cmd != "" {
		name += " " + cmd
	}
	fmt.Fprintf(e.stderr, "%s: %s\nRun '%s --help' for usage.\n", name, msg, name)
	return exitTrouble
}

func mainUsage() string {
	var b strings.Builder
	b.WriteString("sipplay checks SIP URIs, TwiML documents and Twilio Calls requests.\n\nUsage:\n")
	for _, c := range commands {
		fmt.Fprintf(&b, "  sipplay %s %s\n      %s\n", c.name, c.args, c.summary)
	}
	b.WriteString(`
Run 'sipplay COMMAND --help' for a command's flags.

Findings are printed as file:line:col: severity: message [code], or with
--format json, sarif or github. Lines and columns are 1-based, and a column
counts characters (Unicode code points), not bytes.

Exit status: 0 when no finding is at or above --fail-on (default error),
1 when one is, 2 for a usage, input or I/O error.
`)
	return b.String()
}

// commandUsage is c's --help: the synopsis, the description and every flag.
func commandUsage(c *command, fs *flag.FlagSet) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Usage: sipplay %s %s\n\n%s", c.name, c.args, c.about)
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		b.WriteString("\nFlags:\n")
	}
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		fmt.Fprintf(&b, "  --%s", f.Name)
		if name != "" {
			fmt.Fprintf(&b, " %s", name)
		}
		fmt.Fprintf(&b, "\n      %s", strings.ReplaceAll(usage, "\n", "\n      "))
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "[]" {
			fmt.Fprintf(&b, " (default %s)", f.DefValue)
		}
		b.WriteString("\n")
	})
	return b.String()
}

// output holds the flags every checking command has.
type output struct {
	format string
	failOn failLevel
}

// failLevel is the value of --fail-on: the least serious severity that fails
// the run, or none.
type failLevel struct {
	none     bool
	severity sipuri.Severity
}

func (l failLevel) String() string {
	if l.none {
		return "none"
	}
	return l.severity.String()
}

// Set parses error, warning, info or none.
func (l *failLevel) Set(s string) error {
	if s == "none" {
		*l = failLevel{none: true}
		return nil
	}
	for sev := sipuri.Error; sev <= sipuri.Info; sev++ {
		if s == sev.String() {
			*l = failLevel{severity: sev}
			return nil
		}
	}
	return fmt.Errorf("want error, warning, info or none")
}

// fails reports whether a finding of severity sev fails the run.
func (l failLevel) fails(sev sipuri.Severity) bool {
	return !l.none && sev <= l.severity
}

// formats lists the values of --format.
var formats = []string{"text", "json", "sarif", "github"}

func addOutputFlags(fs *flag.FlagSet) *output {
	o := &output{format: "text"}
	fs.Func("format", "how findings are printed: `text`, json, sarif or github (default text)", func(s string) error {
		for _, f := range formats {
			if s == f {
				o.format = s
				return nil
			}
		}
		return fmt.Errorf("want one of %s", strings.Join(formats, ", "))
	})
	fs.Var(&o.failOn, "fail-on", "the least serious `severity` that makes the exit status 1: error, warning, info or none")
	return o
}
