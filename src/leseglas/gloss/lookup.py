"""``lookup``: the one way to get a word's meaning (dictionary, compound parts, online).

A gloss is built from the word's senses, ranked for the text at hand by
``gloss.senses``; when the dictionary lacks the whole word, from its parts
(``gloss.formation``) or from spelling, loanword and place fallbacks; and, if
asked for, online.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from leseglas.gloss.dictionary import Dictionary
from leseglas.gloss.ding import FORMULA, REGISTER_LABELS
from leseglas.gloss.fallback import (
    UMLAUT_BACK,
)
from leseglas.gloss.finding import RESPELT, Ask, find, of_place
from leseglas.gloss.formation import WordFormation, compound_gender
from leseglas.gloss.model import Gloss
from leseglas.gloss.online import OnlineTranslator
from leseglas.gloss.ranking import (
    complement,
    english_zipf,
    note_words,
)
from leseglas.gloss.render import (
    SHORT_GLOSS,
    as_object,
    bare,
    first_rendering,
    gerund,
    in_degree,
    plain,
    same_class,
    short_gloss,
)
from leseglas.gloss.senses import Clause, SenseRanker, principal_participle, takes_infinitive
from leseglas.lang.clauses import AFTER_NUMBER, DIRECT_ZU, NUMBER_SLOT, preposition
from leseglas.lang.compounds import is_compound
from leseglas.lang.context import polite_lemma
from leseglas.lang.difficulty import band, idiom_zipf, word_zipf, zipf
from leseglas.lang.gender import (
    ARTICLE_GENDERS,
    adjectival_noun_gender,
    guess_gender,
    loanword_gender,
    plausible_plural,
)
from leseglas.lang.lemmas import MIN_TAIL, adjective_headword
from leseglas.lang.model import Sense, WordAnalysis, required
from leseglas.lang.names import unknown_town
from leseglas.lang.words import EXISTENTIAL_SUBJECT

# Ding's *der* is "that; who; which" (the pronoun); an article means "the".
_ARTICLES = {"der": ("the",), "ein": ("a", "an")}
# An adjective compound's parts: a common word in front (*früh*), an adjective of some
# length after it (*mittelalterlich*), not a chance ending (*ger·manisch*, *his·panisch*).
MIN_PART = 4
COMMON_PART = 3.5  # Zipf
MIN_ADJECTIVE_HEAD = 6


@dataclass(eq=False)
class Glosser:
    """Looks words up for one document (its domain labels steer sense choice)."""

    dictionary: Dictionary = field(default_factory=Dictionary)
    domain: frozenset[str] = frozenset()
    online: OnlineTranslator | None = None  # asked only for words nothing offline glosses
    ranker: SenseRanker = field(init=False)
    formation: WordFormation = field(init=False)

    def __post_init__(self) -> None:
        self.ranker = SenseRanker(self.dictionary, self.domain)
        self.formation = WordFormation(self.dictionary, self.ranker, self.from_senses, self.domain)

    def lookup(self, word: WordAnalysis, sentence_initial: bool = False) -> Gloss:
        if word.tag == "ART" and word.lemma in _ARTICLES:
            return Gloss(word.text, word.lemma, word.pos, short=_ARTICLES[word.lemma],
                         source="rule", zipf=7.0, band="A1")  # fmt: skip
        particle = word.particle if word.partner is not None else ""
        article = word.article if ARTICLE_GENDERS.get(word.article) else ""
        nominalised = word.tag if word.tag in ("NNA", "NNI") else ""
        clause = (word.reflexive, word.prepositions)
        if (
            word.prepositions
            and word.pos == "NOUN"
            and not self._complemented(word.lemma, word.prepositions)
        ):  # most nouns: one cached gloss whatever follows them, or a number before
            clause = (False, (AFTER_NUMBER,) if AFTER_NUMBER in word.prepositions else ())
        gloss = self._lookup(
            word.text, word.lemma, word.pos, particle, sentence_initial, article, nominalised,
            clause,
        )  # fmt: skip
        if word.adverbial:
            gloss = _as_adverb(gloss)
        if word.gerundive:
            gloss = self._as_gerundive(gloss, word.lemma)  # *zu erwartende* "to be expected"
        if word.degree:
            gloss = self._in_degree(gloss, word)  # *ältere* "older", *am besten* "best"
        if word.lemma in _POLITE and word.tag in _PRONOUN_TAGS:
            gloss = self._polite(gloss, word)  # *Nehmen Sie …* "you", *an Ihren Arzt* "your"
        elif word.number:
            gloss = _by_number(gloss, word)  # *Sie kam* "she", *sie kamen* "they"
        if word.auxiliary:
            gloss = _by_use(gloss, word)  # *wird kommen* "will", *wurde krank* "to become"
        if word.question:
            gloss = _as_interrogative(gloss)  # *Wie funktioniert das?* "how", not "as"
        if word.governor is not None:
            gloss = self._as_object(gloss, word)  # *weist darauf hin* "to it"
        if sentence_initial and word.tag in _PRONOUN_TAGS and word.number != "Sg":
            gloss = self._perhaps_polite(gloss, word)  # *Sie können …*: they or you
        if word.title and word.lemma in _TITLES:
            gloss = _as_title(gloss, _TITLES[word.lemma])  # *Herr Winter*: "Mr", not "lord"
        if word.name_part:
            gloss = _as_name_part(gloss)  # *Helmut Kohl* is no cabbage
        if word.phrase:
            gloss = self._in_phrase(gloss, word.phrase, word.prepositions)
        if DIRECT_ZU in word.prepositions:
            gloss = _used_with_infinitive(gloss)  # *pflegte zu sagen* "to be wont to"
        return _noted(gloss, word.clause_nouns, word.prepositions) if word.clause_nouns else gloss

    def _as_gerundive(self, gloss: Gloss, participle: str) -> Gloss:
        """A present participle after *zu* reads as what is to be done, by the past
        participle's English: *die zu erwartenden Einnahmen* "to be expected" (not
        *erwartend* "waiting for"), *der zu zahlende Betrag* "to be paid"."""
        verb = participle.removesuffix("d")
        done = self._past_participle(verb)
        if not done:
            return gloss
        adjective = self.find(done, done, "ADJ", "", False)
        renderings = [
            first_rendering(s)
            for s in adjective.senses
            if s.pos == "ADJ" and not first_rendering(s).startswith(("to ", "been "))
        ]
        # in the order of the verb's leading senses, by the participle that spells
        # each (*zu zahlende* "to be paid"); one spelt otherwise (*find*: "found")
        # by the participles' own order
        led: list[str] = []
        for sense in self.ranker.rank(verb, verb, "VERB")[:LEADING_VERB_SENSES]:
            words = bare(first_rendering(sense)).split()
            stem = words[0][:4] if sense.pos == "VERB" and words else ""
            spelt = [r for r in renderings if stem and r.startswith(stem)]
            led += spelt or [r for r in renderings if r not in led][:1]
        ordered = list(dict.fromkeys([*led, *renderings]))[:SHORT_GLOSS]
        if not ordered:
            return gloss
        short = tuple(f"to be {r}" for r in ordered)
        return replace(gloss, short=short, rules=(*gloss.rules, GERUNDIVE_RULE))

    def _past_participle(self, verb: str) -> str:
        """The verb's past participle, from Ding's principal parts: *erwartet*."""
        for sense in self.dictionary.lookup(verb):
            if sense.pos == "VERB" and sense.headword == verb and sense.principal:
                return principal_participle(sense)
        return ""

    def _in_degree(self, gloss: Gloss, word: WordAnalysis) -> Gloss:
        """An adjective in a degree of its lemma, glossed from the lemma's senses, reads
        in that degree: *ältere* "older", *die größte* "biggest", *wichtiger als* "more
        important".  A degree Ding has an entry for keeps it (*weitere* "further")."""
        top = gloss.senses[0] if gloss.senses else None
        if top is None or top.headword.lower() != word.lemma.lower():
            return gloss
        if top.pos not in ("ADJ", "ADV"):
            return gloss  # an adverb's too: *werden moderner gestaltet* "more modernly"
        degree = word.degree
        compared = [
            in_degree(r, degree, self.dictionary.english_degree(r, degree)) for r in gloss.short
        ]
        if compared[0] is None:
            return gloss
        # after the first, only English's own forms: *ältesten* "oldest", not also
        # "most usual" (*alt* "usual" has no degrees worth a gloss)
        own = (c for c in compared[1:] if c is not None and not c.startswith(("more ", "most ")))
        short = tuple(dict.fromkeys((compared[0], *own)))
        return replace(gloss, short=short, rules=(*gloss.rules, DEGREE_RULE))

    def _as_object(self, gloss: Gloss, word: WordAnalysis) -> Gloss:
        """A pronominal adverb that stands for the prepositional object of its clause's
        verb, as the verb's sense has it (``lang.clauses.mark_pronominal_objects``),
        reads as that object in the verb's English: *weist darauf hin* (*auf etw.
        hinweisen* "to point to sth.") "to it", *wartet darauf* "for it".  Any other
        keeps its own senses: *kurz darauf* "after that"."""
        assert word.governor is not None
        verb = self.lookup(word.governor).senses
        if not verb:
            return gloss
        taken = preposition(word)
        interrogative = word.tag == "PWAV"  # *worauf*, *wofür*: "for what", "for which"
        renderings = as_object(
            verb[0], taken, ("what", "which") if interrogative else ("it", "that")
        )
        if not renderings:
            return gloss
        usage = verb[0].usage or _with_object(verb[0].headword, taken)
        noted = (f"{renderings[0]} ({usage})", *renderings[1:])  # the panel shows the verb
        sense = Sense(word.lemma, word.pos, "", "", (), usage, noted, "inflection")
        return replace(gloss, senses=(sense, *gloss.senses), short=renderings,
                       rules=(*gloss.rules, OBJECT_RULE))  # fmt: skip

    def _headword_senses(self, word: WordAnalysis, headword: str) -> list[Sense]:
        """The word's senses under exactly this headword (*Sie*, not *sie*), ranked."""
        return [
            s for s in self.ranker.rank(word.text, headword, word.pos) if s.headword == headword
        ]

    def _polite(self, gloss: Gloss, word: WordAnalysis) -> Gloss:
        """Only the senses of the capitalised headword: *Ihren* "your", not *ihr* "her"."""
        senses = self._headword_senses(word, word.lemma)
        if not senses or senses == list(gloss.senses):
            return gloss
        return replace(gloss, lemma=word.lemma, senses=tuple(senses), short=short_gloss(senses),
                       rules=(*gloss.rules, POLITE_RULE))  # fmt: skip

    def _perhaps_polite(self, gloss: Gloss, word: WordAnalysis) -> Gloss:
        """A sentence's first word is capitalised anyway: *Sie*, *Ihnen*, *Ihr…* there
        may be the polite address too, whose "you" or "your" ends the short gloss."""
        polite = polite_lemma(word.text, word.tag)
        if polite is None:
            return gloss
        senses = self._headword_senses(word, polite)
        if not senses or not gloss.short:
            return gloss
        rendering = short_gloss(senses)[0]
        if rendering in gloss.short:
            return gloss
        short = (*gloss.short[: SHORT_GLOSS - 1], rendering)
        return replace(gloss, senses=(*gloss.senses, *senses), short=short,
                       rules=(*gloss.rules, POLITE_RULE))  # fmt: skip

    def _in_phrase(self, gloss: Gloss, phrase: str, taken: tuple[str, ...] = ()) -> Gloss:
        """A word of a listed phrase means the phrase (*Nahen Osten* "Middle East",
        *zu Fuß* "on foot"); the noun keeps its own gender where Ding gives none.
        ``taken``: what the word's clause gives it, a number after it (*mehr als 5*
        "in excess of"), or the preposition a state idiom takes (*ist dafür
        verantwortlich* "to be responsible for")."""
        # a name-like phrase is a noun (*Naher Osten*); an idiom's senses are tagged an
        # adverb or not at all (*ab und zu* "every now and then"), so neither is wanted
        wanted = "NOUN" if phrase[:1].isupper() else ""
        # prepositions and a number, not the object slots: Ding pairs "jdm. zur
        # Verfügung stehen" with "etw. zur Verfügung haben"'s "to have at your disposal"
        clause = (False, tuple(t for t in taken if t.isalpha() or t == NUMBER_SLOT))
        whole = self._lookup(phrase, phrase, wanted, "", False, "", "", clause)
        if not whole.short or self._specialist_synonym(whole) or self._word_in_field(gloss, whole):
            return gloss
        # Ding tags neither *Vereinten Nationen* nor *im Voraus*
        kind = (whole.senses[0].pos if whole.senses else "") or wanted or "ADV"
        if kind == FORMULA:  # *Vielen Dank!*: no noun's gender, whichever word is tapped
            short = tuple({r.rstrip("!").lower(): r.rstrip("!") for r in whole.short}.values())
            return replace(gloss, lemma=whole.lemma, pos="INTJ", short=short,
                           senses=whole.senses, parts=(), gender="", plural="",
                           source=whole.source, zipf=whole.zipf, band=whole.band)  # fmt: skip
        gender = whole.gender or (gloss.gender if gloss.pos == "NOUN" else "")
        plural = gloss.plural if kind == "NOUN" else ""  # *zu Fuß* has no plural
        # an idiom is harder than its words; the existential *es gibt* is no idiom
        idiom = kind == "VERB" and not phrase.startswith(EXISTENTIAL_SUBJECT)
        value = idiom_zipf(whole.zipf) if idiom else whole.zipf
        # one card for the phrase, whichever of its words is tapped
        return replace(gloss, lemma=whole.lemma, pos=kind, short=whole.short,
                       senses=whole.senses, parts=(), gender=gender, plural=plural,
                       source=whole.source, zipf=value, band=band(value))  # fmt: skip

    def _specialist_synonym(self, whole: Gloss) -> bool:
        """Whether a phrase is only a specialist's other way to say a word, from a field
        the text is not in: *im Boden* is "underfloor" ("Unterflur …; unter
        Bodenniveau; im Boden" [constr.]) only to a builder."""
        senses = _own_senses(whole)
        return bool(senses) and all(s.synonym and self.ranker.from_another_field(s) for s in senses)

    def _word_in_field(self, gloss: Gloss, whole: Gloss) -> bool:
        """Whether the word alone has a sense of the text's field, and the phrase only
        senses of other fields: a match report's *zur Halbzeit* is Ding's [sport]
        *Halbzeit* "half-time", not its [pol.] *zur Halbzeit* "midterm"."""
        phrase = _own_senses(whole)
        fields = [set(s.labels) - REGISTER_LABELS for s in phrase]
        if not phrase or not all(fields) or any(f & self.ranker.domain for f in fields):
            return False
        return bool(gloss.senses) and self.ranker.in_field(gloss.senses[0])

    @lru_cache(maxsize=100_000)  # noqa: B019
    def _complemented(self, lemma: str, prepositions: tuple[str, ...]) -> bool:
        """Whether a noun has a sense Ding notes with one of these prepositions."""
        wanted = set(prepositions)
        return bool(wanted) and any(complement(s) & wanted for s in self.dictionary.lookup(lemma))

    @lru_cache(maxsize=200_000)  # noqa: B019 - a Glosser lives as long as its document
    def _lookup(
        self,
        text: str,
        lemma: str,
        pos: str,
        particle: str,
        initial: bool,
        article: str = "",
        nominalised: str = "",
        clause: Clause = (False, ()),
    ) -> Gloss:
        people = bool(article) and pos == "NOUN"  # *die Hoffenheimer*, *ein Gladbacher*
        place = unknown_town(text, self.dictionary.lookup) if people else None
        if place is not None:
            return of_place(text, text, pos, place)
        gloss = self.find(text, lemma, pos, particle, initial, clause, nominalised == "NNI")
        if nominalised == "NNI":  # das Warten, das Anrempeln
            verb = bool(gloss.senses) and gloss.senses[0].pos == "VERB"  # no noun entry
            short = tuple(dict.fromkeys(gerund(r) for r in gloss.short)) if verb else ()
            if short and all(short):  # "staying", not "to stay"
                return replace(gloss, gender="n", short=short)
            return replace(gloss, gender="n")
        if nominalised == "NNA":  # der Vorsitzende, eine Angestellte
            gender = adjectival_noun_gender(text, article)
            # Ding has no noun for it, or only another word's (*die Jüngeren* read
            # as a misspelt *Jünger* "disciple"): its adjective says it
            # nor a compound split where Ding knows the adjective whole: *ein
            # Todkranker* is *todkrank* "terminally ill", not "death + sick person"
            whole = (
                bool(gloss.parts) and adjective_headword(lemma, self.dictionary.lookup) is not None
            )
            built = gloss.source == "compound"  # *Radfahr·ende* "cycle + end"
            if not gloss.short or _no_noun(gloss) or RESPELT in gloss.rules or whole or built:
                gloss = self._as_agent(gloss, lemma) or (
                    gloss if built and not whole else self._as_adjective(gloss, lemma, clause)
                )
            return self._adjectival_person(
                gloss, gender, article in ("eine", "einer"), a_man=bool(article)
            )
        allowed = _article_genders(article, text, gloss.senses)
        # Ding's noun entries with a gender (*Betriebsgewinn* has none: guessed, m)
        nouns = any(s.pos == "NOUN" and s.gender for s in gloss.senses)
        # a name's article is the name's: *des THW Kiel* is the town, no quill
        named = pos == "PROPN" and bool(gloss.senses) and gloss.senses[0].pos != "NOUN"
        if allowed and nouns and not named:
            return _fit_article(gloss, allowed)
        if nouns or gloss.gender not in ("", "pl") or pos not in ("NOUN", "PROPN", "X"):
            return gloss
        listed = None if gloss.senses else self._as_listed(gloss, text, pos, allowed)
        if listed is not None:
            return listed
        named = pos in ("PROPN", "X") and bool(allowed)  # *das Hostel*, *dem High Court*
        # a noun Ding has no noun entry for: *eine Handvoll* (Ding: *handvoll* {adj})
        if pos == "NOUN" or named:
            guessed = self._guess_gender(gloss, text, allowed)
            if guessed:
                return replace(gloss, gender=guessed, gender_guessed=True)
        return gloss

    def _as_agent(self, gloss: Gloss, lemma: str) -> Gloss | None:
        """A present participle as a noun, which Ding has as no noun, said as its
        verb's agent noun: *die Forschenden* (*forschend* "questioning") are
        *Forscher* "researcher", *Mitarbeitende* *Mitarbeiter*, *Radfahrende*
        *Radfahrer*: the form German uses for both sexes of them."""
        infinitive = lemma.removesuffix("de").lower()
        if not lemma.endswith("nde") or not self.dictionary.is_verb(infinitive):
            return None
        stem = lemma[: len(infinitive)]  # as written: *Mitarbeiten*
        agents = (stem[:-2] + "er", stem[:-1] + "er", stem[:-3] + "ler")  # forsch·er, wander·er
        agent = next((a for a in agents if self.dictionary.noun(a) is not None), None)
        if agent is None:
            return None
        senses = [s for s in self.ranker.rank(agent, agent, "NOUN") if s.pos == "NOUN"]
        found = self.from_senses(gloss.text, lemma, "NOUN", senses, "", False)
        return replace(found, rules=(*found.rules, AGENT_RULE))

    def _as_adjective(self, gloss: Gloss, lemma: str, clause: Clause) -> Gloss:
        """A nominalised adjective glossed as the adjective it is written as: *die
        Progressivsten* "progressive", *die Perspektivlosen* "without vista"; only
        the adjective's senses (*jünger* is no *Jünger* "disciple").  Where Ding
        has the word as written as neither adjective nor noun, its plain form says
        it: *die Verzagten* is *verzagt* "disheartened", not *verzagte* "despond"; and
        so it is where the form as written was only built from parts: Schuberts
        *Unvollendete* is *unvollendet* "unfinished"."""
        adjective = self.find(gloss.text.lower(), lemma.lower(), "ADJ", "", False, clause)
        plain_form = adjective_headword(lemma, self.dictionary.lookup)
        nominal = any(s.pos in ("ADJ", "NOUN") for s in adjective.senses)
        made = adjective.source == "compound"  # built from parts: *un·vollendet* "perfect"
        if plain_form and (not nominal or made):
            adjective = self.find(gloss.text.lower(), plain_form, "ADJ", "", False, clause)
        if not adjective.short:
            return gloss
        senses = tuple(s for s in adjective.senses if s.pos != "NOUN") or adjective.senses
        return replace(adjective, text=gloss.text, pos=gloss.pos, lemma=lemma, senses=senses)

    def _adjectival_person(
        self, gloss: Gloss, gender: str, a_woman: bool = False, a_man: bool = False
    ) -> Gloss:
        """A nominalised adjective's senses for its gender first: *der Fremde* is
        Ding's *Fremder* "stranger", not *das Fremde* "the strange"; *eine Fremde*
        is a stranger too, not *die Fremde* "exile"; *ihren Geliebten* (``a_man``: an
        article says one man) is Ding's *Geliebter*.  When Ding has only slang for
        it (*der Alte* "the top dog"), the adjective says it: "old man"."""
        person = _PERSON.get(gender)
        if person is None or not gloss.senses:
            return replace(gloss, gender=gender)
        nouns = [s for s in gloss.senses if s.pos == "NOUN"]
        if a_man and gender == "m" and not any(s.gender == "m" for s in nouns):
            nouns = self._masculine_citation(gloss.lemma) + nouns
        fitting = [s for s in nouns if s.gender == gender] + [s for s in nouns if not s.gender]
        if a_woman:  # Ding cites the person in the masculine: *Fremder* "stranger"
            fitting = [s for s in nouns if s.headword == gloss.lemma + "r"] + fitting
        senses = fitting + [s for s in gloss.senses if s not in fitting]
        # no noun of its gender: the short gloss stays, which may be built, not Ding's
        # senses' (*die Ungeimpften* "unvaccinated", from *geimpft* "vaccinated")
        short = short_gloss(same_class(senses)) if fitting else gloss.short
        if fitting and all(set(s.labels) & _SLANG for s in fitting):
            stem = gloss.lemma.lower().removesuffix("e")  # *Alte* → *alt*
            adjective = self.ranker.rank(stem, stem, "ADJ")
            if adjective and adjective[0].pos == "ADJ":
                short = (f"{plain(first_rendering(adjective[0]))} {person}", *short)[:SHORT_GLOSS]
        return replace(gloss, gender=gender, senses=tuple(senses), short=short)

    def _masculine_citation(self, lemma: str) -> list[Sense]:
        """The man's own line, which Ding cites in *-er* apart from the woman's: *ihren
        Geliebten* is *Geliebter* "sb.'s lover", not *Geliebte* "mistress"; *ihren
        Verlobten* is *Verlobter* "fiancé"."""
        cited = lemma + "r"
        return [
            s
            for s in self.dictionary.lookup(cited)
            if s.pos == "NOUN" and s.gender == "m" and s.headword == cited
        ]

    def _as_listed(
        self, gloss: Gloss, text: str, pos: str, allowed: frozenset[str]
    ) -> Gloss | None:
        """A noun Ding lacks that Wiktionary lists (*die Megalithen*, *dem High Court*)
        takes its gender; as a common noun, its lemma too, and it is vocabulary, not a
        name.  A name only with an article or in the plural, which no name has
        (*Textilien*); the caller leaves out a place Ding knows (*Bremen* is no plural
        of *die Breme*)."""
        listed = self._wiktionary_noun(
            text, gloss.lemma, allowed, plural=pos != "NOUN" and not allowed
        )
        if listed is None:
            return None
        headword, gender = listed
        if pos != "NOUN":
            return replace(gloss, gender=gender)
        return replace(gloss, lemma=headword, gender=gender, proper=False)

    def _wiktionary_noun(
        self, text: str, lemma: str, allowed: frozenset[str], plural: bool = False
    ) -> tuple[str, str] | None:
        """The noun and gender the German Wiktionary gives a form, as its singular or
        plural, where only one fits the article: *der Court*; *die Megalithen* is
        *der Megalith*, the article a plural's.  ``plural``: only a plural's."""
        for form in dict.fromkeys((text, lemma)):
            nouns = [
                (headword, gender)
                for headword, gender in self.dictionary.wiktionary_nouns(form)
                if (headword != form or not plural) and _fits(gender, headword != form, allowed)
            ]
            if nouns:
                return nouns[0] if len({g for _, g in nouns}) == 1 else None
        return None

    def _guess_gender(self, gloss: Gloss, text: str, allowed: frozenset[str]) -> str:
        """An unknown noun's gender: an English loan's from its ending or its German
        equivalent (``loanword_gender``), a German one's from the German Wiktionary
        (*der Falke*, though most nouns in *-e* are feminine) or else its ending (the
        text's form first: HanTa cuts unknown words' lemmas, *Simkarte* → *Simkart*)."""
        if gloss.source == "loanword":
            equivalents = self.dictionary.equivalent_genders(gloss.lemma)
            return loanword_gender(gloss.lemma, equivalents, allowed)
        for form in dict.fromkeys((gloss.lemma, text)):  # the German Wiktionary's
            listed = self.dictionary.wiktionary_genders(form)
            fitting = listed & allowed if allowed and "pl" not in allowed else listed
            if len(fitting) == 1:
                return next(iter(fitting))
        for form in dict.fromkeys((text, gloss.lemma)):
            guessed = guess_gender(form, self.dictionary.lookup, allowed)
            if guessed:
                return guessed
        return ""

    def find(
        self,
        text: str,
        lemma: str,
        pos: str,
        particle: str,
        initial: bool,
        clause: Clause = (False, ()),
        infinitive: bool = False,
    ) -> Gloss:
        """The word's gloss from the finding rules (``gloss.finding``), in order."""
        return find(Ask(self, text, lemma, pos, particle, initial, clause, infinitive))

    def participle_adjective(self, text: str, lemma: str) -> bool:
        """An adjective that is a participle as written, whose lemma is its verb (as
        treebanks cite participles): it is glossed as the adjective Ding lists."""
        form = text.lower()
        return (
            form != lemma and self.dictionary.is_verb(lemma) and self.dictionary.is_adjective(form)
        )

    def from_senses(
        self, text: str, lemma: str, pos: str, senses: list[Sense], separable: str, initial: bool
    ) -> Gloss:
        top = senses[0]
        # Ding's "wir {pl}" is no noun, nor a verb's own nominalisation (*zu entrichten*,
        # which Ding has only as *das Entrichten*): no gender
        noun = top.pos == "NOUN" and top.headword[:1].isupper() and pos != "VERB"
        # a plural as written says the gender too: *Bands* is *die Band*, not *das Band*
        gender = _gender(top, senses, self._plural_genders(text, top.headword)) if noun else ""
        named = first_rendering(top).removeprefix("the ")[:1].isupper()  # not *Dorf* "village"
        if (
            noun
            and not named
            and len({s.gender for s in senses if s.headword == top.headword}) == 1
        ):
            gender = compound_gender(top.headword, gender, self.dictionary)
        plural = self._plural(top.headword, gender, senses, text) if pos != "PROPN" else ""
        if gender == "pl" and pos == "NOUN" and lemma != top.headword:
            # a plural entry whose singular the analysis chose (*Kampfflugzeuge*)
            gender, plural = self._singular_gender(lemma, top.headword) or gender, top.headword
        elif gender == "pl" and pos == "NOUN" and (same := self._same_form_singular(top.headword)):
            gender, plural = same, top.headword  # *Hamster* {pl} is also *der Hamster*
        geographic = all("geogr." in s.labels for s in senses if s.headword == top.headword)
        proper = pos == "PROPN" or (geographic and named and top.headword[:1].isupper())
        # an adjective of a name: russisch "Russian", christlich "Christian" (no hard word)
        proper = proper or (top.pos == "ADJ" and _of_a_name(top) and not self._plain_compound(top))
        value = word_zipf(top.headword, text)
        return Gloss(
            text, _gloss_lemma(lemma, pos, top, separable), pos,
            gender, plural, short_gloss(same_class(senses), self._compound_noun(top)),
            tuple(senses), (), separable,
            "dictionary",
            value, band(value), proper,
        )  # fmt: skip

    def _plain_compound(self, adjective: Sense) -> bool:
        """Whether an adjective is a common word and an adjective that Ding renders plainly,
        so vocabulary however Ding capitalises the whole: *frühmittelalterlich*
        "Early Medieval" is *früh* + *mittelalterlich* "medieval" (but *germanisch*
        "Germanic" is no *ger·manisch*, and *südafrikanisch* is *afrikanisch* "African")."""
        word = adjective.headword
        for cut in range(MIN_PART, len(word) - MIN_ADJECTIVE_HEAD + 1):
            head, tail = word[:cut], word[cut:]
            if zipf(head) < COMMON_PART:
                continue
            senses = [s for s in self.dictionary.lookup(tail) if s.headword == tail]
            if senses and senses[0].pos == "ADJ" and not _of_a_name(senses[0]):
                return True
        return False

    def masculine_citation(self, text: str, lemma: str) -> str | None:
        """Ding's headword for an adjective it cites in the masculine because it
        has no plain form: *nächsten*, *letzte*, *besten* → *nächster* "next",
        *letzter*, *bester*.  Their lemmas stay *nah*, *letzt*, *gut* for the
        analysis; a regular superlative keeps its adjective (*größten*: *groß*)."""
        lower, is_adjective = text.lower(), self.dictionary.is_adjective
        positive = lemma if is_adjective(lemma) else ""
        for ending in ("en", "em", "er", "es", "e"):
            stem = lower.removesuffix(ending)
            if stem == lower or len(stem) < MIN_TAIL or is_adjective(stem):
                continue
            if positive and _regular_superlative(stem, positive):
                continue
            if positive.endswith("ch") and stem == positive[:-2] + "h":
                return None  # *hoher*, *hohen*: *hoch* declined, its *ch* an *h*
            if is_adjective(stem + "er") and stem + "er" != lower:
                return stem + "er"  # not the word as written: *höher* is *hoch*'s comparative
        return None

    def _singular_gender(self, singular: str, plural: str = "") -> str:
        """The gender of a singular noun: of the German Wiktionary's noun whose plural
        this is (*Kiefern* are *die Kiefer*, pines, not *der Kiefer*, the jaw, whose
        plural is *Kiefer*), else from the dictionary or its last part."""
        own = {
            gender
            for headword, gender in self.dictionary.wiktionary_nouns(plural)
            if headword == singular
            and self.dictionary.wiktionary_plural(singular, gender) == plural
        }
        if len(own) == 1:
            return own.pop()
        genders = [
            s.gender
            for s in self.dictionary.lookup(singular)
            if s.pos == "NOUN" and s.headword == singular and s.gender != "pl"
        ]
        if genders:
            return genders[0]
        parts = self.formation.compound(singular)
        return parts[-1].sense.gender if parts else ""

    def _same_form_singular(self, plural: str) -> str:
        """The gender of the singular spelt as this plural, where Ding lists only the
        plural (*Hamster* {pl} "hamsters (zoological subfamily)", *Aussiedler* {pl})
        and the German Wiktionary the singular too, of one gender (*der Hamster*)."""
        genders = {
            gender
            for headword, gender in self.dictionary.wiktionary_nouns(plural)
            if headword == plural and self.dictionary.wiktionary_plural(plural, gender) == plural
        }
        return next(iter(genders)) if len(genders) == 1 else ""

    def _compound_noun(self, sense: Sense) -> bool:
        word = sense.headword
        return sense.pos == "NOUN" and word.isalpha() and is_compound(word, self.dictionary)

    def _plural(self, headword: str, gender: str, senses: list[Sense], text: str = "") -> str:
        """Ding's plural for the noun, when it can be one: Ding slips now and then
        (*Türe* → *Tore*, the plural of its synonym *Tor*).  The best sense's own
        first; where its line gives none but another does, the word as written if it
        is one of them (*Banken*, not *Bank*'s other plural *Bänke*), else the German
        Wiktionary's before that line's: *Nebel* "fog" is *Nebel*, not the astronomer's
        *Nebelwolken*.  None where Ding gives none (*Musik*, not Wiktionary's *Musiken*)."""
        own = [s for s in senses if s.headword == headword and s.gender == gender]
        listed = [s.plural for s in own if s.plural and plausible_plural(headword, s.plural)]
        written = self._listed_plural(text, headword, gender) if own and not own[0].plural else ""
        if written:
            return written
        if not listed or own[0].plural in listed:
            return own[0].plural if listed else ""
        return self.dictionary.wiktionary_plural(headword, gender) or listed[0]

    def _plural_genders(self, text: str, headword: str) -> frozenset[str]:
        """The genders of the noun whose plural Ding lists as the word is written."""
        return frozenset(s.gender for s in self._as_plural(text, headword) if s.gender)

    def _listed_plural(self, text: str, headword: str, gender: str) -> str:
        """The plural of this noun Ding lists as the word is written, as Ding spells it."""
        return next((s.plural for s in self._as_plural(text, headword) if s.gender == gender), "")

    def _as_plural(self, text: str, headword: str) -> list[Sense]:
        """The noun's senses whose plural Ding lists as the word is written."""
        if text == headword:
            return []
        return [
            s
            for s in self.dictionary.lookup(text)
            if s.matched_by == "plural" and s.headword == headword
        ]

    def demonym(self, word: str) -> str:
        """The English word Ding gives a place's people (*Pariser* "Parisian",
        *Schweizer* "Swiss"), not its other senses ("condom", "milker")."""
        return next(
            (
                first_rendering(s)
                for s in self.dictionary.lookup(word)
                if s.headword == word and first_rendering(s)[:1].isupper()
            ),
            "",
        )


