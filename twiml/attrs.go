package twiml

import "reflect"

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
}

// A SipAttribute is one attribute of <Sip> and the Sip field holding it.
type SipAttribute struct {
	Name  string
	Field func(*Sip) *string
}

// DialAttributes lists every <Dial> attribute in the order Render writes
// them: alphabetical, as the Dial fields.
var DialAttributes []DialAttribute

// SipAttributes lists every <Sip> attribute in the order Render writes
// them: alphabetical, as the Sip fields.
var SipAttributes []SipAttribute

// An attrSpec is an attribute's name and the values it allows.
type attrSpec struct {
	name string
	kind kind
}

// attrSpecs are the attributes of <Dial> (0), in the order of the Dial
// fields, and of <Sip> (1), in the order of the Sip fields after URI.
// DialAttributes and SipAttributes are made from them.
var attrSpecs = [2][]attrSpec{
	{
		{"action", kindURL},
		{"answerOnBridge", kindBool},
		{"callerId", kindCallerID},
		{"events", kindFree},
		{"hangupOnStar", kindBool},
		{"method", kindMethod},
		{"passports", kindFree},
		{"record", kindRecord},
		{"recordingConfigurationId", kindFree},
		{"recordingStatusCallback", kindURL},
		{"recordingStatusCallbackEvent", kindRecEvents},
		{"recordingStatusCallbackMethod", kindMethod},
		{"recordingTrack", kindTrack},
		{"referMethod", kindFree},
		{"referUrl", kindFree},
		{"ringTone", kindRingTone},
		{"sequential", kindBool},
		{"timeLimit", kindSeconds},
		{"timeout", kindTimeout},
		{"trim", kindTrim},
	},
	{
		{"amdStatusCallback", kindURL},
		{"amdStatusCallbackMethod", kindMethod},
		{"machineDetection", kindAMD},
		{"machineDetectionSilenceTimeout", kindSilence},
		{"machineDetectionSpeechEndThreshold", kindSpeechEnd},
		{"machineDetectionSpeechThreshold", kindSpeech},
		{"machineDetectionTimeout", kindAMDTimeout},
		{"method", kindMethod},
		{"password", kindFree},
		{"statusCallback", kindURL},
		{"statusCallbackEvent", kindSipEvents},
		{"statusCallbackMethod", kindMethod},
		{"url", kindURL},
		{"username", kindFree},
	},
}

func init() {
	DialAttributes = make([]DialAttribute, len(attrSpecs[0]))
	for i, a := range attrSpecs[0] {
		DialAttributes[i] = DialAttribute{a.name, func(d *Dial) *string { return field(d, 0, i) }}
	}
	SipAttributes = make([]SipAttribute, len(attrSpecs[1]))
	for i, a := range attrSpecs[1] {
		SipAttributes[i] = SipAttribute{a.name, func(s *Sip) *string { return field(s, 1, i) }}
	}
}

// field returns the field of attribute i of attrSpecs[t] in p, a *Dial
// (t 0) or a *Sip (t 1).
func field(p any, t, i int) *string {
	return reflect.ValueOf(p).Elem().Field(t + i).Addr().Interface().(*string)
}

// attrIndex returns the index of the attribute called name in
// attrSpecs[t], or -1.
//
//go:noinline
func attrIndex(t int, name string) int {
	for i, a := range attrSpecs[t] {
		if a.name == name {
			return i
		}
	}
	return -1
}

// verbs are "Dial" and the other TwiML voice verbs a <Response> may hold.
var verbs = []string{
	"Dial", "Connect", "Echo", "Enqueue", "Gather", "Hangup", "Leave", "Pause", "Pay", "Play",
	"Prompt", "Record", "Redirect", "Refer", "Reject", "Say", "Sms", "Start", "Stop",
}

// nouns are the nouns a <Dial> may hold.
var nouns = []string{"Application", "Client", "Conference", "Number", "Queue", "Sim", "Sip", "WhatsApp"}
