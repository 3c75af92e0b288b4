# ruff: noqa: E501  (measure titles and summaries are kept whole)
"""Classes of error that showed on measures the rules had never seen, one test per class:
state-run enforcement, resolutions that address other governments, stance of repeals,
exemptions and conditions, terse official titles decided by their summary, and new look-alikes.
Also the protocol itself: the split, the eval command's figures, the rule rows and the model."""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.classify.helpers import assert_not_flagged, assert_reads
from tracker.classify import (
    TOPICS,
    _classify,
    classify,
    engine,
    model,
    rules,
    scored_with,
    triage,
)
from tracker.cli import main as cli

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


# --- state-run enforcement (DOMAIN.md topic state_enforcement) -----------------------------------
@pytest.mark.parametrize(
    ("title", "summary", "stance"),
    [
        (
            "Relating to illegal entry into this state",
            "Creates the state criminal offense of illegal entry from a foreign nation and authorizes state judges to order removal.",
            "restrictive",
        ),
        ("An ordinance prohibiting landlords from renting to illegal aliens", None, "restrictive"),
        (
            "Traffic stops; immigration status",
            "Requires officers to determine the immigration status of persons during lawful stops when reasonable suspicion exists.",
            "restrictive",
        ),
        (
            "Repeal of the state crime of illegal entry",
            "Repeals the provisions creating the state crime of illegal entry and the state removal orders.",
            "protective",
        ),
    ],
)
def test_state_enforcement_both_ways(title: str, summary: str | None, stance: str) -> None:
    res = classify(title, summary)
    assert res.relevant, res.why
    assert "state_enforcement" in res.topics, res.topics
    assert res.stance == stance, res.why


# --- resolutions: urging others vs backing a named policy --------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "Resolution calling on Congress to pass comprehensive immigration reform",
        "Resolution urging the President to halt deportations and expand relief for long-time residents",
        "Resolution condemning the conduct of federal immigration agents during recent raids",
        "Memorializing Congress to secure the southern border and end illegal immigration",
    ],
)
def test_resolutions_about_immigration_in_general_are_other_immigration(title: str) -> None:
    res = classify(title)
    assert not res.relevant, res.why
    assert res.category == "other_immigration"
    assert triage(title) == "candidate"  # still an immigration item worth a look


def test_resolution_backing_a_named_measure_on_a_tracked_topic_is_relevant() -> None:
    res = classify(
        "Resolution calling on the State Legislature to pass the Dignity for Detained Immigrants Act",
        "The bill would bar counties from contracting with ICE to detain immigrants in county jails.",
    )
    assert res.relevant and "detention_contracts" in res.topics and res.stance == "protective"
    res = classify(
        "Resolution in support of state legislation that would bar local police from honoring ICE detainers without a judicial warrant"
    )
    assert res.relevant and "detainers" in res.topics and res.stance == "protective"


# --- stance follows what the measure does ---------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "summary", "stance"),
    [
        (
            "Relating to sanctuary policies",
            "Repeals the state ban on sanctuary policies.",
            "protective",
        ),
        (
            "Relating to sanctuary law exemptions",
            "Exempts counties with a population over 500,000 from the state's sanctuary law.",
            "restrictive",
        ),
        (
            "Relating to detainers",
            "Provides that the county jail may honor an immigration detainer only with the approval of the county executive.",
            "protective",
        ),
        (
            "Relating to detainers",
            "Repeals the requirement that a judicial warrant accompany an immigration detainer before a jail honors it.",
            "restrictive",
        ),
        (
            "TRUST Act amendments",
            "Amends the TRUST Act. Provides that certain limitations under the Act regarding actions that may be taken by law enforcement agencies do not apply with respect to a person convicted of a felony.",
            "restrictive",
        ),
    ],
)
def test_stance_of_repeals_exemptions_and_conditions(title: str, summary: str, stance: str) -> None:
    assert_reads(title, stance, summary)


# --- classes found on the third labeled set (classifier 2.1) ------------------------------------
@pytest.mark.parametrize(
    ("title", "summary", "topic", "stance"),
    [
        # state crimes named without "state crime": improper entry, presence, trespass
        (
            "Relating to the offense of improper entry from a foreign nation",
            None,
            "state_enforcement",
            "restrictive",
        ),
        (
            "Relating to the illegal presence in this state of a person who is an alien",
            None,
            "state_enforcement",
            "restrictive",
        ),
        (
            "Creates the offense of trespass by an illegal alien",
            None,
            "state_enforcement",
            "restrictive",
        ),
        # a condition before honoring a detainer is protective, however it is phrased
        (
            "In relation to civil immigration detainers",
            "Requiring the written approval of the sheriff before the jail may honor a civil immigration detainer.",
            "detainers",
            "protective",
        ),
        (
            "In relation to civil immigration detainers",
            "Requires the jail to give notice of a civil immigration detainer to the person held and to their attorney.",
            "detainers",
            "protective",
        ),
        # backing or opposing a named measure carries its topic, with the stance turned round
        ("Resolution opposing the state Values Act", None, None, "restrictive"),
        ("Resolution opposing the state's anti-sanctuary law", None, None, "protective"),
        # repealing a limit on helping enforcement is restrictive
        (
            "Relating to immigration enforcement",
            "Repeals the prohibition on the use of public resources to assist federal immigration enforcement.",
            None,
            "restrictive",
        ),
        (
            "Relating to civil arrests",
            "Protects people from civil arrest near sensitive locations.",
            "ice_access",
            "protective",
        ),
        (
            "Relating to personal information",
            "Limits the collection and disclosure of immigration status by city agencies.",
            "info_sharing",
            None,
        ),
        # fourth set: double negatives, exceptions, rejections, programs and captions
        (
            "An act relating to immigration",
            "Prohibiting restrictions on the sharing of immigration status information with federal officials by local employees.",
            "anti_sanctuary",
            "restrictive",
        ),
        (
            "Relating to immigration enforcement at shelters",
            "Creates an exception from requirements to cooperate with federal immigration officers at homeless shelters.",
            None,
            "protective",
        ),
        (
            "Resolution rejecting the designation of the county as a sanctuary jurisdiction",
            None,
            None,
            "restrictive",
        ),
        (
            "Approval of the Warrant Service Officer program under a 287(g) agreement with ICE",
            None,
            "287g",
            "restrictive",
        ),
        (
            "Resolution on the 287(g) program",
            "The town will not apply to participate in the 287(g) program of the Immigration and Nationality Act.",
            "287g",
            "protective",
        ),
        (
            "Relating to agreements between sheriffs and ICE to enforce federal immigration law",
            None,
            "287g",
            "restrictive",
        ),
        ("Repeal of the state Trust Act", None, None, "restrictive"),
        (
            "Prohibits public funding for legal representation of immigrants facing deportation",
            None,
            None,
            "restrictive",
        ),
        # fifth set: defense funds, detention moratoria, city property, confidentiality, employers
        (
            "Agreement with a legal aid society for removal defense services for county residents",
            None,
            "access_to_counsel",
            None,
        ),
        (
            "Interim moratorium on permits for new or expanded civil detention facilities",
            None,
            "detention_contracts",
            None,
        ),
        (
            "Resolution prohibiting the use of city facilities for immigration-related enforcement activities",
            None,
            "ice_access",
            "protective",
        ),
        (
            "Requiring that citizenship or immigration status be kept confidential by county agencies",
            None,
            None,
            None,
        ),
        (
            "Establishing local sanctions on city contractors who employ unauthorized aliens",
            None,
            "state_enforcement",
            "restrictive",
        ),
        (
            "Resolution terminating the county's contract with ICE to house immigration detainees",
            None,
            "detention_contracts",
            "protective",
        ),
        ("Stop Sanctuary Policies Act", None, None, "restrictive"),
        ("Jail policy: ICE detainers no longer enforced", None, "detainers", "protective"),
        # sixth set: local declarations, agreements and contracts, grant conditions, hiring bans
        ("Declaration that the county is not a sanctuary county", None, None, "restrictive"),
        (
            "Resolution approving the memorandum of agreement with U.S. Immigration and Customs Enforcement (ICE)",
            None,
            "287g",
            "restrictive",
        ),
        (
            "Resolution authorizing an intergovernmental service agreement with the U.S. Immigration and Naturalization Service for use of the city jail",
            None,
            "detention_contracts",
            "restrictive",
        ),
        (
            "Authorizing outside counsel to challenge the state law that forces counties to perform the work of Immigration and Customs Enforcement",
            None,
            None,
            "protective",
        ),
        (
            "To restrict federal grants for States that fail to share information about criminal aliens with the Federal Government",
            None,
            "anti_sanctuary",
            None,
        ),
        (
            "An ordinance prohibiting the hiring of unlawful workers within the metropolitan area and providing penalties",
            None,
            "state_enforcement",
            None,
        ),
    ],
)
def test_classes_found_on_the_later_labeled_sets(
    title: str, summary: str | None, topic: str | None, stance: str | None
) -> None:
    res = classify(title, summary)
    assert res.relevant, res.why
    if topic:
        assert topic in res.topics, (res.topics, res.why)
    if stance:
        assert res.stance == stance, res.why


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Issuance of identity cards for certified artists", "none"),
        ("Declare the county a Tenth Amendment Sanctuary County", "none"),
        (
            "A RESOLUTION AUTHORIZING AN AGREEMENT FOR MUNICIPAL LAW ENFORCEMENT SERVICES WITH THE SHERIFF",
            "none",
        ),
        (
            "To require reports by the Department of Homeland Security on drug interdiction at the border",
            "none",
        ),
        ("In relation to the unauthorized practice of immigration law", "other_immigration"),
        ("Supporting federal funding for immigration officers at the border", "other_immigration"),
        ("Call for federal immigration agents to end raids on families", "other_immigration"),
    ],
)
def test_services_group_ids_and_appeals_to_others_are_not_relevant(
    title: str, category: str
) -> None:
    res = classify(title)
    assert not res.relevant, res.why
    assert res.category == category, res.why


# --- terse official titles: the summary decides --------------------------------------------------
def test_bare_official_title_is_decided_by_its_summary() -> None:
    restrictive = classify(
        "Relating to immigration.",
        "Requires every law enforcement agency to comply with immigration detainers issued by federal immigration authorities.",
    )
    assert restrictive.relevant and restrictive.stance == "restrictive"
    study = classify(
        "Relating to immigration.",
        "Requires the Department of Justice to study immigration in this state and report to the legislature.",
    )
    assert not study.relevant and study.category == "other_immigration"
    protective = classify(
        "Immigration",
        "Prohibits state agencies from sharing personal information with federal immigration authorities without a judicial warrant.",
    )
    assert protective.relevant and protective.stance == "protective"
    assert "info_sharing" in protective.topics


def test_bare_shell_title_stays_unclear() -> None:
    res = classify("A bill for an act relating to the enforcement of immigration laws.")
    assert res.relevant and res.stance == "unclear"


@pytest.mark.parametrize(
    "summary",
    [
        "Concerning cooperation between local police and federal immigration enforcement officials.",
        "Relates to policies of state agencies on interactions with federal immigration authorities.",
    ],
)
def test_a_summary_that_only_names_its_subject_is_a_shell_too(summary: str) -> None:
    """ "Relates to …" / "Concerning …" with no verb of its own says no more than a bare title:
    the model does not guess a side into it, while a summary that says what the bill requires
    is read."""
    shell = classify("Immigration enforcement cooperation", summary)
    assert shell.relevant and shell.stance == "unclear"
    assert not any(w.startswith("learned model: restrictive") for w in shell.why)
    said = classify(
        "Immigration enforcement cooperation",
        summary.rstrip(".") + "; requires local police to assist federal immigration enforcement.",
    )
    assert said.relevant and said.stance == "restrictive"


def test_full_text_decides_a_bare_title() -> None:
    text = (
        "Section 1. Definitions. Section 2. No law enforcement agency shall enter into an agreement "
        "under section 287(g) of the Immigration and Nationality Act. "
    ) * 3
    assert not classify("Relating to public safety.").relevant
    res = classify("Relating to public safety.", None, text)
    assert res.relevant and "287g" in res.topics and res.stance == "protective"


# --- named policies by kind, not by one measure ------------------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "Oregon Values Act",
        "ICE-Free Communities Act",
        "Welcoming County Ordinance",
        "TRUST Act",
        "An Ordinance Establishing a Boston Trust Act",  # a place's Trust Act, like its Values Act
    ],
)
def test_named_kinds_of_policy_carry_their_topic(title: str) -> None:
    res = classify(title)
    assert res.relevant and res.stance == "protective", res.why


# --- new look-alikes ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Directs DHS to provide child care subsidies", None),  # Human Services, not Homeland
        ("Private detention/reports", None),
        ("Requires the department of transportation to keep bridges ice-free in winter", None),
        (
            "Relating to parole violator detainers",
            "Requires the department of corrections to lodge detainers against parole violators.",
        ),
        ("Relating to the Sanctuary for Rescued Horses", None),
        ("Housing Trust Act", None),  # a place-like word before "Trust Act" is not enough
        ("Uniform Trust Act", None),
        ("Recognizing the Second Amendment Sanctuary movement in the county", None),
    ],
)
def test_new_lookalikes_are_not_flagged(title: str, summary: str | None) -> None:
    res = classify(title, summary)
    assert not res.relevant, res.why
    assert triage(title, summary) != "candidate"


# --- the eval command prints every figure --------------------------------------------------------
def test_eval_command_prints_the_figures(tmp_path: Path) -> None:
    labeled = tmp_path / "labeled.jsonl"
    labeled.write_text(
        "".join(
            json.dumps(r) + "\n"
            for r in [
                {
                    "title": "Relating to immigration.",
                    "summary": "Prohibits sheriffs from entering into 287(g) agreements.",
                    "relevant": True,
                    "stance": "protective",
                    "topics": ["287g"],
                },
                {
                    "title": "Bird sanctuary",
                    "summary": "Designates the city a bird sanctuary.",
                    "relevant": False,
                    "stance": "not_relevant",
                    "topics": ["none"],
                },
                {"title": "Open question", "relevant": None, "topics": ["municipal_id"]},
            ]
        )
    )
    background = tmp_path / "background.jsonl"
    background.write_text(
        json.dumps({"title": "Phasing out new ICE vehicles", "relevant": False})
        + "\n"
        + json.dumps({"title": "Relating to highway signs", "relevant": False})
        + "\n"
    )
    result = CliRunner().invoke(
        cli, ["classify", "--eval", str(labeled), "--eval", str(background)]
    )
    assert result.exit_code == 0, result.output
    out = result.output
    assert "labeled rows 2 (1 relevant), background rows 2" in out
    assert re.search(r"relevance +P 1\.000  R 1\.000 .* baseline P 0\.500  R 1\.000", out)
    assert re.search(r"terse titles +P 1\.000  R 1\.000  \(2 rows", out)
    assert "stance         accuracy 1.000 on 1 relevant rows" in out
    assert "topics         micro-F1 1.000" in out
    assert "false alarms   0 of 2 background bills = 0.00 per 5,000   baseline 1" in out
    assert re.search(r"speed +[\d,]+ measures per CPU-second", out)
    assert "false negatives" not in out  # rows only with --errors
    shown = CliRunner().invoke(cli, ["classify", "--eval", str(labeled), "--errors"])
    assert "false negatives: 0" in shown.output
    # a shell glob after one --eval: every file it names is scored, as with --eval each
    globbed = CliRunner().invoke(cli, ["classify", "--eval", str(labeled), str(background)])
    assert globbed.exit_code == 0, globbed.output
    assert globbed.output.splitlines()[1:4] == out.splitlines()[1:4]
    # without --eval, two files are a mistake said plainly, not a silent choice of one
    two = CliRunner().invoke(cli, ["classify", str(labeled), str(background)])
    assert two.exit_code == 2 and "name them after --eval" in two.output


