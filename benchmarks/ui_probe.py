"""One measured launch, run by ``run.py ui`` in a fresh process.

``python ui_probe.py MODE DOC START`` prints JSON: seconds from START (the parent's
wall clock before it started this process) to the first paint, and for the app the time
until all quotes were highlighted and until their speakers were found, the longest the
event loop was blocked meanwhile, and the paint time of each page while scrolling.
"""

import json
import sys
import time

MODE, DOC, START = sys.argv[1], sys.argv[2], float(sys.argv[3])

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit  # noqa: E402

app = QApplication(sys.argv[:1])
out: dict[str, object] = {}


class FirstPaint(QObject):
    def __init__(self, then):
        super().__init__()
        self.then = then

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and "first_paint" not in out:
            out["first_paint"] = time.time() - START
            QTimer.singleShot(0, self.then)
        return False


def scroll(view) -> None:
    bar = view.verticalScrollBar()
    frames = []
    for _ in range(60):
        bar.setValue(bar.value() + bar.pageStep())
        t0 = time.perf_counter()
        view.viewport().repaint()
        frames.append(time.perf_counter() - t0)
    frames.sort()
    out["scroll_worst"] = frames[-1]
    out["scroll_median"] = frames[len(frames) // 2]


def finish() -> None:
    print(json.dumps(out))
    app.quit()


if MODE in ("empty", "classes"):
    if MODE == "classes":  # first every PySide6 class the app's window imports (DOC lists them)
        import importlib

        for line in DOC.split(";"):
            module, names = line.split(":")
            for name in names.split(","):
                getattr(importlib.import_module(module), name)
    window = QMainWindow()
    window.resize(1280, 800)
    filt = FirstPaint(finish)
    window.installEventFilter(filt)
    window.show()
elif MODE == "view":  # the app's document view alone, on its session: no pane, no menus
    from pathlib import Path

    from reader.session import Session
    from reader.ui.docview import DocumentView

    window = QMainWindow()
    view = DocumentView()
    window.setCentralWidget(view)
    window.resize(1280, 800)
    view.set_document_text(Session.open(Path(DOC)).document.text)
    filt = FirstPaint(finish)
    view.viewport().installEventFilter(filt)
    window.show()
elif MODE == "bare":
    view = QPlainTextEdit()
    view.setReadOnly(True)
    with open(DOC, encoding="utf-8") as handle:
        view.setPlainText(handle.read())
    view.resize(1280, 800)

    def bare_done() -> None:
        scroll(view)
        finish()

    filt = FirstPaint(bare_done)
    view.viewport().installEventFilter(filt)
    view.show()
else:
    from pathlib import Path

    from reader.ui.mainwindow import MainWindow

    window = MainWindow()
    window.keep_layout = False
    window.resize(1280, 800)
    gaps = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        if "--debug" in sys.argv and now - last[0] > 0.02:
            print(
                f"gap {1000 * (now - last[0]):.0f} ms at {now - painted_at[0]:.3f} s",
                file=sys.stderr,
            )
        last[0] = now

    ticker = QTimer(interval=5)
    ticker.timeout.connect(tick)

    def spotted(session, result) -> None:
        # connected after the window's own slot: the quotes are highlighted by now
        out["quotes_highlighted"] = time.time() - START

    def analysed(session, result) -> None:
        out["speakers_found"] = time.time() - START
        out["quotes"] = len(result[0].quotes)
        ticker.stop()
        out["longest_block"] = max(gaps) if gaps else 0.0
        QTimer.singleShot(0, after_quotes)

    def after_quotes() -> None:
        window.view.viewport().repaint()
        scroll(window.view)
        window.session.dirty = False
        finish()

    painted_at = [0.0]

    def painted() -> None:
        last[0] = painted_at[0] = time.perf_counter()
        ticker.start()

    window.bridge.spotted.connect(spotted)
    window.bridge.analysed.connect(analysed)
    filt = FirstPaint(painted)
    window.view.viewport().installEventFilter(filt)
    window.show()
    window.open_path(Path(DOC), remember=False)
app.exec()
