"""Reunite separable verbs with their particle: *findet … statt* → *stattfinden*.

In a German main clause the finite verb stands early and its particle at the
end of the clause.  A particle is taken when HanTa tags it ``PTKVZ``, or when a
word that can be a particle ends its clause (punctuation, a conjunction or the
end of the sentence follows) and particle + verb is a verb the dictionary
knows.  The verb is the nearest finite full verb before it in the same clause.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

# Prepositional and directional particles.  Adverbs and adjectives that pair
# with verbs too (*wieder*, *weiter*, *bekannt*, *zustande*) are left as words
# of their own, as Universal Dependencies annotates them.
PARTICLES = frozenset(
    """ab an auf aus bei dar durch ein fest fort frei her hin los mit nach nieder statt teil
    um vor vorbei voran voraus weg zu zurecht zurück zusammen heim fern auseinander wider
    heraus herein hinaus hinein herum herunter hinunter hinauf herauf herbei hervor hinzu
    entgegen über unter aufrecht inne bevor""".split()
)
_CLAUSE_END = frozenset(".,;:!?–—-)\"“”»«'’")
_CONJUNCTIONS = frozenset({"und", "oder", "aber", "sondern", "denn", "doch", "sowie"})
_SENTENCE_STOPS = frozenset({".", "!", "?", ";", ":"})
_FINITE = ("VV(FIN)", "VV(IMP)", "VA(FIN)")

IsVerb = Callable[[str], bool]


def reunite(
    words: list[str], tagged: list[tuple[str, str]], is_verb: IsVerb | None = None
) -> Iterator[tuple[int, int, str]]:
    """(verb index, particle index, whole verb lemma) for each separated verb."""
    for index, word in enumerate(words):
        particle = word.lower()
        if particle not in PARTICLES:
            continue
        hanta_says = tagged[index][1] == "PTKVZ"
        if not (hanta_says or _ends_clause(words, index)) or _postposition(words, index):
            continue
        found = _verb_for(particle, words, tagged, index, is_verb, hanta_says)
        if found is not None:
            yield found[0], index, found[1]


def _postposition(words: list[str], index: int) -> bool:
    """*von Anfang an*, *nach wie vor*: the word belongs to a fixed phrase, not a verb."""
    word = words[index].lower()
    before = [w.lower() for w in words[max(0, index - 5) : index]]
    if word == "an" and ("von" in before or "ab" in before):
        return True
    return word == "nach" and words[index + 1 : index + 3] == ["wie", "vor"]


def _ends_clause(words: list[str], index: int) -> bool:
    if index + 1 >= len(words):
        return True
    following = words[index + 1]
    return following[0] in _CLAUSE_END or following.lower() in _CONJUNCTIONS


def _verb_for(
    particle: str,
    words: list[str],
    tagged: list[tuple[str, str]],
    index: int,
    is_verb: IsVerb | None,
    hanta_says: bool,
) -> tuple[int, str] | None:
    """The finite verb this particle belongs to, and the whole verb.

    The nearest finite verb before it whose particle + lemma the dictionary
    knows; failing that, when HanTa tagged the particle, the nearest full verb.
    A verb right before a comma ends a subordinate clause and is skipped.
    """
    nearest = None
    for position in range(index - 1, -1, -1):
        if words[position] in _SENTENCE_STOPS:
            break
        lemma, tag = tagged[position]
        if tag not in _FINITE or (position + 1 < len(words) and words[position + 1] == ","):
            continue
        whole = particle + lemma.lower()
        if is_verb is not None and is_verb(whole):
            return position, whole
        if nearest is None and tag != "VA(FIN)":
            nearest = position
    if hanta_says and nearest is not None:
        return nearest, particle + tagged[nearest][0].lower()
    return None
