"""The word stages: HanTa's lemma and tag for one word, checked against the dictionary.

Each stage is a list of rules (``lang.rule``); ``lang.pipeline`` runs them in
order.  A word is read here on its own and where it stands (sentence opener,
pronoun after it, a headline in capitals); what the rest of the sentence says
is read later, by the sentence stages (``lang.context``).
"""

from __future__ import annotations

import re

from leseglas.lang.compounds import split_compound
from leseglas.lang.difficulty import zipf
from leseglas.lang.lemmas import (
    ADJECTIVE_ENDINGS,
    MIN_TAIL,
    abbreviation_without_dot,
    acronym_plural,
    adjective_headword,
    capitalised_noun,
    cut_diminutive,
    declines_to,
    degree,
    dictionary_noun,
    english_verb,
    fits_noun,
    inflected_compound,
    loanword_plural,
    modern_spelling,
    participle_verb,
    particle_with_zu,
    plural_owner,
    restore_cut_noun,
    sein_compound,
    spelling_variant,
    verb_of_form,
    weak_verb_of_form,
    zu_infinitive,
)
from leseglas.lang.model import Lexicon, Lookup
from leseglas.lang.names import is_given_name
from leseglas.lang.rule import Then, Word, word_rule
from leseglas.lang.tags import INDEFINITE_TAGS, NOUN_TAGS
from leseglas.lang.words import CONJUNCTIONS, PARTICLES, PARTICLES_LONGEST_FIRST, written_apart

Reading = tuple[str, str]
END_STAGE, DONE, NEXT = Then.END_STAGE, Then.DONE, Then.NEXT
_DICTIONARY_TAGS = {"ADJ": "ADJ(D)", "ADV": "ADV", "VERB": "VV(INF)"}


# Stage "word-class": two German cues HanTa sometimes misses, checked against the
# dictionary: a lower-case word inside a sentence is no noun; an adjective form
# the dictionary lists under a headword takes that headword.


def _lower_case_inside(word: Word) -> bool:
    return word.tag in NOUN_TAGS and word.text[:1].islower() and not word.initial


@word_rule(
    "word-class.lower-case-headword-is-no-noun",
    END_STAGE,
    examples=[("Das Personal ist *klasse* .", "klasse ADJ(D)")],
    counter_examples=["Das Personal ist erste *Klasse* ."],
)
def lower_case_headword(word: Word) -> Reading | None:
    """A lower-case word inside a sentence that HanTa tagged a noun is the
    adjective, adverb or verb the dictionary has under that very headword."""
    if not _lower_case_inside(word):
        return None
    for sense in word.lexicon.lookup(word.text):
        if sense.pos in _DICTIONARY_TAGS and sense.headword.lower() == word.text.lower():
            return sense.headword, _DICTIONARY_TAGS[sense.pos]
    return None


@word_rule(
    "word-class.joined-noun-is-a-particle",
    END_STAGE,
    examples=[("Er stellte die Pläne *infrage* .", "infrage stellen PTKVZ")],
    counter_examples=["Sie wollten *mithelfen* .", "Sie würden gerne *mitstreiten* ."],
)
def joined_noun_particle(word: Word) -> Reading | None:
    """A preposition joined to a noun as the 2006 spelling writes it (*infrage*,
    *zutage*), which HanTa took for a verb no dictionary has (*infragen*), is the
    particle of a verb idiom Ding writes apart: *in Frage stellen*, *zutage treten*."""
    text = word.text
    if not word.tag.startswith("VV") or not text.isalpha() or not text.islower():
        return None
    if word.lexicon.is_verb(word.lemma) or word.lexicon.lookup(text):
        return None
    apart = written_apart(text)
    noun = apart.split()[-1] if apart else ""
    if not noun or word.lexicon.is_verb(noun):
        return None  # *mitstreiten* is no *mit Streiten*
    known = any(s.pos == "NOUN" for s in word.lexicon.lookup(noun))
    return (text, "PTKVZ") if known else None


_OPEN_CLASS_TAG_STARTS = ("NN", "NE", "VV", "ADJ", "FM", "XY")


@word_rule(
    "word-class.conjunction-only",
    END_STAGE,
    examples=[
        ("Es regnete , *sodass* wir blieben .", "sodass KOUS"),
        ("Er lief schnell , *sodass* er den Zug erreichte .", "sodass KOUS"),
        ("Sie kommt morgen *bzw* übermorgen .", "bzw. KON"),
    ],
    counter_examples=["Er sagte , *dass* er kommt .", "Sie kam *und* ging ."],
)
def conjunction_only(word: Word) -> Reading | None:
    """A lower-case word HanTa took for a name, noun, verb or adjective that the
    dictionary knows only as a conjunction is that conjunction: *sodass*, the
    spelling since 1996, is unknown to HanTa's lexicon.  Coordinating ones are few
    and HanTa has them, or are abbreviated (*bzw.*); any other is subordinating."""
    if not word.text[:1].islower() or not word.tag.startswith(_OPEN_CLASS_TAG_STARTS):
        return None
    senses = word.lexicon.lookup(word.text)
    if not senses or any(s.pos != "CONJ" for s in senses):
        return None
    headword = senses[0].headword
    coordinating = headword in CONJUNCTIONS or headword.endswith(".")
    return headword, "KON" if coordinating else "KOUS"


@word_rule(
    "word-class.lower-case-adjective-form",
    END_STAGE,
    examples=[("Dazu gab es *leckeres* Essen .", "lecker ADJ(A)")],
    counter_examples=["Das Essen ist *lecker* ."],
)
def lower_case_adjective_form(word: Word) -> Reading | None:
    """A lower-case word HanTa tagged a noun that is a form of an adjective the
    dictionary has (*leckeres Essen*)."""
    if not _lower_case_inside(word):
        return None
    adjective = adjective_headword(word.text, word.lexicon.lookup)
    return None if adjective is None else (adjective, "ADJ(A)")


