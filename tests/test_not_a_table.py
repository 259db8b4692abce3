"""Prose is "not a results file", not a column-mapping dialog over split sentences (issue 16, habits)."""

from __future__ import annotations

from pathlib import Path

import pytest

from electview.core.errors import LoadError
from electview.formats import FORMATS, SNIFF_BYTES, _sniffs, _tabular, load_file, spreadsheet

from cli_support import run_in_process

DATA = Path(__file__).parent / "data"
PROJECT_README = Path(__file__).parents[1] / "README.md"
NOT_RESULTS = "is not a results file: it is text (sentences, notes), not a table of figures"
#: Sentences with one comma a line: every line splits into the same two fields, none of them figures.
ONE_COMMA_A_LINE = (
    "This is a note about the count, written in sentences.\n"
    "Every line has one comma, so it splits into two parts.\n"
    "None of it is a table of results, of course.\n"
    "The tellers met at nine, and went home at ten.\n"
)


def _head_text(path: Path) -> str:
    return _tabular.head_text(path.read_bytes()[:SNIFF_BYTES])


def _tables_only_the_catch_all_reads() -> list[Path]:
    """Every test file the table reader (the catch-all) claims: national tables, spreadsheets, US CSVs."""
    claimed = []
    for path in sorted(DATA.rglob("*")):
        if path.is_file() and path.suffix.lower() in (".csv", ".tsv", ".txt"):
            head = path.read_bytes()[:SNIFF_BYTES]
            if next((fmt for fmt in FORMATS if _sniffs(fmt, head)), None) is spreadsheet and path.name != "SOURCE.txt":
                claimed.append(path)
    return claimed


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_head_text(DATA / "national" / "README.md"), id="national README (markdown, pipe tables)"),
        pytest.param(_head_text(PROJECT_README), id="project README"),
        pytest.param(_head_text(DATA / "nist-v2" / "SOURCE.txt"), id="SOURCE.txt notes"),
        pytest.param(ONE_COMMA_A_LINE, id="sentences of one width"),
    ],
)
def test_prose_is_plainly_not_a_table(text):
    assert _tabular.plainly_not_a_table(text)


def test_no_real_table_is_taken_for_prose():
    tables = _tables_only_the_catch_all_reads()
    assert len(tables) >= 20  # the national tables and the spreadsheets, not an empty loop
    assert [path.name for path in tables if _tabular.plainly_not_a_table(_head_text(path))] == []


@pytest.mark.parametrize(
    "text",
    [
        "A;B;C\nx;y;1\nz;w;2\n",  # tiny, but a column of figures
        "Region,Registered,Tokayev,Kosanov\nAlmaty,\"1 000 000\",\"500 000\",\"200 000\"\n",
        "Candidate\tParty\nAna Lima\tRed\nBen Ode\tBlue\n",  # no figures yet, but names, not sentences
    ],
)
def test_small_tables_are_still_tables(text):
    assert not _tabular.plainly_not_a_table(text)


def test_opening_a_readme_says_it_is_not_a_results_file(tmp_path):
    with pytest.raises(LoadError) as raised:
        load_file(DATA / "national" / "README.md")  # was "can't tell which columns hold the candidates…"
    assert raised.value.message == f"README.md: {NOT_RESULTS}"
    prose = tmp_path / "notes.txt"
    prose.write_text(ONE_COMMA_A_LINE, encoding="utf-8")
    with pytest.raises(LoadError, match="is not a results file"):
        load_file(prose)


def test_columns_given_by_the_user_still_read_the_text_as_a_table(tmp_path):
    prose = tmp_path / "notes.txt"
    prose.write_text(ONE_COMMA_A_LINE, encoding="utf-8")
    try:
        load_file(prose, columns="name=1,votes=2")
    except LoadError as error:  # the user's reading is tried, and may fail on its own terms
        assert NOT_RESULTS not in error.message


def test_summary_of_a_readme_refuses_with_the_same_message():
    done = run_in_process("summary", str(DATA / "national" / "README.md"))
    assert done.returncode != 0
    assert done.stdout == ""
    assert f"README.md: {NOT_RESULTS}" in done.stderr


def test_the_window_says_not_a_results_file_instead_of_asking_for_columns(qtbot, monkeypatch, shown_errors):
    from electview.ui import main_window
    from electview.ui.main_window import MainWindow

    asked = []
    monkeypatch.setattr(main_window, "open_with_column_mapping", lambda *args: asked.append(args))
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_path(str(DATA / "national" / "README.md"))
    assert asked == []  # the column-mapping dialog over split prose is not offered
    assert shown_errors == [("Could not open README.md", f"Could not open “{DATA / 'national' / 'README.md'}”:\nREADME.md: {NOT_RESULTS}.")]
