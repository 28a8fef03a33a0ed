package calls

import "slices"

// A Kind says what a parameter's value is. It decides how Check reads the
// value and how the SDK snippets write it.
type Kind uint8

// The kinds of parameter value.
const (
	Text   Kind = iota // free text, a string in every SDK
	URL                // an absolute http or https URL
	Method             // an HTTP method, one of Methods
	Int                // a whole number, a number in the SDKs
	Bool               // true or false, a boolean in the SDKs
	List               // several values, one form field each
)

// The allowed values that several parameters share.
var (
	// Methods are the HTTP methods Twilio accepts for its callbacks. Its
	// docs name GET and POST; the API schema also allows the other four.
	Methods   = []string{"GET", "POST", "HEAD", "PATCH", "PUT", "DELETE"}
	trueFalse = []string{"true", "false"}
)

// A Parameter is what the Calls create API says about one parameter: the
// one place that Check, FormBody, Curl, the snippets and the playground's
// form read it from.
type Parameter struct {
	Key    string   // the form key, which is also the Request field's name
	Kind   Kind     // what the value is
	Doc    string   // what it does, one line in lower case without a final period
	Values []string // the allowed values (of each element, for a List); nil means any
	// Min and Max bound an Int; Max 0 means no bound.
	Min, Max int
	SID      string // for a SID, its two-letter prefix: the value is it and 32 hex digits
	Required bool   // Check reports a missing value
	Source   bool   // one of the three sources of instructions: Url, Twiml, ApplicationSid
	Secret   bool   // a credential: shown masked, and left out of links unless asked
	Path     bool   // part of the URL (AccountSid), not a form field

	text  func(*Request) *string             // the Request field of a single-valued parameter
	list  func(*Request) *[]string           // the Request field of a List
	check func(*checker, *Parameter, string) // the row's own rule, after the common ones; it sees empty values too
}

