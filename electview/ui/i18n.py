"""Interface languages: English, Russian and Kazakh from Qt Linguist files, following the system or View → Language.

The translations live as Qt Linguist sources in ``resources/translations/electview_*.ts``.
They are compiled with ``lrelease`` (shipped in PySide6-Essentials) into ``.qm`` files: a
build may put them next to the sources (``python -m electview.ui.i18n DIR``), otherwise
electview compiles them once into its cache folder, keyed by the sources' content, so an
edited ``.ts`` never meets a stale ``.qm``.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from electview import APP_NAME
from electview.core import i18n as core_i18n
from electview.core.report_languages import ReportLanguages
from electview.resources import resource_path
from electview.ui.settings import Settings

#: Language code → its name in that language (a menu of languages is read by speakers of each).
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
SYSTEM = "system"
STAMP = "electview-qm.sha256"  # written beside compiled .qm files: which sources they came from

log = logging.getLogger("electview")
_installed: list[QTranslator] = []
_open_windows: list[QMainWindow] = []  # windows made by a language switch, kept alive until closed


def translation_sources() -> list[Path]:
    return sorted(resource_path("translations").glob("electview_*.ts"))


def _lrelease() -> str:
    bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if bundled.exists():
        return str(bundled)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise FileNotFoundError("lrelease (Qt Linguist) was not found; PySide6-Essentials ships it")
    return found


def _sources_digest() -> str:
    import hashlib  # only for a language other than English: OpenSSL's load is a start-up cost

    digest = hashlib.sha256()
    for source in translation_sources():
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()


def compile_translations(out_dir: Path) -> list[Path]:
    """Compile every ``.ts`` into ``out_dir`` (with a stamp naming the sources); returns the ``.qm`` files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    compiled = []
    for source in translation_sources():
        target = out_dir / f"{source.stem}.qm"
        subprocess.run([_lrelease(), "-silent", str(source), "-qm", str(target)], check=True, capture_output=True)
        compiled.append(target)
    (out_dir / STAMP).write_text(_sources_digest(), encoding="ascii")
    return compiled


def compiled_dir() -> Path:
    """A folder holding up-to-date ``.qm`` files: shipped with the build, or compiled once into the cache."""
    digest = _sources_digest()
    shipped = resource_path("translations")
    from platformdirs import user_cache_dir  # only for a language other than English

    for folder in (shipped, Path(user_cache_dir(APP_NAME, appauthor=False)) / "translations" / digest[:16]):
        stamp = folder / STAMP
        if stamp.exists() and stamp.read_text(encoding="ascii").strip() == digest:
            return folder
    compile_translations(folder)
    return folder


def system_language() -> str:
    """The first of the system's UI languages that electview speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def effective_language(choice: str) -> str:
    return system_language() if choice == SYSTEM or choice not in LANGUAGES else choice


def install_language(code: str) -> None:
    """Translate the interface (Qt's own dialogs too) into ``code``; "en" removes translations."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours = QTranslator(app)
        try:
            folder = str(compiled_dir())
        except (OSError, subprocess.CalledProcessError) as error:
            # No lrelease and no shipped .qm (a stripped bundle): English beats not starting.
            log.warning("no %s translation: %s", code, error)
            folder = ""
        if not folder or not ours.load(f"electview_{code}", folder):
            code = "en"
    if code != "en":
        qt = QTranslator(app)
        for translator in (ours, qt if qt.load(f"qtbase_{code}", qt_dir) else None):
            if translator is not None:
                app.installTranslator(translator)
                _installed.append(translator)
    # Core sentences (findings, the gauge, the plain sentence) go through Qt's translators too.
    core_i18n.set_translator(None if code == "en" else QCoreApplication.translate)
    core_i18n.set_language(code)  # the document shows names from the file in this language too
    QLocale.setDefault(QLocale(code) if code != "en" else QLocale.system())


class LanguageController(QObject):
    """View → Language; a change rebuilds the window in the new language with the same results on screen."""

    def __init__(self, window: QMainWindow, settings: Settings, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.menu = QMenu(self.tr("&Language"), window)
        self.actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, name in [(SYSTEM, self.tr("Follow the &System")), *LANGUAGES.items()]:
            action = QAction(name, window)
            action.setCheckable(True)
            action.setChecked(code == self.choice)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        menu.addMenu(self.menu)

    @property
    def choice(self) -> str:
        return self._settings.language()

    def choose(self, code: str) -> QMainWindow:
        """Switch to ``code`` (or SYSTEM) and return the window now showing the results."""
        self._settings.set_language(code)
        install_language(effective_language(code))
        return self._rebuild()

    def _rebuild(self) -> QMainWindow:
        # Every text is set where its widget is built, so building the window again is the one
        # way to be sure nothing stays in the old language.
        old = self._window
        old.save_layout()
        new = type(old)(old.settings)
        new.document.set_dataset(old.document.source_dataset, old.document.path)
        source = old.comparison.source
        if source.active:
            new.comparison.compare_with(source.path)
            new.comparison.source.set_mapping(source.mapping)
        _open_windows.append(new)
        new.destroyed.connect(lambda *_: _open_windows.remove(new) if new in _open_windows else None)
        if old.isVisible():
            new.show()
        old.close()
        old.deleteLater()
        return new


class ReportLanguageMenu(QObject):
    """File → Second Language in Reports: printed reports in the interface's language, or in two side by side."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self._settings = settings
        self.menu = QMenu(self.tr("Second &Language in Reports"), window)
        self.menu.setStatusTip(self.tr("Print headings, labels and names in a second language too"))
        self.actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, name in [("", self.tr("&None")), *LANGUAGES.items()]:
            action = QAction(name, window)
            action.setCheckable(True)
            action.setChecked(code == settings.report_second_language())
            action.triggered.connect(lambda _checked=False, c=code: self._settings.set_report_second_language(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action

    def languages(self) -> ReportLanguages:
        """The report's languages: the interface's, then the second one when chosen (and different)."""
        from electview.translations import report_languages

        return report_languages(core_i18n.language(), self._settings.report_second_language() or None)


def main(argv: list[str] | None = None) -> int:
    """``python -m electview.ui.i18n DIR``: compile the translations into DIR (for builds and bundles)."""
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m electview.ui.i18n OUTPUT_DIR", file=sys.stderr)
        return 2
    for path in compile_translations(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
