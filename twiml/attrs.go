package twiml

// kind says which values an attribute allows (SPEC §2).
type kind uint8

const (
	kindFree       kind = iota // any value, not checked
	kindURL                    // absolute http(s) URL with a valid host, or relative
	kindMethod                 // GET or POST
	kindBool                   // true or false
	kindTimeout                // integer seconds, 5–600
	kindSeconds                // integer seconds, 1–86400
	kindCallerID               // letters, digits and + - _ .
	kindRecord                 // record enum
	kindTrim                   // trim enum
	kindTrack                  // recordingTrack enum
	kindRingTone               // country code or us-old
	kindSipEvents              // subset of initiated ringing answered completed
	kindRecEvents              // subset of in-progress completed absent
	kindAMD                    // Enable or DetectMessageEnd
	kindAMDTimeout             // integer seconds, 1–600
	kindSpeech                 // integer milliseconds, 1000–6000
	kindSpeechEnd              // integer milliseconds, 500–5000
	kindSilence                // integer milliseconds, 2000–10000
)

// A DialAttribute is one attribute of <Dial> and the Dial field holding it.
type DialAttribute struct {
	Name  string
	Field func(*Dial) *string
	kind  kind
}

// A SipAttribute is one attribute of <Sip> and the Sip field holding it.
type SipAttribute struct {
	Name  string
	Field func(*Sip) *string
	kind  kind
}

// DialAttributes lists every <Dial> attribute in the order Render writes
// them: alphabetical, as the Dial fields.
var DialAttributes = []DialAttribute{
	{"action", func(d *Dial) *string { return &d.Action }, kindURL},
	{"answerOnBridge", func(d *Dial) *string { return &d.AnswerOnBridge }, kindBool},
	{"callerId", func(d *Dial) *string { return &d.CallerId }, kindCallerID},
	{"events", func(d *Dial) *string { return &d.Events }, kindFree},
	{"hangupOnStar", func(d *Dial) *string { return &d.HangupOnStar }, kindBool},
	{"method", func(d *Dial) *string { return &d.Method }, kindMethod},
	{"passports", func(d *Dial) *string { return &d.Passports }, kindFree},
	{"record", func(d *Dial) *string { return &d.Record }, kindRecord},
	{"recordingConfigurationId", func(d *Dial) *string { return &d.RecordingConfigurationId }, kindFree},
	{"recordingStatusCallback", func(d *Dial) *string { return &d.RecordingStatusCallback }, kindURL},
	{"recordingStatusCallbackEvent", func(d *Dial) *string { return &d.RecordingStatusCallbackEvent }, kindRecEvents},
	{"recordingStatusCallbackMethod", func(d *Dial) *string { return &d.RecordingStatusCallbackMethod }, kindMethod},
	{"recordingTrack", func(d *Dial) *string { return &d.RecordingTrack }, kindTrack},
	{"referMethod", func(d *Dial) *string { return &d.ReferMethod }, kindFree},
	{"referUrl", func(d *Dial) *string { return &d.ReferUrl }, kindFree},
	{"ringTone", func(d *Dial) *string { return &d.RingTone }, kindRingTone},
	{"sequential", func(d *Dial) *string { return &d.Sequential }, kindBool},
	{"timeLimit", func(d *Dial) *string { return &d.TimeLimit }, kindSeconds},
	{"timeout", func(d *Dial) *string { return &d.Timeout }, kindTimeout},
	{"trim", func(d *Dial) *string { return &d.Trim }, kindTrim},
}

// SipAttributes lists every <Sip> attribute in the order Render writes
// them: alphabetical, as the Sip fields.
var SipAttributes = []SipAttribute{
	{"amdStatusCallback", func(s *Sip) *string { return &s.AmdStatusCallback }, kindURL},
	{"amdStatusCallbackMethod", func(s *Sip) *string { return &s.AmdStatusCallbackMethod }, kindMethod},
	{"machineDetection", func(s *Sip) *string { return &s.MachineDetection }, kindAMD},
	{"machineDetectionSilenceTimeout", func(s *Sip) *string { return &s.MachineDetectionSilenceTimeout }, kindSilence},
	{"machineDetectionSpeechEndThreshold", func(s *Sip) *string { return &s.MachineDetectionSpeechEndThreshold }, kindSpeechEnd},
	{"machineDetectionSpeechThreshold", func(s *Sip) *string { return &s.MachineDetectionSpeechThreshold }, kindSpeech},
	{"machineDetectionTimeout", func(s *Sip) *string { return &s.MachineDetectionTimeout }, kindAMDTimeout},
	{"method", func(s *Sip) *string { return &s.Method }, kindMethod},
	{"password", func(s *Sip) *string { return &s.Password }, kindFree},
	{"statusCallback", func(s *Sip) *string { return &s.StatusCallback }, kindURL},
	{"statusCallbackEvent", func(s *Sip) *string { return &s.StatusCallbackEvent }, kindSipEvents},
	{"statusCallbackMethod", func(s *Sip) *string { return &s.StatusCallbackMethod }, kindMethod},
	{"url", func(s *Sip) *string { return &s.Url }, kindURL},
	{"username", func(s *Sip) *string { return &s.Username }, kindFree},
}

// verbs are "Dial" and the other TwiML voice verbs a <Response> may hold.
var verbs = []string{
	"Dial", "Connect", "Echo", "Enqueue", "Gather", "Hangup", "Leave", "Pause", "Pay", "Play",
	"Prompt", "Record", "Redirect", "Refer", "Reject", "Say", "Sms", "Start", "Stop",
}

// nouns are the nouns a <Dial> may hold.
var nouns = []string{"Application", "Client", "Conference", "Number", "Queue", "Sim", "Sip", "WhatsApp"}

// attrNames and attrKinds hold the names and kinds of DialAttributes (0)
// and SipAttributes (1), in their order.
var (
	attrNames [2][]string
	attrKinds [2][]kind
)

func init() {
	for _, a := range DialAttributes {
		attrNames[0] = append(attrNames[0], a.Name)
		attrKinds[0] = append(attrKinds[0], a.kind)
	}
	for _, a := range SipAttributes {
		attrNames[1] = append(attrNames[1], a.Name)
		attrKinds[1] = append(attrKinds[1], a.kind)
	}
}
