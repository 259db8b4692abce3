"""A small booth-level long CSV that several test modules write and check against."""

import csv
from pathlib import Path

HEADER = ["region", "district", "precinct", "office", "candidate", "party", "votes"]


def write_csv(path: Path, rows, header=HEADER, delimiter=","):
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


ROWS = [
    ("North", "N1", "p1", "President", "Ana", "Red", 30),
    ("North", "N1", "p1", "President", "Ben", "Blue", 20),
    ("North", "N1", "p2", "President", "Ana", "Red", 5),
    ("North", "N1", "p2", "President", "Ben", "Blue", 25),
    ("North", "N2", "p1", "President", "Ana", "Red", 7),  # same precinct name, other district
    ("South", "S1", "p9", "President", "Ana", "Red", 1),
    ("South", "S1", "p9", "President", "Cy, Jr.", 'The "Green" Party', 40),
]
