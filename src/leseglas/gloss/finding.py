"""How a word's gloss is found: one stage of named rules, tried in order.

Each rule looks at an ``Ask`` (the word, its lemma and part of speech, and
what the analysis says of it) and answers with a gloss, or with None where it
does not apply; the first answer is the word's.  A rule may instead answer
with a mended ``Ask`` for the rules after it (*war sehr erleichtert* is glossed
as the adjective as written).  The dictionary's senses come first; the later
rules build a gloss where it lacks the word: places, hyphenated adjectives,
English verbs, compound parts, particle verbs, word formation, spelling and
loanword fallbacks, and last the online translator.  The gloss names the rules
that found it (``Gloss.rules``); ``tests/gloss/test_finding.py`` runs every
rule's examples and counter-examples.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

from leseglas.gloss.ding import marked
from leseglas.gloss.fallback import (
    DECADE,
    ORDINAL,
    city_adjective,
    cognate,
    country_adjective,
    decade,
    diminutive,
    english_compound,
    fallback_candidates,
    known_stem,
    loanword,
    ordinal,
    ordinal_word,
    respelt_noun,
)
from leseglas.gloss.model import CompoundPart, Gloss
from leseglas.gloss.ranking import NOTE, english_zipf
from leseglas.gloss.render import gerund, plain
from leseglas.gloss.senses import Clause, Signals
from leseglas.lang.compounds import Head
from leseglas.lang.difficulty import band, word_zipf
from leseglas.lang.lemmas import adjective_headword, english_verb
from leseglas.lang.model import Sense
from leseglas.lang.names import is_given_name, roman_number, unknown_town
from leseglas.lang.rule import Example
from leseglas.lang.units import unit_of

if TYPE_CHECKING:
    from leseglas.gloss.lookup import Glosser


def _place_zipf(sense: Sense) -> float:
    """How common a place's English name is; 0 for any other sense, which keeps its rank."""
    return english_zipf(NOTE.sub("", sense.translations[0])) if "geogr." in sense.labels else 0.0


MIN_PARTS = 2  # a word made of parts: fewer, and its front was not understood
_SPECIES = re.compile(r"[A-Z][a-z]+ [a-z]+")  # Ding's note of a Latin name: *Nucella lapillus*


@dataclass(frozen=True)
class Ask:
    """One word to gloss, as the analysis read it, and the glosser to ask."""

    glosser: Glosser
    text: str
    lemma: str
    pos: str
    particle: str = ""  # a separable verb's particle: the word is one half of it
    initial: bool = False
    clause: Clause = (False, ())
    infinitive: bool = False  # a nominalised infinitive (*das Warten*)

    @cached_property
    def whole_verb(self) -> list[Sense]:
        """Both halves of a separable verb mean the whole verb (*teil* is no *Teil*)."""
        if not self.particle:
            return []
        return self.glosser.ranker.rank(self._apart, self.lemma, "VERB", clause=self.clause)

    @property
    def _apart(self) -> str:
        """A separable verb as written apart, which Ding may list with senses of its
        own: *dazu kommen* "to get round to doing sth." beside *dazukommen* "to arrive"."""
        rest = self.lemma.removeprefix(self.particle)
        joined = rest != self.lemma and rest[:1].isalpha()  # not *infrage kommen* already
        return f"{self.particle} {rest}" if joined else self.lemma

    @property
    def evidence(self) -> dict[Sense, Signals]:
        """Each sense of ``senses`` with the evidence that ranked it."""
        ranker = self.glosser.ranker
        if self.whole_verb:
            return ranker.weigh(self._apart, self.lemma, "VERB", clause=self.clause)
        return ranker.weigh(self.text, self.lemma, self.pos, clause=self.clause)

    @cached_property
    def senses(self) -> list[Sense]:
        """The dictionary's senses, ranked for the text; a name's place first."""
        ranked = self.whole_verb or self.glosser.ranker.rank(
            self.text, self.lemma, self.pos, clause=self.clause
        )
        if self.pos == "PROPN":  # *Rom* "Rome", not the Romani man; *Marie* is a
            # name, not Ding's regional slang for money: a name is no marked word
            named = [s for s in ranked if not marked(s.labels) and not self._longer_name(s)]
            # of two places, the one English names most: *Wien* "Vienna", not the river
            return sorted(named, key=lambda s: ("geogr." not in s.labels, -_place_zipf(s)))
        if self.infinitive:  # *das Lachen* is one: no *Lache*'s plural "puddles"
            return [s for s in ranked if s.matched_by != "plural"]
        if self.pos == "ADJ" and any(s.pos == "ADJ" and s.derived for s in ranked):
            # a participle read as an adjective is glossed by its participle's English,
            # not its verb's: *die vergebenen Chancen* "thrown away", not "to forgive"
            return [s for s in ranked if s.pos != "VERB"]
        if len(self.text) > 1 and self.text.isupper():  # an acronym Ding has as written
            acronym = [s for s in ranked if s.headword == self.text or s.matched_by == _EXPANDED]
            if any(s.headword == self.text for s in acronym):  # is no other word: *PIN*
                return acronym  # "personal identification number", no *Pin*
        return ranked

    def _longer_name(self, sense: Sense) -> bool:
        """A place whose English is the word and more names another place, which Ding
        cites with a note: *Frankfurt* is not "Frankfurt an der Oder" (*Frankfurt
        (Oder)*)."""
        english = NOTE.sub("", sense.translations[0]).strip()  # not "London (capital of UK)"
        return "geogr." in sense.labels and english.startswith(self.text + " ")

    @cached_property
    def small(self) -> str | None:
        """The noun a diminutive is made from (*Steinchen*: *Stein*)."""
        return diminutive(self.text, self.glosser.dictionary)

    @property
    def separable(self) -> str:
        return self.lemma if self.particle else ""

    @property
    def proper(self) -> bool:
        """A name, or a capitalised noun inside a sentence Ding lacks."""
        text = self.text
        return self.pos == "PROPN" or (
            text[:1].isupper() and not self.initial and self.pos == "NOUN"
        )

    def from_senses(self, senses: list[Sense], lemma: str | None = None) -> Gloss:
        lemma = self.lemma if lemma is None else lemma
        return self.glosser.from_senses(
            self.text, lemma, self.pos, senses, self.separable, self.initial
        )


