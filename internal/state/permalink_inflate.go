package state

// A small DEFLATE (RFC 1951) decompressor for what links hold: stored blocks
// and blocks with the fixed Huffman codes, which is all that deflate writes
// (and what compress/flate's compressor wrote for the first, short links).
// A block with dynamic codes does not open. Work and memory are bounded by
// the input and by maxRaw.

// inflate unpacks z+flateTail with dictV1 as the preset dictionary. It
// returns a message for the person instead when the stream is cut short or
// damaged, unpacks to more than maxRaw bytes, or has data after its end
// (other than an unused flateTail).
func inflate(z []byte) ([]byte, string) {
	const (
		cutShort = "This link is cut short: some of its end is missing."
		tooBig   = "This link unpacks to more than 64 KiB, more than any page state needs."
	)
	r := bitReader{in: append(z, flateTail...)}
	// A fixed code unpacks at most 258 bytes from 13 bits, a stored block a
	// byte from a byte: so out holds any stream of this size, up to maxRaw.
	out := make([]byte, len(dictV1)+min(maxRaw, 160*len(r.in)))
	n := copy(out, dictV1)
	for final := uint32(0); final == 0; {
		final = r.bits(1)
		typ := r.bits(2)
		switch {
		case typ == 0: // stored: LEN, NLEN, LEN bytes, from the next byte on
			r.acc, r.nacc = 0, 0
			size := int(r.bits(16))
			if r.bits(16) != uint32(^uint16(size)) || r.eof {
				break
			}
			if len(r.in)-r.pos < size {
				return nil, cutShort
			}
			if len(out)-n < size {
				return nil, tooBig
			}
			n += copy(out[n:], r.in[r.pos:r.pos+size])
			r.pos += size
			continue
		case typ == 1:
			for !r.eof {
				sym := r.symbol()
				length, dist := 1, 0 // a literal
				if sym >= 256 {
					if sym == 256 || sym > 285 {
						typ = uint32(sym) // 256 ends the block, 286 and 287 are no symbols
						break
					}
					length = int(lengthBase[sym-257]) + int(r.bits(uint(lengthExtra[sym-257])))
					c := r.huffman(5)
					if c >= len(distBase) {
						break
					}
					dist = int(distBase[c]) + int(r.bits(uint(distExtra[c])))
					if dist > n {
						break
					}
				}
				if len(out)-n < length {
					return nil, tooBig
				}
				for range length {
					if dist > 0 {
						sym = int(out[n-dist])
					}
					out[n] = byte(sym)
					n++
				}
			}
			if typ == 256 && !r.eof {
				continue
			}
		}
		if r.eof {
			return nil, cutShort
		}
		return nil, "This link is damaged or cut short: its packed data does not unpack."
	}
	// The stream may end before flateTail or after it; ending inside it
	// means that zeros from the tail ended a stream that was cut short.
	switch left := len(r.in) - r.pos; {
	case left > len(flateTail):
		return nil, "This link is damaged: it has extra characters after its end."
	case left > 0 && left < len(flateTail):
		return nil, cutShort
	}
	return out[len(dictV1):n], ""
}

// bitReader reads bits least significant first, as DEFLATE packs them.
// Past the end of its input it reads zeros and sets eof.
type bitReader struct {
	in   []byte
	pos  int // the next byte of in to read
	acc  uint32
	nacc uint // bits held in acc
	eof  bool
}

// bits reads an n-bit number (n <= 16).
//
//go:noinline
func (r *bitReader) bits(n uint) uint32 {
	for r.nacc < n {
		if r.pos == len(r.in) {
			r.eof = true
			return 0
		}
		r.acc |= uint32(r.in[r.pos]) << r.nacc
		r.pos++
		r.nacc += 8
	}
	v := r.acc & (1<<n - 1)
	r.acc >>= n
	r.nacc -= n
	return v
}

// huffman reads an n-bit Huffman code, which DEFLATE stores most
// significant bit first.
//
//go:noinline
func (r *bitReader) huffman(n int) int {
	c := 0
	for range n {
		c = c<<1 | int(r.bits(1))
	}
	return c
}

// symbol reads a literal/length symbol in the fixed code (RFC 1951 3.2.6):
// 7-bit codes for 256-279, 8-bit ones for 0-143 and 280-287, 9-bit ones
// for 144-255.
func (r *bitReader) symbol() int {
	c := r.huffman(7)
	if c < 24 {
		return 256 + c
	}
	c = c<<1 | r.huffman(1)
	switch {
	case c < 0xC0:
		return c - 0x30
	case c < 0xC8:
		return c - 0xC0 + 280
	}
	return (c<<1 | r.huffman(1)) - 0x190 + 144
}
