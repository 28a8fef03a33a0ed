package state

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sipplay/sipplay/twiml"
)

// The v1 link format, after '#':
//
//	"v1." base64url-without-padding( deflate-with-dictV1( records crc ) )
//
// Any DEFLATE stream may carry the records: Encode writes one fixed-Huffman
// block (permalink_deflate.go). A stream that compress/flate's compressor
// wrote may leave out its last four bytes, flateTail (the empty stored block
// it closes streams with; the first v1 links did so): Decode puts them back.
//
// records is a list of (tag byte, uvarint length, value bytes), one per field
// that differs from baseV1(), tags from permalink_fields.go. crc is the
// CRC-32 (IEEE) of records, 4 bytes big-endian. Fields that follow another
// pane (XML from the builder, To from the URI, Twiml from the XML) are
// written only when they do not follow it.

// Version is the prefix of every link Encode writes.
const Version = "v1."

// MaxFragment is the longest fragment Decode opens, in bytes. Encode may
// return a longer one for a huge state; such a link will not open.
const MaxFragment = 16 << 10

// maxRaw caps the unpacked size of a link, so that a small fragment cannot
// unpack into a large allocation.
const maxRaw = 64 << 10

var b64 = base64.RawURLEncoding.Strict()

// readers keeps inflate's tables between links.
var readers sync.Pool

// flateTail ends the empty final stored block that compress/flate's
// compressor writes on Close.
const flateTail = "\x00\x00\xff\xff"

// Encode returns the URL fragment (without '#') that carries s. Secrets
// (Sip passwords, SipAuthPassword, AuthToken) are left out unless
// withSecrets; so is a password attribute typed into the XML.
func Encode(s State, withSecrets bool) string {
	raw := appendRecords(nil, s, withSecrets)
	raw = binary.BigEndian.AppendUint32(raw, crc32.ChecksumIEEE(raw))
	return Version + b64.EncodeToString(deflate(dictV1, string(raw)))
}

// appendRecords appends to b the records of every field of s that differs
// from baseV1() or from the pane it follows.
func appendRecords(b []byte, s State, withSecrets bool) []byte {
	def := baseV1()
	for _, tag := range topOrder {
		f := topFields[tag]
		if v := *f.get(&s); v != *f.get(&def) && (withSecrets || !f.secret) {
			b = appendRecord(b, tag, v)
		}
	}
	if s.ToEdited {
		b = appendRecord(b, tagToEdited, "1")
	}
	for i, get := range dialFields {
		if v := *get(&s.Dial); v != *get(&def.Dial) {
			b = appendRecord(b, byte(tagDialBase+i), v)
		}
	}
	sips := s.Dial.Sips
	if !withSecrets {
		sips = withoutSipSecrets(sips)
	}
	if !sipsEqual(sips, def.Dial.Sips) {
		if len(sips) == 0 {
			b = appendRecord(b, tagSipsNone, "")
		}
		for _, p := range sips {
			b = appendRecord(b, tagSipNew, p.URI)
			for i, f := range sipFields {
				if v := *f.get(&p); v != "" {
					b = appendRecord(b, byte(tagSipBase+i), v)
				}
			}
		}
	}
	if s.XML != twiml.Render(s.Dial) {
		b = appendRecord(b, tagXML, scrub(s.XML, withSecrets))
	}
	for i, f := range callFields {
		v := *f.get(&s.Call)
		switch {
		case f.secret && !withSecrets, f.derived:
			continue
		case v != *f.get(&def.Call):
			b = appendRecord(b, byte(tagCallBase+i), v)
		}
	}
	if s.Call.To != s.URI {
		b = appendRecord(b, tagCallTo, s.Call.To)
	}
	if s.Call.Twiml != followedTwiml(s) {
		b = appendRecord(b, tagCallTwiml, scrub(s.Call.Twiml, withSecrets))
	}
	for _, v := range s.Call.StatusCallbackEvent {
		b = appendRecord(b, tagStatusCallbackEvent, v)
	}
	for _, v := range s.Call.RecordingStatusCallbackEvent {
		b = appendRecord(b, tagRecordingStatusCallbackEvent, v)
	}
	return b
}

