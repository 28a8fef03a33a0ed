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
	scheme, m := piece{kind: pScheme, ok: true}, mSIP
	if c.locate() {
		_, w = read(c.u)
		scheme.end = w.l.schemeEnd - 1
		if w.l.secure {
			m = mSIPS
		}
	} else {
		t := strings.TrimSpace(s)
		k := schemeLen(t)
		if k == 0 {
			return nil
		}
		a := strings.Index(s, t)
		c.u, scheme.start, scheme.end, m = s, a, a+k, mForeign
	}
	scheme.raw = c.u[scheme.start:scheme.end]
	parts := make([]Part, 0, len(w.pieces)+1)
	for i := -1; i < len(w.pieces); i++ {
		p := &scheme
		if i >= 0 {
			p, m = &w.pieces[i], mParam
		} else if c.bare {
			continue
		}
		if p.start == p.end && !p.ok {
			continue // nothing was written there
		}
		name := p.name
		a1, a2, dec := name, "", ""
		switch p.kind {
		case pUser:
			m, dec = mUser, p.raw
		case pPassword:
			m = mPassword
		case pHost:
			name, m = hostKinds[p.host], mHost+int(p.host)
		case pPort:
			m, a1, a2 = mPort, p.raw, strconv.Itoa(DefaultPort(w.transport, w.l.secure))
		case pParam:
			v := unescape(p.rawValue)
			m, a1 = paramMeaning(p, v, w.hasPort), v
			if m == mRegion {
				a2 = regionLocation(v)
			} else if m == mTransportBad || m == mRegionBad {
				a1 = quote(v)
			}
		case pHeader:
			m, dec = headerMeaning(name, p.ok), p.rawValue
		}
		meaning := expand(meanings[m], a1, a2, "")
		if p.ok && strings.IndexByte(dec, '%') >= 0 {
			meaning += " Decoded, it reads " + quote(unescape(dec)) + "."
		}
		if !p.ok {
			meaning += " This part is malformed (see the diagnostics)."
		}
		parts = append(parts, Part{Kind: pieceKinds[p.kind], Start: p.start + c.base, End: p.end + c.base, Name: name, Value: p.raw, Meaning: meaning})
	}
	return parts
}

// pieceKinds are the Kinds of the pieces' Parts.
var pieceKinds = [...]string{pScheme: "scheme", pUser: "user", pPassword: "password", pHost: "host", pPort: "port", pParam: "param", pHeader: "header"}

// hostKinds name each kind of host.
var hostKinds = [...]string{hostName: "hostname", hostIPv4: "IPv4", hostIPv6: "IPv6"}

// The meanings, indexes into meanings.
const (
	mSIP = iota
	mSIPS
	mForeign
	mUser
	mPassword
	mHost // + hostKind
	_
	_
	_
	mPort
	mUDP
	mTCP
	mTLS
	mTLSNoPort
	mTransportBad
	mRegion
	mRegionBad
	mSecureTrue
	mSecure
	mStandard // + the index in knownParams - kStandard
	_
	_
	_
	_
	mParam
	mUUI
	mIdentity
	mCustom
	mHeader
	mRejected
)

