"""The native JSON format: the sample, its schema, and errors that name their place."""

import copy
import json

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from electview.core.errors import LoadError
from electview.formats import load_file, native
from electview.resources import sample_path, schema_path


@pytest.fixture
def sample_json():
    return json.loads(sample_path().read_text(encoding="utf-8"))


def test_sample_matches_schema(sample_json):
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(sample_json, schema)


def test_docs_example_loads_and_matches_schema():
    from pathlib import Path

    text = (Path(__file__).parents[1] / "docs" / "FORMAT.md").read_text(encoding="utf-8")
    example = text.split("```json", 1)[1].split("```", 1)[0]
    data = json.loads(example)
    jsonschema.validate(data, json.loads(schema_path().read_text(encoding="utf-8")))
    dataset = native.parse(data, "example.json")
    assert dataset.contests[0].candidates


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["candidates"][3].__setitem__("votes", -5), "candidates[3].votes: expected a whole number ≥ 0, got -5"),
        (lambda d: d["candidates"][0].__setitem__("votes", 1.5), "candidates[0].votes: expected a whole number ≥ 0, got 1.5"),
        (lambda d: d["candidates"][1].__setitem__("share", 140), "candidates[1].share: expected a percentage between 0 and 100"),
        (lambda d: d["election"].__setitem__("status", "done"), "election.status: expected one of"),
        (lambda d: d["election"].pop("title"), "election.title: required, but missing"),
        (lambda d: d.__setitem__("version", 9), "version: this electview reads version 1, got 9"),
        (lambda d: d["candidates"][2].__setitem__("id", "tokayev"), "candidates[2].id: duplicate candidate id"),
        (lambda d: d["commentary"][0].__setitem__("mentions", ["nobody"]), "commentary[0].mentions[0]: no candidate"),
        (lambda d: d["candidates"][0].__setitem__("colour", "red"), "candidates[0].colour: expected a colour"),
    ],
)
def test_errors_name_place_and_problem(sample_json, mutate, expected):
    data = copy.deepcopy(sample_json)
    mutate(data)
    with pytest.raises(LoadError) as caught:
        native.parse(data, "/tmp/k.json")
    assert expected in caught.value.message
    assert caught.value.message.startswith("k.json: ")


def test_per_unit_results_and_other_counts():
    data = {
        "format": "electview",
        "version": 1,
        "election": {"title": "Town vote", "status": "final"},
        "contests": [
            {
                "name": "Mayor",
                "candidates": [{"id": "a", "name": "Ann"}, {"id": "b", "name": "Bob"}],
                "units": [
                    {"id": "town", "name": "Town", "kind": "city"},
                    {"id": "p1", "parent": "town", "registered": 100, "ballots_cast": 60},
                    {"id": "p2", "parent": "town", "registered": 50, "ballots_cast": 40},
                ],
                "results": [
                    {"unit": "p1", "votes": {"a": 30, "b": 25}, "other": {"invalid": 5}},
                    {"unit": "p2", "votes": {"a": 10, "b": 28}, "other": {"invalid": 2}},
                ],
            }
        ],
    }
    from electview.core import tally

    dataset = native.parse(data)
    result = tally(dataset.contests[0], None, dataset.turnout)
    assert list(result.votes) == [40, 53]
    assert result.other_counts["invalid"].value == 7
    assert result.turnout.registered == 150 and result.turnout.ballots_cast == 100
    assert result.turnout_percent.value == pytest.approx(100 / 150 * 100) and result.turnout_percent.derived


def test_unit_cycle_is_an_error():
    data = {
        "format": "electview", "version": 1, "election": {"title": "x"},
        "contests": [{"name": "c", "candidates": [{"name": "a"}],
                      "units": [{"id": "u", "parent": "v"}, {"id": "v", "parent": "u"}]}],
    }
    with pytest.raises(LoadError, match="cycle"):
        native.parse(data)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"{\"format\": \"electview\", ", "not valid JSON"),
        (b"\x00\x01\x02binary", "not a results file"),
        (b"[1, 2]", "not a results file"),
    ],
)
def test_unreadable_files(tmp_path, content, expected):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(LoadError, match=expected):
        load_file(path)


def test_directory_is_an_error(tmp_path):
    with pytest.raises(LoadError, match="is a folder"):
        load_file(tmp_path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["election", "candidates", "contests", "turnout", "commentary", "x"]), json_values))
def test_any_json_gives_dataset_or_load_error(fragment):
    data = {"format": "electview", "version": 1, **fragment}
    try:
        native.parse(data, "fuzz.json")
    except LoadError as error:
        assert error.message.startswith("fuzz.json")


def test_mentions_detected_by_surname_when_not_given(sample_json):
    data = copy.deepcopy(sample_json)
    for comment in data["commentary"]:
        comment.pop("mentions")
    data["commentary"][0]["quote"] = "Kosanov and TOKAYEV both spoke; Tugelbayev did not run."
    dataset = native.parse(data)
    assert dataset.commentary[0].mentions == ("tokayev", "kosanov")
    explicit = native.parse(sample_json)
    assert explicit.commentary[0].mentions == ("tokayev",)
