"""Classifier 2.81.0 (docs/classifier-history.md): holds, conditions, places and names.

- "Honor" is what a jail does with an immigration detainer ("allows jails to honor detainers
  only for persons convicted of serious felonies"): the detainers topic with no immigration word
  beside it, and a condition on honoring them is protective (DOMAIN.md: stance), a duty to
  honor them restrictive (before, not relevant: a bare "detainer" is a look-alike's word).
- A person held on a detainer past the time of release, or held "for immigration purposes"
  ("an administrative warrant is not sufficient to hold a person for immigration purposes"):
  an immigration hold, whoever asks for it (before, not relevant or other immigration).
- Still look-alikes: a detainer the interstate agreement has another state lodge, and the
  landlord's action of forcible entry and detainer.
- An official's approval required before a detainer is honored: a condition, protective (before,
  unclear); that requirement repealed, restrictive. A body's approval required, as a noun,
  before any 287(g) agreement: protective (before, restrictive as an approval of the agreement).
- A condition before a place tells the agency about people or hands them over (a body's
  approval, a hearing, the person's consent, a judicial warrant or court order, "before the jail
  notifies ICE of release dates"): protective, as before a detainer is honored (before,
  restrictive from the duty to tell); a condition before a place ends its agreement with the
  agency: restrictive (before, protective from "ends").
- Employers or contractors alone told to comply with federal immigration law: the hiring law,
  other immigration (before, restrictive); governments named with them keep the measure.
- A 287(g) agreement reauthorized: restrictive (before, unclear); not reauthorized, protective.
- A catch-line whose head is a place and whose object an arrest ("Courthouses; civil arrests;
  prohibit"): the arrests at that place, ICE access, protective (before, not relevant).
- "The state's proposed Trust Act", "the state's Trust Act": the named policy (before, not
  relevant, as no capitalized place name stood before it).
- A catch-line ending in a verb's plural noun ("Immigration status; law enforcement inquiries;
  limits", "Sanctuary cities; bans") reads as one ending in the verb (before, unclear); not
  "…; limits on ICE access to jails", a noun with its object.
- A jail told to find out whether the people it holds are lawfully present, or to ask them for
  proof of it: a state or locality checking status, restrictive (before, other immigration, or
  not relevant).
- A place or its police bound to federal immigration law ("Resolution declaring that the county
  will comply with all federal immigration laws", "affirming the county's compliance with
  federal immigration law"): its own act, anti-sanctuary, restrictive (before, read as a
  resolution addressing another government: not relevant); that compliance ended, protective.
- A hold in a relative clause names whom a duty binds, not the duty: "requires inspections of
  facilities that hold civil immigration detainees" (before, read as a duty to honor holds:
  restrictive).
- Presence in the state made a crime with no person named ("a state crime to be present in the
  state without lawful status", "the crime of being in the state without lawful immigration
  status"): state enforcement (before, not relevant, or no side).
- The agency paying a county "for the detention of federal detainees": a detention contract
  (before, not relevant: "federal detainees" is no immigration word, and "detention of" was not
  read as housing them).
- Federal officers arresting people for their status are the agency's own work, not a state or
  local force ("A resolution thanking federal law enforcement for arresting illegal aliens at the
  border": other immigration, before state enforcement).
- Look-alikes: a sanctuary for survivors of trafficking or victims of domestic violence (a
  shelter), "287(g) of the tax code" (another code's section).
- Federal officers named in general, with the people they seek named by status after them in the
  same clause ("notify federal authorities when releasing a person who is not lawfully
  present"): the immigration agency, for every row (before, other immigration; a ban on it read
  restrictive by the learned model alone).
"""

from __future__ import annotations

import pytest

from tests.classify.helpers import Case, case_table_test, flagged, goes, not_flagged
from tracker.classify import classify

