package main

import (
	"flag"
	"fmt"
	"slices"
	"strings"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/sipuri"
	"github.com/sipplay/sipplay/twiml"
)

// codeTables are the packages' lists of help entries, the ones the page
// shows too. The first entry for a code wins.
var codeTables = []func() []sipuri.CodeDoc{sipuri.Codes, twiml.Codes, calls.Codes}

// codeDocs returns every help entry, once per code, in table order.
func codeDocs() []sipuri.CodeDoc {
	var out []sipuri.CodeDoc
	for _, table := range codeTables {
		for _, d := range table() {
			if !slices.ContainsFunc(out, func(o sipuri.CodeDoc) bool { return o.Code == d.Code }) {
				out = append(out, d)
			}
		}
	}
	return out
}

// lookupCode returns the help entry of code, written as a finding shows it
// ([transport-case], with its brackets) or in any case.
func lookupCode(code string) (sipuri.CodeDoc, bool) {
	code = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(code), "["), "]")
	for _, d := range codeDocs() {
		if strings.EqualFold(d.Code, code) {
			return d, true
		}
	}
	return sipuri.CodeDoc{}, false
}

// closestCode returns the code nearest to an unknown one, when it is near
// enough to be a typo (transport_case for transport-case), or "".
func closestCode(code string) string {
	best, bestD := "", 0
	for _, d := range codeDocs() {
		if n := sipuri.EditDistance(strings.ToLower(code), d.Code); best == "" || n < bestD {
			best, bestD = d.Code, n
		}
	}
	if bestD > max(1, len(best)/4) {
		return ""
	}
	return best
}

// helpText is a help entry as plain text: what it means, why, and where it
// comes from.
func helpText(d sipuri.CodeDoc) string {
	var b strings.Builder
	b.WriteString(d.Summary)
	if d.Why != "" {
		b.WriteString("\n\n" + d.Why)
	}
	if d.Source != "" {
		b.WriteString("\n\nSource: " + d.Source)
	}
	return b.String()
}

var explainCommand = &command{
	name:    "explain",
	args:    "CODE…",
	summary: "print the help entry of a finding code",
	about: `Explain prints what a finding code means, why Twilio cares and where the rule
comes from: the help entries the playground shows. The code is the word in
brackets at the end of a text finding, like [transport] (given with or
without its brackets).
`,
	flags: func(fs *flag.FlagSet, e env) func([]string) int {
		return func(args []string) int {
			if len(args) == 0 {
				return usageError(e, "explain", "name a finding code, like: sipplay explain transport")
			}
			status := exitClean
			for i, code := range args {
				d, ok := lookupCode(code)
				if !ok {
					if near := closestCode(code); near != "" {
						fmt.Fprintf(e.stderr, "sipplay explain: no finding code %q; did you mean %s?\n", code, near)
						status = exitTrouble
						continue
					}
					fmt.Fprintf(e.stderr, "sipplay explain: no finding code %q%s\n", code, knownCodes())
					status = exitTrouble
					continue
				}
				if i > 0 {
					fmt.Fprintln(e.stdout)
				}
				fmt.Fprintf(e.stdout, "%s (%s)\n\n%s\n", d.Code, d.Severity, helpText(d))
			}
			return status
		}
	},
}

// knownCodes lists the codes that have help entries, for an error message.
func knownCodes() string {
	var codes []string
	for _, d := range codeDocs() {
		codes = append(codes, d.Code)
	}
	if len(codes) == 0 {
		return ""
	}
	return "; known codes: " + strings.Join(codes, ", ")
}
