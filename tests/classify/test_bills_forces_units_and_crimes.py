"""Five shapes the rules had no row for: a bill described by a list of what it does; a caption that
opposes a bill with its summary telling what the bill does; a force put to enforcement, or a
place's part in a program, named as a noun; an official's act made a crime or a ground for removal;
a unit made or unmade for enforcement. Each goes the way DOMAIN.md gives it ("stance follows what
the measure does"; anti-sanctuary measures "punish officials"), and look-alikes in the same shapes
are not flagged."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        # every item of the clause is the opposed bill's, not only the first
        (
            "Resolution opposing Senate Bill 4, which would require jails to honor ICE detainers"
            " and prohibit sanctuary policies",
            "protective",
            "detainers",
        ),
        (
            "Resolution urging the Governor to veto House Bill 1105, which requires local police"
            " to cooperate with ICE and prohibits sanctuary cities",
            "protective",
            "sanctuary",
        ),
        (
            "Resolution opposing HB 2, which would prohibit 287(g) agreements and require a"
            " judicial warrant before a jail honors an immigration detainer",
            "restrictive",
            "287g",
        ),
        # backed, the list keeps its side
        (
            "Resolution supporting HB 2, which would prohibit 287(g) agreements and require a"
            " judicial warrant before a jail honors an immigration detainer",
            "protective",
            "287g",
        ),
    ],
)
def test_a_bill_described_by_a_list_is_opposed_whole(title: str, stance: str, topic: str) -> None:
    assert_reads(title, stance, topic=topic)


def test_the_measures_own_next_act_after_an_opposed_list_is_its_own() -> None:
    # a gerund after the list is the resolution's again: it backs limiting cooperation
    assert_reads(
        "Resolution opposing Senate Bill 4, which would require jails to honor ICE detainers,"
        " and supporting the city's policy of limiting cooperation with ICE",
        "protective",
    )


@pytest.mark.parametrize(
    ("title", "summary", "stance"),
    [
        (
            "Resolution opposing Senate Bill 4",
            "Senate Bill 4 would require local jails to honor ICE detainers.",
            "protective",
        ),
        (
            "Resolution in opposition to HB 1105",
            "HB 1105 prohibits sanctuary policies and requires cooperation with ICE.",
            "protective",
        ),
        (
            "Resolution urging the Governor to veto Senate Bill 4",
            "The bill would create a state crime of illegal entry.",
            "protective",
        ),
        (
            "Resolution urging the legislature to reject HB 1105",
            "The legislation bars 287(g) agreements.",
            "restrictive",
        ),
        (
            "Resolution opposing Senate Bill 4",
            "It would require local jails to honor ICE detainers.",
            "protective",
        ),
        # backed, the summary's account keeps its side
        (
            "Resolution supporting Senate Bill 4",
            "Senate Bill 4 would require local jails to honor ICE detainers.",
            "restrictive",
        ),
        # a summary that tells what the resolution itself does goes its own way
        (
            "Resolution opposing Senate Bill 4",
            "Reaffirms the city's policy of limiting cooperation with federal immigration"
            " authorities.",
            "protective",
        ),
        (
            "Resolution opposing HB 1105",
            "Directs the police department to continue to honor ICE detainers.",
            "restrictive",
        ),
    ],
)
def test_a_caption_opposing_a_bill_turns_what_its_summary_says_the_bill_does(
    title: str, summary: str, stance: str
) -> None:
    assert_reads(title, stance, summary=summary)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "Resolution urging the Governor to deploy the National Guard to assist ICE",
            "restrictive",
        ),
        (
            "Authorizes the Governor to deploy state troopers to carry out immigration arrests.",
            "restrictive",
        ),
        (
            "Prohibits the Governor from deploying county deputies for federal immigration"
            " enforcement.",
            "protective",
        ),
        (
            "Resolution opposing any plan to deploy the National Guard to enforce federal"
            " immigration law",
            "protective",
        ),
        (
            "Resolution urging Congress to mandate cooperation with immigration detainers",
            "restrictive",
        ),
    ],
)
def test_a_force_put_to_enforcement_by_its_verb(title: str, stance: str) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Resolution opposing the use of county deputies to assist ICE", "protective"),
        (
            "Resolution condemning the deployment of the National Guard to enforce federal"
            " immigration law",
            "protective",
        ),
        (
            "Prohibits the deployment of state troopers to carry out immigration arrests.",
            "protective",
        ),
        (
            "Resolution supporting the use of city police for federal immigration enforcement",
            "restrictive",
        ),
        ("Authorizes the deployment of the National Guard to assist ICE.", "restrictive"),
        (
            "Requires sheriffs to participate in federal immigration enforcement programs.",
            "restrictive",
        ),
        (
            "Sheriff; authorize to participate in immigration enforcement task forces.",
            "restrictive",
        ),
        (
            "Requires the participation of local law enforcement in federal immigration"
            " enforcement programs.",
            "restrictive",
        ),
        (
            "Withdraws the sheriff's office from ICE's Warrant Service Officer program.",
            "protective",
        ),
        ("Ends the county's participation in ICE's Warrant Service Officer program.", "protective"),
    ],
)
def test_a_force_put_to_enforcement_or_a_part_in_a_program_named_as_a_noun(
    title: str, stance: str
) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "Makes it a Class A misdemeanor for a public official to adopt a sanctuary policy.",
            "restrictive",
        ),
        ("Makes it a felony for an official to vote for a sanctuary policy.", "restrictive"),
        (
            "Makes it official misconduct for a county officer to refuse to honor an immigration"
            " detainer.",
            "restrictive",
        ),
        ("Removes from office a public official who votes for a sanctuary policy.", "restrictive"),
        # punishing help to ICE shields
        (
            "Makes it a crime for a public official to share a person's immigration status with"
            " ICE without a judicial warrant.",
            "protective",
        ),
    ],
)
def test_an_officials_act_made_a_crime_or_a_ground_for_removal(title: str, stance: str) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Creates a task force to assist federal immigration enforcement.", "restrictive"),
        (
            "Funds a unit within the Department of Public Safety to enforce immigration law.",
            "restrictive",
        ),
        ("Disbands the sheriff's immigration enforcement unit.", "protective"),
        ("Abolishes the police department's immigration task force.", "protective"),
        ("Eliminates funding for the county's 287(g) task force.", "protective"),
    ],
)
def test_a_unit_made_or_unmade_for_enforcement(title: str, stance: str) -> None:
    assert_reads(title, stance)


def test_creating_an_act_named_for_a_ban_does_not_further_what_it_bans() -> None:
    # "create" is no furthering verb of its own: the catch-line creates an act that bans them
    assert_reads(
        "Counties; ordinances; county sanctuary policy prohibition act; create.",
        "restrictive",
        topic="anti_sanctuary",
    )


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Resolution opposing House Bill 1105",
            "House Bill 1105 would raise the state gas tax and require counties to fund road"
            " repairs.",
        ),
        ("Resolution opposing SB 4", "The bill would increase penalties for human smuggling."),
        ("Authorizes the use of county deputies to enforce traffic laws.", None),
        ("Resolution opposing the deployment of the National Guard for disaster relief", None),
        ("Creates a task force to assist crime victims.", None),
        ("Creates an office to coordinate services for new immigrants.", None),
        ("Disbands the police department's gang unit.", None),
        ("Makes it a felony for a public official to accept a bribe.", None),
        ("Removes from office an official who votes for a tax increase.", None),
        (
            "Resolution opposing the deployment of federal agents to enforce immigration law in"
            " the city",
            None,
        ),
    ],
)
def test_the_same_shapes_about_other_things_are_not_flagged(
    title: str, summary: str | None
) -> None:
    assert_not_flagged(title, summary)
