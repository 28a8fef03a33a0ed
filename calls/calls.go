// Package calls builds and checks the Twilio Calls create request that dials
// a SIP endpoint: its form body, a paste-safe curl command and SDK snippets.
package calls

import "github.com/sipplay/sipplay/sipuri"

// STUB: replaced by the real implementation (issue 4).

// Diagnostic is the finding type shared with sipuri; Field names the parameter.
type Diagnostic = sipuri.Diagnostic

// Request is one Calls create request. Each field is named exactly as its
// form key; "" means omitted.
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

// FormBody returns the exact request body.
func FormBody(r Request) string { return "" }

// Curl returns a bash/zsh-safe command that sends FormBody's fields.
func Curl(r Request) string { return "" }

// Check reports every finding about r, with Field set.
func Check(r Request) []Diagnostic { return nil }

// CurlOptions changes what Curl prints.
type CurlOptions struct {
	// AuthToken, when set, is printed in the -u argument instead of
	// $TWILIO_AUTH_TOKEN. Leave it empty unless the person asked for it.
	AuthToken string
}

// CurlWith is Curl with options.
func CurlWith(r Request, o CurlOptions) string { return "" }

// A Language is one SDK snippet flavour.
type Language struct {
	ID   string // "cli", "node", "python", "go", "csharp", "java", "php", "ruby"
	Name string // shown on the tab, e.g. "Node.js"
}

// Languages lists the snippet languages in display order.
func Languages() []Language { return nil }

// Snippet returns r as code in the language with the given ID.
func Snippet(r Request, lang string) string { return "" }