# A form of address before a name has no article (*der Herr* is "the gentleman").
_TITLES = {"Herr": "Mr", "Frau": "Ms", "Fräulein": "Miss"}


def _as_title(gloss: Gloss, rendering: str) -> Gloss:
    """The sense Ding gives a form of address, first, led by the title itself:
    *Frau Gillard* "Ms", not Ding's first "Miss"; *Herr Winter* "Mr", not "Mister"."""
    senses = sorted(gloss.senses, key=lambda s: not any(rendering in t for t in s.translations))
    if not senses or not any(rendering in t for t in senses[0].translations):
        return gloss
    others = (r for r in short_gloss(same_class(senses)) if r.rstrip(".") != rendering)
    short = (rendering, *others)[:SHORT_GLOSS]
    if senses == list(gloss.senses) and short == gloss.short:
        return gloss
    return replace(gloss, senses=tuple(senses), short=short,
                   rules=(*gloss.rules, TITLE_RULE))  # fmt: skip


def _as_name_part(gloss: Gloss) -> Gloss:
    """A word of a person's name keeps only the senses that name a place in English
    (*Paris Hilton* "Paris"), not a common noun's (*Helmut Kohl* "cabbages"), an
    English word's (*Donald Trump*) nor a compound's parts (*Hartmut* "hard + courage")."""
    places = tuple(
        s for s in gloss.senses if "geogr." in s.labels and s.translations[0][:1].isupper()
    )
    if not places:
        if not gloss.short and not gloss.parts:
            return gloss
        return replace(gloss, gender="", plural="", short=(), senses=(), parts=(),
                       source="none", rules=(*gloss.rules, NAME_PART_RULE))  # fmt: skip
    if places == gloss.senses and not gloss.parts:
        return gloss
    return replace(gloss, short=short_gloss(places), senses=places, parts=(),
                   rules=(*gloss.rules, NAME_PART_RULE))  # fmt: skip


