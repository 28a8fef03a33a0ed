// Package sdk checks the calls package's snippets with Twilio's real
// libraries: each snippet runs with the real SDK, its HTTP request is
// intercepted inside the process (nothing leaves the machine), and the
// method, account path and form pairs it sends must equal FormBody's, but
// for the differences listed in Differences.
//
// This file holds what the checks share: the requests they render, what an
// interceptor records, and the comparison. The checks themselves are the
// tests of this package (Node, the twilio CLI, Python, and the compiled
// languages against stubs) and of the separate module in gosdk/ (twilio-go,
// kept out of the playground's dependencies).
package sdk

import (
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"

	"github.com/sipplay/sipplay/calls"
)

// The credentials every snippet finds in its environment.
const (
	EnvAccountSid = "ACenvsid00000000000000000000000000"
	EnvAuthToken  = "envtoken"
)

// Env returns the environment a snippet runs in: PATH and HOME from this
// process, the credentials, and extra.
func Env(extra ...string) []string {
	return append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"),
		"TWILIO_ACCOUNT_SID=" + EnvAccountSid, "TWILIO_AUTH_TOKEN=" + EnvAuthToken}, extra...)
}

// Full reports whether the checks run over every request (make test-sdk,
// which sets SIPPLAY_SDK=full) rather than the sample make test runs.
func Full() bool { return os.Getenv("SIPPLAY_SDK") == "full" }

// How many generated requests follow the table.
const (
	sampleGenerated = 12
	fullGenerated   = 250
)

// Requests returns the requests the checks render: the hand-picked table,
// then generated ones (sampleGenerated of them, or fullGenerated when
// full). The generated ones come from a fixed seed, so a failure names a
// request that the next run renders again.
func Requests(full bool) []calls.Request {
	n := sampleGenerated
	if full {
		n = fullGenerated
	}
	rs := table()
	rng := rand.New(rand.NewPCG(12, 2026))
	rs = append(rs, everyParameter(rng))
	for len(rs) < len(table())+n {
		rs = append(rs, generate(rng))
	}
	return rs
}

