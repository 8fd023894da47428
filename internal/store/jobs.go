package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// jobsTable is the queue that workers take their work from. A job is
// queued, then running (claimed by a worker until lease_until), then done,
// or dead when it failed for good. A worker that dies leaves its jobs
// running until the lease ends and another worker claims them. key names
// what the job is about (a feed, a page, a document), so that the same
// work is not queued twice while the first is still waiting or running.
// Times are jobTime strings, which sort as they compare.
const jobsTable = `CREATE TABLE jobs (
		id          INTEGER PRIMARY KEY AUTOINCREMENT,
		kind        TEXT NOT NULL,
		key         TEXT NOT NULL,
		payload     TEXT NOT NULL,
		state       TEXT NOT NULL DEFAULT 'queued',
		tries       INTEGER NOT NULL DEFAULT 0,
		run_after   TEXT NOT NULL,
		lease_until TEXT NOT NULL DEFAULT '',
		error       TEXT NOT NULL DEFAULT '',
		updated     TEXT NOT NULL
	);
	CREATE INDEX jobs_state ON jobs(state, run_after, id);
	CREATE UNIQUE INDEX jobs_active ON jobs(kind, key) WHERE state IN ('queued', 'running');`

// jobTime is a fixed-width UTC time, so that times compare as strings.
const jobTime = "2006-01-02T15:04:05.000000Z"

func jobStamp(t time.Time) string { return t.UTC().Format(jobTime) }

// Job states.
const (
	JobQueued  = "queued"
	JobRunning = "running"
	JobDone    = "done"
	JobDead    = "dead"
)

// JobTries is how often a job is tried before it is dead.
const JobTries = 5

// Job is a piece of work for a worker.
type Job struct {
	ID      int64
	Kind    string // what to do: the worker knows each kind
	Key     string // what it is about
	Payload json.RawMessage
	Tries   int // claims so far, this one included
}

// Enqueue adds jobs, in one transaction, and says how many were new: a job
// whose kind and key are already waiting or running is not added again.
func (s *DB) Enqueue(ctx context.Context, jobs []Job) (added int, err error) {
	now := jobStamp(time.Now())
	err = s.Update(ctx, func(t *Tx) error {
		for _, j := range jobs {
			payload := string(j.Payload)
			if payload == "" {
				payload = "null"
			}
			res, err := t.exec(`INSERT INTO jobs (kind, key, payload, run_after, updated) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING`, j.Kind, j.Key, payload, now, now)
			if err != nil {
				return fmt.Errorf("enqueue %s %s: %w", j.Kind, j.Key, err)
			}
			n, err := res.RowsAffected()
			if err != nil {
				return err
			}
			added += int(n)
		}
		return nil
	})
	return added, err
}

