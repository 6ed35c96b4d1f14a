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

from leseglas.gloss.dictionary import DECLINED_CITATIONS, Dictionary
from leseglas.gloss.ding import AFTER_NUMBER_NOTE, ENGLISH_HEAD_VERB, REGISTER_LABELS, marked
from leseglas.gloss.ranking import (
    TECHNICAL,
    agreement,
    compound_only,
    domain_weight,
    english_zipf,
    governs,
    notes_match,
    renders_by_cognate,
)
from leseglas.gloss.render import in_register, plain
from leseglas.lang.clauses import (
    ACCUSATIVE_SLOT,
    AFTER_NUMBER,
    DATIVE_SLOT,
    NUMBER_SLOT,
    PERSON_OBJECT,
    THING_OBJECT,
    ZU_INFINITIVE,
)
from leseglas.lang.model import Sense, required
from leseglas.lang.words import MODAL_VERBS, PARTICLES

# What a verb's clause says about its sense: a reflexive pronoun goes with it, and
# the clause's prepositions (*besteht aus*).
Clause = tuple[bool, tuple[str, ...]]
Signals = dict[str, float]
SenseKey = tuple[str, str, str, tuple[str, ...]]  # one meaning of one headword, however found


def _key(sense: Sense) -> SenseKey:
    return (sense.headword, sense.pos, sense.gender, sense.translations)


