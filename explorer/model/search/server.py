"""Search (at word starts) over a fact base's distinct texts, in a child process.

A search in a worker thread holds Python's interpreter lock for most of its ~0.2 s at
a million facts, and the window's models and paint code are Python too: every repaint
during a search waited for the lock. A child process searches with an interpreter of its
own; the thread that asks only waits on a pipe, which releases the lock.

The child (``python -m explorer.model.search.server``) is sent the texts once through its
stdin (UTF-8, NUL-separated, in chunks so neither side holds the lock or the memory for
the whole at once; no file is written), then answers each needle with one bit per
distinct text and column. Messages on its stdin/stdout are length-prefixed. Nothing here
imports pandas or Qt: the child starts in ~0.1 s.
"""

from __future__ import annotations

import contextlib
import json
import os
import struct
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import IO

import numpy as np

from explorer.model.search.matching import SEPARATOR, FirstKeystrokes, Narrowing, Texts

CHUNK = 20_000  # texts joined and encoded at a time
_SIZE = struct.Struct("<Q")


def _send(stream: IO[bytes], payload: bytes) -> None:
    stream.write(_SIZE.pack(len(payload)) + payload)
    stream.flush()


def _receive(stream: IO[bytes]) -> bytes:
    def exactly(n: int) -> bytes:
        parts, left = [], n
        while left:
            part = stream.read(left)
            if not part:
                raise EOFError("the other side closed the pipe")
            parts.append(part)
            left -= len(part)
        return b"".join(parts)

    (size,) = _SIZE.unpack(exactly(_SIZE.size))
    return exactly(size)


def serve(requests: IO[bytes], answers: IO[bytes]) -> int:
    """The child: receive the texts, say so, then answer needles until stdin closes."""
    columns = json.loads(_receive(requests))["columns"]
    parts: list[list[str]] = [[] for _ in range(columns)]
    while True:
        head = json.loads(_receive(requests))
        if head is None:
            break
        part = _receive(requests).decode("utf-8")
        if part.count(SEPARATOR) + 1 != head["count"]:
            _send(answers, b"bad")
            return 1
        parts[head["column"]].append(part)  # kept joined: Texts searches it as it came
    columns = [Texts.from_parts(column) for column in parts]
    del parts
    texts = [Narrowing(column) for column in columns]  # a keystroke looks at the last one's hits
    ahead = FirstKeystrokes(columns)
    working = threading.Thread(target=ahead.run, name="first-keystrokes", daemon=True)
    working.start()
    try:
        _send(answers, b"ready")
        while True:
            try:
                needle = _receive(requests).decode("utf-8")
            except EOFError:
                return 0
            # The same search as in the window's process (explorer.model.search.matching).
            with ahead.searching():
                # A word's first keystroke, or its second (from the pairs table), answered from what was worked
                # out ahead, as if searched: the next keystroke narrows it. Any other needle is searched.
                known = ahead.get(needle)
                answered: list[np.ndarray | None] = list(known) if known is not None else ahead.pairs(needle)
                hits: list[np.ndarray] = []
                for column, found in zip(texts, answered):
                    if found is None:
                        hits.append(column.hits(needle))
                    else:
                        column.remember(needle, found)
                        hits.append(found)
                _send(answers, b"".join(np.packbits(found).tobytes() for found in hits))
                for column in texts:  # while the window shows the answer
                    column.prepare()
    finally:
        # The work ahead ends before the interpreter does: a daemon thread still in numpy's C++ code at
        # shutdown is ended by the runtime, which aborts the child ("terminate called without an active
        # exception", exit -6). It stops at its next checkpoint, one part of a search away.
        ahead.stop()
        working.join()


class SearchServer:
    """One child process holding the texts of ``columns``; ``search`` asks it for a needle.

    ``search`` may be called from any thread (one question at a time); ``close`` never waits
    for the child: it ends when its stdin closes, and a thread reaps it.
    """

    def __init__(self, process: subprocess.Popen[bytes], sizes: Sequence[int]) -> None:
        self._process: subprocess.Popen[bytes] | None = process
        self._sizes = list(sizes)
        self._lock = threading.Lock()  # a question and its answer are never interleaved with another's

    @classmethod
    def start(cls, columns: Sequence[Texts | Sequence[str]]) -> SearchServer | None:
        """A running server, or None when one cannot be had (then search in this process)."""
        process: subprocess.Popen[bytes] | None = None
        try:
            package_root = str(Path(__file__).resolve().parents[3])
            env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (package_root,
                                                                             os.environ.get("PYTHONPATH"))))}
            process = subprocess.Popen([sys.executable, "-m", "explorer.model.search.server"], env=env,
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            assert process.stdin is not None and process.stdout is not None
            _send(process.stdin, json.dumps({"columns": len(columns)}).encode())
            for number, texts in enumerate(columns):
                if isinstance(texts, Texts):  # already joined, without a separator inside a text
                    for joined_part, starts in zip(texts.parts, texts.starts):
                        _send(process.stdin, json.dumps({"column": number, "count": len(starts)}).encode())
                        _send(process.stdin, joined_part.encode("utf-8"))
                    continue
                for at in range(0, len(texts), CHUNK):
                    part = texts[at: at + CHUNK]
                    joined = SEPARATOR.join(part)
                    if joined.count(SEPARATOR) != len(part) - 1:
                        return None  # a text holds the separator itself: search here instead
                    _send(process.stdin, json.dumps({"column": number, "count": len(part)}).encode())
                    _send(process.stdin, joined.encode("utf-8"))
            _send(process.stdin, b"null")
            if _receive(process.stdout) != b"ready":
                return None
            server, process = cls(process, [t.count if isinstance(t, Texts) else len(t) for t in columns]), None
            return server
        except (OSError, EOFError, ValueError):
            return None
        finally:
            if process is not None:  # not handed over: it must not outlive this call
                process.kill()
                process.wait()
                for pipe in (process.stdin, process.stdout):
                    if pipe is not None:
                        with contextlib.suppress(OSError):
                            pipe.close()

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def search(self, needle: str) -> list[np.ndarray] | None:
        """For each column, which of its texts contain ``needle``; None if the child is gone."""
        with self._lock:
            process = self._process
            if process is None or process.stdin is None or process.stdout is None:
                return None
            try:
                _send(process.stdin, needle.encode("utf-8"))
                answer = _receive(process.stdout)
            except (EOFError, OSError, ValueError):
                answer = None
        if answer is None:
            self.close()
            return None
        hits, at = [], 0
        for size in self._sizes:
            length = (size + 7) // 8
            hits.append(np.unpackbits(np.frombuffer(answer, dtype=np.uint8, count=length, offset=at),
                                      count=size).astype(bool))
            at += length
        return hits

    def close(self) -> None:
        """Stop the child without waiting for it (a search it is running may take a moment)."""
        process, self._process = self._process, None
        if process is None:
            return
        with contextlib.suppress(OSError, ValueError):
            if process.stdin is not None:
                process.stdin.close()  # the child's next read ends: it exits

        def reap() -> None:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.stdout is not None:
                process.stdout.close()

        threading.Thread(target=reap, name="search-server-reaper", daemon=True).start()


if __name__ == "__main__":
    sys.exit(serve(sys.stdin.buffer, sys.stdout.buffer))
