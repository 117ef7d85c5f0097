"""Old derived numbers (D01–D09 of the bundled base) still open their figure: --select and the remembered fact."""

from __future__ import annotations

from explorer.app import dispose
from explorer.model.files.paths import bundled_data_dir
from explorer.ui.main_window import MainWindow


def test_select_by_an_old_number_opens_the_figure(qtbot, settings) -> None:
    window = MainWindow(settings)
    window.select_when_loaded("D08")  # as --select D08 does, before the fact base is there
    try:
        window.load_now(bundled_data_dir())
        assert window.current_fact_id() == "D:previous:F12:F13"
    finally:
        dispose(window)


def test_a_remembered_old_number_is_restored(make_window, settings) -> None:
    settings.setValue("lastFact", "D09")  # saved by a version that numbered derived figures
    settings.sync()
    window = make_window(settings_=settings)
    assert window.current_fact_id() == "D:population:F01:F38"
