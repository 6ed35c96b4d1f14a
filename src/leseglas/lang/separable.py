"""Reunite separable verbs with their particle: *findet … statt* → *stattfinden*.

In a German main clause the finite verb stands early and its particle at the
end of the clause.  A particle is taken when HanTa tags it ``PTKVZ``, or when a
word that can be a particle ends its clause (punctuation, a conjunction or the
end of the sentence follows) and particle + verb is a verb the dictionary
knows.  The verb is the nearest finite full verb before it in the same clause;
when a verb has two candidates (*lädt … zu „…“ ein*), the last one wins, since
the particle closes the clause.

Particles are also written apart from a verb that follows them (*zurecht
gerückt*, *mit ansehen*, *zusammen zu arbeiten*, *die Ämter inne haben*); these
are reunited when the dictionary knows the whole verb, and so is a particle that
opens a main clause right before its verb (*Hinzu kommt noch, dass …*), and any
word before a participle or infinitive that Ding writes together with it as one
verb (*verloren gegangen*: *verlorengehen*).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from leseglas.lang.difficulty import zipf
from leseglas.lang.model import SENTENCE_END
from leseglas.lang.tags import APART_TAGS, INFINITIVE_TAGS
from leseglas.lang.words import (
    ADJECTIVE_PARTICLES,
    CONJUNCTIONS,
    DEGREE_WORDS,
    DIRECTIONS,
    PARTICLES,
    PLACE_ADVERBS,
    REFLEXIVE_PRONOUNS,
)

# Other words pair with a verb only in some verbs (*gab … weiter*, *gab … bekannt*,
# *legten … lahm*, *sehen uns … wieder*): a lower-case word HanTa tags as a separated
# particle (STTS ``PTKVZ``) is taken when the dictionary knows the whole verb.
# A pronominal adverb HanTa tags as a particle is mostly the verb's prepositional
# object: *sagte nichts dazu* is "said nothing about it", not *dazusagen*.  It is
# taken only when the whole verb is one people use (*kommen noch Kosten dazu*,
# *lerne etwas dazu*, *gehört einfach dazu*, *kam mit einem blauen Auge davon*):
# wordfreq rates *dazusagen* 2.2, *dazukommen* 2.9, *dazugehören* 3.1.
_PRONOMINAL_ADVERB = re.compile(
    r"d(?:a|ar|r)(?:an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)"
)
MIN_PRONOMINAL_VERB_ZIPF = 2.4
_CLAUSE_END = frozenset(".,;:!?–—-)\"“”»«'’…")
_FINITE = ("VV(FIN)", "VV(IMP)", "VA(FIN)")
# Tags a particle written apart before its verb can carry (not a preposition,
# not the infinitive *zu*, not *um … zu*).
_NON_FINITE = ("VV(INF)", "VV(PP)", "VV(IZU)", "VA(INF)", "VA(PP)")
# A verb HanTa pairs with a particle that neither the dictionary nor wordfreq knows
# is made up (*wider* + *wundern*).
MIN_UNKNOWN_VERB_ZIPF = 1.0

IsVerb = Callable[[str], bool]
Tagged = list[tuple[str, str]]


# What a particle adds to a verb Ding lacks (*dasitzen*: "there + sit"), as English
# phrasal verbs say it; longest first, so that *heraus* is tried before *her*.
_PARTICLE_MEANINGS = """
ab off · an on · auf up · aus out · bei along · da there · dabei along · daher along
dahin away · davon away · dazu in addition · dar forth · durch through · ein in · empor up
entgegen towards · entlang along · fest firm · fort away · frei free · gegenüber opposite
heim home · her here · herab down · heran up to · herauf up · heraus out · herbei over
herein in · herüber over · herum around · herunter down · hervor forth · hin there
hinab down · hinauf up · hinaus out · hindurch through · hinein in · hinterher after
hinüber over · hinunter down · hinweg away · hinzu in addition · los off · mit along
nach after · nieder down · um around · umher about · vor before · voran ahead
voraus ahead · vorbei past · vorüber past · weg away · weiter on · wieder again · zu towards
zurück back · zusammen together · rum around · rein in · raus out · runter down
rüber over · rauf up · ran up to
"""


def _meanings(table: str) -> dict[str, str]:
    pairs = [p.strip().split(" ", 1) for p in table.replace("\n", " · ").split(" · ")]
    return {german: english for german, english in sorted(pairs, key=lambda p: -len(p[0]))}


VERB_PARTICLES = _meanings(_PARTICLE_MEANINGS.strip())


def reunite(
    words: list[str],
    tagged: Tagged,
    is_verb: IsVerb | None = None,
    in_phrases: frozenset[int] = frozenset(),
    plain_verb: IsVerb | None = None,
) -> Iterator[tuple[int, int, str]]:
    """(verb index, particle index, whole verb lemma) for each separated verb.

    Words of a fixed phrase (``in_phrases``: the *zu* of *ab und zu*) are no particles.
    ``plain_verb``: whether the dictionary has the verb without *sich* (*gehenlassen*
    is only *sich gehenlassen*).
    """
    apart = dict(_written_apart(words, tagged, is_verb, in_phrases, plain_verb))
    taken = {particle for particle, _ in apart.values()} | in_phrases
    by_verb: dict[int, tuple[int, str]] = {}
    for index, word in enumerate(words):
        if index in taken or not _may_be_particle(words, tagged, index):
            continue
        particle = word.lower()
        hanta_says = tagged[index][1] == "PTKVZ"
        # *sah aus wie …*; a particle set apart before a phrase of place
        following = tagged[index + 1][1] if index + 1 < len(words) else ""
        set_apart = following == "KOKOM" or before_phrase(words, tagged, index)
        at_end = _ends_clause(words, index, tagged)
        if not (hanta_says or set_apart or at_end):
            continue
        strict = _postposition(words, index) or particle not in PARTICLES  # Ding's verbs only
        # a direction ends its clause as a particle does (*weht … vorbei wie Blätter*)
        trusted = (hanta_says or particle in DIRECTIONS) and not strict
        found = _verb_for(particle, words, tagged, index, is_verb, trusted)
        if found is not None and _PRONOMINAL_ADVERB.fullmatch(particle):
            common = zipf(found[1]) >= MIN_PRONOMINAL_VERB_ZIPF or _going_away(words, tagged, index)
            common = common and not _correlate(words, index)
            # untagged, it joins only a verb written as one word: *stimmten dagegen* is
            # "voted against it", not Ding's *dagegen stimmen* "to blackball"
            found = found if common and (hanta_says or " " not in found[1]) else None
        if found is not None and _closing_verb_form(words, tagged, index) and not hanta_says:
            # *wurde … eingestellt* is a passive, *hat … getroffen* a perfect: no
            # verb of Ding's *eingestellt werden*, *getroffen haben*
            found = None if tagged[found[0]][0] in _AUXILIARIES else found
            # and one Ding has only with *sich* needs it: *ich lasse ihn gehen* is no
            # *sich gehenlassen* "to let yourself go"
            if found is not None and plain_verb is not None and not plain_verb(found[1]):
                found = found if _reflexive_clause(words, found[0], index) else None
            # *lässt sich … stecken* "can be plugged in": *sich lassen* with an
            # infinitive, no plain *steckenlassen* "to leave sth. in there"
            elif found is not None and tagged[found[0]][0] == "lassen":
                found = None if _reflexive_clause(words, found[0], index) else found
        reflexive = _reflexive_adjective(words, tagged, index)
        if found is not None and not reflexive and _predicate(particle, tagged, index, found):
            found = None  # *es wurde besser*: the copula's predicate, no *besser werden*
        if found is not None and reflexive:
            # *kommen sich … näher*: only a verb Ding lists with *sich* (*sich näherkommen*)
            found = found if is_verb is not None and is_verb(f"sich {found[1]}") else None
        if found is not None and not (hanta_says or at_end) and "," in words[found[0] : index]:
            found = None  # *…, während … erst auf einen Gang und dann über diesen hinaus auf …*
        earlier = by_verb.get(found[0]) if found is not None else None
        last = index + 1 >= len(words) or words[index + 1] in SENTENCE_END
        if earlier is not None and "," in words[earlier[0] : index] and not last:
            continue  # *führ sie hinaus in den Wald, mitten hinein, wo …*: hinaus stays
        if earlier is not None and _compared(words, tagged, earlier[0], index):
            continue  # *rennt auf mich zu , als um mich herum*: zu stays
        if found is not None and found[0] not in apart:
            by_verb[found[0]] = (index, found[1])  # a later particle replaces an earlier one
    by_verb.update(apart)
    for verb, (particle_index, whole) in sorted(by_verb.items()):
        yield verb, particle_index, whole


# What a pronominal adverb may point to: *davon , dass …*, *darauf , ob …*
_CORRELATED = frozenset("dass daß ob wie wenn was wer wo warum weshalb zu".split())


def _correlate(words: list[str], index: int) -> bool:
    """A pronominal adverb before a comma and the clause it stands for is the
    verb's object, not its particle: *das kommt davon , dass du nie zuhörst*."""
    rest = [w.lower() for w in words[index + 1 : index + 3]]
    return len(rest) == 2 and rest[0] == "," and rest[1] in _CORRELATED


