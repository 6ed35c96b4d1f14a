"""Every rule of the pipeline against its own examples and counter-examples.

An example is a sentence the rule must change, with the token's lemma and tag
after the whole analysis; a counter-example one it must leave alone.  Both run
through the real tagger and the real dictionary, and ask the token's rule
trace (``WordAnalysis.rules``) whether this rule changed it.
"""

from __future__ import annotations

import re

import pytest

from leseglas.gloss.dictionary import Dictionary
from leseglas.lang.analyze import analyze_sentence
from leseglas.lang.model import WordAnalysis
from leseglas.lang.pipeline import SENTENCE_STAGES, WORD_STAGES, all_rules
from leseglas.lang.rule import Example, Rule, Stage

RULES = all_rules()
EXAMPLES = [(r, e) for r in RULES for e in r.examples]
COUNTERS = [(r, e) for r in RULES for e in r.counter_examples]


@pytest.fixture(scope="module")
def dictionary() -> Dictionary:
    return Dictionary()


def _token(example: Example, dictionary: Dictionary) -> WordAnalysis:
    return analyze_sentence(example.words, dictionary)[example.index]


@pytest.mark.parametrize(
    ("rule", "example"), EXAMPLES, ids=[f"{r.id}: {e.sentence}" for r, e in EXAMPLES]
)
def test_the_rule_changes_its_example(rule: Rule, example: Example, dictionary: Dictionary) -> None:  # type: ignore[type-arg]
    token = _token(example, dictionary)
    assert rule.id in token.rules, f"{rule.id} did not change it; rules: {token.rules}"
    assert f"{token.lemma} {token.tag}" == example.expect


@pytest.mark.parametrize(
    ("rule", "example"), COUNTERS, ids=[f"{r.id}: {e.sentence}" for r, e in COUNTERS]
)
def test_the_rule_leaves_its_counter_example_alone(
    rule: Rule, example: Example, dictionary: Dictionary
) -> None:  # type: ignore[type-arg]
    token = _token(example, dictionary)
    assert rule.id not in token.rules


def test_every_rule_has_an_id_a_doc_an_example_and_a_counter_example() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids)), "rule ids are unique"
    for rule in RULES:
        assert re.fullmatch(r"[a-z-]+\.[a-zäöüß-]+", rule.id), rule.id
        assert rule.doc, f"{rule.id} says what it looks at and mends"
        assert rule.examples and rule.counter_examples, rule.id
        assert all(e.expect for e in rule.examples), rule.id


def test_one_list_shows_every_stage_in_order() -> None:
    stages = [s.id for s in WORD_STAGES] + [s.id for s in SENTENCE_STAGES]
    assert stages[:5] == [
        "word-class", "adverb-or-adjective", "dictionary-lemma", "zu-infinitive",
        "capitals-and-verbs",
    ]  # fmt: skip
    assert stages.index("context") < stages.index("clauses") < stages.index("separable-verbs")
    assert len(stages) == len(set(stages))
    in_stages = [
        r.id for s in (*WORD_STAGES, *SENTENCE_STAGES) if isinstance(s, Stage) for r in s.rules
    ]
    assert in_stages == [r.id for r in RULES]


def test_the_trace_names_every_rule_that_changed_a_token(dictionary: Dictionary) -> None:
    """*Die Memminger Hütte*: the noun rule gave it an article, then the town
    rule made it an adjective; *Hütte* was changed by the article rule alone."""
    analyses = analyze_sentence("Wir kamen an der Memminger Hütte an .".split(), dictionary)
    assert analyses[4].rules == ("noun.article-of-its-phrase", "adjective.town-adjective")
    assert analyses[5].rules == ("noun.article-of-its-phrase",)
    assert analyses[0].rules == ()
