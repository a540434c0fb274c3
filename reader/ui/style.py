"""How verdicts and quotes look: one colour-blind-safe palette with a second cue.

Colours are the Okabe-Ito palette, distinguishable with the common colour-vision
deficiencies; each verdict also has its own underline style, so colour is never the only
signal. Backgrounds are translucent so they work on light and dark palettes alike.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat

from reader.claims import VERDICT_LABELS, VERDICTS

VERDICT_COLOURS = {
    "unverified": "#F0E442",  # yellow
    "accurate": "#009E73",  # bluish green
    "mostly-accurate": "#56B4E9",  # sky blue
    "misleading": "#E69F00",  # orange
    "false": "#D55E00",  # vermillion
    "unsupported": "#CC79A7",  # reddish purple
    "not-checkable": "#999999",  # grey
}
_U = QTextCharFormat.UnderlineStyle
VERDICT_UNDERLINES = {
    "unverified": _U.DotLine,
    "accurate": _U.SingleUnderline,
    "mostly-accurate": _U.DashUnderline,
    "misleading": _U.DashDotLine,
    "false": _U.WaveUnderline,
    "unsupported": _U.DashDotDotLine,
    "not-checkable": _U.DotLine,
}
QUOTE_COLOUR = "#7F7F7F"


def verdict_colour(verdict: str, alpha: int = 255) -> QColor:
    colour = QColor(VERDICT_COLOURS[verdict])
    colour.setAlpha(alpha)
    return colour


def claim_format(verdict: str, orphaned: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(verdict_colour(verdict, 90))
    fmt.setUnderlineStyle(VERDICT_UNDERLINES[verdict])
    fmt.setUnderlineColor(verdict_colour(verdict).darker(130))
    return fmt


def quote_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    colour = QColor(QUOTE_COLOUR)
    colour.setAlpha(45)
    fmt.setBackground(colour)
    return fmt


def selected_format(verdict: str | None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    colour = verdict_colour(verdict, 170) if verdict else QColor(QUOTE_COLOUR)
    if not verdict:
        colour.setAlpha(110)
    fmt.setBackground(colour)
    fmt.setFontUnderline(True)
    return fmt


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as it is. Qt renders tooltips that look like HTML
    as HTML: text from a document or a notes file is escaped first."""
    if not text:
        return ""
    from html import escape  # on first hover, not at start-up

    return "<p style='white-space:pre-wrap'>" + escape(text) + "</p>"


def legend_entries() -> list[tuple[str, str, QTextCharFormat.UnderlineStyle]]:
    return [(VERDICT_LABELS[v], VERDICT_COLOURS[v], VERDICT_UNDERLINES[v]) for v in VERDICTS]
