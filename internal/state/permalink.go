package state

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"slices"
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
// deflate is a raw DEFLATE stream (RFC 1951) that starts with dictV1
// (permalink_dict.go) as its preset dictionary, as compress/flate's
// NewWriterDict writes and NewReaderDict reads. Encode writes it with
// compress/flate and leaves out its last four bytes, flateTail (the empty
// final stored block that compress/flate ends every stream with); Decode
// puts them back when they are missing. Links written by earlier versions
// (fixed-Huffman and stored blocks, with or without flateTail) decode the
// same way.
//
// records is a list of (tag byte, uvarint length, value bytes), one per
// field that differs from the v1 base state (baseV1), tags from
// permalink_fields.go; a schema field without a tag of its own has a
// tagNamed record, "path=value" (permalink_named.go). crc is the CRC-32
// (IEEE) of records, 4 bytes big-endian. Fields that follow another pane (XML from the builder, To
// from the URI, Twiml from the XML) are written only when they do not
// follow it.
//
// Decode opens untrusted text: it refuses a fragment over MaxFragment bytes
// and stops unpacking after maxRaw bytes, so its work and memory are
// bounded whatever the link holds.

// Version is the prefix of every link Encode writes.
const Version = "v1."

// MaxFragment is the longest fragment Decode opens, in bytes. Encode may
// return a longer one for a huge state; such a link will not open.
const MaxFragment = 16 << 10

// maxRaw caps the unpacked size of a link, so that a small fragment cannot
// unpack into a large allocation.
const maxRaw = 64 << 10

var b64 = base64.RawURLEncoding.Strict()

// flateTail ends the empty final stored block that compress/flate's
// compressor writes on Close: its LEN (0) and NLEN (0xffff).
var flateTail = []byte{0x00, 0x00, 0xff, 0xff}

// Encode returns the URL fragment (without '#') that carries s. Secrets
// (Sip passwords, SipAuthPassword, AuthToken) are left out unless
// withSecrets; so are a password attribute typed into the XML and the
// password of any SIP or web URI written in a field ("sip:bob:pw@host").
func Encode(s State, withSecrets bool) string {
	raw := v1().appendRecords(nil, &s, withSecrets)
	raw = binary.BigEndian.AppendUint32(raw, crc32.ChecksumIEEE(raw))
	return string(b64.AppendEncode([]byte(Version), compress(raw)))
}

// compress returns raw deflated with dictV1 as the preset dictionary,
// without the flateTail that ends the stream.
func compress(raw []byte) []byte {
	var z bytes.Buffer
	w := compressors.Get().(*flate.Writer)
	defer compressors.Put(w)
	w.Reset(&z)
	// Neither fails: a bytes.Buffer takes every write.
	_, _ = w.Write(raw)
	_ = w.Close()
	return bytes.TrimSuffix(z.Bytes(), flateTail)
}

// compressors keeps compress/flate's compressors, which hold about 800 KB
// of tables each, for reuse: a new one per link would cost more than the
// compression. Reset keeps a compressor's level and dictionary.
var compressors = sync.Pool{New: func() any {
	w, err := flate.NewWriterDict(nil, flate.BestCompression, []byte(dictV1))
	if err != nil { // only an unknown level fails
		panic(err)
	}
	return w
}}

// appendRecords appends to b the records of every field of s that differs
// from the v1 base state (baseV1) or from the pane it follows.
func (fm *format) appendRecords(b []byte, s *State, withSecrets bool) []byte {
	w := recordWriter{b: b, secrets: withSecrets}
	base := baseV1()
	if s.ToEdited {
		w.record(tagToEdited, "1")
	}
	for _, f := range fm.fields {
		follows := *f.Get(&base)
		switch f.Tag {
		case tagXML:
			follows = twiml.Render(s.Dial)
		case tagCallTo:
			follows = s.URI
		case tagCallTwiml:
			follows = followedTwiml(s)
		}
		w.field(f.Tag, *f.Get(s), follows, f.Secret)
	}
	for _, f := range fm.named {
		w.named(f.Path, f.Get(s), f.Get(&base), f.Secret)
	}
	if len(s.Dial.Sips) == 0 {
		w.record(tagSipsNone, "")
	}
	if !slices.Equal(s.Dial.Sips, base.Dial.Sips) {
		for i := range s.Dial.Sips {
			sip := &s.Dial.Sips[i]
			w.record(tagSipNew, w.text(sip.URI))
			for _, f := range fm.sips {
				w.field(f.Tag, *f.Get(sip), "", f.Secret)
			}
			for _, f := range fm.namedSips {
				w.named(f.Path, *f.Get(sip), "", f.Secret)
			}
		}
	}
	for _, v := range s.Call.StatusCallbackEvent {
		w.record(tagStatusCallbackEvent, v)
	}
	for _, v := range s.Call.RecordingStatusCallbackEvent {
		w.record(tagRecordingStatusCallbackEvent, v)
	}
	if w.leftOut {
		w.record(tagSecretsLeftOut, "1")
	}
	return w.b
}

