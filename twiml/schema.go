package twiml

// This file is twiml's schema: every <Dial> and <Sip> attribute, the values
// it allows and what it does (SPEC §2), written once. Check's value checks,
// ParseDial and Render, and the page's forms all read it.

// Kind says which values an attribute allows.
type Kind int

// The kinds of attribute values.
const (
	Text     Kind = iota // any value; not checked
	URL                  // an absolute http or https URL whose host is a valid hostname, or a relative URL
	OneOf                // one of Values, case-sensitive
	ListOf               // a space-separated list of Values
	Integer              // a whole number from Min to Max, in Unit
	CallerID             // for SIP: letters, digits and + - _ . only
)

// An Attribute is one attribute of <Dial> or <Sip>.
type Attribute struct {
	Name     string   // as written in TwiML, e.g. "timeout"
	Kind     Kind     // which values it allows
	Values   []string // OneOf and ListOf: the allowed values
	Min, Max int      // Integer: the allowed range
	Unit     string   // Integer: "seconds" or "milliseconds"
	Secret   bool     // a credential: masked in forms, left out of links unless asked
	Doc      string   // what it does, in one line
}

// A DialAttribute is an attribute of <Dial> and the Dial field that holds it.
type DialAttribute struct {
	Attribute
	Field func(*Dial) *string
}

// A SipAttribute is an attribute of <Sip> and the Sip field that holds it.
type SipAttribute struct {
	Attribute
	Field func(*Sip) *string
}

// MaxNouns is the most nouns one <Dial> may hold (with Enhanced
// Programmable SIP Features; without them, one <Sip> alone).
const MaxNouns = 10

// The value lists several attributes share.
var (
	httpMethods = []string{"GET", "POST"}
	booleans    = []string{"true", "false"}
)

// DialAttributes lists every <Dial> attribute, in the order Render writes
// them: alphabetical, as the Dial fields.
var DialAttributes = []DialAttribute{
	{Attribute{Name: "action", Kind: URL, Doc: "The URL Twilio requests when the dialled call ends, with DialCallStatus and DialSipResponseCode."},
		func(d *Dial) *string { return &d.Action }},
	{Attribute{Name: "answerOnBridge", Kind: OneOf, Values: booleans, Doc: "Keep the caller hearing ringing until the called party answers."},
		func(d *Dial) *string { return &d.AnswerOnBridge }},
	{Attribute{Name: "callerId", Kind: CallerID, Doc: "The caller ID shown to the called party; for SIP, letters, digits and + - _ ."},
		func(d *Dial) *string { return &d.CallerId }},
	{Attribute{Name: "events", Doc: "Call events to report; Twilio documents it, this page does not check its value."},
		func(d *Dial) *string { return &d.Events }},
	{Attribute{Name: "hangupOnStar", Kind: OneOf, Values: booleans, Doc: "Let the caller hang up on the called party by pressing *."},
		func(d *Dial) *string { return &d.HangupOnStar }},
	{Attribute{Name: "method", Kind: OneOf, Values: httpMethods, Doc: "The HTTP method for the action URL (default POST)."},
		func(d *Dial) *string { return &d.Method }},
	{Attribute{Name: "passports", Doc: "Twilio documents it; this page does not check its value."},
		func(d *Dial) *string { return &d.Passports }},
	{Attribute{Name: "record", Kind: OneOf, Values: []string{"do-not-record", "record-from-answer", "record-from-ringing", "record-from-answer-dual", "record-from-ringing-dual"},
		Doc: "Whether and from when to record the call."},
		func(d *Dial) *string { return &d.Record }},
	{Attribute{Name: "recordingConfigurationId", Doc: "Twilio documents it; this page does not check its value."},
		func(d *Dial) *string { return &d.RecordingConfigurationId }},
	{Attribute{Name: "recordingStatusCallback", Kind: URL, Doc: "The URL Twilio requests when the recording's status changes."},
		func(d *Dial) *string { return &d.RecordingStatusCallback }},
	{Attribute{Name: "recordingStatusCallbackEvent", Kind: ListOf, Values: []string{"in-progress", "completed", "absent"},
		Doc: "Which recording events to report to recordingStatusCallback."},
		func(d *Dial) *string { return &d.RecordingStatusCallbackEvent }},
	{Attribute{Name: "recordingStatusCallbackMethod", Kind: OneOf, Values: httpMethods, Doc: "The HTTP method for recordingStatusCallback (default POST)."},
		func(d *Dial) *string { return &d.RecordingStatusCallbackMethod }},
	{Attribute{Name: "recordingTrack", Kind: OneOf, Values: []string{"both", "inbound", "outbound"}, Doc: "Which audio track to record."},
		func(d *Dial) *string { return &d.RecordingTrack }},
	{Attribute{Name: "referMethod", Doc: "The HTTP method for referUrl; Twilio documents it, this page does not check its value."},
		func(d *Dial) *string { return &d.ReferMethod }},
	{Attribute{Name: "referUrl", Doc: "The URL Twilio requests when the called party sends a SIP REFER; not checked here."},
		func(d *Dial) *string { return &d.ReferUrl }},
	{Attribute{Name: "ringTone", Kind: OneOf, Values: []string{"at", "au", "bg", "br", "be", "ch", "cl", "cn", "cz", "de", "dk", "ee", "es", "fi", "fr", "gr", "hu", "il", "in",
		"it", "lt", "jp", "mx", "my", "nl", "no", "nz", "ph", "pl", "pt", "ru", "se", "sg", "th", "uk", "us", "us-old", "tw", "ve", "za"},
		Doc: "The country whose ringback tone the caller hears."},
		func(d *Dial) *string { return &d.RingTone }},
	{Attribute{Name: "sequential", Kind: OneOf, Values: booleans, Doc: "Ring the nouns one after another instead of all at once."},
		func(d *Dial) *string { return &d.Sequential }},
	{Attribute{Name: "timeLimit", Kind: Integer, Min: 1, Max: 86400, Unit: "seconds", Doc: "The longest the call may last, in seconds (default 14400)."},
		func(d *Dial) *string { return &d.TimeLimit }},
	{Attribute{Name: "timeout", Kind: Integer, Min: 5, Max: 600, Unit: "seconds", Doc: "How long to ring before giving up, in seconds (default 30)."},
		func(d *Dial) *string { return &d.Timeout }},
	{Attribute{Name: "trim", Kind: OneOf, Values: []string{"trim-silence", "do-not-trim"}, Doc: "Whether to trim silence from the recording."},
		func(d *Dial) *string { return &d.Trim }},
}

