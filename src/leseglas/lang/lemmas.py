"""Corrections to HanTa's lemmas, each a rule of German morphology the dictionary confirms.

HanTa guesses the lemma of a word it has not seen by cutting what looks like an
ending, and it does not know the dictionary.  These rules fix the slips that
matter to a learner; each is applied only where the dictionary agrees.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache
from itertools import islice

from leseglas.lang.difficulty import english_word, zipf, zipf_frequency
from leseglas.lang.model import Sense

Lookup = Callable[[str], tuple[Sense, ...]]
# the German Wiktionary's nouns spelt so, each with its forms (``Lexicon.wiktionary_declension``)
Declension = Callable[[str], tuple[tuple[str, frozenset[str]], ...]]
NounForms = Callable[[str], str | None]

MIN_TAIL = 3
ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")
_DICTIONARY_POS = {"NN": "NOUN", "NE": "NOUN", "VV": "VERB", "ADJ": "ADJ", "ADV": "ADV"}


def spelling_variant(word: str, tag: str, lookup: Lookup) -> str | None:
    """The headword of a word typed with ss for ß (Swiss usage, or no ß key):
    *Spass* → *Spaß*, *Strassenbahn* → *Straßenbahn*, *draussen* → *draußen*."""
    if "ss" not in word.lower():
        return None
    wanted = _DICTIONARY_POS.get(tag.split("(")[0], "")
    for sense in lookup(word):
        if sense.matched_by != "ss for ß" or " " in sense.headword or "alt" in sense.labels:
            continue  # Ding's [alt]: the ß spelling is pre-1996 (*bißchen*; *bisschen* is right)
        if not wanted or sense.pos == wanted:
            return sense.headword
    return None


def modern_spelling(
    word: str, lemma: str, lookup: Lookup, old_spelling: bool = False
) -> str | None:
    """The modern spelling when HanTa's lemma is the pre-1996 one, which Ding
    marks [alt] or lists only modern: *bisschen*, not *bißchen*; in a text in the
    modern spelling, *Schlosses* is *Schloss*'s, not *Schloß*'s (HanTa learnt the
    old one).  In a text in the old spelling (``old_spelling``) it is *Prozeß*'s."""
    if "ß" not in lemma:
        return None
    if not old_spelling and not lookup(lemma):
        written = _ss_as_written(word, lemma)  # an unknown compound: *Ladenschluss*
        if written is not None:
            return written
    if "ß" in word:
        return None  # *Prozeß* typed so keeps it, as treebanks cite it
    senses = [s for s in lookup(lemma) if s.headword == lemma]
    if senses and not all("alt" in s.labels for s in senses):
        return None  # *Fuß*, *Maß*: ß after a long vowel stays
    modern = lemma.replace("ß", "ss")
    if modern.lower() == word.lower():
        return word if senses else None
    if old_spelling:
        return None
    return modern if any(s.headword == modern for s in lookup(modern)) else None


def _ss_as_written(word: str, lemma: str) -> str | None:
    """HanTa's lemma with ss where the word has it and HanTa ß (*Straßengrundrisses*:
    *Straßengrundriß* → *Straßengrundriss*)."""
    modern = lemma
    for index in range(len(lemma) - 1, -1, -1):
        candidate = modern[:index] + "ss" + modern[index + 1 :]
        if modern[index] == "ß" and word.lower().startswith(candidate.lower()[: index + 2]):
            modern = candidate
    return modern if modern != lemma and word.lower().startswith(modern.lower()) else None


PRE_REFORM_SAMPLE = 20_000  # words looked at to tell a text's spelling


def pre_reform(words: Iterable[str], lookup: Lookup) -> bool:
    """Whether a text is in the pre-1996 spelling: more of its words are old ß
    spellings (*daß*, *muß*, *Prozeß*) than are their modern ss forms (*dass*)."""
    old = modern = 0
    for word in islice(words, PRE_REFORM_SAMPLE):
        if "ß" in word:
            old += _old_spelling(word, lookup)
        elif (match := _FINAL_SS.search(word)) and not _joint(word[match.end() - 1 :], lookup):
            # *dass*, *lässt*, *bisschen*; not *lassen*, nor *Gefängnis·strafen*
            modern += _old_spelling(_FINAL_SS.sub("ß", word), lookup)
    return old > modern


