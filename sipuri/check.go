package sipuri

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Check reports every finding about s as a URI for Twilio to dial, sorted
// by Start (stable). Offsets are bytes into s; the codes are the Code
// constants.
//
// Grammar findings: exactly when Parse(s) fails, Check reports at least one
// finding with code syntax, scheme or duplicate-param over Parse's offset.
// Whitespace and < > around the URI give one syntax finding per side, with
// a fix that removes them, and the URI inside is checked on; a missing or
// mistyped scheme gives a scheme finding with a fix that writes sip:, and
// the rest is checked as if it were there. A repeated parameter name is
// reported as duplicate-param, not as syntax, once per repetition. After
// the first syntax error Check reads on from the next delimiter (';', '?'
// or '&'), so the Twilio rules still apply to the parts that are
// well-formed; it reports no further syntax errors.
//
// Twilio findings: uri-too-long, headers-too-long, header-not-allowed,
// transport, region, secure, ttl, port, xml-escaped, ipv4 (errors);
// password-in-uri, private-address, ipv6 (warnings; a transport in the
// wrong case is a transport warning); unknown-param, tls-port,
// tls-signalling-only (info). Applying a finding's Fix makes that finding
// go away.
func Check(s string) []Diagnostic {
	c := checker{src: s}
	c.run()
	sort.Stable(byStart(c.diags))
	return c.diags
}

// byStart sorts findings by Start. (sort.Stable rather than the generic
// slices functions: its code is shared by every caller in the binary.)
type byStart []Diagnostic

func (d byStart) Len() int           { return len(d) }
func (d byStart) Less(i, j int) bool { return d[i].Start < d[j].Start }
func (d byStart) Swap(i, j int)      { d[i], d[j] = d[j], d[i] }

// A checker collects the findings about src. The URI it reads is u, whose
// byte v (past the scheme) is src[base+v]; when the scheme is missing or
// mistyped, u has "sip:" put in front or in its place.
type checker struct {
	src   string
	quiet bool // locate only, report nothing (for Explain)
	diags []Diagnostic
	u     string
	base  int
	bare  bool // u does not start with src's own scheme: "sip:" was put in front or replaced a typo
}

func (c *checker) add(start, end int, sev Severity, code, msg string, fix *Fix) {
	if c.quiet {
		return
	}
	c.diags = append(c.diags, Diagnostic{Start: start, End: end, Severity: sev, Code: code, Message: sentence(msg), Fix: fix})
}

