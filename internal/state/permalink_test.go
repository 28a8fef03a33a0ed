package state

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefault(t *testing.T) {
	d := twiml.Dial{Sips: []twiml.Sip{{URI: "sip:alice@example.sip.twilio.com"}}}
	want := State{
		Pane: PaneURI, URI: "sip:alice@example.sip.twilio.com", Mode: ModeBuilder, Dial: d,
		XML: twiml.Render(d), Source: SourceURL,
		Call: calls.Request{
			From: "+15005550006", To: "sip:alice@example.sip.twilio.com",
			Url: "https://example.com/twiml/dial-sip.xml",
		},
	}
	assert.Equal(t, want, Default())
}

func TestDecodeEmptyIsDefault(t *testing.T) {
	for _, frag := range []string{"", "#"} {
		s, err := Decode(frag)
		require.NoError(t, err, "fragment %q", frag)
		assert.Equal(t, Default(), s, "fragment %q", frag)
	}
}

func TestMaxSipsIsTwimlLimit(t *testing.T) {
	// A link holds as many nouns as twiml.Check lets a <Dial> hold.
	dial := func(n int) twiml.Dial {
		d := twiml.Dial{}
		for range n {
			d.Sips = append(d.Sips, twiml.Sip{URI: "sip:a@example.com"})
		}
		return d
	}
	codes := func(d twiml.Dial) []string {
		var out []string
		for _, x := range twiml.Check(twiml.Render(d)) {
			out = append(out, x.Code)
		}
		return out
	}
	assert.NotContains(t, codes(dial(maxSips)), twiml.CodeDialTooManyNouns)
	assert.Contains(t, codes(dial(maxSips+1)), twiml.CodeDialTooManyNouns)
}

func TestSourcesAreTheCallsSources(t *testing.T) {
	// Each Source is named after a Calls parameter that the calls schema
	// marks as a source of instructions, and the reverse.
	var want []Source
	for _, p := range calls.Parameters() {
		if p.Source {
			want = append(want, Source(p.Key))
		}
	}
	assert.ElementsMatch(t, want, sources)
}

func TestBaseStateHasNoRecords(t *testing.T) {
	// A v1 link holds only what differs from the state v1 was made with.
	s := builderXML(goldenV1["default"])
	assert.Empty(t, v1().appendRecords(nil, &s, true))
	s.Dial.Sips = []twiml.Sip{{URI: s.URI, Username: "u"}}
	s.XML = twiml.Render(s.Dial)
	assert.Equal(t, cat(rec(17, s.URI), rec(64+13, "u")), v1().appendRecords(nil, &s, true), "a changed noun")
}

