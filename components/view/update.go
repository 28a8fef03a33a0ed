package view

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/internal/builder"
	"github.com/sipplay/sipplay/internal/state"
	"github.com/sipplay/sipplay/sipuri"
	"github.com/sipplay/sipplay/twiml"
)

// MaxSips is the largest number of <Sip> nouns one <Dial> may hold.
const MaxSips = twiml.MaxNouns

// The functions below are the page's state transitions: each takes the
// state and one edit and returns the new state, keeping the panes that
// follow one another in step. They never modify the State they are given
// beyond its own copy.

// SetURI sets pane 1's URI. The call's To follows it unless edited, and
// so does the first <Sip> noun while it is linked (see SipLinked).
func SetURI(s state.State, v string) state.State {
	linked := SipLinked(s)
	s.URI = v
	if !s.ToEdited {
		s.Call.To = v
	}
	if linked {
		s = SetSip(s, 0, "uri", v)
	}
	return s
}

// SipLinked reports whether the first <Sip> noun follows pane 1's URI: it
// dials that URI and the builder may rewrite its body. It stops following
// when either is edited on its own, and follows again once they are the
// same (RelinkSip).
func SipLinked(s state.State) bool {
	d, err := readDoc(s.XML)
	return err == nil && len(d.Dial.Sips) > 0 && d.URIEditable[0] && d.Dial.Sips[0].URI == s.URI
}

// RelinkSip makes the first <Sip> noun dial pane 1's URI again, so that it
// follows it.
func RelinkSip(s state.State) state.State {
	return SetSip(s, 0, "uri", s.URI)
}

// The builder's edits below change only the bytes of the attribute or noun
// they edit in the XML, which is the one source of truth (package
// internal/builder). When the XML does not parse, they change nothing: the
// builder is read-only and says why (see Page.Builder).

// SetDial sets the <Dial> attribute name ("" removes it).
func SetDial(s state.State, name, v string) state.State {
	return patched(s, func(d *builder.Doc) (builder.Patch, error) { return d.SetDialAttr(name, v) })
}

// SetSip sets attribute name ("uri" for the body) of noun n.
func SetSip(s state.State, n int, name, v string) state.State {
	return patched(s, func(d *builder.Doc) (builder.Patch, error) {
		if name == "uri" {
			return d.SetSipURI(n, v)
		}
		return d.SetSipAttr(n, name, v)
	})
}

// AddSip appends a noun that dials pane 1's URI, up to MaxSips.
func AddSip(s state.State) state.State {
	return patched(s, func(d *builder.Doc) (builder.Patch, error) {
		if len(d.Dial.Sips) >= MaxSips {
			return builder.Patch{}, errFull
		}
		return d.AddSip(s.URI)
	})
}

var errFull = errors.New("a <Dial> holds at most " + strconv.Itoa(MaxSips) + " nouns")

// RemoveSip removes noun n; the last noun stays.
func RemoveSip(s state.State, n int) state.State {
	return patched(s, func(d *builder.Doc) (builder.Patch, error) {
		if len(d.Dial.Sips) <= 1 {
			return builder.Patch{}, errLast
		}
		return d.RemoveSip(n)
	})
}

var errLast = errors.New("the last <Sip> noun stays")

// MoveSip swaps noun n with its neighbour n+delta (delta -1 or +1).
func MoveSip(s state.State, n, delta int) state.State {
	return patched(s, func(d *builder.Doc) (builder.Patch, error) { return d.MoveSip(n, delta) })
}

// patched applies the patch that edit makes to the builder's view of the
// XML, or returns s unchanged when there is none.
func patched(s state.State, edit func(d *builder.Doc) (builder.Patch, error)) state.State {
	d, err := readDoc(s.XML)
	if err != nil {
		return s
	}
	p, err := edit(d)
	if err != nil || p == (builder.Patch{}) {
		return s
	}
	return SetXML(s, p.Apply(s.XML))
}

// SetXML sets the XML editor's text, exactly as typed. When the builder can
// read it, the Dial is what the builder shows; otherwise the Dial keeps its
// values, which only the permalink uses (the builder is read-only then).
func SetXML(s state.State, v string) state.State {
	s.XML = v
	if d, err := readDoc(v); err == nil {
		s.Dial = d.Dial
		s.Dial.Sips = slices.Clone(d.Dial.Sips) // the Doc is shared; states own their nouns
	}
	return s
}

// SetMode switches pane 2 between the builder and the XML editor. The XML
// stays as it is: the builder is a view of it.
func SetMode(s state.State, m state.TwiMLMode) state.State {
	s.Mode = m
	return s
}

// SetCall sets the Calls parameter name. Editing To stops it following
// pane 1; typing into an instruction source chooses that source; a list
// parameter takes its values separated by spaces. "AuthToken" sets the
// token curl prints.
func SetCall(s state.State, name, v string) state.State {
	switch name {
	case "AuthToken":
		s.AuthToken = v
		return s
	case "To":
		s.ToEdited = true
	case "Url":
		s.Source = state.SourceURL
	case "ApplicationSid":
		s.Source = state.SourceApplication
	case "Twiml":
		// Twiml follows pane 2; it is not typed here.
		return s
	}
	if isList(name) {
		v = strings.Join(strings.Fields(v), "\n")
	}
	s.Call = calls.SetFieldText(s.Call, name, v)
	return s
}

