"""National commissions' own tables read right: the totals of tests/data/national/EXPECTED.md, or a question, never a wrong table."""

from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from electview.core.tally import tally
from electview.formats import load_file, spreadsheet

NATIONAL = Path(__file__).parent / "data" / "national"


def votes_of(contest, scope=None) -> dict[str, float]:
    result = tally(contest, scope)
    return {c.name: float(result.votes[i]) for i, c in enumerate(result.candidates)}


def by_party(dataset) -> Counter:
    """Votes summed by party across every contest (a constituency file's national totals)."""
    totals: Counter = Counter()
    for contest in dataset.contests:
        result = tally(contest)
        for i, candidate in enumerate(result.candidates):
            totals[candidate.party or candidate.name] += float(np.nan_to_num(result.votes[i]))
    return totals


def other(contest, kind: str) -> float:
    return tally(contest).other_counts[kind].value


@pytest.fixture(scope="module")
def russia_2018():
    return load_file(NATIONAL / "ru-cik" / "2018-president-uik.5-regions.csv")


def test_wide_protocol_lines_are_not_candidates(russia_2018):
    (contest,) = russia_2018.contests
    votes = votes_of(contest)
    assert len(votes) == 8
    assert votes["Путин Владимир Владимирович"] == 763531 and votes["Сурайкин Максим Александрович"] == 3010
    assert sum(votes.values()) == 896210
    assert round(tally(contest).share[list(votes).index("Путин Владимир Владимирович")], 2) == 85.20
    assert other(contest, "invalid") == 9106
    assert tally(contest).turnout.registered == 1021783
    assert any("not candidates" in w and "Число действительных" in w for w in russia_2018.import_warnings)


def test_wide_region_totals_and_numbered_region_names(russia_2018):
    contest = russia_2018.contests[0]
    names = list(contest.units.names)
    baikonur = names.index("98 Город Байконур (Республика Казахстан)")
    assert votes_of(contest, baikonur)["Путин Владимир Владимирович"] == 7568


def test_party_list_with_a_remote_voting_row_without_a_station():
    dataset = load_file(NATIONAL / "ru-cik" / "2021-duma-party-list-uik.5-regions.csv")
    votes = votes_of(dataset.contests[0])
    assert sum(votes.values()) == 590325
    assert votes['5. Всероссийская политическая партия "ЕДИНАЯ РОССИЯ"'] == 238426


def test_poland_valid_votes_chosen_by_the_figures_and_codes_kept_as_text():
    dataset = load_file(NATIONAL / "pl-pkw" / "wyniki_gl_na_kand_po_gminach_utf8__2020.csv")
    contest = dataset.contests[0]
    assert votes_of(contest) == {"Andrzej Sebastian DUDA": 10440648, "Rafał Kazimierz TRZASKOWSKI": 10018263}
    assert tally(contest).turnout.registered == 30268460
    # "gm. Bolesławiec" is two gminas in two powiats: each its own unit (the TERYT code keeps them apart).
    units = [i for i, name in enumerate(contest.units.names) if name == "gm. Bolesławiec"]
    assert len(units) == 2
    town = list(contest.units.names).index("m. Bolesławiec")
    result = tally(contest, town)
    assert (result.votes[0], result.votes[1]) == (7915, 11069)


def test_uk_by_constituency_subset_column_left_out():
    dataset = load_file(NATIONAL / "uk-hoc-library" / "HoC-GE2024-results-by-constituency.csv")
    votes = votes_of(dataset.contests[0])
    assert "Of which other winner" not in votes and "Majority" not in votes and "Valid votes" not in votes
    assert votes["Lab"] == 9708716 and votes["All other candidates"] == 1089096
    assert sum(votes.values()) == 28808662
    assert other(dataset.contests[0], "invalid") == 116063


