"""The map in the printed report, its PDF and its HTML export: the window's painter, vector paths, no raster image."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QFileDialog

from electview.core.geo_measures import Colouring, MapClass
from electview.resources import sample_path
from electview.ui.map_painter import legend_columns, no_data_label
from electview.ui.report_printer import write_pdf
from pdf_text import image_object_count, page_texts, pixels_near, render_rgb

import map_support
from map_support import COLORADO, COUNTIES

window = map_support.window  # the window fixture


def _save_to(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


def _map_page(path) -> int:
    texts = page_texts(path)
    pages = [number for number, text in enumerate(texts) if re.search(r"^Map$", text, re.MULTILINE)]
    assert len(pages) == 1, texts
    return pages[0]


def _pdf_images(path) -> str:
    tool = shutil.which("pdfimages")
    if tool is None:
        pytest.skip("pdfimages (poppler-utils) is not installed")
    return subprocess.run([tool, "-list", str(path)], capture_output=True, text=True, check=True).stdout


def test_the_sample_pdf_has_the_turnout_map_as_vector_paths(window, monkeypatch, tmp_path):
    window.document.open(str(sample_path()))
    window.map.wait()
    out = tmp_path / "report.pdf"
    _save_to(monkeypatch, out)
    window.printing.pdf_action.trigger()
    page = _map_page(out)
    text = page_texts(out)[page]
    assert "Turnout." in text and "no results by region" in text and "Who's On First" in text
    assert "80–90%" in text and no_data_label() in text  # the legend is text too
    assert image_object_count(out, page) == 0
    assert _pdf_images(out).strip().splitlines()[2:] == []  # pdfimages -list: a header and no image
    # Most of the 17 regions are in the 80-90% class: thousands of points of its colour on the page.
    colouring = window.map.colouring
    high = next(c.colour for c in colouring.classes if c.label == "80–90%")
    assert pixels_near(render_rgb(out, page), high, tolerance=8) > 3000


def test_colorado_by_leader_prints_denver_outlined_and_the_whole_legend(window, monkeypatch, tmp_path):
    window.document.open(str(COLORADO))
    window.map.attach(str(COUNTIES))
    window.map.wait()
    denver = list(window.document.contest.units.names).index("Denver")
    window.drill_down(denver)
    maps = window.map.report_maps(window.printing.results())
    assert list(maps) == [0] and maps[0].selected == window.map.joined.layer.ids.index("08031")
    out = tmp_path / "colorado.pdf"
    _save_to(monkeypatch, out)
    window.printing.pdf_action.trigger()
    text = " ".join(page_texts(out)[_map_page(out)].split())
    for label in [c.label for c in window.map.colouring.classes]:
        assert label in text
    assert "Kamala D. Harris / Tim Walz" in text and "Donald J. Trump / JD Vance" in text
    assert "Leader, shaded by the lead over the runner-up" in " ".join(" ".join(page_texts(out)).split())
    assert image_object_count(out, _map_page(out)) == 0


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_map_heading_stays_on_the_maps_page(window, tmp_path, paper):
    # Colorado's whole contest on A4: "Map" ended page 1 and its map began page 2.
    window.document.open(str(COLORADO))
    window.map.attach(str(COUNTIES))
    window.map.wait()
    out = tmp_path / "colorado.pdf"
    results = window.printing.results()
    write_pdf(window.document.dataset, out, results, window.printing.report_options(), paper=paper, maps=window.map.report_maps(results))
    page = page_texts(out)[_map_page(out)]
    assert "Kamala D. Harris / Tim Walz" in page and "no data" in page


def test_the_html_export_carries_the_map_as_svg_paths(window, monkeypatch, tmp_path):
    window.document.open(str(sample_path()))
    window.map.wait()
    out = tmp_path / "report.html"
    _save_to(monkeypatch, out)
    window.printing.export_actions["html"].trigger()
    page = out.read_text(encoding="utf-8")
    assert "<h3>Map</h3>" in page
    found = re.search(r"<img src='data:image/svg\+xml;base64,([^']+)' width='670' height='300' alt='Map: Turnout'", page)
    assert found
    svg = base64.b64decode(found.group(1)).decode("utf-8")
    assert svg.count("<path") >= 17 and "<image" not in svg


def test_no_map_no_section(window, monkeypatch, tmp_path):
    window.document.open(str(COLORADO))  # no boundaries bundled for Colorado, none attached
    window.map.wait()
    assert window.map.report_maps(window.printing.results()) == {}
    out = tmp_path / "report.html"
    _save_to(monkeypatch, out)
    window.printing.export_actions["html"].trigger()
    assert "<h3>Map</h3>" not in out.read_text(encoding="utf-8")


def _colouring(groups: dict[str, int]) -> Colouring:
    import numpy as np

    classes = tuple(MapClass(f"{n} {g}", "#336699", g) for g, count in groups.items() for n in range(count))
    empty = np.zeros(0)
    return Colouring("leader", "Leader", classes, empty.astype(int), empty, empty.astype(bool), empty.astype(bool))


def test_legend_columns_keep_every_line_and_repeat_a_heading_cut_across():
    colouring = _colouring({"Trump": 4, "Harris": 4})
    one = legend_columns(colouring)
    assert len(one) == 1 and len(one[0]) == 2 + 8 + 1  # two headings, eight classes, "no data"
    columns = legend_columns(colouring, per_column=6)
    rows = [line for column in columns for line in column if line[0] == "row"]
    assert [label for _, label, _ in rows] == [c.label for c in colouring.classes] + [no_data_label()]
    assert all(len(column) <= 6 for column in columns)
    assert all(column[-1][0] == "row" for column in columns)  # a heading never ends a column
    for column in columns[1:]:
        assert column[0][0] == "heading" or column[0][1] == no_data_label()


def test_a_short_legend_on_screen_goes_into_columns(window, qtbot):
    window.resize(1024, 640)
    window.document.open(str(COLORADO))
    window.map.attach(str(COUNTIES))
    window.map.wait()
    window.map.show_map()
    qtbot.waitUntil(lambda: window.map.pane.legend.isVisible(), timeout=3000)
    legend = window.map.pane.legend
    per_column = int((legend.height() - 4) // (legend.fontMetrics().height() + 2))
    needed = len(legend_columns(window.map.colouring, per_column))
    assert needed > 1 and legend.columns() == needed and legend.width() == legend.COLUMN * needed


def test_the_report_command_adds_the_map_with_its_legend_in_the_reports_language(tmp_path, capsys):
    from electview.cli import main

    out = tmp_path / "kz-ru.pdf"
    assert main(["report", "--with-map", "--lang", "ru", "-o", str(out)]) == 0
    texts = page_texts(out)
    page = next(number for number, text in enumerate(texts) if re.search(r"^Карта$", text, re.MULTILINE))
    assert "80–90%" in texts[page] and "нет данных" in texts[page]  # was "no data": the legend outside the window
    assert image_object_count(out, page) == 0
    out = tmp_path / "co.pdf"
    assert main(["report", str(COLORADO), "--contest", "Presidential Electors", "--boundaries", str(COUNTIES), "-o", str(out)]) == 0
    assert "lead 20 points or more" in " ".join(" ".join(page_texts(out)).split())  # the legend: --boundaries alone adds the map
    assert main(["report", str(COLORADO), "--with-map", "-o", str(tmp_path / "none.pdf")]) == 2
    assert "no bundled boundaries for this election; give --boundaries FILE" in capsys.readouterr().err


def test_export_map_as_svg_and_png_from_the_window(window, monkeypatch, tmp_path):
    window.document.open(str(COLORADO))
    window.map.wait()
    assert not window.printing.export_actions["map-svg"].isEnabled()  # no boundaries: nothing to export
    window.map.attach(str(COUNTIES))
    window.map.wait()
    assert window.printing.export_actions["map-svg"].isEnabled()
    out = tmp_path / "co.map.svg"
    _save_to(monkeypatch, out)
    window.printing.export_actions["map-svg"].trigger()
    svg = out.read_text(encoding="utf-8")
    assert svg.count("<path") >= 64 and "<image" not in svg  # Colorado's 64 counties as vector paths
    assert "Presidential Electors" in svg and "lead 20 points or more" in svg
    out = tmp_path / "co.map.png"
    _save_to(monkeypatch, out)
    window.printing.export_actions["map-png"].trigger()
    assert out.read_bytes().startswith(b"\x89PNG")


def test_a_two_language_report_gives_the_map_in_both(window, qtbot, monkeypatch, tmp_path):
    from electview.ui import i18n

    window.document.open(str(sample_path()))
    try:
        russian = window.language.choose("ru")
        qtbot.addWidget(russian)
        russian.map.wait()
        russian.printing.report_languages.actions["en"].trigger()
        out = tmp_path / "ru-en.pdf"
        _save_to(monkeypatch, out)
        assert russian.printing.export_pdf()
        text = " ".join(" ".join(page_texts(out)).split())
        assert "Карта / Map" in text and "нет данных / no data" in text  # the legend's was the window's alone
        russian.printing.report_languages.actions[""].trigger()
    finally:
        i18n.install_language("en")


def _map_legends(path) -> list[str]:
    """Each map section's first legend heading (its leader, or the first measure class), page by page."""
    found = []
    for text in page_texts(path):
        found += [m.group(1) for m in re.finditer(r"^Map\n(.+)$", text, re.MULTILINE)]
    return found


def test_export_all_contests_maps_every_contest_as_the_report_command_does(window, monkeypatch, tmp_path):
    # Issue #18: Export All Contests printed the map of the contest on screen only (1 of Colorado's 6).
    from electview.cli import main

    window.document.open(str(COLORADO))
    window.map.attach(str(COUNTIES))
    window.map.wait()
    out = tmp_path / "all.pdf"
    _save_to(monkeypatch, out)
    window.printing.all_pdf_action.trigger()
    legends = _map_legends(out)
    assert len(legends) == len(window.document.dataset.contests) == 6
    assert legends[:3] == ["Donald J. Trump / JD Vance", "Jeff Crank", "Ken deGraaf"]  # each contest's own leader
    headless = tmp_path / "cli.pdf"
    assert main(["report", str(COLORADO), "--boundaries", str(COUNTIES), "-o", str(headless)]) == 0
    assert _map_legends(headless) == legends
    assert all(image_object_count(out, page) == 0 for page in range(len(page_texts(out))))
