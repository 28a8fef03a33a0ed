package sipuri

import (
	"reflect"
	"testing"
)

// FuzzURI holds the package's promises on any input: no panic; Parse,
// String and Parse again give an equal URI; Check's spans and fixes lie in
// the text and are sorted; Parse fails exactly when Check reports a
// grammar finding; every Fix removes its finding; Explain's parts are
// spans of the text.
func FuzzURI(f *testing.F) {
	for _, s := range seedURIs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkProperties(t, s)
	})
}

// checkProperties asserts every property of FuzzURI on s.
func checkProperties(t *testing.T, s string) {
	t.Helper()
	u, err := Parse(s)
	if err == nil {
		out := u.String()
		u2, err2 := Parse(out)
		if err2 != nil {
			t.Fatalf("Parse(%q).String() = %q, which does not parse: %v", s, out, err2)
		}
		if !reflect.DeepEqual(u, u2) {
			t.Fatalf("round trip of %q through %q:\n got %#v\nwant %#v", s, out, u2, u)
		}
	} else {
		se, ok := err.(*SyntaxError)
		if !ok || se.Offset < 0 || se.Offset > len(s) || se.Msg == "" {
			t.Fatalf("Parse(%q) error %#v is not a *SyntaxError within the text", s, err)
		}
	}
	diags := Check(s)
	grammar := false
	for i, d := range diags {
		if d.Start < 0 || d.Start > d.End || d.End > len(s) {
			t.Fatalf("Check(%q): span %d-%d of %s out of bounds", s, d.Start, d.End, d.Code)
		}
		if i > 0 && diags[i-1].Start > d.Start {
			t.Fatalf("Check(%q): findings not sorted by Start: %v", s, diags)
		}
		if d.Code == "" || d.Message == "" || d.Severity.String() == "unknown" {
			t.Fatalf("Check(%q): incomplete finding %+v", s, d)
		}
		switch d.Code {
		case "syntax", "scheme", "duplicate-param":
			grammar = true
		case "xml-escaped", "scheme-slashes": // these may still parse, as sip:a&amp;b@h and sip://a@h do
			grammar = grammar || err != nil
		}
		if f := d.Fix; f != nil && (i < 16 || len(s) < 512) {
			if f.Start < 0 || f.Start > f.End || f.End > len(s) {
				t.Fatalf("Check(%q): fix %+v of %s out of bounds", s, f, d.Code)
			}
			assertFixRemoves(t, s, d)
		}
	}
	if grammar != (err != nil) {
		t.Fatalf("Check(%q) grammar finding = %v but Parse error = %v; findings %+v", s, grammar, err, diags)
	}
	for _, p := range Explain(s) {
		if p.Start < 0 || p.Start > p.End || p.End > len(s) || s[p.Start:p.End] != p.Value {
			t.Fatalf("Explain(%q): part %+v is not a span of the text", s, p)
		}
	}
}

// assertFixRemoves applies d's fix and asserts that no finding with the
// same code and message starts where d's start has moved to.
func assertFixRemoves(t *testing.T, s string, d Diagnostic) {
	t.Helper()
	f := d.Fix
	fixed := f.Apply(s)
	start := d.Start
	switch {
	case start >= f.End:
		start += len(f.NewText) - (f.End - f.Start)
	case start > f.Start:
		start = f.Start
	}
	for _, d2 := range Check(fixed) {
		if d2.Code == d.Code && d2.Message == d.Message && d2.Start == start {
			t.Fatalf("Check(%q): fix %q of %s gives %q, which still has it at %d: %s", s, f.Title, d.Code, fixed, start, d.Message)
		}
	}
}