// maximal is a state with every field set to a long, varied value: ten
// nouns with every attribute, XML mode with a hand-edited document, an
// edited To, an edited inline Twiml, and every secret.
func maximal() State {
	d := twiml.Dial{
		Action: "https://example.com/handle_post_dial?step=1&lang=en", AnswerOnBridge: "true",
		CallerId: "+15005550006", Events: "call-progress-events", HangupOnStar: "true", Method: "POST",
		Passports: "eyJhbGciOiJFUzI1NiIsInBwdCI6InNoYWtlbiJ9", Record: "record-from-ringing-dual",
		RecordingConfigurationId:     "JYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
		RecordingStatusCallback:      "https://example.com/recording-status",
		RecordingStatusCallbackEvent: "in-progress completed absent", RecordingStatusCallbackMethod: "GET",
		RecordingTrack: "both", ReferMethod: "POST", ReferUrl: "https://example.com/refer",
		RingTone: "us-old", Sequential: "true", TimeLimit: "14400", Timeout: "30", Trim: "trim-silence",
	}
	for i := range 10 {
		n := string(rune('a' + i))
		d.Sips = append(d.Sips, twiml.Sip{
			URI:                     "sip:agent-" + n + "@pbx" + n + ".example.com:5061;transport=tls;secure=true;region=ie1?x-queue=support&User-to-User=123456789%3Bencoding%3Dhex",
			AmdStatusCallback:       "https://example.com/amd/" + n,
			AmdStatusCallbackMethod: "POST", MachineDetection: "DetectMessageEnd",
			MachineDetectionSilenceTimeout: "5000", MachineDetectionSpeechEndThreshold: "1200",
			MachineDetectionSpeechThreshold: "2400", MachineDetectionTimeout: "30", Method: "GET",
			Password: "pa55-" + n + "-secret", StatusCallback: "https://example.com/status/" + n,
			StatusCallbackEvent: "initiated ringing answered completed", StatusCallbackMethod: "POST",
			Url: "https://example.com/screen/" + n, Username: "agent-" + n,
		})
	}
	return State{
		Pane: PaneCall,
		URI:  d.Sips[0].URI,
		Mode: ModeXML,
		Dial: d,
		XML: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n  <Say>Connecting you now, «ÿ» 🎉</Say>\n  <Dial timeout=\"20\">\n" +
			"    <Sip username=\"agent-a\" password=\"pa55-a-secret\">sip:agent-a@pbxa.example.com;transport=tls</Sip>\n" +
			"    <Number>+15005550006</Number>\n  </Dial>\n</Response>\n",
		Call: calls.Request{
			AccountSid: "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", ApplicationSid: "APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
			AsyncAmd: "true", AsyncAmdStatusCallback: "https://example.com/async-amd",
			AsyncAmdStatusCallbackMethod: "POST", Byoc: "BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
			CallReason: "Your appointment reminder", CallToken: "eyJ0b2tlbiI6ImNhbGwtdG9rZW4ifQ",
			CallerId: "+15005550006", FallbackMethod: "GET", FallbackUrl: "https://example.com/fallback",
			From: "sipplay.user_01", MachineDetection: "Enable", MachineDetectionSilenceTimeout: "5000",
			MachineDetectionSpeechEndThreshold: "1200", MachineDetectionSpeechThreshold: "2400",
			MachineDetectionTimeout: "30", Method: "POST", Record: "true", RecordingChannels: "dual",
			RecordingStatusCallback: "https://example.com/recording", RecordingStatusCallbackMethod: "POST",
			RecordingTrack: "inbound", SendDigits: "ww1234#", SipAuthPassword: "call-secret",
			SipAuthUsername: "jack", StatusCallback: "https://example.com/call-status",
			StatusCallbackMethod: "POST", TimeLimit: "600", Timeout: "45",
			To: "sip:someone-else@example.com;transport=tcp", Trim: "do-not-trim",
			Twiml: "<Response><Say>edited by hand</Say></Response>", Url: "https://example.com/twiml/dial-sip.xml",
			StatusCallbackEvent:          []string{"initiated", "ringing", "answered", "completed"},
			RecordingStatusCallbackEvent: []string{"in-progress", "completed", "absent"},
		},
		ToEdited:  true,
		Source:    SourceApplication,
		AuthToken: "0123456789abcdef0123456789abcdef",
	}
}

// roundTripStates are states built by hand that must survive a link
// exactly (with secrets).
func roundTripStates() map[string]State {
	out := map[string]State{
		"default": Default(),
		"maximal": maximal(),
	}
	for _, ex := range Examples() {
		out["example "+ex.ID] = ex.State
	}
	s := Default()
	s.URI, s.Call.To, s.Dial.Sips, s.XML = "", "", nil, twiml.Render(twiml.Dial{})
	out["no URI and no nouns"] = s

	s = Default()
	s.Mode, s.XML = ModeXML, "<Response><Dial><Number>+15005550006</Number></Dial>"
	s.Source, s.Call.Twiml, s.Call.Url = SourceTwiml, s.XML, ""
	out["xml mode, inline twiml follows"] = s

	s = Default()
	s.Call.To, s.ToEdited = "sip:bob@example.com", true
	out["To edited"] = s

	s = Default()
	s.Call.To, s.ToEdited = s.URI+";transport=tcp", false
	out["To differs without the edited flag"] = s

	s = Default()
	s.URI = "sip:%00\u00e9\U0001F600@example.com"
	s.Call.To = s.URI
	s.Call.From = ""
	s.Call.StatusCallbackEvent = []string{"", "initiated"}
	out["unicode, NUL, empty list element, cleared default"] = s

	s = Default()
	s.Pane, s.Mode = PaneTwiML, ModeXML
	s.XML = strings.Repeat("<Say>much text</Say>", 500)
	out["long xml"] = s
	return out
}

func TestRoundTripWithSecrets(t *testing.T) {
	for name, s := range roundTripStates() {
		link := Encode(s, true)
		got, err := Decode(link)
		require.NoError(t, err, "%s: link %q", name, link)
		assert.Equal(t, s, got, "%s: link %q", name, link)
		got, err = Decode("#" + link)
		require.NoError(t, err, "%s: with '#'", name)
		assert.Equal(t, s, got, "%s: with '#'", name)
	}
}

func TestEncodeIsDeterministic(t *testing.T) {
	for name, s := range roundTripStates() {
		assert.Equal(t, Encode(s, false), Encode(s, false), name)
		assert.True(t, strings.HasPrefix(Encode(s, false), "v1."), name)
	}
}

