"""Hostile inputs made at run time: huge, deep, special files, files that change or vanish."""

import json
import os
import pathlib
import tracemalloc

import pytest

from electview.core.errors import LoadError
from electview.formats import detect, guard, load_file
from hostile_support import dataset_or_load_error, render_everything


def _native(candidates, **extra):
    return {"format": "electview", "version": 1, "election": {"title": "t"}, "candidates": candidates, **extra}


def _write_json(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _load_error(path) -> LoadError:
    outcome = dataset_or_load_error(load_file, path)
    assert isinstance(outcome, LoadError), "expected the file to be refused"
    return outcome


def test_100000_candidates_refused_with_the_limit(tmp_path):
    path = _write_json(tmp_path / "many.electview.json", _native([{"id": f"c{i}", "name": f"C {i}", "votes": i} for i in range(100_000)]))
    error = _load_error(path)
    assert error.message == "many.electview.json: contests[0].candidates: 100,000 candidates; electview reads at most 10,000 per contest"


def test_candidates_at_the_limit_load_and_summarise(tmp_path):
    count = guard.MAX_CANDIDATES
    path = _write_json(tmp_path / "limit.electview.json", _native([{"id": f"c{i}", "name": f"C {i}", "votes": i} for i in range(count)]))
    dataset = dataset_or_load_error(load_file, path)
    assert len(dataset.contests[0].candidates) == count
    render_everything(dataset)


def test_50_mb_name_refused_and_memory_bounded(tmp_path):
    path = _write_json(tmp_path / "long-name.electview.json", _native([{"name": "x" * 50_000_000, "votes": 1}]))
    size = path.stat().st_size
    tracemalloc.start()
    try:
        error = _load_error(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.message == (
        "long-name.electview.json: contests[0].candidates[0].name: text is 50,000,000 characters long; electview reads at most 2,000"
    )
    # The stated bound (formats/guard.py): a small multiple of the file's size, never unbounded.
    assert peak < 4 * size, f"peak {peak / 2**20:.0f} MB for a {size / 2**20:.0f} MB file"


def test_file_over_size_limit_refused_before_reading(tmp_path, monkeypatch):
    from electview.formats import native

    path = _write_json(tmp_path / "big.electview.json", _native([{"name": "a", "votes": 1}], padding="p" * 10_000))
    monkeypatch.setattr(native, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(native, "load", lambda _path: pytest.fail("the importer must not be called"))
    error = _load_error(path)
    assert error.message == "big.electview.json: file is 10,123 bytes, more than the 1,000 bytes electview reads in this format"


def test_million_deep_json(tmp_path):
    path = tmp_path / "deep.electview.json"
    path.write_bytes(b'{"format": "electview", "x": ' + b"[" * 1_000_000 + b"]" * 1_000_000 + b"}")
    assert _load_error(path).message == "deep.electview.json: JSON nested too deeply"


def test_deep_unit_chain_refused(tmp_path):
    units = [{"id": "u0"}] + [{"id": f"u{i}", "parent": f"u{i - 1}"} for i in range(1, 100_000)]
    data = _native([{"id": "a", "name": "A"}], units=units, results=[{"unit": "u99999", "votes": {"a": 1}}])
    error = _load_error(_write_json(tmp_path / "chain.electview.json", data))
    assert error.message == "chain.electview.json: contests[0].units.parent: reporting units nest more than 64 levels deep"


def test_long_unit_cycle_refused(tmp_path):
    count = 100_000
    units = [{"id": "top"}] + [{"id": f"u{i}", "parent": f"u{(i + 1) % count}"} for i in range(count)]
    data = _native([{"id": "a", "name": "A"}], units=units, results=[{"unit": "u5", "votes": {"a": 1}}])
    error = _load_error(_write_json(tmp_path / "ring.electview.json", data))
    assert "units' parents form a cycle" in error.message


def test_folder_given_as_file(tmp_path):
    folder = tmp_path / "results.electview.json"
    folder.mkdir()
    assert _load_error(folder).message == "results.electview.json: is a folder, not a results file"


def test_vanished_file(tmp_path):
    assert _load_error(tmp_path / "gone.json").message == "gone.json: file not found"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipe_refused_without_blocking(tmp_path):
    pipe = tmp_path / "feed.json"
    os.mkfifo(pipe)
    assert _load_error(pipe).message == "feed.json: is not a regular file (a device, pipe or socket)"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_endless_device_refused(tmp_path):
    link = tmp_path / "zero.electview.json"
    link.symlink_to("/dev/zero")
    assert "not a regular file" in _load_error(link).message


def test_unreadable_file(tmp_path, monkeypatch, sample_dataset):
    path = tmp_path / "locked.electview.json"
    path.write_bytes(pathlib.Path(sample_dataset.source_path).read_bytes())
    real_open = pathlib.Path.open

    def refuse(self, *args, **kwargs):
        if self.name == path.name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    # Tests run as root in CI, where chmod 000 does not stop reading: refuse the open instead.
    monkeypatch.setattr(pathlib.Path, "open", refuse)
    assert _load_error(path).message == "locked.electview.json: Permission denied"


def test_file_truncated_between_sniff_and_load(tmp_path, monkeypatch, sample_dataset):
    path = tmp_path / "changing.electview.json"
    path.write_bytes(pathlib.Path(sample_dataset.source_path).read_bytes())
    import electview.formats as formats

    def detect_then_truncate(target):
        fmt = detect(target)
        with open(target, "r+b") as stream:
            stream.truncate(100)
        return fmt

    monkeypatch.setattr(formats, "detect", detect_then_truncate)
    assert "not valid JSON" in _load_error(path).message


def test_file_growing_while_read(tmp_path, monkeypatch):
    path = tmp_path / "growing.xml"
    path.write_bytes(b"<r/>")
    real_fstat = os.fstat

    def stale_size(descriptor):
        # The size seen before reading is small; by the time it is read the file is big.
        info = real_fstat(descriptor)
        path.write_bytes(b"<r>" + b"z" * 4000 + b"</r>")
        return info

    monkeypatch.setattr(os, "fstat", stale_size)
    with pytest.raises(LoadError, match="grew past"):
        guard.read_bytes(path, limit=1000)


def test_importer_bug_still_reads_as_load_error(tmp_path, monkeypatch, sample_dataset):
    from electview.formats import native

    def buggy(_path):
        raise AttributeError("'NoneType' object has no attribute 'text'\n" + "x" * 10_000)

    monkeypatch.setattr(native, "load", buggy)
    error = _load_error(pathlib.Path(sample_dataset.source_path))
    assert error.message.startswith(
        "kazakhstan-2019-presidential.electview.json: could not be read as electview results (JSON): a part of it has an unexpected shape"
        " (AttributeError: 'NoneType' object has no attribute 'text'"
    ), error.message
    assert len(error.message) < 400
