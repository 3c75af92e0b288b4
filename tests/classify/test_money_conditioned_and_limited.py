"""Congress's and the states' money bills about cooperation, in the shapes their long titles take
when the word "sanctuary" is not in them: money conditioned on cooperation, its amount reduced,
its use or eligibility limited, its award barred, or its availability kept for the places that
cooperate; and reimbursement or assistance given to them. Each is restrictive (DOMAIN.md:
anti-sanctuary measures punish sanctuary policies, restrictive measures expand cooperation); the
same money given to places for what sanctuary places do stays protective."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_reads

RESTRICTIVE_MONEY = [
    "To amend title I of the Omnibus Crime Control and Safe Streets Act of 1968 to condition"
    " grants on compliance with Federal immigration law, and for other purposes.",
    "To condition the receipt of Federal law enforcement grants on cooperation with Federal"
    " immigration enforcement, and for other purposes.",
    "To limit the eligibility of States and localities for Federal grants if they limit"
    " information sharing with Federal immigration authorities.",
    "To limit the eligibility for Community Oriented Policing Services grants of any State or"
    " local government that restricts information sharing with Immigration and Customs"
    " Enforcement.",
    "To amend the Immigration and Nationality Act to prohibit Federal funds from being provided to"
    " States that do not cooperate with immigration enforcement.",
    "To prohibit the award of Federal funds to any State or local government that limits the"
    " ability of its law enforcement officers to assist in the enforcement of Federal immigration"
    " law.",
    "To prohibit the provision of Federal financial assistance to State and local governments"
    " that restrict cooperation with immigration enforcement.",
    "To reduce the amount of Federal funds available to States that limit cooperation with"
    " immigration enforcement.",
    "To limit the use of Federal funds by State and local governments that do not enforce"
    " Federal immigration law.",
    "To limit funds under the State Criminal Alien Assistance Program for jurisdictions that do"
    " not honor detainers.",
    "To amend section 241(i) of the Immigration and Nationality Act to limit State Criminal Alien"
    " Assistance Program funds to jurisdictions that comply with detainers.",
    "To amend the Immigration and Nationality Act to limit State Criminal Alien Assistance"
    " Program payments to States that comply with detainers.",
    "To amend the Omnibus Crime Control and Safe Streets Act of 1968 to limit the availability of"
    " Byrne JAG grants to jurisdictions that cooperate with Federal immigration enforcement.",
    "To limit Federal financial assistance to State and local governments that comply with"
    " Federal immigration law, and for other purposes.",
    "To provide Federal assistance to State and local law enforcement agencies that enter into"
    " agreements under section 287(g).",
    "To provide for the reimbursement of State and local governments that assist in the"
    " enforcement of Federal immigration law.",
    "To enhance cooperation between Federal and State law enforcement in the enforcement of"
    " immigration laws, and for other purposes.",
]


@pytest.mark.parametrize("title", RESTRICTIVE_MONEY)
def test_money_that_rewards_cooperation_or_punishes_its_limits_is_restrictive(title: str) -> None:
    assert_reads(title, "restrictive")


@pytest.mark.parametrize(
    "title",
    [
        # the act turned over: money for what sanctuary places do, or kept from enforcement
        "To provide for the reimbursement of State and local governments that decline immigration"
        " detainers.",
        "To prohibit the provision of Federal financial assistance to State and local governments"
        " that enter into agreements under section 287(g).",
        "To condition grants on a policy limiting cooperation with immigration enforcement.",
        # what the money may not do: penalize the places
        "To prohibit the use of Federal funds to penalize cities that limit cooperation with ICE.",
    ],
)
def test_the_same_money_for_what_sanctuary_places_do_is_protective(title: str) -> None:
    assert_reads(title, "protective")
