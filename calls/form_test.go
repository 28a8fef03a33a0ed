package calls

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// keyOrder is FormBody's documented key order, written out by hand.
var keyOrder = []string{
	"To", "From", "Url", "Twiml", "ApplicationSid",
	"SipAuthUsername", "SipAuthPassword", "CallerId", "Byoc", "CallReason", "CallToken",
	"Method", "FallbackUrl", "FallbackMethod",
	"StatusCallback", "StatusCallbackMethod", "StatusCallbackEvent",
	"Timeout", "TimeLimit", "SendDigits",
	"Record", "RecordingChannels", "RecordingStatusCallback", "RecordingStatusCallbackMethod",
	"RecordingStatusCallbackEvent", "RecordingTrack", "Trim",
	"MachineDetection", "MachineDetectionTimeout", "MachineDetectionSpeechThreshold",
	"MachineDetectionSpeechEndThreshold", "MachineDetectionSilenceTimeout",
	"AsyncAmd", "AsyncAmdStatusCallback", "AsyncAmdStatusCallbackMethod",
}

// wantPairs lists r's fields in keyOrder by reflection on the struct, so
// that the expectation does not come from the code under test.
func wantPairs(r Request) [][2]string {
	var out [][2]string
	v := reflect.ValueOf(r)
	for _, k := range keyOrder {
		f := v.FieldByName(k)
		if f.Kind() == reflect.Slice {
			for i := 0; i < f.Len(); i++ {
				if s := f.Index(i).String(); s != "" {
					out = append(out, [2]string{k, s})
				}
			}
		} else if s := f.String(); s != "" {
			out = append(out, [2]string{k, s})
		}
	}
	return out
}

// decodeForm is an independent, strict decoder of a form body: it splits
// on & and the first =, and decodes %XX (and + as a space, as forms do).
func decodeForm(body string) ([][2]string, error) {
	if body == "" {
		return nil, nil
	}
	var out [][2]string
	for _, kv := range strings.Split(body, "&") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return nil, fmt.Errorf("field %q has no =", kv)
		}
		dk, err := unescapeStrict(k)
		if err != nil {
			return nil, err
		}
		dv, err := unescapeStrict(v)
		if err != nil {
			return nil, err
		}
		out = append(out, [2]string{dk, dv})
	}
	return out, nil
}

func unescapeStrict(s string) (string, error) {
	var b []byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '%':
			if i+2 >= len(s) {
				return "", fmt.Errorf("truncated escape in %q", s)
			}
			h, l := hexVal(s[i+1]), hexVal(s[i+2])
			if h < 0 || l < 0 {
				return "", fmt.Errorf("bad escape in %q", s)
			}
			b = append(b, byte(h<<4|l))
			i += 2
		case '+':
			b = append(b, ' ')
		default:
			b = append(b, c)
		}
	}
	return string(b), nil
}