func appendRecord(b []byte, tag byte, v string) []byte {
	b = append(b, tag)
	b = binary.AppendUvarint(b, uint64(len(v)))
	return append(b, v...)
}

// followedTwiml is the Twiml parameter when it follows pane 2: its document
// when the source is inline TwiML, else nothing.
func followedTwiml(s State) string {
	if s.Source == SourceTwiml {
		return s.XML
	}
	return ""
}

func scrub(xml string, withSecrets bool) string {
	if withSecrets {
		return xml
	}
	return stripPasswords(xml)
}

func withoutSipSecrets(sips []twiml.Sip) []twiml.Sip {
	out := make([]twiml.Sip, len(sips))
	for i, p := range sips {
		for _, f := range sipFields {
			if f.secret {
				*f.get(&p) = ""
			}
		}
		out[i] = p
	}
	return out
}

func sipsEqual(a, b []twiml.Sip) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// An Error says why a link could not be opened. Its message is a plain
// sentence meant for the person who opened the link.
type Error struct {
	Offset int // byte index into the fragment (after any '#') where it went wrong, or -1
	Msg    string
}

func (e *Error) Error() string { return e.Msg }

func linkError(offset int, msg string) (State, error) {
	return Default(), &Error{Offset: offset, Msg: msg}
}

// Decode restores the State carried by a fragment (with or without '#').
// An empty fragment is no link: Default() and no error. On any damage it
// returns Default() and an *Error that says what was wrong. Its work and
// memory are bounded by MaxFragment and the unpacked-size cap.
func Decode(fragment string) (State, error) {
	fragment = strings.TrimPrefix(fragment, "#")
	if fragment == "" {
		return Default(), nil
	}
	if len(fragment) > MaxFragment {
		return linkError(-1, "This link is too long to open: it has "+strconv.Itoa(len(fragment))+
			" characters, and a link may have at most "+strconv.Itoa(MaxFragment)+".")
	}
	dot := strings.IndexByte(fragment, '.')
	if dot < 2 || dot > 8 || fragment[0] != 'v' || strings.Trim(fragment[1:dot], "0123456789") != "" {
		return linkError(0, "This is not a sipplay link: it does not start with a version such as \"v1.\".")
	}
	if v := fragment[:dot+1]; v != Version {
		return linkError(0, "This link was made by another version of sipplay (\""+v+
			"\"); this page opens \""+Version+"\" links.")
	}
	body := fragment[dot+1:]
	if i := strings.IndexFunc(body, notBase64URL); i >= 0 {
		at := dot + 1 + i
		return linkError(at, "This link is damaged: character "+strconv.Itoa(at+1)+" is not one a link can hold.")
	}
	z, err := b64.DecodeString(body)
	if err != nil { // every character is right, so the last group is incomplete
		return linkError(len(fragment), "This link is cut short: some of its end is missing.")
	}
	raw, err := inflate(z)
	if err != nil {
		return linkError(-1, err.Error())
	}
	if len(raw) < 4 || crc32.ChecksumIEEE(raw[:len(raw)-4]) != binary.BigEndian.Uint32(raw[len(raw)-4:]) {
		return linkError(-1, "This link is damaged: its content does not match its checksum.")
	}
	s, msg := applyRecords(raw[:len(raw)-4])
	if msg != "" {
		return linkError(-1, msg)
	}
	return s, nil
}

// inflate unpacks z+flateTail, refusing more than maxRaw bytes and any data
// after the end of the compressed stream (other than an unused flateTail).
func inflate(z []byte) ([]byte, error) {
	br := bytes.NewReader(append(z, flateTail...))
	r, _ := readers.Get().(io.ReadCloser)
	if r == nil || r.(flate.Resetter).Reset(br, []byte(dictV1)) != nil {
		r = flate.NewReaderDict(br, []byte(dictV1))
	}
	defer readers.Put(r)
	raw, err := io.ReadAll(io.LimitReader(r, maxRaw+1))
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return nil, errors.New("This link is cut short: some of its end is missing.")
	case err != nil:
		return nil, errors.New("This link is damaged or cut short: its packed data does not unpack.")
	case len(raw) > maxRaw:
		return nil, errors.New("This link unpacks to more than " + strconv.Itoa(maxRaw>>10) + " KiB, more than any page state needs.")
	case br.Len() > 0 && br.Len() != len(flateTail): // an unread flateTail is fine
		return nil, errors.New("This link is damaged: it has extra characters after its end.")
	}
	return raw, nil
}

