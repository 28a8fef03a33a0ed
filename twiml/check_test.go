package twiml

import (
	"strings"
	"testing"

	"github.com/sipplay/sipplay/sipuri"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// marked removes the « » markers from s and returns the spans they marked,
// ordered by start (markers may nest).
func marked(s string) (string, [][2]int) {
	var b strings.Builder
	var spans [][2]int
	var open []int
	for s != "" {
		switch {
		case strings.HasPrefix(s, "«"):
			open = append(open, len(spans))
			spans = append(spans, [2]int{b.Len(), -1})
			s = s[len("«"):]
		case strings.HasPrefix(s, "»"):
			spans[open[len(open)-1]][1] = b.Len()
			open = open[:len(open)-1]
			s = s[len("»"):]
		default:
			b.WriteByte(s[0])
			s = s[1:]
		}
	}
	return b.String(), spans
}

// doc wraps a <Dial> or <Sip> fragment into a whole document.
func doc(body string) string { return "<Response>" + body + "</Response>" }

func sipDoc(attrs, uri string) string {
	return doc("<Dial><Sip" + attrs + ">" + uri + "</Sip></Dial>")
}

type checkCase struct {
	name  string
	src   string   // with « » around each expected span
	codes []string // the expected codes, in span order
	fixed string   // "" or the document after applying the first finding's fix
}

func runCheckCases(t *testing.T, sev map[string]sipuri.Severity, cases []checkCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src, spans := marked(tc.src)
			require.Len(t, spans, len(tc.codes), "test case: one « » per code")
			got := Check(src)
			require.Equal(t, tc.codes, codes(got), "codes for %q", src)
			for i, d := range got {
				assert.Equal(t, spans[i], [2]int{d.Start, d.End}, "span of %s (%q) in %q", d.Code, src[d.Start:d.End], src)
				if s, ok := sev[d.Code]; ok {
					assert.Equal(t, s, d.Severity, "severity of %s", d.Code)
				}
				assert.NotEmpty(t, d.Message)
			}
			if tc.fixed == "" {
				assert.Nil(t, got[0].Fix, "no fix expected for %q", src)
			}
			if tc.fixed != "" {
				require.NotNil(t, got[0].Fix, "fix for %q", src)
				after := got[0].Fix.Apply(src)
				assert.Equal(t, tc.fixed, after)
				for _, d := range Check(after) {
					assert.False(t, d.Code == got[0].Code && d.Start == got[0].Start, "the fix leaves %s at %d in %q", d.Code, d.Start, after)
				}
			}
		})
	}
}

var severities = map[string]sipuri.Severity{
	CodeXMLSyntax: sipuri.Error, CodeUnknownElement: sipuri.Error, CodeUnknownAttribute: sipuri.Error,
	CodeAttributeValue: sipuri.Error, CodeSipURIMissing: sipuri.Error, CodeDialMultipleNouns: sipuri.Warning,
	CodeDialTooManyNouns: sipuri.Error, CodeSipUsernameWithoutPassword: sipuri.Warning, CodeSipPasswordWithoutUsername: sipuri.Warning,
}

