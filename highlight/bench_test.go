package highlight

import (
	"bytes"
	"compress/gzip"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/require"
)

// BenchmarkCheckAndHighlight measures what the XML editor does on each
// keystroke: twiml.Check, then TwiML with its findings, on a typical
// 600-byte document and on one near the 4000-character inline-TwiML limit.
func BenchmarkCheckAndHighlight(b *testing.B) {
	for _, name := range []string{"typical", "large"} {
		raw, err := os.ReadFile("../twiml/testdata/" + name + ".xml")
		require.NoError(b, err)
		src := string(raw)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				TwiML(src, twiml.Check(src))
			}
		})
	}
}

func BenchmarkURI(b *testing.B) {
	const src = "sip:alice@example.sip.twilio.com;transport=tls;region=ie1?X-Customer-Id=42&User-to-User=123456789%3Bencoding%3Dhex"
	b.ReportAllocs()
	for b.Loop() {
		URI(src, nil)
	}
}

var wasmSizes struct {
	once           sync.Once
	with, without  float64 // gzip bytes
	rawWith, rawWo float64
	err            error
}

// BenchmarkChromaWasmSize reports how many gzip bytes the highlight package (and
// with it chroma's engine) adds to a js/wasm binary: two tiny programs in
// testdata/wasm, identical but for the calls into this package, are built
// once per run and compressed.
func BenchmarkChromaWasmSize(b *testing.B) {
	w := &wasmSizes
	w.once.Do(func() {
		dir := b.TempDir()
		build := func(name string) (raw, gz float64) {
			if w.err != nil {
				return 0, 0
			}
			out := filepath.Join(dir, name+".wasm")
			cmd := exec.Command("go", "build", "-trimpath", "-o", out, "./testdata/wasm/"+name)
			cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
			if msg, err := cmd.CombinedOutput(); err != nil {
				w.err = &buildError{name, string(msg), err}
				return 0, 0
			}
			bin, err := os.ReadFile(out)
			if err != nil {
				w.err = err
				return 0, 0
			}
			var buf bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
			_, _ = zw.Write(bin)
			_ = zw.Close()
			return float64(len(bin)), float64(buf.Len())
		}
		w.rawWith, w.with = build("with")
		w.rawWo, w.without = build("without")
	})
	require.NoError(b, w.err)
	for b.Loop() {
	}
	b.ReportMetric(w.with-w.without, "gzip-bytes")
	b.ReportMetric(w.rawWith-w.rawWo, "raw-bytes")
}

type buildError struct {
	name, output string
	err          error
}

func (e *buildError) Error() string {
	return "building " + e.name + ": " + e.err.Error() + "\n" + e.output
}
