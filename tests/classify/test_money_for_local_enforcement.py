"""Classifier 2.63.0 (docs/classifier-history.md): money for a state's or locality's own part in
immigration enforcement, as grant programs give it ("grants to local law enforcement agencies for
immigration enforcement", "bonuses for officers who assist federal immigration enforcement", "the
Local Law Enforcement Immigration Grant Program", "funds to the department of public safety for
immigration enforcement"), is the state-enforcement topic, and a measure that makes, takes or
backs it is restrictive, one that ends, bars or turns it down protective. Before, most such
measures were left to the learned model, which read many of them the opposite way ("Creates the
immigration enforcement grant program" read protective, "Repeals state funding for local
immigration enforcement" restrictive) or not at all (a council applying for such a grant).
A reimbursement stays out of it (a Trust Act may make the federal government's reimbursement the
condition of any cooperation), and the federal agencies' own money ("funding for U.S. Immigration
and Customs Enforcement for immigration enforcement") is no local resource.
Each case says what an advocate would see; the controls keep their reading."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged

CAPTION = "An act relating to public safety"

CASES: list[Case] = [
    # made, taken or backed: restrictive
    flagged(
        "Approve the Application to the State Local Law Enforcement Immigration Grant Program in"
        " the Amount of $95,000",
        None,
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Creates the immigration enforcement grant program.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Appropriates $5,000,000 for grants to local law enforcement agencies for immigration"
        " enforcement.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Establishes bonuses for officers who assist federal immigration enforcement.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        "Grant agreement",
        "Authorizes the city manager to accept an incentive program for law enforcement agencies"
        " that participate in immigration enforcement.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Supporting state funding for local immigration enforcement.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Appropriates $2,000,000 to the Department of Public Safety for immigration enforcement.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Appropriates $2,000,000 from the general fund to the Department of Public Safety for"
        " immigration enforcement.",
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Accepts reimbursement of county costs of 287(g) participation.",
        "restrictive",
        "287g",
    ),
    # ended, barred or turned down: protective
    flagged(
        CAPTION,
        "Repeals state funding for local immigration enforcement.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Prohibits grants to local law enforcement agencies for immigration enforcement.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Eliminates the Local Law Enforcement Immigration Grant Program.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        "Grant agreement",
        "Declines state grants to sheriffs for immigration enforcement.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        CAPTION,
        "Opposing funding for local law enforcement to cooperate with ICE.",
        "protective",
        "state_enforcement",
    ),
    flagged(CAPTION, "Repeals the appropriation for the 287(g) program.", "protective", "287g"),
    # controls: a reimbursement as a Trust Act's condition, relief for those enforcement harms,
    # the federal agencies' own money, and grants for other work
    flagged(
        "An Act relating to enforcement of federal immigration laws by the state, counties, and"
        " cities, creating an immigration enforcement reimbursement fund",
        "The state, a county or a city shall not engage in any action to enforce federal"
        " immigration law unless a federal agency has agreed to fully reimburse the state for its"
        " costs and to defend and indemnify it.",
        "protective",
        "sanctuary",
    ),
    not_flagged(
        "A bill to establish a Fund to provide grants to businesses affected by Federal"
        " immigration enforcement, and for other purposes.",
        None,
    ),
    not_flagged(
        "Department of Homeland Security Appropriations Act",
        "Provides funding for U.S. Immigration and Customs Enforcement for immigration"
        " enforcement and removal operations.",
    ),
    not_flagged(
        CAPTION,
        "Creates a grant program for local law enforcement agencies for crime victim services.",
    ),
    not_flagged(CAPTION, "Provides grants to counties for jail construction."),
    flagged(
        "Police grants",
        "Provides funding to local police for community policing; prohibits use of the funds for"
        " immigration enforcement.",
        "protective",
        "sanctuary",
    ),
]

test_money_for_local_enforcement = case_table_test(CASES)