// A recordWriter appends records to b, leaving out secrets unless told.
type recordWriter struct {
	b       []byte
	secrets bool
	leftOut bool // a secret that was set has been left out
}

// field appends the record of the field with this tag when its value v
// differs from base and it is not a left-out secret. The XML documents
// (XML and the Twiml parameter) lose their password attributes.
func (w *recordWriter) field(tag byte, v, base string, secret bool) {
	if !w.keeps(v, base, secret) {
		return
	}
	if !w.secrets && (tag == tagXML || tag == tagCallTwiml) {
		stripped := stripPasswords(v)
		w.leftOut = w.leftOut || stripped != v
		v = stripped
	}
	w.record(tag, w.text(v))
}

// text returns the value v of a field that is not a secret itself, without
// the passwords written inside URIs in it, unless the link keeps secrets.
func (w *recordWriter) text(v string) string {
	if w.secrets {
		return v
	}
	stripped := stripURIPasswords(v)
	w.leftOut = w.leftOut || stripped != v
	return stripped
}

// named appends the tagNamed record of the field at path when its value v
// differs from base and it is not a left-out secret.
func (w *recordWriter) named(path, v, base string, secret bool) {
	if w.keeps(v, base, secret) {
		w.record(tagNamed, path+"="+w.text(v))
	}
}

// keeps reports whether a field's value v goes into the link: it differs
// from base, and it is no secret left out (which it notes).
func (w *recordWriter) keeps(v, base string, secret bool) bool {
	if v == base {
		return false
	}
	if secret && !w.secrets {
		w.leftOut = w.leftOut || v != ""
		return false
	}
	return true
}