def test_uk_by_candidate_one_contest_per_seat_by_its_code():
    dataset = load_file(NATIONAL / "uk-hoc-library" / "HoC-GE2024-results-by-candidate.csv")
    assert len(dataset.contests) == 650  # one seat's name is misspelt in one row; its ONS code decides
    totals = by_party(dataset)
    assert (totals["Lab"], totals["Con"], totals["Ind"]) == (9708716, 6828925, 564095)
    assert sum(totals.values()) == 28808662
    assert dataset.contests[0].units.names[0] == "All"  # not a party ID filled in one row
    clacton = next(c for c in dataset.contests if c.name == "Clacton")
    assert votes_of(clacton)["Nigel Farage"] == 21225


def test_australia_informal_rows_apart_and_vote_modes_not_added_twice():
    dataset = load_file(NATIONAL / "au-aec" / "HouseFirstPrefsByCandidateByVoteTypeDownload-17496.csv")
    assert len(dataset.contests) == 150
    totals = by_party(dataset)
    assert (totals["ALP"], totals["LP"], totals["GRN"]) == (4311365, 4134865, 1116918)
    assert sum(totals.values()) == 12914927
    assert sum(other(c, "invalid") for c in dataset.contests) == 811143
    indi = next(c for c in dataset.contests if c.name == "Indi")
    result = tally(indi)
    shares = {c.name: round(float(result.share[i]), 2) for i, c in enumerate(result.candidates)}
    assert shares["Sophie MIRABELLA"] == 44.68 and shares["Cathy McGOWAN"] == 31.18
    assert other(indi, "invalid") == 4774


def test_india_nota_apart_and_repeated_constituency_figures_once():
    dataset = load_file(NATIONAL / "in-tcpd" / "TCPD_AE_Maharashtra_2025-4-15.csv")
    assert len(dataset.contests) == 288
    totals = by_party(dataset)
    assert totals["BJP"] == 14199348 and "NOTA" not in totals
    assert sum(other(c, "none of the above") for c in dataset.contests) == 742134
    worli = next(c for c in dataset.contests if c.name == "WORLI")
    assert votes_of(worli)["Aaditya Uddhav Thackeray"] == 89248
    # Electors repeat on every candidate's row: once per seat, added, is the file's electorate.
    assert dataset.turnout.registered == 89838267
    assert tally(worli).turnout.registered is not None


def test_canada_party_split_off_the_candidate_cell_not_the_residence():
    dataset = load_file(NATIONAL / "ca-elections-canada" / "table_tableau12.csv")
    assert len(dataset.contests) == 338
    totals = by_party(dataset)
    assert totals["Liberal/Libéral"] == 5556629 and totals["Conservative/Conservateur"] == 5747410
    assert sum(totals.values()) == 17034243
    papineau = next(c for c in dataset.contests if c.name == "Papineau")
    assert votes_of(papineau)["Justin Trudeau"] == 22848


def test_germany_preamble_three_header_rows_and_land_totals_inside():
    dataset = load_file(NATIONAL / "de-bundeswahlleiter" / "btw21_kerg.csv")
    contests = {c.name: c for c in dataset.contests}
    assert set(contests) == {"Erststimmen", "Zweitstimmen"}
    second = votes_of(contests["Zweitstimmen"])
    assert second["Sozialdemokratische Partei Deutschlands"] == 11955434
    assert sum(v for v in second.values() if not np.isnan(v)) == 46442023
    assert votes_of(contests["Erststimmen"])["Sozialdemokratische Partei Deutschlands"] == 12234690
    assert other(contests["Zweitstimmen"], "invalid") == 412485


def test_france_blocks_sorted_by_votes_read_by_name():
    dataset = load_file(NATIONAL / "fr-interieur" / "Presidentielle_2017_Resultats_Tour_1_c-Departements_Tour_1.csv")
    votes = votes_of(dataset.contests[0])
    assert votes["MACRON Emmanuel"] == 8656346 and votes["LE PEN Marine"] == 7678491
    assert sum(votes.values()) == 36054394
    assert (other(dataset.contests[0], "blank"), other(dataset.contests[0], "invalid")) == (659997, 289337)
    # The first block's "Sexe" is "M" in every row (Macron's): a candidate's column never names the places.
    units = dataset.contests[0].units
    assert units.names[units.roots()[0]] != "M"


