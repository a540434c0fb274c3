"""Claim Reader: a desktop reader for fact-checkers.

The package has a Qt-free core (documents, quotes, claims, anchoring, store, export, CLI)
and a thin Qt UI in ``reader.ui``. Only ``reader.ui`` imports PySide6.
"""

__version__ = "0.1.0"
