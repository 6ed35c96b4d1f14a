"""Glosses for words Ding lacks, made from words it has.

Compounds are glossed part by part (*Bündnis·netz* "alliance + network"); other
formations from their base: present participles (*aufragend*), *un-*
adjectives, *-mal* numbers, hyphenated adjectives, feminine *-in* nouns,
diminutives, particle verbs and words with an unknown front.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from leseglas.gloss.dictionary import Dictionary
from leseglas.gloss.ding import BOUND_MIN_COMPOUNDS, CLEAR_LEAD, REGISTER_LABELS
from leseglas.gloss.fallback import UMLAUT_BACK
from leseglas.gloss.model import NOT_NOUNS, CompoundPart, Gloss
from leseglas.gloss.ranking import english_zipf
from leseglas.gloss.render import bare, first_rendering, gerund, joined, plain
from leseglas.gloss.senses import SenseRanker
from leseglas.lang.compounds import (
    NOMINALISED_VERB,
    Head,
    Part,
    possible_heads,
    split_compound,
    split_listed,
)
from leseglas.lang.difficulty import band, word_zipf
from leseglas.lang.lemmas import MIN_TAIL, adjective_headword
from leseglas.lang.model import Sense
from leseglas.lang.separable import VERB_PARTICLES

# Adjectives that mean something else as the end of a compound adjective: *artig*
# is "good", *…artig* "-like".
ADJECTIVE_SUFFIXES = {
    "artig": "-like", "mäßig": "-wise", "förmig": "-shaped", "haltig": "containing",
    "seitig": "-sided", "fähig": "capable", "weit": "-wide", "bedingt": "due to",
}  # fmt: skip
# Suffixes that make an adjective of a noun, and what they add in English.
NOUN_SUFFIXES = {
    "los": "without {}", "frei": "{}-free", "förmig": "{}-shaped", "artig": "{}-like",
    "reich": "rich in {}", "haltig": "containing {}", "lich": "of the {}", "isch": "of the {}",
}  # fmt: skip
MIN_PART_COUNT = 2
# Endings that give a noun its gender themselves, whatever noun they end in as
# letters (*Gewerk·schaft*, *Lösung*, *das Sparring*, *das Kindlein*, *der Suchende*,
# *die Schlüsselakteurin*).
GENDERED_ENDINGS = {
    "schaft": "f", "ion": "f", "ung": "f", "heit": "f", "keit": "f", "in": "f",
    "tum": "nm", "nis": "fn", "ling": "m", "isch": "n", "ende": "mfn", "ing": "n", "ist": "m",
}  # fmt: skip
# Neuter when a noun stands before them: *Kind·lein*, not *Möhren·kuchen*.
_DIMINUTIVES = ("chen", "lein")
MIN_HEAD = 4  # letters: a shorter "head" is mostly a chance ending
MIN_PARTICIPLE = 6  # *aufragend*; not *Hund*, *und*

# How the glosser builds a gloss from a word's ranked senses:
# (text, lemma, pos, senses, separable, sentence_initial) -> Gloss
FromSenses = Callable[[str, str, str, list[Sense], str, bool], Gloss]


@dataclass(eq=False)
class WordFormation:
    """Builds glosses from a word's parts, with the document's sense ranking."""

    dictionary: Dictionary
    ranker: SenseRanker
    from_senses: FromSenses
    domain: frozenset[str] = frozenset()

    def formations(self, pos: str) -> tuple[Callable[[str], Gloss | None], ...]:
        """The ways a word Ding lacks is made from one it has, tried in this order."""
        if pos == "ADJ":
            return self._present_participle, self._negated, self._times, self.hyphenated
        if pos == "NOUN":
            return self._times, self._verbal_noun  # the feminine -in: its own rule, earlier
        return (self._times,)

    def _present_participle(self, text: str) -> Gloss | None:
        """A verb's present participle that Ding does not list as an adjective, in
        English its -ing form: *aufragenden* "towering", from *aufragen*.  With
        *zu* inside, a gerundive, glossed by its verb (*anzusehende*: *ansehen*)."""
        lower = text.lower()
        for base in _undeclined(lower):
            if not base.endswith("nd") or len(base) < MIN_PARTICIPLE:
                continue
            infinitive = base[:-1]
            gerundive = _without_zu(infinitive, self.dictionary.is_verb)
            verb = gerundive or infinitive
            if not self.dictionary.is_verb(verb):
                composed = self.particle_verb(text, verb)  # *aufragend*: "up + jutting"
                if composed is None:
                    continue
                *front, last = composed.parts
                parts = (*front, replace(last, gloss=gerund(f"to {last.gloss}") or last.gloss))
                glossed = (joined([p.gloss for p in parts]),)
                return replace(composed, lemma=base, pos="ADJ", parts=parts, short=glossed)
            senses = [s for s in self.ranker.rank(verb, verb, "VERB") if s.pos == "VERB"]
            if not senses:
                continue
            gloss = self.from_senses(text, base, "ADJ", senses, "", False)
            if gerundive:
                return replace(gloss, lemma=base)
            short = tuple(dict.fromkeys(g for r in gloss.short if (g := gerund(r))))
            return replace(gloss, lemma=base, short=short) if short else None
        return None

    def feminine(self, text: str) -> Gloss | None:
        """The feminine -in of a masculine noun Ding lists alone: *Partnerin*, *Ärztin*
        (*Arzt*), *Partnerinnen*; glossed by the masculine's English."""
        feminine = _feminine(text)
        if feminine is None:
            return None
        singular, base = feminine
        for stem in dict.fromkeys((base, base.translate(UMLAUT_BACK), base + "e")):
            senses = [s for s in self.ranker.rank(stem, stem, "NOUN") if s.headword == stem]
            if senses and senses[0].gender == "m":
                gloss = self.from_senses(text, singular, "NOUN", senses, "", False)
                parts = (CompoundPart(base, stem, plain(gloss.short[0])),
                         CompoundPart("in", "-in", "female"))  # fmt: skip
                value = word_zipf(singular, text, [stem])
                return replace(gloss, lemma=singular, gender="f", plural=singular + "nen",
                               senses=(), parts=parts, source="compound", zipf=value,
                               band=band(value))  # fmt: skip
        return None

    def feminine_compound(self, text: str) -> Gloss | None:
        """The feminine -in of a masculine compound Ding lacks: *Skirennläuferin* is
        *Ski·renn·läufer* + -in "ski + run + runner + female"."""
        feminine = _feminine(text)
        if feminine is None:
            return None
        singular, base = feminine
        parts = self.compound(base, "noun")
        if not parts or parts[-1].sense.gender != "m":
            return None
        masculine = self.from_parts(text, base, "NOUN", parts, False)
        female = CompoundPart("in", "-in", "female")
        value = word_zipf(singular, text, [p.lemma for p in parts])
        return replace(masculine, lemma=singular, gender="f", plural=singular + "nen",
                       parts=(*masculine.parts, female), zipf=value,
                       band=band(value))  # fmt: skip

    def person(self, text: str) -> Gloss | None:
        """A person named by *-er* after a noun Ding has, not a place (*der
        Handballer*, *den Handballern*): "handball (person)", masculine, the plural
        as the singular.  Ding lists most such nouns itself (*Fußballer*).  Not a
        town's (*die Essener*)."""
        singular = text.removesuffix("n") if text.endswith("ern") else text
        base = singular.removesuffix("er")
        if base == singular or len(base) < MIN_TAIL or not base[:1].isupper():
            return None
        senses = [s for s in self.ranker.rank(base, base, "NOUN") if s.headword == base]
        if any("geogr." in s.labels for s in senses):
            return None  # a town's people: *Essener* are of Essen, not of food
        senses = [s for s in senses if s.pos == "NOUN"]
        if not senses or senses[0].gender == "pl":
            return None
        thing = plain(first_rendering(senses[0]))
        parts = (CompoundPart(base, base, thing), CompoundPart("er", "-er", "person"))
        value = word_zipf(singular, text, [base])
        return Gloss(text, singular, "NOUN", "m", singular, (f"{thing} (person)",), (),
                     parts, "", "compound", value, band(value))  # fmt: skip

    def _verbal_noun(self, text: str) -> Gloss | None:
        """A noun in *-ung* made from a verb Ding has, in English the verb's -ing
        form: *Kalfaterung* "caulking" (*kalfatern*).  The verb must be the whole
        stem; a compound's head is the compound rules' (*Neu·vermessung*)."""
        singular = text.removesuffix("en") if text.endswith("ungen") else text
        stem = singular.removesuffix("ung")
        if stem == singular or len(stem) < MIN_TAIL or not stem[:1].isupper():
            return None
        for verb in (stem.lower() + "en", stem.lower() + "n"):
            senses = [s for s in self.ranker.rank(verb, verb, "VERB") if s.pos == "VERB"]
            if not senses or senses[0].headword != verb:
                continue
            gloss = self.from_senses(text, verb, "VERB", senses, "", False)
            short = tuple(dict.fromkeys(g for r in gloss.short if (g := gerund(r))))
            if not short:
                continue
            parts = (CompoundPart(stem, verb, plain(gloss.short[0])),
                     CompoundPart("ung", "-ung", "-ing"))  # fmt: skip
            value = word_zipf(singular, text, [verb])
            return Gloss(text, singular, "NOUN", gender="f", plural=singular + "en",
                         short=short, parts=parts, source="compound", zipf=value,
                         band=band(value))  # fmt: skip
        return None

    def _times(self, text: str) -> Gloss | None:
        """A number and *-mal*: *hundertmal* "a hundred times" (Ding has *dreimal*)."""
        lower = text.lower()
        number = lower.removesuffix("mal")
        senses = [s for s in self.dictionary.lookup(number) if s.pos == "NUM"] if number else []
        if number == lower or not senses or not senses[0].translations:
            return None
        count = plain(senses[0].translations[0])
        rendering = f"{'a ' if count in ('hundred', 'thousand') else ''}{count} times"
        value = word_zipf(lower, text, [number])
        return Gloss(text, lower, "ADV", short=(rendering,), source="rule", zipf=value,
                     band=band(value))  # fmt: skip

    def hyphenated(self, text: str) -> Gloss | None:
        """Adjectives joined by hyphens, each glossed: *schwarz-gelben* "black-yellow",
        *deutsch-französisch* "German-French"."""
        pieces = text.lower().split("-")
        if len(pieces) < 2 or not all(p.isalpha() for p in pieces):
            return None
        last = adjective_headword(pieces[-1], self.dictionary.lookup) or pieces[-1]
        glossed = []
        for piece in [*pieces[:-1], last]:
            if piece == "nicht" and piece != last:
                glossed.append(CompoundPart(piece, piece, "non"))  # *nicht-öffentlich*
                continue
            senses = [s for s in self.ranker.rank(piece, piece, "ADJ") if s.pos == "ADJ"]
            if not senses or not senses[0].translations:
                return None
            glossed.append(CompoundPart(piece, piece, plain(senses[0].translations[0])))
        lemma = "-".join([*pieces[:-1], last])
        value = word_zipf(lemma, text, [p.lemma for p in glossed])
        short = ("-".join(p.gloss for p in glossed),)
        return Gloss(text, lemma, "ADJ", short=short, parts=tuple(glossed), source="compound",
                     zipf=value, band=band(value))  # fmt: skip

    def noun_adjective(self, text: str) -> Gloss | None:
        """An adjective made from a noun Ding has by a suffix: *instinktlos* "without
        instinct", *bandförmig* "band-shaped", *standesamtlich* "of the registry office"."""
        lower = text.lower()
        for base in dict.fromkeys((lower, lower[:-1], lower[:-2])):  # *standesamtlichen*
            suffix = next((x for x in NOUN_SUFFIXES if base.endswith(x)), None)
            if suffix is None or len(base) - len(suffix) < MIN_TAIL:
                continue
            noun = self._suffix_base(base.removesuffix(suffix), suffix)
            if noun is None:
                continue
            headword, rendering = noun
            meaning = NOUN_SUFFIXES[suffix]
            short = (meaning.format(rendering),)
            parts = (CompoundPart(base.removesuffix(suffix), headword, rendering),
                     CompoundPart(suffix, f"-{suffix}", meaning.format("…")))  # fmt: skip
            value = word_zipf(base, text, [headword])
            return Gloss(text, base, "ADJ", short=short, parts=parts, source="compound",
                         zipf=value, band=band(value))  # fmt: skip
        return None

    def _suffix_base(self, stem: str, suffix: str) -> tuple[str, str] | None:
        """The noun an adjective's stem is, with its rendering: *standesamt* →
        *Standesamt* "registry office"; *-isch* drops *-ik*, *-ie* (*biologisch*)."""
        endings = ("", "ik", "ie") if suffix == "isch" else ("", "e")
        linked = (stem, stem.removesuffix("s"), stem.removesuffix("es"))  # *sinn·es·gemäß*
        for candidate in dict.fromkeys(c + e for c in linked for e in endings):
            word = candidate.capitalize()
            senses = [s for s in self.ranker.rank(word, word, "NOUN") if s.headword == word]
            if senses and senses[0].pos == "NOUN" and senses[0].translations:
                # as Ding's compounds render it in front (*Gewalt·*: "violence", not "power")
                return word, self._part_gloss(Part(stem, word, "", senses[0]), "modifier")
        return None

    def _negated(self, text: str) -> Gloss | None:
        """*un-* and an adjective Ding lacks together: *ungedruckt* "unprinted"."""
        lower = text.lower()
        if not lower.startswith("un"):
            return None
        for word in _undeclined(lower):
            rest = word.removeprefix("un")  # declined: *ungebügelte*, *gebügelt* "ironed"
            if len(rest) < MIN_PARTICIPLE:
                continue
            senses = [s for s in self.ranker.rank(rest, rest, "ADJ") if s.pos == "ADJ"]
            if senses:
                break
        else:
            return None
        gloss = self.from_senses(text, word, "ADJ", senses, "", False)
        short = tuple(
            dict.fromkeys(f"un{r}" if " " not in r else f"not {r}" for r in map(plain, gloss.short))
        )
        parts = (CompoundPart("un", "un-", "not"), CompoundPart(rest, rest, plain(gloss.short[0])))
        return replace(gloss, lemma=word, short=short, parts=parts, source="compound")

    def diminutive(self, text: str, base: str) -> Gloss:
        """*Tierchen*: das Tierchen, "little animal", from *Tier* + *-chen*."""
        senses = self.ranker.rank(base, base, "NOUN")
        rendering = plain(senses[0].translations[0]) if senses and senses[0].translations else base
        suffix = "lein" if text.rstrip("s").endswith("lein") else "chen"
        lemma = text.removesuffix("s") if text.endswith(("chens", "leins")) else text
        parts = (CompoundPart(text[: text.rfind(suffix)], base, rendering),
                 CompoundPart(suffix, f"-{suffix}", "little"))  # fmt: skip
        value = word_zipf(lemma, text, [base])
        return Gloss(text, lemma, "NOUN", "n", lemma, (f"little {rendering}",), (), parts, "",
                     "compound", value, band(value))  # fmt: skip

    def particle_verb(self, text: str, lemma: str) -> Gloss | None:
        """A particle verb Ding lacks, from its particle and verb: *dasitzen* (*dasaß*)
        "there + to sit", *entgegenheben* "towards + to lift"."""
        verb = lemma.lower()
        for particle, meaning in VERB_PARTICLES.items():
            rest = verb.removeprefix(particle)
            if rest == verb or len(rest) < MIN_TAIL or not self.dictionary.is_verb(rest):
                continue
            senses = self.ranker.rank(rest, rest, "VERB")
            if not senses:
                return None
            parts = (CompoundPart(particle, particle, meaning),
                     CompoundPart(rest, rest, bare(first_rendering(senses[0]))))  # fmt: skip
            value = word_zipf(verb, text, [rest])
            return Gloss(text, verb, "VERB", short=(joined([p.gloss for p in parts]),),
                         parts=parts, source="compound", zipf=value, band=band(value))  # fmt: skip
        return None

    def prefixed(self, gloss: Gloss, text: str, lemma: str, tail: str) -> Gloss:
        """A word made of a known word with something in front: gloss both parts."""
        start = text.lower().rfind(tail.lower())
        prefix = text[:start] if start > 0 else ""
        head = plain(gloss.short[0]) if gloss.short else tail
        suffix = ADJECTIVE_SUFFIXES.get(tail.lower()) if prefix else None
        if suffix is not None:  # *panzer·artig* "-like", not *artig* "good"
            head, gloss = suffix, replace(gloss, short=(suffix,))
        # the part as Ding cites it: *ab·gefälschter* ends in a form of *fälschen*
        cited = gloss.senses[0].headword if gloss.senses and suffix is None else tail
        parts = [CompoundPart(text[start:], cited, head)]
        first = self._prefix_part(prefix)
        if first is not None:
            parts.insert(0, first)
        short = (joined([p.gloss for p in parts]),) if len(parts) > 1 else gloss.short
        value = word_zipf(lemma, text, [p.lemma for p in parts])
        plural = prefix + gloss.plural.lower() if prefix and gloss.plural else gloss.plural
        return replace(gloss, lemma=lemma or text, short=short, parts=tuple(parts), senses=(),
                       plural=plural, zipf=value, band=band(value))  # fmt: skip

    def _prefix_part(self, prefix: str) -> CompoundPart | None:
        """What a word's unknown front says: a word of its own (*zentral*·asiatisch,
        *unter*·tariflich), else a verb's stem (*lern*·schwach "learn + weak") or a
        noun (*Gewicht*·los)."""
        fronts = [c for c in dict.fromkeys((prefix, prefix.removesuffix("s"))) if len(c) >= 3]
        tries = [(c, "ADJ") for c in fronts]  # as before: any word class, adjectives first
        tries += [(c.lower() + "en", "VERB") for c in fronts]
        tries += [(c.capitalize(), "NOUN") for c in fronts]
        for word, pos in tries:
            senses = self.ranker.rank(word, word, pos)
            if pos != "ADJ":
                senses = [s for s in senses if s.pos == pos and s.headword == word]
            if senses:
                return CompoundPart(prefix, senses[0].headword, bare(first_rendering(senses[0])))
        if prefix[:1].isupper() and prefix.isalpha() and len(prefix) >= MIN_TAIL:
            return CompoundPart(prefix, prefix, prefix)  # a name: *Telekom*·gesellschaft
        return None

    def compound(self, word: str, head: Head = "noun") -> tuple[Part, ...] | None:
        """Parts of a compound: at its hyphens (*OVKS-Bündnis*), else by the dictionary;
        a nominalised infinitive's head is its verb (*Brötchen·backen*, not *Backen*)."""
        if "-" not in word.strip("-"):
            return split_compound(word, self.dictionary, head)
        parts = []
        pieces = [p for p in word.split("-") if p]
        for number, piece in enumerate(pieces):
            senses = self._piece_senses(piece)
            # a lower-case piece is no noun compound: *-medikamentöse* is no *Medikament·öse*
            split = None if senses or piece.islower() else split_compound(piece, self.dictionary)
            if senses:
                parts.append(Part(piece, senses[0].headword, "", senses[0]))
            elif split is not None:
                parts.extend(split)
            elif number < len(pieces) - 1 and piece[:1].isupper():
                parts.append(_name_part(piece))  # OVKS-Bündnis: the name stays as it is
            else:
                return None
        return tuple(parts)

    def _opening_gloss(self, opening: str) -> str:
        """How Ding's compounds opening with a linked first part render it, when
        they clearly agree: *Bundes*… "federal" (99 of them), not *Bund* "collar"."""
        counts = self.dictionary.opening_renderings(opening).most_common(2)
        if not counts or counts[0][1] < BOUND_MIN_COMPOUNDS:
            return ""
        second = counts[1][1] if len(counts) > 1 else 0
        return counts[0][0] if counts[0][1] >= CLEAR_LEAD * second else ""

    def _unrendered_modifier(self, part: Part) -> bool:
        """Whether Ding's compounds never render the part as a word of its own in
        front: *Mahl*·grad is no "dinner" (*Mahlwerk* "grinding mechanism")."""
        uses = self.dictionary.part_renderings(part.lemma, "modifier")
        return all(n < MIN_PART_COUNT for n in uses.values())

    def _piece_senses(self, piece: str) -> list[Sense]:
        """The senses of a piece of a hyphenated word: a lower-case one an adjective's
        first (*-medikamentöse*, not *Medikament* + *Öse*); a capitalised one is a noun
        (*Linken*-Chefin: the Left, not the verb linken), an adjectival noun's
        -n dropped if need be (*Linke*, *Grüne*)."""
        if not piece[:1].isupper():
            adjective = adjective_headword(piece, self.dictionary.lookup) or piece
            senses = [s for s in self.ranker.rank(adjective, adjective, "ADJ") if s.pos == "ADJ"]
            return senses or self.ranker.rank(piece, piece, "NOUN")
        senses = self.ranker.rank(piece, piece, "NOUN")
        nouns = [s for s in senses if s.pos not in NOT_NOUNS]  # Ding's GUS has no class
        if not nouns and piece.endswith("en"):
            stem = piece[:-1]
            nouns = [s for s in self.ranker.rank(stem, stem, "NOUN") if s.pos not in NOT_NOUNS]
        return nouns

    def from_parts(
        self, text: str, lemma: str, pos: str, parts: tuple[Part, ...], initial: bool
    ) -> Gloss:
        glossed: list[CompoundPart] = []
        verbal = parts[-1].sense.matched_by == NOMINALISED_VERB  # *Nieder·gleiten*
        for number, part in enumerate(parts):
            role = "head" if number == len(parts) - 1 else "modifier"
            # a linked front, or a verb's stem: how Ding's compounds opening so render it
            # (*Bundes*… "federal"; *Wohn*… "residential", not "live")
            stem = part.sense.pos == "VERB" and not verbal
            opening = ""
            if number == 0 and (part.link or stem or self._unrendered_modifier(part)):
                opening = self._opening_gloss(part.text)
            particle = VERB_PARTICLES.get(part.text.lower(), "") if verbal else ""
            modifier = glossed[-1] if role == "head" and glossed else None
            gloss = opening or particle or self._part_gloss(part, role, modifier)
            if part.sense.pos == "VERB" or "sth." in gloss or "sb." in gloss:
                gloss = bare(gloss) or gloss  # *Miet·niveau*: "hire", not "hire sth."
            glossed.append(CompoundPart(part.text, part.lemma, gloss))
        head = parts[-1].sense
        name = pos == "PROPN"  # *Nordzypern*, *Wolfgang*: glossed, but no hard word
        prefix = lemma[: len(lemma) - len(parts[-1].text)]
        gender, plural = head.gender, ""
        if head.plural and not name:
            plural = prefix + (head.plural if prefix.endswith("-") else head.plural.lower())
        singular = self._singular_of(parts[-1].text) if gender == "pl" and not name else None
        if singular is not None:  # *Klein·krebse*, a plural, is *der Kleinkrebs*
            noun, gender = singular
            plural, lemma = lemma, prefix + (noun if prefix.endswith("-") else noun.lower())
        value = word_zipf(lemma, text, [p.lemma for p in parts])
        short = (joined([p.gloss for p in glossed]),)
        return Gloss(text, lemma, pos, gender, plural, short, (), tuple(glossed), "",
                     "compound", value, band(value), name)  # fmt: skip

    def _adjectival(self, noun: str) -> bool:
        """An adjective's noun, a stranger in either gender: *Betriebs·fremde*."""
        return self.dictionary.is_adjective(noun.lower().removesuffix("e"))

    def _singular_of(self, plural: str) -> tuple[str, str] | None:
        """(singular, gender) of a noun the German Wiktionary spells so in the
        plural: Ding's plural entry *Krebse* {pl} is the plural of *der Krebs*."""
        singulars = [(h, g) for h, g in self.dictionary.wiktionary_nouns(plural) if h != plural]
        return singulars[0] if len(singulars) == 1 else None

    def _fields(self, modifier: CompoundPart) -> frozenset[str]:
        """The fields of the modifier's senses its rendering is of, which its head
        is read in: *Tomate* [bot.] [cook.] "tomato" makes *Scheiben* "slices"."""
        rendered = modifier.gloss.lower()
        return frozenset(
            label
            for s in self.dictionary.lookup(modifier.lemma)
            if s.headword == modifier.lemma
            and any(plain(t).lower() == rendered for t in s.translations)
            for label in s.labels
            if label not in REGISTER_LABELS
        )

    def _plural_headword(self, plural: str) -> Sense | None:
        """Ding's entry for a plural that heads compounds of its own (*Daten*)."""
        if not self.ranker.plural_of_compounds(plural):
            return None
        return next(
            (
                s
                for s in self.dictionary.lookup(plural)
                if s.headword == plural and s.gender == "pl"
            ),
            None,
        )

    def _part_gloss(self, part: Part, role: str, modifier: CompoundPart | None = None) -> str:
        """A part's rendering: among its senses that fit the text, the one Ding uses
        most in compounds (*Netz* as a head: "network", not "net"); a head's sense
        in its modifier's field, when the text's field has none (*Apfel·scheibe*
        "apple + slice", not "disk")."""
        if part.sense.matched_by == "name":
            return part.text  # *Linken*-Chefin: a name stays itself, no verb linken
        if part.sense.matched_by == NOMINALISED_VERB:  # Bomben·*legen*: "laying"
            verbs = self.ranker.rank(part.lemma, part.lemma, "VERB")
            return gerund(first_rendering(verbs[0] if verbs else part.sense))
        if role == "head" and part.text != part.lemma:
            plural = self._plural_headword(part.text)
            if plural is not None:  # *…daten*: Ding's *Daten* {pl} "data", not *Datum*
                return plain(first_rendering(plural))
        senses = self.ranker.rank(part.lemma, part.lemma, part.sense.pos, compound_use=False)
        if role == "head" and not self._adjectival(part.lemma):
            senses = _of_gender(senses, part.sense)
        # a sense in the text's field decides alone (*Militär·einsatz*: "operation",
        # though Ding's compounds use "insert" more)
        in_field = bool(senses) and self.ranker.in_field(senses[0])
        used = self.dictionary.part_renderings(part.lemma, role)
        if modifier is not None and not in_field:
            shared = _field_rendering(senses, self._fields(modifier), used)
            if shared:
                return shared
        fitting = [plain(t) for s in senses[: 1 if in_field else 3] for t in s.translations]
        # how often a reader meets each rendering; a bound modifier's compounds
        # are few and specialised, so each counts once (*Einzel*: "individual")
        bound = part.sense.matched_by == "bound modifier"
        reach = self.dictionary.part_reach(part.lemma, role)
        counts = {
            rendering: float(n) if bound else reach[rendering]
            for rendering, n in used.items()
            if n >= MIN_PART_COUNT  # one compound is no pattern (Flanke: "cross" once)
        }
        counted = [r for r in fitting if r.lower() in counts]
        if counted:
            # a name only by its capital (*Krebs* "Cancer", the sign) after the noun
            best = max(counted, key=lambda r: (counts[r.lower()], r == r.lower()))
            return self._compound_sense(senses, counts, counts[best.lower()]) or best
        technical = {  # a rendering from a field the text is not in (Flanke: "edge", electr.)
            plain(t).lower()
            for s in senses
            if self.ranker.from_another_field(s)
            for t in s.translations
        }
        counts = {r: n for r, n in counts.items() if r not in technical}
        if counts:  # Ding's compounds agree on a rendering its top senses do not list
            return max(counts, key=lambda r: counts[r])
        if role == "modifier" and senses:
            # in front of a noun the most common rendering reads best: *Taubheit*
            # "deafness", not "surdity"; *Silbernitrat* "silver nitrate", not "lunar caustic"
            return max((plain(t) for t in senses[0].translations), key=english_zipf)
        everyday = [r for r in fitting if r.lower() not in technical]  # Südflanke: not "cross"
        return (everyday or fitting or [first_rendering(part.sense)])[0]

    @staticmethod
    def _compound_sense(senses: list[Sense], counts: dict[str, float], own_best: float) -> str:
        """A rendering none of the part's senses has, which Ding's compounds use
        twice as much as its own best (*Fach*·blick: "specialist", not "subject")."""
        own = {plain(t).lower() for s in senses for t in s.translations}
        others = {r: n for r, n in counts.items() if r not in own}
        if not others:
            return ""
        leader = max(others, key=lambda r: others[r])
        return leader if others[leader] >= CLEAR_LEAD * own_best else ""


