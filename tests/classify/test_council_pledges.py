"""Classifier 2.71.0 (docs/classifier-history.md): a council's own pledge, intent or policy about
its government reads as a duty or a bar on the act it names. "A resolution committing the county
to rent jail beds to ICE" tells the county to (before: unclear), "… pledging that the city will
never share license plate reader data with ICE" bars it (before: unclear), "… establishing a
policy that the police department will share information with federal immigration authorities"
is that duty (before: protective), and "… expressing the council's intent that the city not
comply with ICE detainer requests" bars it (before: restrictive)."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged

CASES: list[Case] = [
    flagged(
        "A resolution committing the county to rent jail beds to ICE",
        None,
        "restrictive",
        "detention_contracts",
    ),
    flagged(
        "A resolution committing the county not to notify ICE of an inmate's release date",
        None,
        "protective",
        "info_sharing",
    ),
    flagged(
        "A resolution pledging that the city will never share license plate reader data with ICE",
        None,
        "protective",
        "info_sharing",
    ),
    flagged(
        "A resolution establishing a policy that the police department will share information"
        " with federal immigration authorities",
        None,
        "restrictive",
        "info_sharing",
    ),
    flagged(
        "A resolution establishing a policy that the police department will arrest persons who"
        " cross the border illegally",
        None,
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        "A resolution expressing the council's intent that the city not comply with ICE detainer"
        " requests",
        None,
        "protective",
        "detainers",
    ),
    flagged(
        "A resolution committing the county to provide legal representation to immigrants in"
        " removal proceedings",
        None,
        "protective",
        "access_to_counsel",
    ),
    # controls: the older words of a duty and a bar, and a policy that keeps a government from
    # acting, undone (two turns)
    flagged(
        "A resolution declaring that the city will not enter into 287(g) agreements",
        None,
        "protective",
        "287g",
    ),
    flagged(
        "A resolution directing the sheriff to enter into a 287(g) agreement",
        None,
        "restrictive",
        "287g",
    ),
    flagged(
        "Prohibits any policy that keeps the county jail from transporting migrants out of the"
        " state.",
        None,
        "restrictive",
        "state_enforcement",
    ),
]

test_a_councils_own_pledge_or_policy = case_table_test(CASES)
