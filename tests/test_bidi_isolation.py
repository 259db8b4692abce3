"""Names that carry bidi controls stay inside themselves wherever they sit in other text (issue 17, item 6).

A U+202E RIGHT-TO-LEFT OVERRIDE in a name turns around everything after it up to the end of the
paragraph: in a summary row that is the row's votes and share ("01  %76.66"). Every name placed in
other text is wrapped in FSI … PDI (core.terminal.isolate); a terminal gets escapes instead.
"""

import json

from hypothesis import given
from hypothesis import strategies as st

from electview.core.report_html import build_report_html
from electview.core.summary import render
from electview.core.terminal import escape_controls, isolate
from electview.formats import load_file
from hostile_support import FSI, RLO_NAME as NAME, not_isolated

PDI = "\u2069"
PARTY, CONTEST = "Parti \u202eRouge", "Mayor \u202eof X"


def _dataset(tmp_path):
    doc = {
        "format": "electview",
        "version": 1,
        "election": {"title": "t", "status": "final"},
        "contests": [
            {
                "name": CONTEST,
                "candidates": [{"name": NAME, "party": PARTY, "votes": 10}, {"name": "Carl", "votes": 5}],
            }
        ],
    }
    path = tmp_path / "rlo.electview.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return load_file(path)


def test_summaries_for_people_isolate_every_name(tmp_path):
    dataset = _dataset(tmp_path)
    for fmt in ("text", "markdown"):
        out = render(dataset, fmt)
        for name in (NAME, PARTY, CONTEST):
            assert name in out, (fmt, name)
            assert not_isolated(out, name) == [], (fmt, name)


def test_data_formats_keep_the_names_as_they_are(tmp_path):
    dataset = _dataset(tmp_path)
    for fmt in ("json", "csv"):
        assert FSI not in render(dataset, fmt)


def test_the_report_isolates_every_name(tmp_path):
    html = build_report_html(_dataset(tmp_path))
    for name in (NAME, PARTY, CONTEST):
        assert name in html
        assert not_isolated(html, name) == []


def test_a_terminal_gets_escapes_not_wrappers():
    assert escape_controls(f"Elected: {isolate(NAME)}.") == "Elected: Ana \\u202eBen."
    assert escape_controls(isolate("Ana\u2066Ben")) == "\\u2068Ana\\u2066Ben\\u2069\\u2069"  # its own isolate: all escaped


def test_a_name_closing_isolates_it_did_not_open_cannot_end_the_wrapper_early():
    assert isolate("\u2069\u202eX") == FSI + "\u202eX" + PDI
    assert isolate("a\u2066b") == FSI + "a\u2066b" + PDI + PDI  # its own LRI closed before the wrapper


_BIDI_HEAVY = st.text(alphabet=st.sampled_from(list("ab \u05d0\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")), max_size=12)


@given(_BIDI_HEAVY)
def test_isolated_text_is_one_balanced_isolate(name):
    wrapped = isolate(name)
    assert isolate(wrapped) == wrapped  # wrapping twice changes nothing
    if wrapped == name:
        return
    depth = 0
    for position, character in enumerate(wrapped):
        if character in "\u2066\u2067\u2068":
            depth += 1
        elif character == PDI:
            depth -= 1
            assert depth >= 0
            assert depth > 0 or position == len(wrapped) - 1  # only the last PDI closes the wrapper
    assert depth == 0  # the name's own unclosed isolates are closed inside the wrapper
