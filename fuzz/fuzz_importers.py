"""Coverage-guided fuzzing of the sniffer and every importer in FORMATS, with atheris (libFuzzer).

The first byte of each input picks the target: 0 is ``load_file`` (sniffing, then whichever
importer claims the bytes), 1…N call ``FORMATS[i-1].load`` directly, so every importer is fed
bytes that its sniffer would refuse too. The rest of the input is written to a file named with
that format's extension. A dataset is then summarised in one summary format, picked by the
input's last byte, so tally, audit and every renderer get fuzzed as well (all four on each input
spent 70% of the time re-tallying the same dataset). Any exception other than LoadError is a
crash: its input is saved under ``--crashes`` and fuzzing goes on, so one run counts every
distinct crash.

    uv run --group fuzz python fuzz/fuzz_importers.py --seed-corpus fuzz/work/corpus
    uv run --group fuzz python fuzz/fuzz_importers.py fuzz/work/corpus -max_total_time=600 -timeout=180 -rss_limit_mb=3072 -max_len=4096
    uv run python fuzz/fuzz_importers.py --replay fuzz/work/crashes      # re-check saved crashes, no atheris needed

-max_len=4096 keeps mutated inputs small (libFuzzer otherwise takes the largest seed, 215 KB,
where one input costs ~0.1 s): 164 executions/s against ~45. Whole large files are read by
the test suite's corpus tests and by the seeds themselves at start.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import signal
import sys
import tempfile
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# One private folder per run, in RAM when there is /dev/shm; the cache and the history store
# live in it too (the fuzzer must not fill the user's cache), and it is removed on every exit:
# normal, by signal, and libFuzzer's own exit() (which skips Python's atexit). Folders of runs
# that died anyway (kill -9) carry their process id and are removed by the next run.
_SHM = "/dev/shm" if os.path.isdir("/dev/shm") else tempfile.gettempdir()
_WORK = Path(tempfile.mkdtemp(prefix=f"electview-fuzz-{os.getpid()}-", dir=_SHM))
os.environ["XDG_CACHE_HOME"] = str(_WORK / "cache")


def _clean_up() -> None:
    shutil.rmtree(_WORK, ignore_errors=True)


def _remove_stale_folders() -> None:
    for folder in Path(_SHM).glob("electview-fuzz-*-*"):
        pid = folder.name.split("-")[2]
        if folder == _WORK or not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass


def _clean_up_on_c_exit() -> None:
    """libFuzzer ends with C exit(), which runs C atexit handlers but not Python's."""
    try:
        import ctypes

        # glibc exports __cxa_atexit, not atexit (that one is a static stub in libc_nonshared).
        callback = ctypes.CFUNCTYPE(None, ctypes.c_void_p)(lambda _: _clean_up())
        if ctypes.CDLL(None).__cxa_atexit(callback, None, None) == 0:
            globals()["_c_exit_callback"] = callback  # must outlive the registration
    except (OSError, AttributeError):
        pass


def _on_signal(number, frame) -> None:
    _clean_up()
    signal.signal(number, signal.SIG_DFL)
    os.kill(os.getpid(), number)


_remove_stale_folders()
atexit.register(_clean_up)
for _number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    signal.signal(_number, _on_signal)
SEED_PLACES = (REPO / "resources" / "samples", REPO / "tests" / "data")
MAX_SEED_BYTES = 256 * 1024  # libFuzzer works best on small inputs
CRASH_DIR = Path(os.environ.get("ELECTVIEW_FUZZ_CRASHES", REPO / "fuzz" / "work" / "crashes"))


def _import_targets():
    from electview.core.errors import LoadError
    from electview.core.summary import FORMATS as SUMMARY_FORMATS
    from electview.core.summary import render
    from electview.formats import FORMATS, load_file

    return LoadError, SUMMARY_FORMATS, render, FORMATS, load_file


if "--replay" in sys.argv or "--seed-corpus" in sys.argv:
    atheris = None
    LoadError, SUMMARY_FORMATS, render, FORMATS, load_file = _import_targets()
else:
    import atheris

    with atheris.instrument_imports(include=["electview"]):
        LoadError, SUMMARY_FORMATS, render, FORMATS, load_file = _import_targets()

def _read_cache_entry(path: Path):
    """The bytes as a cache entry of a booth CSV: read, checked and built, or dropped."""
    from electview.formats import booth_csv, cache

    source = _WORK / "cached.csv"
    if not source.exists():
        source.write_bytes(b"region,district,precinct,candidate,votes\nR,D,P,A,1\n")
    stamp = cache.Stamp.of(source)
    entry = cache.cache_dir() / stamp.entry_name("totals")
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_bytes(path.read_bytes())
    cache._known_hashes.clear()
    return booth_csv.load(source)


