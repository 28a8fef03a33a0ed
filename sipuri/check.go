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
	d := c.diags
	// sort.SliceStable rather than the generic slices functions or a
	// sort.Interface: its code is shared by every caller in the binary.
	sort.SliceStable(d, func(i, j int) bool { return d[i].Start < d[j].Start })
	return d
}

// A checker collects the findings about src. The URI it reads is u, whose
// byte v (past the scheme) is src[base+v]; when the scheme is missing or
// mistyped, u has "sip:" put in front or in its place.
type checker struct {
	src   string
	quiet bool // locate only, report nothing (for Explain)
	diags []Diagnostic
	u     string
	base  int
	q     int  // in u, where the params end
	bare  bool // u does not start with src's own scheme: "sip:" was put in front or replaced a typo
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
	for side := 0; side < 2; side++ {
		start, end, where := 0, a, "before"
		if side == 1 {
			start, end, where = b, len(s), "after"
		}
		if start == end {
			continue
		}
		what := "whitespace"
		if j := strings.IndexAny(s[start:end], "<>"); j >= 0 {
			what = s[start+j : start+j+1]
			if strings.Trim(s[start:end], "<>") != "" {
				what += " and the whitespace"
			}
		}
		k, fs, fe, text := rSyntaxRemove, start, end, ""
		if a > 0 && b < len(s) {
			k, fs, fe, text = rSyntaxSurround, 0, len(s), s[a:b]
		}
		c.report(k, start, end, what, where, fs, fe, text)
	}
	t := s[a:b]
	if t == "" {
		c.report(rNoURI, a, a, "", "", -1, 0, "")
		return false
	}
	_, _, err := scanScheme(t)
	if err == nil {
		c.u, c.base = t, a
		return true
	}
	if err.off == len(t) {
		// A prefix of "sips:", as while typing.
		c.report(rSyntax, a+err.off, a+err.off, err.msg, "", -1, 0, "")
		return false
	}
	k := schemeLen(t)
	if k > 0 {
		if r := foreignScheme(t[:k]); r >= 0 || strings.HasPrefix(t[k+1:], "//") {
			if r < 0 {
				r = rForeign + len(foreignSchemes) - 1
			}
			c.report(r, a, a+k+1, t[:k], "", -1, 0, "")
			return false
		}
	}
	// The scheme is missing or mistyped: rule r over [a, a+n), with a fix
	// writing text over [a, a+rest), where the rest of t follows.
	r, n, rest, text := rSchemeMissing, 0, 0, "sip:"
	if fix := schemeTypo(t[:k]); k > 0 && fix != "" {
		r, n, rest, text = rSchemeTypo, k+1, k+1, fix
	} else if (err.off == 3 || err.off == 4) && (t[err.off] == ';' || t[err.off] == ',') {
		r, n, rest, text = rSchemeColon, err.off+1, err.off+1, lowerString(t[:err.off])+":"
	} else {
		n = strings.IndexByte(t, '@')
		if n <= 0 {
			n = skipTo(t, 0, ":;?")
		}
		if n == 0 {
			n = len(t)
		}
	}
	c.report(r, a, a+n, t[:k+1], "", a, a+rest, text)
	c.u, c.base, c.bare = text+t[rest:], a+rest-len(text), true
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

// foreignSchemes are the well-known schemes that are not SIP, in lists
// of the rules rForeign, rForeign+1... The last rule serves any other
// scheme written with "//".
var foreignSchemes = [...]string{" tel fax modem callto ", " client ", " http https ws wss ", " mailto im pres xmpp h323 urn sms skype "}

// foreignScheme returns the rule for a well-known scheme that is not SIP,
// or -1.
func foreignScheme(name string) int {
	n := " " + lowerString(name) + " "
	for i, f := range foreignSchemes {
		if strings.Contains(f, n) {
			return rForeign + i
		}
	}
	return -1
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
		c.syntax(e, end)
	}
	// Twilio's length limits.
	q := w.l.qmark
	if q < 0 {
		q = len(u)
	}
	if q > MaxURILength {
		c.report(rURITooLong, MaxURILength, q, strconv.Itoa(q), "", -1, 0, "")
	}
	if n := len(u) - q - 1; n > MaxHeadersLength {
		c.report(rHeadersTooLong, q+1+MaxHeadersLength, len(u), strconv.Itoa(n), "", -1, 0, "")
	}
	c.q = q
	c.pieces(&w)
}

// trailingMsgs start the syntax messages whose fix removes a trailing
// delimiter.
var trailingMsgs = [...]string{"expected a parameter name", "expected a parameter value", "expected a port number", "expected a header name"}

