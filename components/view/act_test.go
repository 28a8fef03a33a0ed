package view

import (
	"testing"

	"github.com/sipplay/sipplay/internal/state"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestApply(t *testing.T) {
	base := state.Default()
	base = AddSip(base)
	tests := []struct {
		act, v string
		ok     bool
		check  func(t *testing.T, s state.State)
	}{
		{"uri", "sip:bob@example.com", true, func(t *testing.T, s state.State) {
			assert.Equal(t, "sip:bob@example.com", s.URI)
			assert.Equal(t, "sip:bob@example.com", s.Call.To)
		}},
		{"xml", "<Response/>", true, func(t *testing.T, s state.State) {
			assert.Equal(t, "<Response/>", s.XML)
			assert.Equal(t, state.ModeXML, s.Mode, "typing XML is the XML mode")
		}},
		{"mode:xml", "", true, func(t *testing.T, s state.State) { assert.Equal(t, state.ModeXML, s.Mode) }},
		{"dial:callerId", "+1555", true, func(t *testing.T, s state.State) { assert.Equal(t, "+1555", s.Dial.CallerId) }},
		{"sip:1:username", "carol", true, func(t *testing.T, s state.State) { assert.Equal(t, "carol", s.Dial.Sips[1].Username) }},
		{"sip:0:uri", "sip:z@example.com", true, func(t *testing.T, s state.State) { assert.Equal(t, "sip:z@example.com", s.Dial.Sips[0].URI) }},
		{"sip-add", "", true, func(t *testing.T, s state.State) { assert.Len(t, s.Dial.Sips, 3) }},
		{"sip-remove:0", "", true, func(t *testing.T, s state.State) { assert.Len(t, s.Dial.Sips, 1) }},
		{"sip-up:1", "", true, func(t *testing.T, s state.State) { assert.Equal(t, base.Dial.Sips[1], s.Dial.Sips[0]) }},
		{"sip-down:0", "", true, func(t *testing.T, s state.State) { assert.Equal(t, base.Dial.Sips[0], s.Dial.Sips[1]) }},
		{"call:From", "Jack", true, func(t *testing.T, s state.State) { assert.Equal(t, "Jack", s.Call.From) }},
		{"source:Twiml", "", true, func(t *testing.T, s state.State) { assert.Equal(t, state.SourceTwiml, s.Source) }},
		{"follow", "", true, func(t *testing.T, s state.State) { assert.False(t, s.ToEdited) }},
		{"pane:call", "", true, func(t *testing.T, s state.State) { assert.Equal(t, state.PaneCall, s.Pane) }},
		{"pane:nowhere", "", false, nil},
		{"mode:bogus", "", false, nil},
		{"sip:x:uri", "v", false, nil},
		{"sip-remove:", "", false, nil},
		{"sip-up:99999", "", false, nil},
		{"copy:curl", "", false, nil},
		{"", "", false, nil},
	}
	for _, tt := range tests {
		s, ok := Apply(base, tt.act, tt.v)
		require.Equal(t, tt.ok, ok, "Apply(%q, %q)", tt.act, tt.v)
		if !ok {
			assert.Equal(t, base, s, "a non-state action %q leaves the state", tt.act)
			continue
		}
		t.Run(tt.act, func(t *testing.T) { tt.check(t, s) })
	}
}

func TestBindings(t *testing.T) {
	var d Deriver
	s := state.Default()
	s = SetCall(s, "StatusCallbackEvent", "initiated answered")
	s = SetCall(s, "From", "bad from!")
	s = SetCall(s, "AuthToken", "tok")
	s = SetSource(s, state.SourceTwiml)
	p := d.Page(s, "")
	byID := map[string]Binding{}
	for _, b := range p.Bindings() {
		_, dup := byID[b.ID]
		assert.False(t, dup, "binding %s listed twice", b.ID)
		byID[b.ID] = b
	}
	want := map[string]Binding{
		"uri-input":                   {ID: "uri-input", Value: s.URI},
		"twiml-input":                 {ID: "twiml-input", Value: s.XML},
		"sip-0-uri":                   {ID: "sip-0-uri", Value: "sip:alice@example.sip.twilio.com"},
		"dial-callerId":               {ID: "dial-callerId"},
		"call-To":                     {ID: "call-To", Value: "sip:alice@example.sip.twilio.com"},
		"call-From":                   {ID: "call-From", Value: "bad from!", Invalid: true},
		"call-StatusCallbackEvent":    {ID: "call-StatusCallbackEvent", Value: "initiated answered"},
		"call-Twiml":                  {ID: "call-Twiml", Value: s.XML},
		"call-source-Twiml":           {ID: "call-source-Twiml", Value: "true", Check: true},
		"call-source-Url":             {ID: "call-source-Url", Value: "false", Check: true},
		"call-AuthToken":              {ID: "call-AuthToken", Value: "tok"},
		"sip-0-machineDetection":      {ID: "sip-0-machineDetection"},
		"call-AsyncAmdStatusCallback": {ID: "call-AsyncAmdStatusCallback"},
	}
	for id, b := range want {
		assert.Equal(t, b, byID[id], "binding %s", id)
	}
	// every control: 2 editors, 20 dial, 1+14 per noun, a field per Calls parameter but
	// AccountSid (requestFields), 3 radios, AccountSid, AuthToken
	assert.Len(t, byID, 2+20+15+len(requestFields())+3+2)
}