Answer = Gloss | Ask
_EXPANDED = "abbreviation"  # a sense found as the abbreviation Ding gives its headword


@dataclass(frozen=True)
class GlossRule:
    id: str
    answer: Callable[[Ask], Answer | None]
    examples: tuple[Example, ...]  # expect: the gloss's first rendering
    counter_examples: tuple[Example, ...]

    @property
    def doc(self) -> str:
        return " ".join((self.answer.__doc__ or "").split())


def gloss_rule(
    id: str,
    examples: Sequence[tuple[str, str]],
    counter_examples: Sequence[str],
) -> Callable[[Callable[[Ask], Answer | None]], GlossRule]:
    """Declares the function below a rule of the finding stage: ``examples`` are
    a marked sentence and the first English rendering its word must get."""

    def declare(answer: Callable[[Ask], Answer | None]) -> GlossRule:
        return GlossRule(
            id, answer,
            tuple(Example(s, e) for s, e in examples),
            tuple(Example(s) for s in counter_examples),
        )  # fmt: skip

    return declare


def find(ask: Ask) -> Gloss:
    """The first answer of the finding rules, naming the rules that gave it."""
    mended: list[str] = []
    for rule in FINDING:
        answer = rule.answer(ask)
        if answer is None:
            continue
        if isinstance(answer, Ask):
            mended.append(rule.id)
            ask = answer
            continue
        return replace(answer, rules=(*mended, rule.id), evidence=_evidence(ask, answer))
    value = word_zipf(ask.lemma, ask.text)
    return Gloss(ask.text, ask.lemma, ask.pos, zipf=value, proper=ask.proper, band=band(value),
                 rules=tuple(mended))  # fmt: skip


def _evidence(ask: Ask, gloss: Gloss) -> tuple[tuple[Sense, tuple[tuple[str, float], ...]], ...]:
    """The evidence for the gloss's senses, where they are the word's own ranked senses."""
    if "senses" not in ask.__dict__ or not gloss.senses:
        return ()  # the rule built its gloss otherwise (parts, a fallback)
    evidence = ask.evidence
    return tuple(
        (sense, tuple(evidence[sense].items())) for sense in gloss.senses if sense in evidence
    )


def of_place(text: str, headword: str, pos: str, place: str, demonym: str = "") -> Gloss:
    """*Kieler*: "of Kiel"; *Pariser* with its English word: "Parisian"."""
    value = word_zipf(headword, text)
    short = (demonym,) if demonym else (f"of {place}", f"from {place}")
    return Gloss(text, headword, pos, short=short, source="rule", zipf=value, band=band(value),
                 proper=True)  # fmt: skip


@gloss_rule(
    "gloss.not-a-word",
    examples=[("Er kam *…* spät .", "")],
    counter_examples=["Er kam *sehr* spät ."],
)
def not_a_word(ask: Ask) -> Answer | None:
    """A token with neither letters nor digits, or too long to be a word, has no
    gloss (a sign, a dash)."""
    text = ask.text
    if not text or not any(ch.isalnum() for ch in text) or len(text) > 100:
        return Gloss(text, ask.lemma or text, ask.pos)
    return None