func TestCheckXMLSyntax(t *testing.T) {
	x := CodeXMLSyntax
	runCheckCases(t, severities, []checkCase{
		{"bare & between headers", sipDoc("", "sip:a@b.c?x-a=1«&»x-b=2"), []string{x},
			sipDoc("", "sip:a@b.c?x-a=1&amp;x-b=2")},
		{"bare & before a space", doc("<Say>a «&» b</Say>"), []string{x}, doc("<Say>a &amp; b</Say>")},
		// An HTML entity meant its character; &amp;nbsp; would be read out.
		{"HTML entity", doc("<Say>a«&nbsp;»b</Say>"), []string{x}, doc("<Say>a&#xA0;b</Say>")},
		{"HTML entity of two characters", doc("<Say>«&NotEqualTilde;»</Say>"), []string{x}, doc("<Say>&#x2242;&#x338;</Say>")},
		{"unknown entity", doc("<Say>AT«&»T;</Say>"), []string{x}, doc("<Say>AT&amp;T;</Say>")},
		{"XML entity without its ;", doc("<Say>Tom «&amp» Jerry</Say>"), []string{x}, doc("<Say>Tom &amp; Jerry</Say>")},
		{"XML entity without its ; at a tag", doc("<Say>1 «&lt»</Say>"), []string{x}, doc("<Say>1 &lt;</Say>")},
		{"an XML entity's name as a query parameter", doc(`<Dial action="/a?b=1«&»amp=2"/>`), []string{x}, doc(`<Dial action="/a?b=1&amp;amp=2"/>`)},
		{"an entity's name going on is not it", doc("<Say>«&»ampersand</Say>"), []string{x}, doc("<Say>&amp;ampersand</Say>")},
		// A broken character reference meant some character: no fix.
		{"char ref to NUL", doc("<Say>«&#0;»</Say>"), []string{x}, ""},
		{"char ref with bad digits", doc("<Say>«&#xZZ;»</Say>"), []string{x}, ""},
		{"bare & in an attribute", doc(`<Dial action="/a?b=1«&»c=2"/>`), []string{x}, doc(`<Dial action="/a?b=1&amp;c=2"/>`)},
		{"bare < in text", doc("<Say>1 «<» 2</Say>"), []string{x}, doc("<Say>1 &lt; 2</Say>")},
		{"< in an attribute", doc(`<Dial action="«<»"/>`), []string{x}, doc(`<Dial action="&lt;"/>`)},
		{"document ends inside Dial", "<Response><Dial>«»", []string{x}, ""},
		{"document ends inside a tag", "<Response><Dial timeout=\"10\"«»", []string{x}, ""},
		{"empty document", "«»", []string{x}, ""},
		{"only whitespace", " \n«»", []string{x}, ""},
		{"mismatched end tag", "<Response><Dial></«Response»></Dial>", []string{x}, ""},
		{"end tag without start", "<Response></Response>«</»", []string{x}, ""},
		{"duplicate attribute", doc(`<Dial timeout="5" «timeout»="6"/>`), []string{x}, ""},
		{"unquoted attribute", doc(`<Dial timeout=«1»0/>`), []string{x}, ""},
		{"attribute without value", doc(`<Dial hangupOnStar«>»</Dial>`), []string{x}, ""},
		{"no space between attributes", doc(`<Dial timeout="5"«m»ethod="GET"/>`), []string{x}, ""},
		{"text before the root", "«x»<Response/>", []string{x}, ""},
		{"text after the root", "<Response/>\n«x»", []string{x}, ""},
		{"two roots", "<Response/>«<Response»/>", []string{x}, ""},
		{"]]> in text", doc("<Say>a«]]>»</Say>"), []string{x}, ""},
		{"-- in a comment", doc("<!-- a «--» b -->"), []string{x}, ""},
		{"unclosed comment", doc("<!-- a") + "«»", []string{x}, ""},
		{"late XML declaration", " «<?xml» version=\"1.0\"?><Response/>", []string{x}, ""},
		{"bad XML version", `<?xml version="«2.0»"?><Response/>`, []string{x}, ""},
		{"DOCTYPE", "«<!»DOCTYPE Response><Response/>", []string{x}, ""},
		{"control character", doc("<Say>a«\x01»</Say>"), []string{x}, ""},
		{"invalid UTF-8", doc("<Say>a«\xff»</Say>"), []string{x}, ""},
		{"U+FFFE", doc("<Say>a«\uFFFE»</Say>"), []string{x}, ""},
		{"CDATA outside the root", "«<![CDATA[»x]]><Response/>", []string{x}, ""},
	})
}

