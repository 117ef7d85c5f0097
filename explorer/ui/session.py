"""The session: the fact base shown, the workers that load and search it, and the memory policy.

No widget here. The window asks (``load``, ``cancel_load``, ``filter``) and shows what the
signals bring. pandas comes in with the fact base: this module imports the model's heavy
modules only where it needs them, so the window can still be on screen first.
"""

from __future__ import annotations

import gc
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    import numpy as np

    from explorer.model.load.cache import PendingWrite
    from explorer.model.load.factbase import FactBase


class Session(QObject):
    loaded = Signal(object)  # FactBase: it is the current one now
    loadFailed = Signal(object, str)  # (folder, what went wrong): the fact base shown so far stays
    loadFinished = Signal()  # a worker's load has come back (shown, failed, or dropped as no longer wanted)
    filterStarted = Signal(str)  # the filter text's search went to the worker
    filterReady = Signal(str, object)  # (text, matches as a bool array; None: no filter), for the current fact base
    _load_done = Signal(object, object)  # ((generation, folder), FactBase or error text), from the loading thread
    _search_done = Signal(int, str, object)  # (request number, text, mask), from the search worker

    # From this many facts the filter's search runs off the UI thread (about 25 ms at 10^5 facts).
    ASYNC_FILTER_FACTS = 50_000
    # From this many facts the objects of a fact base are kept out of Python's cyclic garbage
    # collection: a full collection walks them all (~70 ms at a million facts), and one came every
    # few hundred clicks, as a hitch in a selection.
    FREEZE_FACTS = 50_000
    # While a search runs in the worker, a UI-thread callback waits at most this long for the GIL
    # (Python's default is 5 ms: a repaint calling Python a few hundred times could wait ~50 ms).
    SEARCH_SWITCH_INTERVAL = 0.0002

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fact_base: FactBase | None = None
        self._generation = 0  # each load is numbered; a late result of an older load is dropped
        self._loading = False
        self._search_number = 0  # each filter request is numbered; only the newest answer is shown
        self._searches = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search")
        self._load_done.connect(self._on_loaded)
        self._search_done.connect(self._on_searched)

    @property
    def data_dir(self) -> Path | None:
        return self.fact_base.data_dir if self.fact_base is not None else None

    @property
    def loading(self) -> bool:
        """A load is under way in the worker (and can be cancelled)."""
        return self._loading

    # ---- loading -------------------------------------------------------------------------
    def load(self, data_dir: Path) -> Future[Any]:
        """Load a data folder off the UI thread; ``loaded`` or ``loadFailed`` says how it went."""
        from explorer.model.claims.agreement import agreement_view
        from explorer.model.load.factbase import load_fact_base
        from explorer.model.queries import warm_trees
        from explorer.model.search.index import search_index
        from explorer.model.series import warm_series

        folder = Path(data_dir)
        self._generation += 1
        self._loading = True
        generation = self._generation
        done: Future[Any] = Future()
        done.set_running_or_notify_cancel()

        def work() -> None:
            outcome: FactBase | str
            writes: list[PendingWrite] = []  # the cache entry: written after the window shows the facts
            try:
                # The app keeps checked facts in the user's cache.
                outcome = load_fact_base(folder, use_cache=True, cache_writes=writes)
                agreement_view(outcome)  # the Agreement column and the claims panel's index, off the UI thread
                warm_trees(outcome)  # the tree of each grouping: a switch of grouping then groups nothing
                try:
                    warm_series(outcome)  # the plots' queries, here rather than on the UI thread later
                except Exception:  # noqa: BLE001 - a plot's query failing must not hide the facts:
                    pass  # the tab asks again when shown, and then says what went wrong
                if len(outcome.facts) >= self.ASYNC_FILTER_FACTS:
                    # The search index too (~3 s of Python at a million facts): made after the window showed
                    # the facts, it held up the first seconds of clicks there (tree jumps of 100-400 ms).
                    search_index(outcome)
            except Exception as exc:  # noqa: BLE001 - shown to the user, never a traceback
                outcome = f"{type(exc).__name__}: {exc}"
            try:
                self._load_done.emit((generation, folder, writes), outcome)
            except RuntimeError:
                pass  # the session was deleted meanwhile
            done.set_result(None)

        # Each load has a thread of its own, a daemon: a read that hangs (a folder on a network that
        # stopped answering) never holds up the next load, nor the end of the process.
        threading.Thread(target=work, name="load", daemon=True).start()
        return done

    def cancel_load(self) -> bool:
        """Drop the load under way (its result, should it come, is ignored); False if there was none."""
        if not self._loading:
            return False
        self._generation += 1
        self._loading = False
        return True

    def load_now(self, data_dir: Path, *, report_failure: bool = False) -> None:
        """Load on the calling thread (tests, a small folder at start-up, and the reload after an import).

        Loading the folder shown again (an import added facts) updates its claims instead of building them anew.
        ``report_failure``: a load that raises is told by ``loadFailed``, as a worker's load is (the start-up)."""
        from explorer.model.load.factbase import load_fact_base

        self._generation += 1
        self._loading = False
        shown = self.fact_base
        same = shown is not None and shown.data_dir.resolve() == Path(data_dir).resolve()
        writes: list[PendingWrite] = []
        try:
            base = load_fact_base(Path(data_dir), use_cache=True, previous=shown if same else None,
                                  cache_writes=writes)
        except Exception as exc:
            if not report_failure:
                raise
            self.loadFailed.emit(Path(data_dir), f"{type(exc).__name__}: {exc}")  # as the worker says it
            return
        self._adopt(base)
        for write in writes:
            write.start()

    def _on_loaded(self, ticket: tuple[int, Path, list[PendingWrite]], outcome: FactBase | str) -> None:
        generation, folder, writes = ticket
        if generation == self._generation:  # else a later load (or load_now) replaced this one, or it was cancelled
            self._loading = False
            if isinstance(outcome, str):
                self.loadFailed.emit(folder, outcome)
            else:
                self._adopt(outcome)
        # Writing the cache entry (~3 s at a million facts) waited for the window to have the facts;
        # the entry is for the folder's checked facts whether or not they are the ones shown now.
        for write in writes:
            write.start()
        self.loadFinished.emit()

    def _adopt(self, base: FactBase) -> None:
        from explorer.model.search.index import search_index

        self._stop_search_server()
        self.fact_base = base
        if len(base.facts) >= self.ASYNC_FILTER_FACTS:
            self._searches.submit(search_index, base)  # ready before the first keystroke needs it
            # Then a child process takes over the searching, so they never hold up this thread's Python.
            threading.Thread(target=self._start_search_server, args=(base,), name="search-server",
                             daemon=True).start()
        self.loaded.emit(base)
        if len(base.facts) >= self.FREEZE_FACTS:
            QTimer.singleShot(0, self._settle_collector)

    @staticmethod
    def _settle_collector() -> None:
        if not gc.isenabled():
            return  # still starting: explorer.app freezes what start-up made once the data is shown
        gc.unfreeze()  # what an earlier fact base left can be collected now ...
        gc.collect()
        gc.freeze()  # ... and what lives on is not walked again

    # ---- searching -----------------------------------------------------------------------
    def filter(self, text: str) -> None:
        """Find the facts matching ``text``; ``filterReady`` brings them, now or from the worker."""
        from explorer.model.search.index import search_mask

        if self.fact_base is None:
            return
        self._search_number += 1
        if text.strip() and len(self.fact_base.facts) >= self.ASYNC_FILTER_FACTS:
            # Search in the worker; the answer is shown when it comes, if still wanted.
            self.filterStarted.emit(text)
            self._searches.submit(self._search_in_worker, self._search_number, text, self.fact_base)
            return
        self.filterReady.emit(text, search_mask(self.fact_base, text).to_numpy() if text.strip() else None)

    def _search_in_worker(self, number: int, text: str, base: FactBase) -> None:
        from explorer.model.search.index import search_mask

        if base is not self.fact_base or number != self._search_number:
            return  # a newer keystroke or fact base has already replaced this search
        before = sys.getswitchinterval()
        sys.setswitchinterval(self.SEARCH_SWITCH_INTERVAL)
        try:
            mask = search_mask(base, text, pause=0.0005).to_numpy()
        finally:
            sys.setswitchinterval(before)
        self._search_done.emit(number, text, mask)

    def _on_searched(self, number: int, text: str, mask: np.ndarray | None) -> None:
        if number == self._search_number and mask is not None and self.fact_base is not None \
                and len(mask) == len(self.fact_base.facts):
            self.filterReady.emit(text, mask)

    @staticmethod
    def _start_search_server(base: FactBase) -> None:
        from explorer.model.search.index import search_index

        # If this base is replaced or the session closes meanwhile, close_search_index has marked it:
        # its index then starts no child, or closes the one that was starting.
        search_index(base).start_server()

    def _stop_search_server(self) -> None:
        from explorer.model.search.index import close_search_index

        if self.fact_base is not None:
            close_search_index(self.fact_base)

    def close(self) -> None:
        """Stop the search process and the workers; a load still under way is dropped."""
        self._stop_search_server()
        self._generation += 1  # its daemon thread never holds up the exit
        self._loading = False
        self._searches.shutdown(wait=False, cancel_futures=True)
