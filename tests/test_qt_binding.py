"""The Qt binding itself: guards against PySide6 releases that break long painting runs."""

import sys

from PySide6.QtGui import QImage, QPainter


def test_void_calls_keep_none_alive():
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void call, so a
    # long report or a busy window aborted the interpreter. (None is immortal from 3.12.)
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(1000):
        painter.save()
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 10
