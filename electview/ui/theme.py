"""Light, dark and high-contrast themes; "System" follows the desktop's colour scheme and contrast setting."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsView, QLabel, QMenu, QStyleFactory, QWidget

from electview.ui.settings import Settings


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


# The audit box and other electview-drawn surfaces, per effective theme:
# (findings background, findings text, findings border).
_FINDINGS = {
    Theme.LIGHT: ("#FFF4E0", "#5A3B00", "#E6B860"),
    Theme.DARK: ("#3A2C10", "#FFE2A8", "#8C6A2A"),
    Theme.HIGH_CONTRAST: ("#000000", "#FFFF00", "#FFFF00"),
}


def system_prefers_high_contrast() -> bool:
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt ≥ 6.10
    if accessibility is None:
        return False
    preference = getattr(Qt, "ContrastPreference", None)
    return preference is not None and accessibility().contrastPreference() == preference.HighContrast


def system_prefers_dark() -> bool:
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    # Unknown scheme (some desktops): judge by the palette the platform gave us — not the one
    # electview set, or "Follow the System" after Dark found the dark palette and stayed dark.
    return _platform_look()[1].color(QPalette.ColorRole.Window).lightness() < 128


def effective_theme(choice: Theme) -> Theme:
    """The theme to draw: the user's choice, or the system's preference for SYSTEM."""
    if choice is not Theme.SYSTEM:
        return choice
    if system_prefers_high_contrast():
        return Theme.HIGH_CONTRAST
    return Theme.DARK if system_prefers_dark() else Theme.LIGHT


def _palette(theme: Theme) -> QPalette:
    role = QPalette.ColorRole
    if theme is Theme.HIGH_CONTRAST:
        base, text, highlight, link = "#000000", "#FFFFFF", "#FFFF00", "#00FFFF"
        colours = {role.Window: base, role.Base: base, role.AlternateBase: "#1A1A1A", role.Button: base,
                   role.ToolTipBase: base, role.PlaceholderText: "#CCCCCC", role.Mid: text, role.Dark: text}
    else:  # dark
        base, text, highlight, link = "#1E1E1E", "#E8E8E8", "#3D7FC1", "#7FB8F0"
        colours = {role.Window: "#2B2B2B", role.Base: base, role.AlternateBase: "#262626", role.Button: "#353535",
                   role.ToolTipBase: "#353535", role.PlaceholderText: "#9A9A9A", role.Mid: "#5A5A5A", role.Dark: "#151515"}
    colours.update({role.WindowText: text, role.Text: text, role.ButtonText: text, role.ToolTipText: text,
                    role.BrightText: "#FFFFFF", role.Highlight: highlight, role.Link: link,
                    role.HighlightedText: "#000000" if theme is Theme.HIGH_CONTRAST else "#FFFFFF"})
    palette = QPalette()
    for colour_role, colour in colours.items():
        palette.setColor(colour_role, QColor(colour))
    # Every text role of a disabled control greyed: ButtonText was left at the enabled white, so a disabled
    # button ("↑ Whole contest" at the whole contest) read 8.3:1 in dark and 21:1 in high contrast, as enabled.
    for text_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, text_role, QColor("#808080"))
    return palette


def findings_style(theme: Theme) -> str:
    """The audit box's colours for ``theme`` (a widget style sheet: an application-wide one
    would re-polish every widget on every change)."""
    background, text, border = _FINDINGS[theme]
    width = 2 if theme is Theme.HIGH_CONTRAST else 1
    return f"QLabel {{ background: {background}; color: {text}; border: {width}px solid {border}; border-radius: 4px; padding: 6px; }}"


# The platform's own style and palette, captured before electview changes either, so
# "Follow the System" can go back to them.
_platform: tuple[str, QPalette] | None = None


def _platform_look() -> tuple[str, QPalette]:
    global _platform
    if _platform is None:
        _platform = (QApplication.style().name(), QGuiApplication.palette())
    return _platform


class ThemeController(QObject):
    """Applies the chosen theme, offers View → Theme, and follows the system while on "System"."""

    def __init__(self, window: QWidget, settings: Settings, menu: QMenu | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        _platform_look()
        self.applied: Theme | None = None
        self.actions: dict[Theme, QAction] = {}
        if menu is not None:
            self.menu = QMenu(self.tr("&Theme"), window)
            group = QActionGroup(self)
            labels = {
                Theme.SYSTEM: self.tr("Follow the &System"),
                Theme.LIGHT: self.tr("&Light"),
                Theme.DARK: self.tr("&Dark"),
                Theme.HIGH_CONTRAST: self.tr("&High Contrast"),
            }
            for theme, label in labels.items():
                action = QAction(label, window)
                action.setCheckable(True)
                action.triggered.connect(lambda _checked=False, t=theme: self.choose(t))
                group.addAction(action)
                self.menu.addAction(action)
                self.actions[theme] = action
            menu.addMenu(self.menu)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_changed)
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None and hasattr(accessibility(), "contrastPreferenceChanged"):
            accessibility().contrastPreferenceChanged.connect(self._on_system_changed)
        self.apply()

    @property
    def choice(self) -> Theme:
        try:
            return Theme(self._settings.theme())
        except ValueError:
            return Theme.SYSTEM

    def choose(self, theme: Theme) -> None:
        self._settings.set_theme(theme.value)
        self.apply()

    def _on_system_changed(self, *args) -> None:
        if self.choice is Theme.SYSTEM:
            self.apply()

    def apply(self) -> None:
        """Set the palette and the style sheet for the effective theme."""
        choice = self.choice
        if choice in self.actions:
            self.actions[choice].setChecked(True)
        style_name, platform_palette = _platform_look()
        theme = effective_theme(choice)
        platform_is_dark = platform_palette.color(QPalette.ColorRole.Window).lightness() < 128
        if choice is Theme.SYSTEM and (theme is Theme.LIGHT) != platform_is_dark:
            # The platform already draws the scheme the desktop asks for: keep its look.
            style, palette = style_name, platform_palette
        elif theme is Theme.LIGHT:
            style, palette = "fusion", QStyleFactory.create("Fusion").standardPalette()
        else:
            # Fusion draws every control from the palette, so dark and high contrast reach all of them.
            style, palette = "fusion", _palette(theme)
        app = QApplication.instance()
        # Changing style or palette re-polishes every widget: only when something changes.
        if app.style().name().casefold() != style.casefold():
            app.setStyle(style)
        if app.palette() != palette:
            app.setPalette(palette)
            # Widgets hear of it by a posted event: deliver it now, or a window made and grabbed before the
            # event loop runs (--screenshot, a test) keeps the last theme's colours under the new legend.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange)
        for label in self._window.findChildren(QLabel, "auditFindings"):
            label.setStyleSheet(findings_style(theme))
        if self.applied is not theme:
            # A widget's style sheet resolves palette(...) and its text colour when first polished:
            # set again, the legend and the commentary cards take the new palette instead of
            # keeping light-theme colours (dark grey text on dark, white cards).
            for widget in self._window.findChildren(QWidget):
                if sheet := widget.styleSheet():
                    widget.setStyleSheet(sheet)
            # A chart view caches its background as a picture (pyqtgraph's CacheBackground): drawn again,
            # or the pie sits on the last theme's window colour (light grey in dark).
            for view in self._window.findChildren(QGraphicsView):
                view.resetCachedContent()
                view.viewport().update()
        self.applied = theme
