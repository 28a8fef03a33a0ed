// Package view computes the playground's view models: pure functions from
// the page state and the core packages' results to what the components show.
// It knows nothing of the browser, so it is tested natively.
package view

import (
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
	switch name {
	case "action":
		return &d.Action
	case "answerOnBridge":
		return &d.AnswerOnBridge
	case "callerId":
		return &d.CallerId
	case "events":
		return &d.Events
	case "hangupOnStar":
		return &d.HangupOnStar
	case "method":
		return &d.Method
	case "passports":
		return &d.Passports
	case "record":
		return &d.Record
	case "recordingConfigurationId":
		return &d.RecordingConfigurationId
	case "recordingStatusCallback":
		return &d.RecordingStatusCallback
	case "recordingStatusCallbackEvent":
		return &d.RecordingStatusCallbackEvent
	case "recordingStatusCallbackMethod":
		return &d.RecordingStatusCallbackMethod
	case "recordingTrack":
		return &d.RecordingTrack
	case "referMethod":
		return &d.ReferMethod
	case "referUrl":
		return &d.ReferUrl
	case "ringTone":
		return &d.RingTone
	case "sequential":
		return &d.Sequential
	case "timeLimit":
		return &d.TimeLimit
	case "timeout":
		return &d.Timeout
	case "trim":
		return &d.Trim
	}
	return nil
}

// sipField returns the Sip field named by the attribute name ("uri" for the
// body), or nil.
func sipField(s *twiml.Sip, name string) *string {
	switch name {
	case "uri":
		return &s.URI
	case "amdStatusCallback":
		return &s.AmdStatusCallback
	case "amdStatusCallbackMethod":
		return &s.AmdStatusCallbackMethod
	case "machineDetection":
		return &s.MachineDetection
	case "machineDetectionSilenceTimeout":
		return &s.MachineDetectionSilenceTimeout
	case "machineDetectionSpeechEndThreshold":
		return &s.MachineDetectionSpeechEndThreshold
	case "machineDetectionSpeechThreshold":
		return &s.MachineDetectionSpeechThreshold
	case "machineDetectionTimeout":
		return &s.MachineDetectionTimeout
	case "method":
		return &s.Method
	case "password":
		return &s.Password
	case "statusCallback":
		return &s.StatusCallback
	case "statusCallbackEvent":
		return &s.StatusCallbackEvent
	case "statusCallbackMethod":
		return &s.StatusCallbackMethod
	case "url":
		return &s.Url
	case "username":
		return &s.Username
	}
	return nil
}

// callField returns the Request string field named by the parameter, or
// nil (also for the two list parameters; see callList).
func callField(r *calls.Request, name string) *string {
	switch name {
	case "AccountSid":
		return &r.AccountSid
	case "ApplicationSid":
		return &r.ApplicationSid
	case "AsyncAmd":
		return &r.AsyncAmd
	case "AsyncAmdStatusCallback":
		return &r.AsyncAmdStatusCallback
	case "AsyncAmdStatusCallbackMethod":
		return &r.AsyncAmdStatusCallbackMethod
	case "Byoc":
		return &r.Byoc
	case "CallReason":
		return &r.CallReason
	case "CallToken":
		return &r.CallToken
	case "CallerId":
		return &r.CallerId
	case "FallbackMethod":
		return &r.FallbackMethod
	case "FallbackUrl":
		return &r.FallbackUrl
	case "From":
		return &r.From
	case "MachineDetection":
		return &r.MachineDetection
	case "MachineDetectionSilenceTimeout":
		return &r.MachineDetectionSilenceTimeout
	case "MachineDetectionSpeechEndThreshold":
		return &r.MachineDetectionSpeechEndThreshold
	case "MachineDetectionSpeechThreshold":
		return &r.MachineDetectionSpeechThreshold
	case "MachineDetectionTimeout":
		return &r.MachineDetectionTimeout
	case "Method":
		return &r.Method
	case "Record":
		return &r.Record
	case "RecordingChannels":
		return &r.RecordingChannels
	case "RecordingStatusCallback":
		return &r.RecordingStatusCallback
	case "RecordingStatusCallbackMethod":
		return &r.RecordingStatusCallbackMethod
	case "RecordingTrack":
		return &r.RecordingTrack
	case "SendDigits":
		return &r.SendDigits
	case "SipAuthPassword":
		return &r.SipAuthPassword
	case "SipAuthUsername":
		return &r.SipAuthUsername
	case "StatusCallback":
		return &r.StatusCallback
	case "StatusCallbackMethod":
		return &r.StatusCallbackMethod
	case "TimeLimit":
		return &r.TimeLimit
	case "Timeout":
		return &r.Timeout
	case "To":
		return &r.To
	case "Trim":
		return &r.Trim
	case "Twiml":
		return &r.Twiml
	case "Url":
		return &r.Url
	}
	return nil
}

// callList returns the Request list field named by the parameter, or nil.
func callList(r *calls.Request, name string) *[]string {
	switch name {
	case "StatusCallbackEvent":
		return &r.StatusCallbackEvent
	case "RecordingStatusCallbackEvent":
		return &r.RecordingStatusCallbackEvent
	}
	return nil
}