@gloss_rule(
    "gloss.decade",
    examples=[
        ("Das war in den *70er* Jahren .", "70s"),
        ("Das war in den *Achtzigerjahren* .", "the eighties"),
    ],
    counter_examples=["Er wurde *70* Jahre alt .", "Er ist ein *Achtziger* ."],
)
def decade_rule(ask: Ask) -> Answer | None:
    """*die 70er Jahre*: "70s"; *die Achtzigerjahre*, spelt out, which Ding lists
    only some of, as English says its number's decade: "the eighties"."""
    if DECADE.fullmatch(ask.text):
        return Gloss(ask.text, ask.text, ask.pos, short=(decade(ask.text),), source="rule",
                     zipf=7.0, band="A1")  # fmt: skip
    spelt = _SPELT_DECADE.fullmatch(ask.text.lower())
    if spelt is None or ask.senses:  # Ding's own *Fünfzigerjahre* "the fifties; the 50s"
        return None
    numbers = [s for s in ask.glosser.ranker.rank(spelt[1], spelt[1], "NUM") if s.pos == "NUM"]
    english = plain(numbers[0].translations[0]) if numbers and numbers[0].translations else ""
    if not english.endswith("y"):
        return None
    lemma = ask.text[: spelt.end(2)] + "e"  # *Achtzigerjahre*
    value = word_zipf(lemma, ask.text)
    return Gloss(ask.text, lemma, ask.pos, gender="pl", short=(f"the {english[:-1]}ies",),
                 source="rule", zipf=value, band=band(value))  # fmt: skip


_SPELT_DECADE = re.compile(r"(\w+(?:zig|ßig))er(jahr)(e|en)?")  # *achtziger·jahre*


@gloss_rule(
    "gloss.ordinal",
    examples=[("Er kam am *3.* Mai .", "3rd")],
    counter_examples=["Er kam um *3* Uhr ."],
)
def ordinal_rule(ask: Ask) -> Answer | None:
    """A number with a dot is an ordinal: *am 3. Mai* "3rd"."""
    if ORDINAL.fullmatch(ask.text):
        return Gloss(ask.text, ask.text, ask.pos, short=(ordinal(int(ask.text[:-1])),),
                     source="rule", zipf=7.0, band="A1")  # fmt: skip
    return None


@gloss_rule(
    "gloss.roman-number",
    examples=[
        ("Damals herrschte Friedrich *II.* in Preußen .", "the Second"),
        ("Er las Kapitel *III* .", "3"),
    ],
    counter_examples=["Der Brief von Hans *I.* Müller kam ."],
)
def roman_number_rule(ask: Ask) -> Answer | None:
    """A Roman numeral: a ruler's ordinal (``number.regnal``: *Friedrich II.* "the
    Second"), else the number it writes (*Kapitel III* "3")."""
    value = roman_number(ask.text) if ask.pos in ("ADJ", "NUM") else None
    if value is None:
        return None
    short = f"the {ordinal_word(value).title()}" if ask.pos == "ADJ" else str(value)
    return Gloss(ask.text, ask.text, ask.pos, short=(short,), source="rule", zipf=7.0,
                 band="A1")  # fmt: skip


@gloss_rule(
    "gloss.number",
    examples=[("Das kostet *2,50* Euro .", "")],
    counter_examples=["Das war in den *70er* Jahren ."],
)
def number(ask: Ask) -> Answer | None:
    """A token without a letter (a number) has no gloss; decades and ordinals,
    above, are the exceptions."""
    if not any(ch.isalpha() for ch in ask.text):
        return Gloss(ask.text, ask.lemma or ask.text, ask.pos)
    return None


@gloss_rule(
    "gloss.and-a-half",
    examples=[("Nach *zweieinhalb* Stunden kamen wir an .", "two and a half")],
    counter_examples=["Sie wartete *eineinhalb* Stunden ."],  # Ding's own: "one and a half"
)
def and_a_half(ask: Ask) -> Answer | None:
    """A number with *-einhalb* that Ding lacks (*zweieinhalb*, *dreieinhalb*): the
    number and a half, as Ding renders its *eineinhalb* "one and a half"."""
    word = ask.text.lower()
    stem = word.removesuffix(_AND_A_HALF)
    if stem == word or not stem.isalpha():
        return None
    dictionary = ask.glosser.dictionary
    numbers = [s for s in dictionary.lookup(stem) if s.pos == "NUM" and s.headword == stem]
    if not numbers or not numbers[0].translations:
        return None
    short = f"{NOTE.sub('', numbers[0].translations[0]).strip()} and a half"
    value = word_zipf(word, ask.text)
    return Gloss(ask.text, word, ask.pos, short=(short,), source="rule", zipf=value,
                 band=band(value))  # fmt: skip


_AND_A_HALF = "einhalb"


@gloss_rule(
    "gloss.unit-after-number",
    examples=[("Man nehme 200 *g* Mehl .", "gram")],
    counter_examples=["Man nehme *Mehl* ."],
)
def unit(ask: Ask) -> Answer | None:
    """A unit after a number is glossed as its noun: *200 g* is *Gramm*, not
    Ding's note G."""
    if unit_of(ask.text) != ask.lemma:
        return None
    return replace(ask.glosser.find(ask.lemma, ask.lemma, "NOUN", "", False), text=ask.text)


