package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium finds the browser; the test skips without one, except under
// CI=true, where .ci/run installs Debian's chromium.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("CROSSCHECK_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no chromium on the PATH; CI must run the browser test")
	}
	t.Skip("skipping: no chromium on the PATH (apt-get install chromium, or set CROSSCHECK_CHROMIUM)")
	return ""
}

// serveSample starts `crosscheck serve --sample` on a free port and returns
// its address; at the test's end it stops the server, which must exit 0.
func serveSample(t *testing.T) string {
	t.Helper()
	ctx, stop := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	var errOut bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--sample", "--addr", "127.0.0.1:0"}, strings.NewReader(""), pw, &errOut)
		pw.Close()
	}()
	t.Cleanup(func() {
		stop()
		if code := <-done; code != 0 {
			t.Errorf("serve exited %d after interrupt: %s", code, errOut.String())
		}
	})
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("serve printed no address: %v (%s)", err, errOut.String())
	}
	go io.Copy(io.Discard, pr)
	addr := regexp.MustCompile(`http://[^ ]+/`).FindString(line)
	if addr == "" || !strings.Contains(line, "writes open to this machine") {
		t.Fatalf("serve printed %q", line)
	}
	return addr
}

// TestBrowser reads the sample as a person would, in headless Chromium:
// the list, a story with a dispute, a search, and an article pasted into
// the ingest form. Screenshots go to $CROSSCHECK_SCREENSHOTS (or a
// temporary directory).
func TestBrowser(t *testing.T) {
	exe := chromium(t)
	addr := serveSample(t)
	shots := os.Getenv("CROSSCHECK_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(bctx); err != nil { // starts the browser: no timeout on this one
		t.Fatalf("starting %s: %v", exe, err)
	}
	ctx, cancel := context.WithTimeout(bctx, 90*time.Second)
	defer cancel()

	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err == nil {
			err = os.WriteFile(filepath.Join(shots, name), png, 0o644)
		}
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
	}

	// The list, and the story of the water talks with its dispute.
	do("open the list", chromedp.Navigate(addr))
	if list := text("ol.stories"); !strings.Contains(list, "met in Lundgate") || !strings.Contains(list, "disputed") {
		t.Errorf("list: %q", list)
	}
	shot("list.png")
	do("open the story", chromedp.Click(`//a[contains(., "met in Lundgate")]`), chromedp.WaitVisible(chromedp.CSS("table.matrix")))
	if disputed := text("section.findings.disputed"); !strings.Contains(disputed, "6 hours") || !strings.Contains(disputed, "4 hours") {
		t.Errorf("the disputed values are not visible: %q", disputed)
	}
	differs, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("table.matrix td.differs").length`))
	if matrix := text("table.matrix"); err != nil || !strings.Contains(matrix, "Coastal Herald") || differs == 0 {
		t.Errorf("source matrix: %d differing cells (%v) in %q", differs, err, matrix)
	}
	shot("story.png")

	// On a phone the page fits the screen; the matrix scrolls within itself.
	do("phone view", chromedp.EmulateViewport(390, 844), chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("table.matrix")))
	fits, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth <= window.innerWidth`))
	if err != nil || !fits {
		t.Errorf("the story page is wider than a phone: %v", err)
	}
	shot("story-phone.png")
	do("desktop view", chromedp.EmulateViewport(1280, 900))

	// A search.
	do("search", chromedp.Navigate(addr), chromedp.SendKeys(chromedp.CSS(`input[name="q"]`), "Halvorsen\n"))
	// The results are a new page: wait for it, not for the list already shown.
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		loc, err := chromedp.Run(ctx, chromedp.Evaluate[string](`location.search`))
		if err == nil && strings.Contains(loc, "q=Halvorsen") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the search did not load its results page: %q, %v", loc, err)
		}
	}
	do("search results", chromedp.WaitVisible(chromedp.CSS("ol.stories")))
	if results := text("main"); !strings.Contains(results, "met in Lundgate") || strings.Contains(results, "Marrowby") {
		t.Errorf("search for Halvorsen: %q", results)
	}

	// An article pasted into the form becomes a story, listed on the front page.
	pasted := "Tidewater ferry returns to service\n\nThe Tidewater ferry returned to service on Friday after a month in dry dock, the harbour board said. Repairs to its hull cost 80,000 crowns."
	do("paste an article", chromedp.Navigate(addr+"ingest"),
		chromedp.SetValue(chromedp.CSS(`textarea[name="text"]`), pasted),
		chromedp.SetValue(chromedp.CSS(`input[name="outlet"]`), "Quay Post"),
		chromedp.Click(chromedp.CSS(`form.ingest button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("article.story")))
	if title := text("h1"); !strings.Contains(title, "Tidewater ferry") {
		t.Errorf("the pasted article's story: %q", title)
	}
	do("back to the list", chromedp.Navigate(addr))
	if front := text("main"); !strings.Contains(front, "Tidewater ferry") {
		t.Errorf("the pasted article is not on the front page: %q", front)
	}
	t.Logf("screenshots in %s", shots)
}
