package e2e

// Pane 2: the builder renders the vendor's documented examples, and pasting
// XML fills the builder (issue 5).

import (
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// xmlDecl is the declaration SPEC §2 requires on every rendered document.
const xmlDecl = `<?xml version="1.0" encoding="UTF-8"?>`

// canonical reduces an XML document to what "semantically equal" means in
// SPEC §2: the same elements, the same attribute names and values (in any
// order), the same trimmed text. It uses encoding/xml, which is fine in a
// test (the app itself must not import it).
func canonical(doc string) (string, error) {
	dec := xml.NewDecoder(strings.NewReader(doc))
	var b strings.Builder
	depth := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			attrs := make([]string, 0, len(tok.Attr))
			for _, a := range tok.Attr {
				attrs = append(attrs, fmt.Sprintf("%s=%q", a.Name.Local, a.Value))
			}
			slices.Sort(attrs)
			fmt.Fprintf(&b, "%s<%s %s>\n", strings.Repeat("  ", depth), tok.Name.Local, strings.Join(attrs, " "))
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if s := strings.TrimSpace(string(tok)); s != "" {
				fmt.Fprintf(&b, "%s%q\n", strings.Repeat("  ", depth), s)
			}
		}
	}
	return b.String(), nil
}

// assertSameTwiML checks that got is a whole TwiML document semantically
// equal to want.
func assertSameTwiML(t *testing.T, want, got, what string) {
	t.Helper()
	assert.True(t, strings.HasPrefix(got, xmlDecl), "%s: the document starts with the XML declaration; got:\n%s", what, got)
	w, err := canonical(want)
	require.NoError(t, err, "%s: the expected document", what)
	g, err := canonical(got)
	if !assert.NoError(t, err, "%s: twiml-output is not well-formed:\n%s", what, got) {
		return
	}
	assert.Equal(t, w, g, "%s: twiml-output differs from the vendor's document; got:\n%s", what, got)
}

// screeningExample is the <Sip> page's "Dial with several attributes"
// example as printed there, odd line breaks included.
const screeningExample = `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial
     record="record-from-answer"
     timeout="10"
     hangupOnStar="true"
     callerId="bob"
     method="POST"
     action="/handle_post_dial">

        <Sip
         method="POST"
         url="/handle_screening_on_answer">
            sip:kate@example.com?customheader=foo
        </Sip>
    </Dial>
</Response>`

// builderExamples are the <Sip> page's examples (../shared/reference/
// twiml-sip-noun-*.txt), as field settings and the document the page shows.
var builderExamples = []struct {
	name   string
	fields [][2]string // test hook, value, in order
	want   string      // the vendor's document, copied by hand
}{
	{
		name: "authentication",
		fields: [][2]string{
			{"sip-0-uri", "sip:kate@example.com"},
			{"sip-0-username", "admin"},
			{"sip-0-password", "1234"},
		},
		want: `<?xml version="1.0" encoding="UTF-8"?>
<Response>
<Dial>
    <Sip username="admin" password="1234">sip:kate@example.com</Sip>
</Dial>
</Response>`,
	},
	{
		name: "custom headers",
		fields: [][2]string{
			{"sip-0-uri", "sip:jack@example.com?mycustomheader=foo&myotherheader=bar"},
		},
		want: `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial>
        <Sip>
            sip:jack@example.com?mycustomheader=foo&amp;myotherheader=bar
        </Sip>
    </Dial>
</Response>`,
	},
	{
		name: "region ie1",
		fields: [][2]string{
			{"sip-0-uri", "sip:alice@example.com;region=ie1"},
		},
		want: `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial>
        <Sip>sip:alice@example.com;region=ie1</Sip>
    </Dial>
</Response>`,
	},
	{
		name: "dial with several attributes",
		fields: [][2]string{
			{"dial-record", "record-from-answer"},
			{"dial-timeout", "10"},
			{"dial-hangupOnStar", "true"},
			{"dial-callerId", "bob"},
			{"dial-method", "POST"},
			{"dial-action", "/handle_post_dial"},
			{"sip-0-method", "POST"},
			{"sip-0-url", "/handle_screening_on_answer"},
			{"sip-0-uri", "sip:kate@example.com?customheader=foo"},
		},
		want: screeningExample,
	},
	{
		name: "call progress events",
		fields: [][2]string{
			{"sip-0-uri", "sip:kate@example.com"},
			{"sip-0-statusCallbackEvent", "initiated ringing answered completed"},
			{"sip-0-statusCallback", "https://myapp.com/calls/events"},
			{"sip-0-statusCallbackMethod", "POST"},
		},
		want: `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial>
        <Sip
         statusCallbackEvent='initiated ringing answered completed'
         statusCallback='https://myapp.com/calls/events'
         statusCallbackMethod='POST'>
            sip:kate@example.com
        </Sip>
    </Dial>
</Response>`,
	},
}