DEGREE_RULE = "adjective-in-its-degree"  # named in ``analyze`` output
GERUNDIVE_RULE = "gerundive-to-be-done"  # named in ``analyze`` output
LEADING_VERB_SENSES = 3  # whose participles a gerundive's gloss puts first
NAME_PART_RULE = "word-of-a-persons-name"  # named in ``analyze`` output
TITLE_RULE = "form-of-address"  # named in ``analyze`` output: why the title's sense leads
# The polite address's lemmas (``lang.context.formal_address``): Ding's capitalised
# headwords, "you" and "your", apart from *sie* "they" and *ihr* "her"
_POLITE = frozenset({"Sie", "Ihr"})
_PRONOUN_TAGS = frozenset({"PPER", "PRF", "PPOSAT", "PPOSS"})
POLITE_RULE = "polite-address"
NUMBER_RULE = "number-of-its-verb"
# *sie*'s senses by the number its verb shows (Ding notes each by its case forms)
_NUMBER_RENDERINGS = {("sie", "Sg"): "she", ("sie", "Pl"): "they", ("ihr", "Pl"): "you"}


WERDEN_RULE = "werden-by-its-clause"  # named in ``analyze`` output: why its use leads
# The uses of *werden* that Ding writes on its entry's form lines, not as senses:
# *würde* :: "would", *wurden; worden* :: "was; were" (the passive)
_WOULD = Sense("werden", "VERB", "", "", (), "", ("would",), "inflection")
_PASSIVE = Sense(
    "werden", "VERB", "", "", (), "", ("to be (with a past participle: the passive)",), "inflection"
)


