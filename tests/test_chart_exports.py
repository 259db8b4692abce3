"""The new charts leave the window: bars where the window opens on bars (PNG, SVG, HTML, PDF), the change chart and the
count over time as PNG and SVG, through File → Export as a user would."""

from xml.etree import ElementTree

import pytest
from chart_support import BUNDESTAG, shown_window
from live_helpers import results_json
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from electview.core.summary import contest_tallies
from electview.formats import load_file
from electview.resources import resource_path, sample_path
from electview.ui.bar_painter import result_bars, shows_bars
from electview.ui.chart_export import export_png, export_svg, pie_svg_data_uri
from electview.ui.chart_views import CHANGE_VIEW, HISTORY_VIEW
from electview.ui.report_printer import write_pdf
from pdf_text import page_texts

FINAL = resource_path("samples/kazakhstan-2019-presidential-final.electview.json")


def _svg_text(path) -> str:
    data = path.read_bytes()
    assert QSvgRenderer(data).isValid()
    assert ElementTree.fromstring(data).tag.endswith("svg")
    return data.decode("utf-8")


def test_forty_five_parties_export_as_bars_and_seven_candidates_as_the_pie(qapp, tmp_path):
    dataset = load_file(BUNDESTAG)
    result = contest_tallies(dataset)[0]
    assert shows_bars(result)
    bars, more = result_bars(result, 20)
    assert len(bars) == 19 and more.startswith(f"+{len(result.order_shown()) - 19} more: ")
    order = result.order_shown()
    assert [bar.rows[0] for bar in bars] == order[:19]  # by votes, as the table opens
    assert bars[0].figure == "26.39% · 12,234,690" and bars[0].marked  # the window's figures for the SPD
    svg = tmp_path / "bundestag.svg"
    export_svg(dataset, result, svg)
    text = _svg_text(svg)
    assert "Sozialdemokratische Partei Deutschlands" in text and " more: " in text and "<image" not in text
    png = tmp_path / "bundestag.png"
    export_png(dataset, result, png)
    assert not QImage(str(png)).isNull()
    sample = load_file(sample_path())
    assert not shows_bars(contest_tallies(sample)[0])
    assert "base64" in pie_svg_data_uri(0, contest_tallies(sample)[0])


def test_the_printed_report_shows_the_bars_the_window_would(qapp, tmp_path):
    dataset = load_file(BUNDESTAG)
    path = tmp_path / "bundestag.pdf"
    write_pdf(dataset, path, contest_tallies(dataset)[:1])
    text = "\n".join(page_texts(path))
    assert "\nBÜNDNIS 90/DIE GRÜNEN 13.95% · 6,469,081\n" in text  # a bar: its name, the figures as the table gives them
    assert "\n+" in text and " more: " in text and " together" in text  # the bars' "+M more" line, which the pie never prints
    sample = tmp_path / "sample.pdf"
    write_pdf(load_file(sample_path()), sample)
    assert " more: " not in "\n".join(page_texts(sample))


@pytest.fixture
def window(qtbot):
    win = shown_window(qtbot)
    yield win
    win.live.stop()


def test_change_chart_exports_through_the_menu(window, qtbot, monkeypatch, tmp_path):
    assert window.open_path(str(FINAL))
    actions = window.printing.export_actions
    assert not actions["change-png"].isEnabled() and not actions["change-svg"].isEnabled()
    window.comparison.compare_with(str(sample_path()))
    assert window.chart_pane.has_view(CHANGE_VIEW)
    assert actions["change-png"].isEnabled()
    for suffix in ("svg", "png"):
        target = tmp_path / f"change.{suffix}"
        monkeypatch.setattr(window.printing, "_ask_path", lambda *a, target=target: str(target))
        actions[f"change-{suffix}"].trigger()
        assert target.exists()
    text = _svg_text(tmp_path / "change.svg")
    assert "+0.20 points" in text and "earlier: the preliminary results" in text and "later: the final results" in text
    assert "2019 Kazakhstan presidential election" in text
    assert not QImage(str(tmp_path / "change.png")).isNull()
    window.comparison.stop_action.trigger()
    qtbot.waitUntil(lambda: not actions["change-png"].isEnabled())


def test_count_over_time_exports_through_the_menu(window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(6_000_000, shares=[70.76, 16.2, 5.2, 3.2, 2.07, 1.82, 0.92]))
    assert window.open_path(str(path))
    qtbot.waitUntil(lambda: window.live.history is not None and len(window.live.history) >= 1)
    actions = window.printing.export_actions
    assert not actions["history-svg"].isEnabled()
    path.write_bytes(results_json(6_100_000, shares=[68.0, 18.0, 6.0, 3.5, 2.0, 1.6, 0.9]))
    qtbot.waitUntil(lambda: window.chart_pane.has_view(HISTORY_VIEW), timeout=3000)
    assert actions["history-svg"].isEnabled()
    for suffix in ("svg", "png"):  # from the pie: the view needn't be on screen
        target = tmp_path / f"over-time.{suffix}"
        monkeypatch.setattr(window.printing, "_ask_path", lambda *a, target=target: str(target))
        actions[f"history-{suffix}"].trigger()
        assert target.exists()
    text = _svg_text(tmp_path / "over-time.svg")
    assert "2019 Kazakhstan presidential election" in text and "version" in text
    image = QImage(str(tmp_path / "over-time.png"))
    assert not image.isNull() and image.width() >= 1000
    assert image.pixelColor(2, 2).name() == "#ffffff"  # on white whatever the theme
    assert not window.charts.history.plot.getPlotItem().titleLabel.isVisible()  # the title was for the page only


def test_the_html_report_embeds_the_bars_as_wide_as_they_need_and_says_so(qapp, tmp_path):
    from electview.core.bars import REPORT_BARS_WIDTH_RATIO
    from electview.core.exports import export_html
    from electview.core.report_html import PIE_SIZE_PX

    dataset = load_file(BUNDESTAG)
    path = tmp_path / "bundestag.html"
    export_html(dataset, path, contest_tallies(dataset)[:1], chart_src=pie_svg_data_uri)
    html = path.read_text(encoding="utf-8")
    assert f"width='{round(PIE_SIZE_PX * REPORT_BARS_WIDTH_RATIO)}' height='{PIE_SIZE_PX}' alt='Bar chart of votes in " in html
    assert "Pie chart of votes" not in html
    sample = tmp_path / "sample.html"
    export_html(load_file(sample_path()), sample, chart_src=pie_svg_data_uri)
    assert f"width='{PIE_SIZE_PX}' height='{PIE_SIZE_PX}' alt='Pie chart of votes in " in sample.read_text(encoding="utf-8")
