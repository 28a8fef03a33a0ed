package sipuri

import "strings"

// One static table describes every kind of finding Check reports, and one
// function (report) turns an entry and its arguments into a Diagnostic: a
// table of constant strings is data, where a call per finding would be
// code in app.wasm.

// A rule is one kind of finding. In msg and fix (the fix's title), \x01
// and \x02 stand for the report's two arguments and \x03 for the fix's new
// text.
type rule struct {
	code      string
	sev       Severity
	msg, fix  string
	span, fsp uint8 // for findings about a piece: the span of the finding and of its fix (see reportPiece)
}

// Spans of a piece, for reportPiece: the high nibble indexes the start and
// the low one the end in [start, end, nameEnd, value start, lead, params
// end]; noFix means the finding has no fix.
const (
	spAll   = 0x01 // the piece
	spName  = 0x02 // its name
	spValue = 0x31 // its value (empty at the end without one)
	spLead  = 0x41 // the piece with the byte that introduced it
	spEnd   = 0x11 // the empty span at its end
	spStart = 0x00 // the empty span at its start
	spQ     = 0x55 // the empty span where the params end
	noFix   = 0xff
)

// The rules, indexes into rules.
const (
	rSyntax = iota
	rSyntaxSpace
	rSyntaxEntity
	rSyntaxTrailing
	rSyntaxRemove
	rSyntaxSurround
	rNoURI
	rForeign // + the index in foreignSchemes
	_
	_
	_
	rSchemeTypo
	rSchemeColon
	rSchemeMissing
	rURITooLong
	rHeadersTooLong
	rPassword
	rPort
	rDuplicate
	rTTL
	rHeader
	rTLSPort
	rTLSSignalling
	rTLSSignallingNoFix
	rIPv4
	rPrivate
	rLocalhost
	rIPv6
	rTransportEmpty
	rTransportCase
	rTransport
	rRegionEmpty
	rRegion
	rRegionCase
	rSecureFalse
	rSecureEmpty
	rSecureValue
	rStandardParam
	rUnknownParam
	rXMLEscaped
)

// regionList names the Regions, for messages.
const regionList = "us1, us2, ie1, de1, sg1, jp1, br1, au1"

var rules = [...]rule{
	rSyntax:         {CodeSyntax, Error, "\x01", "", 0, 0},
	rSyntaxSpace:    {CodeSyntax, Error, "\x01", "Remove the whitespace", 0, 0},
	rSyntaxEntity:   {CodeSyntax, Error, "\x01", "Write \x03 instead of \x02", 0, 0},
	rSyntaxTrailing: {CodeSyntax, Error, "\x01", "Remove the trailing \x02", 0, 0},
	rSyntaxRemove:   {CodeSyntax, Error, "remove the \x01 \x02 the URI: Twilio takes the bare URI", "Remove the \x01", 0, 0},
	rSyntaxSurround: {CodeSyntax, Error, "remove the \x01 \x02 the URI: Twilio takes the bare URI", "Remove what surrounds the URI", 0, 0},
	rNoURI:          {CodeSyntax, Error, "expected a SIP URI, like sip:alice@example.com", "", 0, 0},
	rForeign:        {CodeScheme, Error, "a \x01: URI is a phone number: dial it with <Number> (or To=+15551234567), or write it as sip:+15551234567@your.sip.host", "", 0, 0},
	rForeign + 1:    {CodeScheme, Error, "a client: identity is dialled with <Client>, not <Sip>", "", 0, 0},
	rForeign + 2:    {CodeScheme, Error, "this is a web address; <Sip> needs a sip: or sips: URI", "", 0, 0},
	rForeign + 3:    {CodeScheme, Error, "Twilio dials only sip: and sips: URIs, not \x01: ones", "", 0, 0},
	rSchemeTypo:     {CodeScheme, Error, "the scheme \x01 looks like a typo for \x03", "Write \x03", 0, 0},
	rSchemeColon:    {CodeScheme, Error, "write the scheme with a colon: \x03", "Write \x03", 0, 0},
	rSchemeMissing:  {CodeScheme, Error, "a SIP URI starts with sip: (or sips:)", "Add sip: in front", 0, 0},
	rURITooLong:     {CodeURITooLong, Error, "the URI without its headers is \x01 characters; Twilio accepts at most 254", "", 0, 0},
	rHeadersTooLong: {CodeHeadersTooLong, Error, "the headers part is \x01 characters; Twilio accepts at most 1023", "", 0, 0},
	rPassword: {CodePasswordInURI, Warning, "a password in the URI is sent in clear text; give it to Twilio as the <Sip> password attribute (SipAuthPassword) instead",
		"Remove the password", spLead, spLead},
	rPort:      {CodePort, Error, "the port must be between 1 and 65535", "", spAll, noFix},
	rDuplicate: {CodeDuplicateParam, Error, "the parameter \x01 appears more than once; give each parameter once", "Remove this repetition", spAll, spLead},
	rTTL:       {CodeTTL, Error, "the ttl parameter must be a number from 0 to 255", "", spAll, noFix},
	rHeader: {CodeHeaderNotAllowed, Error, "Twilio rejects the header \x01: it forwards only X- headers, User-to-User, Remote-Party-ID, P-Preferred-Identity and P-Called-Party-ID",
		"Make it X-\x01", spName, spStart},
	rTLSPort: {CodeTLSPort, Info, "with transport=tls and no port, Twilio connects to port 5061", "", spAll, noFix},
	rTLSSignalling: {CodeTLSSignallingOnly, Info, "with transport=tls only the signalling is encrypted; add secure=true to encrypt the media (SRTP) as well",
		"Add secure=true", spAll, spQ},
	rTLSSignallingNoFix: {CodeTLSSignallingOnly, Info, "with transport=tls only the signalling is encrypted; add secure=true to encrypt the media (SRTP) as well",
		"", spAll, noFix},
	rIPv4:      {CodeIPv4, Error, "each number of an IPv4 address must be between 0 and 255", "", spAll, noFix},
	rPrivate:   {CodePrivateAddress, Warning, "the address \x01 is private or local; Twilio dials from the public internet and cannot reach it", "", spAll, noFix},
	rLocalhost: {CodePrivateAddress, Warning, "the host localhost is this machine; Twilio dials from the public internet and cannot reach it", "", spAll, noFix},
	rIPv6: {CodeIPv6, Warning, "write '::' before an embedded IPv4 address: RFC 3261's grammar allowed ':::', RFC 5954 corrected it",
		"Write ::", 0, 0},
	rTransportEmpty: {CodeTransport, Error, "the transport parameter needs a value: udp, tcp or tls", "", spAll, noFix},
	rTransportCase:  {CodeTransport, Error, "write the transport in lower case, as Twilio documents it: \x03", "Write \x03", spValue, spValue},
	rTransport:      {CodeTransport, Error, "Twilio supports only the transports udp (the default), tcp and tls, not \x01", "", spValue, noFix},
	rRegionEmpty: {CodeRegion, Error, "the region parameter needs a value, one of " + regionList + "; without the parameter calls leave from us1",
		"Use region us1", spAll, spEnd},
	rRegion: {CodeRegion, Error, "the region \x01 is not a Twilio region; did you mean \x03 (\x02)? The regions are " + regionList + ".",
		"Use region \x03", spValue, spValue},
	rRegionCase: {CodeRegion, Error, "Twilio's region names are lower case: write \x03 (\x02)", "Use region \x03", spValue, spValue},
	rSecureFalse: {CodeSecure, Error, "the secure parameter takes only the value true; to leave the media unencrypted, remove the parameter",
		"Remove secure=\x01", spAll, spLead},
	rSecureEmpty:   {CodeSecure, Error, "write secure=true to encrypt the media (SRTP)", "Write secure=true", spAll, spEnd},
	rSecureValue:   {CodeSecure, Error, "the secure parameter takes only the value true", "Write \x03", spValue, spValue},
	rStandardParam: {CodeUnknownParam, Info, "the parameter \x01 is standard in SIP URIs (RFC 3261), but Twilio does not document it", "", spName, noFix},
	rUnknownParam:  {CodeUnknownParam, Info, "Twilio does not document the parameter \x01; it documents transport, region and secure", "", spName, noFix},
	rXMLEscaped: {CodeXMLEscaped, Error, "\x01 is XML escaping; inside the URI write \x03 (only TwiML needs & written as &amp;)",
		"Write \x03", 0, 0},
}