def _by_use(gloss: Gloss, word: WordAnalysis) -> Gloss:
    """*werden* as its clause uses it (``lang.clauses.mark_werden``): "will" before an
    infinitive (*würde* "would"), the passive's "to be" with a participle, and
    otherwise "to become", never "will" (*wurde krank*, *ist Arzt geworden*)."""
    own = [s for s in gloss.senses if s.headword == "werden" and s.pos == "VERB"]
    if not own:
        return gloss
    future = [s for s in own if s.translations[0].startswith(("will", "shall"))]
    rest = [s for s in own if s not in future]
    if word.auxiliary == "future":
        ordered = [_WOULD] if word.text.lower().startswith("würd") else []
        ordered += [*future, *rest]
    elif word.auxiliary == "passive":
        ordered = [_PASSIVE, *rest, *future]
    else:
        ordered = [*rest, *future]
    senses = (*ordered, *(s for s in gloss.senses if s not in own))
    short = ("to be (passive)",) if word.auxiliary == "passive" else short_gloss(senses)
    return replace(gloss, senses=senses, short=short,
                   rules=(*gloss.rules, WERDEN_RULE))  # fmt: skip


INTERROGATIVE_RULE = "interrogative-by-its-question-word"  # named in ``analyze`` output
# English's question words: what renders a German one in its interrogative use
_ENGLISH_QUESTION_WORDS = frozenset("how where when why what who whom whose which whence".split())


