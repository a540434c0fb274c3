"""The side pane: the claims list with its filters and legend above, and below it the
editor for the selected claim (or a hint on how to make one)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reader.claims import VERDICT_LABELS, VERDICTS, Claim
from reader.ui.claimspane import ClaimDelegate, ClaimIdRole, ClaimsFilter, ClaimsModel
from reader.ui.legend import Legend

HINT = (
    "<p><b>No claim selected.</b></p>"
    "<p>Select words in the document and press <b>Ctrl+K</b> to make a claim of them, or "
    "step through the detected quotes with <b>F8</b> and press <b>Ctrl+Return</b> to "
    "verify one.</p><p><b>F7</b> steps through claims; <b>Ctrl+F</b> finds text.</p>"
)


class ClaimsPane(QSplitter):
    claimChosen = Signal(str)  # the user picked a claim in the list

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.model = ClaimsModel()
        self.filter = ClaimsFilter()
        self.filter.setSourceModel(self.model)
        self.list = QListView()
        self.list.setModel(self.filter)
        self.list.setItemDelegate(ClaimDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter claims"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.apply_filters())
        self.verdict_filter = QComboBox()
        self.verdict_filter.addItem(self.tr("All verdicts"), "")
        for verdict in VERDICTS:
            self.verdict_filter.addItem(VERDICT_LABELS[verdict], verdict)
        self.speaker_filter = QComboBox()
        self.tag_filter = QComboBox()
        filters = QHBoxLayout()
        for combo in (self.verdict_filter, self.speaker_filter, self.tag_filter):
            combo.activated.connect(lambda _: self.apply_filters())
            filters.addWidget(combo)
        self.banner = QLabel()  # "the document changed since these notes were made"
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #FFF4D6; color: #5A3A00; padding: 6px;")
        self.banner.hide()

        top = QWidget()
        layout = QVBoxLayout(top)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.list)
        layout.addWidget(Legend())

        self.editor_scroll = QScrollArea()  # the editor goes here when first needed
        self.editor_scroll.setWidgetResizable(True)
        hint = QLabel(self.tr(HINT))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        hint.setMargin(12)
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(hint)
        self.editor_stack.addWidget(self.editor_scroll)
        self.addWidget(top)
        self.addWidget(self.editor_stack)

    def _current_changed(self, current, _previous) -> None:
        claim_id = current.data(ClaimIdRole) if current.isValid() else None
        if claim_id:
            self.claimChosen.emit(claim_id)

    def show_claim_row(self, claim_id: str | None) -> None:
        row = self.model.row_of(claim_id) if claim_id else None
        if row is None:
            self.list.clearSelection()
            return
        index = self.filter.mapFromSource(self.model.index(row))
        if index.isValid() and self.list.currentIndex() != index:
            self.list.setCurrentIndex(index)

    def refill_filter_choices(self, claims: list[Claim]) -> None:
        for combo, label, values in (
            (
                self.speaker_filter,
                self.tr("All speakers"),
                {c.speaker for c in claims if c.speaker},
            ),
            (self.tag_filter, self.tr("All tags"), {t for c in claims for t in c.tags}),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem(label, "")
            for value in sorted(values):
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def apply_filters(self) -> None:
        self.filter.set_filters(
            verdict=self.verdict_filter.currentData() or "",
            speaker=self.speaker_filter.currentData() or "",
            tag=self.tag_filter.currentData() or "",
            text=self.search.text(),
        )
