"""Builds the QApplication and the main window; nothing else.

pandas and pyqtgraph take most of a second to import, so ``run`` first shows a light
window (frame, menus, tree, "Loading…") that needs only QtWidgets, and imports the real
window once that one is on screen.
"""

from __future__ import annotations

import gc
import os
import stat
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel, QWindow
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QSplitter, QTreeView, QWidget

from explorer.model.files.paths import bundled_data_dir, resources_dir
from explorer.ui import theme

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow

ORG, APP = "FactExplorer", "fact-explorer"


GC_AT_THE_LATEST_MS = 3000  # a slow load does not keep the cyclic garbage collector off longer than this


def gc_after_start_up() -> None:
    """Turn the garbage collector back on (``cli.main`` turns it off for start-up).

    What start-up made lives as long as the app: ``gc.freeze`` keeps it out of every later collection.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
        _mark("collector")


PREPARED_POLL_MS = 250


def freeze_when_prepared(window: MainWindow) -> None:
    """Collect once and freeze what a large fact base's window made ahead of a person's clicks, once it is made.

    The session freezes the fact base when it is shown; then the window makes the plot tabs, a chart per metric
    and the other grouping's tree (~70,000 objects at a million facts), and a full pass of the cyclic collector
    walked them all inside some selection (17-86 ms, once a run of the window step). Frozen, they are left out
    of every pass; the next fact base unfreezes and collects them (``Session._settle_collector``). Cost: cyclic
    garbage among them stays until then, at most what was frozen.
    """
    timer = QTimer(window)
    timer.setInterval(PREPARED_POLL_MS)

    def check() -> None:
        base = window.fact_base
        if base is not None and not (window.plots.settled() and window.nav.tree_model.prepared()):
            return  # asked again in a moment
        timer.stop()
        if base is not None and len(base.facts) >= window.session.FREEZE_FACTS and gc.isenabled():
            gc.collect()
            gc.freeze()

    timer.timeout.connect(check)
    window.loaded.connect(timer.start)


def default_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP)


def build_window(data_dir: Path | str | None = None, settings: QSettings | None = None,
                 *, load_async: bool = False) -> MainWindow:
    """The main window for a running QApplication, loaded with ``data_dir`` (None: bundled), not shown."""
    window = _make_window(settings if settings is not None else default_settings())
    _load(window, data_dir, load_async)
    return window


def _make_window(settings: QSettings) -> MainWindow:
    from explorer.ui.main_window import MainWindow

    window = MainWindow(settings)
    freeze_when_prepared(window)
    window.setWindowIcon(QIcon(str(resources_dir() / "icon.svg")))
    return window


def _load(window: MainWindow, data_dir: Path | str | None, load_async: bool) -> None:
    target = Path(data_dir) if data_dir is not None else bundled_data_dir()
    if load_async:
        window.load(target)
    else:
        window.load_now(target)


# A folder whose tables and source texts together are at most this big (about 3,000 facts) is loaded at
# once at start-up: checking it takes tens of milliseconds, less than the window system takes to map the
# window, so the window's first paint has the facts. Handed to a worker instead, the empty window was
# painted first and the facts came ~0.1 s later. A larger folder loads in the worker while the window
# says "Loading…" and offers File ▸ Cancel loading.
LOAD_AT_ONCE_BYTES = 1 << 20


def loads_at_once(folder: Path) -> bool:
    """Whether the start-up loads ``folder`` on the UI thread (a small folder with a regular facts.csv) or in a worker."""
    try:
        if not stat.S_ISREG((folder / "facts.csv").lstat().st_mode):
            return False  # the worker's load says what is wrong
        size = 0
        for place in (folder, folder / "sources"):
            with os.scandir(place) as entries:
                for entry in entries:
                    if entry.is_file(follow_symlinks=False):
                        size += entry.stat(follow_symlinks=False).st_size
                        if size > LOAD_AT_ONCE_BYTES:
                            return False
    except OSError:
        return False
    return True


def _load_at_start(window: MainWindow, folder: Path) -> None:
    if loads_at_once(folder):
        window.session.load_now(folder, report_failure=True)
    else:
        window.load(folder)


def log_path() -> Path:
    """The log file: $FACT_EXPLORER_LOG_DIR, else the platform's state folder (XDG_STATE_HOME on Linux)."""
    override = os.environ.get("FACT_EXPLORER_LOG_DIR")
    if override:
        return Path(override) / "fact-explorer.log"
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.StateLocation) or
                  Path.home() / ".local" / "state" / APP) / "logs"
    return folder / "fact-explorer.log"


