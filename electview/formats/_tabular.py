"""Reading delimited text as people save it: encoding, delimiter, header row and number style sniffed from content.

Encodings: UTF-8 (with or without BOM), UTF-16 (BOM, or none with the NUL pattern), else
Windows-1251 or Windows-1252 told apart by how the high bytes cluster (Cyrillic words are
runs of them, accented Latin letters are isolated). Numbers: thousands separators (comma,
dot, space, non-breaking and narrow spaces, apostrophe) and decimal commas are worked out
per column, because "1,176" is a thousand-odd votes but "12,5" is twelve and a half percent.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from electview.core.errors import LoadError

MAX_TABLE_BYTES = 256 * 1024 * 1024
DELIMITERS = ("\t", ";", ",", "|")
MISSING = {"", "NA", "N/A", "NAN", "NULL", "NONE", "-", "—", "–", "X"}
_SPACES = "\u00a0\u202f\u2009 '’"
_DOT_GROUPS = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+$")
_COMMA_GROUPS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+$")
_THREE_AFTER = re.compile(r"[.,]\d{3}$")
_PLAIN = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


CSV_LIMIT_WORDS = f"a cell runs on for more than {csv.field_size_limit():,} characters (a quote that is never closed?)"


def decode(raw: bytes, path: str | Path = "") -> tuple[str, str]:
    """(text, encoding name) for the bytes of a text file."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return _decode(raw[3:], "utf-8", path), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(raw, "utf-16", path), "utf-16"
    sample = raw[:4096]
    if len(sample) >= 4 and sample.count(0) >= len(sample) // 4:
        # UTF-16 without a BOM: ASCII characters leave a NUL on one side.
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        return _decode(raw, "utf-16-be" if even_nuls > odd_nuls else "utf-16-le", path), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = "cp1251" if _looks_cyrillic(raw) else _latin_code_page(raw)
    return _decode(raw, encoding, path), encoding


# Windows-1250 (Czech, Polish, Slovak, Hungarian…) letters that Windows-1252 shows as symbols or can't show
# at all, and ř ě ů, which it shows as ø ì ù; inside a word they mean the file is Central European.
_CENTRAL_ONLY = re.compile(rb"[\x8d\x8f\x9d\x9f]|(?<=[A-Za-z\xc0-\xff])[\xb9\xb3\xbe\xa5\xa3\x9c\xf8\xec\xf9](?=[A-Za-z\xc0-\xff])")
# Western letters with no Central European twin in common use (Danish å æ), inside a word.
_WESTERN_ONLY = re.compile(rb"(?<=[A-Za-z])[\xe5\xe6\xc5\xc6](?=[A-Za-z])")


def _latin_code_page(raw: bytes) -> str:
    """Windows-1252 unless the high bytes sit in words the way Windows-1250 letters do (č, ř, ł, ą…)."""
    sample = raw[:262144]
    central = len(_CENTRAL_ONLY.findall(sample))
    return "cp1250" if central >= 2 and central > len(_WESTERN_ONLY.findall(sample)) else "cp1252"


def _decode(raw: bytes, encoding: str, path: str | Path) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise LoadError(path, f"not readable as {encoding} text", f"byte {error.start}") from None


def _looks_cyrillic(raw: bytes) -> bool:
    """Windows-1251 or Windows-1252? Cyrillic words are runs of high bytes; Latin accents sit among ASCII letters."""
    cyrillic = latin = 0
    for run in re.finditer(rb"[\xa8\xb8\xc0-\xff]+", raw[:65536]):
        before = raw[run.start() - 1 : run.start()]
        after = raw[run.end() : run.end() + 1]
        beside_ascii_letter = any(b.isalpha() for b in (before, after) if b)
        if len(run.group()) >= 3 or not beside_ascii_letter:
            cyrillic += len(run.group())
        else:
            latin += len(run.group())
    return cyrillic > latin


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most consistent number of fields (> 1)."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = ",", 0.0
    for delimiter in DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:  # an unclosed quote swallowing the lines after it past csv's field limit
            continue  # not this delimiter; reading the table then names the line
        if not counts:
            continue
        width, seen = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        score = seen / len(counts) * min(width, 8)
        if score > best_score + 1e-9:
            best, best_score = delimiter, score
    return best


