"""Conventional party colours in the core palette: known parties by name or abbreviation, the palette kept apart."""

from __future__ import annotations

from types import SimpleNamespace

from electview.core.palette import NEAR, PALETTE, candidate_colours, colour_distance, party_colours
from electview.core.party_conventions import CONVENTIONAL, conventional_colour


def contest(*parties: str, colours: tuple[str, ...] = ()) -> SimpleNamespace:
    colours = colours or ("",) * len(parties)
    return SimpleNamespace(candidates=tuple(SimpleNamespace(party=p, colour=c) for p, c in zip(parties, colours, strict=True)))


def test_the_source_colour_still_wins_over_the_convention():
    by_party = party_colours([contest("DEM", "REP", colours=("#232066", ""))])
    assert by_party == {"dem": "#232066", "rep": conventional_colour("Republican")}


def test_palette_colours_like_a_conventional_one_are_kept_back():
    parties = contest("DEM", "Whig", "Tory")
    colours = candidate_colours(parties.candidates, party_colours([parties]))
    assert colours[0] == conventional_colour("Democratic")
    assert PALETTE[0] not in colours  # the palette's blue beside the Democrats' would read as one party
    assert all(colour_distance(c, colours[0]) >= NEAR for c in colours[1:])


def test_one_colour_given_twice_by_the_source_is_not_two_identical_swatches():
    twins = contest("Whig", "Tory", colours=("#123456", "#123456"))
    colours = candidate_colours(twins.candidates, party_colours([twins]))
    assert colours[0] == "#123456" and colours[1] != "#123456"


def test_every_conventional_colour_is_a_hex_colour():
    assert all(len(c) == 7 and c.startswith("#") and int(c[1:], 16) >= 0 for c in CONVENTIONAL.values())


def test_party_lists_standing_by_their_own_names_take_their_colours():
    """A party-list table's choices are the parties themselves, with no party column: the Bundestag 2021 file
    drew the SPD orange, the Greens pink and the AfD green beside a blue CDU."""
    from pathlib import Path

    from electview.core.summary import contest_tallies
    from electview.formats import load_file

    dataset = load_file(Path(__file__).parent / "data" / "national" / "de-bundeswahlleiter" / "btw21_kerg.csv")
    result = next(r for r in contest_tallies(dataset) if r.contest.name == "Erststimmen")
    colours = dict(zip((c.name for c in result.candidates), result.colours, strict=True))
    assert colours["Sozialdemokratische Partei Deutschlands"] == "#E3000F"
    assert colours["Christlich Demokratische Union Deutschlands"] == "#1F1F1F"
    assert colours["Freie Demokratische Partei"] == "#FFCC00"
    top = [result.colours[i] for i in result.order_by_votes()[:12]]
    assert len(set(top)) == len(top)  # still one colour each while the palette lasts (45 parties outrun it)
