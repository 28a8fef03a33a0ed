package sipuri

import "testing"

// Realistic URIs for the benchmarks: what people paste into <Sip> and To.
const (
	typicalURI = "sip:alice@example.com:5060;transport=tcp" // 40 bytes
	longURI    = "sips:+14155551234@pbx.example.com:5061;transport=tls;secure=true;region=ie1" +
		"?X-Customer-Id=4711&X-Campaign=spring%20sale&User-to-User=123456789%3Bencoding%3Dhex" +
		"&x-name=Madhu%2CMathiyalagan%3BTitle%3DManager&X-Trace=0123456789abcdef0123456789abcdef0123" // 250 bytes
)

var benchCorpus = []string{
	typicalURI,
	"sip:jack@example.com",
	"sip:jack@example.com;region=ie1",
	"sip:+15551234567@trunk.example.com;transport=tls;secure=true",
	"sip:jack@example.com?x-customname=Madhu%2CMathiyalagan%3BTitle%3DManager&x-myotherheader=bar",
	"sip:alice:secretword@atlanta.com;transport=tcp",
	"sip:ted@[::ffff:192.0.2.2]:5060",
	"sip:user;par=u%40example.net@example.com",
	longURI,
}

func BenchmarkParse(b *testing.B) {
	b.Run("typical", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(typicalURI)))
		for b.Loop() {
			if _, err := Parse(typicalURI); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("long", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(longURI)))
		for b.Loop() {
			if _, err := Parse(longURI); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("corpus", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range benchCorpus {
				if _, err := Parse(s); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

func BenchmarkString(b *testing.B) {
	u, err := Parse(longURI)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = u.String()
	}
}

func BenchmarkCheck(b *testing.B) {
	b.Run("typical", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Check(typicalURI)
		}
	})
	b.Run("long", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(longURI)))
		for b.Loop() {
			Check(longURI)
		}
	})
	b.Run("corpus", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range benchCorpus {
				Check(s)
			}
		}
	})
}

func BenchmarkExplain(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Explain(longURI)
	}
}

func TestBenchURIs(t *testing.T) {
	if len(typicalURI) != 40 || len(longURI) != 250 {
		t.Fatalf("typical URI is %d bytes, long URI %d; want 40 and 250", len(typicalURI), len(longURI))
	}
	for _, s := range benchCorpus {
		if _, err := Parse(s); err != nil {
			t.Errorf("Parse(%q): %v", s, err)
		}
	}
}

// Sinks keep what BenchmarkParseParts allocates on the heap, as Parse's
// caller would.
var (
	sinkURI     *URI
	sinkHeaders []Header
)

// BenchmarkParseParts splits what Parse costs on testdata/twilio-uris.txt
// (the corpus bench/peer compares with sipgo): "scan" is the strict walk
// alone, which reads every byte against the grammar and builds nothing;
// "allocate" is the allocations Parse makes for these URIs (each URI with
// its params, and the headers' slice) and nothing else; "parse" is Parse.
// scan plus allocate is what no Parse with this API and this strictness
// can go below.
func BenchmarkParseParts(b *testing.B) {
	corpus := readURIs(b, "testdata/twilio-uris.txt")
	b.Run("scan", func(b *testing.B) {
		for b.Loop() {
			for _, s := range corpus {
				w := walker{s: s}
				if w.walk(); w.err != nil {
					b.Fatal(s, w.err.msg)
				}
			}
		}
	})
	var params, headers []int
	for _, s := range corpus {
		u, err := Parse(s)
		if err != nil {
			b.Fatal(s, err)
		}
		params, headers = append(params, len(u.Params)), append(headers, len(u.Headers))
	}
	b.Run("allocate", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for k := range corpus {
				sinkURI = newURI(params[k])
				if headers[k] > 0 {
					sinkHeaders = make([]Header, headers[k])
				}
			}
		}
	})
	b.Run("parse", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range corpus {
				if _, err := Parse(s); err != nil {
					b.Fatal(s, err)
				}
			}
		}
	})
}
