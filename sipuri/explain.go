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
	for _, p := range w.pieces {
		if p.kind == pPort {
			hasPort = true
		}
		if p.kind == pParam && p.ok && equalFold(unescape(p.name(u)), "transport") {
			transport = unescape(p.value(u))
		}
	}
	for _, p := range w.pieces {
		if p.start == p.end && !p.ok {
			continue // nothing was written there
		}
		kind, name, meaning := "", "", ""
		switch p.kind {
		case pUser:
			kind, meaning = "user", "The user: Twilio puts it in the Request-URI and To header of the INVITE; it is usually the number or name being called."+decoded(u[p.start:p.end], p.ok)
		case pPassword:
			kind, meaning = "password", "A password in the URI travels in clear text; Twilio authenticates with the <Sip> password attribute (SipAuthPassword) instead."
		case pHost:
			kind, name, meaning = "host", p.host.String(), hostMeaning(p.host)
		case pPort:
			kind, meaning = "port", "Twilio connects to port "+u[p.start:p.end]+" instead of the default "+strconv.Itoa(DefaultPort(transport, w.l.secure))+"."
		case pParam:
			kind, name = "param", unescape(p.name(u))
			meaning = paramMeaning(name, unescape(p.value(u)), p.hasValue(), hasPort)
		case pHeader:
			kind, name = "header", unescape(p.name(u))
			meaning = headerMeaning(name, p.ok) + decoded(p.value(u), p.ok)
		}
		if !p.ok {
			meaning += " This part is malformed (see the diagnostics)."
		}
		parts = append(parts, Part{Kind: kind, Start: p.start + c.base, End: p.end + c.base, Name: name, Value: u[p.start:p.end], Meaning: meaning})
	}
	return parts
}

// decoded tells the decoded form of an escaped text.
func decoded(v string, ok bool) string {
	if !ok || strings.IndexByte(v, '%') < 0 {
		return ""
	}
	return " Decoded, it reads " + strconv.Quote(unescape(v)) + "."
}

func hostMeaning(k hostKind) string {
	switch k {
	case hostIPv4:
		return "An IPv4 address: Twilio sends the INVITE straight to it."
	case hostIPv6:
		return "An IPv6 address in brackets: Twilio sends the INVITE straight to it."
	}
	return "The SIP server that receives the call: Twilio looks the name up in DNS (NAPTR/SRV, then A records)."
}

func paramMeaning(name, value string, hasValue, hasPort bool) string {
	switch lowerString(name) {
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
		return "The transport: Twilio supports udp (the default), tcp and tls; " + strconv.Quote(value) + " is not one of them."
	case "region":
		if r, ok := LookupRegion(value); ok {
			return "Twilio sends the call from its " + r.Name + " region (" + r.Location + "). Without region, calls leave from us1 (North America, Virginia)."
		}
		return "The Twilio region the call leaves from; " + strconv.Quote(value) + " is not one of " + regionNames() + "."
	case "secure":
		if value == "true" && hasValue {
			return "secure=true: Twilio encrypts the media with SRTP and the signalling with TLS."
		}
		return "secure takes only the value true, which makes Twilio encrypt the media (SRTP) and the signalling (TLS)."
	case "user":
		return "RFC 3261: user=phone says the user part is a telephone number. Twilio does not document it."
	case "method":
		return "RFC 3261: the SIP method to use. Twilio does not document it and always sends an INVITE."
	case "maddr":
		return "RFC 3261: the address to contact instead of the host. Twilio does not document it."
	case "ttl":
		return "RFC 3261: the time-to-live of a multicast request (0 to 255). Twilio does not document it."
	case "lr":
		return "RFC 3261: marks a loose-routing proxy. Twilio does not document it."
	}
	return "A parameter Twilio does not document; it stays in the URI Twilio dials."
}

func headerMeaning(name string, ok bool) string {
	switch {
	case equalFold(name, "User-to-User"):
		return "User-to-User Information (UUI): Twilio puts it in the INVITE as a User-to-User header, for example 123456789;encoding=hex."
	case equalFold(name, "Remote-Party-ID"), equalFold(name, "P-Preferred-Identity"), equalFold(name, "P-Called-Party-ID"):
		return "An identity header Twilio forwards in the INVITE as " + name + "."
	case HeaderAllowed(name):
		return "A custom header: Twilio adds " + name + " to the INVITE. X- headers in the far end's final response come back to your action URL as DialSipHeader_" + name + " (SipHeader_" + name + " in the call's webhook)."
	case !ok:
		return "A header."
	}
	return "Twilio rejects this header: it forwards only X- headers, User-to-User, Remote-Party-ID, P-Preferred-Identity and P-Called-Party-ID."
}
