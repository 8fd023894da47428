package store_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

func TestJobs(t *testing.T) { storetest.Each(t, testJobs) }

func testJobs(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	jobs := []store.Job{
		{Kind: "url", Key: "https://a.example/1"},
		{Kind: "url", Key: "https://a.example/2", Payload: []byte(`{"x":2}`)},
		{Kind: "url", Key: "https://a.example/1"}, // waiting already
		{Kind: "feed", Key: "https://a.example/1"},
	}
	if n, err := s.Enqueue(ctx, jobs); n != 3 || err != nil {
		t.Fatalf("enqueue: %d, %v; want 3 new", n, err)
	}
	claimed, err := s.ClaimJobs(ctx, 10, time.Hour)
	if err != nil || len(claimed) != 3 || claimed[1].Key != "https://a.example/2" || string(claimed[1].Payload) != `{"x":2}` || claimed[0].Tries != 1 {
		t.Fatalf("claim: %+v, %v", claimed, err)
	}
	if again, err := s.ClaimJobs(ctx, 10, time.Hour); len(again) != 0 || err != nil {
		t.Fatalf("claimed jobs claimed again: %+v, %v", again, err)
	}
	if n, _ := s.Enqueue(ctx, jobs[:1]); n != 0 {
		t.Errorf("a running job was queued again")
	}
	fail := errors.New("503 from a.example")
	err = s.FinishJobs(ctx, []store.JobResult{
		{ID: claimed[0].ID},
		{ID: claimed[1].ID, Err: fail, Retry: true},
		{ID: claimed[2].ID, Err: errors.New("no article")},
	})
	if err != nil {
		t.Fatal(err)
	}
	// The retried job waits for its backoff; the done one may be queued anew.
	if again, _ := s.ClaimJobs(ctx, 10, time.Hour); len(again) != 0 {
		t.Errorf("a job ran again before its backoff: %+v", again)
	}
	if n, _ := s.Enqueue(ctx, jobs[:1]); n != 1 {
		t.Errorf("a done job could not be queued again")
	}
	want := []store.JobCount{{"feed", "dead", 1}, {"url", "done", 1}, {"url", "queued", 2}}
	if got, err := s.JobCounts(ctx); fmt.Sprint(got) != fmt.Sprint(want) || err != nil {
		t.Errorf("counts %v, %v; want %v", got, err, want)
	}
	dead, err := s.DeadJobs(ctx, 10)
	if err != nil || len(dead) != 1 || dead[0].Key != "https://a.example/1" || dead[0].Error != "no article" {
		t.Errorf("dead jobs %+v, %v", dead, err)
	}

	// A job whose worker stops (its lease ends) is claimed again, until it
	// has been tried JobTries times; one given back is not counted.
	claimed, _ = s.ClaimJobs(ctx, 10, -time.Second)
	if len(claimed) != 1 {
		t.Fatalf("claimed %+v", claimed)
	}
	id := claimed[0].ID
	if err := s.FinishJobs(ctx, []store.JobResult{{ID: id, Release: true}}); err != nil {
		t.Fatal(err)
	}
	for try := 1; try <= store.JobTries; try++ {
		claimed, _ = s.ClaimJobs(ctx, 10, -time.Second)
		if len(claimed) != 1 || claimed[0].ID != id || claimed[0].Tries != try {
			t.Fatalf("claim %d: %+v", try, claimed)
		}
	}
	if claimed, _ = s.ClaimJobs(ctx, 10, time.Hour); len(claimed) != 0 {
		t.Errorf("claimed past its tries: %+v", claimed)
	}
	if dead, _ := s.DeadJobs(ctx, 10); len(dead) != 2 || dead[0].ID != id {
		t.Errorf("dead jobs %+v", dead)
	}
}

// Workers claiming at once take each job once.
func TestClaimConcurrent(t *testing.T) { storetest.Each(t, testClaimConcurrent) }

func testClaimConcurrent(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	var jobs []store.Job
	for i := range 200 {
		jobs = append(jobs, store.Job{Kind: "doc", Key: fmt.Sprint(i)})
	}
	if _, err := s.Enqueue(ctx, jobs); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	seen := map[int64]int{}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for {
				got, err := s.ClaimJobs(ctx, 7, time.Hour)
				if err != nil {
					t.Error(err)
					return
				}
				if len(got) == 0 {
					return
				}
				mu.Lock()
				for _, j := range got {
					seen[j.ID]++
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(seen) != len(jobs) {
		t.Errorf("%d jobs claimed, want %d", len(seen), len(jobs))
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("job %d claimed %d times", id, n)
		}
	}
}
