package main

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// shimSource is frames.so's source: see its comment.
//
//go:embed shim/frames.c
var shimSource string

// buildShim compiles frames.so into dir and returns its path, or "" (and
// says why) when there is no C compiler: the frames are then not counted.
func buildShim(dir string) string {
	src, so := filepath.Join(dir, "frames.c"), filepath.Join(dir, "frames.so")
	if err := os.WriteFile(src, []byte(shimSource), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "keycost: frames not counted:", err)
		return ""
	}
	if out, err := exec.Command("gcc", "-shared", "-fPIC", "-O2", "-o", so, src, "-ldl").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "keycost: frames not counted: gcc: %v\n%s", err, out)
		return ""
	}
	return so
}

// frameEnv returns the environment that makes the window count its frames
// in a new counter file at path, or nothing without the shim.
func frameEnv(shim, path string) []string {
	if shim == "" {
		return nil
	}
	if err := os.WriteFile(path, make([]byte, 8), 0o644); err != nil {
		return nil
	}
	preload := shim
	if old := os.Getenv("LD_PRELOAD"); old != "" {
		preload += ":" + old
	}
	return []string{"LD_PRELOAD=" + preload, "KEYCOST_FRAMES=" + path}
}

// frames reads the counter file at path: the frames shown so far, or -1.
func frames(path string) int64 {
	b, err := os.ReadFile(path)
	if err != nil || len(b) < 8 {
		return -1
	}
	return int64(binary.NativeEndian.Uint64(b))
}
