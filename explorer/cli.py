"""The ``fact-explorer`` command line: the window by default, headless subcommands."""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

from explorer.model.files.paths import bundled_data_dir


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fact-explorer",
        description="Explore the figures of economic articles, each with its source quote.")
    parser.add_argument("--data", type=Path, default=None, help="data folder (default: the bundled one)")
    parser.add_argument("--quit-after-show", action="store_true",
                        help="open the window, wait for the first paint with data, then exit 0")
    parser.add_argument("--screenshot", type=Path, default=None,
                        help="with --quit-after-show: save the window as PNG before exiting")
    parser.add_argument("--settings", type=Path, default=None, help="settings file (INI) instead of the default")
    parser.add_argument("--select", metavar="FACT_ID", default=None, help="open with this fact selected")
    parser.add_argument("--theme", choices=("light", "dark"), default=None,
                        help="colour theme for this run (default: as last used)")
    sub = parser.add_subparsers(dest="command")
    validate = sub.add_parser("validate", help="check every fact against its source; exit 1 on problems")
    validate.add_argument("--data", type=Path, default=None, dest="sub_data")
    export = sub.add_parser("export", help="write all facts as csv, json, xlsx or md")
    export.add_argument("--format", choices=("csv", "json", "xlsx", "md"), default="csv")
    export.add_argument("--data", type=Path, default=None, dest="sub_data")
    export.add_argument("-o", "--output", default=None,
                        help="file to write: a new path or a regular file, replaced atomically (default or '-': stdout)")
    conflicts = sub.add_parser("conflicts", help="list every pair of facts of one claim that disagree (exit 0; "
                                                 "1 with --strict when any)")
    conflicts.add_argument("--data", type=Path, default=None, dest="sub_data")
    conflicts.add_argument("--strict", action="store_true", help="exit 1 when any conflict exists")
    extract = sub.add_parser("extract", help="propose every figure of a UTF-8 article as a candidate fact (CSV)")
    extract.add_argument("article", type=Path, help="plain-text UTF-8 article (only read)")
    extract.add_argument("--data", type=Path, default=None, dest="sub_data",
                         help="fact base whose cities and sectors feed the guesses (default: the bundled one)")
    extract.add_argument("-o", "--output", default=None,
                         help="candidates CSV to write: a new path or a regular file (default or '-': stdout)")
    return parser


def _validate(data: Path) -> int:
    from explorer.model import load_fact_base
    from explorer.model.numbers import counted

    base = load_fact_base(data, use_cache=True)
    for problem in base.problems:
        print(f"{problem.severity}: {problem}")
    errors = sum(p.severity == "error" for p in base.problems)
    warnings = len(base.problems) - errors
    counts = base.counts()
    print(f"{data}: {counted(counts.stated, 'fact')} loaded ({counts.derived:,} derived), "
          f"{counted(len(base.sources), 'source')}, "
          f"{counted(errors, 'error')}, {counted(warnings, 'warning')}")
    return 0 if not base.problems else 1


def _to_stdout(output: str | None) -> bool:
    return output is None or output == "-"


def _refuse_arguments(data: Path, output: str | None) -> int | None:
    """Exit code 2 after a one-line message when --data or -o cannot be used, before any work; else None."""
    from explorer.model.files.safe_write import refusal

    if not data.is_dir():
        print(f"error: data folder {data} {'is not a folder' if data.exists() else 'does not exist'}", file=sys.stderr)
        return 2
    if not _to_stdout(output):
        why = refusal(output or "")
        if why:
            message = f"error: -o {output!r} {why}; nothing written" if output else f"error: -o: {why}"
            print(message, file=sys.stderr)
            return 2
    return None


