package sipuri

import (
	"strconv"
	"strings"
	"testing"

	"github.com/sipplay/sipplay/internal/codecheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// assertFindings checks Check(in) against want, like TestCheck, without
// dropping any finding.
func assertFindings(t *testing.T, in string, want []finding) {
	t.Helper()
	got := Check(in)
	require.Len(t, got, len(want), "Check(%q) = %s", in, describeFindings(got))
	for i, w := range want {
		d := got[i]
		assert.Equal(t, w.code, d.Code, "Check(%q)[%d] code; %s", in, i, describeFindings(got))
		assert.Equal(t, w.sev, d.Severity, "Check(%q)[%d] severity", in, i)
		assert.Equal(t, [2]int{w.start, w.end}, [2]int{d.Start, d.End}, "Check(%q)[%d] span of %s", in, i, d.Code)
		if w.fixed == "" {
			assert.Nil(t, d.Fix, "Check(%q)[%d] %s has no fix", in, i, d.Code)
		} else if assert.NotNil(t, d.Fix, "Check(%q)[%d] %s fix", in, i, d.Code) {
			assert.Equal(t, w.fixed, d.Fix.Apply(in), "Check(%q)[%d] %s fix %q", in, i, d.Code, d.Fix.Title)
		}
	}
	checkProperties(t, in)
	assertFixContract(t, in)
}

// Pasted wrappers: one finding, whose fix leaves the bare URI; never an
// "add sip:" fix that puts the scheme in front of them.
func TestCheckWrappers(t *testing.T) {
	tests := []struct {
		in   string
		want []finding
	}{
		{"<Sip>sip:kate@example.com</Sip>", []finding{{"syntax", Error, 0, 5, "sip:kate@example.com"}}},
		{`<Sip username="admin">sip:kate@example.com</Sip>`, []finding{{"syntax", Error, 0, 22, "sip:kate@example.com"}}},
		{`"sip:kate@example.com"`, []finding{{"syntax", Error, 0, 1, "sip:kate@example.com"}}},
		{`'sip:kate@example.com'`, []finding{{"syntax", Error, 0, 1, "sip:kate@example.com"}}},
		{"<sip:kate@example.com>", []finding{{"syntax", Error, 0, 1, "sip:kate@example.com"}}},
		{"To: <sip:kate@example.com>", []finding{{"syntax", Error, 0, 5, "sip:kate@example.com"}}},
		{"To: <sip:kate@example.com>;tag=1928301774", []finding{{"syntax", Error, 0, 5, "sip:kate@example.com"}}},
		{"Alice <sip:kate@example.com>", []finding{{"syntax", Error, 0, 7, "sip:kate@example.com"}}},
		{`"Alice Smith" <sip:kate@example.com>`, []finding{{"syntax", Error, 0, 15, "sip:kate@example.com"}}},
		{" \"<sip:kate@example.com>\"\n", []finding{{"syntax", Error, 0, 3, "sip:kate@example.com"}}},
		{"&lt;sip:kate@example.com&gt;", []finding{{"syntax", Error, 0, 4, "sip:kate@example.com"}}},
		{"`sip:kate@example.com`", []finding{{"syntax", Error, 0, 1, "sip:kate@example.com"}}},
		{"“sip:kate@example.com”", []finding{{"syntax", Error, 0, 3, "sip:kate@example.com"}}},
		{"‘sip:kate@example.com’", []finding{{"syntax", Error, 0, 3, "sip:kate@example.com"}}},
		{"<Response><Dial><Sip>sip:kate@example.com</Sip></Dial></Response>", []finding{{"syntax", Error, 0, 21, "sip:kate@example.com"}}},
		{`<?xml version="1.0"?><Response><Dial timeout="10"><Sip username="a">sip:kate@example.com</Sip></Dial></Response>`,
			[]finding{{"syntax", Error, 0, 68, "sip:kate@example.com"}}},
		// a document with no single <Sip> is no URI: said so, with no fix
		{"<Response><Dial><Sip>sip:a@b.com</Sip><Sip>sip:c@d.com</Sip></Dial></Response>", []finding{{"syntax", Error, 0, 78, ""}}},
		{"<Response><Dial><Number>+14155551234</Number></Dial></Response>", []finding{{"syntax", Error, 0, 63, ""}}},
		{"sip%3Akate%40example.com", []finding{{"scheme", Error, 0, 24, "sip:kate@example.com"}}},
		{"SIPS%3Akate%40example.com%3Bregion%3Die1", []finding{{"scheme", Error, 0, 40, "SIPS:kate@example.com;region=ie1"}}},
		// the URI inside is checked on, each finding on its own
		{"<sip:kate@example.com;region=eu1>", []finding{
			{"syntax", Error, 0, 1, "sip:kate@example.com;region=eu1"},
			{"region", Error, 29, 32, "<sip:kate@example.com;region=ie1>"}}},
		{"<Sip>sip:kate@example.com?X-a=1&amp;X-b=2</Sip>", []finding{
			{"syntax", Error, 0, 5, "sip:kate@example.com?X-a=1&amp;X-b=2"},
			{"xml-escaped", Error, 31, 36, "<Sip>sip:kate@example.com?X-a=1&X-b=2</Sip>"}}},
	}
	for _, tt := range tests {
		assertFindings(t, tt.in, tt.want)
		for _, d := range Check(tt.in) {
			if d.Fix != nil {
				assert.NotEqual(t, "Add sip: in front", d.Fix.Title, "Check(%q)", tt.in)
			}
		}
	}
}

// A scheme written like a web address's, or with its colon mistyped, is
// fixed to sip: or sips:; when the text may hold the scheme without its
// colon ("sip.bob@…"), no fix is certain, and nothing is read on.
func TestCheckSchemeSlashesAndColon(t *testing.T) {
	tests := []struct {
		in   string
		want []finding
	}{
		{"sip://kate@example.com", []finding{{"scheme-slashes", Error, 0, 6, "sip:kate@example.com"}}},
		{"SIPS://kate@example.com;region=ie1", []finding{{"scheme-slashes", Error, 0, 7, "SIPS:kate@example.com;region=ie1"}}},
		{"sip:///kate@example.com", []finding{{"scheme-slashes", Error, 0, 7, "sip:kate@example.com"}}},
		{"sip://example.com", []finding{{"scheme-slashes", Error, 0, 6, "sip:example.com"}}},
		{"sip://", []finding{{"scheme-slashes", Error, 0, 6, ""}, {"syntax", Error, 6, 6, ""}}},
		{"sip//kate@example.com", []finding{{"scheme", Error, 0, 5, "sip:kate@example.com"}}},
		{"sips/kate@example.com", []finding{{"scheme", Error, 0, 5, "sips:kate@example.com"}}},
		{"sip kate@example.com", []finding{{"scheme", Error, 0, 4, "sip:kate@example.com"}}},
		{"sip;kate@example.com", []finding{{"scheme", Error, 0, 4, "sip:kate@example.com"}}},
		{"sip.kate@example.com", []finding{{"scheme", Error, 0, 8, ""}}},
		{"sipkate@example.com;transport=TCP", []finding{{"scheme", Error, 0, 7, ""}}},
		{"kate@example.com", []finding{{"scheme", Error, 0, 4, "sip:kate@example.com"}}},
	}
	for _, tt := range tests {
		assertFindings(t, tt.in, tt.want)
	}
}

// A phone number or tel: URI is explained, with no fix that would make a
// host-less URI.
func TestCheckPhoneNumbers(t *testing.T) {
	for _, in := range []string{"tel:+15551234567", "+15551234567", "+1 (555) 123-4567", "5551234567", "sip:+15551234567", "sips:+1-555-123-4567"} {
		got := Check(in)
		require.NotEmpty(t, got, "Check(%q)", in)
		assert.Contains(t, got[0].Message, "@your-pbx.example.com", "Check(%q) message", in)
		assert.Contains(t, got[0].Message, "host", "Check(%q) message", in)
		for _, d := range got {
			assert.Nil(t, d.Fix, "Check(%q): %s has a fix %+v", in, d.Code, d.Fix)
		}
	}
	assert.Contains(t, Check("tel:+1-555-123-4567")[0].Message, "sip:+15551234567@your-pbx.example.com")
}

// Whitespace is escaped where it can be data, removed at a delimiter only
// when that leaves a valid URI, and left without a fix otherwise. In a
// userinfo it is removed at the edges of the user and the password, and
// from a phone number, where spaces only group digits.
func TestCheckWhitespaceFixes(t *testing.T) {
	tests := []struct {
		in   string
		want []finding
	}{
		{"sip:kate smith@example.com", []finding{{"syntax", Error, 8, 9, "sip:kate%20smith@example.com"}}},
		{"sip:kate\tsmith@example.com", []finding{{"syntax", Error, 8, 9, "sip:kate%09smith@example.com"}}},
		{"sip:kate@example.com?X-Name=Kate Smith", []finding{{"syntax", Error, 32, 33, "sip:kate@example.com?X-Name=Kate%20Smith"}}},
		{"sip:kate@example.com; region=ie1", []finding{{"syntax", Error, 21, 22, "sip:kate@example.com;region=ie1"}}},
		// the stray space hid a region without a value, reported on its own after the fix
		{"sip:kate@example.com; region", []finding{{"syntax", Error, 21, 22, "sip:kate@example.com;region"}}},
		{"sip:kate@example.com:5060 transport=tcp", []finding{{"syntax", Error, 25, 26, ""}}},
		{"sip:kate@example.com?X-a=1 X-b=2", []finding{{"syntax", Error, 26, 27, "sip:kate@example.com?X-a=1%20X-b=2"}}},
		{"sip:kate@example.com sip:bob@example.com", []finding{{"syntax", Error, 20, 21, ""}}},
		{"sip:kate@exam ple.com", []finding{{"syntax", Error, 13, 14, "sip:kate@example.com"}}},
		{"sip: kate@example.com", []finding{{"syntax", Error, 4, 5, "sip:kate@example.com"}}},
		{"sip:kate @example.com", []finding{{"syntax", Error, 8, 9, "sip:kate@example.com"}}},
		{"sip:kate\u00a0@example.com", []finding{{"syntax", Error, 8, 10, "sip:kate@example.com"}}},
		{"sip:kate :pw@example.com", []finding{{"syntax", Error, 8, 9, "sip:kate:pw@example.com"}}},
		{"sip:kate: pw@example.com", []finding{{"syntax", Error, 9, 10, "sip:kate:pw@example.com"}}},
		{"sip:kate:pw @example.com", []finding{{"syntax", Error, 11, 12, "sip:kate:pw@example.com"}}},
		{"sip:kate:a b@example.com", []finding{{"syntax", Error, 10, 11, "sip:kate:a%20b@example.com"}}},
		{"sip:+1 415 555 1234@example.sip.twilio.com", []finding{{"syntax", Error, 6, 7, "sip:+14155551234@example.sip.twilio.com"}}},
		{"sip:+44 20 7183 8750@example.com", []finding{{"syntax", Error, 7, 8, "sip:+442071838750@example.com"}}},
		{"sip:+1 (415) 555-1234@example.com", []finding{{"syntax", Error, 6, 7, "sip:+1(415)555-1234@example.com"}}},
		{"sip:+1 415 555 1234 @example.com", []finding{{"syntax", Error, 6, 7, "sip:+14155551234@example.com"}}},
		// an empty password is valid, an empty user is not: with no user at
		// all, neither removing nor escaping the space is what was meant
		{"sip:kate: @example.com", []finding{{"syntax", Error, 9, 10, "sip:kate:@example.com"}}},
		{"sip: @example.com", []finding{{"syntax", Error, 4, 5, ""}}},
		// other characters a user, password or header value holds as data
		{"sip:kate@example.com?x-name=Madhu,Mathiyalagan", []finding{{"syntax", Error, 33, 34, "sip:kate@example.com?x-name=Madhu%2CMathiyalagan"}}},
		{"sip:kate@example.com?User-to-User=123456789;encoding=hex", []finding{{"syntax", Error, 43, 44, "sip:kate@example.com?User-to-User=123456789%3Bencoding=hex"}}},
		{"sip:kate@example.com?X-a=1=2", []finding{{"syntax", Error, 26, 27, "sip:kate@example.com?X-a=1%3D2"}}},
		{"sip:café@example.com", []finding{{"syntax", Error, 7, 9, "sip:caf%C3%A9@example.com"}}},
		{"sip:kate:pass\"word@example.com", []finding{{"syntax", Error, 13, 14, "sip:kate:pass%22word@example.com"}}},
		// a second X- header after ';' or ',' may be a mistyped '&': no fix is certain
		{"sip:kate@example.com?X-a=1;X-b=2", []finding{{"syntax", Error, 26, 27, ""}}},
		{"sip:kate@example.com?X-a=1,x-b=2", []finding{{"syntax", Error, 26, 27, ""}}},
		// not in a value: a parameter's, or a header's name
		{"sip:kate@example.com;transport=tcp,udp", []finding{{"syntax", Error, 34, 35, ""}}},
		{"sip:kate@example.com?X,a=1", []finding{{"syntax", Error, 22, 23, ""}}},
		// a comma after the URI, as in a list
		{"sip:kate@example.com,", []finding{{"syntax", Error, 20, 21, "sip:kate@example.com"}}},
		{"sip:kate@example.com?X-a=1,", []finding{{"syntax", Error, 26, 27, "sip:kate@example.com?X-a=1"}}},
		{"sip:kate@example.com;transport=tcp,", []finding{{"syntax", Error, 34, 35, "sip:kate@example.com;transport=tcp"}}},
		// with the scheme guessed, the character may not be data
		{"kate<x@example.com", []finding{{"scheme", Error, 0, 6, "sip:kate<x@example.com"}, {"syntax", Error, 4, 5, ""}}},
		// a name with a space, not a number: the space can be data
		{"sip:1st floor@example.com", []finding{{"syntax", Error, 7, 8, "sip:1st%20floor@example.com"}}},
	}
	for _, tt := range tests {
		assertFindings(t, tt.in, tt.want)
	}
	after := Check("sip:kate@example.com;region")
	require.Len(t, after, 1)
	assert.Equal(t, CodeRegion, after[0].Code, "the hidden finding shows once the space is gone")
}

// The warnings of SPEC §1.2 and their severities.
func TestCheckWarnings(t *testing.T) {
	tests := []struct {
		in   string
		want []finding
	}{
		{"sip:kate@example.com?mycustomheader=foo", []finding{{"header-not-allowed", Warning, 21, 35, "sip:kate@example.com?X-mycustomheader=foo"}}},
		{"sip:kate@example.com;transport=TLS", []finding{
			{"tls-port", Info, 21, 34, ""},
			{"tls-signalling-only", Info, 21, 34, "sip:kate@example.com;transport=TLS;secure=true"},
			{"transport-case", Warning, 31, 34, "sip:kate@example.com;transport=tls"}}},
		{"sips:kate@example.com;transport=udp", []finding{{"sips-transport", Warning, 22, 35, ""}}},
		{"sips:kate@example.com;transport=TCP", []finding{{"sips-transport", Warning, 22, 35, ""}, {"transport-case", Warning, 32, 35, "sips:kate@example.com;transport=tcp"}}},
		{"sips:kate@example.com;transport=tls;secure=true", []finding{{"tls-port", Info, 22, 35, ""}}},
		{"sip:kate@example.com:5060;transport=tls;secure=true", []finding{{"tls-port-5060", Warning, 26, 39, ""}}},
		{"sip:kate@pbx", []finding{{"single-label-host", Warning, 9, 12, ""}}},
		{"sip:kate@pbx.", []finding{{"single-label-host", Warning, 9, 13, ""}}},
		{"sip:kate@localhost", []finding{{"private-address", Warning, 9, 18, ""}}},
		{"sip:kate@[::ffff:192.0.2.1]", nil},
	}
	for _, tt := range tests {
		assertFindings(t, tt.in, tt.want)
	}
}

// The explanation of a port says whether it is the default.
func TestExplainPort(t *testing.T) {
	for in, want := range map[string]string{
		"sip:kate@example.com:5060":               "5060, which is also the default",
		"sip:kate@example.com:5080":               "5080 instead of the default 5060",
		"sip:kate@example.com:5060;transport=tls": "5060 instead of the default 5061",
		"sips:kate@example.com:5061":              "5061, which is also the default",
	} {
		var meaning string
		for _, p := range Explain(in) {
			if p.Kind == "port" {
				meaning = p.Meaning
			}
		}
		assert.Contains(t, meaning, want, "Explain(%q)", in)
		assert.NotContains(t, meaning, "5060 instead of the default 5060", "Explain(%q)", in)
	}
}

// IPv4 inside IPv6, and offsets at the first byte no valid URI could have.
func TestParseIPv6Exact(t *testing.T) {
	tests := []struct {
		in     string
		offset int // -1: valid
	}{
		{"sip:[::ffff:1.2.3.4]", -1},
		{"sip:[::ffff:1.2.3.255]", -1},
		{"sip:[::ffff:1.2.3.256]", 20},
		{"sip:[::ffff:1.2.3.999]", 20},
		{"sip:[::ffff:1.300.3.4]", 16},
		{"sip:[::ffff:256.1.2.3]", 15},
		{"sip:[::ffff:1.2.3.4]:5060", -1},
		{"sip:[10.0.0.1]", 7},
		{"sip:[1:2:3:4:5:6:1.2.3.4]", -1},
		{"sip:[1:2:3:4:5:1.2.3.4]", 16},
		{"sip:[1::2:3:4:5:6:1.2.3.4]", 19},
		{"sip:[1:2:3:4:5:6:7::]", -1},
		{"sip:[1:2:3:4:5:6:7::8]", 20},
		{"sip:[1:2:3:4:5:6:7:8::]", 20},
		{"sip:[2001:db8:::192.0.2.1]", -1},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		if tt.offset < 0 {
			assert.NoError(t, err, "Parse(%q)", tt.in)
			continue
		}
		var se *SyntaxError
		if assert.ErrorAs(t, err, &se, "Parse(%q)", tt.in) {
			assert.Equal(t, tt.offset, se.Offset, "Parse(%q) offset (%s)", tt.in, se.Msg)
		}
	}
}

// Every code the checks can report has its entry in Codes, once, and every
// entry is complete. The codes are read from the source: every Code
// constant passed to the checker's add or addSrc.
func TestCodesDocumented(t *testing.T) {
	docs := map[string]CodeDoc{}
	for _, d := range Codes() {
		assert.NotContains(t, docs, d.Code, "%s is listed twice", d.Code)
		docs[d.Code] = d
		assert.NotEmpty(t, d.Summary, d.Code)
		assert.NotEmpty(t, d.Why, d.Code)
		assert.True(t, strings.HasPrefix(d.Source, "https://"), "%s source %q", d.Code, d.Source)
	}
	consts, reported, err := codecheck.Codes(".", "add", "addSrc")
	require.NoError(t, err)
	require.NotEmpty(t, reported)
	for name := range reported {
		v, ok := consts[name]
		if assert.True(t, ok, "%s is not a Code constant", name) {
			assert.Contains(t, docs, v, "%s (%q) has no CodeDoc", name, v)
		}
	}
	for name, v := range consts {
		assert.Contains(t, docs, v, "%s (%q) has no CodeDoc", name, v)
	}
}

// A name between a syntax error and the first ';' is no parameter, so it
// cannot be repeated (fuzz: "A0&amp;amp").
func TestNoRepetitionAfterSyntaxError(t *testing.T) {
	var many strings.Builder // enough parameters for the look-up by map
	for i := range 300 {
		many.WriteString(";p" + strconv.Itoa(i))
	}
	for _, in := range []string{"sip:a@example.com&x;x", "sip:A0&amp;amp", "sip:a@example.com&x" + many.String() + ";x"} {
		for _, d := range Check(in) {
			assert.NotEqual(t, CodeDuplicateParam, d.Code, "Check(%q): %s", in, d.Message)
		}
	}
}

// A fix that changes what the call does, or guesses a value the text does
// not say, is marked as a choice; a fix that only writes what the text
// means the way Twilio takes it is a correction.
func TestFixChoices(t *testing.T) {
	tests := []struct {
		in     string
		code   string
		choice bool
	}{
		{"sip:kate:secret@example.com", CodePasswordInURI, true},
		{"sip:kate@example.com;transport=tls", CodeTLSSignallingOnly, true},
		{"sip:kate@example.com?Customer=1", CodeHeaderNotAllowed, true},
		{"sip:kate@example.com;region=eu1", CodeRegion, true},
		{"sip:kate@example.com;region", CodeRegion, true},
		{"sip:kate@example.com;region=IE1", CodeRegion, false},
		{"sip:kate@example.com;transport=tcp;transport=udp", CodeDuplicateParam, true},
		{"sip:kate@example.com;transport=tcp;TRANSPORT=tcp", CodeDuplicateParam, false},
		{"sip:kate@example.com;x=%41;x=A", CodeDuplicateParam, false},
		{"sip:kate@example.com;lr;lr", CodeDuplicateParam, false},
		{"sip:kate@example.com;lr;lr=1", CodeDuplicateParam, true},
		{"sip:kate@example.com;transport=TCP", CodeTransportCase, false},
		{"sip:kate@example.com;secure=yes", CodeSecure, false},
		{"sip://kate@example.com", CodeSchemeSlashes, false},
		{"sip:kate@example.com?X-a=1&amp;X-b=2", CodeXMLEscaped, false},
	}
	for _, tt := range tests {
		var found *Diagnostic
		for _, d := range Check(tt.in) {
			if d.Code == tt.code {
				found = &d
				break
			}
		}
		require.NotNil(t, found, "Check(%q) has no %s finding: %s", tt.in, tt.code, describeFindings(Check(tt.in)))
		require.NotNil(t, found.Fix, "Check(%q): %s has a fix", tt.in, tt.code)
		if tt.choice {
			assert.NotEmpty(t, found.Fix.Choice, "Check(%q): the fix %q of %s is a choice", tt.in, found.Fix.Title, tt.code)
		} else {
			assert.Empty(t, found.Fix.Choice, "Check(%q): the fix %q of %s is a correction", tt.in, found.Fix.Title, tt.code)
		}
	}
}
