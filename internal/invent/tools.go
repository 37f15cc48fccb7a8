package invent

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Tool finds a program the round trips run, "" when it is not installed:
// "pdftotext", and "soffice" (or "libreoffice") for LibreOffice.
func Tool(name string) string {
	names := []string{name}
	if name == "soffice" {
		names = append(names, "libreoffice")
	}
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

// PDFToText returns the text pdftotext gives of the PDF file at path, as
// it lays it out with -layout when layout is set.
func PDFToText(path string, layout bool) ([]byte, error) {
	args := []string{"-enc", "UTF-8"}
	if layout {
		args = append(args, "-layout")
	}
	args = append(args, path, "-")
	out, err := exec.Command(Tool("pdftotext"), args...).Output()
	if err != nil {
		return nil, fmt.Errorf("invent: pdftotext %s: %w", path, errOutput(err))
	}
	return out, nil
}

// Convert has LibreOffice convert every file in files to format ("docx",
// "pdf") into the folder out, in one run (HTML pages are opened as Writer
// documents), with a profile of its own under
// profile so that it neither meets another LibreOffice running on the
// machine nor changes the user's. The converted files keep their base
// names with the new extension.
func Convert(profile, out, format string, files ...string) error {
	if len(files) == 0 {
		return nil
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("invent: convert: %w", err)
	}
	abs, err := filepath.Abs(profile)
	if err != nil {
		return fmt.Errorf("invent: convert: %w", err)
	}
	args := []string{"-env:UserInstallation=file://" + abs, "--headless", "--norestore"}
	to := format
	if strings.HasSuffix(files[0], ".html") {
		// A page opened in Writer, not Writer/Web, so that it saves as Word.
		args = append(args, "--infilter=HTML (StarWriter)")
		if format == "docx" {
			to = "docx:MS Word 2007 XML"
		}
	}
	args = append(args, "--convert-to", to, "--outdir", out)
	cmd := exec.Command(Tool("soffice"), append(args, files...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("invent: soffice --convert-to %s: %w: %s", format, err, stderr.String())
	}
	for _, f := range files {
		name := filepath.Base(f)
		name = name[:len(name)-len(filepath.Ext(name))] + "." + format
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			return fmt.Errorf("invent: soffice did not write %s: %s", name, stderr.String())
		}
	}
	return nil
}

func errOutput(err error) error {
	if ee, ok := err.(*exec.ExitError); ok && len(ee.Stderr) > 0 {
		return fmt.Errorf("%w: %s", err, bytes.TrimSpace(ee.Stderr))
	}
	return err
}
