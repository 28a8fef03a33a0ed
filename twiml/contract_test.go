package twiml

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sipplay/sipplay/internal/codecheck"
	"github.com/sipplay/sipplay/internal/fixcontract"
	"github.com/sipplay/sipplay/sipuri"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// reveals says where fixing a finding may reveal an error it hid: after an
// XML error nothing more is read, an unknown element's content and an
// unknown attribute's value are not checked, and sipuri's grammar
// findings hide the rest of the URI's malformed part. A new finding of the
// fixed kind must lie past the edit; one about what the fix kept as it was
// (a URI behind an XML error) may lie anywhere.
func reveals(fixed, found string) fixcontract.Reveal {
	uriGrammar := func(code string) bool {
		return code == sipuri.CodeSyntax || code == sipuri.CodeScheme || code == sipuri.CodeXMLEscaped || code == sipuri.CodeDuplicateParam
	}
	switch {
	case fixed == CodeXMLSyntax || fixed == CodeUnknownElement || fixed == CodeUnknownAttribute:
		if found == fixed {
			return fixcontract.PastEdit
		}
		return fixcontract.Anywhere
	case uriGrammar(fixed) && uriGrammar(found):
		return fixcontract.PastEdit
	case uriGrammar(fixed) && slices.ContainsFunc(sipuri.Codes(), func(d sipuri.CodeDoc) bool { return d.Code == found }):
		return fixcontract.Anywhere
	}
	return fixcontract.None
}

// assertFixContract checks the fix contract for every fix of Check(src).
func assertFixContract(t testing.TB, src string) {
	t.Helper()
	for _, d := range Check(src) {
		if d.Fix == nil {
			continue
		}
		if why := fixcontract.Check(src, findings([]Diagnostic{d})[0], func(t string) []fixcontract.Finding { return findings(Check(t)) }, reveals); why != "" {
			t.Errorf("Check(%q): fix %q of %s (%s) gives %q: %s", src, d.Fix.Title, d.Code, d.Message, d.Fix.Apply(src), why)
		}
	}
}

// vendorDocuments are the TwiML examples of the vendor pages, copied into
// testdata/vendor, and those vendorExamples adds (the v2 page's examples
// described without their XML).
func vendorDocuments(t testing.TB) []string {
	files, err := filepath.Glob("testdata/vendor/*.xml")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		out = append(out, string(b))
	}
	for _, ex := range vendorExamples {
		if !slices.Contains(out, ex.xml) {
			out = append(out, ex.xml)
		}
	}
	return out
}

// contractDocuments are the documents whose mutations the property test
// checks: the vendor examples and documents with what the fixes must
// respect (CDATA, references, attribute values, Sip bodies with findings).
func contractDocuments(t testing.TB) []string {
	return append(vendorDocuments(t),
		`<Response><Dial method="get" timeout="30" recordingStatusCallbackEvent="completed"><Sip username="u" password="p">sip:a@example.com;transport=tls?X-a=1&amp;X-b=2</Sip></Dial></Response>`,
		`<Response><Dial><Sip><![CDATA[sip:a@example.com;region=ie1?X-a=1&X-b=2]]></Sip></Dial></Response>`,
		`<Response><Dial><Sip><![CDATA[<sip:a@example.com?X-a=1&amp;X-b=2>]]></Sip></Dial></Response>`,
		`<Response><Dial><Sip statusCallbackEvent="initiated ringing">&lt;sip:a@example.com&gt;</Sip></Dial></Response>`,
	)
}

// twimlAlphabet are the characters the corpus inserts and replaces with:
// XML's delimiters and escapes, the URI's, whitespace and letters.
var twimlAlphabet = []string{"<", ">", "&", "\"", "'", "/", "=", ";", ":", "?", "@", "%", " ", "\n", "]", "!", "a", "S", "x", "1"}

// documentMutations returns every document one insertion, deletion or
// replacement of one character (from twimlAlphabet) away from s.
func documentMutations(s string) []string {
	var out []string
	for i := 0; i <= len(s); i++ {
		for _, c := range twimlAlphabet {
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

func TestFixContract(t *testing.T) {
	texts := 0
	for _, doc := range contractDocuments(t) {
		for _, m := range append(documentMutations(doc), doc) {
			texts++
			assertFixContract(t, m)
			if t.Failed() {
				return // the first failing document says enough
			}
		}
	}
	t.Logf("%d documents", texts)
}

// FuzzFixContract applies every fix Check gives for the document and
// holds the contract.
func FuzzFixContract(f *testing.F) {
	for _, doc := range contractDocuments(f) {
		f.Add(doc)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 2048 {
			return // longer documents hold the same rules, slower
		}
		assertFixContract(t, src)
	})
}

// Every code twiml's checks can report has its entry in Codes, once; the
// codes are read from the source (every Code constant passed to add).
// sipuri's codes, which findings about a <Sip> body keep, are sipuri.Codes.
func TestCodesDocumented(t *testing.T) {
	docs := map[string]sipuri.CodeDoc{}
	for _, d := range Codes() {
		assert.NotContains(t, docs, d.Code, "%s is listed twice", d.Code)
		docs[d.Code] = d
		assert.NotEmpty(t, d.Summary, d.Code)
		assert.NotEmpty(t, d.Why, d.Code)
		assert.True(t, strings.HasPrefix(d.Source, "https://"), "%s source %q", d.Code, d.Source)
	}
	for _, d := range sipuri.Codes() {
		assert.NotContains(t, docs, d.Code, "%s is both sipuri's and twiml's", d.Code)
	}
	consts, reported, err := codecheck.Codes(".", "add")
	require.NoError(t, err)
	require.NotEmpty(t, reported)
	for name := range reported {
		if v, ok := consts[name]; assert.True(t, ok, "%s is not a Code constant", name) {
			assert.Contains(t, docs, v, "%s (%q) has no CodeDoc", name, v)
		}
	}
	for name, v := range consts {
		assert.Contains(t, docs, v, "%s (%q) has no CodeDoc", name, v)
	}
}

// findings converts diagnostics for package fixcontract.
func findings(ds []Diagnostic) []fixcontract.Finding {
	out := make([]fixcontract.Finding, len(ds))
	for i, d := range ds {
		out[i] = fixcontract.Finding{Start: d.Start, End: d.End, Code: d.Code, Message: d.Message, Error: d.Severity == sipuri.Error}
		if f := d.Fix; f != nil {
			out[i].Fix = &fixcontract.Fix{Start: f.Start, End: f.End, NewText: f.NewText}
		}
	}
	return out
}
