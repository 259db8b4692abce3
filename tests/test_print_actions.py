"""File → Print…, Print Preview…, Export as PDF… and Export ▸ in the real window (dialogs monkeypatched)."""

import csv
import json

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog

from electview.resources import resources_dir, sample_path
from electview.ui import errors, print_actions
from electview.ui.main_window import MainWindow
from pdf_text import page_texts
from synthetic import many_contests


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_path(str(sample_path()))
    return win


def _save_to(monkeypatch, path):
    monkeypatch.setattr(print_actions.QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


def test_menu_entries_and_shortcut(window):
    printing = window.printing
    texts = [action.text() for action in window.file_menu.actions()]
    for expected in ("&Print…", "Print Pre&view…", "Export as P&DF…", "&Export"):
        assert expected in texts
    assert printing.print_action.shortcut().toString() == "Ctrl+P"
    assert [a.text() for a in printing.export_menu.actions()] == [
        "Table as &CSV…", "Summary as &JSON…", "Chart as &PNG…", "Chart as &SVG…", "Report as &HTML…",
        "Map as P&NG…", "Map as S&VG…",  # the map's (issue 18), added by MapController
        "Change Chart as PNG…", "Change Chart as SVG…", "Count over Time as PNG…", "Count over Time as SVG…",  # issue 20's, by ChartViews
    ]
    assert texts.index("&Print…") < texts.index("&Quit")


def test_actions_disabled_without_data(window):
    window.document.close()
    assert not window.printing.print_action.isEnabled()
    assert not window.printing.export_menu.menuAction().isEnabled()
    window.open_path(str(sample_path()))
    assert window.printing.print_action.isEnabled()


def test_print_preview_renders_the_report_pages(window):
    dialog = window.printing.preview_dialog()
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() == 3  # with the sample's turnout map (issue 18) after the outcome
    dialog.deleteLater()


def _accepting_print_dialog(out, page_range=None):
    """A stand-in for QPrintDialog: the user picks "print to PDF" (and maybe a page range) and OK."""

    class AcceptingDialog:
        def __init__(self, printer, parent):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            if page_range:
                printer.setFromTo(*page_range)

        def setWindowTitle(self, title):  # noqa: N802 (Qt API)
            pass

        def exec(self):
            return QDialog.DialogCode.Accepted

    return AcceptingDialog


def test_print_goes_through_the_dialog(window, monkeypatch, tmp_path):
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(print_actions, "QPrintDialog", _accepting_print_dialog(out))
    window.printing.print_action.trigger()
    texts = page_texts(out)
    assert len(texts) == 3 and "Page 1 of 3" in texts[0] and "6,504,054" in texts[0]  # 3: the map's page


def test_export_pdf_prints_the_contest_on_screen(window, monkeypatch, tmp_path):
    out = tmp_path / "report.pdf"
    _save_to(monkeypatch, out)
    window.printing.pdf_action.trigger()
    text = "\n".join(page_texts(out))
    assert "PRELIMINARY" in text and "Kassym-Jomart Tokayev" in text and "100.17%" in text


@pytest.mark.parametrize("key", ["csv", "json", "png", "svg", "html"])
def test_exports_write_files(window, monkeypatch, tmp_path, key):
    out = tmp_path / f"export.{key}"
    _save_to(monkeypatch, out)
    window.printing.export_actions[key].trigger()
    data = out.read_bytes()
    if key == "csv":
        rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
        assert rows[0]["candidate"] == "Kassym-Jomart Tokayev" and rows[0]["votes"] == "6504054"
    elif key == "json":
        assert json.loads(data)["contests"][0]["candidates"][0]["votes"] == 6504054
    elif key == "png":
        assert data.startswith(b"\x89PNG")
    else:
        assert b"Kassym-Jomart Tokayev" in data or key == "svg" and b"<svg" in data


def test_export_failure_shows_one_error(window, monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(errors, "show_error", lambda parent, title, message, details="": calls.append((title, message)))
    _save_to(monkeypatch, tmp_path / "missing-folder" / "x.csv")
    assert window.printing.export("csv") is False
    assert calls and calls[0][0] == "Could not export"


def test_print_honours_the_chosen_page_range(window, monkeypatch, tmp_path):
    out = tmp_path / "page2.pdf"
    monkeypatch.setattr(print_actions, "QPrintDialog", _accepting_print_dialog(out, (2, 2)))
    window.printing.print_action.trigger()
    texts = page_texts(out)
    assert len(texts) == 1 and "Page 2 of 3" in texts[0] and "Commentary" in texts[0]


def test_export_all_contests_only_offered_for_several(window, monkeypatch, tmp_path):
    assert not window.printing.all_pdf_action.isVisible()
    source = tmp_path / "three.electview.json"
    source.write_text(json.dumps(many_contests(3)), encoding="utf-8")
    window.open_path(str(source))
    assert window.printing.all_pdf_action.isVisible()
    out = tmp_path / "all.pdf"
    _save_to(monkeypatch, out)
    window.printing.all_pdf_action.trigger()
    texts = page_texts(out)
    assert len(texts) == 3 and all(f"District {n} council" in texts[n - 1] for n in (1, 2, 3))
    window.printing.pdf_action.trigger()
    assert len(page_texts(out)) == 1  # the contest on screen only


def test_export_follows_the_scope_on_screen(window, monkeypatch, tmp_path):
    data = {
        "format": "electview",
        "version": 1,
        "election": {"title": "Town vote", "status": "final"},
        "contests": [
            {
                "name": "Mayor",
                "candidates": [{"id": "a", "name": "Ann"}, {"id": "b", "name": "Bob"}],
                "units": [
                    {"id": "town", "name": "Town"},
                    {"id": "p1", "name": "North precinct", "parent": "town"},
                    {"id": "p2", "name": "South precinct", "parent": "town"},
                ],
                "results": [{"unit": "p1", "votes": {"a": 30, "b": 25}}, {"unit": "p2", "votes": {"a": 10, "b": 28}}],
            }
        ],
    }
    source = tmp_path / "town.electview.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    window.open_path(str(source))
    window.document.set_scope(window.document.contest.units.index_of("p2"))
    out = tmp_path / "south.csv"
    _save_to(monkeypatch, out)
    window.printing.export_actions["csv"].trigger()
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [(row["candidate"], row["votes"]) for row in rows] == [("Bob", "28"), ("Ann", "10")]
    pdf = tmp_path / "south.pdf"
    _save_to(monkeypatch, pdf)
    window.printing.pdf_action.trigger()
    text = "\n".join(page_texts(pdf))
    assert "Scope: South precinct" in text and "FINAL" in text


FINAL = resources_dir() / "samples" / "kazakhstan-2019-presidential-final.electview.json"
TOKAYEV_COMPARED = "Kassym-Jomart Tokayev 6,504,054 6,539,715 +35,661 70.76% 70.96% +0.20 1 → 1"


def _flat(path):
    return " ".join(" ".join(page_texts(path)).split())


def test_print_has_the_comparison_only_while_comparing(window, monkeypatch, tmp_path):
    window.open_path(str(FINAL))
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(print_actions, "QPrintDialog", _accepting_print_dialog(out))
    window.printing.print_action.trigger()
    assert "Comparison with" not in _flat(out)
    assert window.comparison.compare_with(str(sample_path()))
    window.printing.print_action.trigger()
    text = _flat(out)
    assert "Comparison with 2019 Kazakhstan presidential election (PRELIMINARY)" in text
    assert TOKAYEV_COMPARED in text
    window.comparison.stop_action.trigger()
    window.printing.print_action.trigger()
    assert "Comparison with" not in _flat(out)


def test_preview_pdf_and_html_carry_the_comparison(window, monkeypatch, tmp_path):
    window.open_path(str(FINAL))
    window.comparison.compare_with(str(sample_path()))
    dialog = window.printing.preview_dialog()
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() == 2  # the section fits on the second page
    dialog.deleteLater()
    out = tmp_path / "report.pdf"
    _save_to(monkeypatch, out)
    window.printing.pdf_action.trigger()
    assert TOKAYEV_COMPARED in _flat(out)
    html_out = tmp_path / "report.html"
    _save_to(monkeypatch, html_out)
    window.printing.export_actions["html"].trigger()
    html_text = html_out.read_text(encoding="utf-8")
    assert "Comparison with 2019 Kazakhstan presidential election (PRELIMINARY)" in html_text
    assert ">+35,661</td>" in html_text and ">+0.20</td>" in html_text


def _town(precincts):
    """A mayoral race counted in the given precincts: {id: (Ann's votes, Bob's votes)}."""
    units = [{"id": "town", "name": "Town"}] + [{"id": p, "name": f"{p} precinct", "parent": "town"} for p in precincts]
    results = [{"unit": p, "votes": {"a": a, "b": b}} for p, (a, b) in precincts.items()]
    contest = {"name": "Mayor", "candidates": [{"id": "a", "name": "Ann"}, {"id": "b", "name": "Bob"}], "units": units, "results": results}
    return {"format": "electview", "version": 1, "election": {"title": "Town vote", "status": "final"}, "contests": [contest]}


def test_comparison_follows_the_place_on_screen(window, monkeypatch, tmp_path):
    new, old = tmp_path / "new.electview.json", tmp_path / "old.electview.json"
    new.write_text(json.dumps(_town({"p1": (30, 25), "p2": (10, 28)})), encoding="utf-8")
    old.write_text(json.dumps(_town({"p1": (20, 30)})), encoding="utf-8")
    window.open_path(str(new))
    window.comparison.compare_with(str(old))
    out = tmp_path / "place.pdf"
    _save_to(monkeypatch, out)
    window.document.set_scope(window.document.contest.units.index_of("p1"))
    window.printing.pdf_action.trigger()
    assert "Ann 20 30 +10 40.00% 54.55% +14.55 2 → 1 (up 1) rose above 50%" in _flat(out)
    # The earlier results never counted p2: said, not compared with the whole town instead.
    window.document.set_scope(window.document.contest.units.index_of("p2"))
    window.printing.pdf_action.trigger()
    assert "The compared results have no contest Mayor for this place, so there is nothing to compare." in _flat(out)


def test_export_all_contests_compares_each_with_its_namesake(window, monkeypatch, tmp_path):
    new, old = tmp_path / "new.electview.json", tmp_path / "old.electview.json"
    new.write_text(json.dumps(many_contests(3)), encoding="utf-8")
    old_data = many_contests(3, status="preliminary")
    old_data["contests"][2]["name"] = "Regional assembly"
    old.write_text(json.dumps(old_data), encoding="utf-8")
    window.open_path(str(new))
    window.comparison.compare_with(str(old))
    out = tmp_path / "all.pdf"
    _save_to(monkeypatch, out)
    window.printing.all_pdf_action.trigger()
    text = " ".join(" ".join(page_texts(out)).split())
    # once per contest at least (a table that runs onto the next page repeats its title)
    assert text.count("Comparison with Synthetic election with 3 contests (PRELIMINARY)") >= 3
    for district in (1, 2):
        assert f"Candidate 1 of district {district} 4,00{district} 4,00{district} 0" in text
    assert text.count("nothing to compare") == 1
    assert "The compared results have no contest District 3 council for this place" in text


def test_export_never_proposes_the_results_file_or_its_folder(window, monkeypatch, tmp_path):
    """One 'Yes' to 'replace?' used to overwrite a followed night.csv with its own table."""
    from PySide6.QtCore import QStandardPaths

    documents = tmp_path / "Documents"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda *_: str(documents))
    proposed = []
    monkeypatch.setattr(print_actions.QFileDialog, "getSaveFileName", lambda _w, _t, path, _f: proposed.append(path) or ("", ""))
    window.printing.export_actions["csv"].trigger()
    window.printing.export_pdf()
    assert proposed and all(p.startswith(str(documents)) for p in proposed)
    assert proposed[0] == str(documents / "2019 Kazakhstan presidential election.csv")  # the election's name
    assert str(resources_dir()) not in "".join(proposed)
    night = tmp_path / "Documents" / "night results.csv"
    assert print_actions.suggested_save_path(str(night), ".csv") != str(night)
    assert print_actions.suggested_save_path(str(tmp_path / "night.csv"), ".csv") == str(documents / "night results.csv")


def test_a_title_with_characters_no_file_name_may_hold_is_cleaned(tmp_path, monkeypatch):
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda *_: str(tmp_path))
    proposed = print_actions.suggested_save_path(str(tmp_path / "x.xml"), ".csv", 'Colorado: "General" 11/05/2024\n')
    assert proposed == str(tmp_path / "Colorado General 11 05 2024.csv")
    assert print_actions.suggested_save_path(str(tmp_path / "x.xml"), ".csv", " ../ ") == str(tmp_path / "x results.csv")
