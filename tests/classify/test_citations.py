"""Classifier 2.54.0 (docs/classifier-history.md): the tools named by their federal
citations in the forms statutes and ordinances write them. A detainer issued under the federal
detainer regulation (8 C.F.R. 287.7, in any of its spellings) or a "DHS detainer" is an
immigration detainer; "section 287g" is 287(g) without its parentheses, not another section
287; information shared "under 8 U.S.C. 1373" is information shared with immigration
authorities; a section sign lost to a wrong encoding ("8 C.F.R. \ufffd 287.7") is still one; and
ICE's Criminal Alien Program in the jails is a tool of enforcement (ICE access), not "criminal
aliens" framing. The controls keep other section 287s, other departments called DHS, other
detainers and the State Criminal Alien Assistance Program out.

Classifier 2.55.0: the U and T visas by their citations (8 U.S.C. 1101(a)(15)(U) and (T), 1184(o)
and (p)), and a government barred from certifying by the certification's form (Form I-918
Supplement B) or those citations, which is restrictive as a bar on signing "U visa
certifications" is. Other clauses of the same sections (an H-2A visa, a tax section 1184) stay
out."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged


def _law(summary: str, stance: str, topic: str) -> Case:
    return flagged("Relating to law enforcement", summary, stance, topic)


CASES: list[Case] = [
    _law(
        "Requires the sheriff to comply with a detainer issued under 8 C.F.R. 287.7.",
        "restrictive",
        "detainers",
    ),
    _law(
        "Requires the sheriff to comply with a request under 8 C.F.R. § 287.7.",
        "restrictive",
        "detainers",
    ),
    _law(
        "Prohibits the sheriff from holding a person on a request issued pursuant to 8 CFR 287.7.",
        "protective",
        "detainers",
    ),
    _law(
        "Requires the sheriff to comply with detainers issued pursuant to 8 Code of Federal "
        "Regulations, Section 287.7.",
        "restrictive",
        "detainers",
    ),
    _law(
        "Requires the sheriff to comply with detainers issued pursuant to 8 C.F.R. \ufffd 287.7.",
        "restrictive",
        "detainers",
    ),
    _law("Requires the sheriff to honor DHS detainers.", "restrictive", "detainers"),
    _law("Prohibits the sheriff from honoring DHS detainers.", "protective", "detainers"),
    _law(
        "Authorizes the sheriff to enter into an agreement under section 287g of the federal "
        "Immigration and Nationality Act.",
        "restrictive",
        "287g",
    ),
    _law(
        "Prohibits a county from entering into an agreement under section 287g.",
        "protective",
        "287g",
    ),
    _law(
        "Prohibits a county from entering into an agreement under 8 U.S.C. \ufffd 1357(g).",
        "protective",
        "287g",
    ),
    _law(
        "Prohibits state agencies from sharing information under 8 U.S.C. Section 1373.",
        "protective",
        "info_sharing",
    ),
    _law(
        "Prohibits state agencies from sharing information under 8 U.S.C. 1373 or 1644.",
        "protective",
        "info_sharing",
    ),
    _law(
        "Requires state agencies to share information as required by 8 U.S.C. 1373.",
        "restrictive",
        "info_sharing",
    ),
    _law("Prohibits officers from honoring a CBP detainer.", "protective", "detainers"),
    # ICE's program in the jails, by its name
    _law(
        "Requires the sheriff to participate in the Criminal Alien Program.",
        "restrictive",
        "ice_access",
    ),
    _law(
        "Prohibits the sheriff from participating in the Criminal Alien Program.",
        "protective",
        "ice_access",
    ),
    _law(
        "Ends the county's participation in ICE's Criminal Alien Program.",
        "protective",
        "ice_access",
    ),
    (
        "Resolution opposing the Criminal Alien Program",
        None,
        None,
        True,
        "protective",
        "ice_access",
    ),
    # ... while "criminal aliens" still frames, and the program that pays for jailing them is
    # no tool of enforcement
    _law(
        "Requires the sheriff to notify ICE of the release of criminal aliens.",
        "restrictive",
        "info_sharing",
    ),
    not_flagged(
        "Relating to corrections",
        "Authorizes the county to apply for reimbursement under the State Criminal Alien "
        "Assistance Program.",
    ),
    # Classifier 2.55.0: the U and T visas by their citations and the certification's form
    _law(
        "Requires law enforcement to process requests for certification under 8 U.S.C. 1184(p).",
        "protective",
        "u_visa",
    ),
    _law(
        "Requires law enforcement to certify victim helpfulness for purposes of Section "
        "1101(a)(15)(T) of Title 8 of the United States Code.",
        "protective",
        "u_visa",
    ),
    _law(
        "Prohibits law enforcement from certifying under 8 U.S.C. Sec. 1184(p).",
        "restrictive",
        "u_visa",
    ),
    _law(
        "Prohibits law enforcement from certifying Form I-918 Supplement B.",
        "restrictive",
        "u_visa",
    ),
    _law(
        "Requires law enforcement to certify Form I-918 Supplement B requests within 90 days.",
        "protective",
        "u_visa",
    ),
    not_flagged("Agriculture", "Amends 8 U.S.C. 1101(a)(15)(H) to expand the H-2A program."),
    not_flagged("Tax", "Amends section 1184(a) of the tax code."),
    # other section 287s, other DHSs, other detainers
    not_flagged(
        "Relating to health",
        "The Department of Health Services shall amend section 287.7 of the administrative code.",
    ),
    not_flagged("Relating to child welfare", "DHS holds a hearing on child support detainers."),
    not_flagged(
        "Relating to criminal procedure",
        "A prisoner subject to a detainer under the Interstate Agreement on Detainers. DHS "
        "shall report.",
    ),
    not_flagged(
        "Relating to public assistance",
        "Requires applicants for benefits to verify eligibility as provided in 8 U.S.C. 1373.",
    ),
]

test_citations = case_table_test(CASES)