# after a vowel, not where a compound's parts meet (*Gerichts·schreiber*, *Aus·stattung*),
# whose ß spelling the lookup would find too
_FINAL_SS = re.compile(r"(?<!^[Aa]u)(?<=[aeiouäöüy])ss(?![aeiouäöüy]|ch(?!en))")


def _joint(rest: str, lookup: Lookup) -> bool:
    """Whether what follows an *s* is a word of its own, the second part of a
    compound: *Gottes·staat*, *heraus·springen*."""
    return len(rest) >= MIN_TAIL and bool(lookup(rest) or lookup(rest.capitalize()))


def _old_spelling(word: str, lookup: Lookup) -> bool:
    """A word Ding knows only as a pre-1996 spelling: *daß* [alt], *muß*."""
    senses = lookup(word)
    return bool(senses) and all(s.matched_by == "old spelling" or "alt" in s.labels for s in senses)


def reformed_spelling(word: str, lookup: Lookup) -> str | None:
    """A pre-1996 ß spelling the dictionary knows only in its modern form
    (*vermißte*, *daß* → *vermisste*, *dass*), for the tagger, which guesses
    at the old one (*vermißte* → *vermessen*). *Maße*, *Buße*, verb forms Ding
    lists (*mißt*, which HanTa reads right and not as *misst*) stay, and so do
    nouns: HanTa learnt them in the old spelling and knows them best that way."""
    if "ß" not in word or not word[:1].islower():
        return None
    senses = lookup(word)
    if any(s.pos == "VERB" for s in senses):
        return None  # Ding lists it as a verb form: *mißt* of *messen* (HanTa: right)
    if senses and all(s.matched_by == "old spelling" for s in senses):
        return word.replace("ß", "ss")
    return None


# The spelling before 1901, in 19th-century books: *Criminal*, *compromittiren*,
# *Thür*, *seyn*, *Procent*.
_HISTORIC = (
    (re.compile(r"th"), "t"),
    (re.compile(r"Th"), "T"),
    (re.compile(r"ey"), "ei"),
    (re.compile(r"ir(?=(?:en|t|te|ten|tes|ter|tem|st|ung|ungen|end|ende|enden)$)"), "ier"),
    (re.compile(r"c(?=[aouklrt]|$)"), "k"),
    (re.compile(r"C(?=[aouklr])"), "K"),
    (re.compile(r"c(?=[eiyäö])"), "z"),
    (re.compile(r"C(?=[eiyäö])"), "Z"),
)


_HISTORIC_ANY = re.compile("|".join(pattern.pattern for pattern, _ in _HISTORIC))


def historic_spelling(word: str, lookup: Lookup) -> str | None:
    """The modern spelling of a word written as before 1901 (*compromittiren* →
    *kompromittieren*, *Thür* → *Tür*), when the dictionary knows only that."""
    if not _HISTORIC_ANY.search(word):
        return None  # most words: nothing to rewrite, no lookup
    if lookup(word) or not word.isalpha() or english_word(word):
        return None  # *correct*, *Telecom* in a text of the 1990s
    modern = word
    for pattern, replacement in _HISTORIC:
        modern = pattern.sub(replacement, modern)
    if modern == word:
        return None
    # far more used than the old spelling (not a name: *Meyer* is no *Meier*); Ding
    # lists few inflected forms (*studierte*), German text has them all
    used = max(zipf(modern), _old_dative_zipf(modern, lookup))
    if used <= zipf(word) + HISTORIC_MARGIN:
        return None
    return modern if lookup(modern) or used >= HISTORIC_MIN_ZIPF else None


def _old_dative_zipf(word: str, lookup: Lookup) -> float:
    """How much a noun is used whose old dative in *-e* the word is (*im Thale*:
    *Tale*, *Tal*), a form rarer than its noun and the town *Thale*."""
    noun = word[:-1]
    if not (word[:1].isupper() and word.endswith("e")) or not lookup(noun):
        return 0.0
    return zipf(noun)


HISTORIC_MARGIN = 1.0


HISTORIC_MIN_ZIPF = 2.0


