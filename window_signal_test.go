//go:build !headless

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"rapporteur/app"
	"rapporteur/draft"
	"rapporteur/internal/workspace"
	"rapporteur/internal/xvfb"
)

// signalChildEnv makes the test binary a child that opens the window on the
// report it names, adds an item once the window is up and says "ready".
// The parent then sends SIGTERM while autosave still waits (SaveDelay).
const signalChildEnv = "RAPPORTEUR_TEST_SIGNAL_CHILD"

// signalItem is the title of the item the child adds just before the signal.
const signalItem = "Item added just before SIGTERM"

func TestMain(m *testing.M) {
	if os.Getenv(windowChildEnv) == "1" {
		os.Exit(run(nil, os.Stdout, os.Stderr))
	}
	if path := os.Getenv(signalChildEnv); path != "" {
		afterStart = func(e *app.Editor) {
			// Edit once the window has taken the signals for good, so that
			// the edit is still pending when the signal comes.
			time.AfterFunc(signalRetake+200*time.Millisecond, func() {
				fyne.Do(func() {
					if err := e.AddItem(signalItem); err != nil {
						fmt.Println(err)
						return
					}
					fmt.Println("ready")
				})
			})
		}
		os.Exit(run([]string{path}, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// TestSIGTERMShutsDownCleanly opens the window on a report, makes an edit
// and sends SIGTERM before autosave would write it: the process ends with
// status 0, logs no Fyne thread error, and the edit is in the file, which
// is closed (no write-ahead log left beside it).
func TestSIGTERMShutsDownCleanly(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an X server and a window")
	}
	display := xvfb.Start(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "report.rap")
	r, err := workspace.Sample()
	if err != nil {
		t.Fatal(err)
	}
	if err := workspace.WriteNew(path, r); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(filterEnv(os.Environ(), "DISPLAY", "WAYLAND_DISPLAY", "HOME", "XDG_CONFIG_HOME"),
		signalChildEnv+"="+path, "DISPLAY="+display, "HOME="+dir, "XDG_CONFIG_HOME="+filepath.Join(dir, "config"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(stdout).ReadString('\n')
		ready <- strings.TrimSpace(line)
	}()
	select {
	case line := <-ready:
		if line != "ready" {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("child: %q\n%s", line, stderr.String())
		}
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("the window did not come up\n%s", stderr.String())
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("exit after SIGTERM: %v\n%s", err, stderr.String())
		}
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("still running 30 s after SIGTERM\n%s", stderr.String())
	}
	if strings.Contains(stderr.String(), "Error in Fyne call thread") {
		t.Errorf("the log after SIGTERM has a Fyne thread error:\n%s", stderr.String())
	}
	got, err := workspace.Load(path, workspace.Working)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Items) != len(r.Items)+1 || !hasItem(got, signalItem) {
		t.Errorf("the file has %d items, without %q: the edit made before SIGTERM was lost\n%s", len(got.Items), signalItem, stderr.String())
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		t.Errorf("%s-wal is left: the file was not closed", path)
	}
}

func hasItem(r *draft.Report, title string) bool {
	for _, it := range r.Items {
		if it.Title == title {
			return true
		}
	}
	return false
}