func TestEncodeLeavesSecretsOut(t *testing.T) {
	s := Default()
	s.Dial.Sips = []twiml.Sip{
		{URI: "sip:kate@example.com", Username: "admin", Password: "1234"},
		{URI: "sip:jack@example.com", Password: "hunter2"},
	}
	s.Call.SipAuthUsername, s.Call.SipAuthPassword = "jack", "secret"
	s.AuthToken = "0123456789abcdef"
	s.Mode = ModeXML
	s.XML = `<Response><Dial><Sip username="admin" password="1234">sip:kate@example.com</Sip></Dial></Response>`
	s.Source, s.Call.Url = SourceTwiml, ""
	s.Call.Twiml = `<Response><Dial><Sip password='hunter2'>sip:jack@example.com</Sip></Dial></Response>`

	want := Default()
	want.Dial.Sips = []twiml.Sip{
		{URI: "sip:kate@example.com", Username: "admin"},
		{URI: "sip:jack@example.com"},
	}
	want.Call.SipAuthUsername = "jack"
	want.Mode = ModeXML
	want.XML = `<Response><Dial><Sip username="admin">sip:kate@example.com</Sip></Dial></Response>`
	want.Source, want.Call.Url = SourceTwiml, ""
	want.Call.Twiml = `<Response><Dial><Sip>sip:jack@example.com</Sip></Dial></Response>`
	want.SecretsLeftOut = true

	got, err := Decode(Encode(s, false))
	require.NoError(t, err)
	assert.Equal(t, want, got)

	got, err = Decode(Encode(s, true))
	require.NoError(t, err)
	assert.Equal(t, s, got, "with secrets")
}

func TestEncodeLeavesSecretsOutOfFollowedPanes(t *testing.T) {
	// In builder mode the XML follows the builder, and the inline Twiml
	// follows the XML: the password must leave both.
	d := twiml.Dial{Sips: []twiml.Sip{{URI: "sip:kate@example.com", Username: "admin", Password: "1234"}}}
	s := Default()
	s.Dial, s.XML = d, twiml.Render(d)
	s.Source, s.Call.Twiml, s.Call.Url = SourceTwiml, s.XML, ""

	want := s
	want.Dial = twiml.Dial{Sips: []twiml.Sip{{URI: "sip:kate@example.com", Username: "admin"}}}
	want.XML = twiml.Render(want.Dial)
	want.Call.Twiml = want.XML
	want.SecretsLeftOut = true

	got, err := Decode(Encode(s, false))
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

// secretFree returns s without its secrets, as Encode(s, false) promises,
// for states whose XML and Twiml hold no password attribute.
func secretFree(s State) State {
	s.AuthToken, s.Call.SipAuthPassword = "", ""
	if s.Dial.Sips != nil {
		s.Dial.Sips = append([]twiml.Sip(nil), s.Dial.Sips...)
		for i := range s.Dial.Sips {
			s.Dial.Sips[i].Password = ""
		}
	}
	return s
}

// randomState draws a state from r. Strings come from a small alphabet rich
// in the bytes that matter (markup, quotes, escapes, multi-byte runes) but
// without 'w', so they never spell "password".
func randomState(r *rand.Rand) State {
	alphabet := []rune("sip:@.;=?&<>\"' \n%aeiou0123456789é€😀\x00")
	str := func() string {
		if r.IntN(3) == 0 {
			return ""
		}
		b := make([]rune, r.IntN(40))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		return string(b)
	}
	list := func() []string {
		var l []string
		for range r.IntN(4) {
			l = append(l, str())
		}
		return l
	}
	s := Default()
	s.Pane = []Pane{PaneURI, PaneTwiML, PaneCall}[r.IntN(3)]
	s.Mode = []TwiMLMode{ModeBuilder, ModeXML}[r.IntN(2)]
	s.Source = []Source{SourceURL, SourceTwiml, SourceApplication}[r.IntN(3)]
	s.ToEdited = r.IntN(2) == 0
	s.URI, s.AuthToken = str(), str()
	for _, a := range twiml.DialAttributes {
		*a.Field(&s.Dial) = str()
	}
	s.Dial.Sips = nil
	for range r.IntN(maxSips + 1) {
		var p twiml.Sip
		p.URI = str()
		for _, a := range twiml.SipAttributes {
			*a.Field(&p) = str()
		}
		s.Dial.Sips = append(s.Dial.Sips, p)
	}
	for _, f := range reflect.VisibleFields(reflect.TypeFor[calls.Request]()) {
		if f.Type.Kind() == reflect.String {
			reflect.ValueOf(&s.Call).Elem().FieldByIndex(f.Index).SetString(str())
		}
	}
	s.Call.StatusCallbackEvent, s.Call.RecordingStatusCallbackEvent = list(), list()
	// The panes that follow others do so half of the time.
	if r.IntN(2) == 0 {
		s.XML = twiml.Render(s.Dial)
	} else {
		s.XML = str()
	}
	if r.IntN(2) == 0 {
		s.Call.To = s.URI
	}
	if r.IntN(2) == 0 {
		s.Call.Twiml = followedTwiml(&s)
	}
	return s
}

func TestRoundTripProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 2026))
	for i := range 500 {
		s := randomState(r)
		got, err := Decode(Encode(s, true))
		require.NoError(t, err, "state %d: %#v", i, s)
		assert.Equal(t, s, got, "state %d with secrets", i)

		got, err = Decode(Encode(s, false))
		require.NoError(t, err, "state %d: %#v", i, s)
		want := secretFree(s)
		want.SecretsLeftOut = !reflect.DeepEqual(want, s)
		if s.XML == twiml.Render(s.Dial) {
			want.XML = twiml.Render(want.Dial)
		}
		if s.Call.Twiml == followedTwiml(&s) {
			want.Call.Twiml = followedTwiml(&want)
		}
		assert.Equal(t, want, got, "state %d without secrets", i)
	}
}

