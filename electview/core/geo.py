"""Boundary layers without Qt: GeoJSON, TopoJSON and shapefiles read into flat numpy arrays, and projected.

A :class:`Layer` holds every vertex of every polygon in one ``(n, 2)`` float64 array.
``ring_offsets`` cuts it into rings and ``feature_rings`` groups rings into features, so a
layer of 3,000 counties is three arrays, not a Python object per vertex. Holes and the
parts of a multipolygon are just more rings of the feature: they are drawn with the
even-odd rule, which needs no ring orientation (files disagree on it).

Coordinates are lon/lat (WGS84) as read; :func:`project` turns them into planar x/y (north
up) with an Albers equal-area conic fitted to the layer, so areas compare fairly. A file
that is already projected (coordinates outside lon/lat ranges, as us-atlas's Albers files)
is kept as it is; pre-projected GeoJSON/TopoJSON are screen-oriented (y down), the
convention of the tools that make them, and are flipped to north up.

The readers take an optional ``progress(fraction)`` (0…1: bytes read, then arcs decoded and features
parsed), called about every hundredth of the work; like :func:`electview.core.integrity.check`'s, it
may raise to stop the reading: a LoadError (the window's LoadCancelled) passes through unchanged.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from electview.core.errors import LoadError
from electview.core.i18n import translate

#: Boundary files larger than this are refused before reading (a whole-world 10 m layer is ~25 MB).
MAX_BOUNDARY_BYTES = 256 * 1024 * 1024
#: Read in pieces of this size so the bytes read can be reported.
READ_CHUNK = 1024 * 1024
#: How far the whole read is once a JSON file's bytes are in and once they are parsed as JSON (decoding the
#: arcs and the features take the rest). The us-atlas counties (842 KB): read 1 ms, JSON 37 ms, the rest 137 ms.
BYTES_DONE, JSON_DONE = 0.05, 0.25

Progress = Callable[[float], None]


def _counted(items: Iterable[Any], count: int, progress: Progress | None, start: float = 0.0, end: float = 1.0) -> Iterator[Any]:
    """``items`` one by one, telling ``progress`` how far through ``start``…``end`` of the whole read about every hundredth."""
    if progress is None:
        yield from items
        return
    every = max(1, count // 100)
    for index, item in enumerate(items):
        if index % every == 0:
            progress(start + (end - start) * index / max(count, 1))
        yield item
    progress(end)


@dataclass(frozen=True)
class Layer:
    """Polygon features as flat arrays, with each feature's id, name and properties.

    ``coords`` is ``(n, 2)``: lon/lat until :func:`project`, planar x/y (north up) after it.
    Ring ``r`` is ``coords[ring_offsets[r]:ring_offsets[r + 1]]``; feature ``f`` has rings
    ``feature_rings[f]`` to ``feature_rings[f + 1]``. A feature with no geometry has no rings.
    """

    ids: tuple[str, ...]
    names: tuple[str, ...]
    properties: tuple[Mapping[str, Any], ...]
    coords: np.ndarray
    ring_offsets: np.ndarray
    feature_rings: np.ndarray
    projected: bool = False
    projection: str = ""
    source: str = ""

    def __len__(self) -> int:
        return len(self.ids)

    def rings_of(self, feature: int) -> Iterator[np.ndarray]:
        """The feature's rings, each an ``(m, 2)`` view of ``coords``."""
        for ring in range(int(self.feature_rings[feature]), int(self.feature_rings[feature + 1])):
            yield self.coords[self.ring_offsets[ring] : self.ring_offsets[ring + 1]]

    def feature_of_vertex(self) -> np.ndarray:
        """Per vertex, the index of its feature (for vectorised bounds and centroids)."""
        ring_of_vertex = np.repeat(np.arange(len(self.ring_offsets) - 1), np.diff(self.ring_offsets))
        feature_of_ring = np.repeat(np.arange(len(self)), np.diff(self.feature_rings))
        return feature_of_ring[ring_of_vertex]

    def bounds(self, features: np.ndarray | None = None) -> tuple[float, float, float, float] | None:
        """(min x, min y, max x, max y) of the given features (all by default); None when they have no vertices."""
        coords = self.coords
        if features is not None:
            keep = np.zeros(len(self), dtype=bool)
            keep[features] = True
            coords = coords[keep[self.feature_of_vertex()]]
        if not len(coords):
            return None
        low, high = coords.min(axis=0), coords.max(axis=0)
        return float(low[0]), float(low[1]), float(high[0]), float(high[1])

    def feature_bounds(self) -> np.ndarray:
        """``(features, 4)``: each feature's min x, min y, max x, max y (NaN for a feature without geometry)."""
        out = np.full((len(self), 4), np.nan)
        if not len(self.coords):
            return out
        owner = self.feature_of_vertex()
        for column, (axis, reduce) in enumerate(((0, np.minimum), (1, np.minimum), (0, np.maximum), (1, np.maximum))):
            values = np.full(len(self), np.inf if reduce is np.minimum else -np.inf)
            reduce.at(values, owner, self.coords[:, axis])
            out[:, column] = values
        out[~np.isfinite(out)] = np.nan
        return out

    def names_of(self, feature: int) -> list[str]:
        """Every name the feature carries: ``name`` first, then other ``*name*`` properties (lists included)."""
        names = [self.names[feature]] if self.names[feature] else []
        for key, value in self.properties[feature].items():
            if "name" not in key.casefold():
                continue
            for text in value if isinstance(value, list) else [value]:
                if isinstance(text, str) and text.strip() and text.strip() not in names:
                    names.append(text.strip())
        return names

    def codes_of(self, feature: int) -> dict[str, str]:
        """The feature's code-like fields: ``id`` and every short text property that isn't a name."""
        codes = {"id": self.ids[feature]} if self.ids[feature] else {}
        for key, value in self.properties[feature].items():
            if isinstance(value, str) and 0 < len(value.strip()) <= 24 and "name" not in key.casefold():
                codes[key] = value.strip()
        return codes

    def subset(self, features: np.ndarray) -> Layer:
        """Only the given features, in that order."""
        features = np.asarray(features, dtype=np.int64)
        rings = [np.arange(self.feature_rings[f], self.feature_rings[f + 1]) for f in features]
        ring_index = np.concatenate(rings) if rings else np.zeros(0, dtype=np.int64)
        lengths = np.diff(self.ring_offsets)[ring_index]
        starts = self.ring_offsets[ring_index]
        vertex = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths) + np.arange(lengths.sum())
        return replace(
            self,
            ids=tuple(self.ids[f] for f in features),
            names=tuple(self.names[f] for f in features),
            properties=tuple(self.properties[f] for f in features),
            coords=self.coords[vertex] if len(vertex) else np.zeros((0, 2)),
            ring_offsets=np.concatenate(([0], np.cumsum(lengths))).astype(np.int64),
            feature_rings=np.concatenate(([0], np.cumsum([len(r) for r in rings]))).astype(np.int64),
        )


