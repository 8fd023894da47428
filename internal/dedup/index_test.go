package dedup

import (
	"strconv"
	"strings"
	"testing"
)

// Forgotten originals must leave nothing behind: a long run adds far more
// articles than the window holds.
func TestForgottenLeaveNoBuckets(t *testing.T) {
	var ix Index
	const day = 24 * 3600
	for i := range 4096 {
		body := strings.Repeat("story number "+strconv.Itoa(i)+" about the harbour ", 8)
		ix.Add("a"+strconv.Itoa(i), Sign(body), int64(i)*day/8) // 8 a day for 512 days
	}
	live := len(ix.Sigs)
	if live >= 4096/2 {
		t.Fatalf("%d originals still indexed, want those of the last %d days only", live, Window/day)
	}
	if n := len(ix.buckets); n > bands*live {
		t.Errorf("%d band buckets for %d originals, want at most %d", n, live, bands*live)
	}
}
