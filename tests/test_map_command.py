"""``electview map``: the map headless as SVG (vector paths, no image) or PNG, in-process."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from electview.cli import main

DATA = Path(__file__).parent / "data"
COLORADO = DATA / "clarity" / "colorado-2024-general-detail.TRIMMED-6-contests.xml"
COUNTIES = DATA / "geo" / "us-atlas" / "counties-10m.json"


def test_the_sample_turnout_map_as_vector_svg(tmp_path, capsys):
    out = tmp_path / "kz.svg"
    assert main(["map", "--measure", "turnout", "-o", str(out)]) == 0
    svg = out.read_text()
    assert svg.count("<path") >= 17 and "<image" not in svg  # every region a vector path, nothing rasterised
    assert "no results by region" in svg and "Who's On First" in svg
    assert "80–90%" in svg and "no data" in svg
    assert "17 map features without a place" in capsys.readouterr().err


def test_colorado_by_leader_as_png(tmp_path, capsys):
    out = tmp_path / "co.png"
    assert main(["map", str(COLORADO), "--boundaries", str(COUNTIES), "--size", "800x600", "-o", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 600)
    colours = {image.pixelColor(x, y).name() for x in range(0, 560, 7) for y in range(40, 560, 7)}
    assert "#1a5fb4" in {c.casefold() for c in colours} or any(QColor(c).blue() > 150 and QColor(c).red() < 60 for c in colours)
    assert "64 of 64 places joined" in capsys.readouterr().err


def test_transliterated_names_need_accept_proposed(tmp_path, capsys):
    results = tmp_path / "kz.electview.json"
    results.write_text(
        '{"format": "electview", "version": 1, "election": {"title": "T", "status": "final"},'
        ' "contests": [{"name": "C", "candidates": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],'
        ' "units": [{"id": "kz", "name": "Kazakhstan", "kind": "country"}, {"id": "r1", "name": "Ақмола", "kind": "region", "parent": "kz"},'
        ' {"id": "r2", "name": "Pavlodar", "kind": "region", "parent": "kz"}],'
        ' "results": [{"unit": "r1", "votes": {"a": 60, "b": 40}}, {"unit": "r2", "votes": {"a": 10, "b": 30}}]}]}'
    )
    topo = DATA / "geo" / "ne-admin1" / "ne10m-admin1-kaz.topo.json"
    out = tmp_path / "m.svg"
    assert main(["map", str(results), "--boundaries", str(topo), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "Ақмола -> Aqmola: not joined" in err and "1 of 2 places joined" in err
    assert main(["map", str(results), "--boundaries", str(topo), "--accept-proposed", "-o", str(out)]) == 0
    assert "2 of 2 places joined" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--measure", "popularity", "-o", "x.svg"], "--measure"),
        (["-o", "x.pdf"], "-o must end"),
        (["--measure", "share:Nobody", "-o", "x.svg"], "no candidate"),
        (["--size", "10x10", "-o", "x.svg"], "--size"),
    ],
)
def test_bad_arguments_are_one_line(tmp_path, capsys, argv, message, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["map", *argv]) == 2
    assert message in capsys.readouterr().err


def test_no_bundled_map_asks_for_boundaries(tmp_path, capsys):
    assert main(["map", str(COLORADO), "-o", str(tmp_path / "x.svg")]) == 2
    assert "--boundaries" in capsys.readouterr().err
