"""Units of measure after a number: *200 g Mehl*, *2 EL Öl*, *2.100 m*.

Written alone, *g*, *m*, *kg* are Ding's abbreviations of other words (the note
G, *Monsieur*, *Kommanditgesellschaft*); after a number they are units.
"""

from __future__ import annotations

import re
from dataclasses import replace

from leseglas.lang.model import WordAnalysis
from leseglas.lang.rule import Place, Then, place_rule

NEXT = Then.NEXT

UNITS = {
    "g": "Gramm", "kg": "Kilogramm", "mg": "Milligramm", "t": "Tonne",
    "l": "Liter", "ml": "Milliliter", "cl": "Zentiliter",
    "m": "Meter", "km": "Kilometer", "cm": "Zentimeter", "mm": "Millimeter",
    "qm": "Quadratmeter", "m²": "Quadratmeter", "km²": "Quadratkilometer", "ha": "Hektar",
    "h": "Stunde", "std": "Stunde", "min": "Minute", "s": "Sekunde", "sek": "Sekunde",
    "el": "Esslöffel", "tl": "Teelöffel", "msp": "Messerspitze", "pck": "Päckchen",
    "stk": "Stück", "kw": "Kilowatt",
}  # fmt: skip
# Written with capitals only as these: *EL*, *TL*, *Min*, *Std*, *kW* (*M* is no metre).
_CAPITALISED = frozenset({"EL", "El", "TL", "Tl", "Min", "Std", "Sek", "Msp", "Pck", "Stk", "kW"})
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*|\d*[½¼¾⅓]")
_JOINED = re.compile(r"(\d+(?:[.,]\d+)?)([a-zA-Z²]+)\.?")


def unit_of(text: str) -> str | None:
    """The unit an abbreviation names, written alone (*g*) or joined to its
    number (*300g*); None for any other word."""
    joined = _JOINED.fullmatch(text)
    abbreviation = joined.group(2) if joined else text.removesuffix(".")
    if abbreviation != abbreviation.lower() and abbreviation not in _CAPITALISED:
        return None
    return UNITS.get(abbreviation.lower())


def is_measure(analyses: list[WordAnalysis], index: int) -> bool:
    """Whether the word is a unit after a number, or joined to one (*300g*)."""
    if index < 0 or unit_of(analyses[index].text) is None:
        return False
    text = analyses[index].text
    if _JOINED.fullmatch(text):
        return True
    before = analyses[index - 1] if index > 0 else None
    return before is not None and (before.tag == "CARD" or bool(_NUMBER.fullmatch(before.text)))


@place_rule(
    "noun.unit-after-a-number",
    NEXT,
    examples=[("Man nehme 200 *g* Mehl .", "Gramm NN"), ("Man nehme *300g* Mehl .", "Gramm NN")],
    counter_examples=["Das *g* ist ein Buchstabe ."],
)
def unit_after_number(place: Place) -> WordAnalysis | None:
    """A unit after a number, or joined to one, is that unit's noun: *200 g*
    Gramm, *2 EL* Esslöffel, *300g*; not Ding's note G or English "el"."""
    if not is_measure(place.analyses, place.index):
        return None
    now = place.now
    unit = unit_of(now.text) or now.lemma
    return replace(now, lemma=unit, tag="NN", pos="NOUN", article="")
