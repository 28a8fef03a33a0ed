//go:build wasm

package main

// generate does nothing in the browser: RunWhenOnBrowser never returns there.
func generate() {}
