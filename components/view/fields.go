// Package view computes the playground's view models: pure functions from
// the page state and the core packages' results to what the components show.
// It knows nothing of the browser, so it is tested natively.
package view

import (
	"github.com/sipplay/sipplay/twiml"
)

// A Spec describes one form field: its name as written in TwiML or in the
// API, whether it is shown before "More", and its allowed values when there
// is a list.
type Spec struct {
	Name    string
	Common  bool
	Options []string // allowed values; nil means free text
	Secret  bool     // a password: shown masked, left out of links by default
	List    bool     // a list parameter: values separated by spaces
}

var (
	getPost   = []string{"GET", "POST"}
	trueFalse = []string{"true", "false"}
	amd       = []string{"Enable", "DetectMessageEnd"}
	tracks    = []string{"both", "inbound", "outbound"}
	trims     = []string{"trim-silence", "do-not-trim"}
)

// DialSpecs lists every <Dial> attribute, common ones first.
var DialSpecs = []Spec{
	{Name: "callerId", Common: true},
	{Name: "action", Common: true},
	{Name: "method", Common: true, Options: getPost},
	{Name: "timeout", Common: true},
	{Name: "timeLimit", Common: true},
	{Name: "answerOnBridge", Common: true, Options: trueFalse},
	{Name: "sequential", Common: true, Options: trueFalse},
	{Name: "record", Common: true, Options: []string{"do-not-record", "record-from-answer", "record-from-ringing", "record-from-answer-dual", "record-from-ringing-dual"}},
	{Name: "hangupOnStar", Options: trueFalse},
	{Name: "trim", Options: trims},
	{Name: "recordingStatusCallback"},
	{Name: "recordingStatusCallbackMethod", Options: getPost},
	{Name: "recordingStatusCallbackEvent"},
	{Name: "recordingTrack", Options: tracks},
	{Name: "recordingConfigurationId"},
	{Name: "ringTone"},
	{Name: "referUrl"},
	{Name: "referMethod", Options: getPost},
	{Name: "events"},
	{Name: "passports"},
}

// SipSpecs lists every <Sip> attribute (the URI body is edited apart),
// common ones first.
var SipSpecs = []Spec{
	{Name: "username", Common: true},
	{Name: "password", Common: true, Secret: true},
	{Name: "url", Common: true},
	{Name: "method", Common: true, Options: getPost},
	{Name: "statusCallback", Common: true},
	{Name: "statusCallbackEvent", Common: true},
	{Name: "statusCallbackMethod", Common: true, Options: getPost},
	{Name: "machineDetection", Options: amd},
	{Name: "machineDetectionTimeout"},
	{Name: "machineDetectionSpeechThreshold"},
	{Name: "machineDetectionSpeechEndThreshold"},
	{Name: "machineDetectionSilenceTimeout"},
	{Name: "amdStatusCallback"},
	{Name: "amdStatusCallbackMethod", Options: getPost},
}

// dialField returns the Dial field named by the attribute name, or nil.
func dialField(d *twiml.Dial, name string) *string {
	for _, a := range twiml.DialAttributes {
		if a.Name == name {
			return a.Field(d)
		}
	}
	return nil
}

// sipField returns the Sip field named by the attribute name ("uri" for the
// body), or nil.
func sipField(s *twiml.Sip, name string) *string {
	if name == "uri" {
		return &s.URI
	}
	for _, a := range twiml.SipAttributes {
		if a.Name == name {
			return a.Field(s)
		}
	}
	return nil
}
