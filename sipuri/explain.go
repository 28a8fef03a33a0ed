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
	var w walker
	// The scheme is a piece like the others, before the walker's.
	scheme := piece{kind: pScheme, ok: true}
	foreign := false
	if c.locate() {
		_, w = read(c.u)
		scheme.end = w.l.schemeEnd - 1
	} else {
		t := strings.TrimSpace(s)
		k := schemeLen(t)
		if k == 0 {
			return nil
		}
		a := strings.Index(s, t)
		c.u, scheme.start, scheme.end, foreign = s, a, a+k, true
	}
	parts := make([]Part, 0, len(w.pieces)+1)
	if !c.bare {
		meaning := "SIP: Twilio sends the INVITE over UDP unless the transport parameter says otherwise, to port 5060 by default."
		switch {
		case foreign:
			meaning = "Twilio's <Sip> dials only sip: and sips: URIs."
		case w.l.secure:
			meaning = "Secure SIP: every hop must use TLS; the default port is 5061."
		}
		parts = append(parts, Part{Kind: "scheme", Start: scheme.start + c.base, End: scheme.end + c.base, Value: scheme.raw(c.u), Meaning: meaning})
	}
	for i := range w.pieces {
		p := &w.pieces[i]
		if p.start == p.end && !p.ok {
			continue // nothing was written there
		}
		part := Part{Kind: pieceKinds[p.kind], Start: p.start + c.base, End: p.end + c.base, Name: p.name, Value: p.raw(c.u)}
		decoded := ""
		switch p.kind {
		case pUser:
			part.Meaning, decoded = "The user: Twilio puts it in the Request-URI and To header of the INVITE; it is usually the number or name being called.", p.raw(c.u)
		case pPassword:
			part.Meaning = "A password in the URI travels in clear text; Twilio authenticates with the <Sip> password attribute (SipAuthPassword) instead."
		case pHost:
			part.Name, part.Meaning = hostMeaning(p.host)
		case pPort:
			part.Meaning = portMeaning(p.raw(c.u), DefaultPort(w.transport, w.l.secure))
		case pParam:
			part.Meaning = paramMeaning(p, unescape(p.rawValue(c.u)), w.hasPort)
		case pHeader:
			part.Meaning, decoded = headerMeaning(p.name, p.ok), p.rawValue(c.u)
		}
		if p.ok && strings.IndexByte(decoded, '%') >= 0 {
			part.Meaning += " Decoded, it reads " + strconv.Quote(unescape(decoded)) + "."
		}
		if !p.ok {
			part.Meaning += " This part is malformed (see the diagnostics)."
		}
		parts = append(parts, part)
	}
	return parts
}

// pieceKinds are the Kinds of the pieces' Parts.
var pieceKinds = [...]string{pScheme: "scheme", pUser: "user", pPassword: "password", pHost: "host", pPort: "port", pParam: "param", pHeader: "header"}

// hostMeaning names a host's kind and says what Twilio does with it.
func hostMeaning(k hostKind) (name, meaning string) {
	switch k {
	case hostIPv4:
		return "IPv4", "An IPv4 address: Twilio sends the INVITE straight to it."
	case hostIPv6:
		return "IPv6", "An IPv6 address in brackets: Twilio sends the INVITE straight to it."
	case hostName:
		return "hostname", "The SIP server that receives the call: Twilio looks the name up in DNS (NAPTR/SRV, then A records)."
	}
	return "", "The SIP server that receives the call: Twilio looks the name up in DNS (NAPTR/SRV, then A records)."
}

// portMeaning says what Twilio does with the port written as port when
// the default for the URI's transport is def.
func portMeaning(port string, def int) string {
	if n, err := strconv.Atoi(port); err == nil && n == def {
		return "Twilio connects to port " + port + ", which is also the default for this transport."
	}
	return "Twilio connects to port " + port + " instead of the default " + strconv.Itoa(def) + "."
}

// standardParams say what the standard RFC 3261 parameters are.
var standardParams = map[string]string{
	"user":   "RFC 3261: user=phone says the user part is a telephone number. Twilio does not document it.",
	"method": "RFC 3261: the SIP method to use. Twilio does not document it and always sends an INVITE.",
	"maddr":  "RFC 3261: the address to contact instead of the host. Twilio does not document it.",
	"ttl":    "RFC 3261: the time-to-live of a multicast request (0 to 255). Twilio does not document it.",
	"lr":     "RFC 3261: marks a loose-routing proxy. Twilio does not document it.",
}

// paramMeaning says what Twilio does with the parameter p, whose value,
// unescaped, is value.
func paramMeaning(p *piece, value string, hasPort bool) string {
	switch p.param {
	case "transport":
		switch lowerString(value) {
		case "udp":
			return "Twilio sends the INVITE over UDP, the default; default port 5060."
		case "tcp":
			return "Twilio sends the INVITE over TCP instead of UDP; default port 5060."
		case "tls":
			if !hasPort {
				return "Twilio sends the INVITE over TLS, which encrypts the signalling only; default port 5061. With no port in the URI, Twilio connects to 5061. Add secure=true to encrypt the media (SRTP) too."
			}
			return "Twilio sends the INVITE over TLS, which encrypts the signalling only; default port 5061. Add secure=true to encrypt the media (SRTP) too."
		}
		return "The transport: Twilio supports udp (the default), tcp and tls; " + strconv.Quote(value) + " is not one of them."
	case "region":
		if r, ok := LookupRegion(value); ok {
			return "Twilio sends the call from its " + r.Name + " region (" + r.Location + "). Without region, calls leave from us1 (North America, Virginia)."
		}
		return "The Twilio region the call leaves from; " + strconv.Quote(value) + " is not one of " + regionList() + "."
	case "secure":
		if value == "true" && p.hasValue {
			return "secure=true: Twilio encrypts the media with SRTP and the signalling with TLS."
		}
		return "secure takes only the value true, which makes Twilio encrypt the media (SRTP) and the signalling (TLS)."
	case "":
		return "A parameter Twilio does not document; it stays in the URI Twilio dials."
	}
	return standardParams[p.param]
}

// headerMeaning says what Twilio does with a header named name.
func headerMeaning(name string, ok bool) string {
	switch {
	case equalFold(name, "User-to-User"):
		return "User-to-User Information (UUI): Twilio puts it in the INVITE as a User-to-User header, for example 123456789;encoding=hex."
	case HeaderAllowed(name) && !hasPrefixFold(name, "x-"):
		return "An identity header Twilio forwards in the INVITE as " + name + "."
	case HeaderAllowed(name):
		return "A custom header: Twilio adds " + name + " to the INVITE. X- headers in the far end's final response come back to your action URL as DialSipHeader_" + name + " (SipHeader_" + name + " in the call's webhook)."
	case !ok:
		return "A header."
	}
	return "Twilio documents forwarding only X- headers, User-to-User, Remote-Party-ID, P-Preferred-Identity and P-Called-Party-ID; it promises nothing for this one."
}
