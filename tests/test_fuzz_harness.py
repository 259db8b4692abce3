"""The fuzzing harness itself works: it writes a seed corpus and replays inputs without atheris."""

import subprocess
import sys
from pathlib import Path

HARNESS = Path(__file__).parents[1] / "fuzz" / "fuzz_importers.py"


def _run(*args):
    return subprocess.run([sys.executable, str(HARNESS), *args], capture_output=True, text=True, timeout=600)


def test_seed_corpus_and_replay(tmp_path):
    corpus = tmp_path / "corpus"
    result = _run("--seed-corpus", str(corpus))
    assert result.returncode == 0, result.stderr
    seeds = sorted(corpus.iterdir())
    assert len(seeds) > 200
    # Every seed starts with its target selector: 0 (load_file) for each file, plus its importer's.
    assert {seed.read_bytes()[0] for seed in seeds} >= {0, 1}
    sample = tmp_path / "sample"
    sample.mkdir()
    for seed in seeds[:: max(1, len(seeds) // 12)]:
        (sample / seed.name).write_bytes(seed.read_bytes())
    result = _run("--replay", str(sample))
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert result.stdout.count("ok: ") == len(list(sample.iterdir()))


def test_replay_reports_a_crash(tmp_path):
    crashes = tmp_path / "crashes"
    crashes.mkdir()
    (crashes / "crash-x").write_bytes(b"\x01" + b'{"format": "electview", "version": 1}')  # 1: native.load
    script = (
        "import runpy, sys; import electview.formats.native as native;"
        "native.load = lambda path: 1 / 0;"  # an importer bug the harness must report
        f"sys.argv = ['harness', '--replay', {str(crashes)!r}];"
        f"runpy.run_path({str(HARNESS)!r}, run_name='__main__')"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "CRASH native: ZeroDivisionError" in result.stdout
