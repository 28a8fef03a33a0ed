package state

import (
	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/twiml"
)

// An Example is a named preset for the gallery.
type Example struct {
	ID    string // stable, kebab-case, e.g. "custom-headers"
	Title string // shown in the select
	Notes string // the documented findings it gives, if any
	State State

	// Findings lists the errors and warnings the example is documented to
	// give, as "pane:code" with pane "uri", "twiml" or "call", e.g.
	// "twiml:dial-multiple-nouns". Info findings are not listed: they
	// explain (TLS signs signalling only, say) and do not make a state
	// unclean. Empty means the example checks clean.
	Findings []string
}

// Examples lists the gallery presets in display order. Each fills all three
// panes consistently: the URI is the (first) <Sip> body, the XML is
// twiml.Render of the builder, and the Calls request dials the URI. The
// TwiML examples send pane 2's document as inline Twiml (From is the
// vendor's "Jack"); the Calls API examples use the vendor's From and Url
// (http://www.example.com/sipdial.xml).
//
// Values come from the vendor pages (../shared/reference). Where a sample
// breaks a rule the vendor states elsewhere, the rule wins: headers get the
// x- prefix Twilio needs to forward them, and the basic dial uses the page's
// first sample, sip:jack@example.com, since Example 1's "kate@example.com"
// has no scheme. The pages describe the parallel and sequential examples
// (Alice's soft phone, desk phone and mobile client; Alice, then Bob, then
// Charlie) without their documents, which are written from that prose.
func Examples() []Example {
	return []Example{
		twimlExample("basic-dial", "Basic dial", PaneTwiML, "", nil, twiml.Dial{
			Sips: []twiml.Sip{{URI: "sip:jack@example.com"}},
		}),
		twimlExample("authentication", "Authentication", PaneTwiML, "", nil, twiml.Dial{
			Sips: []twiml.Sip{{URI: "sip:kate@example.com", Username: "admin", Password: "1234"}},
		}),
		twimlExample("custom-headers", "Custom headers", PaneURI, "", nil, twiml.Dial{
			Sips: []twiml.Sip{{URI: "sip:jack@example.com?x-customname=Madhu%2CMathiyalagan%3BTitle%3DManager&x-myotherheader=bar"}},
		}),
		twimlExample("user-to-user", "User-to-User header", PaneURI, "", nil, twiml.Dial{
			Sips: []twiml.Sip{{URI: "sip:jack@example.com?User-to-User=123456789%3Bencoding%3Dhex&x-myotherheader=bar"}},
		}),
		twimlExample("tcp", "TCP transport", PaneURI, "", nil, twiml.Dial{
			Sips: []twiml.Sip{{URI: "sip:jack@example.com;transport=tcp"}},
		}),
		twimlExample("tls", "TLS transport", PaneURI, tlsNote, nil, twiml.Dial{
			Sips: []twiml.Sip{{URI: "sip:jack@example.com;transport=tls"}},
		}),
		twimlExample("secure-media", "Secure media (SRTP)", PaneURI, "", nil, twiml.Dial{
			Sips: []twiml.Sip{{URI: "sip:jack@example.com;secure=true"}},
		}),
		twimlExample("region-ie1", "Region ie1 (Ireland)", PaneURI, "", nil, twiml.Dial{
			Sips: []twiml.Sip{{URI: "sip:alice@example.com;region=ie1"}},
		}),
		twimlExample("call-screening", "Dial with several attributes (call screening)", PaneTwiML, "", nil, twiml.Dial{
			Record: "record-from-answer", Timeout: "10", HangupOnStar: "true", CallerId: "bob",
			Method: "POST", Action: "/handle_post_dial",
			Sips: []twiml.Sip{{
				URI:    "sip:kate@example.com?x-customheader=foo",
				Method: "POST", Url: "/handle_screening_on_answer",
			}},
		}),
		twimlExample("call-progress-events", "Call progress events", PaneTwiML, "", nil, twiml.Dial{
			Sips: []twiml.Sip{{
				URI:                 "sip:kate@example.com",
				StatusCallbackEvent: allEvents, StatusCallback: "https://myapp.com/calls/events",
				StatusCallbackMethod: "POST",
			}},
		}),
		twimlExample("parallel", "Parallel dialing", PaneTwiML, multipleNounsNote,
			multipleNounsFindings(),
			twiml.Dial{Sips: []twiml.Sip{
				{URI: "sip:alice-soft-phone@example.com"},
				{URI: "sip:alice-desk-phone@example.com"},
				{URI: "sip:alice-mobile-client@example.com"},
			}}),
		twimlExample("sequential", "Sequential dialing", PaneTwiML, multipleNounsNote,
			multipleNounsFindings(),
			twiml.Dial{Sequential: "true", Sips: []twiml.Sip{
				{URI: "sip:alice@example.com"},
				{URI: "sip:bob@example.com"},
				{URI: "sip:charlie@example.com"},
			}}),
		callsExample("calls-basic", "Calls API: basic SIP dial", calls.Request{
			To: "sip:kate@example.com",
		}),
		callsExample("calls-authentication", "Calls API: SIP dial with authentication", calls.Request{
			To: "sip:kate@example.com", SipAuthUsername: "jack", SipAuthPassword: "secret",
		}),
		callsExample("calls-headers", "Calls API: headers in the SIP URI", calls.Request{
			To: "sip:kate@example.com?X-hatchkey=4815162342",
		}),
	}
}

