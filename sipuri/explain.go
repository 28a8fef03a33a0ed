package sipuri

import (
	"strconv"
	"strings"
)

// A Part is one labelled span of a URI, for the explanation panel.
type Part struct {
	Kind    string // "scheme", "user", "password", "host", "port", "param" or "header"
	Start   int    // byte offsets into the explained text, End exclusive
	End     int
	Name    string // a param's or header's name; the host's kind ("hostname", "IPv4", "IPv6")
	Value   string // the part as written
	Meaning string // what Twilio does with it, in a plain sentence
}

// Explain breaks s into labelled parts, in order, with what Twilio does
// with each. Surrounding whitespace and <...> are skipped, a missing sip:
// is assumed, and for a URI with errors it returns the parts it could
// read (a malformed part says so in its Meaning). A foreign scheme such as
// tel: gives only the scheme part.
func Explain(s string) []Part {
	c := checker{src: s, quiet: true}
	if !c.locate() {
		if k := schemeLen(strings.TrimSpace(s)); k > 0 {
			a := strings.Index(s, strings.TrimSpace(s))
			return []Part{{Kind: "scheme", Start: a, End: a + k, Value: s[a : a+k],
				Meaning: "Twilio's <Sip> dials only sip: and sips: URIs."}}
		}
		return nil
	}
	u := c.u
	_, w := read(u)
	parts := make([]Part, 0, len(w.pieces)+1)
	if !c.bare {
		meaning := "SIP: Twilio sends the INVITE over UDP unless the transport parameter says otherwise, to port 5060 by default."
		if w.l.secure {
			meaning = "Secure SIP: every hop must use TLS; the default port is 5061."
		}
		parts = append(parts, Part{Kind: "scheme", Start: c.base, End: c.base + w.l.schemeEnd - 1, Value: u[:w.l.schemeEnd-1], Meaning: meaning})
	}
	var transport string
	hasPort := false
	for i := range w.pieces {
		p := &w.pieces[i]
		if p.kind == pPort {
			hasPort = true
		}
		if p.kind == pParam && p.ok && equalFold(unescape(p.name(u)), "transport") {
			transport = unescape(p.value(u))
		}
	}
	for i := range w.pieces {
		p := &w.pieces[i]
		if p.start == p.end && !p.ok {
			continue // nothing was written there
		}
		raw := u[p.start:p.end]
		name, meaning := "", ""
		switch p.kind {
		case pUser:
			meaning = "The user: Twilio puts it in the Request-URI and To header of the INVITE; it is usually the number or name being called." + decoded(raw, p.ok)
		case pPassword:
			meaning = "A password in the URI travels in clear text; Twilio authenticates with the <Sip> password attribute (SipAuthPassword) instead."
		case pHost:
			name, meaning = hostKinds[p.host], hostMeanings[p.host]
		case pPort:
			meaning = expand("Twilio connects to port \x01 instead of the default \x02.", raw, strconv.Itoa(DefaultPort(transport, w.l.secure)), "")
		case pParam:
			name = unescape(p.name(u))
			meaning = paramMeaning(name, unescape(p.value(u)), p.hasValue(), hasPort)
		case pHeader:
			name = unescape(p.name(u))
			meaning = headerMeaning(name, p.ok) + decoded(p.value(u), p.ok)
		}
		if !p.ok {
			meaning += " This part is malformed (see the diagnostics)."
		}
		parts = append(parts, Part{Kind: pieceKinds[p.kind], Start: p.start + c.base, End: p.end + c.base, Name: name, Value: raw, Meaning: meaning})
	}
	return parts
}

// pieceKinds are the Kinds of the pieces' Parts.
var pieceKinds = [...]string{pUser: "user", pPassword: "password", pHost: "host", pPort: "port", pParam: "param", pHeader: "header"}

