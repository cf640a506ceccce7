#!/usr/bin/env python3
"""What bag-of-words can reach on a clustering corpus when the stories are known.

usage: cluster_ceiling.py CORPUS.jsonl [text_keys]
CORPUS lines carry "id", "story" and the text keys (default "title"; e.g. "title,text").
Each document is assigned to the gold story whose TF-IDF centroid (built without the document) is nearest by cosine:
a supervised nearest-centroid classifier, not a clusterer. Its B-cubed and NMI (scored by ../shared/eval/cluster_score.py)
bound what an unsupervised clusterer over the same words can hope for."""
import collections, json, math, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval'))
import cluster_score  # noqa: E402

STOP = set("a an and are as at be been by for from had has have he her his in is it its of on or said says she that "
           "the their they this to was were will with would".split())


def words(text):
    return [w.lower()[:6] for w in re.findall(r"[A-Za-z][A-Za-z'-]+|\d+", text) if w.lower() not in STOP]


def main():
    keys = (sys.argv[2] if len(sys.argv) > 2 else 'title').split(',')
    docs = [json.loads(line) for line in open(sys.argv[1], encoding='utf-8') if line.strip()]
    counts = [collections.Counter(words(' '.join(str(d.get(k) or '') for k in keys))) for d in docs]
    df = collections.Counter()
    for c in counts:
        df.update(c.keys())
    n = len(docs)
    vectors = []
    for c in counts:
        v = {w: (1 + math.log(k)) * math.log((n + 1) / (df[w] + 1)) for w, k in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({w: x / norm for w, x in v.items()})
    centroids = collections.defaultdict(collections.Counter)
    for d, v in zip(docs, vectors):
        for w, x in v.items():
            centroids[str(d['story'])][w] += x
    norms = {s: sum(x * x for x in c.values()) for s, c in centroids.items()}
    pred = {}
    for d, v in zip(docs, vectors):
        own = str(d['story'])
        best, best_score = None, -1.0
        for s, c in centroids.items():
            if s == own:
                dot = sum(x * (c[w] - x) for w, x in v.items())
                norm_sq = norms[s] - 2 * sum(x * c[w] for w, x in v.items()) + sum(x * x for x in v.values())
            else:
                dot = sum(x * c.get(w, 0.0) for w, x in v.items())
                norm_sq = norms[s]
            score = dot / math.sqrt(norm_sq) if norm_sq > 1e-12 else 0.0
            if score > best_score:
                best, best_score = s, score
        pred[str(d['id'])] = best
    gold = {str(d['id']): str(d['story']) for d in docs}
    result = cluster_score.score(gold, pred)
    print(' '.join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()))


if __name__ == '__main__':
    main()
