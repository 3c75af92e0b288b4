"""Classifier 2.65.0 (docs/classifier-history.md): five kinds of wording a one-line summary or
a resolution's title uses, each read the wrong way or not at all before.

- Immigration agents let into a jail, given access to it or let interview or question the people
  it holds, as the act a government is barred from or told to do: "Stops the sheriff from giving
  immigration agents access to the jail" keeps them out (before: read as letting them in, the
  opposite way), "Requires the jail to permit immigration agents to question inmates" lets them in
  (before: not flagged).
- A place's own enforcement act repealed, suspended or exempted from: "Repeals the Texas Illegal
  Immigration Enforcement Act", "Amends the Oklahoma Immigration Enforcement Act to exempt
  schools" undo part of state-run enforcement (before: read restrictive, as the act itself).
- A state's prisons and highway police named by their departments ("the department of
  corrections", "the highway patrol") are governments below the federal one, like a sheriff.
- A local policy named by what it bars, undone: "Prohibits any policy that keeps local police
  from sharing release dates with ICE" bans a sanctuary policy (before: read as the bar itself,
  protective). An exemption from a ban goes the ban's other way: "Exempts the sheriff from the
  prohibition on assisting in deportations" is restrictive, "… from the prohibition on declining
  immigration detainer requests" protective (before: both read the opposite way).
- A resolution that urges, backs or directs one of these acts by a sheriff, police or a county
  names a tracked policy, not immigration in general: "Resolution urging the legislature to
  prohibit the sheriff from providing ICE with release information" (before: other_immigration,
  as a call about immigration in general). Federal agents' own acts stay out.
Each case says what an advocate would see; the controls keep their reading."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged

CAPTION = "Immigration"

CASES: list[Case] = [
    # agents let in, barred by any verb that bars
    flagged(
        CAPTION,
        "Stops the sheriff from giving immigration agents access to the jail.",
        "protective",
        "ice_access",
    ),
    flagged(
        CAPTION,
        "Prevents county jails from letting ICE agents interview inmates.",
        "protective",
        "ice_access",
    ),
    flagged(
        CAPTION,
        "Blocks local police from providing ICE officers with access to the jail.",
        "protective",
        "ice_access",
    ),
    flagged(
        CAPTION,
        "Stops school districts from admitting ICE agents to the courthouse.",
        "protective",
        "ice_access",
    ),
    flagged(
        CAPTION,
        "Bars the sheriff from permitting immigration agents to question inmates.",
        "protective",
        "ice_access",
    ),
    # ... and told or allowed
    flagged(
        CAPTION,
        "Requires county jails to permit immigration agents to question inmates.",
        "restrictive",
        "ice_access",
    ),
    flagged(
        CAPTION,
        "Allows the department of corrections to let ICE agents interview people in custody.",
        "restrictive",
        "ice_access",
    ),
    flagged(
        CAPTION,
        "Repeals the prohibition on the sheriff giving immigration agents access to the jail.",
        "restrictive",
        "ice_access",
    ),
    # controls: the agents' own questioning of workers or tenants is not a jail's, and stays out
    not_flagged(CAPTION, "Requires employers to permit immigration officers to question workers."),
    not_flagged(
        CAPTION, "Prohibits landlords from permitting immigration officers to question tenants."
    ),
    # a place's own enforcement act undone
    flagged(
        CAPTION,
        "Repeals the Texas Illegal Immigration Enforcement Act.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Repeals the Georgia Illegal Immigration Reform and Enforcement Act.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Suspends the Arizona Public Safety and Immigration Enforcement Act.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Amends the Oklahoma Immigration Enforcement Act to exempt schools.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Exempts sheriffs from the Oklahoma Immigration Enforcement Act.",
        "protective",
        "state_enforcement",
    ),
    # ... or a state's crimes and powers abolished or eliminated, as repealed
    flagged(
        CAPTION,
        "Abolishes the crime of harboring undocumented immigrants.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Eliminates the state's power to arrest people for illegal entry.",
        "protective",
        "state_enforcement",
    ),
    # controls: the act enacted, widened or its repeal opposed stays restrictive
    flagged(
        CAPTION,
        "Enacts the Texas Illegal Immigration Enforcement Act.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Amends the Oklahoma Immigration Enforcement Act to expand the crime of harboring.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Opposes repeal of the Texas Illegal Immigration Enforcement Act.",
        "restrictive",
        "state_enforcement",
    ),
    # a state's prisons and highway police
    flagged(
        CAPTION,
        "Requires the department of corrections to join ICE task forces.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        CAPTION,
        "Prohibits the department of corrections from giving ICE office space in the courthouse.",
        "protective",
        "ice_access",
    ),
    flagged(
        CAPTION,
        "Requires the highway patrol to question people about their immigration status.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Empowers the highway patrol to arrest people for federal immigration violations.",
        "restrictive",
        "state_enforcement",
    ),
    # a policy named by what it bars, undone: the ban on a sanctuary policy
    flagged(
        CAPTION,
        "Prohibits any policy that keeps local police from sharing release dates with ICE.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Prohibits any policy that keeps the county from using city money for immigration"
        " enforcement.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        CAPTION,
        "Voids any ordinance that bars the sheriff from honoring immigration detainers.",
        "restrictive",
        "detainers",
    ),
    flagged(
        CAPTION,
        "Prohibits any local policy that bars ICE agents from entering county jails.",
        "restrictive",
        "ice_access",
    ),
    # ... a policy that bars the other way is kept
    flagged(
        CAPTION,
        "Prohibits any policy that keeps local police from declining immigration detainer"
        " requests.",
        "protective",
        "detainers",
    ),
    # controls: the bar itself, and the ban on policies as an anti-sanctuary law words it
    flagged(
        CAPTION,
        "Prohibits the sheriff from sharing release dates with ICE.",
        "protective",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Prohibits local governments from adopting policies that prevent police from sharing"
        " release dates with ICE.",
        "restrictive",
        "info_sharing",
    ),
    # an exemption from a ban
    flagged(
        CAPTION,
        "Exempts the sheriff from the prohibition on assisting in deportations.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        CAPTION,
        "Exempts local governments from the prohibition on declining immigration detainer"
        " requests.",
        "protective",
        "detainers",
    ),
    flagged(
        CAPTION,
        "Exempts the county from the prohibition on providing legal representation to"
        " immigrants in removal proceedings.",
        "protective",
        "access_to_counsel",
    ),
    # controls: an exemption from a sanctuary law, and from a ban on limiting cooperation
    flagged(
        CAPTION,
        "Exempts the county from the sanctuary ordinance.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        CAPTION,
        "Exempts local governments from the prohibition on limiting cooperation with federal"
        " immigration authorities.",
        "protective",
        "sanctuary",
    ),
    # a resolution naming an act of a sheriff, police or a county
    flagged(
        "Resolution urging the legislature to prohibit the sheriff from providing ICE with"
        " release information",
        None,
        "protective",
        "info_sharing",
    ),
    flagged(
        "Resolution supporting a bill that would require local police to join ICE task forces",
        None,
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        "Resolution opposing any effort to prohibit the county from transporting people to ICE"
        " facilities",
        None,
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        "A resolution calling on the sheriff to end the practice of setting up immigration"
        " checkpoints",
        None,
        "protective",
        "state_enforcement",
    ),
    flagged(
        "Resolution directing the sheriff to stop letting ICE agents interview inmates",
        None,
        "protective",
        "ice_access",
    ),
    # controls: federal agents' own acts, and calls about immigration in general
    not_flagged("Resolution supporting federal agents in assisting in deportations", None),
    not_flagged(
        "A resolution thanking Border Patrol agents for patrolling for immigration violations", None
    ),
    not_flagged(
        "Resolution urging ICE to stop transporting people to ICE facilities out of state", None
    ),
    not_flagged("Resolution urging Congress to stop deportations", None),
]

test_agents_let_in_and_bars_undone = case_table_test(CASES)
