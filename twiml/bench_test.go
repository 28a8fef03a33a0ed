package twiml

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// benchDocs are a typical builder document (about 600 bytes, one <Sip>
// with credentials, callbacks and headers) and one near the Calls API's
// 4000-character inline-TwiML limit (ten <Sip> nouns).
func benchDocs(b *testing.B) map[string]string {
	docs := map[string]string{}
	for _, name := range []string{"typical", "large"} {
		raw, err := os.ReadFile("testdata/" + name + ".xml")
		require.NoError(b, err)
		docs[name] = string(raw)
	}
	return docs
}

func BenchmarkTwiMLCheck(b *testing.B) {
	for _, name := range []string{"typical", "large"} {
		src := benchDocs(b)[name]
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				Check(src)
			}
		})
	}
}

func BenchmarkParseDial(b *testing.B) {
	src := benchDocs(b)["typical"]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseDial(src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRender(b *testing.B) {
	d, err := ParseDial(benchDocs(b)["typical"])
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		Render(d)
	}
}
