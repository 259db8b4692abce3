"""Candidate matching at size: electview's pairing of two candidate lists beside rapidfuzz's bare score matrix.

    uv run python benchmarks/bench_matching.py [--candidates 3000] [--rounds 3]

Two cases: N × N people spelt differently on each side (romanisation variants, a typo, shuffled),
and N candidates of whom a tenth share two names (the shared-word path). The peer is
``rapidfuzz.process.cdist`` over the same raw names: the floor any name matcher that scores
every pair pays. The drill-down figure is a second call with the same lists (the cached pairing).
"""

from __future__ import annotations

import argparse
import random
import time

from rapidfuzz import process
from rapidfuzz.distance import Indel

from electview.core import matching
from electview.core.model import Candidate

_SYLLABLES = "ka ma zhan tok ay ev ser ik bol at nur sul tan as khan da ri ol gul mir be ra sa ni".split()


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _variant(name: str, rng: random.Random) -> str:
    name = name.replace("zh", "j").replace("kh", "h") if rng.random() < 0.5 else name
    if rng.random() < 0.3:  # a typo: one letter dropped
        at = rng.randrange(1, len(name))
        name = name[:at] + name[at + 1 :]
    return name


def _lists(count: int, shared_fraction: float, seed: int) -> tuple[tuple[Candidate, ...], tuple[Candidate, ...]]:
    rng = random.Random(seed)
    shared = [f"{_word(rng)} {_word(rng)}" for _ in range(max(1, count // 100))]
    names = []
    for index in range(count):
        if index < count * shared_fraction:
            names.append(f"{rng.choice(shared)} {_word(rng)}")  # two names shared with others
        else:
            names.append(f"{_word(rng)} {_word(rng)} {_word(rng)}")
    old = tuple(Candidate(id=f"o{i}", name=name) for i, name in enumerate(names))
    order = list(range(count))
    rng.shuffle(order)
    new = tuple(Candidate(id=f"n{i}", name=_variant(names[k], rng)) for i, k in enumerate(order))
    return old, new


def _timed(function, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    print(f"{'case':<34} {'electview':>10} {'cdist peer':>11} {'ratio':>7} {'matched':>8} {'again':>9}")
    for label, fraction in (("spelling variants", 0.0), ("a tenth share two names", 0.1)):
        old, new = _lists(options.candidates, fraction, seed=7)
        ours, peers, again = [], [], []
        for _ in range(options.rounds):
            matching._PAIRINGS.clear()
            seconds, pairs = _timed(matching.match_candidates, old, new)
            ours.append(seconds)
            again.append(_timed(matching.match_candidates, old, new)[0])
            names_old, names_new = [c.name for c in old], [c.name for c in new]
            peers.append(_timed(process.cdist, names_old, names_new, scorer=Indel.normalized_similarity, workers=-1)[0])
        best, peer = min(ours), min(peers)
        print(
            f"{label + f' ({len(old)} x {len(new)})':<34} {best:>9.3f}s {peer:>10.3f}s {best / peer:>6.2f}x "
            f"{len(pairs):>8} {min(again) * 1000:>7.1f}ms"
        )


if __name__ == "__main__":
    main()