// parameters is the schema: every Request field, each once. It is also
// the one list of FormBody's field order: AccountSid (not a form field),
// To, From, the instruction source, then the optional parameters grouped
// as in SPEC §3: auth and routing, methods and fallback, status callbacks,
// call control, recording and answering machine detection. Nothing else
// depends on where a row is.
var parameters = []Parameter{
	{Key: "AccountSid", Kind: Text, SID: "AC", Path: true,
		Doc:  "the account the call is made in; Curl puts it in the URL, the SDKs select the account with it",
		text: func(r *Request) *string { return &r.AccountSid }},

	{Key: "To", Kind: Text, Required: true, check: (*checker).checkTo,
		Doc:  "the SIP URI to dial, like sip:alice@example.com",
		text: func(r *Request) *string { return &r.To }},
	{Key: "From", Kind: Text, Required: true, check: (*checker).checkFrom,
		Doc:  "the caller shown to the SIP endpoint, like +15005550006 or alice",
		text: func(r *Request) *string { return &r.From }},

	{Key: "Url", Kind: URL, Source: true, check: (*checker).checkSourceGiven,
		Doc:  "the absolute URL of the TwiML that runs when the call connects",
		text: func(r *Request) *string { return &r.Url }},
	{Key: "Twiml", Kind: Text, Source: true, check: (*checker).checkTwiml,
		Doc:  "the TwiML that runs when the call connects, at most 4000 characters; ignored when Url is given",
		text: func(r *Request) *string { return &r.Twiml }},
	{Key: "ApplicationSid", Kind: Text, SID: "AP", Source: true,
		Doc:  "the TwiML App whose Voice URL runs when the call connects",
		text: func(r *Request) *string { return &r.ApplicationSid }},

	{Key: "SipAuthUsername", Kind: Text, check: requiredWith("SipAuthPassword"),
		Doc:  "the username Twilio answers the SIP endpoint's digest challenge with",
		text: func(r *Request) *string { return &r.SipAuthUsername }},
	{Key: "SipAuthPassword", Kind: Text, Secret: true, check: requiredWith("SipAuthUsername"),
		Doc:  "the password for SipAuthUsername",
		text: func(r *Request) *string { return &r.SipAuthPassword }},
	{Key: "CallerId", Kind: Text,
		Doc:  "the caller ID to show, a phone number, SIP address or client identifier",
		text: func(r *Request) *string { return &r.CallerId }},
	{Key: "Byoc", Kind: Text, SID: "BY", check: (*checker).checkByoc,
		Doc:  "the BYOC trunk to route the call with; used only when To is a phone number",
		text: func(r *Request) *string { return &r.Byoc }},
	{Key: "CallReason", Kind: Text,
		Doc:  "the reason for the call shown on the called phone (Branded Calls)",
		text: func(r *Request) *string { return &r.CallReason }},
	{Key: "CallToken", Kind: Text,
		Doc:  "the call_token of an incoming call that this call forwards",
		text: func(r *Request) *string { return &r.CallToken }},

	{Key: "Method", Kind: Method, Values: Methods,
		Doc:  "the HTTP method Twilio requests Url with (default POST)",
		text: func(r *Request) *string { return &r.Method }},
	{Key: "FallbackUrl", Kind: URL,
		Doc:  "the URL Twilio requests when fetching or running the TwiML at Url fails",
		text: func(r *Request) *string { return &r.FallbackUrl }},
	{Key: "FallbackMethod", Kind: Method, Values: Methods,
		Doc:  "the HTTP method Twilio requests FallbackUrl with (default POST)",
		text: func(r *Request) *string { return &r.FallbackMethod }},

	{Key: "StatusCallback", Kind: URL,
		Doc:  "the URL Twilio sends call progress events to; its hostname may not hold an underscore",
		text: func(r *Request) *string { return &r.StatusCallback }},
	{Key: "StatusCallbackMethod", Kind: Method, Values: Methods,
		Doc:  "the HTTP method Twilio requests StatusCallback with (default POST)",
		text: func(r *Request) *string { return &r.StatusCallbackMethod }},
	{Key: "StatusCallbackEvent", Kind: List, Values: []string{"initiated", "ringing", "answered", "completed"},
		Doc:  "the call progress events sent to StatusCallback, one form field each (default completed)",
		list: func(r *Request) *[]string { return &r.StatusCallbackEvent }},

	{Key: "Timeout", Kind: Int, Max: 600,
		Doc:  "the seconds to let the endpoint ring before giving up (default 60)",
		text: func(r *Request) *string { return &r.Timeout }},
	{Key: "TimeLimit", Kind: Int,
		Doc:  "the most seconds the call may last",
		text: func(r *Request) *string { return &r.TimeLimit }},
	{Key: "SendDigits", Kind: Text, check: (*checker).checkSendDigits,
		Doc:  "the keys to press once connected: 0-9, #, * and w (a half-second pause), at most 32",
		text: func(r *Request) *string { return &r.SendDigits }},

	{Key: "Record", Kind: Bool, Values: trueFalse,
		Doc:  "whether to record the call (default false)",
		text: func(r *Request) *string { return &r.Record }},
	{Key: "RecordingChannels", Kind: Text, Values: []string{"mono", "dual"},
		Doc:  "whether the recording has one channel or one per leg (default mono)",
		text: func(r *Request) *string { return &r.RecordingChannels }},
	{Key: "RecordingStatusCallback", Kind: URL,
		Doc:  "the URL Twilio calls when the recording is available",
		text: func(r *Request) *string { return &r.RecordingStatusCallback }},
	{Key: "RecordingStatusCallbackMethod", Kind: Method, Values: Methods,
		Doc:  "the HTTP method Twilio requests RecordingStatusCallback with (default POST)",
		text: func(r *Request) *string { return &r.RecordingStatusCallbackMethod }},
	{Key: "RecordingStatusCallbackEvent", Kind: List, Values: []string{"in-progress", "completed", "absent"},
		Doc:  "the recording events sent to RecordingStatusCallback, one form field each (default completed)",
		list: func(r *Request) *[]string { return &r.RecordingStatusCallbackEvent }},
	{Key: "RecordingTrack", Kind: Text, Values: []string{"inbound", "outbound", "both"},
		Doc:  "the audio to record: received by Twilio, sent by Twilio, or both (default both)",
		text: func(r *Request) *string { return &r.RecordingTrack }},
	{Key: "Trim", Kind: Text, Values: []string{"trim-silence", "do-not-trim"},
		Doc:  "whether to trim the silence at either end of the recording (default trim-silence)",
		text: func(r *Request) *string { return &r.Trim }},

	{Key: "MachineDetection", Kind: Text, Values: []string{"Enable", "DetectMessageEnd"},
		Doc:  "whether to detect an answering machine, and whether to wait for its beep; ignored with SendDigits",
		text: func(r *Request) *string { return &r.MachineDetection }},
	{Key: "MachineDetectionTimeout", Kind: Int,
		Doc:  "the seconds machine detection may take (default 30)",
		text: func(r *Request) *string { return &r.MachineDetectionTimeout }},
	{Key: "MachineDetectionSpeechThreshold", Kind: Int, Min: 1000, Max: 6000,
		Doc:  "the milliseconds of speech above which the answer is a machine (default 2400)",
		text: func(r *Request) *string { return &r.MachineDetectionSpeechThreshold }},
	{Key: "MachineDetectionSpeechEndThreshold", Kind: Int, Min: 500, Max: 5000,
		Doc:  "the milliseconds of silence that end the speech (default 1200)",
		text: func(r *Request) *string { return &r.MachineDetectionSpeechEndThreshold }},
	{Key: "MachineDetectionSilenceTimeout", Kind: Int, Min: 2000, Max: 10000,
		Doc:  "the milliseconds of initial silence after which the answer is unknown (default 5000)",
		text: func(r *Request) *string { return &r.MachineDetectionSilenceTimeout }},
	{Key: "AsyncAmd", Kind: Text, Values: trueFalse,
		Doc:  "whether machine detection runs in the background instead of holding the call (default false)",
		text: func(r *Request) *string { return &r.AsyncAmd }},
	{Key: "AsyncAmdStatusCallback", Kind: URL,
		Doc:  "the URL Twilio sends the background machine detection result to",
		text: func(r *Request) *string { return &r.AsyncAmdStatusCallback }},
	{Key: "AsyncAmdStatusCallbackMethod", Kind: Method, Values: Methods,
		Doc:  "the HTTP method Twilio requests AsyncAmdStatusCallback with (default POST)",
		text: func(r *Request) *string { return &r.AsyncAmdStatusCallbackMethod }},
}

// byKey finds a parameter by its key. (init fills it: the rules in
// parameters read fields by key.)
var byKey map[string]*Parameter

func init() {
	byKey = make(map[string]*Parameter, len(parameters))
	for i := range parameters {
		byKey[parameters[i].Key] = &parameters[i]
	}
}

// Parameters returns the schema: AccountSid, then every form parameter in
// FormBody's order. The result is a copy; its Values must not be changed.
func Parameters() []Parameter { return slices.Clone(parameters) }

// Lookup returns the schema of the parameter with the given key, and
// whether there is one.
func Lookup(key string) (Parameter, bool) {
	if p := byKey[key]; p != nil {
		return *p, true
	}
	return Parameter{}, false
}