// record appends one record: tag, uvarint length, value.
func (w *recordWriter) record(tag byte, v string) {
	w.b = append(w.b, tag)
	w.b = binary.AppendUvarint(w.b, uint64(len(v)))
	w.b = append(w.b, v...)
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
func Decode(fragment string) (State, error) {
	fragment = strings.TrimPrefix(fragment, "#")
	if fragment == "" {
		return Default(), nil
	}
	s, err := decode(fragment)
	if err != nil {
		return Default(), err
	}
	return s, nil
}

// decode returns the state that a non-empty fragment (without '#')
// carries, or an *Error that says where and why it cannot.
func decode(fragment string) (State, *Error) {
	if len(fragment) > MaxFragment {
		return State{}, &Error{-1, "This link is too long to open: it has " + strconv.Itoa(len(fragment)) +
			" characters, and a link may have at most " + strconv.Itoa(MaxFragment) + "."}
	}
	// The version: 'v', one to seven digits, '.'.
	dot := strings.IndexByte(fragment, '.')
	if dot < 2 || dot > 8 || fragment[0] != 'v' || strings.Trim(fragment[1:dot], "0123456789") != "" {
		return State{}, &Error{0, "This is not a sipplay link: it does not start with a version such as \"v1.\"."}
	}
	if v := fragment[:dot+1]; v != Version {
		return State{}, &Error{0, "This link was made by another version of sipplay (\"" + v +
			"\"); this page opens \"" + Version + "\" links."}
	}
	body := fragment[dot+1:]
	if at := strings.IndexFunc(body, func(r rune) bool { return !isBase64URL(r) }); at >= 0 {
		at += dot + 1
		return State{}, &Error{at, "This link is damaged: character " + strconv.Itoa(at+1) + " is not one a link can hold."}
	}
	z, err := b64.DecodeString(body)
	if err != nil { // every character is right, so the last group is incomplete
		return State{}, &Error{len(fragment), "This link is cut short: some of its end is missing."}
	}
	raw, msg := inflate(z)
	if msg != "" {
		return State{}, &Error{-1, msg}
	}
	records, sum := raw[:max(0, len(raw)-4)], raw[max(0, len(raw)-4):]
	if len(sum) < 4 || crc32.ChecksumIEEE(records) != binary.BigEndian.Uint32(sum) {
		return State{}, &Error{-1, "This link is damaged: its content does not match its checksum."}
	}
	s, msg := v1().applyRecords(records)
	if msg != "" {
		return State{}, &Error{-1, msg}
	}
	return s, nil
}

// isBase64URL reports whether r is a letter of the base64url alphabet.
func isBase64URL(r rune) bool {
	return 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '-' || r == '_'
}

// inflate unpacks z (a stream that compress ends, with or without its
// flateTail) with dictV1 as the preset dictionary. It returns a message for
// the person instead when the stream is cut short or damaged, unpacks to
// more than maxRaw bytes, or has data after its end.
func inflate(z []byte) ([]byte, string) {
	const cutShort = "This link is cut short: some of its end is missing."
	in := bytes.NewReader(append(z, flateTail...))
	r := flate.NewReaderDict(in, []byte(dictV1))
	// One byte over the cap tells a stream at the cap from one beyond it.
	raw, err := io.ReadAll(io.LimitReader(r, maxRaw+1))
	switch {
	case len(raw) > maxRaw:
		return nil, "This link unpacks to more than 64 KiB, more than any page state needs."
	case errors.Is(err, io.ErrUnexpectedEOF):
		return nil, cutShort
	case err != nil:
		return nil, "This link is damaged or cut short: its packed data does not unpack."
	}
	// compress/flate reads no further than the stream's end. The stream may
	// end before flateTail or after it; ending inside it means that zeros
	// from the tail ended a stream that was cut short.
	switch left := in.Len(); {
	case left > len(flateTail):
		return nil, "This link is damaged: it has extra characters after its end."
	case left > 0 && left < len(flateTail):
		return nil, cutShort
	}
	return raw, ""
}

// shortName is a field name from a link as a message quotes it: at most
// 40 characters, since the link may hold any text there.
func shortName(path string) string {
	if r := []rune(path); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return path
}

// maxSips is the most <Sip> nouns a link may hold: twiml's limit on the
// nouns of one <Dial>.
const maxSips = twiml.MaxNouns

// applyRecords returns the v1 base state (baseV1) with the fields that
// raw's records name, and then the fields that follow other panes set. It
// returns a message when raw is not a sane v1 record list.
func (fm *format) applyRecords(raw []byte) (State, string) {
	s := baseV1()
	var seen, seenInSip [256]bool
	seenNamed, seenNamedInSip := map[string]bool{}, map[string]bool{}
	sipsSet := false // whether a record has replaced the base state's nouns
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
		repeats := tag == tagSipNew || tag == tagStatusCallbackEvent || tag == tagRecordingStatusCallbackEvent || tag == tagNamed
		if seen[tag] && !repeats || seenInSip[tag] {
			return s, "This link is damaged: a field appears twice."
		}
		sipField := fm.sipByTag(tag)
		if sipField != nil {
			seenInSip[tag] = true
		} else {
			seen[tag] = true
		}
		switch {
		case tag == tagToEdited:
			if v != "1" {
				return s, "This link is damaged: the \"To edited\" flag is neither set nor clear."
			}
			s.ToEdited = true
		case tag == tagSecretsLeftOut:
			if v != "1" {
				return s, "This link is damaged: the \"secrets left out\" flag is neither set nor clear."
			}
			s.SecretsLeftOut = true
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
			seenInSip = [256]bool{}
			clear(seenNamedInSip)
		case tag == tagStatusCallbackEvent:
			s.Call.StatusCallbackEvent = append(s.Call.StatusCallbackEvent, v)
		case tag == tagRecordingStatusCallbackEvent:
			s.Call.RecordingStatusCallbackEvent = append(s.Call.RecordingStatusCallbackEvent, v)
		case sipField != nil:
			if !sipsSet || len(s.Dial.Sips) == 0 {
				return s, "This link is damaged: it gives a Sip attribute before any Sip noun."
			}
			*sipField.Get(&s.Dial.Sips[len(s.Dial.Sips)-1]) = v
		case tag == tagNamed:
			path, value, ok := splitNamed(v)
			if !ok {
				return s, "This link is damaged: a field has no name."
			}
			if f := fm.namedSipByPath(path); f != nil {
				if !sipsSet || len(s.Dial.Sips) == 0 {
					return s, "This link is damaged: it gives a Sip attribute before any Sip noun."
				}
				if seenNamedInSip[path] {
					return s, "This link is damaged: a field appears twice."
				}
				seenNamedInSip[path] = true
				*f.Get(&s.Dial.Sips[len(s.Dial.Sips)-1]) = value
				break
			}
			f := fm.namedByPath(path)
			if f == nil {
				return s, "This link holds a field this version does not know (" + shortName(path) + ")."
			}
			if seenNamed[path] {
				return s, "This link is damaged: a field appears twice."
			}
			seenNamed[path] = true
			f.Set(&s, value)
		default:
			f := fm.fieldByTag(tag)
			if f == nil {
				return s, "This link is damaged: it holds a field this version does not know (" + strconv.Itoa(int(tag)) + ")."
			}
			*f.Get(&s) = v
		}
	}
	switch {
	case !slices.Contains(panes, s.Pane):
		return s, "This link names a pane that does not exist: \"" + string(s.Pane) + "\"."
	case !slices.Contains(modes, s.Mode):
		return s, "This link names a TwiML mode that does not exist: \"" + string(s.Mode) + "\"."
	case !slices.Contains(sources, s.Source):
		return s, "This link names an instruction source that does not exist: \"" + string(s.Source) + "\"."
	}
	if !seen[tagXML] {
		s.XML = twiml.Render(s.Dial)
	}
	if !seen[tagCallTo] {
		s.Call.To = s.URI
	}
	if !seen[tagCallTwiml] {
		s.Call.Twiml = followedTwiml(&s)
	}
	return s, ""
}