EXAMPLES_ENOUGH = 6  # sub-entries that make a line Ding's main one for the word
MAX_SYNONYM = 3
# Each signal's weight in a sense's score.  Fitted on UD German PUD dev (its
# human translations say which sense fits) by ``benchmarks/senses.py``, which
# also reports each signal's worth on documents left out of the fit.
WEIGHTS: dict[str, float] = {
    # the tagger's word class, and the entry's headword as the lemma (2) or in
    # another case (1); a plural entry for the form as written: *Unruhen* "unrest"
    "word-class": 3.0,
    "headword": 1.0,
    # the document's field, by a sense's labels (rare words more: ``domain_weight``)
    # or by its notes; a specialist field the text is not in, unless this is a
    # verb's main entry (*singen* [mus.])
    "text-field": 1.0,
    "notes-field": 1.0,
    "other-field": -0.7,
    # Ding's own order: a headword listed after a synonym is marginal; a line with
    # the word's forms (and a verb's person forms) is its main entry, and so is
    # one that gathers examples and compounds (*gewaltsam* "violent"); not a use
    # that needs a preposition (*an jdn. ankommen* "to get to sb."), whose forms
    # line is the use's, not the plain verb's (*ankommen* "to arrive")
    "synonym": -0.3,
    "inflected": 1.0,
    "main-entry": 0.5,
    "examples": 0.5,
    "derived": -0.5,  # Ding's own adjective first: vergangen "past"
    # a comparative's own entry, as Ding cites it declined: *die weiteren Schritte*
    # *weitere* "further", not *weit* "far"; *der frühere Präsident* "former"
    "comparative": 3.0,
    "needs-preposition": -1.5,  # "gegen etw. sein" ≠ "sein"
    # a sense that takes a dative object in a clause with none: *Er sagte, dass …*
    # "to say", not *(jdm.) etw. sagen* "to tell (sb.) sth." (kept by the fit, held out)
    "needs-dative": -1.0,
    # a verb Ding tags {vi} in a clause with an accusative object: *den Teig
    # verstreichen* "to spread sth.", not (Zeit) "to pass"
    "intransitive-object": -1.0,
    # a noun of two plurals, written in one: *Bänke* "bench", *Banken* "bank", *Bands*
    # (*die Band*) "band" (+1), not a sense Ding gives the other plural (-1); the fit
    # finds it flat at any weight (PUD's one such token, *Bänke*, reads "bench" at
    # 1.0), so it weighs as much as an inflected line
    "plural-as-written": 1.0,
    # a sense whose object is a person, in a clause with *ihn*, *mich*, *dich*:
    # *traf ihn* "to meet sb.", not "to hit"
    "person-object": 1.0,
    # a sense whose object is only a person, in a clause whose object is a thing:
    # *sammeln Kastanien* "to collect sth.", not "to gather sb."
    "thing-object": -0.5,
    # slang, old, rare or regional is not the sense to meet first (*Schwerpunkt*
    # "emphasis", not [pej.] "hotspot").  Not [ugs.]: Ding gives it to whole lines
    # and to words (*stoppen* "to stop"); in a sweep of the 5,000 most frequent
    # words it made three first renderings worse.  Ding's English marks count
    # when they mark every rendering (*Gefängnisstrafe* "hard time [slang]").
    "marked": -0.8,
    "english-frequency": 0.5,  # how common the English is (*Macht* "power" first)
    # the sense rendered by the word's cognate, in its word class (*korrupt* "corrupt",
    # not "bent"; *präsentieren* "to present", not "to pitch sth. to sb.")
    "cognate": 0.7,
    # a verb's rendering with no English verb (a phrase's: *geben* "will be"), or
    # an adverb's with one (*nach wie vor* "still", not "to remain")
    "no-english-verb": -1.0,
    # a verb of two conjugations: the line that lists the participle as written
    # (*geschafft* "to manage"), not one whose principal parts name the other
    # (*schuf, hat geschaffen* "to create"): +1 and -1
    "written-form": 1.0,
    "agreement": 0.7,  # the meaning Ding repeats across entries (*helfen* "to help")
    "compound-use": 2.5,  # how Ding's compounds render a noun (*Zug* "train")
    # how Ding's noun phrases render an adjective (*Vereinigte Staaten* "United
    # States": *vereinigt* "united", not "associated")
    "attribute-use": 3.0,
    # a sense Ding gives only inside compounds (*Gott* "gosh"), for the word alone:
    # last, as a sense the word lacks (as much as the word class and the headword)
    "compound-only": -5.0,
    "reflexive": 5.0,  # *sich unterhalten* "to talk": the lemma's own bonus (2) and a lead
    # a preposition the clause has: a verb's undoes the valency penalty (1.5) and
    # leads by as much; a noun's note is a hint only (Ding notes rare senses so too)
    "preposition": 3.0,
    "noun-complement": 1.0,
    # a use with a zu-infinitive (Ding's German "etw. zu tun", or its English "to do
    # sth."), in a clause that has one: *pflegte zu sagen* "to be wont to", *raten,
    # früh zu gehen* "to advise sb. to"; a German one without it is not the plain verb
    # (*raten* "to guess")
    "zu-infinitive": 1.5,
    "needs-zu-infinitive": -1.5,
    # a use Ding keeps for before a number (*gut* (mit Zahlen) "a good", *knapp* "just
    # under") where none follows: *gut sichtbar* "well".  Where one does, nothing: the
    # use's first rendering may be worse than the plain word's (*nur* "just barely")
    "needs-number": -1.0,
    # a noun's rendering Ding gives after a number, +1 there and -1 elsewhere: *um zehn
    # Uhr* "o'clock", *die Uhr* "clock"; as much as a reflexive's lead
    "after-number": 5.0,
    # an English reflexive ("to content oneself with") where the clause has no
    # reflexive pronoun: Ding's line is a reflexive verb's (*sich begnügen*)
    "english-reflexive": -1.0,
    # how Ding's phrases render a verb (*ein Medikament einnehmen* "to take a
    # medication", *Platz einnehmen* "to take up room": *einnehmen* "to take", not its
    # own lines' "to hold"); a prior, only among the uses the clause or the text's
    # field shows where it shows some (*hält es für nötig* "to consider", a router
    # *eingeschaltet*; *an etw. denken* "to think", not "to remember")
    "phrase-use": 2.0,
}
# An English infinitive, not "to it", "to date", "to this end".
_INFINITIVE = re.compile(
    r"to (?!(?:it|this|that|the|a|an|date|some|me|him|her|them|us|you|what|which)\b)\w"
)
CONFIDENT_COMPOUND_USES = 20
CONFIDENT_PHRASE_USES = 20
MIN_PHRASE_USES = 2
MIN_PHRASE_SHARE = 0.1
CONFIDENT_ATTRIBUTE_USES = 5
_CONTENT_POS = {
    "NOUN": "NOUN", "PROPN": "NOUN", "VERB": "VERB", "AUX": "VERB", "ADJ": "ADJ", "ADV": "ADV",
    # a subordinating conjunction: *ob* "whether", not the preposition "on account of";
    # not a coordinating one, whose tag also takes the comparisons' *wie* "as | like"
    "SCONJ": "CONJ",
    "NUM": "NUM",  # *sieben Geschwister* "seven", not the verb "to sieve"
    "INTJ": "INTJ",  # *Achtung, Stufe!* "Attention!", not the noun's "respect"
}  # fmt: skip