def test_eval_reads_a_measures_text_from_texts_rows(tmp_path: Path) -> None:
    row = {
        "jurisdiction": "Texas",
        "identifier": "HB 9",
        "year": "2025",
        "title": "Relating to law enforcement agencies.",
        "summary": "",
        "relevant": True,
        "stance": "restrictive",
        "topics": ["detainers"],
    }
    # a background bill the triage sends nowhere: the spiders never fetch its text
    parks = {"jurisdiction": "Texas", "identifier": "HB 10", "year": "2025"}
    parks |= {"title": "Relating to state parks.", "summary": "", "relevant": False}
    labeled = tmp_path / "labeled.jsonl"
    labeled.write_text(json.dumps(row) + "\n" + json.dumps(parks) + "\n")
    texts = tmp_path / "texts.jsonl"
    text = (
        "AN ACT relating to law enforcement agencies. SECTION 1. A sheriff shall comply with "
        "every immigration detainer request issued by United States Immigration and Customs "
        "Enforcement and may not release the person before the detainer expires."
    )
    key = "Texas|HB 9|2025|Relating to law enforcement agencies."
    parks_key = "Texas|HB 10|2025|Relating to state parks."
    texts.write_text(
        json.dumps({"text_for": key, "text": text, "text_source": "x"})
        + "\n"
        + json.dumps({"text_for": parks_key, "text": text, "text_source": "x"})
        + "\n"
    )
    read = CliRunner().invoke(cli, ["classify", "--eval", str(labeled), "--eval", str(texts)])
    assert read.exit_code == 0, read.output
    # the texts rows are neither labeled measures nor background bills
    assert "labeled rows 1 (1 relevant), background rows 1" in read.output
    assert (
        "texts          1 labeled rows and 0 background bills read with their bill text; "
        "1 more read without it, as the spiders would not fetch it (triage: no)"
    ) in read.output
    assert "stance         accuracy 1.000 on 1 relevant rows" in read.output
    # the parks bill's (borrowed) detainer text was never fetched, so it is no false alarm
    assert "false alarms   0 of 1 background bills" in read.output
    # the caption alone says nothing of immigration
    alone = CliRunner().invoke(
        cli, ["classify", "--eval", str(labeled), "--eval", str(texts), "--no-texts"]
    )
    assert "texts " not in alone.output
    assert "stance         accuracy 0.000 on 1 relevant rows" in alone.output


# --- the protocol: a stable split, nothing shared between the parts ------------------------------
def _split_module():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import split_eval_data
    finally:
        sys.path.pop(0)
    return split_eval_data


@pytest.mark.parametrize("name", sorted(p.name for p in (DATA / "heldout").glob("*.jsonl")))
def test_split_is_the_hash_split_and_the_parts_do_not_overlap(name: str) -> None:
    split = _split_module()
    parts = {}
    for part in ("rules", "heldout"):
        with (DATA / part / name).open(encoding="utf-8") as f:
            parts[part] = [json.loads(line) for line in f if line.strip()]
    if name == "texts.jsonl":
        # a text sits in the part of its measure or background bill (the first background
        # file is all in the rules part, as the rules were written against it)
        for part, rows in parts.items():
            owners = set()
            for path in (DATA / part).glob("*.jsonl"):
                if path.name != "texts.jsonl":
                    with path.open(encoding="utf-8") as f:
                        owners |= {split.stable_id(json.loads(line)) for line in f if line.strip()}
            assert {r["text_for"] for r in rows} <= owners, part
        keys = {part: {r["text_for"] for r in rows} for part, rows in parts.items()}
        assert not keys["rules"] & keys["heldout"]
        return
    assert all(split.is_heldout(r) for r in parts["heldout"])
    assert not any(split.is_heldout(r) for r in parts["rules"])
    ids = {part: {split.stable_id(r) for r in rows} for part, rows in parts.items()}
    assert not ids["rules"] & ids["heldout"]
    # each part near half: at least 35 %, or, for a set too small for that to hold by chance
    # (under about 70 rows), within 2.5 standard deviations of a fair coin's half (a 17-row set
    # came out 12 / 5); a broken split (everything on one side) fails either way
    n = sum(map(len, parts.values()))
    least = min(0.35 * n, n / 2 - 2.5 * math.sqrt(n) / 2)
    assert min(len(rows) for rows in parts.values()) >= least


# --- rule rows carry their own triggers; triage reads a flag, not a message -----------------------
def test_every_rule_row_carries_plain_literal_triggers() -> None:
    tables = {
        "VETOES": [(r[0], r[1], r[2]) for r in rules.VETOES],
        "TOPIC_RULES": [(r[0], r[1], r[4]) for r in rules.TOPIC_RULES],
        "STANCE_RULES": [(r[0], r[1], r[4]) for r in rules.STANCE_RULES],
        "PROVISION_RULES": [(r[0], r[1], r[2]) for r in rules.PROVISION_RULES],
    }
    for name, rows in tables.items():
        labels = [label for label, _t, _p in rows]
        assert len(labels) == len(set(labels)), f"duplicate label in {name}"
        for label, triggers, pattern in rows:
            assert isinstance(triggers, tuple) and triggers, f"{name} {label}: no triggers"
            assert all(isinstance(t, str) and t.strip() for t in triggers), label
            re.compile(pattern)
    assert not hasattr(rules, "TRIGGERS") and not hasattr(rules, "STANCE_TRIGGERS")


def test_a_rule_runs_only_when_its_own_trigger_occurs() -> None:
    """A row whose triggers are absent is skipped, so a trigger typo shows here, not silently."""
    examples = ("287(g) agreement", "immigration detainer", "state crime of illegal entry")
    matched = set()
    for label, triggers, _tps, _w, pattern in rules.TOPIC_RULES:
        rx = re.compile(pattern, re.IGNORECASE)
        for example in examples:
            if rx.search(example):
                matched.add(example)
                low = example.lower()
                assert any(t in low if not t.isupper() else t in example for t in triggers), label
    assert matched == set(examples)


