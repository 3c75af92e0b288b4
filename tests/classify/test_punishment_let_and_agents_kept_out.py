"""Classifier 2.62.0 (docs/classifier-history.md): a punishment someone is let or told to bring
("authorizes the attorney general to prosecute a sheriff who …", "the attorney general shall bring
an action against a county that …") takes the side against the act it punishes, whatever the
verb of punishing (prosecute, penalize, punish, investigate, file suit, seek civil penalties);
before, the permission was read as letting the act itself, so a bill punishing help to ICE read
restrictive. The same punishments denied ("the attorney general may not sue a city that …", "no
state agency shall withhold funds from …", "removes the requirement that the attorney general
prosecute …") shield the act, and said after it in the passive ("… may be prosecuted", "… shall
be fined", "… may be sued") punish it; rewards and shields in other words ("requires the state
to defend and indemnify …", "provides a legal defense to …", "shields … from liability", "… is
immune from suit") keep the act's side. Immigration agents kept out of a place ("bars ICE agents
from county jails", "keeps immigration officers out of its schools") are the ICE-access topic
and protective; punishing or barring a place for keeping them out is restrictive. The ICE-access
topic no longer reads "office" inside "officers".
Each case says what an advocate would see; the controls keep their reading."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged

CAPTION = "Immigration enforcement"

CASES: list[Case] = [
    # punishing help to immigration enforcement, let or told: protective
    flagged(
        CAPTION,
        "Authorizes the attorney general to prosecute a sheriff who gives ICE access to a county"
        " jail without a judicial warrant.",
        "protective",
        "ice_access",
    ),
    flagged(
        CAPTION,
        "Authorizes the attorney general to penalize a sheriff who honors an immigration detainer"
        " without a judicial warrant.",
        "protective",
        "detainers",
    ),
    flagged(
        CAPTION,
        "The attorney general shall prosecute a police officer who holds a person on an"
        " immigration detainer.",
        "protective",
        "detainers",
    ),
    flagged(
        CAPTION,
        "Permits a district attorney to punish a city that enters into a 287(g) agreement.",
        "protective",
        "287g",
    ),
    flagged(
        CAPTION,
        "Requires the attorney general to seek civil penalties against any county that transfers"
        " a person to ICE custody.",
        "protective",
        "detainers",
    ),
    flagged(
        CAPTION,
        "Allows any resident to file suit against a city that shares immigration status"
        " information with ICE.",
        "protective",
        "info_sharing",
    ),
    # punishing what sanctuary places do: restrictive, the same verbs
    flagged(
        CAPTION,
        "Authorizes the attorney general to prosecute a sheriff who declines to honor an"
        " immigration detainer.",
        "restrictive",
        "detainers",
    ),
    flagged(
        CAPTION,
        "Requires the attorney general to seek civil penalties against any county that limits"
        " cooperation with federal immigration authorities.",
        "restrictive",
        "anti_sanctuary",
    ),
    # a punishment denied in the negative shields the act: the act's own side
    flagged(
        CAPTION,
        "The attorney general may not sue a city that adopts a sanctuary policy.",
        "protective",
        "sanctuary",
    ),
    flagged(
        CAPTION,
        "No state agency shall withhold funds from a county that declines to honor immigration"
        " detainers.",
        "protective",
        "detainers",
    ),
    flagged(
        CAPTION,
        "The attorney general may not prosecute a sheriff who honors an immigration detainer.",
        "restrictive",
        "detainers",
    ),
    # ... or the duty to punish undone
    flagged(
        CAPTION,
        "Removes the requirement that the attorney general sue any county that declines to honor"
        " an immigration detainer.",
        "protective",
        "detainers",
    ),
    flagged(
        CAPTION,
        "Removes the requirement that the attorney general prosecute a sheriff who gives ICE"
        " access to a county jail.",
        "restrictive",
        "ice_access",
    ),
    flagged(
        CAPTION, "Ends state prosecution of sanctuary jurisdictions.", "protective", "sanctuary"
    ),
    # ... and a punishment said after the act, in the passive
    flagged(
        CAPTION,
        "A sheriff who gives ICE access to a county jail may be prosecuted.",
        "protective",
        "ice_access",
    ),
    flagged(
        CAPTION,
        "Any county officer who shares immigration status information with ICE shall be fined.",
        "protective",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "A police chief who declines to honor an immigration detainer may be sued by any resident.",
        "restrictive",
        "detainers",
    ),
    # rewarded or shielded, in other words: the act's own side
    flagged(
        CAPTION,
        "Requires the state to defend and indemnify a sheriff who refuses to share information"
        " with ICE.",
        "protective",
        "info_sharing",
    ),
    flagged(
        CAPTION,
        "Provides a legal defense to any county that enters into a 287(g) agreement.",
        "restrictive",
        "287g",
    ),
    flagged(
        CAPTION,
        "Shields a police officer who honors an immigration detainer from liability.",
        "restrictive",
        "detainers",
    ),
    flagged(
        CAPTION,
        "Protects a city that adopts a sanctuary policy from retaliation.",
        "protective",
        "sanctuary",
    ),
    flagged(
        CAPTION,
        "Provides that any county that adopts a sanctuary policy is immune from suit.",
        "protective",
        "sanctuary",
    ),
    # immigration agents kept out of a place
    flagged("Jail access", "Bars ICE agents from county jails.", "protective", "ice_access"),
    flagged(
        "School safety",
        "Keeps immigration officers out of public schools.",
        "protective",
        "ice_access",
    ),
    flagged(
        "City property", "Excludes ICE officers from city property.", "protective", "ice_access"
    ),
    # ... and a place barred or punished for keeping them out
    flagged(
        "Jail access",
        "Prohibits counties from barring ICE agents from county jails.",
        "restrictive",
        "ice_access",
    ),
    flagged(
        "Jail access",
        "Withholds state funds from cities that keep ICE agents out of their jails.",
        "restrictive",
        "ice_access",
    ),
    flagged(
        CAPTION,
        "Authorizes the attorney general to sue a city that bars ICE agents from a county jail.",
        "restrictive",
        "ice_access",
    ),
    # controls: agents barred from their own conduct at a place ("from wearing masks", "from
    # concealing their identity") are the agents' conduct, not the place's access (the ICE-access
    # row had read "office" inside "officers"); agents let in stay restrictive; a permission with
    # no punishment keeps its side
    not_flagged(
        "Law enforcement identification", "Bars ICE agents from wearing masks in public buildings."
    ),
    not_flagged(
        "Law enforcement identification",
        "Prohibits immigration officers from concealing their identity on school grounds.",
    ),
    flagged(
        "Jail access",
        "Allows ICE agents into the county jail without a warrant.",
        "restrictive",
        "ice_access",
    ),
    flagged(
        CAPTION,
        "Authorizes a sheriff to honor an immigration detainer without a judicial warrant.",
        "restrictive",
        "detainers",
    ),
]

test_punishments_let_or_told_and_agents_kept_out = case_table_test(CASES)