def _field_rendering(senses: list[Sense], fields: frozenset[str], used: dict[str, int]) -> str:
    """The first rendering of a sense in one of ``fields`` that Ding's compounds use
    (*Musik·haus* is no [mus.] "volta bracket"); "" if none."""
    for sense in senses:
        if set(sense.labels) & fields and sense.translations:
            rendering = plain(sense.translations[0])
            if used.get(rendering.lower(), 0) >= MIN_PART_COUNT:
                return rendering
    return ""


def _feminine(text: str) -> tuple[str, str] | None:
    """A feminine noun in -in (or -innen) as its singular and its masculine base:
    *Partnerinnen* → (*Partnerin*, *Partner*); None for any other word."""
    singular = text.removesuffix("nen") if text.endswith("innen") else text
    base = singular.removesuffix("in")
    if base == singular or len(base) < MIN_TAIL or not base[:1].isupper():
        return None
    return singular, base


def _without_zu(infinitive: str, is_verb: Callable[[str], bool]) -> str:
    """The verb of a gerundive's infinitive: *anzusehen* → *ansehen*."""
    for index in range(2, len(infinitive) - 4):
        if infinitive.startswith("zu", index):
            verb = infinitive[:index] + infinitive[index + 2 :]
            if is_verb(verb):
                return verb
    return ""


