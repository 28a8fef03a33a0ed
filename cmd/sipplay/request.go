package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/sipplay/sipplay/calls"
)

var requestCommand = &command{
	name:    "request",
	args:    "[--json FILE | --import FILE] [--PARAM value…] [--print WHAT]",
	summary: "check a Calls create request; print its body, curl or an SDK snippet",
	about: `Request checks a Twilio Calls create request (POST /2010-04-01/Accounts/
{AccountSid}/Calls.json), as the playground's request panel does.

The parameters come from a JSON object (--json FILE, - for standard input)
whose keys are the form keys (To, From, Url, …, and AccountSid), or from a
pasted command (--import FILE: a curl command, a twilio CLI
api:core:calls:create command or a form body, as the playground imports
them), and from one flag per key (--To sip:alice@example.com); a flag wins
over the file. What --import cannot read is reported at its place in FILE.
StatusCallbackEvent and RecordingStatusCallbackEvent take a list: an array
in JSON, or the flag given once per value.

Each finding is reported at its parameter, as PARAM:line:col, with the line
and column in that parameter's value (a list's values are its lines).

--print writes the request's form body, a curl command that sends it, or
the code of an SDK snippet (snippet:LANG) to standard output; the findings
then go to standard error. LANG is one of: ` + languageIDs() + `.
`,
	flags: func(fs *flag.FlagSet, e env) func([]string) int {
		out := addOutputFlags(fs)
		jsonFile := fs.String("json", "", "read the parameters from the JSON object in `FILE` (- for standard input)")
		importFile := fs.String("import", "", "read the request from the curl or twilio CLI command or form body in `FILE` (- for standard input)")
		printWhat := fs.String("print", "", "print the request as `body`, curl or snippet:LANG")
		set := map[string][]string{} // the parameters given as flags
		var order []string
		for _, key := range requestKeys() {
			usage := "the Calls parameter " + key
			if isListKey(key) {
				usage += " (once per value)"
			}
			fs.Func(key, usage, func(v string) error {
				if _, ok := set[key]; !ok {
					order = append(order, key)
				}
				set[key] = append(set[key], v)
				return nil
			})
		}
		return func(args []string) int {
			if len(args) > 0 {
				return usageError(e, "request", fmt.Sprintf("unexpected argument %q: parameters are given as flags, like --To sip:alice@example.com", args[0]))
			}
			if err := checkPrint(*printWhat); err != nil {
				return usageError(e, "request", err.Error())
			}
			if *jsonFile != "" && *importFile != "" {
				return usageError(e, "request", "--json and --import exclude each other")
			}
			rep := &report{stderr: e.stderr}
			var r calls.Request
			if *importFile != "" {
				name, text, err := readNamed(*importFile, e.stdin)
				if err != nil {
					fmt.Fprintf(e.stderr, "sipplay: %s: %v\n", quoteName(name), err)
					return exitTrouble
				}
				var ds []calls.Diagnostic
				r, ds = calls.Import(text)
				rep.add(&document{name: name, text: text}, ds)
			}
			if *jsonFile != "" {
				var err error
				if r, err = readRequestJSON(*jsonFile, e.stdin); err != nil {
					name := *jsonFile
					if name == "-" {
						name = "<stdin>"
					}
					fmt.Fprintf(e.stderr, "sipplay: %s: %v\n", quoteName(name), err)
					return exitTrouble
				}
			}
			for _, key := range order {
				setRequestField(&r, key, set[key])
			}
			docs := map[string]*document{}
			for _, d := range calls.Check(r) {
				doc := docs[d.Field]
				if doc == nil {
					doc = &document{name: d.Field, field: d.Field, text: calls.FieldText(r, d.Field)}
					docs[d.Field] = doc
				}
				rep.add(doc, []calls.Diagnostic{d})
			}
			findings := e.stdout
			if *printWhat != "" {
				io.WriteString(e.stdout, printRequest(r, *printWhat))
				findings = e.stderr
			}
			if err := rep.write(findings, out.format, e.terminal && *printWhat == ""); err != nil {
				rep.trouble("writing the findings: %v", err)
			}
			return rep.status(out.failOn)
		}
	},
}

// requestKeys returns the form keys of calls.Request, with AccountSid: its
// field names, which are the keys.
func requestKeys() []string {
	t := reflect.TypeFor[calls.Request]()
	keys := make([]string, t.NumField())
	for i := range keys {
		keys[i] = t.Field(i).Name
	}
	return keys
}

// isListKey reports whether key holds a list (one form field per value).
func isListKey(key string) bool {
	f, ok := reflect.TypeFor[calls.Request]().FieldByName(key)
	return ok && f.Type.Kind() == reflect.Slice
}

// setRequestField stores values as the value of key in r: the last value
// for a single-valued key, all of them for a list key.
func setRequestField(r *calls.Request, key string, values []string) {
	v := reflect.ValueOf(r).Elem().FieldByName(key)
	if v.Kind() == reflect.Slice {
		v.Set(reflect.ValueOf(values))
	} else if len(values) > 0 {
		v.SetString(values[len(values)-1])
	}
}

