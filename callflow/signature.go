package callflow

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"sort"
	"unicode/utf16"
	"unicode/utf8"
)

// Param is one form parameter of a request: its name and its unencoded value.
type Param struct{ Name, Value string }

// Signature returns the X-Twilio-Signature for a request to url with the POST
// parameters params (empty for GET, whose query is part of url).
//
// It is the base64 HMAC-SHA1, keyed by authToken, of url followed by each
// parameter's name and value, sorted by name. It signs what Twilio's Node
// library (validateRequest, getExpectedTwilioSignature) checks: names and
// values compare as JavaScript strings do, by UTF-16 code unit, and a name
// given several times contributes each distinct value once, in sorted
// order. The strings are hashed as given; they should be valid UTF-8.
func Signature(authToken, url string, params []Param) string {
	sorted := append([]Param(nil), params...)
	sort.Slice(sorted, func(i, j int) bool {
		if c := compareUTF16(sorted[i].Name, sorted[j].Name); c != 0 {
			return c < 0
		}
		return compareUTF16(sorted[i].Value, sorted[j].Value) < 0
	})
	mac := hmac.New(sha1.New, []byte(authToken))
	mac.Write([]byte(url))
	for i, p := range sorted {
		if i > 0 && p == sorted[i-1] {
			continue // a repeated name and value is signed once
		}
		mac.Write([]byte(p.Name))
		mac.Write([]byte(p.Value))
	}
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// compareUTF16 compares a and b as sequences of UTF-16 code units, the
// order of JavaScript's default sort: a rune above U+FFFF sorts by its
// surrogates, below U+E000 … U+FFFF.
func compareUTF16(a, b string) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			a1, a2 := utf16Units(ra)
			b1, b2 := utf16Units(rb)
			if a1 != b1 {
				return int(a1) - int(b1)
			}
			return int(a2) - int(b2)
		}
		a, b = a[na:], b[nb:]
	}
	return len(a) - len(b)
}

// utf16Units returns the UTF-16 code units of r: itself below U+10000 (and
// 0), else its two surrogates.
func utf16Units(r rune) (rune, rune) {
	if r < 0x10000 {
		return r, 0
	}
	return utf16.EncodeRune(r)
}
