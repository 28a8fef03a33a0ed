// Command serve serves a built static site on a local address, the way a
// static host would, and prints the address to open.
//
//	go run ./internal/serve -dir dist -addr localhost:8080 [-base /sipplay]
package main

import (
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/sipplay/sipplay/internal/serve/static"
)

func main() {
	dir := flag.String("dir", "dist", "the directory holding the built site")
	addr := flag.String("addr", "localhost:8080", "the address to listen on")
	base := flag.String("base", "", "the URL prefix the site is served under, e.g. /sipplay")
	flag.Parse()
	if err := run(*dir, *addr, *base); err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}

// run serves dir at base on addr until the process ends.
func run(dir, addr, base string) error {
	h, err := static.Handler(dir, base)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	fmt.Printf("serving %s on http://%s%s/\n", dir, displayAddr(addr, ln.Addr()), base)
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	return srv.Serve(ln)
}

// displayAddr keeps the host name the person asked for (localhost reads
// better than 127.0.0.1) with the port the listener really got.
func displayAddr(asked string, got net.Addr) string {
	host, _, err := net.SplitHostPort(asked)
	_, port, err2 := net.SplitHostPort(got.String())
	if err != nil || err2 != nil || host == "" {
		return got.String()
	}
	return net.JoinHostPort(host, port)
}
