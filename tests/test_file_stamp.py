"""core/file_stamp.py: which bytes a dataset was read from, stamped by formats.load_file (no Qt)."""

import os
import time

from electview.core import file_stamp
from electview.core.file_stamp import SAME_TICK_NS, FileStamp
from electview.formats import load_file
from electview.resources import sample_path


def _settled_copy(tmp_path):
    path = tmp_path / "results.electview.json"
    path.write_bytes(sample_path().read_bytes())
    old = os.stat(path).st_mtime - 60
    os.utime(path, (old, old))
    time.sleep(0.1)  # setting the times is a change too (ctime): let a clock tick pass after it
    return path


def test_load_file_stamps_the_file_as_it_was_read(tmp_path):
    path = _settled_copy(tmp_path)
    stamp = load_file(path).source_stamp
    assert stamp is not None and stamp.key == FileStamp.identity(os.stat(path))
    assert stamp.settled
    assert stamp.same_bytes_as(load_file(path).source_stamp)


def test_a_rewrite_changes_the_stamp(tmp_path):
    path = _settled_copy(tmp_path)
    first = load_file(path).source_stamp
    path.write_bytes(path.read_bytes().replace(b'"', b'"', 1))  # the same bytes written again: new times
    assert not first.same_bytes_as(load_file(path).source_stamp)


def test_a_read_within_the_tick_of_the_last_write_claims_nothing():
    changed = 10**18
    racy = FileStamp(1, 10, changed, changed, changed + SAME_TICK_NS // 2)
    assert not racy.settled and not racy.same_bytes_as(racy)
    assert FileStamp(1, 10, changed, changed, changed + SAME_TICK_NS).same_bytes_as(racy)


def test_a_file_changed_while_it_was_read_gets_no_stamp(tmp_path):
    path = _settled_copy(tmp_path)
    before = file_stamp.before_reading(path)
    path.write_bytes(b"{}")
    assert file_stamp.after_reading(path, before) is None
    assert file_stamp.after_reading(tmp_path / "gone.json", file_stamp.before_reading(tmp_path / "gone.json")) is None
