package sipuri

import (
	"slices"
	"strings"
)

// pieceKind labels a piece of a URI found by the walker.
type pieceKind uint8

const (
	pScheme pieceKind = iota // Explain's only
	pUser
	pPassword
	pHost
	pPort
	pParam
	pHeader
)

// A piece is one component of a URI as written: [start, end) in the
// walked text. For params and headers the name is [start, nameEnd) and the
// value, when there is one, [nameEnd+1, end). lead is the index of the
// byte that introduced the piece (';', '?', '&', ':'), or -1. Check keeps
// one per part of every URI it reads, so a piece holds only what cannot be
// sliced from the text again (see raw and rawValue).
type piece struct {
	kind       pieceKind
	host       hostKind
	ok         bool // matched the grammar
	dup        bool // a param whose name appeared before
	hasValue   bool // a param or header with '=' and a value
	start, end int
	nameEnd    int
	lead       int
	param      string // a param Check or Explain knows: its name in lower case (see knownParams); else ""
	name       string // for params and headers, the name unescaped
}

// raw is the piece as written in u, the walked text.
func (p *piece) raw(u string) string { return u[p.start:p.end] }

// rawValue is the value of a param or header as written in u, or "".
func (p *piece) rawValue(u string) string {
	if !p.hasValue {
		return ""
	}
	return u[p.nameEnd+1 : p.end]
}

// knownParams are the parameters Check and Explain know: Twilio's, then the
// standard RFC 3261 ones (RFC 3261 §19.1.1), with what Explain says of the
// standard ones.
var knownParams = []string{"transport", "region", "secure", "user", "method", "maddr", "ttl", "lr"}

// layout records where the parts of a URI lie in the walked text; it is
// complete only when the walk met no error.
type layout struct {
	schemeEnd          int
	secure             bool
	at                 int // the '@' ending the userinfo, or -1
	colon              int // the ':' before the password, or -1
	hostStart, hostEnd int
	portStart, portEnd int // the digits; portStart is -1 without a port
	paramsStart        int // the first ';' (or where it would be)
	qmark              int // the '?' starting the headers, or -1
	nparams, nheaders  int
}

// A walker reads a URI through the scanners. In strict mode it stops at
// the first error and records nothing, so Parse allocates nothing here. In
// record mode it keeps every piece it meets, with resynchronisation after
// an error at the next delimiter, for Check and Explain.
type walker struct {
	s      string
	record bool
	noUser bool // read the text as having no userinfo, even with an '@'
	// readOnAfterDup makes a repeated parameter name no error, so that the
	// strict walk finds the first syntax error past it (Check reports the
	// repetition as duplicate-param, and the syntax error on its own).
	readOnAfterDup bool

	err    *scanErr // the first error met
	l      layout
	pieces []piece
	names  map[string]bool // lower-cased param names, once there are many

	// In record mode: whether there is a port and a param named secure
	// (even malformed), and the value of the last well-formed transport.
	hasPort, hasSecure bool
	transport          string
}

// manyParams is the size of the params written so far above which
// repeated names are looked up in a map instead of by rescanning them.
const manyParams = 256

// repeated reports whether the name of the param led by s[lead] (';') and
// named s[lead+1:nameEnd] appeared before, and remembers it.
func (w *walker) repeated(lead, nameEnd int) bool {
	s := w.s
	if w.names == nil {
		if lead == w.l.paramsStart {
			return false // the first param repeats nothing
		}
		if lead-w.l.paramsStart < manyParams {
			return dupParam(s, w.l.paramsStart, lead, lead+1, nameEnd)
		}
		w.names = map[string]bool{}
		first := lead
		if k := strings.IndexByte(s[w.l.paramsStart:lead], ';'); k >= 0 {
			first = w.l.paramsStart + k // after a syntax error where the params start
		}
		for i := first; i < lead; {
			j := i + 1
			for j < lead && (is(s[j], cParam) || s[j] == '%') {
				j++
			}
			w.seen(s[i+1 : j])
			for j < lead && s[j] != ';' {
				j++
			}
			i = j
		}
	}
	return w.seen(s[lead+1 : nameEnd])
}

// seen reports whether the escaped param name appeared before (in the
// map of names) and remembers it.
func (w *walker) seen(name string) bool {
	key := lowerString(unescape(name))
	if w.names[key] {
		return true
	}
	w.names[key] = true
	return false
}

// fail records e and reports whether the walk must stop.
func (w *walker) fail(e *scanErr) bool {
	if w.err == nil {
		w.err = e
	}
	return !w.record
}

// add records a piece (in record mode; else it returns nil). The name is
// [start, nameEnd); a value, when there is one, [nameEnd+1, end).
func (w *walker) add(kind pieceKind, lead, start, nameEnd, end int, ok bool) *piece {
	if !w.record {
		return nil // kept small enough to inline, so that Parse's walk pays nothing here
	}
	return w.addRecorded(kind, lead, start, nameEnd, end, ok)
}

// addRecorded is add in record mode.
func (w *walker) addRecorded(kind pieceKind, lead, start, nameEnd, end int, ok bool) *piece {
	s := w.s
	p := piece{kind: kind, lead: lead, start: start, nameEnd: nameEnd, end: end, ok: ok}
	p.hasValue = p.nameEnd < p.end
	if p.kind >= pParam {
		p.name = unescape(s[p.start:p.nameEnd])
	}
	if kind == pParam {
		if n := lowerString(p.name); slices.Contains(knownParams, n) {
			p.param = n
		}
		w.hasSecure = w.hasSecure || p.param == "secure"
		if p.param == "transport" && ok {
			w.transport = unescape(p.rawValue(s))
		}
	}
	w.hasPort = w.hasPort || kind == pPort
	w.pieces = append(w.pieces, p)
	return &w.pieces[len(w.pieces)-1]
}

