"""One dataset through the window, the printed report (its PDF's text) and the four summaries, in English,
Russian and Kazakh: every vote count and share is the same number everywhere (issue #14, "done when").

The summaries are English by design (--lang picks names, not number marks); the window and the
report write numbers as the language does ("6 539 715", "70,96%"), so each is read back as a number.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from cli_support import run_report
from electview.core.summary import render
from electview.formats import load_file
from electview.ui import i18n
from electview.ui.candidate_model import NAME, SHARE, VOTES
from electview.ui.main_window import MainWindow
from pdf_text import page_texts

ROOT = Path(__file__).parents[1]
KZ_FINAL = ROOT / "resources" / "samples" / "kazakhstan-2019-presidential-final.electview.json"
CAMBRIDGE = ROOT / "tests" / "data" / "nist-v2" / "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.json"
CASES = [(KZ_FINAL, None), (CAMBRIDGE, "GOVERNOR AND LIEUTENANT GOVERNOR")]
MARKS = {"en": (",", "."), "ru": ("\u00a0", ","), "kk": ("\u00a0", ",")}


def _number(text: str, code: str) -> float:
    """A figure as the language writes it, read back: "6 539 715" → 6539715, "70,96%" → 70.96."""
    group, decimal = MARKS[code]
    cleaned = text.replace("≈", "").replace("%", "").strip().replace(group, "").replace(" ", "").replace(decimal, ".")
    return float(cleaned)


def _summaries(dataset, contest: str | None) -> dict[str, tuple[float, float]]:
    """Name → (votes, share) from the JSON summary, checked against the text, markdown and CSV summaries."""
    entry = json.loads(render(dataset, "json", contest))["contests"][0]
    figures = {c["name"]: (float(c["votes"]), float(c["share"])) for c in entry["candidates"]}
    text, markdown = render(dataset, "text", contest), render(dataset, "markdown", contest)
    rows = {row["candidate"]: row for row in csv.DictReader(io.StringIO(render(dataset, "csv", contest))) if not row["round"]}
    for name, (votes, share) in figures.items():
        shown_votes, shown_share = f"{votes:,.0f}", f"{share:.2f}%"
        line = next(line for line in text.splitlines() if line.startswith(name + " "))
        assert re.search(rf"{re.escape(shown_votes)}\s+{re.escape(shown_share)}", line), (name, line)
        assert f"| {shown_votes} | {shown_share} |" in markdown, name
        assert float(rows[name]["votes"]) == votes and float(rows[name]["share_percent"]) == share, name
    return figures


@pytest.fixture
def window_in(qtbot):
    def open_in(code: str, path: Path, contest: str | None):
        window = MainWindow()
        qtbot.addWidget(window)
        chosen = window.language.choose(code)
        qtbot.addWidget(chosen)
        chosen.document.open(str(path))
        dataset = chosen.document.dataset
        if contest:
            chosen.document.set_contest(next(i for i, c in enumerate(dataset.contests) if c.name == contest))
        return chosen

    yield open_in
    i18n.install_language("en")


@pytest.mark.parametrize("code", ["en", "ru", "kk"])
@pytest.mark.parametrize(("path", "contest"), CASES, ids=["kz-final", "cambridge-governor"])
def test_the_window_the_pdf_and_every_summary_give_the_same_figures(window_in, tmp_path, code, path, contest):
    expected = _summaries(load_file(path), contest)
    window = window_in(code, path, contest)
    proxy = window.proxy
    on_screen = {
        window.document.tally.candidates[proxy.mapToSource(proxy.index(row, NAME)).row()].name: (
            _number(proxy.index(row, VOTES).data(), code),
            _number(proxy.index(row, SHARE).data(), code),
        )
        for row in range(proxy.rowCount())
    }
    # The window shows names in its language (Токаев); the summary, the file's: compare by the file's order.
    assert sorted(on_screen.values()) == sorted((votes, round(share, 2)) for votes, share in expected.values())
    out = tmp_path / f"{code}.pdf"
    args = [str(path), "-o", str(out), "--lang", code] + (["--contest", contest] if contest else [])
    result = run_report(*args)
    assert result.returncode == 0, result.stderr
    printed = " ".join(page_texts(out)).replace("\u00a0", " ")  # the PDF's text layer gives the no-break space as a space
    group, decimal = MARKS[code]
    group = group.replace("\u00a0", " ")
    for votes, share in expected.values():
        shown_votes = f"{votes:,.0f}".replace(",", group)
        shown_share = f"{share:.2f}".replace(".", decimal) + "%"
        assert shown_votes in printed and shown_share in printed, (code, shown_votes, shown_share)
    if code != "en":  # no English marks left in a Russian or Kazakh report
        assert not re.search(r"\d,\d{3}(?!\d)", printed) and not re.search(r"\d\.\d{1,2}%", printed)
