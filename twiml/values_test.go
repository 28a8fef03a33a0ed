package twiml

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRangeMessages checks that each integer kind's message states the
// range the check applies.
func TestRangeMessages(t *testing.T) {
	for k, r := range ranges {
		if r.msg == "" {
			continue
		}
		want := " from " + strconv.Itoa(r.min) + " to " + strconv.Itoa(r.max)
		assert.True(t, strings.HasSuffix(r.msg, want), "kind %d: %q does not end with %q", k, r.msg, want)
	}
}
