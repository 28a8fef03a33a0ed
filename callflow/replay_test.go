package callflow

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os/exec"
	"sort"
	"sync"
	"testing"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A received request, as a webhook handler sees it.
type received struct {
	method, url, contentType, signature, body string
}

// maximalInput has the given number of <Sip> nouns and sets every callback the flow knows: Url, FallbackUrl,
// statusCallback (GET with a query), recording, AMD, a screening url and a
// relative <Dial action>, with unicode in the values.
func maximalInput(nouns int) Input {
	sips := make([]twiml.Sip, nouns)
	for i := range sips {
		sips[i] = twiml.Sip{URI: "sip:agent" + string(rune('a'+i)) + "@example.com;transport=tls?X-Un%C3%AF=%E2%82%AC&User-to-User=1%3Bx",
			StatusCallback: "https://hooks.example.com/sip-status", StatusCallbackEvent: "initiated ringing answered completed",
			Url: "/screen?who=é", Method: "GET", Username: "kate", Password: "s3cret",
			MachineDetection: "Enable", AmdStatusCallback: "https://hooks.example.com/amd"}
	}
	d := twiml.Dial{Action: "after?q='quoted'", Record: "record-from-answer-dual", CallerId: "+15005550006",
		RecordingStatusCallback: "https://hooks.example.com/rec", RecordingStatusCallbackEvent: "in-progress completed", Sips: sips}
	return Input{URI: sips[nouns-1].URI, TwiML: twiml.Render(d), Call: calls.Request{
		AccountSid: "AC0123456789abcdef0123456789abcdef", To: sips[nouns-1].URI, From: "+15005550006",
		Url: "https://hooks.example.com/twiml?x=1", FallbackUrl: "https://hooks.example.com/fallback",
		StatusCallback: "https://hooks.example.com/status?tenant=ü&b=2", StatusCallbackMethod: "GET",
		StatusCallbackEvent: allEvents, Record: "true", RecordingStatusCallback: "https://hooks.example.com/call-rec",
		RecordingStatusCallbackEvent: []string{"in-progress", "completed"},
		MachineDetection:             "Enable", AsyncAmd: "true", AsyncAmdStatusCallback: "https://hooks.example.com/async-amd",
		SipAuthUsername: "kate", SipAuthPassword: "s3cret"}}
}

// TestReplay runs every replay curl in bash against a local server, which
// must receive exactly the request shown and accept its signature: by
// Signature over what it received, and by Twilio's Node library.
func TestReplay(t *testing.T) {
	_, err := exec.LookPath("curl")
	require.NoError(t, err, "curl is needed to run the replays; .ci/run installs it")
	var mu sync.Mutex
	var got []received
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		got = append(got, received{r.Method, "http://" + r.Host + r.RequestURI, r.Header.Get("Content-Type"),
			r.Header.Get("X-Twilio-Signature"), string(body)})
		mu.Unlock()
		w.Header().Set("Content-Type", "text/xml")
		io.WriteString(w, "<Response/>")
	}))
	defer srv.Close()

	const token = "tøken with 'quotes' and $HOME"
	base := srv.URL + "/it's/$HOME/`x`/!"
	f := Derive(maximalInput(2), Settings{Outcome: Answered})
	require.Empty(t, ReplayBaseError(base))
	var cases []oracleCase
	n := 0
	for _, s := range f.Steps {
		assert.Empty(t, s.Blocked, "the maximal state is valid: %s", s.Label)
		if s.Kind != HTTP || s.Label == "POST Calls.json" {
			continue
		}
		r := s.Request
		replayURL, curl := r.Replay(base, token)
		require.NotEmpty(t, curl, s.Label)
		got = nil
		out, err := exec.Command("bash", "-c", curl+" --silent --show-error --fail").CombinedOutput()
		require.NoError(t, err, "%s: %s\n%s", s.Label, curl, out)
		require.Len(t, got, 1, s.Label)
		g := got[0]
		assert.Equal(t, r.Method, g.method, s.Label)
		assert.Equal(t, replayURL, g.url, s.Label)
		assert.Equal(t, r.Body(), g.body, "%s: the body is exactly the form body shown", s.Label)
		var params []Param
		if r.Method == "POST" {
			assert.Equal(t, "application/x-www-form-urlencoded", g.contentType, s.Label)
			form, err := url.ParseQuery(g.body)
			require.NoError(t, err, s.Label)
			for name, vs := range form {
				for _, v := range vs {
					params = append(params, Param{name, v})
				}
			}
			sort.Slice(params, func(i, j int) bool { return params[i].Name < params[j].Name })
			assert.ElementsMatch(t, r.Params, params, s.Label)
		}
		assert.Equal(t, Signature(token, g.url, params), g.signature, s.Label)
		cases = append(cases, oracleCase{Token: token, URL: g.url, Params: toPairs(params), Ours: g.signature})
		n++
	}
	assert.Greater(t, n, 20, "the maximal state sends many webhooks")
	for i, a := range askOracle(t, cases) {
		assert.True(t, a.Valid, "twilio's validateRequest rejects replay %d: %+v", i, cases[i])
	}
}

// TestWebhookSignatures checks each webhook's X-Twilio-Signature for its own
// URL with Twilio's Node library.
func TestWebhookSignatures(t *testing.T) {
	const token = "0123456789abcdef0123456789abcdef"
	f := Derive(maximalInput(10), Settings{Outcome: Answered})
	var cases []oracleCase
	for _, s := range f.Steps {
		if r := s.Request; r != nil && s.Label != "POST Calls.json" {
			cases = append(cases, oracleCase{Token: token, URL: r.URL, Params: toPairs(r.Signed()), Ours: r.Sign(token)})
		}
	}
	require.NotEmpty(t, cases)
	for i, a := range askOracle(t, cases) {
		assert.Equal(t, a.Expected, cases[i].Ours, "%+v", cases[i])
	}
}

// TestReplayBase checks which base URLs a replay accepts.
func TestReplayBase(t *testing.T) {
	for in, want := range map[string]string{
		"": DefaultReplayBase, "http://localhost:3000/": "http://localhost:3000",
		" https://example.com/hooks ": "https://example.com/hooks", "ftp://x": "", "localhost:3000": "",
		"http://": "", "http://x/?q=1": "", "http://x/#f": "",
	} {
		got, msg := replayBase(in)
		assert.Equal(t, want, got, in)
		assert.Equal(t, want == "", msg != "", in)
	}
}
