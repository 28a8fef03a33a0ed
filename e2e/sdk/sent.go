package sdk

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strings"

	"github.com/sipplay/sipplay/calls"
)

// A Sent is what an interceptor recorded of one snippet's run: the HTTP
// request it made, or the error it ended with.
type Sent struct {
	Name   string `json:"name"`
	Method string `json:"method"`
	URL    string `json:"url"`
	Body   string `json:"body"` // as it would go on the wire: application/x-www-form-urlencoded
	Auth   string `json:"auth"` // the Authorization header
	Error  string `json:"error"`
}

// ReadSent reads the JSON lines an interceptor wrote to file, by snippet
// name. A name recorded twice (two requests, or a request and an error)
// keeps both: the caller sees a count other than one.
func ReadSent(file string) (map[string][]Sent, error) {
	f, err := os.Open(file)
	if os.IsNotExist(err) {
		return map[string][]Sent{}, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string][]Sent{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var s Sent
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			return nil, fmt.Errorf("%s: %w in %q", file, err, sc.Text())
		}
		out[s.Name] = append(out[s.Name], s)
	}
	return out, sc.Err()
}

// A Request is the part of an HTTP request the checks compare.
type Request struct {
	Method string
	Host   string
	Path   string        // unescaped
	Pairs  []calls.Param // the form pairs, unescaped, sorted by key then value
	Auth   string        // user:password of the Basic Authorization header
	// AnyPath is set when the SDK may send to another path, or refuse to
	// send at all: then Path is not compared.
	AnyPath bool
	// Refused lists the flags whose values the SDK refuses: then it sends
	// nothing, and its error names each of them.
	Refused []string
}

// Decode returns the request s recorded, with its body's pairs decoded.
func (s Sent) Decode() (Request, error) {
	if s.Error != "" {
		return Request{}, fmt.Errorf("the snippet failed: %s", s.Error)
	}
	// The URL is taken apart by hand: an SDK may send a path that is not a
	// valid URL path (see account-sid-as-written).
	rest, ok := strings.CutPrefix(s.URL, "https://")
	if !ok {
		return Request{}, fmt.Errorf("the URL %q is not https", s.URL)
	}
	host, path, _ := strings.Cut(rest, "/")
	if p, err := url.PathUnescape("/" + path); err == nil {
		path = p
	} else {
		path = "/" + path
	}
	pairs, err := DecodeForm(s.Body)
	if err != nil {
		return Request{}, err
	}
	auth, _ := base64.StdEncoding.DecodeString(strings.TrimPrefix(s.Auth, "Basic "))
	return Request{Method: s.Method, Host: host, Path: path, Pairs: pairs, Auth: string(auth)}, nil
}

// DecodeForm splits an application/x-www-form-urlencoded body into its
// pairs, unescaped (+ is a space), sorted by key then value.
func DecodeForm(body string) ([]calls.Param, error) {
	var out []calls.Param
	for kv := range strings.SplitSeq(body, "&") {
		if kv == "" {
			continue
		}
		k, v, _ := strings.Cut(kv, "=")
		key, err := url.QueryUnescape(k)
		if err != nil {
			return nil, fmt.Errorf("key %q: %w", k, err)
		}
		val, err := url.QueryUnescape(v)
		if err != nil {
			return nil, fmt.Errorf("value %q of %s: %w", v, key, err)
		}
		out = append(out, calls.Param{Key: key, Value: val})
	}
	sortPairs(out)
	return out, nil
}

func sortPairs(ps []calls.Param) {
	slices.SortStableFunc(ps, func(a, b calls.Param) int {
		return strings.Compare(a.Key+"\x00"+a.Value, b.Key+"\x00"+b.Value)
	})
}

// Expect returns the request the SDK of lang must send for r: POST to the
// account's Calls.json with FormBody(r)'s pairs, changed by each of the
// Differences that applies to lang and r, and the names of those.
func Expect(r calls.Request, lang string) (Request, []string, error) {
	pairs, err := DecodeForm(calls.FormBody(r))
	if err != nil {
		return Request{}, nil, fmt.Errorf("FormBody: %w", err)
	}
	acct := r.AccountSid
	if acct == "" {
		acct = EnvAccountSid
	}
	want := Request{Method: "POST", Host: "api.twilio.com", Path: "/2010-04-01/Accounts/" + acct + "/Calls.json",
		Pairs: pairs, Auth: EnvAccountSid + ":" + EnvAuthToken}
	var names []string
	for _, d := range Differences {
		if slices.Contains(d.Langs, lang) && d.Change(r, &want) {
			names = append(names, d.Name)
		}
	}
	sortPairs(want.Pairs)
	return want, names, nil
}
