"""Regression: PySide6 6.12.0 on CPython 3.11 lost a reference to None on each Qt call
returning nothing, and the interpreter aborted with "none_dealloc" after a few thousand."""

import sys


def test_void_qt_calls_keep_none_alive(qapp):
    from PySide6.QtGui import QTextCursor, QTextDocument

    document = QTextDocument("a quote and a claim")
    cursor = QTextCursor(document)
    before = sys.getrefcount(None)
    for i in range(20_000):
        cursor.setPosition(i % 10)
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references in 20,000 Qt calls"
