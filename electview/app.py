"""Start the window: QApplication set-up, the file to show, and offscreen screenshots."""

from __future__ import annotations

import argparse
import os
import sys

from electview import APP_NAME, ORGANIZATION_DOMAIN, ORGANIZATION_NAME, __version__
from electview.core.errors import LoadError, UsageError
from electview.resources import sample_path


def _parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise UsageError(f"--size expects WIDTHxHEIGHT such as 1280x800, got {text!r}") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise UsageError(f"--size {text} is out of range (200–8000 each way)")
    return width, height


def _no_display() -> bool:
    """On Linux without X11/Wayland and no platform chosen, Qt would abort with a core dump."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def create_application(argv: list[str] | None = None):
    """The QApplication with names set once, so settings and logs land in the usual places."""
    from PySide6.QtWidgets import QApplication

    from electview.ui.application import Application

    app = QApplication.instance() or Application(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("electview")
    from electview.ui.identity import apply_desktop_identity

    apply_desktop_identity(app)
    return app


def follow_desktop_open_requests(app, window) -> None:
    """Open in ``window`` the files the desktop hands the application (macOS Finder double-click)."""
    from electview.ui.application import Application

    if isinstance(app, Application):
        app.file_open_requested.connect(window.open_path)
        if pending := app.take_pending_open():
            window.open_path(pending)


def take_screenshot(window, path: str, size: tuple[int, int], failures=None) -> None:
    """Render the window at ``size`` and save it as a PNG; a window that failed while drawing is not saved."""
    from PySide6.QtWidgets import QApplication

    from electview.ui.headless import quiet_offscreen_noise

    quiet_offscreen_noise()
    window.resize(*size)
    window.show()
    for _ in range(5):  # let layouts and the chart settle
        QApplication.processEvents()
    if failures is not None and failures.summaries:
        from electview.ui.errors import log_file_path

        raise LoadError(path, f"no screenshot: the window failed while drawing ({failures.summaries[0]}); details in {log_file_path()}")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from electview.core.atomic import write_bytes_atomic

    # Encoded in memory, then written atomically: a kill mid-write never leaves a cut PNG.
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not window.grab().save(buffer, "PNG"):
        raise LoadError(path, "could not encode the screenshot")
    buffer.close()
    try:
        write_bytes_atomic(path, bytes(data.data()))
    except OSError as error:
        raise LoadError(path, f"could not write the screenshot ({error.strerror or error})") from None


def run_gui(args: argparse.Namespace) -> int:
    """Open the window on ``args.file`` (or the sample); with --screenshot, render and exit."""
    from electview.formats import load_file

    path = os.path.abspath(args.file) if args.file else str(sample_path())
    # Read the file before any window exists: a bad file on the command line is one line on stderr.
    dataset = load_file(path)
    if hasattr(args, "seats"):
        from electview.commands.summary import apply_system_arguments

        dataset = apply_system_arguments(dataset, args)  # as Contest → Electoral System… would (a UsageError: one line)
    if args.screenshot:
        size = _parse_size(args.size)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif _no_display():
        raise UsageError(
            "no display to open a window on (set DISPLAY), or use 'electview summary' / '--screenshot' headless"
        )
    app = create_application()
    from electview.ui.errors import install_excepthook
    from electview.ui.main_window import MainWindow

    from electview.ui.errors import HeadlessFailures

    failures = HeadlessFailures().install() if args.screenshot else None
    if failures is None:
        install_excepthook()
    from electview.ui.i18n import effective_language, install_language
    from electview.ui.settings import Settings

    install_language(args.lang or effective_language(Settings().language()))
    window = MainWindow()
    window.document.set_dataset(dataset, path)
    if args.file:
        window.settings.add_recent_file(path)
    if args.screenshot:
        window.map.wait()  # boundaries are read in the background
        if getattr(args, "pane", None) == "map":
            window.map.show_map()
        elif getattr(args, "pane", None) == "chart":
            window.charts.show_default()  # the contest's own chart: the pie, or bars above a pie's legible slices
        elif getattr(args, "pane", None) in ("pie", "bars"):
            window.chart_pane.set_current(args.pane)
        take_screenshot(window, args.screenshot, size, failures)
        return 0
    follow_desktop_open_requests(app, window)
    window.show()
    return app.exec()