def test_no_rule_hides_a_match_behind_missing_triggers() -> None:
    """Every phrase a row's pattern finds in the rules part's measures (titles, summaries and
    texts as read) also carries one of the row's triggers: a missing trigger would make the row
    silently blind to that phrase ("contract with ICE to house detainees" once was)."""
    from tracker.classify.evaluation import stable_id

    texts = {}
    for line in (DATA / "rules" / "texts.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        texts[row["text_for"]] = row["text"]
    hidden: set[str] = set()
    for path in sorted((DATA / "rules").glob("labeled_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            scope = f"{row['title']} | {row.get('summary') or ''}"
            if stable_id(row) in texts:
                scope += " | " + engine.text_selection(texts[stable_id(row)])
            hidden.update(
                f"{label}: {phrase!r}" for label, phrase in engine.untriggered_matches(scope)
            )
    assert not hidden, sorted(hidden)


def test_triage_reads_the_weak_word_flag() -> None:
    # a bare "sanctuary" that no look-alike explains: read the text before deciding
    assert triage("Designating a sanctuary") == "maybe"
    result, weak = _classify("Designating a sanctuary", None, None, None, None, model.load())
    assert weak and not result.relevant


# --- classes from the seventh set's rules half ---------------------------------------------------
@pytest.mark.parametrize(
    ("title", "summary", "topic", "stance"),
    [
        # a verb read inside another word: "amend" is not "end", "endorse" is not "ends"
        (
            "To amend section 287(g) of the Immigration and Nationality Act to require every sheriff to enter into an agreement",
            None,
            "287g",
            "restrictive",
        ),
        (
            "AN ACT to amend the Code Annotated, relative to requiring sheriffs to honor immigration detainers",
            None,
            "detainers",
            "restrictive",
        ),
        # land-use moratoria on detention facilities
        (
            "An ordinance adopting an interim moratorium on permits for new detention facilities",
            None,
            "detention_contracts",
            "protective",
        ),
        # named enforcement programs opposed
        (
            "Resolution opposing the county's participation in the S-Comm program",
            None,
            "detainers",
            "protective",
        ),
        # jail housing agreements with ICE
        (
            "Approving an agreement with Immigration and Customs Enforcement for housing of federal detainees at the city jail",
            None,
            "detention_contracts",
            "restrictive",
        ),
        # immigrant-friendly declarations
        (
            "A resolution declaring the town an immigrant-friendly community",
            None,
            "sanctuary",
            "protective",
        ),
        # separation of local services from enforcement
        (
            "Resolution affirming the separation between city services and the enforcement of federal immigration law",
            None,
            "sanctuary",
            "protective",
        ),
        # opposing laws that would make local police enforce immigration law
        (
            "Resolution opposing state legislation requiring local police to enforce federal immigration laws",
            None,
            None,
            "protective",
        ),
        # standards before responding to holds
        (
            "Creating standards for responding to immigration detainers",
            None,
            "detainers",
            "protective",
        ),
        # duties of hospitals and schools toward patients and students
        (
            "Requires hospitals to adopt policies on patient rights during civil immigration enforcement",
            None,
            "ice_access",
            "protective",
        ),
        # California-style captions
        ("Public agencies: data privacy: immigration.", None, "info_sharing", "protective"),
        # repealing a ban on disclosing immigration records
        (
            "Records; repeal",
            "Repeals provisions that make it a crime for an employee to disclose immigration records held by the motor vehicle agency.",
            "info_sharing",
            "restrictive",
        ),
        # bans on accepting IDs issued to people without status
        (
            "Relating to prohibiting governmental entities from accepting identification issued to persons unlawfully present in the United States",
            None,
            "municipal_id",
            "restrictive",
        ),
        # the classic funding penalty, in an enforcement bill
        (
            "Relating to the enforcement of immigration laws",
            "Provides for the denial of state funds to local entities.",
            None,
            "restrictive",
        ),
    ],
)
def test_classes_of_the_seventh_set(
    title: str, summary: str | None, topic: str | None, stance: str
) -> None:
    res = classify(title, summary)
    assert res.relevant, res.why
    if topic:
        assert topic in res.topics, (res.topics, res.why)
    assert res.stance == stance, res.why


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a bank's status check on money sent abroad is commerce (other_immigration at most)
        (
            "Money transmission",
            "Requires a financial institution to verify the immigration status of a person sending funds outside the United States.",
        ),
        # a juvenile-justice moratorium is not about immigration detention
        ("Moratorium on new juvenile detention centers", None),
        # "Endorsing" is not "ending"; a bar association is not a bar
        ("Endorsing the state bar association's annual meeting", None),
    ],
)
def test_seventh_set_lookalikes_are_not_flagged(title: str, summary: str | None) -> None:
    res = classify(title, summary)
    assert not res.relevant, res.why


# --- a bill's text settles what the title and summary leave open --------------------------------
SB1070_TEXT = (
    "Be it enacted by the Legislature: a law enforcement official or agency of this state may "
    "not limit or restrict the enforcement of federal immigration laws; where reasonable "
    "suspicion exists that the person is an alien who is unlawfully present in the United "
    "States, a reasonable attempt shall be made to determine the immigration status of the person."
)


def test_the_text_settles_a_direction_the_words_leave_open() -> None:
    words = classify("Immigration detainers", "Relating to immigration detainers.")
    assert words.relevant and words.stance_basis != "rules"
    text = "Section 1. A sheriff shall comply with every immigration detainer request and shall not release the person."
    read = classify("Immigration detainers", "Relating to immigration detainers.", text)
    assert read.stance == "restrictive" and read.topics == words.topics
    assert any(w.startswith("the text: restrictive") for w in read.why), read.why


def test_the_text_adds_no_topic_to_a_measure_its_words_placed() -> None:
    title = "Prohibition on 287(g) agreements"
    summary = "Prohibits sheriffs from entering into 287(g) agreements with ICE."
    words = classify(title, summary)
    # the text quotes the law it changes, detainers and all
    read = classify(title, summary, SB1070_TEXT + " The sheriff shall honor detainers.")
    assert (read.relevant, read.topics, read.stance) == (True, words.topics, "protective")


def test_provisions_follow_the_direction_the_measure_keeps() -> None:
    # the title and summary bar 287(g); the text, as found, is the mandate the bill undoes
    title = "Prohibition on 287(g) agreements"
    summary = "Prohibits sheriffs from entering into 287(g) agreements with ICE."
    text = (
        "Section 1. Every sheriff shall enter into an agreement under section 287(g) with ICE "
        "and shall honor every immigration detainer. Section 2. No county may adopt a policy that "
        "limits cooperation with ICE. Section 3. Every jail shall notify ICE of each release date."
    )
    assert _classify(title, summary, text, None, None, model.load())[0].stance == "restrictive"
    read = classify(title, summary, text)
    assert read.stance == "protective"
    assert "bar_287g" in read.provisions
    assert not {"require_287g", "detainer_mandate"} & set(read.provisions), read.provisions


def test_the_text_makes_a_measure_relevant_only_through_a_rule() -> None:
    assert not classify(
        "Law enforcement agencies", "Relating to the duties of law enforcement."
    ).relevant
    read = classify(
        "Law enforcement agencies", "Relating to the duties of law enforcement.", SB1070_TEXT
    )
    assert read.relevant and read.stance == "restrictive" and read.basis == "rules"
    # a text that only mentions immigration law in passing does not make a fraud bill relevant
    fraud = classify(
        "Consumer protection; notarios",
        "Prohibits fraud by persons offering legal services.",
        "Sec. 1. A person may not hold out as qualified to give advice on immigration laws unless licensed.",
    )
    assert not fraud.relevant, fraud.why


def test_a_resolutions_recitals_do_not_make_it_relevant() -> None:
    title = "Resolution calling upon Congress to extend Temporary Protected Status for Haiti"
    assert not classify(title).relevant
    text = (
        "Whereas, nationals present under Temporary Protected Status may not be detained by DHS "
        "based solely on immigration status; and Whereas, local police may not honor ICE "
        "detainers; now, therefore, be it Resolved, that the Council calls upon Congress to "
        "extend Temporary Protected Status for Haiti."
    )
    assert not classify(title, None, text).relevant
    # the recitals are dropped from what the rules read; the resolved clause stays
    kept = engine.without_recitals(text)
    assert "detainers" not in kept and "Resolved, that the Council calls upon Congress" in kept
    # as most councils print them, in capitals (a proclamation that sets no policy)
    proclamation = (
        "Mayoral Proclamation World Refugee Day WHEREAS, the City is a welcoming city that "
        "celebrates the diversity of its residents; and WHEREAS, refugees enhance the culture "
        "and the economy. NOW, THEREFORE, I, the Mayor, proclaim June 20 as World Refugee Day."
    )
    assert "welcoming city" not in engine.without_recitals(proclamation)
    assert not classify("Mayoral Proclamation World Refugee Day", None, proclamation).relevant


def test_a_look_alike_stays_one_whatever_its_text_mentions() -> None:
    title = "Resolution declaring the county a Second Amendment sanctuary"
    text = "Section 1. The county shall not use its resources to enforce federal firearms laws, nor honor federal immigration detainers."
    assert not classify(title).relevant
    assert not classify(title, None, text).relevant


# --- the learned second opinion -----------------------------------------------------------------
def test_model_file_is_small_plain_and_deterministic() -> None:
    assert model.MODEL_PATH.stat().st_size < 3_000_000
    data = json.loads(model.MODEL_PATH.read_text(encoding="utf-8"))
    assert {"relevance", "restrictive", "topic:state_enforcement"} <= set(data["models"])
    assert model.features("Prohibits 287(g) agreements") == model.features(
        "Prohibits 287(g) agreements"
    )
    assert "w:287(g)" in model.features("Prohibits 287(g) agreements")


def test_rules_decide_alone_without_the_model() -> None:
    title = "Prohibition on 287(g) agreements"
    summary = "Prohibits sheriffs from entering into 287(g) agreements with ICE."
    alone, _ = _classify(title, summary, None, None, None, None)
    both = classify(title, summary)
    assert alone.relevant and both.relevant and alone.stance == both.stance == "protective"
    assert not any(w.startswith("learned model") for w in alone.why)


def test_model_alone_never_flags_a_bill_the_prefilter_rejects() -> None:
    assert not engine.prefilter("Relating to highway maintenance")
    assert not classify("Relating to highway maintenance").relevant


# --- classes found by reading rules-part texts (classifier 2.3.0) ------------------------------
REPEALED_BAN = (
    "Section A. Sections 67.307 and 285.550, RSMo, are repealed. [67.307. 1. No municipality "
    "shall enact or adopt any sanctuary policy. Any municipality that enacts a sanctuary policy "
    "shall be ineligible for any moneys provided through grants administered by any state "
    "agency. 285.550. The state shall require every employer to verify whether illegal aliens "
    "are employed.]"
)


def test_a_pure_repeal_goes_the_other_way_from_the_law_its_text_quotes() -> None:
    title = "To repeal sections 67.307 and 285.550, RSMo, relating to sanctuary policies."
    # the text alone, as the law it quotes, reads restrictive
    assert _classify(title, None, REPEALED_BAN, None, None, model.load())[0].stance == (
        "restrictive"
    )
    read = classify(title, None, REPEALED_BAN)
    assert read.relevant and read.stance == "protective", read.why
    # it is about the ban it repeals, and that ban's provisions are not its own
    assert "anti_sanctuary" in read.topics
    assert "ban_sanctuary" not in read.provisions
    assert read.why[-1] == "a repeal: protective, the opposite of the law it repeals"
    # a title that repeals and enacts in its place is no pure repeal: the text is its own law
    both = "To repeal section 67.307, RSMo, and to enact in lieu thereof one new section relating to sanctuary policies."
    assert classify(both, None, REPEALED_BAN).stance == "restrictive"


@pytest.mark.parametrize(
    "text",
    [
        # "not prohibit" is no limit on cooperation (West Virginia HB 2008, 2023)
        "requiring that entities and agencies not prohibit the enforcement of immigration laws "
        "or cooperation with other governmental agencies to enforce immigration laws",
        # "No ... may enact ... any ordinance ... that: (1) Limits ..." (South Dakota SB 193, 2018)
        "No local governmental unit as defined in § 6-1-12 may enact, maintain, or enforce any "
        "ordinance, resolution, or other enactment that: (1) Limits or prohibits any agent of the "
        "local governmental unit from communicating or cooperating with a federal agency or "
        "official to verify or report the immigration status of any person",
        # a statute heading's double negative (Pennsylvania HB 801, 2011)
        "Section 3. Limitation of immigration laws prohibited. No official may adopt a policy "
        "that limits or restricts enforcement of Federal immigration laws.",
    ],
)
def test_a_ban_on_limiting_enforcement_is_restrictive(text: str) -> None:
    title, summary = "Immigration detainers", "Relating to immigration detainers."
    assert classify(title, summary).stance_basis != "rules"  # the words take no side
    read = classify(title, summary, text)
    assert read.relevant and read.stance == "restrictive", read.why
    assert any(w.startswith("the text: restrictive cue") for w in read.why), read.why


def test_publishing_a_policy_on_requests_is_no_duty_to_tell_immigration_authorities() -> None:
    # "information from federal immigration authorities" is no "inform immigration authorities"
    text = (
        "Each agency shall publish on its website its policy regarding requests for information "
        "from federal immigration authorities."
    )
    assert not any("requires notifying" in w for w in classify("Immigration", None, text).why)
    notify = classify("Immigration", None, "The sheriff shall inform ICE of the release date.")
    assert notify.stance == "restrictive", notify.why


@pytest.mark.parametrize(
    "title",
    [
        'ADVISORY LETTER REGARDING SENATE BILL 54: "The California Values Act"',
        "A RESOLUTION OF THE CITY COUNCIL REGARDING THE CALIFORNIA VALUES ACT",
    ],
)
def test_a_resolution_regarding_a_named_law_takes_no_side(title: str) -> None:
    read = classify(title, "Discussion and possible action.")
    assert read.relevant and read.stance == "unclear", read.why
    # one that says which side it takes is read that way
    opposed = classify(title.replace("REGARDING", "OPPOSING").replace("Regarding", "Opposing"))
    assert opposed.stance == "restrictive", opposed.why
    # and a bill "concerning" the act it amends keeps the act's direction
    assert classify("An Act Concerning the Trust Act").stance == "protective"


def test_an_mou_with_dhs_to_enforce_immigration_law_is_287g_and_ice_office_names_are_not() -> None:
    mou = classify(
        "Providing for a memorandum of understanding",
        "The State Police is directed to negotiate a memorandum of understanding between the "
        "Commonwealth and the United States Department of Justice or Department of Homeland "
        "Security concerning the enforcement of Federal immigration and customs laws.",
    )
    assert mou.relevant and "287g" in mou.topics, mou.why
    help_in_emergencies = classify(
        "Authorizing the City Manager to renew a memorandum of understanding between the City "
        "Police Department and the U.S. Immigration and Customs Enforcement (ICE), Enforcement "
        "and Removal Operation (ERO), for assistance in the event of an emergency."
    )
    assert not any(w.startswith("agreement with ICE") for w in help_in_emergencies.why)


def test_other_kinds_of_identity_card_and_legal_defense_funds() -> None:
    artists = classify(
        "Certification of artists",
        "A certified artist would be eligible to obtain a City identity card which would "
        "display the cardholder's status as a certified artist.",
    )
    assert not artists.relevant, artists.why
    fund = classify("Immigration Legal Defense Fund")
    assert fund.relevant and fund.topics == ("access_to_counsel",) and fund.stance == "protective"


def test_a_relief_programs_confidential_applications_are_not_local_data_sharing() -> None:
    # a federal relief bill's standard clause: DHS keeps its own applications from enforcement
    dream = classify(
        "Dream Act",
        "This bill directs DHS to cancel removal of certain aliens who entered as children. DHS "
        "may not disclose or use information provided in applications filed under this bill or "
        "in DACA requests for immigration enforcement purposes.",
    )
    assert not dream.relevant and dream.category == "other_immigration", dream.why
    # a state barring its own agencies from handing license data to ICE is data sharing
    dmv = classify(
        "Driver's licenses; confidentiality",
        "The department may not disclose information provided in applications for a driver's "
        "license to federal immigration authorities for immigration enforcement purposes.",
    )
    assert dmv.relevant and "info_sharing" in dmv.topics and dmv.stance == "protective", dmv.why


# --- a digest that tells the law as it stands, then what the bill does --------------------------
VALUES_ACT_DIGEST = (
    "Existing law, the California Values Act, prohibits state and local law enforcement agencies "
    "from using money or personnel to investigate, interrogate, detain, detect, or arrest persons "
    "for immigration enforcement purposes."
)


def test_a_digest_account_of_current_law_gives_no_direction_to_the_bill() -> None:
    title = "An act to amend Section 7284.6 of the Government Code, relating to law enforcement."
    # the law it amends is protective; the bill makes jails hand people over
    hands_over = classify(
        title,
        VALUES_ACT_DIGEST + " This bill would require those agencies to transfer to immigration "
        "authorities any person in custody who has been convicted of a serious or violent felony.",
    )
    assert hands_over.relevant and hands_over.stance == "restrictive", hands_over.why
    assert not any("bars using local money" in w for w in hands_over.why), hands_over.why
    # a condition on the hand-over is no duty to hand over
    conditional = classify(
        title,
        VALUES_ACT_DIGEST + " This bill would require those agencies to transfer a person to "
        "immigration authorities only if presented with a judicial warrant.",
    )
    assert not any("handing people over" in w for w in conditional.why), conditional.why


def test_a_bill_that_repeals_the_law_its_digest_quotes_goes_the_other_way() -> None:
    summary = (
        "Current law prohibits a probation officer from providing personal information about an "
        "individual to federal immigration authorities. The bill repeals these prohibitions."
    )
    read = classify("Relating to immigration.", summary)
    assert read.relevant and read.stance == "restrictive", read.why
    # (the quoted bar on helping immigration enforcement, read the other way)
    assert any(
        "current law it repeals: bars a government from helping immigration enforcement" in w
        for w in read.why
    ), read.why
    # a bill that adds to the same law keeps its direction
    adds = summary.replace(
        "The bill repeals these prohibitions.", "The bill extends them to jails."
    )
    assert classify("Relating to immigration.", adds).stance == "protective"
    # "consistent with existing law" inside a bill's own sentence is no account of current law
    own = classify(
        "Relating to immigration.",
        "Prohibits jails from honoring immigration detainers, consistent with existing law.",
    )
    assert own.stance == "protective", own.why


@pytest.mark.parametrize(
    ("title", "summary", "stance"),
    [
        # a protective tool with no restrictive cue: the model may not read it the other way
        (
            "Voices of Immigrant Communities Empowering Survivors (VOICES) Act",
            "Sets deadlines for agencies to process U-visa certification requests from victims of qualifying criminal activity.",
            "protective",
        ),
        (
            "Funding Attorneys for Indigent Removal (FAIR) Proceedings Act",
            "Establishes a grant program for attorneys for indigent noncitizens in removal proceedings.",
            "protective",
        ),
        # a ban on accepting the tool is restrictive
        (
            "A bill for an act relating to local government; prohibiting the acceptance of a municipal ID for state or federal services",
            None,
            "restrictive",
        ),
        (
            "House concurrent resolution declaring Hawaii to be a Ho'okipa (welcoming) state",
            None,
            "protective",
        ),
    ],
)
def test_protective_tools_and_bans_on_them(title: str, summary: str | None, stance: str) -> None:
    read = classify(title, summary)
    assert read.relevant and read.stance == stance, read.why


# --- a measure that opposes, vetoes or rejects another goes the other way -----------------------
@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "A resolution urging the Governor to veto Senate Bill 4, which would require local law enforcement to honor ICE detainers",
            "protective",
        ),
        (
            "Resolution in opposition to House Bill 56, which requires police to check immigration status during traffic stops",
            "protective",
        ),
        (
            "Resolution urging the state to reject legislation that would punish sanctuary jurisdictions",
            "protective",
        ),
        ("Resolution urging the Governor to veto AB 4, the TRUST Act", "restrictive"),
        # the same measures backed keep their own direction
        (
            "A resolution urging the Governor to sign Senate Bill 4, which would require local law enforcement to honor ICE detainers",
            "restrictive",
        ),
        ("Resolution urging the Governor to sign AB 4, the TRUST Act", "protective"),
        # a veto override backs the bill
        ("Resolution supporting a veto override of AB 4, the TRUST Act", "protective"),
        # what it backs after what it opposes is read as it is
        (
            "Resolution opposing Senate Bill 4 and supporting legislation that limits cooperation with ICE",
            "protective",
        ),
    ],
)
def test_what_a_measure_opposes_reads_the_other_way(title: str, stance: str) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Resolution opposing the county's contract with ICE to house detainees at the county jail",
            None,
        ),
        (
            "Resolution opposing the construction of a new immigration detention center in the county",
            None,
        ),
        (
            "Resolution supporting the Dignity Not Detention Act",
            "The act bars local governments from contracting with private companies to detain immigrants.",
        ),
    ],
)
def test_opposing_or_barring_detention_contracts_is_protective(
    title: str, summary: str | None
) -> None:
    read = classify(title, summary)
    assert read.relevant and read.stance == "protective", read.why
    assert "detention_contracts" in read.topics


# --- double negatives, conditions and what a measure repeals, each read as what it does ---------
@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        (
            "Authorizes sheriffs to honor immigration detainers without a judicial warrant",
            "restrictive",
        ),
        (
            "Requires a signed judicial warrant before any agency honors an ICE detainer",
            "protective",
        ),
        (
            "Allows local law enforcement to enter into 287(g) agreements notwithstanding the Trust Act",
            "restrictive",
        ),
        ("Repeals the prohibition on 287(g) agreements", "restrictive"),
        ("Repeals the requirement that sheriffs enter into 287(g) agreements", "protective"),
        (
            "Eliminates the exception allowing jails to honor detainers for persons convicted of serious felonies",
            "protective",
        ),
        (
            "Requires the Department of Motor Vehicles to share driver's license data with ICE upon request",
            "restrictive",
        ),
        ("Prohibits cities from refusing to share information with ICE", "restrictive"),
        (
            "Restricts the authority of local governments to limit cooperation with federal immigration authorities",
            "restrictive",
        ),
        ("Allows ICE agents to access county jails to interview inmates", "restrictive"),
        ("Withholds state grants from cities that decline ICE detainers", "restrictive"),
        # the plain forms keep their direction
        (
            "Prohibits state agencies from sharing driver's license data with ICE except pursuant to a court order",
            "protective",
        ),
        ("Requires ICE agents to obtain written consent before interviewing inmates", "protective"),
        (
            "Limits the circumstances under which law enforcement may cooperate with ICE",
            "protective",
        ),
    ],
)
def test_what_a_measure_does_through_negations_and_conditions(summary: str, stance: str) -> None:
    read = classify("Immigration enforcement", summary)
    assert read.relevant and read.stance == stance, read.why


def test_notwithstanding_names_what_a_provision_overrides_up_to_its_comma() -> None:
    # a statute's "Notwithstanding Subsection (b)(3), ..." introduces the provision itself
    text = (
        "Notwithstanding Subsection (b)(3), a local entity may prohibit persons employed by the "
        "entity from assisting or cooperating with a federal immigration officer at a place of worship."
    )
    spans = engine.opposed_spans(text)
    assert [text[a:b].strip() for a, b in spans] == ["Subsection (b)(3)"]


