"""The peer for goal 1: DuckDB's own read_csv + GROUP BY of a booth CSV, as JSON on stdout.

National totals (office, candidate, party) by default, the issue's peer; ``--by-district`` totals
per district × candidate (office, region, district, candidate, party), the work electview's first
open has to do to offer the drill-down, so the two peers bracket what DuckDB alone can do.
"""

import json
import sys

import duckdb

NATIONAL = "SELECT office, candidate, party, sum(votes) AS votes FROM read_csv(?) GROUP BY ALL ORDER BY votes DESC"
BY_DISTRICT = (
    "SELECT office, region, district, candidate, party, sum(votes) AS votes FROM read_csv(?) GROUP BY ALL ORDER BY votes DESC"
)

path = sys.argv[1]
query = BY_DISTRICT if "--by-district" in sys.argv[2:] else NATIONAL
rows = duckdb.connect().execute(query, [path]).fetchall()
json.dump([[*row[:-1], int(row[-1])] for row in rows], sys.stdout)
