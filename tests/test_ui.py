"""The reader window on real widgets and real files (pytest-qt, offscreen)."""

import json
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from reader.prefs import Prefs
from reader.resources import sample_document
from reader.session import Session
from reader.ui import dialogs
from reader.ui.claimeditor import is_web_link
from reader.ui.claimspane import ClaimsModel
from reader.ui.commands import AddClaim, EditField
from reader.ui.mainwindow import MainWindow


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "readout.txt"
    shutil.copy(sample_document(), path)
    return path


@pytest.fixture
def make_window(qtbot, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, exc: errors.append(exc))

    def make():
        window = MainWindow(
            Prefs(tmp_path / "prefs.json"),
            QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
        )
        window.errors = errors
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # window shortcuts only reach the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return make


def formats_at(window, offset):
    """The additional formats laid on the block holding ``offset``, with their spans in
    code points relative to the document."""
    view = window.view
    u16 = view.map.to_qt(offset)
    block = view.document().findBlock(u16)
    view.show_span(offset, offset + 1, flash=False)
    view.viewport().grab()  # paints, as the screen would
    return block, block.layout().formats()


def notes_json(doc):
    return json.loads(doc.with_name(doc.name + ".claims.json").read_text())


def test_open_sample_highlights_the_detected_quotes(make_window, doc):
    window = make_window()
    assert window.open_path(doc, wait=True)
    quote = window.quotes[0]
    assert quote.speaker == "Helena Varga"
    block, formats = formats_at(window, quote.start)
    starts = [window.view.map.from_qt(block.position() + r.start) for r in formats]
    assert quote.start in starts
    assert "21 quotes detected" in window.counts.text()
    assert window.windowTitle().startswith("readout.txt")


def test_quotes_are_found_off_the_gui_thread(make_window, doc, qtbot):
    window = make_window()
    with qtbot.waitSignal(window.bridge.analysed, timeout=10000) as blocker:
        window.open_path(doc)
    assert blocker.args[0] is window.session
    assert [q.speaker for q in blocker.args[1][0].quotes][:2] == ["Helena Varga"] * 2
    qtbot.waitUntil(lambda: window.session.analysis is not None)


def test_quotes_are_highlighted_before_their_speakers_are_found(make_window, doc, qtbot):
    window = make_window()
    seen = {}

    def spotted(session, result) -> None:  # connected after the window's own slot
        text = session.document.text
        first = text.index("The floods of 14 October")
        title = text.index("Valley at Risk")
        seen["quotes"] = list(window.quotes)
        seen["tips"] = [window.view.tip_for(m) for m in window.view.marks_at(first)]
        seen["title"] = [m.kind for m in window.view.marks_at(title)]

    window.bridge.spotted.connect(spotted)
    with qtbot.waitSignal(window.bridge.analysed, timeout=10000):
        window.open_path(doc)
    assert seen == {"quotes": [], "tips": ["Quote: finding its speaker…"], "title": ["quote"]}
    qtbot.waitUntil(lambda: window.session.analysis is not None)
    first = window.session.document.text.index("The floods of 14 October")
    assert [window.view.tip_for(m) for m in window.view.marks_at(first)] == ["Quote: Helena Varga"]
    title = window.session.document.text.index("Valley at Risk")
    assert window.view.marks_at(title) == []  # a title, not a quote, once the engine has read it


def test_verify_quote_edit_and_autosave(make_window, doc, qtbot):
    window = make_window()
    window.open_path(doc, wait=True)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.current_quote == 0
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    claim = window.session.claims[0]
    assert (claim.kind, claim.speaker) == ("quote", "Helena Varga")
    assert claim.exact.startswith("The floods of 14 October 2025")
    assert window.current_claim == claim.id
    editor = window.editor
    editor.verdict.setCurrentIndex(editor.verdict.findData("false"))
    editor.verdict.activated.emit(editor.verdict.currentIndex())
    qtbot.keyClicks(editor.note, "Agency count: 37,900")
    assert claim.verdict == "false" and claim.note == "Agency count: 37,900"
    assert window.isWindowModified()
    qtbot.waitUntil(lambda: doc.with_name(doc.name + ".claims.json").exists(), timeout=5000)
    saved = notes_json(doc)["claims"][0]
    assert saved["verdict"] == "false" and saved["note"] == "Agency count: 37,900"
    assert saved["speaker"] == "Helena Varga"
    assert not window.isWindowModified()

    again = make_window()
    again.open_path(doc, wait=True)
    reopened = again.session.claims[0]
    assert reopened.id == claim.id and reopened.anchor == "exact"
    block, formats = formats_at(again, reopened.start)
    spans = [(again.view.map.from_qt(block.position() + r.start), r.length) for r in formats]
    assert (reopened.start, len(reopened.exact)) in spans  # the claim's own highlight


