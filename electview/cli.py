"""Command-line parsing: the window by default, headless subcommands that never create a widget.

``electview [FILE] [--screenshot OUT.png]`` opens the window; ``electview COMMAND …`` runs one
of :data:`COMMANDS`. Each command module has ``HELP``, ``add_arguments(parser)`` and
``run(args) -> int``, and is imported only when used so start-up stays quick.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from electview import __version__
from electview.core.errors import LoadError, UsageError

# name -> module under electview.commands
COMMANDS: dict[str, str] = {
    "summary": "electview.commands.summary",
    "convert": "electview.commands.convert",
    "compare": "electview.commands.compare",
    "report": "electview.commands.report",
    "desktop": "electview.commands.desktop",
    "integrity": "electview.commands.integrity",
    "map": "electview.commands.map",
}

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="electview",
        description="A desktop viewer for election results.",
        epilog="commands: "
        + ", ".join(COMMANDS)
        + " (run 'electview COMMAND --help'). With no FILE the bundled 2019 Kazakhstan sample opens.",
    )
    parser.add_argument("file", nargs="?", help="results file to open")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the main window offscreen to a PNG and exit")
    parser.add_argument("--pane", choices=("chart", "pie", "bars", "map"), help="with --screenshot: the contest's chart (pie or bars), the pie, the bars or the map in front")
    parser.add_argument("--size", default="1280x800", metavar="WxH", help="window size for --screenshot (default 1280x800)")
    parser.add_argument(
        "--lang",
        choices=("en", "ru", "kk"),
        help="the window's language for this run, names from the file too (default: View → Language, else the system's)",
    )
    from electview.commands.summary import add_system_arguments

    add_system_arguments(parser)  # --seats/--method/--threshold/--expected-votes, for every contest of the file
    parser.set_defaults(contest=None)
    parser.add_argument("--version", action="version", version=f"electview {__version__}")
    return parser


def _command_parser(name: str):
    module = importlib.import_module(COMMANDS[name])
    parser = argparse.ArgumentParser(prog=f"electview {name}", description=module.HELP)
    module.add_arguments(parser)
    return parser, module


def fail(message: str) -> int:
    """One clear line on stderr, exit status 2: how every unreadable input ends."""
    from electview.core import terminal

    terminal.write(f"electview: error: {message}\n", sys.stderr)
    return EXIT_BAD_INPUT


def _exit_cleanly_on_signals() -> None:
    """SIGTERM and SIGHUP end the program like Ctrl+C: ``finally`` blocks run, so no
    half-written temporary file is left beside an output (core/atomic.py removes them)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return

    def leave(number, frame) -> None:
        raise SystemExit(128 + number)

    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) is signal.SIG_DFL:
            signal.signal(number, leave)


def main(argv: list[str] | None = None) -> int:
    if argv is None:  # the real program, not a test calling main()
        _exit_cleanly_on_signals()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            parser, module = _command_parser(argv[0])
            return module.run(parser.parse_args(argv[1:]))
        args = _gui_parser().parse_args(argv)
        from electview.app import run_gui  # Qt only for the window

        return run_gui(args)
    except LoadError as error:
        return fail(error.message)
    except UsageError as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
