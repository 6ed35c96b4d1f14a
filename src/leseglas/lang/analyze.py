"""Lemma, part of speech and separable verbs for the words of a sentence.

HanTa tags each sentence in context.  Each word's lemma and tag are then
checked against the dictionary (the rules are in ``lang.lemmas``), and the
sentence is read for what one word cannot tell (``lang.context``): a noun's
article, a participle in a perfect or passive (*hat … zugegeben*), the finite
verb a subordinate clause must end in.  Each clause then tells its verbs their
reflexive pronoun, prepositions and nouns (``lang.clauses``).  Last, separable
verbs are reunited with their particle (*findet … statt* → *stattfinden*,
``lang.separable``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from leseglas.lang.clauses import mark_clauses, mark_phrases
from leseglas.lang.context import apply_context
from leseglas.lang.lemmas import (
    MIN_TAIL,
    abbreviation_without_dot,
    acronym_plural,
    adjective_headword,
    capitalised_noun,
    cut_diminutive,
    dictionary_noun,
    english_verb,
    historic_spelling,
    inflected_compound,
    loanword_plural,
    modern_spelling,
    participle_verb,
    particle_with_zu,
    reformed_spelling,
    restore_cut_noun,
    sein_compound,
    spelling_variant,
    verb_of_form,
    zu_infinitive,
)
from leseglas.lang.model import Lexicon, Lookup, WordAnalysis, sentence_initial
from leseglas.lang.separable import PARTICLES, reunite
from leseglas.lang.tagger import tagger
from leseglas.lang.tags import INDEFINITE_TAGS, KEEP_CASE_TAG_PREFIXES, upos


def analyze_sentence(
    words: list[str], lexicon: Lexicon | None = None, old_spelling: bool = False
) -> list[WordAnalysis]:
    """Analyses of one sentence's words (punctuation included, in order).

    The ``lexicon`` (the dictionary) checks HanTa's lemmas and word classes and
    knows which particle + verb pairs are verbs; without it the analysis is
    HanTa's alone, with separable verbs from its particle tags.  ``old_spelling``:
    the text is in the pre-1996 spelling (``lemmas.pre_reform``), and so are its
    lemmas (*des Prozesses*: *Prozeß*), as one word keeps one lemma in a text.
    """
    historic = _pre_1901(words, lexicon) if old_spelling else words
    tagged = tagger().tag(_for_tagger(historic, lexicon))
    shouted = _in_capitals(words)
    analyses = []
    for index, (word, (lemma, tag)) in enumerate(zip(words, tagged, strict=True)):
        initial = len(words) > 1 and sentence_initial(words, index)  # a lone word: as typed
        lemma = _fix_case(word, lemma, tag, initial, shouted)
        if lexicon is not None:
            inverted = _pronoun_follows(words, tagged, index)  # *Fahren wir*
            position = (initial, inverted, shouted)
            checked = historic[index]  # *Thür* is checked as *Tür*
            lemma, tag = _corrected(checked, lemma, tag, position, lexicon, old_spelling)
        analyses.append(WordAnalysis(word, lemma, upos(tag), tag))
    if len(analyses) == 1 and analyses[0].tag == "NNI" and words[0][:1].islower():
        analyses[0] = WordAnalysis(words[0], words[0], "VERB", "VV(INF)")  # *trinken* typed alone
    for number, read in enumerate(analyses):  # *Personen belauscht*: no infinitive at all
        if read.tag == "NNI" and read.text.islower() and not read.text.endswith("n"):
            analyses[number] = WordAnalysis(read.text, read.lemma.lower(), "VERB", "VV(FIN)")
    apply_context(analyses, lexicon)
    mark_clauses(analyses)
    if lexicon is not None:
        mark_phrases(analyses, lexicon)
    is_verb = lexicon.is_verb if lexicon is not None else None
    in_phrases = frozenset(i for i, a in enumerate(analyses) if a.phrase)  # *ab und zu*
    tagged_now = [(a.lemma, a.tag) for a in analyses]
    for verb, particle, whole in reunite(words, tagged_now, is_verb, in_phrases):
        part = analyses[particle].text.lower()
        analyses[verb] = replace(analyses[verb], lemma=whole, partner=particle, particle=part)
        analyses[particle] = replace(
            analyses[particle], lemma=whole, partner=verb, particle=part, tag="PTKVZ", pos="ADP",
            # the verb's clause, so that both halves take the same sense
            reflexive=analyses[verb].reflexive, prepositions=analyses[verb].prepositions,
            clause_nouns=analyses[verb].clause_nouns,
        )  # fmt: skip
    return analyses


def _pre_1901(words: list[str], lexicon: Lexicon | None) -> list[str]:
    """Words in the spelling before 1901 (*Thür*, *compromittiren*) in the modern
    one, which the tagger and the dictionary know.  Asked only of a text in the
    old spelling (*daß*): in a modern one *perfect* and *Telecom* are English."""
    if lexicon is None:
        return words
    return [historic_spelling(w, lexicon.lookup) or w for w in words]


def _for_tagger(words: list[str], lexicon: Lexicon | None) -> list[str]:
    if lexicon is None:
        return words
    return [reformed_spelling(w, lexicon.lookup) or w for w in words]


@lru_cache(maxsize=200_000)  # the same word in the same place: worked out once
def _corrected(
    word: str,
    lemma: str,
    tag: str,
    position: tuple[bool, bool, bool],
    lexicon: Lexicon,
    old_spelling: bool = False,
) -> tuple[str, str]:
    """HanTa's lemma and tag for one word, checked against the dictionary.

    ``position``: whether the word opens its sentence, and whether a pronoun
    follows it (*Fahren wir …*), either way a capitalised verb may be a verb;
    and whether the sentence is set in capitals (a headline's *REDE* is *Rede*).
    """
    initial, inverted, shouted = position
    lookup, noun_lemma = lexicon.lookup, lexicon.noun_headword
    lemma, tag = _dictionary_word_class(word, lemma, tag, initial, lookup)
    mended = _adverb_or_adjective_mended(word, lemma, tag, (initial, inverted), lexicon)
    if mended is not None:
        return mended
    lemma, tag = _dictionary_lemma(word, lemma, tag, lexicon, old_spelling)
    mended = _zu_infinitive_mended(word, lemma, tag, lexicon)
    if mended is not None:
        return mended
    if tag in ("VV(FIN)", "VV(IMP)") and _bare_stem(word, lemma, lexicon):
        return word + "en", "VV(IMP)"  # *führ sie hinaus*: führen (HanTa: fahren's *führe*)
    if tag == "VV(INF)" and word[:1].isupper() and not initial and word.isalpha():
        return word, "NNI"  # *zum Darstellen*: a capitalised infinitive is a noun
    if _capitalised_not_verb_or_adjective(word, lemma, tag, lexicon) and not (initial or inverted):
        noun = capitalised_noun(word, noun_lemma)  # in Gebeten, mit Überschlägen
        if noun is not None:
            lemma, tag = noun, "NN"
        elif tag.startswith("VV") and not _form_of_verb(word, lemma, lookup):
            lemma, tag = word, "NN"  # *Persönliche Vorsprache*: HanTa's *vorsprechen*
    if initial and tag == "NN" and not noun_lemma(word):
        verb = zu_infinitive(word, lexicon.is_verb, PARTICLES)  # *Hervorzuheben ist …*
        if verb is not None:
            return verb, "VV(IZU)"
    if initial and inverted and tag in ("NNI", "NN") and lexicon.is_verb(word.lower()):
        return word.lower(), "VV(FIN)"  # *Sagen Sie …*, *Rollen Sie …*: a verb, not das Sagen
    if tag in ("NN", "NE") and (shouted or not is_acronym(word)):
        lemma = dictionary_noun(word, lemma, noun_lemma, lookup)
    return lemma, tag


def _adverb_or_adjective_mended(
    word: str, lemma: str, tag: str, position: tuple[bool, bool], lexicon: Lexicon
) -> tuple[str, str] | None:
    """An adverb or adjective HanTa read wrong: an inflected adjective (*die leckere
    Croissants*), or a verb's infinitive (*Kneten Sie*, *nochmals durchkneten*)."""
    initial, inverted = position
    written = word.lower() if initial else word  # *Kneten Sie …*
    if tag == "ADV" and word.islower() and not initial:
        adjective = _inflected_adjective(word, lexicon)
        if adjective is not None:
            return adjective, "ADJ(A)"
    infinitive = tag == "ADV" or (
        tag.startswith("ADJ")
        and written.endswith("n")
        and not _adjective_form(written, lemma, lexicon)
    )
    if infinitive and _verb_not_adverb(written, lexicon):
        return written, "VV(FIN)" if inverted else "VV(INF)"
    return None


def _zu_infinitive_mended(
    word: str, lemma: str, tag: str, lexicon: Lexicon
) -> tuple[str, str] | None:
    """A zu-infinitive HanTa read into a word: *hinzugeben* is a verb of its own,
    *hochzufrieden* an adjective (no verb *hochfrieden*)."""
    if tag != "VV(IZU)":
        return None
    if particle_with_zu(word, lexicon.is_verb):
        return word.lower(), "VV(INF)"
    made_up = not lexicon.is_verb(lemma) and not _particle_and_verb(lemma, lexicon)
    if made_up and _ends_in_adjective(word, lexicon):
        return word.lower(), "ADJ(D)"
    return None


def _form_of_verb(word: str, verb: str, lookup: Lookup) -> bool:
    """Whether a capitalised word can be a form of the verb HanTa gave it: listed
    by the dictionary, or its stem and an ending (*Höre*, *hören*; not *Vorsprache*,
    *vorsprechen*)."""
    lower = word.lower()
    if any(s.pos == "VERB" for s in lookup(lower)):
        return True
    stem = verb.removesuffix("n").removesuffix("e")
    return len(stem) >= MIN_TAIL and lower.startswith(stem)


def _particle_and_verb(verb: str, lexicon: Lexicon) -> bool:
    """*freibekommen*: a particle and a verb Ding has, though not the whole."""
    return any(
        verb.startswith(p) and lexicon.is_verb(verb[len(p) :]) for p in PARTICLES if verb != p
    )


def _ends_in_adjective(word: str, lexicon: Lexicon) -> bool:
    """Whether a word ends in an adjective of five letters or more: *hoch·zufrieden*."""
    lower = word.lower()
    return any(lexicon.is_adjective(lower[cut:]) for cut in range(1, len(lower) - 4))


def _pronoun_follows(words: list[str], tagged: list[tuple[str, str]], index: int) -> bool:
    """A personal pronoun right after the word, or after a second verb the word is
    joined to: *Fahren wir*, *Zerlegen oder modifizieren Sie das Gerät nicht*."""
    after = [tag for _, tag in tagged[index + 1 : index + 4]]
    if after[:1] == ["PPER"]:
        return True
    joined = words[index + 1 : index + 2] in (["und"], ["oder"])
    return (
        joined
        and words[index + 2 : index + 3] != []
        and words[index + 2].islower()
        and after[2:3] == ["PPER"]
    )


def _capitalised_not_verb_or_adjective(word: str, lemma: str, tag: str, lexicon: Lexicon) -> bool:
    """A capitalised word HanTa took for a verb, or for an adjective the dictionary
    lacks (*bis zur Endhaltestelle*, lemma *endhaltestell*); not a place's *-er*
    adjective (*Frankfurter Börse*) nor an ordinal (*Dritte-Welt-Laden*)."""
    if not word[:1].isupper():
        return False
    if tag in ("VV(FIN)", "VV(PP)"):
        return True
    return (
        tag.startswith("ADJ")
        and not word.endswith("er")
        and not lexicon.is_adjective(lemma)
        and not any(s.pos in ("ADJ", "NUM") for s in lexicon.lookup(word.lower()))  # *Dritte*
    )


def _bare_stem(word: str, lemma: str, lexicon: Lexicon) -> bool:
    """A verb's bare stem, an imperative, that HanTa gave another verb's lemma
    (*führ*: *fahren*); not a form Ding lists under HanTa's verb (*weiß*, *rief*)."""
    return (
        word.islower()
        and word.isalpha()
        and not lemma.startswith(word[:2])
        and lexicon.is_verb(word + "en")
        and not any(s.headword == lemma for s in lexicon.lookup(word))
    )


def _adjective_form(word: str, lemma: str, lexicon: Lexicon) -> bool:
    """Whether an *-en* word HanTa tags an adjective is one the dictionary has:
    *schönen* (*schön*), *linken* (*linker*); not HanTa's *knet* for *kneten*."""
    return (
        lexicon.is_adjective(lemma)
        or adjective_headword(word, lexicon.lookup) is not None
        or lexicon.is_adjective(word[:-2] + "er")
    )


def _inflected_adjective(word: str, lexicon: Lexicon) -> str | None:
    """The adjective an adverb HanTa tagged has the ending of (*leckere*: *lecker*);
    not an adverb of its own (*lange*, *weiter*) nor a comparative (*weniger*)."""
    if not word.endswith(("e", "en", "em", "es")):
        return None
    if any(s.pos == "ADV" and s.headword == word for s in lexicon.lookup(word)):
        return None
    adjective = adjective_headword(word, lexicon.lookup)
    return adjective if adjective != word else None


def _verb_tag(word: str) -> str:
    """The tag of a verb form HanTa took for something else: a *ge-* participle,
    else an infinitive (*wir wollen chatten*)."""
    return "VV(PP)" if word.startswith("ge") and word.endswith(("t", "d")) else "VV(INF)"


def _verb_not_adverb(word: str, lexicon: Lexicon) -> bool:
    """A lower-case infinitive HanTa read as an adverb or adjective, which the
    dictionary knows only as a verb (*kneten*, *dünsten* in a recipe)."""
    return (
        word.islower()
        and lexicon.is_verb(word)
        and not any(s.pos in ("ADV", "ADJ") for s in lexicon.lookup(word))
    )


ACRONYM_MAX = 4


def _in_capitals(words: list[str]) -> bool:
    """A headline set in capitals: most of its words are."""
    letters = [w for w in words if len(w) > 1 and w.isalpha()]
    return bool(letters) and sum(w.isupper() for w in letters) * 2 > len(letters)


def is_acronym(word: str) -> bool:
    """A short all-capital word stands for itself: *CD-ROM* is no *Rom*."""
    return 1 < len(word) <= ACRONYM_MAX and word.isupper() and word.isalpha()


def _fix_case(word: str, lemma: str, tag: str, initial: bool, shouted: bool) -> str:
    """Keep the text's own spelling where the lemma is the word itself.

    HanTa lower-cases some lemmas (*Schweizer* → *schweizer*, *CD* → *Cd*); in
    the middle of a sentence, the text's capitalisation is the better guide.
    A headline set in capitals is no guide: its *DIE* is *die*.
    """
    if shouted and not tag.startswith(("NN", "NE")):
        return lemma
    if lemma.lower() == word.lower() and not initial and tag.startswith(KEEP_CASE_TAG_PREFIXES):
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
        verb = _verb_form(word, lookup)  # *sie schritt davon* is no *Schritt*
        if verb is not None:
            return verb, "VV(FIN)"
    if initial and tag == "NN" and _adjective_not_noun(word, lookup):
        return word.lower(), "ADJ(D)"  # *Schlaftrunken taumeln alle*: no *Schlaftrunk*
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
        verb = _verb_form(word, lookup)  # *knurrte* is no adjective *knurrt*
        if verb is not None and word[:1].islower():
            return verb, "VV(FIN)"
    return lemma, tag


def _adjective_not_noun(word: str, lookup: Lookup) -> bool:
    """A capitalised sentence opener that the dictionary has as an adjective as
    written and as a noun only in another form (*Schlaftrunken*: *Schlaftrunk*)."""
    senses = lookup(word)
    lower = word.lower()
    return any(s.pos == "ADJ" and s.headword == lower for s in senses) and not any(
        s.headword == word for s in senses
    )


def _feminine_plural(word: str) -> str | None:
    """*Partnerinnen* → *Partnerin* (HanTa cuts an unknown one to *Partnerinne*)."""
    return word[:-3] if word.endswith("innen") and len(word) > len("innen") + 2 else None


def _negated_participle(word: str, lookup: Lookup) -> bool:
    return word.startswith("un") and participle_verb(word[2:], lookup) is not None


def _verb_form(word: str, lookup: Lookup) -> str | None:
    """The verb whose past or present form Ding lists the word as (*schritt*:
    *schreiten*), when it is no headword of its own."""
    if any(s.headword == word for s in lookup(word)):
        return None
    return participle_verb(word, lookup)  # Ding lists finite forms the same way


def _dictionary_lemma(
    word: str, lemma: str, tag: str, lexicon: Lexicon, old_spelling: bool
) -> tuple[str, str]:
    """Acronym plurals, ss typed for ß, abbreviations without their dot, and
    unknown compounds HanTa cut short."""
    lookup = lexicon.lookup
    if tag in INDEFINITE_TAGS and lemma == word.lower() + "er" and not word.endswith("e"):
        return word.lower(), tag  # HanTa's *weniger* for *ein wenig*; *eine* stays *einer*
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
    modern = modern_spelling(word, lemma, lookup, old_spelling)
    if modern is not None:
        return modern, tag
    variant = spelling_variant(word, tag, lookup)
    if variant is not None:
        return variant, "NN" if tag == "NE" and variant[:1].isupper() else tag
    if tag in ("NN", "NE"):
        restored = (
            (None if lookup(lemma) else cut_diminutive(word, lemma) or _feminine_plural(word))
            or restore_cut_noun(word, lemma, lookup)
            or loanword_plural(word, lemma, lookup)
            or (None if lookup(lemma) else inflected_compound(word, lookup))
        )
        if restored is not None:
            return restored, tag
    if tag == "VV(INF)" and word.islower() and word.endswith("n") and lemma != word:
        return word, tag  # an infinitive is its own lemma: HanTa cut *verkneten* to *verknete*
    unknown = word.islower() and not lookup(lemma) and not lookup(word)
    verbal = tag.startswith(("VV", "NN")) or _verb_tag(word) == "VV(PP)"  # not *royalen*
    if unknown and verbal and tag.startswith(("VV", "ADJ", "FM", "NN")):
        english = english_verb(word)  # *gecrasht*, *geliked*, *chatten*: not *Chatt*
        if english is not None:
            return english[0], tag if tag.startswith("VV") else _verb_tag(word)
    if tag.startswith("VV"):
        verb = verb_of_form(word, lemma, lookup)
        if verb is not None:  # a ge- form of a verb without ge- is its participle
            participle = word.startswith("ge") and not verb.startswith("ge")
            return verb, "VV(PP)" if participle else tag
    unknown_verb = not any(s.pos == "VERB" for s in lookup(lemma))
    if tag == "VV(PP)" and unknown_verb and lexicon.is_adjective(word.lower()):
        return word.lower(), "ADJ(D)"  # *unerhört*: no participle of a verb *unerhören*
    if tag == "VV(PP)" and unknown_verb and _negated_participle(word.lower(), lookup):
        return word.lower(), "ADJ(D)"  # *ungedruckt*: un- and *gedruckt*, no *undrucken*
    return lemma, tag