def sein_compound(word: str, lookup: Lookup) -> str | None:
    """The verb of a participle like *dabeigewesen*: *dabeisein*, which Ding
    writes apart (*dabei sein* "to be there"); HanTa knows no such verb."""
    lower = word.lower()
    prefix = lower.removesuffix("gewesen")
    if prefix == lower or len(prefix) < 2:
        return None
    apart = prefix + " sein"
    return prefix + "sein" if any(s.headword == apart for s in lookup(apart)) else None


ABBREVIATION_MAX = 4


def abbreviation_without_dot(word: str, lookup: Lookup) -> bool:
    """A short word the dictionary knows only as an abbreviation with its dot:
    *Min* for *Min.* (Minute), *Tel* for *Tel.*, as chat and listings write them."""
    if len(word) > ABBREVIATION_MAX or not word.isalpha() or lookup(word):
        return False
    return any(s.matched_by == "abbreviation" for s in lookup(word + "."))


def restore_cut_noun(word: str, lemma: str, lookup: Lookup) -> str | None:
    """An unknown compound HanTa cut as if it were inflected (*Simkarte* → *Simkart*).

    When neither the word nor HanTa's lemma is in the dictionary, the one that
    ends in the longer singular noun (*…karte* against *…kart*) is the lemma.
    """
    if lemma == word or not word.startswith(lemma) or lookup(lemma) or lookup(word):
        return None
    return word if _singular_tail(word, lookup) > _singular_tail(lemma, lookup) else None


def cut_diminutive(word: str, lemma: str) -> str | None:
    """A diminutive HanTa cut as if *-en* were an ending (*Pförtchen* → *Pförtch*):
    a diminutive is its own plural, and a genitive only adds *-s*."""
    singular = word.removesuffix("s") if word.endswith(("chens", "leins")) else word
    cut = lemma.endswith(("ch", "lei")) and singular.startswith(lemma)  # not *Kirche*
    if singular.endswith(("chen", "lein")) and singular != lemma and cut:
        return singular
    return None


def _singular_tail(word: str, lookup: Lookup) -> int:
    """Length of the longest end of ``word`` that is a singular noun headword
    and no other noun's plural (*…formen* is the plural of *Form*)."""
    for cut in range(1, len(word) - MIN_TAIL + 1):
        tail = word[cut:].lower()
        nouns = [s for s in lookup(tail) if s.pos == "NOUN"]
        singular = any(s.gender in ("m", "f", "n") and s.headword.lower() == tail for s in nouns)
        if singular and not any(s.matched_by in ("plural", "inflection") for s in nouns):
            return len(tail)
    return 0


def fits_noun(word: str, lemma: str, senses: tuple[Sense, ...]) -> bool:
    """Whether ``word`` can be a form of the noun ``lemma`` (its senses given).

    Genitive -s/-es, the old dative -e, the plural Ding lists and its dative -n;
    -n/-en only for a weak noun, whose plural adds just that (*Herrn*; not *Fallen*
    from *Fall*).
    """
    lower, base = word.lower(), lemma.lower()
    if lower in (base, base + "s", base + "es", base + "ns"):
        return True
    if len(lower) < len(base):
        return False  # no form is shorter than its noun: *Nord* is not *Norden*
    own = [s for s in senses if s.headword == lemma]
    if lower == base + "e" and any(s.gender in ("m", "n") for s in own):
        return True  # the old dative: *am Rande*, *zu Hause*
    plurals = {s.plural.lower() for s in own if s.plural}
    if not plurals:
        return lower != base + "er"  # no -er plural unless listed: *Center* is not *Cent*'s
    if lower in plurals or lower in {p + "n" for p in plurals}:
        return True
    weak = any(p in (base + "n", base + "en") for p in plurals)
    return weak and lower in (base + "n", base + "en")


def dictionary_noun(word: str, lemma: str, noun_lemma: NounForms, lookup: Lookup) -> str:
    """Prefer the headword the dictionary lists this form under (*Fallen* → *Falle*);
    a plural-only entry gives way to its singular (*Kampfflugzeuge* → *Kampfflugzeug*)."""
    headword = _dictionary_noun(word, lemma, noun_lemma, lookup)
    if _plural_only(headword, lookup):
        return plural_entry_singular(headword, lookup) or headword
    return headword