def test_undo_and_redo(make_window, doc, qtbot):
    window = make_window()
    window.open_path(doc, wait=True)
    window.select_quote(1)
    window.verify_quote()
    claim_id = window.current_claim
    qtbot.keyClicks(window.editor.note, "abc")
    assert window.session.claim(claim_id).note == "abc"
    assert window.undo.count() == 2  # typing merged into one step
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.claim(claim_id).note == ""
    window.undo.undo()
    assert window.session.claims == []
    window.undo.redo()
    window.undo.redo()
    assert window.session.claim(claim_id).note == "abc"
    window.select_claim(claim_id)
    window.delete_claim()
    assert window.session.claims == []
    window.undo.undo()
    assert window.session.claim(claim_id).note == "abc"


def test_commands_on_a_bare_undo_stack(doc):
    session = Session.open(doc)
    stack = QUndoStack()
    claim = session.new_claim(0, 6)
    stack.push(AddClaim(session, claim))
    assert [c.id for c in session.claims] == [claim.id]
    stack.push(EditField(session, claim.id, "tags", ["budget"]))
    assert session.claim(claim.id).tags == ["budget"]
    stack.undo()
    assert session.claim(claim.id).tags == []
    stack.undo()
    assert session.claims == []
    stack.redo()
    stack.redo()
    assert session.claim(claim.id).tags == ["budget"]


def test_conflict_reload_theirs_or_keep_mine(make_window, doc, monkeypatch, tmp_path):
    window = make_window()
    window.open_path(doc, wait=True)
    window.select_quote(0)
    window.verify_quote()
    assert window.save()
    notes = doc.with_name(doc.name + ".claims.json")
    theirs = notes.read_text().replace('"note": ""', '"note": "written by a colleague"')
    notes.write_text(theirs)
    window.editor.note.setPlainText("mine")
    answers = iter(["save_as", "reload"])
    monkeypatch.setattr(dialogs, "ask_conflict", lambda parent, path: next(answers))
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, s: tmp_path / "mine.claims.json")
    assert window.save()
    assert notes.read_text() == theirs  # theirs untouched
    assert json.loads((tmp_path / "mine.claims.json").read_text())["claims"][0]["note"] == "mine"
    # working on the new file now; a colleague changes the original again, and we reload
    window.session.store = type(window.session.store)(notes)
    window.session.store.load(window.session.document)
    notes.write_text(theirs.replace("colleague", "second colleague"))
    window.editor.note.setPlainText("mine again")
    assert window.save()
    assert window.session.claims[0].note == "written by a second colleague"
    assert not window.session.dirty


def test_corrupt_notes_open_read_only_and_stay_untouched(make_window, doc, qtbot):
    notes = doc.with_name(doc.name + ".claims.json")
    notes.write_text('{"format": "claim-reader", "version": 99, "claims": []}')
    window = make_window()
    window.open_path(doc, wait=True)
    assert window.errors and "newer Claim Reader" in window.errors[0].problem
    assert str(notes) in str(window.errors[0])
    assert "read-only" in window.windowTitle()
    assert not window.actions_["verify"].isEnabled()
    window.select_quote(0)
    window.verify_quote()
    assert window.session.claims == []
    window.close()
    assert notes.read_text() == '{"format": "claim-reader", "version": 99, "claims": []}'


def test_find_and_find_next(make_window, doc, qtbot):
    window = make_window()
    window.open_path(doc, wait=True)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar, "Velmora")
    text = window.session.document.text
    first = text.index("Velmora")
    cursor = window.view.textCursor()
    assert window.view.map.from_qt(cursor.selectionStart()) == first
    qtbot.keyClick(window, Qt.Key.Key_F3)
    second = text.index("Velmora", first + 1)
    assert window.view.map.from_qt(window.view.textCursor().selectionStart()) == second
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.map.from_qt(window.view.textCursor().selectionStart()) == first


