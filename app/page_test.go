package main

import (
	"testing"

	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
	"github.com/stretchr/testify/assert"
)

func TestFocusAfter(t *testing.T) {
	tests := []struct {
		name  string
		a     view.Action
		nouns int // after the action
		want  string
	}{
		{"up to the top: its down arrow", view.Action{Kind: view.ActSipUp, Sip: 1}, 3, "sip-0-down"},
		{"up in the middle: its up arrow", view.Action{Kind: view.ActSipUp, Sip: 2}, 3, "sip-1-up"},
		{"down to the bottom: its up arrow", view.Action{Kind: view.ActSipDown, Sip: 1}, 3, "sip-2-up"},
		{"down in the middle: its down arrow", view.Action{Kind: view.ActSipDown, Sip: 0}, 3, "sip-1-down"},
		{"remove: the noun that took its place", view.Action{Kind: view.ActSipRemove, Sip: 1}, 2, "sip-1-uri"},
		{"remove the last: the one before", view.Action{Kind: view.ActSipRemove, Sip: 2}, 2, "sip-1-uri"},
		{"add: the new noun", view.Action{Kind: view.ActSipAdd}, 4, "sip-3-uri"},
		{"the XML tab: the editor", view.Action{Kind: view.ActMode, Mode: state.ModeXML}, 1, "twiml-input"},
		{"To follows again: To, its button gone", view.Action{Kind: view.ActFollow}, 1, "call-To"},
		{"<Sip> 1 follows again: its URI, its button gone", view.Action{Kind: view.ActRelink}, 2, "sip-0-uri"},
		{"typing: where it is", view.Action{Kind: view.ActURI}, 1, ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, focusAfter(tt.a, tt.nouns), tt.name)
	}
}
