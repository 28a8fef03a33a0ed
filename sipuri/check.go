package sipuri

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Check reports every finding about s as a URI for Twilio to dial, sorted
// by Start (stable). Offsets are bytes into s; Codes lists the codes and
// their severities.
//
// Grammar findings: exactly when Parse(s) fails, Check reports at least one
// finding with code syntax, scheme, xml-escaped or duplicate-param over
// Parse's offset. What surrounds a pasted URI (whitespace, quotes, <...>, a
// display or header name, <Sip> tags) is one syntax finding whose fix
// leaves the bare URI, and the URI inside is checked on. After the first
// syntax error Check reads on from the next delimiter (';', '?' or '&'), so
// the Twilio rules still apply to the parts that are well-formed; it
// reports no further syntax errors.
//
// Every Fix keeps the fix contract: applying it clears its finding and
// brings no new error, except one that the fixed error had hidden, which
// Check then reports on its own. Where no edit is certain, there is no Fix.
func Check(s string) []Diagnostic {
	c := checker{src: s, errAt: -1}
	c.run()
	d := c.diags
	slices.SortStableFunc(d, func(a, b Diagnostic) int { return cmp.Compare(a.Start, b.Start) })
	return d
}

// A checker collects the findings about src. The URI it reads is u, whose
// byte v is src[base+v]; when the scheme is missing or mistyped, u has
// "sip:" put in front or in its place.
type checker struct {
	src   string
	quiet bool // locate only, report nothing (for Explain)
	diags []Diagnostic
	u     string
	base  int
	q     int    // in u, where the params end
	bare  bool   // u does not start with src's own scheme: "sip:" was put in front or replaced a typo
	xml   []span // in src: the XML references reported
	errAt int    // in u: the first syntax error, or -1
}

func (c *checker) run() {
	if !c.locate() {
		return
	}
	c.xmlEscapes()
	c.uri()
}

// A wrapper is something people paste around a URI.
type wrapper struct {
	what string // its name in a message, e.g. "quotes"
	a, b int    // it leaves the URI at t[a:b] of the text t it wraps
}

// quotePairs are the quotes people paste around a URI: straight, the
// backticks of Markdown, and typographic ones.
var quotePairs = []struct{ open, close string }{
	{`"`, `"`}, {`'`, `'`}, {"`", "`"}, {"“", "”"}, {"‘", "’"}, {"«", "»"},
}

// unwrap returns the first wrapper around t, if any.
func unwrap(t string) (wrapper, bool) {
	if t == "" {
		return wrapper{}, false
	}
	if n := spaceLen(t); n > 0 {
		return wrapper{"whitespace", n, len(t)}, true
	}
	if n := spaceLenBack(t); n > 0 {
		return wrapper{"whitespace", 0, len(t) - n}, true
	}
	for _, q := range quotePairs {
		if len(t) >= len(q.open)+len(q.close) && strings.HasPrefix(t, q.open) && strings.HasSuffix(t, q.close) {
			return wrapper{"quotes", len(q.open), len(t) - len(q.close)}, true
		}
	}
	// <Sip ...>sip:...</Sip>: TwiML pasted whole.
	if strings.HasPrefix(t, "<Sip") && strings.HasSuffix(t, "</Sip>") && len(t) > 4 && (t[4] == '>' || spaceLen(t[4:]) > 0) {
		if end := strings.IndexByte(t, '>'); end+1 <= len(t)-6 {
			return wrapper{"<Sip> tags", end + 1, len(t) - 6}, true
		}
	}
	// <Response><Dial><Sip>sip:...</Sip></Dial></Response>: a whole
	// document with one <Sip>.
	if t[0] == '<' && t[len(t)-1] == '>' && strings.Count(t, "<Sip") == 1 {
		open := strings.Index(t, "<Sip")
		end := strings.IndexByte(t[open:], '>') + open
		close := strings.Index(t, "</Sip>")
		if open > 0 && end > open && close > end && (t[open+4] == '>' || spaceLen(t[open+4:]) > 0) {
			return wrapper{"TwiML document", end + 1, close}, true
		}
	}
	// A name-addr: [display name or header name] <URI> [;header params].
	if open := strings.IndexByte(t, '<'); open == 0 || open > 0 && !schemeAhead(t) {
		if end := strings.IndexByte(t[open:], '>'); end > 1 && schemeAhead(t[open+1:]) {
			what := "< and >"
			switch {
			case open > 0 && strings.HasSuffix(strings.TrimRight(t[:open], " \t"), ":"):
				what = "header name and < >"
			case open > 0:
				what = "display name and < >"
			case open+end+1 < len(t):
				what = "< > and the header parameters"
			}
			return wrapper{what, open + 1, open + end}, true
		}
	}
	// A '<' or '>' alone, as while typing or from a partial copy.
	if t[0] == '<' && schemeAhead(t[1:]) && strings.IndexByte(t, '>') < 0 {
		return wrapper{"<", 1, len(t)}, true
	}
	if t[len(t)-1] == '>' && strings.IndexByte(t, '<') < 0 {
		return wrapper{">", 0, len(t) - 1}, true
	}
	// &lt;...&gt;: a name-addr escaped for XML.
	if strings.HasPrefix(t, "&lt;") && strings.HasSuffix(t, "&gt;") && len(t) > 8 && schemeAhead(t[4:]) {
		return wrapper{"&lt; and &gt;", 4, len(t) - 4}, true
	}
	return wrapper{}, false
}

