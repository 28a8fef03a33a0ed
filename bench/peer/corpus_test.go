package peer

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// corpusFile is what both parsers read: SIP URIs as Twilio users write them
// in <Sip> nouns and in the To of a Calls request, all valid RFC 3261, so
// that the strict parser accepts them too and both do the same work. It is
// sipuri's test data, where BenchmarkParseParts reads it as well.
const corpusFile = "../../sipuri/testdata/twilio-uris.txt"

// readCorpus reads corpusFile: one URI per line, '#' starts a comment.
func readCorpus(tb testing.TB) []string {
	data, err := os.ReadFile(corpusFile)
	require.NoError(tb, err)
	var out []string
	for line := range strings.Lines(string(data)) {
		if line = strings.TrimSuffix(line, "\n"); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	require.NotEmpty(tb, out, "no URI in %s", corpusFile)
	return out
}
