"""
Word clusters learned from unlabeled text, for the entity tagger's features
(lib/analyze/ner/word-clusters.json, read by lib/analyze/ner/lexicons.ts).

Words that stand in the same places ("said Mr ___ on", "in ___ , the") get the same cluster, so
the tagger can type a name it never saw from the company it keeps in text nobody labelled. The
vectors are counted, not trained: positional context counts (two words either side), weighed by
positive pointwise mutual information, reduced by a truncated SVD, then grouped by k-means at
three sizes (coarse to fine). Deterministic: fixed seeds and a fixed start vector.

The text: the visible text of the HTML pages of article-extraction, article-vs-nonarticle and
readability-pages (source.html only), PolNeAR's train articles and CoNLL++ train's words. Never
the text of a split the tagger is scored on: not CoNLL++ dev, GUM or UNER (each is held out in
turn by `npm run eval -- --only names-by-source`), nor PolNeAR dev.

    python3 scripts/ner/word-clusters.py [--data ../shared/data] [--out lib/analyze/ner/word-clusters.json]

Needs numpy and scipy (Debian: python3-numpy, python3-scipy). About two minutes.
"""

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.linalg import svds

# A word is shipped when it occurs this often in the text (rarer words get no reliable vector).
MIN_COUNT = 5
# Context words: the most frequent ones, each at its position (-2, -1, +1, +2).
CONTEXT_WORDS = 5000
WINDOW = 2
# PPMI's context-distribution smoothing (Levy, Goldberg & Dagan 2015).
CONTEXT_SMOOTHING = 0.75
DIMENSIONS = 100
# Cluster counts, coarse to fine: the tagger reads all three.
CLUSTER_SIZES = (50, 200, 1000)
KMEANS_ITERATIONS = 25
SEED = 14

# The project's tokenizer (lib/analyze/ner/tokens.ts), in Python's regex dialect.
TOKEN = re.compile(r"['\u2019]s(?![^\W_])|[^\W_]+(?:(?:[-'\u2019.&]|,(?=\d))[^\W_]+)*|\S")
TYPOGRAPHY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "--", "\u2014": "--"})
SKIPPED_TAGS = {"script", "style", "noscript", "template", "svg", "head"}
BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "section",
              "article", "header", "footer", "blockquote", "pre", "dd", "dt", "figcaption", "caption", "title"}


