package com.twilio.rest.api.v2010.account;

import com.twilio.http.HttpMethod;
import com.twilio.type.Twiml;
import java.net.URI;
import java.util.List;

// The setters of twilio-java's CallCreator: a URL parameter takes a URI or
// a String (RecordingStatusCallback only a String), a list a List<String>
// or one String, Twiml a Twiml or a String.
public class CallCreator {
    public Call create() { return new Call(); }

    public CallCreator setUrl(URI v) { return this; }
    public CallCreator setUrl(String v) { return this; }
    public CallCreator setTwiml(Twiml v) { return this; }
    public CallCreator setTwiml(String v) { return this; }
    public CallCreator setApplicationSid(String v) { return this; }
    public CallCreator setMethod(HttpMethod v) { return this; }
    public CallCreator setFallbackUrl(URI v) { return this; }
    public CallCreator setFallbackUrl(String v) { return this; }
    public CallCreator setFallbackMethod(HttpMethod v) { return this; }
    public CallCreator setStatusCallback(URI v) { return this; }
    public CallCreator setStatusCallback(String v) { return this; }
    public CallCreator setStatusCallbackEvent(List<String> v) { return this; }
    public CallCreator setStatusCallbackEvent(String v) { return this; }
    public CallCreator setStatusCallbackMethod(HttpMethod v) { return this; }
    public CallCreator setSendDigits(String v) { return this; }
    public CallCreator setTimeout(Integer v) { return this; }
    public CallCreator setRecord(Boolean v) { return this; }
    public CallCreator setRecordingChannels(String v) { return this; }
    public CallCreator setRecordingStatusCallback(String v) { return this; }
    public CallCreator setRecordingStatusCallbackMethod(HttpMethod v) { return this; }
    public CallCreator setSipAuthUsername(String v) { return this; }
    public CallCreator setSipAuthPassword(String v) { return this; }
    public CallCreator setMachineDetection(String v) { return this; }
    public CallCreator setMachineDetectionTimeout(Integer v) { return this; }
    public CallCreator setRecordingStatusCallbackEvent(List<String> v) { return this; }
    public CallCreator setRecordingStatusCallbackEvent(String v) { return this; }
    public CallCreator setTrim(String v) { return this; }
    public CallCreator setCallerId(String v) { return this; }
    public CallCreator setMachineDetectionSpeechThreshold(Integer v) { return this; }
    public CallCreator setMachineDetectionSpeechEndThreshold(Integer v) { return this; }
    public CallCreator setMachineDetectionSilenceTimeout(Integer v) { return this; }
    public CallCreator setAsyncAmd(String v) { return this; }
    public CallCreator setAsyncAmdStatusCallback(URI v) { return this; }
    public CallCreator setAsyncAmdStatusCallback(String v) { return this; }
    public CallCreator setAsyncAmdStatusCallbackMethod(HttpMethod v) { return this; }
    public CallCreator setByoc(String v) { return this; }
    public CallCreator setCallReason(String v) { return this; }
    public CallCreator setCallToken(String v) { return this; }
    public CallCreator setRecordingTrack(String v) { return this; }
    public CallCreator setTimeLimit(Integer v) { return this; }
}
