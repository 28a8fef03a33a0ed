package calls

import "unsafe"

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
	idx  int8 // the key's field in Request: an index into strs, or for kList into lists
	chk  byte // Check's test of the value: see checkValue
	arg  int8 // the test's argument: an index into sidPrefixes, enums, ranges or params
}

// params lists every form key in FormBody's order: To, From, the instruction
// source (Url, Twiml, ApplicationSid), then the rest grouped as in SPEC §3:
// auth and routing, methods and fallback, status callbacks, call control,
// recording, answering machine detection.
var params = [...]param{
	{"To", kText, 30, 't', 0},
	{"From", kText, 11, 'f', 0},
	{"Url", kURL, 33, 'u', 0},
	{"Twiml", kText, 32, 'x', 0},
	{"ApplicationSid", kText, 1, 's', 1},
	{"SipAuthUsername", kText, 25, 'a', 6},
	{"SipAuthPassword", kText, 24, 'a', 5},
	{"CallerId", kText, 8, 0, 0},
	{"Byoc", kText, 5, 's', 2},
	{"CallReason", kText, 6, 0, 0},
	{"CallToken", kText, 7, 0, 0},
	{"Method", kMethod, 17, 'e', 0},
	{"FallbackUrl", kURL, 10, 'u', 0},
	{"FallbackMethod", kMethod, 9, 'e', 0},
	{"StatusCallback", kURL, 26, 'u', 0},
	{"StatusCallbackMethod", kMethod, 27, 'e', 0},
	{"StatusCallbackEvent", kList, 0, 'v', 6},
	{"Timeout", kInt, 29, 'i', 1},
	{"TimeLimit", kInt, 28, 'i', 0},
	{"SendDigits", kText, 23, 'd', 0},
	{"Record", kBool, 18, 'e', 1},
	{"RecordingChannels", kText, 19, 'e', 3},
	{"RecordingStatusCallback", kURL, 20, 'u', 0},
	{"RecordingStatusCallbackMethod", kMethod, 21, 'e', 0},
	{"RecordingStatusCallbackEvent", kList, 1, 'v', 7},
	{"RecordingTrack", kText, 22, 'e', 4},
	{"Trim", kText, 31, 'e', 2},
	{"MachineDetection", kText, 12, 'e', 5},
	{"MachineDetectionTimeout", kInt, 16, 'i', 0},
	{"MachineDetectionSpeechThreshold", kInt, 15, 'i', 2},
	{"MachineDetectionSpeechEndThreshold", kInt, 14, 'i', 3},
	{"MachineDetectionSilenceTimeout", kInt, 13, 'i', 4},
	{"AsyncAmd", kText, 2, 'e', 1},
	{"AsyncAmdStatusCallback", kURL, 3, 'u', 0},
	{"AsyncAmdStatusCallbackMethod", kMethod, 4, 'e', 0},
}

// strs returns r's 34 string fields as an array, in declaration order
// (AccountSid first): a struct of consecutive fields of one type has the
// layout of an array of them (TestRequestLayout holds the order).
func (r *Request) strs() *[34]string { return (*[34]string)(unsafe.Pointer(r)) }

// str returns the single value of p in r.
func (r *Request) str(p *param) *string { return &r.strs()[p.idx] }

// list returns the list of the kList p in r.
func (r *Request) list(p *param) *[]string {
	if p.idx == 0 {
		return &r.StatusCallbackEvent
	}
	return &r.RecordingStatusCallbackEvent
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
		vs := r.strs()[p.idx : p.idx+1]
		if p.kind == kList {
			vs = *r.list(p)
		}
		for _, v := range vs {
			if v != "" {
				out = append(out, Param{p.key, v})
			}
		}
	}
	return out
}

// lookup returns the index in params of the given key, or -1.
func lookup(key string) int {
	for i := range params {
		if params[i].key == key {
			return i
		}
	}
	return -1
}

// index returns the index of v in l, or -1.
//
//go:noinline
func index(l []string, v string) int {
	for i, s := range l {
		if s == v {
			return i
		}
	}
	return -1
}