def _dictionary_noun(word: str, lemma: str, noun_lemma: NounForms, lookup: Lookup) -> str:
    place = any(s.headword == word and "geogr." in s.labels for s in lookup(word))
    if place and lemma != word and zipf(word) > zipf(lemma):
        return word  # a place: *Pommern* is Pomerania, not shawms (*Pommer*); *Male* is *Mal*
    plural_of = [s.headword for s in lookup(word) if s.pos == "NOUN" and s.matched_by == "plural"]
    if plural_of and plural_of[0] != lemma and zipf(plural_of[0]) > zipf(lemma) + PLURAL_OF_MARGIN:
        return plural_of[0]  # *Ecken*: the common *Ecke*'s, not Austrian *Eck*'s
    if noun_lemma(lemma) == lemma and fits_noun(word, lemma, lookup(lemma)):
        return lemma  # HanTa's lemma is a dictionary noun this word can be a form of
    if plural_of and noun_lemma(lemma) == lemma:
        return plural_of[0]  # *Fallen*: the plural of *Falle*, not a form of *Fall*
    if same_plural := _same_plural_dative(word, lookup):
        return same_plural  # *Schauern*: *Schauer*'s, not *Schau* + -ern
    listed = noun_lemma(word)
    return listed if listed else lemma


def _same_plural_dative(word: str, lookup: Lookup) -> str | None:
    """The noun whose dative plural this is, when its plural is its singular (*Schauer*,
    *Lehrer*, *Zimmer*): Ding lists neither form as a plural, so nothing else finds it."""
    plural = word.removesuffix("n")
    if plural == word or plural.endswith(("n", "s")):
        return None
    nouns = [
        s.headword
        for s in lookup(plural)
        if s.pos == "NOUN" and s.headword == plural and s.plural == plural
    ]
    return nouns[0] if nouns else None


PLURAL_OF_MARGIN = 0.5  # Zipf: *Ecke* 4.7 against the Austrian *Eck* 3.8


def _plural_only(headword: str, lookup: Lookup) -> bool:
    nouns = [s for s in lookup(headword) if s.pos == "NOUN" and s.headword == headword]
    return bool(nouns) and all(s.gender == "pl" for s in nouns)


PLURAL_USE_MARGIN = 1.0


def plural_entry_singular(plural: str, lookup: Lookup) -> str | None:
    """The singular of a noun Ding lists only as a plural (*Kampfflugzeuge {pl}*),
    unless German mostly uses the word in the plural (*Streitkräfte*, *Stadtwerke*).

    The singular is the noun whose plural this is (*Nachrichten* → *Nachricht*),
    else the word with its last part made singular (*…flugzeuge* → *…flugzeug*);
    wordfreq tells how the word is used.
    """
    singular = next(
        (s.headword for s in lookup(plural) if s.plural == plural and s.gender != "pl"), None
    )
    for cut in range(1, len(plural) - MIN_TAIL + 1) if singular is None else ():
        tail = plural[cut:]
        heads = [s for s in lookup(tail.capitalize()) if s.pos == "NOUN" and s.gender != "pl"]
        head = next((s.headword for s in heads if s.plural.lower() == tail.lower()), None)
        if head is not None:
            singular = plural[:cut] + head.lower()
            break
    if singular is None or zipf(singular) == 0.0:
        return None
    return singular if zipf(singular) >= zipf(plural) - PLURAL_USE_MARGIN else None


def acronym_plural(word: str) -> str | None:
    """*LPGs* → *LPG*, *PCs* → *PC*, and with the apostrophe German writes too: *TV's*."""
    stem = word[:-2] if word.endswith(("'s", "’s")) else word[:-1]
    if len(word) > 2 and word.endswith("s") and stem.isupper() and stem.isalpha():
        return stem
    return None


def participle_verb(word: str, lookup: Lookup) -> str | None:
    """The verb a past participle belongs to, when the dictionary lists it there."""
    for sense in lookup(word):
        if sense.pos == "VERB" and sense.matched_by == "inflection" and " " not in sense.headword:
            return sense.headword
    return None


