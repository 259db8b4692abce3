"""Facts the file's editor added, not its source, are marked ‡ in every output (issue #14, "the sample files themselves").

The preliminary sample gave Tokayev's party "Nur Otan" and Chebotarev's outlet "Vestnik Kavkaza",
which the TASS report it cites doesn't give, as if the report did.
"""

from __future__ import annotations

import html
import json

import pytest

from electview.core.audit import audit
from electview.core.errors import LoadError
from electview.core.report_html import build_report_html
from electview.core.summary import contest_tallies, render
from electview.formats import native
from electview.resources import sample_path
from electview.ui.candidate_model import PARTY
from electview.ui.main_window import MainWindow

NOTE = "‡ Added by the file's editor, not in the source it cites: Kassym-Jomart Tokayev's party “Nur Otan”; Andrei Chebotarev's outlet “Vestnik Kavkaza”"


def _plain(text: str) -> str:
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069")


def test_the_sample_says_what_its_editor_added(sample_dataset):
    tokayev = sample_dataset.contests[0].candidates[0]
    assert tokayev.editor_added == ("party",) and tokayev.party_shown == "Nur Otan ‡"
    assert [c.editor_added for c in sample_dataset.commentary] == [(), (), ("outlet",), ("outlet",)]
    assert sample_dataset.commentary[2].attribution().endswith("— to Vestnik Kavkaza ‡")
    notes = [_plain(f.message) for f in audit(sample_dataset, contest_tallies(sample_dataset)) if f.code == "editor-added"]
    assert notes == [NOTE]  # Chebotarev's two quotes are one fact


def test_every_summary_and_the_report_mark_it(sample_dataset):
    text = _plain(render(sample_dataset))
    assert "Kassym-Jomart Tokayev  Nur Otan ‡" in text and "Note: " + NOTE in text
    assert "| Nur Otan ‡ |" in _plain(render(sample_dataset, "markdown"))
    entry = json.loads(render(sample_dataset, "json"))["contests"][0]["candidates"]
    assert entry[0]["party"] == "Nur Otan" and entry[0]["editor_added"] == ["party"] and entry[1]["editor_added"] == []
    report = _plain(build_report_html(sample_dataset, contest_tallies(sample_dataset)))
    assert "<td>Nur Otan ‡</td>" in report and "Vestnik Kavkaza ‡" in report
    assert "‡ Added by the file&#x27;s editor, not in the source it cites" in report  # what the mark means, printed too


def test_the_window_marks_the_party_and_says_why(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.open(str(sample_path()))  # the bundled (preliminary) sample
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.index(r, PARTY).data().startswith("Nur Otan"))
    assert model.index(row, PARTY).data() == "Nur Otan ‡"
    assert "‡ Added by the file's editor" in html.unescape(model.index(row, PARTY).data(3))  # ToolTipRole, plain text as <qt>
    assert "Added by the file's editor" in window.header.findings_text()


def _file(candidate_extra: dict | None = None, comment_extra: dict | None = None) -> dict:
    return {
        "format": "electview", "version": 1,
        "election": {"title": "T", "status": "final"},
        "candidates": [{"name": "A", "party": "P", "votes": 1, **(candidate_extra or {})}],
        "commentary": [{"speaker": "S", "quote": "Q", "outlet": "O", **(comment_extra or {})}],
    }


@pytest.mark.parametrize(
    ("candidate", "comment", "place", "problem"),
    [
        ({"editor_added": ["votes"]}, None, "candidates[0].editor_added[0]", "party, description"),  # a figure is never an editor's
        ({"editor_added": ["description"]}, None, "candidates[0].editor_added[0]", "doesn't give"),
        (None, {"editor_added": "outlet"}, "commentary[0].editor_added", "expected a list"),
        (None, {"editor_added": [7]}, "commentary[0].editor_added[0]", "role, organisation, outlet, date"),
    ],
)
def test_a_wrong_editor_added_is_refused_naming_the_place(candidate, comment, place, problem):
    with pytest.raises(LoadError) as caught:
        native.parse(_file(candidate, comment), "x.electview.json")
    assert place in str(caught.value) and problem in str(caught.value)


def test_a_file_without_the_field_marks_nothing():
    dataset = native.parse(_file(), "x.electview.json")
    assert dataset.contests[0].candidates[0].party_shown == "P" and dataset.commentary[0].attribution() == "S — to O"
