package state

import (
	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/twiml"
)

// The v1 wire tags. A link is a list of records, each a one-byte tag and a
// string value; the tag says which field the value sets. These numbers are
// part of the v1 link format: never renumber or reuse one. A new field gets a
// new, unused tag.
const (
	tagPane      = 1
	tagURI       = 2
	tagMode      = 3
	tagXML       = 4 // present only when XML is not twiml.Render(Dial)
	tagToEdited  = 5 // "1"
	tagSource    = 6
	tagAuthToken = 7

	tagSipsNone = 16 // the Dial has no <Sip> nouns
	tagSipNew   = 17 // appends a <Sip> whose body is the value

	tagDialBase = 32 // + index into dialFields
	tagSipBase  = 64 // + index into sipFields; applies to the last <Sip>
	tagCallBase = 96 // + index into callFields

	tagStatusCallbackEvent          = 160 // one record per list element
	tagRecordingStatusCallbackEvent = 161 // one record per list element
)

// stateField names one string field of State, reached from its root.
type stateField struct {
	get    func(*State) *string
	secret bool
}

// The top-level string fields, by tag.
var topFields = map[byte]stateField{
	tagPane:      {get: func(s *State) *string { return (*string)(&s.Pane) }},
	tagURI:       {get: func(s *State) *string { return &s.URI }},
	tagMode:      {get: func(s *State) *string { return (*string)(&s.Mode) }},
	tagSource:    {get: func(s *State) *string { return (*string)(&s.Source) }},
	tagAuthToken: {get: func(s *State) *string { return &s.AuthToken }, secret: true},
}

// topOrder is the order in which Encode writes topFields.
var topOrder = []byte{tagPane, tagURI, tagMode, tagSource, tagAuthToken}

// dialFields lists the <Dial> attributes; index i has tag tagDialBase+i.
// Append only.
var dialFields = []func(*twiml.Dial) *string{
	func(d *twiml.Dial) *string { return &d.Action },
	func(d *twiml.Dial) *string { return &d.AnswerOnBridge },
	func(d *twiml.Dial) *string { return &d.CallerId },
	func(d *twiml.Dial) *string { return &d.Events },
	func(d *twiml.Dial) *string { return &d.HangupOnStar },
	func(d *twiml.Dial) *string { return &d.Method },
	func(d *twiml.Dial) *string { return &d.Passports },
	func(d *twiml.Dial) *string { return &d.Record },
	func(d *twiml.Dial) *string { return &d.RecordingConfigurationId },
	func(d *twiml.Dial) *string { return &d.RecordingStatusCallback },
	func(d *twiml.Dial) *string { return &d.RecordingStatusCallbackEvent },
	func(d *twiml.Dial) *string { return &d.RecordingStatusCallbackMethod },
	func(d *twiml.Dial) *string { return &d.RecordingTrack },
	func(d *twiml.Dial) *string { return &d.ReferMethod },
	func(d *twiml.Dial) *string { return &d.ReferUrl },
	func(d *twiml.Dial) *string { return &d.RingTone },
	func(d *twiml.Dial) *string { return &d.Sequential },
	func(d *twiml.Dial) *string { return &d.TimeLimit },
	func(d *twiml.Dial) *string { return &d.Timeout },
	func(d *twiml.Dial) *string { return &d.Trim },
}

// sipField names one attribute of a <Sip> noun.
type sipField struct {
	get    func(*twiml.Sip) *string
	secret bool
}

// sipFields lists the <Sip> attributes (its body travels in tagSipNew);
// index i has tag tagSipBase+i. Append only.
var sipFields = []sipField{
	{get: func(p *twiml.Sip) *string { return &p.AmdStatusCallback }},
	{get: func(p *twiml.Sip) *string { return &p.AmdStatusCallbackMethod }},
	{get: func(p *twiml.Sip) *string { return &p.MachineDetection }},
	{get: func(p *twiml.Sip) *string { return &p.MachineDetectionSilenceTimeout }},
	{get: func(p *twiml.Sip) *string { return &p.MachineDetectionSpeechEndThreshold }},
	{get: func(p *twiml.Sip) *string { return &p.MachineDetectionSpeechThreshold }},
	{get: func(p *twiml.Sip) *string { return &p.MachineDetectionTimeout }},
	{get: func(p *twiml.Sip) *string { return &p.Method }},
	{get: func(p *twiml.Sip) *string { return &p.Password }, secret: true},
	{get: func(p *twiml.Sip) *string { return &p.StatusCallback }},
	{get: func(p *twiml.Sip) *string { return &p.StatusCallbackEvent }},
	{get: func(p *twiml.Sip) *string { return &p.StatusCallbackMethod }},
	{get: func(p *twiml.Sip) *string { return &p.Url }},
	{get: func(p *twiml.Sip) *string { return &p.Username }},
}