@dataclass
class Table:
    """A delimited file's header and rows as text, with the line each row starts on."""

    path: str
    encoding: str
    delimiter: str
    header: list[str]
    rows: list[list[str]]
    lines: list[int]
    header_line: int
    preamble: list[list[str]] = field(default_factory=list)  # rows before the header (titles, metadata)

    def place(self, row_index: int) -> str:
        return f"line {self.lines[row_index]}"

    def column(self, index: int) -> list[str]:
        return [row[index] if index < len(row) else "" for row in self.rows]


def normalise_header(text: str) -> str:
    """Header cell for matching: case-folded, spaces collapsed, BOM and quotes stripped."""
    return re.sub(r"\s+", " ", text.replace("\ufeff", "").strip().strip('"').casefold())


def read_text(path: str | Path) -> tuple[str, str]:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_TABLE_BYTES:
            raise LoadError(path, f"file is larger than {MAX_TABLE_BYTES // 2**20} MB; big precinct files go through the bulk loader")
        raw = path.read_bytes()
    except OSError as error:
        raise LoadError(path, error.strerror or str(error)) from None
    return decode(raw, path)


def head_text(head: bytes) -> str:
    """The first bytes of a file as text, for sniffing (a cut multi-byte character is dropped)."""
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:].decode("utf-8", "ignore")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head[: len(head) // 2 * 2].decode("utf-16", "ignore")
    sample = head[:4096]
    if len(sample) >= 4 and sample.count(0) >= len(sample) // 4:
        encoding = "utf-16-be" if sample[0::2].count(0) > sample[1::2].count(0) else "utf-16-le"
        return head[: len(head) // 2 * 2].decode(encoding, "ignore")
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start > len(head) - 4:
            return head[: error.start].decode("utf-8")
    # "replace": cp1252 leaves five bytes undefined, and a sniffer must answer, never raise.
    return head.decode("cp1251" if _looks_cyrillic(head) else "cp1252", "replace")


#: Lines a sniffer looks at to judge whether text is a table at all.
_JUDGED_LINES = 200
#: Five words or more in a row: a phrase or sentence, not a name, a code or a figure.
_WORD_RUN = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){4,}")


def plainly_not_a_table(text: str) -> bool:
    """Whether ``text`` is plainly not a table of results: prose, notes, a README.

    A results table has a column of figures, and its rows split into the same number of fields.
    Text with no column of figures is plainly not one when fewer than half its lines split into
    its commonest width (of two or more fields), or when most of those fields are runs of words:
    a README's sentences split at their commas into rows of every width, or of one width but
    all words. A real table with a preamble, a total row or ragged blocks still has its votes.
    """
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 2:
        lines = lines[:-1]  # the last line may be cut short
    lines = lines[:_JUDGED_LINES]
    if not lines:
        return False
    try:
        rows = list(csv.reader(lines, delimiter=sniff_delimiter("\n".join(lines))))
    except csv.Error:
        return False  # a damaged quote: the table reader names its line
    widths = Counter(len(row) for row in rows if len(row) >= 2)
    if not widths:
        return True  # not one line splits into fields
    width, count = widths.most_common(1)[0]
    table = [row for row in rows if len(row) == width]
    if any(sum(_numeric_like(row[column]) for row in table) * 2 > len(table) for column in range(width)):
        return False
    if count * 2 < len(rows):
        return True
    cells = [cell for row in table[1:] for cell in row if cell.strip()]  # past the header
    return sum(bool(_WORD_RUN.search(cell)) for cell in cells) * 2 > len(cells)


def first_row(head: bytes) -> list[str]:
    """The header row in a file's first bytes, cells normalised (for sniffing CSV dialects)."""
    text = head_text(head)
    lines = text.splitlines()
    if len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut short
    delimiter = sniff_delimiter("\n".join(lines[:20]))
    for row in csv.reader(lines[:1], delimiter=delimiter):
        return [normalise_header(cell) for cell in row]
    return []


def read_table(path: str | Path, header_row: int | None = None, is_header=None) -> Table:
    """Read the file; the header is row ``header_row`` or the first row ``is_header(cells)`` accepts.

    Without either, the header is the first row as wide as most rows whose cells are mostly text.
    """
    text, encoding = read_text(path)
    delimiter = sniff_delimiter(text)
    rows, lines = split_rows(text, delimiter, path)
    width = Counter(len(r) for r in rows if any(c.strip() for c in r)).most_common(1)
    if not width:
        raise LoadError(path, "the file has no rows")
    common_width = width[0][0]
    if header_row is None:
        header_row = _find_header(rows, common_width, is_header)
    if header_row is None:
        raise LoadError(path, "no header row found", "line 1")
    header = [cell.replace("\ufeff", "").strip() for cell in rows[header_row]]
    body, body_lines = [], []
    for row, line in zip(rows[header_row + 1 :], lines[header_row + 1 :], strict=True):
        if any(cell.strip() for cell in row):
            # Short rows (a cut line, a damaged file) read as blank cells, never an IndexError.
            body.append(row + [""] * (len(header) - len(row)))
            body_lines.append(line)
    return Table(str(path), encoding, delimiter, header, body, body_lines, lines[header_row], rows[:header_row])


def split_rows(text: str, delimiter: str, path: str | Path = "") -> tuple[list[list[str]], list[int]]:
    """Every row of delimited text, with the line each starts on; a damaged quote is a LoadError naming its line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, lines = [], []
    start = 1
    try:
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            rows.append(row)
            lines.append(start)
    except csv.Error as error:
        # The row's first line, not where the reader gave up: an unclosed quote runs on to the limit.
        problem = CSV_LIMIT_WORDS if "field limit" in str(error) else f"not readable as delimited text ({error})"
        raise LoadError(path, problem, f"line {start}") from None
    return rows, lines


def _find_header(rows: list[list[str]], width: int, is_header) -> int | None:
    for index, row in enumerate(rows[:100]):
        cells = [c for c in row if c.strip()]
        if is_header is not None:
            if is_header([normalise_header(c) for c in row]):
                return index
            continue
        if len(row) >= width and cells and sum(not _numeric_like(c) for c in cells) >= max(1, len(cells) * 0.6):
            return index
    return None


def _numeric_like(text: str) -> bool:
    stripped = text.strip().rstrip("%").strip()
    return bool(stripped) and bool(re.fullmatch(r"[+-]?[\d\s\u00a0\u202f.,']+", stripped))


def _clean(text: str) -> str:
    text = text.strip().rstrip("%").strip()
    for space in _SPACES:
        text = text.replace(space, "")
    return text


def parse_numbers(cells: list[str], whole: bool = True) -> tuple[np.ndarray, list[int]]:
    """Numbers from one column's cells: (float array with NaN for missing, indices that didn't parse).

    ``whole`` is for counts: "1,176" and "1.176" are then thousands groups unless the column
    elsewhere shows the separator as a decimal mark.
    """
    cleaned = [_clean(cell) for cell in cells]
    decimal_comma = _decimal_comma(cleaned, whole)
    values = np.full(len(cells), np.nan)
    bad = []
    for index, text in enumerate(cleaned):
        if text.upper() in MISSING:
            continue
        value = _number(text, decimal_comma)
        if value is None:
            bad.append(index)
        else:
            values[index] = value
    return values, bad


def _decimal_comma(cleaned: list[str], whole: bool) -> bool:
    """Whether this column writes decimals with a comma ("12,5") rather than a dot."""
    comma_decimal = dot_decimal = 0
    for text in cleaned:
        if "," in text and "." in text:
            if text.rfind(",") > text.rfind("."):
                comma_decimal += 1
            else:
                dot_decimal += 1
        elif "," in text:
            if not (whole and _COMMA_GROUPS.match(text)) and text.count(",") == 1:
                comma_decimal += 1
        elif "." in text:
            if not (whole and _DOT_GROUPS.match(text)) and text.count(".") == 1:
                dot_decimal += 1
    if comma_decimal or dot_decimal:
        return comma_decimal > dot_decimal
    # Only grouped numbers: in a count column "1.176" is European grouping.
    return any(_DOT_GROUPS.match(t) for t in cleaned) and not any(_COMMA_GROUPS.match(t) for t in cleaned)


def _number(text: str, decimal_comma: bool) -> float | None:
    # A lone separator not followed by exactly three digits can only be a decimal mark.
    if text.count(",") == 1 and "." not in text and not _THREE_AFTER.search(text):
        decimal_comma = True
    elif text.count(".") == 1 and "," not in text and not _THREE_AFTER.search(text):
        decimal_comma = False
    if decimal_comma:
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", "")
    if not _PLAIN.match(text):
        return None
    value = float(text)
    return value if np.isfinite(value) else None

