package main

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The command is pure Go with no browser pieces: go install builds it on
// any platform, and it does not carry go-app or syscall/js.
func TestNoBrowserDependencies(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	require.NoError(t, err, "go list: %s", out)
	deps := strings.Fields(string(out))
	require.Contains(t, deps, "github.com/sipplay/sipplay/twiml")
	for _, d := range deps {
		assert.NotContains(t, d, "go-app", "sipplay depends on %s", d)
		assert.NotEqual(t, "syscall/js", d)
		assert.NotContains(t, d, "chromedp", "sipplay depends on %s", d)
	}
}
