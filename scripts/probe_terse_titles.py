"""Read a grid of short official captions that carry a tracked topic alone, and count those missed.

Run: ``python scripts/probe_terse_titles.py [--show]``.

Why: DOMAIN.md ("Where the line falls") says a short title can carry its topic with no summary:
a named policy or a tracked tool named as the subject ("Sanctuary policies; prohibition",
"Relating to immigration detainers"). Legislatures write such captions in a few house styles
(a subject and a catch-word after a semicolon, "Relating to …", "Provides relative to …", a
chapter heading before the subject), and a subject no rule reads in one style may read in
another. The grid crosses subjects that each carry one topic with those styles; every caption
should be relevant and carry its topic (its stance may stay unclear: a caption seldom says which
way it goes). Prints the counts missed by style and by subject; ``--show`` lists them.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from probe_phrasings import print_counts, print_listing  # noqa: E402

from tracker.classify import classify  # noqa: E402

# (subject, the topics it may carry alone: any one of them counts)
SUBJECTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sanctuary policies", ("sanctuary",)),
    ("sanctuary cities", ("sanctuary",)),
    ("sanctuary jurisdictions", ("sanctuary",)),
    # the labeled data reads status inquiries as information sharing, with sanctuary or not
    ("immigration status inquiries by public employees", ("sanctuary", "info_sharing")),
    ("use of local resources for federal immigration enforcement", ("sanctuary",)),
    ("immigration detainers", ("detainers",)),
    ("ICE detainer requests", ("detainers",)),
    ("immigration holds in county jails", ("detainers",)),
    ("287(g) agreements", ("287g",)),
    ("agreements under section 287(g) of the Immigration and Nationality Act", ("287g",)),
    # cooperation named bare goes either way until a verb says which
    ("cooperation with federal immigration authorities", ("anti_sanctuary", "sanctuary")),
    ("immigration enforcement cooperation by local governments", ("anti_sanctuary", "sanctuary")),
    ("civil immigration arrests at courthouses", ("ice_access",)),
    ("immigration enforcement at schools", ("ice_access",)),
    ("immigration enforcement in health care facilities", ("ice_access",)),
    ("sharing of personal information with immigration authorities", ("info_sharing",)),
    ("notification of inmate release dates to ICE", ("info_sharing",)),
    ("immigration detention contracts", ("detention_contracts",)),
    ("private immigration detention facilities", ("detention_contracts",)),
    ("legal representation for immigrants in removal proceedings", ("access_to_counsel",)),
    ("municipal identification cards", ("municipal_id",)),
    ("U visa certifications", ("u_visa",)),
    ("illegal entry into the state by aliens", ("state_enforcement",)),
    # the labeled data reads "enforcement of immigration laws" as any of these, by what the
    # measure does
    (
        "state enforcement of federal immigration law",
        ("state_enforcement", "anti_sanctuary", "sanctuary"),
    ),
    ("immigration status checks during traffic stops", ("state_enforcement",)),
    ("unlawful presence of aliens in the state", ("state_enforcement",)),
    ("transportation of unauthorized aliens out of the state", ("state_enforcement",)),
    ("state removal orders for illegal aliens", ("state_enforcement",)),
    ("harboring of illegal aliens", ("state_enforcement",)),
    ("landlord verification of tenant immigration status", ("state_enforcement",)),
    ("ICE access to county jails", ("ice_access",)),
    ("release of inmate information to federal immigration authorities", ("info_sharing",)),
    (
        "intergovernmental service agreements for immigration detention",
        ("detention_contracts",),
    ),
    ("immigration legal defense fund", ("access_to_counsel",)),
    ("community identification cards", ("municipal_id",)),
    ("T visa certifications", ("u_visa",)),
    # a state crime named by its offense ("unlawful entry" alone is also trespass, so it is
    # named with what makes it immigration), and the agency named by its acronym
    ("criminal penalties for illegal reentry into the state", ("state_enforcement",)),
    ("being unlawfully present in the state", ("state_enforcement",)),
    ("ICE access to schools", ("ice_access",)),
    ("ICE arrests at courthouses", ("ice_access",)),
    ("ICE enforcement in hospitals", ("ice_access",)),
    ("federal immigration agents at polling places", ("ice_access",)),
    # the tools by their federal names alone: 287(g)'s models, the detainer's form and the
    # administrative warrant beside it, the statute on status information, detention agreements,
    # the fingerprint program
    ("warrant service officer program agreements", ("287g",)),
    ("jail enforcement model agreements", ("287g",)),
    ("Form I-247A requests", ("detainers",)),
    ("compliance with 8 U.S.C. 1373", ("info_sharing", "anti_sanctuary")),
    ("IGSAs with federal immigration authorities", ("detention_contracts",)),
    ("participation in Secure Communities", ("detainers", "info_sharing", "sanctuary")),
    # and in plain words
    ("state-funded relocation of migrants to other states", ("state_enforcement",)),
    ("arrests of unauthorized aliens by state police", ("state_enforcement",)),
    ("ICE presence at courthouses", ("ice_access",)),
    ("transfers of inmates to ICE custody", ("detainers", "sanctuary")),
    ("renting dwellings to unlawfully present aliens", ("state_enforcement",)),
    # a state crime of harboring or moving aliens, in its shortest words
    ("harboring aliens", ("state_enforcement",)),
    ("transporting aliens", ("state_enforcement",)),
    ("alien smuggling", ("state_enforcement",)),
)
# house styles of a caption: {s} the subject, {S} capitalized
STYLES = (
    "{S}",
    # a ban on a sanctuary policy is anti_sanctuary (BANNED_POLICIES)
    "{S}; prohibition",
    "{S}; requirements",
    "{S}; amendments",
    "{S}; revisions",
    "Relating to {s}",
    "Concerning {s}",
    "An act relating to {s}",
    "Provides relative to {s}",
    "Modifies provisions relating to {s}",
    "Local government; {s}",
    "Law enforcement; {s}",
    "Counties; {s}",
    "Public safety - {s}",
)


HINDERING = frozenset({"{S}; prohibition"})
# a sanctuary policy banned is anti_sanctuary; a tool of sanctuary policies (status inquiries,
# local resources) banned is still sanctuary
BANNED_POLICIES = frozenset({"sanctuary policies", "sanctuary cities", "sanctuary jurisdictions"})
FLIPPED = {"sanctuary": "anti_sanctuary"}


class Caption(NamedTuple):
    text: str
    topics: tuple[str, ...]
    style: str
    subject: str


def captions() -> list[Caption]:
    """Every caption of the grid with the topics it may carry."""
    out: list[Caption] = []
    for subject, topics in SUBJECTS:
        for style in STYLES:
            text = style.format(s=subject, S=subject[0].upper() + subject[1:])
            if style in HINDERING and subject in BANNED_POLICIES:
                topics_here = tuple(FLIPPED.get(t, t) for t in topics)
            else:
                topics_here = topics
            out.append(Caption(text, topics_here, style, subject))
    return out


def main(argv: list[str]) -> int:
    rows = captions()
    by_style: Counter[str] = Counter()
    by_subject: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    shown: list[str] = []
    for c in rows:
        result = classify(c.text)
        if result.relevant and set(c.topics) & set(result.topics):
            continue
        kind = "other topic" if result.relevant else "not relevant"
        kinds[kind] += 1
        by_style[c.style] += 1
        by_subject[c.subject] += 1
        got = ",".join(result.topics) if result.relevant else "not relevant"
        shown.append(f"{'/'.join(c.topics):19}  read {got:30}  {c.text}")
    total = sum(kinds.values())
    print(
        f"{len(rows)} captions, {len(rows) - total} read with their topic, {total} missed", end=""
    )
    print(f" ({', '.join(f'{n} {k}' for k, n in kinds.most_common())})" if total else "")
    print_counts((("by style", by_style), ("by subject", by_subject)))
    if "--show" in argv:
        print_listing("missed", shown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