// callField names one string parameter of the Calls request.
type callField struct {
	get     func(*calls.Request) *string
	secret  bool
	derived bool // To and Twiml: written only when they do not follow the other panes
}

// callFields lists the Calls string parameters; index i has tag
// tagCallBase+i. Append only.
var callFields = []callField{
	{get: func(r *calls.Request) *string { return &r.AccountSid }},
	{get: func(r *calls.Request) *string { return &r.ApplicationSid }},
	{get: func(r *calls.Request) *string { return &r.AsyncAmd }},
	{get: func(r *calls.Request) *string { return &r.AsyncAmdStatusCallback }},
	{get: func(r *calls.Request) *string { return &r.AsyncAmdStatusCallbackMethod }},
	{get: func(r *calls.Request) *string { return &r.Byoc }},
	{get: func(r *calls.Request) *string { return &r.CallReason }},
	{get: func(r *calls.Request) *string { return &r.CallToken }},
	{get: func(r *calls.Request) *string { return &r.CallerId }},
	{get: func(r *calls.Request) *string { return &r.FallbackMethod }},
	{get: func(r *calls.Request) *string { return &r.FallbackUrl }},
	{get: func(r *calls.Request) *string { return &r.From }},
	{get: func(r *calls.Request) *string { return &r.MachineDetection }},
	{get: func(r *calls.Request) *string { return &r.MachineDetectionSilenceTimeout }},
	{get: func(r *calls.Request) *string { return &r.MachineDetectionSpeechEndThreshold }},
	{get: func(r *calls.Request) *string { return &r.MachineDetectionSpeechThreshold }},
	{get: func(r *calls.Request) *string { return &r.MachineDetectionTimeout }},
	{get: func(r *calls.Request) *string { return &r.Method }},
	{get: func(r *calls.Request) *string { return &r.Record }},
	{get: func(r *calls.Request) *string { return &r.RecordingChannels }},
	{get: func(r *calls.Request) *string { return &r.RecordingStatusCallback }},
	{get: func(r *calls.Request) *string { return &r.RecordingStatusCallbackMethod }},
	{get: func(r *calls.Request) *string { return &r.RecordingTrack }},
	{get: func(r *calls.Request) *string { return &r.SendDigits }},
	{get: func(r *calls.Request) *string { return &r.SipAuthPassword }, secret: true},
	{get: func(r *calls.Request) *string { return &r.SipAuthUsername }},
	{get: func(r *calls.Request) *string { return &r.StatusCallback }},
	{get: func(r *calls.Request) *string { return &r.StatusCallbackMethod }},
	{get: func(r *calls.Request) *string { return &r.TimeLimit }},
	{get: func(r *calls.Request) *string { return &r.Timeout }},
	{get: func(r *calls.Request) *string { return &r.To }, derived: true},
	{get: func(r *calls.Request) *string { return &r.Trim }},
	{get: func(r *calls.Request) *string { return &r.Twiml }, derived: true},
	{get: func(r *calls.Request) *string { return &r.Url }},
}

// The tags of the derived Calls parameters.
const (
	tagCallTo    = tagCallBase + 30
	tagCallTwiml = tagCallBase + 32
)

// baseV1 is the state a v1 link's records change: a v1 link holds only the
// fields that differ from it. It is frozen with the format (it was Default()
// when v1 was made), so that a later change to Default() does not change what
// old links open to.
func baseV1() State {
	const uri = "sip:alice@example.sip.twilio.com"
	return State{
		Pane:   PaneURI,
		URI:    uri,
		Mode:   ModeBuilder,
		Dial:   twiml.Dial{Sips: []twiml.Sip{{URI: uri}}},
		Source: SourceURL,
		Call:   calls.Request{From: "+15005550006", Url: "https://example.com/twiml/dial-sip.xml"},
	}
}
