// Package calls builds and checks the Twilio Calls create request that dials
// a SIP endpoint: its form body, a paste-safe curl command and SDK snippets.
//
// The request is POST https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Calls.json
// with an application/x-www-form-urlencoded body. Every function here is pure:
// no I/O, no panics, whatever the field values hold.
//
// Diagnostics from Check name their parameter in Field and have offsets into
// FieldText(r, Field). For the two list fields (StatusCallbackEvent and
// RecordingStatusCallbackEvent) that text is the elements joined by "\n",
// one value per line, so a Fix is an ordinary text edit even there: the fix
// for a space- or comma-joined list in one element replaces that element
// with its values on separate lines. ApplyFix applies any Fix to a Request.
package calls

import "github.com/sipplay/sipplay/sipuri"

// Diagnostic is the finding type shared with sipuri; Field names the parameter.
type Diagnostic = sipuri.Diagnostic

// Request is one Calls create request. Each field is named exactly as its
// form key; "" means omitted. In the two list fields, each non-empty element
// is one form field and empty elements are omitted.
type Request struct {
	AccountSid string
	ApplicationSid, AsyncAmd, AsyncAmdStatusCallback, AsyncAmdStatusCallbackMethod, Byoc,
	CallReason, CallToken, CallerId, FallbackMethod, FallbackUrl, From, MachineDetection,
	MachineDetectionSilenceTimeout, MachineDetectionSpeechEndThreshold,
	MachineDetectionSpeechThreshold, MachineDetectionTimeout, Method, Record, RecordingChannels,
	RecordingStatusCallback, RecordingStatusCallbackMethod, RecordingTrack, SendDigits,
	SipAuthPassword, SipAuthUsername, StatusCallback, StatusCallbackMethod, TimeLimit, Timeout,
	To, Trim, Twiml, Url string
	StatusCallbackEvent, RecordingStatusCallbackEvent []string
}