// newFix returns a fix. (Not inlined: one copy keeps app.wasm small.)
//
//go:noinline
func newFix(title string, start, end int, text string) *Fix {
	return &Fix{Title: title, Start: start, End: end, NewText: text}
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

// addU adds a finding whose span and fix are given in u's offsets.
func (c *checker) addU(start, end int, sev Severity, code, msg string, fix *Fix) {
	if fix != nil {
		fix.Start += c.base
		fix.End += c.base
	}
	c.add(start+c.base, end+c.base, sev, code, msg, fix)
}

func (c *checker) run() {
	c.xmlEscapes()
	if !c.locate() {
		return
	}
	c.uri()
}

// locate reports surrounding whitespace and brackets and a missing or
// foreign scheme, and sets u and base. It returns false when there is no
// SIP URI to read on.
func (c *checker) locate() bool {
	s := c.src
	a, b := 0, len(s)
	for a < b {
		if n := spaceLen(s[a:b]); n > 0 {
			a += n
		} else if s[a] == '<' {
			a++
		} else {
			break
		}
	}
	for a < b {
		if n := spaceLenBack(s[a:b]); n > 0 {
			b -= n
		} else if s[b-1] == '>' {
			b--
		} else {
			break
		}
	}
	// '<' and '>' never belong to a SIP URI, so whatever whitespace and
	// brackets surround it go, on each side with its own finding; when
	// both sides have some, either fix removes both.
	side := func(start, end int, where string) {
		what := "whitespace"
		if j := strings.IndexAny(s[start:end], "<>"); j >= 0 {
			what = s[start+j : start+j+1]
			if strings.Trim(s[start:end], "<>") != "" {
				what += " and the whitespace"
			}
		}
		fix := newFix("Remove the "+what, start, end, "")
		if a > 0 && b < len(s) {
			fix = newFix("Remove what surrounds the URI", 0, len(s), s[a:b])
		}
		c.add(start, end, Error, CodeSyntax, "remove the "+what+" "+where+" the URI: Twilio takes the bare URI", fix)
	}
	if a > 0 {
		side(0, a, "before")
	}
	if b < len(s) && b >= a {
		side(b, len(s), "after")
	}
	t := s[a:b]
	if t == "" {
		c.add(a, a, Error, CodeSyntax, "expected a SIP URI, like sip:alice@example.com", nil)
		return false
	}
	_, _, err := scanScheme(t)
	if err == nil {
		c.u, c.base = t, a
		return true
	}
	if err.off == len(t) {
		// A prefix of "sips:", as while typing.
		c.add(a+err.off, a+err.off, Error, CodeSyntax, err.msg, nil)
		return false
	}
	if k := schemeLen(t); k > 0 {
		if msg := foreignScheme(t[:k]); msg != "" || strings.HasPrefix(t[k+1:], "//") {
			if msg == "" {
				msg = "Twilio dials only sip: and sips: URIs, not " + t[:k+1] + " ones"
			}
			c.add(a, a+k+1, Error, CodeScheme, msg, nil)
			return false
		}
		if fix := schemeTypo(t[:k]); fix != "" {
			c.add(a, a+k+1, Error, CodeScheme, "the scheme "+t[:k+1]+" looks like a typo for "+fix,
				newFix("Write "+fix, a, a+k+1, fix))
			c.u, c.base, c.bare = fix+t[k+1:], a+k+1-len(fix), true
			return true
		}
	}
	if (err.off == 3 || err.off == 4) && (t[err.off] == ';' || t[err.off] == ',') {
		fix := lowerString(t[:err.off]) + ":"
		c.add(a, a+err.off+1, Error, CodeScheme, "write the scheme with a colon: "+fix,
			newFix("Write "+fix, a, a+err.off+1, fix))
		c.u, c.base, c.bare = fix+t[err.off+1:], a, true
		return true
	}
	n := strings.IndexByte(t, '@')
	if n <= 0 {
		n = skipTo(t, 0, ":;?")
	}
	if n == 0 {
		n = len(t)
	}
	c.add(a, a+n, Error, CodeScheme, "a SIP URI starts with sip: (or sips:)", newFix("Add sip: in front", a, a, "sip:"))
	c.u, c.base, c.bare = "sip:"+t, a-4, true
	return true
}

// spaceLen returns the length of the whitespace character at the start of
// s, or 0. Besides ASCII whitespace it knows the no-break space, the zero
// width space and the byte order mark that pasting brings along.
// (Not inlined: it is called from many places; one copy keeps app.wasm small.)
//
//go:noinline
func spaceLen(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return 1
	}
	for _, w := range []string{"\u00a0", "\u200b", "\ufeff"} {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	return 0
}

// spaceLenBack is spaceLen for the end of s.
func spaceLenBack(s string) int {
	if s == "" {
		return 0
	}
	_, n := utf8.DecodeLastRuneInString(s)
	if spaceLen(s[len(s)-n:]) == n {
		return n
	}
	return 0
}

// schemeLen returns the length of a URI scheme name (ALPHA *( ALPHA /
// DIGIT / "+" / "-" / "." )) followed by ':' at the start of t, or 0.
func schemeLen(t string) int {
	if t == "" || !isAlpha(t[0]) {
		return 0
	}
	for i := 1; i < len(t); i++ {
		c := t[i]
		if c == ':' {
			return i
		}
		if !isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.' {
			return 0
		}
	}
	return 0
}

// schemeTypo returns "sip:" or "sips:" when name is one edit away from
// sip or sips, or "".
func schemeTypo(name string) string {
	n := lowerString(name)
	switch {
	case editDistance(n, "sip") == 1:
		return "sip:"
	case editDistance(n, "sips") == 1:
		return "sips:"
	}
	return ""
}

// foreignScheme returns the message for a well-known scheme that is not
// SIP, or "".
func foreignScheme(name string) string {
	n := " " + lowerString(name) + " "
	switch {
	case strings.Contains(" tel fax modem callto ", n):
		return "a " + name + ": URI is a phone number: dial it with <Number> (or To=+15551234567), or write it as sip:+15551234567@your.sip.host"
	case n == " client ":
		return "a client: identity is dialled with <Client>, not <Sip>"
	case strings.Contains(" http https ws wss ", n):
		return "this is a web address; <Sip> needs a sip: or sips: URI"
	case strings.Contains(" mailto im pres xmpp h323 urn sms skype ", n):
		return "Twilio dials only sip: and sips: URIs, not " + name + ": ones"
	}
	return ""
}

