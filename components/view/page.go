package view

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/highlight"
	"github.com/sipplay/sipplay/internal/state"
	"github.com/sipplay/sipplay/sipuri"
	"github.com/sipplay/sipplay/twiml"
)

// A Field is one form control: its spec, its current value and the
// choices a select offers.
type Field struct {
	Spec
	ID      string // the control's id and data-testid: a prefix and the name
	Value   string
	Options []string // Spec.Options, plus the current value when it is not one of them
	Invalid bool     // a finding with severity error is about this field
	Message string   // that finding's message, shown beside the field
}

// An Editor is what a text editor shows: the text, its highlighted HTML
// (escaped, safe to insert), the findings and the status badge.
type Editor struct {
	Text   string
	HTML   string // "" until highlighted (a long text waits for a pause in typing)
	Items  []Item
	Status string // Status(diags)
	Level  string // StatusLevel(diags)

	diags []sipuri.Diagnostic
}

// liveHighlight is the longest text highlighted on every keystroke; a
// longer one shows as plain text while someone types and is highlighted by
// Deriver.HighlightPending when typing pauses.
const liveHighlight = 1024

// A SipNoun is one <Sip> noun of the builder.
type SipNoun struct {
	URI          Editor
	Common, More []Field
}

// Page is everything the three panes show.
type Page struct {
	State state.State

	URI     Editor
	Explain []Row

	DialCommon, DialMore []Field
	Sips                 []SipNoun // the builder's nouns: the document's first MaxSips
	SipsHidden           int       // the document's nouns after those, which the builder leaves to the document
	XML                  Editor    // the document, highlighted, with twiml's findings
	ParseNote            string    // what the builder says of the document: why it is read-only, or what it leaves alone
	BuilderReadOnly      bool      // the document does not parse: the builder cannot edit it
	SipLinked            bool      // <Sip> 1 follows pane 1's URI (SipLinked)

	CallCommon, CallMore []Field
	Sources              []Field // Url, Twiml, ApplicationSid
	Account              []Field // AccountSid and the auth token curl prints
	Request              calls.Request
	FormBody, Curl       string
	CurlHTML             string // "" until Deriver.HighlightPending ran for this Curl
	Langs                []calls.Language
	Lang                 string // the visible snippet tab
	Snippet              string
	Call                 Editor // Items and Status of calls.Check; no Text

	Announce string // for the aria-live region: every pane's status
}

// A Deriver computes Pages, remembering its last inputs so that a keystroke
// recomputes only what it changed. The zero value is ready to use; it is not
// safe for concurrent use.
type Deriver struct {
	// DeferHighlight makes Page leave every text plain, as it leaves long
	// ones; HighlightNext then highlights them one at a time. The page sets
	// it while it starts: a lexer's first use compiles all its patterns,
	// which the first paint should not wait for.
	DeferHighlight bool

	uriText string
	uri     Editor
	rows    []Row
	uriDone bool

	sips map[string]Editor // noun URI → editor

	xmlText   string
	xml       Editor
	parseNote string
	readOnly  bool
	parseMode state.TwiMLMode
	xmlDone   bool

	dial       twiml.Dial // the builder the fields below show
	dialXML    string     // the document whose errors they show
	dialCommon []Field
	dialMore   []Field
	nouns      []SipNoun
	dialDone   bool

	callKey  string
	call     Editor
	curl     string
	curlHTML string // highlight of curl, or ""
	invalid  map[string]bool
	messages map[string]string // a parameter → the message of its first error

	callState  calls.Request // the form the fields below show
	fieldsKey  string        // callKey when the fields were made (their Invalid flags)
	callTo     string
	callCommon []Field
	callMore   []Field

	snipKey string
	snippet string
	langs   []calls.Language
}

// Page computes the view of s with the snippet tab lang ("" for the first).
func (d *Deriver) Page(s state.State, lang string) Page {
	p := Page{State: s}
	d.uriPane(s, &p)
	d.twimlPane(s, &p)
	d.callPane(s, lang, &p)
	p.Announce = announce(p)
	return p
}

// Pane computes the view of s for one pane only, the one a person is
// typing in: the other panes keep what last shows, State included, until
// the next Page. A keystroke's own pane then shows its result without
// waiting for the rest. The call pane depends on every other, so for it
// Pane is Page.
func (d *Deriver) Pane(s state.State, pane state.Pane, last Page) Page {
	p := last
	switch pane {
	case state.PaneURI:
		d.uriPane(s, &p)
	case state.PaneTwiML:
		d.twimlPane(s, &p)
	default:
		return d.Page(s, last.Lang)
	}
	p.Announce = announce(p)
	return p
}

// announce is what the aria-live region says: every pane's status.
func announce(p Page) string {
	return "SIP URI: " + p.URI.Status + ". TwiML: " + p.XML.Status + ". Call request: " + p.Call.Status + "."
}

