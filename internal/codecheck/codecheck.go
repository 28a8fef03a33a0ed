// Package codecheck reads a package's source for the tests that hold its
// finding codes to their help entries (sipuri.Codes, twiml.Codes...): a code
// a check can report must have an entry.
package codecheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Codes reads the non-test Go files of the package in dir. It returns the
// string value of every constant whose name starts with "Code", and the
// names of those constants passed as an argument of a call to a method or
// function named one of reporters.
func Codes(dir string, reporters ...string) (consts map[string]string, reported map[string]bool, err error) {
	consts, reported = map[string]string{}, map[string]bool{}
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, nil, err
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			return nil, nil, err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, id := range n.Names {
					if lit, ok := valueAt(n, i).(*ast.BasicLit); ok && strings.HasPrefix(id.Name, "Code") && lit.Kind == token.STRING {
						consts[id.Name], _ = strconv.Unquote(lit.Value)
					}
				}
			case *ast.CallExpr:
				if slices.Contains(reporters, calleeName(n.Fun)) {
					for _, arg := range n.Args {
						ast.Inspect(arg, func(m ast.Node) bool {
							if id, ok := m.(*ast.Ident); ok && strings.HasPrefix(id.Name, "Code") {
								reported[id.Name] = true
							}
							return true
						})
					}
				}
			}
			return true
		})
	}
	return consts, reported, nil
}

func valueAt(s *ast.ValueSpec, i int) ast.Expr {
	if i < len(s.Values) {
		return s.Values[i]
	}
	return nil
}

// calleeName is the name of the function or method a call expression calls.
func calleeName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	}
	return ""
}