@word_rule(
    "word-class.lower-case-verb-form",
    END_STAGE,
    examples=[
        ("Er reichte ihr die Axt und sie *schritt* davon .", "schreiten VV(FIN)"),
        ("Ich *folge* ihm .", "folgen VV(FIN)"),
        ("Er wartete , dass sein Herr ihm noch *folge* .", "folgen VV(FIN)"),
    ],
    counter_examples=["Sie ging Schritt für *Schritt* .", "Die *Folge* war klar ."],
)
def lower_case_verb_form(word: Word) -> Reading | None:
    """A lower-case word HanTa tagged a noun that the dictionary lists as a past
    or present form of a verb: *sie schritt davon* is no *Schritt*; or that is a
    verb's stem and *-e*, the first person or the subjunctive, which Ding does not
    list: *ich folge*, *dass er folge* are no *Folge*."""
    if not _lower_case_inside(word):
        return None
    verb = _verb_form(word.text, word.lexicon.lookup) or _stem_and_e(word)
    return None if verb is None else (verb, "VV(FIN)")


def _stem_and_e(word: Word) -> str | None:
    """The verb whose stem and *-e* the lower-case word is, where no headword is
    written so (*folge*: *folgen*; not *klasse*)."""
    text = word.text
    if not text.endswith("e") or any(s.headword == text for s in word.lexicon.lookup(text)):
        return None
    return text + "n" if word.lexicon.is_verb(text + "n") else None


@word_rule(
    "word-class.non-word-verb-form",
    END_STAGE,
    examples=[
        ("Die Kinder *erzog* er streng .", "erziehen VV(FIN)"),
        # an adverb to HanTa, which Ding has not: the first person of *dünsten*
        ("Ich schneide Zwiebeln und *dünste* sie in Butter an .", "andünsten VV(FIN)"),
    ],
    counter_examples=["Das meldet *dpa* .", "Er kam *gerne* ."],
)
def non_word_verb_form(word: Word) -> Reading | None:
    """A lower-case word HanTa could not read (a non-word, XY), or read as an
    adverb the dictionary does not have, that the dictionary lists as a verb's past
    or present form, or that is a verb's stem and *-e*, is that verb: Kleist's
    *erzog*; *dünste sie … an* (*andünsten*), not the adverb *dünste*."""
    if not (word.text.isalpha() and word.text.islower()):
        return None
    unread_adverb = word.tag == "ADV" and not word.lexicon.lookup(word.text)
    if word.tag != "XY" and not unread_adverb:
        return None
    verb = _verb_form(word.text, word.lexicon.lookup) or (
        _stem_and_e(word) if unread_adverb else None
    )
    return None if verb is None else (verb, "VV(FIN)")


@word_rule(
    "word-class.adjective-no-verb-has",
    END_STAGE,
    examples=[("Das Getriebe reagiert beim Überholen aber etwas *träge* .", "träge ADJ(D)")],
    counter_examples=[
        "Ich *trage* den Koffer .",
        "Er *lebt* hier .",
        "Im Alltag *überzeugt* vor allem der Akku .",  # *überzeugen*'s own form
        "Besonders *überzeugt* Hauptdarsteller Michael Brandt .",
    ],
)
def adjective_no_verb_has(word: Word) -> Reading | None:
    """A lower-case word HanTa read as a finite verb that the dictionary has only as
    an adjective, and as no verb's form, is that adjective: *reagiert etwas träge*
    "sluggish" (HanTa: *tragen*, whose forms have no *träge*).  Not a regular form
    of HanTa's verb where the dictionary has that verb: *überzeugt*, though Ding
    lists *überzeugt* only as the adjective "convinced"."""
    if word.tag not in ("VV(FIN)", "VV(IMP)") or not word.text.islower() or word.initial:
        return None
    if _regular_form(word.text, word.lemma) and word.lexicon.is_verb(word.lemma):
        return None
    senses = word.lexicon.lookup(word.text)
    if any(s.pos == "VERB" for s in senses) or not any(
        s.pos == "ADJ" and s.headword == word.text for s in senses
    ):
        return None
    return word.text, "ADJ(D)"


_REGULAR_ENDINGS = ("e", "st", "t", "en", "et", "est", "te", "test", "ten", "tet")


def _regular_form(text: str, verb: str) -> bool:
    """Whether ``text`` is a weak verb's present or preterite form: *überzeugt*,
    *überzeugte* of *überzeugen*; not *träge* of *tragen*."""
    stem = re.sub(r"e?n$", "", verb)
    return stem != verb and text.startswith(stem) and text[len(stem) :] in _REGULAR_ENDINGS


@word_rule(
    "word-class.sentence-opener-adjective-not-noun",
    END_STAGE,
    examples=[("*Schlaftrunken* taumeln alle aus dem Bett .", "schlaftrunken ADJ(D)")],
    counter_examples=["*Schlaftrunk* hilft nicht ."],
)
def opener_adjective_not_noun(word: Word) -> Reading | None:
    """A capitalised sentence opener HanTa tagged a noun that the dictionary has
    as an adjective as written and as a noun only in another form
    (*Schlaftrunken*: no *Schlaftrunk*)."""
    if word.initial and word.tag == "NN" and _adjective_not_noun(word.text, word.lexicon.lookup):
        return word.text.lower(), "ADJ(D)"
    return None


@word_rule(
    "word-class.sentence-opener-lower-case-lemma",
    NEXT,
    examples=[("*NEU* ist das Angebot für alle Kunden .", "neu ADJ(D)")],
    counter_examples=["*Neu* ist das Angebot ."],
)
def opener_lower_case_lemma(word: Word) -> Reading | None:
    """An adjective or adverb opening a sentence takes the dictionary's
    lower-case headword as lemma (*Lächerlich* at the start)."""
    if not (word.initial and word.tag.startswith(("ADJ", "ADV")) and word.lemma[:1].isupper()):
        return None
    lower = word.lemma.lower()
    if any(s.pos in ("ADJ", "ADV") and s.headword == lower for s in word.lexicon.lookup(lower)):
        return lower, word.tag
    return None


def _unknown_adjective(word: Word) -> bool:
    """HanTa's adjective lemma is no adjective headword of the dictionary."""
    return word.tag.startswith("ADJ") and not any(
        s.pos == "ADJ" and s.headword == word.lemma for s in word.lexicon.lookup(word.lemma)
    )


@word_rule(
    "word-class.adjective-form-of-headword",
    END_STAGE,
    examples=[
        ("Das ist ganz schön *dünne* .", "dünn ADJ(D)"),
        ("Er ist ein sehr *erfahrener* Zahnarzt .", "erfahren ADJ(A)"),
    ],
    counter_examples=["Das *schöne* Haus steht hier ."],
)
def adjective_form_of_headword(word: Word) -> Reading | None:
    """An adjective whose lemma the dictionary lacks takes the headword whose
    form it is (*nächsten* → *nah*)."""
    if not _unknown_adjective(word):
        return None
    adjective = adjective_headword(word.text, word.lexicon.lookup)
    return None if adjective is None else (adjective, word.tag)