def _compared(words: list[str], tagged: Tagged, earlier: int, index: int) -> bool:
    """Whether a comparison cut short, with no verb of its own, stands between a
    verb's particle and a later word: *lieber rennt er auf mich zu , als um mich
    herum* (as if *als [er] um mich herum[rennt]*); HanTa tags such *als* either way."""
    return any(
        words[position] == ","
        and words[position + 1].lower() in ("als", "wie")
        and not any(tag in _FINITE for _, tag in tagged[position:index])
        for position in range(earlier + 1, index)
    )


def before_phrase(words: list[str], tagged: Tagged, index: int) -> bool:
    """A particle right before a phrase of place it is set apart from: a direction
    before any preposition (*kehren … zurück zu ihm*), and a particle that is also a
    preposition before another one, for two prepositions open no one phrase: *nahm
    die Kinder mit nach Berlin*, *kommst du mit ins Kino*.  Not before an amount
    (*mit über 100 Gästen*, *mit bis zu zehn*) or a degree (*warnte vor zu viel*)."""
    particle = words[index].lower()
    following = tagged[index + 1][1] if index + 1 < len(words) else ""
    if particle in DIRECTIONS:
        return following == "APPR"
    if particle not in PARTICLES or tagged[index][1] != "APPR":
        return False
    if following == "APPRART":  # *ins*, *zum*
        return True
    after = tagged[index + 2][1] if index + 2 < len(words) else ""
    return following == "APPR" and after in _PHRASE_OPENERS  # not *vor zu viel*


