package pipeline

import (
	"context"
	"encoding/json"

	"github.com/crosscheck-news/crosscheck/internal/store"
)

// SetReanalyzeGroup sets how many stories Reanalyze reads in one
// transaction, and returns what restores it.
func SetReanalyzeGroup(n int) (restore func()) {
	old := reanalyzeGroup
	reanalyzeGroup = n
	return func() { reanalyzeGroup = old }
}

// StateJSON returns the pipeline's state whole: as this process last
// stored it, or as read from the store.
func StateJSON(ctx context.Context, s *store.DB) (string, error) {
	var data []byte
	err := s.Update(ctx, func(tx *store.Tx) error {
		st, err := loadState(tx)
		if err == nil {
			data, err = json.Marshal(head{Cluster: st.Cluster, Dedup: st.Dedup})
		}
		return err
	})
	return string(data), err
}

// StoreStateWhole stores the state as versions before rows did.
func StoreStateWhole(ctx context.Context, s *store.DB) error {
	return s.Update(ctx, func(tx *store.Tx) error {
		st, err := loadState(tx)
		if err != nil {
			return err
		}
		for _, key := range []string{openRows, closedRows, sigRows} {
			rows := map[string]any{}
			err := tx.StateRows(key, func(id string, _ []byte) error {
				rows[id] = nil
				return nil
			})
			if err == nil {
				err = tx.PutStateRows(key, rows)
			}
			if err != nil {
				return err
			}
		}
		_, err = tx.PutState(stateKey, head{Cluster: st.Cluster, Dedup: st.Dedup})
		return err
	})
}