def adjective_headword(word: str, lookup: Lookup) -> str | None:
    """The dictionary adjective an inflected form belongs to (*dünne*, *leckeres*,
    *erfahrener* → *dünn*, *lecker*, *erfahren*); comparison forms are left alone."""
    lower = word.lower()
    for candidate in (lower[: -len(e)] for e in ADJECTIVE_ENDINGS if lower.endswith(e)):
        if len(candidate) >= MIN_TAIL and _adjective(candidate, lookup):
            return candidate
    if lower.endswith("e") and _adjective(lower, lookup) and _compared_in_e(lower, lookup):
        return lower  # an adjective cited in -e, undeclined: *kriegsmüde*, not *kriegsmüd*
    return None


def _adjective(word: str, lookup: Lookup) -> bool:
    return any(s.pos == "ADJ" and s.headword == word for s in lookup(word))


def _compared_in_e(word: str, lookup: Lookup) -> bool:
    """Whether an adjective in -e ends in one Ding compares so (*müde*, *müder*;
    *kriegsmüde*), unlike a citation Ding declines (*letzte*, *letzter*) or gives
    in the plural (*diverse*)."""
    for start in range(len(word) - MIN_TAIL + 1):
        tail = word[start:]
        compared = tail.removesuffix("e") + "er"
        if any(s.headword == tail and s.matched_by == "inflection" for s in lookup(compared)):
            return True
    return False


def inflected_compound(word: str, lookup: Lookup) -> str | None:
    """An unknown compound in a plural or case form: *Außenplätze* → *Außenplatz*.

    Its longest known tail must be a form of exactly one noun and not a
    singular noun itself (*…rabatte* may be *Rabatte* or the plural of *Rabatt*);
    a shorter tail wins when its noun is far more common (*Decken·ecken* →
    *Ecke*, not the merman *Neck*).
    """
    if lookup(word) or not word[:1].isupper() or not word.isalpha():
        return None
    heads: list[tuple[int, str]] = []
    for cut in range(1, len(word) - MIN_TAIL + 1):
        tail = word[cut:].lower()
        nouns = (
            [s for s in lookup(tail) if s.pos == "NOUN"]
            or _dative_plural(tail, lookup)
            or _weak_case_form(tail, lookup)
        )
        if not nouns:
            continue
        forms = _form_of(nouns)
        if any(s.matched_by == "headword" for s in nouns) and not _mostly_plural(tail, forms):
            break
        if len(forms) != 1:
            break
        heads.append((cut, forms.pop()))
    if not heads:
        return None
    common = max(zipf(head) for _, head in heads) - COMMON_TAIL_MARGIN
    cut, head = next((cut, head) for cut, head in heads if zipf(head) >= common)
    return word[:cut] + head.lower()


COMMON_TAIL_MARGIN = 1.0


def _form_of(nouns: list[Sense]) -> set[str]:
    """The nouns a form is the plural or case form of; one that Ding lists it
    under far more often stands alone (*…schläge*: *Schlag* five times, a
    *Schlagen* once)."""
    counts = Counter(s.headword for s in nouns if s.matched_by in ("plural", "inflection"))
    ranked = counts.most_common(2)
    if len(ranked) == 2 and ranked[0][1] >= FORM_MAJORITY * ranked[1][1]:
        return {ranked[0][0]}
    return set(counts)


FORM_MAJORITY = 3


def _mostly_plural(form: str, singulars: set[str]) -> bool:
    """Whether a form that is a noun of its own is more likely another noun's
    plural: *…rabatte* is *Rabatt*'s (Zipf 4.1) more than the flower bed
    *Rabatte* (3.5, plurals included); *…ecken* is *Ecke*'s, not *das Ecken*."""
    return len(singulars) == 1 and zipf(next(iter(singulars))) > zipf(form)


def _dative_plural(tail: str, lookup: Lookup) -> list[Sense]:
    """*…geräten*: Ding lists the plural *Geräte*, not its dative with -n."""
    plural = tail.removesuffix("n")
    if plural == tail or plural.endswith(("n", "s")):
        return []
    return [s for s in lookup(plural) if s.pos == "NOUN" and s.matched_by == "plural"]


