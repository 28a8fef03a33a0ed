package state

// dictV1 is the preset deflate dictionary of v1 links: text that SIP
// playground states often hold, so that even a short link can refer back to
// it. It is part of the v1 link format. NEVER change it: every v1 link ever
// shared would stop opening. A better dictionary needs a new version.
//
// Deflate codes nearer matches more cheaply, so the most common text is last.
const dictV1 = "DetectMessageEnd" +
	"machineDetectionSpeechEndThreshold=\"machineDetectionSilenceTimeout=\"" +
	"amdStatusCallback=\"https://example.com/amd" +
	"record-from-ringing-dualrecord-from-answer-dualdo-not-recordtrim-silencedo-not-trim" +
	"in-progress completed absent" +
	"recordingStatusCallback=\"https://example.com/recording" +
	"<Dial answerOnBridge=\"true\" callerId=\"+15005550006\" record=\"record-from-answer\" timeout=\"30\" timeLimit=\"14400\" " +
	"action=\"https://example.com/dial-action\" method=\"POST\" hangupOnStar=\"true\" sequential=\"true\">" +
	"User-to-User=123456789%3Bencoding%3Dhex" +
	"?X-Custom-Header=Value&amp;x-" +
	";transport=tls;transport=tcp;secure=true;region=ie1" +
	"statusCallbackEvent=\"initiated ringing answered completed\" " +
	"statusCallback=\"https://example.com/events\" statusCallbackMethod=\"POST\" " +
	"url=\"https://example.com/screen\" method=\"GET\" " +
	"username=\"admin\" password=\"\">" +
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n  <Dial>\n    <Sip>\n" +
	"      sip:alice@example.sip.twilio.com\n    </Sip>\n  </Dial>\n</Response>\n" +
	"https://example.com/twiml/dial-sip.xml" +
	"+15005550006sip:jack@example.comsip:"