@dataclass
class _Builder:
    """Collects rings feature by feature, then packs them into a :class:`Layer`."""

    ids: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    properties: list[Mapping[str, Any]] = field(default_factory=list)
    rings: list[np.ndarray] = field(default_factory=list)
    feature_rings: list[int] = field(default_factory=lambda: [0])

    def add(self, feature_id: Any, properties: Mapping[str, Any] | None, rings: Iterable[np.ndarray]) -> None:
        properties = dict(properties or {})
        self.ids.append("" if feature_id is None else str(feature_id))
        self.names.append(_name_in(properties))
        self.properties.append(properties)
        for ring in rings:
            if len(ring) >= 3:
                self.rings.append(ring)
        self.feature_rings.append(len(self.rings))

    def layer(self, source: str, projected: bool | None = None, y_down: bool = True) -> Layer:
        coords = np.concatenate(self.rings) if self.rings else np.zeros((0, 2))
        coords = np.asarray(coords, dtype=np.float64).reshape(-1, 2)
        if not np.isfinite(coords).all():
            raise ValueError(translate("geo", "a coordinate is not a finite number"))
        offsets = np.concatenate(([0], np.cumsum([len(r) for r in self.rings]))).astype(np.int64)
        if projected is None:
            projected = bool(len(coords)) and bool((np.abs(coords[:, 0]) > 360).any() or (np.abs(coords[:, 1]) > 90).any())
        if projected and y_down:
            coords = coords * np.array([1.0, -1.0])
        return Layer(
            ids=tuple(self.ids),
            names=tuple(self.names),
            properties=tuple(self.properties),
            coords=coords,
            ring_offsets=offsets,
            feature_rings=np.asarray(self.feature_rings, dtype=np.int64),
            projected=projected,
            projection=translate("geo", "as projected in the file") if projected else "",
            source=source,
        )


