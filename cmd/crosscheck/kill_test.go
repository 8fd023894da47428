package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

// TestMain lets a test run crosscheck as a process of its own, to kill it:
// the test binary, started with childEnv set, is crosscheck.
func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	code := m.Run()
	if scaleDir != "" {
		os.RemoveAll(scaleDir) // the corpus made once for all the tests
	}
	os.Exit(code)
}

const childEnv = "CROSSCHECK_TEST_AS_MAIN"

// process starts crosscheck with args as a process.
func process(t *testing.T, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), childEnv+"=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &out
}

// killed runs crosscheck and kills it (SIGKILL) after a random time of up
// to most: a process that ends sooner is let be.
func killed(t *testing.T, rng *rand.Rand, most time.Duration, args ...string) {
	t.Helper()
	cmd, out := process(t, args...)
	after := time.Duration(rng.Int64N(int64(most)))
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		t.Logf("%s ended by itself before %v: %v\n%s", args[0], after, err, out)
	case <-time.After(after):
		cmd.Process.Kill()
		<-done
		t.Logf("%s killed after %v", args[0], after.Round(time.Millisecond))
	}
}

var (
	scaleOnce   sync.Once
	scaleDir    string
	scaleCorpus string
	scaleErr    error
)

// killArticles is how many articles the kill tests read: enough for
// several commits and batches before and after the kills, few enough that
// the last run, which reads the rest, keeps the package's tests well
// under go test's ten minutes on two cores (10,000 had taken seven).
const killArticles = 4000

// killCorpus is a corpus of killArticles articles made by bench/gencorpus
// from the shared data, once for all the tests.
func killCorpus(t *testing.T) string {
	t.Helper()
	src := filepath.Join(sharedDir(t, "data/multinews"), "test_sample250.jsonl")
	scaleOnce.Do(func() {
		var err error
		if scaleDir, err = os.MkdirTemp("", "crosscheck-kill-"); err != nil {
			scaleErr = err
			return
		}
		scaleCorpus = filepath.Join(scaleDir, fmt.Sprintf("corpus-%d.jsonl", killArticles))
		out, err := exec.Command("go", "run", "../../bench/gencorpus", "-n", strconv.Itoa(killArticles), "-src", src, "-out", scaleCorpus).CombinedOutput()
		if err != nil {
			scaleErr = fmt.Errorf("gencorpus: %v\n%s", err, out)
		}
	})
	if scaleErr != nil {
		t.Fatal(scaleErr)
	}
	return scaleCorpus
}

// checkWhole fails the test unless the store is whole (store.Check) and,
// when n >= 0, holds exactly n articles, every story composed.
func checkWhole(t *testing.T, dsn string, n int) {
	t.Helper()
	s := storetest.Open(t, dsn)
	if err := s.Check(context.Background()); err != nil {
		t.Errorf("store not whole: %v", err)
	}
	if ids, err := s.PendingStories(context.Background(), time.Time{}); n >= 0 && (len(ids) > 0 || err != nil) {
		t.Errorf("%d stories left to compose: %v", len(ids), err)
	}
	arts, err := s.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n >= 0 && len(arts) != n {
		t.Errorf("%d articles stored, want %d", len(arts), n)
	}
}

// An ingest of killArticles articles killed at random points several times, then
// run to its end, stores each article once and every story whole.
func TestKillIngest(t *testing.T) { storetest.Each(t, testKillIngest) }

func testKillIngest(t *testing.T, dsn string) {
	corpus := killCorpus(t)
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	args := []string{"ingest", "--db", dsn, "--commit-every", "512", corpus}
	for range 3 {
		killed(t, rng, 6*time.Second, args...)
		checkWhole(t, dsn, -1) // whatever is stored is whole
	}
	cmd, out := process(t, args...)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("the last ingest: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`(\d+) added, (\d+) already stored, (\d+) not read`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("the last ingest said:\n%s", out)
	}
	added, already, notRead := atoi(m[1]), atoi(m[2]), atoi(m[3])
	t.Logf("last run: %d added, %d already stored, %d not read", added, already, notRead)
	if added+already+notRead != killArticles {
		t.Errorf("the last run accounted for %d of %d articles", added+already+notRead, killArticles)
	}
	checkWhole(t, dsn, added+already)
}

// Workers killed at random points while they take a queue of killArticles,
// then run again, store each article once and every story whole.
func TestKillWorkers(t *testing.T) { storetest.Each(t, testKillWorkers) }

func testKillWorkers(t *testing.T, dsn string) {
	corpus := killCorpus(t)
	cmd, out := process(t, "enqueue", "--db", dsn, corpus)
	if err := cmd.Wait(); err != nil || !strings.HasPrefix(out.String(), fmt.Sprintf("%d jobs queued", killArticles)) {
		t.Fatalf("enqueue: %v\n%s", err, out)
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 2))
	const lease = "2s"
	args := []string{"worker", "--db", dsn, "--once", "--batch", "256", "--lease", lease}
	for range 3 {
		var wg sync.WaitGroup
		for range 2 { // two workers at once, each killed at its own time
			wg.Go(func() { killed(t, rng, 4*time.Second, args...) })
		}
		wg.Wait()
		checkWhole(t, dsn, -1)
	}
	time.Sleep(2 * time.Second) // the killed workers' leases end
	cmd, out = process(t, args...)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("the last worker: %v\n%s", err, out)
	}
	s := storetest.Open(t, dsn)
	counts, err := s.JobCounts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]int{}
	for _, c := range counts {
		by[c.State] += c.Jobs
	}
	t.Logf("jobs: %v", by)
	if by[store.JobDone]+by[store.JobDead] != killArticles {
		t.Errorf("jobs %v: want all %d done or dead", by, killArticles)
	}
	checkWhole(t, dsn, by[store.JobDone])
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
