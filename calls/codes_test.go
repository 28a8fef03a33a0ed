package calls

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/sipplay/sipplay/sipuri"
	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// badRequests holds, for each of Check's own codes, a request that makes
// Check report it.
var badRequests = []struct {
	code string
	mod  func(*Request)
}{
	{CodeRequired, func(r *Request) { r.To = "" }},
	{CodeRequired, func(r *Request) { r.Url = "" }},
	{CodeSID, func(r *Request) { r.AccountSid = "AC123" }},
	{CodeFrom, func(r *Request) { r.From = "Jack Smith" }},
	{CodeFrom, func(r *Request) { r.To, r.From = "+14155550100", "Jack" }},
	{CodeSIPAuth, func(r *Request) { r.SipAuthPassword = "" }},
	{CodeEnum, func(r *Request) { r.Method = "FETCH" }},
	{CodeEvents, func(r *Request) { r.StatusCallbackEvent = []string{"initiated answered"} }},
	{CodeRange, func(r *Request) { r.Timeout = "601" }},
	{CodeRange, func(r *Request) { r.SendDigits = "12a4" }},
	{CodeURL, func(r *Request) { r.StatusCallback = "https://my_host.example.com/cb" }},
	{CodeTwimlTooLong, func(r *Request) { r.Url, r.Twiml = "", strings.Repeat("a", 4001) }},
	{CodeTwimlIgnored, func(r *Request) { r.Twiml = "<Response/>" }},
	{CodeByocIgnored, func(r *Request) { r.Byoc = "BY0123456789abcdef0123456789abcdef" }},
}

// randomRequests returns n requests with random fields set to values
// from a pool of good, bad and nasty ones.
func randomRequests(n int) []Request {
	pool := append([]string{"", "30", "0", "007", "600", "true", "false", "GET", "post", "FETCH", "https://e.com/x",
		"http://a_b.c/", "AP0123456789abcdef0123456789abcdef", "BY0123456789abcdef0123456789abcdef", "-x", "x y",
		"initiated", "in-progress completed", "+14155550100", "sip:a@b.c", "client:x"}, nastyValues...)
	rnd := rand.New(rand.NewSource(1))
	typ := reflect.TypeOf(Request{})
	out := make([]Request, n)
	for k := range out {
		v := reflect.ValueOf(&out[k]).Elem()
		for i := 0; i < typ.NumField(); i++ {
			if rnd.Intn(3) != 0 {
				continue
			}
			if f := v.Field(i); f.Kind() == reflect.Slice {
				f.Set(reflect.ValueOf([]string{pool[rnd.Intn(len(pool))], pool[rnd.Intn(len(pool))]}))
			} else {
				f.SetString(pool[rnd.Intn(len(pool))])
			}
		}
	}
	return out
}

// ownFindings returns Check's findings about r that it did not pass on
// from sipuri.Check or twiml.Check.
func ownFindings(r Request) []Diagnostic {
	passed := map[Diagnostic]bool{}
	for _, d := range sipuri.Check(r.To) {
		d.Field, d.Fix = "To", nil
		passed[d] = true
	}
	for _, d := range twiml.Check(r.Twiml) {
		d.Field, d.Fix = "Twiml", nil
		passed[d] = true
	}
	var out []Diagnostic
	for _, d := range Check(r) {
		key := d
		key.Fix = nil
		if !passed[key] {
			out = append(out, d)
		}
	}
	return out
}

// TestCodesCoverCheck holds that Codes documents exactly the codes Check
// reports itself: every code it emits over the bad requests and many
// random ones has an entry, and every entry is emitted.
func TestCodesCoverCheck(t *testing.T) {
	docs := map[string]CodeDoc{}
	for _, d := range Codes() {
		assert.NotContains(t, docs, d.Code, "code %s listed twice", d.Code)
		docs[d.Code] = d
		assert.NotEmpty(t, d.Summary, d.Code)
		assert.NotEmpty(t, d.Why, d.Code)
		assert.True(t, strings.HasPrefix(d.Source, "https://www.twilio.com/docs/") || strings.HasPrefix(d.Source, "https://www.rfc-editor.org/rfc/"),
			"%s: Source %q is a Twilio docs page or an RFC section", d.Code, d.Source)
	}
	emitted := map[string]bool{}
	for _, tt := range badRequests {
		r := validRequest()
		tt.mod(&r)
		var codes []string
		for _, d := range ownFindings(r) {
			codes = append(codes, d.Code)
			emitted[d.Code] = true
			if doc, ok := docs[d.Code]; assert.True(t, ok, "Check(%#v) reports %s, which Codes does not list", r, d.Code) {
				assert.Equal(t, doc.Severity, d.Severity, "%s: severity of %+v", d.Code, d)
			}
		}
		assert.Contains(t, codes, tt.code, "Check(%#v)", r)
	}
	for _, r := range randomRequests(500) {
		for _, d := range ownFindings(r) {
			emitted[d.Code] = true
			_, ok := docs[d.Code]
			assert.True(t, ok, "Check(%#v) reports %s, which Codes does not list", r, d.Code)
		}
	}
	for _, d := range codeDocs { // Import's codes are held by TestImportCodes
		assert.True(t, emitted[d.Code], "Codes lists %s, which no bad request makes Check report: add one to badRequests", d.Code)
	}
	require.NotEmpty(t, emitted)
}
