"""The core imports no Qt; the PySide6 pin keeps out the release that aborts CPython 3.11."""

import pkgutil
import subprocess
import sys

import reader

CORE = sorted(
    f"reader.{m.name}"
    for m in pkgutil.iter_modules(reader.__path__)
    if m.name not in ("ui", "__main__")
)


def test_core_modules_do_not_import_qt():
    assert {"reader.quotes", "reader.session", "reader.store"} <= set(CORE)
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in CORE)
        + "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        + "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_bundled_sample_is_installed():
    from reader.documents import load_document
    from reader.resources import sample_document

    doc = load_document(sample_document())
    assert doc.title == "Office of the Prime Minister of Norland"
    assert 700 < len(doc.text.split()) < 900
