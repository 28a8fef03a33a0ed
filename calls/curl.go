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
// ShellQuote, and the Key=value form makes curl encode the value as content
// even when it starts with @. A value holding a NUL byte, which no command
// argument can carry, is sent pre-encoded with --data 'Key=%00…' instead.
func CurlWith(r Request, o CurlOptions) string {
	var b strings.Builder
	b.Grow(2048)
	if r.AccountSid == "" {
		b.WriteString(`curl -X POST "` + apiBase + `$TWILIO_ACCOUNT_SID/Calls.json"`)
	} else {
		b.WriteString("curl -X POST '" + apiBase)
		writeEscaped(&b, r.AccountSid)
		b.WriteString("/Calls.json'")
	}
	for _, p := range Params(r) {
		if strings.IndexByte(p.Value, 0) >= 0 {
			b.WriteString(" \\\n  --data '" + p.Key + "=")
			writeEscaped(&b, p.Value)
			b.WriteString("'")
			continue
		}
		b.WriteString(" \\\n  --data-urlencode ")
		writeShellWord(&b, p.Key, p.Value)
	}
	// The -u argument as a shell word: the account SID and the token, each
	// a literal (quoted) when given, else its environment variable.
	// Variables are braced so that zsh never reads a following literal as
	// a :modifier. NUL bytes, which no argument can carry, are dropped.
	sid, token := strings.ReplaceAll(r.AccountSid, "\x00", ""), strings.ReplaceAll(o.AuthToken, "\x00", "")
	b.WriteString(" \\\n  -u ")
	switch {
	case sid == "" && token == "":
		b.WriteString(`"$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"`)
	case sid == "":
		b.WriteString(`"${TWILIO_ACCOUNT_SID}"`)
		writeShellWord(&b, "", ":"+token)
	case token == "":
		writeShellWord(&b, "", sid+":")
		b.WriteString(`"${TWILIO_AUTH_TOKEN}"`)
	default:
		writeShellWord(&b, "", sid+":"+token)
	}
	return b.String()
}
