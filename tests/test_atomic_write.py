"""Atomic writes: the old file survives any failure mid-write, and no temporary file is left."""

import os

import pytest

from electview.core.atomic import atomic_write, write_bytes_atomic, write_text_atomic


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_new_file_and_replaces_old(tmp_path):
    target = tmp_path / "export.csv"
    write_text_atomic(target, "first\n")
    assert target.read_text() == "first\n"
    write_bytes_atomic(target, b"second\n")
    assert target.read_bytes() == b"second\n"
    assert _leftovers(tmp_path) == []


def test_crash_mid_write_keeps_old_content(tmp_path):
    target = tmp_path / "settings.json"
    target.write_text('{"good": true}')
    with pytest.raises(RuntimeError, match="power cut"):
        with atomic_write(target) as stream:
            stream.write('{"half": ')
            raise RuntimeError("power cut")
    assert target.read_text() == '{"good": true}'
    assert _leftovers(tmp_path) == []


def test_interrupt_mid_write_keeps_old_content(tmp_path):
    target = tmp_path / "snapshots.json"
    target.write_text("old")
    with pytest.raises(KeyboardInterrupt):
        with atomic_write(target) as stream:
            stream.write("new but incomplete")
            raise KeyboardInterrupt
    assert target.read_text() == "old"
    assert _leftovers(tmp_path) == []


def test_failed_rename_keeps_old_content(tmp_path, monkeypatch):
    target = tmp_path / "report.html"
    target.write_text("old")

    def refuse(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        write_text_atomic(target, "new")
    assert target.read_text() == "old"
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_permissions_kept_or_from_umask(tmp_path):
    existing = tmp_path / "private.json"
    existing.write_text("x")
    existing.chmod(0o600)
    write_text_atomic(existing, "y")
    assert existing.stat().st_mode & 0o777 == 0o600
    fresh = tmp_path / "fresh.json"
    old_umask = os.umask(0o022)
    try:
        write_text_atomic(fresh, "z")
    finally:
        os.umask(old_umask)
    assert fresh.stat().st_mode & 0o777 == 0o644


def test_only_whole_file_modes():
    with pytest.raises(ValueError, match="mode"):
        with atomic_write("x", "a"):
            pass
