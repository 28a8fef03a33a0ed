package view

import (
	"strings"
	"testing"

	"github.com/sipplay/sipplay/callflow"
	"github.com/sipplay/sipplay/internal/state"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// flowOf derives the page of s and its flow.
func flowOf(s state.State, o FlowOptions) Flow {
	var d Deriver
	p := d.Page(s, "")
	return FlowOf(&p, o)
}

// arrowLabels lists the arrows' labels.
func arrowLabels(f Flow) []string {
	var out []string
	for _, a := range f.Arrows {
		out = append(out, a.Label)
	}
	return out
}

func TestFlowDefault(t *testing.T) {
	s := state.Default()
	f := flowOf(s, FlowOptions{Selected: -1})
	require.NotEmpty(t, f.Arrows)
	assert.Equal(t, callflow.Answered, f.Outcome)
	assert.Contains(t, arrowLabels(f), "INVITE")
	assert.Contains(t, arrowLabels(f), "POST Url")
	require.NotEmpty(t, f.Webhooks)
	require.NotNil(t, f.Request, "the first webhook is chosen")
	assert.Equal(t, f.Webhooks[0].Index, f.Selected.Index)
	assert.Empty(t, f.Webhooks[0].Signature, "no auth token, no signature")
	assert.True(t, strings.HasPrefix(f.Webhooks[0].ReplayURL, callflow.DefaultReplayBase+"/"), f.Webhooks[0].ReplayURL)
	require.NotEmpty(t, f.Invite)
	assert.True(t, strings.HasPrefix(f.Invite[0].Text, "INVITE "+s.URI), f.Invite[0].Text)
	assert.Equal(t, flowTop+(len(f.Arrows)-1)*flowRow+flowBottom+flowRow/2, f.Height)
	for _, a := range f.Arrows {
		assert.Contains(t, []int{laneX[0], laneX[1], laneX[2], laneX[3]}, a.X1)
		assert.NotEmpty(t, a.Text)
	}
}

func TestFlowOptions(t *testing.T) {
	s := state.Default()
	s.AuthToken = "0123456789abcdef0123456789abcdef"
	busy := flowOf(s, FlowOptions{Outcome: "busy", Selected: -1})
	assert.Contains(t, arrowLabels(busy), "486 Busy Here")
	assert.NotContains(t, arrowLabels(busy), "POST Url", "an unanswered call fetches no TwiML")
	ans := flowOf(s, FlowOptions{Duration: "soon", ReplayBase: "ftp://x", Selected: -1})
	assert.NotEmpty(t, ans.DurationError)
	assert.NotEmpty(t, ans.ReplayError)
	require.NotEmpty(t, ans.Webhooks)
	assert.Empty(t, ans.Webhooks[0].Curl)
	assert.NotEmpty(t, ans.Webhooks[0].Signature)
	at := -1
	for i, l := range arrowLabels(ans) {
		if l == "INVITE" && at < 0 {
			at = i
		}
	}
	inv := flowOf(s, FlowOptions{Selected: at})
	assert.Equal(t, "INVITE", inv.Selected.Label)
	assert.NotEmpty(t, inv.Message)
	assert.Nil(t, inv.Request)
	s.URI = "sip:alice@example.com;transport=tls"
	tls := flowOf(s, FlowOptions{Selected: -1})
	assert.Equal(t, "example.com:5061/tls", tls.Lanes[callflow.Endpoint].Sub)
}
