"""Candidate colours: source colours win, a party keeps its colour across contests, no clashes within one."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from electview.core.palette import OTHER_COLOUR, PALETTE, candidate_colours, colour_distance, extended_palette, party_colours, party_key
from electview.formats import load_file
from electview.resources import sample_path


def contest(*parties: str, colours: tuple[str, ...] = ()) -> SimpleNamespace:
    colours = colours or ("",) * len(parties)
    return SimpleNamespace(candidates=tuple(SimpleNamespace(party=p, colour=c) for p, c in zip(parties, colours, strict=True)))


def test_a_party_keeps_its_colour_across_contests_whatever_the_order():
    # parties with no conventional colour (see test_party_conventions for those that have one)
    first, second = contest("Whig", "Tory", "Leveller"), contest("Tory", "Ecology", "Whig")
    by_party = party_colours([first, second])
    colours_first = candidate_colours(first.candidates, by_party)
    colours_second = candidate_colours(second.candidates, by_party)
    assert colours_first[0] == colours_second[2] == PALETTE[0]  # Whig
    assert colours_first[1] == colours_second[0] == PALETTE[1]  # Tory
    assert colours_second[1] == PALETTE[3]  # Ecology: the fourth party to appear


def test_the_source_colour_of_a_party_wins_everywhere_and_is_not_reused():
    first = contest("Whig", "Tory", colours=("#232066", ""))
    second = contest("Tory", "Whig")
    by_party = party_colours([first, second])
    assert by_party == {"whig": "#232066", "tory": PALETTE[0]}
    assert candidate_colours(second.candidates, by_party) == (PALETTE[0], "#232066")


def test_independents_are_not_one_party():
    assert party_key(" Independent ") == party_key("Non Partisan") == party_key("") == ""
    independents = contest("Independent", "independent", "IND")
    colours = candidate_colours(independents.candidates, party_colours([independents]))
    assert len(set(colours)) == 3


def test_one_party_with_several_candidates_in_a_contest_gets_distinct_colours():
    preference_votes = contest("VVD", "VVD", "VVD")
    colours = candidate_colours(preference_votes.candidates, party_colours([preference_votes]))
    assert colours[0] == PALETTE[0] and len(set(colours)) == 3


@given(st.lists(st.lists(st.sampled_from(["A", "B", "C", "D", "", "Independent", "E", "F"]), max_size=len(PALETTE)), max_size=6))
def test_within_a_contest_no_two_candidates_share_a_colour_while_the_palette_lasts(parties_per_contest):
    contests = [contest(*parties) for parties in parties_per_contest]
    by_party = party_colours(contests)
    for each in contests:
        colours = candidate_colours(each.candidates, by_party)
        assert len(set(colours)) == len(colours)
        assert all(colour in PALETTE for colour in colours)


def test_the_sample_keeps_the_palette_order():
    dataset = load_file(sample_path())
    assert list(dataset.party_colours.values()) == list(PALETTE[: len(dataset.contests[0].candidates)])


def test_the_generated_colours_stay_apart_and_beside_the_palette():
    colours = extended_palette()
    assert colours[: len(PALETTE)] == PALETTE and len(colours) > 60 and OTHER_COLOUR not in colours
    assert min(colour_distance(a, b) for i, a in enumerate(colours) for b in colours[:i]) >= 45


@given(st.integers(min_value=len(PALETTE) + 1, max_value=70), st.integers(min_value=1, max_value=4))
def test_a_contest_with_more_parties_than_the_palette_holds_gives_each_its_own_colour(parties, contests_count):
    # India's returns name dozens of parties; two alike would read as one party on the leader map.
    names = [f"Party {number}" for number in range(parties)]
    contests = [contest(*names[start::contests_count]) for start in range(contests_count)] + [contest(*names)]
    by_party = party_colours(contests)
    assert len(set(by_party.values())) == parties
    for each in contests:
        colours = candidate_colours(each.candidates, by_party)
        assert len(set(colours)) == len(colours)
