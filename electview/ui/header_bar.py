"""The header: title, status badge, date and place, source, turnout and the audit's findings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from electview.core.audit import Finding, Severity
from electview.core.model import Status
from electview.core.ranked import elected_lines
from electview.core.tally import other_count_label
from electview.core.vote_for import contest_title
from electview.ui.document import ResultsDocument
from electview.core.formatting import format_percent as as_given
from electview.core.formatting import format_when
from electview.ui.text import PlainLabel, format_percent, format_votes, plain_label

STATUS_COLOURS: dict[Status, tuple[str, str]] = {
    Status.PRELIMINARY: ("#E69F00", "#1A1A1A"),
    Status.UNOFFICIAL: ("#F0E442", "#1A1A1A"),
    Status.FINAL: ("#009E73", "#FFFFFF"),
    Status.CERTIFIED: ("#0072B2", "#FFFFFF"),
    Status.PRE_ELECTION: ("#56B4E9", "#1A1A1A"),
    Status.UNKNOWN: ("#7F7F7F", "#FFFFFF"),
}


def _set_text(label, text: str) -> None:
    """Set only what changed: a drill-down keeps most of the header, and each new text re-lays out the window."""
    if label.text() != text:
        label.setText(text)


class HeaderBar(QWidget):
    """Always in view: what these results are, how final, from whom, and what doesn't add up.

    The audit's findings take one line each (shortened, whole in the tooltip) until the user
    asks for all of them: wrapped, four findings took the rows a short window needs for the
    table (1024×640 in Russian hid the seventh candidate).
    """

    findings_expanded_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = plain_label()
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setAccessibleDescription(self.tr("Election title"))
        self.status_badge = plain_label()
        self.status_badge.setAccessibleDescription(self.tr("Results status"))
        badge_font = self.status_badge.font()
        badge_font.setBold(True)
        self.status_badge.setFont(badge_font)
        # The badge keeps its few words whole; the title beside it gives way (elided) instead.
        self.status_badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.details_label = plain_label(word_wrap=True)
        self.details_label.setAccessibleDescription(self.tr("Election details"))
        self.source_label = plain_label(word_wrap=True)
        self.source_label.setAccessibleDescription(self.tr("Source"))
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.turnout_label = plain_label(word_wrap=True)
        self.turnout_label.setAccessibleDescription(self.tr("Turnout"))
        self.findings_label = PlainLabel()
        self.findings_label.setAccessibleDescription(self.tr("Audit findings"))
        self.findings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings_label.setObjectName("auditFindings")  # coloured per theme by ui.theme.style_sheet
        self.findings_toggle = QToolButton()
        self.findings_toggle.setAutoRaise(True)
        self.findings_toggle.setCheckable(True)
        self.findings_toggle.toggled.connect(self._show_whole_findings)
        self.findings_label.elided_changed.connect(lambda _elided: self._update_toggle())
        self._show_whole_findings(False)

        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(3)
        layout.addLayout(title_row)
        layout.addWidget(self.details_label)
        layout.addWidget(self.source_label)
        layout.addWidget(self.turnout_label)
        layout.addSpacing(4)
        findings_row = QHBoxLayout()
        findings_row.addWidget(self.findings_label, 1)
        findings_row.addWidget(self.findings_toggle, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(findings_row)

    def update_from(self, document: ResultsDocument) -> None:
        dataset = document.dataset
        if dataset is None:
            _set_text(self.title_label, self.tr("No results open"))
            self._set_status(None)
            _set_text(self.details_label, self.tr("Open a results file with File → Open… or drop one on the window."))
            for label in (self.source_label, self.turnout_label):
                label.setText("")
            self._set_findings([])
            return
        election = dataset.election
        _set_text(self.title_label, election.title)
        self._set_status(election.status)
        details = [format_when(election.date), election.country or election.jurisdiction, election.office]
        if election.round:
            details.append(self.tr("round {0}").format(election.round))
        contest = document.contest
        if contest is not None and len(dataset.contests) > 1:
            details.append(contest_title(contest.name, document.tally.votes_allowed if document.tally else contest.seats))
        if document.scope_name():
            details.append(self.tr("showing {0}").format(document.scope_name()))
        if contest is not None and contest.ranked is not None:  # who the rounds elected, and when
            details += [line.rstrip(".") for line in elected_lines(contest.ranked, format_votes)]
        _set_text(self.details_label, " · ".join(part for part in details if part))
        _set_text(self.source_label, self.tr("Source: {0}").format(election.source.describe()))
        _set_text(self.turnout_label, self._turnout_text(document))
        self._set_findings(document.findings())

    def _set_status(self, status: Status | None) -> None:
        if status is None:
            self.status_badge.hide()
            return
        background, foreground = STATUS_COLOURS[status]
        self.status_badge.setText(status.label)
        self.status_badge.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground}; border-radius: 4px; padding: 4px 10px; }}"
        )
        self.status_badge.setToolTip(self.tr("The source declares these results: {0}.").format(status.label))
        self.status_badge.show()

    @staticmethod
    def _turnout_text(document: ResultsDocument) -> str:
        result = document.tally
        if result is None:
            return ""
        percent = result.turnout_percent
        parts = []
        if percent.known:
            kind = (
                QCoreApplication.translate("HeaderBar", "derived: {0}").format(percent.how)
                if percent.derived
                else QCoreApplication.translate("HeaderBar", "as reported")
            )
            value = format_percent(percent.value) if percent.derived else as_given(percent.value)  # reported: the source's digits
            parts.append(QCoreApplication.translate("HeaderBar", "Turnout {0} ({1})").format(value, kind))
        else:
            parts.append(QCoreApplication.translate("HeaderBar", "Turnout not reported"))
        not_reported = QCoreApplication.translate("HeaderBar", "not reported")
        turnout = result.turnout
        parts.append(
            QCoreApplication.translate("HeaderBar", "registered voters {0}").format(
                format_votes(turnout.registered) if turnout.registered is not None else not_reported
            )
        )
        parts.append(
            QCoreApplication.translate("HeaderBar", "ballots cast {0}").format(
                format_votes(turnout.ballots_cast) if turnout.ballots_cast is not None else not_reported
            )
        )
        contest = result  # the tally's progress is the contest's at the place shown (the contest's own is contest-wide)
        if contest.units_total:
            unknown = QCoreApplication.translate("HeaderBar", "unknown")
            reporting = unknown if contest.units_reporting is None else format_votes(contest.units_reporting)
            parts.append(
                QCoreApplication.translate("HeaderBar", "{0} of {1} reporting units in").format(
                    reporting, format_votes(contest.units_total)
                )
            )
        valid = result.total_valid
        if valid.known:
            estimated = result.votes_estimated.any()
            approx = "≈ " if estimated else ""
            if result.contest.ranked is not None:  # the final round's total leaves out the ballots exhausted on the way
                template = QCoreApplication.translate("HeaderBar", "continuing ballots (final round) {0}")
            else:
                template = QCoreApplication.translate("HeaderBar", "valid votes {0}")
            parts.append(template.format(approx + format_votes(valid.value)))
        for kind, figure in result.other_counts.items():
            parts.append(f"{other_count_label(kind)} {format_votes(figure.value)}")
        return " · ".join(parts)

    def _set_findings(self, findings: list[Finding]) -> None:
        lines = [
            ("⚠ " if finding.severity is Severity.WARNING else self.tr("Note: "))
            + finding.message[:1].upper()
            + finding.message[1:]
            for finding in findings
        ]
        _set_text(self.findings_label, "\n".join(lines))
        self.findings_label.setVisible(bool(lines))
        self._update_toggle()

    def findings_text(self) -> str:
        """Every finding whole, as the tooltip, a screen reader and "Show all" give it."""
        return self.findings_label.text()

    def set_findings_expanded(self, expanded: bool) -> None:
        self.findings_toggle.setChecked(expanded)

    def findings_expanded(self) -> bool:
        return self.findings_toggle.isChecked()

    def _show_whole_findings(self, whole: bool) -> None:
        self.findings_label.setWordWrap(whole)
        self.findings_toggle.setText(self.tr("Show less") if whole else self.tr("Show all"))
        self.findings_toggle.setToolTip(
            self.tr("One line per finding") if whole else self.tr("Show every finding whole")
        )
        self._update_toggle()
        self.findings_expanded_changed.emit(whole)

    def _update_toggle(self) -> None:
        """The toggle shows only where it changes something: a finding is shortened, or all are shown whole."""
        has_findings = bool(self.findings_label.text())
        useful = self.findings_toggle.isChecked() or self.findings_label.is_elided()
        self.findings_toggle.setVisible(has_findings and useful)


__all__ = ["HeaderBar"]