@gloss_rule(
    "gloss.city-adjective",
    examples=[("Er spielt beim *Hamburger* SV .", "of Hamburg")],
    counter_examples=["Er liebt die *Wiener* Küche ."],
)
def city_adjective_rule(ask: Ask) -> Answer | None:
    """A town's *-er* adjective is "of" the town (*Hamburger SV*: not Ding's
    noun "hamburger"); Ding's own adjective first (*Wiener* "Viennese")."""
    if ask.pos != "ADJ":
        return None
    dictionary = ask.glosser.dictionary
    city = city_adjective(ask.text, dictionary)
    if city is None or dictionary.is_adjective(ask.text):
        return None
    return of_place(ask.text, ask.text, ask.pos, city, ask.glosser.demonym(ask.text))


@gloss_rule(
    "gloss.participle-as-adjective",
    examples=[("Er war sehr *erleichtert* .", "relieved")],
    counter_examples=["Er hat die Arbeit *erleichtert* ."],
)
def participle_adjective(ask: Ask) -> Answer | None:
    """An adjective that is a participle as written, whose lemma is its verb (as
    treebanks cite participles), is glossed as the adjective Ding lists: *war
    sehr erleichtert* "relieved"."""
    if (
        ask.pos == "ADJ"
        and not ask.particle
        and ask.glosser.participle_adjective(ask.text, ask.lemma)
    ):
        return replace(ask, lemma=ask.text.lower())
    return None


@gloss_rule(
    "gloss.masculine-citation",
    examples=[("Wir kommen im *nächsten* Jahr .", "next")],
    counter_examples=[
        "Das ist der *größte* Baum .",
        "Bei *hoher* Lautstärke klingt es blechern .",
        # the word as written is no citation of itself: a comparative, an adverb
        "Die Beteiligung lag deutlich *höher* .",
        "Er wurde *schwer* verletzt .",
    ],
)
def masculine_citation(ask: Ask) -> Answer | None:
    """An adjective Ding cites in the masculine because it has no plain form:
    *nächsten* is *nächster* "next", not *nah* "near"."""
    citation = ask.glosser.masculine_citation(ask.text, ask.lemma) if ask.pos == "ADJ" else None
    if citation is None:
        return None
    ranked = ask.glosser.ranker.rank(citation, citation, ask.pos)
    senses = [s for s in ranked if s.pos == "ADJ"]
    return ask.glosser.from_senses(ask.text, citation, ask.pos, senses, "", ask.initial)


@gloss_rule(
    "gloss.particle-verb-ding-lacks",
    examples=[("Guck nicht in alle Ecken *herum* .", "around + look inquisitively")],
    counter_examples=["Die Mission findet im Rahmen der Organisation *statt* ."],
)
def particle_verb_ding_lacks(ask: Ask) -> Answer | None:
    """A separable verb Ding lacks (or has only as a noun, *das Hinzugeben*) is
    glossed from its particle and verb."""
    if not ask.particle or any(s.pos == "VERB" for s in ask.whole_verb):
        return None
    composed = ask.glosser.formation.particle_verb(ask.text, ask.lemma)
    return None if composed is None else replace(composed, separable=ask.lemma)


@gloss_rule(
    "gloss.verb-ding-has-only-as-a-noun",
    examples=[("Die Stimmung war *aufgeheizt* .", "up + heat")],
    counter_examples=["Die Stimmung war *erhitzt* ."],
)
def verb_only_as_noun(ask: Ask) -> Answer | None:
    """A verb Ding lists only as its nominalised noun is glossed from its parts."""
    senses = ask.senses
    if ask.pos != "VERB" or not senses or any(s.pos == "VERB" for s in senses):
        return None
    return ask.glosser.formation.particle_verb(ask.text, ask.lemma)


@gloss_rule(
    "gloss.diminutive-of-a-species",
    examples=[("Sie lassen die *Steinchen* fallen .", "little stone")],
    counter_examples=["Sie lassen die *Steine* fallen ."],
)
def diminutive_of_species(ask: Ask) -> Answer | None:
    """A diminutive that Ding has only as a species (*Steinchen*, a whelk) is a
    little one of its noun: "little stone"."""
    if not ask.senses or ask.pos != "NOUN" or ask.small is None:
        return None
    if all(_SPECIES.fullmatch(s.notes) for s in ask.senses):
        return ask.glosser.formation.diminutive(ask.text, ask.small)
    return None


@gloss_rule(
    "gloss.dictionary-senses",
    examples=[("Die *Fallschirmjäger* landeten .", "paratrooper")],
    counter_examples=["Die *Bündnisnetze* halten ."],
)
def dictionary_senses(ask: Ask) -> Answer | None:
    """The dictionary's senses for the word, ranked for the text (``gloss.senses``)."""
    return ask.from_senses(ask.senses) if ask.senses else None


