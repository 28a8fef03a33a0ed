package sipuri

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// finding is what a test expects of one Diagnostic; fixed is the text
// after applying its Fix, or "" when it has none.
type finding struct {
	code       string
	sev        Severity
	start, end int
	fixed      string
}

func TestCheck(t *testing.T) {
	long := "sip:" + strings.Repeat("a", 251) + "@h"  // 257 bytes
	limit := "sip:" + strings.Repeat("a", 248) + "@h" // 254 bytes
	longHeaders := "sip:a@h?X-a=" + strings.Repeat("b", 1020)
	okHeaders := "sip:a@h?X-a=" + strings.Repeat("b", 1018)   // the headers part, '?' counted, is 1023 bytes
	edgeHeaders := "sip:a@h?X-a=" + strings.Repeat("b", 1019) // 1024 bytes
	tests := []struct {
		in   string
		want []finding
	}{
		// clean
		{"sip:alice@example.com", nil},
		{"SIPS:alice@example.com:5061", nil},
		{"sip:a@h?X-Foo=1&User-to-User=1&remote-party-id=x&P-Preferred-Identity=y&p-called-party-id=z", nil},
		{"sip:a@h:5061;transport=tls;secure=true", nil},
		{"sip:a@h;region=ie1;transport=udp", nil},
		{limit, nil},
		{okHeaders, nil},
		// syntax
		{"", []finding{{"syntax", Error, 0, 0, ""}}},
		{"si", []finding{{"syntax", Error, 2, 2, ""}}},
		{"sip:a b@h", []finding{{"syntax", Error, 5, 6, "sip:a%20b@h"}}},
		{"sip:a@h;", []finding{{"syntax", Error, 8, 8, "sip:a@h"}}},
		{"sip:a@h?", []finding{{"syntax", Error, 8, 8, "sip:a@h"}}},
		{"sip:a@h:", []finding{{"syntax", Error, 8, 8, "sip:a@h"}}},
		{"sip:a@h;lr=", []finding{{"syntax", Error, 11, 11, "sip:a@h;lr"}}},
		{"sip:a@ex%41.com", []finding{{"syntax", Error, 8, 9, ""}}},
		{"sip:a@h?x", []finding{{"syntax", Error, 9, 9, ""}}},
		{"sip:2001:db8::10", []finding{{"syntax", Error, 8, 9, ""}}},
		{" sip:a@h\t", []finding{{"syntax", Error, 0, 1, "sip:a@h"}}},
		{"  sip:a@h", []finding{{"syntax", Error, 0, 2, "sip:a@h"}}},
		{"<sip:a@h>", []finding{{"syntax", Error, 0, 1, "sip:a@h"}}},
		{"\u00a0<sip:a@h>", []finding{{"syntax", Error, 0, 3, "sip:a@h"}}},
		{"sip:a@h>", []finding{{"syntax", Error, 7, 8, "sip:a@h"}}},
		{"<sip:a@h", []finding{{"syntax", Error, 0, 1, "sip:a@h"}}},
		{"<sip:a@h>;tag=1", []finding{{"syntax", Error, 0, 1, "sip:a@h"}}},
		// scheme
		{"alice@example.com", []finding{{"scheme", Error, 0, 5, "sip:alice@example.com"}}},
		{"example.com", []finding{{"scheme", Error, 0, 11, "sip:example.com"}}},
		{"alice:pw@example.com", []finding{{"scheme", Error, 0, 8, "sip:alice:pw@example.com"}, {"password-in-uri", Warning, 5, 8, "alice@example.com"}}},
		{"tel:+15551234567", []finding{{"scheme", Error, 0, 4, ""}}},
		{"http://example.com", []finding{{"scheme", Error, 0, 5, ""}}},
		{"foo://example.com", []finding{{"scheme", Error, 0, 4, ""}}},
		{"sipp:alice@example.com;region=eu1", []finding{{"scheme", Error, 0, 5, "sip:alice@example.com;region=eu1"}, {"region", Error, 30, 33, "sipp:alice@example.com;region=ie1"}}},
		{"SIPS;alice@example.com", []finding{{"scheme", Error, 0, 5, "sips:alice@example.com"}}},
		{"sip,h;transport=tcp", []finding{{"scheme", Error, 0, 4, "sip:h;transport=tcp"}}},
		{"alice@example.com;transport=TCP", []finding{{"scheme", Error, 0, 5, "sip:alice@example.com;transport=TCP"}, {"transport-case", Warning, 28, 31, "alice@example.com;transport=tcp"}}},
		// lengths
		{long, []finding{{"uri-too-long", Error, 254, 257, ""}}},
		{long + "?X-a=1", []finding{{"uri-too-long", Error, 254, 257, ""}}},
		{longHeaders, []finding{{"headers-too-long", Error, 1030, 1032, ""}}},
		{edgeHeaders, []finding{{"headers-too-long", Error, 1030, 1031, ""}}},
		// headers
		{"sip:a@h?Foo=1", []finding{{"header-not-allowed", Warning, 8, 11, "sip:a@h?X-Foo=1"}}},
		{"sip:a@h?X-a=1&Subject=hi", []finding{{"header-not-allowed", Warning, 14, 21, "sip:a@h?X-a=1&X-Subject=hi"}}},
		// transport
		{"sip:a@h;transport=TCP", []finding{{"transport-case", Warning, 18, 21, "sip:a@h;transport=tcp"}}},
		{"sip:a@h;transport=sctp", []finding{{"transport", Error, 18, 22, ""}}},
		{"sip:a@h;transport", []finding{{"transport", Error, 8, 17, ""}}},
		// region
		{"sip:a@h;region=eu1", []finding{{"region", Error, 15, 18, "sip:a@h;region=ie1"}}},
		{"sip:a@h;region=IE1", []finding{{"region", Error, 15, 18, "sip:a@h;region=ie1"}}},
		{"sip:a@h;region=frankfurt", []finding{{"region", Error, 15, 24, "sip:a@h;region=de1"}}},
		{"sip:a@h;region=us3", []finding{{"region", Error, 15, 18, "sip:a@h;region=us1"}}},
		{"sip:a@h;region", []finding{{"region", Error, 8, 14, "sip:a@h;region=us1"}}},
		// secure
		{"sip:a@h;secure=yes", []finding{{"secure", Error, 15, 18, "sip:a@h;secure=true"}}},
		{"sip:a@h;secure=TRUE", []finding{{"secure", Error, 15, 19, "sip:a@h;secure=true"}}},
		{"sip:a@h;secure", []finding{{"secure", Error, 8, 14, "sip:a@h;secure=true"}}},
		{"sip:a@h;secure=false", []finding{{"secure", Error, 8, 20, "sip:a@h"}}},
		// duplicate-param
		{"sip:a@h;region=ie1;REGION=de1", []finding{{"duplicate-param", Error, 19, 29, "sip:a@h;region=ie1"}}},
		{"sip:A;pAr=:;pAr@", []finding{{"unknown-param", Info, 6, 9, ""}, {"duplicate-param", Error, 12, 15, "sip:A;pAr=:@"}, {"syntax", Error, 15, 16, ""}}},
		{"sip:a@h;lr;lr;lr", []finding{{"unknown-param", Info, 8, 10, ""}, {"duplicate-param", Error, 11, 13, "sip:a@h;lr;lr"}, {"duplicate-param", Error, 14, 16, "sip:a@h;lr;lr"}}},
		// ttl and port
		{"sip:a@h;ttl=300", []finding{{"ttl", Error, 8, 15, ""}, {"unknown-param", Info, 8, 11, ""}}},
		{"sip:a@h;ttl=255", []finding{{"unknown-param", Info, 8, 11, ""}}},
		{"sip:a@h:0", []finding{{"port", Error, 8, 9, ""}}},
		{"sip:a@h:70000", []finding{{"port", Error, 8, 13, ""}}},
		{"sip:a@h:65535", nil},
		// xml-escaped
		// one defect, one finding: no syntax finding besides the xml-escaped one
		{"sip:a@h?X-a=1&amp;X-b=2", []finding{{"xml-escaped", Error, 13, 18, "sip:a@h?X-a=1&X-b=2"}}},
		// inside a value, a plain & would start a header: it is written %26
		{"sip:a@h?X-a=Tom&amp;Jerry", []finding{{"xml-escaped", Error, 15, 20, "sip:a@h?X-a=Tom%26Jerry"}}},
		{"sip:a@h?X-a=Tom&amp;Jerry&X-b=2", []finding{{"xml-escaped", Error, 15, 20, "sip:a@h?X-a=Tom%26Jerry&X-b=2"}}},
		{"sip:a&amp;b@h?X-a=1", []finding{{"xml-escaped", Error, 5, 10, "sip:a&b@h?X-a=1"}}},
		{"sip:a&amp;amp;b@h", []finding{{"xml-escaped", Error, 5, 14, "sip:a&b@h"}}},
		{"sip:a&#38;b@h", []finding{{"xml-escaped", Error, 5, 10, "sip:a&b@h"}}},
		{"sip:a&lt;b@h", []finding{{"xml-escaped", Error, 5, 9, "sip:a%3Cb@h"}}},
		{"sip:a@ex&amp;ample.com", []finding{{"xml-escaped", Error, 8, 13, ""}, {"unknown-param", Info, 13, 22, ""}}},
		// unknown-param
		{"sip:a@h;x-foo=1", []finding{{"unknown-param", Info, 8, 13, ""}}},
		// TLS
		{"sip:a@h;transport=tls", []finding{{"tls-port", Info, 8, 21, ""}, {"tls-signalling-only", Info, 8, 21, "sip:a@h;transport=tls;secure=true"}}},
		{"sip:a@h;transport=tls;secure=true?X-a=1", []finding{{"tls-port", Info, 8, 21, ""}}},
		{"sip:a@h:5061;transport=tls?X-a=1", []finding{{"tls-signalling-only", Info, 13, 26, "sip:a@h:5061;transport=tls;secure=true?X-a=1"}}},
		// extra codes
		{"sip:a:pw@h", []finding{{"password-in-uri", Warning, 5, 8, "sip:a@h"}}},
		{"sip:a@256.1.1.1", []finding{{"ipv4", Error, 6, 15, ""}}},
		{"sip:192.168.1.10", []finding{{"private-address", Warning, 4, 16, ""}}},
		{"sip:LocalHost.", []finding{{"private-address", Warning, 4, 14, ""}}},
		{"sip:[::1]", []finding{{"private-address", Warning, 4, 9, ""}}},
		{"sip:a@[2001:db8:::192.0.2.1]", []finding{{"ipv6", Warning, 6, 28, "sip:a@[2001:db8::192.0.2.1]"}}},
		// Check reads on after a syntax error
		{"sip:a@h;region=xx1?X-a=1&bad header", []finding{{"region", Error, 15, 18, "sip:a@h;region=us1?X-a=1&bad header"}, {"syntax", Error, 28, 29, ""}}},
		{"sip:a@exa_mple.com;region=xx1", []finding{{"syntax", Error, 9, 10, ""}, {"region", Error, 26, 29, "sip:a@exa_mple.com;region=us1"}}},
		{"sip:a b@h;transport=TLS", []finding{{"syntax", Error, 5, 6, "sip:a%20b@h;transport=TLS"}, {"tls-port", Info, 10, 23, ""}, {"tls-signalling-only", Info, 10, 23, "sip:a b@h;transport=TLS;secure=true"}, {"transport-case", Warning, 20, 23, "sip:a b@h;transport=tls"}}},
		{"sip:a@h;a=%zz;secure=no?Foo=1", []finding{{"syntax", Error, 11, 12, ""}, {"secure", Error, 21, 23, "sip:a@h;a=%zz;secure=true?Foo=1"}, {"header-not-allowed", Warning, 24, 27, "sip:a@h;a=%zz;secure=no?X-Foo=1"}}},
	}
	for _, tt := range tests {
		got := withoutShortHost(Check(tt.in))
		require.Len(t, got, len(tt.want), "Check(%q) = %s", tt.in, describeFindings(got))
		for i, w := range tt.want {
			d := got[i]
			assert.Equal(t, w.code, d.Code, "Check(%q)[%d] code; %s", tt.in, i, describeFindings(got))
			assert.Equal(t, w.sev, d.Severity, "Check(%q)[%d] severity", tt.in, i)
			assert.Equal(t, [2]int{w.start, w.end}, [2]int{d.Start, d.End}, "Check(%q)[%d] span of %s", tt.in, i, d.Code)
			assert.NotEmpty(t, d.Message, "Check(%q)[%d] message", tt.in, i)
			if w.fixed == "" {
				assert.Nil(t, d.Fix, "Check(%q)[%d] %s fix", tt.in, i, d.Code)
				continue
			}
			if assert.NotNil(t, d.Fix, "Check(%q)[%d] %s fix", tt.in, i, d.Code) {
				assert.NotEmpty(t, d.Fix.Title, "Check(%q)[%d] fix title", tt.in, i)
				assert.Equal(t, w.fixed, d.Fix.Apply(tt.in), "Check(%q)[%d] %s fix", tt.in, i, d.Code)
			}
		}
		checkProperties(t, tt.in)
	}
}

