package sipuri

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseRFCExamplesAccepted(t *testing.T) {
	var all []string
	all = append(all, rfc3261Examples...)
	all = append(all, rfc4475Valid...)
	all = append(all, rfc5118Valid...)
	all = append(all, twilioExamples...)
	for _, s := range all {
		u, err := Parse(s)
		require.NoError(t, err, "Parse(%q)", s)
		u2, err := Parse(u.String())
		require.NoError(t, err, "Parse(%q) printed as %q", s, u.String())
		assert.Equal(t, u, u2, "round trip of %q through %q", s, u.String())
	}
}

func TestParseRFCExamplesRejected(t *testing.T) {
	for _, c := range rfc4475Invalid {
		_, err := Parse(c.uri)
		var se *SyntaxError
		require.ErrorAs(t, err, &se, "Parse(%q)", c.uri)
		assert.Equal(t, c.offset, se.Offset, "Parse(%q) offset (%s)", c.uri, se.Msg)
	}
	_, err := Parse(rfc5118Invalid)
	var se *SyntaxError
	require.ErrorAs(t, err, &se, "Parse(%q)", rfc5118Invalid)
	assert.Equal(t, 8, se.Offset, "Parse(%q)", rfc5118Invalid)
	assert.Contains(t, se.Msg, "brackets", "Parse(%q)", rfc5118Invalid)
}

