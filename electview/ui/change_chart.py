"""The change chart: points gained or lost per candidate since the earlier count, as diverging bars over the table's model.

The bars of :mod:`ui.bar_chart` (rows, hover, click, keys, selection) around a zero line: a
bar's length is the table's change column (the model's baseline, from File → Compare With… or
the live feed's previous update), its figure the change in points, and in seats where both
counts allocate party-list seats. The earlier and the later count are named in the chart's
header line. It reads the model, never the dataset or the comparison.
"""

from __future__ import annotations

import math

import numpy as np

from electview.core.bars import BarRows
from electview.core.change_bars import change_rows, gains_and_losses
from electview.core.compare_output import format_change, format_points
from electview.core.terminal import isolate
from electview.ui.bar_chart import BarChart, BarItem
from electview.ui.bar_painter import Bar
from electview.ui.candidate_model import CHANGE, NAME, SHARE, VOTES, CandidateSortProxy, CandidateTableModel
from electview.ui.text import format_votes


class ChangeChart(BarChart):
    """Diverging bars of the change column, in the table's order (sort the table by ± Points to rank them)."""

    def __init__(self, model: CandidateTableModel, proxy: CandidateSortProxy, parent=None) -> None:
        super().__init__(model, proxy, parent)
        self.item.diverging = True
        self._by_seats = False  # the bars' length: seats gained or lost instead of points (where both counts have seats)
        self.view.setAccessibleName(self.tr("Change chart: points gained or lost"))
        for signal in (model.columnsInserted, model.columnsRemoved, model.headerDataChanged):
            signal.connect(self._invalidate)  # a baseline came, went or was replaced

    def set_sides(self, text: str) -> None:
        """The header line: which count the change runs from and to ("earlier: … → later: …")."""
        if text != self.item.header:
            self.item.header = text
            self._invalidate()

    @property
    def sides(self) -> str:
        return self.item.header

    def has_figures(self) -> bool:
        return self._model.baseline is not None

    def has_seats(self) -> bool:
        """Whether both counts allocate seats, so the bars can show seats gained or lost."""
        baseline = self._model.baseline
        return baseline is not None and baseline.change_seats is not None

    @property
    def by_seats(self) -> bool:
        """The bars show seats (only while both counts have seats)."""
        return self._by_seats and self.has_seats()

    def set_by_seats(self, on: bool) -> None:
        if on != self._by_seats:
            self._by_seats = on
            self._invalidate()

    def _lengths(self) -> np.ndarray:
        baseline = self._model.baseline
        assert baseline is not None
        if self.by_seats and baseline.change_seats is not None:
            return np.asarray(baseline.change_seats, dtype=float)
        return np.asarray(baseline.change_points, dtype=float)

    def line(self) -> tuple[float | None, str]:
        return None, ""  # the zero line is drawn by the diverging layout itself

    def pick_rows(self, order: np.ndarray, room: int, keep: np.ndarray, pinned: list[int]) -> BarRows:
        baseline = self._model.baseline
        assert baseline is not None
        return change_rows(order, baseline.change_votes, self._lengths(), room, keep, pinned)

    def build_bars(self, rows: tuple[int, ...]) -> list[Bar]:
        model = self._model
        result, baseline = model.tally, model.baseline
        assert result is not None and baseline is not None
        winners = set(model.outcome.winners) if model.outcome is not None else set()
        lengths = self._lengths()
        return [
            Bar(isolate(model.cell(row, NAME)), self.figure_text(row), float(lengths[row]), result.colours[row], (row,), False, row in winners)
            for row in rows
        ]

    def seats(self, row: int) -> float:
        """Seats gained (+) or lost in ``row`` (NaN: no seats on one side, or no earlier figure)."""
        baseline = self._model.baseline
        if baseline is None or baseline.change_seats is None:
            return math.nan
        return float(baseline.change_seats[row])

    def figure_text(self, row: int) -> str:
        """"+2.31 points · +4 seats": the change column's figure, and the seats where both counts have them."""
        baseline = self._model.baseline
        assert baseline is not None
        points = float(baseline.change_points[row])
        if math.isnan(points):
            return self.tr("not in the earlier count")
        text = self.tr("{0} points").format(format_points(points))
        seats = self.seats(row)
        if math.isnan(seats):
            return text
        seats_text = self.tr("{0} seats").format(format_change(seats))
        return f"{seats_text} · {text}" if self.by_seats else f"{text} · {seats_text}"  # the bar's own measure first

    def more_text(self) -> str:
        rows = self._rows
        if not rows.more:
            return ""
        baseline = self._model.baseline
        if baseline is None or math.isnan(rows.rest_share):
            return self.tr("+{0} more, not in the earlier count").format(format_votes(rows.more))
        gained, lost = gains_and_losses(self._lengths(), rows.rest)
        if self.by_seats:
            return self.tr("+{0} more: {1} seats together ({2} gained, {3} lost)").format(
                format_votes(rows.more), format_change(rows.rest_share), format_votes(gained), format_votes(lost)
            )
        return self.tr("+{0} more: {1} points together ({2} gained, {3} lost)").format(
            format_votes(rows.more), format_points(rows.rest_share), format_votes(gained), format_votes(lost)
        )

    def describe_bar(self, index: int) -> str:
        """The hover text: the name, the change in points and votes, the seats, and the change column's own sentence."""
        model = self._model
        baseline = model.baseline
        if baseline is None:
            return ""
        if index == BarItem.MORE:
            return self.more_tooltip()
        if not 0 <= index < len(self.item.bars):
            return ""
        row = self.item.bars[index].rows[0]
        lines = [model.cell(row, NAME), self.figure_text(row)]
        if not math.isnan(float(baseline.change_votes[row])):
            lines.append(self.tr("{0} votes; now {1} votes, {2}").format(format_change(float(baseline.change_votes[row])), model.cell(row, VOTES), model.cell(row, SHARE)))
        lines.append(baseline.details[row])
        return "\n".join(lines)

    def rest_line(self, row: int) -> str:
        return f"{self._model.cell(row, NAME)}: {self._model.cell(row, CHANGE)}"

    def description(self, bars: str, more: str, selected: str) -> str:
        if self.by_seats:
            return self.tr("Change in seats, {0}, in the table's order: {1}.{2}{3} Arrow keys move between bars.").format(
                self.sides.replace("\n", "; "), bars, more, selected
            )
        return self.tr("Change in points, {0}, in the table's order: {1}.{2}{3} Arrow keys move between bars.").format(self.sides.replace("\n", "; "), bars, more, selected)
