package state

import (
	"encoding/base64"
	"encoding/binary"
	"hash/crc32"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sipplay/sipplay/twiml"
)

// The v1 link format, after '#':
//
//	"v1." base64url-without-padding( deflate-with-dictV1( records crc ) )
//
// The stream holds stored blocks and blocks with the fixed Huffman codes
// only: Encode writes one fixed-Huffman block (permalink_deflate.go). A
// stream that compress/flate's compressor wrote may leave out its last four
// bytes, flateTail (the empty stored block it closes streams with; the first
// v1 links did so): Decode puts them back.
//
// records is a list of (tag byte, uvarint length, value bytes), one per
// field that differs from the v1 base state (setBaseV1), tags from
// permalink_fields.go. crc is the CRC-32 (IEEE) of records, 4 bytes
// big-endian. Fields that follow another pane (XML from the builder, To
// from the URI, Twiml from the XML) are written only when they do not
// follow it.

// Version is the prefix of every link Encode writes.
const Version = "v1."

// MaxFragment is the longest fragment Decode opens, in bytes. Encode may
// return a longer one for a huge state; such a link will not open.
const MaxFragment = 16 << 10

const maxFragmentText = "16384" // MaxFragment, spelled for messages

// maxRaw caps the unpacked size of a link, so that a small fragment cannot
// unpack into a large allocation.
const maxRaw = 64 << 10

var b64 = base64.RawURLEncoding.Strict()

// flateTail ends the empty final stored block that compress/flate's
// compressor writes on Close.
const flateTail = "\x00\x00\xff\xff"

// Encode returns the URL fragment (without '#') that carries s. Secrets
// (Sip passwords, SipAuthPassword, AuthToken) are left out unless
// withSecrets; so is a password attribute typed into the XML.
func Encode(s State, withSecrets bool) string {
	raw := appendRecords(nil, &s, withSecrets)
	raw = binary.BigEndian.AppendUint32(raw, crc32.ChecksumIEEE(raw))
	return string(b64.AppendEncode([]byte(Version), deflate(dictV1, string(raw))))
}

// appendRecords appends to b the records of every field of s that differs
// from the v1 base state (setBaseV1) or from the pane it follows.
func appendRecords(b []byte, s *State, withSecrets bool) []byte {
	w := recordWriter{b, withSecrets}
	var base State
	setBaseV1(&base)
	if s.ToEdited {
		w.field(tagToEdited, "1", "")
	}
	for tag := range tagStatusCallbackEvent {
		p := field(s, nil, tag)
		if p == nil {
			continue
		}
		follows := *field(&base, nil, tag)
		switch tag {
		case tagXML:
			follows = twiml.Render(s.Dial)
		case tagCallTo:
			follows = s.URI
		case tagCallTwiml:
			follows = followedTwiml(s)
		}
		w.field(tag, *p, follows)
	}
	sips := len(w.b)
	if len(s.Dial.Sips) == 0 {
		w.record(tagSipsNone, "")
	}
	for i := range s.Dial.Sips {
		sip := &s.Dial.Sips[i]
		w.record(tagSipNew, sip.URI)
		for tag := tagSipBase; tag < tagCallBase; tag++ {
			if p := field(s, sip, tag); p != nil {
				w.field(tag, *p, "")
			}
		}
	}
	if string(w.b[sips:]) == baseV1Sips {
		w.b = w.b[:sips]
	}
	for i, l := range [...][]string{s.Call.StatusCallbackEvent, s.Call.RecordingStatusCallbackEvent} {
		for _, v := range l {
			w.record(tagStatusCallbackEvent+i, v)
		}
	}
	return w.b
}

// A recordWriter appends records to b, leaving out secrets unless told.
type recordWriter struct {
	b       []byte
	secrets bool
}