func TestParseFields(t *testing.T) {
	long := strings.Repeat("amazinglylongcallername", 5)
	tests := []struct {
		in   string
		want URI
	}{
		{"sip:alice@atlanta.com", URI{Scheme: "sip", User: "alice", Host: "atlanta.com"}},
		{"SIPS:alice@atlanta.com", URI{Scheme: "sips", User: "alice", Host: "atlanta.com"}},
		{"sIp:atlanta.com", URI{Scheme: "sip", Host: "atlanta.com"}},
		{"sip:alice:secretword@atlanta.com;transport=tcp", URI{Scheme: "sip", User: "alice", Password: "secretword", Host: "atlanta.com", Params: []Param{{"transport", "tcp"}}}},
		{"sip:alice:@atlanta.com", URI{Scheme: "sip", User: "alice", Host: "atlanta.com"}},
		{"sips:alice@atlanta.com?subject=project%20x&priority=urgent", URI{Scheme: "sips", User: "alice", Host: "atlanta.com", Headers: []Header{{"subject", "project x"}, {"priority", "urgent"}}}},
		{"sip:+1-212-555-1212:1234@gateway.com;user=phone", URI{Scheme: "sip", User: "+1-212-555-1212", Password: "1234", Host: "gateway.com", Params: []Param{{"user", "phone"}}}},
		{"sip:alice@192.0.2.4", URI{Scheme: "sip", User: "alice", Host: "192.0.2.4"}},
		{"sip:atlanta.com;method=REGISTER?to=alice%40atlanta.com", URI{Scheme: "sip", Host: "atlanta.com", Params: []Param{{"method", "REGISTER"}}, Headers: []Header{{"to", "alice@atlanta.com"}}}},
		{"sip:alice;day=tuesday@atlanta.com", URI{Scheme: "sip", User: "alice;day=tuesday", Host: "atlanta.com"}},
		{"sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*:&it+has=1,weird!*pas$wo~d_too.(doesn't-it)@example.com",
			URI{Scheme: "sip", User: "1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*", Password: "&it+has=1,weird!*pas$wo~d_too.(doesn't-it)", Host: "example.com"}},
		{"sip:sips%3Auser%40example.com@example.net", URI{Scheme: "sip", User: "sips:user@example.com", Host: "example.net"}},
		{"sip:%25%34%31@h", URI{Scheme: "sip", User: "%41", Host: "h"}},
		{"sip:null-%00-null@example.com", URI{Scheme: "sip", User: "null-\x00-null", Host: "example.com"}},
		{"sip:%00%00@host5.example.com", URI{Scheme: "sip", User: "\x00\x00", Host: "host5.example.com"}},
		{"sip:cal%6Cer@host5.example.net;%6C%72;n%61me=v%61lue%25%34%31", URI{Scheme: "sip", User: "caller", Host: "host5.example.net", Params: []Param{{"lr", ""}, {"name", "value%41"}}}},
		{"sip:user;par=u%40example.net@example.com", URI{Scheme: "sip", User: "user;par=u@example.net", Host: "example.com"}},
		{"sip:[2001:db8::10]", URI{Scheme: "sip", Host: "[2001:db8::10]"}},
		{"sip:[2001:db8::10:5070]", URI{Scheme: "sip", Host: "[2001:db8::10:5070]"}},
		{"sip:[2001:db8::10]:5070", URI{Scheme: "sip", Host: "[2001:db8::10]", Port: 5070}},
		{"sip:ted@[::ffff:192.0.2.2]", URI{Scheme: "sip", User: "ted", Host: "[::ffff:192.0.2.2]"}},
		{"sip:[::]", URI{Scheme: "sip", Host: "[::]"}},
		{"sip:[1:2:3:4:5:6:7:8]", URI{Scheme: "sip", Host: "[1:2:3:4:5:6:7:8]"}},
		{"sip:[1:2:3:4:5:6:1.2.3.4]", URI{Scheme: "sip", Host: "[1:2:3:4:5:6:1.2.3.4]"}},
		{"sip:[::1]", URI{Scheme: "sip", Host: "[::1]"}},
		{"sip:[1::]", URI{Scheme: "sip", Host: "[1::]"}},
		{"sip:example.com.", URI{Scheme: "sip", Host: "example.com."}},
		{"sip:EXAMPLE.com:05060", URI{Scheme: "sip", Host: "EXAMPLE.com", Port: 5060}},
		{"sip:a-b.c0m", URI{Scheme: "sip", Host: "a-b.c0m"}},
		{"sip:1.2.3.com", URI{Scheme: "sip", Host: "1.2.3.com"}},
		{"sip:h:99999999999999999999", URI{Scheme: "sip", Host: "h", Port: maxPort}},
		{"sip:h;lr;transport=udp", URI{Scheme: "sip", Host: "h", Params: []Param{{"lr", ""}, {"transport", "udp"}}}},
		{"sip:h;a=[]/:&+$", URI{Scheme: "sip", Host: "h", Params: []Param{{"a", "[]/:&+$"}}}},
		{"sip:h?a=&b=[]/?:+$", URI{Scheme: "sip", Host: "h", Headers: []Header{{"a", ""}, {"b", "[]/?:+$"}}}},
		{"sip:h??=?", URI{Scheme: "sip", Host: "h", Headers: []Header{{"?", "?"}}}},
		{"sip:" + long + "@host5.example.net", URI{Scheme: "sip", User: long, Host: "host5.example.net"}},
	}
	for _, tt := range tests {
		u, err := Parse(tt.in)
		require.NoError(t, err, "Parse(%q)", tt.in)
		assert.Equal(t, &tt.want, u, "Parse(%q)", tt.in)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in     string
		offset int
		msg    string // a part of the message
	}{
		{"", 0, "scheme"},
		{"si", 2, "scheme"},
		{"sipx:h", 3, "':'"},
		{"tel:+15551234567", 0, "scheme"},
		{"http://example.com", 0, "scheme"},
		{"alice@example.com", 0, "scheme"},
		{" sip:h", 0, "scheme"},
		{"sip:h ", 5, "space"},
		{"sip:a b@h", 5, "space"},
		{"<sip:h>", 0, "scheme"},
		{"sip:<h>", 4, "'<'"},
		{"sip:@h", 4, "user name before '@'"},
		{"sip::pw@h", 4, "user name before ':'"},
		{"sip:a:b:c@h", 7, "password"},
		{"sip:a@b@c", 7, "'@'"},
		{"sip:host:5060;x@h", 15, "'@'"},
		{"sip:a%zz@h", 6, "hex"},
		{"sip:a%2@h", 7, "hex"},
		{"sip:a%", 5, "escapes are not allowed in the host"},
		{"sip:ex%41mple.com", 6, "escapes are not allowed in the host"},
		{"sip:", 4, "host"},
		{"sip:a@", 6, "host"},
		{"sip:h:", 6, "port"},
		{"sip:h:x", 6, "port"},
		{"sip:h:50a", 8, "after the port"},
		{"sip:-a.com", 4, "start with '-'"},
		{"sip:a-.com", 6, "end with '-'"},
		{"sip:a-", 6, "end with '-'"},
		{"sip:a..com", 6, "empty label"},
		{"sip:.com", 4, "empty label"},
		{"sip:exa_mple.com", 7, "'_'"},
		{"sip:example.123", 15, "last label starts with a letter"},
		{"sip:1.2.3", 9, "IPv4"},
		{"sip:1.2.3.4.", 12, "IPv4"},
		{"sip:1234.1.1.1", 14, "IPv4"},
		{"sip:2001:db8::10", 8, "brackets"},
		{"sip:abcd:ef01::1", 9, "brackets"},
		{"sip:[2001:db8::10", 17, "']'"},
		{"sip:[]", 5, "hex"},
		{"sip:[:1]", 6, "'::'"},
		{"sip:[1:2:3:4:5:6:7:8:9]", 20, "too many"},
		{"sip:[1::2:3:4:5:6:7:8]", 19, "too many"},
		{"sip:[1:2:3]", 10, "eight"},
		{"sip:[1::2::3]", 10, "only one"},
		{"sip:[12345::]", 9, "four hex digits"},
		{"sip:[1::2:]", 10, "after ':'"},
		{"sip:[2001:db8::XYZ]", 15, "hex"},
		{"sip:[::1a.2.3.4]", 9, "':' or ']'"},
		{"sip:[2001:db8:::1]", 15, "hex"},
		{"sip:h;", 6, "parameter name"},
		{"sip:h;;lr", 6, "parameter name"},
		{"sip:h;lr=", 9, "parameter value"},
		{"sip:h;a=b=c", 9, "'='"},
		{"sip:h;=b", 6, "parameter name"},
		{"sip:h;a b", 7, "space"},
		{"sip:h;lr;LR", 9, "appears twice"},
		{"sip:h;transport=tcp;x=1;%74ransport=udp", 24, "appears twice"},
		{"sip:h;a=%zz", 9, "hex"},
		{"sip:h?", 6, "header name"},
		{"sip:h?x", 7, "'='"},
		{"sip:h?x&y=1", 7, "'='"},
		{"sip:h?=v", 6, "header name"},
		{"sip:h?a=1&", 10, "header name"},
		{"sip:h?a=1&&b=2", 10, "header name"},
		{"sip:h?a=b=c", 9, "'='"},
		{"sip:h?a=1;b=2", 9, "';'"},
		{"sip:h?x-a=1&amp;x-b=2", 15, "';'"},
		{"sip:h?a=%", 9, "hex"},
		{"sip:h?a=\u00e9", 8, "non-ASCII"},
		{"sip:h#x", 5, "'#'"},
	}
	for _, tt := range tests {
		u, err := Parse(tt.in)
		var se *SyntaxError
		require.ErrorAs(t, err, &se, "Parse(%q) = %v", tt.in, u)
		assert.Equal(t, tt.offset, se.Offset, "Parse(%q) offset; message %q", tt.in, se.Msg)
		assert.Contains(t, se.Msg, tt.msg, "Parse(%q) message", tt.in)
		assert.Contains(t, se.Error(), se.Msg, "Parse(%q) Error()", tt.in)
	}
}

