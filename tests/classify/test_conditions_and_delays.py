"""Classifier 2.74.0 (docs/classifier-history.md): DOMAIN.md's rule that a condition set before a
jail may honor a detainer is protective, and repealing it restrictive, read for the terms a place
must meet before it enters an agreement with ICE when the terms are named as such ("Establishes
conditions that a county must meet before entering into a 287(g) agreement", "Places conditions
on participation in 287(g) agreements") and for an agreement approved in the passive ("Requires
that any 287(g) agreement be approved by the county board"); before, the duty in "must meet
before entering into" read as a mandate to enter. The same for the terms before a place limits
its cooperation ("Establishes requirements that must be met before a city adopts a sanctuary
policy": restrictive). A law put off or lessened is opposed as a repealed one is: "Delays the
effective date of the prohibition on sanctuary cities" and "Reduces state funding penalties for
sanctuary cities" are protective (before, restrictive); "Eases the restrictions on honoring
immigration detainers" is restrictive."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged

AGREEMENTS = "An act relating to 287(g) agreements"

CASES: list[Case] = [
    flagged(
        AGREEMENTS,
        "Establishes conditions that a county must meet before entering into a 287(g) agreement.",
        "protective",
        "287g",
    ),
    flagged(
        AGREEMENTS,
        "Establishes criteria a sheriff must satisfy before entering into a 287(g) agreement.",
        "protective",
        "287g",
    ),
    flagged(
        AGREEMENTS,
        "Sets requirements that must be met before a law enforcement agency may enter into a"
        " 287(g) agreement.",
        "protective",
        "287g",
    ),
    flagged(
        AGREEMENTS,
        "Places conditions on participation in 287(g) agreements.",
        "protective",
        "287g",
    ),
    flagged(
        AGREEMENTS,
        "Requires that any 287(g) agreement be approved by the county board.",
        "protective",
        "287g",
    ),
    flagged(
        AGREEMENTS,
        "Provides that 287(g) agreements must be approved by the board of supervisors.",
        "protective",
        "287g",
    ),
    flagged(
        AGREEMENTS,
        "Removes conditions on participation in 287(g) agreements.",
        "restrictive",
        "287g",
    ),
    flagged(
        AGREEMENTS,
        "Repeals the conditions that a county must meet before entering into a 287(g) agreement.",
        "restrictive",
        "287g",
    ),
    # controls: a mandate to enter stays one, whatever terms follow it
    flagged(
        AGREEMENTS,
        "Establishes requirements for counties to enter into 287(g) agreements.",
        "restrictive",
        "287g",
    ),
    flagged(
        AGREEMENTS,
        "Requires each sheriff to enter into a 287(g) agreement and to meet training standards"
        " before performing immigration functions.",
        "restrictive",
        "287g",
    ),
    # the terms before a place limits its cooperation
    flagged(
        "An act relating to sanctuary policies",
        "Establishes requirements that must be met before a city adopts a sanctuary policy.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        "An act relating to sanctuary policies",
        "Repeals the requirements that must be met before a city adopts a sanctuary policy.",
        "protective",
        "anti_sanctuary",
    ),
    # a law put off or lessened
    flagged(
        "Sanctuary cities",
        "Delays the effective date of the prohibition on sanctuary cities.",
        "protective",
        "anti_sanctuary",
    ),
    flagged(
        "An act relating to 287(g) agreements",
        "Delays the implementation of the requirement that sheriffs enter into 287(g) agreements.",
        "protective",
        "287g",
    ),
    flagged(
        "An act relating to immigration",
        "Delays the effective date of the state crime of illegal entry.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        "Sanctuary cities",
        "Reduces state funding penalties for sanctuary cities.",
        "protective",
        "anti_sanctuary",
    ),
    flagged(
        "Immigration detainers",
        "Eases the restrictions on honoring immigration detainers.",
        "restrictive",
        "detainers",
    ),
    # controls: money cut, and a punishment raised, stay restrictive
    flagged(
        "Sanctuary cities",
        "Reduces state funding for sanctuary cities.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        "Sanctuary cities",
        "Increases the penalties for sanctuary cities.",
        "restrictive",
        "anti_sanctuary",
    ),
]

# a duty denied to every one of them: the duty's own side, turned ("No county shall be required
# to …" was read as the duty itself, or by the learned model alone)
DUTIES_DENIED: list[Case] = [
    flagged(
        "Relating to immigration",
        "Provides that no local government shall be required to enter into a 287(g) agreement.",
        "protective",
        "287g",
    ),
    flagged(
        "Relating to immigration",
        "Provides that no state agency is required to assist federal immigration enforcement.",
        "protective",
        "sanctuary",
    ),
    flagged(
        "Relating to immigration",
        "No counties and cities may be compelled to share information with federal immigration"
        " authorities.",
        "protective",
        "info_sharing",
    ),
    flagged(
        "Relating to immigration",
        "No law enforcement agencies may be compelled to limit cooperation with federal"
        " immigration authorities.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        "Relating to immigration",
        "Provides that no city may be required to adopt a sanctuary policy.",
        "restrictive",
        "anti_sanctuary",
    ),
    # control: a duty laid on them, and a cost no one need bear, stay the duty's
    flagged(
        "Relating to immigration",
        "Requires local governments to enter into 287(g) agreements; provides that no county"
        " shall be required to pay the costs.",
        "restrictive",
        "287g",
    ),
]

test_conditions_on_agreements_and_laws_put_off = case_table_test(CASES)
test_a_duty_denied_to_every_one_goes_the_other_way = case_table_test(DUTIES_DENIED)
