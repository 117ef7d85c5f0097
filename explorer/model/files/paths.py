"""Where the bundled data and resources are, from a checkout or an installed wheel."""

from __future__ import annotations

import os
import shutil
from importlib import resources
from pathlib import Path
from typing import Literal

_CHECKOUT = Path(__file__).resolve().parents[3]


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


def read_only_data_dir(data_dir: Path) -> bool:
    """True for the fact base shipped inside an installed package, or a folder the user cannot write."""
    return read_only_reason(data_dir) is not None


def read_only_reason(data_dir: Path) -> Literal["unwritable", "packaged"] | None:
    """Why the fact base in ``data_dir`` is never written: a folder the user cannot write ("unwritable"),
    or the copy shipped inside the installed package ("packaged"); None if it may be written."""
    resolved = data_dir.resolve()
    if not os.access(resolved, os.W_OK):
        return "unwritable"
    packaged = Path(str(resources.files("explorer"))).resolve() / "_bundled"
    return "packaged" if resolved.is_relative_to(packaged) else None


def copy_target(chosen: Path) -> Path:
    """Where a copy of a fact base goes in the user's ``chosen`` folder.

    An empty (or missing) folder is used as it is; a folder with files gets a new "fact-base"
    (or "fact-base-2", …) inside it.
    """
    if chosen.exists() and any(chosen.iterdir()):
        return next(chosen / name for name in ("fact-base", *(f"fact-base-{n}" for n in range(2, 1000)))
                    if not (chosen / name).exists())
    return chosen


def copy_fact_base(data_dir: Path, target: Path) -> None:
    """Copy the fact base in ``data_dir`` to ``target`` (see copy_target); raises OSError when it cannot."""
    shutil.copytree(data_dir, target, dirs_exist_ok=target.exists() and not any(target.iterdir()))
