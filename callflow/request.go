package callflow

import (
	"net/url"
	"strings"

	"github.com/sipplay/sipplay/calls"
)

// request builds a webhook Twilio sends: name is the parameter or attribute
// that set rawURL, method its method ("" for POST), ps the parameters the
// source page documents, and samples the parameters holding sample values.
func (f *flow) request(name, rawURL, method string, ps []Param, source string, samples ...string) *Request {
	m := strings.ToUpper(strings.TrimSpace(method))
	if m == "" {
		m = "POST"
	}
	req := &Request{Name: name, Method: m, Params: ps, Source: source, Samples: samples}
	u := strings.TrimSpace(rawURL)
	if !strings.Contains(u, "://") {
		if base, err := url.Parse(f.docURL); err == nil && f.docURL != "" {
			if ref, err := url.Parse(u); err == nil {
				u = base.ResolveReference(ref).String()
			}
			req.Notes = append(req.Notes, "The URL is relative: Twilio resolves it against the TwiML's URL.")
		} else {
			req.Notes = append(req.Notes, "The URL is relative, and the TwiML has no URL to resolve it against.")
		}
	}
	if !hasBody(m) {
		u = withQuery(u, formBody(ps))
	}
	req.URL = u
	return req
}

// formBody returns ps as an application/x-www-form-urlencoded body, in order.
func formBody(ps []Param) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(p.Name))
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(p.Value))
	}
	return b.String()
}

// withQuery appends the encoded parameters q to the query of u.
func withQuery(u, q string) string {
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	switch {
	case q == "":
		return u
	case !strings.Contains(u, "?"):
		return u + "?" + q
	case strings.HasSuffix(u, "?") || strings.HasSuffix(u, "&"):
		return u + q
	}
	return u + "&" + q
}

// pathAndQuery returns the path and query of u, without its fragment, with
// every byte that is not printable ASCII percent-encoded, so that curl sends
// it exactly as shown.
func pathAndQuery(u string) string {
	rest := u
	if i := strings.Index(u, "://"); i >= 0 {
		rest = u[i+3:]
		j := strings.IndexAny(rest, "/?#")
		if j < 0 {
			return "/"
		}
		rest = rest[j:]
	}
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		rest = rest[:i]
	}
	if !strings.HasPrefix(rest, "/") {
		rest = "/" + rest
	}
	var b strings.Builder
	for i := 0; i < len(rest); i++ {
		if c := rest[i]; c <= ' ' || c >= 0x7f {
			b.WriteString(url.QueryEscape(string(c)))
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// replayBase checks the base URL the replays are sent to and returns it
// without a trailing slash, or why it cannot be used.
func replayBase(s string) (string, string) {
	s = strings.TrimSpace(s)
	if s == "" {
		s = DefaultReplayBase
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
		u.RawQuery != "" || u.Fragment != "" || strings.ContainsAny(s, " \t\r\n?#") {
		return "", "The replay base URL must be an http:// or https:// URL with a host and no query, like " +
			DefaultReplayBase + "."
	}
	return strings.TrimRight(s, "/"), ""
}

// Signed returns the parameters X-Twilio-Signature covers: the form
// parameters of a POST, none for GET and HEAD (whose query is in URL).
func (r *Request) Signed() []Param {
	if !hasBody(r.Method) {
		return nil
	}
	return r.Params
}

// hasBody reports whether a request of this method carries the parameters
// in a form body rather than in the query.
func hasBody(method string) bool { return method != "GET" && method != "HEAD" }

// Sign returns the X-Twilio-Signature Twilio sends with r, signed with
// authToken; "" when authToken is "".
func (r *Request) Sign(authToken string) string {
	if authToken == "" {
		return ""
	}
	return Signature(authToken, r.URL, r.Signed())
}

// Replay returns the URL under base that a replay of r goes to, and a
// bash/zsh-safe curl command that sends exactly r there: its method, a
// Content-Type for a body, the X-Twilio-Signature for the replay URL when
// authToken is set, and the body. base is checked as ReplayBaseError says;
// when it is unusable both are "".
func (r *Request) Replay(base, authToken string) (replayURL, curl string) {
	base, msg := replayBase(base)
	if msg != "" {
		return "", ""
	}
	replayURL = base + pathAndQuery(r.URL)
	return replayURL, replayCurl(r, replayURL, authToken)
}

// ReplayBaseError says why base cannot be used for replays; "" when it can
// ("" itself stands for DefaultReplayBase).
func ReplayBaseError(base string) string {
	_, msg := replayBase(base)
	return msg
}

// replayCurl returns the curl command that sends req to replayURL, signed
// for that URL when token is set.
func replayCurl(req *Request, replayURL, token string) string {
	var b strings.Builder
	b.WriteString("curl ")
	if req.Method == "HEAD" {
		b.WriteString("--head")
	} else {
		b.WriteString("-X " + calls.ShellQuote(req.Method))
	}
	b.WriteString(" " + calls.ShellQuote(replayURL) + " \\\n  --globoff")
	body := req.Body()
	if body != "" {
		b.WriteString(" \\\n  -H 'Content-Type: application/x-www-form-urlencoded'")
	}
	if token != "" {
		b.WriteString(" \\\n  -H " + calls.ShellQuote("X-Twilio-Signature: "+Signature(token, replayURL, req.Signed())))
	}
	if body != "" {
		b.WriteString(" \\\n  --data-binary " + calls.ShellQuote(body))
	}
	return b.String()
}