// amdDoc ends the doc of the answering-machine detection
// attributes, which work as the Calls API parameters of the same names.
const amdDoc = " Works as the Calls API parameter of the same name."

// SipAttributes lists every <Sip> attribute, in the order Render writes
// them: alphabetical, as the Sip fields after URI.
var SipAttributes = []SipAttribute{
	{Attribute{Name: "amdStatusCallback", Kind: URL, Doc: "The URL Twilio requests with the answering-machine detection result." + amdDoc},
		func(s *Sip) *string { return &s.AmdStatusCallback }},
	{Attribute{Name: "amdStatusCallbackMethod", Kind: OneOf, Values: httpMethods, Doc: "The HTTP method for amdStatusCallback." + amdDoc},
		func(s *Sip) *string { return &s.AmdStatusCallbackMethod }},
	{Attribute{Name: "machineDetection", Kind: OneOf, Values: []string{"Enable", "DetectMessageEnd"}, Doc: "Detect whether a person or a machine answers." + amdDoc},
		func(s *Sip) *string { return &s.MachineDetection }},
	{Attribute{Name: "machineDetectionSilenceTimeout", Kind: Integer, Min: 2000, Max: 10000, Unit: "milliseconds", Doc: "How long a silence ends detection." + amdDoc},
		func(s *Sip) *string { return &s.MachineDetectionSilenceTimeout }},
	{Attribute{Name: "machineDetectionSpeechEndThreshold", Kind: Integer, Min: 500, Max: 5000, Unit: "milliseconds", Doc: "How long a silence ends a greeting." + amdDoc},
		func(s *Sip) *string { return &s.MachineDetectionSpeechEndThreshold }},
	{Attribute{Name: "machineDetectionSpeechThreshold", Kind: Integer, Min: 1000, Max: 6000, Unit: "milliseconds", Doc: "How long a greeting makes a machine." + amdDoc},
		func(s *Sip) *string { return &s.MachineDetectionSpeechThreshold }},
	{Attribute{Name: "machineDetectionTimeout", Kind: Integer, Min: 1, Max: 600, Unit: "seconds", Doc: "How long detection may take." + amdDoc},
		func(s *Sip) *string { return &s.MachineDetectionTimeout }},
	{Attribute{Name: "method", Kind: OneOf, Values: httpMethods, Doc: "The HTTP method for the screening url (default POST)."},
		func(s *Sip) *string { return &s.Method }},
	{Attribute{Name: "password", Secret: true, Doc: "The password Twilio answers a SIP digest challenge with."},
		func(s *Sip) *string { return &s.Password }},
	{Attribute{Name: "statusCallback", Kind: URL, Doc: "The URL Twilio requests on the events of statusCallbackEvent."},
		func(s *Sip) *string { return &s.StatusCallback }},
	{Attribute{Name: "statusCallbackEvent", Kind: ListOf, Values: []string{"initiated", "ringing", "answered", "completed"},
		Doc: "Which call events to report to statusCallback (default completed)."},
		func(s *Sip) *string { return &s.StatusCallbackEvent }},
	{Attribute{Name: "statusCallbackMethod", Kind: OneOf, Values: httpMethods, Doc: "The HTTP method for statusCallback (default POST)."},
		func(s *Sip) *string { return &s.StatusCallbackMethod }},
	{Attribute{Name: "url", Kind: URL, Doc: "Call-screening TwiML run on the called party before the calls are bridged; it cannot hold <Dial>."},
		func(s *Sip) *string { return &s.Url }},
	{Attribute{Name: "username", Doc: "The user name Twilio answers a SIP digest challenge with; give a password too."},
		func(s *Sip) *string { return &s.Username }},
}

// dialSchema and sipSchema are the attributes of DialAttributes and
// SipAttributes, for the checks, which need no fields.
var (
	dialSchema = schemaOf(DialAttributes, func(a DialAttribute) Attribute { return a.Attribute })
	sipSchema  = schemaOf(SipAttributes, func(a SipAttribute) Attribute { return a.Attribute })
)

func schemaOf[T any](list []T, attr func(T) Attribute) []Attribute {
	out := make([]Attribute, len(list))
	for i, a := range list {
		out[i] = attr(a)
	}
	return out
}

// lookup returns the attribute named name in schema.
func lookup(schema []Attribute, name string) (Attribute, bool) {
	for _, a := range schema {
		if a.Name == name {
			return a, true
		}
	}
	return Attribute{}, false
}

// verbs are "Dial" and the other TwiML voice verbs a <Response> may hold.
var verbs = []string{
	"Dial", "Connect", "Echo", "Enqueue", "Gather", "Hangup", "Leave", "Pause", "Pay", "Play",
	"Prompt", "Record", "Redirect", "Refer", "Reject", "Say", "Sms", "Start", "Stop",
}

// nouns are the nouns a <Dial> may hold.
var nouns = []string{"Application", "Client", "Conference", "Number", "Queue", "Sim", "Sip", "WhatsApp"}
