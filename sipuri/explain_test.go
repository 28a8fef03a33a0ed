package sipuri

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// part is what a test expects of one Part; meaning is a phrase of its Meaning.
type part struct {
	kind, name string
	start, end int
	meaning    string
}

func TestExplain(t *testing.T) {
	tests := []struct {
		in   string
		want []part
	}{
		{"sip:alice:pw@example.com:5061;transport=tls;region=ie1?X-Foo=bar&User-to-User=12%3Bencoding%3Dhex&Subject=x", []part{
			{"scheme", "", 0, 3, "UDP"},
			{"user", "", 4, 9, "To header"},
			{"password", "", 10, 12, "clear text"},
			{"host", "hostname", 13, 24, "DNS"},
			{"port", "", 25, 29, "5061, which is also the default"},
			{"param", "transport", 30, 43, "signalling only; default port 5061"},
			{"param", "region", 44, 54, "Europe, Ireland"},
			{"header", "X-Foo", 55, 64, "SipHeader_X-Foo"},
			{"header", "User-to-User", 65, 97, "UUI"},
			{"header", "Subject", 98, 107, "promises nothing"},
		}},
		{"SIPS:bob@192.0.2.4", []part{
			{"scheme", "", 0, 4, "TLS"},
			{"user", "", 5, 8, "Request-URI"},
			{"host", "IPv4", 9, 18, "IPv4"},
		}},
		{"sip:[2001:db8::10]:5070;transport=TCP;lr", []part{
			{"scheme", "", 0, 3, "5060"},
			{"host", "IPv6", 4, 18, "IPv6"},
			{"port", "", 19, 23, "default 5060"},
			{"param", "transport", 24, 37, "TCP"},
			{"param", "lr", 38, 40, "loose-routing"},
		}},
		{"sip:%61lice@h?X-A=a%2Cb", []part{
			{"scheme", "", 0, 3, "SIP"},
			{"user", "", 4, 11, `reads "alice"`},
			{"host", "hostname", 12, 13, "DNS"},
			{"header", "X-A", 14, 23, `reads "a,b"`},
		}},
		// without a scheme, "sip:" is assumed
		{"alice@example.com;region=xx", []part{
			{"user", "", 0, 5, "called"},
			{"host", "hostname", 6, 17, "DNS"},
			{"param", "region", 18, 27, "not one of"},
		}},
		// broken: the parts that could be read
		{" <sip:a b@h_x;region=ie1?x-a=1&amp;x-b=2>", []part{
			{"scheme", "", 2, 5, "SIP"},
			{"user", "", 6, 9, "malformed"},
			{"host", "", 10, 11, "malformed"},
			{"param", "region", 14, 24, "Europe, Ireland"},
			{"header", "x-a", 25, 30, "DialSipHeader_x-a"},
			{"header", "amp", 31, 34, "malformed"},
		}},
		{"tel:+15551234567", []part{{"scheme", "", 0, 3, "only sip: and sips:"}}},
		{"sip:;lr", []part{{"scheme", "", 0, 3, "SIP"}, {"param", "lr", 5, 7, "loose-routing"}}},
		{"", nil},
	}
	for _, tt := range tests {
		got := Explain(tt.in)
		require.Len(t, got, len(tt.want), "Explain(%q) = %+v", tt.in, got)
		for i, w := range tt.want {
			p := got[i]
			assert.Equal(t, w.kind, p.Kind, "Explain(%q)[%d] kind", tt.in, i)
			assert.Equal(t, w.name, p.Name, "Explain(%q)[%d] name", tt.in, i)
			assert.Equal(t, [2]int{w.start, w.end}, [2]int{p.Start, p.End}, "Explain(%q)[%d] span of %s", tt.in, i, p.Kind)
			assert.Equal(t, tt.in[w.start:w.end], p.Value, "Explain(%q)[%d] value", tt.in, i)
			assert.Contains(t, p.Meaning, w.meaning, "Explain(%q)[%d] meaning of %s", tt.in, i, p.Kind)
		}
	}
}
