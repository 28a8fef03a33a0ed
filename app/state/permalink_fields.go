package state

import (
	"reflect"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/twiml"
)

// The v1 wire tags. A link is a list of records, each a one-byte tag and a
// string value; the tag says which field the value sets. These numbers are
// part of the v1 link format: never renumber or reuse one. A new field gets a
// new, unused tag. TestV1Tags pins every tag to its field.
const (
	tagPane      = 1
	tagURI       = 2
	tagMode      = 3
	tagXML       = 4 // present only when XML is not twiml.Render(Dial)
	tagToEdited  = 5 // "1"
	tagSource    = 6
	tagAuthToken = 7

	tagSipsNone = 16 // the Dial has no <Sip> nouns
	tagSipNew   = 17 // appends a <Sip> whose body is the value

	tagDialBase = 32 // + index into twiml.DialAttributes
	tagSipBase  = 64 // + index into twiml.SipAttributes; applies to the last <Sip>
	tagCallBase = 96 // + index into callNames

	tagStatusCallbackEvent          = 160 // one record per list element
	tagRecordingStatusCallbackEvent = 161 // one record per list element
)

// callNames lists the Calls string parameters (calls.Request fields); index
// i has tag tagCallBase+i. Append only.
var callNames = [...]string{
	"AccountSid", "ApplicationSid", "AsyncAmd", "AsyncAmdStatusCallback",
	"AsyncAmdStatusCallbackMethod", "Byoc", "CallReason", "CallToken", "CallerId",
	"FallbackMethod", "FallbackUrl", "From", "MachineDetection",
	"MachineDetectionSilenceTimeout", "MachineDetectionSpeechEndThreshold",
	"MachineDetectionSpeechThreshold", "MachineDetectionTimeout", "Method", "Record",
	"RecordingChannels", "RecordingStatusCallback", "RecordingStatusCallbackMethod",
	"RecordingTrack", "SendDigits", "SipAuthPassword", "SipAuthUsername", "StatusCallback",
	"StatusCallbackMethod", "TimeLimit", "Timeout", "To", "Trim", "Twiml", "Url",
}

// callIndex holds the index in calls.Request of each field in callNames.
var callIndex = func() (ix [len(callNames)]int) {
	t := reflect.TypeFor[calls.Request]()
	for j := range t.NumField() {
		for i, name := range callNames {
			if t.Field(j).Name == name {
				ix[i] = j
			}
		}
	}
	return ix
}()

// callField returns the field of r that tag tagCallBase+i sets.
func callField(r *calls.Request, i int) reflect.Value {
	return reflect.ValueOf(r).Elem().Field(callIndex[i])
}

// The tags of the Calls parameters that follow other panes.
const (
	tagCallTo    = tagCallBase + 30
	tagCallTwiml = tagCallBase + 32
)

// topField returns the top-level string field of s that tag sets, or nil.
func topField(s *State, tag byte) *string {
	switch tag {
	case tagPane:
		return (*string)(&s.Pane)
	case tagURI:
		return &s.URI
	case tagMode:
		return (*string)(&s.Mode)
	case tagXML:
		return &s.XML
	case tagSource:
		return (*string)(&s.Source)
	case tagAuthToken:
		return &s.AuthToken
	}
	return nil
}

// secret reports whether the Sip attribute or Calls parameter with this
// name is a secret (AuthToken, the third, has its own tag).
//
//go:noinline
func secret(name string) bool {
	return name == "password" || name == "SipAuthPassword"
}

// baseV1URI is the URI of baseV1 and of its one <Sip>.
const baseV1URI = "sip:alice@example.sip.twilio.com"

// baseV1Sips is the record of baseV1's one <Sip> noun: tagSipNew, the
// length of baseV1URI, baseV1URI.
const baseV1Sips = "\x11\x20" + baseV1URI

// baseV1 is the state a v1 link's records change: a v1 link holds only the
// fields that differ from it. It is frozen with the format (it was Default()
// when v1 was made), so that a later change to Default() does not change what
// old links open to.
func baseV1() State {
	return State{
		Pane:   PaneURI,
		URI:    baseV1URI,
		Mode:   ModeBuilder,
		Dial:   twiml.Dial{Sips: []twiml.Sip{{URI: baseV1URI}}},
		Source: SourceURL,
		Call:   calls.Request{From: "+15005550006", Url: "https://example.com/twiml/dial-sip.xml"},
	}
}