// schemeAhead reports whether t starts with "sip:" or "sips:" in any case.
func schemeAhead(t string) bool {
	return hasPrefixFold(t, "sip:") || hasPrefixFold(t, "sips:")
}

// locate reports what surrounds the URI and a missing or foreign scheme,
// and sets u and base. It returns false when there is no SIP URI to read on.
func (c *checker) locate() bool {
	s := c.src
	a, b := 0, len(s)
	var what []string
	for {
		w, ok := unwrap(s[a:b])
		if !ok {
			break
		}
		if len(what) == 0 || what[len(what)-1] != w.what {
			what = append(what, w.what)
		}
		a, b = a+w.a, a+w.b
	}
	if (a > 0 || b < len(s)) && a < b { // with nothing inside, the finding below says so
		// One finding over the first wrapped side, whose fix keeps the URI.
		start, end := 0, a
		if a == 0 {
			start, end = b, len(s)
		}
		msg := "remove the " + strings.Join(what, " and the ") + " around the URI: Twilio takes the bare URI"
		fix := &Fix{Title: "Remove what surrounds the URI", Start: 0, End: len(s), NewText: s[a:b]}
		switch {
		case a == 0:
			fix.Start, fix.NewText = b, ""
		case b == len(s):
			fix.End, fix.NewText = a, ""
		}
		if len(what) == 1 && what[0] == "whitespace" {
			fix.Title = "Remove the whitespace"
		}
		c.addSrc(CodeSyntax, start, end, msg, fix)
	}
	t := s[a:b]
	if t == "" {
		c.addSrc(CodeSyntax, a, a, "expected a SIP URI, like sip:alice@example.com", nil)
		return false
	}
	if strings.HasPrefix(t, "<") && (strings.Contains(t, "<Response") || strings.Contains(t, "<Dial")) {
		// TwiML with no single <Sip> to take the URI from (one is unwrapped).
		c.addSrc(CodeSyntax, a, b, "this is a TwiML document, not a SIP URI: check it as TwiML, or give one of its <Sip> URIs", nil)
		return false
	}
	end, _, err := scanScheme(t)
	if err == nil && strings.HasPrefix(t[end:], "//") {
		// "sip://", written like a web address: as written, the slashes
		// would start the user part (or stand where the host must be).
		slashes := leadingSlashes(t[end:])
		scheme := lowerString(t[:end])
		c.u, c.base, c.bare = scheme+t[end+slashes:], a+slashes, true
		var fix *Fix
		if strictEnd(c.u) > len(scheme) {
			fix = &Fix{Title: "Remove " + t[end:end+slashes], Start: a + end, End: a + end + slashes, NewText: ""}
		}
		c.addSrc(CodeSchemeSlashes, a, a+end+slashes, "a SIP URI has no // after "+scheme+" (unlike a web address)", fix)
		return true
	}
	if err == nil {
		c.u, c.base = t, a
		return true
	}
	if err.off == len(t) {
		// A prefix of "sips:", as while typing.
		c.addSrc(CodeSyntax, a+err.off, a+err.off, err.msg, nil)
		return false
	}
	k := schemeLen(t)
	if k > 0 {
		if msg := foreignScheme(t[:k], t[k+1:]); msg != "" {
			c.addSrc(CodeScheme, a, a+k+1, msg, nil)
			return false
		}
	}
	if hasPrefixFold(t, "sip%3a") || hasPrefixFold(t, "sips%3a") {
		// The whole URI percent-encoded, as in a form body.
		msg := "the whole URI is percent-encoded, as in a form body; write it decoded"
		var fix *Fix
		if dec, ok := unescapeAll(t); ok && strictEnd(dec) > len(dec) {
			msg += ": " + dec
			fix = &Fix{Title: "Decode the URI", Start: a, End: b, NewText: dec}
		}
		c.addSrc(CodeScheme, a, b, msg, fix)
		return false
	}
	if isPhoneNumber(t) {
		c.addSrc(CodeScheme, a, b, "a phone number is not a SIP URI: a SIP URI needs a host, for example sip:"+
			phoneDigits(t)+"@your-pbx.example.com (or dial the number with <Number>)", nil)
		return false
	}
	// The scheme is missing or mistyped: a finding over [a, a+n), with a
	// fix writing text over [a, a+rest), where the rest of t follows.
	n, rest, text := 0, 0, "sip:"
	title, msg := "Add sip: in front", "a SIP URI starts with sip: (or sips:)"
	if fix := schemeTypo(t[:k]); k > 0 && fix != "" {
		n, rest, text = k+1, k+1, fix
		title, msg = "Write "+fix, "the scheme "+t[:k+1]+" looks like a typo for "+fix
	} else if (err.off == 3 || err.off == 4) && strings.IndexByte(";, /", t[err.off]) >= 0 {
		// "sip;", "sip,", "sip " or "sip//": the colon mistyped, or
		// slashes in its place.
		sep := max(1, leadingSlashes(t[err.off:]))
		n, rest, text = err.off+sep, err.off+sep, lowerString(t[:err.off])+":"
		title, msg = "Write "+text, "write the scheme with a colon: "+text
	} else {
		n = strings.IndexByte(t, '@')
		if n <= 0 {
			n = skipTo(t, 0, ":;?")
		}
		if n == 0 {
			n = len(t)
		}
		if hasPrefixFold(t, "sip") {
			// Something like "sip.bob@" or "sipbob@": the scheme may be in
			// there without its colon, so neither "sip:" in front nor any
			// fix in the text read that way can be known to be right.
			c.addSrc(CodeScheme, a, a+n, msg, nil)
			return false
		}
	}
	c.u, c.base, c.bare = text+t[rest:], a+rest-len(text), true
	var fix *Fix
	// The fix is right when the URI it makes reads past the new scheme.
	if strictEnd(c.u) > len(text) {
		fix = &Fix{Title: title, Start: a, End: a + rest, NewText: text}
	}
	c.addSrc(CodeScheme, a, a+n, msg, fix)
	return true
}

