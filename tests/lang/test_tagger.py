"""HanTa as we run it (cached, rewritten passes) gives HanTa's own results; bands.

Against the real tagger and dictionary index."""

from pathlib import Path

import pytest

from leseglas.lang.difficulty import above, band, word_zipf


def test_bands_follow_the_documented_table() -> None:
    assert band(5.5) == "A1" and band(4.5) == "B1" and band(3.5) == "C1" and band(1.0) == "C2"
    assert above("C1", "B1") and not above("A2", "B1")
    assert word_zipf("Bündnisnetz", "Bündnisnetz", ["Bündnis", "Netz"]) == pytest.approx(
        word_zipf("Bündnis", "Bündnis") - 0.5
    )


def test_viterbi_gives_hanta_tags() -> None:
    """The tagger's faster Viterbi pass chooses exactly what HanTa's own does."""
    from HanTa.HanoverTagger import HanoverTagger

    from leseglas.lang.tagger import MODEL, CachedTagger

    hanta, ours = HanoverTagger(MODEL), CachedTagger()
    for sentence in (
        "Die Mission findet im Rahmen der Organisation statt .",
        "Das ragt mal angenhem heraus aus dem Einheitssbrei .",
        "Qwertz xyzzy blorp !",
        "`` Lächerlich und inhuman '' sei das Machwerk , befand Rauf Denktasch .",
    ):
        words = sentence.split()
        assert ours.tag_sent(words) == hanta.tag_sent(words)


def test_morpheme_passes_give_hanta_results() -> None:
    """The written-out passes over a word's morphemes match HanTa's, number for number."""
    from HanTa.HanoverTagger import HanoverTagger

    from leseglas.lang.tagger import MODEL, CachedTagger

    hanta, ours = HanoverTagger(MODEL), CachedTagger()
    gsd = Path(__file__).resolve().parent.parent / "data" / "ud-german-gsd"
    lines = (gsd / "de_gsd-ud-test.conllu").read_text("utf-8").splitlines()[:5_000]
    forms = sorted({line.split("\t")[1] for line in lines if line[:1].isdigit()})
    forms += ["Bündnisnetz", "Fallschirmjägern", "Qwertzuiop", "a", "zu"]
    for form in (hanta.normalize(f) for f in forms):
        tags = hanta.analyze_forward(form)
        assert ours.analyze_forward(form) == tags, form
        for tag, _ in tags[:2]:
            if tag > 0:
                assert ours.analyze_viterbi(form.lower(), -tag) == hanta.analyze_viterbi(
                    form.lower(), -tag
                ), form
