"""Documents: a file on disk turned into normalised text with a stable identity.

Every loader returns the same ``Document``: the text with newlines normalised to LF (all
offsets in the core are ``str`` indices into this text), its SHA-256, and where it came
from. Loaders are found through a small registry, by extension first and then by sniffing
the content, so HTML, Markdown, PDF or DOCX loaders can be added without touching callers.
"""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reader.errors import DocumentError

#: Largest document we open. A 500-page transcript is about 1.5 MB; 64 MiB leaves room
#: for very large files while keeping a mistaken multi-GB open from eating the machine.
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Document:
    text: str
    path: Path
    format: str
    encoding: str
    title: str
    sha256: str = field(default="")

    @property
    def length(self) -> int:
        return len(self.text)


def normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def make_document(
    text: str, path: Path, fmt: str, encoding: str, utf8: bytes | None = None
) -> Document:
    """``utf8``: the bytes ``text`` was decoded from, when they were plain UTF-8; if the
    newlines need no change they hash the same as the text, without encoding it again."""
    normal = normalise_newlines(text)
    if not normal or normal.isspace():
        raise DocumentError(path, "the file has no text in it (it is empty or only whitespace)")
    if utf8 is not None and normal is text:
        sha256 = hashlib.sha256(utf8).hexdigest()
    else:
        sha256 = text_sha256(normal)
    return Document(normal, path, fmt, encoding, _title(normal, path), sha256)


def _title(text: str, path: Path) -> str:
    for line in text[:4096].split("\n"):
        line = line.strip()
        if line:
            return line if len(line) <= 120 else line[:119] + "…"
    return path.stem


@dataclass(frozen=True)
class Loader:
    """A way to turn bytes into a Document. ``sniff`` looks at the first 8 KiB."""

    format: str
    extensions: tuple[str, ...]
    sniff: Callable[[bytes], bool]
    load: Callable[[Path, bytes], Document]


_LOADERS: list[Loader] = []


def register_loader(loader: Loader) -> None:
    _LOADERS.insert(0, loader)  # later registrations win over the plain-text fallback


def loader_for(path: Path, head: bytes) -> Loader | None:
    suffix = path.suffix.lower()
    for loader in _LOADERS:
        if suffix in loader.extensions:
            return loader
    for loader in _LOADERS:
        if loader.sniff(head):
            return loader
    return None


def load_document(path: str | Path) -> Document:
    """Open ``path`` with the loader its extension or content calls for."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(
                path, f"the file is {size / 2**20:.0f} MiB; the limit is {MAX_BYTES // 2**20} MiB"
            )
        data = path.read_bytes()
    except DocumentError:
        raise
    except IsADirectoryError:
        raise DocumentError(path, "this is a folder, not a document") from None
    except FileNotFoundError:
        raise DocumentError(path, "no such file") from None
    except OSError as exc:
        raise DocumentError(path, f"cannot be read ({exc.strerror or exc})") from None
    if not data:
        raise DocumentError(path, "the file is empty")
    loader = loader_for(path, data[:8192])
    if loader is None:
        raise DocumentError(path, "this kind of file cannot be opened (binary content)")
    return loader.load(path, data)


# --- plain text ------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def _bom_encoding(head: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def _looks_binary(head: bytes) -> bool:
    if _bom_encoding(head):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls > max(1, len(head) // 100)


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """Return (text, encoding name): BOM first, then strict UTF-8, then detection."""
    encoding = _bom_encoding(data[:4])
    if encoding:
        try:
            return data.decode(encoding).lstrip("\ufeff"), encoding
        except UnicodeDecodeError as exc:
            raise DocumentError(
                path, f"starts with a {encoding} byte-order mark but byte {exc.start} is invalid"
            ) from None
    if b"\x00" in data[:8192]:
        raise DocumentError(path, "this looks like a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_binary(data[:8192]):
        raise DocumentError(path, "this looks like a binary file, not text")
    from charset_normalizer import from_bytes  # only pay for the import on legacy files

    matches = list(from_bytes(data))
    best = matches[0] if matches else None
    # Ties are common on short Western text; windows-1252 is by far the most likely of
    # them (HTML's default legacy encoding), so it wins a tie.
    for match in matches:
        if best is not None and match.encoding == "cp1252" and match.chaos <= best.chaos:
            best = match
    if best is None:
        raise DocumentError(path, "the text encoding could not be recognised (not UTF-8 or UTF-16)")
    return str(best), best.encoding


def _load_text(path: Path, data: bytes) -> Document:
    text, encoding = decode_text(path, data)
    return make_document(text, path, "text", encoding, data if encoding == "utf-8" else None)


register_loader(
    Loader(
        format="text",
        extensions=(".txt", ".text", ".md", ""),
        sniff=lambda head: not _looks_binary(head),
        load=_load_text,
    )
)
