"""The languages a printed report is written in: one, or two side by side ("Candidate / Кандидат").

The report builder is Qt-free, so it can't ask Qt's translator, and a bilingual report needs
two languages at once whatever the interface speaks. Its strings are marked with
``translate("Report", …)`` like any other (``pyside6-lupdate`` collects them into the same
``.ts`` files), and the caller hands in a catalog per language read from those files
(:mod:`electview.translations`) — one source of truth for every translation. lupdate only
sees calls spelled ``….translate("Report", "literal")`` outside f-strings, so templates are
translated first and ``.format``-ted after.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from electview.core.languages import display_name, party_name, pick, unit_name
from electview.core.model import Candidate, Status, UnitTable
from electview.core.terminal import isolate

#: (context, English text) → the text in one language; absent means "say it in English".
Catalog = Mapping[tuple[str, str], str]
LABEL_SEPARATOR = " / "


def _once(texts: Sequence[str]) -> list[str]:
    """The texts without repeats or blanks, in order (a name given in one language is printed once)."""
    return [text for text in dict.fromkeys(texts) if text]


@dataclass(frozen=True)
class ReportLanguages:
    """The report's languages, first the main one, and each one's catalog."""

    languages: tuple[str, ...] = ("en",)
    catalogs: tuple[Catalog, ...] = field(default_factory=lambda: ({},))

    @property
    def bilingual(self) -> bool:
        return len(self.languages) > 1

    def _each(self, context: str, text: str) -> list[str]:
        return _once([catalog.get((context, text), text) for catalog in self.catalogs])

    def translate(self, context: str, text: str) -> str:
        """A label in each language, "Candidate / Кандидат"; a template's ``{0}``… stay for ``.format`` (escape what fills them)."""
        return LABEL_SEPARATOR.join(self._each(context, text))

    def translate_filled(self, context: str, template: str, fill_context: str, fill: str) -> str:
        """A template filled with a translated word, each language with its own, capitalised: "Overvotes (not in the shares) / Перебор (…)"."""
        each = [catalog.get((context, template), template).format(catalog.get((fill_context, fill), fill)) for catalog in self.catalogs]
        return LABEL_SEPARATOR.join(_once([text[:1].upper() + text[1:] for text in each]))

    @property
    def first(self) -> ReportLanguages:
        """The main language alone: for a value that would read twice ("… by electview 0.1 / … by electview 0.1")."""
        return ReportLanguages(self.languages[:1], self.catalogs[:1])

    @property
    def lines(self) -> _Lines:
        """The same, for sentences: each language on a line of its own, as HTML (``lines.translate(…)``)."""
        return _Lines(self)

    def status(self, status: Status) -> str:
        return LABEL_SEPARATOR.join(_once([status.label_with(self._in(catalog)) for catalog in self.catalogs]))

    @staticmethod
    def _in(catalog: Catalog):
        return lambda context, text: catalog.get((context, text), text)

    # Each name is isolated (core.terminal.isolate): a U+202E in one can't turn the text after it around.
    def name(self, item: object) -> str:
        """A candidate's, contest's or the election's name in each language the source gives it in."""
        return LABEL_SEPARATOR.join(_once([isolate(display_name(item, language)) for language in self.languages]))

    def pick(self, names: Mapping[str, str], default: str) -> str:
        """Text given in several languages (``names``, the source's ``default``) in each of the report's."""
        return LABEL_SEPARATOR.join(_once([isolate(pick(names, language, default)) for language in self.languages]))

    def party(self, candidate: Candidate) -> str:
        return LABEL_SEPARATOR.join(_once([isolate(party_name(candidate, language)) for language in self.languages]))

    def unit(self, units: UnitTable, index: int) -> str:
        return LABEL_SEPARATOR.join(_once([isolate(unit_name(units, index, language)) for language in self.languages]))


class _Lines:
    """Sentences in each of the report's languages, escaped and one under the other."""

    def __init__(self, languages: ReportLanguages) -> None:
        self._languages = languages

    def translate(self, context: str, text: str) -> str:
        return "<br>".join(html.escape(line, quote=False) for line in self._languages._each(context, text))


ENGLISH = ReportLanguages()
