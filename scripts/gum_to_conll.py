#!/usr/bin/env python3
"""GUM (CoNLL-U with Entity= annotations) -> flat CoNLL training file for NerTrainer ("token TAG", IOB2,
-DOCSTART- between documents).

Reuses the shared scorer's GUM reader (../shared/eval/ner.py, read_gum) so that the training names are the
names the scorer counts: person / organization / place mentions whose head is a PROPN (or a linked,
capitalised head), trimmed of a leading determiner and trailing 's. GUM mentions nest; the outermost span
wins (a named event/object/... mention that contains a place becomes MISC, as in CoNLL), except that spans
holding a lower-case word other than a name connector (of, for, and, the, de, von ...) are skipped in
favour of the names nested in them ("Bos and colleagues" -> "Bos", "southern Finland" -> "Finland").

    python3 scripts/gum_to_conll.py --data ../shared/data --split train --out /tmp/gum-train.conll

Only the train split is meant for training (GUM dev/test stay held out).
"""
import argparse
import sys
from pathlib import Path


CONNECTORS = {"of", "for", "and", "the", "de", "du", "des", "la", "le", "von", "van", "der", "den", "da",
              "di", "del", "&", "on", "'s"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--eval", default=None, help="folder of ner.py (default: <data>/../eval)")
    ap.add_argument("--split", default="train", choices=["train", "dev"])
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    data = Path(a.data).resolve()
    sys.path.insert(0, str(Path(a.eval).resolve() if a.eval else data.parent / "eval"))
    import ner  # the shared scorer module
    root = data / "ner" / "gum" / "data"
    files = sorted((root / "dep").glob("GUM_*.conllu"))
    keep = ner.gum_splits(root)[a.split]
    files = [f for f in files if f.stem in keep]
    n_docs = n_tok = n_ent = 0
    with open(a.out, "w", encoding="utf-8") as out:
        for f in files:
            doc = ner.read_gum(f)
            spans = [(s, e, t) for (s, e, t) in doc.gold] + [(s, e, "MISC") for (s, e) in doc.ignore]
            words_all = [w for sent in doc.sents for w in sent]
            # a span with a lower-case content word ("Bos and colleagues", "southern Finland") is not a
            # name in the CoNLL sense: the inner name it contains is used instead
            spans = [(s, e, t) for (s, e, t) in spans
                     if all(not words_all[k][:1].islower() or words_all[k] in CONNECTORS for k in range(s, e))
                     and not (t == "PER" and "of" in words_all[s:e])]  # "President of the ..." is a title
            spans.sort(key=lambda x: (-(x[1] - x[0]), x[0], x[2]))
            tags = {}
            chosen = []
            for s, e, t in spans:
                if any(not (e <= cs or s >= ce) for cs, ce, _ in chosen):
                    continue
                chosen.append((s, e, t))
                for k in range(s, e):
                    tags[k] = ("B-" if k == s else "I-") + t
                n_ent += t != "MISC"
            out.write("-DOCSTART- O\n\n")
            g = 0
            for sent in doc.sents:
                words = sent[0] if isinstance(sent, tuple) else sent
                for w in words:
                    out.write(f"{w} {tags.get(g, 'O')}\n")
                    g += 1
                out.write("\n")
            n_docs += 1
            n_tok += g
    print(f"{a.out}: {n_docs} documents, {n_tok} tokens, {n_ent} PER/ORG/LOC names", file=sys.stderr)


if __name__ == "__main__":
    main()