// field appends the record of the field with this tag when its value v
// differs from base and it is not a left-out secret. The XML documents
// (XML and the Twiml parameter) lose their password attributes.
//
//go:noinline
func (w *recordWriter) field(tag int, v, base string) {
	if v == base || !w.secrets && (tag == tagAuthToken || tag == tagSipPassword || tag == tagCallSipAuthPassword) {
		return
	}
	if !w.secrets && (tag == tagXML || tag == tagCallTwiml) {
		v = stripPasswords(v)
	}
	w.record(tag, v)
}

// record appends one record: tag, uvarint length, value.
//
//go:noinline
func (w *recordWriter) record(tag int, v string) {
	b := binary.AppendUvarint(append(w.b, byte(tag)), uint64(len(v)))
	w.b = append(b, v...)
}

// followedTwiml is the Twiml parameter when it follows pane 2: its document
// when the source is inline TwiML, else nothing.
func followedTwiml(s *State) string {
	if s.Source == SourceTwiml {
		return s.XML
	}
	return ""
}

// An Error says why a link could not be opened. Its message is a plain
// sentence meant for the person who opened the link.
type Error struct {
	Offset int // byte index into the fragment (after any '#') where it went wrong, or -1
	Msg    string
}

func (e *Error) Error() string { return e.Msg }

// Decode restores the State carried by a fragment (with or without '#').
// An empty fragment is no link: Default() and no error. On any damage it
// returns Default() and an *Error that says what was wrong. Its work and
// memory are bounded by MaxFragment and the unpacked-size cap.
func Decode(fragment string) (s State, err error) {
	fragment = strings.TrimPrefix(fragment, "#")
	offset, msg := decode(&s, fragment)
	if msg != "" {
		err = &Error{Offset: offset, Msg: msg}
	}
	if err != nil || fragment == "" {
		s = Default()
	}
	return s, err
}

// decode sets *s to the state that a non-empty fragment (without '#')
// carries, or returns where (as Error.Offset) and why it cannot.
func decode(s *State, fragment string) (int, string) {
	if fragment == "" {
		return 0, ""
	}
	if len(fragment) > MaxFragment {
		return -1, "This link is too long to open: it has " + itoa(len(fragment)) +
			" characters, and a link may have at most " + maxFragmentText + "."
	}
	// The version: 'v', digits, '.' (at most nine characters).
	dot := 1
	for dot < len(fragment) && dot <= 8 && '0' <= fragment[dot] && fragment[dot] <= '9' {
		dot++
	}
	if fragment[0] != 'v' || dot < 2 || dot > 8 || dot == len(fragment) || fragment[dot] != '.' {
		return 0, "This is not a sipplay link: it does not start with a version such as \"v1.\"."
	}
	if v := fragment[:dot+1]; v != Version {
		return 0, "This link was made by another version of sipplay (\"" + v +
			"\"); this page opens \"" + Version + "\" links."
	}
	body := fragment[dot+1:]
	for at := dot + 1; at < len(fragment); at++ {
		if strings.IndexByte(base64URL, fragment[at]) < 0 {
			return at, "This link is damaged: character " + itoa(at+1) + " is not one a link can hold."
		}
	}
	z, err := b64.DecodeString(body)
	if err != nil { // every character is right, so the last group is incomplete
		return len(fragment), "This link is cut short: some of its end is missing."
	}
	raw, msg := inflate(z)
	if msg != "" {
		return -1, msg
	}
	if len(raw) < 4 || crc32.ChecksumIEEE(raw[:len(raw)-4]) != binary.BigEndian.Uint32(raw[len(raw)-4:]) {
		return -1, "This link is damaged: its content does not match its checksum."
	}
	return -1, applyRecords(s, raw[:len(raw)-4])
}

// maxSips is the most <Sip> nouns a <Dial> may hold; maxSipsText spells it
// for messages.
const (
	maxSips     = 10
	maxSipsText = "10"
)

