"""Bytes → text: files, standard input, encodings and document formats.

Formats are chosen by file extension (``.txt``, ``.md``, ``.html``/``.htm``,
``.epub``) and otherwise by content.  Every loader returns plain text with a
blank line between blocks, for ``clean`` to turn into paragraphs.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from leseglas.errors import InputError
from leseglas.text.clean import join_lines

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document (export it to text or EPUB first)",
    b"\x7fELF": "a program",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "a gzip archive",
    b"SQLite format 3": "a database",
}
# Encodings a German text realistically comes in when it is not UTF-8.
_WESTERN = ["cp1252", "iso8859_15", "latin_1", "mac_roman", "cp850", "utf_16", "utf_32"]
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_MARKDOWN_SUFFIXES = {".md", ".markdown"}


@dataclass(frozen=True)
class LoadedText:
    """Plain text of a source, before cleaning."""

    text: str
    name: str
    format: str  # "text", "markdown", "html" or "epub"
    title: str | None = None


def load(source: str | Path) -> LoadedText:
    """Read a file (or ``-`` for standard input) into plain text."""
    if str(source) == "-":
        return _from_bytes(sys.stdin.buffer.read(), "<stdin>", "")
    path = Path(source)
    data = read_bytes(path)
    suffix = path.suffix.lower()
    if suffix == ".epub" or (data.startswith(b"PK\x03\x04") and b"application/epub" in data[:100]):
        return _epub(data, path.name)
    return _from_bytes(data, str(path), suffix)


_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
FETCH_TIMEOUT = 10.0  # seconds for a web page
MAX_PAGE = 20 * 2**20  # bytes: a web page, not a download


def is_url(source: str) -> bool:
    return _URL.match(source.strip()) is not None


def fetch_page(url: str, folder: Path, timeout: float = FETCH_TIMEOUT) -> Path:
    """Downloads a web page into ``folder`` (named by its address), to be read as
    an HTML file: its article is extracted as any saved page's is."""
    request = urllib.request.Request(url.strip(), headers={"User-Agent": "leseglas"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_PAGE + 1)
    except urllib.error.HTTPError as err:
        raise InputError(f"{url}: the server answered {err.code} ({err.reason})") from None
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise InputError(
            f"{url}: the page could not be fetched ({reason}); are you online?"
        ) from None
    if len(data) > MAX_PAGE:
        raise InputError(f"{url}: more than {MAX_PAGE // 2**20} MB: not a web page to read")
    folder.mkdir(parents=True, exist_ok=True)
    saved = folder / f"{hashlib.sha256(url.strip().encode()).hexdigest()[:16]}.html"
    saved.write_bytes(data)
    return saved


def read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give a text, HTML, Markdown or EPUB file")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror or err})") from None
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    return data


def _from_bytes(data: bytes, name: str, suffix: str) -> LoadedText:
    if not data.strip():
        raise InputError(f"{name}: the input is empty")
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}, not a text")
    text = decode(data, name)
    if suffix in _HTML_SUFFIXES or (not suffix and _looks_like_html(text)):
        return _html(text, name)
    if suffix in _MARKDOWN_SUFFIXES:
        return LoadedText(markdown_to_text(text), name, "markdown")
    return LoadedText(text, name, "text")


def decode(data: bytes, name: str = "input") -> str:
    """Decode with a BOM if present, else UTF-8, else a detected Western encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), name)
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_WESTERN).best()
    if best is None:
        raise InputError(f"{name}: the text encoding cannot be recognised; save it as UTF-8")
    return _checked(str(best), name)


def _checked(text: str, name: str) -> str:
    """Refuse text that is mostly control characters: binary data, not a text."""
    sample = text[:100_000]
    controls = sum(1 for ch in sample if _is_control(ch))
    if not sample.strip():
        raise InputError(f"{name}: the input is empty")
    if controls > max(3, len(sample) // 100) or "\x00" in sample:
        raise InputError(f"{name}: this looks like binary data, not a text")
    return text


def _is_control(ch: str) -> bool:
    return (ch < " " and ch not in "\n\r\t\f") or "\x7f" <= ch < "\xa0"


def _looks_like_html(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def _html(text: str, name: str) -> LoadedText:
    """Main content of a web page, without navigation, scripts or footers."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        text, include_comments=False, include_tables=True, favor_precision=True
    )
    title = getattr(extracted, "title", None) if extracted is not None else None
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body:
        body = "\n\n".join(html_blocks(text.encode("utf-8")))
    if not body.strip():
        raise InputError(f"{name}: no readable text found in this page")
    lines = [line for line in body.splitlines() if line.strip()]
    if title and (not lines or lines[0].strip() != title.strip()):
        lines.insert(0, title)
    return LoadedText("\n\n".join(lines), name, "html", title)


_BLOCK_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "dd", "dt"}
_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "noscript", "form"}


def html_blocks(markup: bytes) -> list[str]:
    """Text of block elements in document order (for EPUB chapters and as a fallback)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return []
    for element in root.iter(*_SKIP_TAGS):
        element.drop_tree()
    blocks = []
    for element in root.iter(*_BLOCK_TAGS):
        if any(child.tag in _BLOCK_TAGS for child in element.iterdescendants()):
            continue
        text = " ".join(element.text_content().split())
        if text:
            blocks.append(text)
    return blocks


def _epub(data: bytes, name: str) -> LoadedText:
    """Chapters of an EPUB in reading (spine) order."""
    import ebooklib
    from ebooklib import epub

    try:
        book = epub.read_epub(io.BytesIO(data), options={"ignore_ncx": True})
    except Exception as err:  # ebooklib raises bare Exceptions and zip/XML errors
        raise InputError(f"{name}: not a readable EPUB ({err})") from None
    chapters = []
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is not None and item.get_type() == ebooklib.ITEM_DOCUMENT:
            blocks = html_blocks(item.get_content())
            if blocks:
                chapters.append("\n\n".join(blocks))
    if not chapters:
        raise InputError(f"{name}: the EPUB holds no readable text")
    titles = book.get_metadata("DC", "title")
    title = titles[0][0] if titles else None
    return LoadedText("\n\n".join(chapters), name, "epub", title)


def markdown_to_text(markdown: str) -> str:
    """Blocks of a Markdown text without its markup (links keep their text)."""
    from markdown_it import MarkdownIt

    blocks = []
    for token in MarkdownIt("commonmark").parse(markdown):
        if token.type == "inline" and token.children is not None:
            parts = []
            for child in token.children:
                if child.type in ("text", "code_inline"):
                    parts.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    parts.append("\n")
            text = join_lines("".join(parts).split("\n"))
            if text:
                blocks.append(text)
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.strip())
    return "\n\n".join(blocks)
