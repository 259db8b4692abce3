"""Typed access to the app's QSettings: recent files, window geometry and layout."""

from __future__ import annotations

import os
import shutil

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


class Settings:
    """One place that knows the settings keys and their types.

    A value of the wrong type (a corrupt or hand-edited settings file) reads as the default.
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def problem(self) -> str:
        """What to tell the user when the settings file could not be read, else "".

        Qt then starts from defaults and would overwrite the file on the next save, so a copy
        is kept beside it first (nothing the user had is lost).
        """
        self._settings.allKeys()  # QSettings reads the file lazily; this makes status() current
        if self._settings.status() != QSettings.Status.FormatError:
            return ""
        path = self._settings.fileName()
        kept = path + ".corrupt"
        try:
            shutil.copyfile(path, kept)
        except OSError:
            return f"The settings file {path} could not be read; electview started with default settings."
        return f"The settings file {path} could not be read; electview started with default settings. The old file was kept as {kept}."

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _set(self, key: str, value) -> None:
        self._settings.setValue(key, value)

    # window
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self._set("window/state", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"window/splitter/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._set(f"window/splitter/{name}", value)

    # recent files
    def recent_files(self) -> list[str]:
        value = self._settings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        return [item for item in value if isinstance(item, str) and item][:MAX_RECENT]

    def add_recent_file(self, path: str) -> list[str]:
        path = os.path.abspath(path)
        files = [path] + [p for p in self.recent_files() if p != path]
        self._set("files/recent", files[:MAX_RECENT])
        return files[:MAX_RECENT]

    def remove_recent_file(self, path: str) -> list[str]:
        files = [p for p in self.recent_files() if p != path]
        self._set("files/recent", files)
        return files

    def clear_recent_files(self) -> None:
        self._set("files/recent", [])

    def last_directory(self) -> str:
        value = self._settings.value("files/last_directory", "")
        return value if isinstance(value, str) else ""

    def set_last_directory(self, path: str) -> None:
        self._set("files/last_directory", path)

    # majority gauge
    def majority_threshold(self) -> float:
        value = self._settings.value("gauge/threshold", 50.0)
        try:
            value = float(value)
        except (TypeError, ValueError):
            return 50.0
        return value if 0.0 < value < 100.0 else 50.0

    def set_majority_threshold(self, value: float) -> None:
        self._set("gauge/threshold", float(value))

    def majority_base(self) -> str:
        value = self._settings.value("gauge/base", "valid")
        return value if value in ("valid", "ballots") else "valid"

    def set_majority_base(self, value: str) -> None:
        self._set("gauge/base", value)

    # appearance
    def theme(self) -> str:
        value = self._settings.value("view/theme", "system")
        return value if isinstance(value, str) else "system"

    def set_theme(self, value: str) -> None:
        self._set("view/theme", value)

    def findings_expanded(self) -> bool:
        """Whether the header shows every audit finding whole (else one line each)."""
        value = self._settings.value("view/findings_expanded", False)
        return value is True or value == "true"

    def set_findings_expanded(self, value: bool) -> None:
        self._set("view/findings_expanded", bool(value))

    def language(self) -> str:
        value = self._settings.value("view/language", "system")
        return value if isinstance(value, str) else "system"

    def set_language(self, value: str) -> None:
        self._set("view/language", value)

    def report_second_language(self) -> str:
        """The language printed reports add beside the interface's ("" for none)."""
        value = self._settings.value("report/second_language", "")
        return value if isinstance(value, str) else ""

    def set_report_second_language(self, value: str) -> None:
        self._set("report/second_language", value)

    def remembered_layout(self, header_key: str) -> str:
        """The ``--columns`` text the user confirmed for tables with this header, or ""."""
        value = self._settings.value(f"layouts/{header_key}")
        return value if isinstance(value, str) else ""

    def remember_layout(self, header_key: str, columns: str) -> None:
        self._set(f"layouts/{header_key}", columns)

    def attached_boundaries(self, results_path: str) -> str:
        """The boundary file the user attached to this results file ("" for none)."""
        value = self._settings.value("map/boundaries/" + _key(results_path), "")
        return value if isinstance(value, str) else ""

    def set_attached_boundaries(self, results_path: str, boundaries_path: str) -> None:
        self._set("map/boundaries/" + _key(results_path), boundaries_path)

    def map_beside_chart(self) -> bool | None:
        """Whether the user put the map beside the pie (a splitter pane) rather than in a tab with
        it; None while they never chose (the window then places it by the file and its width)."""
        value = str(self._settings.value("map/beside_chart", "")).casefold()
        return {"true": True, "false": False}.get(value)

    def set_map_beside_chart(self, value: bool) -> None:
        self._set("map/beside_chart", "true" if value else "false")

    def chart_view(self) -> str:
        """The chart pane's view shown last ("pie", "map", …; "" for the pane's first)."""
        value = self._settings.value("chart/view", "")
        return value if isinstance(value, str) else ""

    def set_chart_view(self, name: str) -> None:
        self._set("chart/view", name)

    def sync(self) -> None:
        self._settings.sync()


def _key(path: str) -> str:
    """A settings key for a file path (QSettings treats '/' and '\\' as groups)."""
    import hashlib

    return hashlib.sha256(os.path.abspath(path).encode("utf-8", "surrogatepass")).hexdigest()[:32]