func TestCheckWellFormed(t *testing.T) {
	for _, src := range []string{
		"\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\" ?>\n<Response/>",
		"<?xml version='1.0'?><!-- c --><?pi x?><Response ><Say>a&amp;b&lt;&gt;&quot;&apos;&#65;&#x42;&#x1F600;</Say ></Response>\n<!-- after -->\n",
		doc("<Say><![CDATA[<a & b> ]] ]>]]></Say>"),
		doc("<Dial\n\ttimeout = '10'\r\n  method=\"POST\"><Number>+15551234567</Number></Dial>"),
		doc("<Say voice=\"alice\">ünïcödé ☎</Say><Pause length=\"1\"/><Hangup/>"),
	} {
		assert.Empty(t, Check(src), "%q", src)
	}
}

func TestCheckUnknownElement(t *testing.T) {
	u := CodeUnknownElement
	runCheckCases(t, severities, []checkCase{
		{"lower-case response", "<«response»><Dial/></response>", []string{u}, "<Response><Dial/></Response>"},
		{"lower-case empty response", "<«response»/>", []string{u}, "<Response/>"},
		{"other root", "<«Dial»/>", []string{u}, ""},
		{"lower-case sip", doc("<Dial><«sip»>sip:a@b.c</sip></Dial>"), []string{u}, doc("<Dial><Sip>sip:a@b.c</Sip></Dial>")},
		{"lower-case dial", doc("<«dial»><Sip>sip:a@b.c</Sip></dial>"), []string{u}, doc("<Dial><Sip>sip:a@b.c</Sip></Dial>")},
		{"noun outside Dial", doc("<«Sip»>sip:a@b.c</Sip>"), []string{u}, ""},
		{"unknown verb", doc("<«Foo»/>"), []string{u}, ""},
		{"nested Response", doc("<«Response»/>"), []string{u}, ""},
		{"verb in the wrong case", doc("<«say»>hi</say>"), []string{u}, doc("<Say>hi</Say>")},
		{"verb inside Dial", doc("<Dial><«Say»>hi</Say></Dial>"), []string{u}, ""},
		{"Dial inside Dial", doc("<Dial><«Dial»/></Dial>"), []string{u}, ""},
		{"element inside Sip", doc("<Dial><Sip>sip:a@b.c<«Number»>1</Number></Sip></Dial>"), []string{u}, ""},
		{"unknown noun", doc("<Dial><«Phone»>1</Phone></Dial>"), []string{u}, ""},
	})
	for _, src := range []string{
		doc("<Say>Hi</Say><Gather input=\"dtmf\"><Say>Press 1</Say></Gather><Play>x.mp3</Play><Pause/><Redirect>/r</Redirect><Hangup/>"),
		doc("<Connect><Stream url=\"wss://x\"/></Connect><Start><Siprec/></Start><Enqueue>q</Enqueue><Record/><Reject/>"),
		doc("<Dial><Number>+15551234567</Number></Dial>"),
		doc("<Dial><Client><Identity>alice</Identity></Client></Dial>"),
		doc("<Dial><Conference>Room</Conference></Dial><Dial><Queue>q</Queue></Dial>"),
		doc("<Dial>+15551234567</Dial>"),
	} {
		assert.Empty(t, Check(src), "%q", src)
	}
}

