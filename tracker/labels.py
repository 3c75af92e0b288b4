"""Human names for the codes measures and events carry (topics, stances, states, levels), shared
by feeds, pages and email so each code reads the same everywhere."""

from __future__ import annotations

TOPIC_LABELS: dict[str, str] = {
    "sanctuary": "Sanctuary and welcoming policies",
    "detainers": "ICE detainers",
    "287g": "287(g) agreements",
    "info_sharing": "Information sharing with immigration authorities",
    "ice_access": "ICE access to jails, courts and other places",
    "detention_contracts": "Immigration detention contracts",
    "anti_sanctuary": "Anti-sanctuary measures",
    "access_to_counsel": "Access to counsel",
    "municipal_id": "Municipal ID cards",
    "u_visa": "U-visa and T-visa certification",
    "state_enforcement": "State and local enforcement of immigration law",
}

STANCE_LABELS: dict[str, str] = {
    "protective": "Protective",
    "restrictive": "Restrictive",
    "unclear": "Unclear",
}

LEVELS: dict[str, str] = {"state": "States", "county": "Counties", "city": "Cities"}

STATE_NAMES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming", "PR": "Puerto Rico", "GU": "Guam", "VI": "U.S. Virgin Islands",
    "AS": "American Samoa", "MP": "Northern Mariana Islands",
}  # fmt: skip


TOPIC_SHORT_LABELS: dict[str, str] = {
    "sanctuary": "Sanctuary / welcoming",
    "detainers": "Detainers",
    "287g": "287(g)",
    "info_sharing": "Information sharing",
    "ice_access": "ICE access",
    "detention_contracts": "Detention contracts",
    "anti_sanctuary": "Anti-sanctuary",
    "access_to_counsel": "Access to counsel",
    "municipal_id": "Municipal ID",
    "u_visa": "U / T visas",
    "state_enforcement": "State enforcement",
}  # fmt: skip


def topic_label(topic: str) -> str:
    return TOPIC_LABELS.get(topic, topic)


def state_name(code: str) -> str:
    return STATE_NAMES.get(code.upper(), code.upper())
