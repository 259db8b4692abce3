"""``electview report`` takes the electoral system as ``summary`` does: ``--seats N --method M --threshold P``.

The report had only ``--threshold`` as the comparison's majority threshold, so a party-list council
could be decided on the command line but not printed (issue #15). The majority threshold is ``--majority``.
"""

from __future__ import annotations

from pathlib import Path

from cli_support import run_report
from pdf_text import page_texts

CAMBRIDGE = Path(__file__).parent / "data" / "nist-v2" / "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.json"
GOVERNOR = "GOVERNOR AND LIEUTENANT GOVERNOR"


def test_seats_method_and_threshold_decide_the_printed_outcome(tmp_path):
    out = tmp_path / "seats.pdf"
    result = run_report(str(CAMBRIDGE), "-o", str(out), "--contest", GOVERNOR, "--seats", "100", "--method", "sainte-lague", "--threshold", "1")
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page_texts(out)).split())
    # 33,312 / 2,768 / 423 of 36,560 valid (write-in 57 is under 1%): Sainte-Laguë gives 91 / 8 / 1.
    assert "Seats: HEALEY AND DRISCOLL 91, DIEHL AND ALLEN 8, REED AND EVERETT 1." in text


def test_seats_alone_is_vote_for_n_in_the_report(tmp_path):
    out = tmp_path / "two.pdf"
    result = run_report(str(CAMBRIDGE), "-o", str(out), "--contest", GOVERNOR, "--seats", "2")
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page_texts(out)).split())
    assert "DIEHL AND ALLEN wins the 2nd seat by 2,345 votes over REED AND EVERETT." in text


def test_a_threshold_without_a_method_is_refused_with_the_fix(tmp_path):
    result = run_report(str(CAMBRIDGE), "-o", str(tmp_path / "x.pdf"), "--threshold", "5", "--seats", "3")
    assert result.returncode != 0 and "give --method too" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