func TestCheckUnknownAttribute(t *testing.T) {
	u := CodeUnknownAttribute
	runCheckCases(t, severities, []checkCase{
		{"statusCallbackEvents on Sip", sipDoc(` «statusCallbackEvents»="completed"`, "sip:a@b.c"), []string{u},
			sipDoc(` statusCallbackEvent="completed"`, "sip:a@b.c")},
		{"statusCallbackEvent on Dial", doc(`<Dial «statusCallbackEvent»="completed"><Sip>sip:a@b.c</Sip></Dial>`), []string{u}, ""},
		{"wrong case on Dial", doc(`<Dial «Timeout»="10"/>`), []string{u}, doc(`<Dial timeout="10"/>`)},
		{"typo on Dial", doc(`<Dial «callerID»="bob"/>`), []string{u}, doc(`<Dial callerId="bob"/>`)},
		{"typo on Sip", sipDoc(` «usename»="u"`, "sip:a@b.c"), []string{u}, sipDoc(` username="u"`, "sip:a@b.c")},
		{"far from every name", doc(`<Dial «colour»="red"/>`), []string{u}, ""},
		{"short and far", sipDoc(` «foo»="x"`, "sip:a@b.c"), []string{u}, ""},
		{"one letter missing", doc(`<Dial «timout»="10"/>`), []string{u}, doc(`<Dial timeout="10"/>`)},
		{"closest name already there", sipDoc(` statusCallbackEvent="completed" «statusCallbackEvents»="ringing"`, "sip:a@b.c"), []string{u}, ""},
		{"attribute on Response", `<Response «foo»="1"/>`, []string{u}, ""},
	})
	assert.Empty(t, Check(doc(`<Say voice="alice" language="en-US" loop="2">x</Say>`)), "attributes of other verbs are not checked")
}

