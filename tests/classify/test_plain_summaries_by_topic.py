# ruff: noqa: E501  (measure summaries are kept whole)
"""Plain summaries of what a measure does on each topic, as a one-line digest under a bare
"Immigration" caption says it: state crimes and removal orders, conditions on honoring
detainers and exceptions to them, money for or against enforcement, data, access, contracts,
287(g), IDs and U visas. DOMAIN.md gives each its side; 2.27.0 read 6 of these 61 wrong
(exceptions widened or narrowed, money appropriated for 287(g), a state's own removal orders
repealed, presence made a misdemeanor, migrants transported out of the state)."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        # state enforcement created
        ("Creates the state crime of illegal entry into this state.", "restrictive"),
        (
            "Makes it a crime for an alien to enter or attempt to enter this state illegally.",
            "restrictive",
        ),
        ("Creates the offense of illegal reentry by an alien.", "restrictive"),
        ("Makes being unlawfully present in this state a misdemeanor.", "restrictive"),
        (
            "Authorizes state judges to order aliens to return to the foreign nation from which they entered.",
            "restrictive",
        ),
        (
            "Requires law enforcement officers to verify the immigration status of persons they arrest.",
            "restrictive",
        ),
        (
            "Requires officers to determine the immigration status of any person stopped who is reasonably suspected of being unlawfully present.",
            "restrictive",
        ),
        (
            "Establishes a state program to transport unauthorized aliens to the federal government.",
            "restrictive",
        ),
        ("Creates a state border protection unit to enforce immigration law.", "restrictive"),
        ("Prohibits landlords from renting to illegal aliens.", "restrictive"),
        ("Makes it a crime to transport or harbor an illegal alien in this state.", "restrictive"),
        # state enforcement barred or repealed
        ("Repeals the state crime of illegal entry.", "protective"),
        (
            "Repeals the requirement that officers verify the immigration status of persons they arrest.",
            "protective",
        ),
        (
            "Prohibits law enforcement officers from verifying the immigration status of persons they stop.",
            "protective",
        ),
        ("Prohibits the state from enforcing state immigration crimes.", "protective"),
        ("Repeals the authority of state judges to order the removal of aliens.", "protective"),
        ("Prohibits state funds for transporting migrants out of the state.", "protective"),
        # conditions on detainers
        (
            "Requires a judicial warrant before a jail may honor an immigration detainer.",
            "protective",
        ),
        (
            "Allows jails to honor immigration detainers only for persons convicted of a violent felony.",
            "protective",
        ),
        (
            "Limits compliance with immigration detainers to persons convicted of serious offenses.",
            "protective",
        ),
        (
            "Prohibits holding a person on an immigration detainer beyond the time of release unless a judge has signed a warrant.",
            "protective",
        ),
        (
            "Adds offenses to the list of crimes for which jails may honor immigration detainers.",
            "restrictive",
        ),
        (
            "Removes the requirement of a judicial warrant before honoring an immigration detainer.",
            "restrictive",
        ),
        (
            "Expands the exceptions to the prohibition on honoring immigration detainers.",
            "restrictive",
        ),
        ("Narrows the exceptions that allow jails to honor immigration detainers.", "protective"),
        (
            "Requires the sheriff's approval before any officer honors an immigration detainer.",
            "protective",
        ),
        # money
        ("Appropriates funds for the county's 287(g) program.", "restrictive"),
        (
            "Provides grants to local governments that cooperate with federal immigration authorities.",
            "restrictive",
        ),
        ("Reimburses counties for the costs of honoring immigration detainers.", "restrictive"),
        ("Withholds state funds from cities that adopt sanctuary policies.", "restrictive"),
        ("Denies state grants to any county that limits cooperation with ICE.", "restrictive"),
        ("Prohibits the use of state funds for immigration enforcement.", "protective"),
        ("Prohibits the use of county funds to detain people for ICE.", "protective"),
        ("Funds legal representation for immigrants facing deportation.", "protective"),
        ("Establishes a fund for attorneys for persons in removal proceedings.", "protective"),
        (
            "Prohibits public funds for legal representation of persons in removal proceedings.",
            "restrictive",
        ),
        # information sharing
        (
            "Prohibits state agencies from sharing personal information with federal immigration authorities.",
            "protective",
        ),
        (
            "Requires the department of motor vehicles to share driver's license data with ICE.",
            "restrictive",
        ),
        (
            "Prohibits the DMV from disclosing personal information to immigration authorities without a warrant.",
            "protective",
        ),
        (
            "Requires jails to notify ICE before releasing a person subject to a detainer.",
            "restrictive",
        ),
        ("Prohibits jails from notifying ICE of an inmate's release date.", "protective"),
        (
            "Requires agencies to report the immigration status of arrestees to federal authorities.",
            "restrictive",
        ),
        ("Limits the information that may be shared with immigration authorities.", "protective"),
        # ICE access
        ("Prohibits ICE from entering schools without a judicial warrant.", "protective"),
        ("Prohibits civil immigration arrests in courthouses.", "protective"),
        ("Requires jails to give ICE agents access to inmates.", "restrictive"),
        ("Requires written consent before an ICE interview of a person in custody.", "protective"),
        (
            "Designates hospitals and places of worship as protected areas from immigration enforcement.",
            "protective",
        ),
        # detention contracts
        (
            "Prohibits the county from renewing its contract with ICE to hold immigration detainees.",
            "protective",
        ),
        (
            "Authorizes the sheriff to contract with ICE to house immigration detainees.",
            "restrictive",
        ),
        (
            "Approves an intergovernmental service agreement with ICE for the detention of noncitizens.",
            "restrictive",
        ),
        ("Terminates the county's agreement to detain immigrants for ICE.", "protective"),
        ("Prohibits private immigration detention facilities in the state.", "protective"),
        # 287(g)
        ("Requires every sheriff to enter into a 287(g) agreement.", "restrictive"),
        ("Terminates the county's 287(g) agreement.", "protective"),
        (
            "Approves the sheriff's memorandum of agreement with ICE under section 287(g).",
            "restrictive",
        ),
        ("Prohibits renewal of any 287(g) agreement.", "protective"),
        # municipal IDs, U visas
        ("Establishes a municipal identification card program.", "protective"),
        (
            "Prohibits acceptance of municipal identification cards issued to persons unlawfully present.",
            "restrictive",
        ),
        (
            "Requires law enforcement agencies to certify U visa requests within 90 days.",
            "protective",
        ),
        ("Prohibits local agencies from certifying U visa applications.", "restrictive"),
    ],
)
def test_a_plain_summary_reads_the_way_the_measure_goes(summary: str, stance: str) -> None:
    assert_reads("Immigration", stance, summary)


def test_employers_checking_work_authorization_is_not_a_tracked_topic() -> None:
    # E-Verify for employers is other immigration (DOMAIN.md), unlike a city making landlords or
    # employers verify status under its own ordinance
    assert_not_flagged(
        "Immigration",
        "Requires employers to verify the work authorization of employees and penalizes those who"
        " hire unauthorized aliens.",
    )


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        (
            "Law enforcement agencies are no longer required to honor immigration detainers.",
            "protective",
        ),
        ("No longer allows counties to enter into 287(g) agreements.", "protective"),
        ("Counties shall no longer cooperate with federal immigration authorities.", "protective"),
        (
            "Removes the authority of local governments to enter into 287(g) agreements.",
            "protective",
        ),
        ("Eliminates the requirement that jails honor immigration detainers.", "protective"),
        (
            "Eliminates the prohibition on local governments entering into 287(g) agreements.",
            "restrictive",
        ),
        (
            "Removes the prohibition on sharing information with federal immigration authorities.",
            "restrictive",
        ),
        ("Does not require local governments to honor immigration detainers.", "protective"),
        (
            "Local governments are no longer prohibited from adopting sanctuary policies.",
            "protective",
        ),
        ("Extends the county's 287(g) agreement through 2030.", "restrictive"),
        ("Renews the sheriff's agreement with ICE under section 287(g).", "restrictive"),
        ("Continues funding for the sheriff's 287(g) task force.", "restrictive"),
        ("This bill prohibits local governments from adopting sanctuary policies.", "restrictive"),
        ("The bill would require sheriffs to comply with immigration detainers.", "restrictive"),
        ("Would prohibit state agencies from sharing information with ICE.", "protective"),
        (
            "The ordinance prohibits city employees from assisting federal immigration enforcement.",
            "protective",
        ),
        ("This act requires cooperation with federal immigration authorities.", "restrictive"),
        ("The bill repeals the state's sanctuary law.", "restrictive"),
        ("The measure repeals the prohibition on sanctuary policies.", "protective"),
        (
            "Restores the authority of local governments to limit cooperation with federal immigration authorities.",
            "protective",
        ),
        ("Restores the county's 287(g) agreement.", "restrictive"),
        ("Reinstates the ban on sanctuary cities.", "restrictive"),
        ("Reinstates compliance with immigration detainers.", "restrictive"),
        ("Suspends the county's 287(g) agreement.", "protective"),
        ("Pauses cooperation with ICE pending review.", "protective"),
        ("Lifts the ban on 287(g) agreements.", "restrictive"),
        ("Lifts the prohibition on sanctuary policies.", "protective"),
        ("Overturns the city's sanctuary ordinance.", "restrictive"),
        ("Nullifies local sanctuary policies.", "restrictive"),
        ("Invalidates any local policy that limits cooperation with ICE.", "restrictive"),
        ("Preserves the state's sanctuary law.", "protective"),
        ("Codifies the city's welcoming city policy.", "protective"),
    ],
)
def test_undoing_keeping_or_negating_turns_the_side(summary: str, stance: str) -> None:
    """A duty or leave negated ("no longer required to honor"), a ban lifted, a policy
    overturned, suspended, extended, renewed, restored or preserved; 2.27.0 read 14 of these 32
    wrong."""
    assert_reads("Immigration", stance, summary)
