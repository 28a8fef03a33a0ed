package twiml

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRender(t *testing.T) {
	tests := []struct {
		name string
		in   Dial
		want string
	}{
		{"one sip", Dial{Sips: []Sip{{URI: "sip:alice@example.com"}}}, `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial>
        <Sip>sip:alice@example.com</Sip>
    </Dial>
</Response>`},
		{"no nouns", Dial{Timeout: "20"}, `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial timeout="20"/>
</Response>`},
		{"empty uri", Dial{Sips: []Sip{{Username: "u"}}}, `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial>
        <Sip username="u"/>
    </Dial>
</Response>`},
		{"attribute order", Dial{
			Trim: "trim-silence", Timeout: "10", Action: "/a", CallerId: "bob",
			Sips: []Sip{{URI: "sip:a@b.c", Username: "u", Url: "/s", Method: "GET", AmdStatusCallback: "/amd"}},
		}, `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial action="/a" callerId="bob" timeout="10" trim="trim-silence">
        <Sip amdStatusCallback="/amd" method="GET" url="/s" username="u">sip:a@b.c</Sip>
    </Dial>
</Response>`},
		{"escaping", Dial{
			Action: "/a?x=1&y=<2>\"'\t\n\r",
			Sips:   []Sip{{URI: "sip:a@b.c?x-a=1&x-b=<2>\"']]>\r\n", Password: "p&w"}},
		}, `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial action="/a?x=1&amp;y=&lt;2>&quot;'&#x9;&#xA;&#xD;">
        <Sip password="p&amp;w">sip:a@b.c?x-a=1&amp;x-b=&lt;2&gt;"']]&gt;&#xD;&#xA;</Sip>
    </Dial>
</Response>`},
		{"outer whitespace of a uri", Dial{Sips: []Sip{{URI: " \tsip:a@b.c x\n"}, {URI: "  "}}}, `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial>
        <Sip>&#x20;&#x9;sip:a@b.c x&#xA;</Sip>
        <Sip>&#x20;&#x20;</Sip>
    </Dial>
</Response>`},
		{"characters XML cannot carry", Dial{CallerId: "a\x01b\xffc", Sips: []Sip{{URI: "sip:a\x00@b\uFFFE"}}}, `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial callerId="a` + "\uFFFD" + `b` + "\uFFFD" + `c">
        <Sip>sip:a` + "\uFFFD" + `@b` + "\uFFFD" + `</Sip>
    </Dial>
</Response>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Render(tt.in))
		})
	}
}

// TestRenderSurvives checks that values a person may type come back
// unchanged from ParseDial(Render(d)).
func TestRenderSurvives(t *testing.T) {
	values := []string{
		"plain", "a&b", "a&amp;b", "<tag>", `"quoted"`, "'single'", "]]>", "tab\there",
		"line\nbreak", "cr\rlf\r\n", " lead", "trail ", "\t\n ", "ünïcödé ☎", "&#x20;", "%26",
	}
	for _, v := range values {
		d := Dial{Action: v, CallerId: v, Sips: []Sip{{URI: v, Username: v, Password: v}}}
		got, err := ParseDial(Render(d))
		require.NoError(t, err, "%q", v)
		assert.Equal(t, d, got, "%q", v)
	}
}
