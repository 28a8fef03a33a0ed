package calls

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
	idx  int8 // the index of the key's value in refs' strs, or in lists for kList
}

// params lists every form key in FormBody's order: To, From, the instruction
// source (Url, Twiml, ApplicationSid), then the rest grouped as in SPEC §3:
// auth and routing, methods and fallback, status callbacks, call control,
// recording, answering machine detection.
var params = [...]param{
	{"To", kText, 0},
	{"From", kText, 1},
	{"Url", kURL, 2},
	{"Twiml", kText, 3},
	{"ApplicationSid", kText, 4},
	{"SipAuthUsername", kText, 5},
	{"SipAuthPassword", kText, 6},
	{"CallerId", kText, 7},
	{"Byoc", kText, 8},
	{"CallReason", kText, 9},
	{"CallToken", kText, 10},
	{"Method", kMethod, 11},
	{"FallbackUrl", kURL, 12},
	{"FallbackMethod", kMethod, 13},
	{"StatusCallback", kURL, 14},
	{"StatusCallbackMethod", kMethod, 15},
	{"StatusCallbackEvent", kList, 0},
	{"Timeout", kInt, 16},
	{"TimeLimit", kInt, 17},
	{"SendDigits", kText, 18},
	{"Record", kBool, 19},
	{"RecordingChannels", kText, 20},
	{"RecordingStatusCallback", kURL, 21},
	{"RecordingStatusCallbackMethod", kMethod, 22},
	{"RecordingStatusCallbackEvent", kList, 1},
	{"RecordingTrack", kText, 23},
	{"Trim", kText, 24},
	{"MachineDetection", kText, 25},
	{"MachineDetectionTimeout", kInt, 26},
	{"MachineDetectionSpeechThreshold", kInt, 27},
	{"MachineDetectionSpeechEndThreshold", kInt, 28},
	{"MachineDetectionSilenceTimeout", kInt, 29},
	{"AsyncAmd", kText, 30},
	{"AsyncAmdStatusCallback", kURL, 31},
	{"AsyncAmdStatusCallbackMethod", kMethod, 32},
}

// refs returns pointers to r's values, in params order: strs for the
// single-valued keys and lists for the two list keys. (A table of pointers,
// rather than of accessor funcs, keeps r from escaping to the heap.)
func (r *Request) refs() (strs [33]*string, lists [2]*[]string) {
	return [...]*string{
		&r.To, &r.From, &r.Url, &r.Twiml, &r.ApplicationSid, &r.SipAuthUsername, &r.SipAuthPassword,
		&r.CallerId, &r.Byoc, &r.CallReason, &r.CallToken, &r.Method, &r.FallbackUrl, &r.FallbackMethod,
		&r.StatusCallback, &r.StatusCallbackMethod, &r.Timeout, &r.TimeLimit, &r.SendDigits, &r.Record,
		&r.RecordingChannels, &r.RecordingStatusCallback, &r.RecordingStatusCallbackMethod,
		&r.RecordingTrack, &r.Trim, &r.MachineDetection, &r.MachineDetectionTimeout,
		&r.MachineDetectionSpeechThreshold, &r.MachineDetectionSpeechEndThreshold,
		&r.MachineDetectionSilenceTimeout, &r.AsyncAmd, &r.AsyncAmdStatusCallback,
		&r.AsyncAmdStatusCallbackMethod,
	}, [...]*[]string{&r.StatusCallbackEvent, &r.RecordingStatusCallbackEvent}
}

// value returns p's single value in r, or its list.
func (p *param) value(r *Request) (string, []string) {
	s, l := r.refs()
	if p.kind == kList {
		return "", *l[p.idx]
	}
	return *s[p.idx], nil
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
	r.each(func(key, v string) { out = append(out, Param{key, v}) })
	return out
}

// each calls f with every form field of r, in the order of Params.
func (r *Request) each(f func(key, value string)) {
	strs, lists := r.refs()
	for _, p := range params {
		if p.kind == kList {
			for _, v := range *lists[p.idx] {
				if v != "" {
					f(p.key, v)
				}
			}
		} else if v := *strs[p.idx]; v != "" {
			f(p.key, v)
		}
	}
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
