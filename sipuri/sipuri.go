// Package sipuri parses, prints and checks SIP and SIPS URIs as defined by
// RFC 3261 §25.1, with the extra rules Twilio applies when dialling them.
//
// Parse is strict: it accepts exactly the grammar (with the IPv6 rule as
// corrected by RFC 5954) and reports the first byte that no valid URI could
// have at that point. Check reports every finding about a URI, including
// Twilio's own rules, as Diagnostics with byte spans and fixes that are
// always right (or absent). Explain labels the parts of a URI for a person.
//
// Codes is the one table of the finding codes: for each, its severity, what
// it means, why Twilio cares and the page it comes from. The page's help
// and the command line's explain read it.
package sipuri

import (
	"strconv"
	"strings"
)

// A SyntaxError reports where a URI stops matching the grammar.
type SyntaxError struct {
	Offset int    // byte index of the first offending byte (len(s) when the URI ends too early)
	Msg    string // what was expected there
}

func (e *SyntaxError) Error() string {
	return "sipuri: at byte " + strconv.Itoa(e.Offset) + ": " + e.Msg
}

// URI is a parsed SIP or SIPS URI.
type URI struct {
	Scheme   string   // "sip" or "sips", lower-cased
	User     string   // unescaped ("" when absent)
	Password string   // unescaped
	Host     string   // as written; an IPv6 reference keeps its brackets
	Port     int      // 0 when absent
	Params   []Param  // in order; Name and Value unescaped; Value "" for a bare name like lr
	Headers  []Header // in order; Name and Value unescaped
}

// Param is one URI parameter.
type Param struct{ Name, Value string }

// Header is one URI header.
type Header struct{ Name, Value string }

// maxPort caps Port for absurdly long port numbers, which the grammar
// allows (1*DIGIT); Check reports any port above 65535.
const maxPort = 999999999

// Parse parses s strictly as a sip: or sips: URI (RFC 3261 §25.1; IPv6 per
// RFC 5954). The error is a *SyntaxError at the first offending byte. A
// parameter name given twice (compared unescaped and case-insensitively)
// is a syntax error too, at the second name. Whitespace and <...> around
// the URI are not allowed.
func Parse(s string) (*URI, error) {
	w := walker{s: s}
	w.walk()
	if w.err != nil {
		return nil, &SyntaxError{Offset: w.err.off, Msg: w.err.msg}
	}
	return w.l.uri(s), nil
}

// uri builds the URI whose parts l located in s, a valid URI.
func (l *layout) uri(s string) *URI {
	u := newURI(l.nparams)
	u.Scheme = "sip"
	if l.secure {
		u.Scheme = "sips"
	}
	// Most URIs hold no escape; then every part is a substring of s and
	// nothing needs decoding.
	escaped := strings.IndexByte(s, '%') >= 0
	if l.at >= 0 {
		userEnd := l.at
		if l.colon >= 0 {
			userEnd = l.colon
			u.Password = decodeIf(escaped, s[l.colon+1:l.at])
		}
		u.User = decodeIf(escaped, s[l.schemeEnd:userEnd])
	}
	u.Host = s[l.hostStart:l.hostEnd]
	if l.portStart >= 0 {
		u.Port = atoiSat(s[l.portStart:l.portEnd])
	}
	end := len(s)
	if l.qmark >= 0 {
		end = l.qmark
	}
	r := pairs{s: s, next: l.paramsStart, end: end, sep: ';', escaped: escaped}
	for k := range u.Params {
		u.Params[k].Name, u.Params[k].Value = r.read()
	}
	if l.nheaders > 0 {
		r := pairs{s: s, next: l.qmark, end: len(s), sep: '&', escaped: escaped}
		u.Headers = make([]Header, l.nheaders)
		for k := range u.Headers {
			u.Headers[k].Name, u.Headers[k].Value = r.read()
		}
	}
	return u
}

// newURI allocates a URI with n params (nil when n is 0). Allocations are
// most of what Parse costs, and each costs about what its bytes cost, so
// the URI takes its usual one or two params in the same allocation, of
// about the size they need (Go rounds it up to a size class): 128 bytes
// for a URI alone, 160 with one param, 192 with two.
func newURI(n int) *URI {
	switch n {
	case 0:
		return new(URI)
	case 1:
		a := new(struct {
			u URI
			p [1]Param
		})
		a.u.Params = a.p[:]
		return &a.u
	case 2:
		a := new(struct {
			u URI
			p [2]Param
		})
		a.u.Params = a.p[:]
		return &a.u
	}
	return &URI{Params: make([]Param, n)}
}

// pairs reads the params or headers of a valid URI in order: each is
// "name[=value]" after a separator, sep, up to the next one or end.
type pairs struct {
	s         string
	next, end int // next: the separator before the next pair
	sep       byte
	escaped   bool // the URI holds escapes: decode names and values
}

// read returns the next pair's name and value.
func (r *pairs) read() (name, value string) {
	i := r.next + 1
	j := strings.IndexByte(r.s[i:r.end], r.sep)
	if j < 0 {
		j = r.end - i
	}
	r.next = i + j
	name = r.s[i : i+j]
	if k := strings.IndexByte(name, '='); k >= 0 {
		name, value = name[:k], name[k+1:]
	}
	return decodeIf(r.escaped, name), decodeIf(r.escaped, value)
}

// decodeIf returns p unescaped when escaped is set, else p itself.
func decodeIf(escaped bool, p string) string {
	if escaped {
		return unescape(p)
	}
	return p
}

// atoiSat converts a run of digits, saturating at maxPort.
func atoiSat(d string) int {
	n := 0
	for i := 0; i < len(d); i++ {
		n = n*10 + int(d[i]-'0')
		if n > maxPort {
			return maxPort
		}
	}
	return n
}

// String returns u as a URI, escaping every byte of the user, password,
// params and headers that may not appear there literally, so that for a u
// returned by Parse, Parse(u.String()) gives back an equal URI. The host is
// written as it is. An empty Scheme is written as "sip".
func (u *URI) String() string {
	b := make([]byte, 0, 64)
	if u.Scheme == "" {
		b = append(b, "sip"...)
	}
	b = append(b, u.Scheme...)
	if u.User != "" {
		b = appendPart(b, ':', u.User, cUser)
		if u.Password != "" {
			b = appendPart(b, ':', u.Password, cPassword)
		}
		b = append(b, '@')
	} else {
		b = append(b, ':')
	}
	b = append(b, u.Host...)
	if u.Port != 0 {
		b = strconv.AppendInt(append(b, ':'), int64(u.Port), 10)
	}
	for _, p := range u.Params {
		b = appendPart(b, ';', p.Name, cParam)
		if p.Value != "" {
			b = appendPart(b, '=', p.Value, cParam)
		}
	}
	sep := byte('?')
	for _, h := range u.Headers {
		b = appendPart(appendPart(b, sep, h.Name, cHeader), '=', h.Value, cHeader)
		sep = '&'
	}
	return string(b)
}
