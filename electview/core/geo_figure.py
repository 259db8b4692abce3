"""One contest's map without a window: boundaries found, joined, projected and coloured (``electview map``, ``electview report``).

The window's :class:`~electview.ui.map_view.MapController` does the same steps with the user in
the loop (boundaries read in the background, proposals confirmed in a dialog); here a proposed
join is made only when the caller says so.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace

from electview.core.geo import Layer, project, read_boundaries
from electview.core.geo_bundled import bundled_map
from electview.core.geo_join import Join, Proposal, join
from electview.core.geo_measures import LEADER, Colouring, RegionFigures, colour_map
from electview.core.model import Contest, ResultsDataset
from electview.core.report_languages import ReportLanguages

MAP_URL_SCHEME = "electview-map"
MAP_WIDTH_PX = 670  # CSS pixels: the report's text width on A4 and Letter, as the Sankey's
MAP_HEIGHT_PX = 300


@dataclass(frozen=True)
class MapFigure:
    """A contest's map: the join (projected, cut to the area shown), its colouring and the boundaries' credit."""

    joined: Join
    colouring: Colouring
    credit: str = ""
    #: (place, map region, how, likeness) for names that matched only transliterated or by likeness
    proposed: tuple[tuple[str, str, str, float], ...] = ()
    accepted: bool = False  # whether those were joined


def boundaries_for(dataset: ResultsDataset, path: str | None = None) -> tuple[str, str, RegionFigures | None]:
    """(boundary file, credit, figures published apart from the file) for ``dataset``: ``path``, else the bundled map.

    Raises LookupError when there is neither.
    """
    bundled = bundled_map(dataset)
    figures = bundled.figures[0] if bundled is not None and bundled.figures else None
    if path:
        return path, "", figures
    if bundled is None:
        raise LookupError("no bundled boundaries for this election")
    return str(bundled.path), bundled.credit, figures


def default_measure(joined: Join, figures: RegionFigures | None) -> str:
    """Leader, unless no place joined and figures were published for the regions (the sample: turnout)."""
    return figures.measure if not joined.matched and figures is not None else LEADER


def map_figure(
    dataset: ResultsDataset,
    contest: Contest,
    boundaries: str | None = None,
    measure: str | None = None,
    compared: Contest | None = None,
    accept_proposed: bool = False,
    layer: Layer | None = None,
) -> MapFigure:
    """The map of ``contest`` (``measure`` as ``colour_map`` takes it; None: :func:`default_measure`).

    ``layer``: the boundaries already read from that file (several contests drawn on one layer).
    Raises LookupError (no boundaries), LoadError (unreadable boundaries), KeyError (unknown measure or candidate).
    """
    path, credit, figures = boundaries_for(dataset, boundaries)
    joined = join(layer if layer is not None else read_boundaries(path), contest.units)
    proposed = tuple(_named(joined, proposal) for proposal in joined.proposals)
    if accept_proposed and proposed:
        joined = joined.accept()
    joined = joined.restricted(joined.area())
    joined = replace(joined, layer=project(joined.layer))
    chosen = measure or default_measure(joined, figures)
    colouring = colour_map(chosen, contest, joined, party_colours=dataset.party_colours, compared=compared, figures=figures)
    return MapFigure(joined, colouring, credit, proposed, accept_proposed)


def _named(joined: Join, proposal: Proposal) -> tuple[str, str, str, float]:
    feature = joined.layer.names[proposal.feature] or joined.layer.ids[proposal.feature]
    return str(joined.units.names[proposal.unit]), feature, proposal.how, proposal.score


def map_placeholder(index: int) -> str:
    """The address the printer replaces with contest ``index``'s vector map."""
    return f"{MAP_URL_SCHEME}:{index}"


def map_section(src: str, colouring: Colouring, notes: tuple[str, ...], credit: str, tr: ReportLanguages) -> str:
    """The report's map: a heading, the map (an image at ``src``: the printer's placeholder or an SVG), what it
    shows, its notes (figures from elsewhere, places not on the map) and the boundaries' credit."""
    heading = tr.translate("Report", "Map")
    alt = tr.translate("Report", "Map: {0}").format(colouring.title)
    caption = " ".join(html.escape(text, quote=False) for text in (colouring.title + ".", *colouring.notes, *notes) if text)
    if credit:
        caption += "<br>" + html.escape(credit, quote=False)
    return (
        f"<h3>{html.escape(heading, quote=False)}</h3>"
        f"<p align='center'><img src='{html.escape(src, quote=True)}' width='{MAP_WIDTH_PX}' height='{MAP_HEIGHT_PX}' "
        f"alt='{html.escape(alt, quote=True)}'></p>"
        f"<p class='caption'>{caption}</p>"
    )
