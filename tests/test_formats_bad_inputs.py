"""Inputs that once broke an importer (a stray exception, merged counts, quadratic time): each now loads right or gives a LoadError naming file, place and problem."""

import json

import pytest

from electview.core.errors import LoadError
from electview.formats import FORMATS, clarity_csv, kiesraad_csv, load_file, medsl, nist_json, spreadsheet, unexpected_in_words
from electview.formats.spreadsheet import parse_columns_option
from hostile_support import BAD_DIR, DATA_DIR


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nist-votecounts-text.xml", "Election.Contest[0].ContestSelection[0].VoteCounts[0]: expected VoteCounts with its parts, got '120'"),
        ("nist-contest-text.xml", "Election.Contest[0]: expected Contest with its parts, got 'Mayor'"),
        ("nist-ballotcounts-gpunit-list.json", "Election.BallotCounts[0].GpUnitId: expected one reporting-unit id"),
        ("nist-votes-allowed-400-digits.json", "Election.Contest[0].VotesAllowed: expected a number, got one too large to count"),
        ("clarity-votefor-nan.xml", "ElectionResult/Contest[@id='100']: attribute voteFor='NaN' is not a number"),
        ("clarity-precincts-infinite.xml", "ElectionResult/Contest[@id='100']: attribute precinctsParticipating='inf' is not a number"),
        ("clarity-vote-for-5000-digits.csv", "line 2: contest name: 'Vote For 999999999999…' is not a number of seats"),
    ],
)
def test_importer_names_the_place(name, expected):
    path = BAD_DIR / name
    fmt = next(f for f in FORMATS if f.sniff(path.read_bytes()[:4096]))
    with pytest.raises(LoadError) as caught:
        fmt.load(path)  # the importer itself, not load_file's catch-all
    assert caught.value.message == f"{name}: {expected}"


def test_nist_ids_that_are_not_text_are_not_ids():
    """A JSON list where an id belongs refers to nothing: the candidate keeps its own id as its name."""
    dataset = nist_json.load(BAD_DIR / "nist-person-id-list.json")
    (candidate,) = dataset.contests[0].candidates
    assert (candidate.name, candidate.party) == ("k1", "")
    assert dataset.contests[0].votes.value.tolist() == [5.0]


def test_clarity_areas_reporting_without_a_total_is_not_a_count():
    dataset = clarity_csv.load(BAD_DIR / "clarity-areas-total-blank.csv")
    contest = dataset.contests[0]
    assert (contest.units_reporting, contest.units_total) == (None, None)
    assert [c.name for c in contest.candidates] == ["Ann", "Bob"]


def _nist_with_units(tmp_path, units: list[dict]):
    report = json.loads((DATA_DIR / "nist-v2" / "err-gen-01.json").read_text(encoding="utf-8"))
    report["GpUnit"] = report["GpUnit"] + units
    path = tmp_path / "report.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    return path


def _unit(uid: str, kind: str, parts: list[str] = ()) -> dict:
    return {"@id": uid, "@type": "ElectionResults.ReportingUnit", "Type": kind, "ComposingGpUnitIds": list(parts)}


def test_nist_composing_chain_deeper_than_the_limit(tmp_path):
    """3,000 units each composing the next (plus one unit composed twice, so the chain isn't read as a
    tree) once overflowed Python's recursion limit."""
    chain = [_unit(f"u{i}", "precinct", [f"u{i + 1}"] if i < 2999 else []) for i in range(3000)]
    path = _nist_with_units(tmp_path, chain + [_unit("x", "county", ["u2999"])])
    with pytest.raises(LoadError) as caught:
        nist_json.load(path)
    assert caught.value.message == "report.json: GpUnit[u64]: ComposingGpUnitIds nest more than 64 levels deep"


def test_nist_unit_inside_thousands_of_others_is_refused_not_expanded(tmp_path):
    """1,500 units each composing one shared 1,500-precinct unit: 2.25 million leaf entries from a 300 KB file
    (a 665 KB one took 410 MB before the budget)."""
    leaves = [_unit(f"l{i}", "precinct") for i in range(1500)]
    shared = _unit("v", "county", [f"l{i}" for i in range(1500)])
    wrappers = [_unit(f"w{i}", "county", ["v", f"l{i}"]) for i in range(1500)]
    path = _nist_with_units(tmp_path, leaves + [shared] + wrappers)
    with pytest.raises(LoadError, match=r"^report\.json: GpUnit: ComposingGpUnitIds overlap too much to build a region tree"):
        nist_json.load(path)


