"""One rounding rule and one set of number marks for every output (issue 14, "rounding", "numbers in Russian and Kazakh").

The rule (core.formatting): half away from zero on the digits a value prints as. Caldwell County TX 2022:
ACC District Proposition A, 52 of 128 votes against = 40.625% exactly: the summary printed 40.62%
(Python rounds half to even), the window 40.63% (Qt). Now 40.63% in the window, every summary and the report.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from electview.core.formatting import ROUNDING, format_count, format_share, shares_total
from electview.core.report_html import build_report_html
from electview.core.summary import render
from electview.core.tally import tally
from electview.formats import load_file
from electview.ui import i18n
from electview.ui.candidate_model import SHARE, VOTES
from electview.ui.main_window import MainWindow

DATA = Path(__file__).parent / "data"
CALDWELL = DATA / "openelections" / "20221108__tx__general__caldwell__precinct.csv"
CAMBRIDGE = DATA / "nist-v2" / "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.json"


def test_the_rule_is_stated_and_a_tie_goes_away_from_zero():
    import electview.core.formatting as formatting

    assert ROUNDING == "half away from zero" and "half away from zero" in formatting.__doc__
    assert format_share(1 / 800 * 100) == "0.13%"  # 1 vote in 800
    assert format_share(2.675) == "2.68%" and format_count(2.5) == "2.50"


def _proposition(dataset):
    contest = next(c for c in dataset.contests if "Proposition A" in c.name and "ACC" in c.name)
    result = tally(contest, None, dataset.turnout)
    against = next(i for i, votes in enumerate(result.votes) if votes == 52)
    return contest, result, against


def test_a_tie_prints_the_same_in_the_window_the_summaries_and_the_report(qtbot):
    dataset = load_file(CALDWELL)
    contest, result, against = _proposition(dataset)
    assert result.total_valid.value == 128 and result.share[against] == 40.625  # the raw figure, exactly half
    assert "40.63%" in render(dataset, "text", contest.name)  # was 40.62%
    assert "40.63%" in render(dataset, "markdown", contest.name)
    assert json.loads(render(dataset, "json", contest.name))["contests"][0]["candidates"][1]["share"] == 40.625
    assert "40.63%" in build_report_html(dataset, [result])  # was 40.62%
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.set_dataset(dataset, str(CALDWELL))
    window.document.set_contest(dataset.contests.index(contest))
    proxy = window.proxy
    cells = {proxy.index(row, VOTES).data(): proxy.index(row, SHARE).data() for row in range(proxy.rowCount())}
    assert cells["52"] == "40.63%"


def test_the_report_share_total_adds_up_the_printed_shares():
    """Cambridge governor: 91.12 + 7.57 + 1.16 + 0.16 = 100.01 as printed; the total said 100.00%."""
    dataset = load_file(CAMBRIDGE)
    result = tally(dataset.contests[0], None, dataset.turnout)
    printed = [float(format_share(share).rstrip("%")) for share in result.share]
    assert round(sum(printed), 2) == 100.01 == shares_total(result.share)
    total_row = re.search(r"<tr class='total'>.*?</tr>", build_report_html(dataset, [result])).group(0)
    assert "100.01%" in total_row and "100.00%" not in total_row


LOCAL_MARKS = {"ru": ("\u00a0", ","), "kk": ("\u00a0", ",")}


@pytest.fixture
def localised(qtbot, final_sample):
    windows = []

    def open_in(code):
        window = MainWindow()
        qtbot.addWidget(window)
        chosen = window.language.choose(code)
        qtbot.addWidget(chosen)
        chosen.document.open(str(final_sample))
        windows.append(chosen)
        return chosen

    yield open_in
    i18n.install_language("en")


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_every_number_on_a_russian_or_kazakh_screen_has_the_same_marks(localised, code):
    window = localised(code)
    group, decimal = LOCAL_MARKS[code]
    proxy = window.proxy
    votes = [proxy.index(row, VOTES).data() for row in range(proxy.rowCount())]
    shares = [proxy.index(row, SHARE).data() for row in range(proxy.rowCount())]
    assert f"6{group}539{group}715" in votes and f"70{decimal}96%" in shares
    result = window.document.tally
    report = build_report_html(window.document.dataset, [result])
    screen = [
        window.totals_label.text(),
        window.header.turnout_label.text(),
        window.header.findings_text(),
        window.accessibleDescription(),  # the plain sentence said aloud: "… 71,0% …"
        window.pie.view.accessibleDescription(),
        report,
    ]
    english_group = re.compile(r"\d,\d{3}(?!\d)")  # "9,191,710": a decimal comma to a Russian reader
    english_decimal = re.compile(r"\d\.\d{1,2}%")
    for text in screen:
        assert not english_group.search(text), text[:300]
        assert not english_decimal.search(text), text[:300]
    assert f"{group}539{group}715" in report and f"70{decimal}96%" in report
    assert f"71{decimal}0%" in window.accessibleDescription()  # was "71.0%"


def test_the_russian_pdf_report_writes_numbers_the_russian_way(qapp, tmp_path):
    from pdf_text import page_texts
    from cli_support import run_in_process

    out = tmp_path / "ru.pdf"
    result = run_in_process("report", "-o", str(out), "--lang", "ru", "--second-language", "en")
    assert result.returncode == 0, result.stderr
    text = " ".join(page_texts(out)).replace("\u00a0", " ")
    assert "6 504 054" in text and "70,76%" in text and "9 191 710" in text  # the bundled sample: Tokayev, the total
    assert not re.search(r"\d,\d{3}(?!\d)", text) and not re.search(r"\d\.\d{1,2}%", text)


@pytest.mark.parametrize("path", [CAMBRIDGE, CALDWELL], ids=["cambridge", "caldwell"])
def test_every_output_prints_the_same_votes_and_shares(qtbot, path):
    """One dataset through the window, the report and the four summary formats: the same figures everywhere."""
    dataset = load_file(path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.set_dataset(dataset, str(path))
    text, markdown = render(dataset, "text"), render(dataset, "markdown")
    summary = json.loads(render(dataset, "json"))
    csv_rows = render(dataset, "csv").splitlines()[1:]
    for index, contest in enumerate(dataset.contests[:8]):
        window.document.set_contest(index)
        result = window.document.tally
        report = build_report_html(dataset, [result])
        proxy = window.proxy
        cells = {(proxy.index(row, VOTES).data(), proxy.index(row, SHARE).data()) for row in range(proxy.rowCount())}
        entry = summary["contests"][index]
        expected = {(format_count(c["votes"]), format_share(c["share"])) for c in entry["candidates"]}
        assert cells == expected, contest.name
        for votes, share in expected:
            assert re.search(rf"{re.escape(votes)}\s+{re.escape(share)}", text), (contest.name, votes, share)
            assert f"| {votes} | {share} |" in markdown, (contest.name, votes, share)
            assert f">{votes}</td>" in report and f">{share}</td>" in report, (contest.name, votes, share)
        for c in entry["candidates"]:
            assert any(row.endswith(f",{c['votes']},false,{c['share']},false,,") or f",{c['votes']},false,{c['share']}," in row for row in csv_rows)