def weighed(signals: Signals, weights: dict[str, float] = WEIGHTS) -> float:
    return sum(weights[name] * value for name, value in signals.items())


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
        weighed_senses = self.weigh(text, lemma, pos, compound_use, clause)
        return sorted(weighed_senses, key=lambda sense: -weighed(weighed_senses[sense]))

    @lru_cache(maxsize=100_000)  # noqa: B019
    def weigh(
        self,
        text: str,
        lemma: str,
        pos: str,
        compound_use: bool = True,
        clause: Clause = (False, ()),
    ) -> dict[Sense, Signals]:
        """The word's senses, each with the evidence for it (``WEIGHTS`` names it),
        in the dictionary's order."""
        reflexive, prepositions = clause
        compared = _compared_citation(text, lemma) if pos == "ADJ" else ""
        found = self._distinct(
            [lemma, text, text.lower(), lemma.lower(), compared, _cited_in_e(text, lemma, pos)]
        )
        if pos in ("VERB", "AUX") and text.lower() != lemma.lower():
            found = self._own_verb(found, text, lemma)
        if not found and pos == "NOUN" and "-" in lemma.strip("-"):
            found = self._distinct([_unhyphenated(lemma)])  # *Live-Musik*: Ding's *Livemusik*
        if not found and pos == "NOUN" and text.endswith("n"):  # *Regenfällen*: Ding
            plural = self._distinct([text[:-1]])  # lists only the plural *Regenfälle*
            found = {  # or as a headword of its own: *in den Fünfzigerjahren*
                key: s
                for key, s in plural.items()
                if s.matched_by == "plural" or s.gender == "pl" or s.headword == text[:-1]
            }
        if not found and pos == "NOUN":  # *Meise*, *Kröte*: Ding lists only the plural
            found = self._plural_group(text)  # group, *Meisen* {pl} (Paridae)
        wanted = _CONTENT_POS.get(pos)
        if wanted == "ADJ" and _declined_form(text, lemma):
            found = _inflectable(found)  # *währende* "lasting", no *während* "while"
        if wanted == "ADJ" and not any(s.pos in ("ADJ", "NUM") for s in found.values()):
            found.update(self._ordinal(lemma))
        if wanted == "ADJ" and not any(s.pos == "ADJ" and not s.derived for s in found.values()):
            for word in dict.fromkeys((lemma, text.lower())):  # *erleichtert*, lemma *erleichtern*
                found.update(self._predicative(word))
        written = self._written_participle(text, lemma, pos, found)
        agreed = agreement(self._with_twins(found, [lemma, text]))
        # the text's field and the compounds' usage add up: *Abzug* in a military text is
        # still "pull-out" (the field), but a recipe beside a journey makes *Zug* no "gulp"
        weighed_senses: dict[Sense, Signals] = {}
        shown = {
            key
            for key, s in found.items()
            if s.pos == wanted and (governs(s, prepositions) or self.in_field(s))
        }
        plurals, others = (
            self._plural_as_written(text, lemma) if wanted == "NOUN" else (frozenset(), frozenset())
        )
        for sense in found.values():
            signals = self._word_signals(sense, lemma, text, wanted) | self._sense_signals(sense)
            signals["agreement"] = agreed[sense]
            key = _key(sense)
            if sense.pos == "NOUN" and (key in plurals or key in others):
                signals["plural-as-written"] = 1.0 if key in plurals else -1.0
            signals["written-form"] = _written_form(sense, written, text)
            if compound_use and sense.pos == wanted:
                signals["compound-use"] = self._compound_use(sense, text)
            if compound_use:  # the word on its own, not a compound's part
                signals["compound-only"] = float(compound_only(sense))
            signals["reflexive"] = float(reflexive and sense.headword == f"sich {lemma}")
            signals["english-reflexive"] = float(
                not reflexive and sense.pos == "VERB" and _english_reflexive(sense)
            )
            signals["noun-complement" if sense.pos == "NOUN" else "preposition"] = float(
                governs(sense, prepositions)
            )
            zu_use = sense.pos == "VERB" and ZU_INFINITIVE in sense.usage
            signals["zu-infinitive"] = float(
                sense.pos == "VERB" and takes_infinitive(sense) and ZU_INFINITIVE in prepositions
            )
            signals["needs-zu-infinitive"] = float(zu_use and ZU_INFINITIVE not in prepositions)
            signals["needs-dative"] = float(
                sense.pos == "VERB" and DATIVE_SLOT not in prepositions and _takes_dative(sense)
            )
            signals["person-object"] = float(
                sense.pos == "VERB" and PERSON_OBJECT in prepositions and _takes_person(sense)
            )
            signals["thing-object"] = float(
                sense.pos == "VERB" and THING_OBJECT in prepositions and _person_only(sense)
            )
            signals["intransitive-object"] = float(
                sense.pos == "VERB" and sense.intransitive and ACCUSATIVE_SLOT in prepositions
            )
            if sense.pos == "VERB" and wanted == "VERB" and (not shown or _key(sense) in shown):
                signals["phrase-use"] = self._phrase_use(sense, lemma)
            if AFTER_NUMBER_NOTE in sense.notes.split("\t"):
                signals["after-number"] = 1.0 if AFTER_NUMBER in prepositions else -1.0
            signals["needs-number"] = float(
                NUMBER_SLOT not in prepositions and _before_numbers(sense)
            )
            weighed_senses[sense] = {name: v for name, v in signals.items() if v}
        return weighed_senses

    def _written_participle(
        self,
        text: str,
        lemma: str,
        pos: str,
        found: dict[SenseKey, Sense],
    ) -> set[SenseKey]:
        """The senses whose Ding line lists the participle as written, where another
        line names another participle (two conjugations): *geschafft* is "to manage",
        *geschaffen* "to create"."""
        lowered = text.lower()
        if pos not in ("VERB", "AUX") or not _participle_shaped(lowered, lemma.lower()):
            return set()
        listing = {
            _key(s)
            for s in self.dictionary.lookup(lowered)
            if s.matched_by == "inflection" and s.pos == "VERB"
        }
        conflict = any(  # a line that names a strong participle for a weak one, or so
            _other_conjugation(principal_participle(s), lowered)
            for s in found.values()
            if s.headword.removeprefix("sich ") == lemma
        )
        return listing if conflict else set()

    def _own_verb(
        self, found: dict[SenseKey, Sense], text: str, lemma: str
    ) -> dict[SenseKey, Sense]:
        """A verb form's senses: its lemma's, and those the form as written finds;
        not another verb's that the lemma happens to spell (*gerät* is *geraten*
        "to get into", not *raten*'s participle *geraten* "to guess")."""
        written = self._distinct([text, text.lower()])
        return {
            key: sense
            for key, sense in found.items()
            if key in written or sense.headword.removeprefix("sich ").lower() == lemma.lower()
        }

    def _plural_group(self, singular: str) -> dict[SenseKey, Sense]:
        """The plural entry of a noun Ding lists only as a group: *Meisen* "tits"."""
        for plural in (singular + "n", singular + "en"):
            found = self._distinct([plural])
            group = {  # its singular's gender is not the group's: guessed as for any noun
                k: replace(s, gender="", plural=plural)
                for k, s in found.items()
                if s.gender == "pl" and s.headword == plural
            }
            if group:
                return group
        return {}

    def _ordinal(self, lemma: str) -> dict[SenseKey, Sense]:
        """An ordinal's number line, which Ding cites declined: *zweiten* is *zweite*
        "second" (its *zweit* is a verb line, "two of …", as in *zu zweit*); *zweite*,
        *zweiter* and *zweites* say the same, so each meaning comes once."""
        ordinal: dict[SenseKey, Sense] = {}
        meanings = set()
        for key, sense in self._distinct(sorted(_declined(lemma))).items():
            if sense.pos == "NUM" and sense.translations not in meanings:
                meanings.add(sense.translations)
                ordinal[key] = sense
        return ordinal

    def _predicative(self, lemma: str) -> dict[SenseKey, Sense]:
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

    def _with_twins(self, found: dict[SenseKey, Sense], forms: list[str]) -> list[Sense]:
        """The found senses and the other Ding lines that give one of them word for
        word (*Blatt* "leaf" of a plant and of a door): each line is a vote."""
        lines = {replace(sense, matched_by=""): sense for sense in found.values()}
        for form in dict.fromkeys(forms):
            for sense in self.dictionary.lookup(form):
                key = _key(sense)
                if key in found and set(sense.labels) <= set(found[key].labels):
                    lines.setdefault(replace(sense, matched_by=""), sense)
        return list(lines.values())

    def _distinct(self, forms: list[str]) -> dict[SenseKey, Sense]:
        """The senses the forms find, each once: of two lines that render the word
        alike, one outside the text's field gives way to one that is not (*Rhythmus*
        "rhythm" outside a text on music is the plain line, not the [mus.] one), and
        a plain one to one in the text's field (*Satz* [sport] "set" in a tennis
        report, not the plain "set" of things)."""
        found: dict[SenseKey, Sense] = {}
        for form in dict.fromkeys(forms):
            for sense in self.dictionary.lookup(form):
                key = _key(sense)
                kept = found.get(key)
                if (
                    kept is None
                    or (self.from_another_field(kept) and not self.from_another_field(sense))
                    or (self.in_field(sense) and not self.in_field(kept))
                ):
                    found[key] = sense
        return found

    def _plural_as_written(
        self, text: str, lemma: str
    ) -> tuple[frozenset[SenseKey], frozenset[SenseKey]]:
        """The senses whose plural the word is and those Ding gives another plural,
        where the noun has two: *Banken* "bank", *Bänke* "bench"; *Bands* (*die Band*)
        "band", not *Bänder* "tape"."""
        nouns = [s for s in self.dictionary.lookup(lemma) if s.pos == "NOUN" and s.plural]
        if text.lower() == lemma.lower() or len({s.plural for s in nouns}) < 2:
            return frozenset(), frozenset()  # one plural for all its senses tells none apart
        written = frozenset(
            _key(s)
            for form in dict.fromkeys((text, text.removesuffix("n")))  # a dative plural
            for s in self.dictionary.lookup(form)
            if s.matched_by == "plural" and s.headword == lemma
        )
        if not written:
            return frozenset(), frozenset()
        return written, frozenset(_key(s) for s in nouns) - written

    def _word_signals(self, sense: Sense, lemma: str, text: str, wanted: str | None) -> Signals:
        """The evidence that depends on the word looked up."""
        ordinal = wanted == "ADJ" and sense.pos == "NUM" and sense.headword in _declined(lemma)
        in_class = wanted is not None and (sense.pos == wanted or ordinal)
        citation = _compared_citation(text, lemma)
        compared = in_class and sense.headword == citation
        if (
            sense.headword == lemma
            or (sense.pos == "VERB" and sense.headword.replace(" ", "") == lemma)  # *dazu kommen*
            or (sense.gender == "pl" and sense.headword == text)
            or _declined_citation(sense, lemma, text, wanted)
            or compared
        ):
            headword = 2.0
        else:
            headword = float(sense.headword.lower() == lemma.lower())
        domains = set(sense.labels) - REGISTER_LABELS
        return {
            "word-class": float(in_class),
            "headword": headword,
            "comparative": float(compared),
            "text-field": domain_weight(lemma) * len(domains & self.domain),
            "cognate": float(in_class and self._plain_cognate(sense)),
            # a comparative's phrases are its own: *frühere* "former", not *frühe* "early"
            "attribute-use": self._attribute_use(sense) if compared or not citation else 0.0,
        }

    def _plain_cognate(self, sense: Sense) -> bool:
        """Whether the sense is rendered by the word's cognate and is no specialist's
        term or register's word: *sympathisch* [anat.] "sympathetic" is the nerve, the
        word is "nice"; *ordinär* [geh.] "ordinary"."""
        labels = (set(sense.labels) & (TECHNICAL | REGISTER_LABELS)) - self.domain
        return not labels and _rendered_by_cognate(sense)

    @lru_cache(maxsize=200_000)  # noqa: B019 - a Glosser lives as long as its document
    def _sense_signals(self, sense: Sense) -> Signals:
        """The evidence that does not depend on the word looked up."""
        first = sense.translations[0] if sense.translations else ""
        particle_verb = sense.pos == "VERB" and _particle_verb(sense.headword)
        no_verb = not first.startswith(("to ", "(")) and sense.headword not in MODAL_VERBS
        other_field = self.from_another_field(sense) and sense.inflected != 2
        return {
            "notes-field": float(notes_match(sense, self.domain)),
            "other-field": float(other_field),
            "synonym": float(min(sense.synonym, MAX_SYNONYM)),
            "inflected": float(bool(sense.inflected)),
            "main-entry": float(sense.inflected == 2 and not required(sense)),
            "examples": min(sense.examples, EXAMPLES_ENOUGH) / EXAMPLES_ENOUGH,
            "derived": float(sense.derived),
            "needs-preposition": float(bool(required(sense))),
            "marked": float(marked(sense.labels) or _english_marked(sense)),
            "english-frequency": english_zipf(first, particle_verb),
            "no-english-verb": float(
                (sense.pos == "VERB" and no_verb)
                or (sense.pos == "ADV" and bool(_INFINITIVE.match(first)))
            ),
        }

    def _compound_use(self, sense: Sense, form: str) -> float:
        """The share of Ding's compounds ending in this noun, weighed by how often
        they are met, that render it as this sense does first: *Zug* is "train"
        in *Güterzug*, *Schnellzug* …, "pull" in few.  A plural with compounds
        of its own is judged by those: *Daten* by *Kundendaten*, *Messdaten* …
        ("data"), not by *Geburtsdatum* ("date")."""
        if sense.pos != "NOUN" or not sense.translations:
            return 0.0
        rendering = plain(sense.translations[0]).lower()
        if self.from_another_field(sense) and self._everyday_rendering(sense.headword, rendering):
            return 0.0  # a geologist's *Bank* is also "bank"; compounds mean the everyday one
        plural = form != sense.headword and self.plural_of_compounds(form)
        part = form if plural else sense.headword
        reach = self.dictionary.part_reach(part, "head")
        # the plural's compounds render it in the plural: *Maßnahmen* "measures"
        uses = max(reach.get(r, 0.0) for r in _english_plurals(rendering)) if plural else 0.0
        share = max(reach.get(rendering, 0.0), uses) / max(sum(reach.values()), 1e-9)
        compounds = sum(self.dictionary.part_renderings(part, "head").values())
        return share * min(1.0, compounds / CONFIDENT_COMPOUND_USES)  # few: weak evidence

    def _phrase_use(self, sense: Sense, lemma: str) -> float:
        """The share of Ding's phrases ending in the verb that render it by the verb
        this sense's first rendering has: *einnehmen* is "take" in 12 of 36.  Only
        the lemma's own lines (*gefallen* "to please" is no *fallen*); a rendering in
        one phrase only, or in under a tenth of them, is chance."""
        verb = sense.headword.removeprefix("sich ")
        head = ENGLISH_HEAD_VERB.match(sense.translations[0]) if sense.translations else None
        if verb != lemma or head is None:
            return 0.0
        uses = self.dictionary.phrase_renderings(verb)
        total, count = sum(uses.values()), uses[head.group(1)]
        if count < MIN_PHRASE_USES or count < MIN_PHRASE_SHARE * total:
            return 0.0
        return count / total * min(1.0, total / CONFIDENT_PHRASE_USES)

    @lru_cache(maxsize=10_000)  # noqa: B019
    def plural_of_compounds(self, form: str) -> bool:
        """Whether a plural Ding lists as a headword ends compounds enough to judge a
        sense by: *Daten* (*Kundendaten*, *Messdaten* …), not *Fälle* (*Wasserfälle*)."""
        listed = any(s.headword == form and s.gender == "pl" for s in self.dictionary.lookup(form))
        uses = sum(self.dictionary.part_renderings(form, "head").values()) if listed else 0
        return uses >= CONFIDENT_COMPOUND_USES

    def _attribute_use(self, sense: Sense) -> float:
        """The share of Ding's noun phrases opening with this adjective that render
        it as this sense does first (*vereinigt*: "united", in *Vereinigte Staaten*,
        *Vereinigtes Königreich* …).  A specialist's sense from a field the text is
        not in has none: the phrases are the specialist's too (*sympathisches
        Nervensystem* [anat.] "sympathetic nervous system" is no reason for
        *sympathisch* "sympathetic")."""
        if sense.pos != "ADJ" or not sense.translations or self.from_another_field(sense):
            return 0.0
        words = plain(sense.translations[0]).lower().split()
        uses = self.dictionary.attribute_renderings(sense.headword)
        total = sum(uses.values())
        if not words or not total:
            return 0.0
        return uses.get(words[0], 0) / total * min(1.0, total / CONFIDENT_ATTRIBUTE_USES)

    def from_another_field(self, sense: Sense) -> bool:
        """Whether a sense is a specialist's from a field the text is not in, by its
        labels or a label its note names (*liefern* (Ergebnis einer math. Gleichung)
        "to yield")."""
        fields = (set(sense.labels) | set(_LABEL_IN_NOTE.findall(sense.notes))) & TECHNICAL
        return bool(fields - self.domain)

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