// applyRecords sets *s to the v1 base state (setBaseV1) with the fields
// that raw's records name, and then sets the fields that follow other panes.
// It returns a message when raw is not a sane v1 record list.
func applyRecords(s *State, raw []byte) string {
	setBaseV1(s)
	var seen [256]bool
	sipsSet := false
	for len(raw) > 0 {
		tag := raw[0]
		n, k := binary.Uvarint(raw[1:])
		if k <= 0 || n > uint64(len(raw)-1-k) {
			return "This link is damaged: a field is cut short."
		}
		v := string(raw[1+k : 1+k+int(n)])
		raw = raw[1+k+int(n):]
		if !utf8.ValidString(v) {
			return "This link is damaged: it holds text that is not valid UTF-8."
		}
		repeats := tag == tagSipNew || tag == tagStatusCallbackEvent || tag == tagRecordingStatusCallbackEvent
		if seen[tag] && !repeats {
			return "This link is damaged: a field appears twice."
		}
		seen[tag] = true
		switch {
		case tag == tagToEdited:
			if v != "1" {
				return "This link is damaged: the \"To edited\" flag is neither set nor clear."
			}
			s.ToEdited = true
		case tag == tagSipsNone || tag == tagSipNew:
			if seen[tagSipsNone] && seen[tagSipNew] {
				return "This link is damaged: it both lists Sip nouns and says there are none."
			}
			if !sipsSet {
				sipsSet, s.Dial.Sips = true, nil
			}
			if tag == tagSipsNone {
				break
			}
			if len(s.Dial.Sips) == maxSips {
				return "This link holds more than " + maxSipsText + " Sip nouns; a Dial may hold at most " + maxSipsText + "."
			}
			s.Dial.Sips = append(s.Dial.Sips, twiml.Sip{URI: v})
			clear(seen[tagSipBase:tagCallBase])
		case tag == tagStatusCallbackEvent || tag == tagRecordingStatusCallbackEvent:
			l := &s.Call.StatusCallbackEvent
			if tag == tagRecordingStatusCallbackEvent {
				l = &s.Call.RecordingStatusCallbackEvent
			}
			*l = append(*l, v)
		default:
			var sip *twiml.Sip
			if n := len(s.Dial.Sips); sipsSet && n > 0 {
				sip = &s.Dial.Sips[n-1]
			}
			p := field(s, sip, int(tag))
			switch {
			case p != nil:
				*p = v
			case tag >= tagSipBase && tag < tagCallBase && fields[tag] != 0:
				return "This link is damaged: it gives a Sip attribute before any Sip noun."
			default:
				return "This link is damaged: it holds a field this version does not know (" + itoa(int(tag)) + ")."
			}
		}
	}
	for _, e := range enums {
		if v := *field(s, nil, int(e.tag)); !oneOf(v, e.values) {
			return "This link names " + e.what + " that does not exist: \"" + v + "\"."
		}
	}
	if !seen[tagXML] {
		s.XML = twiml.Render(s.Dial)
	}
	if !seen[tagCallTo] {
		s.Call.To = s.URI
	}
	if !seen[tagCallTwiml] {
		s.Call.Twiml = followedTwiml(s)
	}
	return ""
}

// enums lists the fields that hold one of a few words.
var enums = [...]struct {
	tag          byte
	what, values string
}{
	{tagPane, "a pane", string(PaneURI + " " + PaneTwiML + " " + PaneCall)},
	{tagMode, "a TwiML mode", string(ModeBuilder + " " + ModeXML)},
	{tagSource, "an instruction source", string(SourceURL + " " + SourceTwiml + " " + SourceApplication)},
}

// oneOf reports whether v is one of the space-separated words.
func oneOf(v, words string) bool {
	for words != "" {
		var w string
		w, words, _ = strings.Cut(words, " ")
		if w == v {
			return true
		}
	}
	return false
}

// itoa is strconv.Itoa, not inlined.
//
//go:noinline
func itoa(n int) string { return strconv.Itoa(n) }

// base64URL is the alphabet of base64url.
const base64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
