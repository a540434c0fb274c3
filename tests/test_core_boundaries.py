"""The core imports no Qt; the PySide6 pin keeps out the release that aborts CPython 3.11;
no module binds a top-level name twice."""

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


def test_no_module_binds_a_top_level_name_twice():
    """The quote engine's modules hold hundreds of patterns and word lists: a second
    ``_NAME_RE = ...`` far below the first silently replaces it for every use above."""
    import ast
    from collections import Counter
    from pathlib import Path

    twice = []
    for path in sorted(Path(reader.__file__).parent.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = Counter(
            target.id
            for node in tree.body
            if isinstance(node, ast.Assign | ast.AnnAssign)
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)
        )
        twice += [f"{path.name}: {name}" for name, count in names.items() if count > 1]
        # nor a function or a method defined twice (the second replaces the first)
        for body, where in [(tree.body, path.name)] + [
            (node.body, f"{path.name}: {node.name}")
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
        ]:
            defs = Counter(
                node.name
                for node in body
                if isinstance(node, ast.FunctionDef)
                and not any(  # (a property's getter and setter share a name)
                    isinstance(d, ast.Attribute) and d.attr in ("setter", "deleter")
                    for d in node.decorator_list
                )
            )
            twice += [f"{where}.{name}" for name, count in defs.items() if count > 1]
    assert twice == []
