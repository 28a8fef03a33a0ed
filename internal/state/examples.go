package state

import "strings"

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
//
// Each preset's state is kept as its v1 link (secrets included), which
// costs far less in app.wasm than the same state written as Go. The states
// are written out by hand in examples_test.go (handWrittenExamples), which
// holds every link to its state; a new preset's link is Encode(state, true)
// of its hand-written state.
func Examples() []Example {
	out := make([]Example, len(examples))
	for i, e := range examples {
		s, _ := Decode(e.link)
		out[i] = Example{ID: e.id, Title: e.title, Notes: e.notes, State: s}
		if e.findings != "" {
			out[i].Findings = strings.Fields(e.findings)
		}
	}
	return out
}

// examples holds the presets: ID, Title, Notes, Findings (space-separated)
// and the link of the State.
var examples = [...]struct{ id, title, notes, findings, link string }{
	{"basic-dial", "Basic dial", "", "",
		"v1.Y2QF28Ykgk2SjTUEJCmIVTKbBWRPI8MVmW3rAQ"},
	{"authentication", "Authentication", "", "",
		"v1.Y2QF28Ykgk0DG2sISFIQq6QHCygqfFnBMZTNArK0kcHzh-40AA"},
	{"custom-headers", "Custom headers", "", "",
		"v1.Y4rBJkqtpMnGGgLyiyBNLclmAXm4kcGyZ0olAA"},
	{"user-to-user", "User-to-User header", "", "",
		"v1.YwrAJkp0ksKSHNlYQ0DuF6S6wdksII81MkxcOGM3AA"},
	{"tcp", "TCP transport", "", "",
		"v1.Y1Ii5LPkAjbWEJCLBIlQms0CsryRgUHbvhUA"},
	{"tls", "TLS transport", tlsNote, "",
		"v1.Y1Ii7DM21hCQiwSJUJrNArK8kWHi0qPXAA"},
	{"secure-media", "Secure media (SRTP)", "", "",
		"v1.Y8LuM6TUy8YaAnKPIEGF2SwgixsZljKcFQYA"},
	{"region-ie1", "Region ie1 (Ireland)", "", "",
		"v1.Y1IglLjZWENA7hEkqDCbBWRxI4PPBAd3AA"},
	{"call-screening", "Dial with several attributes (call screening)", "", "",
		"v1.Y2QF28akjk0DPIVCE1tafj4bawhIvYIgZq5lBmYBFRZQgldlAcWluhBmmWHEZGggSKxd7mBjfKTx5PpsFpBnGxnqnHOdAQ"},
	{"call-progress-events", "Call progress events", "", "",
		"v1.Y2QF28Ykgk0DG2sISFIQq6SnHP5o9lIhJvF4s4CiPZsF5OZGhkjZegsA"},
	{"parallel", "Parallel dialing", multipleNouns, multipleNounsFindings,
		"v1.Y2QF28akgDWXIClkYw0BKRQkqBBZBVLeQlahjCujISnKZgF5o5Ghpe3AVwA"},
	{"sequential", "Sequential dialing", multipleNouns, multipleNounsFindings,
		"v1.Y2QF28YkijWNs7GGgGQNWEDJWBC7GkFhLMlfUBxHos9mAbmukSFoaqwHAA"},
	{"calls-basic", "Calls API: basic SIP dial", "", "",
		"v1.Y2QBRQ2TCDb1glhFs1lA5jcqEXbT6e6SLAA"},
	{"calls-authentication", "Calls API: SIP dial with authentication", "", "",
		"v1.Y2QBRQ2TCDb1glhFs1lA5lewARN4UWpJJQvIxEYlwi78VLToIAA"},
	{"calls-headers", "Calls API: headers in the SIP URI", "", "",
		"v1.Y2QBRQ2TFjb19lgTiyAJarNZQG5pVCLsfvHiV70A"},
}

const (
	tlsNote = "Info only, in every pane: tls-port (Twilio uses port 5061) and tls-signalling-only " +
		"(TLS encrypts the signalling; add secure=true for SRTP media)."

	// multipleNouns is the note of the parallel and sequential examples.
	multipleNouns = "Several <Sip> nouns in one <Dial> need Enhanced Programmable SIP Features " +
		"(Voice settings in the Console), so TwiML and the call's inline Twiml warn dial-multiple-nouns."
	multipleNounsFindings = "twiml:dial-multiple-nouns call:dial-multiple-nouns"
)
