"""Narrowing a dataset to one region (``summary --region``): units re-rooted, counts inside only."""

from pathlib import Path

import pytest

from electview.core.regions import find_unit, restrict
from electview.core.tally import tally
from electview.formats import load_file

DATA = Path(__file__).parent / "data"


@pytest.fixture
def colorado():
    return load_file(DATA / "clarity" / "colorado-2024-general-detail.TRIMMED-6-contests.xml")


def test_find_unit_by_name_or_id_case_insensitively(colorado):
    units = colorado.contests[0].units
    assert units.names[find_unit(units, "el paso")] == "El Paso"
    assert find_unit(units, "region:CO") == 0
    with pytest.raises(KeyError):
        find_unit(units, "Atlantis")


def test_restrict_keeps_only_contests_with_counts_there(colorado):
    adams = restrict(colorado, "Adams")
    assert adams.election.title == "2024 General — Adams"
    names = [c.name for c in adams.contests]
    assert "Presidential Electors" in names
    assert not any("District 5" in n for n in names)  # El Paso only
    electors = adams.contest("Presidential Electors")
    assert len(electors.units) == 1 and electors.units.parents[0] == -1
    result = tally(electors)
    assert result.votes[0] == 124056
    assert (result.turnout.registered, result.turnout.ballots_cast) == (320225, 236899)
    assert (electors.units_reporting, electors.units_total) == (278, 278)  # the contest's ParticipatingCounties row for Adams


def test_restrict_to_the_root_is_the_whole_file(colorado):
    whole = restrict(colorado, "CO")
    assert whole.election.title == colorado.election.title
    assert whole.turnout == colorado.turnout
    assert len(whole.contests) == len(colorado.contests)