// uriPane fills pane 1's part of p: the URI editor and its explanation.
func (d *Deriver) uriPane(s state.State, p *Page) {
	if !d.uriDone || d.uriText != s.URI {
		d.uriText, d.uriDone = s.URI, true
		d.uri = uriEditor(s.URI, !d.DeferHighlight)
		d.rows = Rows(sipuri.Explain(s.URI))
	}
	p.URI, p.Explain = d.uri, d.rows
}

// twimlPane fills pane 2's part of p: the document and the builder.
func (d *Deriver) twimlPane(s state.State, p *Page) {
	if !d.xmlDone || d.xmlText != s.XML || d.parseMode != s.Mode {
		d.xmlText, d.parseMode, d.xmlDone = s.XML, s.Mode, true
		diags := twiml.Check(s.XML)
		d.xml = Editor{Text: s.XML, Status: Status(diags), Level: StatusLevel(diags), diags: diags,
			Items: withHelp(Items(diags, func(g sipuri.Diagnostic) string {
				line, col := twiml.Position(s.XML, g.Start)
				return "line " + strconv.Itoa(line) + ", col " + strconv.Itoa(col)
			}), twimlHelp)}
		if len(s.XML) <= liveHighlight && !d.DeferHighlight {
			d.xml.HTML = highlight.TwiML(s.XML, diags)
		}
		d.parseNote, d.readOnly = builderNote(s.XML)
	}
	p.XML, p.ParseNote, p.BuilderReadOnly = d.xml, d.parseNote, d.readOnly
	p.SipLinked = SipLinked(s)

	if !d.dialDone || !reflect.DeepEqual(d.dial, s.Dial) || d.dialXML != s.XML {
		d.dial, d.dialXML, d.dialDone = s.Dial, s.XML, true
		// The document's errors show beside the builder's fields while the
		// builder shows the document's one <Dial>.
		var dialMsgs map[string]string
		var sipMsgs map[int]map[string]string
		if !d.readOnly && strings.Count(s.XML, "<Dial") == 1 {
			dialMsgs, sipMsgs = builderMessages(s.XML, d.xml.diags)
		}
		d.dialCommon, d.dialMore = split("dial-", DialSpecs, func(sp Spec) string { return deref(dialField(&s.Dial, sp.Name)) }, nil)
		fieldMessages(d.dialCommon, dialMsgs)
		fieldMessages(d.dialMore, dialMsgs)
		if d.sips == nil || len(d.sips) > 4*MaxSips {
			d.sips = map[string]Editor{}
		}
		// A <Dial> holds at most MaxSips nouns; a longer document (pasted,
		// or generated) keeps the rest, and a form for each of thousands
		// would stall the page.
		d.nouns = make([]SipNoun, min(len(s.Dial.Sips), MaxSips))
		for i := range d.nouns {
			n := &s.Dial.Sips[i]
			ed, ok := d.sips[n.URI]
			if !ok {
				ed = uriEditor(n.URI, !d.DeferHighlight)
				d.sips[n.URI] = ed
			}
			d.nouns[i].URI = ed
			d.nouns[i].Common, d.nouns[i].More = split("sip-"+strconv.Itoa(i)+"-", SipSpecs, func(sp Spec) string { return deref(sipField(n, sp.Name)) }, nil)
			fieldMessages(d.nouns[i].Common, sipMsgs[i])
			fieldMessages(d.nouns[i].More, sipMsgs[i])
		}
	}
	p.DialCommon, p.DialMore, p.Sips = d.dialCommon, d.dialMore, d.nouns
	p.SipsHidden = len(s.Dial.Sips) - len(d.nouns)
}

// callPane fills pane 3's part of p, with the snippet tab lang: the
// request, its findings and fields, curl and the snippet.
func (d *Deriver) callPane(s state.State, lang string, p *Page) {
	p.Request = Effective(s)
	p.FormBody = calls.FormBody(p.Request)
	key := p.FormBody + "\x00" + p.Request.AccountSid + "\x00" + s.AuthToken
	if key != d.callKey || d.invalid == nil {
		d.callKey = key
		diags := calls.Check(p.Request)
		d.call = Editor{Items: withHelp(Items(diags, FieldName), callHelp), Status: Status(diags), Level: StatusLevel(diags)}
		d.invalid = map[string]bool{}
		d.messages = map[string]string{}
		for _, g := range diags {
			if _, seen := d.messages[g.Field]; !seen && g.Severity == sipuri.Error {
				d.messages[g.Field] = g.Message
			}
			if g.Severity == sipuri.Error {
				d.invalid[g.Field] = true
			}
		}
		d.curl = calls.CurlWith(p.Request, calls.CurlOptions{AuthToken: s.AuthToken})
		d.curlHTML = ""
	}
	p.Call, p.Curl, p.CurlHTML = d.call, d.curl, d.curlHTML
	if d.callCommon == nil || d.callTo != p.Request.To || !reflect.DeepEqual(d.callState, s.Call) || d.callKey != d.fieldsKey {
		d.callState, d.callTo, d.fieldsKey = s.Call, p.Request.To, d.callKey
		d.callCommon, d.callMore = split("call-", CallSpecs, func(sp Spec) string {
			if sp.Name == "To" {
				return p.Request.To
			}
			return callText(s.Call, sp.Name)
		}, d.invalid)
		fieldMessages(d.callCommon, d.messages)
		fieldMessages(d.callMore, d.messages)
	}
	p.CallCommon, p.CallMore = d.callCommon, d.callMore
	_, p.Sources = split("call-", SourceSpecs, func(sp Spec) string {
		switch sp.Name {
		case "Twiml":
			return s.XML
		case "Url":
			return s.Call.Url
		}
		return s.Call.ApplicationSid
	}, d.invalid)
	fieldMessages(p.Sources, d.messages)
	_, p.Account = split("call-", AccountSpecs, func(sp Spec) string {
		if sp.Name == "AuthToken" {
			return s.AuthToken
		}
		return s.Call.AccountSid
	}, d.invalid)
	fieldMessages(p.Account, d.messages)

	if d.langs == nil {
		d.langs = calls.Languages()
	}
	p.Langs = d.langs
	p.Lang = lang
	if !hasLang(p.Langs, lang) {
		p.Lang = ""
		if len(p.Langs) > 0 {
			p.Lang = p.Langs[0].ID
		}
	}
	if sk := key + "\x00" + p.Lang; sk != d.snipKey {
		d.snipKey = sk
		d.snippet = ""
		if p.Lang != "" {
			d.snippet = calls.Snippet(p.Request, p.Lang)
		}
	}
	p.Snippet = d.snippet
}

