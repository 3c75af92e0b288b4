"""Classifier 2.69.0 (docs/classifier-history.md): two turns in the words statutes use.

- A government barred "from" barring its officers from an act keeps the act's side, as "may not
  prohibit" already did: "Prohibits a local entity from restricting its officers from entering
  into 287(g) agreements" is the anti-sanctuary statutes' bar on barring (restrictive; before:
  protective, the inner bar read alone).
- The federal statutes' act on status information (8 U.S.C. 1373: sending it to or receiving it
  from the agency, keeping it, exchanging it) barred from being barred is information sharing;
  sent to the Department of Homeland Security by name, it is an act of enforcement like any
  other (barred, punished, required).
- A duty denied ("counties are not required to …"), a practice ended, an act discouraged, and
  another government barred from requiring it turn the act; a discretion given keeps it."""

from __future__ import annotations

from tests.classify.helpers import SILENT_CAPTION, Case, case_table_test, flagged, not_flagged

CASES: list[Case] = [
    flagged(
        "Immigration",
        "Prohibits a local entity from restricting its officers from entering into 287(g)"
        " agreements.",
        "restrictive",
        "287g",
    ),
    flagged(
        "Immigration",
        "Prohibits a county from prohibiting or restricting its employees from sending to or"
        " receiving from the Department of Homeland Security information regarding the"
        " citizenship or immigration status of any individual.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        "Immigration",
        "Prohibits the state from preventing cities from adopting sanctuary policies.",
        "protective",
        "sanctuary",
    ),
    flagged(
        "Immigration",
        "Prohibits a school district from restricting its staff from certifying U visa requests.",
        "protective",
        "u_visa",
    ),
    (
        SILENT_CAPTION,
        None,
        "Sec. 2. (a) A local entity is prohibited from restricting a peace officer from entering"
        " into an agreement under 8 U.S.C. 1357(g) with U.S. Immigration and Customs"
        " Enforcement.",
        True,
        "restrictive",
        "287g",
    ),
    flagged(
        "Immigration",
        "Prohibits the state from barring counties from limiting cooperation with federal"
        " immigration authorities.",
        "protective",
        "sanctuary",
    ),
    # the federal statutes' act on status information
    flagged(
        "Immigration",
        "A local entity may not limit its employees from maintaining information regarding the"
        " immigration status of any individual.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        "Immigration",
        "Requires local governments to allow their officers to exchange information regarding the"
        " immigration status of an individual with federal agencies.",
        "restrictive",
        "info_sharing",
    ),
    # ... and as an act of its own, barred or punished
    flagged(
        "Immigration",
        "Prohibits local governments from sending to or receiving from the Department of Homeland"
        " Security information regarding the citizenship or immigration status of any individual.",
        "protective",
        "info_sharing",
    ),
    flagged(
        "Immigration",
        "Withholds state funds from cities that send information regarding the immigration status"
        " of any individual to the Department of Homeland Security.",
        "protective",
        "info_sharing",
    ),
    # a duty denied, a practice ended, an act discouraged, a requirement barred, a discretion
    flagged(
        "Immigration",
        "Counties and cities are not required to enforce federal immigration law.",
        "protective",
        "sanctuary",
    ),
    flagged(
        "Immigration",
        "A sheriff shall not be required to transport migrants out of the state.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        "Immigration",
        "Ends the practice of the sheriff renting jail beds to ICE.",
        "protective",
        "detention_contracts",
    ),
    flagged(
        "Immigration",
        "Discourages the sheriff from entering into a 287(g) agreement.",
        "protective",
        "287g",
    ),
    flagged(
        "Immigration",
        "Prohibits the state from requiring local governments to transport migrants out of the"
        " state.",
        "protective",
        "state_enforcement",
    ),
    flagged(
        "Immigration",
        "Prohibits the state from requiring local governments to provide legal representation to"
        " immigrants in removal proceedings.",
        "restrictive",
        "access_to_counsel",
    ),
    flagged(
        "Immigration",
        "Counties shall have the discretion to refuse to honor ICE detainers.",
        "protective",
        "detainers",
    ),
    # controls: one bar alone keeps its own side; a duty kept; the bar on barring in its older
    # words; status information kept by others, or barred to a school, is no bar on barring
    flagged(
        "Immigration",
        "Prohibits a local entity from honoring immigration detainers.",
        "protective",
        "detainers",
    ),
    flagged(
        "Immigration",
        "Prohibits a county from sharing information regarding immigration status with ICE.",
        "protective",
        "info_sharing",
    ),
    flagged(
        "Immigration",
        "A local entity may not prohibit its officers from entering into 287(g) agreements.",
        "restrictive",
        "287g",
    ),
    flagged(
        "Immigration", "Counties shall honor immigration detainers.", "restrictive", "detainers"
    ),
    flagged(
        "Immigration",
        "Sheriffs shall have a duty to enter into 287(g) agreements.",
        "restrictive",
        "287g",
    ),
    not_flagged(
        "Housing",
        "Prohibits landlords from maintaining records regarding the immigration status of tenants.",
    ),
    flagged(
        "Immigration",
        "Prohibits state agencies from maintaining records of the immigration status of residents.",
        "protective",
        "info_sharing",
    ),
]

test_barred_from_barring_and_duties_denied = case_table_test(CASES)
