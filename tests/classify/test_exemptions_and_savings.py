"""Classifier 2.80.0 (docs/classifier-history.md): the wordings 2.79.0 left open, each read by
what the measure does.

- A state's anti-sanctuary law amended "to add exemptions" or "exceptions" for some places or
  people, or a place exempted from it: the ban is undone there, protective (DOMAIN.md: stance
  follows what the measure does; before, restrictive as a ban on sanctuary policies).
- "Nothing in the Trust Act prevents cooperation with federal immigration authorities", "nothing
  in the sanctuary ordinance prohibits officers from sharing information with ICE": the named
  sanctuary law is narrowed, restrictive (before, protective). A savings clause in the measure's
  own words ("Nothing in this act prohibits …") and one about what no such law bars (a criminal
  warrant) are not; "nothing in the Anti-Sanctuary Act requires police to honor ICE detainers"
  narrows that act, protective (before, restrictive).
- A person shielded from being fired for refusing to help the agency: protective, the mirror of
  one shielded for cooperating (before, read as a bar on refusing: restrictive).
- The agency required to reimburse a county for holding people on immigration holds: a
  condition, protective (before, read as a reward to the county: restrictive).
- Rezoning for the agency's detention facility with more words between ("approving the rezoning
  of a parcel for an ICE detention facility"): the detention topic (before, not relevant).
- An anti-sanctuary law is not the sanctuary topic ("amending the state's anti-sanctuary law").
- Liability: a landlord made liable or fined for renting to people without status is
  restrictive (before, unclear), that liability repealed protective; a liability lifted from
  those who cooperate with the agency restrictive, from those who decline protective; a sanctuary
  place's liability repealed protective; "makes a sanctuary city liable" restrictive (before,
  only "sanctuary cities").
- A word read whole before what it must not be followed by: "reports to the council on …" is no
  report to ICE, "notifies inmates" no notice to ICE, "transfers information to ICE" no person
  handed over (before, the stem matched and the exclusion was skipped); records transferred to ICE
  are information shared.
- A place's rooms or grounds let to the agency: "Terminates the lease of city property to ICE"
  protective, "Authorizes ICE to use the county fairgrounds as a staging area" and "Allows ICE to
  use a room in the jail" restrictive, the agents barred from using them protective (before, not
  relevant or unclear).
- A state's own immigration court, or its courts told to order deportation: state enforcement,
  restrictive; abolished, protective (before, unclear or not relevant).
- "ICE Technologies", "ICE Systems Inc": a company of that name, not the agency.
- A catch-line whose head names the policy's subject ("Immigration enforcement; cooperation with
  federal authorities; require"): its object is read as about that subject, restrictive
  (before, unclear); "Sanctuary policies; repeal prohibition": the prohibition on them repealed,
  protective (before, unclear); federal officers named with what they work on ("cooperation with
  federal authorities on immigration enforcement") are the agency.
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
from tracker.classify import classify, engine

CASES: list[Case] = [
    # an anti-sanctuary law loosened by exemptions
    flagged(
        "Amending the Anti-Sanctuary Act to add exemptions for schools and hospitals",
        None,
        "protective",
        "anti_sanctuary",
    ),
    flagged(
        "A bill amending the state's anti-sanctuary law to add exceptions for crime victims",
        None,
        "protective",
        "anti_sanctuary",
    ),
    goes("Exempts public hospitals from the anti-sanctuary law", None, "protective"),
    goes(
        "Expands the exemptions from the state's anti-sanctuary law to include houses of worship",
        None,
        "protective",
    ),
    # ... and the same words the other way: exemptions repealed, penalties added
    goes("Repeals the exemption for hospitals from the anti-sanctuary law", None, "restrictive"),
    goes(
        "Amends the anti-sanctuary cities act to expand its penalties on sanctuary cities",
        None,
        "restrictive",
    ),
    goes(
        "A bill amending the Welcoming City Ordinance to add exceptions for persons charged with"
        " violent felonies",
        None,
        "restrictive",
    ),
    # a named sanctuary law said not to bar what it limits
    flagged(
        "Clarifies that nothing in the Trust Act prevents cooperation with federal immigration"
        " authorities",
        None,
        "restrictive",
        "detainers",
    ),
    flagged(
        "Clarifies that nothing in the sanctuary ordinance prohibits officers from sharing"
        " information with ICE",
        None,
        "restrictive",
        "info_sharing",
    ),
    goes(
        "Provides that nothing in the California Values Act shall be construed to prohibit"
        " cooperation with ICE on serious felonies",
        None,
        "restrictive",
    ),
    goes(
        "An act providing that nothing in the welcoming city ordinance restricts police from"
        " honoring ICE detainers",
        None,
        "restrictive",
    ),
    # ... not what no such law bars, nor the measure's own savings clause
    goes(
        "Provides that nothing in the TRUST Act shall be construed to prohibit a law enforcement"
        " agency from complying with a criminal warrant",
        None,
        "protective",
    ),
    goes(
        "Nothing in this act prohibits sharing information with ICE as required by 8 U.S.C. 1373."
        " Prohibits police from honoring ICE detainers without a judicial warrant",
        None,
        "protective",
    ),
    # ... and an anti-sanctuary law said not to require a duty: that law narrowed
    goes(
        "A bill providing that nothing in the Anti-Sanctuary Act requires police to honor ICE"
        " detainers",
        None,
        "protective",
    ),
    goes(
        "Provides that nothing in state law requires a county to honor immigration detainers",
        None,
        "protective",
    ),
    # a person shielded from being fired, either way
    flagged(
        "Prohibits the city from firing employees who refuse to assist ICE",
        None,
        "protective",
        "sanctuary",
    ),
    goes("Prohibits the county from firing employees who cooperate with ICE", None, "restrictive"),
    goes(
        "Provides that a state employee may be fired for refusing to cooperate with federal"
        " immigration authorities",
        None,
        "restrictive",
    ),
    # the agency made to pay for the holds, and the state paying counties back
    flagged(
        "Requires ICE to reimburse the county for holding persons on immigration holds",
        None,
        "protective",
        "detainers",
    ),
    goes(
        "Requires the state to reimburse counties for the costs of holding persons on immigration"
        " detainers",
        None,
        "restrictive",
    ),
    # rezoning for the agency's facility, a few words apart
    flagged(
        "A resolution approving the rezoning of a parcel for an ICE detention facility",
        None,
        "restrictive",
        "detention_contracts",
    ),
    flagged(
        "An ordinance to rezone the county parcel to allow an ICE detention facility",
        None,
        "restrictive",
        "detention_contracts",
    ),
    flagged(
        "Denying the request to rezone the county parcel to allow an ICE detention facility",
        None,
        "protective",
        "detention_contracts",
    ),
    # liability, for renting and for cooperating or declining
    flagged(
        "Makes landlords liable for renting to unauthorized aliens",
        None,
        "restrictive",
        "state_enforcement",
    ),
    goes("Fines landlords who lease apartments to undocumented immigrants", None, "restrictive"),
    goes(
        "Repeals the liability of landlords for renting to unauthorized aliens", None, "protective"
    ),
    goes("Eliminates liability for local officials who cooperate with ICE", None, "restrictive"),
    goes(
        "Removes liability for officers who decline to honor immigration detainers",
        None,
        "protective",
    ),
    goes(
        "Repeals the civil liability of a sanctuary jurisdiction for damages caused by an alien"
        " released from custody",
        None,
        "protective",
    ),
    goes(
        "Eliminates the liability of sanctuary cities for crimes committed by persons they"
        " released",
        None,
        "protective",
    ),
    flagged(
        "Makes a sanctuary city liable for damages caused by an alien it released",
        None,
        "restrictive",
        "anti_sanctuary",
    ),
    goes("Eliminates sanctuary cities in the state", None, "restrictive"),
    # a word read whole before its exclusion
    goes(
        "Requires the jail to notifies inmates in writing before any ICE interview",
        None,
        "protective",
    ),
    flagged(
        "Requires the sheriff to transfers information to ICE", None, "restrictive", "info_sharing"
    ),
    flagged("Requires the sheriff to transfer records to ICE", None, "restrictive", "info_sharing"),
    flagged("Prohibits the transfer of student records to ICE", None, "protective", "info_sharing"),
    flagged("Requires the sheriff to transfer inmates to ICE", None, "restrictive", "detainers"),
    # rooms and grounds let to the agency, or kept from it
    flagged("Terminates the lease of city property to ICE", None, "protective", "ice_access"),
    flagged(
        "Approves a lease of county office space to U.S. Immigration and Customs Enforcement",
        None,
        "restrictive",
        "ice_access",
    ),
    flagged(
        "Authorizes ICE to use the county fairgrounds as a staging area",
        None,
        "restrictive",
        "ice_access",
    ),
    flagged("Allows ICE to use a room in the jail", None, "restrictive", "ice_access"),
    goes("The sheriff shall not allow ICE to use a room in the jail", None, "protective"),
    goes("Prohibits allowing ICE to use a room in the jail", None, "protective"),
    flagged(
        "Prohibits ICE from using county property as a staging area",
        None,
        "protective",
        "ice_access",
    ),
    # a state's own court for removal
    flagged(
        "Authorizes state courts to order the deportation of persons who entered illegally",
        None,
        "restrictive",
        "state_enforcement",
    ),
    flagged("Creates a state immigration court", None, "restrictive", "state_enforcement"),
    flagged("Abolishes the state immigration court", None, "protective", "state_enforcement"),
    # catch-lines read with their head's subject
    flagged(
        "Immigration enforcement; cooperation with federal authorities; require",
        None,
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        "Immigration detainers; compliance by sheriffs; require", None, "restrictive", "detainers"
    ),
    goes("Immigration status; inquiries by law enforcement; prohibit", None, "protective"),
    goes("Sanctuary policies; repeal prohibition", None, "protective"),
    goes(
        "require cooperation with federal authorities on immigration enforcement",
        None,
        "restrictive",
    ),
    goes(
        "Requires compliance with the state's limits on immigration enforcement", None, "protective"
    ),
    not_flagged("Immigration; English language classes; provide", None),
    not_flagged("Aliens; hunting licenses; prohibit", None),
    not_flagged("Requires cooperation with federal authorities on drug trafficking cases", None),
    # look-alikes the new words must leave alone
    not_flagged("Approves an agreement with ICE Technologies for software maintenance", None),
    not_flagged("APPROVES AGREEMENT WITH ICE SYSTEMS INC FOR HVAC SERVICES", None),
    not_flagged("Approves the lease of city property to the Ice Hockey Association", None),
    not_flagged("Authorizes courts to order the removal of a child from the home", None),
    not_flagged("Limits the liability of landlords for renting to tenants", None),
    not_flagged("Makes a Second Amendment sanctuary county ineligible for state grants", None),
    not_flagged("Requires the clerk to forward copies of this resolution to ICE", None),
    not_flagged("An ordinance rezoning a parcel for a juvenile detention facility", None),
    not_flagged("Amending the Anti-Littering Act to add exemptions for farm equipment", None),
    not_flagged(
        "Provides that nothing in the Public Trust Act prevents the sale of surplus land", None
    ),
    not_flagged("Prohibits the city from firing employees who refuse to work overtime", None),
    # a Trust Act's own text with its savings clause keeps its side
    (
        SILENT_CAPTION,
        None,
        "No law enforcement agency shall detain an individual on the basis of an immigration"
        " detainer unless presented with a judicial warrant. Nothing in this act prohibits any"
        " official from sending to, or receiving from, federal immigration authorities"
        " information regarding the citizenship or immigration status of an individual.",
        True,
        "protective",
        "detainers",
    ),
]

test_exemptions_and_savings = case_table_test(CASES)


def test_an_anti_sanctuary_law_is_not_the_sanctuary_topic() -> None:
    """The law against sanctuary places carries its own topic, not the policy it bans."""
    res = classify(
        "A bill amending the state's anti-sanctuary law to add exceptions for crime victims"
    )
    assert res.relevant, res.why
    assert "anti_sanctuary" in res.topics, res.why
    assert "sanctuary" not in res.topics, res.why


def test_reports_to_a_council_are_no_report_to_ice() -> None:
    """A report to the council on the work done with the agency tells the agency nothing: its
    direction is not read as a duty to tell ICE (the word "reports" read whole)."""
    res = classify("Requires annual reports to the council on the county's cooperation with ICE")
    assert res.stance != "restrictive", res.why
    assert not any("notifying immigration authorities" in w for w in res.why), res.why


def test_a_catch_line_verb_of_two_words_keeps_its_object() -> None:
    """Only a ban or duty undone by its noun ("repeal prohibition") takes "on" before its object;
    a verb of two words ("provide for") governs its object directly."""
    said = engine._catchline_verb_first(
        "Immigrants; legal representation in removal proceedings; provide for"
    )
    assert "provide for legal representation" in said
    assert "provide for on" not in said
    assert engine._catchline_verb_first("Sanctuary policies; repeal prohibition").startswith(
        "repeal prohibition on Sanctuary policies"
    )