func TestSecretsNeverReachTheDecodedState(t *testing.T) {
	const secret = "Zq9-SECRET-9qZ"
	r := rand.New(rand.NewPCG(7, 2026))
	for i := range 200 {
		s := randomState(r)
		s.AuthToken, s.Call.SipAuthPassword = secret, secret
		for j := range s.Dial.Sips {
			s.Dial.Sips[j].Password = secret
		}
		if s.Mode == ModeXML {
			s.XML = `<Response><Dial><Sip password="` + secret + `">sip:a@example.com</Sip></Dial></Response>`
		}
		got, err := Decode(Encode(s, false))
		require.NoError(t, err, "state %d", i)
		js, err := json.Marshal(got)
		require.NoError(t, err)
		assert.NotContains(t, string(js), secret, "state %d", i)
	}
}

func TestStripPasswords(t *testing.T) {
	tests := []struct{ in, want string }{
		{``, ``},
		{`<Sip>sip:a@b</Sip>`, `<Sip>sip:a@b</Sip>`},
		{`<Sip username="u" password="p">x</Sip>`, `<Sip username="u">x</Sip>`},
		{`<Sip password='p' username="u">x</Sip>`, `<Sip username="u">x</Sip>`},
		{`<Sip  password = "p" >x</Sip>`, `<Sip >x</Sip>`},
		{`<Sip PassWord="p">x</Sip>`, `<Sip>x</Sip>`},
		{"<Sip\n\tpassword=\"a>b\"\n>x</Sip>", "<Sip\n>x</Sip>"},
		{`<Sip username="u"password="p">x</Sip>`, `<Sip username="u">x</Sip>`},
		{`<Sip password=p>x</Sip>`, `<Sip>x</Sip>`},
		{`<Sip password=p/>`, `<Sip/>`},
		{`<Sip password="never closed>x</Sip>`, `<Sip`},
		{`<Sip password=`, `<Sip`},
		{`<Sip a="1" password="p" b="2" password="q">`, `<Sip a="1" b="2">`},
		// Not attributes: text, other names, and the word inside a value.
		{`<Say>my password="p"</Say>`, `<Say>my password="p"</Say>`},
		{`<Sip xpassword="p" passwords="q">`, `<Sip xpassword="p" passwords="q">`},
		{`<Sip url="?a= password=1">`, `<Sip url="?a= password=1">`},
		{`<Sip password>`, `<Sip password>`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, stripPasswords(tt.in), "input %q", tt.in)
	}
}

// pack builds a v1 link around hand-made records, as the format describes:
// records, CRC-32, deflate with the v1 dictionary, base64url.
func pack(t *testing.T, records []byte) string {
	t.Helper()
	raw := binary.BigEndian.AppendUint32(append([]byte(nil), records...), crc32.ChecksumIEEE(records))
	return packRaw(t, raw)
}

func packRaw(t *testing.T, raw []byte) string {
	t.Helper()
	return "v1." + base64.RawURLEncoding.EncodeToString(compress(raw))
}

