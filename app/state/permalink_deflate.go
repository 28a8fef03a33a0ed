package state

// A small DEFLATE (RFC 1951) compressor: one final block with the fixed
// Huffman codes, and LZ77 matches found through hash chains that also reach
// into a preset dictionary. compress/flate reads what it writes (the page
// already links its decompressor), while its own compressor would add about
// 20 KB of gzip to app.wasm. For links of a few hundred bytes the fixed codes
// cost less than a dynamic block's code tables would.

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
	buf := dict + src
	var head [1 << hashBits]int32 // 1 + the latest position with a hash, 0 for none
	prev := make([]int32, len(buf))
	insert := func(i int) {
		if i+minMatch <= len(buf) {
			h := hash3(buf[i:])
			prev[i] = head[h]
			head[h] = int32(i + 1)
		}
	}
	// longest returns the longest earlier match for buf[i:], if any.
	longest := func(i int) (length, dist int) {
		if i+minMatch > len(buf) {
			return 0, 0
		}
		limit := min(maxMatch, len(buf)-i)
		p := int(head[hash3(buf[i:])]) - 1
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
			p = int(prev[p]) - 1
		}
		if length < minMatch {
			return 0, 0
		}
		return length, dist
	}

	var w bitWriter
	w.bits(1|1<<1, 3) // BFINAL, BTYPE=01: fixed Huffman codes
	for i := range len(dict) {
		insert(i)
	}
	for i := len(dict); i < len(buf); {
		l, d := longest(i)
		insert(i)
		// Lazy matching: a longer match one byte on is worth a literal.
		if l > 0 && l < niceMatch {
			if l2, _ := longest(i + 1); l2 > l {
				l = 0
			}
		}
		if l == 0 {
			w.literal(buf[i])
			i++
			continue
		}
		w.match(l, d)
		for j := i + 1; j < i+l; j++ {
			insert(j)
		}
		i += l
	}
	w.symbol(256) // end of block
	return w.flush()
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
	switch {
	case s < 144:
		w.code(uint64(0x30+s), 8)
	case s < 256:
		w.code(uint64(0x190+s-144), 9)
	case s < 280:
		w.code(uint64(s-256), 7)
	default:
		w.code(uint64(0xC0+s-280), 8)
	}
}

func (w *bitWriter) literal(b byte) { w.symbol(int(b)) }

// match writes a length (3..258) and a distance (1..32768).
func (w *bitWriter) match(length, dist int) {
	if length == maxMatch {
		w.symbol(285)
	} else {
		c, base, extra := 0, 3, uint(0)
		for {
			next := base + 1<<extra
			if length < next {
				break
			}
			base = next
			c++
			if c >= 8 {
				extra = uint(c-4) / 4
			}
		}
		w.symbol(257 + c)
		w.bits(uint64(length-base), extra)
	}
	c, base, extra := 0, 1, uint(0)
	for {
		next := base + 1<<extra
		if dist < next {
			break
		}
		base = next
		c++
		if c >= 4 {
			extra = uint(c-2) / 2
		}
	}
	w.code(uint64(c), 5)
	w.bits(uint64(dist-base), extra)
}

// flush pads the last byte with zeros and returns the stream.
func (w *bitWriter) flush() []byte {
	if w.nacc > 0 {
		w.out = append(w.out, byte(w.acc))
	}
	return w.out
}