def _as_interrogative(gloss: Gloss) -> Gloss:
    """A question word opening a direct question (``lang.clauses.mark_questions``)
    is glossed by an English one: *Wie funktioniert das?* "how", not the
    comparison's "as"; *Wo wohnst du jetzt?* "where", not the time's "when"."""
    asking = [s for s in gloss.senses if _asks(s)]
    if not asking or asking[0] is gloss.senses[0]:
        return gloss
    return _led_by(gloss, asking, INTERROGATIVE_RULE, same_word_class=False)


def _asks(sense: Sense) -> bool:
    """Whether the sense's first rendering opens with an English question word."""
    words = plain(sense.translations[0]).split() if sense.translations else []
    return bool(words) and words[0] in _ENGLISH_QUESTION_WORDS


def _by_number(gloss: Gloss, word: WordAnalysis) -> Gloss:
    """*sie* before a singular verb is "she", before a plural one "they"; *ihr*
    before a plural one "you"."""
    wanted = _NUMBER_RENDERINGS.get((word.text.lower(), word.number))
    senses = [s for s in gloss.senses if any(plain(t) == wanted for t in s.translations)]
    if wanted is None or not senses:
        return gloss
    rest = [s for s in gloss.senses if s not in senses]
    return replace(gloss, senses=(*senses, *rest), short=(wanted,),
                   rules=(*gloss.rules, NUMBER_RULE))  # fmt: skip


