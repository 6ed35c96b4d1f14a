from pathlib import Path

from leseglas.text import open_document
from leseglas.text.clean import Role, Section, clean, join_lines, normalize

UI_LINES = (
    "Drucken",
    "Mehr erfahren",
    "Lesen Sie mehr zu diesen Themen:",
    "Dieser Browser wird nicht mehr unterstützt",
    "Bitte wechseln Sie zu einem unterstützten Browser",
)


def test_seed_article_is_clean(seed_path: Path) -> None:
    document = open_document(seed_path)
    article = document.article
    assert (article[0].role, article[0].text) == (Role.KICKER, "Russisches Militär")
    assert (article[1].role, article[1].text) == (Role.TITLE, "Wenn Putin seine Soldaten schickt")
    assert document.title == "Wenn Putin seine Soldaten schickt"
    texts = [p.text for p in document.paragraphs]
    captions = [t for t in texts if t.startswith("Bereit für den Einsatz.")]
    assert len(captions) == 1 and not captions[0].endswith("AFP")
    assert article[2].role is Role.CAPTION
    for paragraph in texts:
        assert not any(paragraph.startswith(ui) for ui in UI_LINES), paragraph
        assert "•" not in paragraph


def test_seed_keeps_every_body_sentence(seed_path: Path) -> None:
    raw = seed_path.read_text("utf-8")
    body = raw.split("Lesen Sie mehr zu diesen Themen:")[0]
    kept = " ".join(p.text for p in open_document(seed_path).article)
    for line in body.splitlines():
        line = line.strip()
        if len(line.split()) > 3 and not line.endswith("AFP"):
            assert line in kept


def test_seed_related_teasers_are_a_separate_section(seed_path: Path) -> None:
    document = open_document(seed_path)
    related = [p.text for p in document.related]
    assert "Präsident will Aufstand ersticken" in related
    assert any(t.startswith("Was mit friedlichen Protesten begonnen hat") for t in related)
    assert not any("Browser" in t for t in related)
    sections = [p.section for p in document.paragraphs]
    assert sections == sorted(sections, key=lambda s: s is Section.RELATED)


NEWS_PAGE = """\
Startseite
Politik
Wirtschaft

Energiewende
Windräder sollen schneller genehmigt werden

Lesezeit: 3 Min.
Artikel teilen
Kommentare (12)

Ein Windrad steht auf einem Feld bei Magdeburg. Die Bundesregierung will den Ausbau beschleunigen.
Ein Windrad steht auf einem Feld bei Magdeburg. Die Bundesregierung will den Ausbau beschleunigen. Foto: dpa

Berlin. Die Genehmigung neuer Windräder soll künftig höchstens sechs Monate dauern. Das
beschloss das Kabinett am Mittwoch. Umweltverbände begrüßen den Schritt, fordern aber mehr
Personal in den Behörden.

Kritik aus den Ländern
Mehrere Länder halten den Zeitplan für unrealistisch. „Ohne zusätzliche Fachleute wird das
nicht gelingen“, sagte eine Sprecherin.

Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten.
Das könnte Sie auch interessieren
Solarpflicht für Neubauten kommt
Ab Januar müssen neue Gebäude mit Solaranlagen ausgestattet werden.
Newsletter abonnieren
"""

BLOG_PAGE = """\
  › Zurück
Mein Jahr in Wien

Als ich im Januar nach Wien zog, kannte ich niemanden. Heute habe ich einen Stammtisch, eine
Lieblingsbäckerei und ein paar Wörter Wienerisch gelernt.

Das Schönste war der Naschmarkt im Herbst (Bild: privat).

  • Teilen
  • Auf Facebook teilen
Bitte aktivieren Sie JavaScript, um die Kommentare zu sehen.
Weitere Beiträge:
Wandern im Wienerwald
Ein Tag am Neusiedler See
"""


def test_news_page_rules() -> None:
    blocks = clean(NEWS_PAGE)
    texts = [b.text for b in blocks]
    assert "Artikel teilen" not in texts and "Kommentare (12)" not in texts
    assert "Lesezeit: 3 Min." not in texts
    captions = [b for b in blocks if b.text.startswith("Ein Windrad")]
    assert len(captions) == 1 and captions[0].role is Role.CAPTION
    assert not captions[0].text.endswith("dpa")
    body = next(b for b in blocks if b.text.startswith("Berlin."))
    assert body.text.endswith("mehr Personal in den Behörden.")  # wrapped lines joined
    assert not any("Cookies" in t for t in texts)
    related = [b.text for b in blocks if b.section is Section.RELATED]
    assert related == [
        "Solarpflicht für Neubauten kommt",
        "Ab Januar müssen neue Gebäude mit Solaranlagen ausgestattet werden.",
    ]
    assert next(b for b in blocks if b.text == "Kritik aus den Ländern").role is Role.HEADING


def test_blog_page_rules() -> None:
    blocks = clean(BLOG_PAGE)
    texts = [b.text for b in blocks]
    assert texts[0] == "Mein Jahr in Wien" and blocks[0].role is Role.TITLE
    assert not any(t in texts for t in ("› Zurück", "Zurück", "Teilen", "Auf Facebook teilen"))
    assert not any("JavaScript" in t for t in texts)
    assert [b.text for b in blocks if b.section is Section.RELATED] == [
        "Wandern im Wienerwald",
        "Ein Tag am Neusiedler See",
    ]
    assert "Das Schönste war der Naschmarkt im Herbst (Bild: privat)." in texts


def test_normalize_nfc_soft_hyphens_and_line_end_hyphenation() -> None:
    assert normalize("Gru\u0308n Bu\u0308nd\u00adnis") == "Grün Bündnis"
    assert join_lines(["Das Bünd-", "nis hält."]) == "Das Bündnis hält."
    assert join_lines(["die Ost-", "Ukraine"]) == "die Ost-Ukraine"
    assert join_lines(["Ein-", "und Ausgang"]) == "Ein- und Ausgang"
    wrapped = "Die russischen Einheiten sind Teil der Militärmission, die Moskau gestar-\ntet hat."
    assert [b.text for b in clean(wrapped)] == [
        "Die russischen Einheiten sind Teil der Militärmission, die Moskau gestartet hat."
    ]