// leadingSlashes returns how many '/' s starts with.
func leadingSlashes(s string) int {
	return len(s) - len(strings.TrimLeft(s, "/"))
}

// unescapeAll decodes every escape of s, reporting false when s has a '%'
// that does not start one.
func unescapeAll(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && (i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2])) {
			return "", false
		}
	}
	return unescape(s), true
}

// isPhoneNumber reports whether t reads as a telephone number: an optional
// '+', then digits with the separators people write (space . - ( )).
func isPhoneNumber(t string) bool {
	digits := 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case isDigit(c):
			digits++
		case c == '+' && i == 0, c == ' ', c == '.', c == '-', c == '(', c == ')':
		default:
			return false
		}
	}
	return digits >= 3
}

// phoneDigits returns the '+' and digits of a phone number.
func phoneDigits(t string) string {
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		if isDigit(t[i]) || t[i] == '+' {
			b.WriteByte(t[i])
		}
	}
	return b.String()
}

// spaceLen returns the length of the whitespace character at the start of
// s, or 0. Besides ASCII whitespace it knows the no-break space, the zero
// width space and the byte order mark that pasting brings along.
func spaceLen(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return 1
	}
	if s[0] < utf8.RuneSelf {
		return 0 // the spaces below are not ASCII
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
	case EditDistance(n, "sip") == 1:
		return "sip:"
	case EditDistance(n, "sips") == 1:
		return "sips:"
	}
	return ""
}

