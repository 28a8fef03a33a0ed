package callflow

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"time"

	"github.com/sipplay/sipplay/calls"
)

// seedOf hashes everything the flow is derived from except the view's
// settings, so a state keeps its sample values whatever outcome is shown.
func seedOf(in Input) [32]byte {
	h := sha256.New()
	write := func(s string) {
		var n [8]byte
		binary.LittleEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	write(in.Call.AccountSid)
	for _, p := range calls.Params(in.Call) {
		write(p.Key)
		write(p.Value)
	}
	write(in.TwiML)
	write(in.URI)
	var seed [32]byte
	h.Sum(seed[:0])
	return seed
}

// hex returns n sample hex digits for label: the same state and label give
// the same digits.
func (f *flow) hex(label string, n int) string {
	sum := sha256.Sum256(append(f.seed[:], label...))
	return hex.EncodeToString(sum[:])[:n]
}

// sid returns a sample SID: prefix and 32 hex digits.
func (f *flow) sid(prefix, label string) string { return prefix + f.hex(label, 32) }

// sampleDay is the day the sample calls take place.
var sampleDay = time.Date(2026, time.January, 5, 0, 0, 0, 0, time.UTC)

// timestamp returns the sample time of a moment at since the app's POST, in
// RFC 2822 form as Twilio writes Timestamp: the POST is at a time of the
// sample day derived from the state.
func (f *flow) timestamp(at time.Duration) string {
	start := time.Duration(binary.LittleEndian.Uint32(f.seed[:4])%86400) * time.Second
	return sampleDay.Add(start + at).Format(time.RFC1123Z)
}
