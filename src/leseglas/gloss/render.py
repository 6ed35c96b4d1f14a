"""How a gloss is written out: short glosses, plain renderings, compound glosses.

The ranking (``ranking.py``, ``lookup.py``) decides which sense comes first;
this module decides what of it the reader sees.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from leseglas.gloss.ding import (
    OFFENSIVE_NOTES,
    REGISTER_NOTES,
    marked,
    spelling_key,
)
from leseglas.gloss.ranking import (
    NOTE,
    TECHNICAL,
    bare_rendering,
    compound_only,
    english_zipf,
    first_alternative,
    in_compounds,
    renders_by_cognate,
)
from leseglas.lang.model import Sense, required
from leseglas.lang.words import PRONOMINAL_PREPOSITIONS

SHORT_GLOSS = 3  # renderings in a short gloss
# Beside a first rendering, one whose rarest word English hardly uses (Zipf under 2.5:
# *lability*, *potentate*, *sooth*, *bairn*) tells a learner less than it costs.
RARE_ENGLISH = 2.5
_POS_GROUPS = {"ADJ": {"ADJ", "ADV"}, "ADV": {"ADJ", "ADV"}}


def plain(translation: str) -> str:
    """A rendering to show inside a compound gloss: "the military" → "military"."""
    text = NOTE.sub("", translation).strip()
    for article in ("the ", "to ", "a ", "an ", "sb.’s ", "sb.'s ", "sth.’s ", "sth.'s "):
        text = text.removeprefix(article)
    return text


_OBJECT_SLOTS = frozenset({"sb.", "sth.", "sb./sth.", "oneself", "one's", "sb.'s", "sb.’s"})
_VOWELS = "aeiou"


def bare(rendering: str) -> str:
    """A rendering without its object slots, for a part: "to learn sth." → "learn"."""
    return " ".join(w for w in plain(rendering).split() if w not in _OBJECT_SLOTS)


def gerund(rendering: str) -> str:
    """A verb's rendering as the English -ing noun, for a nominalised infinitive:
    "to lay sth." → "laying", "to put sth. down" → "putting down"; "" for a
    rendering that is no infinitive (a modal's "can")."""
    words = [w for w in plain(rendering).split() if w not in _OBJECT_SLOTS]
    if not rendering.startswith("to ") or not words:
        return ""
    return " ".join([_ing(words[0]), *words[1:]])


def _ing(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"  # die → dying
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"  # make → making
    vowels = [i for i, ch in enumerate(verb) if ch in _VOWELS]
    if vowels == [len(verb) - 2] and verb[-1] not in "wxy":
        return verb + verb[-1] + "ing"  # one short syllable: put → putting, plan → planning
    return verb + "ing"


def first_rendering(sense: Sense) -> str:
    return NOTE.sub("", sense.translations[0]).strip() if sense.translations else ""


def same_class(senses: list[Sense]) -> list[Sense]:
    """The senses of the best one's word class: a verb's short gloss is verbs
    (*stationieren*: "to station, to deploy", not its participle "stationed").
    Adjectives and adverbs go together (*kollektiv*: "collective, collectively")."""
    group = _POS_GROUPS.get(senses[0].pos, {senses[0].pos})
    return [s for s in senses if s.pos in group]


def in_register(translation: str) -> bool:
    """Whether Ding marks a rendering as slang, old, rare or humorous English."""
    return any(note in translation for note in REGISTER_NOTES)


def offensive(translation: str) -> bool:
    """Whether Ding marks a rendering as an insult (kept as a note: "kike (pej.)")."""
    return translation.endswith(OFFENSIVE_NOTES)


def short_gloss(senses: Iterable[Sense], compound: bool = False) -> tuple[str, ...]:
    """Up to three distinct renderings, best sense first, notes dropped.

    A rendering that differs from an earlier one only in object slots, notes or
    spelling (*to succour* / *to succor*, *pull-out* / *pullout*) is left out
    but still uses its place, so a weaker sense does not move up:
    *helfen* is "to help sb.", not "to help sb., to do good, to second"."""
    out: list[str] = []
    seen: set[str] = set()
    places = SHORT_GLOSS
    top: Sense | None = None
    for sense in senses:
        top = top or sense
        if sense is not top and not _alongside(sense, top):
            continue
        # a compound's English mirrors it: *Feuerlöscher* "fire extinguisher"
        renderings = general_first(sense) if sense is top and not compound else sense.translations
        for translation in renderings:
            if out and offensive(translation):
                continue  # *Linke* "leftist", not "pinko"
            if out and in_compounds(translation):
                continue  # *Linse* "lens", the camera's only in *Kameralinse*
            if out and in_register(translation):
                continue  # *Bier* "beer", not also the humorous "amber nectar"
            clean = first_alternative(NOTE.sub("", translation).strip())
            key = spelling_key(bare_rendering(clean) or clean)
            if out and english_zipf(clean) < RARE_ENGLISH:
                continue  # *Protest*: "protest", not also "remonstrance, expostulation"
            if clean and key not in seen and _lead(clean) in seen:
                continue  # Ding's list in one rendering: *Warnung* "warning, notification"
            if clean and key not in seen:
                seen.add(key)
                out.append(clean)
            elif clean and clean not in out:
                places -= 1
            if len(out) == places:
                return tuple(out)
    return tuple(out)


_ENGLISH_PREPOSITIONS = frozenset(
    "about after against at by for from in into of on onto over to towards upon with".split()
)
# a preposition before a thing as the object: "to wait for sth.", "to insist on
# sb./sth."; whole, when it is a phrase: "to be because of sth.", "apart from sth."
_PHRASE_PREPOSITIONS = (
    "because of", "apart from", "aside from", "in favour of", "in favor of", "instead of",
    "out of", "away from", "in front of", "on top of",
)  # fmt: skip
_PREPOSITION_OBJECT = re.compile(
    rf"\b({'|'.join([*_PHRASE_PREPOSITIONS, *sorted(_ENGLISH_PREPOSITIONS)])}) (?:sb\./)?sth\."
)
_THING_OBJECT = re.compile(r"\bsth\.")
_NOTE_PIECES = re.compile(r"\s*[;,]\s*")


def _noted_prepositions(sense: Sense) -> list[str]:
    """The prepositions a sense's notes name, in order: the German "auf; bis"
    (*warten*), "über etw." (*sich freuen*), or the English "(über: about)" (*sich
    informieren*); none for a note of another kind ("Sache")."""
    pieces = [piece.split()[0] for piece in _NOTE_PIECES.split(sense.notes) if piece.strip()]
    if any(p in PRONOMINAL_PREPOSITIONS for p in pieces) and all(p.islower() for p in pieces):
        return pieces
    named = (_NAMED.match(note.strip()) for t in sense.translations for note in NOTE.findall(t))
    return [m.group(1) for m in named if m]


_NAMED = re.compile(r"\((\w+): \w+\)")


def as_object(
    sense: Sense, preposition: str, pronouns: tuple[str, str] = ("it", "that")
) -> tuple[str, ...]:
    """How a pronominal adverb reads as the object of the verb in this sense, by the
    English preposition that renders ``preposition``: Ding's note pair "(auf; bis)"
    "(for; until)" (*wartet darauf* "for it"), "(über: about)", or the one before
    the object ("to rejoice over sth." "over it"); a plain object is "it" ("to
    indicate sth.": *weist darauf hin*).  Nothing for a sense that does not take
    ``preposition`` (by its use, "auf etw. hinweisen", or its notes) or whose
    rendering names no object.  An interrogative one has its own ``pronouns``:
    *worauf wartet* "for what"."""
    german = _noted_prepositions(sense)
    if not sense.translations or preposition not in {required(sense), *german}:
        return ()
    translation = sense.translations[0]
    english = _noted_english(translation, german.index(preposition) if preposition in german else 0)
    found = _PREPOSITION_OBJECT.search(translation)
    english = english or (found.group(1) if found else "")
    if english:
        return tuple(f"{english} {pronoun}" for pronoun in pronouns)
    return pronouns if _THING_OBJECT.search(translation) else ()


def _noted_english(translation: str, position: int) -> str:
    """The English preposition in a rendering's note: "(for; until)" by position,
    "(über: about)"."""
    for note in NOTE.findall(translation):
        text = note.strip()[1:-1].split(":")[-1]
        pieces = _NOTE_PIECES.split(text.strip())
        if any(piece in _ENGLISH_PREPOSITIONS for piece in pieces) and all(
            piece.isalpha() and piece.islower() for piece in pieces
        ):
            return pieces[min(position, len(pieces) - 1)]
    return ""


def _lead(rendering: str) -> str:
    """The key of a rendering's first comma-separated piece ("" if it has none)."""
    lead, comma, _ = rendering.partition(", ")
    return spelling_key(bare_rendering(lead) or lead) if comma else ""


def general_first(sense: Sense) -> list[str]:
    """A noun's renderings with the general word before a kind of it that Ding
    lists first: *Gabel* "fork" before "table fork", *Arzt* "doctor" before
    "medical doctor".  Not when the front is a rendering too: *Eintritt* stays
    "admission fee", not "fee" (Ding: "admission fee; admission; fee")."""
    ordered = list(sense.translations)
    if sense.pos != "NOUN" or len(ordered) < 2:
        return ordered
    words = [NOTE.sub("", t).strip().lower() for t in ordered]
    first = words[0]
    for later, word in zip(ordered[1:], words[1:], strict=True):
        front = first.removesuffix(" " + word)
        if word and front != first and front not in words:
            ordered.remove(later)
            return [later, *ordered]
    return ordered


def _marginal_specialist(sense: Sense) -> bool:
    """A specialist's sense in which Ding lists the word after two synonyms or more,
    and not by its cognate (*Foto* [photo.] "photo" stays)."""
    if sense.synonym < 2 or not set(sense.labels) & TECHNICAL:
        return False
    return not any(renders_by_cognate(sense, t) for t in sense.translations)


_ADDRESS_NOTE = "Anrede"  # Ding's note for a form of address: a title before a name


def _alongside(sense: Sense, top: Sense) -> bool:
    """Whether a sense may follow the best one in a short gloss: not an insult or
    one in a marked register when the best is plain, not one that needs
    a preposition the best one does not (*sein* "to be", not also *gegen etw.
    sein* "to oppose sth."), nor a reflexive use when the best one is not
    (*rechnen* "to count", not also *sich rechnen* "to pay off"), or the reverse,
    nor what an abbreviation spelt as the word stands for (*Igel*, not *IGeL*), nor
    an interjection beside a word of another class."""
    if sense.translations and all(map(offensive, sense.translations)):
        return False  # *Jude* "Jew", not also "kike"
    if (sense.pos == "INTJ") != (top.pos == "INTJ"):
        return False  # *Tag* "day", not also the greeting *Tag!* "Howdy!"
    if marked(sense.labels) and not marked(top.labels):
        return False  # *Ei* "egg", not also the slang "nuts"
    if _marginal_specialist(sense) and not set(top.labels) & TECHNICAL:
        return False  # *sein* "to be", not also [math.] *ergeben; geben; machen; sein*
    if compound_only(sense) and not compound_only(top):
        return False  # *Gott* "God", not also "gosh" (*gottverdammt*)
    if _ADDRESS_NOTE in sense.notes and _ADDRESS_NOTE not in top.notes:
        return False  # *die Frau* "woman", not also *Frau Gillard*'s "Miss"
    if sense.matched_by == "abbreviation" != top.matched_by and not top.headword.endswith("."):
        return False  # *Igel* "hedgehog", not also *IGeL* "individual health services"
    needs = required(sense)
    if needs and needs != required(top):  # *sich an jdn. erinnern*: other senses with *an* stay
        return False
    return sense.headword.startswith("sich ") == top.headword.startswith("sich ")


def joined(glosses: list[str]) -> str:
    """Part glosses joined with " + "; a suffix-like head ("-day") attaches
    (*dreitägig*: "three-day", not "three + -day")."""
    text = glosses[0]
    for gloss in glosses[1:]:
        text += gloss if gloss.startswith("-") else " + " + gloss
    return text


def principal_parts(headword: str, senses: Iterable[Sense]) -> str:
    """A verb's principal parts from the dictionary's forms: "gehen – ging – ist
    gegangen".  Of the verb's lines, one with the perfect (and so its auxiliary)
    wins, then its main line, then the form most lines agree on; "" for a verb
    Ding gives no preterite for."""
    found = Counter(
        (bool(_AUXILIARY_FORM.match(s.principal.split("|")[1])), s.inflected == 2, s.principal)
        for s in senses
        if s.pos == "VERB" and s.headword == headword and s.principal
    )
    if not found:
        return ""
    _, _, best = max(found, key=lambda key: (key[0], key[1], found[key]))
    preterite, perfect = best.split("|")
    return f"{headword} – {preterite} – {perfect}"


_AUXILIARY_FORM = re.compile(r"^(?:hat|ist) ")


_PERIPHRASTIC = {"comparative": "more", "superlative": "most"}
ONE_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")  # a rendering that can take a degree


def in_degree(rendering: str, degree: str, own_form: str) -> str | None:
    """A one-word English adjective (or adverb) in a German degree: "old" → "older",
    "good" → "better", "important" → "more important", "strongly" → "more
    strongly"; None for a phrase ("of great weight").  ``own_form`` is English's
    own form of that degree, "" where it has none in use
    (``Dictionary.english_degree``): any other word takes "more" or "most"."""
    if not ONE_WORD.fullmatch(rendering):
        return None
    return own_form or f"{_PERIPHRASTIC[degree]} {rendering}"