// foreignScheme returns the message for a URI whose scheme is name and
// whose text after the colon is rest, when it is a well-known scheme that
// is not SIP (or any scheme written with "//"); else "".
func foreignScheme(name, rest string) string {
	switch lowerString(name) {
	case "tel", "fax", "modem", "callto":
		number := phoneDigits(rest)
		if number == "" {
			number = "+15551234567"
		}
		return "a " + name + ": URI is a phone number, and a SIP URI needs a host: write sip:" + number +
			"@your-pbx.example.com, or dial the number with <Number>"
	case "client":
		return "a client: identity is dialled with <Client>, not <Sip>"
	case "http", "https", "ws", "wss":
		return "this is a web address; <Sip> needs a sip: or sips: URI"
	case "mailto", "im", "pres", "xmpp", "h323", "urn", "sms", "skype":
		return "Twilio dials only sip: and sips: URIs, not " + name + ": ones"
	}
	if strings.HasPrefix(rest, "//") {
		return "Twilio dials only sip: and sips: URIs, not " + name + ": ones"
	}
	return ""
}

// uri reports the grammar and Twilio findings about u.
func (c *checker) uri() {
	u := c.u
	strictErr, w := read(u)
	if e := strictErr; e != nil && !e.dup {
		c.errAt = e.off
		if !c.inXML(e.off) {
			c.syntax(e)
		}
	}
	// Twilio's length limits.
	q := w.l.qmark
	if q < 0 {
		q = len(u)
	}
	if q > MaxURILength {
		c.add(CodeURITooLong, span{MaxURILength, q},
			"the URI without its headers is "+strconv.Itoa(q)+" characters; Twilio accepts at most "+strconv.Itoa(MaxURILength), "", span{}, "")
	}
	if n := len(u) - q; n > MaxHeadersLength {
		c.add(CodeHeadersTooLong, span{q + MaxHeadersLength, len(u)},
			"the headers part (from the ? on) is "+strconv.Itoa(n)+" characters; Twilio accepts at most "+strconv.Itoa(MaxHeadersLength), "", span{}, "")
	}
	c.q = q
	c.pieces(&w)
}

// inXML reports whether byte off of u lies in an XML reference that
// xmlEscapes reported: that finding covers the syntax error there.
func (c *checker) inXML(off int) bool {
	for _, x := range c.xml {
		if x.start <= off+c.base && off+c.base < x.end {
			return true
		}
	}
	return false
}

// trailingMsgs start the syntax messages whose fix removes a trailing
// delimiter.
var trailingMsgs = []string{"expected a parameter name", "expected a parameter value", "expected a port number", "expected a header name"}