@word_rule(
    "word-class.adjective-listed-inflection",
    END_STAGE,
    examples=[("Wir kommen im *nächsten* Jahr .", "nah ADJ(A)")],
    counter_examples=["Die *schnelle* Frage bitte ."],
)
def adjective_listed_inflection(word: Word) -> Reading | None:
    """An adjective whose lemma the dictionary lacks but lists as a form of
    another headword (HanTa's *nächst* is listed under *nah*)."""
    if not _unknown_adjective(word):
        return None
    for form in (word.lemma, word.text):
        for s in word.lexicon.lookup(form):
            if s.pos == "ADJ" and s.matched_by == "inflection":
                return s.headword, word.tag
    return None


@word_rule(
    "word-class.adjective-lemma-it-spells",
    END_STAGE,
    examples=[("Sie lernten in *berittener* Formation .", "beritten ADJ(A)")],
    counter_examples=[
        "Das ist der *größere* Teil .",  # *groß*, in its degree
        "Wir kommen im *nächsten* Jahr .",
        "Er hat *bessere* Noten .",
    ],
)
def adjective_lemma_it_spells(word: Word) -> Reading | None:
    """A declined adjective whose HanTa lemma it does not spell takes the dictionary
    adjective it does: *berittener* is *beritten* "mounted", not HanTa's *bereitet*.
    Not a form in its lemma's degree (*größere*: *groß*; *bessere*: *gut*)."""
    if not word.tag.startswith("ADJ") or degree(word.text, word.lemma):
        return None
    written, lemma = _folded(word.text), _folded(word.lemma)
    if written.startswith(lemma):
        return None
    adjective = adjective_headword(word.text, word.lexicon.lookup)
    if adjective is None or adjective == word.lemma or not written.startswith(_folded(adjective)):
        return None
    return adjective, word.tag


_FOLDED = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def _folded(word: str) -> str:
    return word.lower().translate(_FOLDED)


@word_rule(
    "word-class.past-form-not-adjective",
    END_STAGE,
    examples=[("Dann *knurrte* Jerome seine Schwester an .", "anknurren VV(FIN)")],
    counter_examples=["Der *knurrige* Hund bellt ."],
)
def past_form_not_adjective(word: Word) -> Reading | None:
    """A lower-case word HanTa took for an adjective the dictionary lacks that
    the dictionary lists as a verb form: *knurrte* is no adjective *knurrt*."""
    if not _unknown_adjective(word) or not word.text[:1].islower():
        return None
    verb = _verb_form(word.text, word.lexicon.lookup)
    return None if verb is None else (verb, "VV(FIN)")


# Stage "adverb-or-adjective": an adverb or adjective HanTa read wrong.


@word_rule(
    "adverb.inflected-adjective-not-adverb",
    DONE,
    examples=[("Sie verkaufte *leckere* Croissants .", "lecker ADJ(A)")],
    counter_examples=["Das dauert *lange* .", "Er hat *weniger* Geld ."],
)
def inflected_adjective_not_adverb(word: Word) -> Reading | None:
    """A lower-case adverb inside a sentence with an adjective's ending is that
    adjective (*leckere Croissants*); not an adverb of its own (*lange*,
    *weiter*) nor a comparative (*weniger*)."""
    if word.tag != "ADV" or not word.text.islower() or word.initial:
        return None
    adjective = _inflected_adjective(word.text, word.lexicon)
    return None if adjective is None else (adjective, "ADJ(A)")


@word_rule(
    "adverb.infinitive-not-adverb-or-adjective",
    DONE,
    examples=[
        ("Den Teig nochmals *durchkneten* .", "durchkneten VV(INF)"),
        ("*Kneten* Sie den Teig .", "kneten VV(FIN)"),
    ],
    counter_examples=["Die *schönen* Tage sind vorbei ."],
)
def infinitive_not_adverb(word: Word) -> Reading | None:
    """A lower-case infinitive (or a sentence opener before *Sie*) that HanTa
    read as an adverb or adjective and the dictionary knows only as a verb
    (*kneten*, *dünsten* in a recipe); not an adjective's form (*schönen*)."""
    written = word.text.lower() if word.initial else word.text
    infinitive = word.tag == "ADV" or (
        word.tag.startswith("ADJ")
        and written.endswith("n")
        and not _adjective_form(written, word.lemma, word.lexicon)
    )
    if infinitive and _verb_not_adverb(written, word.lexicon):
        return written, "VV(FIN)" if word.inverted else "VV(INF)"
    return None


# Stage "dictionary-lemma": acronym plurals, ss typed for ß, abbreviations
# without their dot, unknown compounds HanTa cut short.


@word_rule(
    "pronoun.indefinite-without-er",
    END_STAGE,
    examples=[("Das ist ein *wenig* teuer .", "wenig PIS")],
    counter_examples=["Das ist *eine* gute Idee ."],
)
def indefinite_without_er(word: Word) -> Reading | None:
    """HanTa's *weniger* for *ein wenig* is *wenig*; *eine* stays *einer*."""
    if (
        word.tag in INDEFINITE_TAGS
        and word.lemma == word.text.lower() + "er"
        and not word.text.endswith("e")
    ):
        return word.text.lower(), word.tag
    return None


_ORDINAL = re.compile(r"(.+?)(s?t)(e|en|er|es|em)?")


@word_rule(
    "adjective.ordinal-of-a-number",
    END_STAGE,
    examples=[
        ("Bis in sein *dreißigstes* Jahr lebte er hier .", "dreißigst ADJ(A)"),
        ("Er feierte seinen *zwanzigsten* Geburtstag .", "zwanzigst ADJ(A)"),
    ],
    counter_examples=["Er feierte seinen *schönsten* Geburtstag ."],
)
def ordinal_of_number(word: Word) -> Reading | None:
    """An ordinal HanTa lemmatised as its cardinal is the ordinal Ding lists: *sein
    dreißigstes Jahr* is *dreißigst* "thirtieth", no superlative of *dreißig*."""
    if not word.tag.startswith("ADJ") or not word.text.isalpha():
        return None
    match = _ORDINAL.fullmatch(word.text.lower())
    if match is None or match.group(1) != word.lemma.lower():
        return None
    ordinal = match.group(1) + match.group(2)
    cited = (ordinal, ordinal + "e")  # Ding cites most declined: *zwanzigste*
    listed = any(s.pos == "NUM" and s.headword in cited for s in word.lexicon.lookup(ordinal + "e"))
    return (ordinal, word.tag) if listed else None


