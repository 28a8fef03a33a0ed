package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sipplay/sipplay/twiml"
)

// FuzzLintText feeds arbitrary bytes through everything sipplay does with a
// file: the reader's size and UTF-8 checks, the root-element test, the
// checks, every output format, the fixes and the diff. Nothing may panic,
// every position is 1-based, and the JSON and SARIF outputs are valid JSON.
func FuzzLintText(f *testing.F) {
	for _, dir := range []string{"testdata/vendor", "testdata/broken", "testdata/broken/nested"} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.xml"))
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("sip:alice@example.com;region=eu1\n  sips:bob@[::1]:5061 \r\n"))
	f.Add([]byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Response>\xe9</Response>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := readText(bytes.NewReader(data))
		if err != nil {
			if len(data) <= maxInput && bytes.Equal(bytes.ToValidUTF8(data, nil), data) {
				t.Fatalf("readText rejected a valid input: %v", err)
			}
			return
		}
		_ = isTwiML(rootElement(text))
		doc := &document{name: "f.xml", text: text}
		rep := &report{stderr: &bytes.Buffer{}}
		rep.add(doc, twiml.Check(text))
		checkLines(rep, &document{name: "<stdin>", text: text})
		for _, fd := range rep.findings {
			s, e := fd.span()
			if s.line < 1 || s.col < 1 || e.line < s.line || e.line == s.line && e.col < s.col {
				t.Fatalf("bad span %+v-%+v for %+v in %q", s, e, fd.Diagnostic, text)
			}
		}
		for _, format := range formats {
			for _, terminal := range []bool{false, true} {
				var out bytes.Buffer
				if err := rep.write(&out, format, terminal); err != nil {
					t.Fatalf("%s: %v", format, err)
				}
				if (format == "json" || format == "sarif") && !json.Valid(out.Bytes()) {
					t.Fatalf("%s output is not JSON: %s", format, out.String())
				}
				if format == "text" && strings.ContainsRune(out.String(), '\x1b') {
					t.Fatalf("an escape character reached the terminal: %q", out.String())
				}
			}
		}
		res := applyFixes(text, twiml.Check)
		d := unifiedDiff("f.xml", text, res.text)
		if (d == "") != (res.text == text) {
			t.Fatalf("diff %q for a text that changed: %v", d, res.text != text)
		}
		// --fix run again changes nothing, unless the fixes did not settle.
		if !slices.ContainsFunc(res.left, func(l leftFix) bool { return strings.Contains(l.why, "did not settle") }) {
			if again := applyFixes(res.text, twiml.Check); again.text != res.text {
				t.Fatalf("a second --fix changes %q into %q (the first gave it from %q)", res.text, again.text, text)
			}
		}
	})
}

// FuzzRequestJSON: any bytes given to request --json either make a request
// that is checked and printed, or a clear error; nothing panics.
func FuzzRequestJSON(f *testing.F) {
	f.Add([]byte(`{"To": "sip:alice@example.com;transport=TCP", "From": "bob", "Timeout": 30, "Record": true, "StatusCallbackEvent": ["ringing", "answered"]}`))
	f.Add([]byte(`{"To": null, "Url": "https://example.com/t", "StatusCallbackEvent": "ringing answered"}`))
	f.Add([]byte(`{"Bogus": 1}`))
	f.Add([]byte(`[1, 2]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var out, errOut bytes.Buffer
		status := run([]string{"request", "--json", "-", "--format", "json", "--print", "snippet:python"},
			env{stdin: bytes.NewReader(data), stdout: &out, stderr: &errOut})
		switch status {
		case exitTrouble:
			if errOut.Len() == 0 {
				t.Fatalf("status 2 without a message for %q", data)
			}
		case exitClean, exitFindings:
			if !json.Valid(errOut.Bytes()) {
				t.Fatalf("the findings are not JSON: %q", errOut.String())
			}
		default:
			t.Fatalf("status %d for %q", status, data)
		}
	})
}
