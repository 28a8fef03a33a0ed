package view

import (
	"testing"

	"github.com/sipplay/sipplay/internal/state"
	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestApply(t *testing.T) {
	base := state.Default()
	base = AddSip(base)
	tests := []struct {
		name  string
		act   Action
		v     string
		ok    bool
		check func(t *testing.T, s state.State)
	}{
		{"uri", Action{Kind: ActURI}, "sip:bob@example.com", true, func(t *testing.T, s state.State) {
			assert.Equal(t, "sip:bob@example.com", s.URI)
			assert.Equal(t, "sip:bob@example.com", s.Call.To)
		}},
		{"xml", Action{Kind: ActXML}, "<Response/>", true, func(t *testing.T, s state.State) {
			assert.Equal(t, "<Response/>", s.XML)
			assert.Equal(t, state.ModeXML, s.Mode, "typing XML is the XML mode")
		}},
		{"mode xml", Action{Kind: ActMode, Mode: state.ModeXML}, "", true, func(t *testing.T, s state.State) { assert.Equal(t, state.ModeXML, s.Mode) }},
		{"dial callerId", Action{Kind: ActDial, Name: "callerId"}, "+1555", true, func(t *testing.T, s state.State) { assert.Equal(t, "+1555", s.Dial.CallerId) }},
		{"sip 1 username", Action{Kind: ActSip, Sip: 1, Name: "username"}, "carol", true, func(t *testing.T, s state.State) { assert.Equal(t, "carol", s.Dial.Sips[1].Username) }},
		{"sip 0 uri", Action{Kind: ActSip, Sip: 0, Name: "uri"}, "sip:z@example.com", true, func(t *testing.T, s state.State) { assert.Equal(t, "sip:z@example.com", s.Dial.Sips[0].URI) }},
		{"sip add", Action{Kind: ActSipAdd}, "", true, func(t *testing.T, s state.State) { assert.Len(t, s.Dial.Sips, 3) }},
		{"sip remove 0", Action{Kind: ActSipRemove, Sip: 0}, "", true, func(t *testing.T, s state.State) { assert.Len(t, s.Dial.Sips, 1) }},
		{"sip up 1", Action{Kind: ActSipUp, Sip: 1}, "", true, func(t *testing.T, s state.State) { assert.Equal(t, base.Dial.Sips[1], s.Dial.Sips[0]) }},
		{"sip down 0", Action{Kind: ActSipDown, Sip: 0}, "", true, func(t *testing.T, s state.State) { assert.Equal(t, base.Dial.Sips[0], s.Dial.Sips[1]) }},
		{"call From", Action{Kind: ActCall, Name: "From"}, "Jack", true, func(t *testing.T, s state.State) { assert.Equal(t, "Jack", s.Call.From) }},
		{"source Twiml", Action{Kind: ActSource, Source: state.SourceTwiml}, "", true, func(t *testing.T, s state.State) { assert.Equal(t, state.SourceTwiml, s.Source) }},
		{"follow", Action{Kind: ActFollow}, "", true, func(t *testing.T, s state.State) { assert.False(t, s.ToEdited) }},
		{"relink", Action{Kind: ActRelink}, "", true, func(t *testing.T, s state.State) { assert.Equal(t, s.URI, s.Dial.Sips[0].URI) }},
		{"pane call", Action{Kind: ActPane, Pane: state.PaneCall}, "", true, func(t *testing.T, s state.State) { assert.Equal(t, state.PaneCall, s.Pane) }},
		{"pane nowhere", Action{Kind: ActPane, Pane: "nowhere"}, "", false, nil},
		{"mode bogus", Action{Kind: ActMode, Mode: "bogus"}, "", false, nil},
		{"source bogus", Action{Kind: ActSource, Source: "bogus"}, "", false, nil},
		{"sip -1 uri", Action{Kind: ActSip, Sip: -1, Name: "uri"}, "v", false, nil},
		{"sip remove 2 of 2", Action{Kind: ActSipRemove, Sip: 2}, "", false, nil},
		{"sip up 99999", Action{Kind: ActSipUp, Sip: 99999}, "", false, nil},
		{"zero action", Action{}, "", false, nil},
	}
	for _, tt := range tests {
		s, ok := Apply(base, tt.act, tt.v)
		require.Equal(t, tt.ok, ok, "Apply(%+v, %q)", tt.act, tt.v)
		if !ok {
			assert.Equal(t, base, s, "an action %+v that does not apply leaves the state", tt.act)
			continue
		}
		t.Run(tt.name, func(t *testing.T) { tt.check(t, s) })
	}
}

// controls lists every form control of p by id, as the components render
// it: the editors' texts and each field's value and invalid flag.
func controls(p *Page) map[string]Field {
	out := map[string]Field{
		"uri-input":   {ID: "uri-input", Value: p.URI.Text},
		"twiml-input": {ID: "twiml-input", Value: p.XML.Text},
	}
	add := func(fs []Field) {
		for _, f := range fs {
			out[f.ID] = f
		}
	}
	add(p.DialCommon)
	add(p.DialMore)
	for i, n := range p.Sips {
		id := "sip-" + string(rune('0'+i)) + "-uri"
		out[id] = Field{ID: id, Value: n.URI.Text}
		add(n.Common)
		add(n.More)
	}
	add(p.CallCommon)
	add(p.CallMore)
	add(p.Sources)
	add(p.Account)
	return out
}

func TestControls(t *testing.T) {
	var d Deriver
	s := state.Default()
	s = SetCall(s, "StatusCallbackEvent", "initiated answered")
	s = SetCall(s, "From", "bad from!")
	s = SetCall(s, "AuthToken", "tok")
	s = SetSource(s, state.SourceTwiml)
	p := d.Page(s, "")
	byID := controls(&p)
	want := map[string]struct {
		value   string
		invalid bool
	}{
		"uri-input":                   {value: s.URI},
		"twiml-input":                 {value: s.XML},
		"sip-0-uri":                   {value: "sip:alice@example.sip.twilio.com"},
		"dial-callerId":               {},
		"call-To":                     {value: "sip:alice@example.sip.twilio.com"},
		"call-From":                   {value: "bad from!", invalid: true},
		"call-StatusCallbackEvent":    {value: "initiated answered"},
		"call-Twiml":                  {value: s.XML},
		"call-AuthToken":              {value: "tok"},
		"sip-0-machineDetection":      {},
		"call-AsyncAmdStatusCallback": {},
	}
	for id, w := range want {
		f, ok := byID[id]
		if assert.True(t, ok, "control %s", id) {
			assert.Equal(t, w.value, f.Value, "value of %s", id)
			assert.Equal(t, w.invalid, f.Invalid, "aria-invalid of %s", id)
		}
	}
	// every control with a value: 2 editors, one per <Dial> attribute, the URI and one per
	// attribute for the noun, a field per Calls parameter but AccountSid (requestFields),
	// AccountSid, AuthToken
	assert.Len(t, byID, 2+len(attributeFields(twiml.Dial{}))+1+len(attributeFields(twiml.Sip{}))+len(requestFields())+2)
	assert.Equal(t, state.SourceTwiml, p.State.Source, "the radios show the chosen source")
}

func TestReplaced(t *testing.T) {
	typedTo := SetCall(state.Default(), "To", "sip:mine@example.com")
	sameTo := SetCall(state.Default(), "To", state.Default().URI)
	typedSip := SetSip(state.Default(), 0, "uri", "sip:other@example.com")
	two := SetSip(AddSip(state.Default()), 1, "uri", "sip:second@example.com")
	tests := []struct {
		name string
		s    state.State
		a    Action
		want string
	}{
		{"follow over a typed To", typedTo, Action{Kind: ActFollow}, "To follows the SIP URI of pane 1 again."},
		{"follow over a To equal to the URI", sameTo, Action{Kind: ActFollow}, ""},
		{"follow while following", state.Default(), Action{Kind: ActFollow}, ""},
		{"relink over a typed <Sip> URI", typedSip, Action{Kind: ActRelink}, "<Sip> 1 dials the SIP URI of pane 1 again."},
		{"relink while linked", state.Default(), Action{Kind: ActRelink}, ""},
		{"removing noun 2", two, Action{Kind: ActSipRemove, Sip: 1}, "<Sip> 2 removed."},
		{"removing the last noun, which stays", state.Default(), Action{Kind: ActSipRemove, Sip: 0}, ""},
		{"typing", typedTo, Action{Kind: ActCall, Name: "To"}, ""},
		{"moving a noun", two, Action{Kind: ActSipDown, Sip: 0}, ""},
	}
	for _, tt := range tests {
		after, ok := Apply(tt.s, tt.a, "sip:x@example.com")
		require.True(t, ok, "%s: Apply(%+v)", tt.name, tt.a)
		assert.Equal(t, tt.want, Replaced(tt.s, after, tt.a), tt.name)
	}
}
