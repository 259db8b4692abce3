"""WCAG contrast of what a widget drew: relative luminance and the lightest-to-darkest ratio of a grab."""

from PySide6.QtGui import QColor, QImage


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def ratio(first: QColor, second: QColor) -> float:
    """The contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def contrast(image: QImage, left: int = 0) -> float:
    """The contrast ratio between the lightest and darkest pixels right of ``left`` (text on its background)."""
    values = [luminance(image.pixelColor(x, y)) for y in range(image.height()) for x in range(left, image.width(), 2)]
    return (max(values) + 0.05) / (min(values) + 0.05)