CASES: list[Case] = [
    # a detainer honored on a condition, or not at all
    flagged(
        "Allows jails to honor detainers only for persons convicted of serious felonies",
        None,
        "protective",
        "detainers",
    ),
    flagged(
        "Prohibits sheriffs from honoring detainers unless accompanied by a judicial warrant",
        None,
        "protective",
        "detainers",
    ),
    goes("Repeals the requirement that jails honor detainers", None, "protective"),
    # ... and the duty to honor them
    flagged("Requires county jails to honor detainers", None, "restrictive", "detainers"),
    flagged(
        "Requires the sheriff to honor every detainer, with removal from office for refusing",
        None,
        "restrictive",
        "detainers",
    ),
    # a person held past release, or for immigration purposes
    flagged(
        "Limits holding a person on a detainer beyond release unless a judicial warrant is"
        " presented",
        None,
        "protective",
        "detainers",
    ),
    flagged(
        "Jail may hold a person on a detainer past the time of release only with a judicial"
        " warrant",
        None,
        "protective",
        "detainers",
    ),
    flagged(
        "Provides that an administrative warrant is not sufficient to hold a person for"
        " immigration purposes",
        None,
        "protective",
        "detainers",
    ),
    flagged(
        "Bars the county from keeping anyone in custody solely for immigration purposes",
        None,
        "protective",
        "detainers",
    ),
    # still not immigration: another state's charges, an eviction, a detainer without a hold
    not_flagged(
        "Department of corrections shall honor detainers lodged by other states under the"
        " interstate agreement",
        None,
    ),
    not_flagged(
        "Interstate agreement on detainers; prisoners; honor detainers lodged by other states",
        None,
    ),
    not_flagged(
        "Court may hold a defendant on a detainer issued by another state beyond the time of"
        " release",
        None,
    ),
    not_flagged("Forcible entry and detainer; eviction procedure; tenant", None),
    not_flagged("Relating to detainers lodged against prisoners serving sentences", None),
    not_flagged("Honors the county's detention officers of the year", None),
    not_flagged("Holds a hearing for public comment on the county's purposes for the fund", None),
]