# What opens the noun phrase of a preposition: *nach Berlin*, *in die Stadt*; not an
# amount (*mit über 100 Gästen*) or a degree (*vor zu viel*)
_PHRASE_OPENERS = frozenset({"ART", "NN", "NE", "PPOSAT", "PDAT", "PPER", "ADJA"})


def _going_away(words: list[str], tagged: Tagged, index: int) -> bool:
    """*davon* "away" right after its verb, closing the clause: *Kenseth ging
    davon .*, *sie rannte davon und …* (*davongehen* is rare in wordfreq).  Not
    where a clause it points to follows (*das kommt davon , dass …*), nor after
    an object (*er hielt nichts davon*)."""
    if words[index].lower() not in DIRECTIONS or index == 0 or tagged[index - 1][1] not in _FINITE:
        return False
    following = words[index + 1].lower() if index + 1 < len(words) else "."
    return following in SENTENCE_END or following in ("und", "oder", "aber")


def _may_be_particle(words: list[str], tagged: Tagged, index: int) -> bool:
    word = words[index]
    lower = word.lower()
    hanta_says = tagged[index][1] == "PTKVZ" and word.isalpha()
    # a pronominal adverb closing its clause, whatever HanTa tagged it: *gehört … dazu ,*
    closing = _PRONOMINAL_ADVERB.fullmatch(lower) is not None and _ends_clause(words, index)
    # a direction closing its clause too: *geht … an dem Zug entlang und klopft*
    direction = lower in DIRECTIONS and _ends_clause(words, index)
    reflexive = _reflexive_adjective(words, tagged, index)
    together = _closing_verb_form(words, tagged, index) or _adjective_particle(
        words, index, tagged[index][1] == "ADJ(D)"
    )
    if not (lower in PARTICLES or hanta_says or closing or direction or reflexive or together):
        return False
    if word[:1].isupper() and index > 0:
        return False  # *Vor- und Nachteile*, a noun or a name
    following = words[index + 1].lower() if index + 1 < len(words) else ""
    after = words[index + 2].lower() if index + 2 < len(words) else ""
    if word.endswith("-") or (following == "-" and after in CONJUNCTIONS):
        return False  # a truncated compound: *Vor- und Nachteile*
    after_tag = tagged[index + 2][1] if index + 2 < len(words) else ""
    return not (following in CONJUNCTIONS and after_tag.startswith("APPR"))  # mit und ohne


