"""Plain-data views of an analysis: the printable glossary and the per-token records."""

from __future__ import annotations

import json
from typing import Any

from leseglas.engine import AnalyzedToken
from leseglas.gloss.model import Gloss
from leseglas.gloss.render import first_rendering
from leseglas.gloss.senses import WEIGHTS, weighed

GLOSSARY_COLUMNS = ("word", "lemma", "article", "plural", "gloss", "parts", "band")


def glossary_row(token: AnalyzedToken) -> dict[str, str]:
    gloss = token.gloss
    return {
        "word": token.token.text,
        "lemma": gloss.lemma,
        "article": gloss.article,
        "plural": gloss.plural,
        "gloss": gloss.short_text,
        "parts": " + ".join(f"{p.lemma} “{p.gloss}”" for p in gloss.parts),
        "band": gloss.band,
    }


def render(rows: list[dict[str, str]], form: str) -> str:
    if form == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    if form == "tsv":
        lines = ["\t".join(GLOSSARY_COLUMNS)]
        lines += ["\t".join(row[c].replace("\t", " ") for c in GLOSSARY_COLUMNS) for row in rows]
        return "\n".join(lines) + "\n"
    return _table(rows)


def _table(rows: list[dict[str, str]]) -> str:
    from io import StringIO

    from rich.console import Console
    from rich.table import Table

    table = Table("lemma", "der/die/das", "plural", "gloss", "band", box=None, pad_edge=False)
    for row in rows:
        gloss = row["gloss"] if not row["parts"] else f"{row['gloss']}  ({row['parts']})"
        table.add_row(row["lemma"], row["article"], row["plural"], gloss, row["band"])
    out = StringIO()
    Console(file=out, width=120, no_color=True, highlight=False).print(table)
    return out.getvalue()


def token_record(token: AnalyzedToken) -> dict[str, Any]:
    """One token for ``leseglas analyze --format jsonl`` (see ARCHITECTURE's contract)."""
    gloss, analysis = token.gloss, token.analysis
    return {
        "text": token.token.text,
        "start": token.token.start,
        "end": token.token.end,
        "paragraph": token.paragraph,
        "sentence": token.sentence,
        "kind": token.token.kind.value,
        "lemma": analysis.lemma,  # the word's lemma, as treebanks give it: *unterhalten*
        "headword": gloss.lemma,  # the dictionary form a learner looks up: *sich unterhalten*
        "pos": analysis.pos,
        "tag": analysis.tag,
        "gender": gloss.gender,
        "article": gloss.article,
        "plural": gloss.plural,
        "gloss": list(gloss.short),
        "senses": [list(s.translations) for s in gloss.senses[:8]],
        "parts": [{"text": p.text, "lemma": p.lemma, "gloss": p.gloss} for p in gloss.parts],
        "separable": gloss.separable,
        "partner": analysis.partner,
        "source": gloss.source,
        "zipf": round(gloss.zipf, 2),
        "band": gloss.band,
        "proper": gloss.proper,
        "hard": token.hard,
        "rules": list(analysis.rules),  # the rules that changed HanTa's reading, in order
        "gloss_rules": list(gloss.rules),  # the finding rules that gave the gloss
    }


def explained(token: AnalyzedToken) -> str:
    """One line of ``leseglas analyze --explain``: the token, its reading and the
    rules (``lang.pipeline``) that changed HanTa's reading, in order; then its
    first rendering and the finding rules (``gloss.finding``) that gave it."""
    analysis, gloss = token.analysis, token.gloss
    reading = f"{analysis.lemma} {analysis.tag}"
    if analysis.partner is not None:
        reading += f" (separable, with token {analysis.partner})"
    rules = " → ".join(analysis.rules) if analysis.rules else "HanTa"
    found = " → ".join(gloss.rules) if gloss.rules else "lookup" if gloss.short else "no gloss"
    first = f'"{gloss.short[0]}"' if gloss.short else "–"
    line = f"{token.token.text}\t{reading}\t{rules}\t{first}\t{found}"
    return line + "".join(f"\n\t\t{ranked}" for ranked in _ranked(gloss))


EXPLAINED_SENSES = 8


def _ranked(gloss: Gloss) -> list[str]:
    """Why the first senses are first: each one's score and the signals it is
    made of (``gloss.senses.WEIGHTS``), largest first."""
    lines = []
    for sense, signals in gloss.evidence[:EXPLAINED_SENSES]:
        parts = sorted(signals, key=lambda item: -abs(WEIGHTS[item[0]] * item[1]))
        because = ", ".join(f"{name} {WEIGHTS[name] * value:+.2f}" for name, value in parts)
        score = weighed(dict(signals))
        lines.append(f'{score:6.2f}  "{first_rendering(sense)}" ({sense.pos}): {because}')
    return lines
