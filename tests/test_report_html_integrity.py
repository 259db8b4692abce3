"""The HTML export's Integrity section (core/report_integrity.browser_section, core/integrity_svg): the turnout and
leader's-share histograms and the election fingerprint as inline SVG on real station files (the CIK protocols, EML
510 polling stations), the bins read back from the drawn path equal to the stations' own, no raster anywhere."""

from __future__ import annotations

import html
import re
from pathlib import Path

import numpy as np
import pytest

from electview.core import integrity
from electview.core.exports import export_html
from electview.core.histogram_geometry import BAR_COLOUR, SHADES, shade_levels
from electview.core.report_html import ReportOptions, build_report_html
from electview.core.report_integrity import FINGERPRINT_URL_SCHEME, HISTOGRAM_URL_SCHEME
from electview.formats import load_file
from electview.translations import report_languages

DATA = Path(__file__).parent / "data"
CIK_2018 = DATA / "national" / "ru-cik" / "2018-president-uik.5-regions.csv"
CIK_2021 = DATA / "national" / "ru-cik" / "2021-duma-party-list-uik.5-regions.csv"
EML_510 = DATA / "eml-510" / "kiesraad-sample-EML-510b-GR2002-Nuth.xml"


def _svgs(document: str, kind: str) -> list[str]:
    return re.findall(rf"<svg [^>]*class='{kind}'.*?</svg>", document, re.S)


def _attribute(element: str, name: str) -> float:
    return float(re.search(rf"{name}='([-\d.]+)'", element).group(1))


def _bins_drawn(svg: str, bins: int = 1001) -> np.ndarray:
    """Stations per bin as the drawing shows them: the bars' step heights against the plot and the count its top
    stands for (the label at the top of the axis); a bin cut at the top is read from the note."""
    plot = re.search(r"<rect class='plot'[^>]*>", svg).group(0)
    left, top, width, height = (_attribute(plot, name) for name in ("x", "y", "width", "height"))
    full = int(re.findall(r"text-anchor='end'>([\d,]+)</text>", svg)[0].replace(",", ""))
    path = re.search(rf"<path class='bars' fill='{BAR_COLOUR}'[^>]* d='M([^']*) Z'", svg).group(1)
    points = np.array([[float(v) for v in pair.split()] for pair in path.split(" L")])
    counts = np.zeros(bins, dtype=np.int64)
    # Each vertical edge (two points at one x) starts the bins from its x at its second point's height.
    for (x0, _), (x1, y1) in zip(points[1:-2:2], points[2:-1:2], strict=True):
        assert x0 == x1
        first = round((x1 - left) / (width / bins))
        counts[first:] = round((top + height - y1) / height * full)
    cut = re.search(r"; ([\d,]+) at 99\.95% and above, cut at the top", svg)
    if cut:
        counts[-1] = int(cut.group(1).replace(",", ""))
    return counts


@pytest.mark.parametrize("path", [CIK_2018, CIK_2021, EML_510], ids=["cik-2018", "cik-2021", "eml-510"])
def test_html_export_draws_the_histograms_and_the_fingerprint_as_inline_svg(path, tmp_path):
    dataset = load_file(path)
    out = tmp_path / "report.html"
    export_html(dataset, out)
    document = out.read_text(encoding="utf-8")
    found = integrity.stations(dataset.contests[0])
    stations = len(found)
    assert stations > 0
    histograms = _svgs(document, "histogram")
    fingerprints = _svgs(document, "fingerprint")
    # The first contest's come first (the EML file's preference-vote contests have theirs after).
    assert len(histograms) == 2 * len(fingerprints) >= 2
    own = (
        integrity.histogram_tenths(found.ballots, found.registered),
        integrity.histogram_tenths(found.leader_votes, found.ballots),
    )
    for svg, counts in zip(histograms[:2], own, strict=True):
        assert f"{stations:,} stations, 0.1-point bins" in svg
        drawn = _bins_drawn(svg)
        assert drawn.sum() == stations
        assert np.array_equal(drawn, counts)
    # The fingerprint: a shaded cell for every turnout × share cell with voters, none elsewhere.
    grid = integrity.fingerprint(found.turnout, found.leader_share, found.registered, 100)
    cells = re.findall(r"<rect x='[^']*' y='[^']*' width='[^']*' height='([^']*)' fill='#", fingerprints[0])
    side = _attribute(re.search(r"<rect class='plot'[^>]*>", fingerprints[0]).group(0), "width")
    assert round(sum(float(h) for h in cells) / (side / 100)) == int((grid > 0).sum())
    assert f"{stations:,} stations, 1-point cells, weighted by registered voters" in fingerprints[0]
    # Vector only, labelled derived, the methods' papers cited; no placeholder a browser can't show.
    assert "data:image/png" not in document and "<img src='electview-" not in document and HISTOGRAM_URL_SCHEME not in document
    assert "Histograms (derived)" in document and "Election fingerprint (derived)" in document
    assert html.escape(integrity.KLIMEK_2012) in document and html.escape(integrity.KOBAK_2016) in document


def test_russian_export_labels_the_drawings_in_russian(tmp_path):
    dataset = load_file(CIK_2018)
    document = build_report_html(dataset, options=ReportOptions(for_browser=True, chart_src=None, languages=report_languages("ru")))
    drawings = "".join(_svgs(document, "histogram") + _svgs(document, "fingerprint"))
    assert "участков: 904, интервалы по 0,1 пункта" in drawings and "«Отпечаток» выборов" in drawings
    assert "Явка, %" in drawings and "stations" not in drawings and "Turnout" not in drawings
    assert "«Отпечаток» выборов (вычислено)" in document


def test_the_printed_report_keeps_its_placeholders():
    # The printer draws its own vector histograms and fingerprint from placeholders (ui.report_histograms); no SVG goes to Qt.
    from electview.core.report_integrity import with_histograms
    from electview.core.summary import contest_tallies

    dataset = load_file(CIK_2018)
    results = contest_tallies(dataset)
    document = build_report_html(dataset, results, ReportOptions(integrity_html=with_histograms(results)))
    assert "<svg" not in document and f"{HISTOGRAM_URL_SCHEME}:0" in document and f"{FINGERPRINT_URL_SCHEME}:0" in document


def test_fingerprint_shades_grow_with_the_voters_on_a_log_scale():
    levels = shade_levels(np.array([[0.0, 1.0], [99.0, 9999.0]]))
    assert levels.tolist() == [[0, 2], [8, SHADES]]  # log(2)/log(10000) of the way: shade 2 of 16, log(100): 8
