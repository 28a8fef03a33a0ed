package view

import (
	"strings"
	"testing"

	"github.com/sipplay/sipplay/internal/state"
	"github.com/sipplay/sipplay/sipuri"
	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestToFollowsURI(t *testing.T) {
	s := state.Default()
	s = SetURI(s, "sip:bob@example.com")
	assert.Equal(t, "sip:bob@example.com", s.Call.To, "To follows pane 1 while not edited")

	s = SetCall(s, "To", "sip:carol@example.com")
	assert.True(t, s.ToEdited)
	s = SetURI(s, "sip:dave@example.com")
	assert.Equal(t, "sip:carol@example.com", s.Call.To, "an edited To stays")
	assert.Equal(t, "sip:carol@example.com", Effective(s).To)

	s = FollowURI(s)
	assert.False(t, s.ToEdited)
	assert.Equal(t, "sip:dave@example.com", s.Call.To, "following again takes pane 1's URI")
}

func TestSetCall(t *testing.T) {
	tests := []struct {
		name, field, value string
		check              func(t *testing.T, s state.State)
	}{
		{"plain field", "From", "+15551234567", func(t *testing.T, s state.State) {
			assert.Equal(t, "+15551234567", s.Call.From)
		}},
		{"list splits on spaces", "StatusCallbackEvent", " initiated  ringing answered ", func(t *testing.T, s state.State) {
			assert.Equal(t, []string{"initiated", "ringing", "answered"}, s.Call.StatusCallbackEvent)
		}},
		{"empty list", "RecordingStatusCallbackEvent", "  ", func(t *testing.T, s state.State) {
			assert.Empty(t, s.Call.RecordingStatusCallbackEvent)
		}},
		{"typing an application sid chooses it", "ApplicationSid", "AP123", func(t *testing.T, s state.State) {
			assert.Equal(t, state.SourceApplication, s.Source)
			assert.Equal(t, "AP123", s.Call.ApplicationSid)
		}},
		{"typing a url chooses it", "Url", "https://x.example/t.xml", func(t *testing.T, s state.State) {
			assert.Equal(t, state.SourceURL, s.Source)
		}},
		{"auth token", "AuthToken", "secret", func(t *testing.T, s state.State) {
			assert.Equal(t, "secret", s.AuthToken)
		}},
		{"Twiml is not typed here", "Twiml", "<Response/>", func(t *testing.T, s state.State) {
			assert.Empty(t, s.Call.Twiml)
		}},
		{"unknown name changes nothing", "Nope", "x", func(t *testing.T, s state.State) {
			assert.Equal(t, state.Default(), s)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := state.Default()
			s.Source = state.SourceTwiml
			if tt.name == "unknown name changes nothing" {
				s = state.Default()
			}
			tt.check(t, SetCall(s, tt.field, tt.value))
		})
	}
}

func TestEffectiveSource(t *testing.T) {
	s := state.Default()
	s.Call.Url = "https://example.com/a.xml"
	s.Call.ApplicationSid = "AP0123456789abcdef0123456789abcdef"
	s.Call.Twiml = "<Response/>"

	s.Source = state.SourceURL
	r := Effective(s)
	assert.Equal(t, []string{"https://example.com/a.xml", "", ""}, []string{r.Url, r.Twiml, r.ApplicationSid}, "Url")

	s.Source = state.SourceTwiml
	r = Effective(s)
	assert.Equal(t, []string{"", s.XML, ""}, []string{r.Url, r.Twiml, r.ApplicationSid}, "Twiml is pane 2's document")

	s.Source = state.SourceApplication
	r = Effective(s)
	assert.Equal(t, []string{"", "", "AP0123456789abcdef0123456789abcdef"}, []string{r.Url, r.Twiml, r.ApplicationSid}, "ApplicationSid")

	assert.Equal(t, state.SourceTwiml, SetSource(s, state.SourceTwiml).Source)
	assert.Equal(t, state.SourceApplication, SetSource(s, "bogus").Source, "an unknown source is ignored")
}

func TestBuilderEditsPatchXML(t *testing.T) {
	s := state.Default()
	s.Mode = state.ModeXML
	s = SetDial(s, "callerId", "+15550001111")
	assert.Equal(t, "+15550001111", s.Dial.CallerId)
	assert.Equal(t, state.ModeXML, s.Mode, "the builder edits the XML; the mode stays")
	assert.Contains(t, s.XML, `callerId="+15550001111"`)

	s = SetSip(s, 0, "username", "alice")
	assert.Equal(t, "alice", s.Dial.Sips[0].Username)
	assert.Contains(t, s.XML, `username="alice"`)

	s = SetSip(s, 0, "uri", "sip:zed@example.com")
	assert.Contains(t, s.XML, "sip:zed@example.com")

	before := s
	assert.Equal(t, before, SetSip(s, 5, "username", "x"), "a noun that does not exist changes nothing")
}

// The report: a document the builder cannot show whole keeps every
// byte the builder does not edit, and pane 3's inline Twiml with it.
func TestBuilderKeepsWhatItCannotShow(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-8"?>
<Response>
  <Say>Connecting</Say>
  <!-- my comment -->
  <Dial timeout='20'>
    <Number>+15551234567</Number>
    <Sip>sip:alice@example.com</Sip>
  </Dial>
  <Hangup/>
</Response>`
	s := SetXML(state.Default(), doc)
	s.Source = state.SourceTwiml
	s = SetMode(s, state.ModeBuilder)
	assert.Equal(t, doc, s.XML, "switching to the builder changes nothing")
	s = SetSip(s, 0, "uri", "sip:bob@example.com")
	s = SetDial(s, "callerId", "+15550001111")
	want := strings.Replace(strings.Replace(doc, "sip:alice@", "sip:bob@", 1), "timeout='20'", `timeout='20' callerId="+15550001111"`, 1)
	assert.Equal(t, want, s.XML, "only the edited bytes changed")
	assert.Equal(t, want, Effective(s).Twiml, "the inline Twiml is the whole document")
}

func TestBuilderReadOnlyWhenBroken(t *testing.T) {
	s := SetXML(state.Default(), "<Response><Dial><Sip>sip:a@b.c</Sip></Dial>")
	for name, edit := range map[string]func(state.State) state.State{
		"attribute": func(s state.State) state.State { return SetDial(s, "timeout", "5") },
		"uri":       func(s state.State) state.State { return SetSip(s, 0, "uri", "sip:x@y.z") },
		"add":       AddSip,
		"mode":      func(s state.State) state.State { return SetMode(s, state.ModeBuilder) },
	} {
		assert.Equal(t, "<Response><Dial><Sip>sip:a@b.c</Sip></Dial>", edit(s).XML, "%s leaves a broken document alone", name)
	}
}

func TestSipFollowsURIWhileLinked(t *testing.T) {
	s := state.Default()
	require.True(t, SipLinked(s), "the first noun dials pane 1's URI")
	s = SetURI(s, "sip:bob@example.com")
	assert.Equal(t, "sip:bob@example.com", s.Dial.Sips[0].URI, "<Sip> 1 follows pane 1")
	assert.Contains(t, s.XML, "<Sip>sip:bob@example.com</Sip>")

	s = SetSip(s, 0, "uri", "sip:carol@example.com")
	assert.False(t, SipLinked(s), "edited on its own, it stops following")
	s = SetURI(s, "sip:dave@example.com")
	assert.Equal(t, "sip:carol@example.com", s.Dial.Sips[0].URI, "an unlinked noun stays")

	s = RelinkSip(s)
	assert.True(t, SipLinked(s))
	assert.Equal(t, "sip:dave@example.com", s.Dial.Sips[0].URI, "relinked, it dials pane 1's URI")
}

func TestSipNouns(t *testing.T) {
	s := state.Default()
	s = SetURI(s, "sip:b@example.com")
	s = SetSip(s, 0, "uri", "sip:alice@example.sip.twilio.com")
	s = AddSip(s)
	require.Len(t, s.Dial.Sips, 2)
	assert.Equal(t, "sip:b@example.com", s.Dial.Sips[1].URI, "a new noun dials pane 1's URI")
	assert.Equal(t, 2, strings.Count(s.XML, "<Sip"), "the XML has both nouns")

	orig := s
	s = MoveSip(s, 1, -1)
	assert.Equal(t, []string{"sip:b@example.com", "sip:alice@example.sip.twilio.com"}, []string{s.Dial.Sips[0].URI, s.Dial.Sips[1].URI})
	assert.Equal(t, "sip:alice@example.sip.twilio.com", orig.Dial.Sips[0].URI, "the earlier state is untouched")
	assert.Equal(t, s, MoveSip(s, 0, -1), "moving the first noun up changes nothing")
	assert.Equal(t, s, MoveSip(s, 1, 1), "moving the last noun down changes nothing")

	s = RemoveSip(s, 0)
	require.Len(t, s.Dial.Sips, 1)
	assert.Equal(t, "sip:alice@example.sip.twilio.com", s.Dial.Sips[0].URI)
	assert.Equal(t, s, RemoveSip(s, 0), "the last noun stays")

	for i := 0; i < 20; i++ {
		s = AddSip(s)
	}
	assert.Len(t, s.Dial.Sips, MaxSips, "at most ten nouns")
}

func TestSetXML(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-8"?>
<Response>
  <Dial callerId="+15551112222" timeout="20">
    <Sip username="u" password="p">sip:x@example.com;transport=tls</Sip>
    <Sip>sip:y@example.com</Sip>
  </Dial>
</Response>`
	s := SetXML(state.Default(), doc)
	assert.Equal(t, doc, s.XML, "the XML stays exactly as typed")
	assert.Equal(t, "+15551112222", s.Dial.CallerId, "the builder is refilled")
	assert.Equal(t, "20", s.Dial.Timeout)
	require.Len(t, s.Dial.Sips, 2)
	assert.Equal(t, twiml.Sip{URI: "sip:x@example.com;transport=tls", Username: "u", Password: "p"}, s.Dial.Sips[0])
	assert.Equal(t, "sip:y@example.com", s.Dial.Sips[1].URI)

	other := `<Response><Dial callerId="+1"><Number>+15550000000</Number></Dial></Response>`
	s2 := SetXML(s, other)
	assert.Equal(t, other, s2.XML, "a document with other nouns stays as typed")
	assert.Equal(t, twiml.Dial{CallerId: "+1"}, s2.Dial, "and the builder shows what it can")

	s3 := SetMode(s2, state.ModeBuilder)
	assert.Equal(t, state.ModeBuilder, s3.Mode)
	assert.Equal(t, other, s3.XML, "back in the builder the XML is as it was")
}

func TestFixes(t *testing.T) {
	s := SetURI(state.Default(), "sip:a@example.com;transport=TCP")
	s = FixURI(s, &sipuri.Fix{Start: 28, End: 31, NewText: "tcp"})
	assert.Equal(t, "sip:a@example.com;transport=tcp", s.URI)
	assert.Equal(t, s.URI, s.Call.To, "To follows the fixed URI")
	assert.Equal(t, s, FixURI(s, nil), "no fix, no change")

	s = FixCall(s, sipuri.Diagnostic{Field: "To", Fix: &sipuri.Fix{Start: 0, End: 3, NewText: "sips"}})
	assert.Equal(t, "sips:a@example.com;transport=tcp", s.URI, "a fix on a following To fixes pane 1")

	s = SetCall(s, "From", "+1 555")
	s = FixCall(s, sipuri.Diagnostic{Field: "From", Fix: &sipuri.Fix{Start: 2, End: 3, NewText: ""}})
	assert.Equal(t, "+1555", s.Call.From)

	s = SetCall(s, "StatusCallbackEvent", "initiated,ringing")
	s = FixCall(s, sipuri.Diagnostic{Field: "StatusCallbackEvent", Fix: &sipuri.Fix{Start: 9, End: 10, NewText: "\n"}})
	assert.Equal(t, []string{"initiated", "ringing"}, s.Call.StatusCallbackEvent, "a list fix is applied to the joined values")

	s.Source = state.SourceTwiml
	s = SetXML(s, "<Response><Dial><Sip>sip:a@b.com</Sip></Dial></Respons>")
	s = FixCall(s, sipuri.Diagnostic{Field: "Twiml", Fix: &sipuri.Fix{Start: 47, End: 54, NewText: "Response"}})
	assert.Equal(t, "<Response><Dial><Sip>sip:a@b.com</Sip></Dial></Response>", s.XML, "a fix on Twiml fixes pane 2")

	s = FixXML(s, &sipuri.Fix{Start: 0, End: 0, NewText: "<?xml version=\"1.0\"?>"})
	assert.True(t, strings.HasPrefix(s.XML, "<?xml"))
}

func TestFixTarget(t *testing.T) {
	s := SetURI(state.Default(), "sip:a@example.com;transport=TCP")
	s = SetCall(s, "From", "+1 555")
	edited := SetCall(s, "To", "sip:b@example.com ")
	tests := []struct {
		name     string
		s        state.State
		pane     state.Pane
		field    string
		id, text string // "" id: the fix is applied to the state
	}{
		{"a URI finding", s, state.PaneURI, "", "uri-input", "sip:a@example.com;transport=TCP"},
		{"a TwiML finding", s, state.PaneTwiML, "", "twiml-input", s.XML},
		{"To following pane 1", s, state.PaneCall, "To", "uri-input", "sip:a@example.com;transport=TCP"},
		{"To edited", edited, state.PaneCall, "To", "call-To", "sip:b@example.com "},
		{"Twiml", s, state.PaneCall, "Twiml", "twiml-input", s.XML},
		{"a text parameter", s, state.PaneCall, "From", "call-From", "+1 555"},
		{"the AccountSid", SetCall(s, "AccountSid", "AC12"), state.PaneCall, "AccountSid", "call-AccountSid", "AC12"},
		{"a list parameter", SetCall(s, "StatusCallbackEvent", "initiated,ringing"), state.PaneCall, "StatusCallbackEvent", "", ""},
		{"a choice", SetCall(s, "Method", "get"), state.PaneCall, "Method", "", ""},
		{"an unknown parameter", s, state.PaneCall, "Nope", "", ""},
		{"the flow pane", s, state.PaneFlow, "", "", ""},
	}
	for _, tt := range tests {
		id, text, ok := FixTarget(tt.s, tt.pane, sipuri.Diagnostic{Field: tt.field, Fix: &sipuri.Fix{}})
		assert.Equal(t, tt.id != "", ok, "%s: applied in a control", tt.name)
		assert.Equal(t, tt.id, id, "%s: the control", tt.name)
		assert.Equal(t, tt.text, text, "%s: the text it shows", tt.name)
	}
}

func TestFixByPane(t *testing.T) {
	s := SetURI(state.Default(), "sip:a@example.com;transport=TCP")
	s = SetCall(s, "StatusCallbackEvent", "initiated,ringing")
	tcp := &sipuri.Fix{Start: 28, End: 31, NewText: "tcp"}
	assert.Equal(t, "sip:a@example.com;transport=tcp", Fix(s, state.PaneURI, sipuri.Diagnostic{Fix: tcp}).URI, "pane 1")
	assert.Equal(t, "<?xml", Fix(s, state.PaneTwiML, sipuri.Diagnostic{Fix: &sipuri.Fix{Start: 0, End: len(s.XML), NewText: "<?xml"}}).XML, "pane 2")
	split := sipuri.Diagnostic{Field: "StatusCallbackEvent", Fix: &sipuri.Fix{Start: 9, End: 10, NewText: "\n"}}
	assert.Equal(t, []string{"initiated", "ringing"}, Fix(s, state.PaneCall, split).Call.StatusCallbackEvent, "pane 3")
	assert.Equal(t, s, Fix(s, state.PaneFlow, sipuri.Diagnostic{Fix: tcp}), "the flow has no findings to fix")
}

func TestLeftOutOfLinks(t *testing.T) {
	tests := []struct {
		name string
		s    state.State
		want bool
	}{
		{"the defaults", state.Default(), false},
		{"a username alone", SetCall(state.Default(), "SipAuthUsername", "jack"), false},
		{"SipAuthPassword", SetCall(SetCall(state.Default(), "SipAuthUsername", "jack"), "SipAuthPassword", "pw"), true},
		{"the auth token", SetCall(state.Default(), "AuthToken", "0123"), true},
		{"a <Sip> password", SetSip(state.Default(), 0, "password", "pw"), true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, LeftOutOfLinks(tt.s), tt.name)
	}
}

func TestFixOfAFollowingSipFixesPaneOne(t *testing.T) {
	s := SetURI(state.Default(), "sip:a@example.com;transport=TCP")
	require.True(t, SipLinked(s), "<Sip> 1 follows pane 1")
	at := strings.Index(s.XML, "TCP")
	require.Positive(t, at, "the URI is in the document: %s", s.XML)
	tcp := sipuri.Diagnostic{Fix: &sipuri.Fix{Start: at, End: at + 3, NewText: "tcp"}}

	for _, pane := range []state.Pane{state.PaneTwiML, state.PaneCall} {
		d := tcp
		if pane == state.PaneCall {
			d.Field = "Twiml"
		}
		got := Fix(s, pane, d)
		assert.Equal(t, "sip:a@example.com;transport=tcp", got.URI, "%s: pane 1 is fixed", pane)
		assert.Equal(t, got.URI, got.Call.To, "%s: To follows", pane)
		assert.True(t, SipLinked(got), "%s: <Sip> 1 still follows pane 1", pane)
		assert.Equal(t, strings.Replace(s.XML, "TCP", "tcp", 1), got.XML, "%s: the document is fixed", pane)
		_, _, inField := FixTarget(s, pane, d)
		assert.False(t, inField, "%s: a fix of two panes is applied to the state", pane)
	}

	edited := SetSip(s, 0, "uri", "sip:b@example.com;transport=TCP")
	at = strings.Index(edited.XML, "TCP")
	got := Fix(edited, state.PaneTwiML, sipuri.Diagnostic{Fix: &sipuri.Fix{Start: at, End: at + 3, NewText: "tcp"}})
	assert.Equal(t, s.URI, got.URI, "a <Sip> edited on its own is fixed alone")
	assert.Equal(t, "sip:b@example.com;transport=tcp", got.Dial.Sips[0].URI)

	whole := Fix(s, state.PaneTwiML, sipuri.Diagnostic{Fix: &sipuri.Fix{Start: 0, End: len(s.XML), NewText: "<Response><Dial><Sip>sip:c@example.com</Sip></Dial><Hangup/></Response>"}})
	assert.Equal(t, s.URI, whole.URI, "a fix that changes more than the URI is the document's alone")
}
