"""Look-alike names (issue 17, item 7): warned on import, and an exact name beats a look-alike when comparing."""

import json

import pytest

from electview.core.compare import compare_datasets
from electview.core.lookalikes import skeleton
from electview.formats import load_file

LATIN, CYRILLIC_A, GREEK_O = "Tokayev", "Tok\u0430yev", "T\u03bfkayev"


def _write(path, names):
    doc = {
        "format": "electview",
        "version": 1,
        "election": {"title": "t"},
        "candidates": [{"name": name, "votes": 100 + i} for i, name in enumerate(names)],
    }
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_three_tokayevs_in_three_scripts_are_warned(tmp_path):
    dataset = load_file(_write(tmp_path / "r.electview.json", [LATIN, CYRILLIC_A, GREEK_O, "Ana"]))
    (warning,) = [w for w in dataset.import_warnings if "look alike" in w]
    assert CYRILLIC_A in warning and GREEK_O in warning and "Cyrillic" in warning and "Greek" in warning
    assert "Ana" not in warning


def test_different_people_are_not_warned(tmp_path):
    dataset = load_file(_write(tmp_path / "r.electview.json", ["Candidate 5", "Candidate 50", "Ana", "Anna"]))
    assert not [w for w in dataset.import_warnings if "look alike" in w]


@pytest.mark.parametrize(("a", "b"), [(LATIN, CYRILLIC_A), (LATIN, GREEK_O)])
def test_skeletons_of_look_alikes_agree(a, b):
    assert skeleton(a) == skeleton(b)


def test_warning_reaches_the_summary(tmp_path, capsys):
    from electview.cli import main

    assert main(["summary", str(_write(tmp_path / "r.electview.json", [CYRILLIC_A, LATIN]))]) == 0
    assert "look alike" in capsys.readouterr().out


def test_exact_name_beats_the_look_alike_listed_first(tmp_path):
    old = load_file(_write(tmp_path / "old.electview.json", [LATIN, "Ana"]))
    new = load_file(_write(tmp_path / "new.electview.json", [CYRILLIC_A, LATIN, "Ana"]))
    comparison = compare_datasets(old, new)
    pairs = {old_name: name for name, old_name in zip(comparison.names, comparison.old_names, strict=True) if old_name}
    assert pairs[LATIN] == LATIN
