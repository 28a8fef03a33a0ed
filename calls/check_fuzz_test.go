package calls

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// FuzzCheck feeds arbitrary values to Check, the fixes and the snippets:
// nothing may panic, every finding names a field and spans into its text,
// and applying a fix leaves a request Check can read.
func FuzzCheck(f *testing.F) {
	f.Add("sip:alice@example.com", "Jack Smith", "https://my_host/x", "30", "initiated answered,completed", "post")
	f.Add("+14155550100", "Jack", "ftp://x", "-1", "Completed", "")
	f.Add("SIPS:a@b", "\xff", "http://[::1", "99999999999999999999", "", "\x00")
	f.Fuzz(func(t *testing.T, to, from, url, num, events, method string) {
		r := Request{AccountSid: from, To: to, From: from, Url: url, Twiml: to + url, Timeout: num, TimeLimit: num,
			MachineDetectionSilenceTimeout: num, SendDigits: from, StatusCallbackEvent: []string{events, method},
			RecordingStatusCallbackEvent: []string{method}, Method: method, Record: method, StatusCallback: to,
			SipAuthUsername: method, Byoc: num}
		for _, d := range Check(r) {
			text := FieldText(r, d.Field)
			assert.NotEmpty(t, d.Code)
			_, known := Lookup(d.Field)
			assert.True(t, known, "unknown field in %+v", d)
			assert.True(t, 0 <= d.Start && d.Start <= d.End && d.End <= len(text), "span of %+v outside %q", d, text)
			if d.Fix != nil {
				assert.True(t, 0 <= d.Fix.Start && d.Fix.Start <= d.Fix.End && d.Fix.End <= len(text), "fix of %+v outside %q", d, text)
				_ = Check(ApplyFix(r, d))
			}
		}
		for _, l := range Languages() {
			_ = Snippet(r, l.ID)
		}
		_ = CurlWith(r, CurlOptions{AuthToken: events})
	})
}