// read walks u recording its pieces the way the strict walk that Parse
// does reads it (with or without a userinfo), for Check and Explain. It
// returns with them the strict walk's first error, in which a repeated
// parameter name is no error.
func read(u string) (strictErr *scanErr, rec walker) {
	rec = recording(u, false)
	if rec.err == nil {
		// Recording reads a valid URI step by step as the strict walk
		// does, so that walk would find no error either: no need to walk
		// the URI a second time.
		return nil, rec
	}
	strict := walker{s: u, readOnAfterDup: true}
	strict.walk()
	if strict.noUser {
		rec = recording(u, true)
	}
	return strict.err, rec
}

// recording walks u in record mode, reading it without a userinfo when
// noUser is set.
func recording(u string, noUser bool) walker {
	w := walker{s: u, record: true, noUser: noUser}
	// One allocation for the pieces: user, password, host, port, and one
	// per delimiter of a param or header.
	w.pieces = make([]piece, 0, 4+strings.Count(u, ";")+strings.Count(u, "&")+strings.Count(u, "?"))
	w.walk()
	return w
}

// walk reads the whole text. The scheme must be sip or sips.
func (w *walker) walk() {
	s := w.s
	w.l.at, w.l.colon, w.l.portStart, w.l.qmark = -1, -1, -1, -1
	end, secure, err := scanScheme(s)
	if err != nil {
		w.fail(err)
		return
	}
	w.l.schemeEnd, w.l.secure = end, secure
	at := strings.IndexByte(s[end:], '@')
	if at < 0 || w.noUser {
		w.rest(end)
		return
	}
	at += end
	colon, uerr := scanUserinfo(s, end, at)
	if uerr != nil && !w.record {
		// The text may still read further without a userinfo; the error is
		// where the longer of the two readings stops.
		alt := walker{s: s, l: w.l, noUser: true, readOnAfterDup: w.readOnAfterDup}
		alt.rest(end)
		if alt.err != nil && alt.err.off > uerr.off {
			*w = alt
			return
		}
		w.err = uerr
		return
	}
	w.l.at, w.l.colon = at, colon
	userEnd := at
	if colon >= 0 {
		userEnd = colon
	}
	ok := uerr == nil
	if uerr != nil {
		w.fail(uerr)
	}
	w.add(pUser, -1, end, userEnd, userEnd, ok || uerr.off >= userEnd)
	if colon >= 0 {
		w.add(pPassword, colon, colon+1, at, at, ok)
	}
	w.rest(at + 1)
}

// rest reads hostport, params and headers from i.
func (w *walker) rest(i int) {
	s := w.s
	w.l.hostStart = i
	end, kind, err := scanHost(s, i)
	if err != nil {
		w.add(pHost, -1, i, err.off, err.off, false)
		if w.fail(err) {
			return
		}
		i = skipTo(s, err.off, ";?")
	} else {
		w.l.hostEnd = end
		if p := w.add(pHost, -1, i, end, end, true); p != nil {
			p.host = kind
		}
		i = end
		if i < len(s) && s[i] == ':' {
			pend, err := scanPort(s, i+1)
			w.add(pPort, i, i+1, pend, pend, err == nil)
			if err != nil {
				if w.fail(err) {
					return
				}
				i = skipTo(s, err.off, ";?")
			} else {
				w.l.portStart, w.l.portEnd = i+1, pend
				i = pend
			}
		}
	}
	w.l.paramsStart = i
	if i = w.params(i); w.err != nil && !w.record {
		return
	}
	if i < len(s) {
		w.headers(i)
	}
}

// params reads the parameters from i and returns the index of the '?'
// that starts the headers, or len(s).
func (w *walker) params(i int) int {
	s := w.s
	for i < len(s) && s[i] != '?' {
		if s[i] != ';' {
			where := "in a parameter"
			if i == w.l.paramsStart {
				where = "after the host; expected ';', '?' or the end of the URI"
				if w.l.portStart >= 0 {
					where = "after the port; expected ';', '?' or the end of the URI"
				}
			}
			if w.fail(unexpected(s, i, where)) {
				return i
			}
			i = skipTo(s, i+1, ";?")
			continue
		}
		nameEnd, end, err := scanParam(s, i+1)
		if err != nil {
			w.add(pParam, i, i+1, min(nameEnd, err.off), err.off, false)
			if w.fail(err) {
				return i
			}
			if w.names != nil {
				w.seen(s[i+1 : min(nameEnd, err.off)])
			}
			i = skipTo(s, err.off, ";?")
			continue
		}
		dup := w.repeated(i, nameEnd)
		if dup && !w.readOnAfterDup {
			e := errAt(i+1, "the parameter "+unescape(s[i+1:nameEnd])+" appears twice; a parameter name may appear only once")
			e.dup = true
			if w.fail(e) {
				return i
			}
		}
		if p := w.add(pParam, i, i+1, nameEnd, end, true); p != nil {
			p.dup = dup
		}
		w.l.nparams++
		i = end
	}
	return i
}

// headers reads the headers from the '?' at i.
func (w *walker) headers(i int) {
	s := w.s
	w.l.qmark = i
	for i < len(s) {
		nameEnd, end, err := scanHeader(s, i+1)
		if err == nil && end < len(s) && s[end] != '&' {
			err = unexpected(s, end, "in a header value")
		}
		if err != nil {
			w.add(pHeader, i, i+1, min(nameEnd, err.off), err.off, false)
			if w.fail(err) {
				return
			}
			i = skipTo(s, err.off, "&")
			continue
		}
		w.add(pHeader, i, i+1, nameEnd, end, true)
		w.l.nheaders++
		i = end
	}
}