// syntax reports the syntax error e in u, over [e.off, end), with a fix
// when one is clear: removing whitespace, decoding an XML reference the
// error lies in, or removing a trailing delimiter.
func (c *checker) syntax(e *scanErr, end int) {
	u, off := c.u, e.off
	k, a2, fs, fe, text := rSyntax, "", -1, 0, ""
	if n := spaceLen(u[off:]); n > 0 && strings.HasPrefix(e.msg, "unexpected") {
		for k, fs, fe = rSyntaxSpace, off, off; n > 0; n = spaceLen(u[fe:]) {
			fe += n
		}
	}
	for i := max(0, off-8); fs < 0 && i <= off && i < len(u); i++ {
		if end, repl := entityRun(u, i); i < off && end > off {
			k, a2, fs, fe, text = rSyntaxEntity, u[i:end], i, end, repl
		}
	}
	trailing := false
	for _, m := range trailingMsgs {
		trailing = trailing || strings.HasPrefix(e.msg, m)
	}
	if fs < 0 && trailing && off == len(u) && off > 0 && strings.IndexByte(";?&:=", u[off-1]) >= 0 {
		k, a2, fs, fe = rSyntaxTrailing, u[off-1:], off-1, off
	}
	c.report(k, off, end, e.msg, a2, fs, fe, text)
}

// pieces applies the Twilio rules to each well-formed piece.
func (c *checker) pieces(w *walker) {
	u := c.u
	secureTrue := false
	var tls *piece
	for i := range w.pieces {
		p := &w.pieces[i]
		if !p.ok {
			continue
		}
		k, a1, a2, text := -1, "", "", ""
		name, v := p.name, ""
		if p.kind == pParam {
			v = unescape(p.rawValue)
		}
		switch p.kind {
		case pPassword:
			k = rPassword
		case pHost:
			k, a1 = c.host(p)
		case pPort:
			if n := atoiSat(u[p.start:p.end]); n < 1 || n > 65535 {
				k = rPort
			}
		case pParam:
			if p.dup {
				k, a1 = rDuplicate, name
				break
			}
			switch p.param {
			case kTransport:
				k, a1 = rTransport, v
				if !p.hasValue {
					k = rTransportEmpty
				}
				for _, t := range Transports {
					if equalFold(v, t) {
						k, text = rTransportCase, t
						if v == t {
							k = -1
						}
						if t == "tls" {
							tls = p
						}
						break
					}
				}
			case kRegion:
				if !p.hasValue {
					k, text = rRegionEmpty, "=us1"
				} else if regionIndex(v) < 0 {
					r := &Regions[closestRegion(v)]
					k, a1, a2, text = rRegion, v, r.Location, r.Name
					if equalFold(v, r.Name) {
						k = rRegionCase
					}
				}
			case kSecure:
				switch {
				case v == "true" && p.hasValue:
					secureTrue = true
				case equalFold(v, "false"):
					k, a1 = rSecureFalse, p.rawValue
				case !p.hasValue:
					k, text = rSecureEmpty, "=true"
				default:
					k, text = rSecureValue, "true"
				}
			default:
				if p.param == kTTL && (len(v) == 0 || len(v) > 3 || strings.Trim(v, "0123456789") != "" || atoiSat(v) > 255) {
					c.reportPiece(rTTL, p, "", "", "")
				}
				k, a1 = rUnknownParam, name
				if p.param >= kStandard {
					k = rStandardParam
				}
			}
		case pHeader:
			if !HeaderAllowed(name) {
				k, a1, text = rHeader, name, "X-"
			}
		}
		if k >= 0 {
			c.reportPiece(k, p, a1, a2, text)
		}
	}
	if tls != nil {
		if !w.hasPort {
			c.reportPiece(rTLSPort, tls, "", "", "")
		}
		if !secureTrue {
			k := rTLSSignalling
			if w.hasSecure { // even a malformed one: adding secure=true would repeat it
				k = rTLSSignallingNoFix
			}
			c.reportPiece(k, tls, "", "", ";secure=true")
		}
	}
}

// host reports a ':::' in an IPv6 address, and returns the rule (or -1)
// and its argument for an IPv4 number out of range or an address Twilio
// cannot reach.
func (c *checker) host(p *piece) (int, string) {
	h := c.u[p.start:p.end]
	private := false
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
			return rIPv4, ""
		}
		private = n[0] == 10 || n[0] == 127 || n[0] == 172 && n[1]&0xf0 == 16 || n[0] == 192 && n[1] == 168 || n[0] == 169 && n[1] == 254 || n[0] == 0
	case hostName:
		if equalFold(strings.TrimSuffix(h, "."), "localhost") {
			return rLocalhost, ""
		}
	case hostIPv6:
		if i := strings.Index(h, ":::"); i >= 0 {
			c.report(rIPv6, p.start, p.end, "", "", p.start+i, p.start+i+3, "::")
		}
		private = h == "[::1]" || h == "[::]" || len(h) > 3 && (lower(h[1]) == 'f' && (lower(h[2]) == 'c' || lower(h[2]) == 'd') || hasPrefixFold(h, "[fe8"))
	}
	if private {
		return rPrivate, h
	}
	return -1, ""
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
		c.report(rXMLEscaped, i, end, s[i:end], "", i, end, repl)
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

// entityNames are the XML entities of the five XML special characters.
var entityNames = [...]string{"amp;", "lt;", "gt;", "quot;", "apos;"}

// entity decodes the body of one character reference ("amp;", "#38;",
// "#x26;"...) at the start of s; only the five XML special characters count.
func entity(s string) (c byte, n int) {
	for k, e := range entityNames {
		if strings.HasPrefix(s, e) {
			return "&<>\"'"[k], len(e)
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
