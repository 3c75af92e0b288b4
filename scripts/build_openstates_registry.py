"""Write tracker/data/sources/openstates.toml: one Open States source per jurisdiction (the 50
states, DC and Puerto Rico). Run it again after changing the list or the schedule:

    python scripts/build_openstates_registry.py

Schedules are staggered, one source every 20 minutes through the day, so that all 52 share the
free key's 250 requests a day (an idle crawl costs one or two) and never crowd one minute.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tracker" / "data" / "sources" / "openstates.toml"

# (postal code, name, Open Civic Data division part)
JURISDICTIONS = [
    ("AL", "Alabama"), ("AK", "Alaska"), ("AZ", "Arizona"), ("AR", "Arkansas"),
    ("CA", "California"), ("CO", "Colorado"), ("CT", "Connecticut"), ("DE", "Delaware"),
    ("DC", "District of Columbia"), ("FL", "Florida"), ("GA", "Georgia"), ("HI", "Hawaii"),
    ("ID", "Idaho"), ("IL", "Illinois"), ("IN", "Indiana"), ("IA", "Iowa"), ("KS", "Kansas"),
    ("KY", "Kentucky"), ("LA", "Louisiana"), ("ME", "Maine"), ("MD", "Maryland"),
    ("MA", "Massachusetts"), ("MI", "Michigan"), ("MN", "Minnesota"), ("MS", "Mississippi"),
    ("MO", "Missouri"), ("MT", "Montana"), ("NE", "Nebraska"), ("NV", "Nevada"),
    ("NH", "New Hampshire"), ("NJ", "New Jersey"), ("NM", "New Mexico"), ("NY", "New York"),
    ("NC", "North Carolina"), ("ND", "North Dakota"), ("OH", "Ohio"), ("OK", "Oklahoma"),
    ("OR", "Oregon"), ("PA", "Pennsylvania"), ("PR", "Puerto Rico"), ("RI", "Rhode Island"),
    ("SC", "South Carolina"), ("SD", "South Dakota"), ("TN", "Tennessee"), ("TX", "Texas"),
    ("UT", "Utah"), ("VT", "Vermont"), ("VA", "Virginia"), ("WA", "Washington"),
    ("WV", "West Virginia"), ("WI", "Wisconsin"), ("WY", "Wyoming"),
]  # fmt: skip


def division(code: str) -> str:
    if code == "DC":
        return "district:dc"
    if code == "PR":
        return "territory:pr"
    return f"state:{code.lower()}"


def render() -> str:
    lines = [
        "# Open States API v3: one source per state legislature, DC and Puerto Rico.",
        "# Written by scripts/build_openstates_registry.py; edit the script, not this file.",
        "# Every source needs OPENSTATES_API_KEY in the environment (never in this file); without",
        "# it they are skipped with a message and the other sources still crawl. All of them",
        "# share one request budget (free tier: 10 a minute, 250 a day), kept in the database;",
        "# see docs/sources/openstates.md.",
    ]
    for i, (code, name) in enumerate(JURISDICTIONS):
        minute, hour = (i // 24) * 20, i % 24
        lines += [
            "",
            "[[sources]]",
            f'name = "openstates-{code.lower()}"',
            'spider = "openstates"',
            f'jurisdiction = "{name}"',
            'level = "state"',
            f'state = "{code}"',
            f'schedule = "{minute} {hour} * * *"',
            "enabled = true",
            "[sources.args]",
            'api_url = "https://v3.openstates.org"',
            f'jurisdiction_id = "ocd-jurisdiction/country:us/{division(code)}/government"',
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT} ({len(JURISDICTIONS)} sources)")


if __name__ == "__main__":
    main()
