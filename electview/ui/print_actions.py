"""File → Print…, Print Preview…, Export as PDF… and Export ▸ (CSV, JSON, PNG, SVG, HTML) for the main window.

Everything prints or exports what the window shows: the current contest in its current
scope, through the one report builder (:mod:`electview.core.report_html`,
:mod:`electview.ui.report_printer`); while File → Compare With… is active, the report and
its HTML export carry the comparison section (:mod:`electview.core.report_compare`).
Exports are written atomically.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAction, QKeySequence, QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu

from electview.core.tally import ContestTally
from electview.ui import errors
from electview.ui.actions import make_action
from electview.ui.document import ResultsDocument
from electview.ui.i18n import ReportLanguageMenu
from electview.ui.settings import Settings
from electview.formats.stations import report_stations

if TYPE_CHECKING:
    from electview.core.report_compare import ReportComparison
    from electview.core.report_html import ReportOptions
    from electview.ui.comparison import ComparisonSource
    from electview.ui.map_report import ReportMap

# The report builder, the printer glue and the exporters are imported when first used
# (electview.core.exports, electview.core.report_compare, electview.ui.report_printer,
# electview.ui.chart_export): the window's first frame needs only the menu entries.


def default_paper() -> str:
    """US Letter where the locale measures in US units, A4 elsewhere."""
    return "letter" if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


class PrintController(QObject):
    """Adds printing and exporting to a main window's File menu, for the document on screen.

    ``exporters`` maps each Export ▸ entry's key to (menu text, file filter, suffix, writer).
    """

    def __init__(
        self,
        window: QMainWindow,
        document: ResultsDocument,
        file_menu: QMenu,
        before_action: QAction,
        comparison: ComparisonSource | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._comparison = comparison
        # The SHA-256 of the bytes the figures on screen came from (set by the window when it
        # follows the file): after the file on disk went bad, the report names the good version.
        self.content_sha256: Callable[[], str | None] = lambda: None
        self.content_version: Callable[[], str] = lambda: ""  # "version 3 of 5, seen 21:04" (live history)
        #: The window's map for the printed results, by index (``MapController.report_maps``): none by default.
        self.report_maps: Callable[[Sequence[ContestTally]], Mapping[int, ReportMap]] = lambda results: {}
        self.print_action = make_action(window, self.tr("&Print…"), QKeySequence.StandardKey.Print, self.tr("Print the results report"))
        self.preview_action = make_action(window, self.tr("Print Pre&view…"), None, self.tr("See the report's pages before printing"))
        self.pdf_action = make_action(window, self.tr("Export as P&DF…"), None, self.tr("Save the results report as a PDF"))
        self.all_pdf_action = make_action(
            window, self.tr("Export All Contests as PDF…"), None, self.tr("Save the report of every contest, each on its own pages")
        )
        self.export_menu = QMenu(self.tr("&Export"), window)
        self.exporters: dict[str, tuple[str, str, str, Callable[[str], None]]] = {
            "csv": (self.tr("Table as &CSV…"), self.tr("CSV (*.csv)"), ".csv", self._write_csv),
            "json": (self.tr("Summary as &JSON…"), self.tr("JSON (*.json)"), ".summary.json", self._write_json),
            "png": (self.tr("Chart as &PNG…"), self.tr("PNG image (*.png)"), ".png", self._write_png),
            "svg": (self.tr("Chart as &SVG…"), self.tr("SVG image (*.svg)"), ".svg", self._write_svg),
            "html": (self.tr("Report as &HTML…"), self.tr("HTML (*.html)"), ".html", self._write_html),
        }
        self.export_actions: dict[str, QAction] = {}
        for key, (text, *_how) in self.exporters.items():
            action = self.export_menu.addAction(text)
            action.triggered.connect(lambda _=False, k=key: self.export(k))
            self.export_actions[key] = action
        for action in (self.print_action, self.preview_action, self.pdf_action, self.all_pdf_action):
            file_menu.insertAction(before_action, action)
        file_menu.insertMenu(before_action, self.export_menu)
        self.report_languages = ReportLanguageMenu(window, getattr(window, "settings", None) or Settings())
        file_menu.insertMenu(before_action, self.report_languages.menu)
        file_menu.insertSeparator(before_action)
        self.print_action.triggered.connect(self.print_with_dialog)
        self.preview_action.triggered.connect(self.show_preview)
        self.pdf_action.triggered.connect(self.export_pdf)
        self.all_pdf_action.triggered.connect(lambda: self.export_pdf(all_contests=True))
        document.dataset_changed.connect(self._on_dataset_changed)
        self._on_dataset_changed()

    def _on_dataset_changed(self) -> None:
        available = self._document.dataset is not None and self._document.tally is not None
        for action in (self.print_action, self.preview_action, self.pdf_action, self.export_menu.menuAction()):
            action.setEnabled(available)
        dataset = self._document.dataset
        self.all_pdf_action.setVisible(dataset is not None and len(dataset.contests) > 1)

    def results(self) -> list[ContestTally]:
        """What gets printed: the contest on screen, in its scope."""
        tally = self._document.tally
        return [tally] if tally is not None else []

    def compared(self, all_contests: bool = False) -> ReportComparison | None:
        """The comparison section's content while File → Compare With… is active, else None.

        The contest on screen is compared as the change column compares it (same place,
        the user's mapping); every contest, each with its namesake in the earlier results.
        """
        source = self._comparison
        if source is None or source.dataset is None or self._document.dataset is None:
            return None
        from electview.core.report_compare import report_comparison, with_comparisons
        from electview.core.summary import contest_tallies

        if all_contests:
            tallies = contest_tallies(self._document.dataset)
            printed_first = not source.on_screen_is_later()
            return report_comparison(source.dataset, tallies, source.mapping, source.threshold, printed_first)
        return with_comparisons(source.dataset, [source.comparison()])

    def report_options(self, all_contests: bool = False) -> ReportOptions:
        """What the report adds to the results: the comparison section when comparing."""
        from electview.core.report_html import ReportOptions

        compared = self.compared(all_contests)
        return ReportOptions(
            sha256=self.content_sha256(),
            version=self.content_version(),
            comparison_html=compared.section_html if compared else None,
            languages=self.report_languages.languages(),
            stations_of=report_stations(self._document.dataset) if self._document.dataset is not None else None,
        )

    def _maps(self, results: Sequence[ContestTally]) -> Mapping[int, ReportMap]:
        """The window's maps for ``results``, their legend's "no data" in the report's languages ("нет данных / no data")."""
        from dataclasses import replace

        no_data = self.report_languages.languages().translate("MapLegend", "no data")
        return {index: replace(found, no_data=no_data) for index, found in self.report_maps(results).items()}

    def paint_on(self, printer: QPrinter) -> int:
        """Paint the report on ``printer`` (print and preview both come here); returns pages."""
        dataset = self._document.dataset
        if dataset is None:
            return 0
        from electview.ui.report_printer import print_report

        results = self.results()
        return print_report(dataset, printer, results, self.report_options(), maps=self._maps(results))

    def new_printer(self) -> QPrinter:
        from electview.ui.report_printer import MARGINS_MM

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
        printer.setDocName(self._document.dataset.election.title if self._document.dataset else "electview")
        return printer

    def print_with_dialog(self) -> bool:
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print results report"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self._guarded(lambda: self.paint_on(printer), self.tr("Could not print"))

    def preview_dialog(self) -> QPrintPreviewDialog:
        """The preview dialog, its pages painted by :meth:`paint_on` (shown by :meth:`show_preview`)."""
        printer = self.new_printer()
        dialog = QPrintPreviewDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(self.paint_on)
        dialog._printer = printer  # the dialog holds a bare pointer to the printer
        return dialog

    def show_preview(self) -> None:
        dialog = self.preview_dialog()
        dialog.exec()
        dialog.deleteLater()

    def _ask_path(self, title: str, file_filter: str, suffix: str) -> str:
        dataset = self._document.dataset
        named = dataset.election.title if dataset is not None else ""  # in the window's language, as on screen
        path, _ = QFileDialog.getSaveFileName(self._window, title, suggested_save_path(self._document.path, suffix, named), file_filter)
        return path

    def _guarded(self, work: Callable[[], object], title: str) -> bool:
        try:
            work()
        except OSError as error:
            errors.show_error(self._window, title, f"{error.strerror or error}.")
            return False
        return True

    def export_pdf(self, all_contests: bool = False) -> bool:
        """The report of the contest on screen (or of every contest, whole scope) as a PDF."""
        path = self._ask_path(self.tr("Export report as PDF"), self.tr("PDF (*.pdf)"), ".pdf")
        dataset = self._document.dataset
        if not path or dataset is None:
            return False
        from electview.core.summary import contest_tallies
        from electview.ui.report_printer import write_pdf

        results = contest_tallies(dataset) if all_contests else self.results()
        options = self.report_options(all_contests)
        maps = self._maps(results)
        ok = self._guarded(
            lambda: write_pdf(dataset, path, results, options, paper=default_paper(), maps=maps), self.tr("Could not export")
        )
        if ok:
            self._window.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)
        return ok

    def add_exporter(self, key: str, text: str, file_filter: str, suffix: str, writer: Callable[[str], None]) -> QAction:
        """One more Export ▸ entry (another view's export, e.g. the map's); returns its action."""
        self.exporters[key] = (text, file_filter, suffix, writer)
        action = self.export_menu.addAction(text)
        action.triggered.connect(lambda _=False, k=key: self.export(k))
        self.export_actions[key] = action
        return action

    def export(self, key: str) -> bool:
        text, file_filter, suffix, writer = self.exporters[key]
        path = self._ask_path(text.replace("&", "").rstrip("…"), file_filter, suffix)
        if not path or self._document.dataset is None:
            return False
        ok = self._guarded(lambda: writer(path), self.tr("Could not export"))
        if ok:
            self._window.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)
        return ok

    def _write_csv(self, path: str) -> None:
        from electview.core.exports import export_csv

        export_csv(self._document.dataset, path, self.results(), self.content_sha256(), self.content_version())

    def _write_json(self, path: str) -> None:
        from electview.core.exports import export_json

        export_json(self._document.dataset, path, self.results(), self.content_sha256(), self.content_version())

    def _write_png(self, path: str) -> None:
        from electview.ui.chart_export import export_png

        export_png(self._document.dataset, self.results()[0], path)

    def _write_svg(self, path: str) -> None:
        from electview.ui.chart_export import export_svg

        export_svg(self._document.dataset, self.results()[0], path)

    def _write_html(self, path: str) -> None:
        from electview.core.exports import export_html
        from electview.ui.chart_export import pie_svg_data_uri, sankey_svg_data_uri
        from electview.ui.map_report import map_html

        compared = self.compared()
        results = self.results()
        export_html(
            self._document.dataset,
            path,
            results,
            chart_src=pie_svg_data_uri,
            sankey_src=sankey_svg_data_uri,
            comparison_html=compared.section_html if compared else None,
            languages=self.report_languages.languages(),
            sha256=self.content_sha256(),
            version=self.content_version(),
            map_html=map_html(self._maps(results), for_browser=True),
            stations_of=report_stations(self._document.dataset),
        )


_NOT_IN_FILE_NAMES = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')


def suggested_save_path(source: str | None, suffix: str, title: str = "") -> str:
    """Where an export is first proposed: the user's documents folder, never the results file itself.

    Named after the election ("2019 Kazakhstan presidential election.csv") where it has a title,
    else the source's name with " results" ("night.csv" exports as "night results.csv"). Not the
    source's folder (the bundled samples, or a file being followed that one "Yes" to "replace?"
    would overwrite) and never the source itself.
    """
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or os.path.expanduser("~")
    named = " ".join(_NOT_IN_FILE_NAMES.sub(" ", title).split()).strip(" .")[:120]
    if named:
        candidate = os.path.join(folder, f"{named}{suffix}")
        if not (source and os.path.abspath(candidate) == os.path.abspath(source)):
            return candidate
    stem = (Path(source).name.split(".")[0] if source else "") or "electview"
    candidate = os.path.join(folder, f"{stem} results{suffix}")
    if source and os.path.abspath(candidate) == os.path.abspath(source):
        candidate = os.path.join(folder, f"{stem} results (electview){suffix}")
    return candidate