// syntax reports the syntax error e in u, with a fix when one is certain:
// whitespace escaped in a user part or a header value, whitespace removed
// elsewhere when that leaves a valid URI, a trailing delimiter removed.
func (c *checker) syntax(e *scanErr) {
	u, off := c.u, e.off
	at := span{off, off}
	if off < len(u) {
		_, n := utf8.DecodeRuneInString(u[off:])
		at.end += n
	}
	msg := e.msg
	if off == c.hostStart() && off < len(u) && u[off] == '+' && isPhoneNumber(u[off:]) {
		msg = "a SIP URI needs a host after the number, for example " + u[:off] + phoneDigits(u[off:]) + "@your-pbx.example.com"
		c.add(CodeSyntax, span{off, len(u)}, msg, "", span{}, "")
		return
	}
	if n := spaceLen(u[off:]); n > 0 {
		ws := span{off, off}
		for ; n > 0; n = spaceLen(u[ws.end:]) {
			ws.end += n
		}
		if c.holdsData(off) {
			if fixAt, text, why := c.userSpace(ws); why != "" {
				// Escaping this whitespace would keep what the person did not
				// mean; when removing it does not help either, no fix is right.
				msg, title := "unexpected "+describe(u, off)+" "+why, "Remove the whitespace"
				if text != "" {
					title = "Write " + text
				}
				if !progresses(u, off, fixAt, text) {
					title = ""
				}
				c.add(CodeSyntax, at, msg, title, fixAt, text)
				return
			}
			text := escapeAll(u[ws.start:ws.end])
			if progresses(u, off, ws, text) {
				c.add(CodeSyntax, at, msg+"; escape it as "+text, "Write "+text, ws, text)
				return
			}
		} else if strictEnd(replace(u, ws, "")) > len(u)-(ws.end-ws.start) {
			c.add(CodeSyntax, at, msg, "Remove the whitespace", ws, "")
			return
		}
		c.add(CodeSyntax, at, msg, "", span{}, "")
		return
	}
	if off == len(u)-1 && u[off] == ',' && strictEnd(u[:off]) > off {
		// A comma after the URI, as in a list it was copied from.
		c.add(CodeSyntax, at, msg, "Remove the trailing ,", at, "")
		return
	}
	if !c.bare && off < len(u) && u[off] != '%' && u[off] != '@' && strings.HasPrefix(msg, "unexpected ") && c.holdsData(off) {
		// A character a user, password or header value holds as data,
		// such as the ',' and ';' of "X-Name=Madhu,Mathiyalagan;Title=Manager".
		// Not when the scheme was guessed: the character may not be data.
		text := escapeAll(u[at.start:at.end])
		// "X-a=1;X-b=2" may mean two headers, written with the wrong separator.
		nextX := (u[off] == ';' || u[off] == ',') && hasPrefixFold(u[off+1:], "x-") && startsHeader(u[off+1:])
		if !nextX && progresses(u, off, at, text) {
			c.add(CodeSyntax, at, msg+"; escape it as "+text, "Write "+text, at, text)
			return
		}
	}
	trailing := false
	for _, m := range trailingMsgs {
		trailing = trailing || strings.HasPrefix(msg, m)
	}
	if trailing && off == len(u) && off > 0 && strings.IndexByte(";?&:=", u[off-1]) >= 0 {
		del := span{off - 1, off}
		if strictEnd(replace(u, del, "")) > len(u)-1 {
			c.add(CodeSyntax, at, msg, "Remove the trailing "+u[off-1:], del, "")
			return
		}
	}
	c.add(CodeSyntax, at, msg, "", span{}, "")
}

// hostStart returns where the host starts in u: after the userinfo's '@'
// when there is one, else after the scheme.
func (c *checker) hostStart() int {
	end, _, err := scanScheme(c.u)
	if err != nil {
		return -1
	}
	if at := strings.LastIndexByte(c.u, '@'); at >= end {
		return at + 1
	}
	return end
}

// holdsData reports whether byte off of u lies where a character the
// grammar does not allow may be data, written escaped: in the userinfo or
// in a header value.
func (c *checker) holdsData(off int) bool {
	return c.inUserinfo(off) || c.inHeaderValue(off)
}

// inUserinfo reports whether off lies before the '@' that ends a
// userinfo: in the user or the password.
func (c *checker) inUserinfo(off int) bool {
	return strings.IndexByte(c.u[off:], '@') >= 0 && strings.IndexByte(c.u[:off], '@') < 0
}

// inHeaderValue reports whether off lies in a header's value, after the
// userinfo.
func (c *checker) inHeaderValue(off int) bool {
	u := c.u
	if c.inUserinfo(off) {
		return false
	}
	q := strings.IndexByte(u, '?')
	if q < 0 || q > off {
		return false
	}
	amp := max(q, strings.LastIndexByte(u[:off], '&'))
	return strings.IndexByte(u[amp:off], '=') >= 0
}

