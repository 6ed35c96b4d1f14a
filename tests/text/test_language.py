"""A text that is not German is named, so that the learner is warned."""

import subprocess
import sys
from pathlib import Path

from leseglas.text import open_document
from leseglas.text.language import language_name, not_german

ENGLISH = (
    "The quick brown fox jumps over the lazy dog. The committee met on Tuesday to discuss "
    "the budget, and most members agreed that the new library should open next spring.\n"
)
FRENCH = (
    "Le comité s'est réuni mardi pour discuter du budget, et la plupart des membres ont "
    "convenu que la nouvelle bibliothèque devrait ouvrir au printemps prochain.\n"
)


def _document(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "text.txt"
    path.write_text(text, "utf-8")
    return open_document(path)


def test_german_texts_get_no_warning(seed_path: Path, tmp_path: Path) -> None:
    assert not_german(open_document(seed_path)) is None
    umlauts = "Über die Brücke gingen die Mädchen, und am Flußufer saßen zwei alte Männer.\n"
    assert not_german(_document(tmp_path, umlauts)) is None


def test_an_english_or_french_text_is_named(tmp_path: Path) -> None:
    english = not_german(_document(tmp_path, ENGLISH))
    assert english is not None and english.startswith("This text looks English, not German")
    french = not_german(_document(tmp_path, FRENCH))
    assert french is not None and "French" in french


def test_every_language_the_model_tells_is_named() -> None:
    """Each language py3langid tells is named, not shown as its code."""
    import py3langid

    py3langid.classify("Hello")  # loads the model
    codes = py3langid.langid.IDENTIFIER.nb_classes
    names = {code: language_name(code) for code in codes}
    # "zxx", no linguistic content (symbols, numbers): the text is not named
    assert [code for code, name in names.items() if not name] == ["zxx"]
    assert names["lij"] == "Ligurian" and names["en"] == "English"


def test_a_text_in_no_language_is_not_named(tmp_path: Path) -> None:
    symbols = "12.3 + 45.6 = 57.9 // 0x1F ## 99 % 17 -> 3.14159 ... 2.71828 :: 42 ;; 7 / 8\n"
    warning = not_german(_document(tmp_path, symbols))
    assert warning is not None and warning.startswith("This text does not look German")


def test_a_few_words_are_too_few_to_tell(tmp_path: Path) -> None:
    assert not_german(_document(tmp_path, "OK, thanks.\n")) is None


def test_a_clearly_german_text_never_loads_the_language_model(seed_path: Path) -> None:
    code = (
        "import sys; from leseglas.text import open_document; "
        "from leseglas.text.language import not_german; "
        f"assert not_german(open_document({str(seed_path)!r})) is None; "
        "print('py3langid' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
