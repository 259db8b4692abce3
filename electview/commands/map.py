"""``electview map``: the results map as SVG or PNG, without a window (the window's painter)."""

from __future__ import annotations

import argparse
import os

from electview.core.errors import LoadError, UsageError
from electview.core.geo_figure import map_figure
from electview.core.geo_measures import MEASURES
from electview.formats import load_file

HELP = "Draw FILE's results as a map (SVG or PNG): leader, a candidate's share, turnout, change or reporting by place."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", help="a results file (default: the bundled 2019 Kazakhstan sample)")
    parser.add_argument(
        "--measure", default="leader", metavar="MEASURE", help="leader (default), turnout, share:NAME, change[:NAME], reporting"
    )
    parser.add_argument("--boundaries", metavar="FILE", help="GeoJSON, TopoJSON or shapefile (default: the bundled map for the file's country)")
    parser.add_argument("--contest", metavar="NAME", help="the contest to draw (default: the first)")
    parser.add_argument("--compare", metavar="OLD", help="the earlier results, for --measure change")
    parser.add_argument("--accept-proposed", action="store_true", help="join places whose names match only transliterated or by likeness")
    parser.add_argument("--size", default="1000x700", metavar="WxH", help="image size in pixels (default 1000x700)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.svg|OUT.png", help="where to write the map")


def run(args: argparse.Namespace) -> int:
    import sys

    if args.measure.partition(":")[0] not in MEASURES:
        raise UsageError(f"--measure is one of leader, turnout, share:NAME, change, reporting; got {args.measure!r}")
    extension = os.path.splitext(args.output)[1].casefold()
    if extension not in (".svg", ".png"):
        raise UsageError(f"-o must end in .svg or .png, got {args.output!r}")
    from electview.app import _parse_size  # one rule for --size, the screenshot's

    width, height = _parse_size(args.size)
    if not args.file:
        from electview.resources import sample_path

        args.file = str(sample_path())
    dataset = load_file(args.file)
    try:
        contest = dataset.contest(args.contest)
    except KeyError:
        raise UsageError(f"{args.file}: no contest named {args.contest!r} (contests: {', '.join(c.name for c in dataset.contests)})") from None
    compared = None
    if args.compare:
        old = load_file(args.compare)
        names = [c.name for c in old.contests]
        compared = old.contests[names.index(contest.name)] if contest.name in names else old.contests[0]
    try:
        figure = map_figure(dataset, contest, args.boundaries, args.measure, compared, args.accept_proposed)
    except KeyError as missing:
        raise UsageError(f"--measure {args.measure}: no candidate {missing} in {contest.name}") from None
    except LookupError:
        raise UsageError(f"{args.file}: no bundled boundaries for this election; give --boundaries FILE") from None
    joined, colouring, credit = figure.joined, figure.colouring, figure.credit
    for place, feature, how, score in figure.proposed:
        state = "joined" if args.accept_proposed else "not joined (--accept-proposed joins it)"
        print(f"proposed ({how}, {score:.0%} alike): {place} -> {feature}: {state}", file=sys.stderr)
    print(joined.describe(), file=sys.stderr)
    write_map(args.output, (width, height), joined.layer, colouring, f"{dataset.election.title} — {contest.name}\n{colouring.title}", credit)
    return 0


def write_map(path: str, size: tuple[int, int], layer, colouring, heading: str, credit: str) -> None:
    """Paint the map figure with the window's painter into an SVG or PNG at ``path``."""
    from electview.core.atomic import write_bytes_atomic
    from electview.ui.headless import gui_application
    from electview.ui.map_painter import MapScene
    from electview.ui.map_report import map_figure_bytes

    gui_application()
    kind = "svg" if path.casefold().endswith(".svg") else "png"
    data = map_figure_bytes(kind, size, MapScene(layer), colouring, heading, " ".join(colouring.notes), credit)
    if not data:
        raise LoadError(path, "could not encode the map as PNG")
    try:
        write_bytes_atomic(path, data)
    except OSError as error:
        raise LoadError(path, f"could not write the map ({error.strerror or error})") from None
