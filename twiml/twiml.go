// Package twiml renders, parses and checks TwiML documents that dial SIP
// endpoints with <Response><Dial><Sip>. It has its own small positional XML
// parser, so every finding points at exact bytes of the checked document.
//
// DialAttributes and SipAttributes are its schema: every attribute, the
// values it allows and what it does. Codes is the table of twiml's own
// finding codes (a <Sip> body's findings are sipuri's: sipuri.Codes).
package twiml

import "github.com/sipplay/sipplay/sipuri"

// Diagnostic is the finding type shared with sipuri.
type Diagnostic = sipuri.Diagnostic

// Dial holds the attributes and nouns of one <Dial> verb. "" means omitted.
// Each field is named after its attribute with the first letter upper-cased.
type Dial struct {
	Action, AnswerOnBridge, CallerId, Events, HangupOnStar, Method, Passports, Record,
	RecordingConfigurationId, RecordingStatusCallback, RecordingStatusCallbackEvent,
	RecordingStatusCallbackMethod, RecordingTrack, ReferMethod, ReferUrl, RingTone, Sequential,
	TimeLimit, Timeout, Trim string
	Sips []Sip
}

// Sip is one <Sip> noun. URI is its body; the other fields are its
// attributes, "" meaning omitted.
type Sip struct {
	URI string
	AmdStatusCallback, AmdStatusCallbackMethod, MachineDetection, MachineDetectionSilenceTimeout,
	MachineDetectionSpeechEndThreshold, MachineDetectionSpeechThreshold, MachineDetectionTimeout,
	Method, Password, StatusCallback, StatusCallbackEvent, StatusCallbackMethod, Url, Username string
}