_PREDICATE_VERBS = frozenset({"werden", "bleiben"})  # *es wurde besser*


def _predicate(particle: str, tagged: Tagged, index: int, found: tuple[int, str]) -> bool:
    """Whether an adjective HanTa tagged, no particle, is the predicate of *werden*
    or *bleiben* (*wurde ungültig* is no Ding's *ungültig werden* "to expire"), or
    an adverb of manner, which Ding writes apart (*lief schnell*: *schnell laufen*),
    or a comparative (*sie kommen näher*, no *näherkommen* "to progress towards");
    a verb Ding writes as one word, if only in the old spelling, takes it
    (*ernstnehmen* [alt], *verlorengehen*)."""
    plain = particle not in PARTICLES and particle not in ADJECTIVE_PARTICLES
    if not plain or tagged[index][1] != "ADJ(D)":
        return False
    verb, whole = found
    compared = particle.endswith("er") and tagged[index][0].lower() != particle  # *näher*
    return compared or tagged[verb][0] in _PREDICATE_VERBS or " " in whole


def _adjective_particle(words: list[str], index: int, adjective: bool = False) -> bool:
    """*hoch*, *bereit*, *weiter*, or any lower-case word HanTa tagged an adverbial
    adjective (``adjective``), closing a clause, not graded by a word before them:
    *zog die Brauen hoch* (*hochziehen*), *nehmen wir ernst* (Ding's *ernst
    nehmen*), but *schätzt den Wert sehr hoch*.  Only a verb Ding has takes one."""
    graded = index > 0 and words[index - 1].lower() in DEGREE_WORDS
    word = words[index]
    listed = word.lower() in ADJECTIVE_PARTICLES or (
        adjective and word.isalpha() and word.islower()
    )
    return listed and _ends_clause(words, index) and not graded


_AUXILIARIES = frozenset({"werden", "haben", "sein"})


def _closing_verb_form(words: list[str], tagged: Tagged, index: int) -> bool:
    """A participle or infinitive closing a clause of a finite full verb, the first
    part of a verb Ding writes as one word: *gehen … verloren* (*verlorengehen*),
    *lernte ihn … kennen* (*kennenlernen*), *ließ das Glas fallen* (*fallenlassen*).
    Only such a verb takes it (``_verb_for``): *ließ das Auto reparieren* stays."""
    word = words[index]
    if not (word.isalpha() and word.islower()) or not _ends_clause(words, index):
        return False
    tag = tagged[index][1]
    if tag == "VV(FIN)" and word.endswith("n"):  # before a comma HanTa may read *kennen*
        return _second_finite(words, tagged, index)  # as finite: *lernte … kennen, den …*
    return tag in ("VV(PP)", "VV(INF)") and any(t == "VV(FIN)" for _, t in tagged[:index])


def _second_finite(words: list[str], tagged: Tagged, index: int) -> bool:
    """Whether a clause has a finite full verb before this one with no comma or
    conjunction between: then this one is an infinitive (*lernte sie Pierre
    kennen*), not a second verb of its own (*sie lachten und weinten*)."""
    for position in range(index - 1, -1, -1):
        if words[position] == "," or tagged[position][1] in ("KON", "$.", "$,"):
            return False
        if tagged[position][1] == "VV(FIN)":
            return True
    return False


def _reflexive_adjective(words: list[str], tagged: Tagged, index: int) -> bool:
    """An adjective or adverb, no particle, closing a clause with a reflexive pronoun:
    the first part of a reflexive verb Ding writes as one word (*kommen sich …
    näher*: *sich näherkommen*; *fühlt sich wohl*: *sich wohlfühlen*)."""
    word = words[index]
    if word.lower() in PARTICLES or tagged[index][1] not in ("ADJ(D)", "ADV"):
        return False
    if not word.isalpha() or not word.islower() or not _ends_clause(words, index):
        return False
    # HanTa tags *mich*, *uns* … personal pronouns as often as reflexive ones: one is
    # reflexive with its own person's subject (*ich fühle mich wohl*, not *Das fällt
    # mir schwer*: *schwerfallen*)
    said = {w.lower() for w in words[:index]}
    return any(
        (tag == "PRF" and earlier.lower() not in REFLEXIVE_PRONOUNS)
        or REFLEXIVE_PRONOUNS.get(earlier.lower()) in said
        for earlier, (_, tag) in zip(words[:index], tagged[:index], strict=True)
    )