func hexVal(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func TestFormBodyExact(t *testing.T) {
	tests := []struct {
		name string
		r    Request
		want string
	}{
		{"empty", Request{}, ""},
		{"vendor example", Request{To: "sip:kate@example.com", From: "Jack", Url: "http://www.example.com/sipdial.xml"},
			"To=sip%3Akate%40example.com&From=Jack&Url=http%3A%2F%2Fwww.example.com%2Fsipdial.xml"},
		{"headers and params stay inside To",
			Request{To: "sip:jack@example.com;transport=tls?X-a=1&User-to-User=12%3Bx", From: "+1-a_b.c"},
			"To=sip%3Ajack%40example.com%3Btransport%3Dtls%3FX-a%3D1%26User-to-User%3D12%253Bx&From=%2B1-a_b.c"},
		{"space is %20, unreserved stay", Request{CallReason: "a b~c-d.e_f", To: "x"},
			"To=x&CallReason=a%20b~c-d.e_f"},
		{"list keys repeat, empties dropped",
			Request{StatusCallbackEvent: []string{"initiated", "", "answered"}, RecordingStatusCallbackEvent: []string{"absent"}},
			"StatusCallbackEvent=initiated&StatusCallbackEvent=answered&RecordingStatusCallbackEvent=absent"},
		{"order: source after From, rest after", Request{Timeout: "30", ApplicationSid: "AP1", Twiml: "<R/>", Url: "u", From: "f", To: "t", AccountSid: "AC1"},
			"To=t&From=f&Url=u&Twiml=%3CR%2F%3E&ApplicationSid=AP1&Timeout=30"},
		{"utf-8 and invalid bytes, upper-case hex", Request{To: "é\xff\x00\n+%&="},
			"To=%C3%A9%FF%00%0A%2B%25%26%3D"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, FormBody(tt.r), "FormBody(%s: %#v)", tt.name, tt.r)
	}
}

func TestFormBodyEveryFieldInOrder(t *testing.T) {
	r := fullRequest()
	got, err := decodeForm(FormBody(r))
	require.NoError(t, err)
	require.Len(t, got, formValues(r), "every key once, each list once per element")
	var keys []string
	for _, kv := range got {
		if len(keys) == 0 || keys[len(keys)-1] != kv[0] {
			keys = append(keys, kv[0])
		}
	}
	assert.Equal(t, keyOrder, keys)
	assert.Equal(t, wantPairs(r), got)
}

// formValues counts the values r's form body holds, by reflection: each
// set string field but AccountSid (part of the URL), and each element of
// a list.
func formValues(r Request) int {
	n := 0
	v := reflect.ValueOf(r)
	for _, f := range reflect.VisibleFields(v.Type()) {
		switch fv := v.FieldByIndex(f.Index); {
		case f.Name == "AccountSid":
		case fv.Kind() == reflect.String && fv.String() != "":
			n++
		case fv.Kind() == reflect.Slice:
			n += fv.Len()
		}
	}
	return n
}

func TestFullRequestSetsEveryParameter(t *testing.T) {
	// So that the oracle tests exercise every parameter, fullRequest sets
	// each field of Request, and each list to two values.
	r := reflect.ValueOf(fullRequest())
	for _, f := range reflect.VisibleFields(r.Type()) {
		v := r.FieldByIndex(f.Index)
		if v.Kind() == reflect.Slice {
			assert.Equal(t, 2, v.Len(), "fullRequest sets %s to two values", f.Name)
		} else {
			assert.NotEmpty(t, v.String(), "fullRequest sets %s", f.Name)
		}
	}
}

// fullRequest sets every field to a valid value; only the instruction
// sources conflict (Url, Twiml and ApplicationSid are all set).
func fullRequest() Request {
	return Request{
		AccountSid:                         "AC0123456789abcdef0123456789abcdef",
		To:                                 "sip:alice@example.sip.twilio.com;transport=tcp?X-Customer=42&User-to-User=123456789%3Bencoding%3Dhex",
		From:                               "+15005550006",
		Url:                                "https://example.com/twiml/dial-sip.xml",
		Twiml:                              "<Response><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>",
		ApplicationSid:                     "AP0123456789abcdef0123456789abcdef",
		SipAuthUsername:                    "jack",
		SipAuthPassword:                    "s3cr3t!",
		CallerId:                           "Jack",
		Byoc:                               "BY0123456789abcdef0123456789abcdef",
		CallReason:                         "Delivery update",
		CallToken:                          "tok",
		Method:                             "POST",
		FallbackUrl:                        "https://example.com/fallback",
		FallbackMethod:                     "GET",
		StatusCallback:                     "https://example.com/status",
		StatusCallbackMethod:               "POST",
		StatusCallbackEvent:                []string{"initiated", "completed"},
		Timeout:                            "30",
		TimeLimit:                          "600",
		SendDigits:                         "ww1234#",
		Record:                             "true",
		RecordingChannels:                  "dual",
		RecordingStatusCallback:            "https://example.com/recording",
		RecordingStatusCallbackMethod:      "POST",
		RecordingStatusCallbackEvent:       []string{"in-progress", "completed"},
		RecordingTrack:                     "both",
		Trim:                               "trim-silence",
		MachineDetection:                   "Enable",
		MachineDetectionTimeout:            "30",
		MachineDetectionSpeechThreshold:    "2400",
		MachineDetectionSpeechEndThreshold: "1200",
		MachineDetectionSilenceTimeout:     "5000",
		AsyncAmd:                           "true",
		AsyncAmdStatusCallback:             "https://example.com/amd",
		AsyncAmdStatusCallbackMethod:       "POST",
	}
}

func TestFormBodyOnlyUnreservedLiteral(t *testing.T) {
	var all strings.Builder
	for c := 0; c < 256; c++ {
		all.WriteByte(byte(c))
	}
	body := FormBody(Request{Twiml: all.String()})
	val := strings.TrimPrefix(body, "Twiml=")
	for i := 0; i < len(val); i++ {
		c := val[i]
		ok := 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || strings.IndexByte("-._~%", c) >= 0 ||
			val[i-1] == '%' || i >= 2 && val[i-2] == '%'
		assert.True(t, ok, "byte %q at %d of the encoded value is neither unreserved nor part of an escape", c, i)
		if c == '%' {
			assert.True(t, i+2 < len(val) && hexVal(val[i+1]) >= 0 && hexVal(val[i+2]) >= 0 &&
				!('a' <= val[i+1] && val[i+1] <= 'f') && !('a' <= val[i+2] && val[i+2] <= 'f'), "escape at %d is not %%XX upper-case", i)
		}
	}
	assert.Contains(t, body, "%20")
	assert.NotContains(t, body, "+")
}

func FuzzFormBody(f *testing.F) {
	f.Add("sip:alice@example.com;transport=tls?X-a=1&X-b=2", "+15005550006", "https://example.com/a?b=c&d", "<Response/>", "initiated answered", "")
	f.Add("é😀\xff", "a+b%20c", "\x00\n\r\t", "=&=&", "", "absent")
	f.Fuzz(func(t *testing.T, to, from, url, tw, ev1, ev2 string) {
		r := Request{To: to, From: from, Url: url, Twiml: tw, CallReason: from + to,
			StatusCallbackEvent: []string{ev1, ev2}, RecordingStatusCallbackEvent: []string{ev2}, SendDigits: ev1}
		body := FormBody(r)
		got, err := decodeForm(body)
		require.NoError(t, err, "body %q", body)
		assert.Equal(t, wantPairs(r), got, "body %q", body)
	})
}
