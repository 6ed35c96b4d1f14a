"""Per-token dumps of the engine's reading, to prove that a refactor changes nothing.

    python -m benchmarks.dump OUT.tsv          # dump GSD dev + test and PUD dev
    python -m benchmarks.dump --diff A.tsv B.tsv

GSD dev and test (``tests/data``) are read on their gold tokens, word by word
through ``analyze_sentence`` and the ``Glosser``; the PUD dev set
(``../shared/data/ud-german-pud-dev``, or ``$PUD_DIR``; skipped with a note where absent)
goes through the whole engine as ``leseglas analyze`` does: segmentation,
paragraph context and the text's domain included.  Each line is one token:
lemma, tag, POS, separable verb, gender, plural, every rendering of the short
gloss, compound parts, the gloss source, and what the sentence gave the word
(article, partner, reflexive, prepositions, clause nouns, phrase, title).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.gsd import GSD_DIR, read_conllu, treebank_spelling

if TYPE_CHECKING:
    from leseglas.lang.model import WordAnalysis

PUD = Path(
    os.environ.get("PUD_DIR")
    or Path(__file__).resolve().parents[2] / "shared" / "data" / "ud-german-pud-dev"
)
FIELDS = (
    "lemma", "tag", "pos", "separable", "gender", "plural", "gloss", "parts", "source", "context",
)  # fmt: skip


def context(analysis: WordAnalysis) -> str:
    """What the sentence stages gave the word besides lemma and tag."""
    return repr(
        (analysis.article, analysis.partner, analysis.reflexive, analysis.prepositions,
         analysis.clause_nouns, analysis.phrase, analysis.title)
    )  # fmt: skip


def gsd_lines(name: str) -> Iterator[str]:
    from leseglas.gloss.dictionary import Dictionary
    from leseglas.gloss.lookup import Glosser
    from leseglas.lang.analyze import analyze_sentence

    dictionary = Dictionary()
    glosser = Glosser(dictionary)
    sentences = read_conllu(GSD_DIR / f"de_gsd-ud-{name}.conllu")
    old_spelling = treebank_spelling(sentences, dictionary)
    for number, sentence in enumerate(sentences):
        words = [t.form for t in sentence.tokens]
        analyses = analyze_sentence(words, dictionary, old_spelling)
        for index, analysis in enumerate(analyses):
            gloss = glosser.lookup(analysis, index == 0)
            separable = f"{analysis.partner}:{analysis.particle}" if analysis.particle else ""
            values = (
                analysis.lemma, analysis.tag, analysis.pos, separable, gloss.gender,
                gloss.plural, " | ".join(gloss.short),
                " + ".join(f"{p.lemma}={p.gloss}" for p in gloss.parts), gloss.source,
            )  # fmt: skip
            place = f"gsd-{name}:{number}:{index}"
            yield "\t".join((place, analysis.text, *values, context(analysis)))


def pud_lines() -> Iterator[str]:
    from leseglas.engine import Engine
    from leseglas.text import open_document

    gold = PUD / "de_pud-dev.conllu"
    if not gold.is_file():
        print(f"{gold} not found: PUD dev left out", file=sys.stderr)
        return
    documents: list[list[str]] = []
    for line in gold.read_text("utf-8").splitlines():
        if line.startswith("# newdoc"):
            documents.append([])
        elif line.startswith("# text = "):
            documents[-1].append(line[9:])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pud-dev.txt"
        path.write_text("\n\n".join(" ".join(d) for d in documents) + "\n", "utf-8")
        document = open_document(path)
        for token in Engine().analyze(document).tokens():
            gloss, analysis = token.gloss, token.analysis
            place = f"pud-dev:{token.paragraph}:{token.sentence}:{token.token.start}"
            values = (
                analysis.lemma, analysis.tag, analysis.pos, gloss.separable, gloss.gender,
                gloss.plural, " | ".join(gloss.short),
                " + ".join(f"{p.lemma}={p.gloss}" for p in gloss.parts), gloss.source,
            )  # fmt: skip
            yield "\t".join((place, token.token.text, *values, context(analysis)))


def dump(out: Path) -> int:
    count = 0
    with out.open("w", encoding="utf-8") as file:
        for lines in (gsd_lines("dev"), gsd_lines("test"), pud_lines()):
            for line in lines:
                file.write(line + "\n")
                count += 1
    return count


def diff(before: Path, after: Path, show: int = 40) -> int:
    """Prints the tokens whose reading differs, field by field; returns their number."""
    old = before.read_text("utf-8").splitlines()
    new = after.read_text("utf-8").splitlines()
    if len(old) != len(new):
        print(f"token counts differ: {len(old):,} against {len(new):,}")
        return abs(len(old) - len(new)) or 1
    changed: Counter[str] = Counter()
    differing = 0
    for a, b in zip(old, new, strict=True):
        if a == b:
            continue
        differing += 1
        place, text, *values_a = a.split("\t")
        _, _, *values_b = b.split("\t")
        fields = [f for f, x, y in zip(FIELDS, values_a, values_b, strict=True) if x != y]
        changed.update(fields)
        if differing <= show:
            shown = "; ".join(
                f"{f}: {x!r} → {y!r}"
                for f, x, y in zip(FIELDS, values_a, values_b, strict=True)
                if x != y
            )
            print(f"{place}\t{text}\t{shown}")
    corpora = Counter(line.split(":", 1)[0] for line in old)
    counts = ", ".join(f"{name} {n:,}" for name, n in sorted(corpora.items()))
    print(f"{differing:,} of {len(old):,} tokens differ ({counts}); by field: {dict(changed)}")
    return differing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--diff", action="store_true", help="compare two dumps")
    args = parser.parse_args()
    if args.diff:
        return 1 if diff(*args.paths) else 0
    print(f"{dump(args.paths[0]):,} tokens written to {args.paths[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
