// Command run runs the named Go snippets (run name ...) of the SDK check with twilio-go: the
// test adds each snippet to this package (through go build -overlay), its
// main renamed and registered with register. Every request twilio-go makes
// goes to a transport that records it as one JSON line in the file named
// by SIPPLAY_SDK_OUT and answers it in-process, so nothing leaves the
// machine.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"

	// The library the snippets import, required here so that go.mod pins it.
	_ "github.com/twilio/twilio-go"
	_ "github.com/twilio/twilio-go/rest/api/v2010"
)

// snippets are the registered snippets, by name.
var snippets = map[string]func(){}

// register adds a snippet; each snippet file calls it from its init.
func register(name string, run func()) { snippets[name] = run }

// current is the name of the snippet running.
var current string

// recorder is the transport of http.DefaultTransport, which twilio-go's
// default http.Client sends through.
type recorder struct{ out *os.File }

func (rec recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	var body []byte
	if req.Body != nil {
		b, err := io.ReadAll(req.Body)
		if err != nil {
			return nil, err
		}
		body = b
	}
	line, err := json.Marshal(map[string]string{
		"name": current, "method": req.Method, "url": req.URL.String(), "body": string(body),
		"auth": req.Header.Get("Authorization"),
	})
	if err != nil {
		return nil, err
	}
	if _, err := rec.out.Write(append(line, '\n')); err != nil {
		return nil, err
	}
	reply := `{"sid": "CA00000000000000000000000000000000", "status": "queued"}`
	return &http.Response{
		StatusCode: http.StatusCreated, Status: "201 Created", Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header:  http.Header{"Content-Type": {"application/json"}},
		Body:    io.NopCloser(bytes.NewBufferString(reply)),
		Request: req, ContentLength: int64(len(reply)),
	}, nil
}

func main() {
	out, err := os.OpenFile(os.Getenv("SIPPLAY_SDK_OUT"), os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	http.DefaultTransport = recorder{out}
	for _, name := range os.Args[1:] {
		run, ok := snippets[name]
		if !ok {
			fmt.Fprintf(os.Stderr, "no snippet %q\n", name)
			os.Exit(2)
		}
		current = name
		run()
	}
}
