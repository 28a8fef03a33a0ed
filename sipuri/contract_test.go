package sipuri

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/sipplay/sipplay/internal/fixcontract"
	"github.com/stretchr/testify/require"
)

// The fix contract (package fixcontract), held over a corpus generated here.

// reveals says where fixing a finding may reveal an error it hid: Check
// reads on from the next delimiter after a syntax error and reports only
// the first, so a grammar fix may reveal a later grammar error, and a
// Twilio rule's error about the part that was malformed.
func reveals(fixed, found string) fixcontract.Reveal {
	grammar := func(code string) bool {
		return code == CodeSyntax || code == CodeScheme || code == CodeXMLEscaped || code == CodeDuplicateParam
	}
	switch {
	case !grammar(fixed):
		return fixcontract.None
	case grammar(found):
		return fixcontract.PastEdit
	}
	return fixcontract.Anywhere
}

// assertFixContract checks the contract for every fix of Check(s).
func assertFixContract(t testing.TB, s string) {
	t.Helper()
	for _, d := range Check(s) {
		if d.Fix == nil {
			continue
		}
		if why := fixcontract.Check(s, findings([]Diagnostic{d})[0], func(t string) []fixcontract.Finding { return findings(Check(t)) }, reveals); why != "" {
			t.Errorf("Check(%q): fix %q of %s (%s) gives %q: %s; after it:%s", s, d.Fix.Title, d.Code, d.Message, d.Fix.Apply(s), why, describeFindings(Check(d.Fix.Apply(s))))
		}
	}
}

// vendorURIs reads testdata/vendor-uris.txt.
func vendorURIs(t testing.TB) []string { return readURIs(t, "testdata/vendor-uris.txt") }

// readURIs reads a file of URIs, one per line, where '#' starts a comment.
func readURIs(t testing.TB, name string) []string {
	f, err := os.Open(name)
	require.NoError(t, err)
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	require.NoError(t, sc.Err())
	return out
}

// mutationAlphabet are the characters the corpus inserts and replaces
// with: URI delimiters, what people paste (whitespace, quotes, brackets,
// XML and percent escapes), letters, digits and non-ASCII.
var mutationAlphabet = []string{" ", "\t", "<", ">", "\"", "'", "&", ";", ":", "?", "=", "@", "%", ".", "[", "]",
	"/", "-", "+", "_", "#", ",", "x", "X", "0", "1", "9", "a", "S", "\u00a0", "é"}

// mutations returns every text one insertion, deletion or replacement of
// one character (from mutationAlphabet) away from s, at every position.
func mutations(s string) []string {
	var out []string
	for i := 0; i <= len(s); i++ {
		for _, c := range mutationAlphabet {
			out = append(out, s[:i]+c+s[i:])
			if i < len(s) {
				out = append(out, s[:i]+c+s[i+1:])
			}
		}
		if i < len(s) {
			out = append(out, s[:i]+s[i+1:])
		}
	}
	return out
}

// contractURIs are the valid URIs whose mutations the property test
// checks: short enough to mutate everywhere.
func contractURIs(t testing.TB) []string {
	var out []string
	for _, l := range [][]string{rfc3261Examples, rfc5118Valid, twilioExamples, vendorURIs(t), {
		"sip:alice@example.com;transport=tls;secure=true;region=ie1?X-a=1&User-to-User=1",
		"sips:+15551234567@pbx.example.com:5061",
		"sip:[2001:db8::1]:5080;transport=tcp",
		"sip:kate@192.0.2.10;lr?X-Note=a%20b",
	}} {
		for _, s := range l {
			if len(s) <= 100 {
				out = append(out, s)
			}
		}
	}
	return out
}

func TestFixContract(t *testing.T) {
	texts := 0
	for _, s := range contractURIs(t) {
		for _, m := range append(mutations(s), s) {
			texts++
			assertFixContract(t, m)
			if t.Failed() {
				return // the first failing text says enough
			}
		}
	}
	t.Logf("%d texts", texts)
}

// FuzzFixContract applies every fix Check gives for the input and holds
// the contract.
func FuzzFixContract(f *testing.F) {
	for _, s := range seedURIs {
		f.Add(s)
	}
	for _, s := range vendorURIs(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 512 {
			return // the fixes of long texts are the same rules, slower
		}
		assertFixContract(t, s)
	})
}

// findings converts diagnostics for package fixcontract.
func findings(ds []Diagnostic) []fixcontract.Finding {
	out := make([]fixcontract.Finding, len(ds))
	for i, d := range ds {
		out[i] = fixcontract.Finding{Start: d.Start, End: d.End, Code: d.Code, Message: d.Message, Error: d.Severity == Error}
		if f := d.Fix; f != nil {
			out[i].Fix = &fixcontract.Fix{Start: f.Start, End: f.End, NewText: f.NewText}
		}
	}
	return out
}
