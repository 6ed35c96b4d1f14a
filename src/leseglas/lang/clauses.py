"""What a clause tells its words.

A full verb gets its clause's reflexive pronoun, prepositions and nouns (they
choose its sense: *sich unterhalten*, *besteht aus*, *bricht den Vertrag*); a
noun the preposition after it (*Abzug aus*); an adjective and its noun the
phrase the dictionary lists for them (*im Nahen Osten*: *Naher Osten*).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from leseglas.lang.difficulty import zipf_frequency
from leseglas.lang.gender import ARTICLE_GENDERS
from leseglas.lang.model import DATIVE_ONLY, SENTENCE_END, Lexicon, Sense, WordAnalysis, required
from leseglas.lang.separable import before_phrase
from leseglas.lang.tags import (
    CLAUSE_BOUNDARY_TAGS,
    CLAUSE_OPENER_TAGS,
    CONTENT_TAG_PREFIXES,
    DETERMINER_TAGS,
    FINITE_TAGS,
    INFINITIVE_TAGS,
    PARTICIPLE_TAGS,
    PHRASE_OPENING_TAGS,
)
from leseglas.lang.words import (
    COORDINATORS,
    COPULAS,
    DATIVE_PRONOUNS,
    DEGREE_WORDS,
    EIN_NOMINATIVE_ACCUSATIVE,
    EXISTENTIAL_SUBJECT,
    ORDINAL,
    PREPOSITION_IN_CONTRACTION,
    PREPOSITIONS,
    PRONOMINAL_PREPOSITIONS,
    REFLEXIVE_PRONOUNS,
    RELATIVE_TIME_WORDS,
    TIME_NOUNS,
)


def mark_phrases(analyses: list[WordAnalysis], lexicon: Lexicon) -> None:
    """Words the dictionary lists together, glossed as one: an adjective and its noun
    (*im Nahen Osten*: *Naher Osten* "Middle East"; also one HanTa read as a noun,
    *im Dreißigjährigen Krieg*), a verb and a noun of its clause
    (*steht … zur Verfügung*), a preposition and its noun (*zu Fuß* "on foot"), and
    adverbial phrases (*nach wie vor* "still"), in this order."""
    _mark_pairs(analyses, lexicon, ("ADJ(A)", "NN", "NNA"))
    _mark_graded_adjectives(analyses, lexicon)
    _mark_verb_idioms(analyses, lexicon)
    _mark_state_idioms(analyses, lexicon)
    _mark_lassen_idioms(analyses, lexicon)
    _mark_existential(analyses, lexicon)
    _mark_pairs(analyses, lexicon, ("APPR", "APPRART"))
    _mark_adverbials(analyses, lexicon)


MAX_FORMULA_WORDS = 10
MAX_NAME_WORDS = 2  # *Liebe Anna*, *Sehr geehrter Herr Dr. Weber*: the name after a salutation
_SLOT = " …"  # a salutation's place for a name, as the index writes it


def mark_formulae(analyses: list[WordAnalysis], lexicon: Lexicon) -> None:
    """Formulae the dictionary lists, where one stands alone between punctuation or
    the sentence's ends: *Vielen Dank!* "thanks a lot", *Wie geht es dir?* "How are
    you?", *Sehr geehrte Damen und Herren,* "Dear Sir or Madam", *Mit freundlichen
    Grüßen*; a salutation before a name (*Liebe Anna,* "Dear …").  Not the same words
    inside a longer sentence: *Von mir aus gesehen …* is no "Whatever!"."""
    start = 0
    while start < len(analyses):
        end = start
        while end < len(analyses) and analyses[end].pos != "PUNCT":
            end += 1
        _mark_formula(analyses[start:end], start, analyses, lexicon)
        start = end + 1


def _mark_formula(
    span: list[WordAnalysis], start: int, analyses: list[WordAnalysis], lexicon: Lexicon
) -> None:
    if not 1 <= len(span) <= MAX_FORMULA_WORDS:
        return
    words = [_es_written_out(w.text) for w in span]  # *Wie geht's dir?*
    formula = lexicon.formula(" ".join(words)) if len(span) > 1 else None
    size = len(span)
    for names in range(1, MAX_NAME_WORDS + 1):
        if formula is not None or names >= len(span):
            break
        if all(w.tag in ("NE", "NN") for w in span[-names:]):
            formula = lexicon.formula(" ".join(words[:-names]) + _SLOT)
            size = len(span) - names
    if formula is None:
        return
    for index in range(start, start + size):
        analyses[index] = replace(analyses[index], phrase=formula)


_ABBREVIATED = re.compile(r"[^\W\d_]{1,3}\.")  # *z.*, *Chr.*: a word cut short
MAX_ABBREVIATED = 4  # *u. v. m.*, *i. d. R.*


def mark_abbreviations(analyses: list[WordAnalysis], lexicon: Lexicon) -> None:
    """Words cut short and written apart that the dictionary lists written
    together are one adverb: *z. B.* as *z.B.* "for example", *d. h.* "that is"
    (whose *h.* is then no finite verb of its clause); the longest first."""
    index = 0
    while index < len(analyses) - 1:
        for size in range(MAX_ABBREVIATED, 1, -1):
            words = analyses[index : index + size]
            if len(words) < size or not all(_ABBREVIATED.fullmatch(w.text) for w in words):
                continue
            joined = "".join(w.text for w in words)
            if any(s.headword == joined for s in lexicon.lookup(joined)):
                for position in range(index, index + size):
                    analyses[position] = replace(
                        analyses[position], lemma=joined, tag="ADV", pos="ADV", phrase=joined
                    )
                index += size - 1
                break
        index += 1


def _mark_pairs(analyses: list[WordAnalysis], lexicon: Lexicon, tags: tuple[str, ...]) -> None:
    """An adjective or a preposition and the noun after it, as the dictionary lists them."""
    for index, (first, noun) in enumerate(pairwise(analyses)):
        if noun.tag != "NN" or first.tag not in tags or first.phrase or noun.phrase:
            continue
        if first.tag in ("ADJ(A)", "NN", "NNA"):  # a name's adjective HanTa read as a
            headword = _listed_phrase(first, noun, lexicon)  # noun: *im Dreißigjährigen Krieg*
        else:
            headword = _listed_idiom(first, noun, lexicon, analyses[index + 2 :])
            # and a *von* phrase, the genitive's stand-in: *ohne Angabe von Gründen* is
            # without stating reasons, not *ohne Angabe* "unattributed" (a verb's idiom
            # keeps its noun: *einen Orden von jdm. bekommen*)
            complement = _has_complement(analyses, index + 1) or _of(analyses[index + 2 :])
            if headword and complement:
                headword = headword if _takes_complement(headword, lexicon) else ""
            elif _ungoverning(headword, analyses[index + 2 :], lexicon):
                headword = ""  # a preposition with nothing to govern: *Im Zug höre ich …*
                # is on a train, not *im Zug(e)* "during"; *mit Hilfe* alone "with help"
            if _placed_in_time(analyses, index, 2):
                headword = ""  # *am Tag vorher*, *später am Tag*: not *am Tag* "daily"
            if headword and _postpositive(headword, lexicon) and not _after_noun(analyses, index):
                headword = ""  # *Blüte im Frühjahr* "vernal", not *blühen im Frühjahr*
            if headword and not _in_plain_english(headword, lexicon):
                headword = ""  # *im Gehirn* "brain", not Ding's "intracephalic"
        if headword:
            analyses[index] = replace(first, phrase=headword)
            analyses[index + 1] = replace(noun, phrase=headword)


_GRADED_TAGS = ("ADJ(A)", "ADJ(D)", "VV(PP)")
_DECLENSION = re.compile(r"(?:e|em|en|er|es)$")


def _mark_graded_adjectives(analyses: list[WordAnalysis], lexicon: Lexicon) -> None:
    """An adjective used as an adverb and the adjective after it that the dictionary
    lists as one adjective: *gestochen scharf* "razor-sharp" (not "bitten" +
    "sharp"), *schwer bewaffnet* "heavily armed", *kurz gefasst* "brief" (not
    *fassen* "to capture"); declined too (*ein gestochen scharfes Bild*).  Not a
    degree word's (*sehr gut* is no "pukka"), nor a pair Ding renders in no plain
    English."""
    for index, (first, second) in enumerate(pairwise(analyses)):
        if first.tag != "ADJ(D)" or second.tag not in _GRADED_TAGS:
            continue
        if first.phrase or second.phrase or not first.text.islower():
            continue
        if first.text in DEGREE_WORDS:
            continue
        forms = dict.fromkeys((second.text, _DECLENSION.sub("", second.text), second.lemma))
        for form in forms:
            headword = f"{first.text} {form}"
            senses = lexicon.lookup(headword)
            listed = any(s.pos == "ADJ" and s.headword == headword for s in senses)
            if listed and _in_plain_english(headword, lexicon):
                analyses[index] = replace(first, phrase=headword)
                analyses[index + 1] = replace(second, phrase=headword)
                break


def _ungoverning(headword: str, rest: list[WordAnalysis], lexicon: Lexicon) -> bool:
    """Whether a preposition + noun that is a preposition itself has nothing after
    it to govern: no genitive, name or noun (``_has_complement``), nor *von*."""
    if headword.count(" ") != 1 or not _takes_complement(headword, lexicon):
        return False
    return not rest or rest[0].text.lower() != "von"


def _postpositive(headword: str, lexicon: Lexicon) -> bool:
    """Whether Ding lists the phrase only as an attribute after a noun, "(nachgestellt)":
    *im Frühjahr* "vernal", *vor Gericht* "in-court" (*Zeugenaussage vor Gericht*)."""
    senses = [s for s in lexicon.lookup(headword) if s.headword == headword]
    return bool(senses) and all("nachgestellt" in s.notes for s in senses)


def _after_noun(analyses: list[WordAnalysis], index: int) -> bool:
    return index > 0 and analyses[index - 1].tag in ("NN", "NE")


# Words that make a noun a phrase's own (*den Platz*), not a verb idiom's (*Platz nehmen*).


def _mark_verb_idioms(analyses: list[WordAnalysis], lexicon: Lexicon) -> None:
    """A full verb and a noun of its clause (with the preposition before it) that
    the dictionary lists as one verb: *stehen … zur Verfügung* "to be at
    disposal", *kam ums Leben* "to lose one's life", *nahm Platz* "to sit down".
    The clause reaches over an apposition with no verb of its own: *steht Ihnen Ihre
    Sachbearbeiterin , Frau Wolf , gerne zur Verfügung*."""
    spans = clauses(analyses)
    for number, (start, end) in enumerate(spans):
        reach = _verbless_reach(analyses, spans, number)
        groups = [words for noun in reach if (words := _idiom_words(analyses, reach.start, noun))]
        # an adjective after the noun may be the verb's, not the idiom's: *stellte den
        # Antrag rechtzeitig* is *einen Antrag stellen*, where no *… rechtzeitig stellen* is
        groups += [(w[0], w[1]) for w in groups if len(w) == 3 and _predicative(analyses[w[2]])]
        groups += [(i,) for i in reach if _predicative(analyses[i])]
        groups += [words for i in reach if (words := _pronoun_or_degree_pair(analyses, i, reach))]
        clause = analyses[reach.start : reach.stop]
        clause_end = _clause_end(analyses, reach.stop)
        for verb in range(start, end):
            # *haben* with a bare noun: *Lust haben* "to feel like", *Angst haben*
            having = analyses[verb].tag.startswith("VA") and analyses[verb].lemma == "haben"
            # … not the perfect's: *hätte uns Zeit , Ärger … gespart* is no *Ärger haben*
            having = having and not _participle_ahead(analyses, verb)
            being = _being(analyses, verb)
            full = analyses[verb].tag.startswith("VV")
            if not (full or having or being) or analyses[verb].phrase:
                continue
            if _governs_infinitive(analyses, verb, reach.stop):
                continue  # *lässt sie in Wasser gären*: the nouns are the infinitive's
            lemmas = _verb_lemmas(analyses[verb], analyses[verb + 1 : reach.stop], lexicon)
            for words in groups:
                if analyses[words[-1]].phrase:
                    continue  # another verb's idiom already
                if (
                    having
                    and not _bare_noun(analyses, words)
                    and not _lone_predicate(analyses, words)
                ):
                    continue  # not *hatte … ein Stück Arbeit*: only a noun on its own
                if being and not _closing_phrase(analyses, words, verb, clause_end, lexicon):
                    continue
                headword = _listed_verb_idiom(analyses, words, lemmas, lexicon)
                adjective = analyses[words[0]]
                if (
                    headword
                    and _predicative(adjective)
                    and not _adjective_idiom(adjective.text, headword, lemmas, lexicon)
                    and not _cited_with_its_preposition(clause, headword, lexicon)
                ):
                    continue
                literal = _bare(analyses, words) and not _cited_singular(analyses, words, headword)
                if (
                    headword
                    and (literal or _needs_met(clause, headword, lexicon))
                    and not _idiom_alone(analyses, words, headword, lexicon)
                ):
                    taken = analyses[verb].prepositions  # one reading, whichever word
                    negation, headword = _negated_idiom(analyses, reach, headword, lexicon)
                    for index in (*words, verb, *negation):
                        analyses[index] = replace(
                            analyses[index], phrase=headword, prepositions=taken
                        )
                    break


def _negated_idiom(
    analyses: list[WordAnalysis], reach: range, idiom: str, lexicon: Lexicon
) -> tuple[tuple[int, ...], str]:
    """The idiom Ding lists with *nicht*, where the clause has it, and where *nicht*
    stands: *Das kommt nicht in Frage* is *nicht in Frage kommen* "to be out of the
    question", not *in Frage kommen* "to be possible"."""
    negation = next((i for i in reach if analyses[i].tag == "PTKNEG"), None)
    negated = lexicon.verb_idiom(f"nicht {idiom}") if negation is not None else None
    return ((negation,), negated) if negation is not None and negated else ((), idiom)