def _written_apart(
    words: list[str],
    tagged: Tagged,
    is_verb: IsVerb | None,
    in_phrases: frozenset[int],
    plain_verb: IsVerb | None,
) -> Iterator[tuple[int, tuple[int, str]]]:
    """Particles written as a word of their own before their verb: *zurück bekommen*,
    and words HanTa tags as particles of a verb Ding writes apart (*zustande gekommen*:
    *zustande kommen*)."""
    if is_verb is None:
        return
    together = plain_verb or is_verb
    for index, word in enumerate(words[:-1]):
        particle = word.lower()
        known = particle in PARTICLES or tagged[index][1] == "PTKVZ"  # *zustande gekommen*
        if index in in_phrases or particle == "zu":
            continue
        # set apart before a phrase of place, the verb closing the clause after it:
        # *ob ich mit auf das Konzert komme*; a direction's clause is found as it ends
        preposition = tagged[index][1] == "APPR" and before_phrase(words, tagged, index)
        closing = _closing_finite(words, tagged, index) if preposition else None
        if closing is None and (not known or not _apart_tag(words, tagged, index)):
            yield from _written_together_by_ding(words, tagged, index, together)  # *fest gestellt*
            continue
        if not _may_be_particle(words, tagged, index):
            continue
        verb = closing or (index + 2 if words[index + 1] == "zu" else index + 1)
        if verb >= len(words):
            continue
        tag = tagged[verb][1]
        at_clause_end = tag in _FINITE and _ends_clause(words, verb)  # *die Ämter inne haben*
        # the particle opens a main clause before its verb: *Hinzu kommt noch, dass …*
        fronted = index == 0 and tag in _FINITE and tagged[index][1] == "PTKVZ"
        if not (tag in _NON_FINITE or at_clause_end or fronted):
            continue
        whole = _known_verb(particle, tagged[verb][0].lower(), is_verb)
        if whole and not _finite_verb_takes_it(words, tagged, index, verb, whole, is_verb):
            yield verb, (index, whole)


# What HanTa makes of the first part of a verb Ding writes as one word, when the
# text writes it apart: *verloren* (ADJ(D)) *gegangen*, *kennen* (VV(FIN)) *gelernt*,
# *stehen* (VV(INF)) *geblieben*
_TOGETHER_TAGS = frozenset({"ADJ(D)", "ADV", "VV(INF)", "VV(FIN)", "VV(PP)"})


def _written_together_by_ding(
    words: list[str], tagged: Tagged, index: int, is_verb: IsVerb
) -> Iterator[tuple[int, tuple[int, str]]]:
    """A word right before a participle or infinitive (or a verb closing its clause)
    that Ding writes together with it as one verb: *verloren gegangen* is
    *verlorengehen* "to get lost", *kennen gelernt* *kennenlernen*, *fest gestellt*
    *feststellen*.  Not where Ding has no such verb (*gut gekocht*, *weit gekommen*),
    nor one Ding has only with *sich* in a sentence without a reflexive pronoun
    (*den Teig gehen lassen* is no *sich gehenlassen*)."""
    word = words[index]
    if tagged[index][1] not in _TOGETHER_TAGS or not (word.isalpha() and word.islower()):
        return
    verb = index + 2 if words[index + 1] == "zu" else index + 1
    if verb >= len(words):
        return
    tag = tagged[verb][1]
    if not (tag in _NON_FINITE or (tag in _FINITE and _ends_clause(words, verb))):
        return
    whole = word + tagged[verb][0].lower()
    if is_verb(whole) or (_reflexive_clause(words, index, verb) and is_verb(f"sich {whole}")):
        yield verb, (index, whole)


_REFLEXIVES = frozenset("sich mich dich uns euch".split())