def _name_part(piece: str) -> Part:
    """A compound part that is a name or acronym (*OVKS*): glossed as itself."""
    return Part(piece, piece, "", Sense(piece, "PROPN", "", "", (), "", (piece,), "name"))


def _of_gender(senses: list[Sense], head: Sense) -> list[Sense]:
    """A head noun's senses of the gender the compound takes from it: *der Ober·see*
    is a lake (*der See*), not the sea (*die See*)."""
    genders = {s.gender for s in senses if s.headword == head.headword and s.pos == "NOUN"}
    if head.gender not in ("m", "f", "n") or len(genders - {"pl"}) < 2:
        return senses
    return [s for s in senses if s.headword != head.headword or s.gender == head.gender]


def compound_gender(noun: str, gender: str, dictionary: Dictionary) -> str:
    """A compound's gender is its head's: where Ding gives a compound the German
    Wiktionary lacks another gender than Wiktionary gives its head, Ding slipped
    (*Volksmedizin* {m}, *Schiffskapitän* {n}, *Möhrenkuchen* {n}).

    Left as Ding has it: a word Wiktionary knows, one whose ending decides its
    gender and has one it gives (*-schaft* f, a nominalised *-ende*, *-in* f), a
    nominalised verb or adjective, a head written other than its headword (a
    plural) or under four letters, a head with two genders, and a word another
    split of which ends in a noun of Ding's gender (*Fremdenverkehrs·amt* is not
    *…·samt*)."""
    if gender not in ("m", "f", "n") or dictionary.wiktionary_genders(noun):
        return gender
    lower = noun.lower()
    if dictionary.is_verb(lower) or any(
        lower.endswith(ending) and gender in genders for ending, genders in GENDERED_ENDINGS.items()
    ):
        return gender
    if lower.endswith("e") and dictionary.is_adjective(lower[:-1]):
        return gender  # *der Erlernte*
    if gender == "n" and _diminutive(noun, dictionary):
        return gender
    parts = split_listed(noun, dictionary)
    if parts is None or parts[-1].text != parts[-1].lemma or len(parts[-1].lemma) < MIN_HEAD:
        return gender
    if gender == "n" and dictionary.is_verb(parts[-1].lemma.lower()):
        return gender  # a nominalised verb: *das Tabak·schnupfen*, not *der Schnupfen*
    heads = dictionary.wiktionary_genders(parts[-1].lemma)
    if len(heads) != 1 or gender in heads or _ends_in_noun_of(noun, gender, dictionary):
        return gender
    return next(iter(heads))


def _ends_in_noun_of(word: str, gender: str, dictionary: Dictionary) -> bool:
    """Whether some split of the word ends in a noun Ding gives this gender."""
    return any(
        sense.pos == "NOUN" and sense.gender == gender
        for head in possible_heads(word, dictionary)
        for sense in dictionary.lookup(head.lemma)
    )


def _diminutive(noun: str, dictionary: Dictionary) -> bool:
    """*Kindlein*, *Hündchen*: a noun, or a compound, before *-chen* or *-lein*."""
    for ending in _DIMINUTIVES:
        stem = noun.removesuffix(ending)
        if stem != noun and len(stem) >= MIN_TAIL:
            back = stem.translate(UMLAUT_BACK)
            for base in dict.fromkeys((stem, back, back + "e")):  # *Äug·lein*: *Auge*
                if dictionary.noun(base) or split_compound(base, dictionary):
                    return True
    return False


_DECLINED_ENDINGS = ("e", "en", "er", "es", "em")


def _undeclined(word: str) -> tuple[str, ...]:
    """The word as written, then without each adjective ending: *ungebügelte* →
    *ungebügelte*, *ungebügelt*, …"""
    return (word, *(word.removesuffix(e) for e in _DECLINED_ENDINGS))
