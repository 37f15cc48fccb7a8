package export_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"rapporteur/draft"
	"rapporteur/export"
	"rapporteur/internal/docxtest"
)

// loMacro is a LibreOffice Basic module that opens a document, accepts or
// rejects every tracked change and saves the result as .docx.
const loMacro = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Resolve(inPath As String, outPath As String, mode As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(inPath), &quot;_blank&quot;, 0, args())
  dispatcher = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  frame = doc.getCurrentController().getFrame()
  If mode = &quot;accept&quot; Then
    dispatcher.executeDispatch(frame, &quot;.uno:AcceptAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  Else
    dispatcher.executeDispatch(frame, &quot;.uno:RejectAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  End If
  doc.RecordChanges = False
  Dim sargs(0) As New com.sun.star.beans.PropertyValue
  sargs(0).Name = &quot;FilterName&quot;
  sargs(0).Value = &quot;MS Word 2007 XML&quot;
  doc.storeToURL(ConvertToURL(outPath), sargs())
  doc.close(True)
End Sub
</script:module>
`

// TestRevisionsLibreOffice has LibreOffice itself accept and reject every
// change of the revision documents (every kind of change at once, and the
// fixture's) and compares what it saves with the Word export of each
// version. It takes half a minute, so it runs only when
// RAPPORTEUR_LIBREOFFICE is set (and soffice is installed):
//
//	RAPPORTEUR_LIBREOFFICE=1 go test ./export -run LibreOffice
func TestRevisionsLibreOffice(t *testing.T) {
	if os.Getenv("RAPPORTEUR_LIBREOFFICE") == "" {
		t.Skip("set RAPPORTEUR_LIBREOFFICE=1 to have LibreOffice accept and reject the changes")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not installed")
	}
	dir := t.TempDir()
	if d := os.Getenv("RAPPORTEUR_LIBREOFFICE_DIR"); d != "" {
		dir = d // keep the files to look at
	}
	profile := "file://" + filepath.Join(dir, "profile")
	run := func(args ...string) {
		t.Helper()
		cmd := exec.Command(soffice, append([]string{"-env:UserInstallation=" + profile, "--headless", "--norestore"}, args...)...)
		cmd.Env = append(os.Environ(), "HOME="+dir)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice %v: %v\n%s", args, err, out)
		}
	}
	run("--terminate_after_init")
	basic := filepath.Join(dir, "profile", "user", "basic", "Standard", "Module1.xba")
	must(t, os.WriteFile(basic, []byte(loMacro), 0o644))

	// LibreOffice 7.4 does not reject a change of list (w:numPr in
	// w:pPrChange) reliably: it loses the level. The revision document
	// changes lists only where the versions number from different first
	// numbers, so that edit is left out here.
	old := sampleReport(t)
	all := old.Clone()
	for _, e := range edits {
		if e.name != "item deleted" && e.name != "item moved" && e.name != "numbers continue another report" && safeEdit(all, e) {
			e.edit(t, all)
		}
	}
	moved := old.Clone()
	for _, e := range edits {
		if e.name == "item moved" || e.name == "paragraph moved within its item" || e.name == "bullets reordered" {
			e.edit(t, moved)
		}
	}
	fx, fxEdited := editedFixture(t)
	for name, c := range map[string]*draft.Comparison{"all": draft.Compare(old, all), "moves": draft.Compare(old, moved),
		"fixture": draft.Compare(fx, fxEdited)} {
		in := filepath.Join(dir, name+".docx")
		must(t, export.WriteRevisions(in, c, export.Options{Created: docxCreated, Author: "Ana Ferreira"}))
		for _, side := range []struct {
			mode string
			want *draft.Report
		}{{"accept", c.New}, {"reject", c.Old}} {
			out := filepath.Join(dir, name+"-"+side.mode+".docx")
			run(`macro:///Standard.Module1.Resolve("` + in + `","` + out + `","` + side.mode + `")`)
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatalf("LibreOffice wrote nothing after %s: %v", side.mode, err)
			}
			p, err := docxtest.Read(data)
			must(t, err)
			if n, _ := docxtest.Lint(p.Document); n.Total() != 0 {
				t.Errorf("%s, %s: %d revisions left", name, side.mode, n.Total())
			}
			got, want := docxtest.Loose(p.Lines(docxtest.AsIs)), docxtest.Loose(exportLines(t, side.want))
			if d := docxtest.Diff(got, want); d != "" {
				t.Errorf("%s: after LibreOffice's %s all: %s", name, side.mode, d)
			}
		}
	}
}
