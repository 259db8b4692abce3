"""The report's comparison section: HTML figures from core, the PDF read back, headers repeated, the CLI."""

import hashlib
import html
import re

import pytest
from cli_support import run_in_process
from hypothesis import given, settings
from hypothesis import strategies as st
from pdf_text import page_texts
from synthetic import many_contests

from electview.core.compare import compare_tallies
from electview.core.model import Candidate, Contest, CountTable, UnitTable
from electview.core.report_compare import report_comparison, with_comparisons
from electview.core.report_html import ReportOptions, build_report_html
from electview.core.summary import contest_tallies
from electview.core.tally import tally
from electview.formats import load_file, native
from electview.resources import resources_dir
from electview.ui.report_printer import write_pdf

SAMPLES = resources_dir() / "samples"
PRELIMINARY = SAMPLES / "kazakhstan-2019-presidential.electview.json"


def _options(old, new_dataset, results=None, mapping=None):
    results = results if results is not None else contest_tallies(new_dataset)
    compared = report_comparison(old, results, mapping)
    return results, ReportOptions(comparison_html=compared.section_html)


@pytest.fixture(scope="module")
def sample_html(final_sample):
    old, new = load_file(PRELIMINARY), load_file(final_sample)
    results, options = _options(old, new)
    return build_report_html(new, results, options)


def _row(html_text: str, name: str) -> str:
    """The comparison table's row for ``name`` (the main table's row comes first, with the colour key)."""
    section = html_text[html_text.index("Comparison with") :]
    start = section.index(f">{name}</td>")
    return section[start : section.index("</tr>", start)]


def test_tokayev_figures(sample_html):
    row = _row(sample_html, "Kassym-Jomart Tokayev")
    cells = [cell.split(">", 1)[1] for cell in row.split("</td>")[1:] if ">" in cell]
    assert cells == ["6,504,054", "6,539,715", "+35,661", "70.76%", "70.96%", "+0.20", "1 → 1"]


def test_section_names_the_earlier_results(sample_html):
    section = sample_html[sample_html.index("Comparison with") :]
    assert section.startswith("Comparison with 2019 Kazakhstan presidential election (PRELIMINARY)")
    assert "Compared results — Contest: President of Kazakhstan; Election date: 2019-06-09; " in section
    assert "Announced: 10 June 2019, briefing (preliminary results)" in section  # was the file's raw 2019-06-10
    assert "kazakhstan-2019-presidential.electview.json" in section
    assert hashlib.sha256(PRELIMINARY.read_bytes()).hexdigest() in section
    assert "Amirjan Kosanov (old) is Amirzhan Kosanov (new): matched by the same name in another spelling." in section
    assert "Turnout: 77.4% → 77.5% (+0.10 points)." in section
    assert "Majority" not in section  # nobody crossed 50%, so no column for it


def test_estimates_flagged_as_in_the_main_table(sample_html):
    row = _row(sample_html, "Amirzhan Kosanov")
    # the old count is an estimate, so the change worked out from it is one too
    assert "<span class='estimated'" in row and ">~1,489,057</span>*" in row
    assert ">~\u00a0+6,344</span>*" in row
    assert ">1,495,401<" in row  # the final count was reported
    assert "changes in those votes are estimates too" in sample_html
    assert "†" in _row(sample_html, "Total valid votes") and "+24,700" in _row(sample_html, "Total valid votes")


def test_no_comparison_no_section(final_sample):
    dataset = load_file(final_sample)
    assert "Comparison with" not in build_report_html(dataset)


def _contest(names, parties, votes, name="President"):
    candidates = tuple(Candidate(id=f"c{i}", name=n, party=p) for i, (n, p) in enumerate(zip(names, parties, strict=True)))
    return Contest(
        id=name.lower(),
        name=name,
        candidates=candidates,
        units=UnitTable.single("Country"),
        votes=CountTable.from_rows((0, i, v) for i, v in enumerate(votes)),
    )


def _section(comparison, old_dataset):
    return with_comparisons(old_dataset, [comparison]).section_html(0, comparison.new)


def test_crossings_mapping_and_markup():
    election = {"title": "<i>Old</i> & co", "status": "final"}
    old_dataset = native.parse({"format": "electview", "version": 1, "election": election, "candidates": [{"name": "x"}]}, "old.json")
    parties = ["Nur Otan", "Green", "Red", ""]
    old = tally(_contest(["K. Tokayev", "A. Smith", "B. Jones", "<b>Evil</b>"], parties, [48, 30, 20, 2]))
    new = tally(_contest(["Kassym-Jomart Tokayev", "Alice Brown", "Bob Jones", "<b>Evil</b>"], parties, [55, 25, 18, 2]))
    comparison = compare_tallies(old, new, {"A. Smith": "Alice Brown", "c2": None})
    section = _section(comparison, old_dataset)
    assert "Comparison with &lt;i&gt;Old&lt;/i&gt; &amp; co (FINAL)" in section
    assert ">Majority (50%)</th>" in section and ">rose above 50%</td>" in section
    assert "A. Smith (old) is Alice Brown (new): matched by the candidate mapping." in section
    assert "Kept apart by the candidate mapping (matched to no one): B. Jones." in section
    assert "Only in the old results: B. Jones." in section and "Only in the new results: Bob Jones." in section
    assert "&lt;b&gt;Evil&lt;/b&gt;" in section and "<b>Evil" not in section
    assert "3 (gone)" in section and "3 (new)" in section


