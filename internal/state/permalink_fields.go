package state

import (
	"slices"
	"sync"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/twiml"
)

// The wire tags of v1 links. A link is a list of records, each a one-byte
// tag and a string value; the tag says which field the value sets. The tags
// are part of the v1 link format: never renumber or reuse one, and give a
// new State field a tag no row below has ever used. A field the twiml or
// calls schema gains needs none: it travels by name (tagNamed,
// permalink_named.go). TestV1Tags pins every tag to its field, and
// TestEveryFieldTravels fails when a link does not carry a field.
//
// Most tags set one string field (stateFields and sipFields). These do more
// (and tagNamed, 10, sets the field it names).
const (
	tagToEdited       = 5  // sets ToEdited; its value is always "1"
	tagSecretsLeftOut = 9  // sets SecretsLeftOut; its value is always "1"
	tagSipsNone       = 16 // the Dial has no <Sip> nouns (its value is empty)
	tagSipNew         = 17 // appends a <Sip> noun whose body is the value

	tagStatusCallbackEvent          = 160 // appends one element to Call.StatusCallbackEvent
	tagRecordingStatusCallbackEvent = 161 // appends one element to Call.RecordingStatusCallbackEvent
)

// The tags of the string fields that Encode and Decode treat specially:
// the enums they check, and the fields that follow other panes.
const (
	tagPane      = 1
	tagMode      = 3
	tagXML       = 4 // written only when XML is not twiml.Render(Dial)
	tagSource    = 6
	tagLang      = 8
	tagCallTo    = 126 // written only when Call.To is not URI
	tagCallTwiml = 128 // written only when it does not follow XML (see followedTwiml)
)

// A stateField is one string field of State (or of its Dial or Call) that
// a link carries.
type stateField struct {
	Tag    byte
	Name   string // the field's path in State, e.g. "Call.From"
	Get    func(*State) *string
	Secret bool // left out of a link made without secrets
}

// A sipField is one attribute of a <Sip> noun that a link carries; its
// record sets the attribute of the noun last appended (tagSipNew).
type sipField struct {
	Tag    byte
	Name   string // the twiml.Sip field, e.g. "Username"
	Get    func(*twiml.Sip) *string
	Secret bool // left out of a link made without secrets
}