def _weak_case_form(tail: str, lookup: Lookup) -> list[Sense]:
    """*…willen*: a masculine noun in *-e* adds *-n* in its other cases, which Ding
    does not list (*Wille*, *Glaube*, *Gedanke*)."""
    singular = tail.removesuffix("n")
    if singular == tail or not singular.endswith("e"):
        return []
    return [
        replace(s, matched_by="inflection")
        for s in lookup(singular)
        if s.pos == "NOUN" and s.headword.lower() == singular and s.gender == "m"
    ]


def loanword_plural(word: str, lemma: str, lookup: Lookup) -> str | None:
    """An English-style plural in -s that HanTa left as it is or cut to a word the
    dictionary lacks: *Mullahs* → *Mullah*, *Tories* → *Tory*, *Apps* (HanTa: *Ap*)
    → *App*; but not the genitive *Gottes*, which HanTa knows."""
    if len(word) < 4 or not word.endswith("s") or lookup(word):
        return None
    if lemma != word and any(s.headword == lemma for s in lookup(lemma)):
        return None
    for singular in (word[:-3] + "y" if word.endswith("ies") else "", word[:-1]):
        if singular and any(
            s.pos == "NOUN" and s.headword == singular and s.gender for s in lookup(singular)
        ):
            return singular
    return None


def verb_of_form(word: str, lemma: str, lookup: Lookup) -> str | None:
    """The verb Ding lists a form under, when HanTa chose another verb Ding knows.

    *gelegen* is a form of *liegen*; HanTa's *legen* (its participle is *gelegt*)
    is a verb too, but not one this form belongs to.
    """
    senses = [s for s in lookup(word) if s.pos == "VERB" and " " not in s.headword]
    stem = word.lower().removeprefix("ge")
    verbs = [  # the same first letter: Ding's parallel lists sometimes misalign
        s.headword for s in senses if s.matched_by == "inflection" and s.headword[0] == stem[0]
    ]
    if not verbs or word == lemma or any(s.headword == lemma for s in senses):
        return None
    hanta_verb = [s for s in lookup(lemma) if s.pos == "VERB" and s.headword == lemma]
    if not hanta_verb:  # HanTa made a verb up: *geröstet* → *gerösten*
        base = verbs[0].removesuffix("n").removesuffix("e")  # Ding's lists may misalign:
        return verbs[0] if base in word.lower() else None  # *belauscht* is no *behorchen*
    if not any(s.inflected for s in hanta_verb):
        return None  # Ding lists no forms of HanTa's verb: nothing to compare with
    if is_weak_form(word, lemma):
        return None  # Ding's lists slip (*vermissen*'s gives *vermissen* for *vermisst*)
    return verbs[0]


def is_weak_form(word: str, verb: str) -> bool:
    """Whether ``word`` is a weak verb's regular form of ``verb``: *vermisst*,
    *vermisste* of *vermissen*; *gelegen* is no form of *legen* (*gelegt*)."""
    lower, verb = word.lower(), verb.lower()
    stem = verb.removesuffix("en") if verb.endswith("en") else verb.removesuffix("n")
    forms = {stem + ending for ending in _WEAK_ENDINGS} | {f"ge{stem}t"}
    return lower in forms


# A weak verb's endings, longest first: *kniete*, *knietest*, *kniet*, *knie*.
_WEAK_ENDINGS = ("test", "tet", "ten", "te", "st", "t", "en", "e", "n")
MIN_VERB_STEM = 3


def weak_verb_of_form(word: str, lemma: str, lookup: Lookup) -> str | None:
    """The verb a weak verb's form belongs to, when Ding knows no verb HanTa's
    lemma: *kniete* is *knien*'s (HanTa: the pre-1996 *knieen*; else *kneten* is
    one letter away).  Not a particle verb HanTa reunited (*kündigte … auf*:
    *aufkündigen* ends in the verb the form alone would give)."""
    if any(s.pos == "VERB" and s.headword == lemma for s in lookup(lemma)):
        return None
    lower = word.lower()
    stems = [lower[2:-1]] if lower.startswith("ge") and lower.endswith("t") else []
    stems += [lower[: -len(e)] for e in _WEAK_ENDINGS if lower.endswith(e)]
    for stem in (s for s in stems if len(s) >= MIN_VERB_STEM):
        for verb in (stem + "en", stem + "n"):
            if lemma != verb and lemma.endswith(verb):
                return None
            if any(s.pos == "VERB" and s.headword == verb for s in lookup(verb)):
                return verb
    return None


