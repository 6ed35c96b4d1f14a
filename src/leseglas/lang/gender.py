"""Gender of nouns the dictionary cannot settle.

- A noun the dictionary lacks takes the gender of its longest known noun
  ending (*Onlineapotheke* → *Apotheke*: die; *Friteusenfett* → *Fett*: das),
  or of a verb it ends in, as a nominalised infinitive (*Bombenlegen*: das).
  Failing that, German derivational suffixes decide (*-ung*, *-heit*, *-keit*
  are feminine, *-chen*, *-lein*, *-ment* and a language's *-isch* neuter,
  *-ismus*, *-ling*, *-or* masculine); a final *-e* leans feminine.
  ``guess_gender`` returns "" when nothing points anywhere.
- A nominalised adjective (*der Vorsitzende*, *eine Angestellte*, *ein alter
  Bekannter*, *das Meiste*) has no gender of its own: its article and ending
  give it (``adjectival_noun_gender``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import takewhile

from leseglas.lang.model import Sense

_SUFFIXES = (
    ("f", ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ität", "ik", "ur", "ei",
           "ie", "enz", "anz", "ade", "age", "itis", "line", "ose", "in")),
    ("n", ("chen", "lein", "ment", "um", "tum", "ing", "ma", "nis", "o", "ett",
           "isch")),  # a language: das Spanisch (der Tisch is Ding's)
    ("m", ("ismus", "ling", "or", "ist", "ant", "ent", "eur", "ör", "ig", "er", "us", "ich")),
    ("f", ("e", "a")),  # die Guerilla, die Kamera (das Thema is caught by -ma above)
)  # fmt: skip
MIN_TAIL = 3

Lookup = Callable[[str], tuple[Sense, ...]]


def guess_gender(word: str, lookup: Lookup, allowed: frozenset[str] = frozenset()) -> str:
    """The likeliest gender of an unknown noun; ``allowed`` (from its article) narrows it."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return ""
    word = word.rsplit("-", 1)[-1] or word
    if "pl" in allowed:
        allowed = frozenset()  # die, den, der: perhaps a plural, of any gender
    article_says = next(iter(allowed)) if len(allowed) == 1 else ""  # eine, das, einen
    for cut in range(1, len(word) - MIN_TAIL + 1):
        votes = _tail_votes(word[cut:], lookup)
        fitting = Counter({g: n for g, n in votes.items() if g in allowed})
        if fitting:
            return fitting.most_common(1)[0][0]
        if votes:
            return article_says or votes.most_common(1)[0][0]
    lower = word.lower()
    for gender, endings in _SUFFIXES:
        if lower.endswith(endings) and (not allowed or gender in allowed):
            return gender
    return article_says


def _tail_votes(tail: str, lookup: Lookup) -> Counter[str]:
    """Genders of the nouns spelt like ``tail``; a verb infinitive counts as neuter."""
    tail = tail.lower()
    votes = Counter(
        s.gender
        for s in lookup(tail.capitalize())
        if s.pos == "NOUN" and s.gender in ("m", "f", "n")
    )
    infinitive = not votes and tail.endswith("en") and len(tail) > 4
    if infinitive and any(s.pos == "VERB" and s.headword == tail for s in lookup(tail.lower())):
        votes["n"] += 1  # das Bombenlegen, das Anrempeln
    return votes


# The endings that tell an English loan's gender: not the feminine endings of German
# words only, the *-in* of *Lehrerin*, the *-ie* of *Biologie* (*das Protein*).
_ENGLISH_SUFFIXES = tuple(
    (gender, tuple(e for e in endings if e not in ("in", "ie"))) for gender, endings in _SUFFIXES
)


