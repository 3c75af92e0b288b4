"""Classifier 2.79.0 (docs/classifier-history.md): the wordings 2.78.0 left open, each read by
what the measure does.

- A state's transport program named by a relative clause ("the state program that transports
  migrants out of state"): created, restrictive; ended, protective (before, unclear both ways).
- Suits and complaints barred against whoever enters a 287(g) agreement, with or without "into"
  and in the statute's "an agreement under section 287(g)": a shield for the agreement,
  restrictive (before, read as a bar on 287(g)).
- A request or permit turned down ("deny the Sheriff's request to house ICE detainees",
  "Denies a conditional use permit for an immigration detention center"): protective; a
  land-use permit granted for the agency's facility, restrictive; a place barred from using
  zoning to block one, restrictive (before, not relevant or protective).
- The agency's own administrative warrant is the detainers topic; a detainer or that warrant
  deemed enough to hold a person is restrictive, said not to be enough protective.
- A local government that "will not" honor detainers, punished: restrictive, and relevant by that
  word alone when a city, county or sheriff declines them (before, not relevant).
- A sanctuary or welcoming law amended "to add exceptions for" some people: restrictive; its
  exceptions or carve-outs repealed: protective (before, the other way each).
- A duty denied by "nothing in …" ("nothing in state law requires a county to honor immigration
  detainers"): protective, as "no state law requires" already read (before, restrictive).
- A report back on options to limit ICE access is no report to ICE (before, restrictive), and a
  jail's "bed rental agreement" with the agency is a detention contract.
- A place's own order, policy, rule or protocol undone by its kind ("rescind General Order 4.12
  limiting officer inquiries into immigration status"): what it did is opposed (before, the
  other way).
- A person shielded from punishment for cooperating with the agency ("an officer may not be
  disciplined for cooperating with federal immigration authorities", "Prohibits an agency from
  disciplining an officer for …"): restrictive, the mirror of a refuser shielded (before,
  protective as a limit on cooperation).
- The agency or the federal government required to pay for holding people on detainers is a
  condition, as the Trust Acts set it (before, a duty to honor them: restrictive).
- A place declared "off-limits to ICE" is an ICE-free policy (before, not relevant), and "a
  hotline to report ICE activity" is no report to ICE (before, relevant and unclear).
- A resolution that only condemns what the agents did at a place ("Resolution condemning ICE raids
  at local schools") is about federal agents' conduct: other immigration, as DOMAIN.md draws the
  line (before, relevant and unclear); one that also asks a government to act is judged on that.
- Read in the texts of bills on other matters (the New York City Council's, read whole): a
  landlord "requesting identifying documentation that would disclose the citizenship status" of
  a tenant, and "a state, federal, or local identification card" in a list of documents, are no
  tracked measure (before, flagged).
"""

from __future__ import annotations

from tests.classify.helpers import (
    SILENT_CAPTION,
    Case,
    case_table_test,
    flagged,
    goes,
    not_flagged,
)
from tracker.classify import classify