def capitalised_noun(word: str, noun_lemma: NounForms) -> str | None:
    """A capitalised word inside a sentence that HanTa took for a verb is a noun
    when the dictionary knows it as one (*in Gebeten*, *mit Überschlägen*)."""
    for form in (word, word[:-1] if word.endswith("n") else ""):
        listed = noun_lemma(form) if form else None
        if listed:
            return listed
    return None


# Particles that end in *zu*: *hinzugeben*, *dazugeben* are verbs of their own.
_ZU_PARTICLES = ("hinzu", "dazu")


def particle_with_zu(word: str, is_verb: Callable[[str], bool]) -> bool:
    """Whether a word HanTa reads as a zu-infinitive (*dazugeben*: *da·zu·geben*)
    is a verb whose particle ends in *zu*: *dazu·geben* "to add", as recipes use
    it.  Only when the other reading is no verb: *hinzunehmen* is mostly *hinnehmen*'s."""
    lower = word.lower()
    for particle in _ZU_PARTICLES:
        rest = lower.removeprefix(particle)
        if rest == lower or rest.startswith("zu") or len(rest) <= 3 or not is_verb(rest):
            continue
        return not is_verb(particle.removesuffix("zu") + rest)
    return False


def zu_infinitive(
    word: str, is_verb: Callable[[str], bool], particles: frozenset[str]
) -> str | None:
    """A separable verb's zu-infinitive (*hervorzuheben* → *hervorheben*), which
    HanTa takes for a noun when it opens a sentence capitalised."""
    lower = word.lower()
    for particle in sorted(particles, key=len, reverse=True):  # hinein before ein
        rest = lower.removeprefix(particle + "zu")
        if rest != lower and len(rest) > 3 and rest.endswith("n") and is_verb(particle + rest):
            return particle + rest
    return None


_ENGLISH_PARTICLES = ("down", "up", "out")
_GERMAN_ENDINGS = ("ed", "et", "t", "d", "en", "n", "e", "est", "st")
ENGLISH_VERB_ZIPF = 4.0


@lru_cache(maxsize=20_000)  # asked by the analysis and again by the glosser
def english_verb(text: str, lookup: Lookup) -> tuple[str, str] | None:
    """An English verb conjugated in German (*gecrasht*, *gechattet*, *geliked*,
    *downgeloadet*, *chatten*): its German infinitive and its English rendering,
    "crashed" for a participle, "to chat" for any other form.  Not a stem that is a
    German verb's form: *gewillt* is *ge·will·t* (*will*, of *wollen*), not "willed"."""
    lower = text.lower()
    particle = next((p for p in _ENGLISH_PARTICLES if lower.startswith(p + "ge")), "")
    rest = lower.removeprefix(particle)
    participle = rest.startswith("ge") and rest.endswith(("t", "d"))
    rest = rest.removeprefix("ge") if participle else rest
    for ending in _GERMAN_ENDINGS:
        stem = rest.removesuffix(ending)
        if stem == rest or len(stem) < 3:
            continue
        single = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem  # *chatt*
        for verb in dict.fromkeys((stem, single, stem + "e")):
            english = zipf_frequency(verb, "en")
            german = any(sense.pos == "VERB" for sense in lookup(verb))
            if english >= ENGLISH_VERB_ZIPF and english >= zipf(verb) and not german:
                infinitive = particle + stem + ("n" if stem.endswith(("e", "er", "el")) else "en")
                whole = particle + verb if particle else verb
                return infinitive, _past_participle(whole) if participle else f"to {whole}"
    return None


def _past_participle(verb: str) -> str:
    """*crash* → crashed, *like* → liked, *chat* → chatted."""
    if verb.endswith("e"):
        return verb + "d"
    short = (
        len(verb) > 2
        and verb[-1] not in "aeiouwxy"
        and verb[-2] in "aeiou"
        and verb[-3] not in "aeiou"
    )
    return verb + verb[-1] + "ed" if short and len(verb) <= 4 else verb + "ed"


