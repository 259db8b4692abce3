"""The peer for goal 1: DuckDB's own read_csv + GROUP BY national totals of a booth CSV, as JSON on stdout."""

import json
import sys

import duckdb

path = sys.argv[1]
rows = duckdb.connect().execute(
    "SELECT office, candidate, party, sum(votes) AS votes FROM read_csv(?) GROUP BY ALL ORDER BY votes DESC", [path]
).fetchall()
json.dump([[office, candidate, party, int(votes)] for office, candidate, party, votes in rows], sys.stdout)