def _write_output(payload: bytes, output: str | None) -> int:
    """Write to -o (atomically, only over a regular file) or standard output; 1 after a one-line message on failure."""
    from explorer.model.files.safe_write import UnsafeTarget, write_atomic

    if _to_stdout(output):
        try:
            sys.stdout.buffer.write(payload)
            sys.stdout.flush()
        except OSError as exc:
            try:  # what is still buffered would fail again at exit, with a traceback
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError, io.UnsupportedOperation):
                pass
            print(f"error: cannot write to standard output: {exc.strerror or exc}", file=sys.stderr)
            return 1
        return 0
    try:
        write_atomic(Path(output or ""), payload)
    except UnsafeTarget as exc:
        print(f"error: -o {output!r} {exc.why}; nothing written", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write {output}: {exc.strerror or exc}; it is left as it was", file=sys.stderr)
        return 1
    return 0


def _export(data: Path, fmt: str, output: str | None) -> int:
    from explorer.model import load_fact_base
    from explorer.model.formats.export import render
    from explorer.model.load.factbase import facts_unread

    refused = _refuse_arguments(data, output)
    if refused is not None:
        return refused
    if _to_stdout(output) and fmt == "xlsx" and sys.stdout.isatty():
        print("error: xlsx is binary; give -o FILE", file=sys.stderr)
        return 2
    base = load_fact_base(data, use_cache=True)
    for problem in base.problems:
        print(f"{problem.severity}: {problem}", file=sys.stderr)
    unread = facts_unread(base.problems)
    if unread is not None:  # an export of no facts would look like a fact base that has none
        print(f"error: {unread}; nothing exported", file=sys.stderr)
        return 1
    status = _write_output(render(base, fmt), output)
    if status == 0 and not _to_stdout(output):
        print(f"wrote {len(base.facts)} facts to {output}", file=sys.stderr)
    return status


def _conflicts(data: Path, strict: bool) -> int:
    from explorer.model import load_fact_base
    from explorer.model.claims.grouping import conflicts_report
    from explorer.model.load.factbase import facts_unread

    refused = _refuse_arguments(data, None)
    if refused is not None:
        return refused
    base = load_fact_base(data, use_cache=True)
    for problem in base.problems:
        print(f"{problem.severity}: {problem}", file=sys.stderr)
    unread = facts_unread(base.problems)
    if unread is not None:
        print(f"error: {unread}; no claims to compare", file=sys.stderr)
        return 1
    text, count = conflicts_report(base)
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as exc:
        print(f"error: cannot write to standard output: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 1 if strict and count else 0


def _extract(data: Path, article: Path, output: str | None) -> int:
    import csv
    import io

    from explorer.model import load_fact_base
    from explorer.model.extract.core import CANDIDATE_COLUMNS
    from explorer.model.extract.importing import candidates_for, read_article
    from explorer.model.files import safe_read
    from explorer.model.formats.export import neutralise
    from explorer.model.numbers import is_plain_number

    refused = _refuse_arguments(data, output)
    if refused is not None:
        return refused
    try:
        found = read_article(article, data)
    except OSError as exc:
        print(f"error: {article} {safe_read.describe(exc)}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as exc:
        print(f"error: {article} is not UTF-8 (byte {exc.start}: {exc.reason})", file=sys.stderr)
        return 2
    from explorer.model.numbers import counted

    base = load_fact_base(data, use_cache=True)
    candidates = candidates_for(found.text, found.source_id, base)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(CANDIDATE_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for candidate in candidates:
        # Every text cell is neutralised for spreadsheets (a sentence may start with "=", "-" or "@");
        # numbers stay numbers. A neutralised quote no longer matches its source, so validation says so.
        writer.writerow({k: neutralise(v) if isinstance(v, str) and not is_plain_number(v) else v
                         for k, v in candidate.to_row().items()})
    status = _write_output(buffer.getvalue().encode("utf-8"), output)
    if status == 0:
        print(f"{counted(len(candidates), 'candidate figure')} in {article}"
              + ("" if _to_stdout(output) else f", written to {output}"), file=sys.stderr)
    return status


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    data = getattr(args, "sub_data", None) or args.data or bundled_data_dir()
    if args.command == "validate":
        return _validate(data)
    if args.command == "export":
        return _export(data, args.format, args.output)
    if args.command == "conflicts":
        return _conflicts(data, args.strict)
    if args.command == "extract":
        return _extract(data, args.article, args.output)
    import gc

    # Start-up allocates hundreds of thousands of objects that live as long as the app (modules,
    # classes, Qt wrappers); collecting them again and again costs ~0.1 s before the first paint.
    # run() turns the collector back on once the fact base is on screen.
    gc.disable()
    from explorer.app import run

    return run(data_dir=data if (args.data or getattr(args, "sub_data", None)) else None,
               quit_after_show=args.quit_after_show, screenshot=args.screenshot,
               settings_path=args.settings, select=args.select,
               dark=None if args.theme is None else args.theme == "dark")