// userSpace returns the edit that removes the whitespace ws from a
// userinfo, and why, when that is what the person meant rather than an
// escaped space: at the start or end of the user or the password, and
// anywhere in a user that is a phone number, whose spaces only group its
// digits. Else why is "".
func (c *checker) userSpace(ws span) (fixAt span, text, why string) {
	u := c.u
	start, _, err := scanScheme(u)
	at := strings.IndexByte(u, '@')
	if err != nil || ws.start < start || at < ws.end {
		return span{}, "", ""
	}
	switch {
	case ws.start == start:
		return ws, "", "at the start of the user part"
	case u[ws.end] == '@' && strings.IndexByte(u[start:ws.start], ':') >= 0:
		return ws, "", "at the end of the password"
	case u[ws.end] == '@' || u[ws.end] == ':':
		return ws, "", "at the end of the user part"
	case u[ws.start-1] == ':':
		return ws, "", "at the start of the password"
	}
	userEnd := start + strings.IndexAny(u[start:at]+"@", ":@")
	if user := u[start:userEnd]; ws.end <= userEnd && isPhoneNumber(user) {
		digits := strings.ReplaceAll(user, " ", "")
		return span{start, userEnd}, digits, "in the phone number " + strings.TrimSpace(user) + "; write it without spaces: " + digits
	}
	return span{}, "", ""
}

// escapeAll writes every byte of s as an escape.
func escapeAll(s string) string {
	return string(appendEscaped(nil, s, 0))
}

// pieces applies the Twilio rules to each well-formed piece.
func (c *checker) pieces(w *walker) {
	u := c.u
	secureTrue, port := false, 0
	var tls, transport *piece
	for i := range w.pieces {
		p := &w.pieces[i]
		if !p.ok {
			continue
		}
		switch p.kind {
		case pPassword:
			c.addChoice(CodePasswordInURI, p.withLead(),
				"a password in the URI is sent in clear text; give it to Twilio as the <Sip> password attribute (SipAuthPassword) instead",
				"Remove the password", p.withLead(), "",
				"it deletes the password, and the call is sent without it until you give it as the <Sip> password attribute")
		case pHost:
			c.host(p)
		case pPort:
			port = atoiSat(u[p.start:p.end])
			if port < 1 || port > 65535 {
				c.add(CodePort, p.whole(), "the port must be between 1 and 65535", "", span{}, "")
			}
		case pParam:
			if p.dup {
				msg := "the parameter " + p.name + " appears more than once; give each parameter once"
				if first := firstParam(w.pieces[:i], p.name); first != nil && unescape(first.rawValue(u)) == unescape(p.rawValue(u)) {
					c.add(CodeDuplicateParam, p.whole(), msg, "Remove this repetition", p.withLead(), "")
				} else {
					c.addChoice(CodeDuplicateParam, p.whole(), msg, "Remove this repetition", p.withLead(), "",
						"the repetitions differ, and which one Twilio uses is not documented")
				}
				continue
			}
			v := unescape(p.rawValue(u))
			switch p.param {
			case "transport":
				transport = p
				if c.transport(p, v) == "tls" {
					tls = p
				}
			case "region":
				c.region(p, v)
			case "secure":
				secureTrue = secureTrue || c.secure(p, v)
			case "":
				c.add(CodeUnknownParam, p.nameSpan(), "Twilio does not document the parameter "+p.name+"; it documents transport, region and secure", "", span{}, "")
			default:
				if p.param == "ttl" && (len(v) == 0 || len(v) > 3 || strings.Trim(v, "0123456789") != "" || atoiSat(v) > 255) {
					c.add(CodeTTL, p.whole(), "the ttl parameter must be a number from 0 to 255", "", span{}, "")
				}
				c.add(CodeUnknownParam, p.nameSpan(), "the parameter "+p.name+" is standard in SIP URIs (RFC 3261), but Twilio does not document it", "", span{}, "")
			}
		case pHeader:
			if !HeaderAllowed(p.name) {
				c.addChoice(CodeHeaderNotAllowed, p.nameSpan(), "Twilio documents forwarding only X- headers, User-to-User, Remote-Party-ID, P-Preferred-Identity and P-Called-Party-ID, not "+p.name+"; name a custom header X-"+p.name,
					"Make it X-"+p.name, p.startPoint(), "X-", "it renames the header the endpoint receives")
			}
		}
	}
	if transport != nil && w.l.secure {
		if v := lowerString(unescape(transport.rawValue(u))); v == "udp" || v == "tcp" {
			c.add(CodeSIPSTransport, transport.whole(), "a sips: URI requires TLS on every hop (RFC 3261 §26.2.2), so transport="+v+" contradicts it", "", span{}, "")
		}
	}
	if tls != nil {
		switch {
		case !w.hasPort:
			c.add(CodeTLSPort, tls.whole(), "with transport=tls and no port, Twilio connects to port 5061", "", span{}, "")
		case port == 5060:
			c.add(CodeTLSPort5060, tls.whole(), "port 5060 with transport=tls: TLS servers usually listen on 5061, and 5060 is the port for UDP and TCP", "", span{}, "")
		}
		if !secureTrue {
			msg := "with transport=tls only the signalling is encrypted; add secure=true to encrypt the media (SRTP) as well"
			if w.hasSecure { // even a malformed one: adding secure=true would repeat it
				c.add(CodeTLSSignallingOnly, tls.whole(), msg, "", span{}, "")
			} else {
				c.addChoice(CodeTLSSignallingOnly, tls.whole(), msg, "Add secure=true", span{c.q, c.q}, ";secure=true",
					"secure=true turns on SRTP for the media, which the endpoint must support")
			}
		}
	}
}

