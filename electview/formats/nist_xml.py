"""NIST SP 1500-100 Election Results Reporting XML: V2 (either namespace), V1 and Google's civics feeds.

The XML is turned into the JSON shape (``@id``, ``@type``, lists) and read by the one reader
in :mod:`electview.formats._nist`. V1's ``*Collection`` wrappers are flattened and its
renamed elements (``BallotSelection``, ``ElectoralDistrictId``) mapped to V2's.
"""

from __future__ import annotations

from typing import Any

from pathlib import Path
from xml.etree.ElementTree import Element

from electview.core.errors import LoadError
from electview.core.model import ResultsDataset
from electview.formats import _xml
from electview.formats._nist import read_report

NAME = "NIST 1500-100 election results (XML, V1/V2)"
PATTERNS = ("*.xml",)
_RENAMED = {"BallotSelection": "ContestSelection", "ElectoralDistrictId": "ElectionDistrictId"}
_ID_ATTRIBUTES = {"ObjectId", "objectId"}


def sniff(head: bytes) -> bool:
    return _xml.root_name(head) == "ElectionReport"


def _convert(element: Element) -> object:
    """An element as JSON-shaped data: attributes and children as keys, every child key a list."""
    data: dict[str, Any] = {}
    for key, value in element.attrib.items():
        name = _xml.local(key)
        value = value.strip()  # xs:ID values are whitespace-collapsed (Cambridge has "prec-1-1 ")
        if name in _ID_ATTRIBUTES:
            data["@id"] = value
        elif name == "type" and key.startswith("{http://www.w3.org/2001/XMLSchema-instance}"):
            data["@type"] = value.rsplit(":", 1)[-1]
        elif name == "language":
            data["Language"] = value
        else:
            data[name] = value
    kids = list(element)
    if not kids:
        content = (element.text or "").strip()
        if not data:
            return content
        data["Content"] = content
        return data
    for kid in kids:
        name = _xml.local(kid.tag)
        if name.endswith("Collection") and len(kid):
            for item in kid:  # V1: <ContestCollection><Contest/>… → Contest: […]
                item_name = _RENAMED.get(_xml.local(item.tag), _xml.local(item.tag))
                data.setdefault(item_name, []).append(_convert(item))
            continue
        data.setdefault(_RENAMED.get(name, name), []).append(_convert(kid))
    return data


def _flatten_scalars(data: object) -> object:
    """Single-valued simple fields (``Status``, ``Count``…) as plain values, as in JSON."""
    if isinstance(data, list):
        return [_flatten_scalars(item) for item in data]
    if not isinstance(data, dict):
        return data
    out: dict[str, object] = {}
    for key, value in data.items():
        if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str):
            out[key] = value[0]
        else:
            out[key] = _flatten_scalars(value)
    return out


def load(path: str | Path) -> ResultsDataset:
    """Read a V1 or V2 XML results report."""
    root = _xml.parse(path)
    if _xml.local(root.tag) != "ElectionReport":
        raise LoadError(path, f"expected an ElectionReport root element, found <{_xml.local(root.tag)}>", "line 1")
    namespace = root.tag[1:].split("}", 1)[0] if root.tag.startswith("{") else ""
    version = "V1" if "V1" in namespace else ("V2" if namespace else "Google civics (no namespace)")
    report = _flatten_scalars(_convert(root))
    return read_report(report, str(path), f"NIST 1500-100 election results {version} (XML)")
