"""The claims list: every claim in document order, filterable, with a verdict badge.

``ClaimsModel`` reads the session and is refreshed by the window when the session
reports a change; ``ClaimsFilter`` narrows it by verdict, speaker, tag and free text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate

from reader.claims import VERDICT_LABELS, Claim
from reader.session import Session
from reader.ui.style import plain_tip, verdict_colour

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

ClaimIdRole = Qt.ItemDataRole.UserRole + 1
VerdictRole = Qt.ItemDataRole.UserRole + 2
SpeakerRole = Qt.ItemDataRole.UserRole + 3
TagsRole = Qt.ItemDataRole.UserRole + 4
AnchorRole = Qt.ItemDataRole.UserRole + 5
SearchTextRole = Qt.ItemDataRole.UserRole + 6

Index = QModelIndex | QPersistentModelIndex


def snippet(text: str, width: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class ClaimsModel(QAbstractListModel):
    def __init__(self, session: Session | None = None):
        super().__init__()
        self.session = session

    def set_session(self, session: Session | None) -> None:
        self.beginResetModel()
        self.session = session
        self.endResetModel()

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def claim_changed(self, claim_id: str) -> None:
        row = self.row_of(claim_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def row_of(self, claim_id: str) -> int | None:
        if self.session is None:
            return None
        for row, claim in enumerate(self.session.claims):
            if claim.id == claim_id:
                return row
        return None

    def claim_at(self, row: int) -> Claim:
        assert self.session is not None
        return self.session.claims[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self.session is None:
            return 0
        return len(self.session.claims)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.session is None or index.row() >= self.rowCount():
            return None
        claim = self.session.claims[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return claim.summary or snippet(claim.exact)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"“{snippet(claim.exact, 400)}”"]
            if claim.speaker:
                parts.append(f"— {claim.speaker}")
            parts.append(f"Verdict: {VERDICT_LABELS[claim.verdict]}")
            if claim.anchor == "orphaned":
                parts.append("⚠ Its words are no longer in the document: re-attach it.")
            return plain_tip("\n".join(parts))
        if role == ClaimIdRole:
            return claim.id
        if role == VerdictRole:
            return claim.verdict
        if role == SpeakerRole:
            return claim.speaker
        if role == TagsRole:
            return list(claim.tags)
        if role == AnchorRole:
            return claim.anchor
        if role == SearchTextRole:
            return " ".join(
                (
                    claim.exact,
                    claim.summary,
                    claim.note,
                    claim.context,
                    claim.speaker,
                    " ".join(claim.tags),
                )
            ).lower()
        return None


class ClaimsFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.verdict = self.speaker = self.tag = ""
        self.words: list[str] = []

    def set_filters(
        self, *, verdict: str = "", speaker: str = "", tag: str = "", text: str = ""
    ) -> None:
        wanted = (verdict, speaker, tag, text.lower().split())
        if wanted == (self.verdict, self.speaker, self.tag, self.words):
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
        self.verdict, self.speaker, self.tag, self.words = wanted
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        if not (self.verdict or self.speaker or self.tag or self.words):
            return True  # the common case, and 10,000 rows should cost nothing
        index = self.sourceModel().index(row, 0, parent)
        if self.verdict and index.data(VerdictRole) != self.verdict:
            return False
        if self.speaker and index.data(SpeakerRole) != self.speaker:
            return False
        if self.tag and self.tag not in (index.data(TagsRole) or []):
            return False
        haystack = index.data(SearchTextRole) or ""
        return all(word in haystack for word in self.words)


class ClaimDelegate(QStyledItemDelegate):
    """A row: verdict badge, speaker, and the claim's words (or its summary)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        height = option.fontMetrics.height()
        return QSize(200, height * 3 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        from PySide6.QtWidgets import QStyle  # its many enums cost 6 ms: not at start-up

        painter.save()
        style = option.widget.style() if option.widget else None
        if style:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        fm = option.fontMetrics
        rect = option.rect.adjusted(8, 5, -8, -5)
        verdict = index.data(VerdictRole) or "unverified"
        label = VERDICT_LABELS[verdict]
        badge = QRect(rect.left(), rect.top(), fm.horizontalAdvance(label) + 14, fm.height() + 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(verdict_colour(verdict))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(QColor("#000000"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(text_colour)
        head = QRect(
            badge.right() + 8, rect.top(), rect.right() - badge.right() - 8, badge.height()
        )
        speaker = index.data(SpeakerRole) or ""
        anchor = index.data(AnchorRole)
        if anchor == "orphaned":
            speaker = "⚠ orphaned  " + speaker
        elif anchor == "changed":
            speaker = "⚠ quote edited  " + speaker
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(
            head,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(speaker, Qt.TextElideMode.ElideRight, head.width()),
        )
        font.setBold(False)
        painter.setFont(font)
        body = QRect(
            rect.left(), badge.bottom() + 3, rect.width(), rect.bottom() - badge.bottom() - 3
        )
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        lines = fm.elidedText(text, Qt.TextElideMode.ElideRight, body.width() * 2 - 20)
        painter.drawText(body, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, lines)
        painter.restore()
