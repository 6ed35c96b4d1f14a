import io
import zlib
from pathlib import Path

import pytest

from leseglas.errors import InputError
from leseglas.text import open_document
from leseglas.text.load import decode, load

GERMAN = "Grüße aus München: Die Straße ist schön, der Prozeß dauert – „Maß“ und Öl.\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "data",
    [
        GERMAN.encode("utf-8"),
        b"\xef\xbb\xbf" + GERMAN.encode("utf-8"),
        GERMAN.encode("utf-16"),
        GERMAN.encode("utf-16-be").join([b"\xfe\xff", b""]),
        GERMAN.encode("cp1252"),
        GERMAN.replace("–", "-").replace("„", '"').replace("“", '"').encode("latin-1"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252", "latin1"],
)
def test_encodings(tmp_path: Path, data: bytes) -> None:
    text = load(write(tmp_path, "t.txt", data)).text
    assert "Grüße aus München" in text and "Straße" in text and "Prozeß" in text


def test_nfd_becomes_nfc(tmp_path: Path) -> None:
    path = write(tmp_path, "nfd.txt", "Bu\u0308ndnisnetz und Gru\u0308ße".encode())
    assert open_document(path).paragraphs[0].text == "Bündnisnetz und Grüße"


def png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        import struct

        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = b"\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\0\0\0"))
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bild.png", png(), "PNG image"),
        ("leer.txt", b"", "empty"),
        ("leer2.txt", b"  \n\n \t", "empty"),
        ("kaputt.txt", b"\x81\x8d\x8f\x90\x9d\x00\x01\x02" * 64, "binary|encoding"),
        ("text.txt", bytes(range(256)) * 8, "binary|encoding"),
    ],
    ids=["png", "empty", "blank", "undecodable", "all-bytes"],
)
def test_bad_files_give_clear_errors(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load(write(tmp_path, name, data))


def test_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "fehlt.txt")
    with pytest.raises(InputError, match="directory"):
        load(tmp_path)


def test_undecodable_bytes_are_refused() -> None:
    with pytest.raises(InputError):
        decode(b"\x81\x8d\x8f\x90\x9d" * 200)


def test_markdown(tmp_path: Path) -> None:
    source = "# Der Titel\n\nEin **fetter** Satz mit [Link](http://x.de) und\nBünd-\nnis.\n\n- Punkt eins\n"
    document = open_document(write(tmp_path, "t.md", source.encode()))
    texts = [p.text for p in document.paragraphs]
    assert texts == ["Der Titel", "Ein fetter Satz mit Link und Bündnis.", "Punkt eins"]


HTML = """<!DOCTYPE html><html><head><title>Neue Regeln für Mieter | Zeitung</title>
<script>var tracking = "Dieser Text darf nicht erscheinen";</script><style>p{color:red}</style></head>
<body><nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li></ul></nav>
<header><a href="/abo">Jetzt abonnieren</a></header>
<article><h1>Neue Regeln für Mieter</h1>
<p>Ab dem 1. Januar gelten in Deutschland neue Regeln für Mieterinnen und Mieter. Die Bundesregierung
hat das Gesetz im Herbst beschlossen, nachdem lange darüber gestritten worden war.</p>
<p>Vermieter müssen künftig die Heizkosten genauer abrechnen. Der Mieterbund begrüßt die Änderung,
fordert aber strengere Kontrollen. „Das ist ein erster Schritt“, sagte ein Sprecher am Montag in Berlin.</p>
<p>Auch die Kaution wird neu geregelt: Sie darf höchstens drei Monatsmieten betragen und muss getrennt
vom Vermögen des Vermieters angelegt werden, wie es bereits bisher vorgeschrieben war.</p>
</article><footer><p>© 2024 Zeitung GmbH – Impressum – Datenschutz</p></footer></body></html>"""


def test_html_main_content(tmp_path: Path) -> None:
    document = open_document(write(tmp_path, "seite.html", HTML.encode("utf-8")))
    texts = [p.text for p in document.paragraphs]
    joined = "\n".join(texts)
    assert "Ab dem 1. Januar gelten" in joined and "getrennt vom Vermögen" in joined
    for chrome in ("tracking", "Startseite", "abonnieren", "Impressum", "color:red"):
        assert chrome not in joined
    assert document.title is not None and "Neue Regeln für Mieter" in document.title


def test_epub_chapters_in_order(tmp_path: Path) -> None:
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("leseglas-test")
    book.set_title("Kleines Buch")
    book.set_language("de")
    chapters = []
    for number, text in enumerate(
        ["Erstes Kapitel über den Winter.", "Zweites Kapitel über den Sommer."], 1
    ):
        chapter = epub.EpubHtml(title=f"Kapitel {number}", file_name=f"k{number}.xhtml", lang="de")
        chapter.content = f"<html><body><h1>Kapitel {number}</h1><p>{text}</p></body></html>"
        book.add_item(chapter)
        chapters.append(chapter)
    book.toc = chapters
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = list(reversed(chapters))  # reading order is the spine, not file order
    path = tmp_path / "buch.epub"
    epub.write_epub(str(path), book)
    document = open_document(path)
    texts = [p.text for p in document.paragraphs]
    assert texts.index("Zweites Kapitel über den Sommer.") < texts.index(
        "Erstes Kapitel über den Winter."
    )
    assert document.title == "Kleines Buch"


def test_broken_epub(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="EPUB"):
        load(write(tmp_path, "kaputt.epub", b"PK\x03\x04" + b"\x00" * 100))


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        buffer = io.BytesIO("Hallo Welt.\n\nZweiter Absatz.".encode("cp1252"))

    monkeypatch.setattr("sys.stdin", Stdin)
    assert [p.text for p in open_document("-").paragraphs] == ["Hallo Welt.", "Zweiter Absatz."]
