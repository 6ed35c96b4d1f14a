"""The engine on the bundled article: the design card's examples, with the real index."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from leseglas.engine import DocumentAnalysis, Engine
from leseglas.gloss.lookup import Glosser
from leseglas.lang.model import WordAnalysis
from leseglas.text import open_document


@pytest.fixture(scope="module")
def seed(request: pytest.FixtureRequest) -> DocumentAnalysis:
    path = Path(__file__).resolve().parent.parent / "seeds" / "presse-russisches-militaer.txt"
    return Engine().analyze(open_document(path))


def first(analysis: DocumentAnalysis, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in analysis.tokens() if t.token.text == text)


def test_design_card_words(seed: DocumentAnalysis) -> None:
    assert first(seed, "Fallschirmjäger").gloss.short[0] == "paratrooper"
    assert first(seed, "Machthaber").gloss.short[0] == "ruler"
    assert first(seed, "Streitkräfte").gloss.short[0] == "armed forces"
    assert first(seed, "Verlegung").gloss.short[0] == "redeployment"


def test_compound_built_from_parts(seed: DocumentAnalysis) -> None:
    gloss = first(seed, "Bündnisnetz").gloss
    assert gloss.source == "compound"
    assert [(p.lemma, p.gloss) for p in gloss.parts] == [
        ("Bündnis", "alliance"),
        ("Netz", "network"),
    ]
    assert (gloss.article, gloss.plural) == ("das", "Bündnisnetze")


def test_separable_verb_reunited(seed: DocumentAnalysis) -> None:
    findet, statt = first(seed, "findet"), first(seed, "statt")
    for token in (findet, statt):
        assert token.gloss.lemma == "stattfinden"
        assert token.gloss.short[0] == "to take place"
    assert findet.analysis.partner is not None
    assert seed.paragraphs[findet.paragraph][findet.analysis.partner] is not None


def test_proper_nouns_are_not_hard_words(seed: DocumentAnalysis) -> None:
    hard = {t.gloss.lemma for t in seed.hard_words}
    assert {"Tokajew", "Kasachstan", "Iwanowo"}.isdisjoint(hard)
    assert "russisch" not in hard  # an adjective of a name: "Russian"
    assert {"Fallschirmjäger", "Machthaber", "Bündnisnetz"} <= hard


def test_a_verb_idiom_is_a_hard_word_though_its_words_are_easy(tmp_path: Path) -> None:
    text = tmp_path / "idiom.txt"
    text.write_text("Der Minister nahm das Risiko in Kauf.\n", "utf-8")
    hard = {t.gloss.lemma: t for t in Engine().analyze(open_document(text)).hard_words}
    assert "in Kauf nehmen" in hard  # *Kauf* and *nehmen* are A1-B1 words
    assert hard["in Kauf nehmen"].gloss.short[0] == "to accept sth."
    assert hard["in Kauf nehmen"].token.text == "Kauf"  # glossed once, at its noun


def test_known_and_ignored_words_are_not_glossed() -> None:
    path = Path(__file__).resolve().parent.parent / "seeds" / "presse-russisches-militaer.txt"
    engine = Engine(level="B1", known={"Machthaber"}, ignored={"Fallschirmjäger"})
    hard = {t.gloss.lemma for t in engine.analyze(open_document(path)).hard_words}
    assert "Machthaber" not in hard and "Fallschirmjäger" not in hard
    c2 = {t.gloss.lemma for t in Engine(level="C2").analyze(open_document(path)).hard_words}
    assert not c2


def test_old_spellings_are_found() -> None:
    glosser = Glosser()
    for old, new in (("Prozeß", "Prozess"), ("Kompromiß", "Kompromiss")):
        gloss = glosser.lookup(WordAnalysis(old, old, "NOUN", "NN"))
        assert gloss.lemma == new and gloss.short


@pytest.mark.parametrize("word", ["", "Xqzvbrtl", "computer", "12345", "3,5", "a" * 200, "–", "😀"])
def test_lookup_never_raises(word: str) -> None:
    gloss = Glosser().lookup(WordAnalysis(word, word, "X", "XY"))
    assert gloss.text == word


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "leseglas", *args], capture_output=True,
                          text=True, timeout=300)  # fmt: skip


def test_cli_gloss_formats() -> None:
    tsv = run("gloss", "--format", "tsv")
    assert tsv.returncode == 0, tsv.stderr
    rows = [line.split("\t") for line in tsv.stdout.splitlines()]
    assert rows[0] == ["word", "lemma", "article", "plural", "gloss", "parts", "band"]
    lemmas = [r[1] for r in rows[1:]]
    assert len(lemmas) == len(set(lemmas))  # each word once
    assert (
        lemmas.index("Fallschirmjäger") < lemmas.index("Machthaber") < lemmas.index("Bündnisnetz")
    )
    data = json.loads(run("gloss", "--format", "json", "--level", "C1").stdout)
    assert all(row["band"] == "C2" for row in data)
    table = run("gloss").stdout
    assert "Bündnisnetz" in table and "alliance + network" in table


def test_cli_analyze_jsonl() -> None:
    result = run("analyze", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    fields = {"text", "start", "end", "paragraph", "sentence", "lemma", "pos", "gender",
              "plural", "gloss", "senses", "parts", "source", "zipf", "band"}  # fmt: skip
    assert fields <= set(records[0])
    assert "headword" in records[0]
    machthaber = next(r for r in records if r["text"] == "Machthaber")
    assert (machthaber["lemma"], machthaber["article"], machthaber["hard"]) == (
        "Machthaber",
        "der",
        True,
    )


def test_a_nominalised_adjective_ding_has_no_noun_for_is_glossed_as_its_adjective(
    tmp_path: Path,
) -> None:
    text = tmp_path / "nna.txt"
    text.write_text("Die Progressivsten kamen. Die Perspektivlosen warten. "
                    "Der Vorsitzende spricht. Ein Todkranker lag dort. "
                    "Sie tröstet die Verzagten.\n", "utf-8")  # fmt: skip
    tokens = {t.token.text: t for t in Engine().analyze(open_document(text)).tokens()}
    assert tokens["Progressivsten"].gloss.short[0] == "progressive"  # a superlative Ding lacks
    assert tokens["Perspektivlosen"].gloss.short[0].startswith("without")  # perspektiv·los
    # Ding has the noun: it comes first, not the adjective "presiding"
    assert tokens["Vorsitzende"].gloss.short[0] == "president"
    # an adjective Ding has whole is no compound: *todkrank*, not "death + sick person"
    assert tokens["Todkranker"].gloss.short[0] == "terminally ill"
    # HanTa's noun *Verzagten* is *verzagt* made a noun, not the verb form *verzagte*
    despondent = tokens["Verzagten"]
    assert despondent.analysis.tag == "NNA"
    assert despondent.gloss.short and "despond" not in " ".join(despondent.gloss.short)


@pytest.mark.parametrize(
    ("sentence", "word", "first"),
    [
        ("Die Preise stiegen kräftig.", "kräftig", "strongly"),
        ("Er kommt wahrscheinlich morgen.", "wahrscheinlich", "probably"),
        ("Die Preise sind stark gestiegen.", "stark", "strongly"),  # sein + participle
        ("Das klang komisch.", "komisch", "strangely"),  # the adverb of the adjective's
        # no adverb of an adjective rendering: Ding's own adverb line for the word
        ("Der Präsident hat erneut gewarnt.", "erneut", "once again"),
        ("Er kommt künftig früher.", "künftig", "for the future"),
        # the predicate of a copula, or of *für*: the adjective's own senses
        ("Der Mann ist kräftig.", "kräftig", "ADJ"),
        ("Das muss wahrscheinlich sein.", "wahrscheinlich", "ADJ"),
        ("Er hielt es für wahrscheinlich.", "wahrscheinlich", "ADJ"),
        ("Sie arbeiten hart.", "hart", "ADJ"),  # English's adverb is the adjective: "hard"
        # … not one English hardly uses: *unverletzt* "unharmed", not "unhurtly"
        ("Er überstand den Unfall unverletzt.", "unverletzt", "ADJ"),
        # right before another adjective it says how much, whatever the verb
        ("Das ist wirklich schön.", "wirklich", "really"),
        ("Unglaublich instinktlos findet sie das.", "Unglaublich", "incredibly"),
        ("Er war wirklich sehr müde.", "wirklich", "really"),  # over a grading adverb
        # before a noun phrase, no predicate (that closes the clause): how it is so
        ("Dies war tatsächlich der Fall.", "tatsächlich", "actually"),
        ("Jetzt finde ich bestimmt keine Käfer mehr.", "bestimmt", "definitely"),
        # the copula's predicate still to come: a sentence adverb before it
        ("Angeblich seien Lieferengpässe schuld.", "Angeblich", "allegedly"),
        ("Er war gestern krank und müde.", "krank", "ADJ"),  # two predicates
        ("Sie versuchte, so stark wie möglich zu sein.", "stark", "ADJ"),  # a comparison
        # *finden* makes its object's predicate: "practical", not "practically"
        ("Das finde ich praktisch.", "praktisch", "ADJ"),
    ],
)
def test_an_adjective_used_as_an_adverb_is_glossed_by_its_english_adverb(
    sentence: str, word: str, first: str, tmp_path: Path
) -> None:
    text = tmp_path / "adverb.txt"
    text.write_text(sentence + "\n", "utf-8")
    tokens = {t.token.text: t for t in Engine().analyze(open_document(text)).tokens()}
    gloss = tokens[word].gloss
    from leseglas.gloss.lookup import ADVERB_RULE

    if first == "ADJ":
        assert gloss.senses[0].pos == "ADJ" and not gloss.short[0].endswith("ly")
        assert ADVERB_RULE not in gloss.rules
    else:
        assert gloss.short[0] == first
        assert ADVERB_RULE in gloss.rules  # --explain says why the adverb leads


def test_english_adverbs_are_spelt_as_english_spells_them() -> None:
    from leseglas.gloss.lookup import english_adverbs

    assert "strongly" in english_adverbs("strong")
    assert "probably" in english_adverbs("probable")
    assert "truly" in english_adverbs("true")
    assert "happily" in english_adverbs("happy")
    assert "basically" in english_adverbs("basic")
    assert "fully" in english_adverbs("full")
    assert english_adverbs("in full") == set()


def test_a_surname_the_text_named_before_is_no_noun_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """*Helmut Kohl* first, then *Kohl* alone and in the genitive: the same person,
    glossed neither "cabbages" nor as a hard word; beside a gloss worker too."""
    from leseglas import parallel

    monkeypatch.setattr(parallel, "MIN_CHARS", 10)
    text = tmp_path / "kohl.txt"
    text.write_text(
        "Helmut Kohl kam nach Bonn.\n\nKohl sagte, er sei zufrieden.\n\n"
        "Kohls Nachfolger kam später.\n",
        "utf-8",
    )
    for workers in (1, 2):
        analysis = Engine().analyze(open_document(text), workers=workers)
        kohl = [t for t in analysis.tokens() if t.token.text.startswith("Kohl")]
        assert len(kohl) == 3
        assert all(t.gloss.short == () and not t.hard for t in kohl), [t.gloss for t in kohl]


def test_a_surname_tagged_a_noun_is_a_name_where_no_article_makes_it_one(
    tmp_path: Path,
) -> None:
    """HanTa reads *Curie* alone as the unit and *Bach* as a brook: after *Marie
    Curie* and *Johann Sebastian Bach* they are the people, unless an article or an
    adjective makes a noun of the word (*Der Bach floss*)."""
    text = tmp_path / "curie.txt"
    text.write_text(
        "Marie Curie wurde 1867 geboren. Für ihre Forschung erhielt Curie als erste Frau "
        "einen Nobelpreis.\n\nJohann Sebastian Bach lebte in Leipzig. Bach komponierte "
        "viel. Der Bach floss ruhig.\n",
        "utf-8",
    )
    tokens = [t for t in Engine().analyze(open_document(text)).tokens()]
    curie = [t for t in tokens if t.token.text == "Curie"]
    bach = [t for t in tokens if t.token.text == "Bach"]
    assert [t.gloss.short for t in curie] == [(), ()]
    assert [t.analysis.pos for t in bach] == ["PROPN", "PROPN", "NOUN"]
    assert bach[2].gloss.short[0] == "brook"


def test_a_word_dictionary_lacks_after_an_office_is_a_surname_for_the_whole_text(
    tmp_path: Path,
) -> None:
    """*Kollege Hartmann*, then *Hartmann* alone: a person, not *hart* + *Mann*
    "hard + man".  A word the dictionary has stays a word (*als Trainer Erfolg*)."""
    text = tmp_path / "krimi.txt"
    text.write_text(
        "Ihr Kollege Hartmann kam herein.\n\nHartmann zog die Augenbrauen hoch.\n\n"
        "Er hatte als Trainer Erfolg. Der Erfolg blieb.\n\nSehr geehrter Herr Präsident,\n",
        "utf-8",
    )
    tokens = [t for t in Engine().analyze(open_document(text)).tokens()]
    hartmann = [t for t in tokens if t.token.text == "Hartmann"]
    assert [t.gloss.short for t in hartmann] == [(), ()]
    assert not any(t.hard for t in hartmann)
    erfolg = [t for t in tokens if t.token.text == "Erfolg"]
    assert [t.gloss.short[0] for t in erfolg] == ["success", "success"]
    # an office addressed with no name is no surname for the text
    assert next(t for t in tokens if t.token.text == "Präsident").gloss.short[0] == "president"


def test_a_nouns_form_in_s_after_a_rare_first_name_is_no_surname(tmp_path: Path) -> None:
    """*Hack* is a first name somewhere, but *Hack Forums* is no person: *Forums* is
    *Forum*'s form, a noun with its gender and gloss; *Helmut Kohl* stays a name."""
    text = tmp_path / "forums.txt"
    text.write_text("Er gründete Hack Forums im Jahr 2007. Helmut Kohl kam.\n", "utf-8")
    tokens = {t.token.text: t for t in Engine().analyze(open_document(text)).tokens()}
    assert (tokens["Forums"].analysis.lemma, tokens["Forums"].gloss.gender) == ("Forum", "n")
    assert tokens["Kohl"].gloss.short == ()