// TestCheckGrammarMatchesParse holds Check's promise on the RFC corpora:
// a grammar finding exactly when Parse fails, over Parse's offset.
func TestCheckGrammarMatchesParse(t *testing.T) {
	for _, s := range seedURIs {
		_, err := Parse(s)
		diags := Check(s)
		var codes []string
		for _, d := range diags {
			codes = append(codes, d.Code)
		}
		se, failed := err.(*SyntaxError)
		if !failed {
			assert.NotContains(t, codes, "syntax", "Check(%q)", s)
			assert.NotContains(t, codes, "scheme", "Check(%q)", s)
			assert.NotContains(t, codes, "duplicate-param", "Check(%q)", s)
			continue
		}
		found := false
		for _, d := range diags {
			if (d.Code == "syntax" || d.Code == "scheme" || d.Code == "duplicate-param" || d.Code == "xml-escaped") && d.Start <= se.Offset && se.Offset <= d.End {
				found = true
			}
		}
		assert.True(t, found, "Check(%q) has no grammar finding over Parse's offset %d: %s", s, se.Offset, describeFindings(diags))
	}
}

func TestRegions(t *testing.T) {
	require.Len(t, Regions, 8)
	tests := []struct{ in, want string }{
		{"ie1", "ie1"}, {"IE1", "ie1"}, {"eu1", "ie1"}, {"europe", "ie1"}, {"Dublin", "ie1"},
		{"us-west-2", "us2"}, {"oregon", "us2"}, {"us3", "us1"}, {"ashburn", "us1"},
		{"de2", "de1"}, {"sg", "sg1"}, {"ap-southeast", "sg1"}, {"tokyo", "jp1"}, {"jp2", "jp1"},
		{"sao-paulo", "br1"}, {"br", "br1"}, {"au2", "au1"}, {"sydney", "au1"}, {"", "us1"}, {"xx1", "us1"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ClosestRegion(tt.in).Name, "ClosestRegion(%q)", tt.in)
	}
	r, ok := LookupRegion("br1")
	assert.True(t, ok)
	assert.Equal(t, "South America, São Paulo", r.Location)
	_, ok = LookupRegion("BR1")
	assert.False(t, ok, "LookupRegion is exact")
}