func TestCheckAttributeValue(t *testing.T) {
	v := CodeAttributeValue
	dial := func(attr string) string { return doc("<Dial " + attr + "><Sip>sip:a@b.c</Sip></Dial>") }
	sip := func(attr string) string { return sipDoc(" "+attr, "sip:a@b.c") }
	runCheckCases(t, severities, []checkCase{
		{"method lower case", dial(`method="«get»"`), []string{v}, dial(`method="GET"`)},
		{"method PUT", dial(`method="«PUT»"`), []string{v}, ""},
		{"sip method", sip(`method="«post»"`), []string{v}, sip(`method="POST"`)},
		{"statusCallbackMethod", sip(`statusCallbackMethod="«DELETE»"`), []string{v}, ""},
		{"recordingStatusCallbackMethod", dial(`recordingStatusCallbackMethod='«HEAD»'`), []string{v}, ""},
		{"amdStatusCallbackMethod", sip(`amdStatusCallbackMethod="«Get»"`), []string{v}, sip(`amdStatusCallbackMethod="GET"`)},
		{"events with commas", sip(`statusCallbackEvent="«initiated,ringing,answered»"`), []string{v},
			sip(`statusCallbackEvent="initiated ringing answered"`)},
		{"events with comma and space", sip(`statusCallbackEvent='«initiated, completed»'`), []string{v},
			sip(`statusCallbackEvent='initiated completed'`)},
		{"unknown event", sip(`statusCallbackEvent="initiated «rung» completed"`), []string{v}, ""},
		{"event in upper case", sip(`statusCallbackEvent="«Ringing»"`), []string{v}, sip(`statusCallbackEvent="ringing"`)},
		{"two unknown events", sip(`statusCallbackEvent="«a»  «b»"`), []string{v, v}, ""},
		{"empty events", sip(`statusCallbackEvent=«""»`), []string{v}, ""},
		{"recording event", dial(`recordingStatusCallbackEvent="in-progress «done»"`), []string{v}, ""},
		{"recording events with commas", dial(`recordingStatusCallbackEvent="«in-progress,absent»"`), []string{v},
			dial(`recordingStatusCallbackEvent="in-progress absent"`)},
		{"sip events on recording", dial(`recordingStatusCallbackEvent="«ringing»"`), []string{v}, ""},
		{"boolean yes", dial(`hangupOnStar="«yes»"`), []string{v}, ""},
		{"boolean True", dial(`answerOnBridge="«True»"`), []string{v}, dial(`answerOnBridge="true"`)},
		{"sequential 1", dial(`sequential="«1»"`), []string{v}, ""},
		{"timeout too small", dial(`timeout="«4»"`), []string{v}, ""},
		{"timeout too large", dial(`timeout="«601»"`), []string{v}, ""},
		{"timeout not a number", dial(`timeout="«ten»"`), []string{v}, ""},
		{"timeout with sign", dial(`timeout="«+10»"`), []string{v}, ""},
		{"empty timeout", dial(`timeout=«""»`), []string{v}, ""},
		{"timeLimit zero", dial(`timeLimit="«0»"`), []string{v}, ""},
		{"callerId with a space", dial(`callerId="bob« »smith"`), []string{v}, ""},
		{"callerId with a colon", dial(`callerId="client«:»bob"`), []string{v}, ""},
		{"record", dial(`record="«record-from-answer-mono»"`), []string{v}, ""},
		{"record case", dial(`record="«Record-From-Answer»"`), []string{v}, dial(`record="record-from-answer"`)},
		{"trim", dial(`trim="«trim»"`), []string{v}, ""},
		{"recordingTrack", dial(`recordingTrack="«all»"`), []string{v}, ""},
		{"ringTone", dial(`ringTone="«xx»"`), []string{v}, ""},
		{"ringTone case", dial(`ringTone="«US»"`), []string{v}, dial(`ringTone="us"`)},
		{"statusCallback host with _", sip(`statusCallback="https://«my_app.example.com»/events"`), []string{v}, ""},
		{"action host with _ and port", dial(`action="http://user@«a_b»:8080/x"`), []string{v}, ""},
		{"url not http", sip(`url="«ftp://example.com/x»"`), []string{v}, ""},
		{"url without slashes", dial(`recordingStatusCallback="«https:example.com»"`), []string{v}, ""},
		{"url port", sip(`amdStatusCallback="https://example.com:«8x»/a"`), []string{v}, ""},
		{"empty url", sip(`url=«""»`), []string{v}, ""},
		{"machineDetection", sip(`machineDetection="«enable»"`), []string{v}, sip(`machineDetection="Enable"`)},
		{"speech threshold", sip(`machineDetectionSpeechThreshold="«999»"`), []string{v}, ""},
		{"speech end threshold", sip(`machineDetectionSpeechEndThreshold="«5001»"`), []string{v}, ""},
		{"silence timeout", sip(`machineDetectionSilenceTimeout="«1999»"`), []string{v}, ""},
		{"amd timeout", sip(`machineDetectionTimeout="«0»"`), []string{v}, ""},
		{"value spelled with references", dial(`method="«&#103;et»"`), []string{v}, dial(`method="GET"`)},
	})
	for _, src := range []string{
		dial(`action="/handle_post_dial" method="POST" timeout="5" timeLimit="14400" hangupOnStar="false" answerOnBridge="true" sequential="false"`),
		dial(`timeout="600" callerId="+1-555_bob.x" record="record-from-ringing-dual" trim="do-not-trim" recordingTrack="inbound"`),
		dial(`recordingStatusCallback="https://example.com/r" recordingStatusCallbackEvent="in-progress completed absent" ringTone="us-old"`),
		dial(`referUrl="x" referMethod="anything" events="x" passports="y" recordingConfigurationId="z"`),
		dial(`method="&#71;ET" action="https://[2001:db8::1]:8443/x" recordingStatusCallback="HTTPS://Example.COM"`),
		sip(`statusCallbackEvent="initiated ringing answered completed" statusCallback="https://example.com/e" statusCallbackMethod="GET"`),
		sip(`statusCallbackEvent="  completed&#x20;ringing " url="relative/path_x?a=b_c" machineDetection="DetectMessageEnd"`),
		sip(`machineDetectionSpeechThreshold="1000" machineDetectionSpeechEndThreshold="5000" machineDetectionSilenceTimeout="10000" machineDetectionTimeout="30"`),
		sip(`username="" password="" amdStatusCallback="https://example.com:8080/amd"`),
		doc(`<Dial callerId="client:bob"><Client>bob</Client></Dial>`),
	} {
		assert.Empty(t, Check(src), "%q", src)
	}
}