def test_mapping_of_every_candidate_notes_only_renamed_pairs(final_sample):
    # Match Candidates… in the window maps every candidate by id; equal names need no note.
    old = tally(_contest(["Ann", "Bob"], ["", ""], [60, 40]))
    new = tally(_contest(["Ann", "Robert"], ["", ""], [55, 45]))
    dataset = load_file(final_sample)
    section = _section(compare_tallies(old, new, {"c0": "c0", "c1": "c1"}), dataset)
    assert "Bob (old) is Robert (new): matched by the candidate mapping." in section
    assert "Ann (old)" not in section


def test_contest_missing_from_the_old_results_is_said():
    new = native.parse(many_contests(2), "new.json")
    old_data = many_contests(2)
    old_data["contests"][1]["name"] = "Another race"
    old = native.parse(old_data, "old.json")
    results, options = _options(old, new)
    html_text = build_report_html(new, results, options)
    assert html_text.count("Comparison with") == 2
    assert "no contest District 2 council for this place, so there is nothing to compare" in html_text
    assert html_text.count("<thead><tr><th colspan") == 1  # one table: district 1's


def test_pdf_carries_the_section(qapp, tmp_path, final_sample):
    old, new = load_file(PRELIMINARY), load_file(final_sample)
    results, options = _options(old, new)
    path = tmp_path / "compared.pdf"
    pages = write_pdf(new, path, results, options)
    texts = page_texts(path)
    assert pages == len(texts) == 2
    text = " ".join(" ".join(texts).split())
    assert "Comparison with 2019 Kazakhstan presidential election (PRELIMINARY)" in text
    assert "Candidate Old votes New votes Change Old share New share Points Rank" in text
    assert "Kassym-Jomart Tokayev 6,504,054 6,539,715 +35,661 70.76% 70.96% +0.20 1 → 1" in text
    assert "Amirzhan Kosanov ~1,489,057* 1,495,401 ~ +6,344* 16.20% 16.23% +0.03 2 → 2" in text
    assert "Page 2 of 2" in text


def test_long_comparison_repeats_its_title_and_headers(qapp, tmp_path):
    new = native.parse(many_contests(1, candidates=90), "new.json")
    old = native.parse(many_contests(1, candidates=90, status="preliminary"), "old.json")
    results, options = _options(old, new)
    path = tmp_path / "long.pdf"
    write_pdf(new, path, results, options)
    pages = [" ".join(text.split()) for text in page_texts(path)]
    with_section = [text for text in pages if "Comparison with" in text]
    assert len(with_section) >= 2
    for text in with_section:
        assert "Comparison with Synthetic election with 1 contests (PRELIMINARY) Candidate Old votes New votes" in text
    # every candidate's comparison row is there once across the pages: ranks "n → n" (no change)
    ranks = [int(n) for text in pages for n in re.findall(r"0\.00 (\d+) → \1\b", text)]
    assert sorted(ranks) == list(range(1, 91))


def run_report(*args):
    """``electview report ARGS`` in this process: what these tests check is the command's output, not the process."""
    return run_in_process("report", *args)


def test_cli_compare_and_map(qapp, tmp_path, final_sample):
    out = tmp_path / "compared.pdf"
    result = run_report(str(final_sample), "--compare", str(PRELIMINARY), "--map", "Amirjan Kosanov=", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page_texts(out)).split())
    assert "Kassym-Jomart Tokayev 6,504,054 6,539,715 +35,661 70.76% 70.96% +0.20 1 → 1" in text
    assert "Kept apart by the candidate mapping (matched to no one): Amirjan Kosanov." in text
    assert "Only in the old results: Amirjan Kosanov." in text


def test_cli_bad_map_is_one_line(qapp, tmp_path, final_sample):
    out = tmp_path / "x.pdf"
    result = run_report(str(final_sample), "--compare", str(PRELIMINARY), "--map", "nonsense", "-o", str(out))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["electview: error: --map: expected OLD=NEW (a name or id on each side), got 'nonsense'"]
    result = run_report(str(final_sample), "--map", "a=b", "-o", str(out))
    assert result.returncode == 2 and "--compare" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    result = run_report(str(final_sample), "--compare", str(tmp_path / "missing.json"), "-o", str(out))
    assert result.returncode == 2 and "missing.json" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_cli_help_mentions_compare(qapp):
    result = run_report("--help")
    assert "--compare OLD" in result.stdout and "--map OLD=NEW" in result.stdout