def _mark_state_idioms(analyses: list[WordAnalysis], lexicon: Lexicon) -> None:
    """*sein* and a predicative adjective or participle that Ding lists as one verb
    with the preposition the clause has: *ist auf Hilfe angewiesen* "to be reliant
    on", *bin gespannt auf* "to be curious about", *ist schuld daran*.  Without its
    preposition the adjective is itself: *Er ist fertig* is no *fertig sein* "to be
    buggered", *Das ist gut* no *gut sein* (für) "to be in the running"."""
    for start, end in clauses(analyses):
        clause = analyses[start:end]
        being = [start + i for i, a in enumerate(clause) if a.lemma == "sein" and _verb(a)]
        if not being or any(a.phrase for a in clause):
            continue
        prepositions = {preposition(a) for a in clause} - {"", "als"}  # *größer als*
        for index in range(start, end):
            word = analyses[index]
            if not (_predicative(word) or word.tag == "VV(PP)"):
                continue
            idiom = lexicon.verb_idiom(f"{word.text.lower()} sein")
            needs = {required(s) for s in lexicon.lookup(idiom or "") if s.headword == idiom}
            if idiom and needs & prepositions:
                taken = tuple(sorted(needs & prepositions))  # the idiom's senses that take it
                for marked in (index, *being):
                    analyses[marked] = replace(analyses[marked], phrase=idiom, prepositions=taken)
                break


def _mark_lassen_idioms(analyses: list[WordAnalysis], lexicon: Lexicon) -> None:
    """*lassen* and an infinitive of its clause that Ding lists as one verb: *sollte
    man sich nicht entgehen lassen* "to miss", *ließ den Arzt kommen* "to send for".
    Not one Ding writes as one word, which the separable verbs join (*fallen lassen*:
    *fallenlassen*)."""
    for start, end in clauses(analyses):
        clause = analyses[start:end]
        lassen = [start + i for i, a in enumerate(clause) if a.lemma == "lassen" and _verb(a)]
        if not lassen or any(analyses[i].phrase for i in lassen):
            continue
        reflexive = any(a.tag == "PRF" for a in clause)
        for index in range(start, end):
            infinitive = analyses[index]
            # HanTa may read the infinitive as a participle: *gefallen* (*fallen*)
            if infinitive.tag not in ("VV(INF)", "VV(PP)") or infinitive.phrase:
                continue
            verbs = [
                verb
                for verb in dict.fromkeys((infinitive.text.lower(), infinitive.lemma))
                if not lexicon.is_verb(verb + "lassen")
            ]
            cited = [f"{verb} lassen" for verb in verbs]
            if reflexive:
                cited = [f"sich {verb} lassen" for verb in verbs] + cited
            idiom = next((found for c in cited if (found := lexicon.verb_idiom(c))), None)
            if idiom:
                for marked in (index, *lassen):
                    analyses[marked] = replace(analyses[marked], phrase=idiom)
                break


def _verb(analysis: WordAnalysis) -> bool:
    return analysis.tag.startswith(("VA", "VV"))


_NOT_BEFORE_BARE = ("NN", "NE", "ADJ", "CARD", "ART", "PIAT", "PPOSAT", "PDAT", "APPR")


def _pronoun_or_degree_pair(
    analyses: list[WordAnalysis], index: int, reach: range
) -> tuple[int, ...]:
    """A preposition and a reflexive pronoun (*bringt … mit sich*, *geht vor sich*,
    *nahm es auf mich*) or *zu* and an adjective (*greift zu kurz*), which Ding
    lists with their verb: *mit sich bringen* "to entail", *zu kurz greifen*."""
    if index == reach.start:
        return ()
    before, word = analyses[index - 1], analyses[index]
    if before.phrase or word.phrase:
        return ()
    reflexive = word.tag == "PRF" or (
        word.tag == "PPER" and _own_reflexive(word.text.lower(), analyses[reach.start : reach.stop])
    )
    if before.tag == "APPR" and reflexive:
        return (index - 1, index)
    if before.tag == "PTKA" and before.text.lower() == "zu" and _predicative(word):
        return (index - 1, index)
    return ()


def _own_reflexive(pronoun: str, clause: list[WordAnalysis]) -> bool:
    """*mich*, *mir*, *uns* … are reflexive beside their own subject (*ich nahm es
    auf mich*) or with no subject pronoun (an imperative); beside another subject
    they are the speaker: *Von mir gibt es vier Sterne* is no *etw. von sich geben*."""
    if pronoun not in REFLEXIVE_PRONOUNS:
        return False
    subjects = {a.text.lower() for a in clause} & _SUBJECTS
    return not subjects or REFLEXIVE_PRONOUNS[pronoun] in subjects


def _being(analyses: list[WordAnalysis], verb: int) -> bool:
    """*sein* as a verb of its own, not a participle's auxiliary (*ist gekommen*)."""
    word = analyses[verb]
    return (
        word.tag.startswith("VA")
        and word.lemma == "sein"
        and not _participle_ahead(analyses, verb)
        and not (verb + 1 < len(analyses) and _predicative(analyses[verb + 1]))
    )


def _clause_end(analyses: list[WordAnalysis], stop: int) -> int:
    """The clause's last word, before its closing punctuation."""
    end = stop - 1
    while end > 0 and analyses[end].pos == "PUNCT":
        end -= 1
    return end


def _closing_phrase(
    analyses: list[WordAnalysis],
    words: tuple[int, ...],
    verb: int,
    clause_end: int,
    lexicon: Lexicon,
) -> bool:
    """Whether a preposition and its noun are what *sein* says of its subject: the
    clause's last words (*Du bist an der Reihe*, *Er ist in der Lage , …*) or those
    right before it at the clause's end (*wer an der Reihe ist*).  Not a phrase
    opening the clause (*Am Ende ist er froh*) or one inside it (*Das ist am Ende ein Problem*),
    nor a bare noun (*Das ist Zeit*), nor a phrase Ding lists as an adverb of its own,
    which says it alone (*in Ordnung* "all right", not *in Ordnung sein* "to be
    square")."""
    if _bare(analyses, words):
        return False
    if len(words) == 2 and _listed_idiom(analyses[words[0]], analyses[words[1]], lexicon, []):
        return False  # a phrase that says it alone: *alles war in Ordnung* "all right"
    return words[-1] == clause_end or words[-1] + 1 == verb == clause_end


def _bare_noun(analyses: list[WordAnalysis], words: tuple[int, ...]) -> bool:
    """A noun with nothing of its phrase before it but *kein*: *Lust* in *Hast du
    Lust*, *Ich habe keine Lust*; not *Arbeit* in *ein Stück Arbeit*."""
    if len(words) == 2 and analyses[words[0]].text.lower() in _NEGATING:
        words = words[1:]
    noun = words[0]
    before = analyses[noun - 1].tag if noun > 0 else ""
    if before == "PIAT" and analyses[noun - 1].text.lower() in _NEGATING:
        before = ""
    return (
        len(words) == 1 and analyses[noun].tag == "NN" and not before.startswith(_NOT_BEFORE_BARE)
    )


_NEGATING = frozenset({"kein", "keine", "keinen"})


def _lone_predicate(analyses: list[WordAnalysis], words: tuple[int, ...]) -> bool:
    """An adjective on its own that *haben* may take as one verb: *Er hat recht*,
    *Sie hat es eilig* (Ding's *recht haben*, *es eilig haben*)."""
    return len(words) == 1 and analyses[words[0]].tag == "ADJ(D)"


def _predicative(analysis: WordAnalysis) -> bool:
    """An uninflected adjective, which Ding lists with its verb where the two are
    one verb: *rückgängig machen* "to reverse", *blass werden* "to turn pale"."""
    return analysis.tag == "ADJ(D)" and analysis.text.islower() and not analysis.phrase


