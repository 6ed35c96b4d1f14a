"""Lemma, part of speech and separable verbs for the words of a sentence.

HanTa tags each sentence in context.  Each word's lemma and tag are then
checked against the dictionary (the rules are in ``lang.lemmas``), and the
sentence is read for what one word cannot tell: a noun's article, a
participle in a perfect or passive (*hat … zugegeben*), the finite verb a
subordinate clause must end in.  Last, separable verbs are reunited with
their particle (*findet … statt* → *stattfinden*, ``lang.separable``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Protocol

from leseglas.gloss.dictionary import Sense
from leseglas.lang.difficulty import zipf
from leseglas.lang.lemmas import (
    abbreviation_without_dot,
    acronym_plural,
    adjective_headword,
    capitalised_noun,
    dictionary_noun,
    inflected_compound,
    loanword_plural,
    modern_spelling,
    participle_verb,
    reformed_spelling,
    restore_cut_noun,
    sein_compound,
    spelling_variant,
    verb_of_form,
    zu_infinitive,
)
from leseglas.lang.separable import PARTICLES, reunite
from leseglas.lang.tagger import tagger

# STTS (HanTa) → Universal POS, as UD German uses them.
_UPOS = {
    "NN": "NOUN", "NNA": "NOUN", "NNI": "NOUN", "ACR_NN": "NOUN",
    "NE": "PROPN", "ACR_NE": "PROPN",
    "VV": "VERB", "VA": "AUX", "VM": "AUX",
    "ADJ": "ADJ", "ADV": "ADV", "PROAV": "ADV", "PWAV": "ADV",
    "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP", "APZR": "ADP", "PTKVZ": "ADP",
    "ART": "DET", "PDAT": "DET", "PIAT": "DET", "PPOSAT": "DET", "PWAT": "DET", "PRELAT": "DET",
    "PPER": "PRON", "PRF": "PRON", "PDS": "PRON", "PIS": "PRON", "PPOSS": "PRON",
    "PRELS": "PRON", "PWS": "PRON",
    "KON": "CCONJ", "KOUS": "SCONJ", "KOUI": "SCONJ", "KOKOM": "CCONJ",
    "PTKZU": "PART", "PTKNEG": "PART", "PTKA": "PART", "PTKANT": "PART",
    "CARD": "NUM", "ITJ": "INTJ", "$.": "PUNCT", "$,": "PUNCT", "$(": "PUNCT",
}  # fmt: skip
_KEEP_CASE_TAGS = ("NN", "NE", "ACR", "ADJ", "FM", "XY")
_OPENING = "„“\"'‚‘»«([-–—`"

Lookup = Callable[[str], tuple[Sense, ...]]


class Lexicon(Protocol):
    """What the analysis asks of the dictionary (``gloss.dictionary.Dictionary``)."""

    def lookup(self, form: str) -> tuple[Sense, ...]: ...

    def noun_headword(self, form: str) -> str | None: ...

    def is_verb(self, lemma: str) -> bool: ...

    def is_adjective(self, word: str) -> bool: ...


@dataclass(frozen=True, slots=True)
class WordAnalysis:
    text: str
    lemma: str  # for a separable verb, the whole verb on both tokens: "stattfinden"
    pos: str  # Universal POS: NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP, …
    tag: str  # HanTa's STTS tag, e.g. "VV(FIN)"
    partner: int | None = None  # index of the separable verb's other half
    particle: str = ""  # the separated particle, on both halves: "statt"
    article: str = ""  # for a noun: the article in front of it ("der", "einem", "im" → "dem")
    reflexive: bool = False  # a verb with a reflexive pronoun in its clause: *freue … mich*
    # for a verb, the prepositions in its clause (*wartet auf …*); for a noun, the one
    # right after it (*Abzug aus …*)
    prepositions: tuple[str, ...] = ()
    clause_nouns: tuple[str, ...] = ()  # for a verb, its clause's nouns: *bricht … Vertrag*
    phrase: str = ""  # adjective + noun the dictionary lists as one: "Naher Osten", on both


def upos(tag: str) -> str:
    return _UPOS.get(tag.split("(")[0], _UPOS.get(tag, "X"))


def analyze_sentence(words: list[str], lexicon: Lexicon | None = None) -> list[WordAnalysis]:
    """Analyses of one sentence's words (punctuation included, in order).

    The ``lexicon`` (the dictionary) checks HanTa's lemmas and word classes and
    knows which particle + verb pairs are verbs; without it the analysis is
    HanTa's alone, with separable verbs from its particle tags.
    """
    tagged = tagger().tag(_for_tagger(words, lexicon))
    shouted = _in_capitals(words)
    analyses = []
    for index, (word, (lemma, tag)) in enumerate(zip(words, tagged, strict=True)):
        initial = len(words) > 1 and _sentence_initial(words, index)  # a lone word: as typed
        lemma = _fix_case(word, lemma, tag, initial)
        if lexicon is not None:
            inverted = index + 1 < len(words) and tagged[index + 1][1] == "PPER"  # Fahren wir
            lemma, tag = _corrected(word, lemma, tag, (initial, inverted, shouted), lexicon)
        analyses.append(WordAnalysis(word, lemma, upos(tag), tag))
    _apply_context(analyses, lexicon)
    _mark_clauses(analyses)
    if lexicon is not None:
        _mark_phrases(analyses, lexicon)
    is_verb = lexicon.is_verb if lexicon is not None else None
    for verb, particle, whole in reunite(words, [(a.lemma, a.tag) for a in analyses], is_verb):
        part = analyses[particle].text.lower()
        analyses[verb] = replace(analyses[verb], lemma=whole, partner=particle, particle=part)
        analyses[particle] = replace(
            analyses[particle], lemma=whole, partner=verb, particle=part, tag="PTKVZ", pos="ADP"
        )
    return analyses


def _mark_phrases(analyses: list[WordAnalysis], lexicon: Lexicon) -> None:
    """An adjective and its noun that the dictionary lists together, as written
    (*Vereinten Nationen*) or in the nominative (*im Nahen Osten*: *Naher Osten*
    "Middle East", not "near" + "east")."""
    for index, (adjective, noun) in enumerate(pairwise(analyses)):
        if adjective.tag != "ADJ(A)" or noun.tag != "NN":
            continue
        headword = _listed_phrase(adjective, noun, lexicon)
        if headword:
            analyses[index] = replace(adjective, phrase=headword)
            analyses[index + 1] = replace(noun, phrase=headword)


def _listed_phrase(adjective: WordAnalysis, noun: WordAnalysis, lexicon: Lexicon) -> str:
    """The dictionary's headword for the pair, if it is a name-like phrase: German
    capitalises the adjective of a fixed one (*Erste Hilfe*), not of a chance pair
    Ding also lists (*großes Haus* "pile")."""
    written = [f"{adjective.text} {noun.text}"]
    cited = [f"{adjective.lemma}{ending} {noun.lemma}" for ending in ("er", "e", "es", "")]
    for candidate in written + cited:
        key = candidate.lower()
        for sense in lexicon.lookup(candidate):
            fixed = sense.headword[:1].isupper() and sense.pos in ("NOUN", "")
            if fixed and sense.headword.lower() == key:
                return sense.headword
    return ""


def _for_tagger(words: list[str], lexicon: Lexicon | None) -> list[str]:
    if lexicon is None:
        return words
    return [reformed_spelling(w, lexicon.lookup) or w for w in words]


def _corrected(
    word: str, lemma: str, tag: str, position: tuple[bool, bool, bool], lexicon: Lexicon
) -> tuple[str, str]:
    """HanTa's lemma and tag for one word, checked against the dictionary.

    ``position``: whether the word opens its sentence, and whether a pronoun
    follows it (*Fahren wir …*), either way a capitalised verb may be a verb;
    and whether the sentence is set in capitals (a headline's *REDE* is *Rede*).
    """
    initial, inverted, shouted = position
    lookup, noun_lemma = lexicon.lookup, lexicon.noun_headword
    lemma, tag = _dictionary_word_class(word, lemma, tag, initial, lookup)
    lemma, tag = _dictionary_lemma(word, lemma, tag, lexicon)
    if tag in ("VV(FIN)", "VV(PP)") and word[:1].isupper() and not (initial or inverted):
        noun = capitalised_noun(word, noun_lemma)  # in Gebeten, mit Überschlägen
        if noun is not None:
            lemma, tag = noun, "NN"
    if initial and tag == "NN" and not noun_lemma(word):
        verb = zu_infinitive(word, lexicon.is_verb, PARTICLES)  # *Hervorzuheben ist …*
        if verb is not None:
            return verb, "VV(IZU)"
    if initial and inverted and tag == "NNI" and lexicon.is_verb(word.lower()):
        return word.lower(), "VV(FIN)"  # *Sagen Sie …*, *Gehen wir …*: a verb, not das Sagen
    if tag in ("NN", "NE") and (shouted or not is_acronym(word)):
        lemma = dictionary_noun(word, lemma, noun_lemma, lookup)
    return lemma, tag


ACRONYM_MAX = 4


def _in_capitals(words: list[str]) -> bool:
    """A headline set in capitals: most of its words are."""
    letters = [w for w in words if len(w) > 1 and w.isalpha()]
    return bool(letters) and sum(w.isupper() for w in letters) * 2 > len(letters)


def is_acronym(word: str) -> bool:
    """A short all-capital word stands for itself: *CD-ROM* is no *Rom*."""
    return 1 < len(word) <= ACRONYM_MAX and word.isupper() and word.isalpha()


def _apply_context(analyses: list[WordAnalysis], lexicon: Lexicon | None) -> None:
    """Nouns get the article of their phrase; participles in a perfect become verbs."""
    _nominalise(analyses, lexicon)
    for index, analysis in enumerate(analyses):
        if analysis.tag in ("NN", "NE", "NNA", "NNI"):
            article = _article_before(analyses, index)
            analyses[index] = replace(analysis, article=article)
            if analysis.tag == "NNI" and lexicon is not None and _plural_cue(analyses, index):
                singular = lexicon.noun_headword(analysis.text)  # *saubere Duschen*: die Dusche
                if singular is not None and singular != analysis.text:
                    analyses[index] = replace(analyses[index], lemma=singular, tag="NN")
        elif analysis.text == "liebsten" and _after_am(analyses, index):
            analyses[index] = replace(analysis, lemma="gern")  # gern, lieber, am liebsten
        elif lexicon is not None and analysis.tag == "ADJ(D)" and _in_perfect(analyses, index):
            verb = participle_verb(analysis.text, lexicon.lookup)
            if verb is not None and not _lexicalised(analysis.text.lower(), verb):
                analyses[index] = replace(analysis, lemma=verb, tag="VV(PP)", pos="VERB")
        elif lexicon is not None and (
            _verb_slot(analyses, index) or _verbless_clause_verb(analyses, index)
        ):
            verb = participle_verb(analysis.text, lexicon.lookup)  # *ob der Staat das überlebte .*
            if verb is not None:
                analyses[index] = replace(analysis, lemma=verb, tag="VV(FIN)", pos="VERB")
        elif lexicon is not None and analysis.tag == "VV(PP)" and analysis.text != analysis.lemma:
            ge_verb = analysis.text.startswith("ge") and lexicon.is_verb(analysis.text)
            if ge_verb and _with_haben(analyses, index):
                # *hat mir gefallen*: gefallen; fallen would take sein (*ist gefallen*)
                analyses[index] = replace(analysis, lemma=analysis.text)
            elif _before_werden(analyses, index) and _lexicalised(
                analysis.text.lower(), analysis.lemma
            ):  # *bekannt geworden*: known, not confessed
                analyses[index] = replace(
                    analysis, lemma=analysis.text.lower(), tag="ADJ(D)", pos="ADJ"
                )
            elif _after_copula(analyses, index) and lexicon.is_adjective(analysis.text):
                # *bleibt angespannt*: an adjective (glossed "strained"); its lemma stays
                # the verb, as treebanks cite participles
                analyses[index] = replace(analysis, tag="ADJ(D)", pos="ADJ")
        elif lexicon is not None and analysis.tag == "VV(FIN)" and _second_finite(analyses, index):
            analyses[index] = _not_finite(analyses, index, lexicon)


def _after_am(analyses: list[WordAnalysis], index: int) -> bool:
    """*am*, or *an dem* as treebanks split it."""
    before = [a.text.lower() for a in analyses[max(0, index - 2) : index]]
    return before[-1:] == ["am"] or before == ["an", "dem"]


_ATTRIBUTIVE_ENDINGS = ("te", "ten", "tem", "ter", "tes")
_NOT_BEFORE_ATTRIBUTE = ("PPER", "PIS", "PDS", "PRELS", "PWS", "KON", "$,")


def _second_finite(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether the word's clause has another finite verb: HanTa's *entdeckte* in
    *die in Busang entdeckte Menge ging …* or *bestimmt* in *werden bestimmt
    wieder kommen* is no verb of its own."""
    for start, end in _clauses(analyses):
        if start <= index < end:
            return any(
                a.tag in _FINITE_TAGS
                for i, a in enumerate(analyses[start:end], start)
                if i != index
            )
    return False


def _not_finite(analyses: list[WordAnalysis], index: int, lexicon: Lexicon) -> WordAnalysis:
    """A second finite verb read again: an attributive participle before its noun
    (*entdeckte Menge*), or an adverb Ding knows (*bestimmt* "certainly")."""
    analysis = analyses[index]
    word = analysis.text
    following = analyses[index + 1] if index + 1 < len(analyses) else None
    previous = analyses[index - 1].tag if index > 0 else "$."
    if (
        following is not None
        and following.tag == "NN"
        and word.endswith(_ATTRIBUTIVE_ENDINGS)
        and previous not in _NOT_BEFORE_ATTRIBUTE
        and not _after_first_phrase(analyses, index)
    ):
        stem = word[: word.rfind("t") + 1]  # entdeckte → entdeckt
        return replace(analysis, lemma=stem, tag="ADJ(A)", pos="ADJ")
    midfield = following is not None and following.tag in _MIDFIELD
    if (
        midfield
        and _finite_before(analyses, index, _FINITE_TAGS)
        and lexicon.is_adjective(word.lower())
    ):
        return replace(analysis, lemma=word.lower(), tag="ADJ(D)", pos="ADJ")
    return analysis  # at the clause's end a participle (*hat … funktioniert .*)


def _after_first_phrase(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether only one noun phrase precedes the word in its clause: the verb's
    second place (*Die Luftwaffe brachte Hilfsgüter …*), a headline's too."""
    for analysis in reversed(analyses[:index]):
        if analysis.text in _SENTENCE_END or analysis.tag in _CLAUSE_BOUNDARY_TAGS:
            return True
        if analysis.tag not in _FIRST_PHRASE_TAGS:
            return False
    return True


_FIRST_PHRASE_TAGS = ("ART", "ADJ(A)", "NN", "NE", "PPOSAT", "PDAT", "PIAT", "CARD")
# What follows an adverb inside a clause; a participle stands at the clause's end.
_MIDFIELD = ("ADV", "ADJ(D)", "ADJ(A)", "PTKNEG", "ART", "APPR", "APPRART", "PROAV")


def _nominalise(analyses: list[WordAnalysis], lexicon: Lexicon | None) -> None:
    """Nouns HanTa read as adjectives: a capitalised adjective inside a sentence
    that opens a hyphenated compound (*der israelischen Industriellen-Vereinigung*),
    where treebanks split it (an adjective before its noun takes no hyphen), and a
    nominalised adjective that is another noun's plural after a quantifier (*mit
    weniger Rechten*: Recht, not die Rechte)."""
    for index, analysis in enumerate(analyses):
        following = analyses[index + 1].text if index + 1 < len(analyses) else ""
        word = analysis.text
        if (
            analysis.tag == "ADJ(A)"
            and following == "-"
            and word.endswith("en")  # *Grünen-Fraktion*; not *Dritte-Welt-Netzwerk*
            and word[:1].isupper()
            and analysis.lemma[:1].islower()
            and not _sentence_initial_analysis(analyses, index)
        ):
            stem = analysis.lemma[:1].upper() + analysis.lemma[1:]
            lemma = stem if stem.endswith("e") else stem + "e"  # industriell → Industrielle
            analyses[index] = replace(analysis, lemma=lemma, tag="NNA", pos="NOUN")
        elif (
            lexicon is not None
            and analysis.tag == "NNA"
            and index > 0
            and analyses[index - 1].tag in ("PIAT", "CARD")
        ):
            plural = word.removesuffix("n")
            plural_of = [  # not the adjectival noun's own entry (*Angestellter*, pl. *Angestellte*)
                s.headword
                for s in lexicon.lookup(plural)
                if s.pos == "NOUN"
                and s.matched_by == "plural"
                and not s.headword.startswith(plural)
            ]
            if plural_of:
                analyses[index] = replace(analysis, lemma=plural_of[0], tag="NN")


_COPULAS = frozenset({"bleiben", "scheinen", "wirken", "erscheinen"})


def _before_werden(analyses: list[WordAnalysis], index: int) -> bool:
    following = analyses[index + 1] if index + 1 < len(analyses) else None
    return following is not None and following.lemma == "werden"


def _after_copula(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether the clause's finite verb before this word is a copula other than
    *sein* (which also makes perfects: *ist gefallen*)."""
    finite = _finite_before(analyses, index, _FINITE_TAGS)
    return finite is not None and finite.lemma in _COPULAS


def _finite_before(
    analyses: list[WordAnalysis], index: int, tags: tuple[str, ...]
) -> WordAnalysis | None:
    """The nearest word tagged one of ``tags`` before this one, in its clause."""
    for analysis in reversed(analyses[:index]):
        if analysis.text in _SENTENCE_END or analysis.text == ",":
            return None
        if analysis.tag in tags:
            return analysis
    return None


def _plural_cue(analyses: list[WordAnalysis], index: int) -> bool:
    """What makes a word HanTa read as a nominalised infinitive (*das Duschen*) a
    plural noun instead: a plural article (*die Duschen*) or an adjective
    without one (*saubere Duschen*)."""
    article = analyses[index].article
    if article:
        return article in ("die", "den")
    return index > 0 and analyses[index - 1].tag == "ADJ(A)"


# Only *sich* is always reflexive; *mich*, *uns* … are so only with their own subject
# (*wir haben uns unterhalten*, not *er hat uns gesehen*; HanTa tags the *mich* of
# *er erinnert mich* PRF too).
_REFLEXIVE_WITH = {"mich": "ich", "mir": "ich", "dich": "du", "dir": "du", "uns": "wir",
                   "euch": "ihr"}  # fmt: skip
_CLAUSE_BOUNDARY_TAGS = ("$,", "$.", "KON", "KOUS")
# A contracted preposition is its preposition: *am* is *an dem*.
_PREPOSITION_OF = {"am": "an", "ans": "an", "im": "in", "ins": "in", "zum": "zu", "zur": "zu",
                   "vom": "von", "beim": "bei", "aufs": "auf", "übers": "über"}  # fmt: skip


# Prepositions that form pronominal adverbs: *damit*, *darauf*, *worüber*, *hierfür*.
_PRONOMINAL = frozenset(
    "an auf aus bei durch für gegen hinter in mit nach neben über um unter von vor zu".split()
)


def _preposition(analysis: WordAnalysis) -> str:
    """The preposition a word brings to its clause: *zum* → *zu*; a pronominal
    adverb stands for its own (*rechnen damit, dass …* → *mit*)."""
    word = analysis.text.lower()
    if analysis.tag in ("APPR", "APPRART"):
        return _PREPOSITION_OF.get(word, word)
    if analysis.tag in ("PROAV", "PWAV"):
        for prefix in ("dar", "da", "wor", "wo", "hier"):
            rest = word.removeprefix(prefix)
            if rest != word and rest in _PRONOMINAL:
                return rest
    return ""


def _mark_clauses(analyses: list[WordAnalysis]) -> None:
    """Give each full verb what its clause says about its sense: a reflexive
    pronoun (*sich unterhalten* "to talk", not *unterhalten* "to entertain"), the
    prepositions (*besteht aus* "to consist of") and the nouns (*bricht den
    Vertrag* "to break"; the form as written too, Ding's notes use either).
    A noun gets the preposition after it (*Abzug aus* "pull-out")."""
    for start, end in _clauses(analyses):
        clause = analyses[start:end]
        words = {a.text.lower() for a in clause}
        reflexive = any(
            (a.tag == "PRF" and a.text.lower() not in _REFLEXIVE_WITH)
            or _REFLEXIVE_WITH.get(a.text.lower()) in words
            for a in clause
        )
        prepositions = {p for p in map(_preposition, clause) if p}
        nouns = {w for a in clause if a.tag.startswith("NN") for w in (a.lemma, a.text)}
        verbs = [i for i in range(start, end) if analyses[i].tag.startswith("VV")]
        lassen = [i for i in verbs if analyses[i].lemma == "lassen"]  # *lässt sich … schneiden*
        found, named = tuple(sorted(prepositions)), tuple(sorted(nouns))
        for index in verbs:
            analyses[index] = replace(
                analyses[index],
                reflexive=reflexive and (not lassen or index in lassen),
                prepositions=found,
                clause_nouns=named,
            )
    for index, analysis in enumerate(analyses[:-1]):
        following = _preposition(analyses[index + 1]) if analysis.tag == "NN" else ""
        if following and analyses[index + 1].tag in ("APPR", "APPRART"):
            analyses[index] = replace(analysis, prepositions=(following,))


def _clauses(analyses: list[WordAnalysis]) -> list[tuple[int, int]]:
    spans, start = [], 0
    for index, analysis in enumerate(analyses):
        if analysis.tag in _CLAUSE_BOUNDARY_TAGS:
            spans.append((start, index))
            start = index + 1
    spans.append((start, len(analyses)))
    return spans


def _with_haben(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether the clause's auxiliary is *haben*: before the participle in a main
    clause (*hat mir gefallen*), right after it at a clause's end (*gefallen hat*)."""
    following = analyses[index + 1] if index + 1 < len(analyses) else None
    if following is not None and following.tag.startswith("VA"):
        return following.lemma == "haben"
    auxiliary = _finite_before(analyses, index, ("VA(FIN)",))
    return auxiliary is not None and auxiliary.lemma == "haben"


# Contracted prepositions carry an article: "im" is "in dem".
_CONTRACTED = {"im": "dem", "am": "dem", "zum": "dem", "vom": "dem", "beim": "dem",
               "zur": "der", "ins": "das", "ans": "das", "aufs": "das", "übers": "das"}  # fmt: skip
_NOUN_PHRASE_TAGS = ("ADJ", "CARD", "ADV", "PIAT", "PPOSAT", "PDAT")


def _article_before(analyses: list[WordAnalysis], index: int) -> str:
    """The article of a noun's phrase, looking back over adjectives and numbers."""
    for position in range(index - 1, max(-1, index - 5), -1):
        analysis = analyses[position]
        word = analysis.text.lower()
        if analysis.tag == "ART":
            after_preposition = position > 0 and analyses[position - 1].tag == "APPR"
            return "der (dative)" if word == "der" and after_preposition else word
        if analysis.tag == "APPRART":
            return _CONTRACTED.get(word, "")
        determiner = _determiner_article(word) if analysis.tag in _DETERMINER_TAGS else ""
        if determiner:
            return determiner
        if not analysis.tag.startswith(_NOUN_PHRASE_TAGS):
            return ""
    return ""


_DETERMINER_TAGS = ("PIAT", "PPOSAT", "PDAT")
_EIN_WORDS = ("kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur")
_DER_WORDS = ("dies", "jen", "jed", "manch", "welch", "solch")
# The article whose genders a determiner's ending allows: *keine* f or plural like
# *die*; *meinem* m or n like *einem*; *dieses* m or n like *des*.
_EIN_ENDINGS = {"": "ein", "e": "die", "en": "den", "em": "einem", "er": "die", "es": "eines"}
_DER_ENDINGS = {"er": "der", "e": "die", "es": "des", "em": "dem", "en": "den"}


def _determiner_article(word: str) -> str:
    """The article a determiner stands for as to gender (*keine Angestellte*: die)."""
    for stems, endings in ((_EIN_WORDS, _EIN_ENDINGS), (_DER_WORDS, _DER_ENDINGS)):
        for stem in stems:
            if word.startswith(stem) and word[len(stem) :] in endings:
                return endings[word[len(stem) :]]
    return ""


def _sentence_initial(words: list[str], index: int) -> bool:
    return all(w and w[0] in _OPENING for w in words[:index])


def _fix_case(word: str, lemma: str, tag: str, initial: bool) -> str:
    """Keep the text's own spelling where the lemma is the word itself.

    HanTa lower-cases some lemmas (*Schweizer* → *schweizer*, *CD* → *Cd*); in
    the middle of a sentence, the text's capitalisation is the better guide.
    """
    if lemma.lower() == word.lower() and not initial and tag.startswith(_KEEP_CASE_TAGS):
        return word
    if len(word) > 1 and word.isupper() and word.isalpha():
        return word  # an acronym: OVKS, not "Ovk"
    if "-" in word.strip("-") and "-" in lemma and tag.startswith(("NN", "NE")):
        head = lemma.rsplit("-", 1)[1]
        return word.rsplit("-", 1)[0] + "-" + head[:1].upper() + head[1:]  # Ex-Premier
    return lemma


_DICTIONARY_TAGS = {"ADJ": "ADJ(D)", "ADV": "ADV", "VERB": "VV(INF)"}


def _dictionary_word_class(
    word: str, lemma: str, tag: str, initial: bool, lookup: Lookup
) -> tuple[str, str]:
    """Two German cues HanTa sometimes misses, checked against the dictionary.

    A lower-case word inside a sentence is not a noun (*lecker* is no *Leck*);
    an adjective form the dictionary lists under a headword takes that headword
    (*nächsten* → *nah*).
    """
    if tag in ("NN", "NE") and word[:1].islower() and not initial:
        for sense in lookup(word):
            if sense.pos in _DICTIONARY_TAGS and sense.headword.lower() == word.lower():
                return sense.headword, _DICTIONARY_TAGS[sense.pos]
        adjective = adjective_headword(word, lookup)  # leckeres Essen
        if adjective is not None:
            return adjective, "ADJ(A)"
    if initial and tag.startswith(("ADJ", "ADV")) and lemma[:1].isupper():
        lower = lemma.lower()
        if any(s.pos in ("ADJ", "ADV") and s.headword == lower for s in lookup(lower)):
            lemma = lower  # *Lächerlich* at the start of a sentence
    if tag.startswith("ADJ") and not any(
        s.pos == "ADJ" and s.headword == lemma for s in lookup(lemma)
    ):
        adjective = adjective_headword(word, lookup)
        if adjective is not None:
            return adjective, tag
        listed = [  # HanTa's *nächst* is listed under *nah*, the form *nächsten* under *nahe*
            s
            for form in (lemma, word)
            for s in lookup(form)
            if s.pos == "ADJ" and s.matched_by == "inflection"
        ]
        if listed:
            return listed[0].headword, tag
    return lemma, tag


def _dictionary_lemma(word: str, lemma: str, tag: str, lexicon: Lexicon) -> tuple[str, str]:
    """Acronym plurals, ss typed for ß, abbreviations without their dot, and
    unknown compounds HanTa cut short."""
    lookup = lexicon.lookup
    if word.endswith(("'", "’")) and tag.startswith(("NN", "NE")) and len(word) > 2:
        return lemma.rstrip("'’"), tag  # the genitive apostrophe: *des Virus'*, *Hans'*
    if abbreviation_without_dot(word, lookup):
        return word, "NN" if tag in ("NN", "NE") else tag  # *Min* (Minute), not *Mine*
    verb = sein_compound(word, lookup) if tag.startswith(("VV", "ADJ")) else None
    if verb is not None:
        return verb, "VV(PP)"
    acronym = acronym_plural(word)
    if acronym is not None and tag.startswith(("NN", "NE")):
        return acronym, tag
    modern = modern_spelling(word, lemma, lookup)
    if modern is not None:
        return modern, tag
    variant = spelling_variant(word, tag, lookup)
    if variant is not None:
        return variant, "NN" if tag == "NE" and variant[:1].isupper() else tag
    if tag in ("NN", "NE"):
        restored = (
            restore_cut_noun(word, lemma, lookup)
            or loanword_plural(word, lemma, lookup)
            or (None if lookup(lemma) else inflected_compound(word, lookup))
        )
        if restored is not None:
            return restored, tag
    if tag.startswith("VV"):
        verb = verb_of_form(word, lemma, lookup)
        if verb is not None:
            return verb, tag
    unknown_verb = not any(s.pos == "VERB" for s in lookup(lemma))
    if tag == "VV(PP)" and unknown_verb and lexicon.is_adjective(word.lower()):
        return word.lower(), "ADJ(D)"  # *unerhört*: no participle of a verb *unerhören*
    return lemma, tag


_PERFECT_AUXILIARIES = ("haben", "werden")
_PASSIVE_AFTER = frozenset({"worden", "werden", "wird", "wurde", "bekommen", "bekam"})


def _in_perfect(analyses: list[WordAnalysis], index: int) -> bool:
    """A participle HanTa took for an adverb, in a perfect with *haben*
    (*hat … zugegeben*) or a passive (*wurde … überreicht*, *überreicht bekommen*)."""
    word = analyses[index].text.lower()
    following = analyses[index + 1] if index + 1 < len(analyses) else None
    if following is not None and following.text in _PASSIVE_AFTER:
        return True
    if not _has_participle_shape(word):
        return False  # *bestimmt*, *bekannt*: no ge-, more often adjectives
    if (
        following is not None
        and following.tag == "VA(FIN)"
        and (following.lemma in _PERFECT_AUXILIARIES or _sentence_initial_analysis(analyses, index))
    ):
        return True  # *… zugegeben hat*; *Herausgegeben würden sie …*, *Gestorben ist er …*
    for analysis in reversed(analyses[:index]):
        if analysis.text in _SENTENCE_END:
            return False
        if analysis.tag == "VA(FIN)" and analysis.lemma in _PERFECT_AUXILIARIES:
            return True
    return False


_SENTENCE_END = frozenset(".!?;:")
LEXICALISED_MARGIN = 1.0


def _lexicalised(participle: str, verb: str) -> bool:
    """A participle without ge- far more common than its verb is an adjective of its
    own: *bekannt wurde er* (bekennen), *verheiratet ist sie*; not *verletzt wurde er*.
    A ge- participle is a verb's (*geboren wurde er*)."""
    if _has_participle_shape(participle):
        return False
    return zipf(participle) - zipf(verb) >= LEXICALISED_MARGIN


def _has_participle_shape(word: str) -> bool:
    return bool(word.endswith(("t", "en")) and _GE_PREFIX.match(word)) or word.endswith("iert")


def _sentence_initial_analysis(analyses: list[WordAnalysis], index: int) -> bool:
    return _sentence_initial([a.text for a in analyses[: index + 1]], index)


_NOUN_TAGS = ("NN", "NE")


def _verbless_clause_verb(analyses: list[WordAnalysis], index: int) -> bool:
    """A past form HanTa took for an adjective right after the subject, in a clause
    with no finite verb (*Das Flugzeug … an Bord transportierte Treibstoff*)."""
    if analyses[index].tag != "ADJ(A)" or index == 0:
        return False
    if not analyses[index].text.endswith("te") or analyses[index - 1].tag not in _NOUN_TAGS:
        return False
    return not any(a.tag in _FINITE_TAGS for a in analyses)


def _ends_phrase(analyses: list[WordAnalysis], index: int) -> bool:
    """No noun follows: an attributive adjective cannot stand here."""
    return index + 1 >= len(analyses) or analyses[index + 1].tag.startswith("$")


_CLAUSE_OPENERS = ("KOUS", "PRELS", "PRELAT", "PWS", "PWAV")
_FINITE_TAGS = ("VV(FIN)", "VA(FIN)", "VM(FIN)")


def _verb_slot(analyses: list[WordAnalysis], index: int) -> bool:
    """Where a finite verb must stand but none is: an attributive adjective before
    no noun (*… das überlebte .*), or the last word of a subordinate clause that
    has no finite verb (*dass die Regierung ihre Pläne überarbeitet .*)."""
    tag = analyses[index].tag
    if not tag.startswith("ADJ") or not _ends_phrase(analyses, index):
        return False
    if tag == "ADJ(A)":
        return True
    for analysis in reversed(analyses[:index]):
        if analysis.tag in _FINITE_TAGS or analysis.tag.startswith("$"):
            return False
        if analysis.tag in _CLAUSE_OPENERS:
            return True
    return False


_GE_PREFIX = re.compile("(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + ")?ge")