// stateFields lists the tags of the string fields of State, its Dial and
// its Call. Append only.
var stateFields = []stateField{
	{Tag: tagPane, Name: "Pane", Get: func(s *State) *string { return (*string)(&s.Pane) }},
	{Tag: 2, Name: "URI", Get: func(s *State) *string { return &s.URI }},
	{Tag: tagMode, Name: "Mode", Get: func(s *State) *string { return (*string)(&s.Mode) }},
	{Tag: tagXML, Name: "XML", Get: func(s *State) *string { return &s.XML }},
	{Tag: tagSource, Name: "Source", Get: func(s *State) *string { return (*string)(&s.Source) }},
	{Tag: 7, Name: "AuthToken", Get: func(s *State) *string { return &s.AuthToken }, Secret: true},
	{Tag: tagLang, Name: "Lang", Get: func(s *State) *string { return &s.Lang }},

	{Tag: 32, Name: "Dial.Action", Get: func(s *State) *string { return &s.Dial.Action }},
	{Tag: 33, Name: "Dial.AnswerOnBridge", Get: func(s *State) *string { return &s.Dial.AnswerOnBridge }},
	{Tag: 34, Name: "Dial.CallerId", Get: func(s *State) *string { return &s.Dial.CallerId }},
	{Tag: 35, Name: "Dial.Events", Get: func(s *State) *string { return &s.Dial.Events }},
	{Tag: 36, Name: "Dial.HangupOnStar", Get: func(s *State) *string { return &s.Dial.HangupOnStar }},
	{Tag: 37, Name: "Dial.Method", Get: func(s *State) *string { return &s.Dial.Method }},
	{Tag: 38, Name: "Dial.Passports", Get: func(s *State) *string { return &s.Dial.Passports }},
	{Tag: 39, Name: "Dial.Record", Get: func(s *State) *string { return &s.Dial.Record }},
	{Tag: 40, Name: "Dial.RecordingConfigurationId", Get: func(s *State) *string { return &s.Dial.RecordingConfigurationId }},
	{Tag: 41, Name: "Dial.RecordingStatusCallback", Get: func(s *State) *string { return &s.Dial.RecordingStatusCallback }},
	{Tag: 42, Name: "Dial.RecordingStatusCallbackEvent", Get: func(s *State) *string { return &s.Dial.RecordingStatusCallbackEvent }},
	{Tag: 43, Name: "Dial.RecordingStatusCallbackMethod", Get: func(s *State) *string { return &s.Dial.RecordingStatusCallbackMethod }},
	{Tag: 44, Name: "Dial.RecordingTrack", Get: func(s *State) *string { return &s.Dial.RecordingTrack }},
	{Tag: 45, Name: "Dial.ReferMethod", Get: func(s *State) *string { return &s.Dial.ReferMethod }},
	{Tag: 46, Name: "Dial.ReferUrl", Get: func(s *State) *string { return &s.Dial.ReferUrl }},
	{Tag: 47, Name: "Dial.RingTone", Get: func(s *State) *string { return &s.Dial.RingTone }},
	{Tag: 48, Name: "Dial.Sequential", Get: func(s *State) *string { return &s.Dial.Sequential }},
	{Tag: 49, Name: "Dial.TimeLimit", Get: func(s *State) *string { return &s.Dial.TimeLimit }},
	{Tag: 50, Name: "Dial.Timeout", Get: func(s *State) *string { return &s.Dial.Timeout }},
	{Tag: 51, Name: "Dial.Trim", Get: func(s *State) *string { return &s.Dial.Trim }},

	{Tag: 96, Name: "Call.AccountSid", Get: func(s *State) *string { return &s.Call.AccountSid }},
	{Tag: 97, Name: "Call.ApplicationSid", Get: func(s *State) *string { return &s.Call.ApplicationSid }},
	{Tag: 98, Name: "Call.AsyncAmd", Get: func(s *State) *string { return &s.Call.AsyncAmd }},
	{Tag: 99, Name: "Call.AsyncAmdStatusCallback", Get: func(s *State) *string { return &s.Call.AsyncAmdStatusCallback }},
	{Tag: 100, Name: "Call.AsyncAmdStatusCallbackMethod", Get: func(s *State) *string { return &s.Call.AsyncAmdStatusCallbackMethod }},
	{Tag: 101, Name: "Call.Byoc", Get: func(s *State) *string { return &s.Call.Byoc }},
	{Tag: 102, Name: "Call.CallReason", Get: func(s *State) *string { return &s.Call.CallReason }},
	{Tag: 103, Name: "Call.CallToken", Get: func(s *State) *string { return &s.Call.CallToken }},
	{Tag: 104, Name: "Call.CallerId", Get: func(s *State) *string { return &s.Call.CallerId }},
	{Tag: 105, Name: "Call.FallbackMethod", Get: func(s *State) *string { return &s.Call.FallbackMethod }},
	{Tag: 106, Name: "Call.FallbackUrl", Get: func(s *State) *string { return &s.Call.FallbackUrl }},
	{Tag: 107, Name: "Call.From", Get: func(s *State) *string { return &s.Call.From }},
	{Tag: 108, Name: "Call.MachineDetection", Get: func(s *State) *string { return &s.Call.MachineDetection }},
	{Tag: 109, Name: "Call.MachineDetectionSilenceTimeout", Get: func(s *State) *string { return &s.Call.MachineDetectionSilenceTimeout }},
	{Tag: 110, Name: "Call.MachineDetectionSpeechEndThreshold", Get: func(s *State) *string { return &s.Call.MachineDetectionSpeechEndThreshold }},
	{Tag: 111, Name: "Call.MachineDetectionSpeechThreshold", Get: func(s *State) *string { return &s.Call.MachineDetectionSpeechThreshold }},
	{Tag: 112, Name: "Call.MachineDetectionTimeout", Get: func(s *State) *string { return &s.Call.MachineDetectionTimeout }},
	{Tag: 113, Name: "Call.Method", Get: func(s *State) *string { return &s.Call.Method }},
	{Tag: 114, Name: "Call.Record", Get: func(s *State) *string { return &s.Call.Record }},
	{Tag: 115, Name: "Call.RecordingChannels", Get: func(s *State) *string { return &s.Call.RecordingChannels }},
	{Tag: 116, Name: "Call.RecordingStatusCallback", Get: func(s *State) *string { return &s.Call.RecordingStatusCallback }},
	{Tag: 117, Name: "Call.RecordingStatusCallbackMethod", Get: func(s *State) *string { return &s.Call.RecordingStatusCallbackMethod }},
	{Tag: 118, Name: "Call.RecordingTrack", Get: func(s *State) *string { return &s.Call.RecordingTrack }},
	{Tag: 119, Name: "Call.SendDigits", Get: func(s *State) *string { return &s.Call.SendDigits }},
	{Tag: 120, Name: "Call.SipAuthPassword", Get: func(s *State) *string { return &s.Call.SipAuthPassword }, Secret: true},
	{Tag: 121, Name: "Call.SipAuthUsername", Get: func(s *State) *string { return &s.Call.SipAuthUsername }},
	{Tag: 122, Name: "Call.StatusCallback", Get: func(s *State) *string { return &s.Call.StatusCallback }},
	{Tag: 123, Name: "Call.StatusCallbackMethod", Get: func(s *State) *string { return &s.Call.StatusCallbackMethod }},
	{Tag: 124, Name: "Call.TimeLimit", Get: func(s *State) *string { return &s.Call.TimeLimit }},
	{Tag: 125, Name: "Call.Timeout", Get: func(s *State) *string { return &s.Call.Timeout }},
	{Tag: tagCallTo, Name: "Call.To", Get: func(s *State) *string { return &s.Call.To }},
	{Tag: 127, Name: "Call.Trim", Get: func(s *State) *string { return &s.Call.Trim }},
	{Tag: tagCallTwiml, Name: "Call.Twiml", Get: func(s *State) *string { return &s.Call.Twiml }},
	{Tag: 129, Name: "Call.Url", Get: func(s *State) *string { return &s.Call.Url }},
}