func TestStringEscapes(t *testing.T) {
	tests := []struct {
		in   URI
		want string
	}{
		{URI{Scheme: "sip", User: "alice", Host: "example.com"}, "sip:alice@example.com"},
		{URI{Host: "example.com"}, "sip:example.com"},
		{URI{Scheme: "sips", User: "a b@c:d", Password: "p:w@;", Host: "h", Port: 5061}, "sips:a%20b%40c%3Ad:p%3Aw%40%3B@h:5061"},
		{URI{Scheme: "sip", User: "user;par=u@example.net", Host: "example.com"}, "sip:user;par=u%40example.net@example.com"},
		{URI{Scheme: "sip", User: "%41\x00", Host: "h"}, "sip:%2541%00@h"},
		{URI{Scheme: "sip", Host: "[2001:db8::10]", Params: []Param{{"lr", ""}, {"a;b", "c=d?"}}}, "sip:[2001:db8::10];lr;a%3Bb=c%3Dd%3F"},
		{URI{Scheme: "sip", Host: "h", Headers: []Header{{"X-A", "a,b;c=d&e"}, {"User-to-User", ""}}}, "sip:h?X-A=a%2Cb%3Bc%3Dd%26e&User-to-User="},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.in.String(), "%#v", tt.in)
		u, err := Parse(tt.want)
		require.NoError(t, err, "Parse(%q)", tt.want)
		if tt.in.Scheme != "" {
			assert.Equal(t, &tt.in, u, "Parse(%q)", tt.want)
		}
	}
}

func TestSeverityString(t *testing.T) {
	assert.Equal(t, "error", Error.String())
	assert.Equal(t, "warning", Warning.String())
	assert.Equal(t, "info", Info.String())
	assert.Equal(t, "unknown", Severity(7).String())
}

func TestFixApply(t *testing.T) {
	tests := []struct {
		fix  Fix
		in   string
		want string
	}{
		{Fix{Start: 0, End: 0, NewText: "sip:"}, "a@b", "sip:a@b"},
		{Fix{Start: 2, End: 5}, "a&amp;b", "a&;b"},
		{Fix{Start: -3, End: 99, NewText: "x"}, "abc", "x"},
		{Fix{Start: 2, End: 1, NewText: "x"}, "abc", "abxc"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.fix.Apply(tt.in), "%+v on %q", tt.fix, tt.in)
	}
}

// TestParseManyParams covers the map that finds repeated names once the
// params are long.
func TestParseManyParams(t *testing.T) {
	var b strings.Builder
	b.WriteString("sip:h")
	for i := 0; i < 100; i++ {
		b.WriteString(";p" + strconv.Itoa(i) + "=v")
	}
	ok := b.String()
	u, err := Parse(ok)
	require.NoError(t, err, "Parse of 100 distinct params")
	assert.Len(t, u.Params, 100)
	dup := ok + ";x=1;%50%35=2" // P5 again, escaped and upper-case
	_, err = Parse(dup)
	var se *SyntaxError
	require.ErrorAs(t, err, &se, "Parse of a repeated P5")
	assert.Equal(t, len(ok)+5, se.Offset, "offset of the repeated name")
	assert.Contains(t, se.Msg, "P5 appears twice")
	diags := Check(dup + ";x=3")
	var spans [][2]int
	for _, d := range diags {
		if d.Code == "duplicate-param" {
			spans = append(spans, [2]int{d.Start, d.End})
		}
	}
	assert.Equal(t, [][2]int{{len(ok) + 5, len(ok) + 13}, {len(ok) + 14, len(ok) + 17}}, spans, "Check's duplicate-param spans")
}