// uri reports the grammar and Twilio findings about u.
func (c *checker) uri() {
	u := c.u
	strict, w := read(u)
	if e := strict.err; e != nil && !e.dup {
		end := e.off
		if end < len(u) {
			_, n := utf8.DecodeRuneInString(u[end:])
			end += n
		}
		c.addU(e.off, end, Error, CodeSyntax, e.msg, c.syntaxFix(e))
	}
	c.lengths(&w)
	c.pieces(&w)
}

// syntaxFix proposes a fix for the syntax error e in u, or nil.
func (c *checker) syntaxFix(e *scanErr) *Fix {
	u, off := c.u, e.off
	if n := spaceLen(u[off:]); n > 0 && strings.HasPrefix(e.msg, "unexpected") {
		end := off + n
		for n = spaceLen(u[end:]); n > 0; n = spaceLen(u[end:]) {
			end += n
		}
		return newFix("Remove the whitespace", off, end, "")
	}
	for i := max(0, off-8); i <= off && i < len(u); i++ {
		if end, repl := entityRun(u, i); i < off && end > off {
			return newFix("Write "+repl+" instead of "+u[i:end], i, end, repl)
		}
	}
	trailing := false
	for _, m := range []string{"expected a parameter name", "expected a parameter value", "expected a port number", "expected a header name"} {
		trailing = trailing || strings.HasPrefix(e.msg, m)
	}
	if trailing && off == len(u) && off > 0 && strings.IndexByte(";?&:=", u[off-1]) >= 0 {
		return newFix("Remove the trailing "+u[off-1:], off-1, off, "")
	}
	return nil
}

// lengths applies Twilio's length limits.
func (c *checker) lengths(w *walker) {
	u := c.u
	q := w.l.qmark
	if q < 0 {
		q = len(u)
	}
	if q > MaxURILength {
		c.addU(MaxURILength, q, Error, CodeURITooLong,
			"the URI without its headers is "+strconv.Itoa(q)+" characters; Twilio accepts at most 254", nil)
	}
	if n := len(u) - q - 1; n > MaxHeadersLength {
		c.addU(q+1+MaxHeadersLength, len(u), Error, CodeHeadersTooLong,
			"the headers part is "+strconv.Itoa(n)+" characters; Twilio accepts at most 1023", nil)
	}
}

// pieces applies the Twilio rules to each well-formed piece.
func (c *checker) pieces(w *walker) {
	u := c.u
	hasPort, secureTrue, hasSecure := false, false, false
	var tls *piece
	paramsEnd := len(u)
	if w.l.qmark >= 0 {
		paramsEnd = w.l.qmark
	}
	for i := range w.pieces {
		p := &w.pieces[i]
		switch {
		case p.kind == pPort:
			hasPort = true
		case p.kind == pParam && equalFold(unescape(p.name(u)), "secure"):
			hasSecure = true // even a malformed one: adding secure=true would repeat it
		}
	}
	for i := range w.pieces {
		p := &w.pieces[i]
		if !p.ok {
			continue
		}
		switch p.kind {
		case pPassword:
			c.addU(p.lead, p.end, Warning, CodePasswordInURI,
				"a password in the URI is sent in clear text; give it to Twilio as the <Sip> password attribute (SipAuthPassword) instead",
				newFix("Remove the password", p.lead, p.end, ""))
		case pHost:
			c.host(p)
		case pPort:
			if n := atoiSat(u[p.start:p.end]); n < 1 || n > 65535 {
				c.addU(p.start, p.end, Error, CodePort, "the port must be between 1 and 65535", nil)
			}
		case pParam:
			if p.dup {
				c.addU(p.start, p.end, Error, CodeDuplicateParam,
					"the parameter "+unescape(p.name(u))+" appears more than once; give each parameter once",
					newFix("Remove this repetition", p.lead, p.end, ""))
				continue
			}
			switch lowerString(unescape(p.name(u))) {
			case "transport":
				if c.transport(p) {
					tls = p
				}
			case "region":
				c.region(p)
			case "secure":
				secureTrue = c.secure(p)
			case "ttl":
				if v := unescape(p.value(u)); len(v) == 0 || len(v) > 3 || strings.Trim(v, "0123456789") != "" || atoiSat(v) > 255 {
					c.addU(p.start, p.end, Error, CodeTTL, "the ttl parameter must be a number from 0 to 255", nil)
				}
				c.unknownParam(p)
			default:
				c.unknownParam(p)
			}
		case pHeader:
			if name := unescape(p.name(u)); !HeaderAllowed(name) {
				c.addU(p.start, p.nameEnd, Error, CodeHeaderNotAllowed,
					"Twilio rejects the header "+name+": it forwards only X- headers, User-to-User, Remote-Party-ID, P-Preferred-Identity and P-Called-Party-ID",
					newFix("Make it X-"+name, p.start, p.start, "X-"))
			}
		}
	}
	if tls != nil {
		if !hasPort {
			c.addU(tls.start, tls.end, Info, CodeTLSPort, "with transport=tls and no port, Twilio connects to port 5061", nil)
		}
		if !secureTrue {
			var fix *Fix
			if !hasSecure {
				fix = newFix("Add secure=true", paramsEnd, paramsEnd, ";secure=true")
			}
			c.addU(tls.start, tls.end, Info, CodeTLSSignallingOnly,
				"with transport=tls only the signalling is encrypted; add secure=true to encrypt the media (SRTP) as well", fix)
		}
	}
}

