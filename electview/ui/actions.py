"""The window's actions (menu entries and shortcuts), built in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget


@dataclass
class FileActions:
    open: QAction
    recent_menu: QMenu
    reload: QAction
    close: QAction
    quit: QAction


def make_action(parent: QWidget, text: str, shortcut=None, tip: str = "") -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    return action


def file_actions(parent: QWidget) -> FileActions:
    return FileActions(
        open=make_action(parent, "&Open…", QKeySequence.StandardKey.Open, "Open a results file"),
        recent_menu=QMenu("Open &Recent", parent),
        reload=make_action(parent, "&Reload", QKeySequence("F5"), "Read the open file again"),
        close=make_action(parent, "&Close", QKeySequence.StandardKey.Close, "Close the open results"),
        quit=make_action(parent, "&Quit", QKeySequence.StandardKey.Quit, "Quit electview"),
    )