@gloss_rule(
    "gloss.town-adjective-ding-lacks",
    examples=[("Das war die *Rheinsberger* Zeit .", "of Rheinsberg")],
    counter_examples=["Das war die *schöne* Zeit ."],
)
def town_ding_lacks(ask: Ask) -> Answer | None:
    """A town's *-er* adjective whose town Ding lacks: *Rheinsberger Zeit*."""
    place = unknown_town(ask.text, ask.glosser.dictionary.lookup) if ask.pos == "ADJ" else None
    return None if place is None else of_place(ask.text, ask.text, ask.pos, place)


@gloss_rule(
    "gloss.hyphenated-adjective",
    examples=[("Die *deutsch-französische* Freundschaft hält .", "German-French")],
    counter_examples=["Die *französische* Küche ist gut ."],
)
def hyphenated_adjective(ask: Ask) -> Answer | None:
    """A hyphenated adjective, piece by piece: *deutsch-französisch* "German-French"."""
    return ask.glosser.formation.hyphenated(ask.text) if ask.pos == "ADJ" else None


@gloss_rule(
    "gloss.english-verb",
    examples=[
        ("Wir haben lange *gechattet* .", "chatted"),
        ("Ein neues Tool zum *Chatten* .", "chatting"),  # a nominalised infinitive
    ],
    counter_examples=["Wir haben lange *geredet* ."],
)
def english_verb_rule(ask: Ask) -> Answer | None:
    """An English verb conjugated in German: *gechattet* "chatted", *posten*, *das
    Chatten* "chatting"."""
    verb = (ask.pos == "VERB" and ask.text.islower()) or ask.infinitive
    lookup = ask.glosser.dictionary.lookup
    english = english_verb(ask.lemma if ask.infinitive else ask.text, lookup) if verb else None
    if english is None:
        return None
    value = word_zipf(english[0], ask.text)
    rendering = gerund(english[1]) if ask.infinitive else english[1]
    return Gloss(ask.text, english[0], ask.pos, short=(rendering,), source="loanword",
                 zipf=value, band=band(value))  # fmt: skip


@gloss_rule(
    "gloss.feminine-of-a-listed-noun",
    examples=[("Die *Oberbürgermeisterin* sprach .", "Lord Mayor")],
    counter_examples=["Die *Gesamtbetriebsratschefin* sprach ."],  # its parts' compound
)
def feminine_of_listed_noun(ask: Ask) -> Answer | None:
    """The feminine *-in* of a noun Ding lists whole, before any split into parts:
    *Oberbürgermeisterin* is *Oberbürgermeister* "Lord Mayor" (not "upper" + "mayoress")."""
    return ask.glosser.formation.feminine(ask.text) if ask.pos == "NOUN" else None


@gloss_rule(
    "gloss.compound-parts",
    examples=[
        ("Das *Bündnisnetz* hält .", "alliance + network"),
        # a plural with compounds of its own heads it: Ding's *Daten* {pl}, not *Datum*
        ("Es gab Analysen der *Bevölkerungsdaten* .", "population + data"),
    ],
    counter_examples=[
        "Das *Netz* hält .",
        "Er wohnt in *Köln-Ehrenfeld* .",
        "Er wurde *NASCAR* Champion .",  # an acronym: no *Nase* + *Car*
    ],
)
def compound_parts(ask: Ask) -> Answer | None:
    """A compound Ding lacks, from its parts as Ding's compounds render them:
    *Bündnisnetz* = *Bündnis* "alliance" + *Netz* "network".  A noun may end in
    a verb (*Bomben·legen*); a name is not split (*Mühl·hausen*)."""
    head: Head = "verb" if ask.infinitive else "noun or verb" if ask.pos == "NOUN" else "noun"
    lemma, formation = ask.lemma, ask.glosser.formation
    last = ask.text.rsplit("-", 1)[-1]
    if ask.pos == "PROPN" and last != ask.text and not ask.glosser.dictionary.lookup(last):
        return None  # a place's part: *Köln-Ehrenfeld* is no "Cologne + honour + field"
    if len(lemma) > 1 and lemma.isupper():
        return None  # an acronym (the analysis kept its capitals): letters, not words
    written = formation.compound(ask.text, head) if ask.text != lemma else None
    if written and ask.glosser.ranker.plural_of_compounds(written[-1].text):
        # a plural that heads compounds of its own: *Bevölkerungs·daten* "population
        # + data", not the lemma's *…datum* "date"
        return formation.from_parts(ask.text, ask.text, ask.pos, written, ask.initial)
    parts = formation.compound(lemma if lemma[:1].isupper() else ask.text, head)
    if parts:
        return formation.from_parts(ask.text, lemma, ask.pos, parts, ask.initial)
    parts = written
    if not parts:
        return None
    # HanTa's lemma cut wrong (*Orkanböen* "Orkanbö"): the parts of the form as written
    gloss = formation.from_parts(ask.text, ask.text, ask.pos, parts, ask.initial)
    return replace(gloss, lemma=ask.text.removesuffix(parts[-1].text) + parts[-1].lemma.lower())


