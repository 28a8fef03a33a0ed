package main

import (
	"flag"
	"fmt"
	"os"
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
or for an argument "-", standard input is read as one URI per line and
reported as <stdin> with the line and column in it; blank lines and lines
starting with # are skipped, and blanks around a URI are not part of it. To check the URIs in a
file, give it as standard input: sipplay check < uris.txt.
`,
	flags: func(fs *flag.FlagSet, e env) func([]string) int {
		out := addOutputFlags(fs)
		return func(uris []string) int {
			rep := &report{stderr: e.stderr}
			if len(uris) == 0 {
				uris = []string{"-"}
			}
			stdinRead := false
			for i, u := range uris {
				name := fmt.Sprintf("<arg%d>", i+1)
				switch {
				case u == "-" && stdinRead:
					rep.trouble("%s: -: standard input can be read only once", name)
				case u == "-":
					stdinRead = true
					if text, err := readText(e.stdin); err != nil {
						rep.trouble("<stdin>: %v", err)
					} else {
						checkLines(rep, &document{name: "<stdin>", text: text})
					}
				default:
					if isFile(u) {
						rep.note("%s: %s is a file; check takes URIs, so give a file of URIs, one per line, as standard input: sipplay check < %s", name, quoteName(u), quoteName(u))
					}
					rep.add(&document{name: name, text: u}, sipuri.Check(u))
				}
			}
			if err := rep.write(e.stdout, out.format, e.terminal); err != nil {
				rep.trouble("writing the findings: %v", err)
			}
			return rep.status(out.failOn)
		}
	},
}

// isFile reports whether arg names a regular file and is no SIP URI, as
// when a file of URIs is given where the URIs go.
func isFile(arg string) bool {
	if strings.HasPrefix(strings.ToLower(arg), "sip:") || strings.HasPrefix(strings.ToLower(arg), "sips:") {
		return false
	}
	fi, err := os.Stat(arg)
	return err == nil && fi.Mode().IsRegular()
}

// checkLines checks each line of doc as one URI, without the blanks around
// it, and reports the findings at their place in doc. Blank lines and
// comments (lines starting with #) are skipped: no SIP URI starts with #.
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
		if trimmed != "" && !strings.HasPrefix(trimmed, "#") {
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
