"""Exports: CSV safe from formula injection, the JSON contract, HTML, chart PNG and SVG, atomic writes."""

import base64
import csv
import json
import xml.etree.ElementTree as ElementTree

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from electview.core.exports import export_csv, export_html, export_json
from electview.core.report_html import file_sha256
from electview.core.summary import contest_tallies, summary_dict
from electview.formats import native
from electview.resources import sample_path
from electview.ui.chart_export import export_png, export_svg, pie_svg_data_uri
from pdf_text import pixels_near

HOSTILE = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2", "@SUM(A1)", "-=x", "Plain"]


@pytest.fixture
def hostile_dataset():
    return native.parse(
        {
            "format": "electview",
            "version": 1,
            "election": {"title": "=cmd|' /C calc'!A0", "status": "unofficial"},
            "contests": [
                {
                    "name": "-Mayor",
                    "candidates": [
                        {"name": name, "party": "=1+2", "votes": 100 - i} for i, name in enumerate(HOSTILE)
                    ],
                }
            ],
        },
        "hostile.json",
    )


def test_csv_neutralises_formulas(hostile_dataset, tmp_path):
    path = tmp_path / "table.csv"
    export_csv(hostile_dataset, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [row["candidate"] for row in rows] == [
        "'=HYPERLINK(\"http://x\",\"y\")", "'+1+1", "'-2", "'@SUM(A1)", "'-=x", "Plain"
    ]
    assert {row["party"] for row in rows} == {"'=1+2"}
    assert {row["contest"] for row in rows} == {"'-Mayor"}
    assert rows[0]["votes"] == "100"
    for row in rows:
        for value in row.values():
            assert value[:1] not in ("=", "+", "@", "\t") and not value.startswith("-")


def test_json_export_is_the_summary_contract(sample_dataset, tmp_path):
    path = tmp_path / "summary.json"
    export_json(sample_dataset, path)
    exported = json.loads(path.read_text(encoding="utf-8"))
    given = exported.pop("input")  # which input: the summary contract plus this one key
    assert exported == summary_dict(sample_dataset)
    assert given == {"file": "kazakhstan-2019-presidential.electview.json", "sha256": file_sha256(sample_path()), "version": None}


def test_html_export_embeds_vector_pie_and_escapes(qapp, hostile_dataset, tmp_path):
    path = tmp_path / "report.html"
    export_html(hostile_dataset, path, chart_src=pie_svg_data_uri)
    text = path.read_text(encoding="utf-8")
    assert "UNOFFICIAL" in text and "class='watermark'" in text
    assert "=cmd|&#x27; /C calc&#x27;!A0" in text
    source = text.split("src='data:image/svg+xml;base64,", 1)[1].split("'", 1)[0]
    svg = base64.b64decode(source)
    assert ElementTree.fromstring(svg).tag.endswith("svg") and b"<path" in svg


def test_chart_png_shows_the_slices(qapp, sample_dataset, tmp_path):
    path = tmp_path / "chart.png"
    result = contest_tallies(sample_dataset)[0]
    export_png(sample_dataset, result, path)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1920, 1080)
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    pixels = pixels[:, : image.width() * 3].reshape(image.height(), image.width(), 3)
    assert pixels_near(pixels, "#0072B2") > 100_000  # Tokayev's 70% of a ~900 px pie
    assert pixels_near(pixels, "#E69F00") > 20_000  # Kosanov's 16%


def test_chart_svg_is_vector_with_legend(qapp, sample_dataset, tmp_path):
    path = tmp_path / "chart.svg"
    export_svg(sample_dataset, contest_tallies(sample_dataset)[0], path)
    data = path.read_bytes()
    assert QSvgRenderer(data).isValid()
    root = ElementTree.fromstring(data)
    assert root.tag.endswith("svg")
    text = data.decode("utf-8")
    assert "Kassym-Jomart Tokayev" in text and "70.76%" in text and "PRELIMINARY" in text
    assert "<image" not in text


def test_failed_export_keeps_the_old_file(sample_dataset, tmp_path, monkeypatch):
    path = tmp_path / "table.csv"
    path.write_text("old")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("electview.core.exports.render_csv", broken)
    with pytest.raises(RuntimeError):
        export_csv(sample_dataset, path)
    assert path.read_text() == "old"


def test_chart_svg_escapes_markup_in_names(qapp, sample_dataset, tmp_path):
    data = json.loads(sample_path().read_text(encoding="utf-8"))
    data["candidates"][0]["name"] = '<b>x</b> & "co"'
    data["election"]["title"] = "A <i>&</i> B"
    dataset = native.parse(data, "markup.json")
    path = tmp_path / "markup.svg"
    export_svg(dataset, contest_tallies(dataset)[0], path)
    root = ElementTree.fromstring(path.read_bytes())  # still well-formed XML
    texts = "".join(root.itertext())
    assert '<b>x</b> & "co"' in texts and "A <i>&</i> B" in texts
