package twiml

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// vendorExample is one <Response> example of the vendor <Sip> pages: the
// XML as printed there, the Dial value it maps onto, and the findings that
// are expected about it (sipuri's codes for vendor URIs that SPEC §1
// rejects or comments on; none of twiml's own except the Example 6/7
// warning).
type vendorExample struct {
	name  string
	xml   string
	dial  Dial
	codes []string
}

var vendorExamples = []vendorExample{
	{
		name: "region",
		xml: `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial>
        <Sip>sip:alice@example.com;region=ie1</Sip>
    </Dial>
</Response>`,
		dial: Dial{Sips: []Sip{{URI: "sip:alice@example.com;region=ie1"}}},
	},
	{
		name: "use the Sip noun",
		xml: `<?xml version="1.0" encoding="UTF-8"?>
<Response>
<Dial>
    <Sip>
        sip:jack@example.com
    </Sip>
</Dial>
</Response>`,
		dial: Dial{Sips: []Sip{{URI: "sip:jack@example.com"}}},
	},
	{
		name: "authentication",
		xml: `<?xml version="1.0" encoding="UTF-8"?>
<Response>
<Dial>
    <Sip username="admin" password="1234">sip:kate@example.com</Sip>
</Dial>
</Response>`,
		dial: Dial{Sips: []Sip{{URI: "sip:kate@example.com", Username: "admin", Password: "1234"}}},
	},
	{
		name: "custom headers",
		xml: `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial>
        <Sip>
            sip:jack@example.com?mycustomheader=foo&amp;myotherheader=bar
        </Sip>
    </Dial>
</Response>`,
		dial: Dial{Sips: []Sip{{URI: "sip:jack@example.com?mycustomheader=foo&myotherheader=bar"}}},
		// SPEC §1.2: only X- headers and four named ones are forwarded.
		codes: []string{"header-not-allowed", "header-not-allowed"},
	},
	{
		name: "transport tcp",
		xml: `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial>
        <Sip>
            sip:jack@example.com;transport=tcp
        </Sip>
    </Dial>
</Response>`,
		dial: Dial{Sips: []Sip{{URI: "sip:jack@example.com;transport=tcp"}}},
	},
	{
		name: "transport tls",
		xml: `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial>
        <Sip>
            sip:jack@example.com;transport=tls
        </Sip>
    </Dial>
</Response>`,
		dial:  Dial{Sips: []Sip{{URI: "sip:jack@example.com;transport=tls"}}},
		codes: []string{"tls-port", "tls-signalling-only"},
	},
	{
		name: "example 1",
		xml: `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial>
        <Sip>kate@example.com</Sip>
    </Dial>
</Response>`,
		dial: Dial{Sips: []Sip{{URI: "kate@example.com"}}},
		// The vendor example has no scheme; SPEC §1 wants sip: or sips:.
		codes: []string{"scheme"},
	},
	{
		name: "example 2",
		xml: `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial>
        <Sip username="admin" password="1234">kate@example.com</Sip>
    </Dial>
</Response>`,
		dial:  Dial{Sips: []Sip{{URI: "kate@example.com", Username: "admin", Password: "1234"}}},
		codes: []string{"scheme"},
	},
	{
		name: "example 3",
		xml: `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial>
        <Sip>sip:kate@example.com?mycustomheader=foo&amp;myotherheader=bar</Sip>
    </Dial>
</Response>`,
		dial:  Dial{Sips: []Sip{{URI: "sip:kate@example.com?mycustomheader=foo&myotherheader=bar"}}},
		codes: []string{"header-not-allowed", "header-not-allowed"},
	},
	{
		name: "example 4",
		xml: `<?xml version="1.0" encoding="UTF-8"?>
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
</Response>`,
		dial: Dial{
			Record: "record-from-answer", Timeout: "10", HangupOnStar: "true", CallerId: "bob",
			Method: "POST", Action: "/handle_post_dial",
			Sips: []Sip{{URI: "sip:kate@example.com?customheader=foo", Method: "POST", Url: "/handle_screening_on_answer"}},
		},
		codes: []string{"header-not-allowed"},
	},
	{
		name: "example 5",
		xml: `<?xml version="1.0" encoding="UTF-8"?>
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
		dial: Dial{Sips: []Sip{{
			URI:                 "sip:kate@example.com",
			StatusCallbackEvent: "initiated ringing answered completed",
			StatusCallback:      "https://myapp.com/calls/events", StatusCallbackMethod: "POST",
		}}},
	},
	{
		// The v2 page describes Example 6 (Alice's soft phone, desk phone
		// and mobile client rung in parallel) without printing its XML.
		name: "example 6 parallel",
		xml: `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial>
        <Sip>sip:alice-soft-phone@example.com</Sip>
        <Sip>sip:alice-desk-phone@example.com</Sip>
        <Sip>sip:alice-mobile-client@example.com</Sip>
    </Dial>
</Response>`,
		dial: Dial{Sips: []Sip{
			{URI: "sip:alice-soft-phone@example.com"},
			{URI: "sip:alice-desk-phone@example.com"},
			{URI: "sip:alice-mobile-client@example.com"},
		}},
		codes: []string{"dial-multiple-nouns"},
	},
	{
		// Example 7: Alice, then Bob, then Charlie.
		name: "example 7 sequential",
		xml: `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Dial sequential="true">
        <Sip>sip:alice@example.com</Sip>
        <Sip>sip:bob@example.com</Sip>
        <Sip>sip:charlie@example.com</Sip>
    </Dial>
</Response>`,
		dial: Dial{Sequential: "true", Sips: []Sip{
			{URI: "sip:alice@example.com"}, {URI: "sip:bob@example.com"}, {URI: "sip:charlie@example.com"},
		}},
		codes: []string{"dial-multiple-nouns"},
	},
}

func codes(ds []Diagnostic) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Code)
	}
	return out
}

func TestVendorExamples(t *testing.T) {
	for _, ex := range vendorExamples {
		t.Run(ex.name, func(t *testing.T) {
			assert.Equal(t, ex.codes, codes(Check(ex.xml)), "Check of the vendor XML")
			got, err := ParseDial(ex.xml)
			require.NoError(t, err)
			assert.Equal(t, ex.dial, got, "ParseDial of the vendor XML")

			rendered := Render(ex.dial)
			assert.Equal(t, ex.codes, codes(Check(rendered)), "Check of Render:\n%s", rendered)
			back, err := ParseDial(rendered)
			require.NoError(t, err, rendered)
			assert.Equal(t, ex.dial, back, "ParseDial of Render:\n%s", rendered)
		})
	}
}
