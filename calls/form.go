package calls

import "strings"

// A Param is one form field: a key and its unencoded value.
type Param struct{ Key, Value string }

// Params returns r's form fields, one per non-empty value (a List key once
// per non-empty element), in FormBody's order: To, From, the instruction
// source (Url, Twiml, ApplicationSid), then the optional parameters grouped
// as in SPEC §3 (the order of the schema's rows). AccountSid is not a form field: it
// is part of the URL.
func Params(r Request) []Param {
	out := make([]Param, 0, len(parameters)+len(r.StatusCallbackEvent)+len(r.RecordingStatusCallbackEvent))
	for i := range parameters {
		p := &parameters[i]
		switch {
		case p.Path:
		case p.Kind == List:
			for _, v := range *p.list(&r) {
				if v != "" {
					out = append(out, Param{p.Key, v})
				}
			}
		case *p.text(&r) != "":
			out = append(out, Param{p.Key, *p.text(&r)})
		}
	}
	return out
}

// FormBody returns the exact application/x-www-form-urlencoded body of r:
// the fields of Params(r), in that order, as key=value joined by "&". Each
// value is percent-encoded byte by byte with upper-case hex; only
// A-Z a-z 0-9 - . _ ~ stay literal, so a space is %20 and a SIP URI's
// ; ? & = % arrive intact.
func FormBody(r Request) string {
	var b strings.Builder
	b.Grow(2048)
	for i, p := range Params(r) {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(p.Key)
		b.WriteByte('=')
		writeEscaped(&b, p.Value)
	}
	return b.String()
}

// unreserved reports whether c stays literal in the form body.
func unreserved(c byte) bool {
	return isAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~'
}

const upperHex = "0123456789ABCDEF"

// writeEscaped writes s percent-encoded as FormBody describes, copying runs
// of unreserved bytes whole.
func writeEscaped(b *strings.Builder, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; !unreserved(c) {
			b.WriteString(s[start:i])
			b.WriteByte('%')
			b.WriteByte(upperHex[c>>4])
			b.WriteByte(upperHex[c&15])
			start = i + 1
		}
	}
	b.WriteString(s[start:])
}