# Word classes that take no endings: a conjunction's, an adverb's, a preposition's (Ding: "")
_UNINFLECTED = frozenset({"CONJ", "ADV", ""})


def _declined_form(text: str, lemma: str) -> bool:
    """Whether the word is its lemma with an attribute's ending: *währende*,
    *öffentlichen*.  Not -er, a comparative's too: *Genauer gesagt* "more exactly"."""
    lowered, stem = text.lower(), lemma.lower()
    return lowered.startswith(stem) and lowered[len(stem) :] in _ATTRIBUTE_ENDINGS


_ATTRIBUTE_ENDINGS = frozenset({"e", "em", "en", "es"})


def _inflectable(found: dict[SenseKey, Sense]) -> dict[SenseKey, Sense]:
    """A declined adjective's senses without those of classes that take no ending,
    where an adjective's remains."""
    kept = {key: s for key, s in found.items() if s.pos not in _UNINFLECTED}
    return kept if any(s.pos == "ADJ" for s in kept.values()) else found


def _declined_citation(sense: Sense, lemma: str, text: str, wanted: str | None) -> bool:
    """Whether the sense is the word's, cited declined as Ding cites some adjectives
    and determiners: *ehemalige* "former" is *ehemalig*'s (whose plain line says
    "past"); *einige Leute* "several", not *einig* "united"."""
    if sense.pos not in ("ADJ", "NUM", "PRON") or sense.headword not in _declined(lemma):
        return False
    if wanted == "ADJ":
        return sense.pos in ("ADJ", "NUM")
    return wanted is None and sense.headword == text.lower()


