package eval
import ("context";"testing";"os";"strconv";"github.com/crosscheck-news/crosscheck/internal/cluster")
func TestProf(t *testing.T) {
	docs, err := LoadClusters("/work/shared/data/multinews/test_sample250.jsonl", "")
	if err != nil { t.Skip(err) }
	if v := os.Getenv("TH"); v != "" { cluster.Threshold, _ = strconv.ParseFloat(v, 64) }
	r, err := Cluster(context.Background(), docs)
	t.Logf("th=%.2f B3 %+v stories %d", cluster.Threshold, r.BCubed, r.Stories)
}