@gloss_rule(
    "gloss.number-in-front",
    examples=[
        ("Wir vermieten eine *3-Zimmer-Wohnung* .", "3-room + apartment"),
        ("Sie wohnten im *5-Sterne-Hotel* .", "5-star + hotel"),
    ],
    counter_examples=["Die *Zimmer* sind hell .", "Er kam um *3-4* Uhr ."],
)
def number_in_front(ask: Ask) -> Answer | None:
    """A noun with a number hyphened in front, which Ding cannot have: the rest
    glossed as any word is, the number put before its first part: *3-Zimmer-Wohnung*
    "3-room + apartment"."""
    number, _, rest = ask.text.partition("-")
    if ask.pos not in ("NOUN", "PROPN") or not number.isdigit() or not rest[:1].isupper():
        return None
    found = ask.glosser.find(rest, rest, "NOUN", "", False)
    if not found.short or found.source in ("none", "online"):
        return None
    if any(len(part.text) < 2 for part in found.parts):
        return None  # a letter is no word: *500-D-Mark-Schein* is no "D + mark + pass"
    short = (f"{number}-{found.short[0]}", *found.short[1:])
    parts = (CompoundPart(number, number, number), *found.parts)
    return replace(found, text=ask.text, lemma=f"{number}-{found.lemma}", short=short, parts=parts)


@gloss_rule(
    "gloss.feminine-of-a-compound",
    examples=[("Die *Skirennläuferin* gewann .", "ski + run + runner")],
    counter_examples=["Die *Gesamtbetriebsratschefin* sprach ."],  # its parts' compound
)
def feminine_of_compound(ask: Ask) -> Answer | None:
    """The feminine -in of a masculine compound Ding lacks, where no split of the
    word itself exists: *Skirennläuferin* is *Skirennläufer* + -in."""
    return ask.glosser.formation.feminine_compound(ask.text) if ask.pos == "NOUN" else None


@gloss_rule(
    "gloss.person-of-a-noun",
    examples=[("Die *Handballer* gewannen .", "handball (person)")],
    counter_examples=["Die *Handballen* schmerzten .", "Die *Essener* feierten ."],
)
def person_of_noun(ask: Ask) -> Answer | None:
    """A person in *-er* of a noun Ding has, where Ding lacks the person and no
    compound of listed words spells it: *Handballer* "handball (person)", not a
    misspelt *Handb* + *Aller*."""
    return ask.glosser.formation.person(ask.text) if ask.pos == "NOUN" else None


@gloss_rule(
    "gloss.particle-verb",
    examples=[("Eine Dame , die aufrecht *dasaß* .", "there + sit")],
    counter_examples=["Eine Dame , die aufrecht *saß* ."],
)
def particle_verb(ask: Ask) -> Answer | None:
    """A particle verb Ding lacks, from its particle and verb."""
    return ask.glosser.formation.particle_verb(ask.text, ask.lemma) if ask.pos == "VERB" else None


@gloss_rule(
    "gloss.word-formation",
    examples=[
        ("Er hatte es *hundertmal* gesagt .", "a hundred times"),
        ("Die *ungebügelte* Bluse hing dort .", "unpressed"),  # un- and a declined participle
    ],
    counter_examples=["Er hatte es *oft* gesagt ."],
)
def word_formation(ask: Ask) -> Answer | None:
    """Words made by a listed formation (``WordFormation.formations``): *un-*,
    *-mal*, *-ung* nouns, participles …"""
    builds = ask.glosser.formation.formations(ask.pos)
    return next((g for build in builds if (g := build(ask.text)) is not None), None)


def _noun_or_verb(senses: list[Sense]) -> bool:
    """A noun, or a verb whose infinitive a capital makes one (*Empfelen*)."""
    return any(s.pos in ("NOUN", "VERB") for s in senses)


RESPELT = "gloss.spelling-compound-or-number"  # the word read as another Ding has


