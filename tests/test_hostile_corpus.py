"""The corpus of nasty files in tests/data/bad/, through load_file and through every importer directly."""

import pytest

from electview.core.errors import LoadError
from electview.formats import FORMATS, SNIFF_BYTES, load_file
from hostile_support import bad_files, dataset_or_load_error, render_everything

BAD_FILES = bad_files()


def test_corpus_is_there():
    assert len(BAD_FILES) >= 100


@pytest.mark.parametrize("path", BAD_FILES, ids=lambda p: p.name)
def test_load_file_gives_dataset_or_load_error(path):
    outcome = dataset_or_load_error(load_file, path)
    if not isinstance(outcome, LoadError):
        render_everything(outcome)


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.__name__.rsplit(".", 1)[-1])
@pytest.mark.parametrize("path", BAD_FILES, ids=lambda p: p.name)
def test_every_importer_fed_every_bad_file(fmt, path):
    """Importers are called on files of other formats too: each must answer with a LoadError, or with a
    dataset every summary can be made of (the fuzzer found a Clarity CSV of shares without votes whose
    outcome sentence raised)."""
    outcome = dataset_or_load_error(fmt.load, path)
    if not isinstance(outcome, LoadError):
        render_everything(outcome)


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.__name__.rsplit(".", 1)[-1])
def test_sniffers_answer_true_or_false_for_any_head(fmt):
    for path in BAD_FILES:
        head = path.read_bytes()[:SNIFF_BYTES]
        for cut in (head, head[:1], head[: len(head) // 2], b""):
            assert fmt.sniff(cut) in (True, False)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("votes-negative.electview.json", "candidates[0].votes: expected a whole number ≥ 0, got -5"),
        ("votes-nan.electview.json", "got nan"),
        ("votes-huge-1e30.electview.json", "got 1e+30"),
        ("votes-huge-int.electview.json", "expected a whole number ≥ 0, got 1000000000"),
        ("duplicate-candidate-ids.electview.json", "duplicate candidate id"),
        ("unit-cycle.electview.json", "units' parents form a cycle"),
        ("deep-array.electview.json", "nested too deeply"),
        ("lone-surrogate.electview.json", "election.title: text holds an invalid character"),
        ("empty.electview.json", "the file is empty"),
        ("truncated-half.electview.json", "not valid JSON"),
        ("fuzz-table-negative-share.csv", "expected a percentage between 0 and 100, got -0.96"),  # not np.float64(-0.96)
    ],
)
def test_bad_files_say_what_is_wrong(name, expected):
    with pytest.raises(LoadError) as caught:
        load_file(next(p for p in BAD_FILES if p.name == name))
    assert caught.value.message.startswith(name + ": ")
    assert expected in caught.value.message


def test_table_whose_area_codes_loop_is_refused_with_the_line():
    """Parent codes that lead back to themselves raised RecursionError in the table reader (a fuzzer find)."""
    from electview.formats import spreadsheet

    with pytest.raises(LoadError) as caught:
        spreadsheet.load(next(p for p in BAD_FILES if p.name == "fuzz-table-parent-code-cycle.csv"))
    assert "line 3: area 'POUTOU' is its own parent" in caught.value.message


def test_a_refused_figure_is_named_by_candidate_place_and_contest(sample_dataset):
    """The guard's message points at the figure in the file's own names, not only at an array index."""
    import dataclasses

    from electview.core.model import CountTable
    from electview.formats import guard

    contest = sample_dataset.contests[0]
    values = contest.votes.value.copy()
    values[2] = -7
    damaged = dataclasses.replace(contest, votes=CountTable(contest.votes.unit, contest.votes.column, values))
    with pytest.raises(LoadError) as caught:
        guard.check_dataset(dataclasses.replace(sample_dataset, contests=(damaged,)), "results.json")
    name = contest.candidates[int(contest.votes.column[2])].name
    place = contest.units.names[int(contest.votes.unit[2])]
    assert f"contests[0].votes (candidate {name!r} in {place!r}, contest {contest.name!r}): " in caught.value.message
    assert caught.value.message.endswith("got -7")