CASES += [
    flagged(
        "Requires the sheriff's approval before any detainer request is honored",
        None,
        "protective",
        "detainers",
    ),
    flagged(
        "The sheriff's approval is required prior to honoring an immigration hold",
        None,
        "protective",
        "detainers",
    ),
    goes(
        "Repeals the requirement of the sheriff's approval before detainer requests are honored",
        None,
        "restrictive",
    ),
    flagged(
        "Requires the approval of the council before any agreement under 287(g)",
        None,
        "protective",
        "287g",
    ),
    flagged(
        "Requires the consent of the county board prior to any 287(g) agreement",
        None,
        "protective",
        "287g",
    ),
    flagged(
        "Reauthorizes the county's 287(g) agreement for three years", None, "restrictive", "287g"
    ),
    # a condition before telling the agency or handing people over
    flagged(
        "Requires approval of the board before the jail notifies ICE of release dates",
        None,
        "protective",
        "info_sharing",
    ),
    flagged(
        "Requires a judicial warrant before the jail notifies ICE of release dates",
        None,
        "protective",
        "info_sharing",
    ),
    flagged(
        "Requires the inmate's written consent before the jail shares information with ICE",
        None,
        "protective",
        "info_sharing",
    ),
    flagged(
        "Requires a court order before the county provides records to immigration authorities",
        None,
        "protective",
        "info_sharing",
    ),
    # ... not a duty to tell that comes first, nor a status check first
    goes(
        "Requires jails to notify ICE before releasing persons subject to detainers",
        None,
        "restrictive",
    ),
    goes(
        "Requires the sheriff to verify immigration status before transferring inmates to ICE",
        None,
        "restrictive",
    ),
    # a condition before a place ends its agreement with the agency
    flagged(
        "Requires the approval of the council before the sheriff ends the 287(g) agreement",
        None,
        "restrictive",
        "287g",
    ),
    goes(
        "Requires a public vote before the county terminates its agreement with ICE",
        None,
        "restrictive",
    ),
    # employers alone told to comply with immigration law: the hiring law
    not_flagged("Requires employers to comply with federal immigration laws", None),
    not_flagged("Requires all state contractors to comply with federal immigration law", None),
    flagged(
        "government; compliance; immigration; deportation",
        "Mandates the state, local governments and independent contractors comply with federal"
        " immigration laws and cooperate with specified federal agencies.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged("Does not reauthorize the county's 287(g) agreement", None, "protective", "287g"),
    flagged("Declines to reauthorize the 287(g) agreement", None, "protective", "287g"),
    # a place at a catch-line's head
    flagged("Courthouses; civil arrests; prohibit", None, "protective", "ice_access"),
    flagged("Hospitals; civil arrests; prohibit", None, "protective", "ice_access"),
    not_flagged("Schools; arrest records; require", None),
    not_flagged("Courthouses; security; require", None),
    # a catch-line's verb as a plural noun
    flagged(
        "Immigration status; law enforcement inquiries; limits", None, "protective", "sanctuary"
    ),
    flagged("Sanctuary cities; bans", None, "restrictive", "anti_sanctuary"),
    flagged("287(g) agreements; bans", None, "protective", "287g"),
    not_flagged("Campaign contributions; limits", None),
    flagged(
        "Values Act amendments; limits on ICE access to jails", None, "protective", "ice_access"
    ),
    # a jail finding out whether the people it holds are here lawfully
    flagged(
        "Requires sheriffs to determine whether persons in custody are lawfully present",
        None,
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        "Requires jails to request proof of legal presence from persons held for felonies",
        None,
        "restrictive",
        "state_enforcement",
    ),
    not_flagged("Requires the DMV to request proof of legal presence from applicants", None),
    not_flagged(
        "Requires the court to determine whether the defendant is a citizen before accepting a"
        " plea",
        None,
    ),
    # a place bound to federal immigration law
    flagged(
        "Resolution declaring that the county will comply with all federal immigration laws",
        None,
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        "Resolution affirming the county's compliance with federal immigration law",
        None,
        "restrictive",
        "anti_sanctuary",
    ),
    goes(
        "Resolution ending the county's compliance with federal immigration law", None, "protective"
    ),
    goes("Opposes the sheriff's compliance with federal immigration laws", None, "protective"),
    # a duty to hold, not in a relative clause
    flagged(
        "Requires jails to hold persons on immigration detainers", None, "restrictive", "detainers"
    ),
    # presence in the state made a crime, no person named
    flagged(
        "Makes it a state crime to be present in the state without lawful status",
        None,
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        "Repeals the crime of being in the state without lawful immigration status",
        None,
        "protective",
        "state_enforcement",
    ),
    not_flagged(
        "Makes it a misdemeanor to remain in the state after a hunting license expires", None
    ),
    not_flagged("Offense of living in the state without a valid driver license", None),
    # the agency paying for the detention of detainees in a county's jail
    (
        "Requires ICE to pay the county $80 per day for the detention of federal detainees",
        None,
        None,
        True,
        None,
        "detention_contracts",
    ),
    goes(
        "Ends the arrangement under which ICE pays for the detention of detainees in the county"
        " jail",
        None,
        "protective",
    ),
    # federal officers' own arrests, and a state's or locality's
    not_flagged(
        "A resolution thanking federal law enforcement for arresting illegal aliens at the border",
        None,
    ),
    flagged(
        "Authorizes local law enforcement to arrest illegal aliens",
        None,
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        "Requires state police officers to arrest illegal aliens",
        None,
        "restrictive",
        "state_enforcement",
    ),
    # look-alikes: a shelter's sanctuary, another code's 287(g)
    not_flagged("Sanctuary policy for survivors of human trafficking", None),
    not_flagged("Establishes sanctuary homes for victims of domestic violence", None),
    not_flagged("Amends section 287(g) of the tax code", None),
    ("A sanctuary policy for immigrant victims of crime", None, None, True, None, "sanctuary"),
    flagged(
        "Agreements under section 287(g) of the federal code; prohibit", None, "protective", "287g"
    ),
    # a Trust Act named by the state that has it
    flagged(
        "A RESOLUTION supporting the state's proposed Trust Act", None, "protective", "detainers"
    ),
    flagged("A resolution supporting the state’s Trust Act", None, "protective", "detainers"),
    goes("A resolution opposing the proposed Trust Act", None, "restrictive"),
    not_flagged("Supporting the proposed Land Trust Act", None),
    not_flagged("the proposed trust act for the county parks foundation", None),
]

CASES += [
    flagged(
        "Public safety",
        "Requires county jails to notify federal authorities when releasing a person who is not"
        " lawfully present.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        "Prohibits jails from notifying federal authorities when releasing a person who is not"
        " lawfully present",
        None,
        "protective",
        "info_sharing",
    ),
    flagged(
        "Requires the sheriff to notify federal authorities of any undocumented immigrants in"
        " custody",
        None,
        "restrictive",
        "info_sharing",
    ),
    goes(
        "Requires the state police to cooperate with federal officials regarding undocumented"
        " immigrants",
        None,
        "restrictive",
    ),
    # federal officers with no one sought by status in the clause stay unnamed
    not_flagged("Requires schools to notify federal authorities of threats", None),
    not_flagged("Requires notification of federal law enforcement when a firearm is stolen", None),
    not_flagged(
        "Requires the county to notify federal authorities of a flood. Undocumented immigrants"
        " may apply for disaster aid",
        None,
    ),
]

test_holds_conditions_and_places = case_table_test(CASES)


def test_the_honored_detainer_is_the_reason_given() -> None:
    """The reason a reader sees names the words that made a bare detainer an immigration hold."""
    res = classify("Allows jails to honor detainers only for persons convicted of serious felonies")
    assert any("honor detainers" in w for w in res.why), res.why


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        (
            "Requires inspections of facilities that hold civil immigration detainees",
            "detention_contracts",
        ),
        (
            "Requires the state to license facilities that hold civil immigration detainees",
            "detention_contracts",
        ),
    ],
)
def test_a_relative_clause_is_no_duty_to_hold(title: str, topic: str) -> None:
    """Whom a duty binds ("facilities that hold …") is not the duty: no side of honoring holds."""
    res = classify(title)
    assert res.relevant, res.why
    assert topic in res.topics, res.why
    assert res.stance != "restrictive", res.why