def test_keyboard_navigation_and_span_resizing(make_window, doc, qtbot):
    window = make_window()
    window.open_path(doc, wait=True)
    for expected in (0, 1, 2):
        qtbot.keyClick(window, Qt.Key.Key_F8)
        assert window.current_quote == expected
    qtbot.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_quote == 1
    window.verify_quote()
    claim = window.session.claims[0]
    end = claim.end
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert claim.end == end + 1 and claim.exact.endswith('."')
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert claim.end == end - 1
    window.undo.undo()
    window.undo.undo()
    window.undo.undo()
    assert claim.end == end
    window.clear_selection()
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.current_claim == claim.id


def test_emoji_and_non_latin_offsets(make_window, tmp_path, qtbot):
    path = tmp_path / "emoji.txt"
    path.write_text(
        '😀🎉 Министр 😀 сказал: «Мы победим» 👍 and "we 🚀 will" 🎉 go.\n', encoding="utf-8"
    )
    window = make_window()
    window.open_path(path, wait=True)
    text = window.session.document.text
    assert [q.text for q in window.quotes] == ["Мы победим", "we 🚀 will"]
    rocket_quote = window.quotes[1]
    block, formats = formats_at(window, rocket_quote.start)
    starts = {window.view.map.from_qt(r.start): r.length for r in formats}
    assert starts[rocket_quote.start] == len("we 🚀 will".encode("utf-16-le")) // 2
    # select "победим" in Qt's units and make a claim: the code-point span is exact
    view = window.view
    start = text.index("победим")
    view.setTextCursor(view.cursor_for(start, start + len("победим")))
    window.claim_from_selection()
    claim = window.session.claims[0]
    assert (claim.start, claim.end, claim.exact) == (start, start + 7, "победим")


def test_utf16_map_knows_wide_text_in_constant_time():
    from reader.ui.positions import Utf16Map

    assert Utf16Map("é" * 100_000 + "ж")._astral == []  # two bytes a character: none
    wide = Utf16Map("é" * 100_000 + "😀x")
    assert wide._astral == [100_000]
    assert (wide.to_qt(100_001), wide.from_qt(100_002)) == (100_002, 100_001)


def test_long_document_comes_in_parts(make_window, tmp_path, qtbot, monkeypatch):
    from reader.ui import docview

    monkeypatch.setattr(docview, "FIRST_PART", 2_000)
    monkeypatch.setattr(docview, "PART", 5_000)
    path = tmp_path / "long.txt"
    paragraphs = sample_document().read_text(encoding="utf-8").split("\n\n")
    path.write_text("\n\n".join(paragraphs * 3) + "\n\nThe end 😀, he said.\n", encoding="utf-8")
    window = make_window()
    window.open_path(path)
    view, text = window.view, window.session.document.text
    assert len(text) > 12_000
    assert view.document().characterCount() < 3_000  # the first part, painted at once
    # a claim at the very end can be shown before the rest has come in
    claim = window.session.new_claim(len(text) - 10, len(text) - 2)
    window.session.add_claim(claim)
    window.select_claim(claim.id)
    assert claim.exact in [s.cursor.selectedText() for s in view.extraSelections()]
    assert view.textCursor().position() == view.map.to_qt(claim.start)  # scrolled to it
    assert view.toPlainText() == text
    window.open_path(path)  # again: Ctrl+End goes to the end of the text, all of it
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.textCursor().position() == view.map.to_qt(len(text))
    qtbot.waitUntil(lambda: window.session.analysis is not None, timeout=10_000)
    window.session.dirty = False


def test_closing_while_a_long_document_comes_in(make_window, tmp_path, qtbot, monkeypatch):
    from reader.ui import docview

    monkeypatch.setattr(docview, "FIRST_PART", 500)
    monkeypatch.setattr(docview, "PART", 500)
    path = tmp_path / "long.txt"
    shutil.copy(sample_document(), path)
    window = make_window()
    window.open_path(path)
    view = window.view
    window.close()
    view.deleteLater()  # the parts still to come, and the quote search, find no view
    qtbot.wait(400)