def test_a_nouns_plural_spelt_as_a_rare_first_name_names_nobody(tmp_path: Path) -> None:
    """*Tage* is a Swedish first name, but *dreißig Tage Urlaub* is thirty days of
    leave, not a Mr Urlaub: a noun's plural is no first name; *Peter Urlaub* stays one."""
    text = tmp_path / "urlaub.txt"
    text.write_text("Wir bieten dreißig Tage Urlaub im Jahr. Sie haben Urlaub.\n", "utf-8")
    tokens = [t for t in Engine().analyze(open_document(text)).tokens()]
    leave = [t for t in tokens if t.token.text == "Urlaub"]
    assert [(t.gloss.proper, bool(t.gloss.short)) for t in leave] == [(False, True)] * 2
    named = tmp_path / "named.txt"
    named.write_text("Gestern kam Peter Urlaub. Urlaub sagte das.\n", "utf-8")
    tokens = [t for t in Engine().analyze(open_document(named)).tokens()]
    assert [t.gloss.short for t in tokens if t.token.text == "Urlaub"][-1] == ()


def test_a_name_no_text_used_as_a_surname_keeps_its_gloss(tmp_path: Path) -> None:
    text = tmp_path / "wien.txt"
    text.write_text("Wir wohnen in Wien.\n", "utf-8")
    tokens = {t.token.text: t for t in Engine().analyze(open_document(text)).tokens()}
    assert tokens["Wien"].gloss.short[0] == "Vienna"


def test_a_phrase_of_another_field_leaves_the_word_of_the_texts(tmp_path: Path) -> None:
    """A match report's *zur Halbzeit* is Ding's [sport] *Halbzeit*, not its [pol.]
    phrase *zur Halbzeit* "midterm"."""
    match = tmp_path / "match.txt"
    match.write_text(
        "Berlin führte zur Halbzeit mit sechs Punkten. Nach der Pause drehte die Mannschaft"
        " auf, der Trainer lobte die Abwehr. Mit dem Sieg im Auswärtsspiel verteidigte sie"
        " die Tabellenführung, obwohl der Spielmacher mit fünf Fouls vom Feld musste.\n",
        "utf-8",
    )
    tokens = {t.token.text: t for t in Engine().analyze(open_document(match)).tokens()}
    assert "midterm" not in tokens["Halbzeit"].gloss.short
    assert tokens["Halbzeit"].gloss.short[0].startswith("half")
