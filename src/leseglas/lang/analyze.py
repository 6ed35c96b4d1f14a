"""Lemma, part of speech and separable verbs for the words of a sentence.

HanTa tags each sentence in context.  Each word's lemma and tag are then
checked against the dictionary (the word stages, ``lang.correct``), and the
sentence is read for what one word cannot tell (the sentence stages,
``lang.context``, ``lang.clauses``, ``lang.separable``): a noun's article, a
participle in a perfect, separable verbs reunited with their particle
(*findet … statt* → *stattfinden*).  ``lang.pipeline`` lists every stage and
rule in order.
"""

from __future__ import annotations

import re
from functools import lru_cache

from leseglas.lang.lemmas import historic_spelling, reformed_spelling
from leseglas.lang.model import Lexicon, WordAnalysis, sentence_initial
from leseglas.lang.names import mark_surnames
from leseglas.lang.pipeline import WORD_STAGES, read_sentence
from leseglas.lang.rule import Word, read_word
from leseglas.lang.tags import KEEP_CASE_TAG_PREFIXES, upos

# Letters: German's longest words in use have about 60 (*Rindfleischetikettierungs-
# überwachungsaufgabenübertragungsgesetz*, 63); past this a token is not read as a word.
LONGEST_WORD = 80
NON_WORD_TAG = "XY"  # STTS: a non-word (*D2XW3*)


def analyze_sentence(
    words: list[str],
    lexicon: Lexicon | None = None,
    old_spelling: bool = False,
    surnames: frozenset[str] = frozenset(),
) -> list[WordAnalysis]:
    """Analyses of one sentence's words (punctuation included, in order).

    The ``lexicon`` (the dictionary) checks HanTa's lemmas and word classes and
    knows which particle + verb pairs are verbs; without it the analysis is
    HanTa's alone, with separable verbs from its particle tags.  ``old_spelling``:
    the text is in the pre-1996 spelling (``lemmas.pre_reform``), and so are its
    lemmas (*des Prozesses*: *Prozeß*), as one word keeps one lemma in a text.
    ``surnames``: the words the text uses as surnames (``names.document_surnames``).
    The stages and rules that run are listed in ``lang.pipeline``.
    """
    historic = _pre_1901(words, lexicon) if old_spelling else words
    historic = [  # *gibt's*: *gibt*; not a name's or noun's genitive (*Zettel's Traum*)
        _without_contracted_es(w) if w[:1].islower() or sentence_initial(words, i) else w
        for i, w in enumerate(historic)
    ]
    historic = [_spoken_article(historic, i) for i in range(len(historic))]  # *'ne Soße*
    tagged = _tagged(_for_tagger(historic, lexicon))
    shouted = _in_capitals(words)
    analyses = []
    for index, (word, (lemma, tag)) in enumerate(zip(words, tagged, strict=True)):
        initial = len(words) > 1 and sentence_initial(words, index)  # a lone word: as typed
        lemma = _fix_case(word, lemma, tag, initial, shouted)
        rules: tuple[str, ...] = ()
        if lexicon is not None and (tag != NON_WORD_TAG or word.isalpha()):  # *erzog*: XY
            inverted = _pronoun_follows(words, tagged, index)  # *Fahren wir*
            position = (initial, inverted, shouted)
            checked = historic[index]  # *Thür* is checked as *Tür*
            lemma, tag, rules = _corrected(checked, lemma, tag, position, lexicon, old_spelling)
        analyses.append(WordAnalysis(word, lemma, upos(tag), tag, rules=rules))
    read_sentence(analyses, lexicon)
    if surnames:
        mark_surnames(analyses, surnames)
    return analyses


def _tagged(words: list[str]) -> list[tuple[str, str]]:
    """HanTa's (lemma, tag) for each word; a token longer than any German word is
    no word to read (a run of letters, a code): its own lemma, tagged XY, kept
    out of HanTa, whose morpheme lattice grows with the square of its length
    (2,000 letters took 20 s)."""
    from leseglas.lang.tagger import tagger  # HanTa and numpy: after the first paint

    words_only = [_plain_quote(w) for w in words if len(w) <= LONGEST_WORD]
    tagged = iter(tagger().tag(words_only))
    return [
        _own_lemma(w, next(tagged)) if len(w) <= LONGEST_WORD else (w, NON_WORD_TAG) for w in words
    ]