def _regular_superlative(stem: str, adjective: str) -> bool:
    """*größt* of *groß*, *höchst* of *hoch*; not *nächst* of *nah*, *best* of *gut*."""
    base = adjective.lower().translate(UMLAUT_BACK)
    return stem.translate(UMLAUT_BACK) in (base + "st", base + "est", base + "t")


def _fit_article(gloss: Gloss, allowed: frozenset[str]) -> Gloss:
    """Senses whose gender the article allows come first: *der Band* is a volume,
    *die Band* a group of musicians, *das Band* a ribbon."""
    headword = gloss.senses[0].headword  # the article picks a sense, not another word
    if gloss.senses[0].gender == "pl" and gloss.lemma != headword:
        return gloss  # a plural entry read as its singular's plural (*die Kampfflugzeuge*)
    if gloss.gender and all(s.gender != gloss.gender for s in gloss.senses):
        return gloss  # a compound's head's gender, none of Ding's (``compound_gender``)

    def order(sense: Sense) -> int:
        if sense.headword != headword:
            return 3
        return 0 if sense.gender in allowed else 1 + (sense.pos != "NOUN")

    senses = sorted(gloss.senses, key=order)
    gender = _gender(senses[0], senses, allowed)
    if gender == gloss.gender and senses == list(gloss.senses):
        return gloss
    plural = next((s.plural for s in senses if s.gender == gender and s.plural), gloss.plural)
    return replace(
        gloss, gender=gender, plural=plural, senses=tuple(senses), short=short_gloss(senses)
    )