def plural_owner(text: str, lemma: str, declension: Declension) -> str | None:
    """The one noun besides ``lemma`` whose plural ``text`` is (*Musen*: *Muse*);
    None where ``text`` is the lemma's own plural too, or several nouns' plural."""
    nouns = dict(declension(text))  # every one spells the text: its plural or itself
    if lemma in nouns:
        return None
    owners = [noun for noun in nouns if noun != text]
    return owners[0] if len(owners) == 1 else None


def declines_to(lemma: str, text: str, declension: Declension) -> bool:
    """Whether ``text`` is one of the lemma's forms (*Zeugen*, a dative plural of *Zeug*)."""
    return text in dict(declension(lemma)).get(lemma, frozenset())


# German degrees the stem does not show: *besser*, *höchste*, *meisten*
_IRREGULAR_DEGREES = {
    "gut": ("besser", "best"), "viel": ("mehr", "meist"), "hoch": ("höher", "höchst"),
    "nah": ("näher", "nächst"), "gern": ("lieber", "liebst"),
}  # fmt: skip
_UMLAUT_BACK = str.maketrans("äöü", "aou")
_DEGREE_ENDING = re.compile(r"(?:e|en|em|er|es)?$")


def degree(text: str, lemma: str, predicative: bool = False) -> str:
    """ "comparative" or "superlative" when an adjective as written is one of its
    lemma's (*ältere*, *jüngeren*, *teurer*, *besser*; *größte*, *am schnellsten*),
    else "".  A comparative's -er with no ending after it is one only where the
    adjective is not declined (*ist schneller*, *ist teurer*): before a noun it is
    the positive's ending (*ein schneller Wagen*, *ein teurer Wagen*), unless the
    stem shows an umlaut (*ein älter aussehender Mann*)."""
    lowered, positive = text.lower(), lemma.lower()
    if lowered == positive or not positive.isalpha():
        return ""
    irregular = _IRREGULAR_DEGREES.get(positive)
    if irregular is not None:
        for kind, form in zip(("comparative", "superlative"), irregular, strict=True):
            if _DEGREE_ENDING.sub("", lowered) in (form, form + "e") or lowered == form:
                return kind
        return ""
    for stem, ending in _degree_stems(lowered, "er"):
        umlaut = (
            stem.translate(_UMLAUT_BACK) != stem and positive.translate(_UMLAUT_BACK) == positive
        )
        if _positive_stem(stem, positive, superlative=False) and (ending or umlaut or predicative):
            return "comparative"
    for stem, _ in _degree_stems(lowered, "st") + _degree_stems(lowered, "t"):
        if _positive_stem(stem, positive, superlative=True):
            return "superlative"
    return ""


def _degree_stems(word: str, mark: str) -> list[tuple[str, str]]:
    """The stems the word has before a degree's mark and a declension ending:
    *ältere* → *ält* (with -er); *ältesten* → *ält* (with -(e)st); *größte* → *größ*
    (-t after a sibilant)."""
    stems = []
    for ending in ("", "e", "en", "em", "er", "es"):
        if ending and not word.endswith(ending):
            continue
        rest = word[: len(word) - len(ending)] if ending else word
        if rest.endswith(mark) and len(rest) > len(mark) + 1:
            stem = rest[: -len(mark)]
            if mark == "t" and not stem.endswith(("s", "ß", "z", "x")):
                continue
            stems.append((stem, ending))
            if mark == "st" and stem.endswith("e"):
                stems.append((stem[:-1], ending))  # *ält·est*
    return stems


def _positive_stem(stem: str, positive: str, superlative: bool) -> bool:
    """Whether a degree's stem is the positive's, with an umlaut (*ält*), an -e-
    dropped (*teur*, *dunkl*; *leis·er* of *leise*)."""
    plain = stem.translate(_UMLAUT_BACK)
    if positive in (stem, plain) or (positive.endswith("e") and positive[:-1] in (stem, plain)):
        return True
    dropped = positive[:-2] + positive[-1:] if positive.endswith(("er", "el")) else ""
    return bool(dropped) and dropped in (stem, plain) and not superlative
