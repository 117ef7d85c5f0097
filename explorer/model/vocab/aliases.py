"""Old fact ids that still name a fact: ``id_aliases.csv`` of a data folder (columns alias, id).

Derived figures once were numbered D01, D02, ... in the order they were computed, so adding a
source renumbered them. Their ids are now made from their inputs; the bundled fact base lists
its old numbers here so a citation, ``--select D08`` or the remembered fact still finds them.
"""

from __future__ import annotations

from pathlib import Path

from explorer.model.load.tables import Problem, read_table

ALIAS_COLUMNS: tuple[str, ...] = ("alias", "id")


def load_aliases(data_dir: Path, problems: list[Problem]) -> dict[str, str]:
    """alias -> fact id; a folder without id_aliases.csv has none."""
    path = data_dir / "id_aliases.csv"
    if not (path.exists() or path.is_symlink()):
        return {}
    aliases: dict[str, str] = {}
    for line, row in read_table(path, "id_aliases.csv", ALIAS_COLUMNS, problems):
        alias, target = row["alias"].strip(), row["id"].strip()
        if not alias or not target:
            problems.append(Problem("id_aliases.csv", line, alias or None, "alias or id is empty; row rejected"))
        elif alias in aliases:
            problems.append(Problem("id_aliases.csv", line, alias, "alias listed twice; row rejected"))
        else:
            aliases[alias] = target
    return aliases
