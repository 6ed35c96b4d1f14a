from benchmarks.gsd import GSD_DIR, read_conllu, sentence_f1, token_agreement
from hypothesis import given, settings
from hypothesis import strategies as st

from leseglas.text.segment import Token, TokenKind, segment, tokenize


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def assert_rebuilds(text: str, tokens: list[Token]) -> None:
    position = 0
    for token in tokens:
        assert token.start >= position
        assert text[position : token.start].strip() == ""
        assert text[token.start : token.end] == token.text
        position = token.end
    assert text[position:].strip() == ""


def test_abbreviations_keep_their_dot_and_do_not_end_sentences() -> None:
    text = "Das gilt z. B. für Dr. Müller, Nr. 5 bzw. Nr. 6 u. a. in Wien. Danach kam er."
    assert words(text)[:6] == ["Das", "gilt", "z.", "B.", "für", "Dr."]
    assert "bzw." in words(text) and "u." in words(text) and "a." in words(text)
    assert sentences(text) == [
        "Das gilt z. B. für Dr. Müller, Nr. 5 bzw. Nr. 6 u. a. in Wien.",
        "Danach kam er.",
    ]


def test_a_regnal_number_is_an_ordinal() -> None:
    sentences = segment(
        "Papst Benedikt XVI. trat zurück. Ludwig XIV. war König. Teil II. Dann kam er."
    )
    assert [s.tokens[0].text for s in sentences] == ["Papst", "Ludwig", "Teil", "Dann"]
    assert "XVI." in [t.text for t in sentences[0].tokens]


def test_ordinals_and_dates() -> None:
    assert sentences("Am 1. Januar kam der 3. Mann. Er kam am 7. Er ging.") == [
        "Am 1. Januar kam der 3. Mann.",
        "Er kam am 7.",
        "Er ging.",
    ]
    assert "1." in words("Am 1. Januar 2022")
    assert words("Er kam 2014. Dann ging er.")[:4] == ["Er", "kam", "2014", "."]


def test_hyphenated_words_numbers_urls_and_contractions_stay_whole() -> None:
    text = "Der Ex-Premier, OVKS-Bündnis und Zentralasien-Experte: 30 bzw. 2,5 Mio. Euro, geht's?"
    tokens = words(text)
    for whole in ("Ex-Premier", "OVKS-Bündnis", "Zentralasien-Experte", "30", "2,5", "geht's"):
        assert whole in tokens
    assert "https://example.org/a?b=c" in words("Siehe https://example.org/a?b=c.")
    assert words("Ein- und Ausgang")[0] == "Ein-"


def test_token_kinds() -> None:
    kinds = {t.text: t.kind for t in tokenize("Er zahlt 2,5 € – „ja“ :-)")}
    assert kinds["Er"] is TokenKind.WORD
    assert kinds["2,5"] is TokenKind.NUMBER
    assert kinds["–"] is TokenKind.PUNCT and kinds["„"] is TokenKind.PUNCT
    assert kinds["€"] is TokenKind.OTHER and kinds[":-)"] is TokenKind.OTHER


def test_quotes_stay_with_their_sentence() -> None:
    assert sentences("„Ich komme.“ Er kam. »Gut!« Sie ging.") == [
        "„Ich komme.“",
        "Er kam.",
        "»Gut!«",
        "Sie ging.",
    ]
    assert sentences('Er sagte: "Das ist gut." Dann ging er.') == [
        'Er sagte: "Das ist gut."',
        "Dann ging er.",
    ]


def test_seed_sentence_with_dash_and_brackets() -> None:
    text = (
        "Die Mission findet im Rahmen der sogenannten Organisation des Vertrags über die "
        "kollektive Sicherheit (OVKS) statt – einem Bündnisnetz, das Russland über einen "
        "Teil seiner Nachbarstaaten gelegt hat."
    )
    assert len(segment(text)) == 1
    assert {"(", "OVKS", ")", "–", "Bündnisnetz"} <= set(words(text))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_segments_and_rebuilds(text: str) -> None:
    tokens = [t for s in segment(text) for t in s.tokens]
    assert_rebuilds(text, tokens)
    assert tokens == tokenize(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "z. B.",
                "Dr.",
                "1.",
                "„",
                "“",
                "geht's",
                "OVKS-",
                "2,5",
                ".",
                "?",
                "Bünd-",
                "nis",
                "ü",
                "ß",
                " ",
                "\n",
                "http://a.b/c",
                ":-)",
                "''",
                "``",
                "Er",
                "sagte",
                "usw.",
            ]
        )
    ).map("".join)
)
def test_german_like_text_segments_and_rebuilds(text: str) -> None:
    tokens = [t for s in segment(text) for t in s.tokens]
    assert_rebuilds(text, tokens)


