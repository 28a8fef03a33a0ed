package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/sipplay/sipplay/sipuri"
)

var checkCommand = &command{
	name:    "check",
	args:    "[flags] [URI…]",
	summary: "check SIP URIs (none: one per line from standard input)",
	about: `Check checks SIP URIs against RFC 3261 and Twilio's rules, as the playground
does while you type.

Each argument is one URI, reported as <arg1>, <arg2>, …. With no argument,
standard input is read as one URI per line and reported as <stdin> with the
line and column in it; blank lines are skipped, and blanks around a URI are
not part of it.
`,
	flags: func(fs *flag.FlagSet, e env) func([]string) int {
		out := addOutputFlags(fs)
		return func(uris []string) int {
			rep := &report{stderr: e.stderr}
			if len(uris) > 0 {
				for i, u := range uris {
					doc := &document{name: fmt.Sprintf("<arg%d>", i+1), text: u}
					rep.add(doc, sipuri.Check(u))
				}
			} else if text, err := readText(e.stdin); err != nil {
				rep.trouble("<stdin>: %v", err)
			} else {
				checkLines(rep, &document{name: "<stdin>", text: text})
			}
			if err := rep.write(e.stdout, out.format, e.terminal); err != nil {
				rep.trouble("writing the findings: %v", err)
			}
			return rep.status(out.failOn)
		}
	},
}

// checkLines checks each non-blank line of doc as one URI, without the blanks
// around it, and reports the findings at their place in doc.
func checkLines(rep *report, doc *document) {
	for start := 0; start < len(doc.text); {
		end := strings.IndexByte(doc.text[start:], '\n')
		if end < 0 {
			end = len(doc.text)
		} else {
			end += start
		}
		line := doc.text[start:end]
		trimmed := strings.TrimLeft(line, " \t\uFEFF")
		lead := len(line) - len(trimmed)
		trimmed = strings.TrimRight(trimmed, " \t\r")
		if trimmed != "" {
			ds := sipuri.Check(trimmed)
			for i := range ds {
				shift(&ds[i], start+lead)
			}
			rep.add(doc, ds)
		}
		start = end + 1
	}
}

// shift moves d, and its fix, by off bytes.
func shift(d *sipuri.Diagnostic, off int) {
	d.Start += off
	d.End += off
	if d.Fix != nil {
		f := *d.Fix
		f.Start += off
		f.End += off
		d.Fix = &f
	}
}
