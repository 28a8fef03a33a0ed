// Package components holds the playground's go-app components. Each renders
// a view model computed by package view and reports edits to Actions; none
// holds page state of its own.
package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/app/state"
)

// Actions are the edits the panes report. The page implements them by
// applying the matching view transition to its state.
type Actions interface {
	URI(ctx app.Context, v string)
	Fix(ctx app.Context, pane string, i int) // applies item i of the pane's findings: "uri", "twiml" or "call"
	Dial(ctx app.Context, name, v string)
	Sip(ctx app.Context, n int, name, v string)
	AddSip(ctx app.Context)
	RemoveSip(ctx app.Context, n int)
	MoveSip(ctx app.Context, n, delta int)
	XML(ctx app.Context, v string)
	Mode(ctx app.Context, m state.TwiMLMode)
	Call(ctx app.Context, name, v string)
	FollowURI(ctx app.Context)
	Source(ctx app.Context, src state.Source)
	Lang(ctx app.Context, id string)
	Pane(ctx app.Context, p state.Pane)

	Example(ctx app.Context, id string)
	Share(ctx app.Context)
	Secrets(ctx app.Context, on bool)
	Theme(ctx app.Context)
	Reload(ctx app.Context)
	Dismiss(ctx app.Context, what string) // "update" or "share-error"
}

// value reads the value of the element that sent the event.
func value(ctx app.Context) string { return ctx.JSSrc().Get("value").String() }