_ADJECTIVE_ENDING = re.compile(r"(?:e|en|em|er|es)$")


_PERSON_USAGE = re.compile(r"(?:^|\s)jdn\.(?:/etw\.)?\s")


def _written_form(sense: Sense, written: set[SenseKey], text: str) -> float:
    """1 for a sense whose line lists the participle as written, -1 for one whose
    principal parts name another (*schuf, hat geschaffen* against *geschafft*)."""
    if not written:
        return 0.0
    if _key(sense) in written:
        return 1.0
    return -1.0 if _other_conjugation(principal_participle(sense), text.lower()) else 0.0


def _other_conjugation(participle: str, written: str) -> bool:
    """Whether one participle is strong (*geschaffen*) and the other weak (*geschafft*);
    not two spellings of one (*angewandt*, *angewendet*; Ding's slip *abgelehnet*)."""
    return bool(participle) and participle.endswith("t") != written.endswith("t")


def principal_participle(sense: Sense) -> str:
    """The past participle of a verb's principal parts: *geschaffen* of "schuf|hat
    geschaffen"; "" where Ding's line does not say."""
    return sense.principal.partition("|")[2].rpartition(" ")[2]


_LABEL_IN_NOTE = re.compile(r"\b[a-z]+\.")  # *math.* in "Ergebnis einer math. Gleichung"


