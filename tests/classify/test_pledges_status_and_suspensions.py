"""Classifier 2.78.0 (docs/classifier-history.md): plain local and state wordings that read the
wrong way or no way. A place's standing as a sanctuary or welcoming city, undone ("repealing the
city's status as a welcoming city", "withdrawing the county's designation as …"), goes against
it, as a program undone goes against what it does; complaints or lawsuits barred against cities
that limit cooperation lift a punishment, and litigation challenging a punishment ("the
withholding of grants from sanctuary jurisdictions") opposes it; a law a place may "opt out of"
is a law it is exempted from, and a 287(g) program it may "opt in to" one it joins; a state's
immigration crime suspended or enjoined is undone for a time, as a repeal undoes it; a
government's pledge that it "will" cooperate is a pledge, as "shall" is; and "never" refuses as
"not" does. Police barred from arresting people under a state's entry law are barred from an act
of enforcement, and a state unit abolished is undone; local immigration policies preempted are
barred (before, "preempts" read as a limit on enforcement); a contract "with private companies to
detain immigrants for ICE" allowed is one with the agency. Each test beside them holds the
readings the same words keep."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, goes

CASES: list[Case] = [
    # a place's standing undone, or kept
    goes("Ordinance repealing the city's status as a welcoming city.", None, "restrictive"),
    goes("Ordinance repealing the city's status as a sanctuary city.", None, "restrictive"),
    goes(
        "Resolution withdrawing the county's designation as a welcoming county.",
        None,
        "restrictive",
    ),
    goes("Restores the city's status as a sanctuary city.", None, "protective"),
    goes("Reaffirms the city's status as a welcoming city.", None, "protective"),
    # a program repealed is undone, whatever it does
    goes(
        "Immigration",
        "Repeals the program that bars state agencies from sharing data with ICE.",
        "restrictive",
    ),
    goes("Immigration", "Eliminates the immigrant legal defense program.", "restrictive"),
    # punishments barred, and limits barred
    goes(
        "Bars complaints against cities that limit cooperation with federal immigration"
        " authorities.",
        None,
        "protective",
    ),
    goes(
        "Bars lawsuits against cities that limit cooperation with federal immigration authorities.",
        None,
        "protective",
    ),
    goes("Prohibits limits on cooperation with ICE.", None, "restrictive"),
    goes(
        "Prohibits local governments from adopting policies that limit cooperation with federal"
        " immigration authorities.",
        None,
        "restrictive",
    ),
    # a punishment taken to court, or a sanctuary law
    goes(
        "Resolution directing the City Attorney to join litigation challenging the federal"
        " government's withholding of grants from sanctuary jurisdictions",
        None,
        "protective",
    ),
    goes(
        "Resolution supporting the lawsuit challenging the city's sanctuary ordinance",
        None,
        "restrictive",
    ),
    # a way out of a law taken, or a way into a program
    goes("Immigration", "Allows a county to opt out of the Trust Act.", "restrictive"),
    goes(
        "Immigration",
        "Allows cities to opt out of the state's ban on sanctuary policies.",
        "protective",
    ),
    goes("Immigration", "Allows a county to opt in to the 287(g) program.", "restrictive"),
    # a state's entry law barred from enforcement, or required; a state unit abolished
    goes(
        "Immigration",
        "Prohibits local police from arresting persons under the state's illegal entry law.",
        "protective",
    ),
    goes(
        "Immigration",
        "Requires local police to arrest persons under the state's illegal entry law.",
        "restrictive",
    ),
    goes("Immigration", "Abolishes the state border protection unit.", "protective"),
    goes("Immigration", "Creates the state border protection unit.", "restrictive"),
    # a contract to hold people for the agency, named after them, allowed or barred
    goes(
        "Immigration",
        "Allows counties to contract with private companies to detain immigrants for ICE.",
        "restrictive",
    ),
    goes(
        "Immigration",
        "Prohibits counties from contracting with private companies to detain immigrants for ICE.",
        "protective",
    ),
    # local law on immigration preempted, or the preemption repealed
    goes(
        "Immigration", "Declares that state law preempts local immigration policies.", "restrictive"
    ),
    goes(
        "Immigration",
        "Provides that state law preempts any local policy on immigration enforcement.",
        "restrictive",
    ),
    goes("Immigration", "Repeals the preemption of local immigration policies.", "protective"),
    # a state crime suspended or enjoined, or made
    goes("Illegal entry", "Suspends the state's illegal entry law.", "protective"),
    goes("Immigration", "Enjoins enforcement of the state's illegal reentry law.", "protective"),
    goes("Illegal entry", "Creates the offense of illegal entry into this state.", "restrictive"),
    # pledges, kept or refused
    goes(
        "Resolution declaring that the county will cooperate with federal immigration authorities.",
        None,
        "restrictive",
    ),
    goes(
        "Designates the county a constitutional county that will cooperate with federal"
        " immigration authorities.",
        None,
        "restrictive",
    ),
    goes("Resolution declaring that the sheriff will honor ICE detainers.", None, "restrictive"),
    goes("Resolution declaring that the county will not cooperate with ICE.", None, "protective"),
    goes("Resolution declaring that the city will remain a welcoming city.", None, "protective"),
    goes(
        "Resolution declaring that the county will never enter a 287(g) agreement.",
        None,
        "protective",
    ),
    goes(
        "Resolution declaring that the county shall never enter a 287(g) agreement.",
        None,
        "protective",
    ),
]


test_the_measure_reads_the_way_it_goes = case_table_test(CASES)