// The vendor's sample values (Calls API pages and <Sip> noun pages) and the
// presets' notes.
const (
	vendorFrom = "Jack"
	vendorURL  = "http://www.example.com/sipdial.xml"
	allEvents  = "initiated ringing answered completed"

	tlsNote = "Info only, in every pane: tls-port (Twilio uses port 5061) and tls-signalling-only " +
		"(TLS encrypts the signalling; add secure=true for SRTP media)."

	// multipleNounsNote is the note of the parallel and sequential examples,
	// which warn dial-multiple-nouns.
	multipleNounsNote = "Several <Sip> nouns in one <Dial> need Enhanced Programmable SIP Features " +
		"(Voice settings in the Console), so TwiML and the call's inline Twiml warn dial-multiple-nouns."
)

// multipleNounsFindings are the findings of the parallel and sequential
// examples: pane 2 and the call's inline Twiml (which calls checks with
// twiml) warn about the several nouns.
func multipleNounsFindings() []string {
	return []string{"twiml:" + twiml.CodeDialMultipleNouns, "call:" + twiml.CodeDialMultipleNouns}
}

// twimlExample builds a preset around a <Dial>: pane 1 holds its first
// <Sip> body, and the Calls request dials that URI with the document as
// inline Twiml.
func twimlExample(id, title string, pane Pane, notes string, findings []string, d twiml.Dial) Example {
	s := State{
		Pane:   pane,
		URI:    d.Sips[0].URI,
		Mode:   ModeBuilder,
		Dial:   d,
		XML:    twiml.Render(d),
		Source: SourceTwiml,
	}
	s.Call = calls.Request{To: s.URI, From: vendorFrom, Twiml: s.XML}
	return Example{ID: id, Title: title, Notes: notes, State: s, Findings: findings}
}

// callsExample builds a preset around a Calls request from the Making SIP
// Calls pages: the vendor's From and Url, and a <Dial> of the same URI.
func callsExample(id, title string, r calls.Request) Example {
	r.From, r.Url = vendorFrom, vendorURL
	d := twiml.Dial{Sips: []twiml.Sip{{URI: r.To}}}
	s := State{
		Pane:   PaneCall,
		URI:    r.To,
		Mode:   ModeBuilder,
		Dial:   d,
		XML:    twiml.Render(d),
		Call:   r,
		Source: SourceURL,
	}
	return Example{ID: id, Title: title, State: s}
}
