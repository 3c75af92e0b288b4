"""Classifier 2.62.0 (docs/classifier-history.md): the words an amending bill deletes, marked by
brackets in its PDF or plain text, are not read as the bill's own. A legislature prints the law it
changes with the deleted words in brackets ("the department [shall not honor] may honor a
detainer"); read whole, the bill took the direction of the law it undoes. Brackets mean deletion
where the text's drafting note says so, or inside a section restated "as amended"; elsewhere
(headings, editors' notes, a council's bracketed caption) they are read as before."""

from __future__ import annotations

import pytest

from tests.classify.helpers import SILENT_CAPTION, Case, case_table_test
from tracker.classify import classify
from tracker.classify.deleted_matter import without_deleted_matter

# drafting notes as the legislatures print them on a bill's first page
OREGON_NOTE = (
    "NOTE: Matter in boldfaced type in an amended section is new; matter [italic and bracketed]"
    " is existing law to be omitted. New sections are in boldfaced type."
)
MARYLAND_NOTE = (
    "EXPLANATION: CAPITALS INDICATE MATTER ADDED TO EXISTING LAW. [Brackets] indicate matter"
    " deleted from existing law."
)
MISSOURI_NOTE = (
    "EXPLANATION — Matter enclosed in bold-faced brackets [thus] in the above bill is not enacted"
    " and is intended to be omitted from the law."
)
NEW_YORK_NOTE = (
    "EXPLANATION--Matter in ITALICS (underscored) is new; matter in brackets [ ] is old law to be"
    " omitted."
)


def _reads(title: str, text: str, stance: str, topic: str) -> Case:
    """A bill read with its TEXT: relevant, going STANCE's way, carrying TOPIC."""
    return (title, None, text, True, stance, topic)


CASES: list[Case] = [
    # a bill that turns a ban on honoring detainers into a duty to honor them
    _reads(
        "Relating to law enforcement; amending ORS 181A.820.",
        OREGON_NOTE + "\nSECTION 1. ORS 181A.820 is amended to read:\n181A.820. (1) A law"
        " enforcement agency of this state [may not] shall honor a civil immigration detainer"
        " request from United States Immigration and Customs Enforcement and shall hold the"
        " person for up to 48 hours.",
        "restrictive",
        "detainers",
    ),
    # a council's local law restated "as amended", with no drafting note in sight
    _reads(
        "A Local Law to amend the administrative code, in relation to the department of correction",
        "Section 1. Section 9-131 of the administrative code is amended to read as follows:\n"
        "§ 9-131 Persons not to be detained. b. The department [shall not honor] may honor a"
        " civil immigration detainer and may [not] provide ICE with notice of a person's"
        " release date.",
        "restrictive",
        "detainers",
    ),
    # the other way: an authority to sign 287(g) agreements struck and a ban put in its place
    _reads(
        "AN ACT concerning State Government - Law Enforcement Agreements",
        MARYLAND_NOTE + "\nSECTION 1. BE IT ENACTED BY THE GENERAL ASSEMBLY OF MARYLAND."
        " 6-105. A STATE OR LOCAL LAW ENFORCEMENT AGENCY [MAY ENTER INTO] MAY NOT ENTER INTO"
        " an agreement under Section 287(g) of the federal Immigration and Nationality Act.",
        "protective",
        "287g",
    ),
    # the note printed at the foot of the page, after the bracketed words it explains
    _reads(
        SILENT_CAPTION,
        "Section 1. The correction law is amended by adding a new section 500-p.\n§ 500-p."
        " A correctional facility [shall not] shall provide federal immigration authorities"
        " access to any person in its custody for an interview.\n" + NEW_YORK_NOTE,
        "restrictive",
        "ice_access",
    ),
]

test_deleted_words_do_not_set_the_direction = case_table_test(CASES)


@pytest.mark.parametrize("note", [OREGON_NOTE, MARYLAND_NOTE, MISSOURI_NOTE, NEW_YORK_NOTE])
def test_each_drafting_note_marks_brackets_as_deletions(note: str) -> None:
    text = note + "\nThe sheriff [may not] shall honor a detainer."
    assert "may not" not in without_deleted_matter(text)
    assert "shall honor a detainer" in without_deleted_matter(text)


def test_a_section_restated_as_amended_loses_its_bracketed_words_after_that_point_only() -> None:
    text = (
        "[Congressional Bills 119th Congress] [Introduced in House]\nSection 2 is amended to read"
        " as follows: the commissioner [may] shall remove the sign."
    )
    out = without_deleted_matter(text)
    # headings before the restated section are kept; the deleted "may" is gone
    assert out.startswith("[Congressional Bills 119th Congress] [Introduced in House]")
    assert "[may]" not in out and "commissioner" in out and "shall remove" in out


def test_brackets_without_a_note_or_an_amended_section_are_kept() -> None:
    # a council files its resolution under a bracketed caption; an editor quotes "[b]eginning"
    text = (
        "[Supporting Assembly Bill 1081 - The TRUST Act] Resolution supporting Assembly Bill"
        ' 1081. It requires that "[b]eginning January 1, 2018, the local government shall"'
    )
    assert without_deleted_matter(text) == text
    res = classify("Resolution", None, text)
    assert res.relevant and res.stance == "protective", res.why


def test_double_brackets_go_whole_and_a_stray_bracket_swallows_nothing() -> None:
    county = (
        "NOTE: [[text in brackets]] indicates deletions from existing law; TEXT IN SMALL CAPITALS"
        " indicates additions. The County [[shall]] MAY NOT honor a detainer."
    )
    assert "shall" not in without_deleted_matter(county).split("County")[1]
    # an opening bracket with no close within a deletion's length leaves the pages after it
    stray = MARYLAND_NOTE + " A law enforcement agency [may " + "honor a detainer. " * 200 + "]"
    assert "honor a detainer." in without_deleted_matter(stray)


def test_hostile_brackets_are_read_in_bounded_work() -> None:
    # brackets nested a hundred thousand deep: three passes take the three innermost levels and
    # stop (each pass linear in the text), and the sentence after them is still read
    deep = MARYLAND_NOTE + "[" * 100_000 + "287(g)" + "]" * 100_000
    out = without_deleted_matter(deep)
    assert "287(g)" not in out and out.count("[") == 100_000 - 3
    res = classify(
        SILENT_CAPTION, None, deep + " The sheriff shall not honor an immigration detainer."
    )
    assert res.relevant and res.stance == "protective", res.why
    # half a million brackets never closed: nothing to take
    unclosed = MARYLAND_NOTE + "[x " * 500_000
    assert without_deleted_matter(unclosed).count("[x ") == 500_000


def test_a_restated_section_is_found_after_many_other_amendments() -> None:
    # an omnibus bill names "amended" a hundred times ("as amended by …") before it restates a
    # section; the restatement is still found, in any case of its words
    text = (
        "[Introduced] "
        + "Section 4, as amended by chapter 12, is further amended by adding a line. " * 100
        + "Section 9 IS AMENDED TO READ: the sheriff [may] shall not honor a detainer."
    )
    out = without_deleted_matter(text)
    assert out.startswith("[Introduced]")
    assert "[may]" not in out and "shall not honor a detainer" in out