def test_gsd_sentence_split_and_token_boundaries() -> None:
    gold = read_conllu(GSD_DIR / "de_gsd-ud-test.conllu")
    _, _, f1 = sentence_f1(gold)
    assert f1 >= 0.98
    assert token_agreement(gold) >= 0.99


def test_a_text_with_no_full_stops_is_read_in_pieces_and_none_is_lost() -> None:
    """20,000 words with no full stop (a list, lyrics) in pieces of at most
    LONGEST_SENTENCE tokens, each ending at a comma or line break in its second
    half where there is one; every token is kept, in order."""
    from leseglas.text.segment import LONGEST_SENTENCE

    words_only = " ".join(f"Wort{i}" for i in range(20_000))
    pieces = segment(words_only)
    assert all(len(p.tokens) <= LONGEST_SENTENCE for p in pieces)
    assert [t.text for p in pieces for t in p.tokens] == words_only.split()
    lines = "\n".join(" ".join(f"Zeile{i} Wort{j}" for j in range(7)) for i in range(3_000))
    pieces = segment(lines)
    assert len(pieces) > 1 and all(lines[p.end : p.end + 1] in ("\n", "") for p in pieces)
    commas = " ".join(f"Wort{i}," if i % 50 == 49 else f"Wort{i}" for i in range(5_000))
    pieces = segment(commas)
    assert all(p.tokens[-1].text == "," for p in pieces[:-1])
    assert_rebuilds(commas, [t for p in pieces for t in p.tokens])


def test_a_paragraph_longer_than_a_page_is_read_in_parts_cut_at_sentence_ends() -> None:
    """A text pasted from a PDF, hard-wrapped with no blank line, is one paragraph of
    190,000 characters; it is read in parts of whole sentences, none past
    LONGEST_PARAGRAPH, and no word is lost.  A long paragraph under it stays whole."""
    import textwrap

    from leseglas.text.clean import clean
    from leseglas.text.segment import LONGEST_PARAGRAPH, build_document

    sentences = [f"Der Hund Nummer {i} läuft heute durch den großen Park." for i in range(3000)]
    pasted = textwrap.fill(" ".join(sentences), 72)
    document = build_document("pasted", clean(pasted))
    parts = [p.text for p in document.paragraphs]
    fewest = -(-len(" ".join(sentences)) // LONGEST_PARAGRAPH)
    assert fewest <= len(parts) <= fewest + 1  # whole sentences: the last may be short
    assert all(len(part) <= LONGEST_PARAGRAPH for part in parts)
    assert all(part.endswith("Park.") and part.startswith("Der Hund") for part in parts)
    assert " ".join(parts).split() == pasted.split()
    assert [p.index for p in document.paragraphs] == list(range(len(parts)))
    whole = " ".join(sentences[:50])  # 2,800 characters: a long paragraph, not a paste
    assert len(whole) <= LONGEST_PARAGRAPH
    assert [p.text for p in build_document("long", clean(whole)).paragraphs] == [whole]


def test_a_long_number_after_an_article_is_an_ordinal_and_a_year_still_ends_a_sentence() -> None:
    assert sentences("Er kam zum 1090. Mal in den Park. Dann ging er.") == [
        "Er kam zum 1090. Mal in den Park.",
        "Dann ging er.",
    ]
    assert len(sentences("Der 2500. Besucher bekam Blumen.")) == 1
    assert sentences("Das war im Jahr 2005. Danach kam er.") == [
        "Das war im Jahr 2005.",
        "Danach kam er.",
    ]
    assert len(sentences("Er gewann 2005. Dann verlor er.")) == 2
