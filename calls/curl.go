package calls

import "strings"

// apiBase is the Calls create URL up to the AccountSid.
const apiBase = "https://api.twilio.com/2010-04-01/Accounts/"

// CurlOptions changes what Curl prints.
type CurlOptions struct {
	// AuthToken, when set, is printed in the -u argument instead of
	// $TWILIO_AUTH_TOKEN. Leave it empty unless the person asked for it.
	AuthToken string
}

// Curl returns a bash/zsh-safe command that sends FormBody's fields; it is
// CurlWith(r, CurlOptions{}).
func Curl(r Request) string { return CurlWith(r, CurlOptions{}) }

// CurlWith returns a multi-line curl command that POSTs r to the Calls
// create URL: one --data-urlencode 'Key=value' line per field of Params(r),
// in order, then -u with "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN".
//
// An empty AccountSid is printed as $TWILIO_ACCOUNT_SID in the URL and in
// -u; a given one is percent-encoded into the URL path (so curl's URL
// globbing never sees [ ] { }) and quoted in -u. Every value is quoted with
// shellQuote, and the Key=value form makes curl encode the value as content
// even when it starts with @. A value holding a NUL byte, which no command
// argument can carry, is sent pre-encoded with --data 'Key=%00…' instead.
func CurlWith(r Request, o CurlOptions) string {
	n := 200
	r.each(func(key, v string) { n += len(key) + len(v) + 24 })
	var b strings.Builder
	b.Grow(n)
	b.WriteString("curl -X POST ")
	if r.AccountSid == "" {
		b.WriteString(`"` + apiBase + `$TWILIO_ACCOUNT_SID/Calls.json"`)
	} else {
		b.WriteString("'" + apiBase)
		writeEscaped(&b, r.AccountSid)
		b.WriteString("/Calls.json'")
	}
	r.each(func(key, v string) {
		b.WriteString(" \\\n  ")
		if strings.IndexByte(v, 0) >= 0 {
			b.WriteString("--data '" + key + "=")
			writeEscaped(&b, v)
			b.WriteByte('\'')
			return
		}
		b.WriteString("--data-urlencode ")
		writeQuoted(&b, key, v)
	})
	b.WriteString(" \\\n  -u ")
	b.WriteString(userArg(r.AccountSid, o.AuthToken))
	return b.String()
}

// userArg returns curl's -u argument as a shell word: the account SID and
// the token, each a literal (quoted) when given, else its environment
// variable. Variables are braced so that zsh never reads a following
// literal as a :modifier. NUL bytes, which no argument can carry, are
// dropped.
func userArg(sid, token string) string {
	sid, token = strings.ReplaceAll(sid, "\x00", ""), strings.ReplaceAll(token, "\x00", "")
	switch {
	case sid == "" && token == "":
		return `"$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"`
	case sid == "":
		return `"${TWILIO_ACCOUNT_SID}"` + shellQuote(":"+token)
	case token == "":
		return shellQuote(sid+":") + `"${TWILIO_AUTH_TOKEN}"`
	}
	return shellQuote(sid + ":" + token)
}