def _participle_shaped(text: str, lemma: str) -> bool:
    """*geschafft* of *schaffen*, *aufgebaut* of *aufbauen*: a *ge-* the infinitive
    lacks, after the same particle; not *geht* (*gehen*) nor *ärgert*."""
    lemma = lemma.removeprefix("sich ")
    return text.endswith(("t", "n")) and any(
        text[:cut] == lemma[:cut]
        and text[cut:].startswith("ge")
        and not lemma[cut:].startswith("ge")
        for cut in range(min(len(text), len(lemma)) - 2)
    )


# Ding's notes of a use before numbers: (vor Zahlen), (mit Zahlen und Zeitangaben),
# (bei Zahlenangaben), (+ Zahlenangabe); in English: "(used before numbers …)",
# "(used with numerical figures)", "(+ numerical figure)"
_NUMBER_NOTE = re.compile(r"(?:vor|mit|bei|\+) ?Zahl|Zahlenangabe")
_NUMBER_USE = re.compile(r"\((?:used (?:before|with) num|\+ ?numerical)")


def _before_numbers(sense: Sense) -> bool:
    """Whether Ding keeps the sense for an adverb before a number."""
    if sense.pos not in ("ADV", "ADJ", ""):
        return False
    return bool(_NUMBER_NOTE.search(sense.notes)) or any(
        _NUMBER_USE.search(t) for t in sense.translations
    )


