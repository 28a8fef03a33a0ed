package state

import (
	"unsafe"

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

	tagDialBase = 32 // + n: a <Dial> attribute (see fields)
	tagSipBase  = 64 // + n: an attribute of the last <Sip> (see fields)
	tagCallBase = 96 // + n: a Calls string parameter (see fields)

	tagStatusCallbackEvent          = 160 // one record per list element
	tagRecordingStatusCallbackEvent = 161 // one record per list element
)

// fields says, by tag, where in State (or, for a Sip attribute, in a
// twiml.Sip) the string field that the tag sets lies: 1 + its offset, 0 for
// a tag that sets no string field. The offsets are constants, so this table
// is data, where an accessor function per field would be code. TestV1Tags
// holds every tag to its field by name.
var fields = [...]uint16{
	tagPane:          1 + uint16(unsafe.Offsetof(st.Pane)),
	tagURI:           1 + uint16(unsafe.Offsetof(st.URI)),
	tagMode:          1 + uint16(unsafe.Offsetof(st.Mode)),
	tagXML:           1 + uint16(unsafe.Offsetof(st.XML)),
	tagSource:        1 + uint16(unsafe.Offsetof(st.Source)),
	tagAuthToken:     1 + uint16(unsafe.Offsetof(st.AuthToken)),
	tagDialBase + 0:  inDial + uint16(unsafe.Offsetof(st.Dial.Action)),
	tagDialBase + 1:  inDial + uint16(unsafe.Offsetof(st.Dial.AnswerOnBridge)),
	tagDialBase + 2:  inDial + uint16(unsafe.Offsetof(st.Dial.CallerId)),
	tagDialBase + 3:  inDial + uint16(unsafe.Offsetof(st.Dial.Events)),
	tagDialBase + 4:  inDial + uint16(unsafe.Offsetof(st.Dial.HangupOnStar)),
	tagDialBase + 5:  inDial + uint16(unsafe.Offsetof(st.Dial.Method)),
	tagDialBase + 6:  inDial + uint16(unsafe.Offsetof(st.Dial.Passports)),
	tagDialBase + 7:  inDial + uint16(unsafe.Offsetof(st.Dial.Record)),
	tagDialBase + 8:  inDial + uint16(unsafe.Offsetof(st.Dial.RecordingConfigurationId)),
	tagDialBase + 9:  inDial + uint16(unsafe.Offsetof(st.Dial.RecordingStatusCallback)),
	tagDialBase + 10: inDial + uint16(unsafe.Offsetof(st.Dial.RecordingStatusCallbackEvent)),
	tagDialBase + 11: inDial + uint16(unsafe.Offsetof(st.Dial.RecordingStatusCallbackMethod)),
	tagDialBase + 12: inDial + uint16(unsafe.Offsetof(st.Dial.RecordingTrack)),
	tagDialBase + 13: inDial + uint16(unsafe.Offsetof(st.Dial.ReferMethod)),
	tagDialBase + 14: inDial + uint16(unsafe.Offsetof(st.Dial.ReferUrl)),
	tagDialBase + 15: inDial + uint16(unsafe.Offsetof(st.Dial.RingTone)),
	tagDialBase + 16: inDial + uint16(unsafe.Offsetof(st.Dial.Sequential)),
	tagDialBase + 17: inDial + uint16(unsafe.Offsetof(st.Dial.TimeLimit)),
	tagDialBase + 18: inDial + uint16(unsafe.Offsetof(st.Dial.Timeout)),
	tagDialBase + 19: inDial + uint16(unsafe.Offsetof(st.Dial.Trim)),
	tagSipBase + 0:   inSip + uint16(unsafe.Offsetof(sp.AmdStatusCallback)),
	tagSipBase + 1:   inSip + uint16(unsafe.Offsetof(sp.AmdStatusCallbackMethod)),
	tagSipBase + 2:   inSip + uint16(unsafe.Offsetof(sp.MachineDetection)),
	tagSipBase + 3:   inSip + uint16(unsafe.Offsetof(sp.MachineDetectionSilenceTimeout)),
	tagSipBase + 4:   inSip + uint16(unsafe.Offsetof(sp.MachineDetectionSpeechEndThreshold)),
	tagSipBase + 5:   inSip + uint16(unsafe.Offsetof(sp.MachineDetectionSpeechThreshold)),
	tagSipBase + 6:   inSip + uint16(unsafe.Offsetof(sp.MachineDetectionTimeout)),
	tagSipBase + 7:   inSip + uint16(unsafe.Offsetof(sp.Method)),
	tagSipBase + 8:   inSip + uint16(unsafe.Offsetof(sp.Password)),
	tagSipBase + 9:   inSip + uint16(unsafe.Offsetof(sp.StatusCallback)),
	tagSipBase + 10:  inSip + uint16(unsafe.Offsetof(sp.StatusCallbackEvent)),
	tagSipBase + 11:  inSip + uint16(unsafe.Offsetof(sp.StatusCallbackMethod)),
	tagSipBase + 12:  inSip + uint16(unsafe.Offsetof(sp.Url)),
	tagSipBase + 13:  inSip + uint16(unsafe.Offsetof(sp.Username)),
	tagCallBase + 0:  inCall + uint16(unsafe.Offsetof(st.Call.AccountSid)),
	tagCallBase + 1:  inCall + uint16(unsafe.Offsetof(st.Call.ApplicationSid)),
	tagCallBase + 2:  inCall + uint16(unsafe.Offsetof(st.Call.AsyncAmd)),
	tagCallBase + 3:  inCall + uint16(unsafe.Offsetof(st.Call.AsyncAmdStatusCallback)),
	tagCallBase + 4:  inCall + uint16(unsafe.Offsetof(st.Call.AsyncAmdStatusCallbackMethod)),
	tagCallBase + 5:  inCall + uint16(unsafe.Offsetof(st.Call.Byoc)),
	tagCallBase + 6:  inCall + uint16(unsafe.Offsetof(st.Call.CallReason)),
	tagCallBase + 7:  inCall + uint16(unsafe.Offsetof(st.Call.CallToken)),
	tagCallBase + 8:  inCall + uint16(unsafe.Offsetof(st.Call.CallerId)),
	tagCallBase + 9:  inCall + uint16(unsafe.Offsetof(st.Call.FallbackMethod)),
	tagCallBase + 10: inCall + uint16(unsafe.Offsetof(st.Call.FallbackUrl)),
	tagCallBase + 11: inCall + uint16(unsafe.Offsetof(st.Call.From)),
	tagCallBase + 12: inCall + uint16(unsafe.Offsetof(st.Call.MachineDetection)),
	tagCallBase + 13: inCall + uint16(unsafe.Offsetof(st.Call.MachineDetectionSilenceTimeout)),
	tagCallBase + 14: inCall + uint16(unsafe.Offsetof(st.Call.MachineDetectionSpeechEndThreshold)),
	tagCallBase + 15: inCall + uint16(unsafe.Offsetof(st.Call.MachineDetectionSpeechThreshold)),
	tagCallBase + 16: inCall + uint16(unsafe.Offsetof(st.Call.MachineDetectionTimeout)),
	tagCallBase + 17: inCall + uint16(unsafe.Offsetof(st.Call.Method)),
	tagCallBase + 18: inCall + uint16(unsafe.Offsetof(st.Call.Record)),
	tagCallBase + 19: inCall + uint16(unsafe.Offsetof(st.Call.RecordingChannels)),
	tagCallBase + 20: inCall + uint16(unsafe.Offsetof(st.Call.RecordingStatusCallback)),
	tagCallBase + 21: inCall + uint16(unsafe.Offsetof(st.Call.RecordingStatusCallbackMethod)),
	tagCallBase + 22: inCall + uint16(unsafe.Offsetof(st.Call.RecordingTrack)),
	tagCallBase + 23: inCall + uint16(unsafe.Offsetof(st.Call.SendDigits)),
	tagCallBase + 24: inCall + uint16(unsafe.Offsetof(st.Call.SipAuthPassword)),
	tagCallBase + 25: inCall + uint16(unsafe.Offsetof(st.Call.SipAuthUsername)),
	tagCallBase + 26: inCall + uint16(unsafe.Offsetof(st.Call.StatusCallback)),
	tagCallBase + 27: inCall + uint16(unsafe.Offsetof(st.Call.StatusCallbackMethod)),
	tagCallBase + 28: inCall + uint16(unsafe.Offsetof(st.Call.TimeLimit)),
	tagCallBase + 29: inCall + uint16(unsafe.Offsetof(st.Call.Timeout)),
	tagCallBase + 30: inCall + uint16(unsafe.Offsetof(st.Call.To)),
	tagCallBase + 31: inCall + uint16(unsafe.Offsetof(st.Call.Trim)),
	tagCallBase + 32: inCall + uint16(unsafe.Offsetof(st.Call.Twiml)),
	tagCallBase + 33: inCall + uint16(unsafe.Offsetof(st.Call.Url)),
}

// The offsets of the nested structs in fields, plus one.
const (
	inDial = 1 + uint16(unsafe.Offsetof(st.Dial))
	inCall = 1 + uint16(unsafe.Offsetof(st.Call))
	inSip  = 1
)

var (
	st *State     // for unsafe.Offsetof only
	sp *twiml.Sip // for unsafe.Offsetof only
)

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
	if uint(tag) >= uint(len(fields)) || fields[tag] == 0 {
		return nil
	}
	at := unsafe.Pointer(s)
	if tag >= tagSipBase && tag < tagCallBase {
		if sip == nil {
			return nil
		}
		at = unsafe.Pointer(sip)
	}
	return (*string)(unsafe.Add(at, fields[tag]-1))
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
