package calls

import "strings"

// FieldText returns the text a Diagnostic with this Field has its offsets
// into: the value of a single-valued key, AccountSid's value for
// "AccountSid", and for a list key its elements joined by "\n" (one value
// per line). It returns "" for an unknown key.
func FieldText(r Request, field string) string {
	if field == "AccountSid" {
		return r.AccountSid
	}
	i := lookup(field)
	if i < 0 {
		return ""
	}
	if p := &params[i]; p.kind == kList {
		return strings.Join(*r.list(p), "\n")
	}
	return *r.str(&params[i])
}

// SetFieldText is the inverse of FieldText: it stores text as the value of
// field, splitting a list key's text into one element per line. It returns
// r unchanged for an unknown key.
func SetFieldText(r Request, field, text string) Request {
	if field == "AccountSid" {
		r.AccountSid = text
		return r
	}
	i := lookup(field)
	if i < 0 {
		return r
	}
	if p := &params[i]; p.kind == kList {
		var l []string
		if text != "" {
			l = strings.Split(text, "\n")
		}
		*r.list(p) = l
	} else {
		*r.str(p) = text
	}
	return r
}

// ApplyFix returns r with d's Fix applied to the field d is about (see
// FieldText for what the offsets mean in a list field). Without a Fix it
// returns r unchanged.
func ApplyFix(r Request, d Diagnostic) Request {
	if d.Fix == nil {
		return r
	}
	return SetFieldText(r, d.Field, d.Fix.Apply(FieldText(r, d.Field)))
}