// host reports IPv4 numbers out of range and addresses Twilio cannot reach.
func (c *checker) host(p *piece) {
	h := c.u[p.start:p.end]
	switch p.host {
	case hostIPv4:
		var n [4]int
		k := 0
		for i := 0; i < len(h); i++ {
			if h[i] == '.' {
				k++
				continue
			}
			n[k] = n[k]*10 + int(h[i]-'0')
		}
		if n[0] > 255 || n[1] > 255 || n[2] > 255 || n[3] > 255 {
			c.addU(p.start, p.end, Error, CodeIPv4, "each number of an IPv4 address must be between 0 and 255", nil)
			return
		}
		if n[0] == 10 || n[0] == 127 || n[0] == 172 && n[1]&0xf0 == 16 || n[0] == 192 && n[1] == 168 || n[0] == 169 && n[1] == 254 || n[0] == 0 {
			c.addU(p.start, p.end, Warning, CodePrivateAddress,
				"the address "+h+" is private or local; Twilio dials from the public internet and cannot reach it", nil)
		}
	case hostName:
		if equalFold(strings.TrimSuffix(h, "."), "localhost") {
			c.addU(p.start, p.end, Warning, CodePrivateAddress,
				"the host localhost is this machine; Twilio dials from the public internet and cannot reach it", nil)
		}
	case hostIPv6:
		if i := strings.Index(h, ":::"); i >= 0 {
			c.addU(p.start, p.end, Warning, CodeIPv6,
				"write '::' before an embedded IPv4 address: RFC 3261's grammar allowed ':::', RFC 5954 corrected it",
				newFix("Write ::", p.start+i, p.start+i+3, "::"))
		}
		if h == "[::1]" || h == "[::]" || len(h) > 3 && (lower(h[1]) == 'f' && (lower(h[2]) == 'c' || lower(h[2]) == 'd') || hasPrefixFold(h, "[fe8")) {
			c.addU(p.start, p.end, Warning, CodePrivateAddress,
				"the address "+h+" is private or local; Twilio dials from the public internet and cannot reach it", nil)
		}
	}
}

// transport checks a transport parameter and reports whether it is TLS.
func (c *checker) transport(p *piece) bool {
	u := c.u
	if !p.hasValue() {
		c.addU(p.start, p.end, Error, CodeTransport, "the transport parameter needs a value: udp, tcp or tls", nil)
		return false
	}
	v := unescape(p.value(u))
	for _, t := range Transports {
		if v == t {
			return t == "tls"
		}
		if equalFold(v, t) {
			c.addU(p.nameEnd+1, p.end, Warning, CodeTransport, "write the transport in lower case: "+t,
				newFix("Write "+t, p.nameEnd+1, p.end, t))
			return t == "tls"
		}
	}
	c.addU(p.nameEnd+1, p.end, Error, CodeTransport, "Twilio supports only the transports udp (the default), tcp and tls, not "+v, nil)
	return false
}