// table is the hand-picked part: the vendor's SIP sample, every field set
// with valid values, odd types, and values that break naive quoting.
func table() []calls.Request {
	nasty := strings.Join(nastyValues, "|")
	return []calls.Request{
		{To: "sip:kate@example.com", From: "Jack", Url: "http://www.example.com/sipdial.xml"},
		{
			AccountSid:                         "AC0123456789abcdef0123456789abcdef",
			To:                                 "sip:alice@example.sip.twilio.com;transport=tcp?X-Customer=42&User-to-User=123456789%3Bencoding%3Dhex",
			From:                               "+15005550006",
			Url:                                "https://example.com/twiml/dial-sip.xml",
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
			StatusCallbackEvent:                []string{"initiated", "ringing", "answered", "completed"},
			Timeout:                            "30",
			TimeLimit:                          "600",
			SendDigits:                         "ww1234#",
			Record:                             "true",
			RecordingChannels:                  "dual",
			RecordingStatusCallback:            "https://example.com/recording",
			RecordingStatusCallbackMethod:      "POST",
			RecordingStatusCallbackEvent:       []string{"in-progress", "completed", "absent"},
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
		},
		{To: "+14155550100", From: "+14155550199", ApplicationSid: "AP0123456789abcdef0123456789abcdef",
			Timeout: "0", Record: "false", Method: "GET", StatusCallbackEvent: []string{"", "completed", ""}},
		{To: "sip:x@y.z", From: "-dash", Twiml: "<Response><Dial><Sip>sip:x@y.z</Sip></Dial></Response>", FallbackMethod: "HEAD"},
		{To: "sip:" + nasty + "@example.com", From: nasty, Url: "https://example.com/?q=" + nasty,
			CallReason: "r" + nasty, SipAuthUsername: nasty + "u", SipAuthPassword: "p" + nasty,
			StatusCallbackEvent: nastyValues, Timeout: "30", Record: "true"},
		{To: `"`, From: "'", CallerId: "$(id)", CallToken: `\`, SendDigits: "#{x}", Byoc: `\u000a`,
			MachineDetection: `\\u0022`, Trim: "{$x}", RecordingTrack: `\x41`, AsyncAmd: "*/", AsyncAmdStatusCallback: `\u{41}`,
			ApplicationSid: `a\tb`, Twiml: "`id` $HOME ${x} \"q\" 'q' <Say>é 😀 中文</Say>"},
	}
}

// nastyValues break naive quoting in one language or another. They are all
// valid UTF-8 without NUL bytes: generate adds those separately, because
// some SDKs cannot send them as given (see Differences).
var nastyValues = []string{
	"'", "''", "a'b", `"`, `""`, "$HOME", "${HOME}", "$(id)", "`id`", "!", "!!", "!$", "a!b",
	`\`, `\\`, `\n`, `\'`, "a\nb", "\n", "\r\n", "\t", "\x01\x1b[31m\x7f", "=", "==a=", "a=b&c=d",
	"@/etc/passwd", "@-", "<file", ">out", "|cat", ";ls", "&", "-d x", "--data x", "#comment", "*",
	"?", "[a-z]", "{a,b}", "~", ":h", "%41", "%", "+", "#{x}", "#$x", "{$x}", "${x}", "*/", "/*",
	"<?php", "?>", "\"\"\"", "'''", " lead and trail ", "😀 emoji", "é", "中文", "\u202eevil", "\u2028", "\u200b",
	"sip:alice@example.com;transport=tls?X-a=1&User-to-User=1%3Bencoding%3Dhex",
}

// The keys whose values the SDKs type: whole numbers, the boolean, and the
// HTTP methods. Generated values for them are mostly valid.
var (
	intKeys = []string{"Timeout", "TimeLimit", "MachineDetectionTimeout", "MachineDetectionSpeechThreshold",
		"MachineDetectionSpeechEndThreshold", "MachineDetectionSilenceTimeout"}
	boolKeys   = []string{"Record"}
	methodKeys = []string{"Method", "FallbackMethod", "StatusCallbackMethod", "RecordingStatusCallbackMethod",
		"AsyncAmdStatusCallbackMethod"}
)

// everyParameter sets every parameter, each to a generated value that is
// not empty.
func everyParameter(rng *rand.Rand) calls.Request {
	var r calls.Request
	v := reflect.ValueOf(&r).Elem()
	for i := range v.NumField() {
		f, name := v.Field(i), v.Type().Field(i).Name
		if name == "AccountSid" {
			f.SetString("AC0123456789abcdef0123456789abcdef")
			continue
		}
		if f.Kind() == reflect.Slice {
			f.Set(reflect.ValueOf([]string{"initiated", text(rng), "completed"}))
			continue
		}
		s := ""
		for s == "" {
			s = value(rng, name)
		}
		f.SetString(s)
	}
	return r
}

// generate returns a request with To and From and a random third of the
// other parameters set to generated values, and sometimes an AccountSid.
func generate(rng *rand.Rand) calls.Request {
	var r calls.Request
	v := reflect.ValueOf(&r).Elem()
	for i := range v.NumField() {
		f, name := v.Field(i), v.Type().Field(i).Name
		switch {
		case name == "AccountSid":
			switch rng.IntN(4) {
			case 0:
				f.SetString("AC" + strings.Repeat("0123456789abcdef", 2))
			case 1:
				f.SetString(text(rng))
			}
		case name != "To" && name != "From" && rng.IntN(3) != 0:
		case f.Kind() == reflect.Slice:
			l := make([]string, rng.IntN(4))
			for j := range l {
				if rng.IntN(5) != 0 {
					l[j] = text(rng)
				}
			}
			f.Set(reflect.ValueOf(l))
		default:
			f.SetString(value(rng, name))
		}
	}
	return r
}

// value returns a generated value for the key: for a typed key mostly a
// valid one, else text.
func value(rng *rand.Rand, key string) string {
	valid := rng.IntN(5) != 0
	switch {
	case valid && slices.Contains(intKeys, key):
		return []string{"0", "1", "30", "600", "14400", "999999999"}[rng.IntN(6)]
	case valid && slices.Contains(boolKeys, key):
		return []string{"true", "false"}[rng.IntN(2)]
	case valid && slices.Contains(methodKeys, key):
		return []string{"GET", "POST"}[rng.IntN(2)]
	}
	return text(rng)
}

// text returns a generated string: empty, a nasty value, a SIP URI around
// one, a run of random runes, or (rarely) text with a NUL byte or invalid
// UTF-8.
func text(rng *rand.Rand) string {
	switch rng.IntN(12) {
	case 0:
		return ""
	case 1, 2, 3:
		return nastyValues[rng.IntN(len(nastyValues))]
	case 4:
		return "sip:" + nastyValues[rng.IntN(len(nastyValues))] + "@example.com;transport=tls"
	case 5:
		return "a\x00b"
	case 6:
		return "\xff\xfe" + nastyValues[rng.IntN(len(nastyValues))] + "\xc3"
	}
	const runes = "abcXYZ019 '\"$`\\!#%&*()[]{}<>;|?~^=+,.:@/\n\r\t-_éü中文😀\u00a0\u200d"
	rs := []rune(runes)
	b := make([]rune, 1+rng.IntN(24))
	for i := range b {
		b[i] = rs[rng.IntN(len(rs))]
	}
	return string(b)
}
