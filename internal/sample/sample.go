// Package sample holds crosscheck's built-in sample corpus: fictional
// events written for this project, reported by several invented outlets
// that disagree on purpose, in the formats crosscheck reads.
package sample

import (
	"embed"
	"io/fs"
	"os"
	"path/filepath"
)

//go:embed corpus
var corpus embed.FS

// FS is the sample corpus.
func FS() fs.FS {
	sub, err := fs.Sub(corpus, "corpus")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	return sub
}

// WriteTo copies the corpus into dir, so it reads like any directory.
func WriteTo(dir string) error {
	return fs.WalkDir(FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, path)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := fs.ReadFile(FS(), path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}
