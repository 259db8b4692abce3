"""What the boundary readers' tests share: a shapefile written with pyshp from polygons and their records."""

from __future__ import annotations

from pathlib import Path


def write_shapefile(path: Path, fields: list[tuple[str, int]], shapes: list[tuple[list, tuple]]) -> Path:
    """``path`` (.shp) with its .shx and .dbf: text ``fields`` (name, size), each shape its rings and its record."""
    import shapefile

    # pyshp's Writer leaves files it opened itself unclosed (a ResourceWarning): give it ours.
    with (
        path.open("wb") as shp,
        path.with_suffix(".shx").open("wb") as shx,
        path.with_suffix(".dbf").open("wb") as dbf,
        shapefile.Writer(shp=shp, shx=shx, dbf=dbf, shapeType=shapefile.POLYGON) as writer,
    ):
        for name, size in fields:
            writer.field(name, "C", size=size)
        for rings, record in shapes:
            writer.poly(rings)
            writer.record(*record)
    return path