// guessedRegion is why a fix that writes a region is a choice.
const guessedRegion = "it picks the region the call leaves from, which the text does not say"

// firstParam returns the first well-formed param among pieces named name
// (compared as Parse compares names), or nil.
func firstParam(pieces []piece, name string) *piece {
	for i := range pieces {
		if p := &pieces[i]; p.kind == pParam && p.ok && equalFold(p.name, name) {
			return p
		}
	}
	return nil
}

// transport reports a transport Twilio does not take, and returns the
// transport in lower case when it is one Twilio takes.
func (c *checker) transport(p *piece, v string) string {
	if !p.hasValue {
		c.add(CodeTransport, p.whole(), "the transport parameter needs a value: udp, tcp or tls", "", span{}, "")
		return ""
	}
	for _, t := range Transports {
		if equalFold(v, t) {
			if v != t {
				c.add(CodeTransportCase, p.valueSpan(), "write the transport in lower case, as Twilio documents it: "+t,
					"Write "+t, p.valueSpan(), t)
			}
			return t
		}
	}
	c.add(CodeTransport, p.valueSpan(), "Twilio supports only the transports udp (the default), tcp and tls, not "+v, "", span{}, "")
	return ""
}

// region reports a region Twilio does not have.
func (c *checker) region(p *piece, v string) {
	if !p.hasValue {
		c.addChoice(CodeRegion, p.whole(), "the region parameter needs a value, one of "+regionList()+"; without the parameter calls leave from us1",
			"Use region us1", p.endPoint(), "=us1", guessedRegion)
		return
	}
	if regionIndex(v) >= 0 {
		return
	}
	r := Regions[closestRegion(v)]
	if equalFold(v, r.Name) {
		c.add(CodeRegion, p.valueSpan(), "Twilio's region names are lower case: write "+r.Name+" ("+r.Location+")",
			"Use region "+r.Name, p.valueSpan(), r.Name)
		return
	}
	c.addChoice(CodeRegion, p.valueSpan(), "the region "+v+" is not a Twilio region; did you mean "+r.Name+" ("+r.Location+")? The regions are "+regionList()+".",
		"Use region "+r.Name, p.valueSpan(), r.Name, guessedRegion)
}

// secure reports a secure parameter other than secure=true, and returns
// whether it is secure=true.
func (c *checker) secure(p *piece, v string) bool {
	switch {
	case v == "true" && p.hasValue:
		return true
	case equalFold(v, "false"):
		c.add(CodeSecure, p.whole(), "the secure parameter takes only the value true; to leave the media unencrypted, remove the parameter",
			"Remove secure="+p.rawValue(c.u), p.withLead(), "")
	case !p.hasValue:
		c.add(CodeSecure, p.whole(), "write secure=true to encrypt the media (SRTP)", "Write secure=true", p.endPoint(), "=true")
	default:
		c.add(CodeSecure, p.valueSpan(), "the secure parameter takes only the value true", "Write true", p.valueSpan(), "true")
	}
	return false
}

