"""Property tests: every importer in FORMATS, fed damaged copies of its own valid files.

Each result is a dataset or a one-line LoadError naming the file, never another exception and
never a hang; a dataset load_file accepts must summarise in every format. Set
ELECTVIEW_HOSTILE_EXAMPLES to run more examples than the quick default.
"""

import functools
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from electview.core.errors import LoadError
from electview.formats import FORMATS, load_file
from hostile_mutations import damaged
from hostile_support import dataset_or_load_error, render_everything, seed_files

EXAMPLES = int(os.environ.get("ELECTVIEW_HOSTILE_EXAMPLES", "10"))
SEEDS_PER_FORMAT = 3
FORMAT_IDS = [fmt.__name__.rsplit(".", 1)[-1] for fmt in FORMATS]


@functools.cache
def _seed_bytes(name: str) -> tuple[tuple[str, bytes], ...]:
    """The smallest valid files of a format (small files keep each example quick)."""
    paths = sorted(seed_files()[name], key=lambda p: p.stat().st_size)[:SEEDS_PER_FORMAT]
    return tuple((p.name, p.read_bytes()) for p in paths)


@pytest.mark.parametrize("fmt", FORMATS, ids=FORMAT_IDS)
def test_every_format_has_a_seed_file(fmt):
    assert seed_files()[fmt.NAME], f"add a small valid {fmt.NAME} file under tests/data/ so the hostile tests cover it"


@pytest.mark.parametrize("fmt", FORMATS, ids=FORMAT_IDS)
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_damaged_files_give_dataset_or_load_error(fmt, data):
    seeds = _seed_bytes(fmt.NAME)
    if not seeds:
        return  # test_every_format_has_a_seed_file fails for this format
    name, original = data.draw(st.sampled_from(seeds))
    content = data.draw(damaged(original))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        dataset_or_load_error(fmt.load, path)
        outcome = dataset_or_load_error(load_file, path)
        if not isinstance(outcome, LoadError):
            render_everything(outcome)
