package calls

import "strings"

// urlProblem returns the span of the first problem in v and a sentence
// about it (to follow the field name), or an empty message.
func urlProblem(v string) (start, end int, msg string) {
	for i := 0; i < len(v); i++ {
		if c := v[i]; c <= ' ' || c == 0x7f {
			return i, i + 1, "may not hold spaces or control characters; percent-encode them (a space is %20)."
		}
	}
	rest := ""
	switch {
	case hasPrefixFold(v, "https://"):
		rest = v[8:]
	case hasPrefixFold(v, "http://"):
		rest = v[7:]
	default:
		if i := strings.Index(v, "://"); i > 0 {
			return 0, i, "must use http or https, like https://example.com/twiml.xml."
		}
		return 0, len(v), "must be an absolute http or https URL, like https://example.com/twiml.xml."
	}
	hs := len(v) - len(rest)
	auth := rest
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		auth = rest[:i]
	}
	if i := strings.LastIndexByte(auth, '@'); i >= 0 {
		hs += i + 1
		auth = auth[i+1:]
	}
	host, port := auth, ""
	if strings.HasPrefix(auth, "[") {
		if i := strings.IndexByte(auth, ']'); i >= 0 {
			host, port = auth[:i+1], auth[i+1:]
		}
	} else if i := strings.LastIndexByte(auth, ':'); i >= 0 {
		host, port = auth[:i], auth[i:]
	}
	he := hs + len(host)
	switch {
	case host == "":
		return hs, hs, "has no host; write one, like https://example.com/twiml.xml."
	case strings.IndexByte(host, '_') >= 0:
		return hs, he, "has an underscore in its hostname, which Twilio rejects; use a hostname with letters, digits, - and . only."
	case host[0] == '[' && host[len(host)-1] != ']':
		return hs, he, "has an IPv6 address without its closing ]."
	case host[0] != '[' && !validHostname(host):
		return hs, he, "has an invalid hostname; use letters, digits, - and . only."
	}
	if port != "" {
		if port[0] != ':' || !isWhole(port[1:]) {
			return he, he + len(port), "has an invalid port; write digits after the colon."
		}
	}
	return 0, 0, ""
}

// validHostname reports whether h is dot-separated labels of letters,
// digits and inner hyphens (a trailing dot is allowed).
func validHostname(h string) bool {
	h = strings.TrimSuffix(h, ".")
	start := 0
	for i := 0; i <= len(h); i++ {
		if i < len(h) && h[i] != '.' {
			if !isAlnum(h[i]) && h[i] != '-' {
				return false
			}
			continue
		}
		if i == start || h[start] == '-' || h[i-1] == '-' {
			return false // an empty label, or a hyphen at either end
		}
		start = i + 1
	}
	return true
}
