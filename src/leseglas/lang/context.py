"""What the sentence corrects in HanTa's reading of a word.

A noun gets the article of its phrase; a participle in a perfect or passive is
a verb (*hat … zugegeben*); a clause that must end in a finite verb gets one; a
second finite verb in a clause is an attribute or an adverb (*die entdeckte
Menge ging*); nouns read as adjectives are nouns again (*mit weniger Rechten*).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from leseglas.lang.clauses import clauses, finite_before
from leseglas.lang.compounds import split_compound, split_listed
from leseglas.lang.difficulty import zipf
from leseglas.lang.gender import ARTICLE_GENDERS, MASCULINE_EIN
from leseglas.lang.lemmas import (
    ADJECTIVE_ENDINGS,
    adjective_headword,
    declines_to,
    degree,
    english_verb,
    participle_verb,
    plural_owner,
)
from leseglas.lang.model import (
    SENTENCE_END,
    Lexicon,
    Lookup,
    Sense,
    WordAnalysis,
    sentence_initial,
)
from leseglas.lang.names import (
    is_given_name,
    name_or_noun,
    noun_in_s,
    roman_number,
    unknown_town,
)
from leseglas.lang.rule import Place, Then, place_rule
from leseglas.lang.tags import (
    ADJECTIVE_TAGS,
    ATTRIBUTIVE_PRONOUN_TAGS,
    CLAUSE_BOUNDARY_TAGS,
    CLAUSE_OPENER_TAGS,
    DETERMINER_OR_CONTRACTION_TAGS,
    FINITE_TAGS,
    FIRST_PHRASE_TAGS,
    MIDFIELD_TAGS,
    NAME_PART_TAGS,
    NOMINAL_TAGS,
    NOT_BEFORE_ATTRIBUTE_TAGS,
    NOUN_PHRASE_TAG_PREFIXES,
    NOUN_TAGS,
)
from leseglas.lang.words import (
    ACADEMIC_DEGREES,
    ACCUSATIVE_PREPOSITIONS,
    ADDRESSES,
    ARTICLE_IN_CONTRACTION,
    COPULAS,
    DATIVE_PREPOSITIONS,
    DATIVE_PRONOUNS,
    DEFINITE_ARTICLES,
    DEGREE_WORDS,
    DER_ENDINGS,
    DER_WORDS,
    EIN_ENDINGS,
    EIN_WORDS,
    INDEFINITE_ARTICLES,
    PARTICLES,
    PARTICLES_LONGEST_FIRST,
    PASSIVE_AFTER,
    PERFECT_AUXILIARIES,
    REFLEXIVE_COPULAS,
    SINGULAR_NEUTER_ARTICLES,
)

NEXT, END_STAGE = Then.NEXT, Then.END_STAGE


def _after_am(analyses: list[WordAnalysis], index: int) -> bool:
    """*am*, or *an dem* as treebanks split it."""
    before = [a.text.lower() for a in analyses[max(0, index - 2) : index]]
    return before[-1:] == ["am"] or before == ["an", "dem"]


_ATTRIBUTIVE_ENDINGS = ("te", "ten", "tem", "ter", "tes")


def _second_finite(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether the word's clause has another finite verb: HanTa's *entdeckte* in
    *die in Busang entdeckte Menge ging …* or *bestimmt* in *werden bestimmt
    wieder kommen* is no verb of its own."""
    start, end = _clause_of(analyses, index)
    return any(a.tag in FINITE_TAGS for i, a in enumerate(analyses[start:end], start) if i != index)


def _clause_of(analyses: list[WordAnalysis], index: int) -> tuple[int, int]:
    """The span of the clause the word is in (a clause boundary: the word alone)."""
    spans = (span for span in clauses(analyses) if span[0] <= index < span[1])
    return next(spans, (index, index + 1))


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
        and previous not in NOT_BEFORE_ATTRIBUTE_TAGS
        and not _after_first_phrase(analyses, index)
    ):
        stem = word[: word.rfind("t") + 1]  # entdeckte → entdeckt
        return replace(analysis, lemma=stem, tag="ADJ(A)", pos="ADJ")
    midfield = following is not None and following.tag in MIDFIELD_TAGS
    if (
        midfield
        and finite_before(analyses, index, FINITE_TAGS)
        and lexicon.is_adjective(word.lower())
    ):
        return replace(analysis, lemma=word.lower(), tag="ADJ(D)", pos="ADJ")
    return analysis  # at the clause's end a participle (*hat … funktioniert .*)