# --- classes from the eighth set's rules half --------------------------------------------------
@pytest.mark.parametrize(
    ("title", "summary", "stance"),
    [
        # a funding cut-off aimed at sanctuary jurisdictions, however far the words sit apart
        (
            "To prohibit the use of Federal funds for congressional earmarks targeted to a State or unit of local government that is a sanctuary jurisdiction.",
            None,
            "restrictive",
        ),
        # a penalty on "a political subdivision of a State that prohibits ..."
        (
            "To amend the Immigration and Nationality Act to deny assistance to a State or political subdivision of a State that prohibits its officials from taking certain actions with respect to immigration.",
            "Sanctuary cities.",
            "restrictive",
        ),
        # a ban on establishing non-cooperation policies, beside a background sentence about others
        (
            "Prohibits municipal ordinance to create sanctuary city.",
            "The bill prohibits counties and municipalities from establishing formal or informal policies of non-cooperation with federal immigration authorities. Several jurisdictions have established a formal prohibition on cooperation with federal authorities on immigration issues.",
            "restrictive",
        ),
        # a crime for adopting a policy that limits enforcement
        (
            "Immigration, to criminalize act of state official or agent adopting policy that intentionally limits or restricts enforcement of immigration laws",
            None,
            "restrictive",
        ),
        # requiring policies that limit data sharing is protective, not a ban on them
        (
            "Law enforcement; immigration actions; data",
            "Requires each state and county agency to adopt policies that limit the collection, retention, and sharing of immigration-related personal data.",
            "protective",
        ),
        # a definition's "limited to" limits nothing
        (
            "Corrections; transfers; immigration",
            "Requires the department to transfer individuals to federal immigration authorities, meaning the Department of Homeland Security, limited to its subagencies, Immigration and Customs Enforcement and Customs and Border Protection.",
            "restrictive",
        ),
        (
            "Request to modify county policy to facilitate Immigration and Customs Enforcement review of the legal status of inmates",
            "Relating to ICE access to the county jail.",
            "restrictive",
        ),
    ],
)
def test_eighth_set_stance_classes(title: str, summary: str | None, stance: str) -> None:
    read = classify(title, summary)
    assert read.relevant and read.stance == stance, read.why


@pytest.mark.parametrize(
    ("title", "summary", "relevant"),
    [
        (
            "TRUST Act",
            "Time to Rescue United States Trusts Act or the TRUST Act. Establishes committees on federal trust funds.",
            False,
        ),
        (
            "Resolution calling on the Legislature to amend the Hudson River Park Trust Act by banning non-essential use of its heliport.",
            None,
            False,
        ),
        ("REPEAL ILLINOIS TRUST ACT", None, True),
        ("TRUST Act", "Limits the detention of immigrants on ICE detainers.", True),
        (
            "Establishes a post-release support program to provide grants to community-based organizations to offer services after immigration detention",
            None,
            False,
        ),
        (
            "To establish the right to counsel, at Government expense for those who cannot afford counsel, for people facing removal.",
            None,
            True,
        ),
        (
            "An ordinance creating a new City of Newark identification card program for residents",
            None,
            True,
        ),
        (
            "Sign a letter responding to concerns regarding the implementation of the federal Priority Enforcement Program (PEP) by the Sheriff's Office",
            None,
            True,
        ),
    ],
)
def test_eighth_set_relevance_classes(title: str, summary: str | None, relevant: bool) -> None:
    assert classify(title, summary).relevant is relevant


def test_law_enforcement_access_to_county_facilities_has_its_text_fetched() -> None:
    # read as a place's own property closed to law enforcement since 2.36.0: a candidate, whose
    # history and text are fetched
    caption = "Adopt an ordinance adding Article LXV of the County Code relating to law enforcement access to county facilities (first reading; second reading unless modified) (districts: all)"
    assert triage(caption) == "candidate"


@pytest.mark.parametrize(
    "title",
    [
        "City of Fort Worth joining litigation against Texas Senate Bill 4(SB4)",
        "A resolution staying compliance with SB54 pending a decision in the matter of United States of America v. State of California",
        "A Resolution Urging Repeal of Arizona Senate Bill 1070",
    ],
)
def test_a_councils_action_on_a_state_law_it_names_has_the_text_fetched(title: str) -> None:
    # the caption names the law only by its number: its text says what the law is about
    assert triage(title) == "maybe"
    assert triage("A resolution honoring the Eastside High School football team") == "no"


# --- classes from the ninth set's rules half ----------------------------------------------------
@pytest.mark.parametrize(
    ("title", "summary", "topic", "stance"),
    [
        (
            "A requirement for peace officers to report undocumented immigrants to United States immigration and customs.",
            None,
            "info_sharing",
            "restrictive",
        ),
        (
            "To authorize the City Clerk to enter into a grant agreement for the purpose of providing legal services for immigrant and refugee families",
            None,
            "access_to_counsel",
            "protective",
        ),
        (
            "Resolution Reaffirming the Public Safety Function of Local Law Enforcement",
            None,
            "sanctuary",
            "protective",
        ),
        ("deportation task force; appropriation", None, "state_enforcement", "restrictive"),
        ("Relating to noncitizen crime victims.", None, "u_visa", "protective"),
        (
            "To restrict the Department of Homeland Security from arresting or detaining individuals in connection with appearances before immigration courts",
            None,
            "ice_access",
            "protective",
        ),
        (
            "Immigration law enforcement noncooperation ordinances and policies prohibition",
            None,
            "anti_sanctuary",
            "restrictive",
        ),
        ("prohibited declaration; sanctuary jurisdiction", None, "anti_sanctuary", "restrictive"),
        (
            "To authorize State enforcement of immigration laws, and for other purposes.",
            None,
            "state_enforcement",
            "restrictive",
        ),
    ],
)
def test_ninth_set_classes(title: str, summary: str | None, topic: str, stance: str) -> None:
    read = classify(title, summary)
    assert read.relevant and read.stance == stance, read.why
    assert topic in read.topics, read.topics


def test_victims_named_in_a_general_appeal_are_no_u_visa_policy() -> None:
    appeal = "Resolution calling upon Congress to renew the Violence Against Women Act and to maintain immigration relief for immigrant victims of domestic violence."
    assert not classify(appeal).relevant
    assert (
        triage(
            "An Act to Enhance Public Safety by Defining the Relationship Between Local and Federal Law Enforcement"
        )
        == "maybe"
    )


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Relates to requiring a court advisement of possible immigration consequences to a noncitizen of pleading guilty",
            "Requires a court advisement of possible immigration consequences, including but not limited to, deportation, immigration detention, exclusion from admission to the United States or denial of naturalization.",
        ),
        (
            "A bill to provide for certain information regarding refugee resettlement; to create a communication process for state departments and local units of government to collaborate in the process as set forth in federal immigration law",
            None,
        ),
    ],
)
def test_plea_advisements_and_citations_of_immigration_law_are_not_enforcement(
    title: str, summary: str | None
) -> None:
    read = classify(title, summary)
    assert not read.relevant and read.category == "other_immigration", read.why


@pytest.mark.parametrize(
    ("title", "summary", "text", "stance"),
    [
        # a duty to keep a person the detainer names until ICE takes custody is no condition
        (
            "Immigration detainers",
            None,
            "Section 1. A sheriff who receives an immigration detainer shall not release the person named in the detainer except to transfer the person to the custody of federal immigration authorities.",
            "restrictive",
        ),
        (
            "Immigration detainers",
            None,
            "Section 1. A sheriff shall not honor an immigration detainer except when it is accompanied by a judicial warrant.",
            "protective",
        ),
        # a caption that asks the executive to sign an enforcement agreement
        (
            "Immigration enforcement agreement; directing the Governor to enter into.",
            None,
            None,
            "restrictive",
        ),
        # a ban on the local laws that limit cooperation
        (
            "An Act prohibiting ordinances that restrict city employees from cooperating with federal immigration officials",
            None,
            None,
            "restrictive",
        ),
        # a place's "Welcoming ... Act" is a welcoming policy, like a "Values Act"
        (
            "Immigrants",
            "Citing this act as the Welcoming Oregon Act; revising requirements for public agencies.",
            None,
            "protective",
        ),
    ],
)
def test_eleventh_round_stance_classes(
    title: str, summary: str | None, text: str | None, stance: str
) -> None:
    read = classify(title, summary, text)
    assert read.relevant and read.stance == stance, read.why


def test_the_trust_recital_in_a_summary_leans_protective_by_the_rules_alone() -> None:
    # the reason welcoming measures give for themselves (the text's own "Whereas" recitals are
    # not read, so this shows in captions and digests)
    read = _classify(
        "An ordinance relating to employee authority in immigration matters",
        "Sets the role of city employees in federal immigration enforcement, to foster trust"
        " between immigrant residents and local law enforcement.",
        None,
        None,
        None,
        None,
    )[0]
    assert read.relevant and read.stance == "protective", read.why


def test_the_model_reads_a_direction_from_what_the_bill_does_not_the_law_it_describes() -> None:
    # a model that has learned "courthouse" as protective must not read it from the digest's
    # account of current law, which the bill repeals
    models = model.Models(
        {
            "version": "t",
            "thresholds": model.load().thresholds,  # the shipped decision thresholds
            "models": {
                "relevance": {"bias": 5.0, "weights": {}},
                # "courthouse" learned as protective, "reenacts" as restrictive
                "restrictive": {"bias": 0.0, "weights": {"w:courthouse": -3.0, "w:reenacts": 3.0}},
                **{f"topic:{t}": {"bias": 0.0, "weights": {}} for t in TOPICS},
            },
        }
    )
    summary = (
        "This bill recreates and reenacts the 2006 law on immigration status. Current law "
        "prohibits arrests at a courthouse courthouse courthouse for civil immigration purposes."
    )
    read = _classify("Immigration enforcement", summary, None, None, None, models)[0]
    assert read.relevant and read.stance == "restrictive", read.why


@pytest.mark.parametrize(
    "summary",
    [
        "Prohibits civil arrests at a courthouse for civil immigration purposes.",
        "Prohibits state agencies from withholding benefits for civil immigration reasons.",
    ],
)
def test_words_that_only_contain_hold_or_house_are_no_detention(summary: str) -> None:
    # "courthouse" and "withholding" hold the letters of "house" and "hold", not their sense
    read = classify("Immigration", summary)
    assert "detention_contracts" not in read.topics, read.why


def test_hearings_to_examine_a_relationship_with_ice_take_no_side() -> None:
    # "to hold public hearings" holds no one, and the question the hearings ask is not answered
    read = classify(
        "Authorizing the Committee on Public Safety to hold public hearings to examine the county's"
        " information-sharing relationship with Immigration and Customs Enforcement and whether"
        " the county should share detainer and release information with it"
    )
    assert read.relevant and read.stance == "unclear", read.why


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a wetland is a conservation sanctuary
        (
            "Establishes the Heron Marsh tidal wetlands sanctuary; prohibits the use of motor boats in the Heron Marsh tidal wetlands sanctuary",
            None,
        ),
        # a state's cards and driver's licenses for the undocumented are licenses, not local IDs
        (
            "Relating to: operator's licenses and identification cards for individuals who are undocumented",
            None,
        ),
        # how immigration agents identify themselves is their conduct (DOMAIN.md)
        (
            "Immigration agents",
            "Requires federal immigration enforcement agents to display visible identification and prohibits them from wearing masks while conducting enforcement actions in the state.",
        ),
        (
            "Resolution calling upon the Department of Homeland Security to prohibit Immigration and Customs Enforcement (ICE) agents from identifying themselves as police officers while conducting immigration enforcement activities",
            None,
        ),
        # federal detention of aliens is a matter for Congress, not this government's jail
        ("To provide for the mandatory detention of aliens who pose security risks", None),
    ],
)
def test_eleventh_set_look_alikes_and_other_immigration(title: str, summary: str | None) -> None:
    read = classify(title, summary)
    assert not read.relevant, read.why


@pytest.mark.parametrize(
    ("title", "topic", "stance"),
    [
        (
            "Create statutory authority for sheriffs and jail officers to hold aliens until federal officials take custody",
            "detainers",
            "restrictive",
        ),
        (
            "An Act relating to: requirements concerning assistance in the detention of persons who are not lawfully present in the United States",
            "detainers",
            None,
        ),
        (
            "Correctional Services - Transfers to Federal Authorities - Undocumented Immigrants",
            "detainers",
            None,
        ),
        (
            "Relates to records kept for applications for an identification card issued by the county",
            "municipal_id",
            None,
        ),
    ],
)
def test_eleventh_set_relevant_classes(title: str, topic: str, stance: str | None) -> None:
    read = classify(title)
    assert read.relevant and topic in read.topics, read.why
    if stance:
        assert read.stance == stance, read.why


def test_a_ban_on_discrimination_by_status_is_outside_the_topics_unless_its_text_says_more() -> (
    None
):
    caption = "An ordinance concerning discrimination based on immigration status"
    alone = classify("Prohibits discrimination based on citizenship or immigration status")
    assert not alone.relevant and alone.category == "other_immigration", alone.why
    assert not classify(caption).relevant
    # the text places it on a tracked topic: a bar on status inquiries is a sanctuary provision
    text = (
        "Section 1. Discrimination based on immigration status prohibited. No city employee shall"
        " inquire into the immigration status of any person, or engage in activities designed to"
        " ascertain the immigration status of any person."
    )
    read = classify(caption, None, text)
    assert read.relevant and "sanctuary" in read.topics and read.stance == "protective", read.why


@pytest.mark.parametrize(
    "title",
    [
        "To amend section 276 of the Immigration and Nationality Act relating to reentry of"
        " removed aliens.",
        "To limit certain Federal Funding used by U.S. Immigration and Customs Enforcement.",
        "A bill to provide grants to small businesses impacted by federal immigration enforcement",
    ],
)
def test_a_matter_outside_the_topics_stays_outside_whatever_its_text_cites(title: str) -> None:
    """A federal matter (its own criminal law, its agency's money, relief for those its agents
    harmed) is other immigration by its title; its text cites the laws it amends, detention,
    and the states and localities it affects, which do not make it a local enforcement measure."""
    text = (
        "Sec. 2. No funds may be used for detention of aliens in facilities operated under an"
        " intergovernmental service agreement with a county jail, and a State or political"
        " subdivision that limits cooperation with U.S. Immigration and Customs Enforcement shall"
        " be notified."
    )
    read = classify(title, None, text)
    assert not read.relevant and read.category == "other_immigration", read.why


@pytest.mark.parametrize(
    "title",
    [
        # a resolution "To urge" federal agencies about their agents' conduct
        "To urge federal agencies and their officers to follow local standards of conduct when engaging in civil immigration enforcement activities in the city",
        # the federal agency's existence, and federal crimes against assaulting its agents
        "To abolish U.S. Immigration and Customs Enforcement",
        "A bill to amend title 18 to protect Immigration and Customs Enforcement officers from doxxing",
        # relief for those harmed by federal enforcement, and private agents doing it
        "A bill to provide grants to small businesses impacted by federal immigration enforcement",
        "Concerning remedies for violations of civil rights occurring during immigration enforcement",
        "Prohibiting bail bond recovery agents from engaging in civil immigration enforcement",
    ],
)
def test_twelfth_set_federal_and_private_matters_outside_the_topics(title: str) -> None:
    assert_not_flagged(title)