// host reports an IPv4 number out of range, an address Twilio cannot
// reach, a single-label host name and ':::' in an IPv6 address.
func (c *checker) host(p *piece) {
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
			c.add(CodeIPv4, p.whole(), "each number of an IPv4 address must be between 0 and 255", "", span{}, "")
			return
		}
		private = n[0] == 10 || n[0] == 127 || n[0] == 172 && n[1]&0xf0 == 16 || n[0] == 192 && n[1] == 168 || n[0] == 169 && n[1] == 254 || n[0] == 0
	case hostName:
		name := strings.TrimSuffix(h, ".")
		switch {
		case equalFold(name, "localhost"):
			c.add(CodePrivateAddress, p.whole(), "the host localhost is this machine; Twilio dials from the public internet and cannot reach it", "", span{}, "")
		case !strings.Contains(name, ".") && c.errAt != p.end: // not a host cut short by a syntax error
			c.add(CodeSingleLabelHost, p.whole(), "the host "+h+" is a single name without a dot; Twilio resolves the host from the public internet, so write a full domain name like "+name+".example.com", "", span{}, "")
		}
	case hostIPv6:
		if i := strings.Index(h, ":::"); i >= 0 {
			c.add(CodeIPv6, p.whole(), "write '::' before an embedded IPv4 address: RFC 3261's grammar allowed ':::', RFC 5954 corrected it",
				"Write ::", span{p.start + i, p.start + i + 3}, "::")
		}
		private = h == "[::1]" || h == "[::]" || len(h) > 3 && (lower(h[1]) == 'f' && (lower(h[2]) == 'c' || lower(h[2]) == 'd') || hasPrefixFold(h, "[fe8"))
	}
	if private {
		c.add(CodePrivateAddress, p.whole(), "the address "+h+" is private or local; Twilio dials from the public internet and cannot reach it", "", span{}, "")
	}
}

// xmlEscapes reports the XML character references in the URI, one finding
// per run ("&amp;amp;" is one), with a fix that writes the character, or
// its escape where the URI cannot hold it literally.
func (c *checker) xmlEscapes() {
	s := c.u
	for i := 0; i < len(s); i++ {
		if s[i] != '&' {
			continue
		}
		end, ch := entityRun(s, i)
		if end == i {
			continue
		}
		text := string(ch)
		switch {
		case ch == '&' && c.inHeaderValue(i) && !startsHeader(s[end:]):
			text = "%26" // a literal '&' in a header's value, not the start of the next header
		case ch != '&' && ch != '\'':
			text = escapeAll(text)
		}
		at := span{i, end}
		msg := s[i:end] + " is XML escaping; inside the URI write " + text + " (only TwiML needs & written as &amp;)"
		if progresses(s, strictEnd(s), at, text) {
			c.add(CodeXMLEscaped, at, msg, "Write "+text, at, text)
		} else {
			c.add(CodeXMLEscaped, at, msg, "", span{}, "")
		}
		c.xml = append(c.xml, span{i + c.base, end + c.base})
		i = end - 1
	}
}

// startsHeader reports whether rest, the text after an '&' in the
// headers, reads as a next header: a name, '=' and a value.
func startsHeader(rest string) bool {
	if k := strings.IndexByte(rest, '&'); k >= 0 {
		rest = rest[:k]
	}
	return strings.IndexByte(rest, '=') > 0
}

// entityRun matches the XML references starting at s[i] that stand for
// one of the five XML special characters, taking "&amp;" chains like
// "&amp;amp;lt;" as a whole. It returns the end of the run and the
// character it stands for once fully decoded, or i, 0.
func entityRun(s string, i int) (end int, ch byte) {
	end = i
	// Each reference's body starts at j; the '&' before it is s[i] for the
	// first, and the '&' the previous one decoded to for the others.
	for j := i + 1; j <= len(s); {
		body := s[j:min(len(s), j+12)]
		if strings.IndexByte(body, ';') < 0 {
			break // no reference: spares building its text below
		}
		r, n, ok := XMLReference("&" + body)
		if !ok || r >= utf8.RuneSelf || strings.IndexByte(`&<>"'`, byte(r)) < 0 {
			break
		}
		end, ch = j+n-1, byte(r)
		if r != '&' {
			break
		}
		j = end
	}
	return end, ch
}
