package callflow

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSignatureVector checks the example of Twilio's security guide, which
// the Node library's own tests use too.
func TestSignatureVector(t *testing.T) {
	params := []Param{
		{"CallSid", "CA1234567890ABCDE"}, {"Caller", "+14158675309"}, {"Digits", "1234"},
		{"From", "+14158675309"}, {"To", "+18005551212"},
	}
	got := Signature("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", params)
	assert.Equal(t, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", got)
}

// signatureCases generates n requests: URLs with and without ports, query
// strings, unicode (BMP and astral, whose UTF-16 order differs from UTF-8's),
// repeated keys with equal and different values, and empty values.
func signatureCases(n int) []oracleCase {
	rng := rand.New(rand.NewPCG(13, 2010))
	hosts := []string{"example.com", "example.com:8443", "localhost:3000", "127.0.0.1", "[::1]:8080", "xn--bcher-kva.example"}
	paths := []string{"", "/", "/status", "/twiml/dial-sip.xml", "/a b", "/ünïcode/路径", "/%7Euser/x;y"}
	queries := []string{"", "?", "?a=1", "?a=1&b=2", "?x=%20y+z", "?q=é&q=€", "?bodySHA256=abc", "?e=😀&f='\"<>"}
	names := []string{"CallSid", "AccountSid", "From", "To", "CallStatus", "SipHeader_X-Name", "StatusCallbackEvent",
		"a", "A", "ab", "Z", "é", "€", "😀", "\uFF5E", "𝄞x", "_", "", "Digits"}
	values := []string{"", "CA0123", "+15005550006", "sip:alice@example.com;transport=tls?X-Id=1%262", "in-progress",
		"a b", "ünï", "😀", "\uFFFD", "line\nbreak", "tab\tq", "&=?%", "'\"\\", "€uro", "𝄞"}
	tokens := []string{"12345", "0123456789abcdef0123456789abcdef", "ünï-token", ""}
	cases := make([]oracleCase, n)
	for i := range cases {
		scheme := []string{"http://", "https://"}[rng.IntN(2)]
		url := scheme + hosts[rng.IntN(len(hosts))] + paths[rng.IntN(len(paths))] + queries[rng.IntN(len(queries))]
		var params []Param
		if rng.IntN(5) > 0 { // one in five is a GET: no POST parameters
			for range rng.IntN(9) {
				name := names[rng.IntN(len(names))]
				params = append(params, Param{name, values[rng.IntN(len(values))]})
				if rng.IntN(4) == 0 { // the same name again, half the time with the same value
					v := params[len(params)-1].Value
					if rng.IntN(2) == 0 {
						v = values[rng.IntN(len(values))]
					}
					params = append(params, Param{name, v})
				}
			}
		}
		token := tokens[rng.IntN(len(tokens))]
		cases[i] = oracleCase{Token: token, URL: url, Params: toPairs(params), Ours: Signature(token, url, params)}
	}
	return cases
}

// TestSignatureOracle compares Signature with Twilio's Node library on 400
// generated requests: its getExpectedTwilioSignature must agree, and its
// validateRequest must accept our signature.
func TestSignatureOracle(t *testing.T) {
	cases := signatureCases(400)
	answers := askOracle(t, cases)
	for i, c := range cases {
		desc := fmt.Sprintf("token %q url %q params %q", c.Token, c.URL, c.Params)
		assert.Equal(t, answers[i].Expected, c.Ours, desc)
		assert.True(t, answers[i].Valid, "validateRequest rejects our signature: %s", desc)
	}
}