@word_rule(
    "noun.genitive-apostrophe",
    END_STAGE,
    examples=[("Die Ausbreitung des *Virus'* geht weiter .", "Virus NN")],
    counter_examples=["Die Ausbreitung des *Virus* geht weiter ."],
)
def genitive_apostrophe(word: Word) -> Reading | None:
    """The genitive apostrophe is no part of the lemma: *des Virus'*, *Hans'*."""
    if word.text.endswith(("'", "’")) and word.tag.startswith(NOUN_TAGS) and len(word.text) > 2:
        return word.lemma.rstrip("'’"), word.tag
    return None


@word_rule(
    "name.name-ending-in-s",
    END_STAGE,
    examples=[("Er traf *Jonas* gestern .", "Jonas NE")],
    counter_examples=["Das war *Merkels* Rede ."],
)
def name_in_s(word: Word) -> Reading | None:
    """A name in *-s* HanTa took for a genitive is the name, where German text uses
    it more than the shorter one: *Jonas*, *Andreas*, *Tobias*; not *Merkels*."""
    if word.tag != "NE" or word.text != word.lemma + "s" or word.lexicon.lookup(word.text):
        return None  # a word Ding has is left to the rules that know it (*Spass*: *Spaß*)
    return (word.text, word.tag) if zipf(word.text.lower()) > zipf(word.lemma.lower()) else None


@word_rule(
    "noun.abbreviation-without-dot",
    END_STAGE,
    examples=[("Es kostet 1,24 Euro / *Min* .", "Min NN")],
    counter_examples=["Die *Mine* ist tief ."],
)
def abbreviation(word: Word) -> Reading | None:
    """An abbreviation written without its dot is its own lemma: *Min*
    (Minute), not *Mine*."""
    if abbreviation_without_dot(word.text, word.lexicon.lookup):
        return word.text, "NN" if word.tag in NOUN_TAGS else word.tag
    return None


@word_rule(
    "verb.sein-compound",
    END_STAGE,
    examples=[("Das Trio könnte *dabeigewesen* sein .", "dabeisein VV(PP)")],
    counter_examples=["Das Trio ist *dabei* gewesen ."],
)
def sein_compound_participle(word: Word) -> Reading | None:
    """A participle written together with its adjective or noun (pre-reform
    spelling) is the participle of the compound verb."""
    verb = (
        sein_compound(word.text, word.lexicon.lookup)
        if word.tag.startswith(("VV", "ADJ"))
        else None
    )
    return None if verb is None else (verb, "VV(PP)")


@word_rule(
    "noun.acronym-plural",
    END_STAGE,
    examples=[("Die Auflösung der *LPGs* droht .", "LPG NN")],
    counter_examples=["Die Auflösung der *LPG* droht ."],
)
def acronym_plural_lemma(word: Word) -> Reading | None:
    """An acronym's plural in -s is the acronym: *CDs* → *CD*."""
    acronym = acronym_plural(word.text)
    if acronym is not None and word.tag.startswith(NOUN_TAGS):
        return acronym, word.tag
    return None


@word_rule(
    "spelling.modern-lemma",
    END_STAGE,
    examples=[("Sie kam wegen eines defekten *Schlosses* .", "Schloss NN")],
    counter_examples=["Das *Haus* ist alt ."],
)
def modern_spelling_lemma(word: Word) -> Reading | None:
    """A word in an older spelling takes the modern lemma (*Prozeß* → *Prozess*),
    or keeps the old one in a text written in it."""
    modern = modern_spelling(word.text, word.lemma, word.lexicon.lookup, word.old_spelling)
    return None if modern is None else (modern, word.tag)


@word_rule(
    "spelling.variant",
    END_STAGE,
    examples=[
        ("Das hat viel *Spass* gemacht .", "Spaß NN"),
        ("Es ist *draussen* kalt .", "draußen ADV"),
    ],
    counter_examples=["Das hat viel *Spaß* gemacht ."],
)
def spelling_variant_lemma(word: Word) -> Reading | None:
    """A spelling variant the dictionary lists (ss typed for ß, a hyphen) takes
    the dictionary's spelling; a name so found is a noun."""
    variant = spelling_variant(word.text, word.tag, word.lexicon.lookup)
    if variant is None:
        return None
    return variant, "NN" if word.tag == "NE" and variant[:1].isupper() else word.tag


def _unknown_noun(word: Word) -> bool:
    return word.tag in NOUN_TAGS and not word.lexicon.lookup(word.lemma)


@word_rule(
    "noun.diminutive-cut",
    END_STAGE,
    examples=[("Sie schenkte ihm ein *Käppchen* von rotem Samt .", "Käppchen NN")],
    counter_examples=["Das *Tierchen* schläft ."],
)
def diminutive(word: Word) -> Reading | None:
    """A diminutive HanTa cut short is restored (*Tierchen*, not *Tierch*)."""
    restored = cut_diminutive(word.text, word.lemma) if _unknown_noun(word) else None
    return (restored, word.tag) if restored else None


@word_rule(
    "noun.nominalised-comparative",
    END_STAGE,
    examples=[
        ("Den *Älteren* wird geholfen .", "Ältere NNA"),
        ("Die *Jüngeren* warten .", "Jüngere NNA"),
    ],
    counter_examples=["Die *Anderen* warten .", "Die *Reisenden* warten ."],
)
def nominalised_comparative(word: Word) -> Reading | None:
    """A nominalised comparative keeps its *-er*: *die Älteren* are *Ältere*
    "older ones" (HanTa gives the positive's stem, *Älte*, no word)."""
    if word.tag != "NNA" or not word.lemma.endswith("e"):
        return None
    stem = word.text
    for ending in ADJECTIVE_ENDINGS:
        if stem.endswith(ending):
            stem = stem.removesuffix(ending)
            break
    comparative = stem.endswith("er") and stem == word.lemma[:-1] + "er"
    return (stem + "e", word.tag) if comparative else None