@gloss_rule(
    RESPELT,
    examples=[
        ("Der *40jährige* Mann kam .", "40-year-old"),
        # misspelt forms Ding does not list as written: a plural, a compound
        ("Es gab viele *Naturkatasrophen* .", "natural disaster"),
        ("Die *Nutzungsmögichkeiten* sind groß .", "utilization + possibility"),
        # a noun German uses is a compound, not a typo of a commoner word
        ("Der *Vormieter* zog aus .", "prior + tenant"),
        # a particle verb's participle, where Ding lists the verb without its forms
        ("Die *eingeplanten* Mittel fehlen .", "to allow for sth."),
        # an adjective ending before a verb form it spells: *frei*, not *freien* "to marry"
        ("Am *spielfreien* Tag ruhte die Mannschaft .", "game + free"),
        # a two-letter prefix: *er·klatschte*, not *erk·latschte* "to traipse"
        ("Das Publikum *erklatschte* sich eine Zugabe .", "to clap"),
    ],
    counter_examples=[
        "Der *alte* Mann kam .",
        "Sie kamen aus Sparta und *Achäern* .",
        "Der Zöllner *Georg* hilft .",  # a name is not lengthened: no *George* "Georgian"
        "Die *ungebügelte* Bluse hing dort .",  # no *bügelte* "to iron"
    ],
)
def candidates(ask: Ask) -> Answer | None:
    """The word as another the dictionary has (``fallback.fallback_candidates``):
    misspelt, a compound adjective (*zentral·asiatisch*), or a number in front
    (*40jährige* "40-year-old").  A diminutive is no misspelling (*Käppchen*)."""
    glosser, text, lemma, pos = ask.glosser, ask.text, ask.lemma, ask.pos
    noun = pos == "NOUN" and text[:1].isupper()
    for candidate, source in fallback_candidates(
        text, lemma, glosser.dictionary, pos == "PROPN", noun
    ):
        if source == "spelling" and ask.small is not None:
            return None  # *Käppchen* is a little *Kappe*, not *Happen* misspelt
        senses = glosser.ranker.rank(candidate, candidate, pos)
        if source == "spelling" and not senses:
            corrected = _as_corrected(ask, candidate)
            if corrected is not None:
                return corrected
        if source == "spelling" and noun and not ask.initial and not _noun_or_verb(senses):
            continue  # a capital inside a sentence: *Achäern* is no misspelt *achtern*
        if not senses or (pos == "VERB" and senses[0].pos not in ("VERB", "")):
            continue  # a verb is glossed by no adjective: *versauern* is not *sauer* "cross"
        if pos == "ADJ" and text.lower().startswith("un") and all(s.pos == "VERB" for s in senses):
            continue  # a negated participle is no form of its verb: *ungebügelte* (un-, gebügelt)
        gloss = replace(glosser.from_senses(text, candidate, pos, senses, "", False), source=source)
        if source == "compound":  # zentralasiatisch = zentral + asiatisch
            prefixed = glosser.formation.prefixed(gloss, text, lemma, candidate)
            if len(prefixed.parts) < MIN_PARTS and pos == "ADJ":  # *standes·amtlich*
                return glosser.formation.noun_adjective(text) or prefixed
            return prefixed
        if source == "number":  # 40jährige: "40-year-old"
            digits = text[: len(text) - len(text.lstrip("0123456789-"))].rstrip("-")
            short = tuple(digits + r for r in gloss.short if r.startswith("-")) or gloss.short
            return replace(gloss, lemma=lemma or text, short=short, source="rule")
        return gloss
    return None


def _as_corrected(ask: Ask, form: str) -> Gloss | None:
    """The gloss of a corrected form the dictionary lacks as written, found as any
    word is (*Naturkatasrophen* → *Naturkatastrophen*, stem *Naturkatastrophe*;
    *Nutzungsmögichkeiten* → the compound *Nutzungsmöglichkeiten*)."""
    noun = ask.text[:1].isupper()
    text = form.capitalize() if noun else form
    lemma = known_stem(form, ask.glosser.dictionary, noun and ask.pos == "NOUN")
    gloss = ask.glosser.find(text, lemma.capitalize() if noun else lemma, ask.pos, "", ask.initial)
    if not gloss.short or gloss.source in ("spelling", "none"):
        return None
    return replace(gloss, text=ask.text, source="spelling")


@gloss_rule(
    "gloss.diminutive",
    examples=[("Das *Tierchen* schläft .", "little animal")],
    counter_examples=["Das *Tier* schläft ."],
)
def diminutive_rule(ask: Ask) -> Answer | None:
    """A diminutive Ding lacks is a little one of its noun: *Käppchen* "little cap"."""
    return None if ask.small is None else ask.glosser.formation.diminutive(ask.text, ask.small)


@gloss_rule(
    "gloss.adjective-from-a-noun",
    examples=[("Das war *instinktlos* , sagte sie .", "without instinct")],
    counter_examples=["Das war *harmlos* , sagte sie ."],
)
def adjective_from_noun(ask: Ask) -> Answer | None:
    """An adjective made from a noun by a suffix, as Ding's compounds render the
    noun in front: *instinktlos* "without instinct"."""
    return ask.glosser.formation.noun_adjective(ask.text) if ask.pos == "ADJ" else None


@gloss_rule(
    "gloss.place-adjective",
    examples=[("Die *westfälische* Küche ist deftig .", "of Westphalia")],
    counter_examples=["Die *deutsche* Küche ist deftig ."],
)
def place_adjective(ask: Ask) -> Answer | None:
    """A city's or a country's adjective Ding lacks: *Münchner* stays as written,
    *kasachischen* is *kasachisch* "of Kazakhstan"."""
    dictionary = ask.glosser.dictionary
    city = city_adjective(ask.text, dictionary)
    country = None if city else country_adjective(ask.lemma, dictionary)
    if not (city or country):
        return None
    headword = ask.lemma if country else ask.text
    return of_place(ask.text, headword, ask.pos, city or country or "")