_TOWN = native.parse({"format": "electview", "version": 1, "election": {"title": "Town"}, "candidates": [{"name": "x"}]}, "")
names = st.text(alphabet=st.sampled_from("Ab <>&'\"Жж-"), min_size=1, max_size=12).filter(str.strip)


@settings(max_examples=60, deadline=None)
@given(
    old_names=st.lists(names, min_size=1, max_size=6, unique=True),
    new_names=st.lists(names, min_size=1, max_size=6, unique=True),
    old_votes=st.lists(st.integers(0, 10**7), min_size=6, max_size=6),
    new_votes=st.lists(st.integers(0, 10**7), min_size=6, max_size=6),
)
def test_every_candidate_has_one_escaped_row(old_names, new_names, old_votes, new_votes):
    old = tally(_contest(old_names, [""] * len(old_names), old_votes[: len(old_names)]))
    new = tally(_contest(new_names, [""] * len(new_names), new_votes[: len(new_names)]))
    comparison = compare_tallies(old, new)
    section = _section(comparison, _TOWN)
    body = section[section.index("<tbody>") : section.index("</tbody>")]
    assert body.count("<tr") == len(comparison) + 1  # one row per candidate on either side, and the total
    matched = int(((comparison.old_index >= 0) & (comparison.new_index >= 0)).sum())
    assert len(comparison) == len(old_names) + len(new_names) - matched
    for name in comparison.names:
        assert f">{html.escape(name)}</td>" in body
    assert "<b" not in section.replace("<br", "") and "<i>" not in section  # no markup from the names


def test_cli_compares_with_a_feed(qapp, feed_server, tmp_path, final_sample):
    feed_server.state.publish(PRELIMINARY.read_bytes())
    out = tmp_path / "compared.pdf"
    result = run_report(str(final_sample), "--compare", feed_server.url(), "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page_texts(out)).split())
    assert "Kassym-Jomart Tokayev 6,504,054 6,539,715 +35,661 70.76% 70.96% +0.20 1 → 1" in text


def test_bilingual_section(qapp, tmp_path, final_sample):
    """--lang ru --second-language en: labels as "Голоса (ранее) / Old votes", each note in both languages."""
    from electview.translations import report_languages

    old, new = load_file(PRELIMINARY), load_file(final_sample)
    results = contest_tallies(new)
    compared = report_comparison(old, results)
    options = ReportOptions(comparison_html=compared.section_html, languages=report_languages("ru", "en"))
    html_text = build_report_html(new, results, options)
    section = html_text[html_text.index("Сравнение с результатами") :]
    assert section.startswith("Сравнение с результатами: ")
    assert "<br>Comparison with 2019 Kazakhstan presidential election (PRELIMINARY / " not in section  # one status per line
    assert "ПРЕДВАРИТЕЛЬНЫЕ)<br>Comparison with" in section
    assert ">Голоса ранее / Old votes</th>" in section and ">Место / Rank</th>" in section
    # Russian names him Амиржан Косанов in both files: the match is news in English only
    assert "<p class='footnote'>Amirjan Kosanov (old) is Amirzhan Kosanov (new): matched by the same name" in section
    assert "(ранее) — это" not in section
    assert "Явка: 77.4% → 77.5% (+0.10 п. п.).<br>Turnout: 77.4% → 77.5% (+0.10 points)." in section
    assert "Сравниваемые результаты / Compared results — Избирательная кампания / Contest: " in section
    path = tmp_path / "bilingual.pdf"
    write_pdf(new, path, results, options)
    text = " ".join(" ".join(page_texts(path)).split())
    assert "Касым-Жомарт Токаев / Kassym-Jomart Tokayev 6,504,054 6,539,715 +35,661 70.76% 70.96% +0.20 1 → 1" in text
    assert "Сравнение с результатами: " in text and "Голоса ранее / Old votes" in text


def test_kazakh_section_has_no_english_label(final_sample):
    from electview.translations import report_languages

    old, new = load_file(PRELIMINARY), load_file(final_sample)
    results = contest_tallies(new)
    compared = report_comparison(old, results, {"Sadybek Tugel": None})
    section = compared.section_html(0, results[0], report_languages("kk"))
    for label in ("Салыстыру: ", ">Дауыстар бұрын<", ">Өзгеріс<", ">Орын<", "Қатысу: 77.4% → 77.5%", "Тек бұрынғы нәтижелерде: "):
        assert label in section, label
    for english in ("Comparison with", "Old votes", "Rank", "Turnout", "Only in the old results", "Kept apart", "Compared results"):
        assert english not in section, english
