"""The one exception type for files electview cannot read."""

from __future__ import annotations

import os


# A message quotes values from the file; a 70,000-character name must not become the message.
MAX_PART_CHARS = 300


def _one_line(text: str) -> str:
    """``text`` on one line, cut to :data:`MAX_PART_CHARS` with an ellipsis."""
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_PART_CHARS else text[: MAX_PART_CHARS - 1] + "…"


class LoadError(Exception):
    """A results file could not be read; the message names the file, the place and the problem.

    ``place`` is where in the file (a JSON path such as ``candidates[3].votes``, a line
    number, an XML element); ``problem`` says what is wrong in words a user understands.
    """

    def __init__(self, path: str | os.PathLike | None, problem: str, place: str = "") -> None:
        self.path = os.fspath(path) if path is not None else ""
        self.place = _one_line(place)
        self.problem = _one_line(problem)
        super().__init__(self.message)

    @property
    def file_name(self) -> str:
        return os.path.basename(self.path) if self.path else "(no file)"

    @property
    def message(self) -> str:
        """One line: ``file: place: problem``."""
        parts = [self.file_name] if self.path else []
        if self.place:
            parts.append(self.place)
        parts.append(self.problem)
        return ": ".join(parts)


class UsageError(Exception):
    """The command line asks for something that can't be done; the message says what to do instead."""
