package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"github.com/crosscheck-news/crosscheck/internal/cluster"
	"github.com/crosscheck-news/crosscheck/internal/dedup"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// state is what the pipeline keeps between runs: the open stories and
// those remembered for storylines, and the originals copies are matched
// against. It is megabytes for a large store, most of it stories that a
// commit leaves as they were, so the stories and signatures are rows of
// their own, each written when it changes (saveState), and the rest, the
// head, is written whole.
type state struct {
	Cluster cluster.Clusterer
	Dedup   dedup.Index

	open, closed []string // as read: the IDs of the open and remembered stories, in order
	whole        bool     // the rows are read (or were never stored apart)
	all          bool     // every row is to be saved: the state was stored whole
}

const (
	stateKey = "pipeline" // the head
	// Keys of the rows.
	openRows   = "pipeline/open"   // a cluster.Story
	closedRows = "pipeline/closed" // a cluster.Past
	sigRows    = "pipeline/sig"    // an original's sigRow
)

// head is the state as stored under stateKey. (Versions before rows,
// which read it as the state whole, refuse the store by its schema
// version.)
type head struct {
	Cluster cluster.Clusterer `json:"cluster"`
	Dedup   dedup.Index       `json:"dedup"`
	// The order of the rows' stories, which decides ties in placing.
	Open   []string `json:"open,omitempty"`
	Closed []string `json:"closed,omitempty"`
}

type sigRow struct {
	Sig  dedup.Signature `json:"sig"`
	Date int64           `json:"date,omitempty"`
}

// MarshalJSON writes the head: the state without its rows.
func (st *state) MarshalJSON() ([]byte, error) {
	h := head{Cluster: st.Cluster, Dedup: st.Dedup}
	h.Cluster.Stories, h.Cluster.Past = nil, nil
	h.Dedup.Sigs, h.Dedup.Dates = nil, nil
	for _, s := range st.Cluster.Stories {
		h.Open = append(h.Open, s.ID)
	}
	for _, p := range st.Cluster.Past {
		h.Closed = append(h.Closed, p.ID)
	}
	return json.Marshal(h)
}

// UnmarshalJSON reads the head, or a state stored whole by a version
// before rows, to be saved as rows.
func (st *state) UnmarshalJSON(data []byte) error {
	var h head
	if err := json.Unmarshal(data, &h); err != nil {
		return err
	}
	*st = state{Cluster: h.Cluster, Dedup: h.Dedup, open: h.Open, closed: h.Closed}
	st.whole = len(h.Cluster.Stories) > 0 || len(h.Cluster.Past) > 0 || len(h.Dedup.Sigs) > 0
	st.all = st.whole
	return nil
}

// loadState reads the state: handed back whole when this process stored
// it last (store.Tx.State), else its head and rows.
func loadState(tx *store.Tx) (state, error) {
	var st state
	if err := tx.State(stateKey, &st); err != nil {
		return st, err
	}
	if st.whole {
		return st, nil
	}
	open, err := decodeRows[cluster.Story](tx, openRows)
	if err != nil {
		return st, err
	}
	closed, err := decodeRows[cluster.Past](tx, closedRows)
	if err != nil {
		return st, err
	}
	sigs, err := decodeRows[sigRow](tx, sigRows)
	if err != nil {
		return st, err
	}
	st.Dedup.Sigs, st.Dedup.Dates = make(map[string]dedup.Signature, len(sigs)), map[string]int64{}
	for id, r := range sigs {
		st.Dedup.Sigs[id] = r.Sig
		if r.Date != 0 {
			st.Dedup.Dates[id] = r.Date
		}
	}
	st.Cluster.Stories, err = inOrder(st.open, open)
	if err == nil {
		st.Cluster.Past, err = inOrder(st.closed, closed)
	}
	st.open, st.closed, st.whole = nil, nil, true
	return st, err
}

// decodeRows reads the rows stored under key, decoding them on every core:
// a large store's state is megabytes of them.
func decodeRows[T any](tx *store.Tx, key string) (map[string]*T, error) {
	var ids []string
	var raw [][]byte
	err := tx.StateRows(key, func(id string, v []byte) error {
		ids, raw = append(ids, id), append(raw, v)
		return nil
	})
	if err != nil {
		return nil, err
	}
	vals := make([]*T, len(ids))
	errs := make([]error, len(ids))
	parallel(len(ids), func(i int) {
		vals[i] = new(T)
		errs[i] = json.Unmarshal(raw[i], vals[i])
	})
	out := make(map[string]*T, len(ids))
	for i, id := range ids {
		if errs[i] != nil {
			return nil, fmt.Errorf("read state %s, row %s: %w", key, id, errs[i])
		}
		out[id] = vals[i]
	}
	return out, nil
}

// inOrder lists the rows in the order the head gives.
func inOrder[T any](ids []string, rows map[string]*T) ([]*T, error) {
	if len(ids) != len(rows) {
		return nil, fmt.Errorf("read state: %d stories listed, %d stored", len(ids), len(rows))
	}
	out := make([]*T, len(ids))
	for i, id := range ids {
		if out[i] = rows[id]; out[i] == nil {
			return nil, fmt.Errorf("read state: story %s listed, not stored", id)
		}
	}
	return out, nil
}

// saveState writes the rows changed since the state was last saved, and
// the head.
func saveState(tx *store.Tx, st *state) error {
	open, closed := st.Cluster.Changes()
	ids := st.Dedup.Changes()
	if st.all {
		for _, s := range st.Cluster.Stories {
			open[s.ID] = s
		}
		for _, p := range st.Cluster.Past {
			closed[p.ID] = p
		}
		ids = slices.Collect(maps.Keys(st.Dedup.Sigs))
		st.all = false
	}
	sigs := make(map[string]*sigRow, len(ids))
	for _, id := range ids {
		sigs[id] = nil
		if sig, ok := st.Dedup.Sigs[id]; ok {
			sigs[id] = &sigRow{sig, st.Dedup.Dates[id]}
		}
	}
	for key, rows := range map[string]map[string]any{openRows: asRows(open), closedRows: asRows(closed), sigRows: asRows(sigs)} {
		if err := tx.PutStateRows(key, rows); err != nil {
			return err
		}
	}
	_, err := tx.PutState(stateKey, st)
	return err
}

// asRows gives each changed value as its row, and nil for one gone.
func asRows[T any](changed map[string]*T) map[string]any {
	rows := make(map[string]any, len(changed))
	for id, v := range changed {
		rows[id] = nil // not a typed nil: the row is deleted
		if v != nil {
			rows[id] = v
		}
	}
	return rows
}

// Warm reads the state into memory for this process's next write, under
// the lock writes take: a server reads it when it starts, not at the
// first article posted to it.
func Warm(ctx context.Context, s *store.DB) error {
	return withState(ctx, s, func(tx *store.Tx, st *state) error {
		return tx.KeepState(stateKey, st)
	})
}

// withState runs fn in a transaction under the lock ingests and workers
// place articles under, with the state as it is.
func withState(ctx context.Context, s *store.DB, fn func(*store.Tx, *state) error) error {
	return s.Update(ctx, func(tx *store.Tx) error {
		if err := tx.Lock(); err != nil {
			return err
		}
		st, err := loadState(tx)
		if err != nil {
			return err
		}
		return fn(tx, &st)
	})
}