def test_claims_model_is_a_valid_item_model(qtmodeltester, doc):
    session = Session.open(doc)
    for start in (10, 200, 400):
        session.add_claim(session.new_claim(start, start + 30))
    model = ClaimsModel(session)
    qtmodeltester.check(model)


def test_only_web_links_open():
    assert is_web_link("https://example.org/report")
    assert is_web_link(" http://example.org ")
    for bad in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://example.org",
        "example.org",
        "",
        "https://",
    ):
        assert not is_web_link(bad), bad


def test_screenshot_command(tmp_path, doc):
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "reader", str(doc), "--screenshot", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20000
    assert not doc.with_name(doc.name + ".claims.json").exists()  # a picture writes no notes


def test_no_document_opens_a_copy_of_the_sample_in_the_users_data_folder(tmp_path):
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--screenshot", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    copy = home / ".local" / "share" / "claim-reader" / "sample-readout.txt"
    assert copy.read_bytes() == sample_document().read_bytes()
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_changed_quote_shows_its_diff_and_can_be_confirmed(make_window, doc, qtbot):
    session = Session.open(doc)
    words = "which is three times what the previous government spent."
    start = session.document.text.index(words)
    session.add_claim(session.new_claim(start, start + len(words), verdict="false"))
    session.save()
    doc.write_text(doc.read_text().replace("three times what", "twice what"))
    window = make_window()
    window.open_path(doc, wait=True)
    assert window.banner.isVisible() and "1 quote(s) edited" in window.banner.text()
    claim = window.session.claims[0]
    assert claim.anchor == "changed"
    window.select_claim(claim.id)
    editor = window.editor
    assert editor.confirm.isVisible() and editor.detach.isVisible()
    assert "<s" in editor.diff.text() and "three times" in editor.diff.text()
    assert "twice" in editor.diff.text()
    qtbot.mouseClick(editor.confirm, Qt.MouseButton.LeftButton)
    assert claim.anchor == "exact" and claim.exact.startswith("which is twice")
    assert claim.history[0]["text"] == words
    assert not window.banner.isVisible()
    window.undo.undo()
    assert claim.anchor == "changed" and claim.exact == words and claim.history == []


def test_dismissed_quote_stays_dismissed(make_window, doc, qtbot):
    window = make_window()
    window.open_path(doc, wait=True)
    window.select_quote(2)
    dismissed = window.quotes[2]
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert dismissed not in window.quotes and len(window.quotes) == 20
    assert window.save()
    again = make_window()
    again.open_path(doc, wait=True)
    assert [(q.start, q.end) for q in again.quotes].count((dismissed.start, dismissed.end)) == 0
    again.undo.clear()
    window.undo.undo()  # undo in the first window brings it back there
    assert len(window.quotes) == 21


def test_markup_in_a_document_is_shown_as_text(make_window, tmp_path):
    path = tmp_path / "markup.txt"
    path.write_text('She said, "<img src=http://example.org/x.png> <b>bold</b> claim."\n')
    window = make_window()
    window.open_path(path, wait=True)
    window.select_quote(0)
    window.verify_quote()
    assert window.editor.quote.textFormat() == Qt.TextFormat.PlainText
    assert "<img" in window.editor.quote.text()
    tip = window.model.data(window.model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img" in tip and "<img" not in tip


def test_closing_never_loses_notes_that_cannot_be_saved(make_window, doc, monkeypatch, qtbot):
    import reader.store

    window = make_window()
    window.open_path(doc, wait=True)
    window.select_quote(0)
    window.verify_quote()

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(reader.store, "atomic_write", disk_full)
    answers = []
    monkeypatch.setattr(
        dialogs, "ask_unsaved", lambda parent, problem: answers.append(problem) or "cancel"
    )
    window.close()
    assert window.isVisible() and window.session.dirty  # stayed open, edits kept
    assert "No space left on device" in answers[0]
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent, problem: "discard")
    window.close()
    assert not window.isVisible()


def test_dropping_a_file_opens_it(make_window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    other = tmp_path / "other.txt"
    other.write_text('The minister said, "It will be done by May."\n')
    window = make_window()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(other))])
    point = QPointF(window.rect().center())
    enter = QDragEnterEvent(
        point.toPoint(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    assert window.session.document.path == other
