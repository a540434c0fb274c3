import codecs

import pytest

from reader import documents
from reader.documents import load_document
from reader.errors import DocumentError


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_with_and_without_bom_give_the_same_document(tmp_path):
    text = "Minister Ana Lúcia said, “We’ll build 40 schools.” 🌊\n"
    plain = load_document(write(tmp_path, "a.txt", text.encode()))
    bom = load_document(write(tmp_path, "b.txt", codecs.BOM_UTF8 + text.encode()))
    assert plain.text == bom.text == text
    assert plain.sha256 == bom.sha256
    assert (plain.encoding, bom.encoding) == ("utf-8", "utf-8-sig")
    assert plain.length == len(text)
    assert plain.format == "text"
    assert plain.title == "Minister Ana Lúcia said, “We’ll build 40 schools.” 🌊"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, codec):
    text = "Pressemitteilung: „Wir schaffen das“, sagte sie.\n"
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    doc = load_document(write(tmp_path, "de.txt", bom + text.encode(codec)))
    assert doc.text == text


def test_legacy_encoding_is_detected(tmp_path):
    text = (
        "Le ministre a déclaré : « Nous réduirons le déficit à 3 % en 2026 », "
        "a précisé le porte-parole du gouvernement français à l'Élysée.\n"
    ) * 5
    doc = load_document(write(tmp_path, "fr.txt", text.encode("cp1252")))
    assert doc.text == text
    assert doc.encoding.replace("_", "").lower() in {"cp1252", "windows1252", "latin1", "iso88591"}


def test_newlines_are_normalised_and_hash_follows_the_text(tmp_path):
    crlf = load_document(write(tmp_path, "crlf.txt", b"one\r\ntwo\rthree\n"))
    lf = load_document(write(tmp_path, "lf.txt", b"one\ntwo\nthree\n"))
    assert crlf.text == "one\ntwo\nthree\n"
    assert crlf.sha256 == lf.sha256
    other = load_document(write(tmp_path, "x.txt", b"one\ntwo\nthree!\n"))
    assert other.sha256 != lf.sha256
    # whichever way it was read (plain UTF-8 bytes are hashed as they are), the hash is
    # the normalised text's
    samples = ("Zürich “quote” 😀\n".encode(), codecs.BOM_UTF8 + b"a\r\n", "é\n".encode("cp1252"))
    for data in samples:
        doc = load_document(write(tmp_path, "h.txt", data * 40))
        assert doc.sha256 == documents.text_sha256(doc.text)


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "no text"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("data.txt", b"abc\x00\x01\x02def" * 50, "binary"),
        ("bad16.txt", codecs.BOM_UTF16_LE + b"a\x00\x00\xd8", "byte-order mark"),
    ],
)
def test_refusals_name_the_file_and_the_problem(tmp_path, name, data, problem):
    path = write(tmp_path, name, data)
    with pytest.raises(DocumentError) as info:
        load_document(path)
    assert str(path) in str(info.value)
    assert problem in str(info.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        load_document(tmp_path / "nope.txt")
    with pytest.raises(DocumentError, match="folder"):
        load_document(tmp_path)


def test_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "MAX_BYTES", 1024)
    path = write(tmp_path, "big.txt", b"a" * 2048)
    with pytest.raises(DocumentError, match="limit"):
        load_document(path)


def test_registry_picks_a_registered_loader_without_touching_callers(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "_LOADERS", list(documents._LOADERS))

    def load_upper(path, data):
        return documents.make_document(data.decode().upper(), path, "shout", "utf-8")

    documents.register_loader(documents.Loader("shout", (".shout",), lambda h: False, load_upper))
    doc = load_document(write(tmp_path, "x.shout", b"hello"))
    assert (doc.text, doc.format) == ("HELLO", "shout")
    assert load_document(write(tmp_path, "x.txt", b"hello")).format == "text"