def install_excepthook(app: QApplication) -> None:
    """An uncaught exception becomes a dialog with the message and the log file, not a dead window."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        path = log_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as fh:
                fh.write(text + "\n")
        except OSError:
            path = Path("(the log could not be written)")
        sys.stderr.write(text)
        box = QMessageBox(QMessageBox.Icon.Critical, "Unexpected error",
                          f"Something went wrong: {value}\n\nDetails were written to {path}")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message may quote data: never rich text
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook


def run(data_dir: Path | None = None, quit_after_show: bool = False, screenshot: Path | None = None,
        settings_path: Path | None = None, select: str | None = None, dark: bool | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP)
    app.setOrganizationName(ORG)
    app.setApplicationDisplayName("Fact Explorer")
    app.setDesktopFileName(APP)
    install_excepthook(app)
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat) if settings_path else default_settings()
    dark_now = dark if dark is not None else str(settings.value("dark", "false")).lower() == "true"
    theme.apply(dark_now)
    shell = LoadingWindow(settings)
    shell.show()
    made: list[MainWindow] = []

    def build() -> None:
        import pyqtgraph  # noqa: F401 - while the thread imports pandas

        from explorer.ui import clipboard

        window = _make_window(settings)
        made.append(window)
        if dark is not None:
            window.act_dark.setChecked(dark)
        if window.act_dark.isChecked() != dark_now:  # else the light window's theme is already the window's:
            theme.apply(window.act_dark.isChecked())  # setting it again re-polishes every widget (2-12 ms)
        if window.act_dark.isChecked():
            window.plots.apply_palette(app.palette())
        if select:
            window.select_when_loaded(select)
        app.setWindowIcon(window.windowIcon())
        app.aboutToQuit.connect(clipboard.clear)
        window.show()
        shell.close()
        shell.deleteLater()
        # Send the window's map request now, so the window system works while we load.
        app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        # Loading after show(): the window system maps the window meanwhile. --quit-after-show (the
        # smoke test, benchmarks/startup.py) loads as a person's start does.
        _load_at_start(window, Path(data_dir) if data_dir is not None else bundled_data_dir())
        if window.fact_base is not None:
            QTimer.singleShot(0, gc_after_start_up)
        else:
            window.loaded.connect(lambda: QTimer.singleShot(0, gc_after_start_up))
            QTimer.singleShot(GC_AT_THE_LATEST_MS, gc_after_start_up)
        if quit_after_show or os.environ.get("FACT_EXPLORER_STARTUP_TIMES"):
            _watch_first_paint(app, window, quit_after_show, screenshot)

    def shown() -> None:
        _mark("window")
        # pandas takes a fifth of a second to import: a thread imports it while this one imports
        # pyqtgraph and builds the window (the interpreter lets them take turns during C work).
        threading.Thread(target=_import_pandas, name="import-pandas", daemon=True).start()
        QTimer.singleShot(0, build)

    _after_first_paint(shell, shown)
    code = app.exec()
    for window in made:
        dispose(window)
    return code


class LoadingWindow(QMainWindow):
    """The window's frame, menus and tree with a loading state, on screen before pandas and pyqtgraph import."""

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.setWindowTitle("Fact Explorer")
        self.setObjectName("loadingWindow")
        geometry = settings.value("geometry")
        restored = False
        if geometry is not None:
            try:
                restored = bool(self.restoreGeometry(geometry))
            except (TypeError, ValueError):
                restored = False
        if not restored:
            self.resize(1280, 800)
        for name in ("&File", "&Edit", "&View", "&Help"):
            self.menuBar().addMenu(name).setEnabled(False)
        self.tree_model = QStandardItemModel(self)
        self.tree_model.setHorizontalHeaderLabels(["Cities and sectors", "Facts"])
        root = QStandardItem("All")
        root.appendRow([QStandardItem("Loading…"), QStandardItem("")])
        self.tree_model.appendRow([root, QStandardItem("…")])
        tree = QTreeView()
        tree.setModel(self.tree_model)
        tree.expandAll()
        tree.setEnabled(False)
        label = QLabel("Loading the fact base…")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(tree)
        split.addWidget(label)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 1020])
        self.setCentralWidget(split)
        self.statusBar().showMessage("Loading…")


def _import_pandas() -> None:
    import pandas  # noqa: F401 - only to have it imported when the main window needs it


def _mark(event: str) -> None:
    """With FACT_EXPLORER_STARTUP_TIMES set, say when each stage was on screen (benchmarks/startup.py)."""
    if os.environ.get("FACT_EXPLORER_STARTUP_TIMES"):
        sys.stderr.write(f"startup: {event} {time.time():.6f}\n")
        sys.stderr.flush()


class _OnExpose(QObject):
    """Calls back once the window it watches is exposed: no polling (a 5 ms timer waited 2.5 ms on average)."""

    def __init__(self, window: QWindow, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Expose and isinstance(watched, QWindow) and watched.isExposed():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after the window's own handling of the expose
        return False


def _after_first_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Call ``then`` once ``widget`` is exposed and painted."""

    def painted() -> None:
        widget.repaint()  # paints synchronously
        then()

    handle = widget.windowHandle()
    if handle is None:  # not shown yet
        QTimer.singleShot(5, lambda: _after_first_paint(widget, then))
    elif handle.isExposed():
        QTimer.singleShot(0, painted)
    else:
        _OnExpose(handle, painted)


def _watch_first_paint(app: QApplication, window: MainWindow, quit_after_show: bool, screenshot: Path | None) -> None:
    """Say when the window is on screen with its facts ("data"; "empty" first if it was on screen without them).

    With --quit-after-show (the smoke test, benchmarks/startup.py) exit 0 then."""
    said_empty = False

    def poll() -> None:
        nonlocal said_empty
        handle = window.windowHandle()
        if handle is None or not handle.isExposed() or window.fact_base is None:
            if handle is not None and handle.isExposed() and not said_empty:
                said_empty = True
                _mark("empty")  # on screen without its facts: they are still loading
            QTimer.singleShot(5, poll)
            return
        window.repaint()  # paints synchronously: the first frame with data is on screen
        _mark("data")
        if not quit_after_show:
            return
        if screenshot is not None:
            # Let the plots settle their ranges before the picture is taken.
            QTimer.singleShot(250, lambda: (window.grab().save(str(screenshot), "PNG"), app.quit()))
        else:
            app.quit()

    QTimer.singleShot(0, poll)


def dispose(window: MainWindow) -> None:
    """Delete the window while the QApplication still lives.

    Left to the interpreter's final garbage collection, PySide6 6.12 sometimes aborts
    the process at exit ("bool_dealloc") after the window had been used.
    """
    from explorer.ui import clipboard

    clipboard.clear()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    del window
    gc.unfreeze()  # what start-up froze may hold the window's cycles too
    gc.collect()