def _reflexive_clause(words: list[str], first: int, last: int) -> bool:
    """Whether the clause around ``first``…``last`` has a reflexive pronoun: *sich*,
    or *mich*, *uns* … with their own subject (*Lassen Sie mich sagen* has none, so
    is no *sich etw. sagen lassen*)."""
    said = [w.lower() for w in _clause_words(words, first, last)]
    # an imperative names no subject: *Lass dich nicht gehen!*
    subjects = _SUBJECT_PRONOUNS.intersection(said) or {REFLEXIVE_PRONOUNS.get(w) for w in said}
    return any(
        w in _REFLEXIVES and REFLEXIVE_PRONOUNS.get(w, "sich") in {*subjects, "sich"} for w in said
    )


_SUBJECT_PRONOUNS = frozenset("ich du er sie es wir ihr man".split())


def _clause_words(words: list[str], first: int, last: int) -> list[str]:
    """The words of the clause around ``first``…``last``, as far as punctuation or
    a conjunction on either side: *… gehen lassen, bis er sich …* leaves out *sich*."""
    start = first
    while start > 0 and not _boundary(words[start - 1]):
        start -= 1
    end = last + 1
    while end < len(words) and not _boundary(words[end]):
        end += 1
    return words[start:end]


def _closing_finite(words: list[str], tagged: Tagged, index: int) -> int | None:
    """The finite verb that closes the particle's clause after it (a subordinate
    clause's), if one does."""
    for position in range(index + 1, len(words)):
        if _boundary(words[position]):
            return None
        if tagged[position][1] in _FINITE:
            return position if _ends_clause(words, position) else None
    return None


def _boundary(word: str) -> bool:
    return word[:1] in _CLAUSE_END or word.lower() in CONJUNCTIONS


def _finite_verb_takes_it(
    words: list[str], tagged: Tagged, index: int, verb: int, whole: str, is_verb: IsVerb
) -> bool:
    """A particle before *zu* and an infinitive may close the clause of a finite
    verb instead: *hörte … auf zu blinken* is *aufhören*, not *aufblinken*.  The
    more common of the two verbs takes it (*zusammen zu arbeiten* stays)."""
    if verb != index + 2:
        return False
    found = _verb_for(words[index].lower(), words, tagged, index, is_verb, False)
    return found is not None and zipf(found[1]) > zipf(whole)


def _apart_tag(words: list[str], tagged: Tagged, index: int) -> bool:
    """HanTa's tag allows a particle written apart; its postposition tag too, but
    not where the word closes a phrase (*sich als Nachteil heraus stellte*, but
    *von Anfang an gesehen*)."""
    tag = tagged[index][1]
    return tag in APART_TAGS or (tag == "APZR" and not _postposition(words, index))


def _postposition(words: list[str], index: int) -> bool:
    """*von Anfang an*, *nach wie vor*: the word may belong to a fixed phrase, not a verb."""
    word = words[index].lower()
    before = [w.lower() for w in words[max(0, index - 5) : index]]
    if word == "an" and ("von" in before or "ab" in before):
        return True
    if word in _CIRCUMPOSITIONS and _closes_phrase(words, index, _CIRCUMPOSITIONS[word]):
        return True
    return word == "nach" and words[index + 1 : index + 3] == ["wie", "vor"]


# The second half of a circumposition: *vom Fenster aus*, *zum Schluss hin*,
# *von der Sache her*.
_CIRCUMPOSITIONS = {
    "aus": frozenset({"von", "vom"}),
    "her": frozenset({"von", "vom"}),
    "hin": frozenset({"zu", "zum", "zur", "nach", "auf", "gegen"}),
}


def _closes_phrase(words: list[str], index: int, openers: frozenset[str]) -> bool:
    """Whether the word closes a phrase opened by a preposition at most four words
    before it and ending in a noun or a place adverb: *vom Fenster aus* (but not
    *sieht von außen gut aus*, where *aus* is the verb's)."""
    last = words[index - 1] if index else ""
    if not (last[:1].isupper() or last.lower() in PLACE_ADVERBS):
        return False
    return any(w.lower() in openers for w in words[max(0, index - 5) : index - 1])


def _ends_clause(words: list[str], index: int, tagged: Tagged | None = None) -> bool:
    """Whether the word closes its clause: punctuation, a conjunction, the end, or
    (with the tags) an infinitive clause put after it: *hörte … auf zu blinken*."""
    if index + 1 >= len(words):
        return True
    following = words[index + 1]
    if following[:1] in _CLAUSE_END or following.lower() in CONJUNCTIONS:
        return True
    return (
        tagged is not None
        and following == "zu"
        and tagged[index][1] != "KOUI"  # *um zu überleben*: no particle
        and index + 2 < len(words)
        and tagged[index + 2][1] in INFINITIVE_TAGS
    )


