"""NIST V2 JSON export: every sample and random datasets read back to the same figures, what's lost is said."""

import json
from pathlib import Path

import numpy as np
import pytest
from cli_support import run_in_process
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from electview.core.model import Candidate, Contest, CountTable, Election, ResultsDataset, Status, UnitTable
from electview.core.tally import tally
from electview.formats import load_file, nist_json
from electview.formats.export_nist import to_nist_json, write_nist_json

DATA = Path(__file__).parent / "data"


def figures(dataset):
    """Per contest (by position): per unit name, per candidate name, the tallied votes; plus other counts."""
    out = []
    for contest in dataset.contests:
        per_unit = {}
        for index in range(len(contest.units)):
            result = tally(contest, index)
            per_unit[_name_path(contest.units, index)] = {
                c.name: (None if np.isnan(v) else float(v)) for c, v in zip(result.candidates, result.votes, strict=True)
            }
        whole = tally(contest)
        out.append((contest.name, contest.seats, per_unit, {k: f.value for k, f in whole.other_counts.items()}))
    return out


def _name_path(units, index):
    """"New Jersey/GLOUCESTER/Greenwich": names repeat across counties, paths don't."""
    names = []
    while index >= 0:
        names.append(str(units.names[index]))
        index = int(units.parents[index])
    return "/".join(reversed(names))


def round_trip(dataset, tmp_path):
    path = tmp_path / "export.json"
    lost = write_nist_json(dataset, path)
    return load_file(path), lost


@pytest.mark.parametrize(
    "relative",
    [
        "nist-v2/err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.xml",
        "nist-v2/err-gen-01.json",
        "clarity/colorado-2024-general-detail.TRIMMED-6-contests.xml",
        "openelections/20221108__tx__general__coleman__precinct.csv",
        "medsl/nj22_cleaned.FIRST-1700-LINES.csv",
        "spreadsheet/es-cp1252-regions.csv",
    ],
)
def test_samples_round_trip_to_the_same_figures(tmp_path, relative):
    original = load_file(DATA / relative)
    back, _ = round_trip(original, tmp_path)
    assert back.source_format == nist_json.NAME
    assert figures(back) == figures(original)
    assert back.election.title == original.election.title


def test_export_validates_as_nist_v2_shape(tmp_path):
    report, lost = to_nist_json(load_file(DATA / "nist-v2" / "err-gen-01.json"))
    assert report["@type"] == "ElectionResults.ElectionReport"
    assert report["Status"] == "unofficial-complete"
    contest = report["Election"][0]["Contest"][1]
    assert contest["@type"] == "ElectionResults.CandidateContest"
    assert all(vc["Type"] == "total" for s in contest["ContestSelection"] for vc in s["VoteCounts"])
    assert lost == []


def test_what_v2_cannot_hold_is_said(tmp_path):
    dataset = load_file(DATA / "eml-510" / "osv4-3_telling_gr2022_westmaasenwaal.csv")
    back, lost = round_trip(dataset, tmp_path)
    assert any("blank counts have no place" in note for note in lost)
    assert figures(back)[0][2] == figures(dataset)[0][2]  # the list votes themselves survive
    report = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert "blank counts" in report["Notes"]


def test_convert_command(tmp_path):
    out = tmp_path / "cambridge.json"
    source = DATA / "nist-v2" / "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.xml"
    result = run_in_process("convert", str(source), "-o", str(out))
    assert result.returncode == 0, result.stderr
    summary = run_in_process("summary", str(out), "--format", "json")
    governor = json.loads(summary.stdout)["contests"][0]
    assert governor["candidates"][0]["name"] == "HEALEY AND DRISCOLL" and governor["candidates"][0]["votes"] == 33312


NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyz АБВ", min_size=1, max_size=10).map(lambda t: " ".join(t.split())).filter(bool)


@st.composite
def datasets(draw):
    """Random consistent datasets: a unit tree, contests counted at its leaves, some other counts."""
    n_units = draw(st.integers(1, 7))
    parents = [-1] + [draw(st.integers(0, i - 1)) for i in range(1, n_units)]
    units = UnitTable.from_lists(
        [f"u{i}" for i in range(n_units)],
        [f"Place {i}" for i in range(n_units)],
        [draw(st.sampled_from(["country", "region", "precinct", "district"])) for _ in range(n_units)],
        parents,
    )
    leaves = [i for i in range(n_units) if i not in parents]
    contests = []
    for number in range(draw(st.integers(1, 3))):
        names = draw(st.lists(NAMES, min_size=1, max_size=5, unique_by=str.casefold))
        candidates = tuple(Candidate(f"c{i}", name, draw(st.sampled_from(["", "Red", "Blue"]))) for i, name in enumerate(names))
        rows = [(u, c, float(draw(st.integers(0, 10**7)))) for u in leaves for c in range(len(candidates))]
        other = [(u, 0, float(draw(st.integers(0, 1000)))) for u in leaves] if draw(st.booleans()) else []
        contests.append(
            Contest(
                id=f"k{number}",
                name=f"Contest {number}",
                candidates=candidates,
                units=units,
                votes=CountTable.from_rows(rows),
                other_kinds=("undervotes",) if other else (),
                other_counts=CountTable.from_rows(other),
                seats=draw(st.integers(1, 3)),
            )
        )
    election = Election(title=draw(NAMES), date="2024-05-01", status=draw(st.sampled_from([Status.CERTIFIED, Status.PRELIMINARY])))
    return ResultsDataset(election=election, contests=tuple(contests))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(dataset=datasets())
def test_random_datasets_round_trip(tmp_path, dataset):
    back, lost = round_trip(dataset, tmp_path)
    assert lost == []
    assert figures(back) == figures(dataset)
    assert back.election.status == dataset.election.status