@word_rule(
    "noun.feminine-plural-in-innen",
    END_STAGE,
    examples=[("Die *Influencerinnen* kommen .", "Influencerin NN")],
    counter_examples=["Die *Lehrerinnen* kommen ."],
)
def feminine_plural(word: Word) -> Reading | None:
    """*Partnerinnen* → *Partnerin* (HanTa cuts an unknown one to *Partnerinne*)."""
    restored = _feminine_plural(word.text) if _unknown_noun(word) else None
    return (restored, word.tag) if restored else None


@word_rule(
    "noun.cut-noun-restored",
    END_STAGE,
    examples=[("Die *Simkarte* habe ich bekommen .", "Simkarte NN")],
    counter_examples=["Die *Karte* habe ich bekommen ."],
)
def cut_noun(word: Word) -> Reading | None:
    """A noun HanTa cut to a lemma that is no word is restored from the
    dictionary's forms."""
    if word.tag not in NOUN_TAGS:
        return None
    restored = restore_cut_noun(word.text, word.lemma, word.lexicon.lookup)
    return (restored, word.tag) if restored else None


@word_rule(
    "noun.plural-of-another-noun",
    END_STAGE,
    examples=[
        ("Die *Musen* küssten den Dichter .", "Muse NN"),
        ("Die *Megalithen* stehen dort .", "Megalith NN"),
    ],
    counter_examples=["Die *Museen* sind heute zu .", "Die *Kindern* gab er Brot ."],
)
def plural_of_another_noun(word: Word) -> Reading | None:
    """A plural the German Wiktionary gives another noun, where HanTa's lemma
    declines otherwise or not at all: *Musen* is *Muse*'s, not *Museum*'s (*Museen*)."""
    if word.tag not in NOUN_TAGS or word.text == word.lemma:
        return None
    declension = word.lexicon.wiktionary_declension
    if declines_to(word.lemma, word.text, declension):
        return None
    owner = plural_owner(word.text, word.lemma, declension)
    return (owner, word.tag) if owner else None


@word_rule(
    "noun.loanword-plural",
    END_STAGE,
    examples=[("Die *Tories* verloren die Wahl .", "Tory NN")],
    counter_examples=["Die *Hotels* sind voll .", "Dann kam *Hans* ."],
)
def loanword(word: Word) -> Reading | None:
    """A loanword's English plural takes its singular (*Hotlines* → *Hotline*); a
    first name is none (*Hans*, not *Han*)."""
    if word.tag not in NOUN_TAGS or (word.tag == "NE" and is_given_name(word.text)):
        return None
    singular = loanword_plural(word.text, word.lemma, word.lexicon.lookup)
    return (singular, word.tag) if singular else None


@word_rule(
    "noun.final-e-kept",
    END_STAGE,
    examples=[
        ("Den *Audioguide* gibt es an der Kasse .", "Audioguide NN"),
        ("Sie arbeitet im *Homeoffice* .", "Homeoffice NN"),
    ],
    counter_examples=[
        "Im *Zweifelsfalle* fragen Sie .",
        "Wir gingen zum *Hause* .",
        "Die *Agrarbetriebe* leiden .",
    ],
)
def final_e_kept(word: Word) -> Reading | None:
    """A noun HanTa cut to a word no one writes, dropping its final -e as if a dative's
    (*Audioguid*, *Homeoffic*), keeps it: the word as written is the one in use."""
    if word.tag != "NN" or not word.text.endswith("e") or word.lemma != word.text[:-1]:
        return None
    if word.lexicon.lookup(word.lemma) or zipf(word.text) <= zipf(word.lemma):
        return None
    if split_compound(word.lemma, word.lexicon) is not None:
        return None  # a compound's plural: *Agrarbetriebe* of *Agrar·betrieb*
    return word.text, word.tag


@word_rule(
    "noun.inflected-compound",
    END_STAGE,
    examples=[("Er zeigte viel *Durchhaltewillen* .", "Durchhaltewille NN")],
    counter_examples=["Er zeigte viel *Willen* ."],
)
def compound_lemma(word: Word) -> Reading | None:
    """An unknown compound takes its head's lemma: *Durchhaltewillen* →
    *Durchhaltewille*."""
    restored = inflected_compound(word.text, word.lexicon.lookup) if _unknown_noun(word) else None
    return (restored, word.tag) if restored else None


MIN_NOUN_HEAD = 4  # letters: *…reiniger*, not *…er*


@word_rule(
    "noun.compound-read-as-nominalised-adjective",
    END_STAGE,
    examples=[("Die Scheibe mit *Bremsenreiniger* säubern .", "Bremsenreiniger NN")],
    counter_examples=[
        "Der *Schwerbehinderte* kam .",
        "Ein *Landesvorsitzender* sagte das .",
        "Die *Gesamtbetriebsratsvorsitzende* sprach .",
        "Bei *Autonomen* ist das so .",
    ],
)
def compound_not_nominalised(word: Word) -> Reading | None:
    """An unknown word HanTa read as a nominalised adjective that ends in a noun
    the dictionary lists, written as it is, is a compound noun: *Bremsenreiniger*
    (HanTa: *Bremsenreinige*, as if *der Bremsenreinige*), ending in *Reiniger*.
    Not where that noun is itself an adjective's (*…behinderte*)."""
    lookup = word.lexicon.lookup
    if word.tag != "NNA" or not word.text.isalpha() or lookup(word.lemma) or lookup(word.text):
        return None
    if _of_an_adjective(word.text, lookup):
        return None  # *Autonomen*, no *Auto·nomen*
    for cut in range(1, len(word.text) - MIN_NOUN_HEAD + 1):
        tail = word.text[cut:].capitalize()
        if any(
            s.pos == "NOUN" and s.headword == tail and s.matched_by == "headword"
            for s in lookup(tail)
        ):  # the longest noun it ends in: not *…vorsitzende*, an adjective's
            participle = tail.lower().endswith(_PARTICIPLE_NOUN_ENDINGS)
            adjectival = participle or _of_an_adjective(tail, lookup)
            return None if adjectival else (word.text, "NN")
    return None


