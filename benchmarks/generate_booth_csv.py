"""Seeded generator of booth-level long CSV (``region,district,precinct,office,candidate,party,votes``) at any size.

The default size matches issue 5's national file: 36 regions, 543 districts, 1,000,000 stations
and about 15 candidates per district (≈14.6 M rows, ≈1.2 GB). The same seed always writes the
same bytes, so figures measured on two machines are about the same file.

``--registered`` adds a ``registered`` column (each station's electorate, on each of its rows) for the integrity
checks: turnout drawn per station from Beta(12, 8) (mean 60%, most stations 40-80%), the electorate the station's
ballots over it. Those draws come from a generator of their own, so the other columns are the same bytes with or
without it, and the default file (no column) is unchanged.

    uv run python benchmarks/generate_booth_csv.py /tmp/booth-1m.csv --stations 1000000
    uv run python benchmarks/generate_booth_csv.py /tmp/booth-1m-registered.csv --registered
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

HEADER = "region,district,precinct,office,candidate,party,votes\n"
OFFICE = "Lok Sabha"
PARTIES = 40  # a national pool; each district fields a few of them plus independents


def _split(total: int, parts: int, rng: np.random.Generator) -> np.ndarray:
    """``total`` split into ``parts`` positive, uneven counts (each at least 1)."""
    weights = rng.gamma(4.0, size=parts)
    counts = np.maximum(1, np.floor(weights / weights.sum() * total).astype(np.int64))
    counts[np.argmax(counts)] += total - counts.sum()
    return counts


def electorates(ballots: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Registered voters for stations that cast ``ballots``: turnout drawn from Beta(12, 8), at least one voter, never
    fewer voters than ballots."""
    turnout = rng.beta(12.0, 8.0, size=len(ballots))
    return np.maximum(np.ceil(ballots / turnout).astype(np.int64), np.maximum(ballots, 1))


def write_booth_csv(
    path: str | Path, stations: int, regions: int = 36, districts: int = 543, seed: int = 2024, registered: bool = False
) -> int:
    """Write the file (with a ``registered`` column when asked); returns the number of data rows."""
    rng = np.random.default_rng(seed)
    electorate_rng = np.random.default_rng([seed, 1])  # its own stream: the other columns stay the same bytes
    districts = max(1, min(districts, stations))
    regions = max(1, min(regions, districts))
    district_region = np.sort(rng.integers(0, regions, size=districts))
    district_region[:regions] = np.arange(regions)  # every region has at least one district
    district_region.sort()
    stations_per_district = _split(stations, districts, rng)
    rows = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER.replace("\n", ",registered\n") if registered else HEADER)
        station_number = 0
        for district in range(districts):
            n_candidates = int(rng.integers(8, 23))
            parties = rng.choice(PARTIES, size=n_candidates, replace=False)
            region_name = f"State {district_region[district] + 1:02d}"
            district_name = f"Constituency {district + 1:03d}"
            suffixes = [
                f",{OFFICE},Candidate {district + 1:03d}-{c + 1:02d},"
                + ("Independent" if parties[c] >= PARTIES - 6 else f"Party {parties[c] + 1:02d}")
                + ","
                for c in range(n_candidates)
            ]
            # Popularity differs by candidate; each station's turnout scales its row.
            popularity = rng.dirichlet(np.full(n_candidates, 0.6))
            n_stations = int(stations_per_district[district])
            voters = rng.integers(300, 1200, size=n_stations)
            votes = rng.poisson(np.outer(voters, popularity))
            prefix = f"{region_name},{district_name},Booth "
            ends = ["\n"] * n_stations
            if registered:
                ends = [f",{voters}\n" for voters in electorates(votes.sum(axis=1), electorate_rng).tolist()]
            lines = []
            for station in range(n_stations):
                head = f"{prefix}{station_number + station + 1:07d}"
                end = ends[station]
                lines.extend(f"{head}{suffix}{count}{end}" for suffix, count in zip(suffixes, votes[station].tolist(), strict=True))
            out.write("".join(lines))
            station_number += n_stations
            rows += n_stations * n_candidates
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="CSV file to write (keep big files under /tmp)")
    parser.add_argument("--stations", type=int, default=1_000_000)
    parser.add_argument("--regions", type=int, default=36)
    parser.add_argument("--districts", type=int, default=543)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--registered", action="store_true", help="add each station's registered voters (for the integrity checks)")
    args = parser.parse_args(argv)
    rows = write_booth_csv(args.out, args.stations, args.regions, args.districts, args.seed, args.registered)
    print(f"{args.out}: {rows:,} rows, {Path(args.out).stat().st_size / 1e6:,.0f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
