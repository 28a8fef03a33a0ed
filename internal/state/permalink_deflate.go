package state

// A small DEFLATE (RFC 1951) compressor: one final block with the fixed
// Huffman codes, and LZ77 matches found through hash chains that also reach
// into a preset dictionary. inflate (permalink_inflate.go) reads it, and so
// does any DEFLATE decoder. compress/flate would add its compressor and
// decompressor, about 30 KB of gzip, to app.wasm; for links of a few hundred
// bytes the fixed codes cost less than a dynamic block's code tables would.

const (
	deflateWindow = 32 << 10 // the farthest a match may reach back
	minMatch      = 3
	maxMatch      = 258
	maxChain      = 16 // candidates tried per position: bounds the work
	niceMatch     = 64 // a match this long ends the search
	hashBits      = 12
)

// deflate returns src compressed as a raw DEFLATE stream that expects dict
// as its preset dictionary.
func deflate(dict, src string) []byte {
	m := matcher{buf: dict + src, prev: make([]int32, len(dict)+len(src))}
	var w bitWriter
	w.bits(1|1<<1, 3) // BFINAL, BTYPE=01: fixed Huffman codes
	for i := len(dict); i < len(m.buf); {
		l, d := m.longest(i)
		// Lazy matching: a longer match one byte on is worth a literal.
		if l > 0 && l < niceMatch {
			if l2, _ := m.longest(i + 1); l2 > l {
				l = 0
			}
		}
		if l == 0 {
			w.symbol(int(m.buf[i]))
			i++
			continue
		}
		w.match(l, d)
		i += l
	}
	w.symbol(256) // end of block
	return w.flush()
}

// A matcher finds earlier matches in buf through hash chains of the
// positions of 3-byte strings.
type matcher struct {
	buf  string
	head [1 << hashBits]int32 // 1 + the latest position with a hash, 0 for none
	prev []int32              // 1 + the previous position with the same hash, by position
	next int                  // positions before next are in the chains
}

// longest returns the longest match for buf[i:] that starts before i, if
// any, after adding the positions before i to the chains.
//
//go:noinline
func (m *matcher) longest(i int) (length, dist int) {
	buf := m.buf
	for ; m.next < i; m.next++ {
		if m.next+minMatch <= len(buf) {
			h := hash3(buf[m.next:])
			m.prev[m.next] = m.head[h]
			m.head[h] = int32(m.next + 1)
		}
	}
	if i+minMatch > len(buf) {
		return 0, 0
	}
	limit := min(maxMatch, len(buf)-i)
	p := int(m.head[hash3(buf[i:])]) - 1
	for n := 0; p >= 0 && i-p <= deflateWindow && n < maxChain; n++ {
		l := 0
		for l < limit && buf[p+l] == buf[i+l] {
			l++
		}
		if l > length {
			length, dist = l, i-p
			if l == limit || l >= niceMatch {
				break
			}
		}
		p = int(m.prev[p]) - 1
	}
	if length < minMatch {
		return 0, 0
	}
	return length, dist
}

func hash3(b string) uint32 {
	return (uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2])) * 2654435761 >> (32 - hashBits)
}

// bitWriter packs bits least significant first, as DEFLATE wants.
type bitWriter struct {
	out  []byte
	acc  uint64
	nacc uint
}

//
//go:noinline
func (w *bitWriter) bits(v uint64, n uint) {
	w.acc |= v << w.nacc
	w.nacc += n
	for w.nacc >= 8 {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
		w.nacc -= 8
	}
}

// code writes an n-bit Huffman code, which DEFLATE stores most significant
// bit first.
func (w *bitWriter) code(c uint64, n uint) {
	var r uint64
	for range n {
		r = r<<1 | c&1
		c >>= 1
	}
	w.bits(r, n)
}

// symbol writes a literal/length symbol in the fixed code (RFC 1951 3.2.6).
func (w *bitWriter) symbol(s int) {
	c, n := s+0x30, uint(8) // 0-143
	switch {
	case s >= 280:
		c = s - 280 + 0xC0
	case s >= 256:
		c, n = s-256, 7
	case s >= 144:
		c, n = s-144+0x190, 9
	}
	w.code(uint64(c), n)
}

// match writes a length (3..258) and a distance (1..32768).
func (w *bitWriter) match(length, dist int) {
	c := codeOf(lengthBase[:], length)
	w.symbol(257 + c)
	w.bits(uint64(length-int(lengthBase[c])), uint(lengthExtra[c]))
	c = codeOf(distBase[:], dist)
	w.code(uint64(c), 5)
	w.bits(uint64(dist-int(distBase[c])), uint(distExtra[c]))
}

// codeOf returns the last code whose base is at most v.
func codeOf(base []uint16, v int) int {
	c := 0
	for c+1 < len(base) && int(base[c+1]) <= v {
		c++
	}
	return c
}

// The length and distance codes (RFC 1951 3.2.5): each code's first value
// and the number of extra bits that follow it.
var (
	lengthBase = [...]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
		35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [...]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
		3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase = [...]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
		257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra = [...]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
		7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
)

// flush pads the last byte with zeros and returns the stream.
func (w *bitWriter) flush() []byte {
	if w.nacc > 0 {
		w.out = append(w.out, byte(w.acc))
	}
	return w.out
}