// readRequestJSON reads a request from the JSON object in the file name
// ("-": stdin). A value is a string, number or boolean (its JSON text), null
// (omitted), or for a list key an array of those.
func readRequestJSON(name string, stdin io.Reader) (calls.Request, error) {
	_, text, err := readNamed(name, stdin)
	if err != nil {
		return calls.Request{}, err
	}
	var obj map[string]json.RawMessage
	dec := json.NewDecoder(strings.NewReader(text))
	if err := dec.Decode(&obj); err != nil {
		return calls.Request{}, jsonError(text, err)
	}
	if obj == nil {
		return calls.Request{}, errors.New("null; " + wantObject)
	}
	if dec.More() {
		return calls.Request{}, errors.New("text after the JSON object")
	}
	var r calls.Request
	for _, key := range requestKeys() {
		raw, ok := obj[key]
		if !ok {
			continue
		}
		delete(obj, key)
		values, err := jsonValues(raw, isListKey(key))
		if err != nil {
			return calls.Request{}, fmt.Errorf("%s: %v", key, err)
		}
		setRequestField(&r, key, values)
	}
	for key := range obj {
		return calls.Request{}, fmt.Errorf("unknown parameter %q; the keys are the Calls form keys, like To, From and Url (see sipplay request --help)", key)
	}
	return r, nil
}

// readNamed reads the file name, or stdin for "-", and returns the name its
// findings are reported under. A byte order mark at the start, which
// editors write and do not show, is not part of the text.
func readNamed(name string, stdin io.Reader) (shown, text string, err error) {
	shown = name
	if name == "-" {
		shown = "<stdin>"
		text, err = readText(stdin)
	} else {
		text, err = readFile(name)
	}
	return shown, text[bomLen(text):], err
}

// jsonValues reads one parameter's value: a scalar, or an array of scalars
// when list is true.
func jsonValues(raw json.RawMessage, list bool) ([]string, error) {
	raw = bytes.TrimSpace(raw)
	if list && len(raw) > 0 && raw[0] == '[' {
		var items []json.RawMessage
		if err := json.Unmarshal(raw, &items); err != nil {
			return nil, err
		}
		var out []string
		for _, it := range items {
			s, err := jsonScalar(it)
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
		return out, nil
	}
	s, err := jsonScalar(raw)
	if err != nil || s == "" {
		return nil, err
	}
	return []string{s}, nil
}

// jsonScalar is the text of a JSON string, number or boolean; null is "".
func jsonScalar(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	switch {
	case len(raw) > 0 && raw[0] == '"':
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	case string(raw) == "null":
		return "", nil
	case string(raw) == "true", string(raw) == "false", len(raw) > 0 && (raw[0] == '-' || '0' <= raw[0] && raw[0] <= '9'):
		return string(raw), nil
	}
	return "", errors.New("want a string, number, boolean or null")
}

// wantObject says what request --json reads.
const wantObject = `want a JSON object of Calls parameters, like {"To": "sip:alice@example.com"}`

// jsonError says what is wrong with the JSON text, and where: a syntax
// error with its line and column, a text that ends too soon, or a value
// that is not an object.
func jsonError(text string, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		p := positionOf(text, int(se.Offset)-1) // Offset counts the offending byte
		return fmt.Errorf("line %d, column %d: %v", p.line, p.col, err)
	case strings.TrimSpace(text) == "":
		return errors.New("empty: " + wantObject)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		p := positionOf(text, len(text))
		return fmt.Errorf("line %d, column %d: the JSON object ends too soon", p.line, p.col)
	case errors.As(err, &te):
		// Only the top-level value is decoded here, so it is the one.
		p := positionOf(text, len(text)-len(strings.TrimLeft(text, " \t\r\n")))
		return fmt.Errorf("line %d, column %d: a JSON %s; %s", p.line, p.col, te.Value, wantObject)
	}
	return err
}

// languageIDs lists the snippet languages, for the help.
func languageIDs() string {
	var ids []string
	for _, l := range calls.Languages() {
		ids = append(ids, l.ID)
	}
	return strings.Join(ids, ", ")
}

// checkPrint validates the value of --print.
func checkPrint(what string) error {
	switch {
	case what == "", what == "body", what == "curl":
		return nil
	case strings.HasPrefix(what, "snippet:"):
		lang := strings.TrimPrefix(what, "snippet:")
		for _, l := range calls.Languages() {
			if l.ID == lang {
				return nil
			}
		}
		return fmt.Errorf("--print %s: unknown language %q; the languages are %s", what, lang, languageIDs())
	}
	return fmt.Errorf("--print %s: want body, curl or snippet:LANG", what)
}

// printRequest is the output --print asks for, ending with a newline.
func printRequest(r calls.Request, what string) string {
	var s string
	switch what {
	case "body":
		s = calls.FormBody(r)
	case "curl":
		s = calls.Curl(r)
	default:
		s = calls.Snippet(r, strings.TrimPrefix(what, "snippet:"))
	}
	if !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return s
}