def takes_infinitive(sense: Sense) -> bool:
    """Whether a verb sense takes a zu-infinitive, as Ding's German writes the use
    ("jdm. raten, etw. zu tun") or its English renders it ("to recommend sb. to do
    sth."): evidence for it where the clause has one.  Only the German use makes a
    clause without one count against it (*empfehlen* is "to recommend" either way)."""
    return ZU_INFINITIVE in sense.usage or any(
        infinitive in rendering
        for rendering in sense.translations
        for infinitive in _ENGLISH_INFINITIVES
    )


# "to recommend sb. to do sth.", "to get around to doing sth."
_ENGLISH_INFINITIVES = (" to do sth", "to doing sth")


def _takes_person(sense: Sense) -> bool:
    """Whether a verb sense's object is a person, Ding's *jdn.* before the verb (*jdn.
    treffen*, *jdn./etw. treffen*); not a preposition's (*auf jdn. warten*)."""
    return bool(_PERSON_USAGE.search(sense.usage)) and not required(sense)


_PERSON_ONLY_USAGE = re.compile(r"(?:^|\s)jdn\.\s")


def _person_only(sense: Sense) -> bool:
    """Whether a verb sense's object can only be a person: *jdn. sammeln* "to gather
    sb.", not *jdn./etw. treffen*."""
    return bool(_PERSON_ONLY_USAGE.search(sense.usage)) and not required(sense)


