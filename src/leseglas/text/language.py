"""Which language a text is in, so that a learner is told when it is not German.

leseglas reads every text as German; an English one would get German lemmas
and glosses (*quick* → "lively") without a word of warning.  ``py3langid``
(langid.py's maintained fork, BSD) tells the language from a sample of the text
in a few milliseconds, once its model is loaded (about half a second, which the
reader spends in the background, after the first paint).
"""

from __future__ import annotations

import re

from leseglas.text.segment import Document

SAMPLE_CHARS = 20_000  # the article's opening: enough to tell, fast on any book
MIN_CHARS = 40  # shorter than a sentence or two, no guess is worth a warning


def language_of(text: str) -> str:
    """The ISO 639-1 code of the text's language: ``de``, ``en`` …"""
    import py3langid  # its model loads on first use: not at start-up

    code, _ = py3langid.classify(text[:SAMPLE_CHARS])
    return str(code)


# Words found in any German text and in no other language's everyday writing: when
# they make up a good share of a text it is German, and the model (70 MB, half a
# second) is not loaded at all.  The seed article: 28%; GSD in chunks of 20 sentences:
# never under 21%; an English text: 0%.
_GERMAN_WORDS = frozenset(
    "der die das und ist nicht ein eine zu den von mit sich auf für dem des im auch "
    "als er sie wir ich werden wird wurde hat haben sind oder aber nach bei über".split()
)
GERMAN_SHARE = 0.08
_WORD = re.compile(r"\w+")


def clearly_german(sample: str) -> bool:
    words = _WORD.findall(sample.lower())
    return bool(words) and sum(w in _GERMAN_WORDS for w in words) >= GERMAN_SHARE * len(words)


def not_german(document: Document) -> str | None:
    """A warning for a text that is not German, or None."""
    sample = "\n".join(p.text for p in document.article)[:SAMPLE_CHARS]
    if len(sample) < MIN_CHARS or clearly_german(sample):
        return None
    code = language_of(sample)
    if code == "de":
        return None
    name = language_name(code)
    looks = f"This text looks {name}, not German" if name else "This text does not look German"
    return f"{looks}: leseglas reads every text as German, so its lemmas and glosses will be wrong."


def language_name(code: str) -> str:
    """The language's English name (*lij*: "Ligurian"); "" for a code that names
    none (*zxx*, no linguistic content)."""
    from langcodes import Language
    from langcodes.tag_parser import LanguageTagError

    if code in _NO_LANGUAGE:
        return ""
    try:
        name = str(Language.get(code).display_name("en"))
    except (LanguageTagError, LookupError, ValueError):
        return ""
    return "" if name.lower().startswith("unknown language") else name


_NO_LANGUAGE = frozenset({"zxx", "und", "mul", "mis"})  # ISO 639's codes for no one language