def loanword_gender(
    word: str, equivalents: dict[str, float], allowed: frozenset[str] = frozenset()
) -> str:
    """An English loan's gender: a telling ending first (*die Association*, *das
    Marketing*), else its German equivalent's (*die Street*: *Straße*; *der
    River*: *Fluss*), else neuter, the commonest for loans (*das Feature*).

    ``allowed`` (from the article) narrows each step.  Measured on the 1,094
    English loans Ding lists with one gender, each taken as unknown: 65% right,
    against 31% for always neuter (``tests/lang/test_gender.py``).
    """
    if not word[:1].isupper():
        return ""  # *politically correct*: no noun
    allowed = allowed - {"pl"} or frozenset("mfn")
    lower = word.lower()
    for gender, endings in _ENGLISH_SUFFIXES:
        if lower.endswith(endings) and gender in allowed:
            return gender
    fitting = {g: w for g, w in equivalents.items() if g in allowed}
    if fitting:
        return max(fitting, key=lambda g: fitting[g])
    if "n" in allowed:
        return "n"
    return next(iter(allowed)) if len(allowed) == 1 else ""


# Article → gender of a nominalised adjective, by its ending (-e or -en).
_AFTER_ARTICLE = {
    "das": ("n", "n"), "die": ("f", "m"), "der": ("m", "f"), "der (dative)": ("f", "f"),
    "eine": ("f", "f"), "einer": ("f", "f"), "den": ("m", "m"), "dem": ("m", "m"),
    "des": ("m", "m"), "einen": ("m", "m"), "einem": ("m", "m"), "eines": ("m", "m"),
}  # fmt: skip


def adjectival_noun_gender(word: str, article: str) -> str:
    """*der Vorsitzende* m, *die Vorsitzende* f, *ein Abgeordneter* m, *das Gute* n.

    Without an article, the strong ending decides (-er m, -es n); plurals and
    the remaining cases take the masculine, the generic form.
    """
    lower = word.lower()
    if lower.endswith("es") or _language(lower, article):
        return "n"
    if lower.endswith("er"):
        return "m"
    if article in _AFTER_ARTICLE:
        after_e, after_en = _AFTER_ARTICLE[article]
        return after_en if lower.endswith("en") else after_e
    return "m"


def _language(word: str, article: str) -> bool:
    """*im Dänischen*, *des Typischen*: an adjective in *-isch* nominalised in the
    singular names a language or a quality, neuter; a person is rarely one (a
    Dane is *der Däne*)."""
    singular = article in ("das", "dem", "des")
    return singular and word.endswith(("ische", "ischen"))


_UMLAUT_FOLD = str.maketrans("äöü", "aou")
PLURAL_STEM_SHARE = 0.6  # *Museum* → *Museen* keeps "muse", four letters of six


def plausible_plural(singular: str, plural: str) -> bool:
    """Whether a plural Ding gives can be this noun's: it keeps most of the word
    (*Mann* → *Männer*, *Atlas* → *Atlanten*); Ding's slip *Türe* → *Tore* does not."""
    one, many = singular.lower().translate(_UMLAUT_FOLD), plural.lower().translate(_UMLAUT_FOLD)
    shared = sum(
        1 for _ in takewhile(lambda pair: pair[0] == pair[1], zip(one, many, strict=False))
    )
    return shared >= PLURAL_STEM_SHARE * len(one)


# The genders (and plural) each article form can go with (*der* after a preposition
# is a feminine dative: ``lang.context``'s "der (dative)").
MASCULINE_EIN = "ein (masculine)"  # *ein* before an adjective in -er: *ein hoher Turm*
ARTICLE_GENDERS = {
    "der": frozenset("mf"), "der (dative)": frozenset("f"), "die": frozenset({"f", "pl"}),
    "das": frozenset("n"),
    "den": frozenset({"m", "pl"}), "dem": frozenset("mn"), "des": frozenset("mn"),
    "ein": frozenset("mn"), MASCULINE_EIN: frozenset("m"), "eine": frozenset("f"),
    "einen": frozenset("m"),
    "einem": frozenset("mn"), "einer": frozenset("f"), "eines": frozenset("mn"),
}  # fmt: skip
