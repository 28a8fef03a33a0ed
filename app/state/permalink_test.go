package state

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecodeEmptyIsDefault(t *testing.T) {
	for _, frag := range []string{"", "#"} {
		s, err := Decode(frag)
		require.NoError(t, err, "fragment %q", frag)
		assert.Equal(t, Default(), s, "fragment %q", frag)
	}
}
