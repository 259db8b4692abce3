"""Safe XML reading for importers: defusedxml only, local names, errors that name file and line."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from electview.core.errors import LoadError
from electview.formats import guard

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


class _TooDeep(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


class _DepthLimitedBuilder(TreeBuilder):
    """Builds the tree but refuses elements nested deeper than ``max_depth``, so importers that
    walk it recursively never meet RecursionError."""

    def __init__(self, max_depth: int) -> None:
        super().__init__()
        self.max_depth = max_depth
        self.depth = 0
        self.parser: DefusedXMLParser | None = None

    def start(self, tag, attrs):
        self.depth += 1
        if self.depth > self.max_depth:
            raise _TooDeep(self.parser.parser.CurrentLineNumber if self.parser else 0)
        return super().start(tag, attrs)

    def end(self, tag):
        self.depth -= 1
        return super().end(tag)


def _refusal(error: DefusedXmlException) -> str:
    if isinstance(error, EntitiesForbidden):
        return "refused unsafe XML: it declares entities, which electview never expands (they can exhaust memory)"
    if isinstance(error, ExternalReferenceForbidden):
        return "refused unsafe XML: it refers to an external resource, which electview never fetches"
    if isinstance(error, DTDForbidden):
        return "refused unsafe XML: it has a document type declaration, which electview does not read"
    return f"refused unsafe XML ({type(error).__name__})"


def parse_bytes(data: bytes, path: str | Path, max_depth: int = guard.MAX_XML_DEPTH) -> Element:
    """The root element of ``data`` (the content of ``path``), or a LoadError naming the line.

    defusedxml refuses entity declarations (billion laughs, quadratic blowup) and external
    entities or DTDs (XXE, fetches) the moment the parser meets them, so the answer is immediate.
    """
    builder = _DepthLimitedBuilder(max_depth)
    parser = DefusedXMLParser(target=builder, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    builder.parser = parser
    try:
        parser.feed(data)
        return parser.close()
    except ParseError as error:
        line, column = error.position
        reason = re.sub(r":? line \d+, column \d+$", "", str(error))
        # expat says "not well-formed (invalid token)"; the message already says not well-formed.
        reason = reason.removeprefix("not well-formed").strip().strip("()") or "invalid token"
        raise LoadError(path, f"not well-formed XML ({reason})", f"line {line}, column {column + 1}") from None
    except DefusedXmlException as error:
        raise LoadError(path, _refusal(error), f"line {parser.parser.CurrentLineNumber}") from None
    except LookupError as error:  # expat met an encoding="…" that Python doesn't know
        raise LoadError(path, f"declares a text encoding electview doesn't know ({error})", "line 1") from None
    except ValueError as error:  # expat can't read stateful or multi-byte ones (UTF-7, Shift_JIS); found by fuzzing
        raise LoadError(path, f"declares a text encoding the XML reader can't read ({error})", "line 1") from None
    except _TooDeep as error:
        raise LoadError(path, f"XML nested more than {max_depth} levels deep", f"line {error.line}") from None


def parse(path: str | Path, max_bytes: int = MAX_XML_BYTES) -> Element:
    """The root element of the XML file at ``path``; any failure is a LoadError with the line."""
    return parse_bytes(guard.read_bytes(path, max_bytes), path)


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
