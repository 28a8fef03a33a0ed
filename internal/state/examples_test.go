package state

import (
	"slices"
	"strings"
	"testing"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/sipuri"
	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExamplesAreTheIssueList(t *testing.T) {
	// Issue 6 names these presets, in this order, then the Calls API examples.
	want := []string{
		"basic-dial", "authentication", "custom-headers", "user-to-user", "tcp", "tls",
		"secure-media", "region-ie1", "call-screening", "call-progress-events", "parallel",
		"sequential", "calls-basic", "calls-authentication", "calls-headers",
	}
	var got []string
	for _, ex := range Examples() {
		got = append(got, ex.ID)
		assert.NotEmpty(t, ex.Title, ex.ID)
		assert.Equal(t, strings.ToLower(ex.ID), ex.ID, "kebab-case id")
		assert.NotContains(t, ex.ID, " ", "kebab-case id")
	}
	assert.Equal(t, want, got)
}

func TestExamplesAreTheHandWrittenPresets(t *testing.T) {
	want := handWrittenExamples()
	got := Examples()
	require.Len(t, got, len(want))
	for i := range want {
		assert.Equal(t, want[i], got[i], want[i].ID)
	}
}

func TestExamplesFillThePanesConsistently(t *testing.T) {
	for _, ex := range Examples() {
		s := ex.State
		require.NotEmpty(t, s.Dial.Sips, ex.ID)
		assert.Equal(t, s.Dial.Sips[0].URI, s.URI, "%s: pane 1 holds the first noun", ex.ID)
		assert.Equal(t, ModeBuilder, s.Mode, ex.ID)
		assert.Equal(t, twiml.Render(s.Dial), s.XML, "%s: the XML is the builder's", ex.ID)
		assert.False(t, s.ToEdited, ex.ID)
		assert.Equal(t, s.URI, s.Call.To, "%s: To follows pane 1", ex.ID)
		assert.NotEmpty(t, s.Call.From, ex.ID)
		assert.Contains(t, []Pane{PaneURI, PaneTwiML, PaneCall}, s.Pane, ex.ID)
		switch s.Source {
		case SourceTwiml:
			assert.Equal(t, s.XML, s.Call.Twiml, "%s: inline Twiml follows pane 2", ex.ID)
			assert.Empty(t, s.Call.Url, ex.ID)
		case SourceURL:
			assert.NotEmpty(t, s.Call.Url, ex.ID)
			assert.Empty(t, s.Call.Twiml, ex.ID)
		default:
			t.Errorf("%s: source %q", ex.ID, s.Source)
		}
		if d, err := twiml.ParseDial(s.XML); assert.NoError(t, err, "%s: the XML maps onto the builder", ex.ID) {
			assert.Equal(t, s.Dial, d, "%s: the XML maps back onto the same builder", ex.ID)
		}
	}
}

// findings returns the errors and warnings that the three panes of s show,
// as sorted "pane:code". Info findings explain and do not count: a state
// with only info findings checks clean (see Example.Findings).
func findings(s State) []string {
	var out []string
	add := func(pane string, ds []sipuri.Diagnostic) {
		for _, d := range ds {
			if d.Severity != sipuri.Info {
				out = append(out, pane+":"+d.Code)
			}
		}
	}
	add("uri", sipuri.Check(s.URI))
	add("twiml", twiml.Check(s.XML))
	add("call", calls.Check(s.Call))
	slices.Sort(out)
	return slices.Compact(out)
}

func TestExamplesCheckAsDocumented(t *testing.T) {
	for _, ex := range Examples() {
		want := slices.Clone(ex.Findings)
		slices.Sort(want)
		got := findings(ex.State)
		assert.Equal(t, want, got, "%s: findings of URI %q, XML %q, call %+v", ex.ID, ex.State.URI, ex.State.XML, ex.State.Call)
		if len(want) > 0 {
			assert.NotEmpty(t, ex.Notes, "%s: documented findings need a note", ex.ID)
		}
	}
}

func TestExamplesSurviveALink(t *testing.T) {
	for _, ex := range Examples() {
		got, err := Decode(Encode(ex.State, true))
		require.NoError(t, err, ex.ID)
		assert.Equal(t, ex.State, got, ex.ID)
	}
}

// handWrittenExamples is the gallery written out by hand from the vendor
// pages (see Examples): Examples must return exactly this.
func handWrittenExamples() []Example {
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
		twimlExample("tls", "TLS transport", PaneURI,
			"Info only, in every pane: tls-port (Twilio uses port 5061) and tls-signalling-only "+
				"(TLS encrypts the signalling; add secure=true for SRTP media).", nil,
			twiml.Dial{Sips: []twiml.Sip{{URI: "sip:jack@example.com;transport=tls"}}}),
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
			[]string{"twiml:dial-multiple-nouns", "call:dial-multiple-nouns"},
			twiml.Dial{Sips: []twiml.Sip{
				{URI: "sip:alice-soft-phone@example.com"},
				{URI: "sip:alice-desk-phone@example.com"},
				{URI: "sip:alice-mobile-client@example.com"},
			}}),
		twimlExample("sequential", "Sequential dialing", PaneTwiML, multipleNounsNote,
			[]string{"twiml:dial-multiple-nouns", "call:dial-multiple-nouns"},
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

// The vendor's sample values: Calls API pages and <Sip> noun pages.
const (
	vendorFrom = "Jack"
	vendorURL  = "http://www.example.com/sipdial.xml"
	allEvents  = "initiated ringing answered completed"

	multipleNounsNote = "Several <Sip> nouns in one <Dial> need Enhanced Programmable SIP Features " +
		"(Voice settings in the Console), so TwiML and the call's inline Twiml warn dial-multiple-nouns."
)

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
