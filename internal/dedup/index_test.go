package dedup

import (
	"encoding/json"
	"fmt"
	"slices"
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

// A signature saved reads back the same, and one saved by earlier
// versions, as a list of numbers, reads too.
func TestSignatureJSON(t *testing.T) {
	sig := Sign("The council of Port Elin approved the harbour plan on Tuesday after a long debate.")
	data, err := json.Marshal(sig)
	if err != nil || data[0] != '"' {
		t.Fatalf("marshal: %s %v", data, err)
	}
	var back Signature
	if err := json.Unmarshal(data, &back); err != nil || !slices.Equal(back, sig) {
		t.Errorf("read back %v, %v", back, err)
	}
	if err := json.Unmarshal([]byte("[1, 18446744073709551615]"), &back); err != nil || !slices.Equal(back, Signature{1, 1<<64 - 1}) {
		t.Errorf("old format: %v, %v", back, err)
	}
	for _, bad := range []string{`"!!"`, `"AAAA"`, `5`, `{}`} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("%s read as %v", bad, back)
		}
	}
}

// BenchmarkIndexJSON saves and loads an index of 7,000 originals, about
// what the window holds in the 100k benchmark: every write to a store does
// both.
func BenchmarkIndexJSON(b *testing.B) {
	var ix Index
	for i := range 7000 {
		ix.Add(fmt.Sprintf("a%d", i), Sign(fmt.Sprintf("report %d of the council vote on the harbour plan, with %d words", i, i*7)), int64(i))
	}
	for b.Loop() {
		data, err := json.Marshal(&ix)
		if err != nil {
			b.Fatal(err)
		}
		var back Index
		if err := json.Unmarshal(data, &back); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(data)), "bytes")
	}
}

// FuzzSignatureJSON: whatever a saved state holds, reading a signature
// fails cleanly or gives one that saves and reads back the same.
func FuzzSignatureJSON(f *testing.F) {
	sig, _ := json.Marshal(Sign("a wire story carried by many outlets"))
	for _, seed := range []string{string(sig), "[1, 2, 3]", `"AAAAAAAAAAA"`, `""`, "null"} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var s Signature
		if json.Unmarshal(data, &s) != nil {
			return
		}
		again, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back Signature
		if err := json.Unmarshal(again, &back); err != nil || !slices.Equal(back, s) {
			t.Fatalf("%q read as %v, saved as %s, read back as %v (%v)", data, s, again, back, err)
		}
	})
}