def _after_first_phrase(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether only one noun phrase precedes the word in its clause: the verb's
    second place (*Die Luftwaffe brachte Hilfsgüter …*), a headline's too."""
    for analysis in reversed(analyses[:index]):
        if analysis.text in SENTENCE_END or analysis.tag in CLAUSE_BOUNDARY_TAGS:
            return True
        if analysis.tag not in FIRST_PHRASE_TAGS:
            return False
    return True


# What follows an adverb inside a clause; a participle stands at the clause's end.


# Stage "nominalise": nouns HanTa read as adjectives, and the reverse.


def _following(place: Place) -> WordAnalysis | None:
    index = place.index + 1
    return place.analyses[index] if index < len(place.analyses) else None


def _previous(place: Place) -> WordAnalysis | None:
    return place.analyses[place.index - 1] if place.index > 0 else None


@place_rule(
    "noun.truncated-compound",
    END_STAGE,
    examples=[
        ("Wir suchen eine Kraft in *Voll-* oder Teilzeit .", "Vollzeit NN"),
        ("Sie hat Erfahrung in der *Alten-* und Krankenpflege .", "Altenpflege NN"),
        ("Das hat *Vor-* und Nachteile .", "Vorteil NN"),
    ],
    counter_examples=["Er sprach mit *Ex-* und neuen Partnern ."],  # no noun after the joiner
    tags=("TRUNC",),
)
def truncated_compound(place: Place) -> WordAnalysis | None:
    """A compound's first part written with a hyphen for the head its partner after
    *und*, *oder* or a comma has: *Voll- oder Teilzeit* is *Vollzeit*, *Vor- und
    Nachteile* *Vorteile*; its lemma is that compound's (the text stays as written)."""
    now, lexicon = place.now, place.lexicon
    if lexicon is None or not now.text.endswith("-") or len(now.text) < 3:
        return None
    partner = _truncation_partner(place.analyses, place.index)
    if partner is None:
        return None
    head = _shared_head(now.text[:-1], partner.lemma, lexicon)
    if not head:
        return None
    return replace(now, lemma=now.text[:-1] + head, tag="NN", pos="NOUN")


def _shared_head(front: str, partner: str, lexicon: Lexicon) -> str:
    """The head of ``partner`` that ``front`` takes, in lower case: *Teilzeit* →
    *zeit*; a particle's noun after a particle (*Vor-*, *Nachteil* → *teil*)."""
    parts = split_compound(partner, lexicon) or split_listed(partner, lexicon)
    if parts is not None and len(parts) > 1:
        return parts[-1].text.lower()  # as the partner's lemma spells it
    opening = next((p for p in PARTICLES_LONGEST_FIRST if partner.lower().startswith(p)), "")
    rest = partner[len(opening) :]
    if opening and front.lower() in PARTICLES and lexicon.lookup(rest):
        return rest.lower()
    return ""


_TRUNCATION_JOINERS = frozenset({"und", "oder", "sowie", "bzw.", ",", "als", "wie"})


def _truncation_partner(analyses: list[WordAnalysis], index: int) -> WordAnalysis | None:
    """The noun a truncated part shares its head with: the first after it past the
    joiners and other truncated parts (*Bundes- , Landes- und Kommunalebene*)."""
    for analysis in analyses[index + 1 :]:
        if analysis.tag == "TRUNC" or analysis.text.lower() in _TRUNCATION_JOINERS:
            continue
        return analysis if analysis.tag == "NN" else None
    return None


@place_rule(
    "noun.adjective-opening-a-hyphenated-compound",
    END_STAGE,
    examples=[
        ("Er sprach vor der israelischen *Industriellen* - Vereinigung .", "Industrielle NNA")
    ],
    counter_examples=["Er sprach vor der *Dritte* - Welt - Gruppe ."],
    tags=("ADJ(A)",),
)
def adjective_opening_compound(place: Place) -> WordAnalysis | None:
    """A capitalised adjective in *-en* inside a sentence that opens a hyphenated
    compound is a noun, where treebanks split the compound (an adjective before
    its noun takes no hyphen): *der israelischen Industriellen-Vereinigung*;
    not *Dritte-Welt-Netzwerk*."""
    now, following = place.now, _following(place)
    word = now.text
    if (
        following is not None
        and following.text == "-"
        and word.endswith("en")
        and word[:1].isupper()
        and now.lemma[:1].islower()
        and not sentence_initial_analysis(place.analyses, place.index)
    ):
        return _adjectival_noun(now)
    return None


@place_rule(
    "noun.capitalised-adjective-alone",
    END_STAGE,
    examples=[
        ("Samsa war *Reisender* – , hing das Bild .", "Reisende NNA"),
        ("Abends füllen sich die kleinen *Lokale* .", "Lokal NN"),
    ],
    counter_examples=["Er arbeitet bei der *Deutschen* Bank ."],
    tags=("ADJ(A)",),
)
def capitalised_adjective_alone(place: Place) -> WordAnalysis | None:
    """An adjective written capitalised inside a sentence with no noun after it
    is a noun (*war Reisender*); one before a noun is part of a name
    (*Deutsche Bank*, *Roten Kreuz*).  A noun's own plural stays that noun:
    *die Lokale* are *Lokal*'s, no *lokal* ones."""
    if not _capitalised_adjective_alone(place.analyses, place.index):
        return None
    noun = _plural_of_own_noun(place.now.text, place.lexicon)
    if noun:
        return replace(place.now, lemma=noun, tag="NN", pos="NOUN")
    return _adjectival_noun(place.now)


@place_rule(
    "noun.capitalised-word-known-only-as-a-noun",
    END_STAGE,
    examples=[
        ("Sie fanden Wasser in der Luft eines fernen *Exoplaneten* Hinweise .", "Exoplanet NN"),
        ("Er spielt einen einsamen *Leuchtturmwärter* Pedersen .", "Leuchtturmwärter NN"),
    ],
    counter_examples=[
        "Er arbeitet bei der *Deutschen* Bank .",
        "Sie halfen dem *Roten* Kreuz .",
        "Das *Letzte* Mal war er hier .",
        "Er las es in der *Münchner* Zeitung .",
    ],
    tags=("ADJ(A)",),
)
def capitalised_noun_read_as_adjective(place: Place) -> WordAnalysis | None:
    """A word capitalised inside a sentence that the tagger read as an adjective
    but the dictionaries know only as a noun's form is that noun: *eines fernen
    Exoplaneten* (*der Exoplanet*).  An adjective Ding has stays one, in a name
    too (*Deutsche Bank*, *Roten Kreuz*)."""
    now, lexicon = place.now, place.lexicon
    word = now.text
    if (
        lexicon is None
        or not (word[:1].isupper() and word[1:].islower())
        or word.lower() == now.lemma.lower()  # undeclined, a town's: *Münchner*
        or sentence_initial_analysis(place.analyses, place.index)
        or any(_not_only_a_noun(form, lexicon) for form in _adjective_forms(word, now.lemma))
    ):
        return None
    nouns = {headword for headword, _ in lexicon.wiktionary_declension(word)}
    noun = lexicon.noun_headword(word) or (nouns.pop() if len(nouns) == 1 else None)
    return None if noun is None else replace(now, lemma=noun, tag="NN", pos="NOUN")


_NOUN_OPENING_TAGS = frozenset({"APPR", "APPRART", "ART", "ADJ(A)", "PIAT", "PPOSAT", "PDAT"})


@place_rule(
    "noun.capitalised-adverb-in-a-noun-phrase",
    END_STAGE,
    examples=[("Klicken Sie nicht auf *Links* in solchen Mails .", "Link NN")],
    counter_examples=["Biegen Sie dann *links* ab .", "*Links* sehen Sie den Dom ."],
    tags=("ADV",),
)
def capitalised_adverb_in_noun_phrase(place: Place) -> WordAnalysis | None:
    """A word capitalised inside a sentence that HanTa read as an adverb, after a
    preposition, article or adjective, is the noun the dictionary has in that
    form: *auf Links klicken* are a link's, not "left"."""
    analyses, index, now, lexicon = place.analyses, place.index, place.now, place.lexicon
    word = now.text
    if lexicon is None or index == 0 or not (word[:1].isupper() and word[1:].islower()):
        return None
    if sentence_initial_analysis(analyses, index) or analyses[index - 1].tag not in (
        _NOUN_OPENING_TAGS
    ):
        return None
    noun = lexicon.noun_headword(word)
    return None if noun is None else replace(now, lemma=noun, tag="NN", pos="NOUN")


@place_rule(
    "word.interjection-opening-a-sentence",
    END_STAGE,
    examples=[
        ("*Au* , das tut weh !", "Au ITJ"),
        ("*Ne* , das hab ich vergessen .", "ne ITJ"),  # Ding: *ne* [ugs.] "no"
    ],
    counter_examples=[
        "*Peter* , komm her !",  # a name, addressed
        "*Gold* ist teuer .",
        "Die Lampe enthält *Ne* , Ar und Xe .",  # not opening the sentence: neon
    ],
    tags=("NE", "NN"),
)
def interjection_opening_sentence(place: Place) -> WordAnalysis | None:
    """A capitalised word opening a sentence, set off by a comma or "!", that the
    dictionary has as an interjection or a one-word answer, is that word, not the
    name or noun HanTa took it for: *Au, das tut weh!* "ouch", not *Au* "river
    flat"; *Ne, hab ich vergessen* "no", not neon (*Ne*)."""
    analyses, index, now, lexicon = place.analyses, place.index, place.now, place.lexicon
    following = _following(place)
    if lexicon is None or following is None or following.text not in (",", "!"):
        return None
    if not sentence_initial_analysis(analyses, index):
        return None
    word = now.text.lower()
    said = [s for s in lexicon.lookup(word) if s.headword.lower() == word]
    answer = next((s for s in said if s.pos in ("INTJ", "ADV") and not s.gender), None)
    return None if answer is None else replace(now, lemma=answer.headword, tag="ITJ", pos="INTJ")


def _adjective_forms(word: str, lemma: str) -> set[str]:
    """The forms Ding may cite an adjective by: *letzt*, *letzte* (*das Letzte Mal*)."""
    return {word.lower(), lemma.lower(), lemma.lower() + "e"}


def _not_only_a_noun(form: str, lexicon: Lexicon) -> bool:
    """Whether Ding has the form as an adjective or an ordinal (*dritte*)."""
    return lexicon.is_adjective(form) or any(s.pos != "NOUN" for s in lexicon.lookup(form))


def _plural_of_own_noun(word: str, lexicon: Lexicon | None) -> str:
    """The noun Ding gives this plural, when it is a noun of its own and not an
    adjective's (*Lokal*, plural *Lokale*; not *Kranke*, plural *Kranken*)."""
    if lexicon is None:
        return ""
    nouns = [
        s.headword
        for s in lexicon.lookup(word)
        if s.pos == "NOUN" and s.matched_by == "plural" and not s.headword.endswith(("e", "r"))
    ]
    return nouns[0] if nouns else ""


@place_rule(
    "adjective.adjective-before-its-noun",
    END_STAGE,
    examples=[("*Persönliche* Vorsprache ist erforderlich .", "persönlich ADJ(A)")],
    counter_examples=["Die Reue der beiden *Angeklagten* Männer ."],
    tags=("NNA",),
)
def adjective_before_noun(place: Place) -> WordAnalysis | None:
    """A nominalised adjective before a noun, with no determiner before it, is the
    adjective: *Persönliche Vorsprache*; not *der beiden Angeklagten Reue* (two
    phrases)."""
    now, following, lexicon = place.now, _following(place), place.lexicon
    if lexicon is None or following is None or following.tag != "NN":
        return None
    index = place.index
    determined = index > 0 and place.analyses[index - 1].tag in DETERMINER_OR_CONTRACTION_TAGS
    adjective = None if determined else adjective_headword(now.text, lexicon.lookup)
    if adjective is not None:
        return replace(now, lemma=adjective, tag="ADJ(A)", pos="ADJ")
    return now


@place_rule(
    "preposition.before-its-von",
    END_STAGE,
    examples=[("Sie wandeln *mithilfe* von Licht Wasser um .", "mithilfe APPR")],
    counter_examples=["Er bat um *Mithilfe* von allen .", "Er *hilft* von Herzen ."],
    tags=("VV(FIN)", "VV(INF)", "ADV", "ADJ(D)", "NN"),
)
def preposition_before_von(place: Place) -> WordAnalysis | None:
    """A lower-case word that, with the *von* after it, is a preposition the
    dictionary lists is that preposition: *mithilfe von* "by dint of", which HanTa
    read as *mithelfen* "to help out"."""
    now, lexicon, following = place.now, place.lexicon, _following(place)
    if lexicon is None or following is None or following.text != "von":
        return None
    if not now.text.islower():
        return None
    phrase = f"{now.text} von"
    if not any(s.pos == "ADP" and s.headword == phrase for s in lexicon.lookup(phrase)):
        return None
    return replace(now, lemma=now.text, tag="APPR", pos="ADP", phrase=phrase)


@place_rule(
    "adjective.graded-before-its-noun",
    END_STAGE,
    examples=[("Ganz *liebe* Grüße", "lieb ADJ(A)")],
    counter_examples=["Ich *liebe* Musik .", "Wir *leiten* ganz Europa ."],
    tags=("VV(FIN)",),
)
def graded_before_noun(place: Place) -> WordAnalysis | None:
    """A lower-case word HanTa read as a finite verb, graded by a word of degree and
    before a noun, is an adjective with its ending: *Ganz liebe Grüße* "dear", not
    *lieben* "to love"; no verb stands between a degree and a noun."""
    analyses, index, now, lexicon = place.analyses, place.index, place.now, place.lexicon
    following = _following(place)
    if lexicon is None or following is None or following.tag != "NN" or index == 0:
        return None
    if analyses[index - 1].text.lower() not in DEGREE_WORDS or not now.text.islower():
        return None
    adjective = adjective_headword(now.text, lexicon.lookup)
    return None if adjective is None else replace(now, lemma=adjective, tag="ADJ(A)", pos="ADJ")


@place_rule(
    "noun.adjective-declined-as-a-noun",
    END_STAGE,
    examples=[("Sie ermutigt die *Verzagten* .", "Verzagte NNA")],
    counter_examples=["Der *Junge* spielt .", "Wir sahen die *Grünen* ."],
    tags=("NN",),
)
def adjective_declined_as_noun(place: Place) -> WordAnalysis | None:
    """A word after a determiner that Ding knows as no noun but as an adjective
    with an ending is that adjective made a noun: *die Verzagten* (*verzagt*), not
    the verb form *verzagte*.  A noun Ding has stays one (*der Junge* "boy")."""
    now, lexicon, index = place.now, place.lexicon, place.index
    if lexicon is None or index == 0 or not now.text[1:].islower():
        return None
    if place.analyses[index - 1].tag not in DETERMINER_OR_CONTRACTION_TAGS:
        return None
    if any(s.pos == "NOUN" for w in (now.text, now.lemma) for s in lexicon.lookup(w)):
        return None
    adjective = adjective_headword(now.text, lexicon.lookup)
    return None if adjective is None else _adjectival_noun(replace(now, lemma=adjective))


@place_rule(
    "noun.plain-noun-in-e",
    END_STAGE,
    examples=[
        ("Wir fuhren in aller *Frühe* los .", "Frühe NN"),
        ("Der Film hat einige *Längen* .", "Länge NN"),
    ],
    counter_examples=["Der *Abgeordnete* sprach .", "Die *Abgeordneten* sprachen ."],
    tags=("NNA",),
)
def plain_noun_in_e(place: Place) -> WordAnalysis | None:
    """A nominalised adjective in *-e*, or its plural, that the dictionary has as a
    noun of its own, in one gender, is that noun: *in aller Frühe* (die Frühe),
    *einige Längen* (die Länge, not a masculine *Langer*)."""
    now, lexicon = place.now, place.lexicon
    lemma = now.lemma
    if lexicon is None or not lemma.endswith("e") or not _plain_noun(lemma, lexicon):
        return None
    plural = any(s.plural == now.text for s in lexicon.lookup(lemma) if s.headword == lemma)
    return replace(now, tag="NN") if now.text == lemma or plural else None


@place_rule(
    "noun.language-or-colour",
    END_STAGE,
    examples=[("Sie spricht gut Deutsch und *Französisch* .", "Französisch NN")],
    counter_examples=["Der *Französische* Botschafter kam ."],
    tags=("NNA",),
)
def language_or_colour(place: Place) -> WordAnalysis | None:
    """A nominalised adjective with no adjective ending is a noun: a language or a
    colour, *das Französisch*, *viel Grün*; not *der Französische*, *der Grüne*."""
    now = place.now
    if now.text[:1].isupper() and _no_ending(now.text, now.lemma):
        return replace(now, lemma=now.text, tag="NN")
    return None


@place_rule(
    "noun.plural-after-a-quantifier-or-possessive",
    END_STAGE,
    examples=[
        ("Sie kämpfen mit weniger *Rechten* .", "Recht NN"),
        ("Sie stirbt in seinen *Armen* .", "Arm NN"),
    ],
    counter_examples=["Viele *Angestellte* kamen .", "Er lobte seine *Angestellten* ."],
    tags=("NNA",),
)
def plural_after_quantifier(place: Place) -> WordAnalysis | None:
    """A nominalised adjective after a quantifier, number or possessive that is
    another noun's plural is that noun: *mit weniger Rechten* (Recht, not die
    Rechte), *in seinen Armen* (Arm, not der Arme "the poor man"); not the adjectival
    noun's own entry (*Angestellter*, pl. *Angestellte*)."""
    now, lexicon, index = place.now, place.lexicon, place.index
    before = place.analyses[index - 1].tag if index else ""
    if lexicon is None or before not in ("PIAT", "CARD", "PPOSAT"):
        return None
    plural = now.text.removesuffix("n")
    plural_of = [
        s.headword
        for s in lexicon.lookup(plural)
        if s.pos == "NOUN" and s.matched_by == "plural" and not s.headword.startswith(plural)
    ]
    return replace(now, lemma=plural_of[0], tag="NN") if plural_of else None


_PLURAL_QUANTIFIERS = frozenset(
    "alle allen aller viele vielen vieler einige einigen mehrere mehreren wenige wenigen "
    "manche manchen beide beiden zahlreiche zahlreichen".split()
)


@place_rule(
    "noun.plural-not-infinitive-after-a-quantifier",
    END_STAGE,
    examples=[
        ("Erst jetzt ziehen Sie alle *Schrauben* fest .", "Schraube NN"),
        # no article, an adjective in -en: a dative plural (the singular's is *-em*)
        ("Der Dachs lebt in weit verzweigten *Bauen* .", "Bau NN"),
    ],
    counter_examples=[
        "Viel *Lachen* tut gut .",
        "Das *Schrauben* dauerte lange .",
        "Nach langem *Warten* kam er .",
        "Beim schnellen *Laufen* schwitzt man .",  # *beim*: its article's weak *-en*
    ],
    tags=("NNI",),
)
def plural_not_infinitive(place: Place) -> WordAnalysis | None:
    """A nominalised infinitive after a plural quantifier, a number above one, or a
    preposition's bare adjective in *-en* (a dative plural), that is a noun's plural
    is that noun: *alle Schrauben* are screws, not "screwing", *in verzweigten Bauen*
    burrows; *viel Lachen* stays the laughing."""
    analyses, index, now, lexicon = place.analyses, place.index, place.now, place.lexicon
    if lexicon is None or index == 0:
        return None
    before = analyses[index - 1]
    counted = before.tag == "CARD" and before.text.lower() not in ("ein", "eins", "1")
    if not (
        before.text.lower() in _PLURAL_QUANTIFIERS
        or counted
        or _bare_plural_adjective(analyses, index)
    ):
        return None
    forms = (now.text, now.text.removesuffix("n"))  # a dative plural Ding lists without -n
    nouns = [
        s.headword
        for form in dict.fromkeys(forms)
        for s in lexicon.lookup(form)
        if s.pos == "NOUN" and s.matched_by == "plural"
    ]
    return replace(now, lemma=nouns[0], tag="NN") if nouns else None


def _bare_plural_adjective(analyses: list[WordAnalysis], index: int) -> bool:
    """An adjective in *-en* right before the word, after a preposition with no
    article (across grading adverbs): *in weit verzweigten …*, a dative plural."""
    before = index - 1
    if analyses[before].tag != "ADJ(A)" or not analyses[before].text.endswith("en"):
        return False
    opener = before - 1
    while opener >= 0 and analyses[opener].tag in ("ADV", "ADJ(D)"):
        opener -= 1
    return opener >= 0 and analyses[opener].tag == "APPR"


@place_rule(
    "noun.plural-where-no-dative-can-be",
    END_STAGE,
    examples=[
        ("Die *Zeugen* sagten aus .", "Zeuge NN"),
        ("Drei *Zeugen* meldeten sich .", "Zeuge NN"),
    ],
    counter_examples=["Er gab den *Zeugen* nichts ."],
    tags=("NN",),
)
def plural_where_no_dative_can_be(place: Place) -> WordAnalysis | None:
    """A word that is one noun's plural and only another's dative plural (*Zeugen*:
    *die Zeugen* of *Zeuge*, *den Zeugen* of *Zeug*) is the first noun's where its
    determiner is no dative plural's (*die*, *drei*, none), as HanTa does not ask:
    *die Zeugen* were "stuff"."""
    now, lexicon, index = place.now, place.lexicon, place.index
    if lexicon is None or now.text == now.lemma or _dative_plural_before(place.analyses, index):
        return None
    declension = lexicon.wiktionary_declension
    if not declines_to(now.lemma, now.text, declension):
        return None
    owner = plural_owner(now.text, now.lemma, declension)
    return replace(now, lemma=owner) if owner else None


def _dative_plural_before(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether a preposition or a determiner in *-en* (*den*, *allen*, *diesen*) comes
    right before the word, or before its adjective."""
    before = index - 1
    while before >= 0 and analyses[before].tag in ADJECTIVE_TAGS:
        before -= 1
    if before < 0:
        return False
    word = analyses[before]
    return word.tag in ("APPR", "APPRART") or word.text.lower().endswith("en")


def _plain_noun(word: str, lexicon: Lexicon) -> bool:
    """A noun Ding lists in one gender only, with no *-er* citation form: not a
    person declined like an adjective (*der/die Abgeordnete*, *Reisender*), but a
    noun of its own (*die Frühe* "early morning")."""
    genders = {s.gender for s in lexicon.lookup(word) if s.pos == "NOUN" and s.headword == word}
    citation = any(s.headword == word + "r" for s in lexicon.lookup(word + "r"))
    return len(genders) == 1 and "" not in genders and not citation


def _no_ending(word: str, lemma: str) -> bool:
    return word.endswith("isch") or lemma == word + "e"


def _adjectival_noun(analysis: WordAnalysis) -> WordAnalysis:
    stem = analysis.lemma[:1].upper() + analysis.lemma[1:]
    lemma = stem if stem.endswith("e") else stem + "e"  # industriell → Industrielle
    return replace(analysis, lemma=lemma, tag="NNA", pos="NOUN")


def _capitalised_adjective_alone(analyses: list[WordAnalysis], index: int) -> bool:
    """An adjective written capitalised inside a sentence with no noun after it
    is a noun (*war Reisender*); one before a noun is part of a name
    (*Deutsche Bank*, *Roten Kreuz*)."""
    analysis = analyses[index]
    following = analyses[index + 1] if index + 1 < len(analyses) else None
    return (
        analysis.tag == "ADJ(A)"
        and analysis.text[:1].isupper()
        and analysis.text[1:].islower()
        and analysis.text.lower().removeprefix(analysis.lemma) in ADJECTIVE_ENDINGS  # not *Weitere*
        and not sentence_initial_analysis(analyses, index)
        and (following is None or not following.text[:1].isupper())
        and (following is None or following.text != "-")
    )


def _after_degree_word(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether a word of degree stands right before the participle, with *sein*
    (*war sehr erleichtert*; but *hat sich sehr gefreut* is the verb's perfect)."""
    if index == 0 or analyses[index - 1].text.lower() not in DEGREE_WORDS:
        return False
    finite = finite_before(analyses, index, FINITE_TAGS)
    return finite is not None and finite.lemma == "sein"


def _before_auxiliary(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether *werden* or *sein* follows right after (*bekannt geworden*, *bekannt ist*)."""
    following = analyses[index + 1] if index + 1 < len(analyses) else None
    return following is not None and following.lemma in ("werden", "sein")


def _closing_a_sein_clause(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether the word closes its clause and the clause's finite verb is *sein*,
    or is closed by a finite *sein*, as a subordinate clause is (*während Versorger
    gefragt waren*)."""
    following = analyses[index + 1] if index + 1 < len(analyses) else None
    if following is not None and following.tag == "VA(FIN)" and following.lemma == "sein":
        after = analyses[index + 2] if index + 2 < len(analyses) else None
        return after is None or after.text in SENTENCE_END or after.text == ","
    if following is not None and following.text not in SENTENCE_END and following.text != ",":
        return False
    finite = finite_before(analyses, index, FINITE_TAGS)
    return finite is not None and finite.lemma == "sein"


def _after_copula(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether the clause's finite verb before this word is a copula other than
    *sein* (which also makes perfects: *ist gefallen*), or a verb that is one with
    its reflexive pronoun (*zeigte sich erleichtert*, *fühlt sich betrogen*)."""
    finite = finite_before(analyses, index, FINITE_TAGS)
    if finite is None:
        return False
    if finite.lemma not in REFLEXIVE_COPULAS:
        return finite.lemma in COPULAS
    for analysis in reversed(analyses[:index]):  # its pronoun between them
        if analysis is finite:
            return False
        if analysis.tag == "PRF":
            return True
    return False


def _infinitive_not_plural(analyses: list[WordAnalysis], index: int, lexicon: Lexicon) -> bool:
    """A noun HanTa read as a feminine plural that a singular article shows to be
    a nominalised infinitive, alone or ending a compound (*beim Brötchenbacken*, not
    *Backen* of *Backe*).  A masculine or neuter noun may end in -en in the
    singular (*dem Kollegen*, *dem Herzen*)."""
    analysis = analyses[index]
    word = analysis.text
    following = analyses[index + 1].text if index + 1 < len(analyses) else ""
    if index > 0 and analyses[index - 1].text.lower() == "ihr":
        return False  # *das machte ihr Sorgen*: "ihr" is "to her", no article
    singular = analysis.article in SINGULAR_NEUTER_ARTICLES or _singular_strong(analyses, index)
    if not (
        analysis.tag == "NN"
        and singular
        and word.endswith(("en", "ln", "rn"))  # *das Klingeln*, not *die Klingel*'s plural
        and word != analysis.lemma
        and following != "-"  # *dem Schubladen-Ausschuß*: the article is the last part's
    ):
        return False
    senses = lexicon.lookup(analysis.lemma)
    genders = {s.gender for s in senses if s.pos == "NOUN"}
    if genders - {"f", "pl"} and _singular_form(word, analysis.lemma, senses):
        return False  # *dem Kollegen*, *dem Herzen*
    return lexicon.is_verb(word.lower()) or split_compound(word, lexicon, "verb") is not None


def _singular_form(word: str, lemma: str, senses: Iterable[Sense]) -> bool:
    """Whether the word can be a singular form of the noun, as a singular article
    asks: a weak noun's -n/-en (*dem Kollegen*, *dem Herzen*: Ding's plural is the
    same form; *im Dunkeln*), not a dative plural (*beim Hobeln*: *Hobel*'s plural
    is *Hobel*) nor an -en Ding lists no plural for (*beim Snowboarden*)."""
    lower, base = word.lower(), lemma.lower()
    if lower in (base, base + "s", base + "es", base + "e"):
        return True
    plurals = {s.plural.lower() for s in senses if s.headword == lemma and s.plural}
    if not plurals:  # *im Dunkeln*; but not *Snowboard* + -en
        return lower == base + "n"
    return lower in plurals and lower in (base + "n", base + "en")


def _imperative(analyses: list[WordAnalysis], index: int, lexicon: Lexicon) -> WordAnalysis:
    """A lower-case "noun" with no article or attribute that is a verb's stem is
    its imperative: *lauf nicht vom Weg ab* is no *Lauf*; *ein gutes preis* stays."""
    analysis = analyses[index]
    word = analysis.text
    attributed = bool(analysis.article) or (
        index > 0
        and analyses[index - 1].tag.startswith(("ADJ", "ART", "PPOSAT", "PDAT", "PIAT", "CARD"))
    )
    if analysis.tag not in ("NN", "NE") or not word.isalpha() or not word.islower() or attributed:
        return analysis
    if sentence_initial([a.text for a in analyses], index):  # capitalised anyway there
        return analysis
    # a strong verb's imperative changes its e to i or ie: *vergiss* (vergessen), *lies*
    changed = (_E_FOR_I.sub("e", word, count=1) + "en",) if analysis.tag == "NE" else ()
    verb = next((v for v in (word + "en", *changed) if lexicon.is_verb(v)), None)
    if verb is None:
        return analysis
    return replace(analysis, lemma=verb, tag="VV(IMP)", pos="VERB")


_E_FOR_I = re.compile(r"ie?(?=[^aeiouäöüi]*$)")  # the stem's last i or ie: *vergiss*, *lies*


@place_rule(
    "verb.imperative-opening-a-bidding",
    NEXT,
    examples=[("*Iss* dein Gemüse !", "essen VV(IMP)")],
    counter_examples=["*Anna* kommt heute !", "*Iss* ist ein Fluss ."],
    tags=NOMINAL_TAGS,
)
def imperative_opening_bidding(place: Place) -> WordAnalysis | None:
    """A capitalised word HanTa read as a name, opening a sentence that ends in
    "!" with no finite verb, that is a strong verb's stem with its e turned i is the
    imperative: *Iss dein Gemüse!* (*essen*); not a name (*Anna kommt heute!*)."""
    analyses, index, now, lexicon = place.analyses, place.index, place.now, place.lexicon
    word = now.text
    if lexicon is None or now.tag != "NE" or not word.isalpha() or not word.istitle():
        return None
    texts = [a.text for a in analyses]
    if not sentence_initial(texts, index) or "!" not in texts or is_given_name(word):
        return None
    if any(a.tag in FINITE_TAGS for a in analyses[index + 1 :]) or lexicon.lookup(word):
        return None
    lower = word.lower()
    verb = next(
        (v for v in (_E_FOR_I.sub("e", lower, count=1) + "en", lower + "en") if lexicon.is_verb(v)),
        None,
    )
    return None if verb is None else replace(now, lemma=verb, tag="VV(IMP)", pos="VERB")


_SPEECH_OPENERS = frozenset(":„“\"»«‚‘'")


def _capitalised_imperative(analyses: list[WordAnalysis], index: int) -> bool:
    """A capitalised "imperative" is a noun or a name inside a sentence, and at
    its start when its clause has a finite verb of its own: *Hänsel und Gretel
    sind …*, *irren Hänsel und Gretel umher* (HanTa: *hänseln*)."""
    analysis = analyses[index]
    if analysis.tag != "VV(IMP)" or not analysis.text[:1].isupper():
        return False
    before = analyses[index - 1].text if index else ""
    quoted = before[-1:] in _SPEECH_OPENERS  # *Da sagte die Mutter: „Komm, …*
    if not (quoted or sentence_initial([a.text for a in analyses], index)):
        return True
    # a name joined to another before the verb: *Hänsel und Gretel sind …*; not an
    # imperative's object clause (*Sag was du willst*)
    if index + 1 >= len(analyses) or analyses[index + 1].text not in ("und", "oder"):
        return False
    for analysis in analyses[index + 1 :]:  # up to a comma
        if analysis.tag in ("$,", "$.") or analysis.text in SENTENCE_END:
            return False
        if analysis.tag in FINITE_TAGS:
            return True
    return False


def _verb_as_noun(analysis: WordAnalysis, lexicon: Lexicon) -> bool:
    """A noun that is a verb's infinitive, which Ding lists only as the verb: *das
    Klonen*, *des Klonens* ("cloning"); or, after a singular neuter article, an
    English verb's German infinitive that Ding lacks: *zum Chatten* ("chatting")."""
    lemma = analysis.lemma
    if not (
        analysis.tag == "NN"
        and analysis.text in (lemma, lemma + "s")
        and lemma.endswith("n")
        and lexicon.noun_headword(lemma) is None
    ):
        return False
    if lexicon.is_verb(lemma.lower()):
        return True
    english = (
        english_verb(lemma, lexicon.lookup)
        if analysis.article in SINGULAR_NEUTER_ARTICLES
        else None
    )
    return english is not None and english[0] == lemma.lower() and not lexicon.lookup(lemma)


def _noun_not_infinitive(analysis: WordAnalysis, lexicon: Lexicon) -> bool:
    """A word HanTa read as a nominalised infinitive that is, whole or as its last
    part, a masculine or feminine noun as written: *Trockengraben* is a dry ditch
    (der Graben), not dry digging.  A neuter article keeps the infinitive (*das
    Graben*), and a plural (*Duschen*, *Backen*) is left to HanTa's reading."""
    word = analysis.text
    if analysis.tag != "NNI" or analysis.article == "das" or not word[:1].isupper():
        return False
    parts = split_compound(word, lexicon, "noun")
    head = parts[-1].lemma if parts else word
    if parts and parts[-1].text.lower() != head.lower():
        return False  # a plural or case form as the last part
    return any(
        s.pos == "NOUN" and s.headword == head and s.gender in ("m", "f")
        for s in lexicon.lookup(head)
    )


def _infinitive_after_accusative(
    analyses: list[WordAnalysis], index: int, lexicon: Lexicon
) -> bool:
    """A dative plural cannot follow a preposition that takes the accusative: *durch
    Lüften* is airing (*lüften*), not *Lüfte*, the plural of *Luft*."""
    analysis = analyses[index]
    word = analysis.text
    if (
        analysis.tag != "NN"
        or index == 0
        or analyses[index - 1].text.lower() not in ACCUSATIVE_PREPOSITIONS
    ):
        return False
    if not word.endswith("en") or word == analysis.lemma or not lexicon.is_verb(word.lower()):
        return False
    stem = word[:-1]  # *Lüfte* + -n, the dative only; not *Fallen*, *Falle*'s plural
    return stem.endswith("e") and stem != analysis.lemma


def _old_dative(analysis: WordAnalysis, lexicon: Lexicon) -> bool:
    """The old dative -e of a masculine or neuter noun the dictionary lists
    without it: *im Zweifelsfalle* is *Zweifelsfall*'s, not *Zweifel* + *Falle*
    "trap" (HanTa and the dictionary know *im Falle*, *am Rande* already)."""
    word = analysis.text
    if analysis.tag != "NN" or analysis.article != "dem" or word != analysis.lemma:
        return False
    if not word.endswith("e") or lexicon.lookup(word):
        return False
    stem = word[:-1]
    known = {s.gender for s in lexicon.lookup(stem) if s.pos == "NOUN" and s.headword == stem}
    if known:
        return bool(known & {"m", "n"}) and "f" not in known
    parts = split_compound(stem, lexicon, "noun")
    return parts is not None and parts[-1].sense.gender in ("m", "n")


def _town_adjective(analyses: list[WordAnalysis], index: int, lexicon: Lexicon) -> bool:
    """A town's *-er* adjective before a noun that HanTa took for a noun."""
    following = analyses[index + 1] if index + 1 < len(analyses) else None
    return (
        analyses[index].tag == "NN"  # a name in *-er* is HanTa's NE: *Peter Müller*
        and following is not None
        and following.tag in ("NN", "NE")
        and unknown_town(analyses[index].text, lexicon.lookup) is not None
    )


def _noun_not_old_dative(analyses: list[WordAnalysis], index: int, lexicon: Lexicon) -> bool:
    """A noun HanTa read as another's old dative in *-e* when nothing dative is
    in front of it: *entpuppt sich als Falle* is a trap, not a *Fall*; *im Falle*,
    *an seinem Rande*, *zu Rande* stay old datives, *für private Zwecke* a plural."""
    analysis = analyses[index]
    word, lemma = analysis.text, analysis.lemma
    if analysis.tag != "NN" or lemma + "e" != word or analysis.article in ("dem", "einem"):
        return False
    if index > 0 and analyses[index - 1].text.lower() in DATIVE_PREPOSITIONS:
        return False
    # the other noun's plural is known and is not this word (*Fälle*; *Zwecke* may be)
    plurals = {s.plural for s in lexicon.lookup(lemma) if s.headword == lemma and s.plural}
    own = any(
        s.pos == "NOUN" and s.headword == word and s.gender in ("m", "f", "n")
        for s in lexicon.lookup(word)
    )
    return own and bool(plurals) and word not in plurals


def _plural_only(noun: str, lexicon: Lexicon) -> bool:
    """Whether Ding has the noun as a plural of its own (*Spalten* {pl} "segments")."""
    return any(s.pos == "NOUN" and s.headword == noun and s.gender == "pl"
               for s in lexicon.lookup(noun))  # fmt: skip


def _plural_cue(analyses: list[WordAnalysis], index: int) -> bool:
    """What makes a word HanTa read as a nominalised infinitive (*das Duschen*) a
    plural noun instead: a plural article (*die Duschen*) or an adjective
    without one (*saubere Duschen*)."""
    article = analyses[index].article
    if article:
        return article in ("die", "den")
    return (
        index > 0 and analyses[index - 1].tag == "ADJ(A)" and not _singular_strong(analyses, index)
    )


def _singular_strong(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether the adjective before a noun with no article has a strong ending only a
    masculine or neuter singular takes, -em or -es: *nach längerem Tragen* is
    *das Tragen*, not *Tragen* of *die Trage*."""
    before = analyses[index - 1] if index > 0 else None
    return (
        before is not None
        and before.tag == "ADJ(A)"
        and not analyses[index].article
        and before.text.endswith(("em", "es"))
    )


def _heard(analyses: list[WordAnalysis], index: int) -> bool:
    """HanTa reads every *gehört* as *gehören*; in a perfect with *haben* it is
    mostly *hören* (*ich habe gehört, dass …*, *hat die Musik gehört*), unless the
    clause has what *gehören* takes: a dative (*hat mir gehört*) or *zu*."""
    if analyses[index].text.lower() != "gehört" or not _with_haben(analyses, index):
        return False
    start, end = _clause_of(analyses, index)
    return not any(
        _dative_or_zu(a) and not _governed(analyses, i)
        for i, a in enumerate(analyses[start:end], start)
    )


def _governed(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether a preposition governs the word: *von Ihnen gehört* is no dative of
    *gehören*'s ("heard from you")."""
    return index > 0 and analyses[index - 1].tag in ("APPR", "APPRART")


def _dative_or_zu(analysis: WordAnalysis) -> bool:
    word = analysis.text.lower()
    if word in DATIVE_PRONOUNS or word in ("zu", "zum", "zur"):
        return True
    return analysis.tag in ("ART", "PPOSAT", "PDAT", "PIAT") and word.endswith("em")


def _with_haben(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether the clause's auxiliary is *haben*: before the participle in a main
    clause (*hat mir gefallen*), right after it at a clause's end (*gefallen hat*)."""
    following = analyses[index + 1] if index + 1 < len(analyses) else None
    if following is not None and following.tag.startswith("VA"):
        return following.lemma == "haben"
    auxiliary = finite_before(analyses, index, ("VA(FIN)",))
    return auxiliary is not None and auxiliary.lemma == "haben"


def _shared_article(analyses: list[WordAnalysis], index: int) -> str:
    """A nominalised adjective joined to another by *und*/*oder* shares its article:
    *das Heimliche und Verbotene*, both neuter."""
    if analyses[index].tag != "NNA" or index < 2:
        return ""
    joined, before = analyses[index - 1], analyses[index - 2]
    if joined.text.lower() in ("und", "oder") and before.tag == "NNA":
        return before.article
    return ""


@place_rule(
    "noun.form-of-address",
    NEXT,
    examples=[("Gestern kam *Herr* Winter .", "Herr NN")],
    counter_examples=["Gestern kam der *Herr* Winter ."],
)
def form_of_address(place: Place) -> WordAnalysis | None:
    """*Herr*, *Frau* with no article before a name or rank: a form of address."""
    now, following, index = place.now, _following(place), place.index
    if following is None or not (now.text.istitle() and now.text.lower() in ADDRESSES):
        return None
    before = place.analyses[index - 1].tag if index else ""
    return replace(now, title=True) if before != "ART" and following.text.istitle() else None


@place_rule(
    "name.name-after-a-persons-role",
    NEXT,
    examples=[
        ("Trainer *Streich* zeigte sich zufrieden .", "Streich NE"),
        ("Mit Trainer *Streich* kam der Erfolg .", "Streich NE"),
        ("Trainer Christian *Streich* zeigte sich zufrieden .", "Streich NE"),
    ],
    counter_examples=[
        "Er hatte als Trainer *Erfolg* .",
        "Sie gab dem Trainer *Geld* .",
        "Die Trainer *Teams* kamen .",
        "Herr *Kommissar* Winter kam .",
    ],
    tags=("NN",),
)
def name_after_role(place: Place) -> WordAnalysis | None:
    """A capitalised word right after a singular noun for a person's role (and a
    first name), with no article, is a name: *Trainer Streich*, *Trainer Christian
    Streich*, *Bürgermeister Fischer* (not the
    prank, the fisherman).  A role is a noun whose feminine in *-in* the
    dictionary lists (*Trainerin*); after *als* or *wie* it is a predicate
    (*als Trainer Erfolg haben*).  In GSD and PUD gold, 49 of 51 such words are
    names."""
    analyses, index, now, lexicon = place.analyses, place.index, place.now, place.lexicon
    name = now.text.istitle() and now.text.isalpha()  # not a title: *Herr Dr. Sieben*
    if lexicon is None or index == 0 or now.text != now.lemma or not name:
        return None
    # a first name may stand between: *Trainer Christian Streich*
    first_name = analyses[index - 1].tag == "NE" and analyses[index - 1].text.istitle()
    at = index - 1 - first_name
    if at < 0:
        return None
    role = analyses[at]
    opening = analyses[at - 1] if at > 0 else None
    if role.tag != "NN" or role.text != role.lemma or not role.text[:1].isupper():
        return None
    if role.title:  # *Herr Kommissar Winter*: after a form of address, a rank
        return None
    if opening is not None and (
        opening.tag in DETERMINER_OR_CONTRACTION_TAGS or opening.text.lower() in ("als", "wie")
    ):
        return None
    return replace(now, tag="NE", pos="PROPN") if _role(role.lemma, lexicon) else None


def _role(noun: str, lexicon: Lexicon) -> bool:
    """A noun for a person's role, as its feminine in *-in* in the dictionary shows
    (*Trainerin*, *Kaiserin*)."""
    feminine = noun + "in"
    return any(s.gender == "f" and s.headword == feminine for s in lexicon.lookup(feminine))


@place_rule(
    "name.word-of-a-persons-name",
    NEXT,
    examples=[
        ("Gestern sprach Helmut *Kohl* in Bonn .", "Kohl NE"),
        ("Wir hörten Johann Sebastian *Bach* .", "Bach NE"),
        ("Gestern kam Frau *Becker* zu uns .", "Becker NE"),
        ("Gestern sprach *Roman* Herzog in Bonn .", "Roman NE"),
        ("Gestern sprach Donald *Trump* in Ohio .", "Trump NE"),
        ("Angeführt von *Nick* Weiler-Babb drehte das Team auf .", "Nick NE"),
        # a first name read as a noun, here Ding's *Max.* "maximum"
        ("Sie zog nach Berlin , um bei *Max* Planck zu hören .", "Max NE"),
        # … before a word no dictionary has, and that word after it
        ("*Max* Verstappen hat gewonnen .", "Max NE"),
        ("Max *Verstappen* hat gewonnen .", "Verstappen NE"),
        # a name's particle in lower case, which the tagger read as a name's word
        ("Das Bild stammt von Joos *van* Cleve .", "van NE"),
    ],
    counter_examples=[
        "Gestern sprach *Kohl* in Bonn .",
        "Es kostet 1,24 Euro / *Min* .",
        "Wir wohnen in *Wien* .",
        "Der *Bach* fließt .",
        "Sie fuhren über den Potomac *River* .",
        "Damals herrschte *Kaiser* Wilhelm .",
        "Frank kaufte *Blumenerde* .",  # a noun the dictionary has, as a compound
    ],
    tags=(*NAME_PART_TAGS, "NN"),
)
def word_of_a_persons_name(place: Place) -> WordAnalysis | None:
    """A name's word after a first name or *Herr*/*Frau* (and *Dr.*, or an
    initial) is a surname, and a first name before a name's word is one: *Helmut
    Kohl* is no cabbage, *Johann Sebastian Bach* no brook, *Frau Becker* from no
    basin, *Roman Herzog* no novel, *Donald Trump* no English trump.  A name that
    follows a place's is not a person's: *Potomac River* is the English river."""
    analyses, index, now = place.analyses, place.index, place.now
    if now.tag == "NN":  # a first name read as a noun: *Max* Planck ("maximum")
        return _name_read_as_noun(place)
    if _particle_between_names(place):
        return replace(now, name_part=True)  # *Joos van Cleve*: no English "van"
    if not _name_word(now):
        return None
    before = analyses[max(0, index - 2) : index]
    while before and (before[-1].text.lower() in ACADEMIC_DEGREES or _initial(before[-1].text)):
        before.pop()  # *Herr Dr. Jäger*, *George W. Bush*
    previous = before[-1] if before else None
    following = _following(place)
    first_name = following is not None and _name_word(following) and is_given_name(now.text)
    after_first_name = (
        previous is not None and _name_word(previous) and is_given_name(previous.text)
    )
    # after a rank after a form of address: *Herr Kommissar Winter* is no season
    ranked = len(before) > 1 and before[-2].title and before[-1].tag == "NN"
    if first_name or after_first_name or (previous is not None and previous.title) or ranked:
        return replace(now, name_part=True)
    return None


def _name_read_as_noun(place: Place) -> WordAnalysis | None:
    """A first name read as a noun before a name's word or a word no dictionary has
    (*Max* Planck, *Max* Verstappen: no "maximum"), and that word after it."""
    now, lexicon = place.now, place.lexicon
    following, previous = _following(place), _previous(place)
    if lexicon is None:
        return None
    first_name = (
        following is not None
        and is_given_name(now.text)
        and (_name_word(following) or _unknown_noun(following, lexicon))
        and not noun_in_s(following.text, lexicon.lookup)  # *Hack Forums* is no person
    )
    surname = (
        previous is not None
        and previous.name_part
        and is_given_name(previous.text)
        and _unknown_noun(now, lexicon)
    )
    if first_name or surname:
        return replace(now, lemma=now.text, tag="NE", pos="PROPN", name_part=True)
    return None


def _unknown_noun(word: WordAnalysis, lexicon: Lexicon) -> bool:
    """A capitalised word the analysis read as a noun that no dictionary has."""
    return (
        word.tag == "NN"
        and word.text.isalpha()
        and word.text.istitle()
        and not lexicon.lookup(word.text)
        and not lexicon.lookup(word.lemma)
    )


def _particle_between_names(place: Place) -> bool:
    """A lower-case word the tagger read as a name's, between two words of a name:
    *Joos van Cleve*, *Vincent van Gogh*, *Leonardo da Vinci*."""
    previous, following = _previous(place), _following(place)
    return (
        place.now.tag == "NE"
        and place.now.text.isalpha()
        and place.now.text.islower()
        and previous is not None
        and following is not None
        and _name_word(previous)
        and _name_word(following)
    )


def _name_word(word: WordAnalysis) -> bool:
    """A capitalised word of letters, or of such words joined by hyphens (*Weiler-Babb*)."""
    parts = word.text.split("-")
    return word.tag in NAME_PART_TAGS and all(p.isalpha() and p.istitle() for p in parts)


def _initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


@place_rule(
    "number.regnal",
    NEXT,
    examples=[
        ("Damals herrschte Friedrich *II.* in Preußen .", "II. ADJA"),
        ("Als Heinrich *I.* starb , folgte sein Sohn .", "I. ADJA"),
    ],
    counter_examples=["Der Brief von Hans *I.* Müller kam .", "Er las Kapitel *II* ."],
    tags=("NE", "NN", "CARD", "ADJA", "FM", "XY"),
)
def regnal_number(place: Place) -> WordAnalysis | None:
    """A Roman numeral right after a name is its ordinal (*Friedrich II.*, *Karl
    VI.*), unless a lone letter is an initial before a surname (*Hans I. Müller*)."""
    now, index = place.now, place.index
    number = roman_number(now.text)
    name = place.analyses[index - 1] if index else None
    if number is None or name is None or name.tag != "NE" or not name.text.istitle():
        return None
    following = _following(place)
    if len(now.text) == 2 and following is not None and following.text.istitle():
        return None  # an initial: *Hans I. Müller*
    return replace(now, lemma=now.text, tag="ADJA", pos="ADJ")  # an ordinal, as UD tags it


def _article_before_its_noun(place: Place) -> bool:
    following = _following(place)
    return (
        following is not None
        and place.now.text.lower() in DEFINITE_ARTICLES
        and following.tag in NOMINAL_TAGS
    )


@place_rule(
    "article.article-read-as-pronoun",
    NEXT,
    examples=[("Doch *das* Heimliche und Verbotene ist ihr zuwider .", "der ART")],
    counter_examples=["Der Mann , *der* kommt , ist alt ."],
    tags=("PDS", "PRELS"),
)
def article_read_as_pronoun(place: Place) -> WordAnalysis | None:
    """HanTa now and then reads an article right before its noun as a pronoun:
    *das Heimliche und Verbotene*; and after *bis*, as a relative pronoun:
    *kneten, bis der Teig klebrig ist*."""
    if not _article_before_its_noun(place):
        return None
    index, now = place.index, place.now
    after_bis = index > 0 and place.analyses[index - 1].text.lower() == "bis"
    if now.tag == "PDS" or (now.tag == "PRELS" and after_bis):
        return replace(now, lemma="der", tag="ART", pos="DET")
    return None


@place_rule(
    "conjunction.bis-before-an-article",
    NEXT,
    examples=[("Er wartete *bis* der Zug kam .", "bis KOUS")],
    counter_examples=["Er fuhr *bis* Berlin ."],
    tags=("APPR",),
)
def bis_before_article(place: Place) -> WordAnalysis | None:
    """*bis* takes no article as a preposition: before an article and its noun it
    is a conjunction (*bis der Teig klebrig ist*)."""
    now, following = place.now, _following(place)
    if now.text.lower() != "bis" or following is None:
        return None
    after = Place(place.analyses, place.index + 1, place.lexicon, following)
    return replace(now, tag="KOUS", pos="SCONJ") if _article_before_its_noun(after) else None


_NAME_HEAD_TAGS = (*NOUN_TAGS, "FM")  # a name's last word: *der Davis Cup*


def _article_before(analyses: list[WordAnalysis], index: int) -> str:
    """The article of a noun's phrase (``_written_article``); where it is *ein* or an
    *ein*-word with no ending, the adjective's ending tells the gender: *ihr sicheres
    Gehalt* is *das Gehalt* "salary", not *der Gehalt* "content"; *ein hoher Turm*."""
    article = _written_article(analyses, index)
    adjective = analyses[index - 1] if index > 0 else None
    if article != "ein" or analyses[index].tag != "NN" or adjective is None:
        return article
    if adjective.tag != "ADJ(A)":
        return article
    ending = adjective.text.lower()[-2:]
    return {"es": "das", "er": MASCULINE_EIN}.get(ending, article)


def _written_article(analyses: list[WordAnalysis], index: int) -> str:
    """The article of a noun's phrase, looking back over adjectives and numbers;
    a name's, over the name's earlier words too (*der Davis Cup*)."""
    name = analyses[index].tag in _NAME_HEAD_TAGS
    for position in range(index - 1, max(-1, index - 5), -1):
        analysis = analyses[position]
        if name and analysis.tag in NAME_PART_TAGS and "-" not in analysis.text:
            continue  # not over a German compound: *vom Öko-Institut Freiburg*
        word = analysis.text.lower()
        if analysis.tag == "ART":
            before = analyses[position - 1] if position > 0 else None
            # HanTa's preposition *als* governs no case: *Als der Reisende kam* is he
            after_preposition = (
                before is not None and before.tag == "APPR" and before.text.lower() != "als"
            )
            return "der (dative)" if word == "der" and after_preposition else word
        if analysis.tag == "APPRART":
            return ARTICLE_IN_CONTRACTION.get(word, "")
        if analysis.tag == "CARD" and word in INDEFINITE_ARTICLES:
            return word  # HanTa's number "one" still has the article's ending: *eine Handvoll*
        determiner = _determiner_article(word) if analysis.tag in ATTRIBUTIVE_PRONOUN_TAGS else ""
        if determiner:
            return determiner
        if not analysis.tag.startswith(NOUN_PHRASE_TAG_PREFIXES):
            return ""
    return ""


def _determiner_article(word: str) -> str:
    """The article a determiner stands for as to gender (*keine Angestellte*: die)."""
    for stems, endings in ((EIN_WORDS, EIN_ENDINGS), (DER_WORDS, DER_ENDINGS)):
        for stem in stems:
            if word.startswith(stem) and word[len(stem) :] in endings:
                return endings[word[len(stem) :]]
    return ""


def _in_perfect(analyses: list[WordAnalysis], index: int) -> bool:
    """A participle HanTa took for an adverb, in a perfect with *haben*
    (*hat … zugegeben*) or a passive (*wurde … überreicht*, *überreicht bekommen*)."""
    word = analyses[index].text.lower()
    following = analyses[index + 1] if index + 1 < len(analyses) else None
    if following is not None and following.text in PASSIVE_AFTER:
        return True
    if not _has_participle_shape(word):
        # no ge- (*bestimmt*, *überarbeitet*): often an adjective, a participle only
        # where it closes the clause (*hat … überarbeitet .*, not *hat bestimmt Hunger*)
        closing = following is None or following.tag.startswith("$") or following.tag == "KON"
        return closing and word.endswith(("t", "en")) and _auxiliary_of_clause(analyses, index)
    if (
        following is not None
        and following.tag == "VA(FIN)"
        and (following.lemma in PERFECT_AUXILIARIES or sentence_initial_analysis(analyses, index))
    ):
        return True  # *… zugegeben hat*; *Herausgegeben würden sie …*, *Gestorben ist er …*
    return _after_perfect_auxiliary(analyses, index)


def _auxiliary_of_clause(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether the clause's finite verb, before the word and in its own clause, is a
    perfect's auxiliary: *haben wir … überarbeitet*, not *habe … und war … begeistert*."""
    for analysis in reversed(analyses[:index]):
        if analysis.tag in FINITE_TAGS:
            return analysis.tag == "VA(FIN)" and analysis.lemma in PERFECT_AUXILIARIES
        if analysis.text in SENTENCE_END or analysis.tag in (*_SUBORDINATORS, "KON", "$,"):
            return False
    return False


def _after_perfect_auxiliary(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether a perfect's auxiliary comes before the word in its clause, with no
    full verb of its own between."""
    for analysis in reversed(analyses[:index]):
        if analysis.text in SENTENCE_END or analysis.tag in _SUBORDINATORS:
            return False  # *wird … empfohlen, um die Muskeln gezielt zu kräftigen*
        if analysis.tag == "VV(FIN)":
            return False  # *hatte …, denn die Gäste verteidigten geschickt*: its own verb
        if analysis.tag == "VA(FIN)" and analysis.lemma in PERFECT_AUXILIARIES:
            return True
    return False


# Words that open a clause of their own: its verbs are not the clause's before it.
_SUBORDINATORS = frozenset({"KOUI", "KOUS", "PRELS", "PRELAT"})


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


def sentence_initial_analysis(analyses: list[WordAnalysis], index: int) -> bool:
    return sentence_initial([a.text for a in analyses[: index + 1]], index)


def _verbless_clause_verb(analyses: list[WordAnalysis], index: int) -> bool:
    """A past form HanTa took for an adjective right after the subject, in a clause
    with no finite verb (*Das Flugzeug … an Bord transportierte Treibstoff*, *Die
    Schiffsbauer verwendeten Eichenplanken, deren Fugen sie abdichteten*)."""
    if index == 0:
        return False
    if analyses[index - 1].tag not in NOUN_TAGS:
        return _after_opening_adverb(analyses, index) and not _main_clause_finite(analyses)
    word = analyses[index]
    past = word.tag == "ADJ(A)" and word.text.endswith(_PAST_ENDINGS)
    if not (past or _present_in_second_place(analyses, index)):
        return False
    return not _main_clause_finite(analyses)


# What a subject after the finite verb opens with (*Besonders überzeugt Hauptdarsteller …*)
_SUBJECT_OPENERS = frozenset({"ART", "NN", "NE", "PPER", "PPOSAT", "PDAT", "PIAT", "PIS"})


def _after_opening_adverb(analyses: list[WordAnalysis], index: int) -> bool:
    """A form in -t in the second place after an adverb that opens the sentence,
    its subject after it: *Besonders überzeugt Hauptdarsteller Brandt*, *Dort
    arbeitet sie*, *Dabei entfernt man …*; not *Frisch gestrichen !* nor *Gut
    gemacht , Team .*"""
    word = analyses[index]
    opener = analyses[0].tag in ("ADV", "ADJ(D)", "PROAV")
    if index != 1 or not opener or word.tag != "ADJ(D)":
        return False
    following = analyses[index + 1].tag if index + 1 < len(analyses) else ""
    return word.text.endswith("t") and following in _SUBJECT_OPENERS


def _present_in_second_place(analyses: list[WordAnalysis], index: int) -> bool:
    """A present form in -t HanTa took for a participle adjective, in the second
    place after a subject with its article, more words to follow: *Das neue
    Smartphone überzeugt im Test*; not a caption's *Alle Zimmer renoviert .*"""
    word = analyses[index]
    if word.tag != "ADJ(D)" or not word.text.endswith("t") or _ends_phrase(analyses, index):
        return False
    start = index - 1
    while start > 0 and analyses[start - 1].tag in ("ADJA", "ADJ(A)", "NN"):
        start -= 1
    return start == 1 and analyses[0].tag == "ART"


# What opens a subordinate clause: a relative pronoun or a subordinating conjunction
_SUBORDINATE_OPENERS = frozenset({"PRELS", "PRELAT", "KOUS", "PWAV"})


def _main_clause_finite(analyses: list[WordAnalysis]) -> bool:
    """Whether the sentence has a finite verb outside its subordinate clauses (a
    relative clause's *abdichteten* is not the main clause's verb)."""
    for start, end in clauses(analyses, join_phrases=False):
        span = analyses[start:end]
        if span and span[0].tag in _SUBORDINATE_OPENERS:
            continue
        if any(a.tag in FINITE_TAGS for a in span):
            return True
    return False


_PAST_ENDINGS = ("te", "ten")  # a weak verb's past, singular and plural


def _past_verb(word: str, lookup: Lookup) -> str | None:
    """The verb of a past form Ding lists (*transportierte*), or whose singular it
    lists (*verwendeten*: Ding has *ich/er/sie verwendete*)."""
    verb = participle_verb(word, lookup)
    if verb is None and word.endswith("ten"):
        verb = participle_verb(word[:-1], lookup)
    return verb


def _ends_phrase(analyses: list[WordAnalysis], index: int) -> bool:
    """No noun follows: an attributive adjective cannot stand here."""
    return index + 1 >= len(analyses) or analyses[index + 1].tag.startswith("$")


def _verb_slot(analyses: list[WordAnalysis], index: int) -> bool:
    """Where a finite verb must stand but none is: an attributive adjective before
    no noun (*… das überlebte .*), or the last word of a subordinate clause that
    has no finite verb (*dass die Regierung ihre Pläne überarbeitet .*)."""
    tag = analyses[index].tag
    if not tag.startswith("ADJ") or not _ends_phrase(analyses, index):
        return False
    return tag == "ADJ(A)" or _ends_verbless_clause(analyses, index)


_GE_PREFIX = re.compile("(?:" + "|".join(PARTICLES_LONGEST_FIRST) + ")?ge")


# The sentence stages' rules.  A rule of the stage "context" reads a token as the
# stage found it (``place.before``): a noun's rules (``tags=NOMINAL_TAGS``) look
# at nouns only, the others at the rest, as the branches of one if/elif chain did.


def _nominal(place: Place) -> bool:
    return place.before.tag in NOMINAL_TAGS


@place_rule(
    "verb.number-closing-a-modals-clause",
    NEXT,
    examples=[
        ("Wir müssen das Mehl *sieben* .", "sieben VV(INF)"),
        ("Man soll es zweimal *sieben* , sagt sie .", "sieben VV(INF)"),
    ],
    counter_examples=["Wir müssen um *sieben* gehen .", "Es waren *sieben* ."],
    tags=("CARD",),
)
def number_closing_modal_clause(place: Place) -> WordAnalysis | None:
    """A number word closing a clause with a modal verb, after no preposition, is
    the infinitive the dictionary has in its spelling: *müssen das Mehl sieben*
    "to sieve", not "seven"."""
    analyses, index, now, lexicon = place.analyses, place.index, place.now, place.lexicon
    following = analyses[index + 1].text if index + 1 < len(analyses) else "."
    if lexicon is None or not now.text.isalpha() or following not in (",", *SENTENCE_END):
        return None
    if index == 0 or analyses[index - 1].tag.startswith("APPR"):
        return None  # *um sieben*, *zu sieben*
    start = _clause_of(analyses, index)[0]
    if not any(a.tag == "VM(FIN)" for a in analyses[start:index]):
        return None
    return replace(now, tag="VV(INF)", pos="VERB") if lexicon.is_verb(now.text) else None


@place_rule(
    "verb.lone-lower-case-word",
    NEXT,
    examples=[("*trinken*", "trinken VV(INF)")],
    counter_examples=["Wir *trinken* Tee ."],
    tags=("NNI",),
)
def lone_infinitive(place: Place) -> WordAnalysis | None:
    """A lower-case word typed alone that HanTa read as a nominalised infinitive
    is the verb: *trinken*."""
    now = place.now
    if len(place.analyses) == 1 and now.tag == "NNI" and now.text[:1].islower():
        return replace(now, lemma=now.text, pos="VERB", tag="VV(INF)")
    return None


@place_rule(
    "verb.infinitive-no-noun-follows",
    END_STAGE,
    examples=[
        ("Der Behälter lässt sich mit einem Handgriff *leeren* .", "leeren VV(INF)"),
        ("Wir wollen die Dose heute *leeren* .", "leeren VV(INF)"),
    ],
    counter_examples=[
        "Sie stellten die *leeren* Flaschen ab .",
        "Er nahm die vollen und die *leeren* .",  # an article's noun left out
        "Die Dose ist *leer* .",
        "Sie filmt in *langen* , ruhigen Einstellungen .",  # attributes in a row
    ],
    tags=("ADJ(A)",),
)
def infinitive_no_noun_follows(place: Place) -> WordAnalysis | None:
    """An attributive adjective needs its noun: one that ends its clause, with no
    determiner before it, written as the infinitive of a verb the dictionary has, is
    that verb (*sich … leeren lässt*: *leeren* "to empty", not *leer*)."""
    analyses, index, now, lexicon = place.analyses, place.index, place.now, place.lexicon
    text = now.text
    if lexicon is None or not text.endswith("n") or not text[:1].islower() or index == 0:
        return None
    following = analyses[index + 1] if index + 1 < len(analyses) else None
    if following is not None and not (
        following.tag.startswith(("VV", "VA", "VM", "$")) or following.text in SENTENCE_END
    ):
        return None
    if analyses[index - 1].tag in DETERMINER_OR_CONTRACTION_TAGS | {"KON"}:
        return None  # *die vollen und die leeren*: the noun left out
    after = analyses[index + 2].tag if index + 2 < len(analyses) else ""
    if following is not None and following.text == "," and after == "ADJ(A)":
        return None  # *in langen , ruhigen Einstellungen*: attributes in a row
    if not lexicon.is_verb(text):
        return None
    return replace(now, lemma=text, pos="VERB", tag="VV(INF)")


@place_rule(
    "noun.article-of-its-phrase",
    NEXT,
    examples=[("Er sah den *Mann* im Park .", "Mann NN")],
    counter_examples=["Er *sah* den Mann ."],
    tags=(*NOMINAL_TAGS, "FM"),
)
def article_of_phrase(place: Place) -> WordAnalysis | None:
    """A noun gets the article of its phrase (*im* → *dem*), or the one it shares
    with a noun before it (*der Arbeitslosen und Armen*)."""
    analyses, index = place.analyses, place.index
    article = _article_before(analyses, index) or _shared_article(analyses, index)
    return replace(place.before, article=article)


@place_rule(
    "noun.the-noun-its-article-allows",
    NEXT,
    examples=[("Der *Dachs* wollte seine Ruhe haben .", "Dachs NN")],
    counter_examples=[
        "Die Farbe des *Dachs* war rot .",  # *Dach*'s genitive: *des* allows it
        "Das *Dach* war alt .",
        "Man kann seine *Rechte* einklagen .",
    ],
    tags=("NN",),
)
def noun_its_article_allows(place: Place) -> WordAnalysis | None:
    """A form HanTa read as another noun's case that its article rules out is the
    noun written so: *der Dachs* is the badger, not *Dach* (neuter: *des Dachs*)."""
    now, lexicon = place.now, place.lexicon
    allowed = ARTICLE_GENDERS.get(now.article, frozenset()) - {"pl"}
    if lexicon is None or not allowed or now.text == now.lemma:
        return None
    genders = _noun_genders(now.lemma, lexicon)
    if not genders or genders & allowed:
        return None
    if any(s.plural == now.text for s in lexicon.lookup(now.lemma)):
        return None  # *seine Rechte*: a possessive's *-e* is also a plural's
    return replace(now, lemma=now.text) if _noun_genders(now.text, lexicon) & allowed else None


@place_rule(
    "noun.a-plural-its-article-allows",
    NEXT,
    examples=[("Die *Polen* wählten gestern .", "Pole NN")],
    counter_examples=[
        "Er reiste nach *Polen* .",
        "Die *Dinosaurier* starben aus .",  # its own plural
    ],
    tags=("NN", "NE"),
)
def plural_its_article_allows(place: Place) -> WordAnalysis | None:
    """A word after *die* that is a neuter or masculine noun as it stands and another
    noun's plural is that plural: *die Polen* are Poles (*der Pole*), not *das Polen*
    "Poland"; *die Schweden* Swedes."""
    now, lexicon, index = place.now, place.lexicon, place.index
    if lexicon is None or now.text != now.lemma or index == 0:
        return None
    if place.analyses[index - 1].text.lower() != "die":
        return None
    genders = _noun_genders(now.text, lexicon)
    if not genders or genders & ARTICLE_GENDERS["die"]:
        return None
    declension = dict(lexicon.wiktionary_declension(now.text))
    if now.text in declension:
        return None  # a noun of its own, whose plural it may be: *die Dinosaurier*, *Fonds*
    owners = list(declension)
    return replace(now, lemma=owners[0], tag="NN", pos="NOUN") if len(owners) == 1 else None


def _noun_genders(headword: str, lexicon: Lexicon) -> set[str]:
    """The genders Ding gives the noun headword."""
    return {
        s.gender for s in lexicon.lookup(headword) if s.pos == "NOUN" and s.headword == headword
    }


@place_rule(
    "noun.name-or-noun",
    NEXT,
    examples=[
        ("Er traf Minister *Lauterbach* gestern .", "Lauterbach NE"),
        ("Dann *Mehl* und Milch dazugeben .", "Mehl NN"),
        ("Der Unfall geschah zwischen *Oberdorf* und Kirchheim .", "Oberdorf NE"),
    ],
    # a particle + a plural (Ding lacks the whole) stays HanTa's noun: a name is not declined
    counter_examples=[
        "Er kaufte *Brot* .",
        "Die Preise für *Vorprodukten* stiegen .",
        "Er pendelt zwischen Berlin und *Nachbarorten* .",
    ],
    tags=NOMINAL_TAGS,
)
def name_or_noun_rule(place: Place) -> WordAnalysis | None:
    """Whether a capitalised word is a name or a noun, from the dictionary and
    the words around it (``lang.names``)."""
    if place.lexicon is None:
        return None
    return name_or_noun(place.analyses, place.index, place.lexicon)


@place_rule(
    "verb.lower-case-imperative",
    NEXT,
    examples=[
        ("Geh hübsch sittsam und *lauf* nicht vom Weg ab .", "ablaufen VV(IMP)"),
        # HanTa's name for a strong verb's imperative, whose e became i
        ("Zieh die Jacke an , und *vergiss* die Handschuhe nicht !", "vergessen VV(IMP)"),
    ],
    counter_examples=["Das *Trinken* ist gesund .", "Er sprach mit *Vergil* ."],
    tags=NOMINAL_TAGS,
)
def lower_case_imperative(place: Place) -> WordAnalysis | None:
    """A lower-case word HanTa read as a noun or a name that is a verb's stem: an
    imperative."""
    if place.lexicon is None:
        return None
    return _imperative(place.analyses, place.index, place.lexicon)


_FINITE_ENDINGS = ("test", "ten", "tet", "te", "est", "en", "et", "st", "t", "e")


@place_rule(
    "verb.lower-case-verb-with-its-particle",
    NEXT,
    examples=[
        ("Nach dem Streit *söhnten* sich die Brüder wieder aus .", "aussöhnen VV(FIN)"),
        ("In der Nacht *klart* es vielerorts auf .", "aufklaren VV(FIN)"),
    ],
    counter_examples=[
        "Das *zimmer* war aus .",
        "Die Kinder spielten mit dem *hotel* aus Holz .",
        "Am Abend war es *klar* und kalt .",
    ],
    tags=("NN", "ADJ(D)"),
)
def lower_case_verb_with_particle(place: Place) -> WordAnalysis | None:
    """A lower-case word HanTa read as a noun, with no article or attribute, or as
    an adjective the dictionary lacks, whose clause ends in a particle that makes a
    verb of it is that finite verb: *söhnten sich … aus* (*aussöhnen*; HanTa:
    *Sohn*), *klart … auf* (*aufklaren*, whose forms Ding does not list).  Reviews
    in lower case keep their nouns (*das zimmer*)."""
    analyses, index, now, lexicon = place.analyses, place.index, place.now, place.lexicon
    word = now.text
    if lexicon is None or index == 0 or not (word.isalpha() and word.islower()):
        return None
    if now.article or analyses[index - 1].tag in DETERMINER_OR_CONTRACTION_TAGS:
        return None
    if now.tag == "ADJ(D)" and any(s.pos == "ADJ" for s in lexicon.lookup(word)):
        return None
    end = _clause_of(analyses, index)[1]
    particles = [a.text for a in analyses[index + 1 : end] if a.tag == "PTKVZ"]
    stems = [word.removesuffix(e) for e in _FINITE_ENDINGS if particles and word.endswith(e)]
    for verb in (stem + ending for stem in stems for ending in ("en", "n")):
        if any(lexicon.is_verb(p + verb) for p in particles):
            return replace(now, lemma=verb, tag="VV(FIN)", pos="VERB")
    return None


@place_rule(
    "noun.plural-after-a-plural-cue",
    END_STAGE,
    examples=[
        ("Es verfügt über saubere *Umkleiden* und Duschen .", "Umkleide NN"),
        # a plural Ding lists as a noun of its own, not as a singular's
        ("Die Äpfel in dünne *Spalten* schneiden .", "Spalten NN"),
    ],
    counter_examples=[
        "Das *Duschen* ist verboten .",
        "Das *Spalten* von Holz ist mühsam .",
        "Nach längerem *Tragen* drücken die Bügel .",  # -em: a singular, *das Tragen*
    ],
    tags=NOMINAL_TAGS,
)
def plural_after_cue(place: Place) -> WordAnalysis | None:
    """A nominalised infinitive after a plural cue is a plural noun: *saubere
    Duschen* is *die Dusche*, *dünne Spalten* Ding's plural *Spalten* "segments"."""
    lexicon, before = place.lexicon, place.before
    if not (before.tag == "NNI" and lexicon is not None):
        return None
    if not _plural_cue(place.analyses, place.index):
        return None
    singular = lexicon.noun_headword(before.text)
    if singular is not None and singular != before.text:
        return replace(place.now, lemma=singular, tag="NN")
    if singular == before.text and _plural_only(before.text, lexicon):
        return replace(place.now, lemma=before.text, tag="NN")  # *dünne Spalten* "segments"
    return place.now


@place_rule(
    "noun.infinitive-not-plural",
    END_STAGE,
    examples=[
        ("Beim *Brötchenbacken* half er .", "Brötchenbacken NNI"),
        ("Mit geschicktem *Nähen* flickte sie es .", "Nähen NNI"),  # -em: no *Nähe* plural
    ],
    counter_examples=["Das machte ihr *Sorgen* .", "Mit guten *Nähten* hält es ."],
    tags=NOMINAL_TAGS,
)
def infinitive_not_plural(place: Place) -> WordAnalysis | None:
    """A noun HanTa read as a feminine plural that a singular article, or an
    adjective's singular ending, shows to be a nominalised infinitive: *beim
    Brötchenbacken*, not *Backen* of *Backe*; *mit geschicktem Nähen*."""
    lexicon = place.lexicon
    if lexicon is None:
        return None
    if _infinitive_not_plural(place.analyses, place.index, lexicon):
        return replace(place.now, lemma=place.before.text, tag="NNI")
    return None


@place_rule(
    "noun.verb-as-noun",
    END_STAGE,
    examples=[
        ("Ausgangspunkt des therapeutischen *Klonens* ist eine Eizelle .", "Klonen NNI"),
        ("Das Tool zum *Chatten* ist neu .", "Chatten NNI"),  # an English verb
    ],
    counter_examples=[
        "Die Gefahr des *Krieges* ist groß .",
        "Er sprach mit den *Chatten* .",  # a plural: the Germanic people
    ],
    tags=NOMINAL_TAGS,
)
def verb_as_noun(place: Place) -> WordAnalysis | None:
    """A verb's infinitive used as a noun is a nominalised infinitive: *des Klonens*."""
    lexicon = place.lexicon
    if lexicon is None or not _verb_as_noun(place.now, lexicon):
        return None
    return replace(place.now, tag="NNI")


@place_rule(
    "noun.noun-not-infinitive",
    END_STAGE,
    examples=[("Es gibt einen *Trockengraben* im Norden .", "Trockengraben NN")],
    counter_examples=["Es gibt einen *Graben* im Norden ."],
    tags=NOMINAL_TAGS,
)
def noun_not_infinitive(place: Place) -> WordAnalysis | None:
    """A capitalised word HanTa read as a nominalised infinitive that the
    dictionary has as a noun of its own."""
    lexicon = place.lexicon
    if lexicon is None or not _noun_not_infinitive(place.now, lexicon):
        return None
    return replace(place.now, lemma=place.before.text, tag="NN")


@place_rule(
    "noun.infinitive-after-accusative-preposition",
    END_STAGE,
    examples=[("Der Geruch ging auch durch *Lüften* nicht weg .", "Lüften NNI")],
    counter_examples=["Das ist gut für *Kinder* ."],
    tags=NOMINAL_TAGS,
)
def infinitive_after_accusative(place: Place) -> WordAnalysis | None:
    """After a preposition that takes only the accusative, an *-en* noun that is a
    verb is its infinitive, no dative plural."""
    lexicon = place.lexicon
    if lexicon is None:
        return None
    if not _infinitive_after_accusative(place.analyses, place.index, lexicon):
        return None
    return replace(place.now, lemma=place.before.text, tag="NNI")


@place_rule(
    "noun.old-dative-in-e",
    END_STAGE,
    examples=[("Im *Zweifelsfalle* fragen Sie Ihren Arzt .", "Zweifelsfall NN")],
    counter_examples=["Er lag im *Bette* ."],
    tags=NOMINAL_TAGS,
)
def old_dative(place: Place) -> WordAnalysis | None:
    """An old dative in *-e* after *dem* takes its noun: *im Grabe*."""
    lexicon = place.lexicon
    if lexicon is None or not _old_dative(place.now, lexicon):
        return None
    return replace(place.now, lemma=place.before.text[:-1])


@place_rule(
    "noun.not-an-old-dative",
    END_STAGE,
    examples=[("Der Rest entpuppt sich als *Falle* .", "Falle NN")],
    counter_examples=["Im *Falle* eines Brandes ."],
    tags=NOMINAL_TAGS,
)
def not_old_dative(place: Place) -> WordAnalysis | None:
    """A noun HanTa read as another's old dative is itself when nothing dative
    stands before it: *als Falle* is a trap, not *Fall*."""
    lexicon = place.lexicon
    if lexicon is None:
        return None
    if not _noun_not_old_dative(place.analyses, place.index, lexicon):
        return None
    return replace(place.now, lemma=place.before.text)


@place_rule(
    "adjective.town-adjective",
    END_STAGE,
    examples=[("Wir kamen an der *Memminger* Hütte an .", "Memminger ADJ(A)")],
    counter_examples=["Wir trafen *Peter* an der Hütte ."],
    tags=NOMINAL_TAGS,
)
def town_adjective(place: Place) -> WordAnalysis | None:
    """A town's *-er* adjective before a noun that HanTa took for a noun is the
    adjective: *an der Memminger Hütte* "of Memmingen"."""
    lexicon, before = place.lexicon, place.before
    if lexicon is None:
        return None
    if not _town_adjective(place.analyses, place.index, lexicon):
        return None
    return replace(before, lemma=before.text, tag="ADJ(A)", pos="ADJ", article="")


_PRESENT_PARTICIPLE = re.compile(r"\w{3,}nd(?:e|en|er|es|em)?")


@place_rule(
    "adjective.gerundive",
    NEXT,
    examples=[("Die zu *erwartenden* Einnahmen steigen .", "erwartend ADJ(A)")],
    counter_examples=["Die *wartenden* Kunden gehen ."],
    tags=("ADJ(A)",),
)
def gerundive(place: Place) -> WordAnalysis | None:
    """A present participle after *zu* says what is to be done, not what does it:
    *die zu erwartenden Einnahmen* are the income to be expected, *eine kaum zu
    lösende Aufgabe* a task hardly to be solved."""
    analyses, index, now = place.analyses, place.index, place.now
    if index == 0 or analyses[index - 1].text.lower() != "zu":
        return None
    if not (_PRESENT_PARTICIPLE.fullmatch(now.text.lower()) and now.lemma.endswith("nd")):
        return None
    return replace(now, gerundive=True)


@place_rule(
    "noun.foreign-word-name-or-noun",
    END_STAGE,
    examples=[("Im Prevention *Center* ist es teuer .", "Center NE")],
    counter_examples=["Das ist *fair* ."],
    tags=("FM",),
)
def foreign_word(place: Place) -> WordAnalysis | None:
    """A word HanTa read as foreign is a name or a noun like any capitalised word."""
    if place.before.tag != "FM" or place.lexicon is None:
        return None
    return name_or_noun(place.analyses, place.index, place.lexicon)


@place_rule(
    "noun.capitalised-imperative-is-a-noun",
    END_STAGE,
    examples=[("*Hänsel* und Gretel sind die Kinder .", "Hänsel NE")],
    counter_examples=["*Komm* und sieh !"],
    tags=("VV(IMP)",),
)
def capitalised_imperative(place: Place) -> WordAnalysis | None:
    """A capitalised word HanTa read as an imperative joined by *und* to a noun is
    a noun: *Hänsel und Gretel* (no *hänseln*)."""
    lexicon, before = place.lexicon, place.before
    if _nominal(place) or lexicon is None:
        return None
    if not _capitalised_imperative(place.analyses, place.index):
        return None
    trial = list(place.analyses)
    trial[place.index] = replace(before, lemma=before.text, tag="NN", pos="NOUN")
    return name_or_noun(trial, place.index, lexicon)


@place_rule(
    "adverb.am-liebsten",
    END_STAGE,
    examples=[("Was essen Sie am *liebsten* ?", "gern ADJ(D)")],
    counter_examples=["Die *liebsten* Freunde kommen ."],
)
def am_liebsten(place: Place) -> WordAnalysis | None:
    """*am liebsten* is the superlative of *gern* (gern, lieber, am liebsten)."""
    before = place.before
    if _nominal(place) or before.text != "liebsten" or not _after_am(place.analyses, place.index):
        return None
    return replace(before, lemma="gern")


@place_rule(
    "verb.participle-in-perfect",
    END_STAGE,
    examples=[
        ("Die Mängel hat er zwar *zugegeben* jedoch nicht behoben .", "zugeben VV(PP)"),
        ("Wir haben die App grundlegend *überarbeitet* .", "überarbeiten VV(PP)"),
    ],
    counter_examples=[
        "Er ist *bekannt* .",
        "Er hat *bestimmt* Hunger .",
        "Training wird empfohlen , um die Muskeln *gezielt* zu kräftigen .",
        "Es hatte lange gedauert , denn die Gäste verteidigten *geschickt* .",
    ],
    tags=("ADJ(D)",),
)
def participle_in_perfect(place: Place) -> WordAnalysis | None:
    """An adjective HanTa read that stands as a participle in a perfect or passive
    is the verb: *hat … zugegeben*; not a lexicalised one (*bekannt*)."""
    lexicon, before = place.lexicon, place.before
    if _nominal(place) or lexicon is None or before.tag != "ADJ(D)":
        return None
    if not _in_perfect(place.analyses, place.index):
        return None
    verb = participle_verb(before.text, lexicon.lookup)
    if verb is not None and not _lexicalised(before.text.lower(), verb):
        return replace(before, lemma=verb, tag="VV(PP)", pos="VERB")
    return before


# Prefixes after which a verb's participle takes no *ge-*: *verordnet*, *erwartet*
_NO_GE_PREFIXES = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")


@place_rule(
    "verb.participle-after-wie",
    END_STAGE,
    examples=[
        ("Setzen Sie die Behandlung wie *verordnet* fort .", "verordnen VV(PP)"),
        ("Die Preise stiegen wie *erwartet* an .", "erwarten VV(PP)"),
    ],
    counter_examples=[
        "Wie *verändert* sich das Klima ?",  # a question: its subject follows
        "Er weiß , wie man das *verändert* .",  # not right after *wie*
        "Wie *macht* er das ?",  # *macht* is no participle (*gemacht*)
    ],
    tags=("VV(FIN)",),
)
def participle_after_wie(place: Place) -> WordAnalysis | None:
    """A verb form right after *wie* that is its verb's participle, closing the
    comparison, is that participle, not a finite verb: *setzen Sie die Behandlung
    wie verordnet fort*, whose particle then finds *setzen* (*fortsetzen*).  Only a
    verb whose participle takes no *ge-* has such a form (*verordnet*, *studiert*)."""
    before, previous, following = place.before, _previous(place), _following(place)
    if previous is None or previous.text.lower() != "wie":
        return None
    if following is not None and following.tag not in ("$,", "$.", "PTKVZ", "KON", "$("):
        return None
    if not _participle_without_ge(before.text, before.lemma):
        return None
    return replace(before, tag="VV(PP)")


def _participle_without_ge(text: str, verb: str) -> bool:
    """Whether ``text`` is the participle of a verb that takes no *ge-*: *verordnet*
    (*verordnen*), *studiert* (*studieren*); not *macht* (*gemacht*)."""
    stem = re.sub(r"e?n$", "", verb)
    no_ge = verb.endswith("ieren") or verb.startswith(_NO_GE_PREFIXES)
    return no_ge and stem != verb and text in (stem + "t", stem + "et")


@place_rule(
    "verb.formal-imperative",
    END_STAGE,
    examples=[
        ("*Bewahren* Sie die Rechnung auf .", "aufbewahren VV(FIN)"),
        # an adjective to HanTa (*leer*), but no adjective stands before *Sie*
        ("*Leeren* Sie den Behälter regelmäßig .", "leeren VV(FIN)"),
    ],
    counter_examples=[
        "*Bewahren* ist wichtig .",
        "Sie wollen die Rechnung *bewahren* .",
        "*Leeren* Flaschen bringen Sie zurück .",
    ],
    tags=("VV(INF)", "ADJ(A)"),
)
def formal_imperative(place: Place) -> WordAnalysis | None:
    """An infinitive that opens a sentence before *Sie* is finite: a formal
    imperative or a question (*Bewahren Sie die Rechnung auf*, *Kennen Sie …?*),
    whose particle then finds it (*aufbewahren*); so is a verb's infinitive HanTa
    read as an adjective (*Leeren Sie den Behälter*, not *leer*)."""
    following = _following(place)
    if following is None or following.text != "Sie":
        return None
    if not sentence_initial_analysis(place.analyses, place.index):
        return None
    if place.before.tag == "VV(INF)":
        return replace(place.before, tag="VV(FIN)")
    verb = place.before.text.lower()
    if place.lexicon is None or not place.lexicon.is_verb(verb):
        return None
    return replace(place.before, lemma=verb, tag="VV(FIN)", pos="VERB")


# The polite address, capitalised inside a sentence: *Sie*, *Ihnen* "you", *Ihr* "your"
_FORMAL_ADDRESS = {"sie": "Sie", "ihnen": "Sie"} | dict.fromkeys(
    "ihr ihre ihren ihrem ihrer ihres".split(), "Ihr"
)


@place_rule(
    "pronoun.formal-address",
    END_STAGE,
    examples=[
        ("Nehmen *Sie* die Tabletten ein .", "Sie PPER"),
        ("Wir danken *Ihnen* für den Brief .", "Sie PPER"),
        ("Bitte prüfen Sie *Ihre* Angaben .", "Ihr PPOSAT"),
    ],
    counter_examples=[
        "*Sie* kam gestern .",  # a sentence's first word: she, they or you
        "Wir sahen *sie* gestern .",
        "Er sagte : „ *Sie* kommt morgen . “",  # the first word of speech
        "Dort findet *Ihr* ein tolles Ambiente .",  # the plural "you"
    ],
    tags=("PPER", "PRF", "PPOSAT", "PPOSS"),
)
def formal_address(place: Place) -> WordAnalysis | None:
    """*Sie*, *Ihnen* and *Ihr* written capitalised inside a sentence are the polite
    "you" and "your", not "they", "them", "her": *Nehmen Sie …*, *Wir danken Ihnen*.
    At a sentence's start (or its speech's) the capital says nothing."""
    now, analyses, index = place.now, place.analyses, place.index
    lemma = polite_lemma(now.text, now.tag)
    if lemma is None or index == 0:
        return None
    if (
        sentence_initial_analysis(analyses, index)
        or analyses[index - 1].text[-1:] in _SPEECH_OPENERS
    ):
        return None
    return replace(now, lemma=lemma)


@place_rule(
    "pronoun.number-by-its-verb",
    END_STAGE,
    examples=[
        ("*Sie* erkannte die Handschrift sofort .", "sie PPER"),
        ("Er wartete , bis *sie* kamen .", "sie PPER"),
        ("*Sie* sind spät dran .", "sie PPER"),
        ("„ *Ihr* habt lange geschlafen “ , sagte er .", "ihr PPER"),
    ],
    counter_examples=[
        "Er sah *sie* gestern .",  # no finite verb after it: her or them
        "Wir danken *Ihnen* sehr .",
        "*Ihr* gefällt das Buch .",  # the dative: *gefällt* is no *gefallt*
    ],
    tags=("PPER",),
)
def number_by_its_verb(place: Place) -> WordAnalysis | None:
    """*sie* right before its finite verb is as many as the verb: *Sie kam* "she",
    *sie kamen* "they" (or, capitalised, the polite "you").  A third person plural
    ends in *-en*, *-ln* or *-rn* (*kamen*, *wandern*), or is *sind*.  *ihr* before
    a second person plural is the plural "you" (*ihr habt*), not "her"."""
    now, analyses, index = place.now, place.analyses, place.index
    pronoun = now.text.lower()
    if pronoun not in ("sie", "ihr") or now.lemma == "Sie" or index + 1 >= len(analyses):
        return None
    verb = analyses[index + 1]
    if verb.tag not in FINITE_TAGS:
        return None
    if pronoun == "ihr":
        return replace(now, number="Pl") if _second_person_plural(verb) else None
    plural = verb.text.endswith(("en", "ln", "rn")) or verb.text == "sind"
    return replace(now, number="Pl" if plural else "Sg")


def _second_person_plural(verb: WordAnalysis) -> bool:
    """*habt*, *arbeitet*, *seid*, *hört* (*aufhören*): the stem and *-t*, not
    another form in *-t* (*gefällt*, *hat*)."""
    word, stem = verb.text.lower(), verb.lemma.lower().removesuffix("n").removesuffix("e")
    return word == "seid" or any((stem + end).endswith(word) for end in ("t", "et"))


def polite_lemma(text: str, tag: str) -> str | None:
    """The polite address's lemma a capitalised pronoun would have: *Sie*, *Ihnen*
    → *Sie*; a possessive *Ihre* → *Ihr* (a personal *Ihr* is the plural "you":
    *findet Ihr …*, Ding's *ihr*)."""
    lemma = _FORMAL_ADDRESS.get(text.lower())
    if lemma is None or not text[:1].isupper():
        return None
    return None if lemma == "Ihr" and tag not in ("PPOSAT", "PPOSS") else lemma


@place_rule(
    "verb.finite-verb-of-its-clause",
    END_STAGE,
    examples=[
        ("Sie fragten , ob der Staat das *überlebte* .", "überleben VV(FIN)"),
        # a main clause with no finite verb: the relative clause's is its own
        (
            "Die Bauern *verwendeten* Eichenplanken , deren Fugen sie abdichteten .",
            "verwenden VV(FIN)",
        ),
        ("Das neue Smartphone *überzeugt* im Test .", "überzeugen VV(FIN)"),
        ("Dabei *entfernt* man die kleinen Seitentriebe .", "entfernen VV(FIN)"),
    ],
    counter_examples=[
        "Er fragte , ob der Staat *überlebt* .",
        "Besonders *überzeugt* sind die Fans .",
        "Die von Komatsu *produzierten* Fahrzeuge , die wir kaufen , sind gut .",
        "Alle Zimmer *renoviert* .",
    ],
    tags=ADJECTIVE_TAGS,
)
def finite_of_clause(place: Place) -> WordAnalysis | None:
    """An adjective in the place of a clause's finite verb (a verb-final clause's
    end, a verbless clause) is that verb: *ob der Staat das überlebte .*"""
    lexicon, before = place.lexicon, place.before
    if _nominal(place) or lexicon is None:
        return None
    analyses, index = place.analyses, place.index
    if not (_verb_slot(analyses, index) or _verbless_clause_verb(analyses, index)):
        return None
    verb = _past_verb(before.text, lexicon.lookup) or _present_verb(before.text, lexicon)
    if verb is not None:
        return replace(before, lemma=verb, tag="VV(FIN)", pos="VERB")
    return before


def _present_verb(word: str, lexicon: Lexicon) -> str | None:
    """The verb whose third person a form in -t is, where Ding lists no forms:
    *überzeugt* (*überzeugen*), *arbeitet* (*arbeiten*).  Only these endings, not
    ``lemmas.weak_verb_of_form``'s, which would take *weiße* for *weißen*."""
    lower = word.lower()
    for ending in ("et", "t"):
        verb = lower.removesuffix(ending) + "en"
        if lower.endswith(ending) and lexicon.is_verb(verb):
            return verb
    return None


@place_rule(
    "verb.gehört-with-haben-is-heard",
    END_STAGE,
    examples=[
        ("Er hat die Musik *gehört* .", "hören VV(PP)"),
        ("Ich habe nichts von Ihnen *gehört* .", "hören VV(PP)"),  # *Ihnen* is von's
    ],
    counter_examples=["Das Buch *gehört* mir .", "Das Haus hat mir *gehört* ."],
)
def heard(place: Place) -> WordAnalysis | None:
    """*gehört* with *haben* is *hören*'s participle, not *gehören*."""
    before = place.before
    if _nominal(place) or before.lemma != "gehören" or not _heard(place.analyses, place.index):
        return None
    return replace(before, lemma="hören", tag="VV(PP)", pos="VERB")


def _participle_not_itself(place: Place) -> bool:
    before = place.before
    return (
        not _nominal(place)
        and place.lexicon is not None
        and before.tag == "VV(PP)"
        and before.text != before.lemma
    )


@place_rule(
    "verb.ge-verb-with-haben",
    END_STAGE,
    examples=[("Das Essen hat mir gut *gefallen* .", "gefallen VV(PP)")],
    counter_examples=["Er ist *gefallen* ."],
    tags=("VV(PP)",),
)
def ge_verb_with_haben(place: Place) -> WordAnalysis | None:
    """A participle that is a *ge-* verb's with *haben*: *hat mir gefallen* is
    *gefallen*; *fallen* would take *sein* (*ist gefallen*)."""
    lexicon, before = place.lexicon, place.before
    if not _participle_not_itself(place) or lexicon is None:
        return None
    ge_verb = before.text.startswith("ge") and lexicon.is_verb(before.text)
    if ge_verb and _with_haben(place.analyses, place.index):
        return replace(before, lemma=before.text)
    return None


@place_rule(
    "verb.ge-verb-ending-its-clause",
    END_STAGE,
    examples=[
        ("Das ist eine Kunst , die mir wohl *gefällt* .", "gefallen VV(FIN)"),
        ("Wir gehen , wenn es dir *gefällt* .", "gefallen VV(FIN)"),
    ],
    counter_examples=[
        "Der Baum wurde *gefällt* .",
        "Der Förster hat den Baum *gefällt* .",
        "Der Baum , der gestern *gefällt* wurde , war alt .",
    ],
    tags=("VV(PP)",),
)
def ge_verb_ending_its_clause(place: Place) -> WordAnalysis | None:
    """A *ge-* verb's third person that ends a subordinate clause with no finite
    verb is that verb, not a participle: *die mir gefällt* is *gefallen*, not
    *fällen*; *wurde gefällt* stays *fällen*."""
    lexicon, before = place.lexicon, place.before
    if lexicon is None or _nominal(place) or not before.text.startswith("ge"):
        return None
    if before.lemma.startswith("ge") or not _ends_verbless_clause(place.analyses, place.index):
        return None
    stem = before.text.removesuffix("et") if before.text.endswith("et") else before.text[:-1]
    for verb in dict.fromkeys((stem + "en", stem.translate(_UMLAUT_BACK) + "en")):
        if before.text.endswith("t") and lexicon.is_verb(verb):
            return replace(before, lemma=verb, tag="VV(FIN)", pos="VERB")
    return None


_UMLAUT_BACK = str.maketrans("äöü", "aou")  # *gefäll·t*: *gefallen*


def _ends_verbless_clause(analyses: list[WordAnalysis], index: int) -> bool:
    """The last word of a subordinate clause that has no finite verb before it."""
    if not _ends_phrase(analyses, index):
        return False
    for analysis in reversed(analyses[:index]):
        if analysis.tag in FINITE_TAGS or analysis.tag.startswith("$"):
            return False
        if analysis.tag in CLAUSE_OPENER_TAGS:
            return True
    return False


@place_rule(
    "adjective.lexicalised-participle-before-werden-or-sein",
    END_STAGE,
    examples=[
        ("Er kam , nachdem eine Kaufverpflichtung *bekannt* geworden war .", "bekannt ADJ(D)"),
        ("Ein Konzept , das als Verteidigung *bekannt* ist .", "bekannt ADJ(D)"),
        ("Ein Mann , der seit Jahren *verheiratet* ist .", "verheiratet ADJ(D)"),
        # closing a main clause whose finite verb is *sein*
        ("Die Stelle ist zunächst auf zwei Jahre *befristet* .", "befristet ADJ(D)"),
    ],
    counter_examples=[
        "Er hat es *zugegeben* .",
        "Das Buch , das gestern *erschienen* ist .",
        "Der Zug , der gestern *angekommen* ist .",
        "Der Zug ist gestern *angekommen* .",
        "Die Stelle wurde auf zwei Jahre *befristet* .",
    ],
    tags=("VV(PP)",),
)
def lexicalised_before_werden(place: Place) -> WordAnalysis | None:
    """A lexicalised participle before *werden* or *sein*, or closing a clause
    whose finite verb is *sein*, is the adjective: *bekannt geworden*, *als …
    bekannt ist* "known", not "confessed"; *ist … befristet* "temporary"."""
    before = place.before
    if not _participle_not_itself(place):
        return None
    analyses, index = place.analyses, place.index
    placed = _before_auxiliary(analyses, index) or _closing_a_sein_clause(analyses, index)
    if placed and _lexicalised(before.text.lower(), before.lemma):
        return replace(before, lemma=before.text.lower(), tag="ADJ(D)", pos="ADJ")
    return None


@place_rule(
    "adjective.participle-after-copula-or-degree-word",
    END_STAGE,
    examples=[
        ("Die Lage bleibt *angespannt* .", "anspannen ADJ(D)"),
        ("Der Trainer zeigte sich nach dem Spiel *erleichtert* .", "erleichtern ADJ(D)"),
    ],
    counter_examples=["Er hat sich sehr *gefreut* .", "Er zeigte ihm das *geöffnete* Tor ."],
    tags=("VV(PP)",),
)
def participle_after_copula(place: Place) -> WordAnalysis | None:
    """A participle after a copula other than *sein*, or after a word of degree
    with *sein*, is an adjective (*bleibt angespannt*, *war sehr erleichtert*);
    its lemma stays the verb, as treebanks cite participles."""
    lexicon, before = place.lexicon, place.before
    if not _participle_not_itself(place) or lexicon is None:
        return None
    analyses, index = place.analyses, place.index
    after = _after_copula(analyses, index) or _after_degree_word(analyses, index)
    if after and lexicon.is_adjective(before.text):
        return replace(before, tag="ADJ(D)", pos="ADJ")
    return None


@place_rule(
    "adjective.state-after-sein",
    END_STAGE,
    examples=[
        ("Wir sind über das Ergebnis *überrascht* .", "überraschen ADJ(D)"),
        ("Das Museum ist montags *geschlossen* .", "schließen ADJ(D)"),
        # a subordinate clause's *sein* closes it
        ("Öl fiel , während Versorger *gefragt* waren .", "fragen ADJ(D)"),
    ],
    counter_examples=[
        "Er ist nach Hause *gegangen* .",  # a perfect: *gehen* takes *sein*
        "Wir wissen , dass er nach Hause *gegangen* ist .",
        "Die Preise sind stark *gestiegen* .",
        "Die Brücke ist gestern *gebaut* worden .",
        "Er hat mich *überzeugt* .",
    ],
    tags=("VV(PP)",),
)
def state_after_sein(place: Place) -> WordAnalysis | None:
    """A participle closing a clause whose finite verb is *sein*, that Ding lists as
    an adjective of its own, names a state: *sind überrascht* "surprised", *ist
    geschlossen* "closed"; not a perfect (*ist gewachsen*, *ist ihm vergangen*).  Its
    lemma stays the verb, as treebanks cite participles."""
    lexicon, before = place.lexicon, place.before
    if not _participle_not_itself(place) or lexicon is None:
        return None
    if not _closing_a_sein_clause(place.analyses, place.index):
        return None
    participle, verb = before.text, before.lemma
    own = _own_adjective(participle, lexicon)
    verbs = [s for s in lexicon.lookup(verb) if s.pos == "VERB" and s.headword == verb]
    # Ding's perfect with *sein* (*ist gewachsen*), or a verb with no transitive use,
    # as all that take *sein* are (*ist ihm vergangen*)
    perfect_with_sein = any("ist " in s.principal for s in verbs) or all(
        s.intransitive for s in verbs
    )
    return replace(before, tag="ADJ(D)", pos="ADJ") if own and not perfect_with_sein else None


@place_rule(
    "adjective.participle-beside-a-full-verb",
    END_STAGE,
    examples=[
        ("In der zweiten Halbzeit verteidigte die Abwehr *geschickt* .", "schicken ADJ(D)"),
        ("Er antwortete *gereizt* .", "reizen ADJ(D)"),
    ],
    counter_examples=[
        "Er hat ihr den Brief *geschickt* .",  # a perfect
        "Er bekam das Paket *geschickt* .",  # a passive with *bekommen*
        "Der Brief wurde gestern *geschickt* .",
        "Er kam *gelaufen* .",  # no adjective of its own
        "Habe einige Studios , wegen der Umzüge , kennen *gelernt* .",
        "Ein Tumor , der sich vor der Geburt *entwickelt* und am Steißbein wächst .",
        "Die Untersuchung kam mir sehr kurz *gefasst* vor .",
        # verb-final: two finite verbs, HanTa's participle is the second
        "Man weiß , dass Schlafmangel das Immunsystem schwächt und das Risiko *erhöht* .",
    ],
    tags=("VV(PP)",),
)
def participle_beside_full_verb(place: Place) -> WordAnalysis | None:
    """A participle in a clause whose finite verb is a full verb, with no auxiliary
    to make a perfect or passive of it, says how: *verteidigte geschickt*
    "skilfully", *antwortete gereizt* "irritated", where Ding lists it as an adjective
    of its own.  Its lemma stays the verb, as treebanks cite participles."""
    lexicon, before = place.lexicon, place.before
    if not _participle_not_itself(place) or lexicon is None:
        return None
    start, end = _clause_of(place.analyses, place.index)
    before_it = place.analyses[start : place.index]  # its finite verb comes first (verb second)
    finite = [a for a in before_it if a.tag in FINITE_TAGS]
    if len(finite) != 1 or finite[0].tag != "VV(FIN)" or finite[0].text in PASSIVE_AFTER:
        return None
    opened = before_it[0].tag in CLAUSE_OPENER_TAGS or (
        start > 0 and place.analyses[start - 1].tag == "KOUS"
    )
    if finite[0].text.lower() == finite[0].lemma or opened:
        return None  # *kennen gelernt*: an infinitive HanTa read as finite; a verb-final clause
    clause = place.analyses[start:end]
    if any(a.tag.startswith(("VA", "VM")) or a.lemma in PASSIVE_AFTER for a in clause):
        return None
    if lexicon.is_verb(place.analyses[place.index - 1].text.lower() + before.lemma):
        return None  # *kurz gefasst*: one verb, *kurzfassen*
    own = _own_adjective(before.text, lexicon)
    return replace(before, tag="ADJ(D)", pos="ADJ") if own else None


def _own_adjective(participle: str, lexicon: Lexicon) -> bool:
    """Whether Ding lists the participle as an adjective entry of its own, not one
    made from its verb's line."""
    return any(
        s.pos == "ADJ" and s.headword == participle and not s.derived
        for s in lexicon.lookup(participle)
    )


@place_rule(
    "adjective.second-finite-verb",
    END_STAGE,
    examples=[
        (
            "Das Rätselraten um die in der Region Busang *entdeckte* Menge des Edelmetalls"
            " ging unterdessen weiter .",
            "entdeckt ADJ(A)",
        ),
        (
            "Bei unserem nächsten Aufenthalt werden wir ganz *bestimmt* wieder hier essen gehen !",
            "bestimmt ADJ(D)",
        ),
    ],
    counter_examples=["Er *entdeckte* die Menge ."],
    tags=("VV(FIN)",),
)
def second_finite(place: Place) -> WordAnalysis | None:
    """A second finite verb in a clause is an attribute or an adverb: *die
    entdeckte Menge ging*, *werden bestimmt wieder kommen*."""
    lexicon, before = place.lexicon, place.before
    if _nominal(place) or lexicon is None or before.tag != "VV(FIN)":
        return None
    if not _second_finite(place.analyses, place.index):
        return None
    return _not_finite(place.analyses, place.index, lexicon)


@place_rule(
    "adjective.after-a-quantity",
    END_STAGE,
    examples=[
        ("Zutaten : 250 g *weiche* Butter und Zucker .", "weich ADJ(A)"),
    ],
    counter_examples=["Die 3 Kinder *spielen* draußen .", "Um 8 Uhr *beginnt* Schule ."],
    tags=("VV(FIN)",),
)
def after_quantity(place: Place) -> WordAnalysis | None:
    """A finite verb's form between a number (and its unit) and a noun is an
    attributive adjective the dictionary has: *250 g weiche Butter* is *weich*,
    not *weichen* "to give way"."""
    lexicon, before, analyses, index = place.lexicon, place.before, place.analyses, place.index
    if _nominal(place) or lexicon is None or before.tag != "VV(FIN)" or index == 0:
        return None
    following = analyses[index + 1].tag if index + 1 < len(analyses) else ""
    quantity = analyses[index - 1].tag == "CARD" or (
        index > 1 and analyses[index - 2].tag == "CARD" and analyses[index - 1].text.isalpha()
    )  # the unit is tagged later (``units``): *g* may still be a name here
    stem = _ADJECTIVE_INFLECTION.sub("", before.text.lower())
    if not quantity or following != "NN" or stem == before.text.lower():
        return None
    if not lexicon.is_adjective(stem):
        return None
    return replace(before, lemma=stem, tag="ADJ(A)", pos="ADJ")


@place_rule(
    "adjective.first-person-form-with-no-ich",
    END_STAGE,
    examples=[("Bis Samstag und *liebe* Grüße", "lieb ADJ(A)")],
    counter_examples=[
        "Ich *liebe* Musik .",
        "Ich tanze gern und *liebe* Musik .",
        "Er wechselt , *verbreitete* Optimismus .",
    ],
    tags=("VV(FIN)",),
)
def first_person_with_no_ich(place: Place) -> WordAnalysis | None:
    """A verb's first person in -e before a noun, opening its clause, in a sentence
    with no *ich*, is the attribute Ding has: a letter's *und liebe Grüße* is *lieb*,
    not *lieben* "to love"."""
    lexicon, before, analyses, index = place.lexicon, place.before, place.analyses, place.index
    if _nominal(place) or lexicon is None or not before.text.endswith("e"):
        return None
    if before.text.endswith("te"):
        return None  # a past: *, verbreitete Optimismus*, *, betonte Striezel*
    following = analyses[index + 1].tag if index + 1 < len(analyses) else ""
    opening = index == 0 or analyses[index - 1].tag in ("KON", "$,", "$.", "$(")
    if following != "NN" or not opening or any(a.text.lower() == "ich" for a in analyses):
        return None
    stem = before.text.lower()[:-1]
    return (
        replace(before, lemma=stem, tag="ADJ(A)", pos="ADJ") if lexicon.is_adjective(stem) else None
    )


_ADJECTIVE_INFLECTION = re.compile(r"e[nmrs]?$")


@place_rule(
    "adjective.no-verb-between-article-and-noun",
    END_STAGE,
    examples=[("Er schneidet eine *vollreife* Frucht auf .", "vollreif ADJ(A)")],
    counter_examples=["Die *kauften* Brot .", "Das *machte* Sinn ."],
    tags=("VV(FIN)",),
)
def no_verb_between_article_and_noun(place: Place) -> WordAnalysis | None:
    """A lower-case word with an adjective's ending between an article and a noun,
    read as a finite verb the dictionary does not know, is an adjective: *eine
    vollreife Frucht* (HanTa: *vollreifen*, from the noun *Vollreifen*).  A verb
    the dictionary knows stays: *Die kauften Brot* (*die* a pronoun)."""
    analyses, index, now, lexicon = place.analyses, place.index, place.now, place.lexicon
    following = _following(place)
    if lexicon is None or index == 0 or following is None or following.tag != "NN":
        return None
    article = analyses[index - 1].text.lower()
    ending = _ADJECTIVE_INFLECTION.search(now.text)
    if article not in INDEFINITE_ARTICLES | DEFINITE_ARTICLES or not now.text.islower():
        return None
    if ending is None or lexicon.is_verb(now.lemma):
        return None
    return replace(now, lemma=now.text[: ending.start()], tag="ADJ(A)", pos="ADJ")


@place_rule(
    "adjective.comparative-before-als",
    NEXT,
    examples=[("Das ist *lauter* als billige Hotels .", "laut ADJ(D)")],
    counter_examples=["Das ist *lauter* Unsinn ."],
    tags=ADJECTIVE_TAGS,
)
def comparative(place: Place) -> WordAnalysis | None:
    """An adjective in *-er* before *als* is a comparative: *lauter als* "louder
    than" is *laut*, not *lauter* "pure" (HanTa's lemma)."""
    analyses, index, lexicon = place.analyses, place.index, place.lexicon
    now = place.now
    word = now.text.lower()
    if (
        lexicon is not None
        and index + 1 < len(analyses)
        and now.tag.startswith("ADJ")
        and now.lemma.lower() == word
        and word.endswith("er")
        and analyses[index + 1].text.lower() == "als"
        and lexicon.is_adjective(word[:-2])
    ):
        return replace(now, lemma=word[:-2])
    return None


@place_rule(
    "adjective.degree-of-comparison",
    NEXT,
    examples=[
        ("Die *ältesten* Bäume stehen hier .", "alt ADJ(A)"),
        ("Sie ist *schneller* als er .", "schnell ADJ(D)"),
        ("Er hat *ältere* Menschen betrogen .", "alt ADJ(A)"),
        ("Europa müsse stärker und *unabhängiger* werden .", "unabhängig ADJ(A)"),
    ],
    counter_examples=["Ein *schneller* Wagen kam .", "Die *alten* Bäume stehen hier ."],
    tags=ADJECTIVE_TAGS,
)
def degree_of_comparison(place: Place) -> WordAnalysis | None:
    """An adjective as written in a degree of its lemma's: *ältere*, *schneller als*
    (comparative), *die größte* (superlative).  The positive + -er of an attributive
    adjective is its ending, not a comparative: *ein schneller Wagen*."""
    analyses, index, now, following = place.analyses, place.index, place.now, _following(place)
    # HanTa's ADJ(D) for *ein schneller Wagen* too: before a noun, declined
    before_noun = following is not None and following.tag in (*NOUN_TAGS, "NNA", "ADJ(A)")
    # and its ADJ(A) for the second of two: *stärker und unabhängiger werden*
    joined = index > 1 and analyses[index - 1].tag == "KON" and bool(analyses[index - 2].degree)
    undeclined = (now.tag == "ADJ(D)" or joined) and not before_noun
    kind = degree(now.text, now.lemma, predicative=undeclined)
    return replace(now, degree=kind) if kind else None
