"""One key per bill, whichever source spells it: identifiers and sessions normalized per state."""

from __future__ import annotations

import pytest

from tracker.identity import normalize_identifier, normalize_session, sessions_of


@pytest.mark.parametrize("raw", ["AB 4", "AB4", "AB-4", "A.B. 4", "ab 0004", " AB  4 "])
def test_spellings_of_one_california_bill_are_one_identifier(raw: str) -> None:
    assert normalize_identifier(raw, "state", "CA") == "AB 4"


def test_new_york_amendment_letters_belong_to_the_base_bill() -> None:
    assert normalize_identifier("S609A", "state", "NY") == "S 609"
    assert normalize_identifier("S 609", "state", "NY") == "S 609"
    # Elsewhere a trailing letter is part of the number and is kept.
    assert normalize_identifier("HB 12A", "state", "TX") == "HB 12A"


def test_legiscan_and_open_states_spellings_meet() -> None:
    assert normalize_identifier("HB1", "state", "TX") == normalize_identifier("HB 1", "state", "TX")
    assert normalize_identifier("SJR12", "state", "GA") == "SJR 12"


def test_council_file_numbers_are_kept_as_the_place_writes_them() -> None:
    assert normalize_identifier(" Int  0218-2018 ", "city", "NY") == "Int 0218-2018"
    assert normalize_identifier("O2012-4984", "city", "IL") == "O2012-4984"


@pytest.mark.parametrize(
    ("state", "raw", "key"),
    [
        ("TX", "89R", "2025"),  # the Legislature's own spelling
        ("TX", "89", "2025"),  # Open States
        ("TX", "891", "2025-S1"),  # first called session
        ("CA", "20252026", "2025-2026"),  # official
        ("CA", "2025-2026", "2025-2026"),
        ("NY", "2025-2026", "2025-2026"),
        ("IL", "104th", "2025-2026"),
        ("IL", "103rd", "2023-2024"),
        ("MA", "194th", "2025-2026"),
        ("GA", "2025_26", "2025-2026"),
        ("WA", "2025-26", "2025-2026"),
        ("WI", "2025", "2025-2026"),  # one year of a biennium
        ("NJ", "221", "2024-2025"),  # New Jersey's sessions start in even years
        ("FL", "2025", "2025"),  # numbers start afresh every year
        ("FL", "2025A", "2025-S1"),
        ("VA", "2024S1", "2024-S1"),
        ("MN", "2025s1", "2025-S1"),
        ("AZ", "57th-2nd-regular", "2026"),
        ("AZ", "57th-1st-special", "2025-S1"),
        ("FL", "2026E", "2026-S5"),
        ("NE", "109", "2025-2026"),
        ("DC", "26", "2025-2026"),
        ("PR", "2025-2028", "2025-2028"),
    ],
)
def test_session_spellings_become_one_key(state: str, raw: str, key: str) -> None:
    assert normalize_session(state, raw) == key


def test_session_years_from_a_source_decide_the_key() -> None:
    # LegiScan gives a session id and name, with its years and a special flag.
    assert normalize_session("TX", "89th Legislature Regular Session", 2025, 2025, 0) == "2025"
    assert normalize_session("TX", "2131", 2025, 2025, 1) == "2025-S1"
    assert normalize_session("NY", "2025-2026 General Assembly", 2025, 2026, 0) == "2025-2026"
    assert normalize_session("CA", "whatever", 2026, 2026, 0) == "2025-2026"


def test_the_sessions_table_has_dates() -> None:
    regular = next(s for s in sessions_of("TX") if s["key"] == "2025")
    assert str(regular["start"]) == "2025-01-14" and "89R" in regular["aliases"]
    assert sessions_of("ZZ") == ()
