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

// The tags that need more than setting their field: the secrets, and the
// Calls parameters that follow other panes.
const (
	tagSipPassword         = tagSipBase + 8
	tagCallSipAuthPassword = tagCallBase + 24
	tagCallTo              = tagCallBase + 30
	tagCallTwiml           = tagCallBase + 32
)

// field returns the string field of s that tag sets, or nil for a tag that
// sets no string field. A Sip attribute's tag sets sip's attribute (nil
// when sip is).
func field(s *State, sip *twiml.Sip, tag int) *string {
	switch t := uint(tag); {
	case t == tagPane:
		return (*string)(&s.Pane)
	case t == tagURI:
		return &s.URI
	case t == tagMode:
		return (*string)(&s.Mode)
	case t == tagXML:
		return &s.XML
	case t == tagSource:
		return (*string)(&s.Source)
	case t == tagAuthToken:
		return &s.AuthToken
	case t-tagDialBase < uint(len(twiml.DialAttributes)):
		return twiml.DialAttributes[t-tagDialBase].Field(&s.Dial)
	case t-tagSipBase < uint(len(twiml.SipAttributes)):
		if sip == nil {
			return nil
		}
		return twiml.SipAttributes[t-tagSipBase].Field(sip)
	case t-tagCallBase < uint(len(callNames)):
		return reflect.ValueOf(&s.Call).Elem().Field(callIndex[t-tagCallBase]).Addr().Interface().(*string)
	}
	return nil
}

// baseV1URI is the URI of the v1 base state and of its one <Sip>.
const baseV1URI = "sip:alice@example.sip.twilio.com"

// baseV1Sips is the record of the v1 base state's one <Sip> noun:
// tagSipNew, the length of baseV1URI, baseV1URI.
const baseV1Sips = "\x11\x20" + baseV1URI

// setBaseV1 sets *s to the state a v1 link's records change: a v1 link
// holds only the fields that differ from it. It is frozen with the format (it
// was the page's default when v1 was made), so that a later change to
// Default() does not change what old links open to.
//
//go:noinline
func setBaseV1(s *State) {
	*s = State{
		Pane:   PaneURI,
		URI:    baseV1URI,
		Mode:   ModeBuilder,
		Source: SourceURL,
		Call:   calls.Request{From: "+15005550006", Url: "https://example.com/twiml/dial-sip.xml"},
	}
	s.Dial.Sips = make([]twiml.Sip, 1) // not a composite literal: that would add an equality function for [1]twiml.Sip
	s.Dial.Sips[0].URI = baseV1URI
}
