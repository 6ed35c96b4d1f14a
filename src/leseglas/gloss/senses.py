"""Which of a word's senses fits the text at hand: ``SenseRanker.rank``.

Senses are ranked by the word class the tagger found, the document's dominant
domain labels (*Verlegung* in a military article gives *redeployment* first),
how Ding's entries agree and its compounds render the word, what the clause
says (a reflexive pronoun, a preposition), and how common the English
rendering is (*Macht* "power" before "leverage").  The pieces of evidence are
in ``gloss.ranking``; their weights are here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from leseglas.gloss.dictionary import Dictionary
from leseglas.gloss.ding import REGISTER_LABELS, marked
from leseglas.gloss.ranking import (
    TECHNICAL,
    agreement,
    domain_weight,
    english_zipf,
    governs,
    notes_match,
)
from leseglas.gloss.render import plain
from leseglas.lang.model import Sense, required
from leseglas.lang.words import MODAL_VERBS, PARTICLES

# What a verb's clause says about its sense: a reflexive pronoun goes with it, and
# the clause's prepositions (*besteht aus*).
Clause = tuple[bool, tuple[str, ...]]
AGREEMENT_WEIGHT = 0.7
COMPOUND_USE_WEIGHT = 2.5
MAIN_ENTRY_WEIGHT = 0.5
DERIVED_PENALTY = 0.5
PREPOSITION_WEIGHT = 3.0  # undoes the valency penalty (1.5) and leads by as much
EXAMPLES_WEIGHT = 0.5
EXAMPLES_ENOUGH = 6  # sub-entries that make a line Ding's main one for the word
NOUN_COMPLEMENT_WEIGHT = 1.0  # a hint only: Ding notes rare senses so too (Ersatz für)
NO_VERB_PENALTY = 1.0
# A sense Ding marks as slang, old, rare or regional is not the one a learner should
# meet first (*Schwerpunkt* "emphasis", not [pej.] "hotspot").  Not [ugs.]: Ding
# gives it to whole lines and to words (*stoppen* "to stop", *Gegend* "area"); in a
# sweep of the 5,000 most frequent words it made three first renderings worse.
MARKED_PENALTY = 0.8
# An English infinitive, not "to it", "to date", "to this end".
_INFINITIVE = re.compile(
    r"to (?!(?:it|this|that|the|a|an|date|some|me|him|her|them|us|you|what|which)\b)\w"
)
REFLEXIVE_WEIGHT = 5.0  # the lemma's own bonus (2) and a clear lead
CONFIDENT_COMPOUND_USES = 20
_CONTENT_POS = {
    "NOUN": "NOUN", "PROPN": "NOUN", "VERB": "VERB", "AUX": "VERB", "ADJ": "ADJ", "ADV": "ADV",
}  # fmt: skip


@dataclass(eq=False)
class SenseRanker:
    """Orders a word's senses for one document (its domain labels steer the choice)."""

    dictionary: Dictionary
    domain: frozenset[str] = frozenset()

    @lru_cache(maxsize=100_000)  # noqa: B019 - compounds ask for the same parts again
    def rank(
        self,
        text: str,
        lemma: str,
        pos: str,
        compound_use: bool = True,
        clause: Clause = (False, ()),
    ) -> list[Sense]:
        """The senses of a word, the best for this text first.

        ``compound_use``: whether how Ding's compounds render the word counts;
        a compound's part is glossed from those counts directly.  ``clause``: a
        verb's reflexive pronoun (*sich unterhalten* "to talk" before
        *unterhalten* "to entertain") and prepositions (*aus etw. bestehen* "to
        consist of" when *aus* is there).
        """
        reflexive, prepositions = clause
        found = self._distinct([lemma, text, text.lower(), lemma.lower()])
        if not found and pos == "NOUN" and text.endswith("n"):  # *Regenfällen*: Ding
            plural = self._distinct([text[:-1]])  # lists only the plural *Regenfälle*
            found = {
                key: s for key, s in plural.items() if s.matched_by == "plural" or s.gender == "pl"
            }
        wanted = _CONTENT_POS.get(pos)
        if wanted == "ADJ" and not any(s.pos == "ADJ" and not s.derived for s in found.values()):
            for word in dict.fromkeys((lemma, text.lower())):  # *erleichtert*, lemma *erleichtern*
                found.update(self._predicative(word))
        agreed = agreement(found.values())
        # the text's field outranks general usage (*Abzug* in a military text: pull-out)
        compound_use = compound_use and not any(set(s.labels) & self.domain for s in found.values())
        ranked = sorted(
            found.values(),
            key=lambda s: (
                -self._score(s, lemma, text, wanted)
                - AGREEMENT_WEIGHT * agreed[s]
                - COMPOUND_USE_WEIGHT * (compound_use and s.pos == wanted) * self._compound_use(s)
                - REFLEXIVE_WEIGHT * (reflexive and s.headword == f"sich {lemma}")
                - (NOUN_COMPLEMENT_WEIGHT if s.pos == "NOUN" else PREPOSITION_WEIGHT)
                * governs(s, prepositions)
            ),
        )
        return ranked

    def _predicative(self, lemma: str) -> dict[tuple[str, str, str, tuple[str, ...]], Sense]:
        """An adjective's meaning that Ding gives only with *sein*: *erleichtert sein*
        "to feel relieved" makes *erleichtert* "relieved" (its own lines are the
        verb's participle: "facilitated")."""
        found = {}
        for sense in self.dictionary.lookup(f"{lemma} sein"):
            renderings = tuple(
                rest
                for t in sense.translations
                for prefix in _PREDICATIVE
                if t.startswith(prefix) and (rest := t.removeprefix(prefix))
            )
            if sense.pos == "VERB" and sense.headword == f"{lemma} sein" and renderings:
                adjective = replace(sense, headword=lemma, pos="ADJ", translations=renderings)
                found[(lemma, "ADJ", "", renderings)] = adjective
        return found

    def _distinct(self, forms: list[str]) -> dict[tuple[str, str, str, tuple[str, ...]], Sense]:
        """The senses the forms find, each once."""
        found: dict[tuple[str, str, str, tuple[str, ...]], Sense] = {}
        for form in dict.fromkeys(forms):
            for sense in self.dictionary.lookup(form):
                found.setdefault(
                    (sense.headword, sense.pos, sense.gender, sense.translations), sense
                )
        return found

    def _score(self, sense: Sense, lemma: str, text: str, wanted: str | None) -> float:
        score = 0.0
        if wanted is not None and sense.pos == wanted:
            score += 3
        if sense.headword == lemma or (sense.gender == "pl" and sense.headword == text):
            score += 2  # a plural entry for the form as written: *Unruhen* "unrest"
        elif sense.headword.lower() == lemma.lower():
            score += 1
        domains = set(sense.labels) - REGISTER_LABELS
        score += domain_weight(lemma) * len(domains & self.domain)
        return score + self._sense_score(sense)

    @lru_cache(maxsize=200_000)  # noqa: B019 - a Glosser lives as long as its document
    def _sense_score(self, sense: Sense) -> float:
        """The part of a sense's score that does not depend on the word looked up."""
        domains = set(sense.labels) - REGISTER_LABELS
        score = 1.0 * notes_match(sense, self.domain)
        score -= 0.3 * min(sense.synonym, 3)
        score += 1.0 * bool(sense.inflected) + MAIN_ENTRY_WEIGHT * (sense.inflected == 2)
        score -= DERIVED_PENALTY * sense.derived  # Ding's own adjective first: vergangen "past"
        # Ding's main line for a word gathers its examples and compounds: gewaltsam "violent"
        score += EXAMPLES_WEIGHT * min(sense.examples, EXAMPLES_ENOUGH) / EXAMPLES_ENOUGH
        score -= 1.5 * bool(required(sense))  # "gegen etw. sein" ≠ "sein"
        # a field the text is not in, unless this is the verb's main entry (*singen* [mus.])
        score -= 0.7 * bool((domains & TECHNICAL) - self.domain) * (sense.inflected != 2)
        score -= MARKED_PENALTY * marked(sense.labels)
        first = sense.translations[0] if sense.translations else ""
        score += 0.5 * english_zipf(first, sense.pos == "VERB" and _particle_verb(sense.headword))
        # no English verb: a phrase's rendering (*geben* "will be": es wird … geben)
        no_verb = not first.startswith(("to ", "(")) and sense.headword not in MODAL_VERBS
        score -= NO_VERB_PENALTY * (sense.pos == "VERB" and no_verb)
        # nor an English verb for an adverb (*nach wie vor* "still", not "to remain")
        score -= NO_VERB_PENALTY * (sense.pos == "ADV" and bool(_INFINITIVE.match(first)))
        return score

    def _compound_use(self, sense: Sense) -> float:
        """The share of Ding's compounds ending in this noun, weighed by how often
        they are met, that render it as this sense does first: *Zug* is "train"
        in *Güterzug*, *Schnellzug* …, "pull" in few."""
        if sense.pos != "NOUN" or not sense.translations:
            return 0.0
        rendering = plain(sense.translations[0]).lower()
        if (set(sense.labels) & TECHNICAL) - self.domain and self._everyday_rendering(
            sense.headword, rendering
        ):
            return 0.0  # a geologist's *Bank* is also "bank"; compounds mean the everyday one
        reach = self.dictionary.part_reach(sense.headword, "head")
        share = reach.get(rendering, 0.0) / max(sum(reach.values()), 1e-9)
        compounds = sum(self.dictionary.part_renderings(sense.headword, "head").values())
        return share * min(1.0, compounds / CONFIDENT_COMPOUND_USES)  # few: weak evidence

    def in_field(self, sense: Sense) -> bool:
        """Whether a sense is from the text's field, by its labels or notes."""
        return bool(set(sense.labels) & self.domain) or notes_match(sense, self.domain)

    def _everyday_rendering(self, headword: str, rendering: str) -> bool:
        """Whether a sense outside the technical fields renders the word so too.
        (*Schmerz* "pain" is [med.] alone: its compounds, *Rückenschmerz* "back
        pain", speak for it.)"""
        return any(
            s.headword == headword
            and not set(s.labels) & TECHNICAL
            and s.translations
            and plain(s.translations[0]).lower() == rendering
            for s in self.dictionary.lookup(headword)
        )


_PREDICATIVE = ("to be ", "to feel ")  # Ding's English for an adjective with *sein*


@lru_cache(maxsize=50_000)
def _particle_verb(verb: str) -> bool:
    """*einsteigen*, *abholen*: a separable particle before a verb stem (not one
    that is as often inseparable: *unterstützen*, *übersetzen*)."""
    verb = verb.removeprefix("sich ")
    return any(verb.startswith(p) and len(verb) - len(p) >= 4 for p in PARTICLES - _INSEPARABLE_TOO)


_INSEPARABLE_TOO = frozenset("durch über um unter wider".split())
