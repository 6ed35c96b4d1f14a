"""Every stage of the analysis and every rule, in the order they run.

HanTa tags a sentence; then each word is checked against the dictionary on its
own (the word stages, ``lang.correct``), and the sentence is read for what one
word cannot tell (the sentence stages).  A stage of rules (``lang.rule``) runs
its rules in this order, the first one that applies usually ending it; a pass
is a step not yet written as rules.  ``leseglas analyze --explain`` names the
rules that changed each token; ``tests/lang/test_rules.py`` runs every rule's
examples and counter-examples.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from leseglas.lang import context, correct, units
from leseglas.lang.clauses import (
    mark_abbreviations,
    mark_adverbial_adjectives,
    mark_clauses,
    mark_formulae,
    mark_numbers_after,
    mark_objects,
    mark_phrases,
    mark_pronominal_objects,
    mark_questions,
    mark_werden,
)
from leseglas.lang.model import Lexicon, WordAnalysis
from leseglas.lang.rule import Place, PlaceRule, Stage, Word, WordRule, read_places
from leseglas.lang.separable import reunite
from leseglas.lang.words import PARTICLES

WORD_STAGES: tuple[Stage[Word, tuple[str, str]], ...] = (
    Stage("word-class", (
        correct.conjunction_only,
        correct.lower_case_headword,
        correct.joined_noun_particle,
        correct.lower_case_adjective_form,
        correct.lower_case_verb_form,
        correct.non_word_verb_form,
        correct.adjective_no_verb_has,
        correct.opener_adjective_not_noun,
        correct.opener_lower_case_lemma,
        correct.adjective_form_of_headword,
        correct.adjective_listed_inflection,
        correct.adjective_lemma_it_spells,
        correct.past_form_not_adjective,
    )),
    Stage("adverb-or-adjective", (
        correct.inflected_adjective_not_adverb,
        correct.infinitive_not_adverb,
    )),
    Stage("dictionary-lemma", (
        correct.indefinite_without_er,
        correct.ordinal_of_number,
        correct.genitive_apostrophe,
        correct.name_in_s,
        correct.abbreviation,
        correct.sein_compound_participle,
        correct.acronym_plural_lemma,
        correct.modern_spelling_lemma,
        correct.spelling_variant_lemma,
        correct.diminutive,
        correct.nominalised_comparative,
        correct.feminine_plural,
        correct.cut_noun,
        correct.plural_of_another_noun,
        correct.loanword,
        correct.compound_lemma,
        correct.compound_not_nominalised,
        correct.plural_not_nominalised,
        correct.infinitive_lemma,
        correct.english_verb_lemma,
        correct.form_of_verb,
        correct.umlaut_of_present,
        correct.participle_of_particle_verb,
        correct.weak_verb_of_its_form,
        correct.infinitive_read_as_participle,
        correct.participle_of_no_verb,
        correct.negated_participle,
        correct.final_e_kept,  # after the rules that find the noun a plural is of
    )),
    Stage("zu-infinitive", (
        correct.particle_with_zu_verb,
        correct.zu_infinitive_left_whole,
        correct.zu_infinitive_of_no_verb,
    )),
    Stage("capitals-and-verbs", (
        correct.bare_stem_imperative,
        correct.capitalised_infinitive,
        correct.capitalised_noun_form,
        correct.capitalised_no_verb_form,
        correct.opening_zu_infinitive,
        correct.opener_before_pronoun,
        correct.noun_lemma,
    )),
)  # fmt: skip


@dataclass(frozen=True)
class Pass:
    """A sentence step not yet split into rules: it runs as a whole."""

    id: str
    run: Callable[[list[WordAnalysis], Lexicon | None], None]


def _separable_verbs(analyses: list[WordAnalysis], lexicon: Lexicon | None) -> None:
    """Separable verbs reunited with their particle (*findet … statt* →
    *stattfinden*, ``lang.separable``); both halves take the verb's clause."""
    is_verb = lexicon.is_verb if lexicon is not None else None
    plain_verb = lexicon.is_plain_verb if lexicon is not None else None
    in_phrases = frozenset(i for i, a in enumerate(analyses) if a.phrase)  # *ab und zu*
    words = [a.text for a in analyses]
    tagged = [(a.lemma, a.tag) for a in analyses]
    for verb, particle, whole in reunite(words, tagged, is_verb, in_phrases, plain_verb):
        part = analyses[particle].text.lower()
        whole = _as_spelt_now(whole, part, lexicon) if lexicon is not None else whole
        analyses[verb] = replace(analyses[verb], lemma=whole, partner=particle, particle=part)
        analyses[particle] = replace(
            analyses[particle], lemma=whole, partner=verb, particle=part, tag="PTKVZ", pos="ADP",
            reflexive=analyses[verb].reflexive, prepositions=analyses[verb].prepositions,
            clause_nouns=analyses[verb].clause_nouns,
            phrase=analyses[verb].phrase or analyses[particle].phrase,  # *nahm einen Kredit auf*
        )  # fmt: skip


OLD_SPELLING = "alt"  # Ding's label for a spelling the 1996 reform replaced


def _as_spelt_now(whole: str, particle: str, lexicon: Lexicon) -> str:
    """A verb Ding has as one word only in the old spelling, as it is written now:
    *stehenlassen* [alt] is *stehen lassen*, under which Ding lists all its senses
    ("to leave sth.", not only "to ditch sb."); *ernst nehmen*.  A particle's verb
    stays one word (*stattfinden*)."""
    if particle in PARTICLES or " " in whole or not whole.startswith(particle):
        return whole
    senses = [s for s in lexicon.lookup(whole) if s.pos == "VERB" and s.headword == whole]
    apart = f"{particle} {whole.removeprefix(particle)}"
    old = bool(senses) and all(OLD_SPELLING in s.labels for s in senses)
    return apart if old and lexicon.is_verb(apart) else whole


