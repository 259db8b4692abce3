"""NIST SP 1500-100 Election Results Reporting V2, JSON serialisation (``"@type": "ElectionResults.ElectionReport"``)."""

from __future__ import annotations

from pathlib import Path

from electview.core.errors import LoadError
from electview.core.model import ResultsDataset
from electview.formats._json import read_json
from electview.formats._nist import read_report

NAME = "NIST 1500-100 election results V2 (JSON)"
PATTERNS = ("*.json",)
MAX_FILE_BYTES = 512 * 1024 * 1024


def sniff(head: bytes) -> bool:
    """JSON whose objects are typed ``ElectionResults.*`` (or a generic XML→JSON dump of an ElectionReport)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text.startswith(b"{"):
        return False
    return b'"ElectionResults.' in head or b"".join(text[:200].split()).startswith(b'{"ElectionReport"')


def load(path: str | Path) -> ResultsDataset:
    """Read a V2 JSON results report."""
    path = Path(path)
    data = read_json(path, MAX_FILE_BYTES)
    if isinstance(data, dict) and "ElectionReport" in data and "@type" not in data:
        raise LoadError(
            path,
            "this is a generic XML-to-JSON conversion of an ElectionReport, not NIST V2 JSON "
            '(objects need "@type"/"@id"); open the XML original instead',
            "top level",
        )
    if not isinstance(data, dict) or str(data.get("@type", "")).rsplit(".", 1)[-1] != "ElectionReport":
        raise LoadError(path, 'expected "@type": "ElectionResults.ElectionReport" at the top level', "@type")
    return read_report(data, str(path), NAME)