CASES: list[Case] = [
    # a state transport program named by what it does
    flagged(
        "Creates a state program that transports migrants out of state",
        None,
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        "Ends the state program that transports migrants out of state",
        None,
        "protective",
        "state_enforcement",
    ),
    # a 287(g) agreement shielded from suits and complaints
    flagged(
        "Bars complaints against sheriffs who enter 287(g) agreements", None, "restrictive", "287g"
    ),
    flagged(
        "Prohibits civil actions against a sheriff who enters into an agreement under section"
        " 287(g)",
        None,
        "restrictive",
        "287g",
    ),
    # ... and still a complaint allowed, or a bar on the agreement itself
    goes("Bars sheriffs from entering 287(g) agreements", None, "protective"),
    goes(
        "Prohibits civil actions against a city that declines to enter a 287(g) agreement",
        None,
        "protective",
    ),
    # requests, proposals and permits turned down or granted
    flagged(
        "Resolution to deny the Sheriff's request to house ICE detainees in the county jail",
        None,
        "protective",
        "detention_contracts",
    ),
    flagged(
        "Resolution approving the Sheriff's request to house ICE detainees in the county jail",
        None,
        "restrictive",
        "detention_contracts",
    ),
    flagged(
        "Approves a conditional use permit for an ICE detention facility",
        None,
        "restrictive",
        "detention_contracts",
    ),
    flagged(
        "Denies a conditional use permit for an immigration detention center",
        None,
        "protective",
        "detention_contracts",
    ),
    flagged(
        "Prohibits a city from using zoning to block an ICE detention facility",
        None,
        "restrictive",
        "detention_contracts",
    ),
    goes("Prohibits cities from blocking 287(g) agreements", None, "restrictive"),
    goes(
        "Bars counties from blocking the construction of an ICE detention center",
        None,
        "restrictive",
    ),
    # ... while a bar on the facility itself stays a no
    goes(
        "Ordinance amending the zoning code to prohibit immigration detention facilities",
        None,
        "protective",
    ),
    # the agency's own warrant, and what is enough to hold a person
    flagged(
        "Provides that an administrative warrant from ICE is sufficient to hold a person",
        None,
        "restrictive",
        "detainers",
    ),
    flagged(
        "Provides that a detainer request from ICE is sufficient to hold a person beyond release",
        None,
        "restrictive",
        "detainers",
    ),
    flagged(
        "Provides that an ICE administrative warrant is not sufficient to hold a person",
        None,
        "protective",
        "detainers",
    ),
    # ... while the warrant shown at a door is access, not a hold
    flagged(
        "Schools may not admit ICE agents who present only an administrative warrant from DHS",
        None,
        "protective",
        "ice_access",
    ),
    # a place that will not honor detainers, punished or shielded
    flagged(
        "Provides that a county that will not honor detainers loses state funds",
        None,
        "restrictive",
        "detainers",
    ),
    flagged(
        "Counties that refuse to honor detainers are ineligible for state grants",
        None,
        "restrictive",
        "detainers",
    ),
    flagged(
        "Provides that a county that will not honor detainers shall not lose state funds",
        None,
        "protective",
        "detainers",
    ),
    # a sanctuary law's exceptions added or repealed
    goes(
        "Ordinance amending the Welcoming City Ordinance to add exceptions for persons charged"
        " with violent felonies",
        None,
        "restrictive",
    ),
    goes(
        "Amends the sanctuary ordinance to create exceptions for individuals convicted of serious"
        " crimes",
        None,
        "restrictive",
    ),
    goes(
        "Repeals the exceptions in the sanctuary ordinance that allow police to share information"
        " with ICE",
        None,
        "protective",
    ),
    goes(
        "Amends the Welcoming City Ordinance to eliminate the carve-outs that allowed cooperation"
        " with ICE",
        None,
        "protective",
    ),
    goes("Repeals the sanctuary ordinance", None, "restrictive"),
    # a duty denied by "nothing in": a no to the duty (not "nothing in this act prohibits …", a
    # savings clause, left unread)
    flagged(
        "Provides that nothing in state law requires a county to honor immigration detainers",
        None,
        "protective",
        "detainers",
    ),
    goes(
        "Nothing in this section shall be construed to require a sheriff to enter into a 287(g)"
        " agreement",
        None,
        "protective",
    ),
    # a report back on what a place could do is no report to the agency; a jail's bed rental
    # agreement with the agency is a detention contract
    flagged(
        "Motion directing County Counsel to report back on options to limit ICE access to county"
        " facilities",
        None,
        "protective",
        "ice_access",
    ),
    flagged(
        "Requires jails to report to ICE the release date of any inmate",
        None,
        "restrictive",
        "info_sharing",
    ),
    flagged(
        "Authorize termination of the jail bed rental agreement with Immigration and Customs"
        " Enforcement",
        None,
        "protective",
        "detention_contracts",
    ),
    # a place's own order or policy undone, named by its kind and number
    goes(
        "Resolution directing the Police Chief to rescind General Order 4.12 limiting officer"
        " inquiries into immigration status",
        None,
        "restrictive",
    ),
    flagged(
        "Repeals Administrative Policy 12 restricting information sharing with ICE",
        None,
        "restrictive",
        "info_sharing",
    ),
    goes("Repeals the policy of honoring ICE detainers", None, "protective"),
    # a person shielded from punishment for cooperating: restrictive, the mirror of a refuser
    # shielded (protective)
    flagged(
        "Immigration",
        "Provides that a law enforcement officer may not be disciplined for cooperating with"
        " federal immigration authorities.",
        "restrictive",
        "anti_sanctuary",
    ),
    goes(
        "Immigration",
        "Prohibits an agency from disciplining an officer for cooperating with federal"
        " immigration authorities.",
        "restrictive",
    ),
    goes(
        "Immigration",
        "Prohibits retaliation against an employee who cooperates with federal immigration"
        " authorities.",
        "restrictive",
    ),
    goes(
        "Immigration",
        "Prohibits an agency from disciplining an officer for refusing to honor an ICE detainer.",
        "protective",
    ),
    goes(
        "Immigration",
        "No officer who declines to comply with an immigration detainer may be removed from"
        " office.",
        "protective",
    ),
    # the agency made to pay for holding people on its detainers: a condition (DOMAIN.md, "ICE pays
    # the cost"); the agency paying for detention it buys is a contract
    flagged(
        "Immigration",
        "Requires ICE to reimburse the county for the costs of holding persons on detainers.",
        "protective",
        "detainers",
    ),
    flagged(
        "Immigration",
        "Requires the federal government to pay the full cost of complying with immigration"
        " detainers.",
        "protective",
        "detainers",
    ),
    flagged(
        "Approve agreement",
        "Approves an agreement that requires ICE to pay the county $80 per day for the detention"
        " of federal detainees.",
        "restrictive",
        "detention_contracts",
    ),
    # a place declared off-limits to the agency is an ICE-free policy; a hotline to report what
    # the agency does is no report to it
    flagged(
        "Resolution declaring city-owned parking lots off-limits to ICE staging",
        None,
        "protective",
        "ice_access",
    ),
    not_flagged("Resolution establishing a rapid response hotline to report ICE activity", None),
    flagged(
        "Requires the jail to report to ICE the release of any inmate",
        None,
        "restrictive",
        "info_sharing",
    ),
    # the agents blamed for what they did at a place: their conduct, other immigration (DOMAIN.md);
    # a resolution that also asks a government to act, or blames one, is judged on that
    not_flagged("Resolution condemning ICE raids at local schools", None),
    not_flagged("Resolution condemning the ICE arrests at the county courthouse", None),
    goes(
        "Resolution condemning ICE raids at local schools and directing the superintendent to"
        " deny ICE agents access without a judicial warrant",
        None,
        "protective",
    ),
    goes(
        "Resolution condemning the sheriff for allowing ICE agents into the county jail",
        None,
        "protective",
    ),
    # look-alikes the new words must leave alone
    not_flagged("Denies bail to persons charged with a violent felony", None),
    not_flagged(
        "The sheriff shall honor detainers lodged by other states under the Interstate Agreement"
        " on Detainers",
        None,
    ),
    not_flagged("Approves a conditional use permit for a juvenile detention facility", None),
    not_flagged("Requires an administrative warrant before an inspection of a rental unit", None),
    # ... and the texts of bills on other matters that name a status or a card in passing (a
    # landlord's harassment; a list of the documents that prove who a person is)
    (
        SILENT_CAPTION,
        None,
        "It is harassment for a landlord to engage in requesting identifying documentation that"
        " would disclose the citizenship status of a commercial tenant.",
        False,
        "not_relevant",
        None,
    ),
    (
        SILENT_CAPTION,
        None,
        "Proof that the decedent applied to change the sex designation on a vital record or a"
        " state, federal, or local identification card.",
        False,
        "not_relevant",
        None,
    ),
]

test_programs_permits_and_warrants = case_table_test(CASES)


def test_a_warrant_shown_at_a_door_is_no_hold() -> None:
    """The agency's warrant named where agents ask to come in does not add the detainers topic."""
    res = classify(
        "Schools may not admit ICE agents who present only an administrative warrant from DHS"
    )
    assert "detainers" not in res.topics, res.why
