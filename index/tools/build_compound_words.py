#!/usr/bin/env python3
"""Builds the word list that MuniAnalyzer's DictionaryCompoundWordTokenFilter splits compounds with.

Usage (from the repository root):
    python3 index/tools/build_compound_words.py ../shared/data/norne-nob/train.conllu corpus \
        > index/src/main/resources/no/muni/index/compound-words.txt

The list holds simple words only: the filter emits every dictionary word it finds inside a token, so a
compound in the list ("samarbeidsavtale") would hide its parts ("avtale"). Sources:
  * NorNE/NDT lemmas of common nouns and adjectives, without those NDT marks as compounds ("samset");
  * words of the corpus transcriptions (*.txt) seen at least twice that no list word already explains
    as an inflected form, e.g. "koordinator" or "frivillighet" when NorNE lacks them.
Finally every word that splits into two list words (with an optional linking s/e; the second may carry a
plural or definite ending) is dropped.
"""
import re
import sys
from collections import Counter
from pathlib import Path

MIN_PART = 4          # MuniAnalyzer's minimum subword size
MAX_INFLECTION = 3    # "avtale" explains "avtaler", "avtalene"
WORD = re.compile(r"[a-zæøåéü]+")
NOUN_ENDINGS = ("er", "en", "ene", "et", "a")  # plural and definite forms of Bokmål nouns


def norne_lemmas(conllu):
    counts = Counter()
    with open(conllu, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 6 or not cols[0].isdigit():
                continue
            lemma, pos, feats = cols[2].lower(), cols[3], cols[5]
            if pos not in ("subst", "adj") or "prop" in feats or "samset" in feats:
                continue
            if WORD.fullmatch(lemma) and len(lemma) >= MIN_PART:
                counts[lemma] += 1
    return set(counts)


def corpus_words(folder):
    counts = Counter()
    for path in sorted(Path(folder).glob("*.txt")):
        counts.update(w for w in WORD.findall(path.read_text(encoding="utf-8").lower()) if len(w) >= MIN_PART)
    return {w for w, n in counts.items() if n >= 2}


def inflected_form_of(word, words):
    return any(word[:cut] in words for cut in range(len(word) - MAX_INFLECTION, len(word)) if cut >= MIN_PART)


def is_compound(word, words):
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, rest = word[:cut], word[cut:]
        if head not in words:
            continue
        tails = [rest] + ([rest[1:]] if rest[0] in "se" else [])
        # the tail may carry a noun's plural or definite ending: "tilskuddordninger" is tilskudd + ordning-er
        if any(t in words or any(t.endswith(e) and t[:-len(e)] in words for e in NOUN_ENDINGS) for t in tails):
            return True
    return False


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: build_compound_words.py NORNE_TRAIN_CONLLU CORPUS_DIR > compound-words.txt")
    words = norne_lemmas(sys.argv[1])
    words |= {w for w in corpus_words(sys.argv[2]) if not inflected_form_of(w, words)}
    simple = sorted(w for w in words if not is_compound(w, words))
    print("# Simple Norwegian words for splitting compounds; built by index/tools/build_compound_words.py")
    print("# from NorNE (NDT) lemmas and the sample corpus. Do not edit by hand: rebuild.")
    for w in simple:
        print(w)


if __name__ == "__main__":
    main()
