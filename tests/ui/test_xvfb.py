"""The real ``fact-explorer`` command in a real X window (Xvfb), the way a person sees it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import ROOT, skip_unless_ci

pytestmark = pytest.mark.xvfb
XVFB = shutil.which("xvfb-run")
SHOTS = ROOT / "screenshots"


def _command() -> list[str]:
    installed = Path(sys.executable).with_name("fact-explorer")
    return [str(installed)] if installed.exists() else [sys.executable, "-m", "explorer"]


def _run(tmp_path: Path, *extra: str) -> tuple[subprocess.CompletedProcess[bytes], Path]:
    if XVFB is None:
        skip_unless_ci("xvfb-run is not installed (Debian: apt-get install xvfb xauth; .ci/run installs it)")
    shot = tmp_path / "window.png"
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env["QT_QPA_PLATFORM"] = "xcb"
    cmd = [XVFB, "-a", "-s", "-screen 0 1280x800x24", *_command(), "--quit-after-show",
           "--screenshot", str(shot), "--settings", str(tmp_path / "settings.ini"), *extra]
    result = subprocess.run(cmd, env=env, capture_output=True, timeout=180)
    return result, shot


def _distinct_colours(image: QImage) -> int:
    step = 7
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def _pixels(image: QImage, rgb: int) -> int:
    return sum(image.pixel(x, y) & 0xFFFFFF == rgb for x in range(image.width()) for y in range(image.height()))


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_real_window_opens_paints_and_exits(tmp_path: Path, theme: str) -> None:
    result, shot = _run(tmp_path, "--theme", theme, "--select", "F43")
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    image = QImage(str(shot))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1280, 800)
    assert _distinct_colours(image) > 40, "the window looks blank"
    # The selected fact's words are on screen, lit up: the quote's marker and the figure's.
    marker, figure = _pixels(image, 0xFFE680), _pixels(image, 0xFF9F1C)
    assert marker > 2000 and figure > 300, (marker, figure)
    SHOTS.mkdir(exist_ok=True)
    shutil.copy(shot, SHOTS / f"xvfb-{theme}.png")
    settings = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "lastFact=F43" in settings and "geometry=" in settings


def test_cjk_font_is_installed_for_the_chinese_names() -> None:
    if shutil.which("fc-list") is None:
        skip_unless_ci("fontconfig's fc-list is not installed")
    fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, timeout=60).stdout
    assert fonts.strip(), "no CJK font: Chinese names would show as boxes (apt-get install fonts-wqy-microhei)"


def test_another_program_pastes_all_three_formats(tmp_path: Path) -> None:
    """One round trip through the real X clipboard per MIME type, read by xclip."""
    import json

    if XVFB is None or shutil.which("xclip") is None:
        skip_unless_ci("xvfb-run or xclip is not installed (.ci/run installs both)")
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env["QT_QPA_PLATFORM"] = "xcb"
    probe = Path(__file__).with_name("xvfb_clipboard_probe.py")
    result = subprocess.run([XVFB, "-a", sys.executable, str(probe), str(tmp_path / "s.ini")],
                            env=env, capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    pasted = json.loads(result.stdout.strip().splitlines()[-1])
    assert {"text/plain", "text/html", "text/csv"} <= set(pasted["TARGETS"].split())
    plain = pasted["text/plain"].splitlines()
    # The text cell is neutralised against formulas; the number stays a number (in base units).
    assert plain[1].split("\t")[:4] == ["'-30 million yuan", "-30000000", "yuan", "exact"]
    assert "<table" in pasted["text/html"] and "a net loss of 30 million yuan" in pasted["text/html"]
    assert pasted["text/csv"].splitlines()[1].startswith("'-30 million yuan,-30000000,yuan,exact,net profit,2022")