def _verb_for(
    particle: str,
    words: list[str],
    tagged: Tagged,
    index: int,
    is_verb: IsVerb | None,
    trust_hanta: bool,
) -> tuple[int, str] | None:
    """The finite verb this particle belongs to, and the whole verb.

    The nearest finite verb before it whose particle + lemma the dictionary
    knows; failing that, when HanTa tagged the particle, the nearest full verb,
    if wordfreq knows the whole verb.  A verb right before a comma ends a
    subordinate clause and is skipped.
    """
    nearest = None
    own_clause = False  # its clause's verb passed: *…, dann führ sie hinaus …, mitten hinein*
    for position in range(index - 1, -1, -1):
        if words[position] in SENTENCE_END or (words[position] == "," and own_clause):
            break
        lemma, tag = tagged[position]
        if tag == "VV(INF)" and _finite_infinitive(words, tagged, position):
            tag = "VV(FIN)"  # *…, und die Wolken lockern auf*: HanTa's infinitive
        closes_clause = position + 1 < len(words) and words[position + 1] == ","
        if tag == "VM(FIN)" and not closes_clause:  # *…, kann der Kuchen heraus*: a
            # modal's own particle (*muss weg*: *wegmüssen*), or none, but no verb's
            # beyond its clause (not *bleibt … , kann … heraus* "herausbleiben")
            if particle in PARTICLES and is_verb is not None and is_verb(particle + lemma):
                return position, particle + lemma
            own_clause = True
            continue
        # a verb after *und* opens a clause the particle cannot reach past:
        # *lag … und sah …, bereit* is no *bereitliegen*
        coordinated = tag == "VV(FIN)" and position > 0 and tagged[position - 1][1] == "KON"
        if not coordinated and (tag not in _FINITE or closes_clause):
            continue
        # *weg sein*, *da sein*: written apart since 1996, not one verb; and a clause's
        # *ist* ends the search (*gehe … und es ist gut* is no *gut gehen*)
        if lemma == "sein" and closes_clause:
            continue
        if lemma == "sein":
            break
        whole = _known_verb(particle, lemma.lower(), is_verb)
        if whole:
            return position, whole
        if nearest is None and tag != "VA(FIN)":
            nearest = position
        # not a participle HanTa read as finite before its noun (*bewirtschaftete Land*)
        own_clause = own_clause or not _before_noun(tagged, position)
        if coordinated:
            break
    if trust_hanta and nearest is not None:
        whole = particle + tagged[nearest][0].lower()
        directional = (
            particle in DIRECTIONS and is_verb is not None and is_verb(tagged[nearest][0].lower())
        )
        if is_verb is None or zipf(whole) >= MIN_UNKNOWN_VERB_ZIPF or directional:
            return nearest, whole
    return None


def _finite_infinitive(words: list[str], tagged: Tagged, position: int) -> bool:
    """An infinitive with no finite verb before it in its clause, nor *zu*, after
    its subject: the present plural HanTa misread (*…, und die Wolken lockern auf*)."""
    if position == 0 or words[position - 1].lower() == "zu":
        return False
    for earlier in range(position - 1, -1, -1):
        if words[earlier] in (",", *SENTENCE_END) or tagged[earlier][1] == "KON":
            return earlier < position - 1  # a subject between
        if tagged[earlier][1].endswith("(FIN)") or tagged[earlier][1] == "VV(IMP)":
            return False
    return True


def _before_noun(tagged: Tagged, position: int) -> bool:
    return position + 1 < len(tagged) and tagged[position + 1][1] in ("NN", "NE", "ADJ(A)")


def _known_verb(particle: str, verb: str, is_verb: IsVerb | None) -> str:
    """The dictionary's verb of particle and verb: *stattfinden*, or written apart
    since 1996 when the particle is an adjective (*zu wünschen übrig lassen*)."""
    if is_verb is None:
        return ""
    if is_verb(particle + verb):
        return particle + verb
    apart = f"{particle} {verb}"
    return apart if particle not in PARTICLES and is_verb(apart) else ""
