// Package view computes the playground's view models: pure functions from
// the page state and the core packages' results to what the components show.
// It knows nothing of the browser, so it is tested natively.
package view

import (
	"strings"

	"github.com/sipplay/sipplay/calls"
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
	getPost    = []string{"GET", "POST"}
	httpMethod = []string{"GET", "POST", "HEAD", "PATCH", "PUT", "DELETE"}
	trueFalse  = []string{"true", "false"}
	amd        = []string{"Enable", "DetectMessageEnd"}
	tracks     = []string{"both", "inbound", "outbound"}
	trims      = []string{"trim-silence", "do-not-trim"}
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

// CallSpecs lists every Calls create parameter except the three instruction
// sources (Url, Twiml, ApplicationSid), which the source choice shows, common
// ones first.
var CallSpecs = []Spec{
	{Name: "To", Common: true},
	{Name: "From", Common: true},
	{Name: "Method", Common: true, Options: httpMethod},
	{Name: "StatusCallback", Common: true},
	{Name: "StatusCallbackEvent", Common: true, List: true},
	{Name: "StatusCallbackMethod", Common: true, Options: httpMethod},
	{Name: "SipAuthUsername", Common: true},
	{Name: "SipAuthPassword", Common: true, Secret: true},
	{Name: "Timeout", Common: true},
	{Name: "Record", Common: true, Options: trueFalse},
	{Name: "CallerId"},
	{Name: "FallbackUrl"},
	{Name: "FallbackMethod", Options: httpMethod},
	{Name: "TimeLimit"},
	{Name: "SendDigits"},
	{Name: "RecordingChannels", Options: []string{"mono", "dual"}},
	{Name: "RecordingStatusCallback"},
	{Name: "RecordingStatusCallbackEvent", List: true},
	{Name: "RecordingStatusCallbackMethod", Options: httpMethod},
	{Name: "RecordingTrack", Options: tracks},
	{Name: "Trim", Options: trims},
	{Name: "MachineDetection", Options: amd},
	{Name: "MachineDetectionTimeout"},
	{Name: "MachineDetectionSpeechThreshold"},
	{Name: "MachineDetectionSpeechEndThreshold"},
	{Name: "MachineDetectionSilenceTimeout"},
	{Name: "AsyncAmd", Options: trueFalse},
	{Name: "AsyncAmdStatusCallback"},
	{Name: "AsyncAmdStatusCallbackMethod", Options: httpMethod},
	{Name: "Byoc"},
	{Name: "CallReason"},
	{Name: "CallToken"},
}

// SourceSpecs are the instruction-source parameters, in the order the
// source choice offers them.
var SourceSpecs = []Spec{{Name: "Url"}, {Name: "Twiml"}, {Name: "ApplicationSid"}}

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

// callText returns a Calls parameter's value as the form shows it: a list
// parameter's values separated by spaces.
func callText(r calls.Request, name string) string {
	t := calls.FieldText(r, name)
	if isList(name) {
		t = strings.ReplaceAll(t, "\n", " ")
	}
	return t
}

// isList reports whether the Calls parameter takes several values.
func isList(name string) bool {
	return name == "StatusCallbackEvent" || name == "RecordingStatusCallbackEvent"
}