// region checks a region parameter.
func (c *checker) region(p *piece) {
	u := c.u
	if !p.hasValue() {
		c.addU(p.start, p.end, Error, CodeRegion, "the region parameter needs a value, one of "+regionNames()+"; without the parameter calls leave from us1",
			newFix("Use region us1", p.end, p.end, "=us1"))
		return
	}
	v := unescape(p.value(u))
	if _, ok := LookupRegion(v); ok {
		return
	}
	r := ClosestRegion(v)
	msg := "the region " + v + " is not a Twilio region; did you mean " + r.Name + " (" + r.Location + ")? The regions are " + regionNames() + "."
	if equalFold(v, r.Name) {
		msg = "Twilio's region names are lower case: write " + r.Name + " (" + r.Location + ")"
	}
	c.addU(p.nameEnd+1, p.end, Error, CodeRegion, msg,
		newFix("Use region "+r.Name, p.nameEnd+1, p.end, r.Name))
}

func regionNames() string {
	var b strings.Builder
	for i, r := range Regions {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(r.Name)
	}
	return b.String()
}

// secure checks a secure parameter and reports whether it is secure=true.
func (c *checker) secure(p *piece) bool {
	u := c.u
	v := unescape(p.value(u))
	switch {
	case v == "true" && p.hasValue():
		return true
	case equalFold(v, "false"):
		c.addU(p.start, p.end, Error, CodeSecure, "the secure parameter takes only the value true; to leave the media unencrypted, remove the parameter",
			newFix("Remove secure="+p.value(u), p.lead, p.end, ""))
	case !p.hasValue():
		c.addU(p.start, p.end, Error, CodeSecure, "write secure=true to encrypt the media (SRTP)",
			newFix("Write secure=true", p.end, p.end, "=true"))
	default:
		c.addU(p.nameEnd+1, p.end, Error, CodeSecure, "the secure parameter takes only the value true",
			newFix("Write true", p.nameEnd+1, p.end, "true"))
	}
	return false
}

// unknownParam reports a parameter Twilio does not document.
func (c *checker) unknownParam(p *piece) {
	name := unescape(p.name(c.u))
	msg := "Twilio does not document the parameter " + name + "; it documents transport, region and secure"
	switch lowerString(name) {
	case "user", "method", "maddr", "ttl", "lr":
		msg = "the parameter " + name + " is standard in SIP URIs (RFC 3261), but Twilio does not document it"
	}
	c.addU(p.start, p.nameEnd, Info, CodeUnknownParam, msg, nil)
}

// xmlEscapes reports XML character references pasted into the URI.
func (c *checker) xmlEscapes() {
	s := c.src
	for i := 0; i < len(s); i++ {
		if s[i] != '&' {
			continue
		}
		end, repl := entityRun(s, i)
		if end == i {
			continue
		}
		c.add(i, end, Error, CodeXMLEscaped,
			s[i:end]+" is XML escaping; inside the URI write "+repl+" (only TwiML needs & written as &amp;)",
			newFix("Write "+repl, i, end, repl))
		i = end - 1
	}
}

// entityRun matches the XML character references starting at s[i], taking
// "&amp;" chains like "&amp;amp;lt;" as a whole. It returns the end of the
// run and the character it stands for once fully decoded, or i, "".
func entityRun(s string, i int) (end int, repl string) {
	if i >= len(s) || s[i] != '&' {
		return i, ""
	}
	end, cur := i, byte('&')
	for j := i + 1; cur == '&'; {
		c, n := entity(s[j:])
		if n == 0 {
			break
		}
		cur, j, end = c, j+n, j+n
	}
	if end == i {
		return i, ""
	}
	return end, string(cur)
}

// entity decodes the body of one character reference ("amp;", "#38;",
// "#x26;"...) at the start of s; only the five XML special characters count.
func entity(s string) (c byte, n int) {
	for _, e := range []struct {
		name string
		c    byte
	}{{"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''}} {
		if strings.HasPrefix(s, e.name) {
			return e.c, len(e.name)
		}
	}
	if len(s) < 3 || s[0] != '#' {
		return 0, 0
	}
	base, j := 10, 1
	if lower(s[1]) == 'x' {
		base, j = 16, 2
	}
	v, start := 0, j
	for ; j < len(s) && j-start < 6; j++ {
		d := s[j]
		if isDigit(d) || base == 16 && isHex(d) {
			v = v*base + int(unhex(d))
			continue
		}
		break
	}
	if j == start || j >= len(s) || s[j] != ';' {
		return 0, 0
	}
	switch v {
	case '&', '<', '>', '"', '\'':
		return byte(v), j + 1
	}
	return 0, 0
}