_REFLEXIVE_ENGLISH = re.compile(r"\b(?:oneself|yourself|himself|herself|themselves)\b")


def _english_reflexive(sense: Sense) -> bool:
    """Whether the sense's first rendering is an English reflexive: "to content oneself
    with sth.", a use for a clause with a reflexive pronoun."""
    first = plain(sense.translations[0]) if sense.translations else ""
    return bool(_REFLEXIVE_ENGLISH.search(first))  # not "to get (yourself) into sth."


def _takes_dative(sense: Sense) -> bool:
    """Whether a verb sense takes a dative object, needed or noted as optional:
    *jdm. etw. sagen*, *(jdm.) etw. sagen* "to tell (sb.) sth."."""
    return DATIVE_SLOT in sense.usage.split() or DATIVE_SLOT in sense.notes.split("\t")


@lru_cache(maxsize=50_000)
def _compared_citation(text: str, lemma: str) -> str:
    """How Ding cites a comparative's own meaning, declined: *weiteren* (of *weit*)
    → *weitere* "further", *früheren* → *frühere* "former"; "" for a positive
    (*großen* of *groß*)."""
    stem = _ADJECTIVE_ENDING.sub("", text.lower())
    # longer than the positive: not *größten* (a superlative), nor *anderen* of *anderer*
    comparative = stem.endswith("er") and len(stem) > len(lemma)
    return f"{stem}e" if comparative and stem.startswith(lemma.lower()[:2]) else ""


def _cited_in_e(text: str, lemma: str, pos: str) -> str:
    """The citation in -e of an inflected adjective, as Ding cites some:
    *ehemaligen*, *ehemaliger* are *ehemalige* "former" (the plain line says
    "past").  Only -e: an -er citation may be a comparative (*später*) or
    another word (*lauter* "nothing but"); and not for the bare word (*los*
    "going on" is no *lose* "loose")."""
    lowered, stem = text.lower(), lemma.lower()
    inflected = lowered != stem and lowered.startswith(stem)
    return stem + "e" if pos == "ADJ" and inflected else ""


def _english_plurals(noun: str) -> tuple[str, ...]:
    """The spellings an English noun's plural may have: measure → measures, box →
    boxes, party → parties (a few too many do no harm: they are looked up)."""
    return (noun + "s", noun + "es", noun[:-1] + "ies") if noun else ()


@lru_cache(maxsize=50_000)
def _declined(adjective: str) -> frozenset[str]:
    return frozenset(adjective + ending for ending in DECLINED_CITATIONS)


def _rendered_by_cognate(sense: Sense) -> bool:
    """Whether the sense's first rendering is the headword's cognate."""
    return bool(sense.translations) and renders_by_cognate(sense, sense.translations[0])


_PREDICATIVE = ("to be ", "to feel ")  # Ding's English for an adjective with *sein*


@lru_cache(maxsize=50_000)
def _particle_verb(verb: str) -> bool:
    """*einsteigen*, *abholen*: a separable particle before a verb stem (not one
    that is as often inseparable: *unterstützen*, *übersetzen*)."""
    verb = verb.removeprefix("sich ")
    return any(verb.startswith(p) and len(verb) - len(p) >= 4 for p in PARTICLES - _INSEPARABLE_TOO)


_INSEPARABLE_TOO = frozenset("durch über um unter wider".split())


def _unhyphenated(word: str) -> str:
    """A hyphenated noun written as one word, as Ding may list it: *Live-Musik* →
    *Livemusik*, *Online-Shop* → *Onlineshop*."""
    first, *rest = word.split("-")
    return first + "".join(piece.lower() for piece in rest)


def _english_marked(sense: Sense) -> bool:
    """Whether Ding marks every rendering as old, poetic or rare English."""
    return bool(sense.translations) and all(map(in_register, sense.translations))
