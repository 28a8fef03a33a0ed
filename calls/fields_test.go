package calls

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRequestLayout holds what Request.strs relies on: 34 string fields
// first, laid out as an array, and each param's idx naming its own field.
func TestRequestLayout(t *testing.T) {
	typ := reflect.TypeOf(Request{})
	for i := 0; i < 34; i++ {
		f := typ.Field(i)
		require.Equal(t, reflect.String, f.Type.Kind(), "field %d (%s)", i, f.Name)
		assert.Equal(t, uintptr(i)*unsafe.Sizeof(""), f.Offset, "field %d (%s)", i, f.Name)
	}
	lists := []string{"StatusCallbackEvent", "RecordingStatusCallbackEvent"}
	assert.Len(t, params, 35)
	for _, p := range params {
		if p.kind == kList {
			assert.Equal(t, lists[p.idx], p.key)
			continue
		}
		assert.Equal(t, typ.Field(int(p.idx)).Name, p.key, "params entry %s", p.key)
	}
}
