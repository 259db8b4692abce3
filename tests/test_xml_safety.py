"""XML parsing refuses entity bombs, external entities and DTD fetches at once, and bounds nesting."""

import socket

import pytest

from electview.core.errors import LoadError
from electview.formats._xml import parse as parse_xml
from electview.formats._xml import parse_bytes as parse_xml_bytes
from hostile_support import BAD_DIR, finish_within

# finish_within's generous hang guard is far above this; the bombs below are refused while
# the parser reads their declarations, long before anything could expand.
ONE_SECOND = 1.0


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("billion-laughs.xml", "line 3: refused unsafe XML: it declares entities, which electview never expands"),
        ("quadratic-blowup.xml", "line 2: refused unsafe XML: it declares entities"),
        ("xxe-local-file.xml", "line 2: refused unsafe XML: it declares entities"),
        ("xxe-network.xml", "line 2: refused unsafe XML: it declares entities"),
        ("parameter-entity.xml", "line 2: refused unsafe XML: it declares entities"),
        ("external-dtd.xml", "not well-formed XML (undefined entity"),
        ("deep.xml", "XML nested more than 200 levels deep"),
        ("malformed.xml", "line 2, column 45: not well-formed XML (mismatched tag)"),
        ("truncated.xml", "line 2, column 83: not well-formed XML (no element found)"),
        ("wrong-encoding.xml", "not well-formed XML (invalid token)"),
        ("unknown-encoding.xml", "line 1: declares a text encoding electview doesn't know (unknown encoding: x-no-such-charset)"),
        ("xml-declaration-only.xml", "not well-formed XML (no element found)"),
    ],
)
def test_hostile_xml_is_refused_with_its_line(name, expected):
    with pytest.raises(LoadError) as caught:
        finish_within(parse_xml, BAD_DIR / name, seconds=ONE_SECOND)
    assert caught.value.message.startswith(f"{name}: ")
    assert expected in caught.value.message


def test_nothing_is_fetched(monkeypatch):
    """No socket is opened and no local file is read for entities or DTDs."""

    def no_network(*_args, **_kwargs):
        raise AssertionError("the XML parser tried to open a connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    for name in ("xxe-network.xml", "external-dtd.xml", "parameter-entity.xml", "xxe-local-file.xml"):
        with pytest.raises(LoadError) as caught:
            parse_xml(BAD_DIR / name)
        assert "root:" not in caught.value.message  # /etc/passwd's first line never shows


def test_xinclude_is_left_as_an_element():
    root = parse_xml(BAD_DIR / "xinclude.xml")
    assert [child.tag for child in root] == ["{http://www.w3.org/2001/XInclude}include"]
    assert not (root[0].text or "")


def test_plain_document_type_without_entities_is_fine():
    root = parse_xml_bytes(b'<?xml version="1.0"?><!DOCTYPE r SYSTEM "http://127.0.0.1:9/r.dtd"><r a="1">x</r>', "r.xml")
    assert (root.tag, root.get("a"), root.text) == ("r", "1", "x")


def test_depth_at_limit_parses(tmp_path):
    depth = 200
    path = tmp_path / "deep-ok.xml"
    path.write_bytes(b"<a>" * depth + b"</a>" * depth)
    node = parse_xml(path)
    for _ in range(depth - 1):
        node = node[0]
    assert node.tag == "a" and len(node) == 0


def test_size_limit(tmp_path):
    path = tmp_path / "big.xml"
    path.write_bytes(b"<r>" + b"x" * 5000 + b"</r>")
    with pytest.raises(LoadError, match="more than the"):
        parse_xml(path, max_bytes=1000)


def test_long_text_parses_within_size_limit(tmp_path):
    path = tmp_path / "long.xml"
    path.write_bytes(b"<r>" + b"y" * 5 * 2**20 + b"</r>")
    assert len(parse_xml(path).text) == 5 * 2**20
