"""The boundaries electview ships (resources/geo/index.json), chosen by the election's country and date.

Each entry names a boundary file, the countries (in any language, or ISO codes) and the dates it
is right for, the credit its licence asks for, and figures published for its features apart from
any results file (:class:`~electview.core.geo_measures.RegionFigures`), each for one election date.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from electview.core import i18n
from electview.core.geo_measures import RegionFigures
from electview.core.model import ResultsDataset
from electview.resources import resource_path

INDEX = "geo/index.json"


@dataclass(frozen=True)
class BundledMap:
    """A bundled boundary file for a dataset, with its credit and the figures for that election."""

    path: Path
    what: str
    credit: str
    licence: Path
    figures: tuple[RegionFigures, ...]


def in_language(text: str | dict[str, str]) -> str:
    """A bundled text in the interface language: given as {"en": …, "ru": …, "kk": …} (English where one is missing), or one text."""
    if isinstance(text, dict):
        return text.get(i18n.language()) or text.get("en") or next(iter(text.values()), "")
    return text


def _figures(relative: str) -> tuple[str, RegionFigures]:
    data = json.loads(resource_path(relative).read_text(encoding="utf-8"))
    values = {str(key): (float(value), str(source)) for key, (value, source) in data["values"].items()}
    figures = RegionFigures(
        data["measure"], in_language(data["title"]), data.get("status", ""), values, data.get("sources", {}), in_language(data.get("note", ""))
    )
    return str(data.get("election", {}).get("date", "")), figures


def bundled_map(dataset: ResultsDataset) -> BundledMap | None:
    """The bundled boundaries for the dataset's country at its date, or None."""
    election = dataset.election
    countries = {election.country.casefold(), election.jurisdiction.casefold(), *(c.casefold() for c in election.countries.values())} - {""}
    date = election.date[:10]
    for entry in json.loads(resource_path(INDEX).read_text(encoding="utf-8"))["layers"]:
        if not countries & {c.casefold() for c in entry["countries"]}:
            continue
        if date and not (entry.get("valid_from", "") <= date <= entry.get("valid_to", "9999")):
            continue
        figures = tuple(f for d, f in map(_figures, entry.get("figures", ())) if d and d == date)
        return BundledMap(resource_path(entry["file"]), in_language(entry.get("what", "")), in_language(entry.get("credit", "")), resource_path(entry["licence"]), figures)
    return None
