"""The Python baseline for the NewsTables benchmark: the same term-count table made with the tools a
researcher would otherwise pick -- pandas to read the corpus, NLTK's ISRI Arabic stemmer, and
scikit-learn's CountVectorizer -- timed from reading the CSV to the long (article, term, count) table.

usage: python3 term_counts.py corpus.csv [--naive]
prints one JSON line: {"seconds": ..., "rows": ..., "terms": ...}

By default the stemmer is memoized per distinct word, as a careful user would do; with --naive
it is called for every token, as most tutorials write it.

Install once (offline here): pip install pandas scikit-learn nltk
"""
import json
import re
import sys
import time
from functools import lru_cache

import pandas as pd
from nltk.stem.isri import ISRIStemmer
from sklearn.feature_extraction.text import CountVectorizer

WORD = re.compile(r"\w+")


def main(path, naive=False):
    start = time.perf_counter()
    corpus = pd.read_csv(path)
    stemmer = ISRIStemmer()
    stop = set(stemmer.stop_words)

    # A cache per distinct word is what a careful user adds: ISRI is pure Python.
    stem = stemmer.stem if naive else lru_cache(maxsize=None)(stemmer.stem)

    def tokenize(text):
        return [stem(w) for w in WORD.findall(text) if w not in stop]

    vectorizer = CountVectorizer(tokenizer=tokenize, lowercase=False, token_pattern=None)
    matrix = vectorizer.fit_transform(corpus["text"]).tocoo()
    terms = vectorizer.get_feature_names_out()
    table = pd.DataFrame({
        "article": corpus["id"].to_numpy()[matrix.row],
        "term": terms[matrix.col],
        "count": matrix.data,
    })
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "rows": int(len(table)), "terms": int(len(terms))}))


if __name__ == "__main__":
    main(sys.argv[1], "--naive" in sys.argv[2:])