@gloss_rule(
    "gloss.english-loanword",
    examples=[
        ("Das ist ein *Workshop* .", "workshop (English)"),
        ("Er sprach mit dem *Pharaoh* .", "pharaoh (English)"),  # Pharao
        ("Die *Startups* wachsen .", "startup (English)"),  # the plural's Zipf is 3.49
        ("Die *BBC* berichtete .", "BBC (English)"),
        ("Sie arbeitet im *Homeoffice* .", "home office (English)"),  # written as one word
    ],
    counter_examples=[
        "Der *ICE* fällt aus .",  # the train, not "ice"
        "Das war ein echtes *Highlight* .",
        "Der Präsident *Newt* Gingrich sprach .",
        "Das war *Clintons* Rede .",  # a name's genitive is no English plural
        "Wir waren bei *Paul* .",  # a first name English has too, no English word
        "Ich habe *Tom* neulich getroffen .",  # English's "tom" (cat) too
    ],
)
def english_loanword(ask: Ask) -> Answer | None:
    """An English word Ding lacks is glossed as itself (*das Highlight*); one in the
    English plural as its singular, where that is the lemma (*Startups*: "startup"),
    and an English compound written as one word as English writes it (*Homeoffice*).
    A name only when it is an English noun too and no first name (*Star Reach*;
    not *Paul*, *Tom*)."""
    plural = ask.pos == "NOUN" and ask.text == ask.lemma + "s"  # not a name's genitive
    dictionary = ask.glosser.dictionary
    for form in (ask.lemma, ask.text) if plural else (ask.text,):
        lower = form.lower()
        name = ask.pos == "PROPN" and not form.isupper()
        if name and (
            is_given_name(form.removesuffix("s"))
            or not any(map(dictionary.is_english_noun, {lower, lower.removesuffix("s")}))
        ):
            continue  # a first name is no English noun: *Tom* is no "tom"
        english = loanword(form, dictionary.is_english_spelling, dictionary.is_english_noun)
        if (
            english is None
            and ask.pos == "NOUN"
            and not adjective_headword(form, dictionary.lookup)
        ):
            english = english_compound(form, dictionary.is_english_noun)  # not *Sonstiger*
        if english is not None:
            value = word_zipf(ask.lemma, ask.text)
            return Gloss(ask.text, form, ask.pos, short=(english,), source="loanword",
                         zipf=value, band=band(value), proper=ask.pos == "PROPN")  # fmt: skip
    return None


@gloss_rule(
    "gloss.latin-cognate",
    examples=[
        ("Die *hormonelle* Behandlung half .", "hormonal"),
        ("Ein *fiktionales* Werk .", "fictional"),
        ("Die *phoenizische* Küste .", "Phoenician"),
        ("So viele *Spezies* starben aus .", "species"),
    ],
    counter_examples=["Die *schwarzgelbliche* Farbe .", "Das *Zentrifugat* trennt sich ."],
)
def latin_cognate(ask: Ask) -> Answer | None:
    """An adjective or noun of Latin or Greek make that Ding lacks, as English spells
    it (``fallback.cognate``, ``fallback.respelt_noun``).  False friends (*aktuell*,
    *sensibel*, *Kritik*) are in Ding."""
    english = cognate(ask.text) if ask.pos == "ADJ" else None
    if ask.pos == "NOUN":
        english = respelt_noun(ask.lemma)
    if english is None:
        return None
    value = word_zipf(ask.lemma, ask.text)
    return Gloss(ask.text, ask.lemma, ask.pos, short=(english,), source="cognate", zipf=value,
                 band=band(value))  # fmt: skip


@gloss_rule(
    "gloss.online",
    examples=[("Das ist ganz *schnurzelpurzig* .", "doodah-ish")],
    counter_examples=["Das ist ein *Workshop* ."],
)
def online(ask: Ask) -> Answer | None:
    """Last, when allowed: the online translator, for a word that is no name."""
    translator = ask.glosser.online
    if translator is None or ask.proper:
        return None
    answer = translator.translate(ask.text)
    if not answer.found or answer.translation.lower() == ask.text.lower():
        return None
    value = word_zipf(ask.lemma, ask.text)
    return Gloss(ask.text, ask.lemma, ask.pos, short=(answer.translation,), source="online",
                 zipf=value, band=band(value))  # fmt: skip


FINDING: tuple[GlossRule, ...] = (
    not_a_word,
    decade_rule,
    ordinal_rule,
    roman_number_rule,
    number,
    unit,
    city_adjective_rule,
    participle_adjective,
    masculine_citation,
    particle_verb_ding_lacks,
    verb_only_as_noun,
    diminutive_of_species,
    dictionary_senses,
    and_a_half,
    town_ding_lacks,
    hyphenated_adjective,
    english_verb_rule,
    feminine_of_listed_noun,
    compound_parts,
    number_in_front,
    feminine_of_compound,
    person_of_noun,
    particle_verb,
    word_formation,
    candidates,
    diminutive_rule,
    adjective_from_noun,
    place_adjective,
    latin_cognate,
    english_loanword,
    online,
)
