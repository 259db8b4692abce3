"""Files are opened exactly as named: DuckDB never expands a booth CSV's name as a pattern (issue 17, item 1)."""

import pytest

from electview.core import tally
from electview.formats import booth_csv, load_file

from booth_support import ROWS, write_csv

OTHER = [("North", "N1", "p1", "President", "Ana", "Red", 100000)]


@pytest.mark.parametrize(
    ("name", "sibling"),
    [
        ("booth*.csv", "booth-other.csv"),
        ("b?oth.csv", "bxoth.csv"),
        ("b[o]oth.csv", "both.csv"),
        ("b[xo]th.csv", "bxth.csv"),
        ("b{o,x}oth.csv", "bxoth.csv"),
        ("b}o{th.csv", "bxoth.csv"),
    ],
    ids=["star", "question", "brackets", "bracket-set", "braces", "lone-braces"],
)
def test_glob_characters_in_a_booth_csv_name_read_only_that_file(tmp_path, name, sibling, monkeypatch):
    monkeypatch.setenv("ELECTVIEW_NO_CACHE", "1")
    path = write_csv(tmp_path / name, ROWS)
    write_csv(tmp_path / sibling, OTHER)  # a file the pattern would match: must not be added in
    for dataset in (booth_csv.load(path), load_file(path)):
        result = tally(dataset.contests[0])
        assert dict(zip([c.name for c in result.candidates], result.votes.tolist(), strict=True)) == {
            "Ana": 43,
            "Ben": 45,
            "Cy, Jr.": 40,
        }
        precincts = booth_csv.load_precincts(path, dataset)["President"]
        assert len(precincts.names) == 4


def test_a_pattern_name_with_no_literal_file_is_not_found(tmp_path):
    write_csv(tmp_path / "booth1.csv", ROWS)
    from electview.core.errors import LoadError

    with pytest.raises(LoadError, match="not found"):
        booth_csv.load(tmp_path / "booth*.csv")
