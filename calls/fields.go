package calls

import "strings"

// A kind says what a parameter's value is, for the checks and the snippets.
type kind uint8

const (
	kText   kind = iota // free text
	kURL                // an absolute http(s) URL
	kMethod             // an HTTP method
	kInt                // a whole number
	kBool               // true or false, a boolean in the SDKs
	kList               // one form field per element
)

// A param describes one form key of the request.
type param struct {
	key  string
	kind kind
	str  func(*Request) *string   // the value of a single-valued key
	list func(*Request) *[]string // the value of a list key (kind kList)
}

// params lists every form key in FormBody's order: To, From, the instruction
// source (Url, Twiml, ApplicationSid), then the rest grouped as in SPEC §3:
// auth and routing, methods and fallback, status callbacks, call control,
// recording, answering machine detection.
var params = [...]param{
	{"To", kText, func(r *Request) *string { return &r.To }, nil},
	{"From", kText, func(r *Request) *string { return &r.From }, nil},
	{"Url", kURL, func(r *Request) *string { return &r.Url }, nil},
	{"Twiml", kText, func(r *Request) *string { return &r.Twiml }, nil},
	{"ApplicationSid", kText, func(r *Request) *string { return &r.ApplicationSid }, nil},
	{"SipAuthUsername", kText, func(r *Request) *string { return &r.SipAuthUsername }, nil},
	{"SipAuthPassword", kText, func(r *Request) *string { return &r.SipAuthPassword }, nil},
	{"CallerId", kText, func(r *Request) *string { return &r.CallerId }, nil},
	{"Byoc", kText, func(r *Request) *string { return &r.Byoc }, nil},
	{"CallReason", kText, func(r *Request) *string { return &r.CallReason }, nil},
	{"CallToken", kText, func(r *Request) *string { return &r.CallToken }, nil},
	{"Method", kMethod, func(r *Request) *string { return &r.Method }, nil},
	{"FallbackUrl", kURL, func(r *Request) *string { return &r.FallbackUrl }, nil},
	{"FallbackMethod", kMethod, func(r *Request) *string { return &r.FallbackMethod }, nil},
	{"StatusCallback", kURL, func(r *Request) *string { return &r.StatusCallback }, nil},
	{"StatusCallbackMethod", kMethod, func(r *Request) *string { return &r.StatusCallbackMethod }, nil},
	{"StatusCallbackEvent", kList, nil, func(r *Request) *[]string { return &r.StatusCallbackEvent }},
	{"Timeout", kInt, func(r *Request) *string { return &r.Timeout }, nil},
	{"TimeLimit", kInt, func(r *Request) *string { return &r.TimeLimit }, nil},
	{"SendDigits", kText, func(r *Request) *string { return &r.SendDigits }, nil},
	{"Record", kBool, func(r *Request) *string { return &r.Record }, nil},
	{"RecordingChannels", kText, func(r *Request) *string { return &r.RecordingChannels }, nil},
	{"RecordingStatusCallback", kURL, func(r *Request) *string { return &r.RecordingStatusCallback }, nil},
	{"RecordingStatusCallbackMethod", kMethod, func(r *Request) *string { return &r.RecordingStatusCallbackMethod }, nil},
	{"RecordingStatusCallbackEvent", kList, nil, func(r *Request) *[]string { return &r.RecordingStatusCallbackEvent }},
	{"RecordingTrack", kText, func(r *Request) *string { return &r.RecordingTrack }, nil},
	{"Trim", kText, func(r *Request) *string { return &r.Trim }, nil},
	{"MachineDetection", kText, func(r *Request) *string { return &r.MachineDetection }, nil},
	{"MachineDetectionTimeout", kInt, func(r *Request) *string { return &r.MachineDetectionTimeout }, nil},
	{"MachineDetectionSpeechThreshold", kInt, func(r *Request) *string { return &r.MachineDetectionSpeechThreshold }, nil},
	{"MachineDetectionSpeechEndThreshold", kInt, func(r *Request) *string { return &r.MachineDetectionSpeechEndThreshold }, nil},
	{"MachineDetectionSilenceTimeout", kInt, func(r *Request) *string { return &r.MachineDetectionSilenceTimeout }, nil},
	{"AsyncAmd", kText, func(r *Request) *string { return &r.AsyncAmd }, nil},
	{"AsyncAmdStatusCallback", kURL, func(r *Request) *string { return &r.AsyncAmdStatusCallback }, nil},
	{"AsyncAmdStatusCallbackMethod", kMethod, func(r *Request) *string { return &r.AsyncAmdStatusCallbackMethod }, nil},
}