def _gender(top: Sense, senses: list[Sense], allowed: frozenset[str] = frozenset()) -> str:
    """The headword's usual gender: a vote of its noun senses, the chosen one counting
    thrice and each that Ding lists first in its line once more.

    *Bund* is *der Bund* in most of Ding's entries (alliance, federation, waistband)
    and *das Bund* only as a bundle of straw.  The article in the text, when it
    allows only some genders (*die Band*, *einem Service*), restricts the vote.
    "pl" (a plural-only sense, *die Mitarbeiter* "staff") counts only when the
    word has no singular gender: *die Mitarbeiter* are still *der Mitarbeiter*.
    """
    votes: Counter[str] = Counter()
    own = [s for s in senses if s.headword == top.headword and s.gender]
    attested = Counter(s.gender for s in own)
    for sense in own:
        # the chosen sense counts thrice, unless its gender stands only once, inside a
        # list of synonyms, where Ding's slips are ("Kamerad {m}; Genosse {f}")
        trusted = sense is top and (sense.synonym == 0 or attested[sense.gender] > 1)
        votes[sense.gender] += (3 if trusted else 1) + (sense.synonym == 0)
    if set(votes) - {"pl"}:
        del votes["pl"]
    elif votes:  # a plural-only entry; if the word is also a singular's plural, that gender
        singular = [s.gender for s in senses if s.plural == top.headword and s.gender != "pl"]
        votes = Counter(singular[:1]) or votes  # die Zutaten: die Zutat
    fitting = Counter({g: n for g, n in votes.items() if g in allowed})
    chosen = fitting or votes
    return chosen.most_common(1)[0][0] if chosen else ""


def _fits(gender: str, plural: bool, allowed: frozenset[str]) -> bool:
    """Whether the article allows a noun of this gender, as a plural or not."""
    return not allowed or gender in allowed or (plural and "pl" in allowed)


def _article_genders(article: str, text: str, senses: Iterable[Sense]) -> frozenset[str]:
    """The genders a noun can have after ``article``.

    A plural article (*die*, *den*, *der* after a preposition) allows any
    gender whose plural is spelt like the word: *die Mitarbeiter* (der),
    *die Lotsen* (der), but *die Band* is no plural of *der Band* (*Bände*).
    """
    allowed = ARTICLE_GENDERS.get(article, frozenset())
    if "pl" not in allowed:
        return allowed
    lower = text.lower()
    plural_of = {s.gender for s in senses if s.plural.lower() == lower and s.gender != "pl"}
    return allowed | plural_of


_PERSON = {"m": "man", "f": "woman"}  # der/die Alte: old man, old woman
_SLANG = frozenset({"ugs.", "slang", "vulg.", "pej.", "humor."})


def _gloss_lemma(lemma: str, pos: str, top: Sense, separable: str) -> str:
    """The lemma to show: the verb's headword for a verb; a nominalised verb
    stays a noun (*das Erliegen*, glossed by *erliegen*)."""
    if separable or (top.pos == "VERB" and pos != "NOUN"):
        return top.headword
    if pos == "NOUN" and top.pos != "NOUN":
        return lemma
    if pos == "ADJ" and top.pos == "ADJ" and top.matched_by == "headword":
        return top.headword  # a participle used as an adjective: *angespannt*, not anspannen
    return _keep(lemma, top)


def _keep(lemma: str, sense: Sense) -> str:
    """The analyser's lemma unless the dictionary spells it differently (old spelling)."""
    if sense.matched_by == "old spelling" or sense.headword.lower() == lemma.lower():
        return sense.headword
    return lemma


def _no_noun(gloss: Gloss) -> bool:
    """Whether a word's gloss is the dictionary's and holds no noun (*etwas
    Unerwartetes*: only the adjective *unerwartet*), not a compound's."""
    return not gloss.parts and not any(s.pos == "NOUN" for s in gloss.senses)


