"""The window shows names from the file in its language: table, sorting, pie legend, header, places and contests."""

import json

import pytest
from PySide6.QtCore import Qt

from electview.ui import i18n
from electview.ui.candidate_model import NAME, PARTY
from window_support import close_windows_opened_since

KAZAKH_NAMES = {"ru": "Касым-Жомарт Токаев", "kk": "Қасым-Жомарт Тоқаев"}
FILE = {
    "format": "electview",
    "version": 1,
    "election": {"title": "2019 presidential election", "titles": {"ru": "Выборы президента 2019 года"}, "status": "final"},
    "contests": [
        {
            "name": "President",
            "names": {"ru": "Президент", "kk": "Президент"},
            "candidates": [
                {"id": "t", "name": "Kassym-Jomart Tokayev", "names": KAZAKH_NAMES, "party": "Nur Otan", "party_names": {"kk": "Нұр Отан"}},
                {"id": "k", "name": "Amirzhan Kosanov", "names": {"ru": "Амиржан Косанов", "kk": "Әміржан Қосанов"}},
                {"id": "b", "name": "Bob Smith"},
            ],
            "units": [
                {"id": "kz", "name": "Kazakhstan", "names": {"ru": "Казахстан", "kk": "Қазақстан"}},
                {"id": "ala", "name": "Almaty", "parent": "kz", "names": {"ru": "Алматы", "kk": "Алматы"}},
                {"id": "ast", "name": "Nur-Sultan", "parent": "kz", "names": {"ru": "Нур-Султан", "kk": "Нұр-Сұлтан"}},
            ],
            "results": [
                {"unit": "ala", "votes": {"t": 600, "k": 300, "b": 10}},
                {"unit": "ast", "votes": {"t": 700, "k": 100, "b": 20}},
            ],
        }
    ],
}


@pytest.fixture
def window(window, tmp_path):
    path = tmp_path / "kz.electview.json"
    path.write_text(json.dumps(FILE, ensure_ascii=False), encoding="utf-8")
    window.document.open(str(path))
    yield window
    i18n.install_language("en")


def column_texts(window, column):
    proxy = window.proxy
    return [proxy.index(row, column).data(Qt.ItemDataRole.DisplayRole) for row in range(proxy.rowCount())]


def tree_texts(window):
    model = window.region_tree.tree_model
    top = model.index(0, 0)
    return [top.data()] + [model.index(row, 0, top).data() for row in range(model.rowCount(top))]


def test_english_window_shows_the_files_default_names(window):
    assert column_texts(window, NAME) == ["Kassym-Jomart Tokayev", "Amirzhan Kosanov", "Bob Smith"]
    assert window.header.title_label.text() == "2019 presidential election"
    assert tree_texts(window) == ["Kazakhstan", "Almaty", "Nur-Sultan"]


@pytest.mark.parametrize(
    ("code", "names", "party", "title", "places"),
    [
        ("ru", ["Касым-Жомарт Токаев", "Амиржан Косанов", "Bob Smith"], "Nur Otan", "Выборы президента 2019 года",
         ["Казахстан", "Алматы", "Нур-Султан"]),
        ("kk", ["Қасым-Жомарт Тоқаев", "Әміржан Қосанов", "Bob Smith"], "Нұр Отан", "2019 presidential election",
         ["Қазақстан", "Алматы", "Нұр-Сұлтан"]),
    ],
)
def test_language_switch_shows_names_in_that_language(window, qtbot, code, names, party, title, places):
    switched = window.language.choose(code)
    qtbot.addWidget(switched)
    assert column_texts(switched, NAME) == names  # unnamed in that language: the file's own name
    assert column_texts(switched, PARTY)[0] == party
    legend = [switched.pie.legend.item(row).text() for row in range(switched.pie.legend.count())]
    assert [text.split("  ")[0] for text in legend] == names
    assert switched.header.title_label.text() == title
    assert tree_texts(switched) == places
    assert switched.contest_picker.currentText() == "Президент"
    assert switched.document.tally.votes.tolist() == [1300.0, 400.0, 30.0]
    back = switched.language.choose("en")
    qtbot.addWidget(back)
    assert column_texts(back, NAME) == ["Kassym-Jomart Tokayev", "Amirzhan Kosanov", "Bob Smith"]


def test_sorting_by_name_follows_the_shown_names(window, qtbot):
    russian = window.language.choose("ru")
    qtbot.addWidget(russian)
    russian.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    # By the Russian names (Cyrillic after Latin); in English Amirzhan comes first, Kassym last.
    assert column_texts(russian, NAME) == ["Bob Smith", "Амиржан Косанов", "Касым-Жомарт Токаев"]
    window_en = russian.language.choose("en")
    qtbot.addWidget(window_en)
    window_en.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    assert column_texts(window_en, NAME) == ["Amirzhan Kosanov", "Bob Smith", "Kassym-Jomart Tokayev"]


def test_places_picked_read_in_the_language(window, qtbot):
    window.document.set_scope(1)
    assert window.document.scope_name() == "Almaty"
    kazakh = window.language.choose("kk")
    qtbot.addWidget(kazakh)
    kazakh.document.set_scope(2)
    assert kazakh.document.scope_name() == "Нұр-Сұлтан"
    assert kazakh.document.tally.votes.tolist() == [700.0, 100.0, 20.0]


def test_lang_option_opens_the_window_in_that_language(qapp, tmp_path):
    import argparse

    from electview.app import run_gui
    from electview.cli import _gui_parser
    from electview.core import i18n as core_i18n

    args = _gui_parser().parse_args(["--lang", "kk", "--screenshot", str(tmp_path / "kk.png"), "--size", "640x480"])
    assert isinstance(args, argparse.Namespace)
    before = set(qapp.topLevelWidgets())
    try:
        assert run_gui(args) == 0
        assert core_i18n.language() == "kk"
        assert core_i18n.translate("Status", "FINAL") == "ТҮПКІЛІКТІ"
        assert (tmp_path / "kk.png").stat().st_size > 0
    finally:
        close_windows_opened_since(before)  # the window run_gui left open, not Qt's hidden widgets
        i18n.install_language("en")