def test_a_ban_on_obstructing_immigration_enforcement_is_restrictive() -> None:
    read = classify(
        "To amend the criminal code to prohibit the obstruction of federal immigration enforcement by state and local officials"
    )
    assert read.relevant and read.stance == "restrictive", read.why


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        # DOMAIN.md: any condition before a jail may honor a detainer is protective
        (
            "An act relating to immigration detainers; providing the circumstances under which a sheriff may hold a person pursuant to an immigration detainer request",
            "protective",
        ),
        # a claim against sanctuary places for those they are said to harm
        (
            "To create a cause of action for victims harmed by a sanctuary city's policies",
            "restrictive",
        ),
        (
            "A bill to strengthen immigration enforcement in the interior of the state",
            "restrictive",
        ),
    ],
)
def test_thirteenth_set_stance_classes(title: str, stance: str) -> None:
    assert_reads(title, stance)


def test_the_practice_of_immigration_law_in_any_wording_is_a_service() -> None:
    read = classify("Attorneys practicing immigration law; continuing legal education required")
    assert not read.relevant, read.why


def test_an_agreement_with_ice_to_honor_detainers_is_no_detention_contract() -> None:
    read = classify(
        "Immigration enforcement",
        "Requires every sheriff to sign an agreement with ICE and to honor every immigration detainer.",
    )
    assert read.relevant and "detention_contracts" not in read.topics, read.why
    assert "detainers" in read.topics, read.why


def test_a_resolution_opposing_a_values_act_carries_the_acts_own_topic() -> None:
    """DOMAIN.md: a measure backing or opposing a named policy carries that policy's topic, with
    its own stance; opposing a Values Act is about sanctuary policy, restrictively."""
    res = classify("A resolution opposing Assembly Bill 12, the Oregon Values Act")
    assert res.relevant and res.stance == "restrictive"
    assert res.topics == ("sanctuary",)
    # a ban on sanctuary policies is still anti-sanctuary
    ban = classify("Prohibits sanctuary policies and requires cooperation with federal immigration")
    assert ban.stance == "restrictive" and "anti_sanctuary" in ban.topics


def test_police_status_inquiries_are_sanctuary_when_barred_and_state_enforcement_when_required() -> (
    None
):
    """DOMAIN.md lists status inquiries under sanctuary policies and police status checks during
    stops under state enforcement: the same phrase, placed by what the measure does with it."""
    barred = classify(
        "Immigration status",
        "Prohibits police officers from asking about the immigration status of crime victims.",
    )
    assert barred.relevant and barred.stance == "protective"
    assert "sanctuary" in barred.topics and "state_enforcement" not in barred.topics
    required = classify(
        "Immigration status",
        "Requires police officers to verify the immigration status of every person they stop.",
    )
    assert required.relevant and required.stance == "restrictive"
    assert "state_enforcement" in required.topics and "sanctuary" not in required.topics
    assert all(t in TOPICS for t in barred.topics + required.topics)


def test_identifying_and_apprehending_people_is_enforcement_not_an_id_card() -> None:
    """ "The identification, apprehension, detention, or removal of aliens" (the words of 287(g)
    and of state enforcement laws) is identifying people, not a municipal ID card; paying the
    state's police to find and catch people for their status is state enforcement."""
    assist = classify(
        "Immigration enforcement",
        "Authorizes local officers to assist in the identification, apprehension, detention, or"
        " removal of aliens not lawfully present in the United States.",
    )
    assert assist.relevant and assist.stance == "restrictive"
    assert "municipal_id" not in assist.topics
    assert not any("protective by nature" in w for w in assist.why)
    cards = classify(
        "Identification cards", "Prohibits issuing identification cards to illegal aliens."
    )
    # the rules place the ID card (the learned model may add a topic of its own, shown as such)
    assert cards.topics[0] == "municipal_id" and cards.stance == "restrictive"
    assert any(w.startswith("local ID cards for people not lawfully present") for w in cards.why)
    police = classify(
        "Immigration enforcement funding",
        "Appropriates money to the department of public safety for equipment for use in detecting"
        " or apprehending persons who are residing in the United States illegally.",
    )
    assert police.relevant and "state_enforcement" in police.topics
    # named by the rules (not only guessed by the model): the evidence shows the phrase
    assert any("detecting or apprehending persons" in w for w in police.why)


@pytest.mark.parametrize(
    "summary",
    [
        "Requires the state police to enforce federal immigration laws and to assist federal agents.",
        "Directs the highway patrol to designate troopers for enforcement of federal immigration law.",
        "Creates an office of state immigration enforcement in the department of public safety.",
    ],
)
def test_the_states_own_police_enforcing_immigration_law_is_state_enforcement(summary: str) -> None:
    res = classify("Immigration", summary)
    assert res.relevant and res.stance == "restrictive"
    assert "state_enforcement" in res.topics
    assert res.basis == "rules" and res.stance_basis == "rules"
    # barring them is still about state enforcement, the other way
    barred = classify(
        "Immigration", "Prohibits the state police from enforcing federal immigration law."
    )
    assert barred.stance == "protective" and "state_enforcement" in barred.topics


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "TRUTH Act community forum",
            "Convene a community forum regarding the access of federal immigration authorities to"
            " individuals held in the county jail.",
        ),
        ("Annual Sanctuary Ordinance Report from the Sheriff's Office", None),
    ],
)
def test_forums_and_reports_on_a_policy_take_no_side(title: str, summary: str | None) -> None:
    """A forum on ICE's access to the jail, or the report a sanctuary ordinance requires, informs
    the public about a policy; it changes nothing, so it takes no side."""
    res = classify(title, summary)
    assert res.relevant and res.stance == "unclear"


def test_legal_services_for_immigrants_and_bans_on_funding_them() -> None:
    """Public legal services for immigrants are counsel (DOMAIN.md); barring public money for
    them is restrictive, the other way from barring money for enforcement."""
    fund = classify("Relating to legal services for low-income immigrants.")
    assert fund.relevant and fund.topics == ("access_to_counsel",) and fund.stance == "protective"
    ban = classify(
        "Relating to legal services for individuals unlawfully present in the United States.",
        "Prohibits the use of public money to provide legal services for individuals who are"
        " unlawfully present in the United States.",
    )
    assert ban.relevant and "access_to_counsel" in ban.topics and ban.stance == "restrictive"


def test_requirements_for_officers_who_assist_are_no_duty_to_assist() -> None:
    """ "Establishes requirements for officers assisting with immigration enforcement" sets
    conditions on them; the noun is no restrictive cue of its own."""
    title = "relative to requirements for law enforcement officers assisting in immigration enforcement."
    summary = (
        "Establishes requirements for any officer assisting with federal immigration enforcement."
    )
    assert classify(title, summary).relevant
    ev = engine.gather(engine.normalize(f"{title} | {summary}"), True)
    assert ev.stance_scores["restrictive"] == 0


def test_a_text_overturns_a_protective_tool_only_by_what_it_states() -> None:
    """Counsel, municipal IDs and U-visa certification are protective by nature, a presumption a
    text may settle with a cue of its own, but not with generic words ("requires" twice)."""
    title = "Relating to immigrant legal services."
    summary = "Relating to legal services for immigrants."
    banned = classify(
        title,
        summary,
        "Section 1. A county may not use public money to provide legal services to immigrants"
        " in removal proceedings. " * 3,
    )
    assert banned.stance == "restrictive"
    generic = classify(
        title,
        summary,
        "Section 1. The program requires applicants to file a form; the office requires a report"
        " on legal services to immigrants facing removal. " * 3,
    )
    assert generic.stance == "protective"


def test_a_government_making_landlords_check_status_is_state_enforcement() -> None:
    res = classify(
        "Hiring of real property: immigration status.",
        "Prohibits a public entity from compelling a landlord to make any inquiry regarding the"
        " immigration or citizenship status of a tenant or prospective tenant.",
    )
    assert res.relevant and "state_enforcement" in res.topics and res.stance == "protective"


def test_fifteenth_set_classes() -> None:
    """Classes from the fifteenth set's rules half, each in words of its own."""
    # letting lawfully present noncitizens serve as police is no ban on sanctuary policies
    police = classify(
        "Relating to appointment of certain lawfully present aliens as law enforcement officers.",
        "Prohibits a city from preventing such an alien from participating in a law enforcement"
        " training program.",
    )
    assert not any(w.startswith(("ban on sanctuary", "restrictive cue")) for w in police.why)
    # a call on Congress about immigration in general, wherever the caption puts it
    memorial = classify(
        "IMMIGRATION - States findings of the Legislature and calls on Congress to prioritize laws"
        " tightening border security and immigration."
    )
    assert not memorial.relevant and memorial.category == "other_immigration"
    # a funding cut-off for places that do not cooperate
    cutoff = classify("Withhold state money if a city is uncooperative with immigration policy")
    assert cutoff.relevant and cutoff.stance == "restrictive"


def test_a_forum_or_report_stays_without_a_side_when_its_text_describes_the_policy() -> None:
    """The text of a forum notice or an ordinance's report describes the policy (consent forms,
    detainers declined); the item itself changes nothing."""
    text = (
        "The Sheriff reports that individuals in custody receive a written consent form prior to"
        " an interview with ICE, and that no one was held on a civil immigration detainer. " * 3
    )
    res = classify(
        "TRUTH Act community forum on ICE access to individuals in the county jail", None, text
    )
    assert res.relevant and res.stance == "unclear"


def test_sixteenth_set_classes() -> None:
    """Federal matters outside the topics, and a grant cut-off, each in words of its own."""
    reentry = classify(
        "To amend section 276 of the Immigration and Nationality Act to raise penalties for"
        " reentry of removed aliens."
    )
    assert not reentry.relevant
    state_crime = classify("Relating to the offense of illegal reentry into this state by aliens.")
    assert state_crime.relevant and "state_enforcement" in state_crime.topics
    daca = classify(
        "To keep confidential the information submitted in requests for deferred action, and for"
        " other purposes."
    )
    assert not daca.relevant
    cutoff = classify(
        "To make any county whose ordinances violate federal immigration law ineligible for"
        " federal grants."
    )
    assert cutoff.relevant and cutoff.stance == "restrictive"


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        # a long list of who is barred puts "from entering into … agreements" far from the ban
        (
            "Prohibits state agencies, local jurisdictions and law enforcement agencies from"
            " entering into or maintaining formal agreements with U.S. Immigration and Customs"
            " Enforcement under section 287(g).",
            "protective",
        ),
        (
            "Bars the county and its sheriff from renewing any agreement with U.S. Immigration and"
            " Customs Enforcement to house people in civil immigration custody.",
            "protective",
        ),
        # the agreement itself, and a ban on refusing one, stay restrictive
        (
            "Authorizes the sheriff to enter into an agreement with U.S. Immigration and Customs"
            " Enforcement.",
            "restrictive",
        ),
        (
            "Prohibits a sheriff from refusing to enter into an agreement with U.S. Immigration and"
            " Customs Enforcement.",
            "restrictive",
        ),
    ],
)
def test_barring_agreements_with_immigration_authorities_is_protective(
    summary: str, stance: str
) -> None:
    res = classify("Immigration enforcement", summary)
    assert res.relevant and res.stance == stance


@pytest.mark.parametrize(
    "title",
    [
        "Enforce federal immigration law",
        "Assist in enforcement of federal immigration law",
        "Comply with immigration detainers",
    ],
)
def test_a_short_title_that_commands_cooperation_is_restrictive(title: str) -> None:
    """Some legislatures' short titles are the bill's own command; a caption that merely names
    the subject ("Cooperation with …") stays without a side."""
    assert classify(title).stance == "restrictive"
    assert classify("Cooperation with federal immigration authorities").stance == "unclear"


def test_a_jail_or_prison_status_check_is_tracked_but_benefit_checks_are_not() -> None:
    """A corrections department or jail checking status (or "legal presence") of the people it
    holds is a status check; proof of legal presence for a licence or a benefit is not."""
    prison = classify(
        "Requires the Department of Corrections to verify the immigration status of inmates."
    )
    assert prison.relevant and prison.stance == "restrictive" and "info_sharing" in prison.topics
    jail = classify("Sheriffs; verify legal presence of persons booked into jail.")
    assert jail.relevant
    licence = classify("Requires proof of legal presence for a driver's license.")
    assert not licence.relevant


def test_working_with_immigration_authorities_to_identify_people_in_custody() -> None:
    """A prisons department told to work with ICE to find the people it holds who could be
    removed is sharing information with immigration authorities, in words no rule listed."""
    res = classify(
        "Corrections",
        "Requires the sheriff to coordinate with ICE to identify inmates who are removable aliens.",
    )
    assert res.relevant and res.stance == "restrictive" and "info_sharing" in res.topics


def test_a_report_to_lawmakers_is_no_duty_to_notify_immigration_authorities() -> None:
    res = classify(
        "Immigration",
        "Requires the department to report to the legislature on its cooperation with federal"
        " immigration authorities.",
    )
    assert res.relevant
    assert not any("notifying immigration authorities" in w for w in res.why)
    assert not any("requires cooperation with ICE" in w for w in res.why)
    notice = classify(
        "Immigration", "Requires the sheriff to report to ICE the release date of any inmate."
    )
    assert notice.stance == "restrictive" and "info_sharing" in notice.topics


def test_police_reporting_people_without_status_and_a_legal_presence_unit() -> None:
    """Officials made to report the people they find without status, and a state police unit to
    investigate "legal presence", are the state's own enforcement in words no other rule used."""
    report = classify(
        "Requires sheriffs to report the number of inmates who are not lawfully present to the"
        " department of corrections."
    )
    assert report.relevant and report.stance == "restrictive" and "info_sharing" in report.topics
    unit = classify(
        "Creates a bureau of lawful presence enforcement in the Department of Public Safety."
    )
    assert unit.relevant and unit.stance == "restrictive" and unit.topics == ("state_enforcement",)
    cost = classify(
        "Requires the department of education to report the cost of educating undocumented immigrants."
    )
    assert not cost.relevant


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        (
            "Requires a court to decide at arraignment whether the person shall be placed in the"
            " custody of federal immigration authorities or remain in the custody of the state.",
            "restrictive",
        ),
        (
            "Requires the sheriff to surrender any arrestee who is removable to the custody of the"
            " Department of Homeland Security.",
            "restrictive",
        ),
        (
            "Prohibits the department from transferring any person to the custody of U.S."
            " Immigration and Customs Enforcement without a judicial warrant.",
            "protective",
        ),
    ],
)
def test_handing_people_to_immigration_custody(summary: str, stance: str) -> None:
    res = classify("Criminal procedure", summary)
    assert res.relevant and res.stance == stance and "detainers" in res.topics


@pytest.mark.parametrize(
    "title",
    [
        "Approve a memorandum of understanding with ICE to deputize sheriff's deputies as federal"
        " task force officers.",
        "Approve a memorandum of understanding with the Department of Homeland Security for"
        " officers to be designated as customs task force officers.",
    ],
)
def test_an_agreement_to_deputize_local_officers_for_immigration_authorities(title: str) -> None:
    res = classify(title)
    assert res.relevant and res.stance == "restrictive" and "287g" in res.topics


@pytest.mark.parametrize(
    "title",
    [
        "Ordinance establishing ICE-free zones in city buildings",
        "Resolution prohibiting the use of county parking garages for civil immigration enforcement",
    ],
)
def test_keeping_ice_out_of_public_places_is_about_ice_access(title: str) -> None:
    """DOMAIN.md: ICE's access to places is its own topic, whether the policy is called
    "ICE-free" or names the lots and garages."""
    res = classify(title)
    assert res.relevant and res.stance == "protective" and "ice_access" in res.topics