func TestHeaderAllowed(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"X-Foo", true}, {"x-foo", true}, {"X-", true}, {"User-to-User", true}, {"user-to-user", true},
		{"Remote-Party-ID", true}, {"P-Preferred-Identity", true}, {"P-Called-Party-ID", true},
		{"X", false}, {"XFoo", false}, {"Subject", false}, {"P-Asserted-Identity", false}, {"", false}, {"User-to-User2", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, HeaderAllowed(tt.name), "HeaderAllowed(%q)", tt.name)
	}
}

func TestDefaultPort(t *testing.T) {
	assert.Equal(t, 5060, DefaultPort("", false))
	assert.Equal(t, 5060, DefaultPort("tcp", false))
	assert.Equal(t, 5061, DefaultPort("TLS", false))
	assert.Equal(t, 5061, DefaultPort("udp", true))
}

// withoutShortHost drops the single-label-host findings about the host h,
// which most cases use to keep their spans short; the warning has its own
// cases in TestCheckWarnings.
func withoutShortHost(ds []Diagnostic) []Diagnostic {
	return slices.DeleteFunc(ds, func(d Diagnostic) bool { return d.Code == CodeSingleLabelHost && d.End-d.Start == 1 })
}

func describeFindings(ds []Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString("\n  " + d.Code + " " + d.Severity.String() + " ")
		b.WriteString(strconv.Itoa(d.Start) + "-" + strconv.Itoa(d.End))
		b.WriteString(": " + d.Message)
		if d.Fix != nil {
			b.WriteString(" [fix " + d.Fix.Title + "]")
		}
	}
	return b.String()
}