// sipFields lists the tags of the attributes of a <Sip> noun (its body,
// URI, is tagSipNew's value). Append only.
var sipFields = []sipField{
	{Tag: 64, Name: "AmdStatusCallback", Get: func(p *twiml.Sip) *string { return &p.AmdStatusCallback }},
	{Tag: 65, Name: "AmdStatusCallbackMethod", Get: func(p *twiml.Sip) *string { return &p.AmdStatusCallbackMethod }},
	{Tag: 66, Name: "MachineDetection", Get: func(p *twiml.Sip) *string { return &p.MachineDetection }},
	{Tag: 67, Name: "MachineDetectionSilenceTimeout", Get: func(p *twiml.Sip) *string { return &p.MachineDetectionSilenceTimeout }},
	{Tag: 68, Name: "MachineDetectionSpeechEndThreshold", Get: func(p *twiml.Sip) *string { return &p.MachineDetectionSpeechEndThreshold }},
	{Tag: 69, Name: "MachineDetectionSpeechThreshold", Get: func(p *twiml.Sip) *string { return &p.MachineDetectionSpeechThreshold }},
	{Tag: 70, Name: "MachineDetectionTimeout", Get: func(p *twiml.Sip) *string { return &p.MachineDetectionTimeout }},
	{Tag: 71, Name: "Method", Get: func(p *twiml.Sip) *string { return &p.Method }},
	{Tag: 72, Name: "Password", Get: func(p *twiml.Sip) *string { return &p.Password }, Secret: true},
	{Tag: 73, Name: "StatusCallback", Get: func(p *twiml.Sip) *string { return &p.StatusCallback }},
	{Tag: 74, Name: "StatusCallbackEvent", Get: func(p *twiml.Sip) *string { return &p.StatusCallbackEvent }},
	{Tag: 75, Name: "StatusCallbackMethod", Get: func(p *twiml.Sip) *string { return &p.StatusCallbackMethod }},
	{Tag: 76, Name: "Url", Get: func(p *twiml.Sip) *string { return &p.Url }},
	{Tag: 77, Name: "Username", Get: func(p *twiml.Sip) *string { return &p.Username }},
}

// callListTags are the tags of the Calls parameters that take a list: a
// record per element.
var callListTags = map[string]byte{
	"StatusCallbackEvent":          tagStatusCallbackEvent,
	"RecordingStatusCallbackEvent": tagRecordingStatusCallbackEvent,
}

// v1 is the format of the links Encode writes and Decode reads: the tagged
// rows above, and every schema field without one by name.
var v1 = sync.OnceValue(func() *format { return newFormat(stateFields, sipFields) })

// fieldByTag returns the tagged row of a State field with this tag, or nil.
func (f *format) fieldByTag(tag byte) *stateField {
	if i := slices.IndexFunc(f.fields, func(r stateField) bool { return r.Tag == tag }); i >= 0 {
		return &f.fields[i]
	}
	return nil
}

// sipByTag returns the tagged row of a <Sip> attribute with this tag, or
// nil.
func (f *format) sipByTag(tag byte) *sipField {
	if i := slices.IndexFunc(f.sips, func(r sipField) bool { return r.Tag == tag }); i >= 0 {
		return &f.sips[i]
	}
	return nil
}

// baseV1URI is the URI of the v1 base state and of its one <Sip>.
const baseV1URI = "sip:alice@example.sip.twilio.com"

// baseV1 returns the state a v1 link's records change: a v1 link holds only
// the fields that differ from it. It is frozen with the format (it was the
// page's default when v1 was made), so that a later change to Default()
// does not change what old links open to.
func baseV1() State {
	return State{
		Pane:   PaneURI,
		URI:    baseV1URI,
		Mode:   ModeBuilder,
		Dial:   twiml.Dial{Sips: []twiml.Sip{{URI: baseV1URI}}},
		Source: SourceURL,
		Call:   calls.Request{From: "+15005550006", Url: "https://example.com/twiml/dial-sip.xml"},
	}
}