def test_a_hearing_on_the_relationship_with_ice_and_a_jail_holding_its_detainees() -> None:
    """A hearing on the city's working relationship with ICE is about its cooperation (and takes
    no side); a county jail holding "immigration-related detainees" for ICE is a detention
    contract; a relationship with a sister city is nothing."""
    hearing = classify(
        "Authorizing the Committee on Public Safety to hold public hearings to examine the working"
        " relationship between the County, its Sheriff's Office, and U.S. Immigration and Customs"
        " Enforcement and whether this information-sharing agreement should continue."
    )
    assert hearing.relevant and hearing.stance == "unclear"
    assert {"sanctuary", "info_sharing"} <= set(hearing.topics)
    jail = classify(
        "Jail contract",
        "Take action regarding the continued incarceration of immigration-related detainees for"
        " federal agencies, including Immigration and Customs Enforcement.",
    )
    assert jail.relevant and "detention_contracts" in jail.topics
    assert not classify("Resolution on the city's relationship with its sister city").relevant


def test_captions_whose_subject_is_only_in_the_text_are_sent_for_it() -> None:
    """A caption that is only a document's kind, or one that names ICE without saying what it
    does, gets its text fetched; capitalised ice rinks and agreements with a stated purpose do not."""
    assert triage("MEMORANDUM OF AGREEMENT") == "maybe"
    assert triage("Intergovernmental Service Agreement") == "maybe"
    assert triage("Rescinding Prior ICE Resolution") == "maybe"
    assert triage("ICE RINK RENOVATION") == "no"
    assert (
        triage("Memorandum of agreement", "With the school district for student transport.") == "no"
    )


def test_what_such_texts_say_is_read() -> None:
    """The texts those captions bring: an INS jail resolution, a resolution on an ICE program,
    and a council's order for a hearing about its Trust Act (which takes no side)."""
    jail = classify(
        "RESOLUTION APPROVING ADDITIONAL JAIL POD CONCEPT",
        None,
        "Be it resolved by the County Board of Supervisors that the concept of an addition to the"
        " County jail to house INS detainees, resulting in revenues which exceed expenses, is"
        " approved.",
    )
    assert jail.relevant and jail.stance == "restrictive" and "detention_contracts" in jail.topics
    program = classify(
        "Rescinding Prior ICE Resolution",
        None,
        "Be it resolved that the Board of Commissioners rescinds the resolution on the Federal"
        " Immigration and Customs Enforcement (ICE) program approved in 2009.",
    )
    assert program.relevant
    hearing = classify("Order for a hearing to audit the implementation of the Trust Act.")
    assert hearing.relevant and hearing.stance == "unclear"


def test_a_state_felony_for_arrestees_found_unlawfully_present() -> None:
    """A state making it a crime to be found unlawfully present after an arrest is the state
    enforcing immigration law itself; a benefits fraud misdemeanor is not."""
    res = classify(
        "TO AMEND THE CODE OF LAWS SO AS TO PROVIDE THAT ANY PERSON ARRESTED FOR VIOLATING A"
        " CRIMINAL LAW OF THIS STATE WHO IS SUBSEQUENTLY DETERMINED TO BE UNLAWFULLY PRESENT IN THE"
        " UNITED STATES IS GUILTY OF A FELONY, AND TO PROVIDE PENALTIES."
    )
    assert res.relevant and res.stance == "restrictive" and "state_enforcement" in res.topics
    fraud = classify(
        "Provides that a person who unlawfully obtains public benefits is guilty of a misdemeanor."
    )
    assert not fraud.relevant


@pytest.mark.parametrize(
    "title",
    [
        "RESOLUTION #2017-066",
        "A RESOLUTION OF THE CITY OF NEW LONDON",
        "Inclusive City Resolution",
        "RELATING TO STATE AFFAIRS AND GOVERNMENT",
        "Civil rights: public records; regulation of disclosure of certain information; provide for.",
    ],
)
def test_captions_without_a_subject_have_their_text_read(title: str) -> None:
    """A resolution known only by its number or body, and captions whose subject is a generic
    one these measures hide behind, are sent on for their text."""
    assert triage(title) == "maybe"
    assert triage("A resolution honoring the high school football team") == "no"
    assert (
        triage("A RESOLUTION OF THE CITY OF SPRINGFIELD HONORING THE HIGH SCHOOL FOOTBALL TEAM")
        == "no"
    )


def test_a_truth_act_forum_is_about_ice_access_to_the_jail() -> None:
    res = classify(
        "Transparent Review of Unjust Transfers and Holds - TRUTH Act (Assembly Bill 2792) Public"
        " Forum"
    )
    assert res.relevant and res.stance == "unclear" and res.topics == ("ice_access",)
    assert not classify("Truth in Taxation Act").relevant


@pytest.mark.parametrize(
    "title",
    [
        "Directs the office of emergency management to work with the Department of Homeland"
        " Security to identify critical infrastructure vulnerable to cyber attacks.",
        "Concerning the working relationship between the state police and the Department of"
        " Homeland Security on terrorism prevention.",
        "Approve a memorandum of understanding with the Department of Homeland Security for"
        " officers to be designated as task force officers for cybersecurity.",
    ],
)
def test_homeland_security_outside_immigration_is_no_immigration_agency(title: str) -> None:
    """Working with, relating to or being designated by DHS for cybersecurity or terrorism is not
    cooperation with immigration enforcement: the rows about identifying people, relationships and
    designations name the immigration agency itself."""
    assert not classify(title).relevant


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Law enforcement; inquiries into immigration status; prohibit.", "protective"),
        ("Corrections; cooperation with federal immigration detainers; require.", "restrictive"),
        (
            "Law enforcement; agreements with federal immigration authorities under section 287(g);"
            " require.",
            "restrictive",
        ),
        (
            "Crimes: other; illegal immigration; prohibit, and provide penalties. Amends 1931 PA 328"
            " by adding sec. 410d.",
            "restrictive",
        ),
        # one subject before the verb, as in "Sanctuary cities; prohibit"
        ("Information sharing with federal immigration authorities; prohibit.", "protective"),
        ("Cooperation with federal immigration authorities; require.", "restrictive"),
        ("287(g) agreements; prohibit.", "protective"),
    ],
)
def test_a_catch_line_with_its_verb_last(title: str, stance: str) -> None:
    """Some legislatures index bills as "subject; object; verb.": the verb governs the object
    before it, as if it came first."""
    res = classify(title)
    assert res.relevant and res.stance == stance


def test_a_rule_binding_officers_who_take_part_in_287g_does_not_approve_it() -> None:
    """ "Any officer that is participating in the federal 287(g) program shall identify
    themselves" sets a condition on 287(g) work (DOMAIN.md: conditions are protective); approving
    or authorizing participation stays restrictive."""
    text = (
        "AN ACT relative to requirements for law enforcement officers assisting in immigration"
        " enforcement. I. Any state, county, or local law enforcement officer that is"
        " participating in the federal 287(g) program shall be required to identify themselves"
        " by name, badge number, and agency while operating under the 287(g) agreement."
    )
    res = classify(
        "relative to requirements for law enforcement officers assisting in immigration"
        " enforcement.",
        None,
        text,
    )
    assert not any("approves or carries out a 287(g) program" in w for w in res.why)
    assert res.stance != "restrictive"
    approve = classify("Authorizes the sheriff to participate in the 287(g) task force model.")
    assert approve.stance == "restrictive"


def test_soliciting_immigration_status_limited_or_required() -> None:
    """A code chapter named "Solicitation of Immigrant Status" limits asking (a sanctuary
    policy, DOMAIN.md); a duty for officers to solicit or inquire into status is restrictive."""
    chapter = classify(
        "An Ordinance to Amend the City Code by Adding a New Chapter Designated as Chapter 120"
        " (Solicitation of Immigrant Status) of Title IX (Police Regulations)"
    )
    assert chapter.relevant and chapter.stance == "protective" and "sanctuary" in chapter.topics
    duty = classify("Requires officers to inquire into the immigration status of persons arrested.")
    assert duty.relevant and duty.stance == "restrictive"
    ban = classify(
        "Code",
        "No department, employee, or public official of the city shall solicit information about"
        " the immigration status of any person.",
    )
    assert not any("requires cooperation with ICE" in w for w in ban.why)
    assert ban.stance != "restrictive"


def test_a_state_defining_offenses_about_aliens_is_state_enforcement() -> None:
    """A caption that defines or creates offenses "related to immigrants and aliens" is a state
    writing its own immigration crimes (DOMAIN.md: state_enforcement, restrictive); offenses
    about alien plant or animal species are not about people at all."""
    crimes = classify(
        "define certain offenses and to establish certain requirements related to immigrants"
        " and aliens."
    )
    assert crimes.relevant and crimes.stance == "restrictive"
    assert "state_enforcement" in crimes.topics
    for title in (
        "An act to create new offenses relating to alien species of fish",
        "An act relating to invasive alien species; providing penalties",
    ):
        species = classify(title)
        assert not species.relevant and species.category == "none", title
        assert triage(title) == "no", title


def test_agreement_on_detainers_in_immigration_cases_is_not_the_interstate_compact() -> None:
    """The Interstate Agreement on Detainers look-alike (criminal charges in another state) gives
    way when the same clause says the detainers are immigration ones."""
    penalty = classify(
        "Creating a criminal penalty for an agent or sworn officer who refuses or fails to enforce"
        " the Compact Agreement on Detainers in immigration cases"
    )
    assert penalty.relevant and penalty.stance == "restrictive"
    assert "detainers" in penalty.topics
    compact = classify(
        "Interstate Agreement on Detainers; amends procedures for transfer of prisoners"
    )
    assert not compact.relevant
    assert any("Interstate Agreement on Detainers" in w for w in compact.why)


_SHOW_ME_YOUR_PAPERS = (
    "WHEREAS, the State of Arizona enacted Senate Bill 1070, requiring all local law enforcement"
    " to investigate a person's immigration status when there is a reasonable suspicion that the"
    " person is in the country unlawfully; and WHEREAS, the law invites racial profiling; NOW,"
    " THEREFORE, BE IT RESOLVED that the City Council urges the Legislature to repeal it."
)


def test_a_resolution_over_a_law_named_by_number_reads_what_its_recitals_say_the_law_does() -> None:
    """A council resolution against a state law it names only by number carries that law's
    topic, the other way (DOMAIN.md: opposing a named measure on a tracked topic is relevant);
    the law's content is only in the recitals, which are otherwise skipped as reasons."""
    title = "A Resolution Urging Repeal of Arizona Senate Bill 1070"
    against = classify(title, None, _SHOW_ME_YOUR_PAPERS)
    assert against.relevant and against.stance == "protective"
    assert "state_enforcement" in against.topics
    assert any("opposes a law it names" in w for w in against.why)
    backs = classify("A Resolution in Support of Senate Bill 1070", None, _SHOW_ME_YOUR_PAPERS)
    assert backs.relevant and backs.stance == "restrictive"
    # without a named law in its caption, a resolution's recitals stay its reasons
    plain = classify("A Resolution on Public Safety", None, _SHOW_ME_YOUR_PAPERS)
    assert not plain.relevant
    # a law named by number whose recitals are about immigration in general takes no topic
    general = classify(
        "A Resolution in Support of House Bill 12",
        None,
        "WHEREAS, immigrants enrich our city; and WHEREAS, House Bill 12 funds English classes;"
        " NOW, THEREFORE, BE IT RESOLVED that the Council supports House Bill 12.",
    )
    assert not general.relevant


_PRESENCE_MADE_A_CRIME = (
    "WHEREAS, the federal government has failed to enforce the immigration laws; and WHEREAS, on"
    " April 23, the Governor signed into law a bill that makes it a violation of state law for"
    " individuals to be in that State without proper documentation; NOW, THEREFORE, BE IT"
    " RESOLVED that the House applauds the State for asserting its rights."
)


def test_praise_or_blame_of_a_government_reads_the_law_its_recitals_say_it_enacted() -> None:
    """A caption that applauds or condemns another government names no law; the recitals tell
    the law that government enacted, which the praise backs and the blame opposes (DOMAIN.md:
    backing or opposing a measure on a tracked topic is relevant)."""
    title = "Applauding the State of Arizona for asserting its 10th Amendment rights"
    praise = classify(title, None, _PRESENCE_MADE_A_CRIME)
    assert praise.relevant and praise.stance == "restrictive", praise.why
    assert "state_enforcement" in praise.topics
    assert "recitals say the government it addresses enacted" in praise.why[0]
    blame = classify(
        "Condemning the State of Arizona for its attack on immigrant families",
        None,
        _PRESENCE_MADE_A_CRIME,
    )
    assert blame.relevant and blame.stance == "protective", blame.why
    # the title alone is praise of another government in general, and so are recitals that tell
    # no law it enacted
    assert not classify(title).relevant
    assert not classify(
        title,
        None,
        "WHEREAS, the State has protected its citizens; and WHEREAS, the federal government has"
        " failed to enforce the immigration laws; NOW, THEREFORE, BE IT RESOLVED that the House"
        " applauds the State.",
    ).relevant


def test_staying_compliance_with_a_sanctuary_law_named_by_number_is_restrictive() -> None:
    """Staying a city's compliance with a state law that limits cooperation exempts it from
    that law (DOMAIN.md: restrictive), told by what the recitals say the law does."""
    res = classify(
        "A RESOLUTION OF THE CITY COUNCIL STAYING COMPLIANCE WITH SB54",
        None,
        "WHEREAS, the State enacted SB 54, prohibiting local officials from sharing release"
        " dates with immigration authorities;"
        " and WHEREAS, the city must follow federal law; NOW, THEREFORE, the City Council"
        " resolves to stay compliance pending a decision.",
    )
    assert res.relevant and res.stance == "restrictive"
    assert "opposes a law it names" in res.why[0]


def test_repealing_a_code_chapter_named_for_what_it_bars_is_restrictive() -> None:
    """Repealing a code chapter titled "Immigration Inquiries Prohibited" repeals a limit on
    enforcement (DOMAIN.md: restrictive), even when a section number sits between the verb and
    the name; barring the city from regulating status inquiries again is a ban on sanctuary."""
    repeal = classify(
        "Repealing Ordinance No. 651 and BMC 2.26 \u201cImmigration Inquiries Prohibited\u201d"
    )
    assert repeal.stance == "restrictive"
    assert any("repeals a law limiting enforcement" in w for w in repeal.why)
    fence = classify(
        "Amending Chapter 9 to Prohibit the City from Regulating the Acquisition of Immigrant"
        " Status without Majority Votes of Council and Voters"
    )
    assert fence.relevant and fence.stance == "restrictive"
    assert "anti_sanctuary" in fence.topics


def test_an_act_to_ensure_compliance_with_federal_immigration_law_is_a_mandate() -> None:
    """ "An Act To Ensure Municipal Compliance with Federal Immigration Laws" names a mandate to
    cooperate (DOMAIN.md: a short title can carry its topic alone): restrictive."""
    res = classify("An Act To Ensure Municipal Compliance with Federal Immigration Laws")
    assert res.relevant and res.stance == "restrictive"
    assert "anti_sanctuary" in res.topics