func TestCheckNouns(t *testing.T) {
	s := "<Sip>sip:a@b.c</Sip>"
	runCheckCases(t, severities, []checkCase{
		{"empty Sip", doc("<Dial>«<Sip></Sip>»</Dial>"), []string{CodeSipURIMissing}, ""},
		{"self-closed Sip", doc("<Dial>«<Sip/>»</Dial>"), []string{CodeSipURIMissing}, ""},
		{"Sip with whitespace", doc("<Dial>«<Sip username=\"u\" password=\"p\"> \n\t </Sip>»</Dial>"), []string{CodeSipURIMissing}, ""},
		{"username without password", doc("<Dial><Sip «username»=\"admin\">sip:a@b.c</Sip></Dial>"), []string{CodeSipUsernameWithoutPassword}, ""},
		{"username with an empty password", doc("<Dial><Sip password=\"\" «username»=\"admin\">sip:a@b.c</Sip></Dial>"), []string{CodeSipUsernameWithoutPassword}, ""},
		{"password without username", doc("<Dial><Sip «password»=\"1234\">sip:a@b.c</Sip></Dial>"), []string{CodeSipPasswordWithoutUsername}, ""},
		{"password with an empty username", doc("<Dial><Sip username=\"\" «password»=\"1234\">sip:a@b.c</Sip></Dial>"), []string{CodeSipPasswordWithoutUsername}, ""},
		{"Sip with a comment only", doc("<Dial>«<Sip><!-- x --></Sip>»</Dial>"), []string{CodeSipURIMissing}, ""},
		{"Sip and Number", doc("<«Dial»>" + s + "<Number>+15551234567</Number></Dial>"), []string{CodeDialMultipleNouns}, ""},
		{"two Sips", doc("<«Dial»>" + s + s + "</Dial>"), []string{CodeDialMultipleNouns}, ""},
		{"Sip and text", doc("<«Dial»>+15551234567" + s + "</Dial>"), []string{CodeDialMultipleNouns}, ""},
		{"ten nouns", doc("<«Dial»>" + strings.Repeat(s, 10) + "</Dial>"), []string{CodeDialMultipleNouns}, ""},
		{"eleven nouns", doc("<«Dial»>" + strings.Repeat(s, 10) + "«" + s + "»</Dial>"),
			[]string{CodeDialMultipleNouns, CodeDialTooManyNouns}, ""},
		{"twelve numbers", doc("<Dial>" + strings.Repeat("<Number>1</Number>", 10) + "«<Number>1</Number>\n<Number>2</Number>»</Dial>"),
			[]string{CodeDialTooManyNouns}, ""},
	})
	assert.Empty(t, Check(doc("<Dial><Number>1</Number><Number>2</Number><Client>c</Client></Dial>")),
		"several nouns without Sip need no enhanced features")
}