def _read_history_row(path: Path):
    """The bytes as a stored history content (first 64 bytes: its key) and replayed."""
    import sqlite3

    from electview.live.history import History, SnapshotStore

    data = path.read_bytes()
    sha256 = data[:64].decode("latin-1")
    store = SnapshotStore(_WORK / "history.sqlite3")
    try:
        with store._db:
            store._db.execute("DELETE FROM snapshots")
            store._db.execute("DELETE FROM contents")
            store._db.execute("INSERT INTO contents VALUES (?, ?)", (sha256, data[64:]))
            store._db.execute(
                "INSERT INTO snapshots (source, sha256, seen_at, changed_at, status) VALUES ('s', ?, ?, NULL, 'x')",
                (sha256, float(len(data)) * 1e15),
            )
        history = History("s", "fuzzed.json", store)
        try:
            return history.dataset(0) if len(history) else None
        except KeyError:
            return None
        except sqlite3.Error:
            return None
    finally:
        store.close()


TARGETS = (
    [("load_file", load_file, ".json")]
    + [(fmt.__name__.rsplit(".", 1)[-1], fmt.load, fmt.PATTERNS[0].removeprefix("*")) for fmt in FORMATS]
    + [("cache", _read_cache_entry, ".npz"), ("history", _read_history_row, ".bin")]
)
# ELECTVIEW_FUZZ_TARGETS=native,cache fuzzes only those targets (to find which one misbehaves).
if _only := os.environ.get("ELECTVIEW_FUZZ_TARGETS"):
    TARGETS = [target for target in TARGETS if target[0] in _only.split(",")]
_seen_crashes: set[str] = set()
executions = 0


def _signature(error: BaseException) -> str:
    """Exception type plus the innermost electview frame: one line per distinct bug."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if "electview" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(error).__name__} at {where}"


def run_one(data: bytes) -> str | None:
    """Feed one input to its target; the crash signature, or None when it behaved."""
    global executions
    executions += 1
    if not data:
        return None
    name, target, suffix = TARGETS[data[0] % len(TARGETS)]
    path = _WORK / f"input{suffix}"
    path.write_bytes(data[1:])
    try:
        dataset = target(path)
        if dataset is not None:
            render(dataset, SUMMARY_FORMATS[data[-1] % len(SUMMARY_FORMATS)])
    except LoadError:
        return None
    except Exception as error:  # the point: anything else is a bug to record
        return f"{name}: {_signature(error)}"
    return None


def _trim_heap() -> None:
    """Give freed heap back to the system (glibc only).

    Why the harness's RSS grew from 186 MB to 1.2 GB in 10 minutes: not live Python objects
    (their count stays flat over thousands of inputs) but native memory. Part was glibc's heap:
    each booth CSV input was hashed through an 8 MB buffer, and once such a block is freed
    glibc serves the next ones from the heap, whose holes are never returned (the buffer is
    now 1 MB, formats/cache.py, and ``malloc_trim`` runs every 1,000 inputs). The rest is
    DuckDB: each ``duckdb.connect()`` (one per booth CSV input) leaves about 7 KB behind
    (3,000 connect/query/close cycles: +20-30 MB; 3,000 cursors of one connection: flat). The
    app opens a file in seconds, not thousands a minute, so the harness is run in chunks
    (``-max_total_time=600`` in a loop over one corpus) to stay bounded.
    """
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def test_one_input(data: bytes) -> None:
    if executions % 1000 == 999:
        _trim_heap()
    signature = run_one(data)
    if signature and signature not in _seen_crashes:
        _seen_crashes.add(signature)
        CRASH_DIR.mkdir(parents=True, exist_ok=True)
        (CRASH_DIR / f"crash-{hashlib.sha1(data).hexdigest()[:12]}").write_bytes(data)
        print(f"\nCRASH #{len(_seen_crashes)} after {executions} executions: {signature}", flush=True)


def write_seed_corpus(folder: Path) -> int:
    """Valid and bad files from the repository, each prefixed with the selector of load_file and
    of the importer that claims it; returns how many seeds were written."""
    folder.mkdir(parents=True, exist_ok=True)
    from electview.formats import SNIFF_BYTES

    count = 0
    for place in SEED_PLACES:
        for path in sorted(place.rglob("*")):
            if not path.is_file() or path.stat().st_size > MAX_SEED_BYTES or path.suffix == ".md":
                continue
            content = path.read_bytes()
            selectors = {0} | {i + 1 for i, fmt in enumerate(FORMATS) if fmt.sniff(content[:SNIFF_BYTES])}
            for selector in selectors:
                (folder / f"{selector}-{path.parent.name}-{path.name}").write_bytes(bytes([selector]) + content)
                count += 1
    return count


def replay(folders: list[str]) -> int:
    """Run saved inputs again (no atheris): exit status 1 if any still crashes."""
    failures = 0
    for folder in folders:
        for path in sorted(Path(folder).iterdir()):
            signature = run_one(path.read_bytes())
            print(f"{'CRASH ' + signature if signature else 'ok'}: {path.name}")
            failures += bool(signature)
    return 1 if failures else 0


def main() -> int:
    if "--seed-corpus" in sys.argv:
        folder = Path(sys.argv[sys.argv.index("--seed-corpus") + 1])
        print(f"{write_seed_corpus(folder)} seeds written to {folder}")
        return 0
    if "--replay" in sys.argv:
        return replay(sys.argv[sys.argv.index("--replay") + 1 :])
    # libFuzzer ends the process itself (exit()), so the tally is printed by an exit handler.
    atexit.register(lambda: print(f"\n{executions} executions, {len(_seen_crashes)} distinct crashes", flush=True))
    _clean_up_on_c_exit()
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