def _adjective_idiom(
    adjective: str, verb_idiom: str, lemmas: tuple[str, ...], lexicon: Lexicon
) -> bool:
    """Whether Ding gives an adjective + verb a line of its own with its forms
    (*etw. rückgängig machen | rückgängig machend | …*), not a synonym's (*fummeln;
    zärtlich spielen* "to fondle"); and the two are no verb written apart, which
    the separable verbs join (*verloren gegangen*: *verlorengehen*)."""
    if any(lexicon.is_verb(adjective.lower() + lemma) for lemma in lemmas):
        return False
    if verb_idiom.startswith("es "):
        return True  # with its *es*: *es eilig haben* "to be in a hurry"
    return any(  # *recht haben* "to be right" beside *Recht haben* "to be entitled"
        s.headword.lower() == verb_idiom.lower() and s.synonym == 0 and s.inflected
        for s in lexicon.lookup(verb_idiom)
    )


def _cited_with_its_preposition(
    clause: list[WordAnalysis], verb_idiom: str, lexicon: Lexicon
) -> bool:
    """Whether Ding cites the adjective + verb with a preposition the clause has:
    *jdn. für etw. verantwortlich machen* "to hold sb. responsible" in *den
    Onlinehandel für das Ladensterben verantwortlich machen*."""
    needs = {required(s) for s in lexicon.lookup(verb_idiom) if s.headword == verb_idiom}
    return bool((needs - {""}) & {preposition(a) for a in clause})


def _governs_infinitive(analyses: list[WordAnalysis], verb: int, end: int) -> bool:
    """Whether a finite full verb has a full verb's infinitive with it: after it
    (*lässt sie in einem Glas Wasser gären*) or just before it (*… gären lässt*).
    Its clause's nouns are then the infinitive's: no *Wasser lassen* "to urinate"."""
    if analyses[verb].tag != "VV(FIN)":
        return False
    after = any(a.tag == "VV(INF)" for a in analyses[verb + 1 : end])
    return after or (verb > 0 and analyses[verb - 1].tag == "VV(INF)")