def test_france_unlabelled_blocks():
    dataset = load_file(NATIONAL / "fr-interieur" / "resultats-definitifs-par-departement.csv")
    votes = votes_of(dataset.contests[0])
    assert len(votes) == 34
    assert votes["23 PRENEZ LE POUVOIR (BARDELLA Jordan)"] == 5286939
    assert sum(votes.values()) == 22655174


def test_czech_numbered_columns_named_from_the_code_list_beside_it():
    dataset = load_file(NATIONAL / "cz-volby" / "pet1.csv")
    votes = votes_of(dataset.contests[0])
    assert len(votes) == 9  # HLASY_10 … HLASY_20 are nobody
    assert votes["7 Miloš Zeman"] == 1985547 and votes["9 Jiří Drahoš"] == 1369601
    assert sum(votes.values()) == 5148141


def test_vote_modes_without_a_total_are_added_and_blanks_flagged():
    texas = load_file(NATIONAL / "openelections-tx" / "_20180306__tx__primary__haskell__precinct.csv")
    senate = next(c for c in texas.contests if c.name == "U.S. Senate (REP)")
    assert votes_of(senate)["Rafael Cruz"] == 310
    assert any("Governor (REP): 'election_day' is blank" in w for w in texas.import_warnings)
    georgia = load_file(NATIONAL / "openelections-ga" / "20121106__ga__general.8-counties.csv")
    president = next(c for c in georgia.contests if c.name.startswith("President"))
    assert votes_of(president)["BARACK OBAMA"] == 416573


def _damaged(tmp_path, source: Path, mutate) -> Path:
    lines = source.read_bytes().split(b"\n")
    path = tmp_path / source.name
    path.write_bytes(b"\n".join(mutate(lines)))
    return path


def _break_one_candidate(lines):
    cells = lines[5].split(b",")
    cells[-2] = b"999999"  # a candidate's votes in one area no longer add up to the valid votes
    lines[5] = b",".join(cells)
    return lines


def test_a_wide_table_that_does_not_add_up_is_asked_about_not_shown(tmp_path):
    path = _damaged(tmp_path, NATIONAL / "uk-hoc-library" / "HoC-GE2024-results-by-constituency.csv", _break_one_candidate)
    with pytest.raises(spreadsheet.ColumnsNeeded) as caught:
        load_file(path)
    assert "doesn't add up" in caught.value.message and "line 6" in caught.value.message
    assert caught.value.suggestion.startswith("candidates=")


def test_a_long_table_whose_contests_do_not_add_up_is_asked_about(tmp_path):
    def break_votes(lines):
        cells = lines[3].split(b",")
        cells[8] = b"123"
        lines[3] = b",".join(cells)
        return lines

    path = _damaged(tmp_path, NATIONAL / "in-tcpd" / "TCPD_AE_Maharashtra_2025-4-15.csv", break_votes)
    with pytest.raises(spreadsheet.ColumnsNeeded) as caught:
        load_file(path)
    assert "Valid_Votes" in caught.value.message


def test_blocks_that_do_not_add_up_are_asked_about(tmp_path):
    def break_block(lines):
        lines[1] = lines[1].replace(b",81455,", b",81400,", 1)
        return lines

    path = _damaged(tmp_path, NATIONAL / "fr-interieur" / "Presidentielle_2017_Resultats_Tour_1_c-Departements_Tour_1.csv", break_block)
    with pytest.raises(spreadsheet.ColumnsNeeded) as caught:
        load_file(path)
    assert "Exprimés" in caught.value.message and caught.value.suggestion.startswith("block=")


def test_vote_modes_that_do_not_add_up_to_the_total_are_asked_about(tmp_path):
    def break_mode(lines):
        cells = lines[2].split(b",")
        cells[11] = b"1"  # OrdinaryVotes no longer adds up to TotalVotes
        lines[2] = b",".join(cells)
        return lines

    path = _damaged(tmp_path, NATIONAL / "au-aec" / "HouseFirstPrefsByCandidateByVoteTypeDownload-17496.csv", break_mode)
    with pytest.raises(spreadsheet.ColumnsNeeded) as caught:
        load_file(path)
    assert "TotalVotes" in caught.value.message


