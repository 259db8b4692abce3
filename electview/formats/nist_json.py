"""NIST SP 1500-100 Election Results Reporting V2, JSON serialisation (``"@type": "ElectionResults.ElectionReport"``)."""

from __future__ import annotations

import json
from pathlib import Path

from electview.core.errors import LoadError
from electview.core.model import ResultsDataset
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
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise LoadError(path, f"file is larger than {MAX_FILE_BYTES // 2**20} MB")
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as error:
        raise LoadError(path, error.strerror or str(error)) from None
    except UnicodeDecodeError as error:
        raise LoadError(path, "not UTF-8 text", f"byte {error.start}") from None
    except json.JSONDecodeError as error:
        raise LoadError(path, f"not valid JSON ({error.msg})", f"line {error.lineno}, column {error.colno}") from None
    except RecursionError:
        raise LoadError(path, "JSON nested too deeply") from None
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