def test_nist_real_overlapping_units_are_within_the_budget():
    """The depth limit and budget leave real files alone: Cambridge's wards, districts and precincts overlap
    (so its region tree is built from leaf sets) and still give 43 units per contest."""
    dataset = load_file(DATA_DIR / "nist-v2" / "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.json")
    assert [len(contest.units) for contest in dataset.contests] == [43] * 5
    assert list(dataset.contests[0].units.names[:2]) == ["Cambridge", "Precinct 1-1"]


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (RecursionError("maximum recursion depth exceeded"), "parts of it nest too deeply"),
        (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), "it holds text in an unexpected encoding"),
        (OverflowError("int too large to convert to float"), "it holds a number too large to use"),
        (IndexError("list index out of range"), "it refers to a part that isn't there"),
        (KeyError("GpUnitId"), "it refers to a part that isn't there"),
        (TypeError("unhashable type: 'list'"), "a part of it has an unexpected shape"),
        (AttributeError("'str' object has no attribute 'get'"), "a part of it has an unexpected shape"),
        (ValueError("cannot convert float NaN to integer"), "it holds a value of an unexpected kind"),
        (ZeroDivisionError("division by zero"), "electview met something in it that it did not expect"),
    ],
)
def test_unforeseen_exceptions_are_described_in_words(error, words):
    assert unexpected_in_words(error) == words


def test_load_file_fallback_names_file_format_words_and_kind(tmp_path, monkeypatch):
    path = BAD_DIR / "nist-contest-text.xml"
    from electview.formats import nist_xml

    def unforeseen(_path):
        raise LookupError("Contest\n" + "x" * 5000)

    monkeypatch.setattr(nist_xml, "load", unforeseen)
    with pytest.raises(LoadError) as caught:
        load_file(path)
    message = caught.value.message
    assert message.startswith(
        "nist-contest-text.xml: could not be read as NIST 1500-100 election results (XML, V1/V2):"
        " it refers to a part that isn't there (LookupError: Contest xxx"
    ), message
    assert "\n" not in message and "Traceback" not in message and len(message) <= 400


def test_seats_beyond_any_ballot_are_refused():
    """voteFor="1e300" is a finite number, but no contest has 10^300 seats to fill."""
    with pytest.raises(LoadError) as caught:
        load_file(BAD_DIR / "clarity-votefor-1e300.xml")
    assert caught.value.message == "clarity-votefor-1e300.xml: contests[0].seats: 1e+300 seats; electview reads at most 10,000 per contest"


def test_unclosed_quote_past_the_csv_field_limit(tmp_path):
    """An unclosed quote swallows every line after it; past csv's 131,072-character field limit the
    delimiter sniffer once raised csv.Error. Each importer now answers with a LoadError naming a line."""
    header = (DATA_DIR / "medsl" / "dc22_cleaned.FIRST-1550-LINES.csv").read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "returns.csv"
    path.write_text(header + '\n1,"REGISTERED VOTERS\n' + "x,1,2,3\n" * 20_000, encoding="utf-8")
    for fmt in FORMATS:
        try:
            fmt.load(path)
        except LoadError as error:
            assert error.message.startswith("returns.csv: ")
    with pytest.raises(LoadError, match=r"^returns\.csv: line 2: a cell runs on for more than 131,072 characters \(a quote that is never closed\?\)$"):
        medsl.load(path)


@pytest.mark.parametrize("column", ["²", "9" * 5000, "0", "4"])
def test_columns_option_numbers_only_real_columns(column):
    with pytest.raises(LoadError, match=r"--columns: no column"):
        parse_columns_option(f"votes={column}", ["Name", "Party", "Votes"])


def _kiesraad_with_station_numbers(tmp_path, numbers_row: str):
    original = (DATA_DIR / "eml-510" / "osv4-3_telling_gr2022_westmaasenwaal.csv").read_text(encoding="utf-8-sig")
    lines = [numbers_row if line.startswith('"Gebiednummer"') else line for line in original.split("\n")]
    path = tmp_path / "osv4-3_telling.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return kiesraad_csv.load(path)


