package sipuri

import "strings"

// A Region is a Twilio region that SIP-out traffic can leave from, as
// named by the URI parameter region.
type Region struct {
	Name     string // the parameter value, e.g. "ie1"
	Location string // where the region is, e.g. "Europe, Ireland"
	Edge     string // the Twilio edge location serving it, e.g. "dublin"
}

// Regions lists the Twilio regions in Twilio's documented order; us1 is
// the default. Callers must not modify it.
var Regions = []Region{
	{"us1", "North America, Virginia", "ashburn"},
	{"us2", "North America, Oregon", "umatilla"},
	{"ie1", "Europe, Ireland", "dublin"},
	{"de1", "Europe, Frankfurt", "frankfurt"},
	{"sg1", "Asia Pacific, Singapore", "singapore"},
	{"jp1", "Asia Pacific, Tokyo", "tokyo"},
	{"br1", "South America, São Paulo", "sao-paulo"},
	{"au1", "Asia Pacific, Sydney", "sydney"},
}

// LookupRegion returns the region named exactly name (Twilio's names are
// lower-case).
func LookupRegion(name string) (Region, bool) {
	if i := regionIndex(name); i >= 0 {
		return Regions[i], true
	}
	return Region{}, false
}

// regionIndex returns the index in Regions of the region named exactly
// name, or -1.
func regionIndex(name string) int {
	for i := range Regions {
		if Regions[i].Name == name {
			return i
		}
	}
	return -1
}

// regionList names the Regions for a message: "us1, us2, ..., au1".
func regionList() string {
	names := make([]string, len(Regions))
	for i, r := range Regions {
		names[i] = r.Name
	}
	return strings.Join(names, ", ")
}

// regionPrefixes maps the starts of names people write for a region
// ("eu1", "us-west", "ap-southeast") to the index in Regions of the region
// they most likely mean.
var regionPrefixes = [...]struct {
	prefix string
	region int
}{
	{"us-west", 1}, {"uswest", 1}, {"us", 0}, {"na", 0},
	{"ie", 2}, {"eu", 2}, {"de", 3}, {"sg", 4}, {"ap", 4},
	{"jp", 5}, {"br", 6}, {"sa", 6}, {"au", 7},
}

// ClosestRegion returns the region a person most likely meant by name:
// the same name in another case, then the region whose edge or city is
// named ("dublin", "Frankfurt"), then one whose usual abbreviation starts
// the name ("eu1" → ie1, "us-west" → us2), else the smallest edit
// distance, the earlier region in Regions winning a tie.
func ClosestRegion(name string) Region {
	return Regions[closestRegion(name)]
}

// closestRegion is ClosestRegion, returning an index into Regions.
func closestRegion(name string) int {
	n := lowerString(name)
	for i := range Regions {
		if r := &Regions[i]; r.Name == n || r.Edge == n {
			return i
		}
	}
	if len(n) >= 4 {
		for i := range Regions {
			r := &Regions[i]
			city := lowerString(r.Location[strings.LastIndexByte(r.Location, ' ')+1:])
			if strings.Contains(n, city) || strings.Contains(n, r.Edge) {
				return i
			}
		}
	}
	for _, p := range regionPrefixes {
		if strings.HasPrefix(n, p.prefix) {
			return p.region
		}
	}
	best, bestD := 0, 1<<30
	for i := range Regions {
		if d := EditDistance(n, Regions[i].Name); d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// EditDistance is the Levenshtein distance between a and b, counted in
// bytes: the fewest insertions, deletions and replacements that turn one
// into the other. It is the one edit distance of the module: sipuri uses it
// for scheme and region typos, twiml for attribute names.
func EditDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// lowerString returns s with its ASCII letters in lower case (and every
// other byte as it is); it allocates only when s has an upper-case letter.
func lowerString(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				b[j] = lower(b[j])
			}
			return string(b)
		}
	}
	return s
}

// Transports lists the values Twilio accepts for the transport parameter,
// the default (udp) first.
var Transports = []string{"udp", "tcp", "tls"}

// DefaultPort returns the port Twilio dials when the URI has none: 5061
// for TLS (transport=tls, in any case, or a sips: URI), else 5060.
func DefaultPort(transport string, sips bool) int {
	if sips || equalFold(transport, "tls") {
		return 5061
	}
	return 5060
}

// namedHeaders are the header names Twilio forwards without an X- prefix.
var namedHeaders = []string{"User-to-User", "Remote-Party-ID", "P-Preferred-Identity", "P-Called-Party-ID"}

// HeaderAllowed reports whether Twilio forwards a URI header with this
// (unescaped) name: any name starting with X- or x-, and User-to-User,
// Remote-Party-ID, P-Preferred-Identity and P-Called-Party-ID in any case.
func HeaderAllowed(name string) bool {
	if len(name) >= 2 && (name[0] == 'X' || name[0] == 'x') && name[1] == '-' {
		return true
	}
	for _, h := range namedHeaders {
		if equalFold(name, h) {
			return true
		}
	}
	return false
}

// Twilio's limits on the parts of a URI, in bytes.
const (
	MaxURILength     = 254  // the URI without its headers part must be under 255 characters
	MaxHeadersLength = 1023 // the headers part (from the '?' on, counting it) must be under 1024 characters
)
