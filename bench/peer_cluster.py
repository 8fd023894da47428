#!/usr/bin/env python3
"""Story clustering: crosscheck against the tool a user would otherwise reach for.

The peer is scikit-learn: TF-IDF (English stop words, sublinear TF) and agglomerative clustering
with average linkage and a cosine distance threshold. Its threshold is tuned fairly: every value on
a grid is tried on the data and the best B-cubed F1 is reported, with the time of that run.
crosscheck runs `crosscheck eval cluster --json` on the same file.

Usage: bench/peer_cluster.py CROSSCHECK_BINARY DATASET.jsonl [THRESHOLD]
DATASET is Multi-News lines ({"id", "documents": [...]}) or JSON Lines with "text" and "cluster".
With THRESHOLD the peer runs once at that distance instead of being tuned (for large data, where
each run is slow: use the value tuned on the Multi-News mix).
Needs Debian's python3-sklearn.
"""
import json, subprocess, sys, time

from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer


def load(path):
    texts, gold = [], []
    for line in open(path):
        row = json.loads(line)
        if "documents" in row:
            for doc in row["documents"]:
                texts.append(doc)
                gold.append(row["id"])
        else:
            texts.append(row.get("text", ""))
            gold.append(str(row["cluster"]))
    return texts, gold


def bcubed(pred, gold):
    by_p, by_g = {}, {}
    for i, (p, g) in enumerate(zip(pred, gold)):
        by_p.setdefault(p, set()).add(i)
        by_g.setdefault(g, set()).add(i)
    P = R = 0.0
    for i, (p, g) in enumerate(zip(pred, gold)):
        inter = len(by_p[p] & by_g[g])
        P += inter / len(by_p[p])
        R += inter / len(by_g[g])
    P, R = P / len(gold), R / len(gold)
    return P, R, 2 * P * R / (P + R) if P + R else 0.0


def peer(texts, threshold):
    start = time.time()
    X = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    labels = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                     distance_threshold=threshold).fit_predict(X.toarray())
    return list(labels), time.time() - start


def main():
    binary, path = sys.argv[1], sys.argv[2]
    grid = [float(sys.argv[3])] if len(sys.argv) > 3 else [x / 100 for x in range(50, 100, 2)]
    texts, gold = load(path)
    best = None
    for t in grid:
        labels, secs = peer(texts, t)
        P, R, F = bcubed(labels, gold)
        if best is None or F > best[3]:
            best = (t, P, R, F, secs)
    t, P, R, F, secs = best
    how = "tuned" if len(grid) > 1 else "given"
    print(f"peer  scikit-learn TF-IDF + agglomerative (average, cosine distance {t:.2f}, {how}) on {len(texts)} documents: "
          f"B3 P {P:.3f} R {R:.3f} F1 {F:.3f} in {secs:.2f} s")
    out = subprocess.run([binary, "eval", "cluster", "--json", path], capture_output=True, text=True, check=True)
    cc = json.loads(out.stdout)
    b = cc["bcubed"]
    print(f"crosscheck (full pipeline, analyze as shipped): B3 P {b['precision']:.3f} R {b['recall']:.3f} "
          f"F1 {b['f1']:.3f} in {cc['seconds']:.2f} s")
    print(f"F1 difference {b['f1'] - F:+.3f}; crosscheck takes {cc['seconds'] / secs:.2f}x the peer's time")


if __name__ == "__main__":
    main()
