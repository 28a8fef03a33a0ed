// Command wasmsize attributes the code of a Go wasm binary to packages, so
// that size work goes where the bytes are. Build without -s so the binary
// keeps its name section:
//
//	GOOS=js GOARCH=wasm go build -o /tmp/app.wasm ./app
//	go run ./internal/wasmsize [-base /tmp/hello.wasm] [-funcs 30] /tmp/app.wasm
//
// It prints code bytes per package (and the change from -base), then the
// largest functions of this module.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	base := flag.String("base", "", "a wasm binary to compare against")
	funcs := flag.Int("funcs", 30, "how many of this module's largest functions to list")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-base old.wasm] [-funcs N] app.wasm")
		os.Exit(2)
	}
	cur, err := load(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
	var old []function
	if *base != "" {
		if old, err = load(*base); err != nil {
			fmt.Fprintln(os.Stderr, "wasmsize:", err)
			os.Exit(1)
		}
	}
	printPackages(byPackage(cur), byPackage(old))
	printFunctions(cur, *funcs)
}

// A function is one wasm function body and its Go name.
type function struct {
	name string
	size int
}

func load(path string) ([]function, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return parse(b)
}

// wasmMagic opens every wasm module: a NUL byte, then "asm".
var wasmMagic = []byte{0x00, 'a', 's', 'm'}

// parse reads the import, code and name sections of a wasm module.
func parse(b []byte) ([]function, error) {
	if len(b) < 8 || !bytes.HasPrefix(b, wasmMagic) {
		return nil, errors.New("not a wasm binary")
	}
	r := reader{b: b, i: 8}
	imported := 0
	var sizes []int
	names := map[int]string{}
	for r.i < len(b) && r.err == nil {
		id := r.byte()
		n := r.uint()
		end := r.i + n
		if end > len(b) || r.err != nil {
			return nil, errors.New("truncated section")
		}
		sec := reader{b: b[:end], i: r.i}
		switch id {
		case 2: // imports: count the functions, which come first in the index space
			for k := sec.uint(); k > 0 && sec.err == nil; k-- {
				sec.skip(sec.uint()) // module
				sec.skip(sec.uint()) // name
				switch sec.byte() {
				case 0:
					sec.uint()
					imported++
				case 1:
					sec.byte()
					sec.limits()
				case 2:
					sec.limits()
				case 3:
					sec.skip(2)
				}
			}
		case 10: // code
			for k := sec.uint(); k > 0 && sec.err == nil; k-- {
				n := sec.uint()
				sizes = append(sizes, n)
				sec.skip(n)
			}
		case 0: // custom: only "name" matters
			if string(sec.bytes(sec.uint())) != "name" {
				break
			}
			for sec.i < end && sec.err == nil {
				sub := sec.byte()
				n := sec.uint()
				next := sec.i + n
				if sub == 1 {
					for k := sec.uint(); k > 0 && sec.err == nil; k-- {
						idx := sec.uint()
						names[idx] = string(sec.bytes(sec.uint()))
					}
				}
				sec.i = next
			}
		}
		if sec.err != nil {
			return nil, sec.err
		}
		r.i = end
	}
	if len(names) == 0 {
		return nil, errors.New("no name section: build without -ldflags=-s")
	}
	out := make([]function, len(sizes))
	for k, n := range sizes {
		out[k] = function{names[imported+k], n}
	}
	return out, nil
}

// reader decodes LEB128 integers and byte runs, remembering the first error.
type reader struct {
	b   []byte
	i   int
	err error
}

func (r *reader) byte() byte {
	if r.i >= len(r.b) {
		r.err = errors.New("unexpected end of section")
		return 0
	}
	r.i++
	return r.b[r.i-1]
}

func (r *reader) uint() int {
	v, shift := 0, 0
	for r.err == nil && shift < 63 {
		c := r.byte()
		v |= int(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
		shift += 7
	}
	return v
}

func (r *reader) bytes(n int) []byte {
	if n < 0 || r.i+n > len(r.b) {
		r.err = errors.New("unexpected end of section")
		return nil
	}
	r.i += n
	return r.b[r.i-n : r.i]
}

func (r *reader) skip(n int) { r.bytes(n) }

func (r *reader) limits() {
	if r.byte()&1 != 0 {
		r.uint()
	}
	r.uint()
}

// pkgOf returns the package path of a Go symbol name as the wasm name
// section spells it: "github.com_x_y.(*T).M" → "github.com_x_y" (the
// name section turns "/" into "_", so the mangled form is kept).
func pkgOf(name string) string {
	rest, prefix := name, ""
	for _, host := range []string{"github.com_", "golang.org_", "go.yaml.in_"} {
		if strings.HasPrefix(name, host) {
			prefix, rest = host, name[len(host):]
			break
		}
	}
	if i := strings.IndexByte(rest, '.'); i >= 0 {
		rest = rest[:i]
	}
	return prefix + rest
}

func byPackage(fs []function) map[string]int {
	m := map[string]int{}
	for _, f := range fs {
		m[pkgOf(f.name)] += f.size
	}
	return m
}

func printPackages(cur, old map[string]int) {
	type row struct {
		pkg       string
		size, chg int
	}
	var rows []row
	total, totalOld := 0, 0
	for p, n := range cur {
		rows = append(rows, row{p, n, n - old[p]})
		total += n
	}
	for p, n := range old {
		totalOld += n
		if _, ok := cur[p]; !ok {
			rows = append(rows, row{p, 0, -n})
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].chg != rows[j].chg {
			return rows[i].chg > rows[j].chg
		}
		return rows[i].pkg < rows[j].pkg
	})
	fmt.Printf("%10s %10s  %s\n", "code bytes", "change", "package")
	for _, r := range rows {
		if r.size < 1000 && r.chg < 1000 && r.chg > -1000 {
			continue
		}
		fmt.Printf("%10d %+10d  %s\n", r.size, r.chg, r.pkg)
	}
	fmt.Printf("%10d %+10d  total\n\n", total, total-totalOld)
}

func printFunctions(fs []function, n int) {
	var own []function
	for _, f := range fs {
		if strings.Contains(f.name, "sipplay") {
			own = append(own, f)
		}
	}
	sort.Slice(own, func(i, j int) bool { return own[i].size > own[j].size })
	if len(own) > n {
		own = own[:n]
	}
	fmt.Println("largest functions of this module:")
	for _, f := range own {
		fmt.Printf("%10d  %s\n", f.size, f.name)
	}
}
