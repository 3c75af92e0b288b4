"""Classifier 2.51.0 (docs/classifier.md "Classifier 2.51.0"): three classes of wording read by
what the measure does with money and reports.

- Money barred from services to immigrants, or from the groups that give them, takes help from
  immigrants: it is not the sanctuary bar on spending local money for enforcement, and where the
  service is counsel in removal it is restrictive ("No Federal funds may be awarded …").
- Money cut from a government that arrests or prosecutes federal officers for enforcing
  immigration law punishes a hindrance of enforcement: restrictive, a ban on sanctuary conduct.
- Notifying the federal government of the presence of people not lawfully present is sharing
  information with immigration authorities, though "immigration" is not said beside it.
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

test_money_and_reports = case_table_test(CASES)