// report adds a finding of rule k over [start, end) of u (c.base is added
// to every offset), with a1 and a2 filling the rule's message. When fs >= 0
// the finding has a fix that writes text over [fs, fe).
func (c *checker) report(k int, start, end int, a1, a2 string, fs, fe int, text string) {
	if c.quiet {
		return
	}
	r := &rules[k]
	d := Diagnostic{Start: start + c.base, End: end + c.base, Severity: r.sev, Code: r.code,
		Message: sentence(expand(r.msg, a1, a2, text))}
	if fs >= 0 {
		d.Fix = &Fix{Title: expand(r.fix, a1, a2, text), Start: fs + c.base, End: fe + c.base, NewText: text}
	}
	c.diags = append(c.diags, d)
}

// reportPiece adds a finding of rule k about the piece p, over the spans
// the rule gives.
func (c *checker) reportPiece(k int, p *piece, a1, a2, text string) {
	r := &rules[k]
	vs := p.end
	if p.hasValue {
		vs = p.nameEnd + 1
	}
	at := [6]int{p.start, p.end, p.nameEnd, vs, p.lead, c.q}
	fs, fe := -1, 0
	if r.fsp != noFix {
		fs, fe = at[r.fsp>>4], at[r.fsp&15]
	}
	c.report(k, at[r.span>>4], at[r.span&15], a1, a2, fs, fe, text)
}

// expand writes t with \x01, \x02 and \x03 replaced by a, b and c.
//
//go:noinline
func expand(t, a, b, c string) string {
	if strings.IndexAny(t, "\x01\x02\x03") < 0 {
		return t
	}
	// Two passes: the length, then the text, in one allocation.
	var out strings.Builder
	for pass := 0; pass < 2; pass++ {
		n := 0
		for i := 0; i < len(t); i++ {
			s := t[i : i+1]
			switch t[i] {
			case 1:
				s = a
			case 2:
				s = b
			case 3:
				s = c
			}
			if pass == 0 {
				n += len(s)
			} else {
				out.WriteString(s)
			}
		}
		out.Grow(n)
	}
	return out.String()
}

// sentence makes msg a sentence: a capital first letter and a full stop.
func sentence(msg string) string {
	if msg == "" {
		return msg
	}
	if c := msg[0]; 'a' <= c && c <= 'z' {
		msg = string(c-'a'+'A') + msg[1:]
	}
	if c := msg[len(msg)-1]; c != '.' && c != '?' && c != '!' {
		msg += "."
	}
	return msg
}