class VisibleText(HTMLParser):
    """The text a reader sees, one block element a line."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = [[]]
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.lines.append([])

    def handle_endtag(self, tag):
        if tag in SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.lines.append([])

    def handle_data(self, data):
        if not self.skipping:
            self.lines[-1].append(data)

    def text_lines(self):
        return [" ".join(" ".join(parts).split()) for parts in self.lines if "".join(parts).strip()]


def html_lines(path):
    raw = gzip.open(path, "rb").read() if path.suffix == ".gz" else path.read_bytes()
    parser = VisibleText()
    parser.feed(raw.decode("utf-8", errors="replace"))
    return parser.text_lines()


def conll_lines(path):
    sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sentence:
                yield " ".join(sentence)
            sentence = []
        elif not line.startswith("-DOCSTART-"):
            sentence.append(line.split(" ")[0])
    if sentence:
        yield " ".join(sentence)


def unlabeled_lines(data):
    pages = sorted((data / "article-extraction" / "html").glob("*.html.gz"))
    pages += sorted((data / "article-vs-nonarticle").rglob("*.html"))
    pages += sorted((data / "readability-pages" / "test-pages").glob("*/source.html"))
    for page in pages:
        yield from html_lines(page)
    for article in sorted((data / "polnear" / "data" / "train" / "text").glob("*.txt")):
        yield from article.read_text(encoding="utf-8").splitlines()
    yield from conll_lines(data / "conll2003" / "conllpp_train.txt")


def tokenize(line):
    return [token.lower() for token in TOKEN.findall(line.translate(TYPOGRAPHY))]


def cooccurrences(lines, vocabulary, contexts):
    """Counts of (word, context word at offset) over the lines; a line is never crossed."""
    rows, columns = [], []
    for words in lines:
        ids = [vocabulary.get(word, -1) for word in words]
        context_ids = [contexts.get(word, -1) for word in words]
        for i, word_id in enumerate(ids):
            if word_id < 0:
                continue
            for slot, offset in enumerate((-2, -1, 1, 2)):
                j = i + offset
                if 0 <= j < len(words) and context_ids[j] >= 0:
                    rows.append(word_id)
                    columns.append(slot * len(contexts) + context_ids[j])
    counts = coo_matrix(
        (np.ones(len(rows), dtype=np.float64), (np.array(rows), np.array(columns))),
        shape=(len(vocabulary), 2 * WINDOW * len(contexts)),
    ).tocsr()
    counts.sum_duplicates()
    return counts


def ppmi(counts):
    total = counts.sum()
    word_totals = np.asarray(counts.sum(axis=1)).ravel()
    context_totals = np.asarray(counts.sum(axis=0)).ravel() ** CONTEXT_SMOOTHING
    context_share = context_totals / context_totals.sum()
    weighted = counts.tocoo()
    pmi = np.log(weighted.data * 1.0 / (word_totals[weighted.row] / total) / context_share[weighted.col] / total)
    keep = pmi > 0
    return coo_matrix((pmi[keep], (weighted.row[keep], weighted.col[keep])), shape=counts.shape).tocsr()


def embed(matrix):
    start = np.random.default_rng(SEED).standard_normal(min(matrix.shape))
    u, s, _ = svds(matrix, k=DIMENSIONS, v0=start)
    vectors = u * np.sqrt(s)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def kmeans(vectors, k, weights):
    """Spherical k-means, k-means++ start from a seeded generator; frequent words weigh more."""
    rng = np.random.default_rng(SEED + k)
    centres = [vectors[rng.choice(len(vectors), p=weights / weights.sum())]]
    distance = 1 - vectors @ centres[0]
    for _ in range(1, k):
        chance = weights * np.maximum(distance, 0) ** 2
        centres.append(vectors[rng.choice(len(vectors), p=chance / chance.sum())])
        distance = np.minimum(distance, 1 - vectors @ centres[-1])
    centres = np.array(centres)
    for _ in range(KMEANS_ITERATIONS):
        assigned = np.argmax(vectors @ centres.T, axis=1)
        for c in range(k):
            members = assigned == c
            if members.any():
                centre = (vectors[members] * weights[members, None]).sum(axis=0)
                centres[c] = centre / max(np.linalg.norm(centre), 1e-12)
    return np.argmax(vectors @ centres.T, axis=1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--out", default="lib/analyze/ner/word-clusters.json")
    options = parser.parse_args()
    lines = [tokenize(line) for line in unlabeled_lines(Path(options.data))]
    lines = [words for words in lines if words]
    frequency = Counter(word for words in lines for word in words)
    log(f"{len(lines)} lines, {sum(frequency.values())} tokens, {len(frequency)} distinct words")
    ranked = sorted(frequency.items(), key=lambda item: (-item[1], item[0]))
    words = [word for word, count in ranked if count >= MIN_COUNT and re.search(r"[^\W\d_]", word)]
    vocabulary = {word: i for i, word in enumerate(words)}
    contexts = {word: i for i, (word, _) in enumerate(ranked[:CONTEXT_WORDS])}
    vectors = embed(ppmi(cooccurrences(lines, vocabulary, contexts)))
    log(f"{len(words)} words embedded")
    weights = np.log1p(np.array([frequency[word] for word in words], dtype=np.float64))
    clusters = [kmeans(vectors, k, weights) for k in CLUSTER_SIZES]
    log("clustered")
    groups = {}
    for i, word in enumerate(words):
        groups.setdefault(tuple(int(c[i]) for c in clusters), []).append(word)
    rows = "\n".join(" ".join(map(str, ids)) + "\t" + " ".join(members) for ids, members in sorted(groups.items()))
    Path(options.out).write_text(json.dumps({"sizes": list(CLUSTER_SIZES), "groups": rows}) + "\n")


def log(message):
    print(message, file=sys.stderr)


if __name__ == "__main__":
    main()
