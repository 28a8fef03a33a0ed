package callflow

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// nodeDir is where .ci/run installs the pinned npm packages (tools/node).
var nodeDir = filepath.Join("..", "tools", "node")

// oracleScript reads cases from stdin and prints, for each, the signature of
// Twilio's Node library and whether its validateRequest accepts the
// signature we computed. A name given more than once is passed as an array,
// as Express hands repeated form keys to the library.
const oracleScript = `
const { getExpectedTwilioSignature, validateRequest } = require("twilio");
let input = "";
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", () => {
  const out = JSON.parse(input).map((c) => {
    const params = {};
    for (const [name, value] of c.params) {
      if (!Object.prototype.hasOwnProperty.call(params, name)) params[name] = value;
      else if (Array.isArray(params[name])) params[name].push(value);
      else params[name] = [params[name], value];
    }
    return {
      expected: getExpectedTwilioSignature(c.token, c.url, params),
      valid: validateRequest(c.token, c.ours, c.url, params),
    };
  });
  process.stdout.write(JSON.stringify(out));
});
`

// An oracleCase is one request given to the Node oracle.
type oracleCase struct {
	Token  string      `json:"token"`
	URL    string      `json:"url"`
	Params [][2]string `json:"params"`
	Ours   string      `json:"ours"`
}

// An oracleAnswer is the oracle's verdict on one case.
type oracleAnswer struct {
	Expected string `json:"expected"`
	Valid    bool   `json:"valid"`
}

// askOracle runs the Node oracle on cases. It fails the test when node or
// the twilio package is missing (.ci/run installs both).
func askOracle(t *testing.T, cases []oracleCase) []oracleAnswer {
	t.Helper()
	_, err := exec.LookPath("node")
	require.NoError(t, err, "node is needed for the signature oracle; .ci/run installs it")
	in, err := json.Marshal(cases)
	require.NoError(t, err)
	cmd := exec.Command("node", "-e", oracleScript)
	cmd.Dir = nodeDir
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); ok {
		t.Fatalf("node oracle failed (is the twilio package installed? npm ci --prefix tools/node): %v\n%s", err, ee.Stderr)
	}
	require.NoError(t, err)
	var answers []oracleAnswer
	require.NoError(t, json.Unmarshal(out, &answers))
	require.Len(t, answers, len(cases))
	return answers
}

// toPairs turns params into the oracle's [name, value] pairs.
func toPairs(params []Param) [][2]string {
	out := make([][2]string, len(params))
	for i, p := range params {
		out[i] = [2]string{p.Name, p.Value}
	}
	return out
}
