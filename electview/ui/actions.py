"""The window's actions (menu entries and shortcuts), built in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
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
        open=make_action(parent, QCoreApplication.translate("actions", "&Open…"), QKeySequence.StandardKey.Open, QCoreApplication.translate("actions", "Open a results file")),
        recent_menu=QMenu(QCoreApplication.translate("actions", "Open &Recent"), parent),
        reload=make_action(parent, QCoreApplication.translate("actions", "&Reload"), QKeySequence("F5"), QCoreApplication.translate("actions", "Read the open file again")),
        close=make_action(parent, QCoreApplication.translate("actions", "&Close"), QKeySequence.StandardKey.Close, QCoreApplication.translate("actions", "Close the open results")),
        quit=make_action(parent, QCoreApplication.translate("actions", "&Quit"), QKeySequence.StandardKey.Quit, QCoreApplication.translate("actions", "Quit electview")),
    )