// FollowURI makes the call's To follow pane 1's URI again.
func FollowURI(s state.State) state.State {
	s.ToEdited = false
	s.Call.To = s.URI
	return s
}

// SetSource chooses the call's source of instructions.
func SetSource(s state.State, src state.Source) state.State {
	switch src {
	case state.SourceURL, state.SourceTwiml, state.SourceApplication:
		s.Source = src
	}
	return s
}

// FixURI applies f to pane 1's URI.
func FixURI(s state.State, f *sipuri.Fix) state.State {
	if f == nil {
		return s
	}
	return SetURI(s, f.Apply(s.URI))
}

// FixXML applies f to pane 2's document, refilling the builder when the
// result maps onto a Dial.
func FixXML(s state.State, f *sipuri.Fix) state.State {
	if f == nil {
		return s
	}
	return SetXML(s, f.Apply(s.XML))
}

// FixCall applies the fix of a calls finding to the field it names. A fix
// on To while To follows pane 1 fixes pane 1; a fix on Twiml fixes pane 2.
func FixCall(s state.State, d sipuri.Diagnostic) state.State {
	if d.Fix == nil {
		return s
	}
	switch d.Field {
	case "To":
		if !s.ToEdited {
			return FixURI(s, d.Fix)
		}
	case "Twiml":
		return FixXML(s, d.Fix)
	}
	s.Call = calls.ApplyFix(s.Call, d)
	return s
}

// Effective returns the request pane 3 shows: To from pane 1 unless
// edited, and only the chosen instruction source, with Twiml taken from
// pane 2's document.
func Effective(s state.State) (r calls.Request) {
	r = s.Call
	if !s.ToEdited {
		r.To = s.URI
	}
	switch s.Source {
	case state.SourceTwiml:
		r.Url, r.ApplicationSid, r.Twiml = "", "", s.XML
	case state.SourceApplication:
		r.Url, r.Twiml = "", ""
	default:
		r.Twiml, r.ApplicationSid = "", ""
	}
	return r
}

// Fix applies the fix of finding d of pane's list to s: to pane 1's URI,
// to pane 2's document or to the Calls parameter (FixCall). A fix of the
// URI of a <Sip> 1 that follows pane 1 is pane 1's, as a fix on a To that
// follows it is (followedFix), so that the panes stay linked.
func Fix(s state.State, pane state.Pane, d sipuri.Diagnostic) state.State {
	switch {
	case pane == state.PaneURI:
		return FixURI(s, d.Fix)
	case pane == state.PaneTwiML, pane == state.PaneCall && d.Field == "Twiml":
		if uri, ok := followedFix(s, d.Fix); ok {
			return SetURI(s, uri)
		}
		return FixXML(s, d.Fix)
	case pane == state.PaneCall:
		return FixCall(s, d)
	}
	return s
}

// followedFix reports whether the fix f of pane 2's document changes only
// the URI of a <Sip> 1 that follows pane 1, exactly as typing the fixed
// URI in pane 1 would, and returns that URI.
func followedFix(s state.State, f *sipuri.Fix) (string, bool) {
	if f == nil || !SipLinked(s) {
		return "", false
	}
	fixed := FixXML(s, f)
	if len(fixed.Dial.Sips) == 0 || fixed.Dial.Sips[0].URI == s.URI {
		return "", false
	}
	uri := fixed.Dial.Sips[0].URI
	return uri, SetURI(s, uri).XML == fixed.XML
}

// FixTarget names the text control that the fix of finding d in pane's
// list edits, and the text that control shows, so that the page can apply
// the fix there as typing would: one step of that control's own undo. The
// control is pane 1's URI editor for a URI finding (also one on a To that
// follows it), pane 2's document for a TwiML finding (also one on the
// Twiml parameter), and the Calls parameter's own field otherwise. ok is
// false for a fix no single text field shows the text of (a list
// parameter, whose field joins its values with spaces, or a choice), and
// for a fix of a <Sip> 1 that follows pane 1, which changes the texts of
// both panes: the page applies those to the state (Fix).
func FixTarget(s state.State, pane state.Pane, d sipuri.Diagnostic) (id, text string, ok bool) {
	switch {
	case pane == state.PaneURI, pane == state.PaneCall && d.Field == "To" && !s.ToEdited:
		return "uri-input", s.URI, true
	case pane == state.PaneTwiML, pane == state.PaneCall && d.Field == "Twiml":
		if _, followed := followedFix(s, d.Fix); followed {
			return "", "", false
		}
		return "twiml-input", s.XML, true
	case pane != state.PaneCall:
		return "", "", false
	}
	p, known := calls.Lookup(d.Field)
	if !known || p.Kind == calls.List || len(p.Values) > 0 {
		return "", "", false
	}
	return "call-" + d.Field, calls.FieldText(s.Call, d.Field), true
}

// LeftOutOfLinks reports whether s holds secrets (passwords, the auth
// token) that a link made without secrets leaves out, so that reopening
// the page from its link would lose them. internal/state decides what a
// secret is.
func LeftOutOfLinks(s state.State) bool {
	d, err := state.Decode(state.Encode(s, false))
	return err == nil && d.SecretsLeftOut
}