// hostKinds and hostMeanings name and explain each kind of host.
var (
	hostKinds    = [...]string{hostName: "hostname", hostIPv4: "IPv4", hostIPv6: "IPv6"}
	hostMeanings = [...]string{
		hostNone: "The SIP server that receives the call: Twilio looks the name up in DNS (NAPTR/SRV, then A records).",
		hostName: "The SIP server that receives the call: Twilio looks the name up in DNS (NAPTR/SRV, then A records).",
		hostIPv4: "An IPv4 address: Twilio sends the INVITE straight to it.",
		hostIPv6: "An IPv6 address in brackets: Twilio sends the INVITE straight to it.",
	}
)

// decoded tells the decoded form of an escaped text.
func decoded(v string, ok bool) string {
	if !ok || strings.IndexByte(v, '%') < 0 {
		return ""
	}
	return " Decoded, it reads " + strconv.Quote(unescape(v)) + "."
}

// paramMeanings explain the parameters that have one meaning whatever
// their value.
var paramMeanings = [...]struct{ name, meaning string }{
	{"user", "RFC 3261: user=phone says the user part is a telephone number. Twilio does not document it."},
	{"method", "RFC 3261: the SIP method to use. Twilio does not document it and always sends an INVITE."},
	{"maddr", "RFC 3261: the address to contact instead of the host. Twilio does not document it."},
	{"ttl", "RFC 3261: the time-to-live of a multicast request (0 to 255). Twilio does not document it."},
	{"lr", "RFC 3261: marks a loose-routing proxy. Twilio does not document it."},
}

func paramMeaning(name, value string, hasValue, hasPort bool) string {
	n, q := lowerString(name), strconv.Quote(value)
	switch n {
	case "transport":
		switch lowerString(value) {
		case "udp":
			return "Twilio sends the INVITE over UDP, the default; default port 5060."
		case "tcp":
			return "Twilio sends the INVITE over TCP instead of UDP; default port 5060."
		case "tls":
			m := "Twilio sends the INVITE over TLS, which encrypts the signalling only; default port 5061."
			if !hasPort {
				m += " With no port in the URI, Twilio connects to 5061."
			}
			return m + " Add secure=true to encrypt the media (SRTP) too."
		}
		return expand("The transport: Twilio supports udp (the default), tcp and tls; \x01 is not one of them.", q, "", "")
	case "region":
		if r, ok := LookupRegion(value); ok {
			return expand("Twilio sends the call from its \x01 region (\x02). Without region, calls leave from us1 (North America, Virginia).", r.Name, r.Location, "")
		}
		return expand("The Twilio region the call leaves from; \x01 is not one of "+regionList+".", q, "", "")
	case "secure":
		if value == "true" && hasValue {
			return "secure=true: Twilio encrypts the media with SRTP and the signalling with TLS."
		}
		return "secure takes only the value true, which makes Twilio encrypt the media (SRTP) and the signalling (TLS)."
	}
	for _, m := range paramMeanings {
		if n == m.name {
			return m.meaning
		}
	}
	return "A parameter Twilio does not document; it stays in the URI Twilio dials."
}

func headerMeaning(name string, ok bool) string {
	switch {
	case equalFold(name, "User-to-User"):
		return "User-to-User Information (UUI): Twilio puts it in the INVITE as a User-to-User header, for example 123456789;encoding=hex."
	case HeaderAllowed(name) && !hasPrefixFold(name, "x-"):
		return expand("An identity header Twilio forwards in the INVITE as \x01.", name, "", "")
	case HeaderAllowed(name):
		return expand("A custom header: Twilio adds \x01 to the INVITE. X- headers in the far end's final response come back to your action URL as DialSipHeader_\x01 (SipHeader_\x01 in the call's webhook).", name, "", "")
	case !ok:
		return "A header."
	}
	return "Twilio rejects this header: it forwards only X- headers, User-to-User, Remote-Party-ID, P-Preferred-Identity and P-Called-Party-ID."
}
