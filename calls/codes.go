package calls

import (
	"slices"

	"github.com/sipplay/sipplay/sipuri"
)

// CodeDoc is the help entry of a finding code, shared with sipuri.
type CodeDoc = sipuri.CodeDoc

// The codes of Check's own findings. They are stable: the interface and
// links to the help depend on them. What each means is in Codes.
const (
	CodeRequired     = "required"
	CodeSID          = "sid"
	CodeFrom         = "from"
	CodeSIPAuth      = "sip-auth"
	CodeEnum         = "enum"
	CodeEvents       = "events"
	CodeRange        = "range"
	CodeURL          = "url"
	CodeTwimlTooLong = "twiml-too-long"
	CodeTwimlIgnored = "twiml-ignored"
	CodeByocIgnored  = "byoc-ignored"
)

// The pages the rules come from.
const (
	callsCreate = "https://www.twilio.com/docs/voice/api/call-resource#create-a-call-resource"
	sipCalls    = "https://www.twilio.com/docs/voice/api/sip-making-calls"
)

// codeDocs is the one table of Check's own finding codes.
var codeDocs = []CodeDoc{
	{Code: CodeRequired, Severity: sipuri.Error, Source: callsCreate,
		Summary: "A parameter the call cannot do without is missing: To, From, or a source of instructions (Url, Twiml or ApplicationSid).",
		Why:     "Twilio rejects a create request without To and From, and needs one source of TwiML to know what to do once the call connects."},
	{Code: CodeSID, Severity: sipuri.Error, Source: callsCreate,
		Summary: "A SID (AccountSid, ApplicationSid or Byoc) is not its two-letter prefix followed by 32 hexadecimal digits.",
		Why:     "Twilio validates each SID against that pattern and rejects the request when it does not match."},
	{Code: CodeFrom, Severity: sipuri.Error, Source: sipCalls,
		Summary: "From does not fit the kind of To: for a SIP To it may only hold letters, digits and + - _ .; for a phone To it must be a phone number.",
		Why:     "For a SIP call From becomes the user part of the SIP From header; for a phone call it must be a number the account may call from."},
	{Code: CodeSIPAuth, Severity: sipuri.Error, Source: sipCalls,
		Summary: "Only one of SipAuthUsername and SipAuthPassword is set.",
		Why:     "Twilio answers the SIP endpoint's digest challenge with the pair; one without the other cannot authenticate."},
	{Code: CodeEnum, Severity: sipuri.Error, Source: callsCreate,
		Summary: "A parameter that takes one of a few values (a method, Record, RecordingTrack, Trim, MachineDetection…) holds something else.",
		Why:     "Twilio rejects a value outside the documented list; the values are case-sensitive."},
	{Code: CodeEvents, Severity: sipuri.Error, Source: callsCreate,
		Summary: "A StatusCallbackEvent or RecordingStatusCallbackEvent value is not one of its events, or holds several events in one field.",
		Why:     "Twilio takes one event per form field; a space- or comma-joined list is one unknown event."},
	{Code: CodeRange, Severity: sipuri.Error, Source: callsCreate,
		Summary: "A number is not a whole number or is outside its range, or SendDigits holds keys other than 0-9 # * w or more than 32 of them.",
		Why:     "Twilio rejects the request; Timeout is at most 600 seconds and the machine detection thresholds have documented ranges."},
	{Code: CodeURL, Severity: sipuri.Error, Source: callsCreate,
		Summary: "A URL parameter is not an absolute http or https URL with a valid hostname.",
		Why:     "Twilio must fetch the URL on its own; it rejects relative URLs, other schemes and hostnames with an underscore."},
	{Code: CodeTwimlTooLong, Severity: sipuri.Error, Source: callsCreate,
		Summary: "Twiml holds more than 4000 characters.",
		Why:     "Twilio accepts at most 4000 characters of inline TwiML; a longer document must be hosted and passed as Url."},
	{Code: CodeTwimlIgnored, Severity: sipuri.Warning, Source: callsCreate,
		Summary: "Both Url and Twiml are given.",
		Why:     "Twilio runs the TwiML at Url and ignores Twiml, so the inline document never runs."},
	{Code: CodeByocIgnored, Severity: sipuri.Warning, Source: callsCreate,
		Summary: "Byoc is given for a call whose To is a SIP URI or a client.",
		Why:     "Twilio routes through a BYOC trunk only when To is a phone number; otherwise it ignores Byoc."},
}

// Codes returns the help entry of every code Check and Import report
// themselves. The codes of findings Check passes on from sipuri.Check and
// twiml.Check are in those packages' Codes.
func Codes() []CodeDoc { return slices.Concat(codeDocs, importCodeDocs) }
