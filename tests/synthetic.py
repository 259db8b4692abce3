"""Synthetic results files for tests and benchmarks: many contests, awkward names."""

from __future__ import annotations


def many_contests(count: int, candidates: int = 4, status: str = "unofficial") -> dict:
    """An electview JSON document with ``count`` contests of ``candidates`` candidates each."""
    contests = []
    for number in range(1, count + 1):
        contests.append(
            {
                "name": f"District {number} council",
                "candidates": [
                    {
                        "id": f"d{number}c{c}",
                        "name": f"Candidate {c + 1} of district {number}",
                        "party": f"Party {chr(65 + c % 26)}",
                        "votes": 1000 * (candidates - c) + number,
                    }
                    for c in range(candidates)
                ],
                "other_counts": {"invalid": number % 17},
            }
        )
    return {
        "format": "electview",
        "version": 1,
        "election": {"title": f"Synthetic election with {count} contests", "status": status, "date": "2030-01-01"},
        "contests": contests,
    }
