package peer

import (
	"net/url"
	"testing"

	"github.com/emiago/sipgo/sip"
	"github.com/sipplay/sipplay/sipuri"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rounds is how many times BenchmarkPeer measures each parser. The rounds
// interleave, so that on a shared machine every benchmark meets the same
// spells of load; go test names the repeats name#01, name#02 and so on,
// and internal/benchcheck keeps the fastest round of each.
const rounds = 15

// BenchmarkPeer times one pass over the corpus per iteration for each
// parser, so the figures compare directly: sipuri's strict Parse, sipgo's
// lenient ParseUri (into a fresh Uri per URI, as a caller would use it), and
// sipuri's Check, which also applies Twilio's rules and builds diagnostics.
func BenchmarkPeer(b *testing.B) {
	corpus := readCorpus(b)
	for range rounds {
		b.Run("sipuri-parse", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range corpus {
					if _, err := sipuri.Parse(s); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
		b.Run("sipgo-parseuri", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range corpus {
					var u sip.Uri
					if err := sip.ParseUri(s, &u); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
		b.Run("sipuri-check", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range corpus {
					sipuri.Check(s)
				}
			}
		})
	}
}

// TestParsersAgree keeps the comparison fair: both parsers accept every
// corpus entry and read the same scheme, user, password, host, port and
// params and headers from it. sipgo keeps escapes as written, so its
// parts are decoded with net/url before they are compared.
func TestParsersAgree(t *testing.T) {
	decode := func(s string) string {
		d, err := url.PathUnescape(s)
		require.NoError(t, err, "decoding %q", s)
		return d
	}
	for _, s := range readCorpus(t) {
		got, err := sipuri.Parse(s)
		require.NoError(t, err, "sipuri.Parse(%q)", s)
		var peer sip.Uri
		require.NoError(t, sip.ParseUri(s, &peer), "sip.ParseUri(%q)", s)

		assert.Equal(t, peer.Scheme, got.Scheme, "scheme of %q", s)
		assert.Equal(t, decode(peer.User), got.User, "user of %q", s)
		assert.Equal(t, decode(peer.Password), got.Password, "password of %q", s)
		assert.Equal(t, peer.Host, got.Host, "host of %q", s)
		assert.Equal(t, peer.Port, got.Port, "port of %q", s)

		var params []sipuri.Param
		for _, kv := range peer.UriParams {
			params = append(params, sipuri.Param{Name: decode(kv.K), Value: decode(kv.V)})
		}
		assert.Equal(t, params, got.Params, "params of %q", s)
		var headers []sipuri.Header
		for _, kv := range peer.Headers {
			headers = append(headers, sipuri.Header{Name: decode(kv.K), Value: decode(kv.V)})
		}
		assert.Equal(t, headers, got.Headers, "headers of %q", s)
	}
}

// TestCorpusChecksClean makes sure Check times the ordinary path: no
// corpus entry has an error finding.
func TestCorpusChecksClean(t *testing.T) {
	for _, s := range readCorpus(t) {
		for _, d := range sipuri.Check(s) {
			assert.NotEqual(t, sipuri.Error, d.Severity, "Check(%q): %s", s, d.Message)
		}
	}
}
