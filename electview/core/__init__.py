"""Qt-free results core: the dataset, derived figures, the audit and summaries."""

from electview.core.errors import LoadError
from electview.core.model import (
    Candidate,
    Commentary,
    Contest,
    CountTable,
    Election,
    ResultsDataset,
    Source,
    Status,
    Turnout,
    UnitTable,
)
from electview.core.tally import ContestTally, Figure, tally

__all__ = [
    "Candidate",
    "Commentary",
    "Contest",
    "ContestTally",
    "CountTable",
    "Election",
    "Figure",
    "LoadError",
    "ResultsDataset",
    "Source",
    "Status",
    "Turnout",
    "UnitTable",
    "tally",
]