@word_rule(
    "noun.plural-read-as-nominalised-adjective",
    END_STAGE,
    examples=[("Sie enthält die Baupläne für *Eiweiße* .", "Eiweiß NN")],
    counter_examples=["Die *Alten* kamen .", "Die *Weißen* spielten ."],
)
def plural_not_nominalised(word: Word) -> Reading | None:
    """A noun's plural in -e or -en that HanTa read as a nominalised adjective
    the dictionary lacks: *Eiweiße* is *Eiweiß*'s, not *die Eiweiße*.  Not where
    what is left is an adjective (*die Alten*, *die Weißen*)."""
    lookup = word.lexicon.lookup
    if word.tag != "NNA" or not word.text.isalpha() or lookup(word.lemma):
        return None
    for ending in ("en", "e"):
        stem = word.text.removesuffix(ending)
        if stem == word.text or word.lexicon.is_adjective(stem.lower()):
            continue
        if word.lexicon.noun_headword(stem) == stem and fits_noun(word.text, stem, lookup(stem)):
            return stem, "NN"
    return None


# A participle's noun, declined: *Vorsitzende(r)*, *Beauftragte(r)*
_PARTICIPLE_NOUN_ENDINGS = tuple(
    stem + ending for stem in ("end", "t") for ending in ADJECTIVE_ENDINGS
)


def _of_an_adjective(noun: str, lookup: Lookup) -> bool:
    """Whether a noun is an adjective, declined (*Behinderte*, *Autonomen*)."""
    return adjective_headword(noun, lookup) is not None


@word_rule(
    "verb.infinitive-is-own-lemma",
    END_STAGE,
    examples=[("Die Butter zufügen und zu einem Teig *verkneten* .", "verkneten VV(INF)")],
    counter_examples=["Wir *kneten* den Teig ."],
)
def infinitive_lemma(word: Word) -> Reading | None:
    """An infinitive is its own lemma: HanTa cut *verkneten* to *verknete*."""
    if (
        word.tag == "VV(INF)"
        and word.text.islower()
        and word.text.endswith("n")
        and word.lemma != word.text
    ):
        return word.text, word.tag
    return None


@word_rule(
    "verb.english-verb-in-german",
    END_STAGE,
    examples=[("Der Rechner ist *gecrasht* .", "crashen VV(PP)")],
    counter_examples=["Die *royalen* Gäste kommen ."],
)
def english_verb_lemma(word: Word) -> Reading | None:
    """An English verb conjugated in German that no dictionary has: *gecrasht*,
    *geliked*, *chatten* (not HanTa's *Chatt*); not an adjective (*royalen*)."""
    text, lookup = word.text, word.lexicon.lookup
    unknown = text.islower() and not lookup(word.lemma) and not lookup(text)
    verbal = word.tag.startswith(("VV", "NN")) or _verb_tag(text) == "VV(PP)"
    if not (unknown and verbal and word.tag.startswith(("VV", "ADJ", "FM", "NN"))):
        return None
    english = english_verb(text, lookup)
    if english is None:
        return None
    return english[0], word.tag if word.tag.startswith("VV") else _verb_tag(text)


@word_rule(
    "verb.form-of-listed-verb",
    END_STAGE,
    examples=[("Das Brot wird in Fett *geröstet* .", "rösten VV(PP)")],
    counter_examples=[
        "Sie *geht* nach Hause .",
        # Ding lists *vermisst* under *vermessen* only; it is *vermissen*'s too
        "Er *vermisst* seine Familie sehr .",
    ],
)
def form_of_verb(word: Word) -> Reading | None:
    """A verb form whose verb HanTa made up takes the verb the dictionary lists
    it under; a *ge-* form of a verb without *ge-* is its participle."""
    if not word.tag.startswith("VV"):
        return None
    verb = verb_of_form(word.text, word.lemma, word.lexicon.lookup)
    if verb is None:
        return None
    participle = word.text.startswith("ge") and not verb.startswith("ge")
    return verb, "VV(PP)" if participle else word.tag


@word_rule(
    "verb.participle-of-a-particle-verb",
    END_STAGE,
    examples=[("Die Stelle wird mit Papier *aufgeraut* .", "aufrauen VV(PP)")],
    counter_examples=["Er hat es *aufgeschrieben* .", "Das Haus wurde *gebaut* ."],
)
def participle_of_particle_verb(word: Word) -> Reading | None:
    """A particle verb's weak participle whose HanTa lemma kept the *ge*, a verb no
    dictionary has: *aufgeraut* is *aufrauen*, not *aufgerauen*."""
    lexicon, text = word.lexicon, word.text.lower()
    if word.tag != "VV(PP)" or lexicon.is_verb(word.lemma) or not text.endswith("t"):
        return None
    front = _particle_before_ge(text)
    stem = text[len(front) + 2 : -1].removesuffix("e")  # *auf·ge·rau·t*, *ab·ge·rett·et*
    for verb in (front + stem + "en", front + stem + "n"):
        if front and lexicon.is_verb(verb):
            return verb, "VV(PP)"
    return None


@word_rule(
    "verb.umlaut-of-the-present",
    END_STAGE,
    examples=[("Wer die Donau *entlangfährt* , sieht viel .", "entlangfahren VV(FIN)")],
    counter_examples=["Sie *fährt* nach Hause .", "Das Meer hat es *hochgespült* ."],
)
def umlaut_of_present(word: Word) -> Reading | None:
    """A strong verb's present with its umlaut (*fährt*, *läuft*, *stößt*) whose
    HanTa lemma kept the umlaut, a verb no dictionary has: *entlangfähren* is
    *entlangfahren*, a particle and *fahren*."""
    lexicon, lemma = word.lexicon, word.lemma
    if not word.tag.startswith("VV") or not lemma.endswith("en"):
        return None
    if _verb_with_front(lemma, lexicon):
        return None  # the umlaut is the verb's own: *hochspülen*, *endtäuschen*
    for umlaut, vowel in (("äu", "au"), ("ä", "a"), ("ö", "o"), ("ü", "u")):
        at = lemma.rfind(umlaut)
        if at > 0:
            verb = lemma[:at] + vowel + lemma[at + len(umlaut) :]
            return (verb, word.tag) if _verb_with_front(verb, lexicon) else None
    return None


def _particle_before_ge(word: str) -> str:
    """The separable particle a lower-case word opens with before *ge*
    (*auf·ge·raut*, *hinaus·ge·langen*), or ""."""
    return next((p for p in PARTICLES_LONGEST_FIRST if word.startswith(p + "ge")), "")


def _verb_with_front(verb: str, lexicon: Lexicon) -> bool:
    """A verb the dictionary has, alone or after any front (*entlang·fahren*)."""
    return any(lexicon.is_verb(verb[cut:]) for cut in range(0, len(verb) - MIN_TAIL + 1))


