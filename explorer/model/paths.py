"""Where the bundled data and resources are, from a checkout or an installed wheel."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[2]


def _bundled(name: str) -> Path:
    # A checkout (also an editable install) uses its own folders, so edits show at once;
    # a wheel carries copies under explorer/_bundled/.
    if (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / name).is_dir():
        return _CHECKOUT / name
    return Path(str(resources.files("explorer"))) / "_bundled" / name


def bundled_data_dir() -> Path:
    return _bundled("data")


def resources_dir() -> Path:
    return _bundled("resources")
