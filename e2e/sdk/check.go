package sdk

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sipplay/sipplay/calls"
)

// Name is a snippet's name in the checks: its index in Requests.
func Name(i int) string { return fmt.Sprintf("r%03d", i) }

// CheckSent asserts that each request's snippet, run by the SDK of lang,
// sent exactly one request, the one Expect gives.
func CheckSent(t *testing.T, lang string, rs []calls.Request, sent map[string][]Sent) {
	t.Helper()
	applied := map[string]int{}
	for i, r := range rs {
		code := calls.Snippet(r, lang)
		want, diffs, err := Expect(r, lang)
		require.NoError(t, err)
		for _, d := range diffs {
			applied[d]++
			assert.NotEmpty(t, NoteLine(code, d), "%s: %s differs (%s) but the snippet does not say so; snippet:\n%s", Name(i), lang, d, code)
		}
		for _, flag := range want.Refused {
			assert.Contains(t, NoteLine(code, "cli-refuses-invalid"), "--"+flag, "%s: the snippet does not name %s as refused; snippet:\n%s", Name(i), flag, code)
		}
		got := sent[Name(i)]
		if !assert.Len(t, got, 1, "%s: %s sent %d requests, not one, for %#v; snippet:\n%s", Name(i), lang, len(got), r, code) {
			continue
		}
		if len(want.Refused) > 0 {
			// twilio-cli 6.2.4 fails on an --account-sid that is no SID
			// before it checks the other flags, naming none.
			named := !slices.Contains(want.Refused, "account-sid")
			if assert.NotEmpty(t, got[0].Error, "%s: %s sent a request with values it should refuse (%v) for %#v; snippet:\n%s", Name(i), lang, want.Refused, r, code) && named {
				for _, flag := range want.Refused {
					assert.Contains(t, got[0].Error, flag+":", "%s: %s's error does not name %s; snippet:\n%s", Name(i), lang, flag, code)
				}
			}
			continue
		}
		if want.AnyPath && got[0].Error != "" {
			continue // the SDK refused the AccountSid
		}
		req, err := got[0].Decode()
		if !assert.NoError(t, err, "%s: %#v; snippet:\n%s", Name(i), r, code) {
			continue
		}
		if want.AnyPath {
			req.Path, req.AnyPath = want.Path, true
		}
		assert.Equal(t, want, req, "%s: %s sent another request for %#v (expected differences: %v); snippet:\n%s", Name(i), lang, r, diffs, code)
	}
	t.Logf("%s: %d requests checked; differences applied: %v", lang, len(rs), applied)
}
