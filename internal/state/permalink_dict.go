package state

// dictV1 is the preset deflate dictionary of v1 links: text that SIP
// playground states often hold (the vendor's sample values, TwiML markup,
// Calls parameter values), so that even a short link can refer back to it.
// It is part of the v1 link format. NEVER change it: every v1 link ever
// shared would stop opening. A better dictionary needs a new version.
//
// Deflate codes nearer matches more cheaply, so the most common text is last.
const dictV1 = "DetectMessageEndEnable" +
	"in-progress completed absent" +
	"record-from-ringing-dualrecord-from-answer-dualdo-not-recordtrim-silencedo-not-trim" +
	"https://example.com/recording-status" +
	"amdStatusCallback=\"machineDetection=\"" +
	"<Number>+15005550006</Number>" +
	" answerOnBridge=\"true\" callerId=\"+15005550006\" timeLimit=\"14400\" timeout=\"30\"" +
	"<Dial record=\"record-from-answer\" timeout=\"10\" hangupOnStar=\"true\" callerId=\"bob\" method=\"POST\" action=\"/handle_post_dial\">" +
	"<Sip method=\"POST\" url=\"/handle_screening_on_answer\">" +
	"<Dial sequential=\"true\">sip:alice-soft-phone@sip:alice-desk-phone@sip:alice-mobile-client@" +
	"sip:alice@example.com;region=ie1sip:bob@example.com;secure=truesip:charlie@example.com" +
	"?x-customname=Madhu%2CMathiyalagan%3BTitle%3DManager&x-myotherheader=bar" +
	"?User-to-User=123456789%3Bencoding%3Dhex&amp;X-hatchkey=4815162342" +
	"<Sip statusCallbackEvent=\"initiated ringing answered completed\" " +
	"statusCallback=\"https://myapp.com/calls/events\" statusCallbackMethod=\"POST\">" +
	"<Sip username=\"admin\" password=\"1234\">sip:kate@example.com</Sip>" +
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n    <Dial>\n        <Sip>\n" +
	"            sip:jack@example.com;transport=tls;transport=tcp\n        </Sip>\n    </Dial>\n</Response>\n" +
	"https://example.com/twiml/dial-sip.xmlhttp://www.example.com/sipdial.xml" +
	"+15005550006Jacksip:kate@example.comsip:jack@example.com"