@word_rule(
    "verb.weak-verb-of-its-form",
    END_STAGE,
    examples=[("Er *kniete* neben dem Tisch .", "knien VV(FIN)")],
    counter_examples=["Er *kündigte* den Vertrag auf .", "Sie *geht* nach Hause ."],
)
def weak_verb_of_its_form(word: Word) -> Reading | None:
    """A verb form whose lemma Ding does not know as a verb is the weak verb its
    ending leaves (``lemmas.weak_verb_of_form``)."""
    if not word.tag.startswith("VV"):
        return None
    verb = weak_verb_of_form(word.text, word.lemma, word.lexicon.lookup)
    return None if verb is None else (verb, word.tag)


@word_rule(
    "verb.infinitive-read-as-participle",
    END_STAGE,
    examples=[
        ("Die Besucher müssen sich noch *gedulden* .", "gedulden VV(INF)"),
        ("Welche Stoffe *hinausgelangen* , bestimmt sie .", "hinausgelangen VV(INF)"),
    ],
    counter_examples=[
        "Sie hat lange *geschlafen* .",
        "Das wurde *geduldet* .",
        "Er ist *hinausgegangen* .",
        "Er ist wegen Diebstahls *aufgefallen* .",  # *auf* + *gefallen*, but Ding's
        # *auffallen* lists it
    ],
)
def infinitive_read_as_participle(word: Word) -> Reading | None:
    """A *ge-* verb's infinitive that HanTa read as another verb's participle:
    *gedulden* is Ding's *sich gedulden*, not *dulden* (whose participle is
    *geduldet*)."""
    if word.tag != "VV(PP)" or not word.text.endswith("en") or word.text == word.lemma:
        return None
    senses = word.lexicon.lookup(word.text)
    own = any(s.pos == "VERB" and s.headword.removeprefix("sich ") == word.text for s in senses)
    participle = any(s.matched_by == "inflection" and s.headword == word.lemma for s in senses)
    if own and not participle:
        return word.text, "VV(INF)"
    if participle:  # Ding lists it as the lemma's: *aufgefallen* is *auffallen*'s
        return None
    return (word.text, "VV(INF)") if _particle_and_ge_verb(word) else None


def _particle_and_ge_verb(word: Word) -> bool:
    """A particle before a *ge-* verb, where HanTa took the *ge* for a participle's:
    *hinausgelangen* is *hinaus* + *gelangen*, not *hinauslangen*."""
    text, lemma = word.text.lower(), word.lemma.lower()
    front = _particle_before_ge(text)
    tail = text[len(front) :]
    return bool(front) and lemma == front + tail[2:] and word.lexicon.is_verb(tail)


def _participle_of_no_verb(word: Word) -> bool:
    return word.tag == "VV(PP)" and not any(
        s.pos == "VERB" for s in word.lexicon.lookup(word.lemma)
    )


@word_rule(
    "adjective.participle-of-no-verb",
    END_STAGE,
    examples=[("*Unangemeldet* wurde ich dazwischen geschoben .", "unangemeldet ADJ(D)")],
    counter_examples=["Er hat es *gehört* ."],
)
def participle_of_no_verb(word: Word) -> Reading | None:
    """A participle of a verb that does not exist is the adjective: *unerhört*
    (no *unerhören*)."""
    if _participle_of_no_verb(word) and word.lexicon.is_adjective(word.text.lower()):
        return word.text.lower(), "ADJ(D)"
    return None


@word_rule(
    "adjective.negated-participle",
    END_STAGE,
    examples=[("Der Text blieb *ungedruckt* .", "ungedruckt ADJ(D)")],
    counter_examples=["Der Text wurde *gedruckt* ."],
)
def negated_participle(word: Word) -> Reading | None:
    """*un-* and a participle, with no verb *un…*: *ungedruckt*."""
    if _participle_of_no_verb(word) and _negated_participle(word.text.lower(), word.lexicon.lookup):
        return word.text.lower(), "ADJ(D)"
    return None


# Stage "zu-infinitive": a zu-infinitive HanTa read into a word.


@word_rule(
    "verb.particle-with-zu-is-a-verb",
    DONE,
    examples=[("Dann Mehl *dazugeben* .", "dazugeben VV(INF)")],
    counter_examples=["Es ist schwer *hinzunehmen* ."],
)
def particle_with_zu_verb(word: Word) -> Reading | None:
    """*dazugeben*, *hinzugeben* are verbs of their own, not *da·zu·geben*."""
    if word.tag == "VV(IZU)" and particle_with_zu(word.text, word.lexicon.is_verb):
        return word.text.lower(), "VV(INF)"
    return None


@word_rule(
    "verb.zu-infinitive-hanta-left-whole",
    DONE,
    examples=[("Er strebt danach , sich *wohlzufühlen* .", "wohlfühlen VV(IZU)")],
    counter_examples=["Dann Mehl *dazugeben* .", "Wir versuchen zu *schlafen* ."],
)
def zu_infinitive_left_whole(word: Word) -> Reading | None:
    """A zu-infinitive HanTa left as one unknown infinitive is the verb Ding has
    without its *zu*: *wohlzufühlen* is *wohlfühlen*."""
    lexicon, lower = word.lexicon, word.text.lower()
    if word.tag != "VV(INF)" or word.lemma.lower() != lower or lexicon.is_verb(lower):
        return None
    for cut in range(MIN_ZU_PREFIX, len(lower) - MIN_ZU_VERB):
        verb = lower[:cut] + lower[cut + 2 :]
        if lower[cut : cut + 2] == "zu" and lexicon.is_verb(verb):
            return verb, "VV(IZU)"
    return None


MIN_ZU_PREFIX, MIN_ZU_VERB = 2, 4  # *ab·zu·holen*; a verb of at least *tun*'s length after


@word_rule(
    "adjective.zu-infinitive-of-no-verb",
    DONE,
    examples=[("Alle waren *hochzufrieden* .", "hochzufrieden ADJ(D)")],
    counter_examples=["Er versucht , frei *freizubekommen* ."],
)
def zu_infinitive_of_no_verb(word: Word) -> Reading | None:
    """A zu-infinitive of a verb no one has that ends in an adjective is the
    adjective: *hochzufrieden* (no *hochfrieden*); *freizubekommen* stays a verb."""
    if word.tag != "VV(IZU)":
        return None
    lexicon = word.lexicon
    made_up = not lexicon.is_verb(word.lemma) and not _particle_and_verb(word.lemma, lexicon)
    if made_up and _ends_in_adjective(word.text, lexicon):
        return word.text.lower(), "ADJ(D)"
    return None