# What may open a subordinate clause before its subject: *in dem es … gibt*, *wo es … gibt*
_CLAUSE_OPENERS = frozenset({"APPR", "APPRART", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT"})
# A nominative pronoun before the finite verb is the subject, and *es* after it an
# object: *Er gibt es ihr*
_SUBJECT_PRONOUNS = frozenset("ich du er sie wir ihr man".split())
_ES_TAGS = ("PPER", "XY")  # HanTa takes *Es* after a quotation mark for a symbol


def _mark_existential(analyses: list[WordAnalysis], lexicon: Lexicon) -> None:
    """A verb whose subject is *es* in a use the dictionary lists (*es gibt* "there
    is"): *Es gibt Brot*, *Heute gab es Regen*, *dass es keine Hoffnung gibt*,
    *hat es … gegeben*, *Gibt's noch Kaffee?* (its *es* contracted onto it); not *Er
    gibt es ihr*, *Gib es mir*, *… und gib es ihm*."""
    for start, end in clauses(analyses):
        subject = _subject_es(analyses, start, end)
        if subject is None:
            subject = _contracted_es(analyses, start, end)
        if subject is None:
            continue
        for verb in range(start, end):
            analysis = analyses[verb]
            if not analysis.tag.startswith("VV") or analysis.phrase:
                continue
            headword = _existential(analysis.lemma, lexicon)
            if headword:
                for index in (subject, verb):
                    analyses[index] = replace(analyses[index], phrase=headword)


_CONTRACTED_ES = ("'s", "’s")


def _es_written_out(word: str) -> str:
    """*geht's* as *geht es*."""
    return word[:-2] + " es" if word.endswith(_CONTRACTED_ES) else word


def _contracted_es(analyses: list[WordAnalysis], start: int, end: int) -> int | None:
    """The clause's finite full verb with *es* contracted onto it: *Gibt's …*, *…,
    wo's … gibt* has its own."""
    for index in range(start, end):
        analysis = analyses[index]
        if analysis.tag == "VV(FIN)" and analysis.text.endswith(_CONTRACTED_ES):
            return index
    return None


def _existential(verb: str, lexicon: Lexicon) -> str:
    """The verb's existential use, if the dictionary lists one: *es gibt* "there is"
    for *geben*; not an idiom with *es* as its object (*es mit jdm. aufnehmen*)."""
    senses = lexicon.lookup(EXISTENTIAL_SUBJECT + verb)
    return next(
        (
            s.headword
            for s in senses
            if s.headword.startswith(EXISTENTIAL_SUBJECT)
            and any(t.startswith("there ") for t in s.translations)
        ),
        "",
    )


def _subject_es(analyses: list[WordAnalysis], start: int, end: int) -> int | None:
    """Where *es* is its clause's subject: first in it (after what opens it: a
    relative pronoun, a preposition, a quotation mark), or right after its first
    finite verb when no nominative pronoun comes before that verb (*Heute gibt es*)."""
    opening = start
    while opening < end and (
        analyses[opening].tag in _CLAUSE_OPENERS or not analyses[opening].text.isalnum()
    ):
        opening += 1
    for index in range(opening, end):
        analysis = analyses[index]
        if analysis.text.lower() == "es" and analysis.tag in _ES_TAGS and index == opening:
            return index
        if analysis.tag.startswith("V") and analysis.tag.endswith("(FIN)"):
            after = index + 1
            before = {a.text.lower() for a in analyses[start:index]}
            inverted = after < end and analyses[after].text.lower() == "es"
            before_clause = analyses[start - 1] if start > 0 else None
            # first in its sentence, or after *und*: *Nimm das, und gib es ihm!*
            bidding = before_clause is None or (
                before_clause.text in SENTENCE_END or before_clause.tag == "KON"
            )
            if index == opening and bidding and not _question(analyses, index):
                return None  # a verb first outside a question bids: *Gib es mir!*
            return after if inverted and not before & _SUBJECT_PRONOUNS else None
    return None


def _question(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether the sentence the word is in ends with a question mark."""
    ends = (a.text for a in analyses[index:] if a.text in SENTENCE_END)
    return next(ends, "") == "?"


def _needs_met(clause: list[WordAnalysis], verb_idiom: str, lexicon: Lexicon) -> bool:
    """Whether the clause has what one of the idiom's senses needs: *mit jdm. ins
    Bett gehen* "to sleep with sb." wants a *mit*; *ging ins Bett* went to bed.
    Asked only of a preposition + noun, which may be meant literally; a bare noun
    and its verb are an idiom whatever else is there (*die Bauern laufen Sturm*)."""
    needs = {required(s) for s in lexicon.lookup(verb_idiom) if s.headword == verb_idiom}
    if "" in needs or "jds." in needs:
        return True
    return bool(needs & {preposition(a) for a in clause})  # *damit in Verbindung bringen*


def _cited_singular(analyses: list[WordAnalysis], words: tuple[int, ...], idiom: str) -> bool:
    """Whether a bare plural met an idiom Ding cites with *ein* (``_indefinite_citations``).
    It is that idiom only with what the idiom needs: *Kredite aufnehmen* is *einen
    Kredit aufnehmen*, but *Schwächen haben* is no *eine Schwäche für etw. haben*."""
    return idiom.split(" ", 1)[0] in _INDEFINITE and analyses[words[0]].lemma != "ein"


_INDEFINITE = ("einen", "eine", "ein")  # as Ding cites an idiom's noun, tried in this order
# An object's definite article, which meets an idiom Ding cites with *ein*; not *der*,
# a genitive's (*durch die Subduktion der Kruste gebildet* is no *eine Kruste bilden*)
_DEFINITE_ARTICLES = frozenset({"die", "das", "den"})


def _bare(analyses: list[WordAnalysis], words: tuple[int, ...]) -> bool:
    """Whether the idiom's noun has no preposition (*Sturm laufen*, *eine Rolle spielen*)."""
    return analyses[words[0]].tag not in ("APPR", "APPRART")


def _idiom_alone(
    analyses: list[WordAnalysis], words: tuple[int, ...], verb_idiom: str, lexicon: Lexicon
) -> bool:
    """Whether the preposition and noun are an idiom of their own that keeps its gloss
    over the verb idiom: when Ding lists the verb idiom only as another way to say a
    verb (*laufen; zu Fuß gehen* "to hoof it"), *zu Fuß* "on foot" and its verb; when
    it opens a line of its own, the verb idiom (*unter Druck setzen* "to pressurize",
    not *unter Druck* "under pressure" + *setzen*)."""
    if len(words) != 2:
        return False
    rest = analyses[words[1] + 1 :]
    idiom = _listed_idiom(analyses[words[0]], analyses[words[1]], lexicon, rest)
    if not idiom or not any(s.synonym == 0 for s in lexicon.lookup(idiom)):
        return False  # none, or one Ding lists only under another word: *über Bord*
    return not any(
        s.pos == "VERB" and s.headword == verb_idiom and s.synonym == 0
        for s in lexicon.lookup(verb_idiom)
    )


def _idiom_words(analyses: list[WordAnalysis], start: int, noun: int) -> tuple[int, ...]:
    """The noun and the preposition before it, or a bare noun; none for a noun that
    has an article or a genitive, or is already in a phrase."""
    if analyses[noun].tag != "NN" or analyses[noun].phrase or _has_complement(analyses, noun):
        return ()  # *am Anfang eines Films steht*: the noun's own phrase
    before = analyses[noun - 1] if noun > start else None
    if before is not None and before.tag in ("APPR", "APPRART") and not before.phrase:
        return (noun - 1, noun)
    if before is None or before.tag not in DETERMINER_TAGS:
        return (noun,)
    if before.tag == "PPOSAT" and _as_cited_possessive(before.text):
        opening = analyses[noun - 2] if noun - 1 > start else None
        if opening is not None and opening.tag == "APPR" and not opening.phrase:
            return (noun - 2, noun - 1, noun)  # *zog sie in ihren Bann*: *in seinen Bann ziehen*
        return (noun - 1, noun)  # *änderte ihre Meinung*: Ding's *seine Meinung ändern*
    article = _article_of(analyses, start, noun)
    if article is None:  # *riskante Entscheidungen treffen*: a noun with attributes only
        return (noun,) if _no_determiner(analyses, start, noun) else ()
    opening = analyses[article - 1] if article > start else None
    if opening is not None and opening.tag == "APPR" and not opening.phrase:
        return (article - 1, article, noun)  # *aus den Augen verlieren*
    following = analyses[noun + 1] if noun + 1 < len(analyses) else None
    if following is not None and _predicative(following):
        return (article, noun, noun + 1)  # *die Nase voll haben*
    return (article, noun)


# Between an article and its noun: adjectives and the adverbs that grade them
# (*eine sehr große Rolle*).
_IN_NOUN_PHRASE = frozenset({"ADJ(A)", "ADV", "ADJ(D)", "CARD"})


_DETERMINING_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PWAT", "APPR", "APPRART"})


def _no_determiner(analyses: list[WordAnalysis], start: int, noun: int) -> bool:
    """Whether the noun's phrase has adjectives before it but no article, determiner
    or preposition: *riskante Entscheidungen*, not *seine riskanten Entscheidungen*."""
    index = noun - 1
    while index > start and analyses[index].tag in _IN_NOUN_PHRASE:
        index -= 1
    return analyses[index].tag not in _DETERMINING_TAGS


def _article_of(analyses: list[WordAnalysis], start: int, noun: int) -> int | None:
    """The article opening the noun's phrase (*eine große Rolle*), as Ding cites
    a verb idiom with it: *eine Rolle spielen*, *eine Entscheidung treffen*."""
    index = noun - 1
    while index > start and analyses[index].tag in _IN_NOUN_PHRASE:
        index -= 1
    opening = analyses[index]
    if opening.tag in ("ART", "PIAT") and not opening.phrase and index < noun:
        return index
    return None


def _verb_lemmas(
    verb: WordAnalysis, rest_of_clause: list[WordAnalysis], lexicon: Lexicon
) -> tuple[str, ...]:
    """The verb's lemma with each particle later in its clause, since the particle
    is joined to it only after this step: *ging in Flammen auf* is *in Flammen
    aufgehen* "to go up in flames", *kommst du mit ins Kino* no *ins Kino kommen*;
    the bare lemma only with no particle (*gebt Milch hinein* is no *Milch geben*)."""
    words = [a.text for a in rest_of_clause]
    tagged = [(a.lemma, a.tag) for a in rest_of_clause]
    particles = [
        a.text.lower()
        for index, a in enumerate(rest_of_clause)
        if (a.tag == "PTKVZ" and a.text.isalpha())
        or (before_phrase(words, tagged, index) and lexicon.is_verb(a.text.lower() + verb.lemma))
    ]
    return tuple(p + verb.lemma for p in reversed(particles)) or (verb.lemma,)


def _listed_verb_idiom(
    analyses: list[WordAnalysis], words: tuple[int, ...], lemmas: tuple[str, ...], lexicon: Lexicon
) -> str:
    written = [analyses[i].text for i in words]
    if len(written) == 2:
        written[0] = written[0].lower()  # *Zur Verfügung steht …*
    citations = [written, *_indefinite_citations(analyses, words)]
    if len(written) == 2 and (written[1].lower() in REFLEXIVE_PRONOUNS):
        citations.append([written[0], "sich"])  # *auf mich nehmen*: *auf sich nehmen*
    if len(written) == 2 and (possessive := _as_cited_possessive(written[0])):
        citations.append([possessive, written[1]])  # *ihre Meinung ändern*: *seine Meinung*
    if len(written) == 2 and written[0].lower() in _NEGATING and "geben" not in lemmas:
        # *keine Lust haben*: *Lust haben*; not *es gibt keine Hoffnung* (*Hoffnung geben*)
        citations.append(written[1:])
    if len(written) == 2 and written[0].lower() in _DEFINITE_ARTICLES:
        # *bestand die Prüfung*: Ding's *eine Prüfung bestehen*
        citations += [[article, written[1]] for article in _INDEFINITE]
    if len(written) == 1 and words[0] > 0 and analyses[words[0] - 1].text.lower() == "es":
        citations.append(["es", written[0]])  # *hat es eilig*: *es eilig haben*
    if len(written) == 3 and (possessive := _as_cited_possessive(written[1])):
        citations.append([written[0], possessive, written[2]])  # *in ihren Bann*: *seinen*
    for lemma in lemmas:
        for cited in citations:
            if found := lexicon.verb_idiom(" ".join([*cited, lemma])):
                return found
    return ""


_POSSESSIVE_STEM = re.compile(r"^(?:mein|dein|sein|ihr|unser|euer|eur)(e[nmrs]?)?$", re.IGNORECASE)


def _as_cited_possessive(word: str) -> str:
    """A possessive as Ding cites it in an idiom, by its ending: *ihre* → *seine*,
    *meinen* → *seinen*; "" for no possessive."""
    match = _POSSESSIVE_STEM.match(word)
    return f"sein{match.group(1) or ''}" if match else ""


def _indefinite_citations(analyses: list[WordAnalysis], words: tuple[int, ...]) -> list[list[str]]:
    """The singular with *ein* that Ding cites an idiom's noun in, for a bare plural:
    *Kredite aufnehmen*, *Entscheidungen treffen* are *einen Kredit aufnehmen*,
    *eine Entscheidung treffen*.  Not one after *kein*: *spielt keine Rolle* is not
    *eine Rolle spielen* "to matter"."""
    noun = analyses[words[-1]]
    if len(words) != 1 or noun.tag != "NN" or noun.text == noun.lemma:
        return []
    return [[article, noun.lemma] for article in _INDEFINITE]


ADVERBIAL_WORDS = (4, 3, 2)  # Ding's multi-word adverbs have at most four words
_GENITIVE_OPENERS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT"})
_NO_GENITIVE_ENDINGS = ("ie", "en", "em", "as", "ein", "ine")  # die, den, dem, das, (k)ein(e)


def _attached_noun(analyses: list[WordAnalysis], index: int, end: int) -> int | None:
    """The noun a noun's genitive or *von* attribute names (*eine Folge dieser
    Serie*, *von dieser Serie*), as Ding notes it: *Folge* (einer Serie) "episode"."""
    if analyses[index].tag != "NN" or index + 1 >= end:
        return None
    following = analyses[index + 1]
    if following.text.lower() in ("von", "vom"):
        opener = index + 2 < end and analyses[index + 2].tag in _GENITIVE_OPENERS
        return _phrase_noun(analyses, index + 2 + opener, end)
    if _opens_genitive(analyses[index + 1 : end]):
        return _phrase_noun(analyses, index + 2, end)
    return None


def _opens_genitive(rest: list[WordAnalysis]) -> bool:
    """A determiner, or an adjective in -er before a noun (*in Form einmaliger
    Beiträge*, a genitive plural with no article)."""
    first = rest[0]
    if first.tag in _GENITIVE_OPENERS:
        # a determiner in a genitive's form: not *die*, *den* (*von Zeit zu Zeit die
        # Dateien prüfen*)
        return not first.text.lower().endswith(_NO_GENITIVE_ENDINGS)
    noun_after = len(rest) > 1 and rest[1].tag == "NN"
    return first.tag == "ADJ(A)" and first.text.endswith("er") and noun_after


def _mark_adverbials(analyses: list[WordAnalysis], lexicon: Lexicon) -> None:
    """Adverbial phrases the dictionary lists, as written: *in der Regel* "as a
    rule", *nach wie vor* "still", *ab und zu* "now and then" (its *zu* is then
    no verb's particle)."""
    index = 0
    while index < len(analyses) - 1:
        for size in ADVERBIAL_WORDS:
            words = analyses[index : index + size]
            if len(words) < size:
                continue
            headword = _listed_adverbial(words, analyses[index + size :], lexicon)
            if headword and _noun_attribute(analyses, index, size):
                headword = ""  # *den Biergarten auf der anderen Seite*: the garden's place
            if headword and not _placed_in_time(analyses, index, size):
                for position in range(index, index + size):
                    analyses[position] = replace(analyses[position], phrase=headword)
                index += size - 1
                break
        index += 1


def _noun_attribute(analyses: list[WordAnalysis], index: int, size: int) -> bool:
    """Whether a four-word phrase from a preposition to a noun follows a noun, whose
    attribute it then is (*der Biergarten auf der anderen Seite* is over there, not
    "on the other hand"); shorter ones are left as they were found."""
    words = analyses[index : index + size]
    nominal = words[0].tag in ("APPR", "APPRART") and words[-1].tag.startswith("NN")
    return nominal and size > 3 and _after_noun(analyses, index)


def _prepositional(words: list[WordAnalysis]) -> bool:
    """A preposition, an adjective and its noun, listed whole: an idiom, not
    words met by chance (*in freier Wildbahn* "in the wild")."""
    tags = [w.tag for w in words]
    return tags[0] in ("APPR", "APPRART") and tags[1:] == ["ADJ(A)", "NN"]


def _listed_adverbial(words: list[WordAnalysis], rest: list[WordAnalysis], lexicon: Lexicon) -> str:
    if any(w.phrase or not w.text.isalpha() for w in words):
        return ""
    written = " ".join(w.text for w in words)
    found = lexicon.adverbial(written)
    if found is None:
        return ""
    headword, pos = found
    if headword[1:] != written[1:] or headword[:1].lower() != written[:1].lower():
        return ""  # *ein Paar* is not *ein paar*
    if (
        pos != "ADV"
        and not _prepositional(words)
        and any(w.tag.startswith(CONTENT_TAG_PREFIXES) for w in words)
    ):
        return ""
    superlative = len(words) == 2 and words[0].text == "am"  # *am liebsten* "best"
    if words[-1].tag in PHRASE_OPENING_TAGS or (
        any(w.tag == "ADJ(D)" for w in words) and not superlative
    ):
        return ""  # *mit der …*, *für mich*; *ganz komisch*, *sehr wohl fühlen*: chance pairs
    if len(words) == 2 and (words[0].tag == "KON" or words[0].text.lower() in COORDINATORS):
        return ""  # *und nicht*, *aber auch*
    if len(words) == 2 and words[-1].tag == "PTKVZ":
        return ""  # *ging … nicht ein*: a verb's particle, not *nicht ein* "not a single"
    if words[-1].tag == "APPR" and rest and rest[0].tag in ("PPER", "PRF", "PDS"):
        return ""  # *fürchtete sich nicht vor ihm*: a verb's *vor*, not *nicht vor* "not until"
    if _literal_measure(words, rest):
        return ""  # *streut eine Spur*; *eine Spur zu laut* "a touch too loud"
    if words[-1].tag == "NN" and rest and _opens_genitive(rest):
        return ""  # *in der Tat des Mannes*: the noun is meant literally; *zum Beispiel Äpfel*
    return headword if _in_plain_english(headword, lexicon) else ""


_NOTE = re.compile(r"\([^)]*\)")
_SLOTS = frozenset({"sb.", "sth.", "sb./sth."})


def _in_plain_english(headword: str, lexicon: Lexicon) -> bool:
    """Whether a listed phrase has a rendering whose every word English readers
    meet (wordfreq knows it).  Ding glosses some specialist's words with a phrase
    as their synonym: *intrazephal; im Gehirn (gelegen)* "intracephalic", *von
    hier* "herefrom"; the phrase's own words say that better ("in" + "brain").
    *in Flammen* "afire", *mit Düsenantrieb* "jet-propelled" are rare but met."""
    for sense in lexicon.lookup(headword):
        if sense.headword.lower() != headword.lower():
            continue
        for rendering in sense.translations:
            words = [w for w in _NOTE.sub("", rendering).split() if w not in _SLOTS]
            if words and all(zipf_frequency(w, "en") > 0 for w in words):
                return True
    return False


def _literal_measure(words: list[WordAnalysis], rest: list[WordAnalysis]) -> bool:
    """An article and noun Ding lists as an adverb of degree (*eine Spur* "a touch")
    is one only before what it grades: an adjective or adverb."""
    if (
        len(words) != 2
        or words[0].text.lower() not in EIN_NOMINATIVE_ACCUSATIVE
        or words[1].tag != "NN"
    ):
        return False  # not a genitive of time: *eines Tages* "one day"
    return not (rest and rest[0].tag.startswith(("ADJ", "ADV", "PTKA")))


def _has_complement(analyses: list[WordAnalysis], index: int) -> bool:
    """A noun followed by its own genitive or name is meant literally: *am Ende der
    Straße* is at its end, *am Ende* alone "in the end"; *in Form einmaliger
    Beiträge* is "in the form of", not *in Form* "fit"."""
    rest = analyses[index + 1 :]
    return bool(rest) and (rest[0].tag in ("NN", "NE") or _opens_genitive(rest))


_OF_OPENERS = frozenset({"NN", "NE", "ADJ(A)", "CARD", "ART", "PPOSAT", "PIAT", "PDAT"})


def _of(rest: list[WordAnalysis]) -> bool:
    """Whether the words open with *von* and a noun phrase."""
    return len(rest) > 1 and rest[0].text.lower() == "von" and rest[1].tag in _OF_OPENERS


def _placed_in_time(analyses: list[WordAnalysis], start: int, size: int) -> bool:
    """Words ending in a noun that a time word before or after places are meant
    literally: *am Tag vorher* "the day before", *später am Tag* "later in the day"."""
    if analyses[start + size - 1].tag != "NN":
        return False
    before = analyses[start - 1].text.lower() if start > 0 else ""
    after = analyses[start + size].text.lower() if start + size < len(analyses) else ""
    return before in RELATIVE_TIME_WORDS or after in RELATIVE_TIME_WORDS


# English prepositions that end a rendering which is a preposition itself: "due to",
# "in the course of", "during" (not in/on/at/by, which end adverbs: "later on")
_ENGLISH_PREPOSITIONS = frozenset(
    "of to for with from during despite throughout via within regarding concerning amid "
    "amidst towards toward against without among amongst notwithstanding".split()
)


def _takes_complement(idiom: str, lexicon: Lexicon) -> bool:
    """An idiom that is a preposition itself takes what follows (*auf Grund
    beruflicher Umzüge* "due to", *im Zuge der Reform* "during"); one that is not
    is then meant literally."""
    return any(
        s.translations and _ends_in_preposition(s.translations[0])
        for s in lexicon.lookup(idiom)
        if s.headword.lower() == idiom.lower()
    )


def _ends_in_preposition(rendering: str) -> bool:
    words = rendering.lower().split()
    return bool(words) and words[-1] in _ENGLISH_PREPOSITIONS


def _listed_idiom(
    preposition: WordAnalysis, noun: WordAnalysis, lexicon: Lexicon, rest: list[WordAnalysis]
) -> str:
    """The dictionary's headword for a preposition + noun written as it lists it.
    Before its complement, a preposition the dictionary lists only with the one
    after it (*im Rahmen von*, *in Bezug auf*; before a genitive, with *von*, whose
    genitive it is: *im Rahmen der Mission*); *in Form von* "in the form of", but
    *in Form* "fit", and *mit Hilfe* "by means of" is a preposition already."""
    written = f"{preposition.text} {noun.text}"
    pair = _headword(lexicon, written)
    if pair and _takes_complement(pair, lexicon):
        return pair
    closing = ""
    if rest and rest[0].text.lower() in PREPOSITIONS:
        closing = rest[0].text.lower()
    elif rest and _opens_genitive(rest):
        closing = "von"
    with_complement = _headword(lexicon, f"{written} {closing}", "ADP") if closing else ""
    return with_complement or pair


def _headword(lexicon: Lexicon, written: str, word_class: str = "") -> str:
    """The headword of a sense written so (of the word class, if one is given; no
    verb's: *zu Fuß gehen* is a verb idiom's)."""
    key = written.lower()
    for sense in lexicon.lookup(written):
        fits = sense.pos == word_class if word_class else sense.pos != "VERB"
        if fits and sense.headword.lower() == key:
            return sense.headword
    return ""


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
            if fixed and sense.headword.lower() == key and _as_named(adjective, noun, sense):
                return sense.headword
    return ""


def _as_named(adjective: WordAnalysis, noun: WordAnalysis, sense: Sense) -> bool:
    """Whether the pair is written as the name is: its adjective capitalised, or
    (old spelling: *die erste Hilfe*) its noun in the name's number; *mit allen
    demokratischen Parteien* is no *Demokratische Partei*."""
    return adjective.text[:1].isupper() or noun.text == sense.headword.split()[-1]


def finite_before(
    analyses: list[WordAnalysis], index: int, tags: tuple[str, ...]
) -> WordAnalysis | None:
    """The nearest word tagged one of ``tags`` before this one, in its clause."""
    for analysis in reversed(analyses[:index]):
        if analysis.text in SENTENCE_END or analysis.text == ",":
            return None
        if analysis.tag in tags:
            return analysis
    return None


def preposition(analysis: WordAnalysis) -> str:
    """The preposition a word brings to its clause: *zum* → *zu*; a pronominal
    adverb stands for its own (*rechnen damit, dass …* → *mit*)."""
    word = analysis.text.lower()
    if analysis.tag in ("APPR", "APPRART"):
        return PREPOSITION_IN_CONTRACTION.get(word, word)
    if analysis.tag == "KOKOM" and word == "als":
        return word  # *sah es als erwiesen an*: "als etw. ansehen" "to regard as sth."
    if analysis.tag in ("PROAV", "PWAV"):
        for prefix in ("dar", "da", "wor", "wo", "hier"):
            rest = word.removeprefix(prefix)
            if rest != word and rest in PRONOMINAL_PREPOSITIONS:
                return rest
    return ""


_SUBJECTS = _SUBJECT_PRONOUNS | {"es"}  # a clause's own subject


def mark_clauses(analyses: list[WordAnalysis]) -> None:
    """Give each full verb what its clause says about its sense: a reflexive
    pronoun (*sich unterhalten* "to talk", not *unterhalten* "to entertain"), the
    prepositions (*besteht aus* "to consist of") and the nouns (*bricht den
    Vertrag* "to break"; the form as written too, Ding's notes use either).
    A noun gets the preposition after it (*Abzug aus* "pull-out")."""
    spans = clauses(analyses)
    for number, (start, end) in enumerate(spans):
        clause = analyses[start:end]
        words = {a.text.lower() for a in clause}
        if any(a.tag == "VV(IMP)" for a in clause):
            words |= {"du", "ihr"}  # an imperative's subject: *Mach dich auf!*
        if number and start > 0 and analyses[start - 1].tag == "KON" and not words & _SUBJECTS:
            # a clause after *und* shares the subject before it: *Wir bitten um …
            # und entschuldigen uns* (*uns* is *sich*)
            before = analyses[spans[number - 1][0] : spans[number - 1][1]]
            words |= {a.text.lower() for a in before if a.tag == "PPER"}
        for index in range(start, end):  # *er stellte uns das Auto hin*: "us", not *sich*
            pronoun = analyses[index].text.lower()
            if (
                analyses[index].tag == "PRF"
                and REFLEXIVE_PRONOUNS.get(pronoun, "sich") not in words
            ):
                analyses[index] = replace(analyses[index], lemma=pronoun, tag="PPER")
        reflexive = any(
            (a.tag == "PRF" and a.text.lower() not in REFLEXIVE_PRONOUNS)
            or REFLEXIVE_PRONOUNS.get(a.text.lower()) in words
            for a in clause
        )
        prepositions = {
            p
            for i in range(start, end)
            if (p := preposition(analyses[i]))
            and not _of_time(analyses, i)
            and not _measure_of_a_noun(analyses, i)
            and not _attribute_in_prefield(analyses, start, end, i)
        }
        prepositions |= _dative_only(analyses, start, end, prepositions)
        if _dative_object(analyses, start, end):
            prepositions.add(DATIVE_SLOT)
        if _accusative_object(analyses, start, end):
            prepositions.add(ACCUSATIVE_SLOT)
        if _person_object(analyses, start, end):
            prepositions.add(PERSON_OBJECT)
        infinitives = _zu_infinitives(analyses, start, end)
        next_span = spans[number + 1] if number + 1 < len(spans) else (end, end)
        takes_following = not _zu_infinitive_clause(analyses, start, end) and _zu_infinitive_clause(
            analyses, *next_span
        )
        nouns = {w for a in clause if a.tag.startswith("NN") for w in (a.lemma, a.text)}
        verbs = [i for i in range(start, end) if analyses[i].tag.startswith("VV")]
        lassen = [i for i in verbs if analyses[i].lemma == "lassen"]  # *lässt sich … schneiden*
        found, named = tuple(sorted(prepositions)), tuple(sorted(nouns))
        for index in verbs:
            # a zu-infinitive in the clause or the clause after, unless it is one itself
            governed = index not in infinitives and (takes_following or bool(infinitives))
            analyses[index] = replace(
                analyses[index],
                reflexive=reflexive and (not lassen or index in lassen),
                prepositions=_with_infinitive(analyses, index, found, governed),
                clause_nouns=named,
            )
        for index in range(start, end):
            attached = _attached_noun(analyses, index, end)
            if attached is not None:
                noun = analyses[attached]
                analyses[index] = replace(analyses[index], clause_nouns=(noun.lemma, noun.text))
    for index, analysis in enumerate(analyses[:-1]):
        following = preposition(analyses[index + 1]) if analysis.tag == "NN" else ""
        if following and analyses[index + 1].tag in ("APPR", "APPRART"):
            analyses[index] = replace(analysis, prepositions=(following,))


def _with_infinitive(
    analyses: list[WordAnalysis], verb: int, found: tuple[str, ...], governed: bool
) -> tuple[str, ...]:
    """The clause's prepositions for a verb, with the zu-infinitive it may govern, and
    ``DIRECT_ZU`` where the infinitive follows it with nothing but adverbs between:
    *pflegte zu sagen*, *versuchte nicht zu lachen*."""
    if not governed:
        return found
    after = verb + 1
    while after < len(analyses) and analyses[after].tag in ("ADV", "PTKNEG"):
        after += 1
    direct = after + 1 < len(analyses) and analyses[after].tag == "PTKZU"
    direct = direct and analyses[after + 1].tag in ("VV(INF)", "VA(INF)")
    return tuple(sorted({*found, ZU_INFINITIVE, *([DIRECT_ZU] if direct else [])}))


DIRECT_ZU = "zu tun"  # among a verb's prepositions: its zu-infinitive follows it directly


def mark_pronominal_objects(analyses: list[WordAnalysis]) -> None:
    """Each pronominal adverb gets the full verb of its clause, the nearest of two
    (after the separable verbs are joined: *weist darauf hin* is *hinweisen*); an
    interrogative or relative one too (*Worauf wartest du?*)."""
    for start, end in clauses(analyses):
        verbs = [i for i in range(start, end) if analyses[i].tag.startswith("VV")]
        if not verbs:
            continue
        for index in range(start, end):
            adverb = analyses[index]
            if adverb.tag in ("PROAV", "PWAV") and preposition(adverb):
                nearest = min(verbs, key=lambda verb: abs(verb - index))
                analyses[index] = replace(adverb, governor=analyses[nearest])


def mark_werden(analyses: list[WordAnalysis]) -> None:
    """Each auxiliary *werden* gets its use from its clause: the future with an
    infinitive (*wird … kommen*, *würde … tun*), the passive with a past participle
    (*wurde … gebaut*), "to become" with neither (*wurde krank*).  Its own
    participle says it: *worden* is the passive's, *geworden* "become"; an
    infinitive wins (*wird gebaut werden* is a future, its *werden* the passive).

    Phrases set off by commas with no verb of their own still belong to the
    clause: *wurde von der Bürgermeisterin , Sallyanne Atkinson , ernannt*."""
    spans = clauses(analyses)
    for number, (start, end) in enumerate(spans):
        for index in range(start, end):
            werden = analyses[index]
            if werden.lemma != "werden" or not werden.tag.startswith(("VA", "VV")):
                continue  # HanTa tags the old preterite *ward* VV
            if werden.tag == "VA(PP)":
                use = "passive" if werden.text.lower() == "worden" else "copula"
            else:
                others = [i for i in _verb_span(analyses, spans, number) if i != index]
                if werden.tag != "VA(INF)" and any(_bare_infinitive(analyses, i) for i in others):
                    use = "future"
                elif any(analyses[i].tag in PARTICIPLE_TAGS for i in others):
                    use = "passive"
                else:
                    use = "copula"
            analyses[index] = replace(werden, auxiliary=use)


def _verb_span(analyses: list[WordAnalysis], spans: list[tuple[int, int]], number: int) -> range:
    """The clause's words and those of the comma phrases after it that have no
    verb of their own (an apposition, a list), up to the next clause.  A clause
    whose finite verb comes last is whole (*…, die Nato-Mitglied wurden, …*)."""
    start, end = spans[number]
    if analyses[end - 1].tag in FINITE_TAGS:
        return range(start, end)
    for following, after in spans[number + 1 :]:
        words = analyses[following:after]
        if analyses[following - 1].tag != "$," or not words or words[0].tag in CLAUSE_OPENER_TAGS:
            break  # a conjunction, a relative pronoun: another clause
        if any(a.tag in FINITE_TAGS or a.tag in ("PTKZU", "KOUI") for a in words):
            break
        if any(a.tag in PARTICIPLE_TAGS or a.tag in INFINITIVE_TAGS for a in words):
            end = after
            break
        end = after
    return range(start, end)


_OWN_CLAUSE_TAGS = frozenset({"KOUI", "KOUS", "PRELS", "PRELAT"})  # open a clause of their own


def _participle_ahead(analyses: list[WordAnalysis], verb: int) -> bool:
    """Whether a past participle follows the verb in its clause, over commas (a list,
    an apposition), before a finite verb or a clause of its own."""
    for analysis in analyses[verb + 1 :]:
        if analysis.tag == "VV(PP)":
            return True
        if analysis.text in SENTENCE_END or analysis.tag in _OWN_CLAUSE_TAGS:
            return False
        if analysis.tag.endswith("(FIN)"):
            return False
    return False


def _verbless_reach(
    analyses: list[WordAnalysis], spans: list[tuple[int, int]], number: int
) -> range:
    """The clause's words and those of the comma phrases after it with no verb at all,
    up to the next clause (``_verb_span``, without a participle's or an infinitive's
    phrase, whose nouns are that verb's: *…, der „Gedanken lesen“*)."""
    reach = _verb_span(analyses, spans, number)
    start, end = spans[number]
    for following, after in spans[number + 1 :]:
        if after > reach.stop or any(a.tag.startswith("V") for a in analyses[following:after]):
            break
        end = after
    return range(start, end)


def _bare_infinitive(analyses: list[WordAnalysis], index: int) -> bool:
    """An infinitive with no *zu* before it: *wird kommen*, not *bat ihn zu kommen*."""
    after_zu = index > 0 and analyses[index - 1].tag == "PTKZU"
    return analyses[index].tag in INFINITIVE_TAGS and not after_zu


_EITHER_CASE = frozenset("an auf hinter in neben über unter vor zwischen".split())
_OWN_STEM_IN_ER = frozenset({"unser", "euer"})  # *auf unser Haus*: no ending, no dative
_DATIVE_PERSONAL = frozenset({"mir", "dir", "ihm", "ihr", "ihnen", "denen"})
_PRONOUN_TAGS = frozenset({"PRELS", "PDS", "PIS", "PWS"})


def _dative_determiner(analysis: WordAnalysis) -> bool:
    """A determiner or pronoun in a dative's form after a two-way preposition: *dem*,
    *einem*, *meinem*, *demselben*, *der*, *jeder*, *einer*, an adjective in *-em*
    (*auf weichem Boden*), *ihm*, *denen*, a relative *der* (*in der er lebt*);
    not *unser*, whose *-er* is its stem, nor *den*, *die*, *das*, *ihn*."""
    word, tag = analysis.text.lower(), analysis.tag
    if word in _DATIVE_PERSONAL:
        return True
    if tag == "ADJ(A)":
        return word.endswith("em")
    if tag not in DETERMINER_TAGS | _PRONOUN_TAGS or tag == "CARD" or word in _OWN_STEM_IN_ER:
        return False
    return word.endswith(("em", "er")) or word.startswith(("demselb", "derselb", "demjenig"))


def _dative_only(analyses: list[WordAnalysis], start: int, end: int, found: set[str]) -> set[str]:
    """The two-way prepositions of the clause that each stand before a dative: a
    contraction with *dem* (*im*, *am*) or a dative determiner (*auf der Bühne*)."""
    cases: dict[str, set[bool]] = {}
    for index in range(start, end):
        word = preposition(analyses[index])
        if (
            word not in _EITHER_CASE
            or word not in found
            or analyses[index].tag
            not in (
                "APPR",
                "APPRART",
            )
        ):
            continue
        written = analyses[index].text.lower()
        following = index + 1 < end and _dative_determiner(analyses[index + 1])
        dative = written.endswith("m") if written != word else following
        cases.setdefault(word, set()).add(dative)
    return {word + DATIVE_ONLY for word, seen in cases.items() if seen == {True}}


DATIVE_SLOT = "jdm."  # among a clause's prepositions: it has a dative object
ACCUSATIVE_SLOT = "jdn./etw."  # among a clause's prepositions: it has an accusative object
PERSON_OBJECT = "jdn."  # … and that object is a person: *ihn*, *mich*, *dich*
# among a clause's prepositions: a zu-infinitive depends on its verb (*pflegte zu sagen*,
# *raten, früh ins Bett zu gehen*), as Ding writes the use: "jdm. raten, etw. zu tun"
ZU_INFINITIVE = "etw. zu tun"
_PURPOSE_OPENERS = frozenset({"um", "ohne", "statt", "anstatt"})  # *um … zu*: no complement


def _zu_infinitives(analyses: list[WordAnalysis], start: int, end: int) -> list[int]:
    """The zu-infinitives of a clause that no *um*, *ohne* or *statt* opens:
    *zu sagen*, *aufzustehen*."""
    if any(a.text.lower() in _PURPOSE_OPENERS for a in analyses[start:end]):
        return []
    return [
        i
        for i in range(start, end)
        if analyses[i].tag in ("VV(IZU)", "VA(IZU)")
        or (
            analyses[i].tag in ("VV(INF)", "VA(INF)")
            and i > start
            and analyses[i - 1].tag == "PTKZU"
        )
    ]


def _zu_infinitive_clause(analyses: list[WordAnalysis], start: int, end: int) -> bool:
    """Whether a clause is a zu-infinitive's own: one, and no finite verb."""
    clause = analyses[start:end]
    has_finite = any(a.tag in FINITE_TAGS for a in clause)
    return not has_finite and bool(_zu_infinitives(analyses, start, end))


_DATIVE_DETERMINERS = frozenset(
    "dem einem diesem jedem keinem meinem deinem seinem ihrem unserem eurem".split()
)


def _dative_object(analyses: list[WordAnalysis], start: int, end: int) -> bool:
    """Whether a clause has a dative object: a dative pronoun (*sagte mir*) or a
    dative determiner no preposition governs (*sagte dem Reporter*, not *mit dem*)."""
    for index in range(start, end):
        word, tag = analyses[index].text.lower(), analyses[index].tag
        if tag in ("PPER", "PRF") and word in DATIVE_PRONOUNS:
            return True
        if tag == "PPER" and word == "ihr" and _dative_ihr(analyses, start, end, index):
            return True
        governed = index > 0 and analyses[index - 1].tag in ("APPR", "APPRART")
        if word in _DATIVE_DETERMINERS and not governed:
            return True
    return False


_NOMINATIVE_PRONOUNS = _SUBJECTS - {"sie", "ihr"}  # never an object: *dass es ihr einfiel*


def _dative_ihr(analyses: list[WordAnalysis], start: int, end: int, index: int) -> bool:
    """Whether *ihr* is "(to) her", not "you": after a subject pronoun (*dass es ihr
    einfiel*), or in a clause whose finite verb cannot be its (*gab ihr*; *ihr kommt*,
    *ihr kamt*, *ihr seid* end in -t or are *seid*)."""
    if index > start and analyses[index - 1].text.lower() in _NOMINATIVE_PRONOUNS:
        return True
    finite = [a.text.lower() for a in analyses[start:end] if a.tag in FINITE_TAGS]
    return bool(finite) and not any(f.endswith("t") or f == "seid" for f in finite)


# Determiners of a masculine singular accusative: *den*, *einen* before a singular
# noun is no subject (a plural after *den* is dative: *den Kindern*)
_ACCUSATIVE_DETERMINERS = frozenset(
    "den einen diesen jenen jeden keinen meinen deinen seinen unseren euren".split()
)
_ACCUSATIVE_PRONOUNS = frozenset({"ihn", "mich", "dich"})


def _accusative_object(analyses: list[WordAnalysis], start: int, end: int) -> bool:
    """Whether a clause surely has an accusative object: *ihn*, *mich*, *dich*, or a
    noun phrase ``_object_nouns`` finds."""
    return _person_object(analyses, start, end) or bool(_object_nouns(analyses, start, end))


def _object_nouns(analyses: list[WordAnalysis], start: int, end: int) -> list[WordAnalysis]:
    """The nouns of a clause's accusative objects: a masculine singular noun phrase
    no preposition governs (*den Teig verstreichen*), not one of time (*den ganzen
    Tag schlafen*); and where the subject is known (``_subject_before``), a noun
    phrase after it that may be nominative or accusative, or a bare noun
    (*Schneiden Sie die Stängel ab*, *die Firma stellte zwanzig Leute ein*, *sie
    sammeln Kastanien*).  Elsewhere most objects (*die Farbe*, *das Buch*) look
    like subjects and are not seen."""
    subject = _subject_before(analyses, start, end)
    found: list[int] = []
    for index in range(start, end):
        analysis = analyses[index]
        word, tag = analysis.text.lower(), analysis.tag
        before = analyses[index - 1].tag if index > start else ""
        if before in ("APPR", "APPRART", "KOKOM"):
            continue  # nor a comparison's: *hing wie ein nasser Sack an mir*
        # not one joined to the subject: *er und die Kinder sammeln*
        beside = index > subject and before != "KON"
        if tag == "NN" and beside and before.startswith(_BEFORE_A_BARE_OBJECT):
            noun: int | None = index
        elif tag == "PIS" and beside and word in _OBJECT_PRONOUNS:
            noun = index  # *hatte alles gehört*, *sah niemanden*
        elif tag in DETERMINER_TAGS and word in _ACCUSATIVE_DETERMINERS:
            noun = _phrase_noun(analyses, index + 1, end)
            if noun is not None and analyses[noun].text != analyses[noun].lemma:
                noun = None  # *den*, *seinen* before a plural is a dative: *den Kindern*
        elif tag in DETERMINER_TAGS and beside and _nominative_or_accusative(analysis):
            noun = _phrase_noun(analyses, index + 1, end)
        else:
            continue
        if noun is None or analyses[noun].lemma in TIME_NOUNS or _measure(analyses, noun, end):
            continue
        if noun not in found:
            found.append(noun)
    return [analyses[noun] for noun in found]


# Adjectives a noun phrase measures, in the accusative but no object: *ein paar
# Blocks entfernt*, *zwei Meter hoch*, *drei Jahre alt*
_MEASURED = frozenset("entfernt lang breit hoch tief dick weit alt schwer groß".split())


def _measure(analyses: list[WordAnalysis], noun: int, end: int) -> bool:
    """Whether a noun phrase measures the adjective after it (``_MEASURED``)."""
    return noun + 1 < end and analyses[noun + 1].text.lower() in _MEASURED


# Determiners of a noun phrase in the nominative or the accusative, not a dative or
# genitive one: after the subject, such a phrase is the object
_NOMINATIVE_OR_ACCUSATIVE = frozenset(
    "die das ein eine kein keine diese dieses jene jenes mein meine dein deine sein seine "
    "ihr ihre unser unsere euer eure viele einige mehrere manche alle beide wenige".split()
)
# Indefinite pronouns after the subject that are objects: things, or a person
_THING_PRONOUNS = frozenset("alles etwas nichts vieles einiges manches".split())
_PERSON_PRONOUNS = frozenset({"jemanden", "niemanden"})
_OBJECT_PRONOUNS = _THING_PRONOUNS | _PERSON_PRONOUNS
_BEFORE_A_BARE_OBJECT = ("VV", "VM", "ADV", "PTKNEG", "ADJ(D)", "PRF")  # *sammeln Kastanien*
_PRONOUN_SUBJECTS = frozenset("ich du er sie wir ihr".split())  # not *es*: *es folgen die …*
_NO_SUBJECT = 1 << 30  # a position after every clause's end


def _nominative_or_accusative(analysis: WordAnalysis) -> bool:
    return analysis.tag == "CARD" or analysis.text.lower() in _NOMINATIVE_OR_ACCUSATIVE


def _subject_before(analyses: list[WordAnalysis], start: int, end: int) -> int:
    """Where a clause's subject is, when a full verb takes the rest (not *sein*,
    *werden*, *bleiben* alone: *er ist der Chef*): a personal pronoun (*ich*,
    *Sie*, *wir*), or a main clause's noun before its finite verb (*die Firma
    stellte …*); ``_NO_SUBJECT`` when neither is seen."""
    clause = analyses[start:end]
    if not any(a.tag.startswith("VV") and a.lemma not in COPULAS for a in clause):
        return _NO_SUBJECT
    for index in range(start, end):
        if analyses[index].tag == "PPER" and analyses[index].text.lower() in _PRONOUN_SUBJECTS:
            return index
    finite = next((i for i in range(start, end) if analyses[i].tag in FINITE_TAGS), None)
    if finite is None or analyses[start].tag in CLAUSE_OPENER_TAGS:
        return _NO_SUBJECT  # a subordinate clause: its subject may follow any phrase
    prefield = range(start, finite)
    governed = {i + 1 for i in prefield if analyses[i].tag in ("APPR", "APPRART")}
    nouns = [i for i in prefield if analyses[i].tag in ("NN", "NE") and i not in governed]
    if not nouns or _governed_phrase(analyses, start, nouns[0]):
        return _NO_SUBJECT
    # an accusative of time is no subject: *Zehn Jahre später stehen die Musiker …*
    return _NO_SUBJECT if analyses[nouns[0]].lemma in TIME_NOUNS else nouns[0]


def _governed_phrase(analyses: list[WordAnalysis], start: int, noun: int) -> bool:
    """Whether a noun is in a phrase a preposition opens (*In der Stadt …*)."""
    index = noun - 1
    while index >= start and analyses[index].tag in DETERMINER_TAGS | {"ADV"}:
        index -= 1
    return index >= start and analyses[index].tag in ("APPR", "APPRART")


THING_OBJECT = "etw."  # among a clause's prepositions: its object is a thing, no person
# What Ding's first rendering names a person by, where the German has no *-in* form
# for it (*Leute*, *Kind*, *Mensch*)
_PERSON_WORDS = frozenset(
    "person people man woman child kid boy girl baby human being adult family parent friend "
    "folk folks guy husband wife guest".split()
)


def mark_objects(analyses: list[WordAnalysis], lexicon: Lexicon) -> None:
    """A clause's object noun tells which of a verb's uses it is: a person (*stellte
    zwanzig Leute ein* "to employ sb.", not "to cease sth.") or a thing (*sammeln
    Kastanien* "to collect sth.", not "to gather sb."; ``THING_OBJECT``)."""
    for start, end in clauses(analyses):
        nouns = _object_nouns(analyses, start, end)
        if not nouns or _person_object(analyses, start, end):
            continue
        person = any(
            noun.text.lower() in _PERSON_PRONOUNS
            or (noun.tag != "PIS" and is_person_noun(noun.lemma, lexicon, noun.tag, noun.article))
            for noun in nouns
        )
        mark = PERSON_OBJECT if person else THING_OBJECT
        for index in range(start, end):
            verb = analyses[index]
            if verb.tag.startswith("VV") and mark not in verb.prepositions:
                prepositions = tuple(sorted({*verb.prepositions, mark}))
                analyses[index] = replace(verb, prepositions=prepositions)


def is_person_noun(lemma: str, lexicon: Lexicon, tag: str = "NN", article: str = "") -> bool:
    """Whether a noun names a person: Ding has its feminine in *-in* (*Mitarbeiter*:
    *Mitarbeiterin*; *Kollege*: *Kollegin*; *Arzt*: *Ärztin*), or it is one
    (*Lehrerin*), or a sense's first rendering is a person (*Leute* "people", *Mann*
    "man"), or it is an adjective's (*Verdächtige*).  Its article, where known, keeps
    to the senses of its gender: *das Tor* is a gate, though *der Tor* (*Törin*) is a fool."""
    genders = ARTICLE_GENDERS.get(article, frozenset("mf") | {"pl", "n", ""})
    if "pl" in genders:  # a plural's article says nothing of its noun's gender
        genders = genders | {"m", "f", "n", ""}
    if tag == "NNA" or (lemma.endswith("e") and _listed(lemma + "r", lexicon)):
        return True  # an adjective's noun: *zwei Verdächtige*, *Angeklagte* (*Angeklagter*)
    stem = lemma.removesuffix("e")
    feminines = (lemma + "in", stem + "in", _umlauted(stem) + "in")
    if genders & {"m", "pl"} and any(_listed(form, lexicon) for form in feminines):
        return True
    senses = [s for s in lexicon.lookup(lemma) if s.headword == lemma and s.pos == "NOUN"]
    if lemma.endswith("in") and genders & {"f", "pl"} and any(s.gender == "f" for s in senses):
        for male in (lemma[:-2], lemma[:-2] + "e"):
            if any(s.headword == male and s.gender == "m" for s in lexicon.lookup(male)):
                return True
    return any(
        _names_a_person(s.translations[0])
        for s in senses
        if s.translations and (s.gender in genders or s.gender == "pl")
    )


def _names_a_person(rendering: str) -> bool:
    words = _NOTE.sub("", rendering).lower().split()
    return bool(words) and words[-1] in _PERSON_WORDS


def _listed(noun: str, lexicon: Lexicon) -> bool:
    return any(s.headword == noun and s.pos == "NOUN" for s in lexicon.lookup(noun))


_UMLAUTS = {"au": "äu", "a": "ä", "o": "ö", "u": "ü"}


def _umlauted(word: str) -> str:
    """The word with its last vowel umlauted, as a feminine in *-in* has it: *Arzt*
    *Ärzt-*, *Koch* *Köch-*."""
    match = re.search(r"(au|[aou])(?!.*[aeiouäöü])", word, re.IGNORECASE)
    if match is None:
        return word
    vowel = match.group(1)
    umlaut = _UMLAUTS[vowel.lower()]
    umlaut = umlaut.capitalize() if vowel[0].isupper() else umlaut
    return word[: match.start()] + umlaut + word[match.end() :]


def _person_object(analyses: list[WordAnalysis], start: int, end: int) -> bool:
    """Whether a clause's object is a person's pronoun: *ihn*, *mich*, *dich*; not
    one that is reflexive with its own subject (*ich frage mich* "to wonder")."""
    said = {a.text.lower() for a in analyses[start:end]}
    return any(
        a.tag in ("PPER", "PRF")
        and a.text.lower() in _ACCUSATIVE_PRONOUNS
        and REFLEXIVE_PRONOUNS.get(a.text.lower()) not in said
        for a in analyses[start:end]
    )


def _phrase_noun(analyses: list[WordAnalysis], start: int, end: int) -> int | None:
    """Where the noun a determiner opens is, across adjectives and grading adverbs;
    an adjective's noun too (*zwei Verdächtige*)."""
    for index in range(start, end):
        if analyses[index].tag in ("NN", "NNA"):
            return index
        if analyses[index].tag not in ("ADJ(A)", "ADV", "CARD"):
            return None
    return None


_QUESTION_WORD_TAGS = frozenset({"PWAV", "PWS", "PWAT"})


def mark_questions(analyses: list[WordAnalysis]) -> None:
    """A question word opens a direct question where the finite verb follows it, or
    follows the adjective or adverb it asks about: *Wie funktioniert das?*, *Wie oft
    halten wir …!*; not *wie die Polizei mitteilte*, *Wie bekanntgegeben wurde , …*
    (a clause of comparison, whose finite verb closes it)."""
    for index, word in enumerate(analyses):
        if word.tag not in _QUESTION_WORD_TAGS:
            continue
        verb = index + 1
        if verb < len(analyses) and analyses[verb].tag.startswith(("ADJ", "ADV")):
            verb += 1  # *Wie oft …*
        if verb + 1 >= len(analyses) or analyses[verb].tag not in FINITE_TAGS:
            continue
        if not analyses[verb + 1].tag.startswith("$"):  # *Wie bekanntgegeben wurde ,*
            analyses[index] = replace(word, question=True)


NUMBER_SLOT = "+ Zahl"  # among a word's prepositions: a number follows it (*gut zwei*)
AFTER_NUMBER = "Zahl +"  # among a noun's prepositions: a number before it (*zehn Uhr*)


def mark_numbers_after(analyses: list[WordAnalysis]) -> None:
    """A word right before a number (or *ein*), or before *als* or *wie* and one,
    takes ``NUMBER_SLOT``, for the senses Ding keeps for that use: *gut zwei
    Stunden* "a good two hours", *je ein Teil* "each", *mehr als 5* "in excess of";
    but *gut sichtbar* "well", *der je diesen Titel errang* "ever".  A noun right
    after a number or an ordinal takes ``AFTER_NUMBER``: *um zehn Uhr* "o'clock", not
    "clock"; *im zweiten Stock* "floor", not "stick"."""
    for index in range(len(analyses) - 1):
        following = analyses[index + 1 : index + 3]
        compared = following[0].tag == "KOKOM" and len(following) > 1
        word = analyses[index]
        if word.tag[:1] not in "VN" and _number(following[1] if compared else following[0]):
            analyses[index] = replace(word, prepositions=(*word.prepositions, NUMBER_SLOT))
        noun = following[0]
        if noun.tag == "NN" and (word.tag == "CARD" or _ordinal(word)):  # *um zehn Uhr*
            analyses[index + 1] = replace(noun, prepositions=(*noun.prepositions, AFTER_NUMBER))


_ORDINAL = re.compile(ORDINAL)


def _ordinal(word: WordAnalysis) -> bool:
    """*im zweiten Stock* "floor", not "stick"."""
    return word.tag == "ADJ(A)" and bool(_ORDINAL.fullmatch(word.text.lower()))


def _number(word: WordAnalysis) -> bool:
    return word.tag == "CARD" or (word.tag == "ART" and word.lemma == "ein")


# The verbs an adjective is the predicate of, not an adverb to: *ist neu*, *bleibt stark*;
# or the predicate of their object: *finde ich praktisch* "practical", not "practically"
_PREDICATING = COPULAS | {"sein", "werden", "finden"}


def mark_adverbial_adjectives(analyses: list[WordAnalysis]) -> None:
    """An uninflected adjective in a clause with a verb other than a copula says how
    that is done (*Die Preise stiegen kräftig* "strongly", *ist stark gestiegen*); in
    a clause whose verbs are copulas (and modals) it is the predicate (*ist kräftig*,
    *muss sicher sein*), and so it is after *für* or *als* (*hält es für sicher*).
    *finden* makes its object's predicate (*finde ich praktisch* "practical").
    Right before another adjective, one says how much, whatever the verb
    (*ist unglaublich schön* "incredibly")."""
    for start, end in clauses(analyses, join_phrases=False):
        clause = analyses[start:end]
        verbs = [a for a in clause if a.tag.startswith(("VV", "VA"))]
        predicate = not verbs or all(a.lemma in _PREDICATING for a in verbs)
        for index in range(start, end):
            if analyses[index].tag != "ADJ(D)" or _after_for_or_as(analyses, index):
                continue
            if (
                not predicate
                or _grades_adjective(analyses, index, end)
                or _before_noun_phrase(analyses, index, end)
                or _before_the_predicate(analyses, index, end)
            ):
                analyses[index] = replace(analyses[index], adverbial=True)


def _before_the_predicate(analyses: list[WordAnalysis], index: int, end: int) -> bool:
    """An uninflected adjective with the clause's predicate still to come, not joined
    to it: *Angeblich seien Lieferengpässe schuld* "allegedly"; not *war krank und
    müde*, two predicates, nor one before a comparison (*so stark wie möglich*)."""
    following = analyses[index + 1].tag if index + 1 < end else ""
    if following in ("KON", "$,", "KOKOM"):
        return False
    for analysis in analyses[index + 2 : end]:
        if analysis.tag == "KOKOM":
            return False
        if analysis.tag == "ADJ(D)":
            return True
    return False


def _grades_adjective(analyses: list[WordAnalysis], index: int, end: int) -> bool:
    """An uninflected adjective before another, over adverbs that grade it:
    *unglaublich instinktlos*, *war wirklich sehr müde* "really"."""
    following = index + 1
    while following < end and analyses[following].tag == "ADV":
        following += 1
    return following < end and analyses[following].tag in ("ADJ(D)", "ADJ(A)")


_OPENING_NOUN_PHRASE = frozenset({"ART", "PIAT", "PPOSAT", "PDAT", "NN"})


def _before_noun_phrase(analyses: list[WordAnalysis], index: int, end: int) -> bool:
    """An uninflected adjective before a noun phrase is no predicate, which closes
    its clause (*finde das Buch gut*, *ist gut*), but says how: *finde ich bestimmt
    keine Käfer* "certainly", *ist sicher ein Fehler* "surely"."""
    return index + 1 < end and analyses[index + 1].tag in _OPENING_NOUN_PHRASE


def _after_for_or_as(analyses: list[WordAnalysis], index: int) -> bool:
    """*hielt es für (bedeutend) sicherer*, *gilt als sicher*: a predicate, of the object."""
    for before in reversed(analyses[max(0, index - 2) : index]):
        if before.text.lower() in ("für", "als"):
            return True
        if before.tag not in ("ADV", "PTKA", "ADJ(D)"):  # *für bedeutend sicherer*
            return False
    return False


_BEFORE_NOUN = ("ART", "ADJ(A)", "CARD", "PPOSAT", "PIAT", "PDAT", "ADV")


def _of_time(analyses: list[WordAnalysis], index: int) -> bool:
    """A preposition opening a time adverbial (*im Mai*, *am letzten Montag*, *seit
    2005*), not the verb's object: *im Mai eingegangen* is no *in etw. eingehen*."""
    if analyses[index].tag not in ("APPR", "APPRART"):
        return False
    following = analyses[index + 1 : index + 4]
    for position, analysis in enumerate(following):
        if analysis.tag == "CARD" and analysis.text.isdigit() and len(analysis.text) == 4:
            after = following[position + 1].tag if position + 1 < len(following) else ""
            return not after.startswith("NN")  # a year: *seit 2005*; not *über 1200 Betten*
        if analysis.tag.startswith("NN"):
            return analysis.lemma in TIME_NOUNS
        if analysis.tag not in _BEFORE_NOUN:
            return False
    return False


def _attribute_in_prefield(analyses: list[WordAnalysis], start: int, end: int, index: int) -> bool:
    """A preposition after a noun before a main clause's finite verb, which is the
    noun's: what stands before that verb is one phrase, so *Meine Anfragen beim
    Kundendienst blieben unbeantwortet* is no *bei etw. bleiben* "to stand by sth."
    (a phrase of its own there, *Beim Kundendienst blieb er*, stays the verb's)."""
    opener = analyses[start - 1] if start > 0 else None
    if analyses[start].tag in _SUBORDINATING_TAGS or (
        opener is not None and opener.tag in _SUBORDINATING_TAGS
    ):
        return False
    finite = next((i for i in range(start, end) if analyses[i].tag in FINITE_TAGS), None)
    if finite is None or index > finite:
        return False
    verb_last = all(a.pos in ("PUNCT", "VERB", "AUX") for a in analyses[finite + 1 : end])
    return not verb_last and any(analyses[i].tag in ("NN", "NE") for i in range(start, index))


# a clause's openers, and those of a zu-infinitive and a question word's phrase
_SUBORDINATING_TAGS = frozenset({*CLAUSE_OPENER_TAGS, "KOUI", "PWAT"})


def _measure_of_a_noun(analyses: list[WordAnalysis], index: int) -> bool:
    """*von* and a number after a noun, the noun's measure, not the verb's object:
    *bei einem Preis von knapp 900 Euro … erwartet* is no *von jdm. etw. erwarten*."""
    if index == 0 or analyses[index].text.lower() != "von":
        return False
    if not analyses[index - 1].tag.startswith("NN"):
        return False
    following = [a for a in analyses[index + 1 : index + 4] if a.tag != "ADV"]
    return bool(following) and following[0].tag == "CARD"


def clauses(analyses: list[WordAnalysis], join_phrases: bool = True) -> list[tuple[int, int]]:
    """The sentence's clauses as spans, each boundary (a comma, a conjunction) left out.
    A coordinating conjunction with no finite verb after it joins phrases, not
    clauses (*steht … von acht bis achtzehn Uhr zur Verfügung*, *kann sich auf den
    Service und deren Aussagen verlassen*), unless ``join_phrases`` is off."""
    spans, start, subordinate = [], 0, False
    for index, analysis in enumerate(analyses):
        if analysis.tag in CLAUSE_BOUNDARY_TAGS and not (
            join_phrases
            and (
                _joins_phrases(analyses, index)
                or _before_final_verb(analyses, start, index, subordinate)
            )
        ):
            spans.append((start, index))
            start = index + 1
            subordinate = analysis.tag == "KOUS"
    spans.append((start, len(analyses)))
    return spans


_RELATIVE_TAGS = frozenset({"PRELS", "PRELAT"})


def _before_final_verb(
    analyses: list[WordAnalysis], start: int, index: int, subordinate: bool
) -> bool:
    """Whether a conjunction stands inside a subordinate clause before its finite
    verb, which closes the clause: *da sich die Beschwerden mit Physiotherapie und
    Schmerzmitteln nicht besserten* is one clause, its *sich* the verb's."""
    if analyses[index].tag != "KON" or start >= index:
        return False
    opened = subordinate or analyses[start].tag in _RELATIVE_TAGS
    return opened and not any(a.tag in FINITE_TAGS for a in analyses[start:index])


_VERB_PHRASE_HEADS = frozenset({"VV(PP)", "VV(INF)", "VV(IZU)"})


def _joins_phrases(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether a coordinating conjunction joins phrases of one clause: no finite
    verb after it, nor a full verb's participle or infinitive on each side, which
    share the clause's auxiliary (*hat Moral gezeigt und sich den Sieg verdient*:
    the *sich* is *verdienen*'s), nor one after a subordinate clause's finite verb."""
    if analyses[index].tag != "KON":
        return False
    after = False
    for analysis in analyses[index + 1 :]:
        if analysis.tag in FINITE_TAGS:
            return False
        if analysis.tag in CLAUSE_BOUNDARY_TAGS:
            break
        after = after or analysis.tag in _VERB_PHRASE_HEADS
    if not after:
        return True
    finite = False
    for analysis in reversed(analyses[:index]):
        if analysis.tag in _VERB_PHRASE_HEADS:
            return False
        if analysis.tag in CLAUSE_BOUNDARY_TAGS:
            return True
        finite = finite or analysis.tag in FINITE_TAGS
        # a subordinate clause's finite verb before *und*: HanTa's infinitive after it
        # is finite too (*…, die sich kreuzen und die lieblichsten Täler bilden*)
        if finite and analysis.tag in _SUBORDINATE_OPENERS:
            return False
    return True


_SUBORDINATE_OPENERS = frozenset({"PRELS", "PRELAT", "KOUS"})