func TestBuilderRendersDocumentedExamples(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	tb.require("twiml-output")
	for _, ex := range builderExamples {
		for _, f := range ex.fields {
			tb.set(f[0], f[1])
		}
		want, err := canonical(ex.want)
		require.NoError(t, err)
		tb.eventually("twiml-output shows "+ex.name, func() (bool, string) {
			got, err := canonical(tb.text("twiml-output"))
			return err == nil && got == want, tb.text("twiml-output")
		})
		assertSameTwiML(t, ex.want, tb.text("twiml-output"), ex.name)
		// Back to the default builder for the next example.
		for _, f := range ex.fields {
			tb.set(f[0], "")
		}
	}
	tb.assertClean()
}

func TestPastingXMLFillsBuilder(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tests := []struct {
		name   string
		xml    string
		fields [][2]string // test hook, the value the builder must show
	}{
		{
			name: "dial with several attributes",
			// As printed on the vendor page, odd line breaks included.
			xml: screeningExample,
			fields: [][2]string{
				{"dial-record", "record-from-answer"},
				{"dial-timeout", "10"},
				{"dial-hangupOnStar", "true"},
				{"dial-callerId", "bob"},
				{"dial-method", "POST"},
				{"dial-action", "/handle_post_dial"},
				{"sip-0-method", "POST"},
				{"sip-0-url", "/handle_screening_on_answer"},
				{"sip-0-uri", "sip:kate@example.com?customheader=foo"},
			},
		},
		{
			name: "authentication",
			xml: `<?xml version="1.0" encoding="UTF-8"?>
<Response>
<Dial>
    <Sip username="admin" password="1234">sip:kate@example.com</Sip>
</Dial>
</Response>`,
			fields: [][2]string{
				{"sip-0-uri", "sip:kate@example.com"},
				{"sip-0-username", "admin"},
				{"sip-0-password", "1234"},
			},
		},
		{
			name: "sequential",
			xml: `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial sequential="true">
        <Sip>sip:alice@example.com</Sip>
        <Sip>sip:bob@example.com</Sip>
        <Sip>sip:charlie@example.com</Sip>
    </Dial>
</Response>`,
			fields: [][2]string{
				{"dial-sequential", "true"},
				{"sip-0-uri", "sip:alice@example.com"},
				{"sip-1-uri", "sip:bob@example.com"},
				{"sip-2-uri", "sip:charlie@example.com"},
			},
		},
	}
	tb := openTab(t, srv)
	tb.open(srv.home())
	for _, tt := range tests {
		tb.set("twiml-input", tt.xml)
		for _, f := range tt.fields {
			tb.eventually(fmt.Sprintf("%s: the builder's %s shows %q", tt.name, f[0], f[1]), func() (bool, string) {
				got := tb.value(f[0])
				return got == f[1], fmt.Sprintf("%q (present: %v)", got, tb.present(f[0]))
			})
		}
		// A paste that maps onto a <Dial> is clean but for the vendor's
		// own non-X- header and the several nouns of a sequential dial.
		for _, c := range codes(tb.diags("twiml-diagnostics")) {
			assert.Contains(t, []string{"header-not-allowed/error", "header-not-allowed/warning", "dial-multiple-nouns/warning"}, c, "finding on the pasted %s", tt.name)
		}
	}
	tb.assertClean()
}

func TestTwiMLFindingsShowInPane2(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	doc := `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial statusCallbackEvent="answered">
        <Sip>sip:alice@example.com?X-A=1&X-B=2</Sip>
    </Dial>
</Response>`
	tb.set("twiml-input", doc)
	tb.eventually("xml-syntax for the bare & between headers", func() (bool, string) {
		got := codes(tb.diags("twiml-diagnostics"))
		return slices.Contains(got, "xml-syntax/error"), strings.Join(got, " ")
	})
	// The underline sits on the bare '&'.
	amp := strings.Index(doc, "&X-B")
	spans := tb.overlaySpans("twiml-output")
	i := slices.IndexFunc(spans, func(s span) bool { return s.Code == "xml-syntax" })
	if assert.GreaterOrEqual(t, i, 0, "xml-syntax underlined; spans %v", spans) {
		assert.Equal(t, amp, spans[i].Start, "xml-syntax starts at the bare &")
	}
	// Its fix writes &amp;, after which the Dial attribute is the finding.
	tb.clickCSS(`[data-testid="twiml-diagnostics"] [data-testid="fix"][data-code="xml-syntax"]`)
	tb.eventually("xml-syntax fixed, unknown-attribute found", func() (bool, string) {
		got := codes(tb.diags("twiml-diagnostics"))
		return !slices.Contains(got, "xml-syntax/error") && slices.Contains(got, "unknown-attribute/error"), strings.Join(got, " ")
	})
	assert.Contains(t, tb.value("twiml-input"), "X-A=1&amp;X-B=2", "the fix escaped the &")
	tb.assertClean()
}
