// Package twiml renders, parses, checks and highlights TwiML documents that
// dial SIP endpoints with <Response><Dial><Sip>.
package twiml

import "github.com/sipplay/sipplay/sipuri"

// STUB: replaced by the real implementation (issue 3).

// Diagnostic is the finding type shared with sipuri.
type Diagnostic = sipuri.Diagnostic

// Dial holds the attributes and nouns of one <Dial> verb. "" means omitted.
type Dial struct {
	Action, AnswerOnBridge, CallerId, Events, HangupOnStar, Method, Passports, Record,
	RecordingConfigurationId, RecordingStatusCallback, RecordingStatusCallbackEvent,
	RecordingStatusCallbackMethod, RecordingTrack, ReferMethod, ReferUrl, RingTone, Sequential,
	TimeLimit, Timeout, Trim string
	Sips []Sip
}

// Sip is one <Sip> noun. URI is its body.
type Sip struct {
	URI string
	AmdStatusCallback, AmdStatusCallbackMethod, MachineDetection, MachineDetectionSilenceTimeout,
	MachineDetectionSpeechEndThreshold, MachineDetectionSpeechThreshold, MachineDetectionTimeout,
	Method, Password, StatusCallback, StatusCallbackEvent, StatusCallbackMethod, Url, Username string
}

// Render returns the whole document for d.
func Render(d Dial) string { return "" }

// Check reports every finding about the TwiML document src.
func Check(src string) []Diagnostic { return nil }

// ParseDial reads a document that maps onto one Dial: a <Response> holding a
// single <Dial> whose nouns are all <Sip>. Otherwise it returns an error that
// says why.
func ParseDial(src string) (Dial, error) { return Dial{}, nil }

// Position turns a byte offset into src into a 1-based line and column
// (column counted in bytes).
func Position(src string, offset int) (line, col int) { return 1, 1 }