// A Param is one form field: a key and its unencoded value.
type Param struct{ Key, Value string }

// Params returns r's form fields, one per non-empty value (a list key once
// per non-empty element), in this fixed order: To, From, the instruction
// source (Url, Twiml, ApplicationSid), then SipAuthUsername,
// SipAuthPassword, CallerId, Byoc, CallReason, CallToken, Method,
// FallbackUrl, FallbackMethod, StatusCallback, StatusCallbackMethod,
// StatusCallbackEvent, Timeout, TimeLimit, SendDigits, Record,
// RecordingChannels, RecordingStatusCallback, RecordingStatusCallbackMethod,
// RecordingStatusCallbackEvent, RecordingTrack, Trim, MachineDetection,
// MachineDetectionTimeout, MachineDetectionSpeechThreshold,
// MachineDetectionSpeechEndThreshold, MachineDetectionSilenceTimeout,
// AsyncAmd, AsyncAmdStatusCallback, AsyncAmdStatusCallbackMethod.
// AccountSid is not a form field: it is part of the URL.
func Params(r Request) []Param {
	out := make([]Param, 0, len(params)+len(r.StatusCallbackEvent)+len(r.RecordingStatusCallbackEvent))
	for i := range params {
		p := &params[i]
		if p.list != nil {
			for _, v := range *p.list(&r) {
				if v != "" {
					out = append(out, Param{p.key, v})
				}
			}
		} else if v := *p.str(&r); v != "" {
			out = append(out, Param{p.key, v})
		}
	}
	return out
}

// lookup returns the param with the given key, or nil.
func lookup(key string) *param {
	for i := range params {
		if params[i].key == key {
			return &params[i]
		}
	}
	return nil
}

// FieldText returns the text a Diagnostic with this Field has its offsets
// into: the value of a single-valued key, AccountSid's value for
// "AccountSid", and for a list key its elements joined by "\n" (one value
// per line). It returns "" for an unknown key.
func FieldText(r Request, field string) string {
	if field == "AccountSid" {
		return r.AccountSid
	}
	p := lookup(field)
	switch {
	case p == nil:
		return ""
	case p.list != nil:
		return strings.Join(*p.list(&r), "\n")
	}
	return *p.str(&r)
}

// SetFieldText is the inverse of FieldText: it stores text as the value of
// field, splitting a list key's text into one element per line. It returns
// r unchanged for an unknown key.
func SetFieldText(r Request, field, text string) Request {
	if field == "AccountSid" {
		r.AccountSid = text
		return r
	}
	p := lookup(field)
	switch {
	case p == nil:
	case p.list != nil:
		var l []string
		if text != "" {
			l = strings.Split(text, "\n")
		}
		*p.list(&r) = l
	default:
		*p.str(&r) = text
	}
	return r
}

// ApplyFix returns r with d's Fix applied to the field d is about (see
// FieldText for what the offsets mean in a list field). Without a Fix it
// returns r unchanged.
func ApplyFix(r Request, d Diagnostic) Request {
	if d.Fix == nil {
		return r
	}
	return SetFieldText(r, d.Field, d.Fix.Apply(FieldText(r, d.Field)))
}
