"""Arrests for a person's status in the passive and as a noun, ICE's access refused or denied,
enforcement barred at a place, a state's own detention and transport money, sanctuary places and
a law's violators punished, bans opposed, act names inside a resolution, requests in a
that-clause, and room or lists for ICE (DOMAIN.md: the topics, and stance follows what the
measure does)."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads
from tracker.classify import classify


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        # arrests for status: barred, a sanctuary policy; allowed, state enforcement
        (
            "No person shall be arrested solely for being unlawfully present in the United States.",
            "protective",
            "sanctuary",
        ),
        (
            "Provides that individuals shall not be stopped, arrested, or detained solely for a"
            " civil immigration violation.",
            "protective",
            "sanctuary",
        ),
        (
            "Prohibits the arrest of any person solely for unlawful presence in the United States.",
            "protective",
            "sanctuary",
        ),
        (
            "Authorizes peace officers to arrest a person for being unlawfully present in the"
            " United States.",
            "restrictive",
            "state_enforcement",
        ),
        (
            "Allows warrantless arrests of persons on the basis of immigration status.",
            "restrictive",
            "state_enforcement",
        ),
        (
            "Repeals the prohibition on arresting persons solely because of the person's"
            " immigration status.",
            "restrictive",
            "state_enforcement",
        ),
        # ICE's access refused, denied or prevented
        ("Authorizes sheriffs to deny ICE access to county jails.", "protective", "ice_access"),
        ("Prohibits counties from denying ICE access to the jail.", "restrictive", "ice_access"),
        (
            "Local governments may not deny immigration officers access to persons in custody.",
            "restrictive",
            "ice_access",
        ),
        (
            "Prohibits sheriffs from preventing ICE agents from entering county jails.",
            "restrictive",
            "ice_access",
        ),
        (
            "Requires sheriffs to grant immigration officers access to county jails.",
            "restrictive",
            "ice_access",
        ),
        (
            "Requires hospitals to adopt procedures for responding to requests for access by"
            " immigration enforcement officers.",
            "protective",
            "ice_access",
        ),
        # enforcement barred at a place, in the passive
        (
            "Immigration enforcement actions are prohibited at public libraries.",
            "protective",
            "ice_access",
        ),
        (
            "Designates county buildings as safe zones where immigration enforcement is not"
            " permitted.",
            "protective",
            "ice_access",
        ),
        (
            "Provides that immigration enforcement actions are permitted at courthouses.",
            "restrictive",
            "ice_access",
        ),
        # a state's own detention and transport
        (
            "Authorizes the state to build and operate immigration detention facilities.",
            "restrictive",
            "detention_contracts",
        ),
        (
            "Directs the Division of Emergency Management to establish temporary detention"
            " facilities for illegal aliens.",
            "restrictive",
            "state_enforcement",
        ),
        (
            "Appropriates funds to construct a state immigration detention center.",
            "restrictive",
            None,
        ),
        ("Creates a program to transport migrants out of the state.", "restrictive", None),
        (
            "Appropriates $12 million for a program to relocate unauthorized aliens to other"
            " states.",
            "restrictive",
            "state_enforcement",
        ),
        ("Prohibits the use of state funds to transport migrants.", "protective", None),
        (
            "Authorizes the county to lease jail beds to the federal government for the"
            " detention of immigrants.",
            "restrictive",
            "detention_contracts",
        ),
        (
            "Resolution asking the County Executive to terminate the ICE contract at the county"
            " jail",
            "protective",
            "detention_contracts",
        ),
        # sanctuary places punished by name, a law's violators punished, officials suspended
        ("Makes sanctuary jurisdictions ineligible for state grant funds.", "restrictive", None),
        ("Sanctuary cities shall be ineligible for state grants.", "restrictive", None),
        (
            "Authorizes the attorney general to sue local law enforcement agencies that violate"
            " the state's sanctuary law.",
            "protective",
            None,
        ),
        (
            "Makes it a misdemeanor for an official to knowingly violate the California Values"
            " Act.",
            "protective",
            None,
        ),
        (
            "Authorizes the Governor to suspend local officials who adopt sanctuary policies.",
            "restrictive",
            None,
        ),
        (
            "Requires the attorney general to investigate sheriffs that share information with"
            " ICE.",
            "protective",
            None,
        ),
        ("Creates the State Board of Immigration Enforcement.", "restrictive", None),
        # a ban opposed backs what it bans
        ("Resolution opposing the ban on sanctuary policies", "protective", "sanctuary"),
        ("Resolution opposing the ban on 287(g) agreements", "restrictive", "287g"),
        ("Resolution opposing the bill banning sanctuary policies", "protective", None),
        # act names inside a resolution
        ("Resolution urging Congress to pass the No Sanctuary Cities Act", "restrictive", None),
        ("Resolution opposing the Sanctuary Cities Prohibition Act", "protective", None),
        ("Resolution opposing the 287(g) Ban Act", "restrictive", "287g"),
        ("Resolution opposing the Protect Sanctuary Cities Act", "restrictive", None),
        ("Resolution opposing the Limit 287(g) Act", "restrictive", "287g"),
        # requests in a that-clause, and a measure's own "to stop"
        ("Resolution requesting that the Sheriff stop honoring ICE detainers", "protective", None),
        (
            "Resolution requesting that the Sheriff stop declining immigration detainer requests",
            "restrictive",
            None,
        ),
        ("Resolution requesting that the Sheriff adopt sanctuary policies", "protective", None),
        ("Resolution to stop entering into 287(g) agreements", "protective", "287g"),
        ("Resolution requesting that the city stop cooperating with ICE", "protective", None),
        # room or lists for ICE
        (
            "Requires the sheriff to provide office space in the jail to ICE officers.",
            "restrictive",
            "ice_access",
        ),
        ("Terminates the lease of county office space to ICE.", "protective", "ice_access"),
        (
            "Requires the Department of Corrections to give ICE a list of foreign-born inmates"
            " each month.",
            "restrictive",
            "info_sharing",
        ),
        # a duty said to be voluntary or mandatory, officers serving as immigration officers, a
        # local government's own ID cards
        (
            "Provides that compliance with immigration detainers is voluntary.",
            "protective",
            "detainers",
        ),
        (
            "Participation in the 287(g) program shall be mandatory for every sheriff.",
            "restrictive",
            "287g",
        ),
        ("Bars deputies from acting as immigration officers.", "protective", "287g"),
        (
            "Authorizes deputies to act as immigration officers under an agreement with ICE.",
            "restrictive",
            "287g",
        ),
        (
            "Prohibits municipalities from issuing identification cards.",
            "restrictive",
            "municipal_id",
        ),
        (
            "Requires the county to issue identification cards to residents who cannot obtain a"
            " state ID.",
            "protective",
            "municipal_id",
        ),
        # counsel, data shielded, a place's own declaration
        (
            "Authorize agreement with nonprofit to provide removal defense legal services",
            "protective",
            "access_to_counsel",
        ),
        (
            "Authorizes the public defender to represent residents in removal proceedings.",
            "protective",
            "access_to_counsel",
        ),
        (
            "Concerning the protection of personal identifying information from federal"
            " immigration enforcement.",
            "protective",
            "info_sharing",
        ),
        (
            "Relating to protecting student records from federal immigration authorities.",
            "protective",
            "info_sharing",
        ),
        (
            "Resolution declaring the city a sanctuary for immigrants and refugees",
            "protective",
            "sanctuary",
        ),
    ],
)
def test_reads(title: str, stance: str, topic: str | None) -> None:
    assert_reads(title, stance, topic=topic)


def test_a_report_of_the_requests_ice_makes_is_no_duty_to_tell_ice() -> None:
    # reporting the requests ICE makes tells the public, not ICE
    res = classify("Requires state agencies to report requests from ICE for personal information.")
    assert res.stance != "restrictive", res.why


@pytest.mark.parametrize(
    "title",
    [
        # status as a ground of something other than an arrest, people already arrested
        "Prohibits employers from discriminating against workers based on actual or perceived"
        " immigration status.",
        "Provides that a person arrested for a traffic violation shall be released on citation"
        " regardless of immigration status.",
        "Stop Discrimination Based on Immigration Status Act",
        # other programs, other facilities, other tenants
        "Creates a refugee resettlement program to relocate refugees to other states.",
        "Appropriates $2 million for a program to help immigrants start businesses.",
        "Approves the lease of office space in the county building to U.S. Citizenship and"
        " Immigration Services.",
        "Provides a room in the public library for free immigration legal clinics.",
        "Gives immigration attorneys a list of available interpreters.",
        # a choice left to people, cards for a group the issuer names
        "Provides that participation in the wellness program is voluntary.",
        "Requires counties to issue identification cards to veterans.",
        "Requires the county to issue identification cards to persons who receive public"
        " assistance benefits.",
    ],
)
def test_not_flagged(title: str) -> None:
    assert_not_flagged(title)
