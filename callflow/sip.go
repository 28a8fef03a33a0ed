package callflow

import (
	"strconv"
	"strings"

	"github.com/sipplay/sipplay/sipuri"
)

// twilioAddr is the illustrative address Twilio's messages come from: an
// address reserved for documentation (RFC 5737), not one of Twilio's.
const twilioAddr = "192.0.2.10"

// illustrative marks a line whose values only show the shape of the message.
const illustrative = "illustrative: Call-ID, tags, branch and addresses are samples"

// inviteMsg, responseMsg and requestMsg return functions that write the
// sketches of invite, response and request, for Step.Message.
func (l *leg) inviteMsg(cseq int, auth bool) func() *Message {
	return func() *Message { return l.invite(cseq, auth) }
}

func (l *leg) responseMsg(code int, reason string, cseq int, method string) func() *Message {
	return func() *Message { return l.response(code, reason, cseq, method) }
}

func (l *leg) requestMsg(method string, cseq int) func() *Message {
	return func() *Message { return l.request(method, cseq) }
}

// invite returns the sketch of the INVITE with the given CSeq; auth adds the
// credentials that answer a digest challenge.
func (l *leg) invite(cseq int, auth bool) *Message {
	m := &Message{}
	m.add("INVITE "+l.requestURI+" SIP/2.0", PageSip,
		"documented: the Request-URI is the URI as written, less its headers part")
	m.add(l.via(cseq), PageSip, "documented: the transport ("+strings.ToUpper(l.transport)+
		") comes from the URI; address and branch are illustrative")
	m.add("Max-Forwards: 70", "", illustrative)
	m.add(l.fromHeader(), PageSip, "documented: the user comes from From or callerId; host and tag are illustrative")
	m.add("To: <"+l.requestURI+">", PageSip, "documented: the URI dialled")
	m.add("Call-ID: "+l.callID, "", illustrative)
	m.add("CSeq: "+strconv.Itoa(cseq)+" INVITE", "", illustrative)
	m.add("Contact: <sip:"+headerValue(l.fromUser)+"@"+twilioAddr+":5060>", "", illustrative)
	m.add("X-Twilio-AccountSid: "+l.f.accountSid, PageSip,
		"documented: the INVITE carries the AccountSid; the header name is illustrative")
	m.add("X-Twilio-CallSid: "+l.callSid, PageSip,
		"documented: the INVITE carries the CallSid (a sample value); the header name is illustrative")
	m.add("X-Twilio-ApiVersion: "+APIVersion, PageSip,
		"documented: the INVITE carries the API version; the header name is illustrative")
	if l.uri != nil {
		for _, h := range l.uri.Headers {
			m.add(headerValue(h.Name)+": "+headerValue(h.Value), PageSip, headerNote(h.Name, h.Value))
		}
	}
	if auth {
		m.add("Authorization: Digest username=\""+headerValue(l.user)+"\", realm=\"example\", nonce=\""+
			l.f.hex("nonce"+strconv.Itoa(l.n), 16)+"\", uri=\""+l.requestURI+"\", response=\""+
			l.f.hex("response"+strconv.Itoa(l.n), 32)+"\", algorithm=MD5", RFC3261,
			"documented (RFC 3261 §22): the username is yours; realm, nonce and response are illustrative")
	}
	sdp := "RTP/AVP: plain RTP media"
	if l.secure {
		sdp = "RTP/SAVP: secure=true asks for SRTP media"
	}
	m.add("Content-Type: application/sdp", "", "illustrative: the SDP offer ("+sdp+") is not shown")
	return m
}

// response returns the sketch of a response to the request of CSeq cseq and
// method; the endpoint's tag is added once it answers beyond 100 Trying.
func (l *leg) response(code int, reason string, cseq int, method string) *Message {
	m := &Message{}
	m.add("SIP/2.0 "+strconv.Itoa(code)+" "+reason, RFC3261, "the response code of the outcome you chose")
	m.add(l.via(cseq), "", illustrative)
	m.add(l.fromHeader(), "", illustrative)
	to := "To: <" + l.requestURI + ">"
	if code > 100 {
		to += ";tag=" + l.f.hex("to-tag"+strconv.Itoa(l.n), 8)
	}
	m.add(to, "", illustrative)
	m.add("Call-ID: "+l.callID, "", illustrative)
	m.add("CSeq: "+strconv.Itoa(cseq)+" "+method, "", illustrative)
	if code == 401 {
		m.add("WWW-Authenticate: Digest realm=\"example\", nonce=\""+l.f.hex("nonce"+strconv.Itoa(l.n), 16)+
			"\", algorithm=MD5", RFC3261, "documented (RFC 3261 §22.2): the challenge; realm and nonce are illustrative")
	}
	if code == 200 && method == "INVITE" {
		m.add("Contact: <"+l.requestURI+">", "", illustrative)
		m.add("Content-Type: application/sdp", "", "illustrative: the SDP answer is not shown")
	}
	return m
}

// request returns the sketch of an ACK, CANCEL or BYE in the INVITE's dialog.
func (l *leg) request(method string, cseq int) *Message {
	m := &Message{}
	m.add(method+" "+l.requestURI+" SIP/2.0", RFC3261, "")
	m.add(l.via(cseq), "", illustrative)
	m.add(l.fromHeader(), "", illustrative)
	m.add("To: <"+l.requestURI+">", "", illustrative)
	m.add("Call-ID: "+l.callID, "", illustrative)
	m.add("CSeq: "+strconv.Itoa(cseq)+" "+method, "", illustrative)
	return m
}

// add appends a line.
func (m *Message) add(text, source, note string) {
	m.Lines = append(m.Lines, Line{Text: text, Source: source, Note: note})
}

// via returns the Via line of the leg's transaction cseq.
func (l *leg) via(cseq int) string {
	port := "5060"
	if l.transport == "tls" {
		port = "5061"
	}
	return "Via: SIP/2.0/" + strings.ToUpper(l.transport) + " " + twilioAddr + ":" + port + ";branch=z9hG4bK" +
		l.f.hex("branch"+strconv.Itoa(l.n)+"/"+strconv.Itoa(cseq), 12)
}

// fromHeader returns the From line: Twilio's side of the dialog.
func (l *leg) fromHeader() string {
	return "From: <sip:" + headerValue(l.fromUser) + "@" + twilioAddr + ">;tag=" + l.f.hex("from-tag"+strconv.Itoa(l.n), 8)
}

// headerNote says what is documented about a custom header line.
func headerNote(name, value string) string {
	note := "documented: a header from the URI's headers part, its value unescaped"
	if !sipuri.HeaderAllowed(name) {
		note += "; Twilio documents sending only X- headers and User-to-User, Remote-Party-ID, " +
			"P-Preferred-Identity and P-Called-Party-ID, so this one may not arrive"
	}
	if headerValue(name+value) != name+value {
		note += "; control characters are shown %-escaped"
	}
	return note
}

// headerValue returns s with control characters %-escaped, so that a value
// cannot start a line of its own in the sketch.
func headerValue(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			b.WriteString("%" + strings.ToUpper(strconv.FormatInt(int64(r)|0x100, 16)[1:]))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isControl reports whether r is an ASCII control character.
func isControl(r rune) bool { return r < 0x20 || r == 0x7f }