// ClaimJobs takes up to n jobs that are ready — queued and due, or running
// under a lease that has ended — and leases them to the caller for lease.
// Jobs that have been claimed JobTries times without an end are dead.
// Several workers claiming at once take different jobs.
func (s *DB) ClaimJobs(ctx context.Context, n int, lease time.Duration) ([]Job, error) {
	now := time.Now()
	var jobs []Job
	err := s.Update(ctx, func(t *Tx) error {
		_, err := t.exec(`UPDATE jobs SET state = 'dead', updated = ?1,
			error = 'its worker stopped before it ended, ' || tries || ' times'
			WHERE state = 'running' AND lease_until < ?1 AND tries >= ?2`, jobStamp(now), JobTries)
		if err != nil {
			return err
		}
		rows, err := t.query(`UPDATE jobs SET state = 'running', tries = tries + 1, lease_until = ?1, updated = ?2
			WHERE id IN (SELECT id FROM jobs
				WHERE (state = 'queued' AND run_after <= ?2) OR (state = 'running' AND lease_until < ?2)
				ORDER BY id LIMIT ?3`+t.d.skipLocked+`)
			RETURNING id, kind, key, payload, tries`, jobStamp(now.Add(lease)), jobStamp(now), n)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var j Job
			var payload string
			if err := rows.Scan(&j.ID, &j.Kind, &j.Key, &payload, &j.Tries); err != nil {
				return err
			}
			j.Payload = json.RawMessage(payload)
			jobs = append(jobs, j)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("claim jobs: %w", err)
	}
	slices.SortFunc(jobs, func(a, b Job) int { return int(a.ID - b.ID) })
	return jobs, nil
}

// JobResult is how a claimed job ended.
type JobResult struct {
	ID  int64
	Err error // nil when it is done
	// Retry says to try a failed job again later (a server that did not
	// answer); a job that cannot succeed (a page with no article) is dead.
	Retry bool
	// Release gives the job back untried (its worker is stopping).
	Release bool
}

// FinishJobs records how claimed jobs ended, in one transaction. A done
// job's payload is dropped; a retried one waits longer after each try.
func (s *DB) FinishJobs(ctx context.Context, results []JobResult) error {
	now := time.Now()
	return s.Update(ctx, func(t *Tx) error {
		for _, r := range results {
			var err error
			switch {
			case r.Release:
				_, err = t.exec(`UPDATE jobs SET state = 'queued', tries = tries - 1, lease_until = '', updated = ?
					WHERE id = ? AND state = 'running'`, jobStamp(now), r.ID)
			case r.Err == nil:
				_, err = t.exec(`UPDATE jobs SET state = 'done', payload = 'null', error = '', lease_until = '', updated = ?
					WHERE id = ?`, jobStamp(now), r.ID)
			default:
				var tries int
				if err = t.queryRow("SELECT tries FROM jobs WHERE id = ?", r.ID).Scan(&tries); err != nil {
					break
				}
				state, after := JobDead, now
				if r.Retry && tries < JobTries {
					state, after = JobQueued, now.Add(backoff(tries))
				}
				_, err = t.exec(`UPDATE jobs SET state = ?, error = ?, run_after = ?, lease_until = '', updated = ?
					WHERE id = ?`, state, strings.TrimSpace(r.Err.Error()), jobStamp(after), jobStamp(now), r.ID)
			}
			if err != nil {
				return fmt.Errorf("finish job %d: %w", r.ID, err)
			}
		}
		return nil
	})
}

// backoff is how long a job waits after its nth failed try: 30 s, doubled
// each time, at most an hour.
func backoff(tries int) time.Duration {
	return min(time.Hour, 30*time.Second<<min(tries-1, 7))
}

// JobCount is how many jobs are in a state.
type JobCount struct {
	Kind  string `json:"kind"`
	State string `json:"state"`
	Jobs  int    `json:"jobs"`
}

// JobCounts counts the jobs by kind and state.
func (s *DB) JobCounts(ctx context.Context) ([]JobCount, error) {
	rows, err := s.query(ctx, "SELECT kind, state, count(*) FROM jobs GROUP BY kind, state ORDER BY kind, state")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []JobCount
	for rows.Next() {
		var c JobCount
		if err := rows.Scan(&c.Kind, &c.State, &c.Jobs); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// DeadJobs lists the jobs that failed for good, with their errors, newest
// first.
func (s *DB) DeadJobs(ctx context.Context, limit int) ([]DeadJob, error) {
	rows, err := s.query(ctx, "SELECT id, kind, key, tries, error, updated FROM jobs WHERE state = 'dead' ORDER BY id DESC LIMIT ?", limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []DeadJob
	for rows.Next() {
		var d DeadJob
		var updated string
		if err := rows.Scan(&d.ID, &d.Kind, &d.Key, &d.Tries, &d.Error, &updated); err != nil {
			return nil, err
		}
		d.Updated, _ = time.Parse(jobTime, updated)
		out = append(out, d)
	}
	return out, rows.Err()
}

// DeadJob is a job that failed for good.
type DeadJob struct {
	ID      int64     `json:"id"`
	Kind    string    `json:"kind"`
	Key     string    `json:"key"`
	Tries   int       `json:"tries"`
	Error   string    `json:"error"`
	Updated time.Time `json:"updated"`
}
