"""The bundled final-count sample against the sourced national figures, and an audit tight enough to notice (issue 14).

The sample gave Tugel 88,277 votes (0.96%); the published final count is 84,582 (0.92%), the only
figure that makes all seven shares match the votes. The audit's fixed tolerances (0.06 points per
share, 0.1 for the sum) let the wrong figure pass; half a unit of each share's last digit doesn't.
"""

from __future__ import annotations

import re
from pathlib import Path

from electview.core.audit import audit, rounding_allowance
from electview.core.summary import contest_tallies
from electview.formats import load_file

ROOT = Path(__file__).parents[1]
SOURCED = Path(__file__).parent / "data" / "kz" / "kazakhstan-2019-by-region.md"


def _sourced_final() -> dict[str, tuple[int, float]]:
    """Surname → (votes, share) from the "Final / later published" column of the national table."""
    figures = {}
    for line in SOURCED.read_text(encoding="utf-8").splitlines():
        row = re.match(r"\| (\S+) (\S+) \(.*\) \| .* \| ([\d,]+) votes \[G\]; ([\d.]+) % ", line)
        if row:
            figures[row.group(2)] = (int(row.group(3).replace(",", "")), float(row.group(4)))
    return figures


def _valid_final() -> int:
    line = next(line for line in SOURCED.read_text(encoding="utf-8").splitlines() if line.startswith("| Valid / invalid"))
    return int(re.search(r"([\d,]+) valid", line).group(1).replace(",", ""))


def test_the_final_sample_gives_the_sourced_final_count(final_sample):
    sourced = _sourced_final()
    assert len(sourced) == 7 and sourced["Tugel"] == (84582, 0.92)
    dataset = load_file(final_sample)
    (result,) = contest_tallies(dataset)
    shown = {c.name.split()[-1]: (int(result.votes[i]), float(result.share[i])) for i, c in enumerate(result.candidates)}
    assert shown == sourced  # Tugel was (88277, 0.96)
    assert result.total_valid.value == _valid_final() == 9216410  # was 9,220,105
    assert audit(dataset, [result]) == []


def test_the_audit_allows_only_what_rounding_can_explain(tmp_path, final_sample):
    assert rounding_allowance(70.96) == 0.005 and rounding_allowance(16.2) == 0.05 and rounding_allowance(77.0) == 0.5
    wrong = tmp_path / "final-as-shipped.electview.json"
    wrong.write_text(final_sample.read_text(encoding="utf-8").replace('"votes": 84582', '"votes": 88277').replace(
        '"share": 0.92', '"share": 0.96'
    ), encoding="utf-8")
    dataset = load_file(wrong)
    messages = [finding.message for finding in audit(dataset, contest_tallies(dataset))]
    # 100.04 for seven 2-decimal shares is more than 7 × 0.005; Tokayev's 70.96 isn't 70.93 rounded.
    assert any("sum to 100.04%" in message for message in messages), messages
    assert any(message.startswith("Kassym-Jomart Tokayev: reported share 70.96%") for message in messages), messages