def test_the_suggested_columns_read_the_file_back(tmp_path):
    source = NATIONAL / "uk-hoc-library" / "HoC-GE2024-results-by-constituency.csv"
    with pytest.raises(spreadsheet.ColumnsNeeded) as caught:
        load_file(_damaged(tmp_path, source, _break_one_candidate))
    # The reading electview proposes, given back for the intact file, reads it right.
    assert load_file(source, columns=caught.value.suggestion).contests[0].votes.value.sum() == 28808662
    # And the user's own, wide form: the party columns and the valid votes.
    dataset = load_file(source, columns="candidates=19..31,valid=16,registered=15,invalid=17,region=3")
    votes = votes_of(dataset.contests[0])
    assert votes["Lab"] == 9708716 and "All other candidates" in votes and sum(votes.values()) == 28808662


def test_block_form_of_columns(tmp_path):
    source = NATIONAL / "fr-interieur" / "Presidentielle_2017_Resultats_Tour_1_c-Departements_Tour_1.csv"
    dataset = load_file(source, columns="block=17:6,name=2+3,votes=4,valid=14,region=2")
    assert votes_of(dataset.contests[0])["MACRON Emmanuel"] == 8656346


def test_an_empty_area_name_is_an_area_of_its_own(tmp_path):
    table = tmp_path / "cities.csv"
    table.write_text(
        "Kod;Gmina;Powiat;A;B;Ważne\n"
        "1;Alfa;P1;10;5;15\n"
        "2;;Miasto;30;10;40\n"  # a city with powiat rights: no gmina name
        "3;Beta;P1;1;1;2\n",
        encoding="utf-8",
    )
    contest = load_file(table).contests[0]
    assert votes_of(contest) == {"A": 41, "B": 16}


def test_a_multi_row_header_table_that_does_not_add_up_is_asked_about(tmp_path):
    def break_party(lines):
        cells = lines[5].split(b";")
        cells[19] = str(int(cells[19]) + 7).encode()  # CDU Erststimmen in Flensburg
        lines[5] = b";".join(cells)
        return lines

    path = _damaged(tmp_path, NATIONAL / "de-bundeswahlleiter" / "btw21_kerg.csv", break_party)
    with pytest.raises(spreadsheet.ColumnsNeeded) as caught:
        load_file(path)
    assert "Erststimmen" in caught.value.message and caught.value.header_at == (3, 3)


def test_numbered_columns_that_do_not_add_up_are_asked_about(tmp_path):
    source = NATIONAL / "cz-volby"
    (tmp_path / "perk.csv").write_bytes((source / "perk.csv").read_bytes())
    lines = (source / "pet1.csv").read_bytes().split(b"\n")
    cells = lines[1].split(b";")
    cells[13] = b"99"  # HLASY_01 in the first district
    lines[1] = b";".join(cells)
    (tmp_path / "pet1.csv").write_bytes(b"\n".join(lines))
    with pytest.raises(spreadsheet.ColumnsNeeded) as caught:
        load_file(tmp_path / "pet1.csv")
    assert "'PL_HL_CELK' says 496 at line 2 (1 of 14,866 rows disagree)" in caught.value.message


def test_an_unnamed_row_is_a_total_only_when_its_figures_are_the_sum(tmp_path):
    table = tmp_path / "cities.csv"
    table.write_text(
        "Kod;Gmina;Powiat;A;B;Ważne\n"
        "1;Alfa;P1;10;5;15\n"
        "2;Beta;P1;1;1;2\n"
        "3;;P1;11;6;17\n",  # the powiat's own total row, unnamed
        encoding="utf-8",
    )
    dataset = load_file(table)
    assert votes_of(dataset.contests[0]) == {"A": 11, "B": 6}
    assert any("has no name and its figures are the sum" in w for w in dataset.import_warnings)