// meanings are the plain sentences of Explain; \x01 and \x02 stand for
// the arguments chosen with them.
var meanings = [...]string{
	mSIP:             "SIP: Twilio sends the INVITE over UDP unless the transport parameter says otherwise, to port 5060 by default.",
	mSIPS:            "Secure SIP: every hop must use TLS; the default port is 5061.",
	mForeign:         "Twilio's <Sip> dials only sip: and sips: URIs.",
	mUser:            "The user: Twilio puts it in the Request-URI and To header of the INVITE; it is usually the number or name being called.",
	mPassword:        "A password in the URI travels in clear text; Twilio authenticates with the <Sip> password attribute (SipAuthPassword) instead.",
	mHost + hostNone: "The SIP server that receives the call: Twilio looks the name up in DNS (NAPTR/SRV, then A records).",
	mHost + hostName: "The SIP server that receives the call: Twilio looks the name up in DNS (NAPTR/SRV, then A records).",
	mHost + hostIPv4: "An IPv4 address: Twilio sends the INVITE straight to it.",
	mHost + hostIPv6: "An IPv6 address in brackets: Twilio sends the INVITE straight to it.",
	mPort:            "Twilio connects to port \x01 instead of the default \x02.",
	mUDP:             "Twilio sends the INVITE over UDP, the default; default port 5060.",
	mTCP:             "Twilio sends the INVITE over TCP instead of UDP; default port 5060.",
	mTLS:             "Twilio sends the INVITE over TLS, which encrypts the signalling only; default port 5061. Add secure=true to encrypt the media (SRTP) too.",
	mTLSNoPort:       "Twilio sends the INVITE over TLS, which encrypts the signalling only; default port 5061. With no port in the URI, Twilio connects to 5061. Add secure=true to encrypt the media (SRTP) too.",
	mTransportBad:    "The transport: Twilio supports udp (the default), tcp and tls; \x01 is not one of them.",
	mRegion:          "Twilio sends the call from its \x01 region (\x02). Without region, calls leave from us1 (North America, Virginia).",
	mRegionBad:       "The Twilio region the call leaves from; \x01 is not one of " + regionList + ".",
	mSecureTrue:      "secure=true: Twilio encrypts the media with SRTP and the signalling with TLS.",
	mSecure:          "secure takes only the value true, which makes Twilio encrypt the media (SRTP) and the signalling (TLS).",
	mStandard:        "RFC 3261: user=phone says the user part is a telephone number. Twilio does not document it.",
	mStandard + 1:    "RFC 3261: the SIP method to use. Twilio does not document it and always sends an INVITE.",
	mStandard + 2:    "RFC 3261: the address to contact instead of the host. Twilio does not document it.",
	mStandard + 3:    "RFC 3261: the time-to-live of a multicast request (0 to 255). Twilio does not document it.",
	mStandard + 4:    "RFC 3261: marks a loose-routing proxy. Twilio does not document it.",
	mParam:           "A parameter Twilio does not document; it stays in the URI Twilio dials.",
	mUUI:             "User-to-User Information (UUI): Twilio puts it in the INVITE as a User-to-User header, for example 123456789;encoding=hex.",
	mIdentity:        "An identity header Twilio forwards in the INVITE as \x01.",
	mCustom:          "A custom header: Twilio adds \x01 to the INVITE. X- headers in the far end's final response come back to your action URL as DialSipHeader_\x01 (SipHeader_\x01 in the call's webhook).",
	mHeader:          "A header.",
	mRejected:        "Twilio rejects this header: it forwards only X- headers, User-to-User, Remote-Party-ID, P-Preferred-Identity and P-Called-Party-ID.",
}

// paramMeaning returns the meaning of the parameter p.
// Its value is value, unescaped.
func paramMeaning(p *piece, value string, hasPort bool) int {
	switch p.param {
	case kTransport:
		for k, t := range Transports {
			if equalFold(value, t) {
				if k == 2 && !hasPort {
					return mTLSNoPort
				}
				return mUDP + k
			}
		}
		return mTransportBad
	case kRegion:
		if regionIndex(value) >= 0 {
			return mRegion
		}
		return mRegionBad
	case kSecure:
		if value == "true" && p.hasValue {
			return mSecureTrue
		}
		return mSecure
	case -1:
		return mParam
	}
	return mStandard + p.param - kStandard
}

// headerMeaning returns the meaning of a header; its argument is the name.
func headerMeaning(name string, ok bool) int {
	switch {
	case equalFold(name, "User-to-User"):
		return mUUI
	case HeaderAllowed(name) && !hasPrefixFold(name, "x-"):
		return mIdentity
	case HeaderAllowed(name):
		return mCustom
	case !ok:
		return mHeader
	}
	return mRejected
}
