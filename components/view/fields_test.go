package view

import (
	"testing"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every <Dial> and <Sip> attribute and every Calls parameter has a field,
// exactly once, and each field reaches its own struct field.
func TestSpecsCoverEveryField(t *testing.T) {
	dial := []string{"action", "answerOnBridge", "callerId", "events", "hangupOnStar", "method", "passports",
		"record", "recordingConfigurationId", "recordingStatusCallback", "recordingStatusCallbackEvent",
		"recordingStatusCallbackMethod", "recordingTrack", "referMethod", "referUrl", "ringTone", "sequential",
		"timeLimit", "timeout", "trim"}
	sip := []string{"amdStatusCallback", "amdStatusCallbackMethod", "machineDetection", "machineDetectionSilenceTimeout",
		"machineDetectionSpeechEndThreshold", "machineDetectionSpeechThreshold", "machineDetectionTimeout",
		"method", "password", "statusCallback", "statusCallbackEvent", "statusCallbackMethod", "url", "username"}
	call := []string{"ApplicationSid", "AsyncAmd", "AsyncAmdStatusCallback", "AsyncAmdStatusCallbackMethod", "Byoc",
		"CallReason", "CallToken", "CallerId", "FallbackMethod", "FallbackUrl", "From", "MachineDetection",
		"MachineDetectionSilenceTimeout", "MachineDetectionSpeechEndThreshold", "MachineDetectionSpeechThreshold",
		"MachineDetectionTimeout", "Method", "Record", "RecordingChannels", "RecordingStatusCallback",
		"RecordingStatusCallbackMethod", "RecordingTrack", "SendDigits", "SipAuthPassword", "SipAuthUsername",
		"StatusCallback", "StatusCallbackMethod", "TimeLimit", "Timeout", "To", "Trim", "Twiml", "Url",
		"StatusCallbackEvent", "RecordingStatusCallbackEvent"}
	require.Len(t, call, 35, "the Calls API has 35 parameters")

	names := func(specs ...[]Spec) []string {
		var out []string
		for _, l := range specs {
			for _, s := range l {
				out = append(out, s.Name)
			}
		}
		return out
	}
	assert.ElementsMatch(t, dial, names(DialSpecs))
	assert.ElementsMatch(t, sip, names(SipSpecs))
	assert.ElementsMatch(t, call, names(CallSpecs, SourceSpecs))

	var d twiml.Dial
	seen := map[*string]string{}
	for _, n := range dial {
		p := dialField(&d, n)
		require.NotNil(t, p, "dial field %s", n)
		assert.Empty(t, seen[p], "dial field %s shares storage with %s", n, seen[p])
		seen[p] = n
	}
	var s twiml.Sip
	for _, n := range append(sip, "uri") {
		p := sipField(&s, n)
		require.NotNil(t, p, "sip field %s", n)
		assert.Empty(t, seen[p], "sip field %s shares storage with %s", n, seen[p])
		seen[p] = n
	}
	var r calls.Request
	for _, n := range call {
		if l := callList(&r, n); l != nil {
			continue
		}
		p := callField(&r, n)
		require.NotNil(t, p, "call field %s", n)
		assert.Empty(t, seen[p], "call field %s shares storage with %s", n, seen[p])
		seen[p] = n
	}
	assert.NotNil(t, callList(&r, "StatusCallbackEvent"))
	assert.NotNil(t, callList(&r, "RecordingStatusCallbackEvent"))
	assert.Nil(t, dialField(&d, "statusCallbackEvent"), "statusCallbackEvent belongs on the noun")
	assert.Nil(t, callField(&r, "Nope"))
}

func TestSplitFields(t *testing.T) {
	specs := []Spec{
		{Name: "method", Common: true, Options: []string{"GET", "POST"}},
		{Name: "timeout"},
		{Name: "record", Options: []string{"true", "false"}},
	}
	values := map[string]string{"method": "FETCH", "timeout": "30", "record": "true"}
	common, more := split(specs, func(s Spec) string { return values[s.Name] }, map[string]bool{"timeout": true})
	assert.Equal(t, []Field{
		{Spec: specs[0], Value: "FETCH", Options: []string{"GET", "POST", "FETCH"}},
	}, common, "a value outside the list stays selectable")
	assert.Equal(t, []Field{
		{Spec: specs[1], Value: "30", Invalid: true},
		{Spec: specs[2], Value: "true", Options: []string{"true", "false"}},
	}, more)
	assert.Equal(t, []string{"GET", "POST"}, specs[0].Options, "the spec's list is not modified")
}
