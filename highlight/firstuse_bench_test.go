package highlight

import (
	"testing"

	"github.com/alecthomas/chroma/v2"
)

// BenchmarkLexerFirstUse measures what the first highlight of a page visit
// pays once per lexer: chroma compiles every pattern of the lexer's rules
// on its first Tokenise. Each iteration builds the lexer anew and
// tokenises a one-line text with it.
func BenchmarkLexerFirstUse(b *testing.B) {
	for _, lx := range []struct {
		name  string
		rules func() chroma.Rules
		text  string
	}{
		{"uri", uriRules, "sip:alice@example.com;transport=tls"},
		{"twiml", twimlRules, `<Response><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>`},
		{"bash", bashRules, `curl -X POST "https://api.twilio.com" -u "$SID:$TOKEN"`},
	} {
		b.Run(lx.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				l := chroma.MustNewLexer(&chroma.Config{Name: lx.name}, lx.rules)
				tokenise(l, lx.text)
			}
		})
	}
}