def _with_lexicon(
    step: Callable[[list[WordAnalysis], Lexicon], None],
) -> Callable[[list[WordAnalysis], Lexicon | None], None]:
    def run(analyses: list[WordAnalysis], lexicon: Lexicon | None) -> None:
        if lexicon is not None:
            step(analyses, lexicon)

    return run


def _alone(
    step: Callable[[list[WordAnalysis]], None],
) -> Callable[[list[WordAnalysis], Lexicon | None], None]:
    return lambda analyses, _: step(analyses)


SENTENCE_STAGES: tuple[Stage[Place, WordAnalysis] | Pass, ...] = (
    Stage("lone-words", (
        context.lone_infinitive,
        context.number_closing_modal_clause,
    )),
    Stage("nominalise", (
        context.truncated_compound,
        context.adjective_opening_compound,
        context.capitalised_adjective_alone,
        context.capitalised_noun_read_as_adjective,
        context.capitalised_adverb_in_noun_phrase,
        context.adjective_before_noun,
        context.graded_before_noun,
        context.plain_noun_in_e,
        context.adjective_declined_as_noun,
        context.language_or_colour,
        context.plural_after_quantifier,
        context.plural_not_infinitive,
    )),
    Stage("articles", (
        context.bis_before_article,
        context.article_read_as_pronoun,
    )),
    Stage("titles", (
        context.form_of_address,
        context.regnal_number,
    )),
    Stage("context", (
        context.interjection_opening_sentence,
        context.preposition_before_von,
        context.formal_imperative,
        context.formal_address,
        context.number_by_its_verb,
        context.infinitive_no_noun_follows,
        context.article_of_phrase,
        context.noun_its_article_allows,
        context.plural_its_article_allows,
        context.name_or_noun_rule,
        context.name_after_role,
        context.lower_case_imperative,
        context.imperative_opening_bidding,
        context.lower_case_verb_with_particle,
        context.plural_after_cue,
        context.plural_where_no_dative_can_be,
        context.infinitive_not_plural,
        context.verb_as_noun,
        context.noun_not_infinitive,
        context.infinitive_after_accusative,
        context.old_dative,
        context.not_old_dative,
        context.town_adjective,
        context.gerundive,
        context.foreign_word,
        context.capitalised_imperative,
        context.am_liebsten,
        context.participle_in_perfect,
        context.participle_after_wie,
        context.finite_of_clause,
        context.heard,
        context.ge_verb_with_haben,
        context.ge_verb_ending_its_clause,
        context.lexicalised_before_werden,
        context.participle_after_copula,
        context.state_after_sein,
        context.participle_beside_full_verb,
        context.no_verb_between_article_and_noun,
        context.after_quantity,
        context.first_person_with_no_ich,
        context.second_finite,
    )),
    Stage("names", (
        context.word_of_a_persons_name,
    )),
    Stage("units", (
        units.unit_after_number,
    )),
    Stage("comparatives", (
        context.comparative,
        context.degree_of_comparison,
    )),
    Pass("abbreviations", _with_lexicon(mark_abbreviations)),
    Pass("clauses", _alone(mark_clauses)),
    Pass("objects", _with_lexicon(mark_objects)),
    Pass("werden", _alone(mark_werden)),
    Pass("adverbial-adjectives", _alone(mark_adverbial_adjectives)),
    Pass("numbers-after", _alone(mark_numbers_after)),
    Pass("questions", _alone(mark_questions)),
    Pass("formulae", _with_lexicon(mark_formulae)),
    Pass("phrases", _with_lexicon(mark_phrases)),
    Pass("separable-verbs", _separable_verbs),
    Pass("pronominal-objects", _alone(mark_pronominal_objects)),
)  # fmt: skip


def read_sentence(analyses: list[WordAnalysis], lexicon: Lexicon | None) -> None:
    """Runs the sentence stages over a sentence's analyses, in place; each token's
    ``rules`` gains the ids of the sentence rules and passes that changed it."""
    traces: dict[int, list[str]] = {}  # token index → ids, for the few tokens changed
    for step in SENTENCE_STAGES:
        if isinstance(step, Pass):
            _run_pass(step, analyses, lexicon, traces)
        else:
            read_places(step, analyses, lexicon, traces)
    for index, trace in traces.items():
        analysis = analyses[index]
        analyses[index] = replace(analysis, rules=(*analysis.rules, *trace))


def _run_pass(
    step: Pass, analyses: list[WordAnalysis], lexicon: Lexicon | None, traces: dict[int, list[str]]
) -> None:
    """Runs a pass; the tokens it changed name it in their trace, as a rule's do."""
    before = list(analyses)
    step.run(analyses, lexicon)
    for index, (old, new) in enumerate(zip(before, analyses, strict=True)):
        if new is not old and new != old:
            traces.setdefault(index, []).append(f"{step.id} (pass)")


def all_rules() -> list[WordRule | PlaceRule]:
    """Every rule, in pipeline order."""
    rules: list[WordRule | PlaceRule] = [r for stage in WORD_STAGES for r in stage.rules]
    for step in SENTENCE_STAGES:
        if isinstance(step, Stage):
            rules.extend(step.rules)
    return rules
