package callflow

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"slices"
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
	sorted := slices.Clone(params)
	slices.SortFunc(sorted, func(a, b Param) int {
		if c := compareUTF16(a.Name, b.Name); c != 0 {
			return c
		}
		return compareUTF16(a.Value, b.Value)
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
			return slices.Compare(utf16.AppendRune(nil, ra), utf16.AppendRune(nil, rb))
		}
		a, b = a[na:], b[nb:]
	}
	return len(a) - len(b)
}
