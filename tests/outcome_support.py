"""A certified vote-for-3 contest with a tie for the last seat, built from a real NIST file."""

from dataclasses import replace
from pathlib import Path

import numpy as np

from electview.core.model import Status
from electview.formats import load_file

DATA = Path(__file__).parent / "data"


def tie_dataset():
    """LA County 2017's Covina council (vote for 3), certified, with POLZIN given LINARES's votes: a tie for the 3rd seat."""
    dataset = load_file(DATA / "nist-v2" / "ttv-lacounty-2017-GpU08CQ0.v2.cdf.xml")
    contest = next(c for c in dataset.contests if "council" in c.name.casefold())
    rows = contest.votes
    # Give POLZIN exactly LINARES's votes in every row: a tie for the 3rd seat.
    linares = contest.candidate_index(next(c.id for c in contest.candidates if "LINARES" in c.name))
    polzin = contest.candidate_index(next(c.id for c in contest.candidates if "POLZIN" in c.name))
    value = rows.value.copy()
    value[rows.column == polzin] = 0
    keep = rows.column == linares
    column = np.concatenate([rows.column, np.full(keep.sum(), polzin)])
    unit = np.concatenate([rows.unit, rows.unit[keep]])
    value = np.concatenate([value, rows.value[keep]])
    tied = replace(contest, votes=replace(rows, unit=unit, column=column, value=value))
    return replace(dataset, contests=(tied,), election=replace(dataset.election, status=Status.CERTIFIED))
