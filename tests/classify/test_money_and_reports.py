"""Classifier 2.51.0 (docs/classifier-history.md): three classes of wording read by
what the measure does with money and reports.

- Money barred from services to immigrants, or from the groups that give them, takes help from
  immigrants: it is not the sanctuary bar on spending local money for enforcement, and where the
  service is counsel in removal it is restrictive ("No Federal funds may be awarded …").
- Money cut from a government that arrests or prosecutes federal officers for enforcing
  immigration law punishes a hindrance of enforcement: restrictive, a ban on sanctuary conduct.
- Notifying the federal government of the presence of people not lawfully present is sharing
  information with immigration authorities, though "immigration" is not said beside it.
- Money barred in the passive ("No state funds may be used to …", "Public funds shall not be
  used to …") bars what it would pay for, whichever side that is on; and a body barred from
  giving a protective tool ("No city may operate a municipal identification card program") is
  restrictive, as "prohibits" is.
Each case says what an advocate would see; the controls beside them keep their reading."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test

# (title, summary, text, relevant, stance, a topic that must be among the measure's, or None)
CASES: list[Case] = [
    # money barred from immigrants' services, said as a bar on "the use of funds"
    (
        "No Aid for Illegal Entry Act",
        "To prohibit the use of Federal funds by non-governmental organizations and the "
        "Department of the Interior for certain immigration-related services.",
        "A BILL To prohibit the use of Federal funds by non-governmental organizations and the "
        "Department of the Interior for certain immigration-related services. Sec. 2. "
        "Prohibition of Federal funds for certain immigration-related services. (a) No Federal "
        "funds may be awarded, granted, or otherwise made available to any non-governmental "
        "organization to— (A) provide legal services related to immigration proceedings; (B) "
        "house, shelter, or otherwise provide accommodations to any alien who is present in the "
        "United States without lawful status under the immigration laws; or (C) transport any "
        "individual who entered the United States in violation of the immigration laws.",
        True,
        "restrictive",
        "access_to_counsel",
    ),
    (
        "Relating to immigration legal services",
        "No state funds may be used by nonprofit organizations to provide legal services to "
        "persons in immigration removal proceedings.",
        None,
        True,
        "restrictive",
        "access_to_counsel",
    ),
    (
        "Relating to immigration legal services",
        "No public funds shall be used to provide attorneys for immigrants in deportation "
        "proceedings.",
        None,
        True,
        "restrictive",
        "access_to_counsel",
    ),
    # ... while money barred from enforcement stays the sanctuary bar, and counsel funded
    # stays protective
    (
        "An ordinance relating to city resources",
        "Prohibits the use of city funds, personnel or equipment to assist federal immigration "
        "enforcement.",
        None,
        True,
        "protective",
        "sanctuary",
    ),
    (
        "An ordinance relating to city resources",
        "Prohibits the use of city funds, personnel or equipment to assist federal immigration "
        "enforcement, and directs the city attorney to defend the policy.",
        None,
        True,
        "protective",
        "sanctuary",
    ),
    (
        "An ordinance establishing a removal defense program",
        "Creates a universal representation program providing legal representation funded by "
        "the city to residents in removal proceedings.",
        None,
        True,
        "protective",
        "access_to_counsel",
    ),
    # money cut from a government that takes federal officers to court for enforcing
    # immigration law
    (
        "SHIELD Act",
        "To prohibit Federal funds from being made available to any State or local government "
        "that arrests or prosecutes Federal law enforcement officers for performing duties "
        "related to the enforcement of Federal immigration law.",
        None,
        True,
        "restrictive",
        "anti_sanctuary",
    ),
    (
        "Relating to state grants",
        "Withholds state funds from any city that prosecutes federal immigration agents for "
        "carrying out immigration enforcement.",
        None,
        True,
        "restrictive",
        "anti_sanctuary",
    ),
    # ... while money cut from a government that helps enforcement stays protective
    (
        "Relating to state grants",
        "Withholds state funds from any county that enters into an agreement under section "
        "287(g) of the Immigration and Nationality Act.",
        None,
        True,
        "protective",
        None,
    ),
    # people without status reported to the federal government, in the anti-sanctuary
    # statutes' words
    (
        "An Act relating to local ordinances",
        "This bill prohibits a city from adopting a policy that would prohibit an employee from "
        "notifying the federal government of the presence of aliens who are not lawfully "
        "present.",
        None,
        True,
        "restrictive",
        "info_sharing",
    ),
    (
        "Relating to immigration",
        "Requires police to notify federal authorities of the presence of any person who is "
        "unlawfully present.",
        None,
        True,
        "restrictive",
        "info_sharing",
    ),
    # ... while the same words about other things stay unflagged
    (
        "Relating to invasive species",
        "Requires the department to notify the federal government of the presence of invasive "
        "species on state lands.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "Relating to communicable disease",
        "Requires hospitals to notify federal authorities of the presence of persons who are "
        "infected with a reportable disease.",
        None,
        False,
        "not_relevant",
        None,
    ),
]


def _bare(summary: str, stance: str, topic: str | None, relevant: bool = True) -> Case:
    return ("Relating to immigration", summary, None, relevant, stance, topic)


# money barred in the passive: the act it would pay for is barred, whichever side it is on
PASSIVE_MONEY: list[Case] = [
    _bare(
        "No public funds shall be used to enter into an agreement under section 287(g).",
        "protective",
        "287g",
    ),
    _bare(
        "State funds may not be used to enter into an agreement under section 287(g).",
        "protective",
        "287g",
    ),
    _bare(
        "The bill provides that state funds may not be used to enter into an agreement under "
        "section 287(g).",
        "protective",
        "287g",
    ),
    _bare(
        "No state funds may be used to transport unauthorized aliens out of the state.",
        "protective",
        "state_enforcement",
    ),
    _bare(
        "Public funds shall not be used to transport migrants out of the state.",
        "protective",
        "state_enforcement",
    ),
    _bare(
        "No city money may be used to operate a municipal identification card program.",
        "restrictive",
        "municipal_id",
    ),
    # ... and in an appropriations rider's words
    _bare(
        "None of the funds made available by this Act may be used to enter into an agreement "
        "under section 287(g).",
        "protective",
        "287g",
    ),
    _bare(
        "None of the funds appropriated by this Act or any other Act may be used to detain any "
        "person on an immigration detainer.",
        "protective",
        "detainers",
    ),
    _bare(
        "None of the funds made available by this Act may be used for grants to sanctuary "
        "jurisdictions.",
        "restrictive",
        "anti_sanctuary",
    ),
    # money no one may be given: denied to a government, or barred from a program
    _bare(
        "No funds shall be appropriated for the immigrant legal defense program.",
        "restrictive",
        "access_to_counsel",
    ),
    _bare(
        "No money shall be appropriated to any city that limits cooperation with federal "
        "immigration authorities.",
        "restrictive",
        "anti_sanctuary",
    ),
    _bare(
        "No state funds shall be provided to any county that enters into an agreement under "
        "section 287(g).",
        "protective",
        "287g",
    ),
    _bare(
        "No funds shall be appropriated to the department for immigration enforcement.",
        "protective",
        "sanctuary",
    ),
    # ... as they read already: money barred from enforcement, from counsel, from a sanctuary
    # policy, from detention contracts
    _bare(
        "No city funds, resources, personnel or facilities shall be used to assist in the "
        "enforcement of federal civil immigration law.",
        "protective",
        "sanctuary",
    ),
    _bare(
        "No state funds may be used to provide legal counsel to persons facing deportation.",
        "restrictive",
        "access_to_counsel",
    ),
    _bare("No state funds may be used to implement a sanctuary policy.", "restrictive", None),
    _bare(
        "No state money may be used to pay for any contract to detain persons for civil "
        "immigration violations.",
        "protective",
        "detention_contracts",
    ),
    # a body barred from giving a protective tool
    _bare(
        "No city may operate a municipal identification card program.",
        "restrictive",
        "municipal_id",
    ),
    _bare(
        "No state agency may accept a municipal identification card as proof of identity.",
        "restrictive",
        "municipal_id",
    ),
    _bare(
        "No city shall establish a universal representation program.",
        "restrictive",
        "access_to_counsel",
    ),
    # ... while a bar on refusing or denying one, or on telling about its holders, protects it
    _bare(
        "No person may be denied a municipal identification card because of immigration status.",
        "protective",
        "municipal_id",
    ),
    _bare(
        "No certifying agency shall refuse to certify a U visa request without cause.",
        "protective",
        "u_visa",
    ),
    _bare(
        "No official may disclose information about applicants for a municipal identification "
        "card.",
        "protective",
        "municipal_id",
    ),
    _bare(
        "No state agency may enter into an agreement under section 287(g).", "protective", "287g"
    ),
]

test_money_and_reports = case_table_test(CASES)
test_money_barred_in_the_passive = case_table_test(PASSIVE_MONEY)