func TestCheckSipURI(t *testing.T) {
	runCheckCases(t, nil, []checkCase{
		{"transport", sipDoc("", "sip:a@b.c;transport=«udpx»"), []string{"transport"}, ""},
		{"transport case", sipDoc("", "sip:a@b.c;transport=«TCP»"), []string{"transport-case"}, sipDoc("", "sip:a@b.c;transport=tcp")},
		{"region with whitespace around", sipDoc("", "\n    sip:a@b.c;region=«xx1»\n  "), []string{"region"}, sipDoc("", "\n    sip:a@b.c;region=us1\n  ")},
		{"header after &amp;", sipDoc("", "sip:a@b.c?x-a=1&amp;«y»=2"), []string{"header-not-allowed"}, sipDoc("", "sip:a@b.c?x-a=1&amp;X-y=2")},
		{"header in CDATA", sipDoc("", "<![CDATA[sip:a@b.c?x-a=1&«y»=2]]>"), []string{"header-not-allowed"}, sipDoc("", "<![CDATA[sip:a@b.c?x-a=1&X-y=2]]>")},
		{"double-escaped &", sipDoc("", "sip:a@b.c?x-a=1«&amp;amp;»x-y=2"), []string{"xml-escaped"}, sipDoc("", "sip:a@b.c?x-a=1&amp;x-y=2")},
		{"double-escaped & in CDATA", sipDoc("", "<![CDATA[sip:a@b.c?x-a=1«&amp;»x-y=2]]>"), []string{"xml-escaped"}, sipDoc("", "<![CDATA[sip:a@b.c?x-a=1&x-y=2]]>")},
		{"brackets in CDATA", sipDoc("", "<![CDATA[«<»sip:a@b.c>]]>"), []string{"syntax"}, sipDoc("", "<![CDATA[sip:a@b.c]]>")},
		{"brackets and &amp; in CDATA", sipDoc("", "<![CDATA[«<»sip:a@b.c?x-a=1«&amp;»x-y=2>]]>"), []string{"syntax", "xml-escaped"}, sipDoc("", "<![CDATA[sip:a@b.c?x-a=1&amp;x-y=2]]>")},
		{"brackets in text", sipDoc("", "«&lt;»sip:a@b.c?x-a=1&amp;x-y=2&gt;"), []string{"syntax"}, sipDoc("", "sip:a@b.c?x-a=1&amp;x-y=2")},
		{"space in a user, in text", sipDoc("", "sip:a« »b@b.c"), []string{"syntax"}, sipDoc("", "sip:a%20b@b.c")},
		{"region in CDATA", sipDoc("", "<![CDATA[sip:a@b.c;region=«eu1»]]>"), []string{"region"}, sipDoc("", "<![CDATA[sip:a@b.c;region=ie1]]>")},
		{"a fix across CDATA and text", sipDoc("", "<![CDATA[sip:a@b.c;region=«e]]>u1»"), []string{"region"}, ""},
		{"missing scheme", sipDoc("", " «kate»@example.com "), []string{"scheme"}, sipDoc("", " sip:kate@example.com ")},
		{"whitespace written as a reference", sipDoc("", "«&#x20;»sip:a@b.c"), []string{"syntax"}, sipDoc("", "sip:a@b.c")},
		{"angle brackets as references", sipDoc("", "«&lt;»sip:a@b.c&gt;"), []string{"syntax"}, sipDoc("", "sip:a@b.c")},
		{"user spelled with references", sipDoc("", "sip:&#97;@b.c;transport=tcp;«transport=udp»"), []string{"duplicate-param"}, sipDoc("", "sip:&#97;@b.c;transport=tcp")},
		{"two Sips", doc("<«Dial»><Sip>sip:a@b.c;region=«xx»</Sip><Sip>sip:a@b.c;transport=«x»</Sip></Dial>"),
			[]string{CodeDialMultipleNouns, "region", "transport"}, ""},
	})
}

func TestCheckKeepsCheckingAfterSyntaxError(t *testing.T) {
	src, spans := marked(doc(`<Dial «Timeout»="10"><Sip>sip:a@b.c</Sip></Dial><Say>«&»</Say>`))
	got := Check(src)
	require.Equal(t, []string{CodeUnknownAttribute, CodeXMLSyntax}, codes(got), src)
	for i, d := range got {
		assert.Equal(t, spans[i], [2]int{d.Start, d.End}, d.Code)
	}
	// The content of an unclosed <Sip> is not checked while it is typed.
	assert.Equal(t, []string{CodeXMLSyntax}, codes(Check("<Response><Dial><Sip>")))
}

// A <Sip> URI's fixes keep sipuri's word on whether they are choices, so a
// tool that fixes without asking can leave those out.
func TestSipFixesKeepChoice(t *testing.T) {
	src := "<Response><Dial><Sip>sip:a:pw@example.com;transport=TLS;region=eu1</Sip></Dial></Response>"
	choices := map[string]bool{}
	for _, d := range Check(src) {
		if d.Fix != nil {
			choices[d.Code] = d.Fix.Choice != ""
		}
	}
	assert.Equal(t, map[string]bool{
		sipuri.CodePasswordInURI: true, sipuri.CodeTLSSignallingOnly: true, sipuri.CodeRegion: true,
		sipuri.CodeTransportCase: false,
	}, choices, "%q", src)
}
