"""Read back the PDFs electview writes: text per page, page sizes, rasterised pages (pypdfium2)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw


def page_texts(path: str | Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for index in range(len(pdf)):
            page = pdf[index]
            text_page = page.get_textpage()
            texts.append(text_page.get_text_range().replace("\r\n", "\n"))
            text_page.close()
            page.close()
        return texts
    finally:
        pdf.close()


def page_size(path: str | Path, index: int = 0) -> tuple[float, float]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[index]
        size = page.get_size()
        page.close()
        return size
    finally:
        pdf.close()


def image_object_count(path: str | Path, index: int = 0) -> int:
    """Raster images on a page (the report draws its pie as paths, so there should be none)."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[index]
        count = len(list(page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_IMAGE])))
        page.close()
        return count
    finally:
        pdf.close()


def render_rgb(path: str | Path, index: int = 0, scale: float = 1.0) -> np.ndarray:
    """Page ``index`` as an RGB array (one pixel per point at scale 1)."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[index]
        bitmap = page.render(scale=scale)
        pixels = bitmap.to_numpy()[:, :, [2, 1, 0]].copy()  # BGR → RGB
        bitmap.close()
        page.close()
        return pixels
    finally:
        pdf.close()


def pixels_near(pixels: np.ndarray, colour: str, tolerance: int = 24) -> int:
    """How many pixels are within ``tolerance`` of ``colour`` ("#rrggbb") in every channel."""
    target = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(pixels.astype(int) - target) <= tolerance).all(axis=2).sum())