def test_kiesraad_station_numbers_row_cut_short(tmp_path):
    """A Gebiednummer row shorter than the header (random Hypothesis seeds once hit IndexError here):
    the stations past its end keep their names, without a number."""
    units = _kiesraad_with_station_numbers(tmp_path, '"Gebiednummer";;;;;"1";"2"').contests[0].units
    assert list(units.ids[:4]) == ["area:0668", "SB1", "SB2", "column 8"]
    assert list(units.names[1:4]) == ["Dorpshuis De Hucht (SB1), 6626 AC", "Dorpshuis De Uithof (SB2), 6628 AC", "Dorpshuis De Schuur, 6629 AR"]


def test_kiesraad_stations_sharing_a_number_are_kept_apart(tmp_path):
    numbers = ";".join(['"Gebiednummer";;;;'] + ['"5"'] * 21)
    dataset = _kiesraad_with_station_numbers(tmp_path, numbers)
    units = dataset.contests[0].units
    assert len(units) == 22  # the municipality and 21 stations, none merged
    assert list(units.ids[1:3]) == ["SB5", "SB5, column 7"]
    assert "20 polling station number(s) used by more than one column (e.g. SB5)" in dataset.import_warnings


def test_cancel_after_the_query_connection_closed():
    """The precinct browser cancels its last load when the document changes; if that load's DuckDB
    connection had just closed, interrupt() raised ConnectionException in the GUI thread."""
    import duckdb

    from electview.formats.job import LoadCancelled, LoadJob

    job = LoadJob()
    connection = duckdb.connect()
    job.attach(connection)
    connection.close()
    job.cancel()
    with pytest.raises(LoadCancelled):
        job.check("results.csv")
    job.attach(connection)  # a cancelled job interrupts what it is handed next, closed or not


def test_thousands_of_units_reporting_beside_their_sub_units(tmp_path):
    """Each aggregate unit was compared with its sub-units in its own pass over every row (a 1 MB
    NIST file of 4,000 such pairs took 14 s, growing with the square); now one pass per level,
    and the disagreements are listed up to a limit instead of one warning per unit."""
    units = [_unit("scope", "county", [f"p{i}" for i in range(60)])]
    votes = []
    for i in range(60):
        units += [_unit(f"p{i}", "city", [f"q{i}"]), _unit(f"q{i}", "precinct")]
        votes += [{"GpUnitId": f"p{i}", "Count": 10}, {"GpUnitId": f"q{i}", "Count": 9}]
    contest = {"@id": "c1", "Name": "Mayor", "ContestSelection": [{"@id": "s1", "VoteCounts": votes}]}
    path = tmp_path / "pairs.json"
    path.write_text(json.dumps({"@type": "ElectionResults.ElectionReport", "GpUnit": units, "Election": [{"ElectionScopeId": "scope", "Contest": [contest]}]}), encoding="utf-8")
    dataset = nist_json.load(path)
    assert dataset.contests[0].votes.value.sum() == 60 * 9  # the sub-units are used
    warnings = [w for w in dataset.import_warnings if w.startswith("Mayor: ")]
    assert warnings[0] == "Mayor: p0 reports 10 for s1 but its sub-units add up to 9; the sub-units are used."
    assert warnings[50:] == ["Mayor: 10 more units disagree with their sub-units; the sub-units are used."]


@pytest.mark.parametrize(
    ("rows", "names", "shares"),
    [
        ([",DEM,10,55.5", "Bob,REP,8,44.5"], ["(no name)", "Bob"], [55.5, 44.5]),
        (["Ann,DEM,10,55.5", "ANN ,DEM,2,10.5"], ["Ann"], [10.5]),
    ],
    ids=["blank name", "names equal once folded"],
)
def test_spreadsheet_shares_of_candidates_it_renamed_or_merged(tmp_path, rows, names, shares):
    """A share for a blank name (shown as "(no name)") or a name that folds onto another was looked
    up again by its raw text and raised StopIteration (atheris, 15,366 executions in)."""
    path = tmp_path / "table.csv"
    path.write_text("\n".join(["Candidate,Party,Votes,Percent", *rows]) + "\n", encoding="utf-8")
    contest = spreadsheet.load(path).contests[0]
    assert [c.name for c in contest.candidates] == names
    assert contest.shares.value.tolist() == shares
