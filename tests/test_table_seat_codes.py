"""A seat spelt two ways under one code is one contest and one place, warned of once (HoC 2024's "YeoYeovil")."""

from __future__ import annotations

from pathlib import Path

from electview.core.tally import tally
from electview.formats import load_file

UK = Path(__file__).parent / "data" / "national" / "uk-hoc-library" / "HoC-GE2024-results-by-candidate.csv"


def _places(dataset, name_part: str) -> list[str]:
    return sorted({str(n) for c in dataset.contests for n in c.units.names if name_part in str(n)})


def test_the_hoc_seat_misspelt_in_one_row_is_one_place():
    # Line 4489 (Marcus Fysh, Con) names E14001603 "YeoYeovil", the other five rows "Yeovil": the places tree
    # had both, Fysh alone under "YeoYeovil" and five candidates under "Yeovil".
    dataset = load_file(UK)
    assert _places(dataset, "Yeo") == ["Yeovil"]
    yeovil = next(c for c in dataset.contests if c.name == "Yeovil")
    place = list(yeovil.units.names).index("Yeovil")
    result = tally(yeovil, place)
    votes = {candidate.name: int(result.votes[i]) for i, candidate in enumerate(result.candidates)}
    assert votes == {"Adam Dance": 23765, "Marcus Fysh": 11497, "Laura Bailhache": 7677, "Rebecca Montacute": 3002,
                     "Serena Wootton": 2403, "Steve Ashton": 608}  # fmt: skip
    assert [w for w in dataset.import_warnings if "E14001603" in w] == [
        "line 4489 names seat E14001603 'YeoYeovil', elsewhere 'Yeovil'; the code decides"
    ]


def test_a_code_with_another_spelling_in_several_rows_is_warned_of_once(tmp_path):
    rows = ["Constituency code,Constituency name,Candidate,Party,Votes"]
    for seat in range(60):  # a code column is taken for the seats' where it names nearly one seat each
        for n, (candidate, party) in enumerate((("Ann Avery", "Red"), ("Bob Bell", "Blue"), ("Cy Cole", "Green"))):
            name = f"Seat {seat}" if not (seat == 2 and n > 0) else "Seat Two typo"
            rows.append(f"S{seat:02d},{name},{candidate} {seat},{party},{100 * (3 - n) + seat}")
    path = tmp_path / "seats.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    dataset = load_file(path)
    assert [c.name for c in dataset.contests] == [f"Seat {n}" for n in range(60)]
    assert _places(dataset, "Seat") == sorted(f"Seat {n}" for n in range(60))
    assert [w for w in dataset.import_warnings if "S02" in w] == ["line 9 names seat S02 'Seat Two typo', elsewhere 'Seat 2'; the code decides"]
    seat_two = dataset.contests[2]
    result = tally(seat_two, list(seat_two.units.names).index("Seat 2"))
    assert [int(v) for v in result.votes] == [302, 202, 102]