// maxSips is the most <Sip> nouns a <Dial> may hold.
const maxSips = 10

// applyRecords sets the fields of baseV1() that raw's records name and then
// the fields that follow other panes. It returns a message when raw is not a
// sane v1 record list.
func applyRecords(raw []byte) (State, string) {
	s := baseV1()
	var seen [256]bool
	sipsSet := false
	for len(raw) > 0 {
		tag := raw[0]
		n, k := binary.Uvarint(raw[1:])
		if k <= 0 || n > uint64(len(raw)-1-k) {
			return s, "This link is damaged: a field is cut short."
		}
		v := string(raw[1+k : 1+k+int(n)])
		raw = raw[1+k+int(n):]
		if !utf8.ValidString(v) {
			return s, "This link is damaged: it holds text that is not valid UTF-8."
		}
		repeats := tag == tagSipNew || tag == tagStatusCallbackEvent || tag == tagRecordingStatusCallbackEvent
		if seen[tag] && !repeats {
			return s, "This link is damaged: a field appears twice."
		}
		seen[tag] = true
		switch {
		case topFields[tag].get != nil:
			*topFields[tag].get(&s) = v
		case tag == tagToEdited:
			if v != "1" {
				return s, "This link is damaged: the \"To edited\" flag is neither set nor clear."
			}
			s.ToEdited = true
		case tag == tagXML:
			s.XML = v
		case tag == tagSipsNone || tag == tagSipNew:
			if seen[tagSipsNone] && seen[tagSipNew] {
				return s, "This link is damaged: it both lists Sip nouns and says there are none."
			}
			if !sipsSet {
				sipsSet, s.Dial.Sips = true, nil
			}
			if tag == tagSipsNone {
				break
			}
			if len(s.Dial.Sips) == maxSips {
				return s, "This link holds more than " + strconv.Itoa(maxSips) + " Sip nouns; a Dial may hold at most " + strconv.Itoa(maxSips) + "."
			}
			s.Dial.Sips = append(s.Dial.Sips, twiml.Sip{URI: v})
			for i := range sipFields {
				seen[tagSipBase+i] = false
			}
		case tag >= tagDialBase && int(tag) < tagDialBase+len(dialFields):
			*dialFields[tag-tagDialBase](&s.Dial) = v
		case tag >= tagSipBase && int(tag) < tagSipBase+len(sipFields):
			if !sipsSet || len(s.Dial.Sips) == 0 {
				return s, "This link is damaged: it gives a Sip attribute before any Sip noun."
			}
			*sipFields[tag-tagSipBase].get(&s.Dial.Sips[len(s.Dial.Sips)-1]) = v
		case tag >= tagCallBase && int(tag) < tagCallBase+len(callFields):
			*callFields[tag-tagCallBase].get(&s.Call) = v
		case tag == tagStatusCallbackEvent:
			s.Call.StatusCallbackEvent = append(s.Call.StatusCallbackEvent, v)
		case tag == tagRecordingStatusCallbackEvent:
			s.Call.RecordingStatusCallbackEvent = append(s.Call.RecordingStatusCallbackEvent, v)
		default:
			return s, "This link is damaged: it holds a field this version does not know (" + strconv.Itoa(int(tag)) + ")."
		}
	}
	switch {
	case s.Pane != PaneURI && s.Pane != PaneTwiML && s.Pane != PaneCall:
		return s, "This link names a pane that does not exist: \"" + string(s.Pane) + "\"."
	case s.Mode != ModeBuilder && s.Mode != ModeXML:
		return s, "This link names a TwiML mode that does not exist: \"" + string(s.Mode) + "\"."
	case s.Source != SourceURL && s.Source != SourceTwiml && s.Source != SourceApplication:
		return s, "This link names an instruction source that does not exist: \"" + string(s.Source) + "\"."
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
	return s, ""
}

// notBase64URL reports whether r is outside the alphabet of base64url.
func notBase64URL(r rune) bool {
	return !('A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '-' || r == '_')
}
