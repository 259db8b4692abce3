"""Safe XML reading for importers: defusedxml only, local names, errors that name file and line."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException

from electview.core.errors import LoadError

MAX_XML_BYTES = 512 * 1024 * 1024
_ROOT_TAG = re.compile(rb"<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)[\s>/]")


def local(tag: str) -> str:
    """``{namespace}Name`` or ``prefix:Name`` → ``Name``."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def root_name(head: bytes) -> str:
    """The local name of the first element in the first bytes of a file ('' if none)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text.startswith(b"<"):
        return ""
    # Skip the declaration, comments and processing instructions before the root element.
    position = 0
    while True:
        match = _ROOT_TAG.search(text, position)
        if match is None:
            return ""
        before = text[: match.start()]
        if before.count(b"<!--") > before.count(b"-->"):
            position = match.end()
            continue
        return match.group(2).decode("ascii", "replace")


def parse(path: str | Path) -> Element:
    """The root element of the XML file at ``path``; any failure is a LoadError with the line."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_XML_BYTES:
            raise LoadError(path, f"file is larger than {MAX_XML_BYTES // 2**20} MB")
        return safe_et.parse(path).getroot()
    except ParseError as error:
        line, column = error.position
        reason = re.sub(r":? line \d+, column \d+$", "", str(error))
        raise LoadError(path, f"not well-formed XML ({reason})", f"line {line}, column {column + 1}") from None
    except DefusedXmlException as error:
        raise LoadError(path, f"refused unsafe XML ({type(error).__name__})") from None
    except OSError as error:
        raise LoadError(path, error.strerror or str(error)) from None


def children(element: Element, name: str) -> list[Element]:
    """Direct children with local name ``name``."""
    return [child for child in element if local(child.tag) == name]


def child(element: Element, name: str) -> Element | None:
    for item in element:
        if local(item.tag) == name:
            return item
    return None


def descendants(element: Element, name: str) -> list[Element]:
    return [item for item in element.iter() if local(item.tag) == name]


def text(element: Element | None, name: str | None = None, default: str = "") -> str:
    """Stripped text of ``element`` (or of its child ``name``)."""
    if element is not None and name is not None:
        element = child(element, name)
    if element is None or element.text is None:
        return default
    return element.text.strip()


def attribute(element: Element, name: str, default: str = "") -> str:
    """An attribute by local name, whatever its namespace."""
    for key, value in element.attrib.items():
        if local(key) == name:
            return value
    return default


def path_of(element: Element, root: Element) -> str:
    """A readable place such as ``Contest[@key='10']/Choice[3]`` for error messages."""
    parents = {c: p for p in root.iter() for c in p}
    steps = []
    node: Element | None = element
    while node is not None and node is not root:
        parent = parents.get(node)
        name = local(node.tag)
        key = node.attrib.get("key") or node.attrib.get("ObjectId") or node.attrib.get("objectId") or node.attrib.get("Id")
        if key:
            steps.append(f"{name}[@id='{key}']")
        elif parent is not None:
            same = [c for c in parent if local(c.tag) == name]
            steps.append(f"{name}[{same.index(node) + 1}]" if len(same) > 1 else name)
        else:
            steps.append(name)
        node = parent
    return "/".join([local(root.tag), *reversed(steps)])
