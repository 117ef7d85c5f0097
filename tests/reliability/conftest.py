"""The window fixtures of tests/ui, shared with the reliability tests."""

from tests.ui.conftest import make_window, settings, window  # noqa: F401
