package calls

import (
	"reflect"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSchemaMatchesRequest holds the recipe "Add a Calls API parameter":
// every string or []string field of Request has exactly one schema row
// whose accessor reaches that very field.
func TestSchemaMatchesRequest(t *testing.T) {
	typ := reflect.TypeOf(Request{})
	var fields []string
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		require.True(t, f.Type == reflect.TypeOf("") || f.Type == reflect.TypeOf([]string{}),
			"Request.%s is neither a string nor a []string", f.Name)
		fields = append(fields, f.Name)
	}
	var keys []string
	for _, p := range parameters {
		keys = append(keys, p.Key)
	}
	assert.ElementsMatch(t, fields, keys, "Request fields and schema rows (parameters in schema.go)")

	for _, p := range parameters {
		f, ok := typ.FieldByName(p.Key)
		if !assert.True(t, ok, "schema row %s has no Request field", p.Key) {
			continue
		}
		var r Request
		v := reflect.ValueOf(&r).Elem().FieldByIndex(f.Index)
		if f.Type.Kind() == reflect.Slice {
			require.Equal(t, List, p.Kind, "Request.%s is a []string: its row's Kind must be List", p.Key)
			require.NotNil(t, p.list, "row %s needs a list accessor", p.Key)
			*p.list(&r) = []string{"x"}
			assert.Equal(t, []string{"x"}, v.Interface(), "row %s's accessor reaches Request.%s", p.Key, p.Key)
			continue
		}
		require.NotEqual(t, List, p.Kind, "Request.%s is a string: its row's Kind cannot be List", p.Key)
		require.NotNil(t, p.text, "row %s needs a text accessor", p.Key)
		*p.text(&r) = "x"
		assert.Equal(t, "x", v.String(), "row %s's accessor reaches Request.%s", p.Key, p.Key)
		assert.NotEmpty(t, p.Doc, "row %s has a one-line Doc", p.Key)
	}
}

// Every row's facts are consistent: a range only on an Int, a SID prefix
// of two letters, allowed values without repeats.
func TestSchemaRows(t *testing.T) {
	for _, p := range Parameters() {
		if p.Kind != Int {
			assert.Zero(t, p.Min+p.Max, "%s: only an Int has a range", p.Key)
		}
		assert.LessOrEqual(t, p.Min, max(p.Max, p.Min), "%s: Min above Max", p.Key)
		if p.SID != "" {
			assert.Len(t, p.SID, 2, "%s: a SID prefix is two letters", p.Key)
		}
		sorted := slices.Clone(p.Values)
		slices.Sort(sorted)
		assert.Equal(t, len(sorted), len(slices.Compact(sorted)), "%s: repeated values", p.Key)
		got, ok := Lookup(p.Key)
		assert.True(t, ok, p.Key)
		assert.Equal(t, p.Key, got.Key)
	}
	_, ok := Lookup("NoSuchKey")
	assert.False(t, ok)
	assert.Equal(t, "AccountSid", Parameters()[0].Key, "AccountSid comes first")
}