def _name_in(properties: Mapping[str, Any]) -> str:
    """The feature's display name: ``name``, else ``name_en``, else the first ``*name*`` text property."""
    keys = sorted(properties, key=lambda key: (key.casefold() != "name", key.casefold() != "name_en", key))
    for key in keys:
        value = properties[key]
        if "name" in key.casefold() and isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _ring(points: Any) -> np.ndarray:
    array = np.asarray(points, dtype=np.float64)
    if array.ndim != 2 or array.shape[1] < 2:
        raise ValueError(translate("geo", "a ring is not a list of positions"))
    return array[:, :2]


def _geojson_rings(geometry: Mapping[str, Any] | None) -> Iterator[np.ndarray]:
    if not geometry:
        return
    kind = geometry.get("type")
    if kind == "Polygon":
        yield from (_ring(ring) for ring in geometry["coordinates"])
    elif kind == "MultiPolygon":
        for polygon in geometry["coordinates"]:
            yield from (_ring(ring) for ring in polygon)
    elif kind == "GeometryCollection":
        for part in geometry.get("geometries", ()):
            yield from _geojson_rings(part)
    # Points and lines are no areas to colour: skipped.


def read_geojson(data: Mapping[str, Any], source: str = "", progress: Progress | None = None, start: float = 0.0) -> Layer:
    """A GeoJSON FeatureCollection (or one Feature) as a layer; ``progress`` from ``start`` to 1 as features are parsed."""
    features = data["features"] if data.get("type") == "FeatureCollection" else [data]
    builder = _Builder()
    for feature in _counted(features, len(features), progress, start):
        properties = feature.get("properties") or {}
        builder.add(feature.get("id", properties.get("id")), properties, _geojson_rings(feature.get("geometry")))
    return builder.layer(source)


def _decoded_arcs(topology: Mapping[str, Any], progress: Progress | None = None, start: float = 0.0, end: float = 1.0) -> list[np.ndarray]:
    """Each arc's positions, with the quantization transform undone (delta-decoded)."""
    transform = topology.get("transform")
    arcs = []
    for arc in _counted(topology["arcs"], len(topology["arcs"]), progress, start, end):
        points = np.asarray(arc, dtype=np.float64).reshape(-1, np.shape(arc[0])[0] if arc else 2)[:, :2]
        if transform:
            points = np.cumsum(points, axis=0) * np.asarray(transform["scale"], dtype=np.float64) + np.asarray(
                transform["translate"], dtype=np.float64
            )
        arcs.append(points)
    return arcs


def _topo_ring(arcs: list[np.ndarray], indices: list[int]) -> np.ndarray:
    parts: list[np.ndarray] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        parts.append(arc if not parts else arc[1:])  # consecutive arcs share their end point
    return np.concatenate(parts) if parts else np.zeros((0, 2))


def _topo_rings(arcs: list[np.ndarray], geometry: Mapping[str, Any]) -> Iterator[np.ndarray]:
    kind = geometry.get("type")
    if kind == "Polygon":
        yield from (_topo_ring(arcs, ring) for ring in geometry["arcs"])
    elif kind == "MultiPolygon":
        for polygon in geometry["arcs"]:
            yield from (_topo_ring(arcs, ring) for ring in polygon)