# HanTa learnt the typewriter's quotes only: after *„* it took *Du* for a name and
# *Sie* for a non-word (*„Du hast lange geschlafen“*)
_TYPEWRITER_QUOTES = str.maketrans(dict.fromkeys("„“”«»", '"') | dict.fromkeys("‚‘’‹›", "'"))


def _plain_quote(word: str) -> str:
    return word.translate(_TYPEWRITER_QUOTES) if len(word) == 1 else word


def _own_lemma(word: str, tagged: tuple[str, str]) -> tuple[str, str]:
    """A quotation mark is its own lemma, whichever HanTa was shown."""
    return (word, tagged[1]) if _plain_quote(word) != word else tagged


def _pre_1901(words: list[str], lexicon: Lexicon | None) -> list[str]:
    """Words in the spelling before 1901 (*Thür*, *compromittiren*) in the modern
    one, which the tagger and the dictionary know.  Asked only of a text in the
    old spelling (*daß*): in a modern one *perfect* and *Telecom* are English."""
    if lexicon is None:
        return words
    return [historic_spelling(w, lexicon.lookup) or w for w in words]


_CONTRACTED_ES = re.compile(r"(\w{2,})['’]s")


def _without_contracted_es(word: str) -> str:
    """A word with *es* contracted onto it is read as the word: *Gibt's*, *wenn's*,
    *mir's* (HanTa took them for *gibts*, a noun *Wenn*, a name *Mir*)."""
    match = _CONTRACTED_ES.fullmatch(word)
    return match.group(1) if match else word


# The indefinite article as spoken, its *ei-* cut off with an apostrophe the
# tokenizer splits from it: *'n paar Tage*, *so 'ne Soße*, *'nen Kaffee*
_SPOKEN_ARTICLES = {"n": "ein", "ne": "eine", "nen": "einen", "nem": "einem", "ner": "einer"}


def _spoken_article(words: list[str], index: int) -> str:
    word = words[index]
    if word[:1] in ("'", "’") and word[1:] in _SPOKEN_ARTICLES:  # one token: *'ne*
        return _SPOKEN_ARTICLES[word[1:]]
    spoken = index > 0 and words[index - 1] in ("'", "’")
    return _SPOKEN_ARTICLES.get(word, word) if spoken else word


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
) -> tuple[str, str, tuple[str, ...]]:
    """HanTa's lemma and tag for one word, checked against the dictionary by the
    word stages, and the rules that changed them.

    ``position``: whether the word opens its sentence, and whether a pronoun
    follows it (*Fahren wir …*), either way a capitalised verb may be a verb;
    and whether the sentence is set in capitals (a headline's *REDE* is *Rede*).
    """
    initial, inverted, shouted = position
    start = Word(word, lemma, tag, lexicon, initial, inverted, shouted, old_spelling)
    read, rules = read_word(WORD_STAGES, start)
    return read.lemma, read.tag, rules


def _pronoun_follows(words: list[str], tagged: list[tuple[str, str]], index: int) -> bool:
    """A personal pronoun right after the word, or after a second verb the word
    opening the sentence is joined to: *Fahren wir*, *Zerlegen oder modifizieren
    Sie das Gerät nicht*; not *Öffnen Sie keine Anhänge und klicken Sie …*, whose
    *Anhänge* is the noun."""
    after = [tag for _, tag in tagged[index + 1 : index + 4]]
    if after[:1] == ["PPER"]:
        return True
    joined = sentence_initial(words, index) and words[index + 1 : index + 2] in (["und"], ["oder"])
    return (
        joined
        and words[index + 2 : index + 3] != []
        and words[index + 2].islower()
        and after[2:3] == ["PPER"]
    )


def _in_capitals(words: list[str]) -> bool:
    """A headline set in capitals: most of its words are."""
    letters = [w for w in words if len(w) > 1 and w.isalpha()]
    return bool(letters) and sum(w.isupper() for w in letters) * 2 > len(letters)


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