def _as_adverb(gloss: Gloss) -> Gloss:
    """An adjective used as an adverb, by Ding's adverb that is the English adverb
    of one of its adjective renderings: *stiegen kräftig* "strongly" (strong),
    *kommt wahrscheinlich* "probably" (probable), *komisch* "strangely" (strange),
    before that line's other renderings ("queerly").  Where no rendering has such an
    adverb, the word's own adverb line that ranks among its first leads, in words
    English uses (*hat erneut gewarnt* "once again", not "new"; not *unverletzt*
    "unhurtly"); Ding's other adverb lines are idioms (*später* "late in the day")
    and stay behind the adjective."""
    adjectives = [s for s in gloss.senses if s.pos == "ADJ"]
    if not adjectives or plain(first_rendering(adjectives[0])) in FLAT_ADVERBS:
        return gloss  # *hart arbeiten* "to work hard": the adjective is the adverb
    rank: dict[str, int] = {}  # adverb → its adjective's place among the renderings
    for sense in adjectives:
        for rendering in sense.translations:
            for adverb in english_adverbs(plain(rendering)):
                if english_zipf(adverb) >= COMMON_ADVERB:
                    rank.setdefault(adverb, len(rank))
    regular = [
        s
        for s in gloss.senses
        if s.pos == "ADV" and rank.keys() & {plain(t) for t in s.translations}
    ]
    if not regular:  # no adverb of an adjective rendering: Ding's own adverb line
        regular = [  # for the word, listed first (*erneut* "once again", not "new"),
            s  # in words English uses (not *unverletzt* "unhurtly")
            for s in gloss.senses[:4]
            if s.pos == "ADV" and s.headword == adjectives[0].headword and _common_adverb(s)
        ][:1]
    if not regular:
        return gloss

    def regular_first(sense: Sense) -> Sense:
        order = sorted(sense.translations, key=lambda t: rank.get(plain(t), len(rank)))
        return replace(sense, translations=tuple(order))

    rest = [s for s in gloss.senses if s not in regular]
    senses = [*(regular_first(s) for s in regular), *rest]
    return replace(gloss, senses=tuple(senses), short=short_gloss(same_class(senses)),
                   rules=(*gloss.rules, ADVERB_RULE))  # fmt: skip


def _common_adverb(sense: Sense) -> bool:
    first = first_rendering(sense)
    return not first.startswith("to ") and english_zipf(first) >= COMMON_ADVERB


ADVERB_RULE = "adverb-of-the-adjective"  # named in ``analyze`` output: why the adverb leads


COMMON_ADVERB = 3.0  # Zipf: *probably* 5.5, *strongly* 4.4; not *occidentally*, *minutely*
# English adjectives that are their own adverbs (*work hard*, *drive fast*)
FLAT_ADVERBS = frozenset(
    "hard fast late early long high low deep near far straight wide right wrong close "
    "daily weekly monthly yearly well loud quick slow direct".split()
)


def english_adverbs(adjective: str) -> set[str]:
    """The spellings English gives the adverb of an adjective: strong → strongly,
    probable → probably, true → truly, happy → happily, basic → basically."""
    if " " in adjective or not adjective.isalpha():
        return set()
    spellings = {adjective + "ly"}
    if adjective.endswith("e"):
        spellings.add(adjective[:-1] + "y" if adjective.endswith("le") else adjective[:-1] + "ly")
    if adjective.endswith("y"):
        spellings.add(adjective[:-1] + "ily")
    if adjective.endswith("ic"):
        spellings.add(adjective + "ally")
    if adjective.endswith("ll"):
        spellings.add(adjective + "y")
    return spellings


INFINITIVE_RULE = "use-with-its-zu-infinitive"  # named in ``analyze`` output


def _used_with_infinitive(gloss: Gloss) -> Gloss:
    """A verb whose zu-infinitive follows it directly is used with it: the senses
    that take one come first (*pflegte zu sagen* "to be wont to do sth.", not "to
    look after").  A first sense with a thing for its object takes the infinitive
    as that thing: *versuchte zu fliehen* stays "to try sth."."""
    taking = [s for s in gloss.senses if s.pos == "VERB" and takes_infinitive(s)]
    if not taking or taking[0] is gloss.senses[0] or _takes_a_thing(gloss.senses[0]):
        return gloss
    return _led_by(gloss, taking, INFINITIVE_RULE)


def _own_senses(gloss: Gloss) -> list[Sense]:
    """The senses of the gloss's own headword, not of words it was found through."""
    return [s for s in gloss.senses if s.headword.lower() == gloss.lemma.lower()]


def _takes_a_thing(sense: Sense) -> bool:
    words = plain(sense.translations[0]).split() if sense.translations else []
    return "sth." in words and "sb." not in words


def _noted(gloss: Gloss, nouns: tuple[str, ...], prepositions: tuple[str, ...]) -> Gloss:
    """The sense whose context note names a noun of the clause comes first:
    *brechen* (Versprechen/Vertrag) "to break sth." when the clause has *Vertrag*.
    Of the best sense's word class: *die Person nicht betreten* is "to enter", not
    the adjective *betreten* "apologetic (of a person)"; and only where the clause
    has the preposition it needs (*gelten für Personen* is no *als jd. gelten*)."""
    if not gloss.senses:
        return gloss
    top = gloss.senses[0]
    wanted = {n.lower() for n in nouns}
    for index, sense in enumerate(gloss.senses):
        same = sense.headword == top.headword and sense.pos == top.pos
        need = required(sense)
        usable = not need or need == "jds." or need in prepositions
        if index and same and usable and _names_one(_context_words(sense.notes), wanted):
            return _led_by(gloss, [sense], NOTED_RULE)
    return gloss


def _context_words(notes: str) -> frozenset[str]:
    """The words of a sense's context notes, not of a simile: *singen* (wie ein Vogel)
    "to tell all" is said of a person, not of birds."""
    return note_words("\t".join(n for n in notes.split("\t") if not n.startswith(_SIMILE)))


_SIMILE = ("wie ", "als ob ")
_PLURAL_ENDINGS = ("n", "en", "e", "er", "s", "nen")


def _names_one(noted: frozenset[str], nouns: set[str]) -> bool:
    """Whether a note names one of the nouns, in the singular or the plural: Ding
    notes *lösen* "to resolve" (Probleme) for *das Problem wurde gelöst*."""
    return bool(noted & nouns) or any(
        noun + ending in noted for noun in nouns for ending in _PLURAL_ENDINGS
    )


def _led_by(gloss: Gloss, leading: list[Sense], rule: str, same_word_class: bool = True) -> Gloss:
    """The gloss with these senses first, in their order, and the rule that put them
    there; its short gloss of the first sense's word class only, unless told not."""
    senses = (*leading, *(s for s in gloss.senses if s not in leading))
    short = short_gloss(same_class(list(senses)) if same_word_class else senses)
    return replace(gloss, senses=senses, short=short, rules=(*gloss.rules, rule))


def _with_object(headword: str, taken: str) -> str:
    """A verb cited with its prepositional object: *auf etw. warten*, *sich über etw.
    informieren*."""
    reflexive, verb = headword.startswith("sich "), headword.removeprefix("sich ")
    return f"{'sich ' if reflexive else ''}{taken} etw. {verb}"


OBJECT_RULE = "pronominal-adverb-as-its-verb-s-object"  # named in ``analyze`` output
AGENT_RULE = "participle-noun-as-its-agent-noun"  # *Forschende*: *Forscher*
NOTED_RULE = "sense-noted-for-a-clause-noun"  # named in ``analyze`` output: why it leads


def _of_a_name(sense: Sense) -> bool:
    """Whether every rendering is an English proper adjective (*Russian*, *Kazakh*)."""
    return bool(sense.translations) and all(t[:1].isupper() for t in sense.translations)
