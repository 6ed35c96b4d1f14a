"""Every rule of the glosser's finding stage against its examples and counter-examples.

Each sentence is analysed and its marked word glossed with the real dictionary;
the gloss names the rules that found it (``Gloss.rules``).  Only the remote
translation service is stood in for (it answers *schnurzelpurzig* alone), so that
the last rule, the online one, can be seen to fire where nothing offline glosses.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from leseglas.gloss.dictionary import Dictionary
from leseglas.gloss.finding import FINDING, GlossRule
from leseglas.gloss.lookup import Glosser
from leseglas.gloss.model import Gloss
from leseglas.gloss.online import OnlineTranslator
from leseglas.gloss.senses import weighed
from leseglas.lang.analyze import analyze_sentence
from leseglas.lang.rule import Example

EXAMPLES = [(r, e) for r in FINDING for e in r.examples]
COUNTERS = [(r, e) for r in FINDING for e in r.counter_examples]


def _remote(text: str) -> str:
    return {"schnurzelpurzig": "doodah-ish"}.get(text, "")


@pytest.fixture(scope="module")
def glosser(tmp_path_factory: pytest.TempPathFactory) -> Glosser:
    cache = Path(tmp_path_factory.mktemp("online")) / "cache.sqlite"
    return Glosser(Dictionary(), online=OnlineTranslator(cache, _remote))


def _gloss(example: Example, glosser: Glosser) -> Gloss:
    analyses = analyze_sentence(example.words, glosser.dictionary)
    return glosser.lookup(analyses[example.index], example.index == 0)


@pytest.mark.parametrize(
    ("rule", "example"), EXAMPLES, ids=[f"{r.id}: {e.sentence}" for r, e in EXAMPLES]
)
def test_the_rule_finds_its_examples_gloss(
    rule: GlossRule, example: Example, glosser: Glosser
) -> None:
    gloss = _gloss(example, glosser)
    assert rule.id in gloss.rules, f"{rule.id} did not find it; rules: {gloss.rules}"
    assert (gloss.short[0] if gloss.short else "") == example.expect


@pytest.mark.parametrize(
    ("rule", "example"), COUNTERS, ids=[f"{r.id}: {e.sentence}" for r, e in COUNTERS]
)
def test_the_rule_leaves_its_counter_example_to_others(
    rule: GlossRule, example: Example, glosser: Glosser
) -> None:
    assert rule.id not in _gloss(example, glosser).rules


def test_every_finding_rule_is_named_documented_and_exemplified() -> None:
    ids = [r.id for r in FINDING]
    assert len(ids) == len(set(ids))
    for rule in FINDING:
        assert re.fullmatch(r"gloss\.[a-z-]+", rule.id), rule.id
        assert rule.doc and rule.examples and rule.counter_examples, rule.id
    assert ids[ids.index("gloss.dictionary-senses") + 1 :][-1] == "gloss.online"


def test_a_word_nothing_glosses_names_no_rule(glosser: Glosser) -> None:
    gloss = _gloss(Example("Er traf *Xyzzqwv* ."), glosser)
    assert not gloss.short and gloss.rules == ()


def test_a_gloss_carries_the_evidence_that_ranked_its_senses(glosser: Glosser) -> None:
    gloss = glosser.find("Waschmaschine", "Waschmaschine", "NOUN", "", False)
    assert [sense for sense, _ in gloss.evidence] == list(gloss.senses)
    scores = [weighed(dict(signals)) for _, signals in gloss.evidence]
    assert scores == sorted(scores, reverse=True)
    assert dict(gloss.evidence[0][1])["word-class"] == 1.0
    built = glosser.find("Bündnisnetz", "Bündnisnetz", "NOUN", "", False)
    assert built.parts and not built.evidence  # built from parts: no ranking of its own


@pytest.mark.parametrize(
    ("sentence", "index", "first"),
    [
        # a nominalised infinitive is neuter and singular: no feminine noun's plural
        ("Das Lachen war laut .", 1, "laughter"),  # not also *Lache*'s "pool"
        ("Er hat das Sagen .", 3, "saying"),  # not *Sage*'s "legend"
        ("Nach langem Backen war er müde .", 2, "baking"),  # not *Backe*'s "cheek"
        ("Beim Duschen sang er .", 1, "taking a shower"),  # not *Dusche*'s "shower"
        ("Das Essen war gut .", 1, "food"),  # a noun of its own stays
    ],
)
def test_a_nominalised_infinitive_is_no_plural_of_another_noun(
    sentence: str, index: int, first: str
) -> None:
    from tests.lang.reading import analyse

    glosser = Glosser(Dictionary())
    word = analyse(sentence, glosser.dictionary)[index]
    gloss = glosser.lookup(word)
    assert gloss.short[0] == first
    assert "pool" not in gloss.short
