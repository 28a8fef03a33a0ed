package sipuri

import "slices"

// The codes of Check's findings. They are stable: other checks and the
// interface depend on them. What each means, and its severity, is in Codes.
const (
	CodeSyntax            = "syntax"
	CodeScheme            = "scheme"
	CodeDuplicateParam    = "duplicate-param"
	CodeXMLEscaped        = "xml-escaped"
	CodeSchemeSlashes     = "scheme-slashes"
	CodeURITooLong        = "uri-too-long"
	CodeHeadersTooLong    = "headers-too-long"
	CodeHeaderNotAllowed  = "header-not-allowed"
	CodeTransport         = "transport"
	CodeTransportCase     = "transport-case"
	CodeRegion            = "region"
	CodeSecure            = "secure"
	CodeTTL               = "ttl"
	CodePort              = "port"
	CodeIPv4              = "ipv4"
	CodePasswordInURI     = "password-in-uri"
	CodePrivateAddress    = "private-address"
	CodeSingleLabelHost   = "single-label-host"
	CodeIPv6              = "ipv6"
	CodeSIPSTransport     = "sips-transport"
	CodeTLSPort5060       = "tls-port-5060"
	CodeUnknownParam      = "unknown-param"
	CodeTLSPort           = "tls-port"
	CodeTLSSignallingOnly = "tls-signalling-only"
)

// The pages the rules come from.
const (
	rfc3261Grammar = "https://www.rfc-editor.org/rfc/rfc3261#section-25.1"
	twilioSip      = "https://www.twilio.com/docs/voice/twiml/sip"
	twilioSipCalls = "https://www.twilio.com/docs/voice/api/sip-making-calls"
)

// codeDocs is the one table of Check's finding codes: each code's severity
// and its help. Check takes every finding's severity from here.
var codeDocs = []CodeDoc{
	{CodeSyntax, Error, "The text is not a SIP URI as RFC 3261 writes it.",
		"Twilio rejects a <Sip> noun or a To parameter whose URI does not parse.", rfc3261Grammar},
	{CodeScheme, Error, "The text is not a sip: or sips: URI.",
		"<Sip> dials only SIP URIs; a phone number needs a host (sip:+15551234567@your-pbx.example.com) or <Number>.", twilioSip},
	{CodeDuplicateParam, Error, "A URI parameter is given twice.",
		"RFC 3261 §19.1.4 lets a parameter appear only once; which value wins is undefined.", "https://www.rfc-editor.org/rfc/rfc3261#section-19.1.4"},
	{CodeXMLEscaped, Error, "The URI holds XML escaping such as &amp;.",
		"Only TwiML writes & as &amp;; in the URI itself (and in the To parameter) it is a plain &.", twilioSip},
	{CodeSchemeSlashes, Error, "The URI has // after sip:, as a web address would.",
		"SIP URIs have no //: the slashes would begin the user part, so Twilio would dial a user such as //alice (or find no host).", rfc3261Grammar},
	{CodeURITooLong, Error, "The URI without its headers is 255 characters or more.",
		"Twilio accepts a SIP URI of under 255 characters, not counting the headers part.", twilioSip},
	{CodeHeadersTooLong, Error, "The headers part, from the ? on, is 1024 characters or more.",
		"Twilio accepts a headers part of under 1024 characters.", twilioSip},
	{CodeHeaderNotAllowed, Warning, "Twilio does not document forwarding this header.",
		"Twilio documents that X- headers, User-to-User, Remote-Party-ID, P-Preferred-Identity and P-Called-Party-ID are sent; for other names it promises nothing.", twilioSip},
	{CodeTransport, Error, "The transport is not udp, tcp or tls.",
		"Twilio dials over UDP (the default), TCP or TLS only.", twilioSip},
	{CodeTransportCase, Warning, "The transport is written in upper case.",
		"RFC 3261 compares transports without regard to case, but Twilio documents them in lower case.", twilioSip},
	{CodeRegion, Error, "The region is not one of Twilio's.",
		"Twilio sends the call from us1, us2, ie1, de1, sg1, jp1, br1 or au1; an unknown region fails the call.", twilioSip},
	{CodeSecure, Error, "The secure parameter has a value other than true.",
		"secure=true asks Twilio for SRTP media; it takes no other value.", twilioSip},
	{CodeTTL, Error, "The ttl parameter is not a number from 0 to 255.",
		"RFC 3261 limits ttl to 0-255.", rfc3261Grammar},
	{CodePort, Error, "The port is not between 1 and 65535.",
		"A port outside 1-65535 cannot be dialled.", rfc3261Grammar},
	{CodeIPv4, Error, "A number of the IPv4 address is above 255.",
		"An IPv4 address is four numbers from 0 to 255.", "https://www.rfc-editor.org/rfc/rfc3261#section-25.1"},
	{CodePasswordInURI, Warning, "The URI carries a password.",
		"A password in the URI travels in clear text; give it as the <Sip> password attribute or SipAuthPassword.", twilioSip},
	{CodePrivateAddress, Warning, "The host is a private or local address.",
		"Twilio dials from the public internet and cannot reach a private address.", twilioSipCalls},
	{CodeSingleLabelHost, Warning, "The host is a single name without a dot.",
		"Twilio resolves the host from the public internet, where a single-label name does not resolve.", twilioSipCalls},
	{CodeIPv6, Warning, "An embedded IPv4 address follows ':::'.",
		"RFC 3261's grammar allowed ':::', RFC 5954 corrected it to '::'.", "https://www.rfc-editor.org/rfc/rfc5954"},
	{CodeSIPSTransport, Warning, "A sips: URI asks for transport=udp or tcp.",
		"SIPS requires TLS on every hop (RFC 3261 §26.2.2), so udp or tcp contradicts it.", "https://www.rfc-editor.org/rfc/rfc3261#section-26.2.2"},
	{CodeTLSPort5060, Warning, "transport=tls with port 5060.",
		"5060 is the port for SIP over UDP and TCP; TLS servers usually listen on 5061.", twilioSip},
	{CodeUnknownParam, Info, "Twilio does not document this parameter.",
		"Twilio documents transport, region and secure; other parameters stay in the URI it dials.", twilioSip},
	{CodeTLSPort, Info, "transport=tls without a port dials port 5061.",
		"TLS defaults to port 5061.", twilioSip},
	{CodeTLSSignallingOnly, Info, "transport=tls without secure=true encrypts the signalling only.",
		"TLS encrypts signalling; secure=true adds SRTP for the media.", twilioSip},
}

// Codes returns the help entry of every code Check reports, with the
// severity Check reports it with.
func Codes() []CodeDoc { return slices.Clone(codeDocs) }

// severityOf returns code's severity from codeDocs.
func severityOf(code string) Severity {
	for _, d := range codeDocs {
		if d.Code == code {
			return d.Severity
		}
	}
	return Error // not reached: TestCodesDocumented holds every code Check reports to an entry
}