def test_a_policy_about_nonimmigrant_visa_holders_is_no_sanctuary_policy() -> None:
    """ "A policy that prohibits students ... who hold nonimmigrant visas from ..." is a campus
    rule about visa holders, not a policy that limits immigration enforcement."""
    res = classify(
        "AN ACT TO PROVIDE EACH PUBLIC INSTITUTION OF HIGHER LEARNING SHALL IMPLEMENT A POLICY"
        " THAT PROHIBITS STUDENTS, FACULTY, AND STAFF WHO HOLD NONIMMIGRANT VISAS FROM PUBLICLY"
        " ESPOUSING TERRORIST ACTIVITY"
    )
    assert not res.relevant and res.category == "other_immigration"
    ban = classify("Prohibits any policy that limits cooperation with immigration authorities.")
    assert ban.relevant and ban.stance == "restrictive"


@pytest.mark.parametrize(
    "title",
    [
        "Aliens, concealing, harboring",
        "AN ACT TO PROVIDE FOR THE ARREST AND PROSECUTION OF PERSONS WHO ENTER THIS STATE"
        " ILLEGALLY, TO PROVIDE PENALTIES",
    ],
)
def test_state_crimes_of_harboring_or_entering_the_state_illegally(title: str) -> None:
    """A state's own crimes of harboring aliens or of entering the state illegally, however the
    caption orders its words (DOMAIN.md: state_enforcement, restrictive)."""
    res = classify(title)
    assert res.relevant and res.stance == "restrictive"
    assert "state_enforcement" in res.topics
    assert triage(title) == "candidate"


def test_letting_ice_take_custody_of_people_convicted_is_a_handover() -> None:
    """Adding offenses "that allow ICE to take physical custody of ... any alien upon
    conviction" widens the handover of prisoners to immigration custody: restrictive."""
    res = classify(
        "Designated illegal acts; transfer of prisoners convicted of acts.",
        "Adds certain felony offenses to the list of offenses that allow the United States"
        " Immigration and Customs Enforcement to take physical custody of and responsibility for"
        " any alien upon conviction.",
    )
    assert res.relevant and res.stance == "restrictive"
    assert "detainers" in res.topics


@pytest.mark.parametrize(
    "title",
    [
        "Report on ICE Secure Communities Program",
        "a. Receive a report from the Sheriff's Office related to ICE detainers",
        "Accept report from the Office of the County Counsel relating to the impacts of the Civil"
        " Detainer Policy",
    ],
)
def test_a_caption_that_is_a_report_takes_no_side(title: str) -> None:
    """A report, received or accepted, tells a board about a policy and changes nothing
    (stance unclear), even where its text describes a policy that limits cooperation."""
    text = "The County will honor ICE detainer requests only if a judicial warrant is presented."
    res = classify(title, None, text)
    assert res.relevant and res.stance == "unclear"
    adopt = classify("Adopt a policy to honor ICE detainer requests only with a judicial warrant")
    assert adopt.stance == "protective"


def test_a_caption_supporting_a_governors_concerns_about_immigration_is_other_immigration() -> None:
    """ "To support the concerns raised by Governor ... regarding the federal government's
    failure to enforce immigration laws" addresses others about immigration in general."""
    res = classify(
        "to support the concerns raised by the Governor regarding the federal government's"
        " failure to enforce immigration laws and protect the states.",
        "Immigration",
    )
    assert not res.relevant and res.category == "other_immigration"


def test_a_landlords_or_employers_threat_to_disclose_status_is_not_enforcement() -> None:
    """Tenant and worker protections against threats to disclose status are housing and labor
    law (other_immigration); a city barring its own staff from disclosing status to ICE is a
    sanctuary measure."""
    housing = classify(
        "A Local Law in relation to amending the definition of harassment",
        None,
        "Harassment includes requesting identifying documentation for any person lawfully"
        " entitled to occupancy of such dwelling unit that would disclose the citizenship status"
        " of such person.",
    )
    assert not housing.relevant
    labor = classify("Labor and Employment - Disclosure of Employee's Immigration Status")
    assert not labor.relevant and labor.category == "other_immigration"
    city = classify(
        "Prohibits city employees from disclosing the immigration status of residents to federal"
        " immigration authorities."
    )
    assert city.relevant and city.stance == "protective"


def test_a_bare_caption_the_triage_model_finds_close_is_sent_for_its_text() -> None:
    """A caption in words no rule reads ("Enforcement Activities Amendments") goes on for its
    text when the triage model finds it close to tracked measures (DOMAIN.md: a bare title is
    decided by its text); only a rule reading that text makes it relevant. A council's routine
    ordinance, and a caption whose summary says what it does, stay unfetched."""
    title = "Enforcement Activities Amendments"
    assert triage(title) == "maybe"
    assert not classify(title).relevant
    text = (
        "This bill prohibits a state or local law enforcement agency from assisting federal civil"
        " immigration enforcement at a school, hospital or courthouse without a judicial warrant."
    )
    read = classify(title, None, text)
    assert read.relevant and read.stance == "protective"
    assert triage("AN ORDINANCE amending Chapter 4 of the Municipal Code to update fees") == "no"
    assert triage(title, "Modifies speed limits for commercial vehicles on state highways.") == "no"
    # a look-alike the rules veto is not sent on, however the model scores it
    assert triage("Second Amendment Sanctuary Act") == "no"


def test_a_resolution_denouncing_a_states_own_scheme_of_immigration_regulation() -> None:
    """A council denouncing a state law "that seeks to implement [the state's] own scheme of
    immigration regulation" opposes a state enforcing immigration law itself (DOMAIN.md:
    state_enforcement); denouncing is opposing."""
    res = classify(
        "A RESOLUTION DENOUNCING SENATE BILL 1070, A LAW THAT SEEKS TO IMPLEMENT THE STATE'S OWN"
        " SCHEME OF IMMIGRATION REGULATION"
    )
    assert res.relevant and "state_enforcement" in res.topics
    assert res.stance != "restrictive"
    assert engine.opposed_spans("denouncing Senate Bill 4, which requires jails to honor detainers")


def test_a_call_about_federal_agents_body_cameras_is_other_immigration() -> None:
    """DOMAIN.md: a resolution urging another government about federal agents' conduct is
    other_immigration, even when it asks for "legislation" and names ICE beside another agency.
    A call to end a county's own detention contract, or its jail's use for immigration
    detention, is on a tracked topic."""
    cameras = classify(
        "Resolution calling on the United States Congress to pass legislation requiring all U.S."
        " Immigration and Customs Enforcement (ICE) and U.S. Customs and Border Protection (CBP)"
        " agents to wear body cameras, and ensure that immigration enforcement activities are"
        " conducted in a lawful manner"
    )
    assert not cameras.relevant and cameras.category == "other_immigration"
    for title in (
        "Resolution urging the county to end its contract with ICE to hold immigration detainees"
        " in the county jail",
        "Resolution urging the county to end its contract to hold people in immigration detention",
        "Resolution opposing the use of the county jail for immigration detention",
    ):
        local = classify(title)
        assert local.relevant and "detention_contracts" in local.topics, title
        assert local.stance == "protective", title


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "A Local Law in relation to housing decisions for transgender individuals in custody",
            "The department shall consider: 9. the individual's own perception of vulnerability;"
            " and 10. Whether the incarcerated individual is detained solely for civil"
            " immigration purposes.",
        ),
        (
            "A Local Law in relation to identification for youth in foster care",
            'Government-issued personal identification" means a birth certificate, social security'
            " card, state-issued driver's license, municipal identification card, consular"
            " identification card, or passport.",
        ),
        (
            "A Local Law in relation to the correction of sex designations on death records",
            "A formal sex designation change on the decedent's birth certificate, state or city"
            " identification document, or driver's license shall not be required.",
        ),
    ],
)
def test_a_text_that_only_mentions_a_tracked_word_in_passing_is_not_flagged(
    title: str, text: str
) -> None:
    """Found by reading every text of a council's local laws: a jail's screening factor, a list
    of documents that prove identity, and a "state or city identification document" are not
    measures on the tracked topics."""
    assert not classify(title, None, text).relevant


def test_a_not_between_a_duty_and_status_undoes_the_duty() -> None:
    """ "Signs must state that callers will not be asked their immigration status" is no duty to
    report or ask about status; "officers must ask the immigration status of persons arrested"
    is."""
    sign = classify(
        "A Local Law in relation to the posting of signs at construction sites",
        None,
        "These signs shall provide a telephone number, must state that such reports may be made"
        " anonymously and that callers will not be asked their immigration status.",
    )
    assert sign.stance != "restrictive"
    duty = classify("Requires officers to ask the immigration status of persons arrested.")
    assert duty.relevant and duty.stance == "restrictive"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Relates to certain civil actions",
            "Requires insurers to provide information on liability coverage in civil claims;"
            " provides that a person bringing a civil claim in a sex trafficking case need not"
            " disclose their immigration status.",
        ),
        (
            "Directs a study of public employers' wage disparities",
            "Evaluates wage disparities by the gender and race/ethnicity identification of the"
            " employees in each title.",
        ),
    ],
)
def test_court_status_questions_and_words_inside_words_are_not_flagged(
    title: str, summary: str
) -> None:
    """Found on a state's whole stream of bills: whether a party to a civil claim must disclose
    status is court procedure (DOMAIN.md: court matters are services); the "city
    identification" inside "ethnicity identification" is no municipal ID."""
    assert not classify(title, summary).relevant


def test_disclosing_a_victims_status_to_immigration_authorities_stays_tracked() -> None:
    """The court-procedure look-alike does not reach a ban on disclosing victims' status, which
    the labeled data reads as data sharing (info_sharing), least of all to immigration
    authorities."""
    for title, summary in (
        (
            "Prohibits the disclosure of immigration status for victims of domestic violence",
            "Prohibits disclosure of immigration status for victims of domestic violence.",
        ),
        (
            "Prohibits disclosure of immigration status of crime victims to federal immigration"
            " authorities.",
            None,
        ),
    ):
        res = classify(title, summary)
        assert res.relevant and "info_sharing" in res.topics, title
        assert res.stance == "protective", title
    ids = classify(
        "Mandates acceptance of the city identity card as a primary form of identification at banks"
    )
    assert ids.relevant and ids.topics == ("municipal_id",)


def test_an_order_to_return_is_a_removal_order_only_when_it_sends_someone_abroad() -> None:
    """A state removal order tells a person to return to a foreign nation (state_enforcement); a
    court's order to return a child taken into protective custody is family law, even where the
    department is "DHS" (Human Services, which the prefilter lets through as Homeland Security)."""
    child = classify(
        "Relating to accountability for child welfare employees.",
        "A court shall order the return of a child taken into protective custody; a DHS employee"
        " who fails to comply with a court order to return a child to the child's parent commits"
        " kidnapping.",
    )
    assert not child.relevant
    removal = classify(
        "Relating to illegal entry into this state",
        "Authorizes a judge to order the person to return to the foreign nation from which the"
        " person entered.",
    )
    assert removal.relevant and "state_enforcement" in removal.topics
    assert removal.stance == "restrictive"


def test_a_savings_trust_act_is_no_trust_act() -> None:
    """A fund held in trust ("Secure Choice Retirement Savings Trust Act") is a look-alike of
    the Trust Acts that limit detainers (DOMAIN.md); a place's Trust Act stays one."""
    savings = classify(
        "Establishing Rhode Island Secure Choice Retirement Savings Trust Act",
        "Creates investment board/public corporation for management of private employee"
        " retirement investments.",
    )
    assert not savings.relevant
    trust = classify("Enacts the Rhode Island Trust Act", "Limits compliance with ICE detainers.")
    assert trust.relevant and "detainers" in trust.topics


def test_look_alike_rows_leave_the_tracked_policies_beside_them() -> None:
    """A look-alike row blanks its words for every rule, so it must stay narrow: a DMV barred
    from sharing ID-card data of undocumented applicants with ICE, city services that may not
    require a person to disclose status, police or city employees barred from threats about
    status, a county jail held for immigration detention, and an immigrant-affairs office that
    limits cooperation with ICE all stay relevant, and so does a state court's removal order."""
    for title in (
        "Prohibits the DMV from sharing information about identification cards of undocumented"
        " applicants with ICE",
        "Provides that applicants for city services shall not be required to disclose their"
        " immigration status",
        "Prohibits police from threatening to expose the immigration status of crime victims",
        "Resolution opposing the use of the county jail for immigration detention",
        "Prohibits city employees from threatening to report a tenant to federal immigration"
        " authorities",
        "Establishes an office of immigrant affairs to coordinate services and to limit city"
        " cooperation with ICE",
    ):
        res = classify(title)
        assert res.relevant and res.stance == "protective", title
    removal = classify(
        "Authorizes magistrates to order the removal of illegal aliens from the state"
    )
    assert removal.relevant and "state_enforcement" in removal.topics
    assert removal.stance == "restrictive"


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "Ordinance amending the Administrative Code to permit law enforcement officials to"
            " respond to a federal immigration officer's request for voluntary notification that a"
            " person will be released from local custody, for adults convicted of a felony for the"
            " sale of fentanyl.",
            "restrictive",
        ),
        (
            "No officer shall be permitted to respond to a federal immigration officer's request for"
            " notification of release.",
            "protective",
        ),
        ("Prohibits responding to ICE notification requests.", "protective"),
    ],
)
def test_answering_ices_notification_requests_both_ways(title: str, stance: str) -> None:
    """Found on a city's stream: letting officials answer ICE's requests for notice of a
    release is an exception to a sanctuary law (restrictive), whatever a city's other ordinances
    lean to; barring answers is protective. Both share release information (info_sharing)."""
    res = classify(title)
    assert res.relevant and "info_sharing" in res.topics
    assert res.stance == stance


def test_local_resources_to_assist_ice_by_the_agencys_name() -> None:
    """ "The use of city resources to assist ICE" names the agency, not "immigration": the same
    sanctuary policy (DOMAIN.md)."""
    for title in (
        "Ordinance prohibiting the use of city resources to assist ICE",
        "Ordinance prohibiting the use of city resources to assist U.S. Immigration and Customs"
        " Enforcement",
    ):
        res = classify(title)
        assert res.relevant and res.topics == ("sanctuary",) and res.stance == "protective", title


def test_a_state_courts_order_to_leave_the_country_is_restrictive() -> None:
    """A state court ordering a person to return to the country they came from is a state
    removal order (state_enforcement, restrictive), whatever the model leans to; barring such
    orders is protective."""
    order = classify(
        "Courts shall require the alien to return to the country from which the alien entered"
    )
    assert order.relevant and "state_enforcement" in order.topics
    assert order.stance == "restrictive" and order.stance_basis == "rules"
    barred = classify(
        "Prohibits courts from ordering a person to leave the country based on immigration status"
    )
    assert barred.relevant and barred.stance == "protective"