// rec is one record: tag, length, value.
func rec(tag byte, v string) []byte {
	return append(binary.AppendUvarint([]byte{tag}, uint64(len(v))), v...)
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func TestDecodeHandMadeRecords(t *testing.T) {
	s, err := Decode(pack(t, cat(rec(1, "call"), rec(2, "sip:x@y"), rec(17, "sip:a@b"), rec(64+13, "admin"),
		rec(17, "sip:c@d"), rec(32+16, "true"), rec(96+11, "Jack"), rec(160, "ringing"), rec(5, "1"))))
	require.NoError(t, err)
	want := Default()
	want.Pane, want.URI, want.Call.To, want.ToEdited = PaneCall, "sip:x@y", "sip:x@y", true
	want.Dial.Sips = []twiml.Sip{{URI: "sip:a@b", Username: "admin"}, {URI: "sip:c@d"}}
	want.Dial.Sequential = "true"
	want.XML = twiml.Render(want.Dial)
	want.Call.From = "Jack"
	want.Call.StatusCallbackEvent = []string{"ringing"}
	assert.Equal(t, want, s)

	s, err = Decode(pack(t, rec(16, "")))
	require.NoError(t, err)
	assert.Empty(t, s.Dial.Sips, "tag 16 empties the nouns")
}

func TestDecodeDamaged(t *testing.T) {
	good := Encode(Examples()[8].State, false)
	sips := func(n int) []byte {
		var b []byte
		for range n {
			b = append(b, rec(17, "sip:a@b")...)
		}
		return b
	}
	tests := []struct {
		name, frag, msg string
		offset          int
	}{
		{"too long", "v1." + strings.Repeat("A", MaxFragment), "too long to open", -1},
		{"no version", "YmBgYAAEAAD", "not a sipplay link", 0},
		{"bare v", "v.abc", "not a sipplay link", 0},
		{"letters for version", "vx.abc", "not a sipplay link", 0},
		{"other version", "v2.YmBgYAAEAAD", "another version of sipplay (\"v2.\")", 0},
		{"old query style", "?to=sip:a@b", "not a sipplay link", 0},
		{"bad character", good[:10] + "!" + good[11:], "character 11 is not one a link can hold", 10},
		{"one character cut", good[:len(good)-1], "cut short", -2},
		{"half cut", good[:len(good)/2], "cut short", -2},
		{"only the version", "v1.", "cut short", -1},
		{"flipped character", good[:20] + flip(good[20]) + good[21:], "damaged", -2},
		{"extra characters", good + "AAAA", "damaged", -2},
		{"checksum", packRaw(t, cat(rec(2, "sip:a@b"), []byte{1, 2, 3, 4})), "does not match its checksum", -1},
		{"no checksum", packRaw(t, []byte{1, 2}), "does not match its checksum", -1},
		{"record cut", pack(t, []byte{2, 10, 's'}), "a field is cut short", -1},
		{"varint cut", pack(t, []byte{2, 0x80}), "a field is cut short", -1},
		{"unknown tag", pack(t, rec(200, "x")), "does not know (200)", -1},
		{"tag zero", pack(t, rec(0, "x")), "does not know (0)", -1},
		{"twice", pack(t, cat(rec(2, "a"), rec(2, "b"))), "appears twice", -1},
		{"sip attr twice", pack(t, cat(rec(17, "a"), rec(64, "x"), rec(64, "y"))), "appears twice", -1},
		{"sip attr first", pack(t, rec(64+13, "admin")), "before any Sip noun", -1},
		{"none and some", pack(t, cat(rec(16, ""), rec(17, "sip:a@b"))), "says there are none", -1},
		{"some and none", pack(t, cat(rec(17, "sip:a@b"), rec(16, ""))), "says there are none", -1},
		{"eleven nouns", pack(t, sips(11)), "more than 10 Sip nouns", -1},
		{"bad pane", pack(t, rec(1, "settings")), "pane that does not exist: \"settings\"", -1},
		{"bad mode", pack(t, rec(3, "wysiwyg")), "TwiML mode that does not exist", -1},
		{"bad source", pack(t, rec(6, "Fax")), "instruction source that does not exist", -1},
		{"bad flag", pack(t, rec(5, "yes")), "neither set nor clear", -1},
		{"bad utf-8", pack(t, rec(2, "sip:\xff@b")), "not valid UTF-8", -1},
		{"bomb", pack(t, rec(4, strings.Repeat("x", maxRaw))), "more than 64 KiB", -1},
	}
	for _, tt := range tests {
		s, err := Decode(tt.frag)
		require.Error(t, err, "%s: %q", tt.name, tt.frag)
		assert.Equal(t, Default(), s, "%s: the state stays the default", tt.name)
		var e *Error
		require.ErrorAs(t, err, &e, tt.name)
		assert.Contains(t, e.Msg, tt.msg, tt.name)
		assert.True(t, strings.HasPrefix(e.Msg, "This "), "%s: a sentence for a person: %q", tt.name, e.Msg)
		assert.True(t, strings.HasSuffix(e.Msg, "."), "%s: a sentence for a person: %q", tt.name, e.Msg)
		if tt.offset != -2 {
			assert.Equal(t, tt.offset, e.Offset, tt.name)
		}
	}
	require.Less(t, len(pack(t, rec(4, strings.Repeat("x", maxRaw)))), 1024, "the bomb link is small")
}

// flip returns a different base64url character.
func flip(c byte) string {
	if c == 'A' {
		return "B"
	}
	return "A"
}

// v1Tags is the v1 format's tag table, written by hand: the field that
// each tag's record sets ("Sip." means the last <Sip> noun). Never change
// an entry: links already shared depend on it.
var v1Tags = map[byte]string{
	1: "Pane", 2: "URI", 3: "Mode", 4: "XML", 6: "Source", 7: "AuthToken", 8: "Lang",

	32: "Dial.Action", 33: "Dial.AnswerOnBridge", 34: "Dial.CallerId", 35: "Dial.Events",
	36: "Dial.HangupOnStar", 37: "Dial.Method", 38: "Dial.Passports", 39: "Dial.Record",
	40: "Dial.RecordingConfigurationId", 41: "Dial.RecordingStatusCallback",
	42: "Dial.RecordingStatusCallbackEvent", 43: "Dial.RecordingStatusCallbackMethod",
	44: "Dial.RecordingTrack", 45: "Dial.ReferMethod", 46: "Dial.ReferUrl", 47: "Dial.RingTone",
	48: "Dial.Sequential", 49: "Dial.TimeLimit", 50: "Dial.Timeout", 51: "Dial.Trim",

	64: "Sip.AmdStatusCallback", 65: "Sip.AmdStatusCallbackMethod", 66: "Sip.MachineDetection",
	67: "Sip.MachineDetectionSilenceTimeout", 68: "Sip.MachineDetectionSpeechEndThreshold",
	69: "Sip.MachineDetectionSpeechThreshold", 70: "Sip.MachineDetectionTimeout", 71: "Sip.Method",
	72: "Sip.Password", 73: "Sip.StatusCallback", 74: "Sip.StatusCallbackEvent",
	75: "Sip.StatusCallbackMethod", 76: "Sip.Url", 77: "Sip.Username",

	96: "Call.AccountSid", 97: "Call.ApplicationSid", 98: "Call.AsyncAmd",
	99: "Call.AsyncAmdStatusCallback", 100: "Call.AsyncAmdStatusCallbackMethod", 101: "Call.Byoc",
	102: "Call.CallReason", 103: "Call.CallToken", 104: "Call.CallerId", 105: "Call.FallbackMethod",
	106: "Call.FallbackUrl", 107: "Call.From", 108: "Call.MachineDetection",
	109: "Call.MachineDetectionSilenceTimeout", 110: "Call.MachineDetectionSpeechEndThreshold",
	111: "Call.MachineDetectionSpeechThreshold", 112: "Call.MachineDetectionTimeout",
	113: "Call.Method", 114: "Call.Record", 115: "Call.RecordingChannels",
	116: "Call.RecordingStatusCallback", 117: "Call.RecordingStatusCallbackMethod",
	118: "Call.RecordingTrack", 119: "Call.SendDigits", 120: "Call.SipAuthPassword",
	121: "Call.SipAuthUsername", 122: "Call.StatusCallback", 123: "Call.StatusCallbackMethod",
	124: "Call.TimeLimit", 125: "Call.Timeout", 126: "Call.To", 127: "Call.Trim", 128: "Call.Twiml",
	129: "Call.Url",
}

// fieldByPath returns the string field of s that a v1Tags path names.
func fieldByPath(s *State, path string) reflect.Value {
	v := reflect.ValueOf(s).Elem()
	group, name, ok := strings.Cut(path, ".")
	switch {
	case !ok:
		name = group
	case group == "Dial":
		v = v.FieldByName("Dial")
	case group == "Sip":
		v = reflect.ValueOf(&s.Dial.Sips[len(s.Dial.Sips)-1]).Elem()
	case group == "Call":
		v = v.FieldByName("Call")
	}
	return v.FieldByName(name)
}

func TestV1Tags(t *testing.T) {
	// Each tag sets exactly the field v1Tags names, and the panes that
	// follow it follow as State says.
	values := map[byte]string{tagPane: "call", tagMode: "xml", tagSource: "Twiml"}
	for tag, path := range v1Tags {
		v, ok := values[tag]
		if !ok {
			v = "v" + strconv.Itoa(int(tag))
		}
		records := rec(tag, v)
		want := Default()
		if strings.HasPrefix(path, "Sip.") {
			records = cat(rec(tagSipNew, "sip:a@b"), records)
			want.Dial.Sips = []twiml.Sip{{URI: "sip:a@b"}}
		}
		fieldByPath(&want, path).SetString(v)
		if path != "XML" {
			want.XML = twiml.Render(want.Dial)
		}
		if path != "Call.To" {
			want.Call.To = want.URI
		}
		if path != "Call.Twiml" && want.Source == SourceTwiml {
			want.Call.Twiml = want.XML
		}
		got, err := Decode(pack(t, records))
		require.NoError(t, err, "tag %d", tag)
		assert.Equal(t, want, got, "tag %d sets %s", tag, path)
	}
}

// specialTags pins the tags that set more than one string field.
var specialTags = map[byte]string{
	5: "ToEdited", 9: "SecretsLeftOut", 16: "Dial.Sips (none)", 17: "Dial.Sips (append)",
	160: "Call.StatusCallbackEvent", 161: "Call.RecordingStatusCallbackEvent",
}

func TestTagTablesArePinned(t *testing.T) {
	// The tables in permalink_fields.go hold exactly the pinned tags, each
	// once, with the pinned field; the special tags are the pinned ones.
	got := map[byte]string{}
	add := func(tag byte, name string) {
		prev, dup := got[tag]
		assert.False(t, dup, "tag %d used for %s and %s", tag, prev, name)
		got[tag] = name
	}
	for _, f := range stateFields {
		add(f.Tag, f.Name)
	}
	for _, f := range sipFields {
		add(f.Tag, "Sip."+f.Name)
	}
	for tag, name := range specialTags {
		add(tag, name)
	}
	want := map[byte]string{}
	for tag, name := range v1Tags {
		want[tag] = name
	}
	for tag, name := range specialTags {
		want[tag] = name
	}
	assert.Equal(t, want, got, "a new tag is pinned in v1Tags; a pinned tag never changes")
	assert.Equal(t, []byte{tagToEdited, tagSipsNone, tagSipNew, tagStatusCallbackEvent, tagRecordingStatusCallbackEvent},
		[]byte{5, 16, 17, 160, 161})
}

func TestTagRowsGetTheirNamedField(t *testing.T) {
	// Each row's Get returns the field its Name names.
	var s State
	s.Dial.Sips = []twiml.Sip{{}}
	check := func(tag byte, path string, got *string) {
		want := fieldByPath(&s, path)
		require.True(t, want.IsValid(), "row %d: no field %s", tag, path)
		assert.Equal(t, want.Addr().Pointer(), reflect.ValueOf(got).Pointer(), "row %d gets %s", tag, path)
	}
	for _, f := range stateFields {
		check(f.Tag, f.Name, f.Get(&s))
	}
	for _, f := range sipFields {
		check(f.Tag, "Sip."+f.Name, f.Get(&s.Dial.Sips[0]))
	}
}

// isSecret is the rule for which fields are secrets: SIP passwords and the
// auth token never enter a link unless the person opts in. For a Calls
// parameter, the calls schema says which are.
func isSecret(path string) bool {
	if key, ok := strings.CutPrefix(path, "Call."); ok {
		p, _ := calls.Lookup(key)
		return p.Secret
	}
	return strings.HasSuffix(path, "Password") || strings.HasSuffix(path, "AuthToken")
}

func TestSecretRowsFollowTheRule(t *testing.T) {
	for _, f := range stateFields {
		assert.Equal(t, isSecret(f.Name), f.Secret, "row %d %s", f.Tag, f.Name)
	}
	for _, f := range sipFields {
		assert.Equal(t, isSecret(f.Name), f.Secret, "row %d Sip.%s", f.Tag, f.Name)
	}
}

func TestSecretFields(t *testing.T) {
	// With every field set, a link without secrets loses exactly the
	// secret fields (three in v1).
	s := Default()
	s.Dial.Sips = []twiml.Sip{{URI: "sip:a@b"}}
	for _, path := range v1Tags {
		if path != "Pane" && path != "Mode" && path != "Source" {
			fieldByPath(&s, path).SetString("x" + path)
		}
	}
	want := s
	want.Dial.Sips = []twiml.Sip{s.Dial.Sips[0]}
	secrets := 0
	for _, path := range v1Tags {
		if isSecret(path) {
			fieldByPath(&want, path).SetString("")
			secrets++
		}
	}
	require.GreaterOrEqual(t, secrets, 3, "Sip.Password, Call.SipAuthPassword and AuthToken are secrets")
	want.SecretsLeftOut = true
	got, err := Decode(Encode(s, false))
	require.NoError(t, err)
	assert.Equal(t, want, got)
	got, err = Decode(Encode(s, true))
	require.NoError(t, err)
	assert.Equal(t, s, got, "with secrets")
}

// A link made without secrets that were set says so, and only then.
func TestSecretsLeftOut(t *testing.T) {
	withPassword := Default()
	withPassword.Dial.Sips = []twiml.Sip{{URI: "sip:a@b.c", Password: "p"}}
	withPassword.XML = twiml.Render(withPassword.Dial)
	inXML := Default()
	inXML.Mode, inXML.XML = ModeXML, `<Response><Dial><Sip password="p">sip:a@b.c</Sip></Dial></Response>`
	token := Default()
	token.AuthToken = "t"
	opened := Default()
	opened.SecretsLeftOut = true // a state opened from such a link, with nothing secret in it now
	tests := []struct {
		name    string
		s       State
		secrets bool
		want    bool
	}{
		{"no secret set", Default(), false, false},
		{"a <Sip> password", withPassword, false, true},
		{"a password attribute in the XML", inXML, false, true},
		{"the auth token", token, false, true},
		{"the password, with secrets", withPassword, true, false},
		{"the flag is not written back", opened, false, false},
	}
	for _, tt := range tests {
		got, err := Decode(Encode(tt.s, tt.secrets))
		require.NoError(t, err, tt.name)
		assert.Equal(t, tt.want, got.SecretsLeftOut, tt.name)
	}
	_, err := Decode(pack(t, rec(tagSecretsLeftOut, "0")))
	assert.EqualError(t, err, `This link is damaged: the "secrets left out" flag is neither set nor clear.`)
}

func TestStripURIPasswords(t *testing.T) {
	tests := []struct{ in, want string }{
		{``, ``},
		{`sip:bob@example.com`, `sip:bob@example.com`},
		{`sip:bob:secret@example.com`, `sip:bob@example.com`},
		{`SIPS:bob:s3cr%40t@example.com;transport=tls`, `SIPS:bob@example.com;transport=tls`},
		{`sip:bob:@example.com`, `sip:bob@example.com`},
		{`sip://bob:pw@example.com`, `sip://bob@example.com`},
		{`<Sip>sip:bob:pw@example.com</Sip><Sip>sip:kate:x@example.com</Sip>`, `<Sip>sip:bob@example.com</Sip><Sip>sip:kate@example.com</Sip>`},
		{`https://user:pw@example.com/twiml?a=b`, `https://user@example.com/twiml?a=b`},
		{`HTTP://user:pw@example.com`, `HTTP://user@example.com`},
		// No password: a host and port, a path, a text that is no URI.
		{`sip:example.com:5060;transport=tcp`, `sip:example.com:5060;transport=tcp`},
		{`sip:bob:5060`, `sip:bob:5060`},
		{`https://example.com:8443/a:b@c`, `https://example.com:8443/a:b@c`},
		{`https://example.com/x?u=a:b@c`, `https://example.com/x?u=a:b@c`},
		{`sip:bob "a:b@c"`, `sip:bob "a:b@c"`},
		{`write to a:b@c`, `write to a:b@c`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, stripURIPasswords(tt.in), "input %q", tt.in)
	}
}

// A password written inside a URI is a secret too: a link made without
// secrets leaves it out wherever the URI is (pane 1, a <Sip>, To, the
// documents, a webhook's userinfo), and says so.
func TestEncodeLeavesURIPasswordsOut(t *testing.T) {
	s := Default()
	s.URI = "sip:bob:secret1@example.com"
	s.Dial.Sips = []twiml.Sip{{URI: "sip:kate:secret2@example.com"}}
	s.XML = twiml.Render(s.Dial)
	s.ToEdited, s.Call.To = true, "sip:jack:secret3@example.com"
	s.Call.Url = "https://user:secret4@example.com/twiml"
	s.Call.StatusCallback = "https://user:secret5@example.com/status"

	got, err := Decode(Encode(s, false))
	require.NoError(t, err)
	assert.Equal(t, "sip:bob@example.com", got.URI)
	assert.Equal(t, []twiml.Sip{{URI: "sip:kate@example.com"}}, got.Dial.Sips)
	assert.Equal(t, "sip:jack@example.com", got.Call.To)
	assert.Equal(t, "https://user@example.com/twiml", got.Call.Url)
	assert.Equal(t, "https://user@example.com/status", got.Call.StatusCallback)
	assert.True(t, got.SecretsLeftOut, "the link says secrets were left out")
	for i := 1; i <= 5; i++ {
		assert.NotContains(t, fmt.Sprintf("%+v", got), "secret"+strconv.Itoa(i), "the state opened from the link")
	}

	got, err = Decode(Encode(s, true))
	require.NoError(t, err)
	assert.Equal(t, s, got, "with secrets")
}