// AccountSpecs are the optional account fields of pane 3: the AccountSid
// of the request and the auth token curl prints (never sent elsewhere).
var AccountSpecs = []Spec{{Name: "AccountSid"}, {Name: "AuthToken", Secret: true}}

// uriEditor checks one SIP URI and, when live and the URI is short enough,
// highlights it.
func uriEditor(s string, live bool) Editor {
	diags := sipuri.Check(s)
	ed := Editor{Text: s, Items: withHelp(Items(diags, Column), uriHelp), Status: Status(diags), Level: StatusLevel(diags), diags: diags}
	if live && len(s) <= liveHighlight {
		ed.HTML = highlight.URI(s, diags)
	}
	return ed
}

// split builds the fields of specs with their values, common ones first;
// each field's ID is prefix and its name.
func split(prefix string, specs []Spec, value func(Spec) string, invalid map[string]bool) (common, more []Field) {
	for _, sp := range specs {
		f := Field{Spec: sp, ID: prefix + sp.Name, Value: value(sp), Options: sp.Options, Invalid: invalid[sp.Name]}
		if sp.Options != nil && f.Value != "" && !contains(sp.Options, f.Value) {
			f.Options = append(append([]string(nil), sp.Options...), f.Value)
		}
		if sp.Common {
			common = append(common, f)
		} else {
			more = append(more, f)
		}
	}
	return common, more
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func hasLang(langs []calls.Language, id string) bool {
	for _, l := range langs {
		if l.ID == id {
			return true
		}
	}
	return false
}

// HighlightPending highlights what a keystroke left plain: long editor
// texts and the curl command. The page calls it when typing pauses, so a
// keystroke never waits for it; Page then reports the highlighted HTML
// until the text changes. It reports whether anything was highlighted.
func (d *Deriver) HighlightPending() bool {
	done := false
	for d.HighlightNext() {
		done = true
	}
	return done
}

// HighlightNext highlights one text that Page left plain, the first of
// pane 1's URI, the document, the nouns' URIs and the curl command, and
// reports whether there was one. Page then reports its HTML until the text
// changes.
func (d *Deriver) HighlightNext() bool {
	if d.uri.HTML == "" && d.uri.Text != "" {
		d.uri.HTML = highlight.URI(d.uri.Text, d.uri.diags)
		return true
	}
	if d.xml.HTML == "" && d.xml.Text != "" {
		d.xml.HTML = highlight.TwiML(d.xml.Text, d.xml.diags)
		return true
	}
	for i := range d.nouns {
		if ed := &d.nouns[i].URI; ed.HTML == "" && ed.Text != "" {
			ed.HTML = highlight.URI(ed.Text, ed.diags)
			d.sips[ed.Text] = *ed
			return true
		}
	}
	if d.curlHTML == "" && d.curl != "" {
		d.curlHTML = highlight.Bash(d.curl)
		return true
	}
	return false
}

// deref returns *p, or "" for nil.
func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// builderNote says what the builder makes of the document xml: why it
// cannot edit it (readOnly), or which parts it shows but leaves alone.
func builderNote(xml string) (note string, readOnly bool) {
	d, err := readDoc(xml)
	if err != nil {
		return err.Error(), true
	}
	if len(d.LeftAlone) == 0 {
		return "", false
	}
	parts := make([]string, len(d.LeftAlone))
	for i, p := range d.LeftAlone {
		parts[i] = p.What
	}
	return "The builder edits the first <Dial> and its <Sip> nouns, and leaves the rest as written: " +
		strings.Join(parts, ", ") + ". Edit those in the XML.", false
}