# Stage "capitals-and-verbs": what capitals tell, and verbs at a sentence's start.


@word_rule(
    "verb.bare-stem-imperative",
    DONE,
    examples=[("Gib ihnen Brot , dann *führ* sie hinaus in den Wald .", "hinausführen VV(IMP)")],
    counter_examples=["Ich *weiß* es nicht ."],
)
def bare_stem_imperative(word: Word) -> Reading | None:
    """A verb's bare stem that HanTa gave another verb's lemma is an imperative:
    *führ sie hinaus* is *führen* (HanTa: *fahren*'s *führe*)."""
    if word.tag in ("VV(FIN)", "VV(IMP)") and _bare_stem(word.text, word.lemma, word.lexicon):
        return word.text + "en", "VV(IMP)"
    return None


@word_rule(
    "noun.capitalised-infinitive",
    DONE,
    examples=[("Sie entdeckte ihre Liebe zum *Darstellen* .", "Darstellen NNI")],
    counter_examples=["*Darstellen* kann man das so ."],
)
def capitalised_infinitive(word: Word) -> Reading | None:
    """A capitalised infinitive inside a sentence is a noun: *zum Darstellen*."""
    text = word.text
    if word.tag == "VV(INF)" and text[:1].isupper() and not word.initial and text.isalpha():
        return text, "NNI"
    return None


def _capitalised_inside(word: Word) -> bool:
    return _capitalised_not_verb_or_adjective(
        word.text, word.lemma, word.tag, word.lexicon
    ) and not (word.initial or word.inverted)


@word_rule(
    "noun.capitalised-word-is-a-noun",
    NEXT,
    examples=[
        ("Sie sprach in *Gebeten* .", "Gebet NN"),
        # a formal imperative joined later in the sentence makes it no verb of its own
        ("Öffnen Sie keine *Anhänge* und klicken Sie nicht auf Links .", "Anhang NN"),
    ],
    counter_examples=["*Beten* hilft .", "Im *Zweiten* Weltkrieg fiel die Stadt ."],
)
def capitalised_noun_form(word: Word) -> Reading | None:
    """A capitalised word inside a sentence that HanTa took for a verb, or for
    an adjective the dictionary lacks, is the noun the dictionary has: *in
    Gebeten*, *mit Überschlägen*, *bis zur Endhaltestelle*."""
    if not _capitalised_inside(word):
        return None
    noun = capitalised_noun(word.text, word.lexicon.noun_headword)
    return None if noun is None else (noun, "NN")


@word_rule(
    "noun.capitalised-no-form-of-its-verb",
    NEXT,
    examples=[("Persönliche *Vorsprache* ist erforderlich .", "Vorsprache NN")],
    counter_examples=["*Höre* mir zu !"],
)
def capitalised_no_verb_form(word: Word) -> Reading | None:
    """A capitalised word HanTa took for a verb that is no form of that verb is
    a noun: *Persönliche Vorsprache* (not *vorsprechen*)."""
    if not (_capitalised_inside(word) and word.tag.startswith("VV")):
        return None
    if _form_of_verb(word.text, word.lemma, word.lexicon.lookup):
        return None
    return word.text, "NN"


@word_rule(
    "verb.sentence-opening-zu-infinitive",
    DONE,
    examples=[("*Hervorzuheben* ist der Fleiß .", "hervorheben VV(IZU)")],
    counter_examples=["*Vorzüge* hat das ."],
)
def opening_zu_infinitive(word: Word) -> Reading | None:
    """A sentence opener that is no noun but a zu-infinitive: *Hervorzuheben ist …*."""
    if not (word.initial and word.tag == "NN" and not word.lexicon.noun_headword(word.text)):
        return None
    verb = zu_infinitive(word.text, word.lexicon.is_verb, PARTICLES)
    return None if verb is None else (verb, "VV(IZU)")


@word_rule(
    "verb.sentence-opener-before-pronoun",
    DONE,
    examples=[
        ("*Rollen* Sie den Teig aus .", "ausrollen VV(FIN)"),
        ("*Zerlegen* oder modifizieren Sie das Gerät nicht .", "zerlegen VV(FIN)"),
        ("*Rauen* Sie die Stelle mit Schmirgelpapier auf .", "aufrauen VV(FIN)"),  # HanTa: NE
    ],
    counter_examples=["Das *Sagen* hat er .", "*Meier* sagte , er komme ."],
)
def opener_before_pronoun(word: Word) -> Reading | None:
    """A sentence opener with a pronoun after it is a verb: *Sagen Sie …*,
    *Rollen Sie …*, *Rauen Sie …* (HanTa: a name), not *das Sagen*."""
    if (
        word.initial
        and word.inverted
        and word.tag in ("NNI", "NN", "NE")
        and word.lexicon.is_verb(word.text.lower())
    ):
        return word.text.lower(), "VV(FIN)"
    return None


@word_rule(
    "noun.dictionary-lemma",
    DONE,
    examples=[("*NACHRICHTEN* - BÖRSE", "Nachrichten NN")],
    counter_examples=["Sie kaufte eine *CD-ROM* ."],
)
def noun_lemma(word: Word) -> Reading | None:
    """A noun takes the lemma the dictionary gives its form, where HanTa's is
    none (an acronym stands for itself: *CD-ROM* is no *Rom*)."""
    if word.tag in NOUN_TAGS and (word.shouted or not is_acronym(word.text)):
        lexicon = word.lexicon
        return dictionary_noun(
            word.text, word.lemma, lexicon.noun_headword, lexicon.lookup
        ), word.tag
    return None


# Helpers: what the rules ask of a word and the dictionary.

ACRONYM_MAX = 4


def is_acronym(word: str) -> bool:
    """A short all-capital word stands for itself: *CD-ROM* is no *Rom*."""
    return 1 < len(word) <= ACRONYM_MAX and word.isupper() and word.isalpha()


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
        and not _ordinal(lemma, lexicon)
    )


def _ordinal(lemma: str, lexicon: Lexicon) -> bool:
    """Whether HanTa's lemma is an ordinal's stem, which Ding cites declined:
    *Zweiten Weltkrieg* (*zweit*: *zweite* "second"), *Dritten Reich*."""
    return any(s.pos == "NUM" for s in lexicon.lookup(lemma.lower() + "e"))


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
