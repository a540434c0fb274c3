"""The legend: each verdict's colour, underline style and name."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reader.ui.style import QUOTE_COLOUR, legend_entries

_DASHES = {
    "SingleUnderline": Qt.PenStyle.SolidLine,
    "DashUnderline": Qt.PenStyle.DashLine,
    "DotLine": Qt.PenStyle.DotLine,
    "DashDotLine": Qt.PenStyle.DashDotLine,
    "DashDotDotLine": Qt.PenStyle.DashDotDotLine,
}


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entries = [("Detected quote", QUOTE_COLOUR, None), *legend_entries()]
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setToolTip(
            self.tr(
                "Claims are coloured by verdict and underlined in the "
                "verdict's own style; detected quotes are shaded grey."
            )
        )

    def _cell(self) -> QSize:
        fm = self.fontMetrics()
        width = max(fm.horizontalAdvance(name) for name, _, _ in self.entries) + 34
        return QSize(width, fm.height() + 6)

    def sizeHint(self) -> QSize:  # noqa: N802
        cell = self._cell()
        return QSize(cell.width() * 2, cell.height() * ((len(self.entries) + 1) // 2) + 4)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        cell = self._cell()
        columns = max(1, width // cell.width())
        return cell.height() * -(-len(self.entries) // columns) + 4

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = self._cell()
        columns = max(1, self.width() // cell.width())
        fm = self.fontMetrics()
        for i, (name, colour, underline) in enumerate(self.entries):
            x = (i % columns) * cell.width() + 2
            y = (i // columns) * cell.height() + 2
            swatch = QRectF(x, y + 3, 22, fm.height() - 2)
            fill = QColor(colour)
            fill.setAlpha(110 if underline is not None else 60)
            painter.fillRect(swatch, fill)
            if underline is not None:
                style = underline.name
                pen = QPen(QColor(colour).darker(130), 1.6)
                if style == "WaveUnderline":
                    path = QPainterPath(QPointF(swatch.left(), swatch.bottom()))
                    for k in range(1, 12):
                        path.lineTo(swatch.left() + k * 2, swatch.bottom() - (2 if k % 2 else 0))
                    painter.setPen(pen)
                    painter.drawPath(path)
                else:
                    pen.setStyle(_DASHES.get(style, Qt.PenStyle.SolidLine))
                    painter.setPen(pen)
                    painter.drawLine(swatch.bottomLeft(), swatch.bottomRight())
            painter.setPen(self.palette().windowText().color())
            painter.drawText(int(x + 28), int(y + fm.ascent() + 2), name)