def test_a_folds_models_stand_in_for_the_shipped_file_everywhere_until_the_fold_ends() -> None:
    """Cross-validation scores a fold's measures, and lets its triage choose their texts, with
    models that never saw them (docs/classifier.md, the protocol): the stand-in must reach the
    triage and the remembered title-and-summary decisions, and the shipped file must come back
    afterwards, after an error too."""
    shipped = model.load()
    assert shipped is not None
    caption = "AN ORDINANCE amending Chapter 4 of the Municipal Code to update fees"
    bare = "Enforcement Activities Amendments"
    assert (triage(caption), triage(bare)) == ("no", "maybe")
    eager = model.Models(
        {
            "version": "t",
            "thresholds": shipped.thresholds,
            "models": {
                "relevance": {"bias": -5.0, "weights": {}},
                "restrictive": {"bias": 0.0, "weights": {}},
                "triage": {"bias": 5.0, "weights": {}},  # sends every bare caption on
                **{f"topic:{t}": {"bias": 0.0, "weights": {}} for t in TOPICS},
            },
        }
    )
    with scored_with(eager):
        assert triage(caption) == "maybe"
        with scored_with(None):  # the rules alone: no triage model at all
            assert (triage(caption), triage(bare)) == ("no", "no")
        assert triage(bare) == "maybe"
    assert (triage(caption), triage(bare)) == ("no", "maybe")
    with pytest.raises(RuntimeError), scored_with(eager):
        raise RuntimeError("a fold failed")
    assert model.load() is shipped
    assert triage(caption) == "no"


@pytest.mark.parametrize(
    "title",
    [
        "Resolution opposing information sharing between the police department and ICE",
        "A resolution supporting the county policy on information sharing with Immigration and"
        " Customs Enforcement",
        "Resolution in support of limiting data-sharing with federal immigration authorities",
    ],
)
def test_information_sharing_named_noun_first_is_the_policy(title: str) -> None:
    """Information sharing with ICE, named noun first, is the tracked policy as "sharing
    information with ICE" is: a resolution backing or opposing it is relevant (DOMAIN.md, where
    the line falls)."""
    res = classify(title)
    assert res.relevant, res.why
    assert "info_sharing" in res.topics, res.topics


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("An act prohibiting limitations on the enforcement of immigration laws", "restrictive"),
        ("An act prohibiting limits on honoring immigration detainers", "restrictive"),
        ("Prohibits local policies that limit compliance with ICE detainers", "restrictive"),
        ("An ordinance repealing the sanctuary city ordinance", "restrictive"),
        # the single negatives beside them keep their side
        ("Limits compliance with ICE detainers", "protective"),
        ("Prohibits honoring ICE detainers without a judicial warrant", "protective"),
        ("Repeals the ban on sanctuary city ordinances", "protective"),
    ],
)
def test_a_ban_on_limits_to_enforcement_is_restrictive(title: str, stance: str) -> None:
    """Stance follows what a measure does (DOMAIN.md): barring the limits a place puts on
    honoring detainers or enforcing immigration law, or repealing its sanctuary ordinance, goes
    against sanctuary, whatever the limits' own words say ("scripts/probe_phrasings.py" finds
    such double negatives)."""
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Exempts school districts from cooperating with ICE", "protective"),
        ("Exempts the county from compliance with immigration detainers", "protective"),
        ("Exempts crime victims from immigration status checks", "protective"),
        (
            "Exempts small counties from the requirement to honor immigration detainers",
            "protective",
        ),
        ("Exempts the sheriff from the prohibition on sharing information with ICE", "restrictive"),
        ("Exempts certain agencies from the prohibition on 287(g) agreements", "restrictive"),
        # an exemption from a sanctuary law itself keeps its side
        ("Exempts county jails from the Trust Act", "restrictive"),
    ],
)
def test_an_exemption_goes_against_what_it_exempts_from(title: str, stance: str) -> None:
    """DOMAIN.md: an exemption from a sanctuary law is restrictive; so an exemption from a duty
    to help immigration enforcement is protective, and one from a ban on that help restrictive,
    however many words stand between "exempts" and "from"."""
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "An act that allows contracts with ICE to detain immigrants in the county jail",
            "restrictive",
        ),
        (
            "Requires the county to enter into a contract with ICE to detain immigrants",
            "restrictive",
        ),
        # ending, barring or setting terms on such a contract is the other way
        (
            "Requires the county to terminate its contract with ICE to detain immigrants",
            "protective",
        ),
        (
            "Prohibits counties from entering into contracts with ICE to detain immigrants",
            "protective",
        ),
        (
            "Requires that any contract with ICE to detain immigrants be approved by the council after"
            " a public hearing",
            "protective",
        ),
    ],
)
def test_requiring_or_allowing_a_detention_contract_with_ice_is_restrictive(
    title: str, stance: str
) -> None:
    """A government that requires or allows a contract with ICE to hold immigrants takes part in
    immigration detention (DOMAIN.md, detention contracts); the words "contract" and "detain"
    alone had read as the bans the labeled data holds most of."""
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "An ordinance ending the city's cooperation with Immigration and Customs Enforcement",
            "protective",
        ),
        ("Terminating the police department's cooperation with ICE", "protective"),
        ("Resolution encouraging cooperation with ICE", "restrictive"),
        (
            "Resolution supporting full cooperation with federal immigration authorities",
            "restrictive",
        ),
        ("Authorizes the use of county resources to assist ICE", "restrictive"),
        ("Resolution opposing expanded cooperation with ICE", "protective"),
    ],
)
def test_cooperation_with_ice_ended_or_furthered(title: str, stance: str) -> None:
    """A government's cooperation with the immigration agency, named as such, is the tracked
    policy: ending it is protective, furthering it restrictive (DOMAIN.md: mandated cooperation
    is anti-sanctuary), and a resolution backing or opposing it is relevant."""
    assert_reads(title, stance)


def test_cooperation_with_homeland_security_on_other_matters_is_not_the_policy() -> None:
    res = classify(
        "Resolution supporting cooperation with FEMA and the Department of Homeland Security on"
        " disaster relief"
    )
    assert not res.relevant, res.why


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Renews the sheriff's 287(g) jail enforcement agreement", "restrictive"),
        ("Prohibits transferring people to ICE custody", "protective"),
        (
            "Requires a judicial warrant before the jail may transfer a person to ICE custody",
            "protective",
        ),
        (
            "Requires the jail to transfer custody of persons subject to immigration detainers to ICE",
            "restrictive",
        ),
        ("Repeals the penalties imposed on sanctuary jurisdictions", "protective"),
        ("Abolishes the state immigration enforcement unit", "protective"),
        (
            "Establishes a state immigration enforcement unit within the Department of Public Safety",
            "restrictive",
        ),
        ("Resolution opposing the county's proposed detention contract with ICE", "protective"),
        (
            "Allows the state to contract with private companies to operate immigration detention centers",
            "restrictive",
        ),
        (
            "Prohibits the state from contracting with private immigration detention facilities",
            "protective",
        ),
        ("Requires landlords to verify the immigration status of tenants", "restrictive"),
        (
            "Requires the DMV to provide driver's license data to federal immigration authorities on request",
            "restrictive",
        ),
        (
            "Prohibits sharing of driver's license data with ICE without a judicial warrant",
            "protective",
        ),
    ],
)
def test_plain_captions_of_each_tracked_policy_both_ways(title: str, stance: str) -> None:
    """Plain captions of the tracked policies, written for the purpose (not taken from any
    source), each read by what it does: renewing, handing over, repealing penalties,
    abolishing, contracting, making landlords check, giving data (DOMAIN.md)."""
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Prohibits state agencies from certifying U visa applications", "restrictive"),
        ("Ends funding for the immigrant legal defense program", "restrictive"),
        ("Repeals the city identification card program", "restrictive"),
        ("Prohibits agencies from refusing to certify U visa applications", "protective"),
        (
            "Provides grants through the Oregon State Bar for legal services to immigrants facing"
            " removal",
            "protective",
        ),
        ("Requires jails to give ICE access to inmates for interviews", "restrictive"),
        (
            "Requires local law enforcement to give a person in custody a written consent form"
            " before an ICE interview",
            "protective",
        ),
        ("Makes illegal presence a state crime", "restrictive"),
        ("Repeals the state law making illegal presence a crime", "protective"),
        ("Repeals the state law requiring cooperation with ICE", "protective"),
        ("Resolution rescinding the city's sanctuary city declaration", "restrictive"),
    ],
)
def test_ending_a_protective_tool_or_repealing_a_law_goes_the_other_way(
    title: str, stance: str
) -> None:
    """U-visa certification, legal defense and local IDs are protective tools (DOMAIN.md); a
    measure that bars or ends one is restrictive, and one that repeals a law or rescinds a
    declaration goes against what that law or declaration does."""
    assert_reads(title, stance)


# Plain captions of every tracked policy, written for the purpose (not taken from any source),
# each with the side DOMAIN.md gives it. They guard the rows against reaching too far: a row
# written for one wording must leave these as they are.
PLAIN_CAPTIONS = [
    (
        "Requires sheriffs to notify ICE before releasing a person subject to an immigration detainer",
        "restrictive",
    ),
    (
        "Prohibits state and local agencies from notifying ICE of a person's release date",
        "protective",
    ),
    (
        "Authorizes local law enforcement officers to arrest persons for federal immigration violations",
        "restrictive",
    ),
    (
        "Prohibits police officers from arresting persons solely for civil immigration violations",
        "protective",
    ),
    (
        "Directs the Department of Public Safety to enter into a 287(g) agreement with ICE",
        "restrictive",
    ),
    ("Prohibits state agencies from entering into 287(g) agreements", "protective"),
    (
        "Terminates the county's 287(g) agreement with Immigration and Customs Enforcement",
        "protective",
    ),
    ("Limits ICE access to county jails and to people in custody", "protective"),
    ("Grants ICE agents access to county jails to interview inmates", "restrictive"),
    ("Bars civil immigration arrests in and around state courthouses", "protective"),
    (
        "Prohibits immigration enforcement at schools, hospitals and places of worship without a judicial warrant",
        "protective",
    ),
    (
        "Withholds state funds from cities that limit cooperation with federal immigration authorities",
        "restrictive",
    ),
    ("Creates a civil penalty for local officials who adopt sanctuary policies", "restrictive"),
    # (an agency checking who may have a benefit is eligibility, not enforcement: what it hands
    # to ICE is information sharing)
    (
        "Requires state agencies to report to federal immigration authorities any applicant for"
        " public benefits who is not lawfully present",
        "restrictive",
    ),
    ("Establishes a municipal identification card program", "protective"),
    (
        "Prohibits the acceptance of municipal identification cards as proof of identity",
        "restrictive",
    ),
    ("Funds legal representation for immigrants facing deportation", "protective"),
    (
        "Prohibits the use of state funds for legal representation of persons in removal proceedings",
        "restrictive",
    ),
    (
        "Sets deadlines for law enforcement to certify U visa requests from crime victims",
        "protective",
    ),
    (
        "Creates the state crime of illegal entry and authorizes state judges to order removal",
        "restrictive",
    ),
    ("Prohibits the state from creating immigration-related crimes", "protective"),
    ("Declares the county a non-sanctuary county", "restrictive"),
    ("Declares the city a welcoming city", "protective"),
    ("Resolution declaring support for the sheriff's cooperation with ICE", "restrictive"),
    (
        "Resolution urging the governor to sign the Keep Families Together Act limiting cooperation with ICE",
        "protective",
    ),
    (
        "Resolution urging the governor to veto the bill limiting cooperation with ICE",
        "restrictive",
    ),
    ("Approves the intergovernmental service agreement with ICE to house detainees", "restrictive"),
    (
        "Requires law enforcement agencies to certify U visa applications within 90 days",
        "protective",
    ),
    (
        "Creates a universal representation program for immigrants in removal proceedings",
        "protective",
    ),
    (
        "Establishes a community identification card for residents regardless of immigration status",
        "protective",
    ),
    (
        "Prohibits federal immigration agents from entering public schools without a judicial warrant",
        "protective",
    ),
    ("Allows immigration agents to enter public schools to make arrests", "restrictive"),
    ("Prohibits courthouse arrests by immigration authorities", "protective"),
    ("Repeals the prohibition on civil immigration arrests at courthouses", "restrictive"),
    ("Requires consent before ICE may interview people in county jails", "protective"),
    ("Makes it a state crime for an illegal alien to be present in the state", "restrictive"),
    ("Prohibits police from asking about immigration status during traffic stops", "protective"),
    ("Requires police to check immigration status during traffic stops", "restrictive"),
    ("Requires cities to comply with ICE detainer requests or lose state funding", "restrictive"),
    ("Ends the county's practice of holding people on ICE detainers", "protective"),
    (
        "Requires county jails to hold persons for 48 hours on an immigration detainer",
        "restrictive",
    ),
    ("Prohibits the county from honoring civil immigration detainers", "protective"),
    ("Resolution supporting the sheriff's decision to honor ICE detainers", "restrictive"),
    ("Resolution opposing the California Values Act", "restrictive"),
    ("An act to repeal the Oregon sanctuary law", "restrictive"),
    ("Resolution declaring the city a sanctuary city for immigrants", "protective"),
    (
        "Prohibits local governments from adopting sanctuary policies and requires compliance with detainers",
        "restrictive",
    ),
    ("Prohibits the use of facial recognition data for immigration enforcement", "protective"),
]


@pytest.mark.parametrize(("title", "stance"), PLAIN_CAPTIONS)
def test_plain_captions_of_every_topic_keep_their_side(title: str, stance: str) -> None:
    assert_reads(title, stance)


def test_the_split_puts_each_text_in_the_part_of_its_measure(tmp_path, monkeypatch) -> None:
    """A new set's texts join the part of their own measure, once; a text for a measure the set
    does not hold stops the split before anything is written."""
    split = _split_module()
    monkeypatch.setattr(split, "DATA", tmp_path)
    rows = [
        {"jurisdiction": "XX", "identifier": f"HB {i}", "year": "2026", "title": f"Bill {i}"}
        for i in range(12)
    ]
    source = tmp_path / "new.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows))
    texts = tmp_path / "new_texts.jsonl"
    texts.write_text(
        "".join(json.dumps({"text_for": split.stable_id(r), "text": "x"}) + "\n" for r in rows)
    )
    assert split.main([str(source), "labeled_new.jsonl", "--texts", str(texts)]) == 0
    for part in ("rules", "heldout"):
        measures = [json.loads(x) for x in (tmp_path / part / "labeled_new.jsonl").open()]
        written = [json.loads(x) for x in (tmp_path / part / "texts.jsonl").open()]
        assert sorted(t["text_for"] for t in written) == sorted(map(split.stable_id, measures))
    # run again: nothing twice
    assert split.main([str(source), "labeled_new.jsonl", "--texts", str(texts)]) == 0
    assert sum(1 for p in ("rules", "heldout") for _ in (tmp_path / p / "texts.jsonl").open()) == 12
    # a text for a measure not in the set: refused, nothing written
    stray = tmp_path / "stray.jsonl"
    stray.write_text(json.dumps({"text_for": "YY|HB 1|2026|Other", "text": "x"}) + "\n")
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps(rows[0]) + "\n")
    assert split.main([str(other), "labeled_other.jsonl", "--texts", str(stray)]) == 1
    assert not any((tmp_path / p / "labeled_other.jsonl").exists() for p in ("rules", "heldout"))
