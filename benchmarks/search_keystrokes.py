"""The search process's answer to each keystroke of a few words, at the size of a folder's fact base.

    python benchmarks/search_keystrokes.py /tmp/fact-explorer-bench/synth-1000000 [--settle 40] [--json F]

Loads the folder, starts the search process (``explorer.model.search.server``), leaves it ``--settle``
seconds to work out what it works out ahead, then times ``SearchServer.search`` (the round trip the
window's search worker makes) for each needle, in order, ``--between`` seconds apart, as a person
types them. Prints a Markdown table with the load average; the floor is an empty needle's round trip
in the same run; the search process's resident memory once settled (Linux).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

NEEDLES = ["p", "po", "por", "port", "s", "st", "ste", "城", "大连", "r", "re", "h", "ha", "pi"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--settle", type=float, default=40.0)
    parser.add_argument("--between", type=float, default=0.0,
                        help="seconds between keystrokes (a fast typist: 0.1); 0: back to back")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    from explorer.model import load_fact_base
    from explorer.model.search.index import SearchIndex

    base = load_fact_base(args.folder, use_cache=True)
    index = SearchIndex(base)
    assert index.start_server(), "no search process"
    server = index.server
    assert server is not None
    time.sleep(args.settle)
    child = server._process.pid if server._process is not None else None
    status = Path(f"/proc/{child}/status").read_text() if child and Path(f"/proc/{child}/status").exists() else ""
    rss_mb = next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmRSS")), 0.0)
    load = [os.getloadavg()[0]]
    floor = []
    for _ in range(5):
        start = time.perf_counter()
        server.search("")
        floor.append((time.perf_counter() - start) * 1000)
    times: dict[str, float] = {}
    for needle in NEEDLES:
        time.sleep(args.between)
        start = time.perf_counter()
        server.search(needle)
        times[needle] = (time.perf_counter() - start) * 1000
    load.append(os.getloadavg()[0])
    index.close()
    print(f"load average {load[0]:.2f} -> {load[1]:.2f}; floor (empty needle) {statistics.median(floor):.1f} ms; "
          f"search process RSS {rss_mb:.0f} MB")
    print("| " + " | ".join(NEEDLES) + " |")
    print("|" + " ---: |" * len(NEEDLES))
    print("| " + " | ".join(f"{times[n]:.0f}" for n in NEEDLES) + " |")
    if args.json:
        figures = {"load": load, "floor_ms": floor, "ms": times, "rss_mb": rss_mb}
        args.json.write_text(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