def _topo_features(geometry: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    if geometry.get("type") == "GeometryCollection":
        for part in geometry.get("geometries", ()):
            yield from _topo_features(part)
    else:
        yield geometry


def read_topojson(
    topology: Mapping[str, Any], object_name: str | None = None, source: str = "", progress: Progress | None = None, start: float = 0.0
) -> Layer:
    """One object of a TopoJSON topology as a layer: ``object_name``, else the one with the most features;
    ``progress`` from ``start`` to 1 as arcs are decoded (to halfway) and features parsed."""
    objects = topology.get("objects") or {}
    if not objects:
        raise ValueError(translate("geo", "the topology has no objects"))
    if object_name is None:
        object_name = max(objects, key=lambda name: sum(1 for _ in _topo_features(objects[name])))
    elif object_name not in objects:
        raise ValueError(translate("geo", "the topology has no object {0}").format(object_name))
    middle = (start + 1.0) / 2  # the arcs, then the features: about as long each
    arcs = _decoded_arcs(topology, progress, start, middle)
    geometries = list(_topo_features(objects[object_name]))
    builder = _Builder()
    for geometry in _counted(geometries, len(geometries), progress, middle):
        properties = geometry.get("properties") or {}
        builder.add(geometry.get("id", properties.get("id")), properties, _topo_rings(arcs, geometry))
    return builder.layer(source)


def read_shapefile(path: Path, progress: Progress | None = None) -> Layer:
    """An ESRI shapefile (``.shp`` with its ``.dbf``) through pyshp; coordinates as stored (lon/lat unless projected);
    ``progress`` as its records are read."""
    import shapefile  # pyshp: imported here so the JSON readers don't need it

    builder = _Builder()
    dbf = path.with_suffix(".dbf")
    if not dbf.is_file():
        raise ValueError(translate("geo", "the shapefile's .dbf table (the regions' names and codes) is missing"))
    # Our own file objects: pyshp leaves files it opens itself for the garbage collector to close.
    with path.open("rb") as shp, dbf.open("rb") as table, shapefile.Reader(shp=shp, dbf=table) as reader:
        fields = [f[0] for f in reader.fields[1:]]
        for record in _counted(reader.iterShapeRecords(), len(reader), progress):
            shape = record.shape
            points = np.asarray(shape.points, dtype=np.float64).reshape(-1, 2)
            cuts = list(shape.parts) + [len(points)]
            rings = [points[a:b] for a, b in zip(cuts[:-1], cuts[1:], strict=True)] if shape.shapeType in (5, 15, 25) else []
            properties = {name: value for name, value in zip(fields, record.record, strict=False)}
            feature_id = next((str(v) for k, v in properties.items() if k.casefold() in ("id", "geoid", "code")), "")
            builder.add(feature_id, properties, rings)
    return builder.layer(str(path), y_down=False)


def _read_bytes(path: Path, size: int, progress: Progress | None) -> bytes:
    """The file's bytes, read in :data:`READ_CHUNK` pieces with their share of :data:`BYTES_DONE` reported."""
    if progress is None:
        return path.read_bytes()
    pieces = []
    done = 0
    with path.open("rb") as handle:
        while piece := handle.read(READ_CHUNK):
            pieces.append(piece)
            done += len(piece)
            progress(BYTES_DONE * min(done / max(size, 1), 1.0))
    return b"".join(pieces)


def read_boundaries(path: str | Path, object_name: str | None = None, progress: Progress | None = None) -> Layer:
    """A boundary file by its content: TopoJSON, GeoJSON, or a shapefile (``.shp``). Raises LoadError, or what
    ``progress`` raises to stop it."""
    path = Path(path)
    try:
        if not path.is_file():
            raise ValueError(translate("geo", "not a file"))
        size = path.stat().st_size
        if size > MAX_BOUNDARY_BYTES:
            raise ValueError(translate("geo", "larger than {0} MB").format(MAX_BOUNDARY_BYTES // (1024 * 1024)))
        with path.open("rb") as handle:
            head = handle.read(4)
        if head[:4] == b"\x00\x00\x27\x0a":  # the shapefile magic number 9994
            try:
                return read_shapefile(path, progress)
            except (ValueError, ImportError, LoadError):
                raise
            except Exception as error:  # pyshp's own exceptions for a damaged file
                raise ValueError(str(error) or type(error).__name__) from error
        data = json.loads(_read_bytes(path, size, progress).decode("utf-8-sig"))
        if progress is not None:
            progress(JSON_DONE)
        if not isinstance(data, dict):
            raise ValueError(translate("geo", "not a GeoJSON or TopoJSON object"))
        if data.get("type") == "Topology":
            return read_topojson(data, object_name, source=str(path), progress=progress, start=JSON_DONE)
        if data.get("type") in ("FeatureCollection", "Feature"):
            return read_geojson(data, source=str(path), progress=progress, start=JSON_DONE)
        raise ValueError(translate("geo", "not a GeoJSON or TopoJSON object"))
    except LoadError:
        raise
    except (OSError, ValueError, KeyError, TypeError, IndexError) as error:
        raise LoadError(str(path), str(error) or type(error).__name__, "") from error
    except ImportError as error:
        raise LoadError(str(path), translate("geo", "reading shapefiles needs the pyshp package"), "") from error


def _unwrapped_longitudes(lon: np.ndarray) -> np.ndarray:
    """Longitudes shifted across the antimeridian when that makes the layer narrower (Chukotka, the Aleutians)."""
    if len(lon) and lon.max() - lon.min() > 180:
        shifted = np.where(lon < 0, lon + 360.0, lon)
        if shifted.max() - shifted.min() < lon.max() - lon.min():
            return shifted
    return lon


def project(layer: Layer, features: np.ndarray | None = None) -> Layer:
    """The layer in an Albers equal-area conic fitted to ``features`` (all by default): x/y in km, north up.

    The standard parallels sit at 1/6 and 5/6 of the latitude span (the usual rule for a
    country), the central meridian at the middle longitude. A projected layer is returned as is.
    """
    if layer.projected or not len(layer.coords):
        return layer
    lon = _unwrapped_longitudes(layer.coords[:, 0])
    lat = layer.coords[:, 1]
    chosen = np.ones(len(lon), dtype=bool)
    if features is not None and len(features):
        keep = np.zeros(len(layer), dtype=bool)
        keep[features] = True
        chosen = keep[layer.feature_of_vertex()]
    lat_low, lat_high = float(lat[chosen].min()), float(lat[chosen].max())
    lon_mid = float((lon[chosen].min() + lon[chosen].max()) / 2)
    span = lat_high - lat_low
    phi1, phi2 = math.radians(lat_low + span / 6), math.radians(lat_high - span / 6)
    if abs(phi1 + phi2) < 1e-6:  # straddling the equator symmetrically: a cone can't be fitted; fall back to cylindrical
        phi1, phi2 = math.radians(max(lat_high, 1.0)), math.radians(max(lat_high, 1.0))
    n = (math.sin(phi1) + math.sin(phi2)) / 2
    c = math.cos(phi1) ** 2 + 2 * n * math.sin(phi1)
    earth_km = 6371.0
    phi0 = math.radians((lat_low + lat_high) / 2)
    rho0 = math.sqrt(max(c - 2 * n * math.sin(phi0), 0.0)) / n
    theta = n * np.radians(lon - lon_mid)
    rho = np.sqrt(np.maximum(c - 2 * n * np.sin(np.radians(lat)), 0.0)) / n
    x = earth_km * rho * np.sin(theta)
    y = earth_km * (rho0 - rho * np.cos(theta))
    name = translate("geo", "Albers equal-area, standard parallels {0}° and {1}°, central meridian {2}°").format(
        round(math.degrees(phi1), 1), round(math.degrees(phi2), 1), round(lon_mid, 1)
    )
    return replace(layer, coords=np.column_stack((x, y)), projected=True, projection=name)


def ring_area(ring: np.ndarray) -> float:
    """The planar area of one ring (shoelace; positive for counter-clockwise)."""
    x, y = ring[:, 0], ring[:, 1]
    return float(0.5 * (np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def _contains(ring: np.ndarray, point: np.ndarray) -> bool:
    """Whether ``point`` lies inside ``ring`` (ray casting, vectorised over the ring's edges)."""
    x, y = ring[:, 0], ring[:, 1]
    x2, y2 = np.roll(x, -1), np.roll(y, -1)
    crosses = (y > point[1]) != (y2 > point[1])
    with np.errstate(divide="ignore", invalid="ignore"):
        at = (x2 - x) * (point[1] - y) / (y2 - y) + x
    return bool(np.count_nonzero(crosses & (point[0] < at)) % 2)


def feature_at(layer: Layer, x: float, y: float, features: np.ndarray | None = None) -> int | None:
    """The feature whose polygons contain (x, y) under the even-odd rule, among ``features``; None outside all."""
    candidates = np.arange(len(layer)) if features is None else np.asarray(features)
    bounds = layer.feature_bounds()[candidates]
    with np.errstate(invalid="ignore"):
        near = candidates[(bounds[:, 0] <= x) & (bounds[:, 2] >= x) & (bounds[:, 1] <= y) & (bounds[:, 3] >= y)]
    point = np.array([x, y])
    for feature in near:
        inside = sum(_contains(ring, point) for ring in layer.rings_of(int(feature)))
        if inside % 2:
            return int(feature)
    return None
