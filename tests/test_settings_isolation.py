"""Each test gets its own settings: what one test saves, the next never sees (Qt caches the config path)."""

from PySide6.QtCore import QSettings

from electview.ui.settings import Settings


def test_a_test_saves_a_recent_file(qapp, tmp_path):
    settings = Settings()
    settings.add_recent_file(str(tmp_path / "results.json"))
    QSettings().sync()
    assert str(tmp_path) in QSettings().fileName()


def test_the_next_test_starts_with_no_recent_files(qapp, tmp_path):
    assert str(tmp_path) in QSettings().fileName()
    assert Settings().recent_files() == []
