"""The audit's count checks in Russian and Kazakh: a share, turnout or ballot count that disagrees is worded, not left in English."""

import re
from dataclasses import replace

import pytest

from electview.core import CountTable, UnitTable, tally
from electview.core import i18n as core_i18n
from electview.core.audit import audit_tally
from electview.core.model import Candidate, Contest, Turnout
from electview.translations import word_core_sentences_in

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
NBSP = "\u00a0"


def _contest(votes: list[int], shares: list[float] = ()) -> Contest:
    names = ("Ана", "Бен")  # no Latin letters: any left in a finding came from its template
    units = UnitTable.from_lists(["u0"], ["Аудан"], ["x"], [-1])
    return Contest(
        id="c",
        name="C",
        candidates=tuple(Candidate(id=f"c{i}", name=name) for i, name in enumerate(names)),
        units=units,
        votes=CountTable.from_rows([(0, i, v) for i, v in enumerate(votes)]),
        shares=CountTable.from_rows([(0, i, s) for i, s in enumerate(shares)]),
    )


@pytest.fixture(params=["ru", "kk"])
def language(request):
    word_core_sentences_in(request.param)
    core_i18n.set_language(request.param)  # numbers in the language's marks, as the window and report --lang do
    yield request.param
    word_core_sentences_in("en")
    core_i18n.set_language("en")


def _messages(contest: Contest, turnout: Turnout) -> dict[str, str]:
    """Each check's first finding, group marks as plain spaces."""
    found: dict[str, str] = {}
    for finding in audit_tally(tally(contest, None, turnout)):
        found.setdefault(finding.code, finding.message.replace(NBSP, " "))
    return found


WORDED = {
    ("ru", "share-mismatch"): "Ана: опубликованная доля — 70%, но 6 000 голосов — это 60,00% от 10 000.",
    ("kk", "share-mismatch"): "Ана: жарияланған үлес — 70%, бірақ 6 000 дауыс 10 000 дауыстың 60,00% құрайды.",
    ("ru", "turnout-mismatch"): "опубликованная явка — 60%, но 100 бюллетеней при 200 зарегистрированных избирателях — это 50,00%.",
    ("kk", "turnout-mismatch"): "жарияланған келу — 60%, бірақ 200 тіркелген сайлаушыға 100 бюллетень — бұл 50,00%.",
    ("ru", "ballots-exceed-registered"): "поданных бюллетеней (100) больше, чем зарегистрированных избирателей (50).",
    ("kk", "ballots-exceed-registered"): "берілген бюллетеньдер (100) тіркелген сайлаушылардан (50) көп.",
    ("ru", "votes-exceed-ballots"): "действительных голосов (110) больше, чем поданных бюллетеней (100).",
    ("kk", "votes-exceed-ballots"): "жарамды дауыстар (110) берілген бюллетеньдерден (100) көп.",
}


def test_a_share_that_disagrees_with_its_votes(language):
    shown = _messages(_contest([6000, 4000], [70.0, 30.0]), Turnout())
    assert shown["share-mismatch"] == WORDED[language, "share-mismatch"]


def test_a_turnout_that_disagrees_with_its_counts(language):
    shown = _messages(_contest([50, 40]), Turnout(registered=200, ballots_cast=100, percent=60.0))
    assert shown["turnout-mismatch"] == WORDED[language, "turnout-mismatch"]


def test_more_ballots_than_registered_voters(language):
    shown = _messages(_contest([50, 40]), Turnout(registered=50, ballots_cast=100))
    assert shown["ballots-exceed-registered"] == WORDED[language, "ballots-exceed-registered"]


def test_more_votes_than_ballots(language):
    shown = _messages(_contest([60, 50]), Turnout(ballots_cast=100))
    assert shown["votes-exceed-ballots"] == WORDED[language, "votes-exceed-ballots"]


def test_more_votes_than_a_vote_for_two_ballot_allows(language):
    contest = replace(_contest([130, 120]), seats=2)
    message = _messages(contest, Turnout(ballots_cast=100))["votes-exceed-ballots"]
    assert "250" in message and "2" in message
    assert not ENGLISH_WORD.findall(message), message


def test_english_stays_without_a_language():
    shown = _messages(_contest([60, 50]), Turnout(registered=50, ballots_cast=100))
    assert shown["votes-exceed-ballots"] == "110 valid votes exceed 100 ballots cast."
    assert shown["ballots-exceed-registered"] == "100 ballots cast exceed 50 registered voters."
