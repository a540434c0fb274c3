"""Where bundled runtime files (the sample document) live.

In an installed wheel they are inside the package (``reader/resources``, see the
force-include in pyproject.toml); in a source checkout they are the top-level
``resources/`` folder.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

SAMPLE_NAME = "sample-readout.txt"


def resource_path(name: str) -> Path:
    packaged = Path(str(files("reader"))) / "resources" / name
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources" / name


def sample_document() -> Path:
    return resource_path(SAMPLE_NAME)


def writable_sample(folder: Path) -> Path:
    """A copy of the sample in ``folder`` (the user's data folder), so that notes made on
    it are saved there and never inside the installed package."""
    copy = folder / SAMPLE_NAME
    if not copy.exists():
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(sample_document().read_bytes())
    return copy
