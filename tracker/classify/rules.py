# ruff: noqa: E501  (regex tables read better one rule per line)
"""The classifier's rule tables, kept as plain data so a reviewer can read every decision.

Each table row carries a label; the label and the phrase it matched become the `why` of a result.
Patterns are case-insensitive regular expressions (``(?-i:ICE)`` marks the one case-sensitive
acronym). Topic rules and vetoes each run on their own. In STANCE_RULES order matters: at one
position the first row that matches wins and hides the cues inside its match, so specific rows
("prohibits sanctuary policies") come before generic ones ("prohibits").

Every row carries its own literal triggers, right after its label: the rule runs only if one of
them occurs in the measure (lowercase triggers are looked up in the lowercased text, uppercase
ones as written). Plain substring tests cost far less than running every regex, which keeps
title+summary classification fast. An empty tuple means the rule always runs. Keep a row's
triggers a superset of what its pattern can match (tests/classify checks every trigger is
plain text and every row compiles).

How to add a rule: see docs/classifier.md ("How to add a rule").
"""

from __future__ import annotations

import re

# --- synonyms ------------------------------------------------------------------------------------
# Words legislatures use in place of one the rows name ("forbids" for "prohibits"). The engine
# widens every pattern and trigger with them when it compiles the tables (``widen``), so a row
# names one spelling of its verb and no row has to list the others.
# (the stem as rows write it, what it becomes in a pattern, the triggers added beside its own)
SYNONYMS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # "forbids", "forbidding", "forbidden", "forbade"
    ("prohibit", r"(?:p(?:rohibit|reempt)|forb[ia]dd?)", ("forb", "preempt")),
)


_SYNONYM_WORDS = tuple(t for _stem, _wider, added in SYNONYMS for t in added)


def widen(pattern: str) -> str:
    """``pattern`` with each SYNONYMS stem it names (at a word's start) widened to its synonyms."""
    for stem, wider, _trigger in SYNONYMS:
        # at a word's start: after a non-letter, or after a "\b" of the pattern itself
        pattern = re.sub(rf"(?:(?<![a-z])|(?<=\\b)){stem}", lambda _m, w=wider: w, pattern)
    return pattern


def names_a_synonym(low: str) -> bool:
    """Whether a lowercased text holds a word SYNONYMS adds (then the widened patterns run)."""
    for t in _SYNONYM_WORDS:  # noqa: SIM110  (a plain loop: it runs for every bill; see engine)
        if t in low:
            return True
    return False


def widen_triggers(triggers: tuple[str, ...]) -> tuple[str, ...]:
    """``triggers`` with the triggers of each SYNONYMS stem one of them names."""
    extra = [
        t
        for stem, _w, added in SYNONYMS
        if any(x.startswith(stem) for x in triggers)
        for t in added
        if t not in triggers
    ]
    return triggers + tuple(extra)


# --- reusable fragments ------------------------------------------------------------------------
# The places where immigration arrests are barred or limited (DOMAIN.md: "courthouses, schools and
# hospitals, other sensitive places"), as named after "at" or "in"
# ... and the other places of care and public life the 2025 laws list (2.43.0): child care,
# clinics, parks, colleges, food banks
CARE_PLACES = (
    r"(?:(?:child|day)[ -]?care(?:\s+(?:centers?|facilit\w+|programs?|providers?|homes?))?"
    r"|early (?:childhood|learning) (?:centers?|programs?|facilit\w+)"
    r"|(?:community |public )?(?:health|medical) (?:clinics?|centers?|offices?)|clinics?\b"
    r"|food banks?|food pantr(?:y|ies))"
)
SENSITIVE_PLACES = (
    r"(?:courthouses?|courts?\b|schools?|campus\w*|hospitals?|health (?:care )?facilit\w+|shelters?"
    r"|places of worship|churches|libraries|polling (?:places?|locations?)|sensitive locations?"
    r"|" + CARE_PLACES + r"|(?:public )?parks?\b|colleges?|universit(?:y|ies))"
)
# ICE kept out of a place, as a demand or a short title: "Keep ICE Out of Schools Act", "ICE out
# of our courthouses" (the agency's name in capitals)
ICE_KEPT_OUT = (
    r"\b(?-i:ICE)\s+(?-i:out|Out|OUT)\s+(?-i:of|Of|OF)\s+(?:our\s+|the\s+|all\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:jails?|premises|propert\w+|grounds|buildings?|facilit\w+|" + SENSITIVE_PLACES + r")\b"
)
# An ICE-free policy by its name, and the same said as a demand: "Keep ICE Out of Schools Act",
# "ICE out of our courthouses" (the agency's name in capitals: ice kept out of storm drains is
# water)
ICE_FREE_POLICY = (
    r"\bice[- ]free (?:comm\w*|zones?|cit\w+|count\w+|states?|act|schools?|campus\w*|workplaces?)"
    + r"|"
    + ICE_KEPT_OUT
    # ... and a place declared closed to the agency: "declaring city-owned parking lots
    # off-limits to ICE staging" (2.79.0)
    + r"|\boff[- ]limits\s+(?:to|for)\s+(?:[\w'’-]+\s+){0,2}?(?:\b(?-i:ICE)\b|(?:federal\s+)?immigration\s+"
    r"(?:enforcement|agents?|officers?|authorities))"
)
# the places immigration agents are let into or kept out of
AGENT_PLACES = (
    r"(?:jails?|premises|property|grounds|buildings?|areas?|facilit\w+|" + SENSITIVE_PLACES + r")"
)
# Immigration agents let into a place by the government that holds it: "allowing ICE agents on
# campus", "admit immigration officers into nonpublic areas of city buildings", "allow federal
# immigration officers in the courthouse" (DOMAIN.md: ICE access)
AGENTS_LET_INTO_PLACE = (
    r"\b(?:allow|admit|let|permit)\w*\s+(?:\b(?-i:ICE)\b(?:\s+(?:agents?|officers?|officials?"
    r"|personnel))?|(?:federal\s+)?immigration\s+(?:agents?|officers?|officials?|personnel))\s+"
    r"(?:to\s+enter\s+|on(?:to)?\s+|into\s+|in\s+|inside\s+)(?:[\w'’-]+\s+){0,4}?" + AGENT_PLACES
)
# What immigration agents may do at a place, as a measure that limits or widens it names it: "the
# authority immigration officers have at protected emergency response locations", "the powers of
# ICE agents at schools" (the immigration agency's own, not all of Homeland Security's)
AGENTS_POWERS_AT_A_PLACE = (
    r"\b(?:authority|authorities|powers?)\s+(?:of\s+)?(?:the\s+)?(?:federal\s+)?"
    r"(?:(?:\b(?-i:ICE)\b|immigration\s+and\s+customs\s+enforcement)(?:\s+(?:agents?|officers?"
    r"|officials?|personnel))?|immigration\s+(?:agents?|officers?|officials?|personnel))\s+"
    r"(?:(?:have|has|exercise|hold)\s+)?(?:at|in|on|near|within)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:protected|sensitive)\s+(?:[\w'’-]+\s+){0,3}?(?:locations?|areas?|places?)|"
    + SENSITIVE_PLACES
    + r")"
)
# A place's own property closed to law enforcement: "prohibit law enforcement staging operations
# on city-owned properties", "relating to law enforcement access to county facilities",
# "limit law enforcement access to non-public areas of city buildings". The "ICE-free zone"
# ordinances name law enforcement in general (a city cannot single out one federal agency); the
# place must be the government's own, not data ("law enforcement access to electronic data") nor
# a school in an emergency.
LAW_ENFORCEMENT_KEPT_FROM = (
    r"law\s+enforcement\s+(?:staging|access)\b(?:\s+(?:operations|areas?|activit\w+))?\s+"
    r"(?:on|to|at|in(?:to)?|of|within)\s+(?:(?:the\s+)?non-?public\s+(?:areas?|spaces?|portions?)\s+"
    r"(?:of|in|within)\s+)?(?:the\s+|any\s+|all\s+)?(?:(?:city|county|village|town|township|borough"
    r"|municipal|public)(?:[- ]owned)?|non-?public)\s+(?:[\w-]+\s+){0,2}?(?:property|properties"
    r"|facilit(?:y|ies)|buildings?|spaces?|areas?|premises|parking\s+(?:lots?|garages?)|lots|garages?)"
)
# Enforcement actions at a sensitive place, as DHS policy and federal bills name them: "to prohibit
# the Department of Homeland Security from conducting enforcement actions at sensitive
# locations" (DOMAIN.md: ICE access to schools, hospitals, courthouses)
ENFORCEMENT_ACTIONS_AT = (
    # (not another field's: "cybersecurity enforcement actions at hospitals", "code enforcement")
    r"(?<!cybersecurity )(?<!cyber )(?<!security )(?<!transportation )(?<!aviation )(?<!maritime )"
    r"(?<!code )(?<!tax )(?<!traffic )(?<!environmental )(?<!health )(?<!safety )(?<!fire )"
    r"(?<!regulatory )(?<!labor )(?<!wage )(?<!drug )(?<!truancy )(?<!law )(?<!parking )"
    # (the agency may stand between: "enforcement actions by U.S. Immigration and Customs
    # Enforcement at schools"; the noun may be left out: "that ICE not conduct enforcement at
    # schools", 2.74.0)
    r"\benforcement\s+(?:(?:actions?|operations?|activit(?:y|ies))\s+)?(?:by\s+(?:[\w.'’-]+\s+){1,6}?)?"
    r"(?:at|in|near|within|on|around)\s+"
    r"(?:or\s+(?:near|around)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:sensitive\s+locations?"
    r"|protected\s+areas?|courthouses?|schools?|hospitals?|places\s+of\s+worship|churches"
    r"|(?:county|city|municipal|public|state)\s+(?:buildings?|facilit(?:y|ies)|property))"
)
# ... and the words that trigger it (the noun, or the preposition after a bare "enforcement")
SENSITIVE_PLACE_ENFORCEMENT_WORDS = (
    "enforcement action",
    "enforcement operation",
    "enforcement activit",
    "enforcement at ",
    "enforcement in ",
    "enforcement near ",
    "enforcement within ",
    "enforcement on ",
    "enforcement around ",
    "enforcement by ",
)
_AGENCY_NAMED = r"(?:immigration|\b(?-i:ICE)\b|homeland\s+security|customs\s+enforcement|\bdhs\b)"
# Immigration context: words that say a generic term ("detainer", "hold", "sanctuary") is about
# federal immigration enforcement.
IMM = (
    r"(?:immigra\w*|\b(?-i:ICE)\b|customs enforcement|homeland security|deport\w*"
    r"|undocumented|non-?citizens?|\baliens?\b|removal proceedings?|\bmigrants?\b)"
)
# A citation of Title 8 of the U.S. Code as bills write it, before the section's number: "8
# U.S.C. 1373", "8 USC § 1373", "8 U.S.C. Sec. 1184(p)", or "sections 1373 and 1644" (periods of
# "U.S.C." may be gone by the time the rows read it)
USC_8_CITED = r"(?:8\s*u\.?\s*s\.?\s*c\.?\s*(?:§+\s*|sec(?:tion|s?\.)?\s*)?|sections?\s+)"
# The U and T visas by their citations: their own clauses of 8 U.S.C. 1101(a)(15), and the
# certification's sections 1184(o) and (p)
U_T_VISA_CITATION = r"(?:1184\s*\(\s*[op]\s*\)|1101\s*\(\s*a\s*\)\s*\(\s*15\s*\)\s*\(\s*[ut]\s*\))"
# The federal program that sends jail fingerprints to ICE, not the same words in ordinary prose
# ("preserving safe and secure communities", "safer and more secure communities")
SECURE_COMMUNITIES = r"(?<!safe and )(?<!safer and )(?<!and more )(?<!safe, )secure communities"
# The rows that name a policy by everyday words ("TRUST Act", "Values Act", "Welcoming City"),
# and those words: other acts carry the same names, which their summary or text spells out ...
EVERYDAY_WORDS = ("trust", "values", "welcoming")
EVERYDAY_NAMES = frozenset(
    {
        "a TRUST act",
        "a 'values' act",
        "a welcoming or refuge policy",
        "welcoming / values / trust policy",
    }
)
# ... as a short-title clause does: "the Tailored Regulatory Updates for Supervisory Testing Act
# of 2025 or the TRUST Act of 2025", "the Spotted Wing Abatement Trust Act of 2026 or the SWAT
# Act" (case-sensitive: a name's capitals)
ACRONYM_SPELLED_OUT = (
    r"\b(?:[A-Z][\w'’&-]*,?\s+(?:(?:of|and|the|for|in|on|to|a|an|&)\s+)*){1,14}Act"
    r"(?:\s+of\s+\d{4})?,?\s+or\s+the\s+(?:[A-Z][\w.'’&-]*\s+){0,3}?[A-Z][A-Z0-9]+\s+Act\b"
)
# ... and nothing in it comes near what the policy is about. Wider than IMM: police and federal
# agents are enough ("Law enforcement: sharing data." is the California Values Act's own
# subject line); a bank's examinations or a fruit fly are not.
NAME_CONTEXT = (
    IMM + r"|detain\w*|detention|287\s*\(g\)|sanctuar\w*|citizenship|immigrants?|refugees?"
    r"|asylum|\bvisas?\b|\bborder\b|lawful(?:ly)? presen\w*|legal status|national origin"
    r"|law enforcement|\bpolice\b|sheriffs?|\bjails?\b|federal (?:agents?|authorit\w+|officers?"
    r"|officials?|agenc\w+|government)"
)
# The immigration authorities in a place they are given data or entry, not the statute's name:
# "the database ... section 236A of the Immigration and Nationality Act"
AGENCY_NOT_THE_ACT = r"(?:immigration(?! and nationality)|\b(?-i:ICE)\b)"
# ... nor a person's standing under the law: "access to public schools to aliens ... without
# lawful status under the immigration laws" is the children's access, not the agents'
NOT_A_STATUS = r"(?<!status under the )(?<!status under )"
# a person placed, released or handed into the agency's custody, up to the agency's name (not
# restraints placed on a person already there: "place restraints on a woman in the custody of
# the Department of Homeland Security")
HANDED_TO_CUSTODY = (
    # (the word whole before the exclusion, here and below: "\w*" could give back letters, and
    # "places restraints" would pass as "place" followed by "s restraints"; 2.80.0)
    r"\b(?:plac|releas|transfer|deliver|surrender|turn)\w*\b"
    r"(?!\s+(?:restraints?|shackles?|handcuffs?|chains?|leg irons)\b)"
    r"\s+(?:\w+\s+){0,6}?(?:in|into|to|over to)\s+(?:the\s+)?custody of\s+(?:the\s+)?(?:u\.?s\.?\s+)?"
)
# A gap inside one clause (no sentence or clause break), kept short so rules stay local.
G = r"[^.;:|]{0,90}?"
G_SHORT = r"[^.;:|]{0,40}?"
# The immigration agency's own administrative warrant (forms I-200 and I-205), not a judge's:
# "an ICE administrative warrant", "an administrative warrant issued by U.S. Immigration and
# Customs Enforcement"; a jail asked to hold people on one is asked as by a detainer
AGENCY_ADMINISTRATIVE_WARRANT = (
    r"(?:(?:\b(?-i:ICE|DHS)\b|immigration)\s+administrative\s+(?:arrest\s+|removal\s+)?warrants?\b"
    r"|administrative\s+(?:arrest\s+|removal\s+)?warrants?\s+(?:issued\s+)?(?:from|by|of)\s+(?:the\s+)?"
    r"(?:u\s?s\s+|united\s+states\s+|federal\s+)?(?:\b(?-i:ICE|DHS)\b|immigration|homeland\s+security"
    r"|department\s+of\s+homeland\s+security))"
)
# ... and what a jail may be told is enough to hold a person on: a detainer or that warrant
DETAINER_OR_AGENCY_WARRANT = r"(?:detainer\w*|" + AGENCY_ADMINISTRATIVE_WARRANT + r")"
# A place's own land-use law, which the detention topic and DETENTION_SITE read beside the agency's
# facility: "zoning", "a conditional use permit" (2.79.0)
LAND_USE = (
    r"(?:\bzon(?:e|es|ed|ing)\b|\brezon\w*|(?:conditional|special)\s+use|land[- ]use"
    r"|(?:building|use|occupancy)\s+permits?)"
)
# A clause gap that does not cross a limiting word: "requirements ... limits compliance with
# detainers" must not read as "requires compliance with detainers".
# The rest of a clause: a ban's object ("sanctuary policies that limit cooperation") belongs to the
# ban and must not be read again as a protective cue.
REST = r"[^.;|]*"
# not the detention or removal people face, which a bar on helping them names ("prohibits State
# funding to assist immigrants facing detention or deportation"): put before the word a ban bars
NOT_WHAT_THEY_FACE = r"(?<!\bfacing )(?<!\bface )(?<!\bfaces )"
LIMITING = r"limit|restrict|prohibit|\bbar|\bnot\b|\bnever\b|\bno longer\b|declin|unless|only"
# ... save a "not" of people's status ("applicants who are not citizens", "persons not lawfully
# present"), which limits no duty
LIMITING_BUT_STATUS = LIMITING.replace(
    r"\bnot\b", r"\bnot\b(?!\s+(?:(?:united\s+states|u\.?s\.?)\s+)?(?:citizens?|lawfully|legally))"
)


def gap_crossing_none(stops: str, reach: int = 90) -> str:
    """A clause gap, as G, that crosses none of ``stops`` (an alternation)."""
    return f"(?:(?!{stops})[^.;:|]){{0,{reach}}}?"


def gap_without(also: str = "", reach: int = 90) -> str:
    """A clause gap, as G, that crosses no limiting word, nor any of ``also`` (an alternation)."""
    return gap_crossing_none(f"{LIMITING}|{also}" if also else LIMITING, reach)


G_POS = gap_without()
# a clause gap that does not cross those who oversee or visit the agency's own facilities: the
# access ICE is told to give Members of Congress, inspectors or an ombudsman to the places it
# holds people ("require ICE to permit entry, for the purpose of conducting oversight, by a
# Member of Congress to any facility") is not the agency's access to a jail
NOT_OVERSIGHT_GAP = gap_crossing_none(
    r"oversight|members?\s+of\s+congress|congressional|covered\s+individuals?"
    r"|inspectors?\s+general|ombuds"
)
# what federal officers work on, named after them: "federal authorities on immigration
# enforcement", "… in the enforcement of federal immigration laws" (2.80.0)
IMMIGRATION_WORK = r"(?:the\s+)?(?:enforcement\s+of\s+)?(?:federal\s+)?immigration\s+(?:enforcement|laws?|matters)\b"
# the people federal officials seek, named after them in the same clause
ALIENS_AFTER = (
    r"(?=[^.;:|]{0,160}?(?:\b(?:illegal|unlawful)\w*\s+(?:present|presence|aliens?|immigra\w*|entr\w*)"
    r"|\b(?:criminal|illegal|unauthorized|removable|deportable)\s+aliens?\b"
    r"|\baliens?\s+(?:who\s+are\s+)?(?:unlawfully|illegally)"
    # ... or by their status in other words: "a person who is not lawfully present", "persons
    # without lawful immigration status", "undocumented immigrants" (2.81.0)
    r"|\bnot\s+(?:lawfully|legally)\s+(?:present|admitted)\b"
    r"|\bwithout\s+(?:lawful|legal)\s+(?:immigration\s+)?(?:status|presence)\b"
    r"|\bundocumented\s+(?:immigrants?|aliens?|persons?|individuals?|people|migrants?)\b"
    r"|\b(?:apprehen\w+|arrest\w*|detention|removal|deportation)\s+of\s+(?:\w+\s+)?aliens?\b"
    # ... or what they work on: "require cooperation with federal authorities on immigration
    # enforcement" (2.80.0)
    r"|\b(?:on|in|regarding|concerning|with\s+respect\s+to)\s+" + IMMIGRATION_WORK + r"))"
)
# a place named at length, as an owner: "the State of <Name>'s sanctuary laws"
_PLACE_NAMED = r"(?:state|commonwealth|city|county|town|village)\s+of\s+(?:[\w.-]+\s+){0,2}?[\w.-]+"
# a measure aimed at sanctuary places, between a verb and the places: "ends the executive order
# targeting sanctuary cities" ends the order
AIMED_AT = (
    r"\b(?:targeting|aimed\s+at|directed\s+at|crack\w*\s+down|crackdowns?|punishing|penalizing)\b"
)
# a ban, limit or duty a verb could act on instead of the thing after it, which a gap must not
# cross: "ends the moratorium on 287(g) agreements" ends the moratorium, not 287(g)
A_BAN = (
    r"\b(?:bans?|moratori\w*|prohibitions?|restrictions?|limits?|limitations?|requirements?"
    r"|mandates?|exemptions?|exceptions?)\b"
    # ... or a measure aimed at the places
    r"|" + AIMED_AT
)
# "rent jail beds to ICE": a detention contract by its plainest words
BEDS_TO_ICE = (
    r"(?:rent|leas)\w* (?:of )?(?:jail |detention )?(?:beds?|space|cells?) to (?:\b(?-i:ICE)\b"
    # ... or to the federal government, for immigration detention: "lease jail beds to the federal
    # government for the detention of immigrants"
    r"|(?:the )?(?:federal government|united states|federal authorities|u\.?s\.? marshals?(?: service)?"
    r"|department of homeland security|dhs)\b(?=[^.;:|]{0,40}?(?:immigra|\baliens?\b|noncitizens?)))"
)
# a jail's contract with ICE named by where it holds them: "the ICE contract at the county jail"
ICE_CONTRACT_AT_JAIL = (
    r"\b(?-i:ICE)\s+(?:contracts?|agreements?)\s+(?:at|for|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:jails?|(?:detention|correctional)\s+(?:centers?|facilit\w+))"
)
# ... and a local place put to the agency's detention: "the use of the county jail for ICE
# detention", "jail beds for ICE detainees" (2.74.0; "immigration detention" is read by itself)
JAIL_FOR_ICE_DETENTION = (
    r"(?:(?:the\s+)?use\s+of\s+)?(?:the\s+)?(?:(?:county|city|state|local)\s+)?"
    r"\b(?:jails?|beds?|facilit\w+|cells?)\s+(?:\w+\s+){0,2}?for\s+(?-i:ICE)\s+"
    r"(?:detention|detainees|holds?)\b"
)
# "making it a state crime to be unlawfully present in this state"
CRIME_TO_BE_PRESENT = (
    r"\bcrime\b[^.;:|]{0,20}?\bto be (?:illegally|unlawfully) present in (?:this|the) state"
    # ... the people named instead: "a crime for an undocumented immigrant to be present in the
    # state"
    r"|\bcrime\s+for\s+(?:an?\s+|any\s+)?(?:undocumented|unauthorized|illegal)\s+(?:immigrants?|aliens?"
    r"|persons?|individuals?)\s+to\s+(?:be|remain)\s+(?:present\s+)?in\s+(?:this|the)\s+state"
)
# A limit on cooperation with immigration enforcement, from its verb to the immigration word it
# limits: "limits the sharing of immigration status information with federal authorities",
# "limiting the enforcement of immigration laws" (the gaps do not cross a negation)
_NEGATION = r"\b(?:not|no|never|unless|except)\b"
LIMIT_OF_COOPERATION = (
    # (a verb: not "the limits on sharing information" an act sets)
    r"(?<!the )(?<!its )(?:limit|restrict|prohibit|declin|refus)\w*\s+(?!on\b)"
    + gap_crossing_none(_NEGATION, reach=80)
    + r"\b(?:cooperat|shar|communicat|complian|comply|honou?r|enforc|assist|participat)\w*"
    + gap_crossing_none(_NEGATION, reach=60)
    + r"(?:immigra\w*|\b(?-i:ICE)\b|detainers?|287\s*\(g\))"
)
# what a gap in an agreement voided for enforcement does not cross: a limit or a negation
_LIMIT_OR_NEGATION = (
    r"\b(?:not|no|never|limit\w*|restrict\w*|prohibit\w*|declin\w*|refus\w*|sanctuar\w*)\b"
)
# ... and what voids it
# ("rescinded" is a repeal in the passive, which the opposed spans read: not here)
VOIDED = (
    r"\b(?:is|are|shall\s+be|becomes?)\s+(?:hereby\s+)?(?:null\s+and\s+)?(?:void|unenforceable)\b"
)
# ... then condemned or punished in the same sentence: void, unlawful, preempted; money lost;
# an officer removed or fined
CONDEMNED_AFTER = (
    r"\b(?:(?:is|are|be|becomes?)\s+(?:hereby\s+)?(?:void|invalid|unlawful|unenforceable"
    r"|null|preempted|ineligible|liable|subject to (?:an?\s+)?(?:civil\s+|criminal\s+)?(?:penalt|fine"
    r"|removal|suspension|prosecution|suit|discipline)\w*"
    r"|removed from office"
    # ... punished in the passive: "… may be prosecuted", "… may be sued by any resident", "…
    # shall be fined" (2.62.0)
    r"|prosecuted|sued|fined|penali[sz]ed|punished|suspended|disciplined)"
    r"|(?:(?:shall|will|must|may)\s+)?(?:lose|forfeit)\w*"
    # ... or made to pay back what it got: "… shall repay any state funds received" (2.78.0)
    r"|(?:(?:shall|will|must|may)\s+|to\s+)(?:repay|refund)\w*"
    # a crime said after the act: "… is guilty of a Class A misdemeanor", "… commits official
    # misconduct" (2.61.0)
    r"|guilty\s+of|commits?\s+(?:an?\s+)?(?:(?:class\s+\w+|\w+-degree)\s+)?(?:official\s+misconduct"
    r"|misdemeanor|felony|crime|(?:criminal\s+)?offense))"
)


# made answerable in damages for an act, up to the act: "makes sheriffs liable for damages for …",
# "holds a city civilly liable for injuries caused by …" (2.78.0)
LIABLE_FOR = (
    r"\b(?:mak|hold|render|deem)\w*\s+(?:[\w'’-]+\s+){1,4}?(?:civilly\s+|personally\s+"
    r"|jointly\s+and\s+severally\s+)?liable\s+(?:for\s+(?:any\s+)?(?:damages|injur\w+|harm)\s+)?"
    r"(?:for|caused\s+by|resulting\s+from|arising\s+from)\s+"
)


def then_condemned(first: str) -> str:
    """FIRST (a limit, or an act named after "who"), then condemned or punished in the same
    sentence, with no negation between ("… shall not lose funding" protects it instead)."""
    return first + gap_crossing_none(_NEGATION, reach=120) + CONDEMNED_AFTER


LIMIT_CONDEMNED = then_condemned(LIMIT_OF_COOPERATION)
LIMIT_CONDEMNED_TRIGGERS = (
    "guilty",
    "commit",
    "void",
    "invalid",
    "unlawful",
    "unenforceable",
    "null",
    "preempted",
    "ineligible",
    "liable",
    "subject to",
    "removed from office",
    "lose",
    "forfeit",
    "repay",
    "refund",
    "prosecut",
    "sued",
    "suit",
    "fined",
    "penaliz",
    "penalis",
    "punished",
    "suspen",
    "disciplin",
)
# A person punished in their own right: removed, disciplined, fined, prosecuted, retaliated
# against ("may be removed from office", "shall be subject to discipline")
PUNISHED_PERSONALLY = (
    r"(?:remov\w*(?:\s+from\s+office)?|disciplin\w*|penaliz\w*|punish\w*|sanction\w*"
    r"|terminat\w*|fired|dismiss\w*|demot\w*|suspend\w*|retaliat\w*|fined|(?:held\s+)?liable"
    r"|prosecut\w*|subject(?:ed)?\s+to\s+(?:any\s+|an?\s+)?(?:[\w-]+\s+)?(?:disciplin\w*|penalt\w*"
    r"|sanctions?|removal|liability|retaliation|prosecution|fines?|adverse\s+(?:employment\s+)?actions?))"
)
PUNISHED_PERSONALLY_TRIGGERS = (
    # (the nouns a bar on punishing names: "bars any penalty against …", "adverse action")
    "penalt",
    "adverse",
    "remov",
    "disciplin",
    "penaliz",
    "punish",
    "sanction",
    "terminat",
    "fired",
    # "prohibits the city from firing employees who refuse to assist ICE" (2.80.0)
    "firing",
    # "eliminates liability for local officials who cooperate with ICE" (2.80.0)
    "liabilit",
    "dismiss",
    "demot",
    "suspend",
    "retaliat",
    "fined",
    "liable",
    "prosecut",
    "subject",
)
# ... and what they refused: "declines to comply with an immigration detainer", "refuses to
# honor an ICE detainer request", "refusal to share information"
_REFUSED = r"(?:refus|declin|fail)\w*\s+(?:to\s+)?"


def shielded_from_punishment(act: str) -> str:
    """ACT (who does it named by "who", or "for" doing it) shielded from a person's punishment:
    "No officer who declines to comply with an immigration detainer may be removed from
    office", "An employee shall not be penalized for declining to share information with ICE",
    "Prohibits retaliation against any officer who refuses to honor an ICE detainer request"
    (the negation bars the punishment, not the act)."""
    # the verbs that bar a punishment or whoever would punish, and the article before the act
    bars = (
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|forb[ia]d\w*|preclud\w*"
        r"|prevent\w*)"
    )
    article = r"(?:(?:a|an|the|his|her|their|its|any)\s+)?"
    return (
        r"\bno\s+(?:[\w'’-]+\s+){1,4}?(?:who|that|which)\s+"
        + act
        + r"[^.;:|]{0,120}?\b(?:may|shall|will|can|must)\s+(?:(?:be|face|suffer|incur)\s+)?"
        + PUNISHED_PERSONALLY
        + r"|\b(?:who|that|which)\s+"
        + act
        + r"[^.;:|]{0,120}?\b(?:may|shall|will|can|must)\s*not\s+(?:(?:be|face|suffer|incur)\s+)?"
        + PUNISHED_PERSONALLY
        + r"|(?:\bno\s+(?:[\w'’-]+\s+){1,4}?(?:may|shall|will|can)\s+|\b(?:may|shall|will|can|must)\s*not\s+)"
        r"(?:(?:be|face|suffer|incur)\s+)?"
        + PUNISHED_PERSONALLY
        + r"[^.;:|]{0,40}?\b(?:for|because\s+of|based\s+(?:up)?on|on\s+account\s+of)\s+"
        + article
        + act
        + r"|"
        + bars
        + r"\s+(?:any\s+|all\s+)?(?:retaliat\w*|disciplin\w*|penalt\w*|punish\w*"
        r"|adverse\s+(?:employment\s+)?actions?|sanctions?)\s+(?:against|on|of)\s+[^.;:|]{0,60}?"
        r"\b(?:who|that|for)\s+"
        + act
        + r"|(?:protect|shield)\w*\s+[^.;:|]{0,40}?\b(?:who|that)\s+"
        + act
        + r"[^.;:|]{0,120}?\bfrom\s+(?:any\s+)?(?:retaliat|disciplin|penalt|punish|removal|sanction"
        r"|prosecution|liability|adverse)\w*"
        # ... or a liability for it lifted: "Eliminates liability for local officials who
        # cooperate with ICE", "Removes liability for officers who decline to honor …" (2.80.0)
        r"|(?:eliminat|remov|repeal|waiv|abolish|strik|delet|exempt)\w*\s+(?:[\w'’-]+\s+){0,2}?"
        r"liabilit(?:y|ies)\s+(?:for|of|on)\s+[^.;:|]{0,60}?\b(?:who|that|for)\s+"
        + article
        + act
        # ... or whoever would punish barred from it: "Prohibits an agency from disciplining an
        # officer for cooperating with federal immigration authorities" (2.79.0)
        + r"|"
        + bars
        + r"\s+[^.;:|]{0,60}?\bfrom\s+(?:disciplin|punish|penaliz|retaliat|terminat|fir|demot"
        r"|suspend|dismiss)\w*\s+[^.;:|]{0,60}?\b(?:who|that|for)\s+" + article + act
    )


# A person who refuses to cooperate shielded from punishment for it (protective) ...
REFUSER_SHIELDED = shielded_from_punishment(_REFUSED)
# ... and one who cooperates, the other way: "Provides that a law enforcement officer may not be
# disciplined for cooperating with federal immigration authorities", "Prohibits retaliation
# against an employee who cooperates with ICE" (restrictive: DOMAIN.md, mandated cooperation
# made safe; 2.79.0)
_COOPERATED = (
    r"(?:cooperat|communicat|shar|assist|compl(?:y|ies|ying|ied)|honou?r|notif|report|respond)\w*"
    r"[^.;:|]{0,60}?(?:immigra\w*|\b(?-i:ICE)\b|detainers?|287\s*\(g\))"
)
COOPERATOR_SHIELDED = shielded_from_punishment(_COOPERATED)

# What a place that limits cooperation declines to do; "taking certain actions with respect to
# immigration" is the federal statute's own words for it (8 U.S.C. 1231(i) cut-off bills)
LIMITED_COOPERATION = r"(?:shar\w*|cooperat\w*|communicat\w*|comply|honor\w*|tak\w+ (?:certain )?actions? with respect to immigra)"
# This government's police at the side of immigration agents: "a police officer accompanying
# federal immigration officers", "officers who assist an agent or officer of U.S. Immigration and
# Customs Enforcement"
POLICE_WITH_AGENTS = (
    r"\b(?:police|sheriff'?s?|law enforcement|peace)\s+(?:officers?|deput\w+|personnel)\s+"
    r"(?:(?:who|to|shall|must|may)\s+|from\s+)?(?:accompan\w+|assist\w*)\s+(?:(?:in|with)\s+)?"
    r"(?:an?\s+|the\s+)?(?:federal\s+)?"
    r"(?:immigration (?:agents?|officers?|enforcement (?:operations?|actions?|activit\w+))"
    r"|(?-i:ICE) (?:agents?|officers?|operations?|raids?|enforcement)"
    r"|agents? or officers? of (?:the )?(?:u\.?s\.? )?immigration and customs)"
)
# A state's own crime of not carrying federal registration papers: "Failure to Carry or Complete
# Alien Reg. Docs.", "willful failure to complete or carry an alien registration document"
ALIEN_PAPERS_CRIME = (
    # ... named as the state's crime: "Repeals the state's alien registration crime" (2.43.0)
    r"\balien\s+registration\s+(?:crimes?|offen[cs]es?)\b|"
    r"\bfail\w*\s+to\s+(?:carry|complete|possess)(?:\s+(?:or|and)\s+(?:carry|complete|possess))?"
    r"\s+(?:(?:an?|the|their|his or her)\s+)?alien\s+reg(?:istration|\.)?\s*(?:doc\w*|cards?|papers|receipts?)"
    # ... the alien named first: "a crime for an alien to fail to carry registration documents"
    r"|\baliens?\s+to\s+fail\w*\s+to\s+(?:carry|possess)\s+(?:(?:an?|the|their|his or her|any)\s+)?"
    r"registration\s+(?:doc\w*|cards?|papers|receipts?)"
)
ALIEN_PAPERS_TRIGGERS = ("alien reg", "registration doc", "registration card", "registration paper")
# A state's own detention program: "States … relating to the detention of migrants" (not the
# United States')
STATE_DETAINS_MIGRANTS = (
    r"(?<!united )\bstates?\b[^.;:|]{0,80}?\bdetention of (?:\w+ )?(?:migrants|aliens"
    r"|noncitizens|undocumented (?:immigrants|persons|individuals))"
)
# A local or state force, and what it is put to: enforcing immigration law or helping ICE
LOCAL_FORCE = (
    r"(?:resources|funds|personnel|deputies|officers|police|troopers|national guard|guard"
    r"|guardsmen|troops|employees|staff|law enforcement)"
)
FOR_ENFORCEMENT = (
    r"\s+(?:to (?:assist|aid|help|support) (?:\b(?-i:ICE)\b|federal immigration|immigration enforcement)"
    r"|to (?:enforce|carry out|conduct|make|perform) (?:federal |civil )?immigration (?:laws?|arrests"
    r"|enforcement|raids)|(?:for|in) (?:federal |civil )?immigration (?:enforcement|arrests|raids))"
)
# ... named as a noun: "the use of county deputies to assist ICE" (a force named before its verb
# alone, "officers to enforce immigration law", is often a 287(g) agreement's grant, which its own
# rows read; as a topic it added sanctuary to such measures)
# (not the federal government's own forces: "the President's deployment of the National Guard",
# "federal troops", "active-duty troops", "the military"; DOMAIN.md, federal agents' conduct)
_FEDERAL_FORCE = r"(?:federal\w*|active[- ]duty|military|u\.?s\.?|army|marines?)\b"
FORCE_PUT_TO_ENFORCEMENT = (
    r"(?:(?<!president's )(?<!president’s )(?<!administration's )(?<!administration’s )"
    r"(?<!government's )(?<!government’s )(?:use|using|deployment|deploying|assignment|assigning) of"
    # ... or by its verb: "urging the Governor to deploy the National Guard to assist ICE"
    r"|\b(?:deploy(?:s|ed|ing)?|assign(?:s|ed|ing)?|us(?:e|es|ed|ing))\b)\s+(?:the )?"
    r"(?:(?!"
    + _FEDERAL_FORCE
    + r")[\w'’-]+ ){0,2}?(?!"
    + _FEDERAL_FORCE
    + r")"
    + LOCAL_FORCE
    + FOR_ENFORCEMENT
)
# A unit made for it: "a task force to assist federal immigration enforcement", "the sheriff's
# immigration enforcement unit", "the police department's immigration task force"; a local
# force's own unit is also a topic (local resources for enforcement), a state's is read by
# STATE_ENFORCEMENT_UNIT
_UNIT = r"\s+(?:units?|task\s+forces?|divisions?|teams?|squads?)"
# ... and a body for it: "the State Board of Immigration Enforcement", "an Office of State
# Immigration Enforcement" (a board or commission oversees the places' cooperation: not the
# state's own police, ``STATE_ENFORCEMENT_UNIT``)
_BODY_OF = r"(?:boards?|commissions?|councils?|offices?|divisions?|bureaus?|departments?)\s+(?:of|for|on)\s+"
LOCAL_ENFORCEMENT_UNIT = (
    r"(?:(?:police|sheriff)(?:'s|’s)?\s+(?:(?:department|office)(?:'s|’s)\s+)?"
    r"|(?:department|office)(?:'s|’s)\s+)immigration(?:\s+enforcement)?" + _UNIT
)
ENFORCEMENT_UNIT = (
    LOCAL_ENFORCEMENT_UNIT
    + r"|immigration\s+enforcement"
    + _UNIT
    + r"|"
    + _BODY_OF
    + r"(?:state\s+)?immigration\s+enforcement\b"
    + r"|(?:task\s+forces?|units?|offices?|divisions?|teams?)\s+(?:within\s+(?:[\w'’-]+\s+){1,5}?)?"
    r"to\s+(?:assist|aid|help|support|coordinate|enforce|carry\s+out|conduct)\s+(?:federal\s+"
    r"|state\s+|civil\s+)?immigration\s+(?:enforcement|laws?)"
)
# A condition a place must meet before it acts (an approval, a hearing, a vote), up to the act;
# and such a condition repealed, up to the condition
CONDITION_BEFORE = (
    r"\b(?:approval|authori[sz]ation|consent|(?:public )?hearings?|votes?|ratification|review"
    # ... or the terms themselves, named as such: "establishes conditions that a county must meet
    # before entering into a 287(g) agreement", "criteria a sheriff must satisfy before …"
    r"|referendum|conditions?|criteria|requirements?|standards|prerequisites?)\b"
    + r"[^.;:|]{0,60}?\b(?:before|prior to)\b[^.;:|]{0,40}?"
)
CONDITION_REPEALED = (
    r"(?:repeal\w*|eliminat\w*|remov\w*|strik\w*)"
    + G_SHORT
    # ("repeals the conditions that a county must meet before …" names the condition once)
    + r"(?:(?:requirements?|conditions?)"
    + G
    + r")?"
)
# a duty to run a tool or a program repealed, up to the thing: "repeals the requirement for …"
REQUIREMENT_FOR_REPEALED = (
    r"(?:repeal\w*|eliminat\w*|remov\w*|strik\w*)\s+(?:the\s+|a\s+|any\s+)?requirements?\s+"
    r"(?:for|of)\s+(?:the\s+|an?\s+)?(?:(?:federal|state|county|city|local)\s+)?"
    # ... and whose: "the requirement for the state's crackdown on sanctuary cities"
    r"(?:(?:[\w.]+|" + _PLACE_NAMED + r")(?:'s|’s)\s+)?"
)
# ... before it enters, renews or signs an agreement with ICE, up to the agreement (which
# `ENFORCEMENT_TOOL`, below, reads)
AGREEMENT_CONDITION = (
    CONDITION_BEFORE
    + r"(?:enter\w*(?:\s+into)?|renew\w*|sign\w*|execut\w*|extend\w*|participat\w*(?:\s+in)?)\s+"
    r"(?:an?\s+|the\s+|any\s+)?"
)
# ... and terms placed on such an agreement, from the terms' preposition up to the agreement:
# "conditions on participation in 287(g) agreements", "requirements for entering into …"
ON_AN_AGREEMENT = (
    r"\s+(?:on|upon|for|governing)\s+(?:(?:the\s+)?(?:participation|entry|entering|use|renewal)"
    r"\s+(?:in|into|of)\s+)?(?:an?\s+|the\s+|any\s+)?"
)
# ... the condition named alone, as what a requirement is of: "the requirement of approval by the
# voters for a 287(g) agreement", "no longer requires the consent of the council"
CONDITION_NOUN = (
    r"(?:the\s+|an?\s+|any\s+|prior\s+)?(?:approval|authori[sz]ation|consent|(?:public\s+)?hearings?|votes?"
    r"|ratification|review|referendum)\b"
)
# ... and the body whose approval is the condition, said as a clause: "that the county board
# approve a 287(g) agreement"
APPROVING_BODY = (
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:board|council|commission|voters|electorate|legislature"
    r"|supervisors|commissioners(?:\s+court)?|governor|mayor|attorney\s+general)\s+(?:to\s+)?"
    r"(?:approv|ratif|authori[sz]|vote\s+on)\w*"
)
# ... or its approval required, as a noun: "requires the approval of the county board before
# any agreement under 287(g)" (2.81.0)
APPROVAL_OF_BODY = (
    r"(?:the\s+)?(?:(?:prior|advance|express|written)\s+)*(?:approval|consent|authori[sz]ation)\s+"
    r"(?:of|from|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:board|council|commission|voters"
    r"|electorate|legislature|supervisors|commissioners(?:\s+court)?|governor|mayor"
    r"|attorney\s+general)\b"
)
# ... and before a place limits its cooperation: "approval by the voters before a city adopts a
# sanctuary policy", "… before a county limits cooperation with ICE", "… declines to honor
# detainers" (SANCTUARY_POLICY is defined below; the pattern is put together there)
_BEFORE_LIMITING = (
    r"[^.;:|]{0,60}?\b(?:before|prior to)\b[^.;:|]{0,40}?\b(?:adopt|enact|pass|limit|restrict|declin"
    r"|refus)\w*"
)
# Immigration agents named in a tool (the agency names below are defined after the tools)
_AGENTS_SHORT = (
    r"(?:\b(?-i:ICE)\b(?:\s+(?:agents?|officers?|officials?))?|immigration\s+and\s+customs\s+enforcement"
    r"|(?:federal\s+)?immigration\s+(?:agents?|officers?|officials?|authorit\w+))"
)
# Room in a jail or a building for ICE: "office space in the jail for ICE officers", "the lease
# of county office space to ICE", "the use of jail space by immigration agents" (DOMAIN.md: ICE
# access to jails)
SPACE_FOR_ICE = (
    r"(?:(?:the\s+)?(?:lease|leasing|rental|renting|use)\s+of\s+)?(?:(?:county|city|state)\s+)?"
    r"(?:(?:office|work|jail|interview)\s+)?(?:space|rooms?|desks?)\s+(?:(?:in|at|within)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:jails?|buildings?|facilit\w+|courthouses?|detention\s+centers?)\s+)?"
    r"(?:to|for|by)\s+(?:the\s+)?(?:(?:u\.?s\.?|united\s+states)\s+)?"
    + _AGENTS_SHORT
    # ... or any property of the place let to it: "Terminates the lease of city property to ICE"
    # (2.80.0)
    + r"|(?:lease|leasing|rental|renting)\s+of\s+(?:(?:county|city|state|public)[- ](?:owned\s+)?)?"
    r"(?:[\w-]+\s+){0,2}?(?:propert(?:y|ies)|premises|land|parcels?|buildings?|offices?|parking"
    r"|lots?|fairgrounds)\s+(?:to|for|by)\s+(?:the\s+)?(?:(?:u\.?s\.?|united\s+states)\s+)?"
    + _AGENTS_SHORT
    # ... or the agency named first: "a lease agreement with ICE for office space at the county
    # courthouse" (2.78.0)
    + r"|(?:leases?|leasing|rental|license|(?:lease\s+|rental\s+|license\s+)?agreements?)\s+with\s+"
    r"(?:the\s+)?(?:(?:u\.?s\.?|united\s+states)\s+)?"
    + _AGENTS_SHORT
    + r"\s+for\s+(?:the\s+)?(?:use\s+of\s+)?(?:(?:county|city|state)\s+)?"
    r"(?:(?:office|work|jail|interview)\s+)?(?:space|rooms?|desks?)\b"
)
# people handed to the agency, named as a thing done: "the transfer of inmates with detainers to
# ICE custody" (2.78.0)
TRANSFER_TO_ICE = (
    r"transfers?\s+of\s+(?:[\w'’-]+\s+){0,5}?(?:to|into)\s+(?:the\s+)?"
    r"(?:(?:\b(?-i:ICE)\b|(?:federal\s+)?immigration)\s+custody|custody\s+of\s+(?:the\s+)?"
    + _AGENTS_SHORT
    + r")"
)
# ... and the agency named last among those whose detainees a jail houses: "agreement for
# housing of federal detainees with U.S. Marshals Service and ICE" (2.74.0)
DETAINEES_HOUSED_WITH_ICE = (
    r"(?:contracts?|agreements?)\s+(?:for|to)\s+(?:the\s+)?(?:hous|hold|detain|incarcerat)\w*\s+"
    r"(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:detainees|inmates|prisoners)\s+(?:with|for|from)\s+"
    r"[^.;:|]{0,40}?" + _AGENTS_SHORT
)
# ... and let use a room there: "allow ICE to use a room in the jail"
AGENTS_USE_SPACE = (
    # (or kept from it: "Prohibits ICE from using county property as a staging area", 2.80.0)
    _AGENTS_SHORT
    + r"\s+(?:to\s+use|from\s+using)\s+(?:[\w-]+\s+){0,3}?(?:space|rooms?|offices?|desks?"
    # ... or a place's grounds, as a staging area: "Authorizes ICE to use the county
    # fairgrounds as a staging area" (2.80.0)
    r"|propert(?:y|ies)|premises|fairgrounds|parking\s+(?:lots?|garages?))\b"
    r"|"
    + _AGENTS_SHORT
    + r"\s+(?:to\s+use|from\s+using)\s+[^.;:|]{0,60}?\bas\s+(?:an?\s+)?staging\s+(?:areas?|grounds?"
    r"|sites?|points?)\b"
)
# ... or let see the jail's records: "allow ICE to review booking lists" (2.75.0)
AGENTS_REVIEW_RECORDS = (
    _AGENTS_SHORT
    + r"\s+(?:to\s+)?(?:review|inspect|examin|access|view|search|copy)\w*\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:booking|jail|inmate|custody|detention|arrest)\s+(?:lists?|records?|logs?"
    r"|rosters?|data|databases?|information|sheets?)\b"
)
# ... and the people a jail holds handed over as a list: "give ICE a list of foreign-born inmates"
ICE_GIVEN_A_LIST = (
    r"(?:giv|provid|send|hand|furnish)\w*\s+" + _AGENTS_SHORT + r"\s+(?:with\s+)?(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:lists?|names|rosters?)\b"
)
# Local officers serving as immigration officers, as a 287(g) agreement has them do (DOMAIN.md:
# "let ICE deputize local officers to act as immigration agents"): "deputies acting as
# immigration officers"
ACT_AS_IMMIGRATION_OFFICERS = (
    r"(?:act|serv|function)\w*\s+as\s+(?:federal\s+)?immigration\s+(?:officers?|agents?)\b"
)
# People moved by a state's own program: "transport migrants", "the relocation of aliens", "bus
# asylum seekers"
MOVES_MIGRANTS = (
    r"(?:transport\w*|relocat\w*|bus(?:es|ed|sed|ing|sing)?)\s+(?:of\s+)?(?:\w+\s+){0,2}?"
    r"(?:migrants?|aliens?|asylum seekers?)\b"
)
# A detention facility built, opened or run for immigration detention ("build and operate
# immigration detention facilities", "establish temporary detention facilities for illegal
# aliens"): a state's own detention program, or a place's facility for ICE
_BUILDS = (
    r"(?:build|construct|establish|open|expand|operat|run)\w*(?:\s+(?:and|or)\s+(?:build|construct"
    r"|establish|open|expand|operat|run)\w*)?\s+(?:\w+\s+){0,3}?"
)
# ... the facility named by whom it holds (a state's own: the federal ones say "immigration")
STATE_DETENTION_BUILT = (
    _BUILDS + r"detention\s+(?:facilit\w+|centers?|camps?)\s+for\s+(?:\w+\s+)?"
    r"(?:aliens|immigrants|migrants|noncitizens|non-citizens)"
)
DETENTION_BUILT = (
    r"(?:"
    + _BUILDS
    + r"immigration\s+detention\s+(?:facilit\w+|centers?|camps?)|"
    + STATE_DETENTION_BUILT
    + r")"
)
# A state's own entry or presence crime named as its law ("the state's new illegal entry law"),
# read as a topic and as a tool a verb acts on, and the words it cannot be named without
ENTRY_LAW_NAMED = (
    r"(?:new\s+)?(?:illegal|unlawful)\s+(?:entry|re-?entry|presence)\s+(?:laws?|statutes?)"
)
ENTRY_LAW_TRIGGERS = ("entry law", "entry statute", "presence law", "presence statute")
# The businesses that serve immigration enforcement, whose contracts a sanctuary place refuses
# ("companies that do business with ICE", "vendors that sell data to federal immigration
# authorities"): dealing with them furthers enforcement (ENFORCEMENT_TOOL, ENFORCEMENT_ACT)
VENDORS_SERVING_ENFORCEMENT = (
    r"(?:(?:companies|vendors?|contractors?|entities|businesses|firms|corporations|data\s+brokers?)"
    r"\s+(?:that|which|who)\s+(?:do\s+business\s+with|contract\s+with|provide\s+(?:[\w-]+\s+){0,2}?"
    r"(?:services|data|information|goods|technology)\s+to|sell\s+(?:[\w-]+\s+){0,2}?"
    r"(?:data|information)\s+to|work\s+(?:for|with))\s+(?:the\s+)?(?:u\.?\s?s\.?\s+)?"
    r"(?:\b(?-i:ICE)\b|immigration\s+and\s+customs|federal\s+immigration"
    r"|immigration\s+(?:authorit|enforcement|agen))\w*"
    # ... or carry the people it deports: "airlines that transport individuals who have been
    # detained by U.S. Immigration and Customs Enforcement", "charter companies that operate
    # deportation flights"
    r"|(?:airlines?|air\s+carriers?|charter\s+(?:companies|operators|airlines?)|bus\s+companies"
    r"|transportation\s+(?:companies|providers))\s+(?:that|which)\s+(?:(?:transport|fl(?:y|ies)"
    r"|carr(?:y|ies))\s+(?:[\w-]+\s+){0,4}?(?:(?:detained|held)\s+by|in\s+the\s+custody\s+of|for)"
    r"\s+(?:the\s+)?(?:u\.?\s?s\.?\s+)?(?:\b(?-i:ICE)\b|immigration\s+and\s+customs"
    r"|federal\s+immigration|immigration\s+(?:authorit|enforcement|agen)\w*|deportation|removal)"
    r"|operate\s+(?:[\w-]+\s+){0,2}?(?:deportation|removal)\s+flights))"
)
VENDOR_WORDS = (
    # (the carriers by their own names, which every such match holds: the verbs "transport",
    # "fly" or "carry" are in too many measures to gate TOOL_WORDS' long rows on)
    "airline",
    "air carrier",
    "charter compan",
    "charter operator",
    "bus compan",
    "transportation compan",
    "transportation provider",
    "business with",
    "contract with",
    "services to",
    "data to",
    "information to",
    "goods to",
    "technology to",
    "work for",
    "work with",
)
# Money for a state's or locality's own part in immigration enforcement, as a grant program
# gives it: "grants to local law enforcement agencies for immigration enforcement", "bonuses for
# officers who assist federal immigration enforcement", "state funding for local immigration
# enforcement", "the Local Law Enforcement Immigration Grant Program". The receiver is named (a
# local or state force or government) or the enforcement is called local or state; money for the
# federal agencies, or for the people enforcement touches ("grants to businesses affected by
# immigration enforcement"), is not this; nor is a reimbursement, which a Trust Act may make the
# condition of any cooperation (DOMAIN.md: "ICE pays the cost").
_MONEY_FOR = (
    r"(?:grants?|grant\s+programs?|funding|funds?|moneys|monies|bonus(?:es)?"
    r"|incentives?|incentive\s+(?:payments?|programs?)|stipends?|awards?)"
)
_LOCAL_RECEIVERS = (
    r"(?:(?:local|state|county|city|municipal|participating|eligible)\s+)*(?:law\s+enforcement"
    r"(?:\s+(?:agenc(?:y|ies)|officers?))?|sheriffs?(?:'|’)?(?:\s+offices?)?|police(?:\s+departments?)?"
    r"|officers|deputies|jails|political\s+subdivisions|counties|cities|municipalities|localities"
    # a state's own police: "funds to the department of public safety for immigration enforcement"
    r"|(?:state\s+)?department\s+of\s+(?:public\s+safety|law\s+enforcement|corrections)"
    r"|state\s+police|highway\s+patrol)"
)
# the enforcement itself, and the agency helped (after "for", "in", "with")
_ENFORCEMENT_NAMED = (
    r"(?:(?:federal|civil)\s+)*(?:immigration\s+enforcement|immigration\s+laws?)"
    r"|(?:the\s+)?enforcement\s+of\s+(?:federal\s+)?immigration\s+laws?"
    r"|\b(?-i:ICE)\b|immigration\s+and\s+customs\s+enforcement"
    r"|federal\s+immigration\s+(?:authorities|officials|agents|officers|agencies)"
)
MONEY_FOR_LOCAL_ENFORCEMENT = (
    r"(?:"
    + _MONEY_FOR
    + r"\s+(?:to|for)\s+(?:the\s+)?"
    + _LOCAL_RECEIVERS
    # ... what for: "for immigration enforcement", "to cooperate with ICE", "that participate in
    # immigration enforcement", "for the costs of enforcing immigration laws"
    + r"\s+(?:(?:for|to\s+(?:support|fund|offset|cover))\s+(?:the\s+|their\s+)?(?:costs?\s+of\s+)?"
    r"(?:enforcing\s+(?:federal\s+)?immigration\s+laws?|(?:cooperation|assistance)\s+with\s+(?:"
    + _ENFORCEMENT_NAMED
    + r")|"
    + _ENFORCEMENT_NAMED
    + r")"
    r"|(?:(?:who|that|which)\s+|to\s+)(?:participate\s+in|assist(?:\s+(?:with|in))?|engage\s+in"
    r"|cooperate\s+with|enforce|help\s+(?:with\s+)?)\s+(?:"
    + _ENFORCEMENT_NAMED
    + r"))"
    # ... or the enforcement called local: "state funding for local immigration enforcement"
    + r"|"
    + _MONEY_FOR
    + r"\s+(?:for|to\s+(?:support|fund))\s+(?:the\s+)?(?:local|state|county|city|police|sheriffs?)(?:'s|’s)?\s+"
    r"(?:immigration\s+enforcement|enforcement\s+of\s+(?:federal\s+)?immigration\s+laws?"
    r"|cooperation\s+with\s+(?:"
    + _ENFORCEMENT_NAMED
    + r"))"
    # ... or the program by its name: "the immigration enforcement grant program"
    # (after the name of the office that runs it, OBJECT_GAP: "the Florida Department of Law
    # Enforcement Local Law Enforcement Immigration Grant Program")
    + r"|(?:law\s+enforcement\s+immigration|immigration\s+enforcement)\s+"
    r"(?:grants?|grant\s+programs?|incentive\s+programs?|funds?))"
)
# ... and the receiver named after the verb that pays it, as a tool after "to" ("appropriates
# $2,000,000 to the department of public safety for immigration enforcement"; each match names
# immigration enforcement or law, words TOOL_WORDS holds)
PAID_TO_LOCAL_ENFORCEMENT = (
    r"(?<=\bto\s)(?:the\s+)?"
    + _LOCAL_RECEIVERS
    + r"\s+(?:for|to\s+(?:support|fund))\s+(?:the\s+)?(?:costs?\s+of\s+)?(?:(?:federal|civil)\s+)*"
    r"(?:immigration\s+enforcement|enforcing\s+(?:federal\s+)?immigration\s+laws?"
    r"|(?:the\s+)?enforcement\s+of\s+(?:federal\s+)?immigration\s+laws?)"
)
# the words each match of MONEY_FOR_LOCAL_ENFORCEMENT holds (TOOL_WORDS and its topic row)
MONEY_FOR_LOCAL_ENFORCEMENT_WORDS = (
    "grant",
    "fund",
    "moneys",
    "monies",
    "bonus",
    "incentive",
    "stipend",
    "award",
)
# People named by their lack of status, as police or officials would report them
NO_STATUS_PEOPLE = (
    r"(?:(?:persons?|individuals?|people|aliens?|immigrants?|inmates?|arrestees?)\s+(?:who (?:are|is)"
    r" )?(?:not lawfully present|unlawfully present|illegally present|without lawful (?:status"
    r"|presence))|illegal aliens?|undocumented (?:immigrants?|persons?|individuals?|aliens?))"
)
# A government's means put to taking people for their status, named by the people: "the use of
# city resources for the apprehension of undocumented immigrants", "local resources to assist in
# the arrest of persons unlawfully present" (2.73.0; the taking itself, not help given to them)
_TAKES_PEOPLE_VERB = r"(?:apprehen\w+|arrest\w*|detect\w*|investigat\w+|interrogat\w+)"
# the words each match of it holds (TOOL_WORDS and its topic row)
TAKES_PEOPLE_WORDS = ("apprehen", "arrest", "detect", "investigat", "interrogat")
RESOURCES_TO_TAKE_PEOPLE = (
    r"(?:resources?|funds?|monies|moneys|money|personnel|staff|equipment|facilities)\s+"
    r"(?:\w+\s+){0,3}?(?:to|for)\s+(?:(?:assist|aid|help|support)\w*\s+(?:in|with)\s+)?"
    r"(?:the\s+)?(?:purposes?\s+of\s+)?(?:"
    + _TAKES_PEOPLE_VERB
    + r"\s+(?:or|and)\s+)?"
    + _TAKES_PEOPLE_VERB
    + r"\s+(?:of\s+)?"
    + NO_STATUS_PEOPLE
    + r"\b"
)
# A tool of immigration enforcement a state or locality runs or helps, named as the object of a
# verb ("requires 287(g) agreements", "expands local enforcement of federal immigration law"):
# a verb that furthers one right before it makes the measure restrictive (DOMAIN.md stance).
ENFORCEMENT_TOOL = (
    # "287(g)", "an agreement under 8 U.S.C. 1357(g)" (the periods of U.S.C. are gone by now)
    r"(?:(?:agreements? (?:under|pursuant to) )?(?:8 usc (?:§\s*)?|section )?(?:287|1357)\s*\(g\)"
    r"|(?:local |state |police )?enforcement of (?:federal )?immigration laws?"
    # ... or a place's compliance with that law: "affirming the county's compliance with federal
    # immigration law" (2.81.0)
    r"|(?:[\w.]+(?:'s|’s)\s+)?(?:full\s+)?complian(?:ce|t)\s+with\s+(?:all\s+)?(?:applicable\s+)?"
    r"federal\s+immigration\s+laws?\b"
    r"|(?:immigration|citizenship) status (?:checks?|verifications?|inquir\w+)"
    r"|(?:verification|determination|checks?) of (?:the )?(?:immigration|citizenship) status"
    # "give ICE agents access to …", "access for ICE"
    r"|\b(?-i:ICE)\b (?:agents |officers |officials )?access\b|access (?:for|by) \b(?-i:ICE)\b"
    # ICE's requests to be told of a release: "ICE notification requests", "a request from ICE
    # for notification of an inmate's release date"
    r"|(?:\b(?-i:ICE)\b|immigration)\s+(?:notification\s+requests?|requests?\s+for\s+(?:\w+\s+)?notification)"
    r"|requests?\s+(?:from|by)\s+(?:\b(?-i:ICE)\b|federal\s+immigration\s+\w+)\s+for\s+(?:\w+\s+)?notification"
    # "access to county jails by ICE agents"
    r"|access to (?:[\w-]+ ){1,3}?(?:by|for) (?:\b(?-i:ICE)\b|(?:federal )?immigration (?:agents?"
    r"|officers?|officials?|authorit\w+))"
    r"|(?:the )?"
    + SECURE_COMMUNITIES
    + r"(?: program)?"
    # ... and ICE's program in the jails: "ends participation in ICE's Criminal Alien Program"
    + r"|(?:\b(?-i:ICE)'s |the )?criminal alien program"
    + r"|"
    + BEDS_TO_ICE
    + r"|"
    + ICE_CONTRACT_AT_JAIL
    + r"|"
    + JAIL_FOR_ICE_DETENTION
    + r"|"
    + DETAINEES_HOUSED_WITH_ICE
    + r"|"
    + SPACE_FOR_ICE
    + r"|(?:the\s+)?"
    + TRANSFER_TO_ICE
    # "appropriates funds to construct immigration detention facilities"
    + r"|"
    + DETENTION_BUILT
    # a state's own entry crime named as its law: "opposing the state's new illegal entry law"
    # (2.43.0)
    + r"|(?:state(?:'s|’s)\s+)?"
    + ENTRY_LAW_NAMED
    # ... or named alone, as a resolution for or against one does: "the proposed ICE detention
    # facility", "an ICE processing center" (2.43.0)
    + r"|(?:\b(?-i:ICE)\b|immigration)\s+(?:detention|processing)\s+(?:facilit\w+|centers?|camps?"
    r"|sites?|warehouses?)"
    # money for a state's or locality's own part in it
    + r"|"
    + MONEY_FOR_LOCAL_ENFORCEMENT
    # the businesses that serve it, and contracts with them: "bars county contracts with
    # companies that do business with ICE"
    + r"|(?:(?:contracts?|business|dealings)\s+with\s+)?"
    + VENDORS_SERVING_ENFORCEMENT
    + r"|"
    + PAID_TO_LOCAL_ENFORCEMENT
    # a government's means put to taking people for their status (2.73.0): "requires the use of
    # city resources for the apprehension of undocumented immigrants"
    + r"|(?:use\s+of\s+(?:\w+\s+){0,2}?)?"
    + RESOURCES_TO_TAKE_PEOPLE
    # "ordinances requiring landlords to verify the immigration status of tenants"
    + r"|(?:landlords?|property owners?|lessors?) to verify (?:the )?(?:immigration|citizenship) status"
    r"|(?:civil )?(?:immigration|\b(?-i:ICE)\b) (?:enforcement|arrests?|raids?) (?:at|in|near|on) "
    r"(?:state |county |public )?"
    r"(?:courthouses?|courts?|schools?|school grounds|school property|hospitals?|places of worship"
    r"|sensitive locations?)"
    # ... the place named first, as a short title does: "Courthouse Immigration Arrests", "School
    # ICE Raids"
    r"|(?:courthouse|court|school|campus|hospital|church)\s+(?:civil\s+)?(?:immigration|\b(?-i:ICE)\b)"
    r"\s+(?:enforcement|arrests?|raids?)"
    # "ICE cooperation", as a short title names cooperation with ICE
    r"|\b(?-i:ICE)\b cooperation"
    # a measure aimed at sanctuary places, named by what it targets: "the executive order
    # targeting sanctuary cities", "the state's crackdown on sanctuary cities"
    r"|(?:(?:executive\s+)?orders?|laws?|bills?|measures?|acts?|rules?|directives?|polic(?:y|ies)"
    r"|legislation|efforts?|campaigns?)\s+(?:targeting|aimed\s+at|directed\s+at|cracking\s+down\s+on"
    r"|punishing|penalizing)\s+(?:the\s+)?sanctuary\s+\w+"
    r"|crack(?:down|-down)s?\s+on\s+(?:the\s+)?sanctuary\s+\w+"
    r"|(?:police |local |county |city )?(?:assistance|help|aid) (?:to|for) (?:\b(?-i:ICE)\b"
    r"|federal immigration)"
    r"|(?:the )?state immigration enforcement (?:program|unit|office|division)"
    + r"|"
    + ENFORCEMENT_UNIT
    # "bans compliance with immigration detainers", "ends honoring ICE detainer requests"
    + r"|(?:compliance|complying|cooperation|cooperating) with (?:\w+ )?(?:immigration|\b(?-i:ICE)\b)"
    r" detainers?"
    r"|honou?ring (?:\w+ )?(?:immigration|\b(?-i:ICE)\b) detainers?"
    r"|holding (?:\w+ ){0,2}?on (?:\w+ )?(?:immigration|\b(?-i:ICE)\b) detainers?"
    # as a catch-line names them ("Immigration detainers; compliance required")
    r"|(?:civil )?(?:immigration|\b(?-i:ICE)\b) detainers?(?: requests?)?"
    # ... and by the other words for them and for the other tools: "bans immigration holds",
    # "police inquiries into immigration status", "notifying ICE of inmates' release dates"
    r"|(?:civil )?(?:immigration|\b(?-i:ICE)\b) holds?\b"
    r"|(?:(?:police|officers?'?|law\s+enforcement|sheriff'?s?|jail)\s+)?"
    r"(?:inquir(?:y|ies|ing)|question(?:s|ing)?)\s+(?:about|into|regarding)\s+(?:\w+\s+){0,2}?"
    r"(?:immigration|citizenship)\s+status"
    r"|notif(?:y|ying|ication\s+of)\s+(?:\b(?-i:ICE)\b|immigration\s+authorit\w+|federal\s+immigration"
    r"\s+\w+)\s+(?:of|about)\b"
    r"|information[- ]sharing with (?:federal immigration \w+|\b(?-i:ICE)\b)"
    r"|(?:immigration )?detention contracts?"
    r"|cooperat(?:ion|ing) with (?:federal immigration (?:authorities|officials|agen\w+|enforcement)"
    r"|\b(?-i:ICE)\b|immigration and customs)"
    r"|(?:the )?shar\w+ (?:of )?(?:information|data) with (?:federal immigration|\b(?-i:ICE)\b)"
    # a force put to it: "the use of county deputies to assist ICE", "the deployment of the
    # National Guard to carry out immigration arrests" (not federal agents: their conduct is a
    # federal matter)
    r"|(?:the )?" + FORCE_PUT_TO_ENFORCEMENT + r"|(?:the )?use of (?:county|city"
    r"|local|state|public) (?:resources|funds|personnel) (?:(?:to (?:assist|aid|help|support) |in |for )"
    r"(?:\b(?-i:ICE)\b|federal immigration|immigration enforcement)|to " + MOVES_MIGRANTS + r")"
    # a place's part in a program: "participation in federal immigration enforcement programs",
    # "ICE's Warrant Service Officer program" (a 287(g) model)
    r"|(?:federal )?immigration enforcement (?:programs?|task forces?)"
    r"|(?:\b(?-i:ICE)'s |the )?warrant service officer (?:program|agreements?)"
    r"|(?:contracts?|agreements?) with \b(?-i:ICE)\b to (?:detain|house|hold)"
    # an agreement with ICE by its kind: "the IGSA with U.S. Immigration and Customs
    # Enforcement", "the Memorandum of Agreement with ICE", "the ICE detention contract"
    r"|(?:intergovernmental service agreements?|igsas?\b|memorand(?:um|a) of (?:agreement|understanding)"
    # ... "the jail services agreement with ICE"
    r"|moas?\b|mous?\b|(?:(?:detention|jail|bed|housing|custody)\s+(?:services?\s+|space\s+)?)?"
    r"(?:contracts?|agreements?))\s+(?:\w+\s+){0,2}?(?:with|between)\s+"
    r"(?:the\s+)?(?:u\.?s\.?\s+)?(?:\b(?-i:ICE)\b|immigration and customs enforcement)"
    r"|\b(?-i:ICE)\b (?:detention|jail|bed|housing) (?:contracts?|agreements?)"
    # the service itself: "housing immigration detainees", "the detention of ICE detainees"
    r"|(?:housing|holding|detaining|boarding|(?:the )?(?:housing|detention|boarding) of) (?:federal )?"
    r"(?:immigration|\b(?-i:ICE)\b) detainees"
    # "a contract with the federal government to detain noncitizens for civil immigration custody"
    r"|(?:contracts?|agreements?) (?:with (?:the federal government|\b(?-i:ICE)\b|immigration and customs"
    r" enforcement|the department of homeland security) )?to (?:detain|house|hold) "
    r"(?:\w+ ){0,2}?(?:noncitizens|non-citizens|immigrants|aliens|immigration detainees)"
    r"|state crimes? of (?:illegal|unlawful) (?:entry|presence|reentry)"
    # a state's law of its own enforcement, by what it is: "the state's immigration enforcement
    # law", "the state law making unlawful entry a state crime"
    r"|(?:state )?immigration enforcement (?:laws?|acts?|statutes?|bills?|legislation)"
    r"|(?:laws?|acts?|statutes?|bills?|legislation) (?:that )?(?:mak(?:e|es|ing)|creat(?:e|es|ing)) "
    r"(?:illegal|unlawful) (?:entry|presence|re-?entry) (?:\w+ ){0,3}?an? (?:state )?(?:crime|offense"
    r"|misdemeanor|felony)"
    # ... and a program named by what it does: "a program to relocate unauthorized aliens to other
    # states", "a program for the transport of migrants from the border", "the state program that
    # transports migrants out of state"
    r"|programs? (?:to |for (?:the )?|of |that )?(?:transport\w*|relocat\w*|bus(?:es|ed|sed|ing|sing)?) (?:of )?"
    r"(?:(?:unauthorized|illegal|undocumented|unlawfully present) )?(?:aliens|immigrants|migrants"
    r"|asylum seekers)"
    # ... named as such a program names itself: "the Unauthorized Alien Transport Program"
    r"|(?:(?:unauthorized|illegal|undocumented) )?(?:aliens?|migrants?|immigrants?) (?:transport\w*|relocation|busing)"
    r" programs?"
    r"|(?:participation|taking part|engaging) in (?:(?:federal|civil|joint) )*immigration (?:raids?|sweeps?"
    r"|(?:enforcement )?operations?)"
    # ... said by where it sends them: "the transport of migrants from the border"
    r"|transport\w* of (?:\w+ ){0,2}?(?:migrants|aliens|asylum seekers) (?:out of (?:the|this) state"
    r"|to (?:other|another) states?|to sanctuary \w+|from the (?:southern )?border)"
    # the tools by their federal names: 287(g)'s models, the statute on status information, a
    # state's own status checks by their nickname
    r"|(?:warrant service officer|jail enforcement model|task force model)(?: (?:programs?|agreements?))?"
    r"|(?:compliance|complying) with (?:8 usc (?:§\s*)?|section )?(?:1373|1644)\b"
    r"|(?:the )?show me your papers(?: (?:laws?|provisions?|polic(?:y|ies)|requirements?))?)"
)
# A verb that furthers what it governs, in the forms a caption uses (not "requirement"); not
# after "not" or "from" ("does not allow", "prohibits counties from requiring": BARS_FURTHERING)
# Money a place takes or turns down for a tool (FURTHERS, HINDERS)
MONEY_WORD = (
    r"(?:grants?|funds|funding|reimbursements?|payments?|awards?|moneys|money|bonus(?:es)?"
    r"|incentives?)\b"
)
FURTHERS = (
    # the word boundary first: the lookbehinds then run only where a word starts
    r"\b(?<!not )(?<!never )(?<!no longer )(?<!from )"
    r"(?:requir(?:e|es|ed|ing)|mandat(?:e|es|ed|ing)|establish(?:es|ed|ing)?|expand(?:s|ed|ing)?"
    r"|encourag(?:e|es|ed|ing)|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|authoriz(?:e|es|ed|ing)"
    r"|increas(?:e|es|ed|ing)|promot(?:e|es|ed|ing)|support(?:s|ed|ing)?|endors(?:e|es|ed|ing)"
    r"|provid(?:e|es|ed|ing)(?: for)?|fund(?:s|ed|ing)?|giv(?:e|es|ing)|grant(?:s|ed|ing)?"
    # "a county may enter into a contract with …"
    r"|may (?:enter into|establish|participate in)"
    # a resolution's backing: "in support of", "expressing support for", "reaffirming the city's
    # commitment to", "calling on the legislature to strengthen", "directing staff to implement"
    r"|(?:in |express\w* )?support (?:for|of)|affirm(?:s|ed|ing)?|reaffirm(?:s|ed|ing)?"
    r"(?:\s+(?:the|its|our)\s+(?:[\w]+(?:'s|’s)\s+)?(?:commitment|support)\s+(?:to|for))?"
    r"|strengthen(?:s|ed|ing)?|implement(?:s|ed|ing)?"
    # "celebrating the passage of …", "standing with …", "in solidarity with …"
    r"|celebrat(?:e|es|ed|ing)|stand(?:s|ing)?\s+with|in\s+solidarity\s+with"
    # praised: "recognizing the sheriff's cooperation with ICE", "commending …"
    r"|recogniz(?:e|es|ed|ing)|commend(?:s|ed|ing)?|applaud(?:s|ed|ing)?|prais(?:e|es|ed|ing)"
    # the verb as a noun: "relating to the expansion of 287(g) agreements"
    # keeping or bringing one back: "extends the county's 287(g) agreement", "renews …",
    # "restores …", "continues funding for …", "reinstates …", "preserves the state's sanctuary law"
    r"|extend(?:s|ed|ing)?|renew(?:s|ed|ing)?|restor(?:e|es|ed|ing)|continu(?:e|es|ed|ing)"
    r"(?: funding for)?|reinstat(?:e|es|ed|ing)|preserv(?:e|es|ed|ing)|codif(?:y|ies|ied|ying)"
    # "urging the county to maintain …", "to uphold …", "to retain …", "to protect the Trust
    # Act" (not "protects students from …": HINDERS)
    r"|maintain(?:s|ed|ing)?|uphold(?:s|ing)?|upheld|retain(?:s|ed|ing)?"
    # ... or to respect it: "urging federal authorities to respect the city's sanctuary policy"
    # (not "with respect to …", nor "An Act respecting …", which only name a subject)
    r"|(?<!with )(?<!in )respect(?:s|ed)?(?!\s+to\b)"
    # stepped up: "steps up cooperation with ICE", "bolsters …", "makes permanent …"
    r"|step(?:s|ped|ping)?\s+up|ramp(?:s|ed|ing)?\s+up|bolster(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)"
    r"|mak(?:e|es|ing)\s+permanent"
    # an agenda's yes: "Approve the IGSA with …", "Ratify the 287(g) agreement", "Execute …"
    r"|approv(?:e|es|ed|ing)|ratif(?:y|ies|ied|ying)|execut(?:e|es|ed|ing)"
    # an agenda item named by what it is: "Amendment No. 3 to the IGSA with ICE" (an agreement
    # amended goes on; a law amended is read by what the amendment does)
    r"|amendments?\s+(?:no\.?\s*\d+\s+)?to(?=\s+(?:the\s+|an?\s+)?(?:[\w'’()-]+\s+){0,8}?(?:agreements?"
    r"|contracts?|igsas?|moas?|mous?|memorand\w+)\b)"
    # money taken for it: "accepting a grant from ICE for the 287(g) program"
    # (or a program named for it: "accepts the Local Law Enforcement Immigration Grant Program")
    r"|accept(?:s|ed|ing)?(?=\s+(?:[\w-]+\s+){0,7}?" + MONEY_WORD + r")|acceptance\s+of"
    r"|protect(?:s|ed|ing)?(?!\s+(?:[\w'’-]+\s+){0,3}?from\b)"
    r"|(?:expansion|authorization|establishment|approval|ratification) of"
    # "applies the state's sanctuary law to public universities"; "requesting the Sheriff to apply
    # for the 287(g) program"
    r"|appl(?:y|ies|ied|ying)(?:\s+(?:for|to\s+(?:join|enter(?:\s+into)?|participate\s+in)))?"
    # "appropriates funds for the county's 287(g) program"
    r"|appropriat(?:e|es|ed|ing)(?:\s+(?:funds|moneys|monies|money"
    r"|\$[\d,.]+(?:\s+(?:thousand|million|billion))?))?"
    # ... "from the general fund to …"
    r"(?:\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:funds?|accounts?|treasury))?\s+(?:for|to)"
    # made: "creates the Migrant Relocation Program" (as "establishes")
    r"|creat(?:e|es|ed|ing)"
    # its clock kept running, its case defended: "extends the sunset date of …", "removes the
    # sunset provision from …", "defends … in court"
    r"|extend(?:s|ed|ing)?\s+(?:the\s+)?(?:sunset|expiration)(?:\s+(?:date|provision|clause))?\s+(?:of|on|for)"
    r"|remov(?:e|es|ed|ing)\s+(?:the\s+)?(?:sunset|expiration)\s+(?:date|provision|clause)s?\s+(?:from|of|on)"
    r"|defend(?:s|ed|ing)?)\b"
)
# "allows … to expire": leave to run out (LETS_EXPIRE, the thing, RUNS_OUT)
LETS_EXPIRE = r"\b(?:allow|let|permit)(?:s|ed|ing|ting)?"
RUNS_OUT = r"[^.;:|]{0,80}?\bto\s+(?:expire|lapse|sunset)\b"
# A case in court and what it is against: "the Attorney General's lawsuit against", "litigation
# challenging", "the legal challenge to"
CASE_IN_COURT = (
    # whose, with or without a possessive: "the Attorney General's lawsuit", "the United States
    # Department of Justice lawsuit"
    r"(?:the\s+|a\s+|any\s+)?(?:(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+(?:'s|’s)?\s+)?"
    r"(?:legal\s+|court\s+|federal\s+)?(?:challenges?|lawsuits?|litigation|suits?)\s+"
    r"(?:to|against|challenging)"
)
# "authorizing the city attorney to challenge …", "directs the county to join litigation to block …"
TAKES_TO_COURT = (
    r"(?:\b(?:authoriz|direct|request|urg|allow|empower)\w*\s+(?:[\w'’-]+\s+){1,5}?to\s+"
    r"(?:join\s+(?:\w+\s+){0,2}?(?:litigation|lawsuits?|suits?)\s+(?:to\s+)?)?"
    r"(?:challeng(?:e|ing)|block|sue\s+to\s+(?:block|stop|enjoin))"
    # backing a case against it: "supporting the legal challenge to …"
    # (whose: "supporting the Attorney General's lawsuit against …")
    # (or its plaintiffs: "in support of the plaintiffs in the lawsuit against …")
    r"|\b(?:support|join|back|endors)\w*\s+(?:(?:of\s+)?(?:the\s+|all\s+)?(?:plaintiffs?|petitioners?"
    r"|parties)\s+(?:in|to)\s+)?" + CASE_IN_COURT + r")"
)
# only determiners and such words may stand between that verb and the tool
OBJECT_GAP = (
    r"(?:\s+(?:the|a|an|all|any|each|every|new|more|full|local|county|state|statewide|federal|proposed"
    r"|pending|planned|existing|current|revised|amended|its|their|our))*\s+"
    # "celebrating the passage of the state's sanctuary law", "opposing the adoption of …"
    # ... and kept or brought back: "opposing the renewal of …", "supporting the reinstatement of
    # …", "any strengthening of …"
    # "consider approval of …", "the Sheriff's execution of …", "a one-year extension of …"
    r"(?:(?:[\w.]+(?:'s|’s)\s+)?(?:\w+-year\s+)?(?:passage|adoption|enactment|signing|renewal|extension"
    r"|continuation|reinstatement|restoration|strengthening|preservation|approval|execution"
    # "extends the protections of the state's sanctuary law to …"
    r"|protections?"
    # ... or built: "supporting the construction of an ICE processing center", "opposing the
    # expansion of immigration detention facilities" (2.43.0)
    r"|construction|building|opening|expansion|establishment|creation|siting"
    # ... or carried out: "Prohibits the enforcement of the state's illegal entry law" (2.43.0)
    r"|enforcement"
    # ... or put to work: "limits the use of immigration detainers"
    r"|use|implementation)\s+of\s+"
    r"(?:(?:the|a|an|new|state|federal|county|city|local)\s+)*)?"
    # "the city's welcoming city ordinance", "the State of <Name>'s sanctuary laws"
    r"(?:(?:city|county|state|town|village|board|department|sheriff|"
    + _PLACE_NAMED
    + r")(?:'s|’s)\s+)?"
    # "supporting the sheriff's application for a 287(g) agreement", "funding for the ..."
    # "opposing any plan to deploy the National Guard to assist ICE"
    # ... or money for it, and who pays: "accepting a grant from ICE for the costs of the 287(g)
    # agreement", "rejecting federal reimbursement for housing immigration detainees"
    r"(?:(?:[\w.]+(?:'s|’s)\s+)?(?:(?:federal\s+|state\s+)?(?:application|request|bid|plan|proposal|funding|funds|grant"
    r"|appropriation"
    r"|reimbursement|payment|award|moneys|money)s?\s+(?:from\s+(?:[\w.&'’()-]+\s+){1,6}?)?"
    r"(?:(?:for|to\s+(?:reimburse|cover|pay\s+for|fund|offset))(?:\s+(?:the\s+)?costs?\s+(?:of|for))?"
    # "reimbursement of county costs of 287(g) participation", "the application to the … grant
    # program"
    r"|of\s+(?:(?:the|its|their|county|city|local|state)\s+)?costs?\s+(?:of|for)"
    r"|(?<=application )to|(?<=applications )to"
    # ... or to build: "provides state funds to build an immigration detention facility"
    r"|to join|to(?=\s+(?:deploy|assign|use|build|construct|open|expand|operate)\b))"
    r"|participation\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?in)"
    r"(?:\s+(?:the|a|an|new|state|federal|county|city|local))*\s+)?"
    # ... and whose: "funding for the county's 287(g) task force", "the highway patrol's
    # immigration enforcement unit"
    r"(?:(?:(?:[\w.]+\s+)?[\w.]+|" + _PLACE_NAMED + r")(?:'s|’s)\s+)?"
    # "authorizes the sheriff to rent jail beds to ICE"
    # ... "ratifies the agreement to rent jail beds to ICE"
    r"(?:(?:sheriffs?|jails?|count(?:y|ies)|cit(?:y|ies)|agenc(?:y|ies)|departments?|agreements?"
    r"|contracts?)\s+to\s+)?"
    # "ends the county's practice of holding people on ICE detainers"
    r"(?:(?:practice|policy|custom)\s+of\s+)?"
    # a grant program named after the office that runs it: "the application to the Florida
    # Department of Law Enforcement Local Law Enforcement Immigration Grant Program" (tried only
    # after a verb, not at every word as a topic row would)
    r"(?:(?:[\w.'’&-]+\s+){1,8}?(?=(?:law\s+enforcement\s+immigration|immigration\s+enforcement)"
    r"\s+grant))?"
)
# places named for their sanctuary policies: "sanctuary cities", "sanctuary jurisdictions"
_SANCTUARY_PLACES = (
    r"(?:sanctuary\s+(?:jurisdiction|cit(?:y|ies)|count(?:y|ies)|municipalit|communit|state)\w*"
    # a statute's own word for one: "a municipality of refuge shall be liable …"
    r"|(?:municipalit(?:y|ies)|jurisdictions?)\s+of\s+refuge\b)"
)
# "requires 287(g) agreements to be terminated", "requires sanctuary policies to be repealed":
# the object is furthered only if no undoing follows it
NOT_UNDONE = (
    r"(?![^.;:|]{0,30}?\bto be (?:repeal|rescind|revok|terminat|abolish|eliminat|end|withdraw)\w*"
    # "allows the county's 287(g) agreement to expire"
    r"|[^.;:|]{0,80}?\bto (?:expire|lapse|sunset)\b"
    # ... nor a measure named for undoing it: "creates the county sanctuary policy prohibition act"
    # makes the prohibition
    r"|\s+(?:prohibitions?|bans?|preemptions?|repeals?|eliminations?|abolitions?)\b)"
)
# an undoing between an opposing word and its object: "opposing the repeal of the Trust Act"
# opposes the repeal, not the act (the repeal's own cue, read inside what is opposed, turns back)
UNDOING = (
    r"\b(?:repeal|eliminat|terminat|abolish|rescind|revok|weaken|defund|delay|postpon|undermin"
    r"|dismantl|roll\w*\s*back|gut(?:s|ted|ting)?\b|cut(?:s|ting)?\b|end(?:s|ed|ing)?\b"
    # ... in other words: "opposing the rescission of …", "any erosion of …", "efforts to
    # overturn …", "the suspension of …"
    r"|rescission|revocation|erosion|erod|overturn|nullif|invalidat|suspen|revers"
    # ... or a choice not to go on: "opposing the sheriff's refusal to enter into 287(g)
    # agreements", "condemning the decision to stop …"
    r"|refus|failure|stop\b|stopp|ceas|discontinu|halt"
    # ... or an agenda's "no": "opposing the withdrawal from …", "the denial of …", "the decision
    # to decline …" (not "rejecting" or "disapproving", opposing words themselves: "opposing and
    # rejecting SB 4" is one opposition, stacked)
    r"|withdr[ae]w|cancel|non-?renew|den(?:y|ies|ied|ial)|declin"
    r"|sunset|phas\w*\s+out|wind\w*\s+down|wound\s+down|scal\w*\s+back"
    # ... or a case in court: "opposing the federal lawsuit against the city's welcoming ordinance"
    r"|(?:law)?suits?\s+(?:against|challenging)|litigation\s+(?:against|challenging)|challeng"
    # ... or any change at all: "opposing any changes to the Trust Act" keeps it as it is
    r"|(?<=any )changes?\s+to\b"
    # ... or a ban: "opposing the ban on sanctuary policies", "the bill banning sanctuary
    # policies" opposes the ban
    r"|\bban(?:s|ned|ning)?\b|prohibit|\bbar(?:s|red|ring)?\b|outlaw|preempt|forbid"
    # ... or a limit, as an act's name says it: "opposing the Limit 287(g) Act"
    r"|\blimit(?:s|ed|ing)?\b|\brestrict"
    # ... or a halt: "the implementation of the moratorium on 287(g) agreements" (2.74.0)
    r"|moratori|paus)"
)
# where a measure turns from what it opposes to what it backs: "opposing Senate Bill 4 and
# supporting the city's Welcoming City policy"
TURNS_TO_BACKING = r"\b(?:and|but|while)\s+(?:\w+\s+)?(?:support|urg|endors|affirm|reaffirm)"
# the opposed bill described by its own verb: "opposing Senate Bill 54, which would prohibit
# 287(g) agreements" opposes a ban on 287(g), not 287(g); the verb's cue, inside what is opposed,
# is read the other way (engine.opposed_spans)
DESCRIBED_BY_ITS_VERB = (
    r"\b(?:which|that|to)\s+(?:would\s+|will\s+|shall\s+|seeks?\s+to\s+)?(?:prohibit|ban|bar|repeal"
    r"|end|limit|restrict|requir|mandat|creat|establish|expand|authoriz|allow|fund|forbid|preempt"
    r"|elimin|abolish|penaliz|punish|protect|shield)"
)
# Words of a resolution's regret, which oppose what they name ("disapproving", "lamenting",
# "regretting", "expressing concern about", "asking the county to reconsider"): in HINDERS and
# OPPOSES alike
REGRETS = (
    r"disapprov(?:e|es|ed|ing)|lament(?:s|ed|ing)?|regret(?:s|ted|ting)?|reconsider(?:s|ed|ing)?"
    r"|(?:concern|disappointment|dismay|alarm)\s+(?:about|over|with|at|regarding)"
)
# A thing's start put off ("delays the effective date of the Trust Act") and a thing taken to
# court ("challenges …", "the legal challenge to …"): in HINDERS and OPPOSES alike
DELAYS_START = (
    r"(?:delay|postpon|defer)(?:s|es|ed|red|ing|ring)?\s+(?:the\s+)?(?:effective\s+date"
    r"|implementation|enforcement|operation|application)\s+of"
)
CHALLENGED = r"challeng(?:e|es|ed|ing)|(?:legal\s+|court\s+)?challenges?\s+to"
# The verb as a noun ("the repeal of", "cuts to", "any weakening of", "a delay of"), and the verbs
# that wear a thing down: in HINDERS and OPPOSES alike
HINDERING_NOUNS = (
    r"(?:repeal|prohibition|elimination|termination|abolition|defunding|weakening|roll-?back"
    r"|undermining|dismantling|rescission|revocation|suspension|erosion|nullification|reversal"
    r"|invalidation|overturning|cancell?ation|non-?renewal|denial|rejection) of|cuts\s+to"
    # "opposing any rollback in how the Trust Act is applied", "any changes to …" (kept as it is)
    r"|roll-?backs?\s+in(?:\s+how)?|(?<=any )changes?\s+to"
    r"|delays?\s+(?:of|in)"
    # "the withdrawal of the County from …"
    r"|withdrawal\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?from"
)
WEAKENS = (
    r"weaken(?:s|ed|ing)?|undermin(?:e|es|ed|ing)|dismantl(?:e|es|ed|ing)|gut(?:s|ted|ting)?"
    # "efforts to roll back …", "erodes …"
    r"|roll(?:s|ed|ing)?\s+back|erod(?:e|es|ed|ing)"
)
# Ended in other words, in HINDERS and OPPOSES alike: "sunsets the ban on …" (the verb, not "the
# sunset provision"), "phases out", "winds down", "scales back"
SUNSETS = r"(?<!the )(?<!a )sunset(?:s|ted|ting)?\b(?!\s+(?:provisions?|clauses?|dates?)\b)"
WINDS_DOWN = (
    r"phas(?:e|es|ed|ing)\s+out|wind(?:s|ing)?\s+down|wound\s+down|scal(?:e|es|ed|ing)\s+back"
)
# An agenda's no to renewing or extending, in HINDERS and OPPOSES alike: "Decline to renew the IGSA
# with ICE", "Do not renew …", "Does not reauthorize …" (2.81.0)
DECLINES_TO_RENEW = (
    r"declin(?:e|es|ed|ing)\s+to\s+(?:renew|extend|approve|sign|continue|reauthori[sz]e)"
    r"|not\s+(?:to\s+)?(?:renew|extend|reauthori[sz]e)"
)
# A verb that hinders what it governs ("ends cooperation with ICE", "repeals sanctuary policies")
HINDERS = (
    r"\b(?:(?:prohibit\w*|ban(?:s|ned|ning)?|bar(?:s|red|ring)?|end(?:s|ed|ing)?|repeal\w*"
    r"|rescind\w*|abolish\w*|eliminat\w*|terminat\w*|outlaw\w*|preempt\w*|curtail\w*"
    r"|disband\w*|dissolv\w*"
    r"|limit(?:s|ed|ing)?|restrict(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?"
    # a resolution's opposition: "condemning", "objecting to", "in opposition to", "calling for
    # an end to", "requesting the county to discontinue", "urging the county to withdraw from"
    r"|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|object(?:s|ed|ing)? to|opposition to|an end to"
    r"|deplor(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|protest(?:s|ed|ing)?"
    # money turned down: "declining federal funds for the 287(g) program"
    r"|declin(?:e|es|ed|ing)(?=\s+(?:[\w-]+\s+){0,3}?" + MONEY_WORD + r")"
    # "withdraws the sheriff's office from …"
    r"|discontinu(?:e|es|ed|ing)|withdraw(?:s|n|ing)?\s+(?:[\w'’.-]+\s+){0,3}?from"
    # money taken out: "divests from companies that do business with ICE"
    r"|divest(?:s|ed|ing)?\s+(?:[\w'’.-]+\s+){0,3}?from"
    + r"|"
    + REGRETS
    # undoing or halting one: "overturns the city's sanctuary ordinance", "invalidates any local
    # policy that limits cooperation", "suspends the county's 287(g) agreement"
    + r"|overturn(?:s|ed|ing)?|invalidat(?:e|es|ed|ing)|nullif(?:y|ies|ied|ying)|void(?:s|ed|ing)?"
    r"|suspend(?:s|ed|ing)?|paus(?:e|es|ed|ing)|halt(?:s|ed|ing)?"
    # "Resolution to stop honoring ICE detainers", "requesting that the Sheriff cease …" (not a
    # traffic stop)
    r"|(?<!traffic )(?<!vehicle )(?<!pedestrian )(?<!investigative )stop(?:s|ped|ping)?"
    r"|ceas(?:e|es|ed|ing)"
    # ended in other words: "revokes", "cancels", "sunsets", "phases out", "winds down", "scales
    # back" (and "rolls back", WEAKENS)
    r"|revok(?:e|es|ed|ing)|cancel(?:s|ed|led|ing|ling)?|"
    + SUNSETS
    + r"|"
    + WINDS_DOWN
    # an agenda's no: "Deny the 287(g) agreement", "Decline to renew the IGSA with ICE", "Do not
    # renew …"
    + r"|den(?:y|ies|ied|ying)|"
    + DECLINES_TO_RENEW
    # its clock, its money or its case in court: "delays the effective date of the Trust Act",
    # "cuts funding for the 287(g) program", "defunds …", "challenges … in court", "joins
    # litigation to block …", "supports the legal challenge to …"
    + r"|"
    + DELAYS_START
    + r"|cut(?:s|ting)?|slash(?:es|ed|ing)?|reduc(?:e|es|ed|ing)|defund(?:s|ed|ing)?|"
    + CHALLENGED
    + r"|block(?:s|ed|ing)?"
    # the verb as a noun: "relating to the repeal of 287(g) agreements", "opposing cuts to the
    # Trust Act", "any weakening of …", "a delay of …"
    + r"|"
    + HINDERING_NOUNS
    + r"|"
    + WEAKENS
    + r")\b"
    # "protects students from immigration enforcement on school grounds"
    r"|(?:protect|shield)\w*\s+(?:\w+\s+){0,3}?from\b)"
)
# A sanctuary policy named as the object of a verb: "limits sanctuary policies", "expands the
# state's sanctuary law", "ends policies restricting information sharing with ICE"
# The protective programs of the same toolkits (DOMAIN.md: municipal ID cards, public counsel in
# removal proceedings, U-visa certification policies), named as a thing a measure acts on: "the
# municipal ID program", "public legal defense for immigrants facing deportation", "U visa
# certification for crime victims"
PROTECTIVE_PROGRAM = (
    # (the cards in the plural, or the program: "denied a municipal identification card" is one
    # person refused one)
    r"(?:(?:municipal|city|county|community|resident|local)\s+(?:id|identification|identity)"
    r"(?:\s+card)?\s+(?:cards|programs?)"
    r"|(?:(?:public|free|universal)\s+)?legal\s+(?:defense|representation)\s+(?:\w+\s+){0,2}?(?:for|of)\s+"
    r"(?:\w+\s+){0,2}?(?:immigrants|noncitizens|people|persons|residents)\s+(?:facing|in)\s+"
    r"(?:deportation|removal|immigration)\b(?:\s+proceedings)?"
    r"|(?:immigrant|immigration)\s+legal\s+(?:defense|representation|services)\s+(?:funds?|programs?)"
    r"|universal\s+representation\s+(?:programs?|funds?)"
    r"|[ut][- ]visa\s+certifications?(?:\s+(?:polic(?:y|ies)|programs?))?)"
)
SANCTUARY_POLICY = (
    r"(?:(?:sanctuary|welcoming) (?:city |county |state |jurisdiction )?(?:polic(?:y|ies)|ordinances?"
    r"|laws?|status|declarations?|designations?|resolutions?)"
    r"|sanctuary (?:cit(?:y|ies)|count(?:y|ies)|jurisdictions?|states?)\b"
    r"|sanctuary for (?:criminals|criminal (?:aliens|immigrants)|illegal (?:aliens|immigrants))\b"
    r"|(?:trust|values) act\b"
    # a policy named by what it declines: "the county's policy against honoring ICE detainers"
    r"|polic(?:y|ies)\s+(?:against|of\s+not|of\s+declining\s+to|of\s+refusing\s+to|of\s+limiting)\s+"
    r"(?:honou?r|comply|complian|cooperat|shar|assist|notif)\w*"
    # an ICE-free policy by its name ("the ICE-Free Schools Act", "the Keep ICE Out of Schools Act")
    r"|ice[- ]free (?:[\w-]+ ){0,2}?(?:acts?|ordinances?|polic(?:y|ies)|laws?|zones?)\b"
    r"|(?:keep )?" + ICE_KEPT_OUT + r"(?: acts?\b)?"
    # the protective programs of DOMAIN.md's toolkits, by their names
    r"|" + PROTECTIVE_PROGRAM + r""
    # limits on a tool of enforcement: "limits on ICE access to county jails"
    r"|(?:limits|limitations|restrictions) on (?:the\s+)?(?:" + ENFORCEMENT_TOOL + r")"
    r"|(?:the )?state's sanctuary (?:law|statute|policy)"
    r"|(?:polic(?:y|ies)|ordinances?|laws?|rules?) (?:that |which )?(?:limit|restrict)\w* "
    r"(?:\w+ )?(?:cooperation|information sharing|the sharing of information|compliance|honoring"
    r"|communication|assistance)"
    # "policies that prohibit officers from honoring immigration detainers"
    r"|(?:polic(?:y|ies)|ordinances?|laws?|rules?) (?:that |which )?(?:prohibit|bar|prevent|forbid)\w* "
    r"(?:\w+ ){0,3}?from (?:honou?ring|complying|cooperating|sharing|communicating|assisting)"
    r"|limits on (?:honoring|compliance with|cooperation with) (?:\w+ )?(?:immigration|\b(?-i:ICE)\b))"
)
LIMIT_CONDITION = (
    CONDITION_BEFORE
    + r"(?:(?:adopt|enact|pass)\w*\s+(?:an?\s+|the\s+|any\s+)?"
    + SANCTUARY_POLICY
    + r"|(?:limit|restrict)\w*\s+(?:its\s+|their\s+)?(?:cooperation|assistance|communication)\s+with"
    + r"|(?:declin|refus)\w*\s+to\s+(?:honou?r|comply\s+with)\s+(?:\w+\s+){0,2}?detainers?"
    # ... or ends an agreement with the agency: "requires the approval of the council before the
    # sheriff ends the 287(g) agreement" (2.81.0)
    + r"|(?:end(?:s|ing)?|terminat\w*|withdr[ae]w\w*(?:\s+from)?|cancel\w*|rescind\w*|exit\w*)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:287\s*\(g\)|agreements?\s+with\s+(?:the\s+)?(?:\b(?-i:ICE)\b"
    r"|immigration\s+and\s+customs|federal\s+immigration)))"
)
# ... and before a place tells the agency about people or hands them over: "requires approval of
# the board before the jail notifies ICE of release dates", "requires the inmate's written
# consent before the jail shares information with ICE", "requires a judicial warrant before …"
# (a condition, as before a detainer is honored; not a check of the person's status first,
# 2.81.0)
TELLING_CONDITION = (
    r"(?:requir\w*"
    + gap_crossing_none(
        r"\bnotif|\bshar|\bdisclos|\bprovid|\btransfer|\bcommunicat|\bsend|\breport|\bverif"
        r"|\bdetermin|\bcheck|\bconfirm|\bascertain|\binquir"
    )
    + r")?(?:"
    + CONDITION_BEFORE
    # ... or a warrant first: "requires a judicial warrant before the jail notifies ICE"
    + r"|\b(?:judicial\s+(?:warrants?|orders?|subpoenas?)|court\s+orders?)\b[^.;:|]{0,60}?"
    r"\b(?:before|prior to)\b[^.;:|]{0,40}?)"
    + r"(?:(?:the|a|an|any|such)\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:may|shall|can)\s+)?"
    r"(?:notif(?:y|ies|ying)|shar(?:e|es|ing)|disclos(?:e|es|ing)|provid(?:e|es|ing)"
    r"|transfer(?:s|ring)?|communicat(?:e|es|ing)|send(?:s|ing)?)\b"
    + G
    + r"(?:\b(?-i:ICE)\b|immigration\s+and\s+customs|federal\s+immigration|immigration\s+"
    r"(?:authorit|officials?\b|officers?\b|agen))"
)
# The rows that read a verb and its object run only where one of these words occurs: every
# alternative of ENFORCEMENT_TOOL, and of SANCTUARY_POLICY, contains one (rarer than the verbs,
# so the rows run on fewer measures).
TOOL_WORDS = (
    *MONEY_FOR_LOCAL_ENFORCEMENT_WORDS,
    "compliance with",
    "compliant with",
    *VENDOR_WORDS,
    "warrant service officer",
    "criminal alien program",
    # the other words for holds, status inquiries and notices to ICE
    "immigration hold",
    "ice hold",
    "inquiries into",
    "inquiries about",
    "inquiry into",
    "inquiry about",
    "inquiring into",
    "inquiring about",
    "questions about",
    "questioning about",
    "notifying ice",
    "notify ice",
    "notification of ice",
    "notifying immigration",
    "notify immigration",
    "notifying federal",
    "notify federal",
    # a force put to enforcement, a unit made for it (FORCE_PUT_TO_ENFORCEMENT, ENFORCEMENT_UNIT):
    # each names immigration law, enforcement, arrests or raids, or ICE helped
    "immigration task",
    "immigration unit",
    "immigration division",
    "immigration team",
    "immigration squad",
    "immigration law",
    "immigration raid",
    "immigration sweep",
    "immigration operation",
    "relocat",
    "busing program",
    # a government's means put to taking people (RESOURCES_TO_TAKE_PEOPLE)
    *TAKES_PEOPLE_WORDS,
    # a detention facility built or run (DETENTION_BUILT)
    "detention facilit",
    "detention center",
    "detention camp",
    "detention site",
    "detention warehouse",
    "processing center",
    "processing facilit",
    "processing site",
    "processing warehouse",
    *ENTRY_LAW_TRIGGERS,
    # a measure aimed at sanctuary places
    "targeting sanctuar",
    "aimed at sanctuar",
    "directed at sanctuar",
    "down on sanctuar",
    "punishing sanctuar",
    "penalizing sanctuar",
    "federal immigration",
    "assist ice",
    "aid ice",
    "support ice",
    "jail enforcement model",
    "task force model",
    "1373",
    "1644",
    "show me your papers",
    "287",
    "detainer",
    "detention contract",
    "1357",
    "enforcement of",
    "status",
    "cooperation with",
    "cooperating with",
    # room in a jail for ICE (SPACE_FOR_ICE)
    "space",
    "room",
    "desk",
    "shar",
    "use of",
    "to detain",
    "to house",
    "to hold",
    "crime",
    "transport",
    "immigration enforcement",
    "immigration arrest",
    "ice raid",
    "ice arrest",
    "ice enforcement",
    "ice cooperation",
    "assistance",
    "help",
    "aid to",
    "aid for",
    "access",
    "secure communities",
    "rent",
    "leas",
    # an agreement with ICE by its kind
    "agreement with",
    "agreements with",
    "contract with",
    "contracts with",
    "igsa",
    "intergovernmental service",
    "memorand",
    "moa with",
    "mou with",
    "moas with",
    "mous with",
    # ... by whose detainees it houses (DETAINEES_HOUSED_WITH_ICE)
    "agreement for",
    "agreements for",
    "contract for",
    "contracts for",
    "ice detention",
    "ice jail",
    "ice bed",
    # the contract named by where it holds them (ICE_CONTRACT_AT_JAIL)
    "ice contract",
    "ice agreement",
    "ice housing",
    "immigration detainees",
    "ice detainees",
)
POLICY_WORDS = (
    "sanctuar",
    "welcoming",
    "trust act",
    "values act",
    "limit",
    "restrict",
    "ice-free",
    "ice free",
    "ice out of",
    # a policy named by what it declines
    "policy against",
    "policies against",
    "policy of not",
    "policies of not",
    "policy of declin",
    "policy of refus",
    "policy of limit",
    # ... or by what it bars ("ordinances that bar officers from honoring …")
    "from honoring",
    "from honouring",
    "from complying",
    "from cooperating",
    "from sharing",
    "from communicating",
    "from assisting",
    # the protective programs (PROTECTIVE_PROGRAM)
    "id card",
    "id program",
    "identification card",
    "identification program",
    "identity card",
    "legal defense",
    "legal representation",
    "universal representation",
    "visa certification",
)
# "prohibits counties from requiring 287(g) agreements", "bars the state from entering into
# contracts with ICE to detain ...": a ban on furthering a tool hinders it
BARS_FURTHERING = (
    r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|may not|shall not)"
    + G_SHORT
    # "prohibits municipalities from adopting ordinances requiring landlords to verify …"
    + r"\bfrom (?:(?:adopting|enacting) (?:ordinances?|polic(?:y|ies)|rules?|laws?) )?"
    # ... "ordinances that require landlords to verify …" (2.43.0)
    + r"(?:(?:that|which) (?:require|mandate|authorize|allow|permit)s?|requiring|mandating"
    r"|establishing|expanding|encouraging|allowing|permitting"
    r"|authorizing|increasing|promoting|entering into|joining|participating in|signing|renewing"
    r"|giving|granting|providing|creating|operating|running|funding|maintaining|administering)"
    + OBJECT_GAP
    + ENFORCEMENT_TOOL
)
# --- who is told to act, and what they are told -------------------------------------------------
# Summaries name the government they bind and then what it must, may or may not do: "Prohibits
# local governments from declining immigration detainer requests", "Requires law enforcement
# agencies to use public resources to assist immigration enforcement", "Counties and cities may
# not limit cooperation with federal immigration authorities". The side is what that act is
# (helping enforcement, or what a sanctuary place does) turned by the verb that governs it.
# The government named: a few words, no clause break ("local governments", "the sheriff's office")
# (no word that limits or bars: "repeals the ban on limits on honoring detainers" names no one)
# (nor "to": "urging the county to reverse its decision to honor …" names the county, not a
# government called "the county to reverse its decision")
ACTOR_WORD = (
    # (nor a policy against the act: "the county's policy against honoring ICE detainers")
    r"(?!(?:limit\w*|restrict\w*|prohibit\w*|bans?|bar(?:s|red)?|declin\w*|refus\w*|not|no|to"
    r"|against)\s)"
    r"[\w'’()-]+\s+"
)
ACTOR_GAP = rf"(?:{ACTOR_WORD}){{1,8}}?"
# ... the same, ending in a word that names a government or its people: who is punished or
# rewarded for an act must be one ("penalties for persons who transport aliens into the state"
# punish smuggling, not a government's act)
GOV_WORD = (
    r"(?:officials?|officers?|employees?|agenc(?:y|ies)|jurisdictions?|governments?|entit(?:y|ies)"
    r"|cit(?:y|ies)|count(?:y|ies)|municipalit(?:y|ies)|localit(?:y|ies)|sheriffs?|departments?"
    r"|subdivisions?|jails?|boards?|councils?|districts?|institutions?|schools?|colleges?"
    r"|universit(?:y|ies)|towns?|townships?|villages?|boroughs?|parishes"
    # "the department of corrections", "the city's police"
    r"|corrections|police)"
)
GOV_ACTOR_GAP = rf"(?:{ACTOR_WORD}){{0,6}}?" + GOV_WORD + r"\s+"
# ... or its police, or the state: who "requires that …" binds ("requires that local police …",
# not "requires that any contract with ICE be approved")
AGENCY_GAP = rf"(?:{ACTOR_WORD}){{0,6}}?(?:" + GOV_WORD + r"|state|office|enforcement)\s+"
# ... and the word that turns to what it did ("cities that …", "sheriffs for …")
# (a state too, where a clause says what it does: "withholds federal funds from States that …")
GOV_NAMED = (
    rf"(?:{ACTOR_WORD}){{0,6}}?(?:"
    + GOV_WORD
    + r"\s+(?:for|that|which|who)|states?\s+(?:that|which|who|for(?=\s+\w+ing\b)))\s+"
)
# What punishes a government, up to the government: "withholds state funds from", "imposes civil
# penalties on", "removes from office", "authorizes the attorney general to sue", "creates a
# cause of action against", "waives the governmental immunity of"; and the punishment said after
# the act ("makes cities that … ineligible for state grants", "subjects counties that … to civil
# penalties"), looked for ahead
_PUNISHED_LATER = r"(?:that|which|who)\s+[^.;:|]{0,160}?"
# verbs that bar a government from something ("prohibits counties from …")
BARS_FROM = (
    r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|preclud\w*|prevent\w*"
    # "blocks", "disallows", "restrains" or "keeps" a government from an act bars it
    r"|\bblock(?:s|ed|ing)?\b|disallow\w*|restrain(?:s|ed|ing)?\b|\bkeep(?:s|ing)?\b|\bkept\b"
    # "stops", "forbids" or "restricts" a government from an act
    r"|\bstop(?:s|ped|ping)?\b|forb[ia]d\w*|restrict(?:s|ed|ing)?\b"
    # ... or "enjoins" it, as a court's order words the bar
    r"|\benjoin(?:s|ed|ing)?\b"
    # ... or "discourages" it, as a council's resolution asks its own sheriff (2.69.0)
    r"|discourag(?:e|es|ed|ing)\b)\s+"
)
# "assistance" that is money: "Federal financial assistance", not "assistance in enforcement"
_ASSISTANCE_AS_MONEY = r"(?:(?<=financial\s)|(?<=federal\s)|(?<=state\s))assistance\b"
ASSISTANCE_TRIGGERS = ("financial assistance", "federal assistance", "state assistance")
_MONEY = (
    r"(?:all\s+|any\s+)?(?:state\s+|federal\s+|public\s+)?"
    # "federal law enforcement grants", "certain highway funds", "State Criminal Alien
    # Assistance Program funds"
    # (not "the use of funds to penalize …", what the money may not do)
    r"(?:(?!from\b|to\b|for\b|use\b|of\b)[\w-]+\s+){0,4}?(?:funds|funding|grants?|aid|moneys"
    r"|monies|revenues?|appropriations?|payments|reimbursements?|" + _ASSISTANCE_AS_MONEY + r")"
    # ... and the program they come from: "funds under the State Criminal Alien Assistance
    # Program"
    r"(?:\s+(?:under|from)\s+(?:the\s+)?(?:[\w()'’-]+\s+){0,6}?(?:program|act|fund|account)\b)?"
)
# what a government barred "from receiving" is denied ("prohibits cities that … from receiving
# state grants", "bars counties that … from contracting with the state"), looked for ahead
_BARRED_LATER = (
    r"\bfrom\s+(?:receiv|obtain|accept|qualify|apply\w*\s+for|being\s+(?:award|eligible|grant)"
    r"|contract|participat)\w*"
)
BARRED_LATER_TRIGGERS = (
    "from receiv",
    "from obtain",
    "from accept",
    "from qualif",
    "from apply",
    "from being",
    "from contract",
    "from participat",
)
# The verb that lets or tells someone punish or reward, read with the punishment or reward it
# comes before: "authorizes the attorney general to …", "the attorney general shall …" (2.62.0)
LET_OR_TOLD_TO = (
    r"(?:(?:authoriz|allow|permit|direct|requir|empower)\w*\s+(?:[\w'’-]+\s+){1,4}?to"
    r"|shall|may|must)\s+"
)
# ... and the one that denies it: "may not", "shall not", "cannot", "no state agency shall"
DENIED_TO = (
    r"(?:\bno\s+(?:[\w'’-]+\s+){0,4}?(?:shall|may)|\b(?:shall|may|must|will)\s+not|\bcannot)"
)
_COMPLAINT_AGAINST = r"complaints?\s+(?:with\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?against"
SANCTION = (
    r"(?:\b(?:(?:withh[oe]ld\w*|den(?:y|ies|ied|ying)|cut(?:s|ting)?\s+off|reduc\w+|forfeit\w*)\s+"
    # ("reduce the amount of Federal funds available to States that …")
    + r"(?:the\s+(?:amount|level|share)\s+of\s+)?"
    + _MONEY
    + r"\s+(?:(?:available|paid|provided|allocated)\s+)?(?:from|to|for)"
    # "restricts state funding for cities that …" (not "limits grants to counties that …", which
    # keeps the money for them); "limits the use of Federal funds by …"
    + r"|(?:restrict|limit)\w*\s+"
    + _MONEY
    + r"\s+for|(?:restrict|limit)\w*\s+(?:the\s+)?use\s+of\s+"
    + _MONEY
    + r"\s+by"
    # the people they hold released, limited: "to limit the release of aliens by jurisdictions
    # that do not honor immigration detainers"
    + r"|(?:prohibit\w*|\bbar(?:s|red|ring)?|limit\w*|restrict\w*)\s+(?:the\s+)?releas\w*\s+of\s+"
    r"(?:[\w'’-]+\s+){0,4}?by"
    # "limits the eligibility of States that … for federal grants", "holds accountable
    # jurisdictions that …", "may not enter into contracts with any locality that …"
    # ("limit the eligibility for Community Oriented Policing Services grants of any State …")
     + r"|(?:restrict|limit|revok|terminat|narrow|condition)\w*\s+(?:the\s+)?eligibility\s+"
    r"(?:for\s+[^.;:|]{0,80}?\s)?of"
    + r"|hold(?:s|ing)?\s+accountable"
    + r"|(?:may|shall)\s+not\s+(?:enter\s+into\s+)?contracts?\s+with"
    # ... barred from contracting with them, or from giving them money: "prohibits state
    # agencies from contracting with …", "prohibits the state from awarding grants to …"
    + r"|"
    + BARS_FROM
    + ACTOR_GAP
    + r"from\s+(?:(?:entering\s+into\s+contracts?|contracting)\s+with"
    + r"|(?:award|provid|giv|allocat|distribut|disburs|pay)\w*\s+"
    + _MONEY
    + r"\s+to)"
    # ... or the money itself barred: "to prohibit the provision of Federal funds to …"
    + r"|(?:prohibit\w*|\bbar(?:s|red|ring)?|\bban(?:s|ned|ning)?)\s+(?:on\s+)?(?:the\s+)?"
    r"(?:(?:provision|award\w*|disburs\w+|distribut\w+|payment|allocation)\s+of\s+"
    + _MONEY
    + r"\s+to"
    # ... or named alone: "to prohibit Federal law enforcement grants to States that …", "to
    # prohibit Federal funds from being provided to States that …"
    + r"|"
    + _MONEY
    + r"\s+(?:from\s+being\s+(?:provid|award|given|distribut|allocat|paid|disburs|made\s+available)\w*\s+)?"
    r"(?:to|for)"
    # (not "the use of funds to penalize cities that …", what the money may not do)
    + r"|use\s+of\s+"
    + _MONEY
    + r"\s+(?:for|by))"
    # ... or the government barred from the money, said after it ("prohibits cities that … from
    # receiving state grants"): up to the government
    + r"|(?:prohibit\w*|\bbar(?:s|red|ring)?|\bban(?:s|ned|ning)?|preclud\w*|disqualif\w*)(?=\s+"
    + GOV_NAMED
    + r"[^.;:|]{0,160}?"
    + _BARRED_LATER
    + r")"
    # ("creates a criminal penalty for an official who …", "a fine of $5,000 on …")
    r"|(?:(?:civil|criminal)\s+)?(?:penalt(?:y|ies)|fines?|sanctions?)"
    r"(?:\s+of\s+(?:up\s+to\s+)?(?:\$\s?)?[\d,.]+(?:\s+dollars)?)?\s+(?:imposed\s+)?(?:on|upon|against"
    r"|for)"
    # a punishment by its verb, read from the verb that lets or tells someone punish: "authorizes
    # the attorney general to prosecute a sheriff who …", "the attorney general shall bring an
    # action against …" (from there, so the permission is not read as letting the act punished:
    # "authorizes … to penalize a sheriff who honors a detainer without a warrant")
     + r"|(?:" + LET_OR_TOLD_TO + r")?"
    r"(?:remov(?:e|es|ed|ing|al)\s+from\s+office(?:\s+of)?"
    # "authorizes the Governor to suspend local officials who …", "requires the attorney general
    # to investigate local governments that …"
    r"|suspen(?:d|ds|ded|ding|sion)(?:\s+from\s+office)?(?:\s+of)?"
    r"|investigat(?:e|es|ed|ing|ions?\s+(?:of|into))"
    r"|prosecut(?:e|es|ed|ing|ions?\s+of)"
    r"|punish(?:es|ed|ing)?|penali[sz](?:e|es|ed|ing)"
    # "… to seek civil penalties against a county that …"
    r"|(?:seek|impos|assess|levy|recover)\w*\s+(?:an?\s+)?(?:(?:civil|criminal)\s+)?"
    r"(?:penalt(?:y|ies)|fines?|sanctions?)\s+(?:on|upon|against|from)"
    # ("prohibits the Department of Justice from suing States that …", "… from bringing a civil
    # action against a State for enforcing …", "to file suit against …")
    r"|su(?:e|es|ed|ing)|(?:bring|fil)\w*\s+(?:an?\s+)?(?:civil\s+)?(?:suits?|actions?)\s+against"
    # ... or a complaint that sets one going: "allows any resident to file a complaint with the
    # attorney general against a city that …" (2.75.0)
    r"|(?:fil|submit|lodg)\w*\s+(?:an?\s+)?" + _COMPLAINT_AGAINST + r")"
    r"|suits?\s+against|(?:causes?\s+of\s+)?actions?\s+against|"
    + _COMPLAINT_AGAINST
    + r"|waiv\w+\s+(?:the\s+)?(?:governmental\s+|sovereign\s+)?immunity\s+(?:of|for)"
    r"|(?:mak|render|deem)\w*(?=\s+"
    + GOV_ACTOR_GAP
    + _PUNISHED_LATER
    + r"\b(?:ineligib|disqualif|liab)\w*)"
    + r"|subject\w*(?=\s+"
    + GOV_ACTOR_GAP
    + _PUNISHED_LATER
    + r"\bto\s+(?:an?\s+|the\s+)?(?:civil\s+|criminal\s+)?(?:penalt|fine|liab|suit|action|removal"
    r"|forfeit|loss|sanction)\w*))\s+)"
)
SANCTION_TRIGGERS = (
    "withh",
    "deny",
    "denies",
    "denied",
    "denying",
    "cut off",
    "cuts off",
    "cutting off",
    "reduc",
    "forfeit",
    "penalt",
    "fine",
    "sanction",
    "from office",
    "suspen",
    "investigat",
    "prosecut",
    "punish",
    "penaliz",
    "penalis",
    " sue",
    " suing",
    "suit",
    "action against",
    "actions against",
    "claim against",
    "claims against",
    "complaint",
    "immunity",
    "ineligib",
    "disqualif",
    "liab",
    "removal",
    "loss",
    # CRIME_FOR: "makes it a crime for …"
    "make it",
    "makes it",
    "making it",
    # money restricted, barred or refused after the government ("… from receiving")
    "fund",
    "grant",
    "aid",
    "moneys",
    "monies",
    "revenue",
    "appropriation",
    "payments",
    "reimbursement",
    *ASSISTANCE_TRIGGERS,
    "eligibility",
    "accountable",
    "release of",
    "contract",
    "of action",
    "remed",
    *BARRED_LATER_TRIGGERS,
)
# A government punished for an act is barred from it (BARRED), in the words of money, penalties
# and suits: up to the act
# ... or the act made a crime or misconduct: "makes it a Class A misdemeanor for an official to
# …", "makes it official misconduct for a sheriff to …"
CRIME_FOR = (
    r"\bmak(?:e|es|ing)\s+it\s+(?:an?\s+)?(?:(?:(?:class\s+\w+|\w+-degree)\s+)?(?:crime|felony"
    r"|misdemeanor|criminal\s+offense|offense)|official\s+misconduct|(?:a\s+)?grounds?\s+for\s+"
    r"removal(?:\s+from\s+office)?)\s+for\s+" + GOV_ACTOR_GAP + r"to\s+"
)
PUNISHED = r"(?:" + SANCTION + GOV_NAMED + r"|" + CRIME_FOR + r")"
# A government or its officials barred from standing in enforcement's way, or made criminals for
# it: "Prohibits local officials from interfering with federal immigration enforcement
# operations", "Makes it a felony for a public official to obstruct immigration enforcement"
# (DOMAIN.md: anti-sanctuary laws punish officials; not a crime for anyone to impede an agent,
# which protects the federal agents: an outside matter)
OFFICIALS_BARRED_FROM_OBSTRUCTING = (
    r"(?:"
    + BARS_FROM
    + GOV_ACTOR_GAP
    + r"from\s+|"
    + CRIME_FOR
    # ... by a means of its own: "from using zoning to block …" (2.79.0)
    + r")(?:us(?:e|ing)\s+(?:[\w'’-]+\s+){1,4}?to\s+)?"
    # ... or kept from blocking it: "prohibits a city from blocking 287(g) agreements", "… from
    # interfering with the operation of an immigration detention facility" (2.79.0)
    r"(?:(?:obstruct|interfer|imped|hinder|thwart)\w*\s+(?:with\s+)?(?:\w+\s+){0,4}?"
    r"(?:(?:federal\s+)?immigration|\b(?-i:ICE)\b|287\s*\(g\))"
    # (blocked or prevented: enforcement itself, not "preventing immigration fraud")
    # (not a bar on barring: "from preventing its employees from declining immigration detainer
    # requests" is the other way)
    r"|(?:block|prevent)\w*\s+(?:(?!from\b|declin|refus|limit|restrict|prohibit)\w+\s+){0,4}?"
    r"(?:\b(?-i:ICE)\b|287\s*\(g\)|(?:federal\s+)?immigration\s+"
    r"(?:enforcement|detention|detainers?|holds?|arrests?|raids?|agreements?|authorit(?:y|ies)|officers?"
    r"|agents?|laws?)))"
)
OBSTRUCTING_TRIGGERS = ("obstruct", "interfer", "imped", "hinder", "thwart", "block", "prevent")
# A case in court opposed, up to what it is against: "opposing the federal lawsuit against …"
OPPOSES_A_CASE = (
    r"\b(?:oppos(?:e|es|ed|ing)|condemn\w*|denounc\w*|object\w*\s+to|reject\w*)\s+" + CASE_IN_COURT
)
# A government praised or blamed for what it did, up to the act: "commending the police chief
# for refusing to honor ICE detainers", "censuring the mayor for signing …" (praise backs the
# act, blame opposes it); one person in office counts as the government here. The words are the
# rows' triggers and the patterns' stems alike.
PRAISE_TRIGGERS = (
    "thank",
    "commend",
    "applaud",
    "prais",
    "congratulat",
    "recogniz",
    "salut",
    "laud",
    "celebrat",
)
BLAME_TRIGGERS = (
    "criticiz",
    "censur",
    "rebuk",
    "condemn",
    "denounc",
    "reprimand",
    "admonish",
    "scold",
    "castigat",
)
_PRAISED_GOV = (
    rf"(?:{ACTOR_WORD}){{0,6}}?(?:{GOV_WORD}|chiefs?|mayors?|governors?|commissioners?|executives?"
    r"|managers?|attorneys?\s+general|administrators?|supervisors?)\s+"
)
_FOR_ITS = r"(?:for|on)\s+(?:(?:its|his|her|their)\s+)?(?:decision\s+to\s+)?"
PRAISED_FOR = r"\b(?:" + "|".join(PRAISE_TRIGGERS) + r")\w*\s+" + _PRAISED_GOV + _FOR_ITS
BLAMED_FOR = r"\b(?:" + "|".join(BLAME_TRIGGERS) + r")\w*\s+" + _PRAISED_GOV + _FOR_ITS
# what a place or an officer may be shielded from
SHIELDED_FROM = (
    r"(?:(?:any|all|civil|criminal|state|federal)\s+){0,2}(?:liability|suits?|lawsuits?|retaliation"
    r"|prosecution|penalt(?:y|ies)|punishment|discipline|sanctions?)\b"
)
# ... said after the act: "a county that adopts a sanctuary policy is immune from suit"
SHIELDED_AFTER = (
    r"[^.;:|]{0,120}?\b(?:is|are|(?:shall|will|must|may)\s+be)\s+(?:hereby\s+)?(?:immune|exempt|shielded"
    r"|protected)\s+from\s+" + SHIELDED_FROM
)
SHIELDED_AFTER_TRIGGERS = ("immune", "exempt", "shielded", "protected")
# What rewards a government, up to the government: "provides grants to", "reimburses",
# "indemnifies", "grants immunity from civil liability to"
REWARD = (
    # read from the verb that tells or lets someone reward, as a punishment is (``SANCTION``):
    # "requires the state to defend and indemnify a sheriff who …" (2.62.0)
    r"(?:" + LET_OR_TOLD_TO + r"(?:defend\s+and\s+)?)?"
    r"(?:\b(?:(?:provid|award|offer)\w*\s+(?:(?:state|federal|financial)\s+){0,2}(?:grants?|funds|funding"
    r"|incentives?|reimbursements?|bonus(?:es)?|stipends?|"
    + _ASSISTANCE_AS_MONEY
    + r")\s+(?:to|for)"
    r"|grant\s+programs?\s+for|reimburs(?:e|es|ed|ing)|(?:the\s+)?reimbursement\s+of"
    r"|indemnif(?:y|ies|ied|ying)"
    # money kept for them alone: "limits federal grants to jurisdictions that …"
    # ("limit the availability of Byrne JAG grants to jurisdictions that …")
    r"|(?:restrict|limit)\w*\s+(?:the\s+(?:availability|award|provision)\s+of\s+)?"
    + _MONEY
    + r"\s+(?:only\s+)?to"
    r"|immun(?:ity|e)\s+(?:from\s+(?:civil\s+|criminal\s+)?liability\s+)?(?:to|for)"
    # ... a defense paid for them: "provides a legal defense to a sheriff who …" (2.62.0)
    r"|(?:provid|offer|fund)\w*\s+(?:an?\s+|free\s+)?legal\s+(?:defen[cs]e|representation)\s+(?:to|for)"
    # ... or shielded from what would punish them: "shields a county that … from liability",
    # "protects officers who … from retaliation" (2.62.0)
    r"|(?:shield|protect)\w*(?=\s[^.;:|]{0,200}?\bfrom\s+" + SHIELDED_FROM + r"))\s+)"
)
REWARD_TRIGGERS = (
    "grant",
    "payment",
    *ASSISTANCE_TRIGGERS,
    "fund",
    "incentive",
    "reimburs",
    "bonus",
    "stipend",
    "indemnif",
    "immun",
    "legal defen",
    "legal representation",
    "shield",
    "protect",
)
# A government rewarded for an act is told to do it (TOLD): up to the act
REWARDED = REWARD + GOV_NAMED
# Where a person is said to be without status (a country or a state, not a building), and the
# clause a statute says it in
_THIS_COUNTRY = r"(?:the\s+united\s+states|th(?:is|e)\s+(?:state|country|commonwealth))"
_WHO_IS_UNLAWFULLY_PRESENT = (
    r"\s+who\s+(?:is|are)\s+(?:unlawfully|illegally|not\s+lawfully)\s+present"
)
# People a landlord or an employer is barred from taking in, by their status after them as
# ordinances name them: "persons not lawfully present in the United States", "undocumented
# tenants" (2.64.0)
PEOPLE_NOT_PRESENT = (
    r"(?:(?:persons?|individuals?|people|tenants?|occupants?|renters?|families)\s+(?:who\s+(?:is|are)\s+)?"
    r"(?:not\s+lawfully|unlawfully|illegally)\s+present"
    r"|undocumented\s+(?:persons?|people|individuals?|tenants?|occupants?|renters?|families))"
)
# People named by their status after them, as a state's harboring and transport crimes name
# them: "an alien who entered the country illegally", "a person who is unlawfully present"
PEOPLE_WITHOUT_STATUS_AFTER = (
    r"(?:aliens?|immigrants?|persons?|individuals?)\s+who\s+(?:(?:is|are|was|were)\s+"
    r"(?:unlawfully|illegally|not\s+lawfully)\s+present|(?:(?:has|have)\s+)?(?:(?:illegally|unlawfully)"
    r"\s+entered|entered\s+(?:the\s+united\s+states|th(?:is|e)\s+(?:country|state))\s+(?:illegally"
    r"|unlawfully|without\s+(?:authorization|inspection))))"
)
# A state's ban on entering it, as its illegal-entry crime is also written: "prohibits an alien
# who is unlawfully present in the United States from entering or attempting to enter this
# state", "entry into this state by an alien not lawfully present"; and its reentry crime: "an
# alien who has been denied admission to or deported from the United States … enters, attempts
# to enter, or is at any time found in this state"
_WITHOUT_PRESENCE = r"(?:unlawfully|illegally|not\s+lawfully)\s+present\b"
STATE_ENTRY_CRIME = (
    r"(?:aliens?|persons?|individuals?|noncitizens?)\b[^.;:|]{0,40}?\b"
    + _WITHOUT_PRESENCE
    + r"[^.;:|]{0,60}?\bfrom\s+(?:attempting\s+to\s+)?(?:re-?)?enter\w*"
    r"(?:\s+or\s+(?:attempting\s+to\s+)?(?:re-?)?enter\w*)?\s+(?:into\s+)?(?:this|the)\s+state\b"
    r"|\b(?:re-?)?entry\s+into\s+(?:this|the)\s+state\s+by\s+(?:an?\s+|any\s+)?(?:aliens?|persons?"
    r"|individuals?|noncitizens?)\b[^.;:|]{0,40}?\b"
    + _WITHOUT_PRESENCE
    + r"|\baliens?\s+who\s+(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:previously\s+)?"
    r"(?:denied\s+admission|excluded|deported|removed)\b[^.;:|]{0,120}?\b(?:(?:re-?)?enters?"
    r"|attempts?\s+to\s+(?:re-?)?enter|is\s+(?:at\s+any\s+time\s+)?found\s+in)\s+(?:(?:or|,)\s+"
    r"(?:attempts?\s+to\s+(?:re-?)?enter|is\s+(?:at\s+any\s+time\s+)?found\s+in)\s+)*(?:this|the)\s+state\b"
)
# People named by their status, as state enforcement names them ("illegal aliens", "migrants")
PEOPLE_WITHOUT_STATUS = (
    r"(?:illegal (?:aliens?|immigrants?)|undocumented (?:immigrants?|persons?|individuals?|people)"
    r"|unauthorized (?:aliens?|immigrants?)|unlawfully present (?:aliens?|persons?|individuals?)"
    # ... or by where they are: "any person who is unlawfully present in the state", "aliens who
    # have entered the United States illegally" (not a trespasser's "present on the premises"; an
    # alien's presence needs no place: "detain aliens who are unlawfully present")
    r"|aliens?"
    + _WHO_IS_UNLAWFULLY_PRESENT
    + r"|(?:persons?|individuals?|people)"
    + _WHO_IS_UNLAWFULLY_PRESENT
    + r"\s+in\s+"
    + _THIS_COUNTRY
    + r"|(?:persons?|individuals?|people|aliens?)\s+who\s+(?:(?:is|are)\s+in|(?:ha(?:s|ve)\s+)?entered)\s+"
    + _THIS_COUNTRY
    + r"\s+(?:illegally|unlawfully)"
    r"|migrants?|noncitizens?|non-citizens?)"
)
# A state or locality taking them itself (DOMAIN.md: state enforcement, "state transport or
# detention programs"): "arrest illegal aliens", "detain and deport illegal immigrants", "jail
# migrants for criminal trespass"
# (verbs, not "the deportation of …" nor "the incarceration of …", which name no state's act)
TAKES_MIGRANTS = (
    r"(?:(?:arrest(?:s|ed|ing)?|apprehend(?:s|ed|ing)?|detain(?:s|ed|ing)?|jail(?:s|ed|ing)?"
    r"|deport(?:s|ed|ing)?|remov(?:e|es|ed|ing)|expel(?:s|led|ling)?)\s+(?:(?:and|or)\s+\w+\s+)?"
    r"(?:(?!of\b)[\w-]+\s+){0,2}?" + PEOPLE_WITHOUT_STATUS + r"\b"
    # people, not their things ("migrant encampments", "migrants' property"), and not a voter
    # roll's or a jury list's names ("remove noncitizens from voter rolls" is election law)
    r"(?!['’]|\s+(?:encampments?|shelters?|camps?|housing|centers?|workers?|farmworkers?|children"
    r"|students|families|communit\w+|services?|property|belongings|vehicles?)\b)"
    r"(?![^.;:|]{0,40}?\b(?:voters?|registration|rolls?|lists?|ballots?|jury|jurors?|elections?)\b)"
    # ... or taken to the border: "transport migrants who entered illegally to the border",
    # "return illegal aliens to the border", "remove aliens convicted of a crime to a port of
    # entry" (DOMAIN.md: a state's transport program)
    r"|(?:transport|return|escort|bus|remov|deliver|relocat)\w*\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:migrants?|aliens?|immigrants?|noncitizens?|non-citizens?|asylum seekers?"
    r"|(?:persons?|individuals?)" + _WHO_IS_UNLAWFULLY_PRESENT + r")\b"
    r"[^.;:|]{0,60}?\bto\s+(?:the\s+|a\s+)?(?:[\w.-]+\s+){0,2}?(?:border|ports?\s+of\s+entry)\b"
    r")"
)
# ICE told of a person, or handed one, in other words than "notify" or "transfer": "provide ICE
# with 48 hours notice", "give ICE advance notice", "tell ICE when …", "send inmates' fingerprints
# to ICE"; "turn inmates over to ICE", "hand over …", "deliver inmates to ICE", "release inmates
# into ICE custody" (not records or data turned over: that is sharing information)
_TOLD_AGENCY = (
    r"(?:\b(?-i:ICE)\b|federal\s+immigration\s+(?:authorit\w+|officials?|agents?|agenc\w+)"
    r"|immigration\s+(?:authorit\w+|officials?|agents?))"
)
ICE_TOLD = (
    r"(?:(?:provid|giv)\w*\s+" + _TOLD_AGENCY + r"\s+(?:with\s+)?(?:[\w'’-]+\s+){0,3}?notice\b"
    r"|tell\w*\s+" + _TOLD_AGENCY + r"\s+(?:when|of|about|that)\b"
    r"|(?:send|submit|forward)\w*\s+(?:[\w'’-]+\s+){0,2}?fingerprints\s+to\s+" + _TOLD_AGENCY + r")"
)
# what is handed over is papers, not a person: "transfer records to ICE", "transfer the
# inmate's file to ICE" (information shared, read by the info_sharing rows; 2.80.0)
PAPERS = r"(?:information|data|records?|lists?|files?|documents?)\b"
PAPERS_NOT_PEOPLE = r"(?=\s+(?:[\w'’-]+\s+){0,2}?" + PAPERS + r")"
ICE_HANDED = (
    r"(?:(?:transfer|deliver|surrender|hand|turn)\w*\b"
    + r"(?!\s+(?:[\w'’-]+\s+){0,6}?"
    + PAPERS
    + r")"
    r"\s+(?:[\w'’-]+\s+){0,6}?(?:to|into|over\s+to|over)\s+(?:the\s+)?(?:\b(?-i:ICE)\b(?!\s+(?:of|with)\b)"
    # ... or to its people: "transfer an individual to immigration authorities"
    r"|(?:federal\s+)?immigration\s+(?:custody|authorit\w+|officials?|agents?|officers?))"
    r"|releas\w*\s+(?:[\w'’-]+\s+){0,6}?into\s+(?:the\s+)?(?:\b(?-i:ICE\b)|immigration)\s+custody)"
)
# A state's own enforcement in a statute's words: the crime by where one enters ("for an alien to
# enter this state … at any location other than a lawful port of entry"), a stop or an arrest on
# suspicion of presence, papers asked for
ENTRY_CRIME = (
    r"\benter\w*\s+(?:or\s+attempt\w*\s+to\s+enter\s+)?(?:this|the)\s+state\b[^.;:|]{0,80}?"
    r"\bother\s+than\s+(?:at\s+)?(?:an?\s+)?(?:lawful\s+|designated\s+)?ports?\s+of\s+entry"
)
# ... and presence in the state made a crime in other words than "unlawfully present": "makes
# it a violation of state law for individuals to be in the state without proper documentation",
# "a misdemeanor for an alien to remain in the state unlawfully"
PRESENCE_CRIME = (
    r"\b(?:crime|felony|misdemeanor|offen[cs]e|violation\s+of\s+(?:[\w'’-]+\s+)?state\s+law"
    # (whose person may go unsaid: "a state crime to be present in the state without lawful
    # status", "the crime of being in the state without lawful status", 2.81.0)
    r"|unlawful)\b[^.;:|]{0,40}?\b(?:(?:for\s+(?:[\w'’-]+\s+){1,3}?)?to\s+(?:be|remain|reside|stay|live)"
    r"|being|remaining|residing|staying|living)"
    r"\s+(?:present\s+)?in\s+(?:this|the|that)\s+state\s+(?:unlawfully|illegally"
    r"|without\s+(?:proper\s+|lawful\s+|legal\s+|valid\s+)?(?:immigration\s+)?(?:documentation"
    r"|documents|papers|status|authorization|presence)|in\s+violation\s+of\s+(?:federal\s+)?"
    r"immigration\s+laws?)"
)
# ... or in a statute's own words: "an alien who is unlawfully present in this state commits the
# offense of criminal trespass"
PRESENT_ALIEN_OFFENDS = (
    r"\b(?:aliens?|persons?|individuals?)"
    + _WHO_IS_UNLAWFULLY_PRESENT
    + r"\s+in\s+"
    + _THIS_COUNTRY
    + r"\s+(?:commits?|is\s+guilty\s+of)\s+(?:an?\s+|the\s+)?(?:(?:criminal\s+)?offen[cs]e|crime"
    r"|misdemeanor|felony|(?:criminal\s+)?trespass)\b"
)
HELD_ON_SUSPICION = (
    # (the verb, not "arrestees suspected of …", people already held); suspected or believed:
    # "arrest a person the officer has probable cause to believe is an alien unlawfully present
    # in this state", "detain an individual on the belief that the individual is not lawfully
    # present"
    r"\b(?:detain|arrest|stop|apprehend)(?:s|ed|ing|ped|ping)?,?(?:\s+without\s+a\s+warrant,?)?\s+"
    r"(?:[\w'’,-]+\s+){0,6}?"
    r"(?:(?:reasonably\s+)?(?:suspect|believ)\w*|on\s+(?:the\s+)?(?:suspicion|belief)|because"
    r"|ha(?:s|ve)\s+(?:probable\s+cause|reasonable\s+(?:suspicion|cause|grounds?))(?:\s+to\s+"
    r"(?:believe|suspect))?)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?:in|within)\s+(?:the|this)\s+(?:country|united\s+states|state)\s+(?:illegally|unlawfully)"
    r"|(?:unlawfully|illegally|not\s+lawfully)\s+present|(?:an?\s+)?(?:illegal|undocumented)"
    r"\s+(?:aliens?|immigrants?)|entered\s+(?:the\s+united\s+states|th(?:is|e)\s+(?:state|country))"
    r"\s+(?:illegally|unlawfully))"
    # ... or named by how they came: "arrest and detain persons who cross the border illegally"
    r"|\b(?:detain|arrest|apprehend)(?:s|ed|ing)?(?:\s+(?:and|or)\s+(?:detain|arrest|apprehend)(?:s|ed|ing)?)?"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:who|that)\s+(?:(?:illegally|unlawfully)\s+(?:cross|enter)\w*"
    r"|(?:cross|enter)\w*\s+(?:(?:the|this|our)\s+)?(?:southern\s+|international\s+)?(?:border|state"
    r"|country|united\s+states)\s+(?:illegally|unlawfully|without\s+(?:authorization|inspection)"
    # ... where no one may: "who cross the border between ports of entry"
    r"|(?:at\s+a\s+(?:place|location)\s+)?(?:between\s+|other\s+than\s+(?:at\s+)?(?:an?\s+)?"
    r"(?:lawful\s+|designated\s+|official\s+)?)ports?\s+of\s+entry))"
)
PAPERS_ASKED = (
    r"\b(?:ask|demand|request|requir)\w*\s+(?:for\s+)?(?:[\w'’-]+\s+){0,2}?(?:proof\s+of\s+"
    r"(?:citizenship|(?:legal|lawful)\s+(?:status|presence)|immigration\s+status)"
    r"|immigration\s+(?:papers|documents))"
)
# An act of helping immigration enforcement, as a verb in any form ("honor", "honoring")
# A jail or its officers checking the citizenship of the people it books or holds: "determine the
# citizenship of every person booked into the jail", "verify the nationality of all persons
# arrested" (DOMAIN.md: police status checks; not a voter's, a juror's or a child's)
BOOKED_CHECKED = (
    r"(?:determin|verif|check|ascertain|confirm)\w*\s+(?:the\s+)?(?:citizenship|nationality"
    r"|(?:legal|lawful)\s+presence|(?:immigration|citizenship)\s+status)(?:\s+(?:or|and)\s+(?:\w+\s+)?"
    r"(?:status|nationality|citizenship))?\s+of\s+(?:[\w'’-]+\s+){0,3}?"
    # (people in custody by their name: "determine the citizenship of each inmate"; not "of
    # inmates eligible for prisoner transfer treaties", whose nationality decides a transfer home)
    r"(?:(?:inmates?|prisoners?|arrestees?|detainees?)\b"
    r"(?![^.;:|]{0,40}?\b(?:eligible|treat(?:y|ies)))|(?:persons?|individuals?"
    r"|inmates?|prisoners?|arrestees?|defendants?|people|detainees?)\s+(?:who\s+(?:are|is|have\s+been"
    r"|has\s+been)\s+)?(?:booked|arrested|confined|held|jailed|incarcerated|charged|detained"
    r"|in\s+(?:custody|jail)))"
    # ... or through a federal system: "use the federal immigration verification system for all
    # persons arrested"
    r"|\b(?:us|run|query|queri|check|submit)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:immigration|citizenship)"
    r"\s+(?:status\s+)?(?:verification\s+)?(?:systems?|databases?|programs?)\s+(?:for|on|of)\s+"
    r"(?:all\s+|every\s+|each\s+|any\s+)?(?:[\w'’-]+\s+){0,2}?(?:persons?|individuals?|inmates?"
    r"|prisoners?|arrestees?|defendants?|people|detainees?)\s+(?:who\s+(?:are|is|have\s+been|has\s+been)\s+)?"
    r"(?:booked|arrested|confined|held|jailed|incarcerated|charged|detained|in\s+(?:custody|jail))"
    # ... or whether they are here lawfully, or asked for proof of it: "determine whether persons
    # in custody are lawfully present", "request proof of legal presence from persons held for a
    # felony" (2.81.0)
    r"|\b(?:determin|verif|check|ascertain|confirm)\w*\s+(?:whether|if)\s+(?:(?:a|an|any|each|every"
    r"|the|all)\s+)?(?:persons?|individuals?|inmates?|prisoners?|arrestees?|defendants?|people"
    r"|detainees?)\s+(?:(?:who\s+(?:are|is|have\s+been|has\s+been)\s+)?(?:booked|arrested|confined"
    r"|held|jailed|incarcerated|charged|detained|in\s+(?:custody|jail))\s+)?(?:is|are)\s+"
    r"(?:(?:not\s+)?(?:lawfully|legally)\s+present|(?:not\s+)?(?:citizens?|aliens?|an\s+alien|a\s+citizen)\b)"
    r"|\b(?:request|requir|demand|obtain|ask)\w*\s+(?:for\s+)?proof\s+of\s+(?:(?:legal|lawful)\s+"
    r"(?:presence|status)|citizenship)(?:\s+status)?\s+(?:from|of)\s+(?:(?:all|every|each|any)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:persons?|individuals?|inmates?|prisoners?|arrestees?|defendants?|people"
    r"|detainees?)\s+(?:who\s+(?:are|is|have\s+been|has\s+been)\s+)?(?:booked|arrested|confined|held"
    r"|jailed|incarcerated|charged|detained|in\s+(?:custody|jail))"
)
# The verbs of a jail keeping a person for the agency ("hold", "detain", not "detainer")
HOLD_VERB = r"\b(?:hold|detain(?!er)|keep)\w*"
# A detainer another state lodges, the interstate agreement's ("honor detainers lodged by other
# states", "hold a defendant on a detainer issued by another state"), said after it
ANOTHER_STATES_DETAINER = (
    r"(?![^.;:|]{0,60}?\b(?:lodged|filed|issued)\s+(?:\w+\s+){0,2}?(?:by|from)\s+(?:an?other|other"
    r"|a\s+party|any\s+party|the\s+receiving|the\s+sending)\s+(?:states?|jurisdictions?))"
)
# Arrests of people on their way to or from court: "the arrest of any person going to, attending,
# or returning from a court proceeding", "subject to arrest while traveling to or from a court
# proceeding" (DOMAIN.md: ICE access to courthouses)
COURT_GOERS_ARREST = (
    r"\barrest\w*\s+(?:of\s+)?(?:[\w'’-]+\s+){0,4}?(?:(?:while|when)\s+)?(?:going\s+to|attending"
    r"|travel(?:ing|s)?\s+to(?:\s+or\s+from)?|returning\s+from|remaining\s+at|appearing\s+(?:at|in|before))"
    r"[^.;:|]{0,60}?\b(?:court\s*(?:proceedings?|hearings?|appearances?|houses?)|courthouses?)"
)


# An arrest for a person's status or for breaking civil immigration law: "arrested solely for
# being unlawfully present in the United States", "arrest a person on the basis of immigration
# status", "stopped, arrested, or detained solely for a civil immigration violation". The verb
# acts (not "persons arrested for …", people already held: a participle only after "be"); the
# verb or its noun, then what the arrest rests on.
def _arrest_words(heads: str) -> str:
    """The words acting, led by one of ``heads`` (an alternation of stems): a verb that acts, or a
    participle after "be", with the other verbs of its list ("stopped, arrested, or detained")."""
    then = r"(?:,?\s+(?:(?:or|and)\s+)?(?:arrest|detain|apprehend|search|question)"
    return (
        r"(?:\b(?:(?:stop|question|search)(?:s|es|ing|ping)?,?\s+(?:(?:or|and)\s+)?)*"
        rf"(?:{heads})(?:s|ing)?\b{then}(?:s|es|ing)?\b)*"
        r"|(?<=\bbe\s)(?:(?:stopped|questioned|searched),?\s+(?:(?:or|and)\s+)?)*"
        rf"(?:{heads})ed\b{then}ed\b)*)"
    )


_BASIS_WORDS = (
    r"\s+(?:[\w'’-]+\s+){0,5}?(?:solely\s+|only\s+|merely\s+)?(?:on\s+the\s+(?:sole\s+)?basis\s+of"
    r"|because\s+of|based\s+(?:solely\s+|only\s+)?(?:up)?on|due\s+to|by\s+reason\s+of|for"
    # ... or the people named by it: "arrest persons suspected of illegal entry"
    r"|on\s+suspicion\s+of|suspected\s+of|accused\s+of|charged\s+with)\s+(?:(?:the|a|an|his|her|their|that|such)\s+)?"
    r"(?:(?:person|individual)(?:'s|’s)\s+)?"
    r"(?:(?:actual\s+or\s+(?:suspected|perceived)|suspected|perceived|alleged)\s+)?"
)
# (a civil immigration violation is an arrest's ground, not a hold's: "detained for a civil
# immigration violation" is what a detainer asks, read by the detainer rows)
ARREST_FOR_STATUS = (
    r"(?:"
    + _arrest_words("arrest|detain|apprehend")
    + _BASIS_WORDS
    + r"(?:(?:citizenship\s+or\s+)?immigration(?:\s+or\s+citizenship)?[- ]status"
    r"|being\s+(?:unlawfully|illegally)\s+present|(?:unlawful|illegal)\s+presence"
    # ... or for how they came: "arrest persons for illegal entry", "on suspicion of illegal entry
    # into the United States" (not a building's: "unlawful entry into a dwelling" is burglary's)
    r"|(?:illegal|improper)\s+(?:entry|re-?entry)\b(?!\s+(?:into|onto|of|upon)\s+"
    r"(?!(?:the\s+)?(?:united\s+states|country|this\s+state|state)\b))"
    r"|unlawful\s+(?:entry|re-?entry)\s+into\s+(?:the\s+united\s+states|th(?:e|is)\s+(?:country|state)))|"
    + _arrest_words("arrest")
    + _BASIS_WORDS
    + r"(?:civil\s+immigration\s+(?:violations?|offen[cs]es?)"
    r"|(?:civil\s+)?violations?\s+of\s+(?:federal\s+)?(?:civil\s+)?immigration\s+laws?)|"
    # ... or the basis named in a clause of its own: "arrest persons when the sole basis for
    # arresting such persons is that they have committed a civil immigration violation"
    + _arrest_words("arrest")
    + r"\s+(?:[\w'’-]+\s+){0,4}?(?:when|where|if|in\s+which)\s+the\s+(?:sole|only)\s+"
    r"(?:basis|reason|ground)s?\b[^.;:|]{0,60}?\b(?:is|was|would\s+be)\b[^.;:|]{0,60}?"
    r"(?:civil\s+immigration\s+(?:violations?|offen[cs]es?)|(?:immigration|citizenship)[- ]status"
    r"|(?:unlawful|illegal)\s+presence))"
)
# Violating a sanctuary law, as officials who are punished for it do ("officers who violate the
# California Values Act"): helping enforcement against the law (not a ban on sanctuary policies,
# whose violators are sanctuary places)
VIOLATES_SANCTUARY_LAW = (
    r"(?:(?:knowingly|intentionally|willfully|wilfully|purposely)\s+)?violat\w*\s+"
    r"(?:the\s+|a\s+|any\s+)?(?:[\w.]+(?:'s|’s)\s+)?(?:(?:state|city|county|local)\s+)?"
    # the laws by their own names only (not all of SANCTUARY_POLICY, which holds the tools: this
    # pattern sits inside the act rows, and their size is every process's start-up time)
    r"(?:(?:sanctuary|welcoming)\s+(?:city\s+|county\s+|state\s+)?(?:polic(?:y|ies)|ordinances?|laws?"
    r"|statutes?)|(?:[\w-]+\s+){0,3}?(?:trust|values)\s+act)\b"
    r"(?!\s+(?:prohibitions?|bans?|preemptions?)\b)"
)
# ... help with deportations themselves, not with the defense of the people facing them: "assist
# federal authorities with deportations", "… in the removal of aliens" (not "assist families with
# deportation defense")
HELPS_WITH_DEPORTATIONS = (
    r"(?!(?:[\w-]+\s+){0,2}?(?:residents?|immigrants?|families|people|persons|individuals|victims"
    r"|workers|students|tenants|members|children)\b)"
    r"(?:[\w-]+\s+){0,3}?(?:in|with)\s+(?:the\s+)?(?:deportations?\b"
    r"(?!\s+(?:defen[cs]e|proceedings?|relief|cases?|hearings?|protections?))"
    r"|(?:removal|deportation)\s+of\s+(?:\w+\s+)?(?:aliens|immigrants|noncitizens|non-citizens"
    r"|migrants)\b)"
)
# Acts of enforcement as one-line summaries word them (2.64.0), read by the told and barred rows
# through ENFORCEMENT_ACT. First a local force's own street work, its own enforcement (DOMAIN.md:
# state_enforcement): "patrol for immigration violations", "set up immigration checkpoints",
# "run immigration checks on people they stop", "stop people to check their immigration status",
# "make arrests for immigration violations"
STREET_ENFORCEMENT = (
    r"(?:patrol\w*\s+for\s+(?:civil\s+)?immigration\s+(?:violations?|violators|offen[cs]es)"
    r"|(?:set\w*\s+up|establish\w*|operat\w*|conduct\w*|run\w*|man(?:s|ned|ning)?\b)\s+(?:an?\s+|the\s+)?"
    r"(?:immigration|\b(?-i:ICE)\b)\s+(?:check\s*points?|roadblocks?)"
    r"|run\w*\s+(?:an?\s+)?(?:immigration|citizenship)\s+(?:status\s+)?checks?"
    r"|stop\w*\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:check|verify|determine|ask\s+about|inquire\s+(?:about|into))\s+"
    r"(?:(?:their|his|her|the)\s+)?(?:immigration|citizenship)\s+status"
    r"|(?:mak\w*\s+(?:civil\s+)?(?:immigration\s+)?arrests?|arrest\w*\s+(?:[\w'’-]+\s+){1,3}?)"
    r"\s*(?:for|based\s+(?:solely\s+)?on)\s+"
    r"(?:\w+\s+){0,2}?(?:(?:civil\s+)?immigration\s+(?:violations?|offen[cs]es|status)"
    r"|violations?\s+of\s+(?:federal\s+)?(?:civil\s+)?immigration\s+laws?))"
)
# ... and a person's status asked, recorded or told: an act where a government is told or barred
# to do it ("question people about their immigration status", "record the immigration status of
# people they arrest", not a tally: "collect data on …"; "notify federal authorities of a person's
# immigration status"), but no topic by itself, as landlords, employers and insurers ask too
STATUS_TAKEN = (
    r"(?:(?:question|interrogat|quiz|ask|inquir)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:about|on|regarding"
    r"|concerning|into)\s+(?:(?:their|his|her|the|a\s+person['’]s)\s+)?(?:immigration|citizenship)\s+status"
    r"|notif\w*\s+(?:the\s+)?federal\s+(?:authorities|officials|government|agents|agencies)\s+"
    r"(?:of|about|regarding)\s+(?:[\w'’-]+\s+){0,3}?(?:immigration|citizenship)\s+status"
    r"|(?:collect|record|track|log)\w*\s+(?:(?!numbers?\b|data\b|statistics\b|counts?\b)[\w'’-]+\s+){0,3}?"
    r"(?:immigration|citizenship)\s+status)"
)
# ... and the rest, each naming the enforcement it helps (the topic row "an act of immigration
# enforcement, as a summary words it" reads them): release dates given ("share release dates
# with ICE", "give ICE the release date of an inmate", "provide ICE with release information");
# people moved to ICE ("transport people to ICE facilities") or housed for it ("house
# immigration detainees"); warrants served; money and means used for it ("use city money for
# immigration enforcement", "spend county funds on …", "use license plate reader data for …");
# requests answered ("respond to ICE requests for information"); agreements signed; task forces
# joined; office space given ("give ICE office space in the courthouse"); arrests let in ("allow
# immigration arrests at courthouses"); help with arrests ("assist federal agents with
# immigration arrests"); deportation efforts joined; and the street work above
_RELEASE_WORDS = r"release\s+(?:dates?|times?|information|notifications?|schedules?)"
# the people a jail or a prison holds, as a summary names them: "inmates", "people in custody"
HELD_PEOPLE = (
    r"(?:[\w'’-]+\s+){0,2}?(?:inmates|prisoners"
    r"|(?:people|persons?|individuals)\s+(?:held|in\s+(?:\w+\s+)?custody))"
)
# ... questioned by the agents: "question inmates", "interrogate people in custody" (read by
# AGENTS_GIVEN_ACCESS, AGENTS_LET_IN and the ICE-access topic row)
QUESTIONS_HELD_PEOPLE = r"(?:question|interrogat)\w*\s+" + HELD_PEOPLE
# ... and the agents let in, given access or let question the people held: "give immigration
# agents access to the jail", "let ICE agents interview inmates", "permit immigration agents to
# question inmates", "admit ICE agents to the courthouse" (a government barred from it keeps
# them out: "Stops the sheriff from giving ICE access to the jail" is a limit, not a grant)
AGENTS_GIVEN_ACCESS = (
    r"(?:(?:giv|provid|grant|afford)\w*\s+(?:the\s+)?"
    + _AGENTS_SHORT
    + r"\s+(?:with\s+)?(?:full\s+|unrestricted\s+|free\s+)?access\b"
    r"|(?:let|allow|permit|authoriz)\w*\s+(?:the\s+)?"
    + _AGENTS_SHORT
    + r"\s+(?:to\s+)?(?:interview\w*|access\w*|enter\w*|"
    + QUESTIONS_HELD_PEOPLE
    + r")"
    r"|admit\w*\s+(?:the\s+)?" + _AGENTS_SHORT + r"|" + AGENTS_LET_INTO_PLACE + r")"
)
ACTS_IN_SUMMARIES = (
    r"(?:(?:shar|disclos|provid|giv|gave|send|sent|transmit|communicat)\w*\s+(?:[\w'’-]+\s+){0,3}?"
    + _RELEASE_WORDS
    + r"(?:\s+of\s+(?:[\w'’-]+\s+){1,3}?)?\s+(?:with|to)\s+(?:the\s+)?"
    + _TOLD_AGENCY
    + r"|(?:provid|giv|gave|send|sent)\w*\s+"
    + _TOLD_AGENCY
    + r"\s+(?:with\s+)?(?:(?:the|an?)\s+)?(?:[\w'’-]+\s+){0,2}?"
    + _RELEASE_WORDS
    + r"|transport\w*\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:an?\s+|the\s+)?(?:\b(?-i:ICE)\b|federal\s+immigration"
    r"|immigration)\s+(?:detention\s+)?(?:facilit\w+|custody|detention|centers?|offices?|processing)"
    r"|(?:hous|board|accept|confin)\w*\s+(?:federal\s+)?(?:immigration|\b(?-i:ICE)\b)\s+detainees"
    r"|(?:serv|execut)\w*\s+(?:an?\s+|the\s+)?(?:(?:administrative|civil|federal)\s+)*"
    r"(?:immigration|\b(?-i:ICE)\b)\s+(?:arrest\s+)?warrants?"
    r"|(?:us|spend|expend|allocat|devot|dedicat|commit)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:resources|funds"
    r"|money|monies|personnel|staff|equipment|data|information|technology|property|facilities"
    r"|vehicles|drones|cameras)\s+(?:for|on|in)\s+(?:federal\s+)?(?:civil\s+)?immigration\s+enforcement"
    r"|(?:respond|compl(?:y|ies|ying)|honou?r)\w*\s+(?:to\s+|with\s+)(?:an?\s+|the\s+|all\s+|any\s+)?"
    r"(?:\b(?-i:ICE)\b|(?:federal\s+)?immigration)\s+(?:[\w-]+\s+)?requests?"
    r"|(?:respond|compl(?:y|ies|ying)|honou?r)\w*\s+(?:to\s+|with\s+)(?:an?\s+|the\s+|all\s+|any\s+)?"
    r"requests?\s+for\s+(?:[\w'’-]+\s+){1,3}?(?:from|of|by)\s+(?:the\s+)?(?:\b(?-i:ICE)\b|federal\s+immigration"
    r"|immigration)"
    r"|(?:sign|execut|negotiat)\w*\s+(?:an?\s+|any\s+|the\s+)?(?:[\w()-]+\s+){0,2}?(?:agreements?"
    r"|contracts?|memorand\w+)\s+with\s+(?:the\s+)?(?:u\.?\s?s\.?\s+)?(?:\b(?-i:ICE)\b|federal\s+immigration"
    r"|immigration\s+and\s+customs|department\s+of\s+homeland\s+security)"
    r"|join\w*\s+(?:an?\s+|the\s+|any\s+)?(?:\b(?-i:ICE)\b|federal\s+immigration|immigration)\s+"
    r"(?:enforcement\s+)?task\s+forces?"
    r"|(?:giv|provid|offer|leas|rent)\w*\s+"
    + _AGENTS_SHORT
    + r"\s+(?:(?:the\s+)?use\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:space|rooms?|offices?|desks?)\b"
    r"|(?:allow|permit|let)\w*\s+(?:civil\s+)?immigration\s+(?:arrests?|raids?)"
    r"|(?:assist|help|aid)\w*\s+(?:(?:the\s+)?federal\s+(?:government|authorit\w+|agen\w+|officials?"
    r"|officers?)\s+|\b(?-i:ICE)\b\s+)?(?:with|in)\s+(?:civil\s+)?immigration\s+(?:arrests?|detentions?)"
    r"|cooperat\w*\s+(?:with|in)\s+(?:the\s+)?(?:federal\s+)?(?:deportation|removal|immigration"
    r"\s+enforcement)\s+(?:efforts?|operations?|activit\w+|actions?|programs?)|"
    + AGENTS_GIVEN_ACCESS
    + r"|"
    + STREET_ENFORCEMENT
    + r")"
)
# a word of a tally or a record, not of people (ENFORCEMENT_ACT's people reported)
_NO_TALLY = (
    r"(?!(?:numbers?|data|statistics|counts?|totals?|tall(?:y|ies)|cop(?:y|ies)|summar(?:y|ies)"
    r"|requests?|communications?|contacts?|instances|transfers?|annually|quarterly|monthly)\b)"
)
# The federal government by a general name, with no "immigration" beside it ("the federal
# government", "federal agencies", "United States authorities")
FEDERAL_GOVERNMENT_NAMED = (
    r"(?:federal|united\s+states)\s+(?:government|authorit\w+|officials?|agenc\w+)"
)
# People a benefits agency, a hospital or a school would report, named by their lack of status:
# "applicants who are unlawfully present", "unlawfully present applicants", "undocumented
# patients"
_REPORTED_PEOPLE = (
    r"(?:applicants?|patients?|enrollees?|recipients?|students?|tenants?|persons?|individuals?"
    r"|people|aliens?|immigrants?|inmates?|arrestees?)"
)
PEOPLE_REPORTED_WITHOUT_STATUS = (
    r"(?:(?:(?:unlawfully|illegally|not\s+lawfully)\s+present\s+|undocumented\s+)"
    + _REPORTED_PEOPLE
    + r"|"
    + _REPORTED_PEOPLE
    + r"\s+(?:who\s+(?:is|are)\s+|found\s+(?:to\s+be\s+)?)?(?:not\s+lawfully|unlawfully|illegally)"
    r"\s+present(?:\s+in\s+" + _THIS_COUNTRY + r")?|illegal\s+aliens?)"
)
# ... reported, or information about them shared, to the federal government, which needs no
# "immigration" beside them (the anti-sanctuary statutes' words): "report applicants who are
# unlawfully present to federal agencies", "share information about undocumented patients with
# the federal government", "disclose the names and addresses of unlawfully present applicants to
# federal authorities" (people, not a tally: "report the number of unlawfully present applicants")
PEOPLE_REPORTED_TO_FEDERAL = (
    r"(?:(?:report|refer)\w*\s+(?:" + _NO_TALLY + r"(?:the\s+)?(?:[\w'’-]+\s+)?)?"
    r"|(?:shar|disclos|provid|releas|transmit|send|giv)\w*\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:information|data|records|names?|addresses|identit(?:y|ies)|locations?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:about|on|regarding|concerning|of)\s+(?:"
    + _NO_TALLY
    + r"(?:the\s+|any\s+)?)?)"
    + PEOPLE_REPORTED_WITHOUT_STATUS
    + r"\s+(?:to|with)\s+(?:the\s+)?"
    + FEDERAL_GOVERNMENT_NAMED
)
ENFORCEMENT_ACT = (
    # ("enters into a 287(g) agreement", or without "into": "sheriffs who enter 287(g) agreements")
    r"(?:(?:enter\w*(?:\s+into)?|participat\w*\s+in)(?:\s+(?:an?|the|any))?\s+(?:\w+\s+)?"
    r"(?:agreements?\s+under\s+)?(?:section\s+)?(?:287|1357)\s*\(g\)"
    # a state's own entry law enforced: "enforcing the state's illegal entry law", "arresting
    # persons under the state's illegal entry law" (2.78.0)
    r"|(?:enforc|arrest|apprehend|detain|prosecut)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:under\s+)?(?:the\s+|a\s+)?"
    r"(?:state(?:'s|’s)\s+)?"
    + ENTRY_LAW_NAMED
    + r"|(?:honou?r|comply|compli|hold|respond)\w*\s+(?:to\s+|with\s+)?(?:an?\s+|the\s+|all\s+|any\s+)?"
    r"(?:civil\s+)?(?:immigration|\b(?-i:ICE)\b|federal)\s+(?:\w+\s+)?(?:detainers?|holds?)"
    # ... or detainers by that word alone ("jurisdictions that do not honor detainers")
    r"|(?:honou?r\w*|compl(?:y|ies|ying)\s+with)\s+(?:all\s+|any\s+|the\s+)?detainers?\b"
    # ... a detainer by what it is: "comply with requests from the Department of Homeland Security
    # to hold a person"
    r"|(?:honou?r|comply|compli|respond)\w*\s+(?:to\s+|with\s+)(?:an?\s+|the\s+|all\s+|any\s+)?"
    r"requests?\s+(?:from|of|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:\b(?-i:ICE)\b|immigration"
    r"|homeland\s+security)"
    # the people held named first: "hold inmates on immigration detainers"
    r"|(?:hold|detain)\w*\s+(?:[\w'’-]+\s+){1,3}?(?:on|under|pursuant\s+to)\s+(?:an?\s+|the\s+)?"
    r"(?:civil\s+)?(?:immigration|\b(?-i:ICE)\b)\s+(?:\w+\s+)?(?:detainers?|holds?)"
    # ... the people held saying whose detainers: "detaining aliens pursuant to detainers"
    r"|(?:hold|detain)\w*\s+(?:\w+\s+){0,2}?(?:aliens?|noncitizens?|non-citizens?)\s+(?:on|under|pursuant\s+to)"
    r"\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:detainers?|holds?)"
    # "share license plate reader data with ICE", "disclose driver's license records to
    # immigration authorities"
    # ... or a person's status itself: "provide the citizenship status of tenants to ICE"
    r"|(?:shar\w*|disclos\w*|provid\w*|releas\w*|transmit\w*|(?:turn|hand)\w*\s+over"
    # ("give driver's license data to immigration authorities")
    r"|giv(?:e|es|en|ing)\b|gave\b"
    r"|report\w*(?=\s+(?:\w+\s+){0,3}?(?:immigration|citizenship)\s+status))\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:information|data|records"
    r"|(?:immigration|citizenship)\s+status(?:\s+of(?:\s+[\w'’-]+){1,5}?)?)"
    r"\s+(?:with|to)\s+(?:the\s+)?(?:federal\s+immigration|\b(?-i:ICE)\b|immigration"
    r"|department\s+of\s+homeland\s+security)"
    # ... or information said to be about status, given to federal authorities: "share
    # information on immigration status with federal authorities"
    r"|(?:shar|disclos|provid|transmit|send|report)\w*\s+(?:[\w'’-]+\s+){0,2}?(?:information|data"
    r"|records)\s+(?:on|about|regarding|concerning|relating\s+to)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:immigration|citizenship)\s+status\b[^.;:|]{0,40}?\s(?:with|to)\s+(?:the\s+)?(?:federal\s+"
    r"(?:authorities|officials|government|agenc\w+|law\s+enforcement)"
    # ... or to the agency (2.69.0): "send information regarding the immigration status of any
    # individual to the Department of Homeland Security"
    r"|(?:u\.?\s?s\.?\s+|united\s+states\s+)?department\s+of\s+homeland\s+security|\b(?-i:ICE|DHS)\b"
    r"|immigration\s+and\s+customs|(?:federal\s+)?immigration\s+(?:authorit\w+|officials?|agen\w+))"
    # ... the statute's pair, the agency named between: "sending to, or receiving from, the
    # Department of Homeland Security information regarding the citizenship or immigration
    # status of any individual"
    r"|send\w*\s+to,?\s+(?:or\s+receiv\w*\s+from,?\s+)?(?:the\s+)?(?:u\.?\s?s\.?\s+)?"
    r"(?:department\s+of\s+homeland\s+security|\b(?-i:ICE|DHS)\b|immigration\s+and\s+customs"
    r"\s+enforcement|federal\s+immigration\s+authorit\w+),?\s+(?:information|data|records)\s+"
    r"(?:on|about|regarding|concerning|relating\s+to)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:citizenship\s+or\s+)?immigration|citizenship)\s+status\b"
    # ... or the people themselves reported, or information about them shared: "report
    # unlawfully present applicants to ICE", "share information about inmates who are not
    # citizens with federal immigration authorities"
    # (people, not a tally or a record of contacts: "report the number of requests to ICE")
    r"|(?:(?:report|refer)\w*\s+(?:"
    + _NO_TALLY
    + r"[\w'’-]+\s+){1,6}?to|(?:shar|disclos|provid|releas"
    r"|transmit)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:information|data|records)\s+(?:about|on|regarding"
    r"|concerning)\s+(?:"
    + _NO_TALLY
    + r"[\w'’-]+\s+){1,6}?(?:to|with))\s+(?:the\s+)?(?:u\.?\s?s\.?\s+|united\s+states\s+|federal\s+)?(?:\b(?-i:ICE)\b"
    r"|immigration\s+and\s+customs|immigration\s+authorit\w+|federal\s+immigration\s+(?:authorit\w+"
    r"|agen\w+|officials?))"
    # ... or people named by their lack of status reported to the federal government
    + r"|"
    + PEOPLE_REPORTED_TO_FEDERAL
    + r"|enforc\w*\s+(?:federal\s+)?(?:civil\s+)?immigration\s+laws?"
    # ... or business done with those who serve it: "contract with companies that do business
    # with ICE"
    r"|(?:contract\w*|do\w*\s+business)\s+with\s+"
    + VENDORS_SERVING_ENFORCEMENT
    # ... or a person kept past release for it: "keep a person in custody past release when ICE
    # has issued a detainer"
    + r"|(?:hold|keep|kept|detain|maintain)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:past|beyond)\s+(?:(?:their|his|her"
    r"|the|a)\s+)?(?:scheduled\s+|normal\s+)?release(?:\s+dates?|\s+times?)?"
    r"(?=[^.;:|]{0,80}?(?:\b(?-i:ICE)\b|immigra|detainer))"
    # ... or land or a building let for immigration detention: "lease state land to the federal
    # government for immigration detention"
    r"|(?:leas|rent)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:to\s+(?:[\w'’-]+\s+){1,4}?)?for\s+(?:use\s+(?:as|in)\s+)?"
    r"(?:an?\s+)?(?:immigration|\b(?-i:ICE)\b)\s+detention"
    # ... or the people held or stopped asked about their citizenship: "ask every person arrested
    # about their citizenship"
    r"|(?:inquir|ask|question)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:about|into|regarding)\s+(?:(?:their|his|her"
    r"|the)\s+)?(?:citizenship|nationality)\b"
    # ... or raids carried out: "conduct immigration raids" (joined ones, "participate in joint
    # immigration sweeps", are read by the alternative of ICE's own operations below)
    r"|(?:conduct\w*|carr(?:y|ies|ied|ying)\s+out|perform\w*)\s+"
    r"(?:(?:civil|federal|joint)\s+)*immigration\s+(?:raids?|sweeps?|enforcement\s+operations?)"
    # ... or obeyed: "governments that comply with Federal immigration law"
    r"|compl(?:y|ies|ying)\s+with\s+(?:all\s+)?(?:applicable\s+)?(?:federal\s+)?immigration\s+laws?"
    # "cooperate with the U.S. Immigration and Customs Enforcement", "communicate with ICE"
    r"|(?:cooperat|communicat|coordinat)\w*\s+with\s+(?:the\s+)?(?:u\.?\s?s\.?\s+|united\s+states\s+)?"
    r"(?:federal\s+immigration|\b(?-i:ICE)\b|immigration"
    # ... federal officials named in general, the people they seek named after: "may cooperate
    # with Federal officials to protect our communities from … aliens illegally present"
    r"|federal\s+(?:officials|authorities|agents|officers|law\s+enforcement)" + ALIENS_AFTER + r")"
    r"|(?:inquir|ask)\w*\s+(?:about|into|of)\s+(?:\w+\s+){0,2}?(?:immigration\s+status|citizenship\b)"
    # help with deportations, or means given to it: "assist federal authorities with
    # deportations", "provide personnel to assist in the removal of aliens"
    r"|(?:(?:provid|devot|dedicat|commit|us)\w*\s+(?:[\w-]+\s+){0,3}?(?:resources|funds|money"
    r"|personnel|staff|officers|deputies|employees)\s+to\s+)?(?:assist|aid|help|support)\w*\s+"
    + HELPS_WITH_DEPORTATIONS
    + r"|"
    + HELD_ON_SUSPICION
    + r"|"
    + PAPERS_ASKED
    + r"|verif\w*\s+(?:\w+\s+){0,3}?(?:immigration|citizenship)\s+status"
    + r"|"
    + BOOKED_CHECKED
    # "hold inmates for ICE", "keep people in jail for immigration authorities", "house people
    # for ICE"
    + r"|(?:detain|hold|keep|kept|hous)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:for|on behalf of)\s+(?:the\s+)?"
    r"(?:\b(?-i:ICE)\b|federal\s+immigration|immigration\s+(?:authorit\w+|officials?|agents?|officers?))"
    + r"|"
    + ACTS_IN_SUMMARIES
    + r"|"
    + STATUS_TAKEN
    + r"|"
    + FORCE_PUT_TO_ENFORCEMENT
    # "hold persons for 48 hours upon a request from the Department of Homeland Security"
    + r"|(?:hold|detain)\w*\s+(?:[\w-]+\s+){0,5}?(?:upon|at)\s+(?:the\s+|a\s+)?requests?\s+(?:of|from)\s+"
    r"(?:\w+\s+){0,3}?(?:\b(?-i:ICE)\b|immigration|homeland\s+security)"
    r"|contract\w*\s+with\s+\b(?-i:ICE)\b"
    + r"|"
    + AGENTS_LET_INTO_PLACE
    + r"|"
    + ICE_TOLD
    + r"|"
    + ICE_HANDED
    # detention for ICE by its plainest words: "rent jail beds to ICE", "enter into
    # intergovernmental service agreements", "operate private immigration detention facilities"
    + r"|"
    + BEDS_TO_ICE
    + r"|(?:enter\w*\s+into|renew\w*)\s+(?:(?:or|and)\s+(?:renew|extend)\w*\s+)?(?:an?\s+|the\s+|any\s+)?"
    r"(?:\w+\s+)?(?:intergovernmental\s+service\s+agreements?|igsas?\b)"
    # "participate in Secure Communities", "join the warrant service officer program" ("the
    # federal Secure Communities program")
    r"|(?:participat\w*|enroll\w*)\s+in\s+(?:the\s+)?(?:federal\s+)?(?:secure\s+communities|287\s*\(g\)"
    r"|warrant\s+service\s+officer|jail\s+enforcement\s+model|task\s+force\s+model"
    r"|(?:\b(?-i:ICE)'s\s+)?criminal\s+alien\s+program"
    r"|(?:federal\s+)?immigration\s+enforcement\s+(?:programs?|task\s+forces?))"
    r"|join\w*\s+(?:the\s+)?(?:federal\s+)?(?:secure\s+communities|287\s*\(g\)|warrant\s+service\s+officer"
    r"|jail\s+enforcement\s+model|task\s+force\s+model|criminal\s+alien\s+program)"
    + r"|"
    + DETENTION_BUILT
    + r"|"
    + VIOLATES_SANCTUARY_LAW
    + r"|"
    + ACT_AS_IMMIGRATION_OFFICERS
    # "allow ICE to use a room in the jail" ("provide office space in the jail to ICE officers"
    # is a verb before a tool, SPACE_FOR_ICE)
    + r"|(?:allow|let|permit|authoriz)\w*\s+(?:"
    + AGENTS_USE_SPACE
    + r"|"
    + AGENTS_REVIEW_RECORDS
    + r")|"
    + ICE_GIVEN_A_LIST
    # "make civil immigration arrests at courthouses"
    + r"|(?:mak|conduct|carr)\w*\s+(?:out\s+)?(?:civil\s+)?immigration\s+arrests?"
    r"|us(?:e|es|ing)\s+(?:\w+\s+){0,2}?(?:resources|funds|personnel|money)\s+to\s+"
    r"(?:assist|aid|help|support)\s+(?:\b(?-i:ICE)\b|federal\s+immigration|immigration\s+enforcement)"
    r"|notif\w*\s+(?:\b(?-i:ICE)\b|federal\s+immigration)"
    r"|(?:grant|giv|provid)\w*\s+(?:\b(?-i:ICE)\b|federal\s+immigration\s+\w+)\s+access"
    r"|(?:assist\w*|help(?:s|ed|ing)?|aid(?:s|ed|ing)?)\s+"
    # ... the federal side named in general first: "assist federal authorities with immigration
    # enforcement"
    r"(?:(?:the\s+)?federal\s+(?:government|authorit\w+|agen\w+|officials?|officers?)\s+)?"
    r"(?:in\s+|with\s+)?(?:\b(?-i:ICE)\b|federal\s+immigration|immigration\s+enforcement"
    # ... the law named: "assist in the enforcement of the immigration laws of the United States"
    r"|(?:the\s+)?enforcement\s+of\s+(?:the\s+)?(?:federal\s+)?immigration\s+laws?)"
    # a part taken in ICE's own operations: "participate in immigration raids"
    r"|(?:participat\w*|engag\w*|tak\w*\s+part|join\w*)\s+in\s+(?:(?:federal|civil|joint)\s+)*"
    r"immigration\s+(?:raids?|sweeps?|(?:enforcement\s+)?(?:operations?|actions?|activit\w+|efforts?)"
    # ... or in enforcement itself: "take part in immigration enforcement"
    r"|enforcement\b)"
    # "to perform certain immigration enforcement activities", "perform the functions of an
    # immigration officer" (287(g) authority)
    r"|perform\w*\s+(?:\w+\s+){0,2}?(?:immigration\s+(?:enforcement|officer)\w*"
    r"|functions\s+of\s+(?:an?\s+)?immigration\s+officers?)"
    # a state or locality enforcing immigration law itself: its own arrests for entry, its own
    # transport of migrants, its own orders to leave
    r"|(?:arrest|apprehend|detain)\w*\s+(?:\w+\s+){0,3}?(?:suspected\s+of|for|who)\s+(?:\w+\s+){0,3}?"
    r"(?:illegal|unlawful)\w*\s+(?:entry|re-?entry|presence|enter\w*|cross\w*)"
    # ... or for breaking immigration law: "arrest and detain aliens for violations of immigration
    # law" (and a federal bill's list: "investigate, identify, apprehend, arrest, detain, or transfer")
    r"|(?:arrest|apprehend|detain)\w*(?:,?\s+(?:and\s+|or\s+)?(?:arrest|apprehend|detain|transfer)\w*)*"
    r"\s+(?:[\w-]+\s+){0,3}?(?:aliens?|immigrants?|noncitizens?|persons?|individuals?|people)\s+"
    r"(?:\w+\s+){0,2}?(?:for|based\s+(?:solely\s+)?on)\s+(?:\w+\s+){0,2}?(?:(?:civil\s+)?violations?\s+of\s+"
    r"(?:federal\s+)?(?:civil\s+)?immigration\s+laws?|(?:civil\s+)?immigration\s+(?:violations?|offenses?))"
    # ... or aliens named as whom the force takes: "to investigate, identify, apprehend, arrest,
    # detain, or transfer to Federal custody aliens"
    r"|(?:(?:investigat|identif|apprehend|arrest|detain)\w*,?\s+(?:or\s+|and\s+)?)*(?:apprehend|arrest|detain"
    r"|transfer)\w*\s+(?:to\s+federal\s+custody\s+)?(?:illegal\s+|unlawfully\s+present\s+|undocumented\s+)?"
    r"aliens\b"
    # ... through a program run for it: "run a program to relocate unauthorized aliens to other states"
    r"|(?:(?:run|operat|establish|creat|fund|maintain)\w*\s+(?:an?\s+|the\s+)?(?:\w+\s+)?programs?\s+(?:to|that)\s+)?"
    r"(?:transport|relocat|bus)\w*\s+(?:\w+\s+){0,2}?(?:migrants?|aliens?|immigrants?|asylum seekers?)"
    # ("transport migrants who entered illegally to other states")
    r"\s+(?:who\s+(?:[\w-]+\s+){1,3}?)?(?:out of|from|to)\b"
    r"|order\w*\s+(?:\w+\s+){0,3}?to\s+(?:return|leave)\s+(?:to\s+)?(?:a\s+|the\s+)?"
    r"(?:foreign|country|state|united states)|" + TAKES_MIGRANTS + r")"
)
STATUS = r"(?:immigration|citizenship or immigration|immigration or citizenship)[- ]status"
# Information on a person's status, as the federal statutes on it (8 U.S.C. 1373, 1644) and the
# state laws that copy them word it: "information regarding the citizenship or immigration status
# of any individual", "immigration status information"
STATUS_INFORMATION = (
    r"(?:(?:information|data|records?)\s+(?:regarding|relating\s+to|related\s+to|about|concerning"
    r"|on|as\s+to|pertaining\s+to)\s+(?:[\w'’]+\s+){0,3}?"
    + STATUS
    + r"|"
    + STATUS
    + r"\s+(?:information|data|records?))"
)
# ... and what those statutes say may not be restricted: sending it to or receiving it from the
# federal agency, keeping it, exchanging it (2.69.0)
STATUS_INFORMATION_KEPT_OR_SENT = (
    r"(?:(?:send|receiv|maintain|exchang)\w*[^.;:|]{0,120}?"
    + STATUS_INFORMATION
    + r"|(?:sending|receipt|maintenance|exchange|exchanging)\s+of\s+"
    + STATUS_INFORMATION
    # "communicating with federal officials about the immigration status of any person"
    + r"|communicat\w*\s+with\s+[^.;:|]{0,60}?\b(?:about|regarding|concerning|as\s+to)\s+"
    r"(?:[\w'’]+\s+){0,3}?" + STATUS + r")"
)
# What a sanctuary place does to its own officers, as the anti-sanctuary statutes word what they
# bar: "prohibit or materially limit a peace officer from inquiring into the immigration status
# …", "in any way restrict … the sharing of information regarding immigration status with …",
# "limit the authority of any officer to assist federal immigration officials"
# (the enforcement side named: the agency, its officers, its detainers or its laws, not "regardless
# of immigration status")
_ENFORCEMENT_SIDE = (
    r"(?:federal\s+immigration|immigration\s+(?:officers?|officials?|authorit\w+|agents?|agenc\w+"
    r"|enforcement|laws?|detainers?)|\b(?-i:ICE)\b|detainers?|homeland\s+security"
    r"|immigration\s+and\s+customs|citizenship\s+and\s+immigration)"
)
# the verbs that bar or limit ("prohibit or in any way restrict", "limit, restrict, or prohibit")
_LIMIT_VERBS = (
    r"(?:(?:prohibit|limit|restrict|discourag|prevent|hinder|imped|obstruct|materially\s+limit)\w*"
    # ("prohibits the state from barring cities from …", 2.69.0)
    r"|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b)"
    r"(?:(?:,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)(?:in\s+any\s+way\s+)?(?:prohibit|limit|restrict"
    r"|discourag|prevent|materially\s+limit)\w*)*\s+"
)
_LIMITS_ENFORCEMENT = (
    _LIMIT_VERBS + r"(?:(?:the\s+)?enforcement\s+of\s+(?:the\s+)?(?:federal\s+)?immigration\s+laws?"
    # "prohibit or restrict compliance with an immigration detainer"
    r"|(?:compliance|cooperation|communication|information[- ]sharing)\s+with\s+[^.;:|]{0,60}?"
    + _ENFORCEMENT_SIDE
    + r"|[^.;:|]{0,120}?\bfrom\s+(?:(?!refus|declin|fail|limit|restrict|prohibit|den(?:y|ying)\b|not\b)"
    r"[\w,]+\s+){0,3}?(?:inquir\w*\s+(?:into|about|as\s+to|regarding)\s+"
    r"(?:the\s+)?(?:immigration|citizenship)\s+status"
    # ... and a statute's list introduced: "from taking any of the following actions with respect
    # to information regarding a person's immigration status:"
    r"|tak\w+\s+(?:\w+\s+){0,4}?actions?\s+with\s+respect\s+to\s+(?:[\w'’]+\s+){0,4}?"
    r"(?:immigration|citizenship)\s+status"
    # ... or any act of enforcement in its own words: "from entering into 287(g) agreements",
    # "from renting jail beds to ICE"
    r"|"
    + ENFORCEMENT_ACT
    + r"|(?:send|shar|provid|communicat|cooperat|assist|permit|comply|complian|honor|us(?:e|ing)|exchang"
    r"|maintain|request|receiv|report|notif|transfer|detain|hold|participat|tak"
    # ... or an agreement made with the agency: "from entering into an agreement under 8 U.S.C.
    # 1357(g) with U.S. Immigration and Customs Enforcement" (2.69.0)
    r"|enter(?:s|ed|ing)?\s+into|sign|renew)\w*[^.;:|]{0,160}?"
    + _ENFORCEMENT_SIDE
    # ... or the statutes' own act, whoever the other side is: "from maintaining information
    # regarding the immigration status of any individual" (2.69.0)
    + r"|"
    + STATUS_INFORMATION_KEPT_OR_SENT
    + r")|(?:the\s+)?(?:sharing|exchange|communication)\s+of\s+information[^.;:|]{0,120}?"
    + _ENFORCEMENT_SIDE
    + r"|(?:the\s+)?(?:authority|ability|power)\s+of\s+[^.;:|]{0,60}?\bto\s+(?:assist|cooperat|communicat"
    r"|comply|enforce|share|inquir|honor)\w*[^.;:|]{0,80}?" + _ENFORCEMENT_SIDE + r")"
)
# ... barred in the negative: "may not", "shall not", "no local entity shall"; or by a verb that
# bars a government "from" it: "prohibits a local entity from restricting its officers from …",
# "a county is prohibited from limiting …" (2.69.0)
BARS_BARRING = (
    r"(?:\b(?:may|shall|must)\s+not|\bcannot|\bno\s+(?:[\w'’,-]+\s+){1,8}?(?:may|shall)"
    r"|\b(?:prohibit(?:s|ed|ing)?|bar(?:s|red|ring)?|ban(?:s|ned|ning)?|forbid\w*|preclud\w*"
    r"|prevent(?:s|ed|ing)?)\s+(?:[\w'’,-]+\s+){0,8}?from)(?:\s+|(?=,))"
)
BARS_BARRING_TRIGGERS = (
    "may not",
    "shall not",
    "must not",
    "cannot",
    "no ",
    "prohibit",
    "bar",
    "ban",
    "forbid",
    "preclud",
    "prevent",
)
# ... itself, or a policy that would: "may not adopt, enforce, or endorse a policy under which the
# local entity prohibits or discourages …"; "may not, as demonstrated by pattern or practice, …"
_BARRING = (
    BARS_BARRING
    + r"(?:(?:adopt|enact|enforce|endorse|have|maintain)\w*[^.;:|]{0,80}?\b(?:that|which|under\s+which)\s+"
    r"(?:[\w'’-]+\s+){0,5}?)?(?:,?\s*as\s+demonstrated\s+by\s+pattern\s+or\s+practice,\s*)?"
)
# The immigration agency alone, not the rest of Homeland Security (FEMA, cybersecurity, the TSA):
# for rows where working with "the Department of Homeland Security" would be anything at all
IMMIGRATION_AGENCY = (
    r"(?:\b(?-i:ICE)\b|immigration and customs(?: enforcement)?\b|immigration and naturali[sz]ation"
    r" service|federal immigration (?:authorit|agen|officials?)\w*\b|immigration authorit\w*\b"
    r"|immigration officials?|immigration agen\w*\b)"
)
# ... or the department it belongs to, where an agreement or a notice can only be about immigration
ICE_AGENCY = r"(?:" + IMMIGRATION_AGENCY + r"|department of homeland security)"
# data kept from the agency: "keep customer data confidential from immigration authorities"
# (2.78.0)
DATA_KEPT_FROM_ICE = (
    r"\b(?:information|data|records?|files?)\b[^.;:|]{0,40}?\b(?:confidential|private|secret)\s+"
    r"from\s+(?:the\s+)?(?:(?:u\.?s\.?|federal)\s+)?(?:"
    + IMMIGRATION_AGENCY
    + r"|immigration\s+enforcement)"
)
# the agency's national qualifier, as measures write it before the name: "U.S. Immigration and
# Customs Enforcement", "federal immigration authorities"
_AGENCY_QUALIFIER = r"(?:u\.?s\.?\s+|united\s+states\s+|federal\s+)?"
# People reported to the agency, in the passive, the agency told right after: "requires that
# applicants who are not citizens be reported to U.S. Immigration and Customs Enforcement"
REPORTED_TO_ICE = (
    r"\b(?:be|is|are|been|being)\s+(?:promptly\s+|immediately\s+)?(?:reported|referred)\s+to\s+"
    # (the immigration agency itself: "incidents shall be reported to the Department of Homeland
    # Security" is cybersecurity)
    r"(?:the\s+)?" + _AGENCY_QUALIFIER + IMMIGRATION_AGENCY
)
# A local government's agreement with the immigration agency, ended: "terminate the agreement with
# ICE", "withdraw from the memorandum of understanding (MOU) with Immigration and Customs
# Enforcement" (the agency as a council writes it: "the Immigrations and Customs Enforcement
# ("ICE") Agency")
AGREEMENT_WITH_ICE_ENDED = (
    r"\b(?:terminat\w*|rescind\w*|cancel\w*|withdr[ae]w\w*(?:\s+from)?|\bend(?:s|ed|ing)?|exit\w*"
    r"|not\s+renew\w*)\s+(?:[\w'’-]+\s+){0,3}?(?:agreements?|memorand(?:um|a)\s+of\s+"
    r"(?:understanding|agreement)|\bmou\b|\bmoa\b)(?:\s*\((?:mou|moa)\))?\s+"
    r"(?:between\s+[^.;:|]{0,60}?\band\s+|with\s+)(?:the\s+)?[\"“”']?"
    + _AGENCY_QUALIFIER
    + r"(?:"
    + IMMIGRATION_AGENCY
    + r"|immigrations\s+and\s+customs)"
)
# the agents let in or kept out: "ICE", "federal immigration agents", "immigration officers"
AGENTS_ADMITTED = (
    r"(?:" + ICE_AGENCY + r"(?:\s+(?:agents?|officers?|officials?))?"
    r"|(?:federal\s+)?immigration\s+(?:officers?|personnel))"
)
# Immigration agents barred from a place: "bars ICE agents from county jails", "keeps
# immigration officers out of its schools"
AGENTS_BARRED_FROM_PLACE = (
    r"(?:\bbar(?:s|red|ring)?|\bban(?:s|ned|ning)?|prohibit\w*|exclud\w*|keep(?:s|ing)?|kept"
    r"|block\w*|prevent\w*)\s+(?:the\s+)?"
    + AGENTS_ADMITTED
    # (the place's own words between, no other act: not "from conducting enforcement actions at
    # sensitive locations", the agency's own conduct)
    + r"\s+(?:from|out\s+of)\s+(?:entering\s+)?(?:[\w'’-]+(?<!ing)\s+){0,4}?"
    + AGENT_PLACES
)
# ... refused, denied or kept out by the government that holds the place: "deny ICE access to
# the jail", "refuse immigration officers access to persons in custody", "prevent ICE agents from
# entering the jail" (what a sanctuary place does: ``SANCTUARY_ACT``)
AGENTS_REFUSED = (
    # ... or not let in: "refuse to allow ICE agents to interview inmates"
    r"(?:den(?:y|ies|ied|ying)|refus\w*|prevent\w*|block\w*|exclud\w*)\s+"
    r"(?:(?:to\s+)?(?:allow|permit|grant|let|giv)\w*\s+)?(?:the\s+)?"
    + AGENTS_ADMITTED
    + r"\s+(?:(?:from\s+|to\s+)?(?:access|enter|entry|interview)\w*|(?:full\s+|unrestricted\s+)?access\b)"
    # ... or barred from the place
    + r"|"
    + AGENTS_BARRED_FROM_PLACE
)
# Immigration enforcement itself barred, or let in, at a place, in the passive: "Immigration
# enforcement actions are prohibited at schools", "… safe zones where immigration enforcement is
# not permitted" (DOMAIN.md: ICE access to sensitive places)
_ENFORCEMENT_SUBJECT = (
    r"\b(?:civil\s+)?immigration\s+enforcement(?:\s+(?:actions?|activit(?:y|ies)|operations?))?"
)
_AT_A_PLACE = r"\s+(?:at|in|on|within|near|inside)\s"
_BARRED_PASSIVE = (
    r"\s+(?:(?:is|are)\s+|(?:shall|may|must|will)\s+be\s+)(?:prohibited|barred|banned|forbidden)\b"
    r"|\s+(?:is|are|shall|may|will)\s+not(?:\s+be)?\s+(?:permitted|allowed|authorized|conducted)\b"
)
ENFORCEMENT_BARRED_AT = (
    r"\bwhere\s+(?:all\s+|any\s+)?" + _ENFORCEMENT_SUBJECT + r"(?:" + _BARRED_PASSIVE + r")"
    r"|" + _ENFORCEMENT_SUBJECT + r"(?:" + _BARRED_PASSIVE + r")" + _AT_A_PLACE
)
ENFORCEMENT_LET_IN_AT = (
    _ENFORCEMENT_SUBJECT
    + r"\s+(?:(?:is|are)\s+|(?:shall|may|will)\s+be\s+)(?:permitted|allowed|authorized)"
    + _AT_A_PLACE
)
# People let go before agents come for them: "releases an alien from custody before federal
# immigration authorities take custody", "release an inmate prior to the time ICE can assume
# custody"
RELEASED_BEFORE_ICE_CUSTODY = (
    r"releas\w*\s+(?:[\w'’-]+\s+){0,6}?(?:before|prior\s+to)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?"
    + AGENTS_ADMITTED
    + r"\s+(?:(?:can|could|may|is\s+able\s+to)\s+)?(?:tak|assum|obtain)\w*\s+(?:physical\s+)?custody"
)
# What a sanctuary place does, as a verb in any form: adopts a sanctuary policy, limits a tool of
# enforcement, declines or refuses one, asks a warrant first, bars its officers from one
SANCTUARY_ACT = (
    # "votes for a sanctuary policy"; "no city may be a sanctuary city", "declare itself a …"
    # "signing the sanctuary city ordinance"
    r"(?:(?:adopt|enact|maintain|implement|declar|pass|becom|sign|vot(?:e|es|ed|ing)\s+(?:for|in\s+favor"
    r"\s+of)|(?:be|serve\s+as|(?:declare|designate)\s+itself)(?=\s+an?\s))\w*"
    # "may not adopt or have in effect a sanctuary policy" (as state anti-sanctuary statutes say it)
    r"(?:\s+or\s+(?:have|keep|maintain|enforce)(?:\s+in\s+(?:effect|force))?)?"
    + OBJECT_GAP
    + SANCTUARY_POLICY
    # the means named first: "use public funds to limit cooperation with …"
    + r"|(?:us(?:e|es|ing)\s+(?:\w+\s+){0,2}?(?:resources|funds|personnel|money)\s+to\s+)?"
    # ... or ended: "ending the 287(g) agreement"
    # ... or barred: "prohibits the use of immigration detainers"
    + r"(?:(?:limit|restrict|curtail|terminat|cancel|rescind|prohibit|ban(?=s|ned|ning|\s)"
    r"|end(?=s|ed|ing|\s))\w*"
    + OBJECT_GAP
    + ENFORCEMENT_TOOL
    # ... or its officers' part in it: "limits the ability of its law enforcement officers to
    # assist in the enforcement of Federal immigration law"
    + r"|(?:limit|restrict|curtail|prohibit)\w*\s+(?:the\s+)?(?:ability|authority|power|discretion)\s+of\s+"
    r"(?:[\w'’-]+\s+){1,6}?to\s+(?:assist|help|cooperat|aid|communicat|participat)\w*\s+(?:in\s+|with\s+)?"
    r"(?:the\s+)?(?:enforcement\s+of\s+(?:federal\s+)?immigration|federal\s+immigration|\b(?-i:ICE)\b"
    r"|immigration)"
    # ("prohibit information sharing with immigration authorities")
    + r"|(?:limit|restrict|curtail|prohibit)\w*\s+(?:\w+\s+)?(?:information[- ]sharing|communication|cooperation"
    r"|compliance|assistance)\s+with\s+(?:the\s+)?(?:u\.?\s?s\.?\s+|united\s+states\s+)?"
    r"(?:federal\s+immigration|\b(?-i:ICE)\b|immigration))"
    r"|"
    + AGENTS_REFUSED
    # ... or does not: "cities that do not comply with federal immigration detainers"
    + r"|(?:(?:declin|refus|fail)\w*(?:\s+or\s+(?:declin|refus|fail)\w*)?\s+(?:to\s+)?"
    # ("a county that will not honor detainers loses state funds", 2.79.0)
    r"|(?:do|does|did|will|would)\s+not\s+|won[’']t\s+)"
    # ... the law itself refused: "cities that do not comply with federal immigration law"
    + ENFORCEMENT_ACT
    # ... or the request refused by its name: "ignores immigration detainers", "declines a request
    # from federal immigration authorities to hold an inmate"
    + r"|(?:declin|refus|ignor|disregard)\w*\s+(?:\w+\s+){0,2}?detainers?"
    r"|(?:declin|refus|ignor|disregard)\w*\s+(?:\w+\s+){0,3}?requests?\s+(?:from|of|by)\s+(?:the\s+)?"
    r"(?:[\w.-]+\s+){0,3}?(?:\b(?-i:ICE)\b|immigration|homeland\s+security)"
    # ... or people let go before agents come
    + r"|"
    + RELEASED_BEFORE_ICE_CUSTODY
    # ("require ICE to present a judicial warrant")
    + r"|requir\w*\s+(?:(?:[\w.-]+\s+){1,5}?to\s+(?:present|obtain|provide|produce|show|have|secure)\s+)?"
    r"(?:an?\s+|the\s+)?(?:judicial|signed|court|criminal)\s+(?:\w+\s+)?warrants?"
    # "jurisdictions that release aliens subject to immigration detainers"
    r"|releas\w*\s+(?:[\w'’-]+\s+){0,4}?(?:(?:who\s+(?:is|are)\s+)?(?:the\s+)?subject\s+(?:to|of)"
    r"|held\s+on)\s+(?:an?\s+|the\s+|any\s+)?(?:immigration\s+|\b(?-i:ICE)\s+)?detainers?"
    r"|(?:prohibit|bar|forbid|prevent)\w*\s+(?:\w+\s+){0,3}?from\s+"
    + ENFORCEMENT_ACT
    # ... or its agents taken to court for it: "arrests or prosecutes Federal law enforcement
    # officers for performing duties related to the enforcement of Federal immigration law"
    + r"|(?:arrest|prosecut|detain|charg)\w*(?:\s+or\s+(?:arrest|prosecut|detain|charg)\w*)?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:officers?|agents?|officials?|employees?|personnel)\s+(?:for|while)\s+"
    r"[^.;|]{0,60}?(?:immigration|\b(?-i:ICE)\b)"
    # the proactive tools of the same toolkits (DOMAIN.md): counsel in removal proceedings,
    # municipal ID cards, U-visa certifications
    + r"|(?:provid|fund|offer)\w*\s+(?:\w+\s+){0,3}?(?:legal\s+(?:representation|counsel|services|defense)"
    r"|counsel|attorneys?|lawyers?)\s+(?:\w+\s+){0,4}?(?:removal|deportation|immigration)\s+"
    r"(?:proceedings|cases|court)"
    r"|issu\w*\s+(?:\w+\s+)?(?:municipal|city|county|community|local)\s+(?:identification|identity|id)\b"
    # ... said by who gets them: "issue identification cards to illegal aliens"
    r"|issu\w*\s+(?:identification|identity|id)\s+(?:cards?|documents?)\s+to\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:persons?|residents?|people|individuals?|immigrants?|aliens?)\b"
    r"|(?:certif|sign)\w*\s+(?:\w+\s+){0,2}?\b[ut][- ]visas?\b"
    # ... by the certification's form or the visas' citations: "certifying Form I-918
    # Supplement B", "certify … under 8 U.S.C. 1184(p)"
    r"|(?:certif|sign)\w*\s+(?:[\w.-]+\s+){0,3}?(?:forms?\s+)?i-91[48]\w*"
    r"|(?:certif|sign)\w*\s+(?:[\w.-]+\s+){0,6}?(?:under|pursuant\s+to|for\s+purposes\s+of)\s+"
    + USC_8_CITED
    + U_T_VISA_CITATION
    + r")"
)
# verbs that tell a government to do something, or let it
TELLS_TO = (
    r"\b(?<!not )(?:requir(?:e|es|ed|ing)|direct(?:s|ed|ing)?|authoriz(?:e|es|ed|ing)"
    r"|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|mandat(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)"
    r"|empower(?:s|ed|ing)?|urg(?:e|es|ed|ing)"
    # "compels", "obligates", "instructs" a government to: a duty like "requires"
    r"|compel(?:s|led|ling)?|obligat(?:e|es|ed|ing)|instruct(?:s|ed|ing)?"
    # "committing the county to …": a resolution's own pledge (2.71.0)
    r"|commit(?:s|ted|ting)?"
    # "orders", "forces" or "enables" a government to; not the noun ("in order to", "the
    # Governor's order barring …", "an executive order requiring …")
    r"|(?<!in )(?<!'s )(?<!’s )(?<!executive )order(?:s|ed|ing)?(?=\s+(?!\w+ing\b))"
    r"|forc(?:e|es|ed|ing)|enabl(?:e|es|ed|ing))\s+"
)
# a government named at a clause's start, then what it must or may do ("Counties shall …"),
# not "No agency shall …" nor "Nothing in this act shall …"
# its words are no subordinating word nor a verb: "Requires a judicial warrant before a jail may
# honor …" names no government at its start
CLAUSE_ACTOR_WORD = (
    r"(?!(?:before|after|when|whenever|where|if|unless|until|while|requir\w*|prohibit\w*"
    r"|provid\w*|authoriz\w*|allow\w*|permit\w*|direct\w*|mandat\w*)\s)" + ACTOR_WORD
)
CLAUSE_ACTOR = (
    # (it starts at the clause's first word, where a row reading that word's verb starts too:
    # "| Reduces the time the county jail may hold …" is the verb's, the earlier row's)
    r"(?:^|(?<=[.;:|(])|(?<=[.;:|(]\s)|\bthat\s+)(?!no\b|not\b|nothing\b|neither\b|none\b)"
    + rf"(?:{CLAUSE_ACTOR_WORD}){{1,8}}?"
)
# "hold" of a person, not of a meeting: "authorizing the committee to hold public hearings",
# "requires the governing body to hold a community forum before …" hold no one
HOLDS_NO_MEETING = (
    r"(?!\s+(?:an?\s+|the\s+|its\s+)?(?:joint\s+|public\s+|community\s+)*(?:hearings?|meetings?"
    r"|sessions?|forums?|workshops?|town\s+halls?|elections?)\b)"
)
# cooperation held to a law's limits, not required: "requires any cooperation with federal
# immigration authorities to be consistent with the Keep Washington Working Act"
HELD_TO_LIMITS = (
    r"(?![^.;:|]{0,80}?\bto\s+(?:be\s+)?(?:consistent|in\s+accordance|in\s+compliance|conform"
    r"|limited|subject))"
)
# an agreement continued, not a meeting's business: "Continue the county's contract to hold ICE
# detainees", not "Continue discussion of the agreement with ICE"
NOT_A_MEETING_CONTINUED = (
    r"\b(?!\s+(?:the\s+)?(?:discussion|consideration|hearing|deliberation|item|public|review"
    r"|study)\b)"
)
# not who is told, said by what it did: "requires any agency that has entered into a 287(g)
# agreement to terminate the agreement"
NOT_WHAT_IT_DID = r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)"
# A public step a government must take first (DOMAIN.md: a condition added before cooperation is
# protective): a community forum, a public hearing, elected officials' approval
_PUBLIC_STEP = (
    r"community\s+forums?|public\s+(?:hearings?|meetings?|forums?|comment)"
    r"|(?:approv\w+|vote|ratification)\s+(?:of|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:governing\s+bod(?:y|ies)|board|council|legislature|general\s+assembly|commission(?:ers)?)"
)
# ... and the cooperation it must come before: "providing ICE access to an individual", "entering
# into a 287(g) agreement" (not "adopting a policy": a sanctuary policy held to a public step is
# a restrictive statute's condition)
_COOPERATION_PARTY = r"(?:\b(?-i:ICE)\b|immigra|287\s*\(g\)|homeland\s+security)"
_COOPERATION_VERB = (
    r"(?:provid|allow|grant|enter|sign|renew|execut|extend|permit|shar|disclos|transmit|send)\w*"
)
_COOPERATION_GIVEN = (
    r"(?:(?:[\w'’-]+\s+){0,6}?"
    + _COOPERATION_VERB
    + r"[^.;:|]{0,80}?"
    + _COOPERATION_PARTY
    # ... or the party named first: "before any ICE access is provided"
    + r"|(?:[\w'’-]+\s+){0,2}?"
    + _COOPERATION_PARTY
    + r"[\w'’-]*\s+(?:[\w'’-]+\s+){0,3}?"
    + _COOPERATION_VERB
    + r")"
)
# a condition that follows the act ("… only with a judicial warrant") is read on its own
NO_CONDITION = r"(?![^.;:|]{0,60}?\b(?:unless|only|except|without|warrant))"
# ... and one dropped: "… without a judicial warrant", "without their consent"
WITHOUT_A_CONDITION = (
    r"[^.;:|]{0,100}?\bwithout\s+(?:(?:a|an|any|the|their|his|her|its|prior|first)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:warrants?|court\s+orders?|subpoenas?|consent)\b"
)
# what a government may be given, left, limited in or stripped of ("the authority of counties to
# …", "the ability of sheriffs to …", "any duty to …")
POWER = r"(?:authority|ability|power|right|discretion|duty|obligation|requirement)"
# an immigration word within the rest of the clause, looked for where a shape's verb holds
IMMIGRATION_AHEAD = r"(?=[^.;:|]{0,160}?(?:\b(?-i:ICE)\b|immigra))"
# a duty denied (2.69.0): "counties are not required to …", "a sheriff shall not be required to …"
DUTY_DENIED = (
    r"\b(?:(?:is|are)\s+(?:not|no\s+longer)|(?:shall|may|will|must)\s+not\s+be"
    r"|(?:shall|may|will)\s+no\s+longer\s+be)\s+(?:required|obligated|compelled|mandated|directed)"
    r"\s+to\s+"
)
# a practice ended: "ends the practice of the sheriff honoring ICE detainers" (2.69.0)
PRACTICE_ENDED = (
    r"\b(?:end(?:s|ed|ing)?|stop(?:s|ped|ping)?|halt\w*|discontinu\w*|terminat\w*|ceas\w*)\s+"
    r"(?:the\s+|its\s+|their\s+|any\s+)?(?:practice|policy)\s+of\s+(?:" + ACTOR_GAP + r")?"
)
# The shapes that bar a government from an act, up to the act: "prohibits counties from",
# "agencies are prohibited from", "a ban on cities", "it is unlawful for a county to", "no
# agency may", "agencies are not permitted to", "may not", "penalizes cities for"
BARRED = (
    r"(?:"
    + BARS_FROM
    + ACTOR_GAP
    + r"from\s+"
    + r"|\b(?:is|are)\s+(?:hereby\s+)?(?:(?:prohibit\w*|barred|banned|precluded|prevented"
    r"|forbidden|stopped|restricted)\s+from|forbidden\s+to)\s+"
    # "forbids counties to …", "shall refrain from …", "ensures that counties do not …",
    # "requires that sheriffs not …" (one branch: each branch is tried at every word)
    + r"|\b(?:forb[ia]d\w*\s+"
    + ACTOR_GAP
    # ... or a council's pledge or intent that it not: "expressing the council's intent that the
    # city not …" (2.71.0)
    + r"to|refrain(?:s|ed|ing)?\s+from|(?:ensur|assur|requir|mandat|pledg|promis|intent|commit)\w*"
    r"\s+that\s+"
    + ACTOR_GAP
    + r"(?:(?:do|does)\s+)?not)\s+"
    + r"|\b(?:prohibitions?|bans?)\s+(?:on|against)\s+"
    + ACTOR_GAP
    + r"(?:from\s+)?"
    + r"|\bunlawful\s+for\s+"
    + ACTOR_GAP
    + r"to\s+"
    + r"|\bno\s+"
    + ACTOR_GAP
    + r"(?:may|shall|must)\s+"
    + r"|\b(?:is|are)\s+not\s+(?:permitted|allowed|authorized)\s+to\s+"
    + r"|"
    + DUTY_DENIED
    + r"|"
    + PRACTICE_ENDED
    # ... or the act barred with no one named: "a written policy that prohibits arresting persons
    # who cross the border illegally" (2.70.0)
    + r"|\b(?:prohibit(?:s|ed|ing)?|ban(?:s|ning)?|forbid(?:s|ding)?)\s+(?=\w+ing\b)"
    # a power or a duty denied: "sheriffs have no authority to …", "counties lack the power to
    # …", "police have no duty to …"
    + r"|\b(?:ha(?:s|ve|ving)\s+no|lack(?:s|ed|ing)?)\s+(?:the\s+)?(?:legal\s+)?"
    r"(?:authority|power|right|discretion|duty|obligation)\s+to\s+"
    # ("will never", "would not": a council's pledge, 2.71.0)
    + r"|\b(?:may|shall|must|will|would)\s+(?:not|never|no\s+longer)\s+|\bcannot\s+"
    + r"|(?:penaliz\w*|punish\w*|sanction(?:s|ed|ing)?|fin(?:e|es|ing))\s+"
    + ACTOR_GAP
    + r"(?:for|that|which|who)\s+"
    # a power or a duty taken away: "revokes the authority of counties to …", "strips sheriffs
    # of the power to …", "relieves cities of the duty to …"
    # "limits the ability of sheriffs to …", "ends the authority of cities to …"
    + r"|\b(?:(?:revok|remov|eliminat|repeal|rescind|withdr[ae]w|terminat|limit|restrict|curtail"
    r"|narrow)\w*|end(?:s|ed|ing)?)\s+(?:the\s+)?"
    + POWER
    + r"\s+(?:of|for)\s+"
    + ACTOR_GAP
    + r"to\s+"
    + r"|\b(?:strip|reliev|divest|free|exempt)\w*\s+"
    + ACTOR_GAP
    + r"(?:of|from)\s+(?:the|its|their|any)\s+"
    + POWER
    + r"\s+to\s+"
    + r")"
    # ... and barred from telling another government to: "prohibits the state from requiring
    # local governments to …", "the state may not require counties to …" (2.69.0)
    + r"(?:(?:requir|direct|mandat|compel|forc|order)\w*\s+"
    + ACTOR_GAP
    + r"to\s+)?"
)
BARRED_TRIGGERS = (
    "never",
    "discourag",
    "required",
    "obligated",
    "compelled",
    "mandated",
    "directed",
    "practice of",
    "policy of",
    "prohibit",
    "bar",
    "ban",
    "preclud",
    "prevent",
    "block",
    "authority of",
    "ability of",
    "right of",
    "discretion of",
    "power of",
    "duty of",
    "obligation of",
    "requirement for",
    "stop",
    "forb",
    "restrict",
    "refrain",
    "ensur",
    "assur",
    "exempt",
    "strip",
    "reliev",
    "divest",
    "free",
    "disallow",
    "restrain",
    "enjoin",
    "lack",
    "keep",
    "kept",
    "no longer",
    "unlawful",
    "no ",
    "not ",
    "cannot",
    "penaliz",
    "punish",
    "sanction",
    "fin",
)
# A punishment taken away, up to what it punished: "repeals the penalties imposed on cities that
# …", "prohibits the state from withholding funds from counties that …"; the act keeps its side
LIFTED_SANCTION = (
    r"(?:(?:repeal|eliminat|abolish|rescind|remov)\w*\s+(?:the\s+|any\s+|all\s+)?"
    r"(?:(?:civil|criminal)\s+)?(?:penalt(?:y|ies)|fines?|sanctions?)\s+(?:imposed\s+)?"
    r"(?:on|upon|against|for)\s+"
    # ... or barred: "bars any penalty against cities that …", "bars complaints against cities
    # that limit cooperation" (2.78.0)
    r"|(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|forb[ia]d\w*)\s+(?:the\s+"
    r"(?:imposition|filing|bringing)\s+of\s+)?(?:(?:any|all)\s+)?(?:(?:civil|criminal)\s+)?"
    r"(?:penalt(?:y|ies)|fines?|sanctions?|complaints?|(?:law)?suits?|(?:legal\s+)?actions?|claims?)"
    r"\s+(?:on|upon|against)\s+"
    + r"|"
    + BARS_FROM
    + ACTOR_GAP
    + r"from\s+(?:(?:penaliz|punish|defund)\w*\s+|impos\w+\s+(?:an?\s+)?"
    r"(?:(?:civil|criminal)\s+)?(?:penalt(?:y|ies)|fines?|sanctions?)\s+(?:on|upon|against)\s+|"
    + SANCTION
    + r")"
    # ... or the duty or the power to punish undone: "removes the requirement that the attorney
    # general prosecute …", "ends state prosecution of …" (2.62.0)
    + r"|(?:repeal|remov|eliminat|rescind|abolish|\bend(?=s|ed|ing|\s)|stop|halt|terminat)\w*\s+"
    r"(?:the\s+|all\s+|any\s+)?(?:(?:requirement|duty|mandate|provision)\s+(?:that|for)\s+"
    r"(?:[\w'’-]+\s+){1,4}?|(?:state|county|local|criminal|civil)\s+)?"
    + SANCTION
    # ... or denied in the negative: "the attorney general may not sue a city that …", "no state
    # agency shall withhold funds from a county that …" (2.62.0)
    + r"|"
    + DENIED_TO
    + r"\s+"
    + SANCTION
    # ... or the power to punish limited: "To limit the authority of the Attorney General to
    # withhold grants from cities that …" (2.43.0)
    + r"|(?:limit|restrict|remov|eliminat|curtail|narrow)\w*\s+(?:the\s+)?(?:authority|ability"
    r"|power|discretion)\s+of\s+"
    + ACTOR_GAP
    + r"to\s+(?:(?:penaliz|punish|defund)\w*\s+|"
    + SANCTION
    + r"))"
    + GOV_NAMED
)
# (every lifted punishment names the punishment: rarer words than the verbs that lift it)
LIFTED_TRIGGERS = (*SANCTION_TRIGGERS, "defund")
# The shapes that tell or let a government do an act, up to the act: "requires counties to",
# "agencies are required to", "a requirement that cities", "Counties shall"
TOLD = (
    r"(?:"
    + TELLS_TO
    + ACTOR_GAP
    + r"to\s+"
    # ... through the officers it names for the work: "requires the sheriff to designate
    # officers to perform the functions of an immigration officer"
    + r"(?:(?:designat|assign|appoint|detail|dedicat|deputiz)\w*\s+"
    + ACTOR_GAP
    + r"to\s+)?"
    + r"|\b(?:is|are|(?:shall|may|will|must|can)\s+be)\s+(?:hereby\s+)?(?:required|directed|authorized"
    r"|allowed|permitted|mandated|encouraged|empowered|ordered|forced|compelled|enabled)\s+to\s+"
    # "a requirement that cities …", "requires that counties …", "ensures that sheriffs …";
    # "expands the authority of counties to …", "restores the power of sheriffs to …"
    + r"|\b(?:requirements?\s+that\s+"
    + ACTOR_GAP
    + r"|(?:requir(?:e|es|ed|ing)|mandat(?:e|es|ed|ing)|ensur(?:e|es|ed|ing)|direct(?:s|ed|ing)?"
    # a resolution's request in a that-clause: "requesting that the Sheriff enter into …"
    r"|request(?:s|ed|ing)?|ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|recommend(?:s|ed|ing)?)"
    r"\s+that\s+"
    + AGENCY_GAP
    # ... let do it: "to ensure that State and local law enforcement may cooperate with …"
    + r"(?:(?:may|can)\s+)?"
    # ... or a policy or a pledge that it will: "establishing a policy that the police
    # department will …" (2.71.0; not a policy that keeps it from acting, which bars the act)
    + r"|(?:polic(?:y|ies)|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing))\s+that\s+"
    r"(?!(?:[\w'’-]+\s+){0,6}?(?:keep|kept|prevent|block|stop|bar|ban|prohibit|restrict|limit|forb[ia]d"
    r"|preclud|discourag|hinder|imped|obstruct)\w*\b)"
    + AGENCY_GAP
    + r"(?:(?:will|shall|must|would|may)\s+(?!not\b|never\b|no\b))?"
    + r"|(?:expand|affirm|reaffirm|restor|clarif|confirm|broaden|recogniz|extend|preserv)\w*\s+"
    r"(?:the\s+)?(?:inherent\s+|existing\s+|full\s+)?"
    + POWER
    + r"\s+of\s+"
    + ACTOR_GAP
    + r"to\s+"
    # "clarifies that States have the authority to …"
    + r"|(?:affirm|reaffirm|clarif|confirm|recogniz|declar)\w*\s+that\s+"
    + ACTOR_GAP
    + r"(?:ha(?:s|ve)|retains?|possess(?:es)?)\s+(?:the\s+)?(?:inherent\s+|full\s+)?"
    + POWER
    + r"\s+to\s+)"
    # "creates a program for the state to …", "appropriates funds for sheriffs to …"
    + r"|\b(?:programs?|funds?|funding|moneys?|grants?|appropriations?)\s+(?:for|to)\s+"
    + ACTOR_GAP
    + r"to\s+"
    # "sheriffs have a duty to …", "counties have the authority to …" (not "have no …":
    # BARRED)
    + r"|\b(?:ha(?:s|ve)|bears?|retains?|possess(?:es)?)\s+(?:a|the)\s+(?:legal\s+|mandatory\s+"
    r"|affirmative\s+|inherent\s+|full\s+|sole\s+)?(?:duty|obligation|authority|power|discretion)\s+to\s+"
    # "gives counties the authority to …", "grants sheriffs the power to …": leave
    + r"|\b(?:giv(?:e|es|ing)|gave|grant(?:s|ed|ing)?)\s+"
    + ACTOR_GAP
    + r"(?:the\s+)?(?:authority|power|right|discretion)\s+to\s+"
    + r"|"
    + CLAUSE_ACTOR
    # "Counties shall …", and leave: "Notwithstanding any other law, a county may …"; and a
    # pledge, as a resolution declares it: "declaring that the county will cooperate with …"
    # (2.78.0)
    + r"(?:shall|must|may|will)\s+(?!not\b|never\b|no\s+longer\b)"
    # a place's own word, as a resolution declares it: "a law and order county that will
    # cooperate with …"
    + r"|\b"
    + GOV_WORD
    + r"\s+(?:that|which)\s+will\s+(?!not\b)(?:\w+ly\s+)?"
    + r")"
)
# A thing, then what is done to it in the passive, as statutes and summaries often say it:
# "Sanctuary policies are prohibited", "Immigration detainers shall be honored", "A 287(g)
# agreement is void and unenforceable", "Personal information shall be shared with ICE"
PASSIVE_BE = r"\s+(?:(?:is|are)\s+(?:hereby\s+)?|(?:shall|must|will|may)\s+(?:hereby\s+)?be\s+)"
PASSIVE_HINDERED = (
    r"(?:"
    + PASSIVE_BE
    # (not "repealed", "rescinded", "revoked", "suspended": a passive repeal turns what stands
    # before it already, REPEALED_PASSIVE, and PASSIVE_FURTHERED names the thing for it)
    + r"(?:(?:declared|deemed)\s+)?(?:prohibited|banned|barred|forbidden|outlawed|abolished"
    r"|terminated|voided|void|null|invalid(?:ated)?|unenforceable|preempted"
    r"|discontinued|cancell?ed|limited|restricted)\b"
    r"|\s+(?:shall|may|must|will)\s+not\s+be\s+(?:honou?red|entered\s+into|renewed|executed|extended"
    r"|enforced|adopted|enacted|implemented|signed|used|complied\s+with)\b"
    r"|\s+(?:is|are)\s+not\s+(?:permitted|allowed|authorized)\b)"
)
PASSIVE_FURTHERED = (
    PASSIVE_BE
    + r"(?!not\b)(?:required|mandated|authorized|permitted|allowed|encouraged|honou?red|enforced"
    r"|adopted|established|renewed|extended|expanded|reinstated|restored|complied\s+with"
    # the thing named with its own side before a passive repeal, which turns it
    r"|repealed|rescinded|revoked|suspended)\b"
    # (not a duty or leave given to the one named: "an officer participating in the 287(g)
    # program shall be required to identify themselves")
    r"(?!\s+to\s)"
)
# what may stand between the thing and its verb: "287(g) agreements", "immigration detainers
# issued by ICE", "contracts with ICE to detain immigrants"
PASSIVE_GAP = r"(?:\s+[\w'’()-]+){0,6}?"
# (the auxiliary with its participle: the rows run only where a passive is said)
_PASSIVE_PARTICIPLES = (
    "prohibited",
    "banned",
    "barred",
    "forbidden",
    "outlawed",
    "abolished",
    "repealed",
    "rescinded",
    "revoked",
    "terminated",
    "void",
    "null",
    "invalid",
    "unenforceable",
    "preempted",
    "discontinued",
    "suspended",
    "cancel",
    "limited",
    "restricted",
    "required",
    "mandated",
    "authorized",
    "permitted",
    "allowed",
    "encouraged",
    "honored",
    "honoured",
    "enforced",
    "adopted",
    "established",
    "renewed",
    "extended",
    "expanded",
    "reinstated",
    "restored",
    "complied",
    "declared",
    "deemed",
)
PASSIVE_TRIGGERS = (
    *(f"{aux} {p}" for aux in ("is", "are", "be", "hereby") for p in _PASSIVE_PARTICIPLES),
    "not be ",
    "not permitted",
    "not allowed",
    "not authorized",
    # PASSIVE_SHARED
    *(
        f"{p} {to}"
        for p in ("shared", "disclosed", "provided", "transmitted", "furnished", "reported", "sent")
        for to in ("with", "to")
    ),
    "made available",
)
# A government's own decision, policy or refusal named as a noun, as resolutions back or oppose
# it ("supporting the sheriff's decision to stop honoring ICE detainers", "denouncing the
# county's policy of not sharing data with ICE", "opposing the city's refusal to …"): what it
# decided not to do is barred, what it decided to do is done, as if it were told to. The match
# starts at the government's word, so an opposing word before it opens a span over it.
# (not the federal government's: "the federal government's failure to enforce immigration
# laws" is a call about federal enforcement)
GOV_POSSESSIVE = (
    r"\b(?<!federal )(?<!national )(?:(?:" + GOV_WORD + r"|offices?)(?:'s|’s|'|’)"
    r"|its|their|his|her)\s+"
)
DECISION_NOUNS = (
    "decision",
    "decisions",
    "plan",
    "plans",
    "policy",
    "policies",
    "practice",
    "practices",
    "choice",
    "commitment",
    "vote",
    "move",
    "intent",
    "intention",
    "proposal",
    "effort",
    "efforts",
)
# the words of stopping an act ("decision to stop …", "to cease …", "to discontinue …")
STOPS = r"(?:stop|cease|end|discontinue|halt)"
DECISION = (
    r"(?:(?:recent|new|current|longstanding|long-standing|stated|unanimous|official|existing|own)\s+)?"
    r"(?:" + "|".join(DECISION_NOUNS) + r")\s+"
)
DECIDED_NOT = (
    GOV_POSSESSIVE + r"(?:" + DECISION + r"(?:to\s+(?:" + STOPS + r"\s+|no\s+longer\s+|not\s+)"
    r"|not\s+to\s+|of\s+(?:not|no\s+longer)\s+)|(?:refusal|failure)\s+to\s+)"
)
DECIDED = GOV_POSSESSIVE + DECISION + r"(?:to|of)\s+(?!(?:" + STOPS + r"|no|not|never)\b)"
# (the noun and the word after it: "decision to", "policy of", "decision not to")
DECISION_TRIGGERS = (
    *(f"{noun} {word}" for noun in DECISION_NOUNS for word in ("to", "of", "not")),
    "refusal to",
    "failure to",
)
# What a repeal names before the act it frees or ends: "repeals the prohibition on counties
# [declining …]", "repeals the requirement that agencies [refuse to honor …]"
REPEALED_BAN_ON = (
    r"repeal\w*\s+(?:the\s+|a\s+|any\s+)?(?:prohibitions?|bans?|bars?)\s+(?:on|against)\s+"
    + rf"(?:{ACTOR_WORD}){{0,6}}?(?:from\s+)?"
)
REPEALED_REQUIREMENT = (
    r"repeal\w*\s+(?:the\s+|a\s+|any\s+)?requirements?\s+(?:that|for)\s+"
    + rf"(?:{ACTOR_WORD}){{0,6}}?(?:to\s+)?"
)
TOLD_TRIGGERS = (
    "commit",
    "policy that",
    "policies that",
    "pledg",
    "promis",
    "requir",
    "order",
    # "forces" (not "enforces"): after a space, or capitalized at a text's start
    " forc",
    "Forc",
    "FORC",
    "enabl",
    "ensur",
    "authority of",
    "ability of",
    "power of",
    "right of",
    "discretion of",
    "duty of",
    "obligation of",
    "compel",
    "obligat",
    "instruct",
    "authority to",
    "power to",
    "right to",
    "discretion to",
    "duty to",
    "direct",
    "authoriz",
    "allow",
    "permit",
    "mandat",
    "encourag",
    "empower",
    "urg",
    "request",
    "ask",
    "recommend",
    "shall",
    "must",
    "may",
    # a pledge: "declaring that the county will cooperate with …", "a law and order county that
    # will …" (2.78.0)
    "will ",
    # "a program for the state to …", "funds for sheriffs to …"
    *(
        f"{noun} {word}"
        for noun in (
            "program",
            "programs",
            "funds",
            "funding",
            "moneys",
            "grants",
            "appropriations",
        )
        for word in ("for", "to")
    ),
)

# Idaho's catch-lines put the object first: "Aliens, concealing, harboring"
ALIENS_HARBORED = (
    r"\baliens?,?\s+(?:\w+,?\s+){0,2}?(?:conceal|harbor|shield|smuggl)\w*"
    # the verbs first, as a prohibition or crime this measure makes: "to prohibit unlawfully
    # harboring, concealing, transporting, or sheltering an alien" (not "to increase penalties
    # for harboring aliens", federal law's own offense)
    r"|\b(?:prohibit\w*|unlawful\w*|crimes? of|offen[cs]es? of|crime to)\s+(?:\w+\s+){0,2}?"
    r"(?:harbor|conceal|shield|smuggl)\w*(?:,?\s+(?:or\s+|and\s+)?(?:harbor|conceal|shield|smuggl"
    r"|transport|shelter|mov)\w*){0,4},?\s+(?:an?\s+|any\s+)?(?:illegal\s+|undocumented\s+"
    r"|unauthorized\s+)?aliens?\b"
)
# ... and the harboring crime in the words of its model: "a crime to encourage or induce an
# illegal alien to reside in this state" (the state's own, not the federal crime's "in the
# United States")
ALIENS_INDUCED = (
    r"(?:\bcrime\b|\bunlawful\b|\boffen[cs]e\b|\bfelony\b|\bmisdemeanor\b)[^.;:|]{0,30}?\b"
    r"(?:encourag|induc)\w*\s+(?:or\s+(?:encourag|induc)\w*\s+)?(?:an?\s+)?"
    r"(?:(?:illegal|undocumented|unauthorized|(?:unlawfully|illegally)\s+present)\s+)?"
    r"(?:aliens?|immigrants?)\s+to\s+(?:come\s+to,?\s+(?:enter,?\s+)?(?:or\s+)?)?"
    r"(?:enter|reside|remain|come)\w*\s+(?:in|into|to)\s+(?:this|the)\s+state\b"
)
# A court's order to return or remove someone that is family law, not a state removal order: "a
# court order to return a child taken into protective custody to the child's parent"
NOT_FAMILY_LAW = (
    r"(?![^.;:|]{0,60}?\b(?:child|children|minor|parents?|guardian|protective custody|foster)\b)"
)
# "persons who enter this state illegally": a state's own crime of entry or presence
ENTERS_ILLEGALLY = (
    r"\b(?:enter\w*|(?:are|is|being) present|remain\w*)\s+(?:in(?:to)?\s+)?(?:this|the)\s+state"
    r"\s+(?:illegally|unlawfully)"
    # "to enter or attempt to enter this state at any location other than a lawful port of entry"
    r"|\benter\w*\s+(?:or attempt\w* to enter\s+)?(?:this|the)\s+state\b[^.;:|]{0,60}?"
    r"\bother than (?:at )?(?:a |an )?lawful port of entry"
)
# "report" as telling immigration authorities, not a report to lawmakers about them ("report to the
# legislature on cooperation with federal immigration authorities" is a study, not a notice)
REPORT = (
    r"report\w*\b(?!\s+(?:\w+\s+)?to\s+(?:the\s+)?(?:legislature|general assembly|governor|mayor"
    r"|(?:city |county |town )?(?:council|board|commission)|committees?|public)\b"
    # ... nor a report about their dealings ("report annually on their cooperation with ICE",
    # 2.76.0): a report on the work, to whoever oversees it
    r"|\s+(?:\w+\s+)?(?:on|about|regarding)\s+(?:the\s+|their\s+|its\s+|any\s+|all\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:cooperation|compliance|communications?|contacts?|requests?"
    r"|interactions?|activit(?:y|ies)|number)\b"
    # ... nor a report back to the body that asked, or one on what it could do ("report back on
    # options to limit ICE access to county facilities", 2.79.0)
    r"|\s+back\b|\s+(?:\w+\s+)?(?:on|about|regarding)\s+(?:the\s+|possible\s+|potential\s+)?(?:options"
    r"|ways|alternatives|feasibility|steps|recommendations|strateg(?:y|ies))\b"
    # ... nor a report of what the agency does: "a hotline to report ICE activity" (2.79.0)
    r"|\s+(?:any\s+|the\s+)?(?:\b(?-i:ICE)\b|immigration(?:\s+enforcement)?|federal\s+immigration)\s+"
    r"(?:activit(?:y|ies)|sightings?|raids?|presence|operations?|actions?|arrests?)\b)"
)
# a duty to tell immigration authorities (release dates, arrests), read only when no limiting word
# sits between the duty and the notice
# not when the one told is a person: "notify inmates in writing before any ICE interview" is
# notice to the inmate, not to the agency
NOT_A_PERSON_TOLD = (
    r"(?!\s+(?:the\s+|an?\s+|any\s+|each\s+|all\s+)?(?:inmates?|persons?|individuals?|detainees?"
    r"|people|parents?|guardians?|students?|them|him|her|the public|residents?|tenants?|employees?"
    # ... or the one whose records were asked for: "notify an applicant when ICE requests the
    # applicant's records"
    r"|workers?|patients?|applicants?|licensees?|license\s+holders?|cardholders?|clients?|families"
    r"|victims?)\b)"
)
# The person a jail holds, named as the one told or asked: "inmates", "a person in custody"
PERSON_HELD = (
    r"(?:(?:the|an?|any|each|all|every)\s+)?(?:inmates?|detainees?|prisoners?|arrestees?"
    r"|individuals?|(?:persons?|people)(?:\s+(?:held\s+)?in\s+(?:\w+\s+)?custody)?)\b(?!['’])"
)
# What the person held is told, when it shields them: ICE's interview or request, their rights,
# a copy of the detainer ("that the individual is being held pursuant to an immigration detainer"
# is notice of the hold itself, a step of honoring it)
TOLD_OF_ICE = (
    r"(?=[^.;:|]{0,100}?(?:\b(?-i:ICE)\b|immigra|detainer))[^.;:|]{0,100}?"
    r"\b(?:interview\w*|rights?\b|voluntary|consent|declin\w*|refus\w*|attorney|counsel|lawyer"
    r"|cop(?:y|ies)\b|(?-i:ICE)\s+(?:\w+\s+)?(?:requests?|asks?|seeks?))"
)
# Not a passive "be notified": "requires that inmates be notified before any interview with ICE"
# tells the inmates, and "requires that ICE be notified" names ICE before the verb
NOT_PASSIVE = r"(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )"
# ... and the passive itself, after the one told: "ICE shall be notified", "are informed"
TOLD_IN_PASSIVE = (
    r"\s+(?:shall\s+|must\s+|will\s+)?(?:be|is|are)\s+(?:promptly\s+|immediately\s+)?"
    r"(?:notified|informed|told|advised|given\s+notice)\b"
)
REQ_G_POS_NOTIFY = (
    # "to direct the Secretary of the Treasury to share ... information with" is a duty too
    r"(?:requir\w*|mandat\w*|shall|must|\bdirect(?:s|ed|ing)?\b)"
    # (not a duty to punish those who tell: "requires the attorney general to investigate sheriffs
    # that share information with ICE")
    + gap_without(r"investigat|suspen|penali|punish|\bsue\b|\bfines?\b|sanction")
    # "inform" the verb: "requests for information from federal immigration" is no duty to tell
    + NOT_PASSIVE
    + r"(?:notif\w+\b"
    + NOT_A_PERSON_TOLD
    + r"|"
    + REPORT
    + r"|inform(?:s|ed|ing)?\b"
    + NOT_A_PERSON_TOLD
    # ... or sent there: "send the fingerprints of arrestees to ICE"
    + r"|share\b|shares\b|sharing\b|disclos\w+\b|transmit\w*\b|furnish\w*\b|sen(?:d|ds|ding)\b|forward\w*\b"
    # ... or papers transferred: "transfer records to ICE" (2.80.0)
    + r"|transfer\w*\b"
    + PAPERS_NOT_PEOPLE
    + r")"
    # (not the measure itself sent: "directs the clerk to send a copy of this resolution to ICE")
    + r"(?!\s+(?:\w+\s+){0,2}?cop(?:y|ies)\s+of\s+(?:this|the|said|such)\s+(?:resolution|ordinance"
    r"|memorial|proclamation|letter|measure)\b)"
    # (the people told about named by their status: "share information about persons not
    # lawfully present with ICE" is no limit on the duty)
    + gap_crossing_none(LIMITING_BUT_STATUS)
    # (the agency told, not the one asking: "report requests from ICE for personal information")
    + r"(?<!\bfrom )(?<!\bby )"
    + r"(?:\b(?-i:ICE)\b|immigration and customs|federal immigration|immigration authorit\w*"
    # the department, where what it gets the data for is immigration enforcement ("with the
    # Department of Homeland Security for the purpose of enforcing immigration laws")
    + r"|(?:the )?department of homeland security\b(?=[^.;:|]{0,80}?\bimmigra))"
)
# Actors whose questions about status matter (police, jails, schools, agencies), not shops or clinics.
ACTOR = r"\b(?:officers?|police|law enforcement|highway patrol|troopers?|public safety|sheriffs?|jail\w*|arrest\w*|stops?|detention|custody|agents?|employees|officials?|agenc\w+|public bod\w+|entit(?:y|ies)|political subdivisions?|cit(?:y|ies)|count(?:y|ies)|states?|local governments?|municipalit(?:y|ies)|schools?|districts?|probation|corrections?|inmates?|prisoners?|booked|incarcerat\w*)"


def actor_and_status(verbs: str, verbs_first: str) -> str:
    """A government's actor and what it does with a person's status, either way round: "city
    officers shall not inquire into the immigration status of …" (VERBS after the actor),
    "inquiring into the immigration status of persons booked into jail" (VERBS_FIRST)."""
    return (
        ACTOR
        + r"[^.;|]{0,150}?\b(?:"
        + verbs
        + r")"
        + G_SHORT
        + STATUS
        + r"|\b(?:"
        + verbs_first
        + r")"
        + G_SHORT
        + STATUS
        + r"[^.;|]{0,100}?"
        + ACTOR
    )


# ... and information sent to immigration authorities in the passive: "Release dates shall be
# provided to ICE"
PASSIVE_SHARED = (
    r"\b(?:information|data|records?|release dates?|address(?:es)?|booking\s+(?:data|records))\b"
    r"[^.;:|]{0,60}?"
    + PASSIVE_BE
    + r"(?!not\b)(?:shared|disclosed|provided|transmitted|furnished|reported|sent|made\s+available)"
    r"\s+(?:\w+\s+){0,3}?(?:with|to)\s+(?:the\s+)?(?:" + ICE_AGENCY + r"|federal\s+immigration)"
)

# ICE let into a jail or to interview the people it holds ("allows ICE to interview inmates",
# "Requires jails to give ICE access to inmates for interviews"), up to the access
# (the gap crosses no word that denies: "authorizes sheriffs to deny ICE access" is not a grant)
_DENIES = r"\bden(?:y|ies|ied|ying|ial)\b|refus|prevent|block|exclu"
AGENTS_LET_IN = (
    r"(?:(?:allow\w*|permit\w*|grant\w*|authoriz\w*)"
    + gap_without(_DENIES)
    + AGENTS_ADMITTED
    + r"\s+(?:(?:to|the|full|unrestricted)\s+){0,2}(?:(?:access|enter|entry|interview)\w*"
    # ... or to question the people held: "permits immigration agents to question inmates"
    + r"|"
    + QUESTIONS_HELD_PEOPLE
    + r")"
    + r"|\b(?:giv(?:e|es|ing)|provid(?:e|es|ing))\s+(?:the\s+)?"
    + AGENTS_ADMITTED
    + r"\s+(?:with\s+)?(?:full\s+|unrestricted\s+)?access\b"
    # ... or admitted, which is letting in by itself: "requires schools to admit ICE agents"
    + r"|\badmit(?:s|ted|ting)?\s+(?:the\s+)?"
    + AGENTS_ADMITTED
    + r")"
)
# the time a person may be held on a detainer, after the verb that shortens or lengthens it:
# "… the time the county jail may hold a person on an ICE detainer", "… the period a person may
# be held on an immigration detainer"
HOLD_TIME_ON_A_DETAINER = (
    r"\s+(?:the\s+)?(?:maximum\s+)?(?:time|period|length|duration|number\s+of\s+hours)\b"
    r"[^.;:|]{0,80}?\b(?:hold|held|detain)\w*[^.;:|]{0,60}?\b(?:detainers?|immigration\s+holds?)\b"
)
# The list of offenses for which a jail may honor a detainer, tell ICE or hand a person over (a
# condition, DOMAIN.md): widened, the condition loosens; narrowed, it tightens. "Expands the
# list of offenses for which …", "Adds misdemeanors to the offenses for which …", "Removes
# offenses from the list of crimes for which …"
OFFENSES = r"(?:offen[cs]es|crimes|convictions|charges|felonies|misdemeanors)"
OFFENSE_LIST = (
    r"(?:the\s+)?(?:list|number|categor(?:y|ies)|types?|range|kinds?|set)\s+of\s+(?:[\w-]+\s+){0,2}?"
    + OFFENSES
)
# ... up to the tool of cooperation the list is for, later in the clause
LIST_FOR_COOPERATION = (
    r"[^.;:|]{0,120}?(?:detainers?|\b(?-i:ICE)\b|immigration\s+(?:authorit\w+|officials?|custody"
    r"|enforcement|agents?))"
)
LIST_WIDENED = (
    r"\b(?:(?:expand|broaden|widen|increas|extend|lengthen)\w*\s+"
    + OFFENSE_LIST
    + r"|add\w*\s+(?:[\w-]+\s+){0,3}?"
    + OFFENSES
    + r"\s+to\s+(?:the\s+)?(?:list\s+of\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + OFFENSES + r")" + LIST_FOR_COOPERATION
)
LIST_NARROWED = (
    r"\b(?:(?:narrow|reduc|shorten|decreas|limit|restrict|shrink)\w*\s+"
    + OFFENSE_LIST
    + r"|(?:remov|delet|strik|eliminat)\w*\s+(?:[\w-]+\s+){0,3}?"
    + OFFENSES
    + r"\s+from\s+(?:the\s+)?(?:list\s+of\s+)?(?:[\w-]+\s+){0,2}?"
    + OFFENSES
    + r")"
    + LIST_FOR_COOPERATION
)
# "as a condition of honoring immigration detainers"
AS_A_CONDITION_OF_HONORING = (
    r"as\s+an?\s+(?:condition|prerequisite)\s+(?:precedent\s+)?(?:of|for|to|before)\s+"
    r"(?:honou?r|comply|complian|hold)\w*[^.;:|]{0,60}?\bdetainers?\b"
)
# not a refusal, which is what a sanctuary place does: "a county that refuses to comply with
# immigration detainers shall not lose state funding"
NOT_REFUSED = (
    r"(?<!refuse to )(?<!refuses to )(?<!refusing to )(?<!refused to )(?<!decline to )"
    r"(?<!declines to )(?<!declining to )(?<!declined to )"
)
# a detainer with the words that say whose it is: "ICE detainer", "federal immigration detainer"
QUALIFIED_DETAINER = r"(?:(?:\b(?-i:ICE)|immigration|federal|civil) )*detainer"
# no "only" later in the clause, which would hold a duty to some cases
NOT_ONLY_AHEAD = r"(?![^.;:|]{0,60}?\bonly\b)"
# a short gap that crosses no condition ("as a condition of honoring detainers")
NO_CONDITION_GAP = gap_crossing_none(r"condition|prerequisite", reach=40)
# ... only on a condition later in the clause: "… only with their written consent", "… only
# upon a judicial warrant"
ONLY_ON_A_CONDITION = (
    r"[^.;:|]{0,100}?\b(?:only\s+(?:with|upon|after|if|when|on)|unless)\s+[^.;:|]{0,50}?"
    # "… only if the person consents in writing", "… unless the inmate has given written consent",
    # "… only after the person has been informed of the right to decline"
    r"\b(?:consent\w*|warrants?|court\s+orders?|(?:informed|advised|notified)\s+of\s+(?:the|their|his"
    r"|her)\s+right)"
)
# "(prohibits X and Y) from entering into or maintaining": a ban's object, however long the list
# of who is barred
FROM_ENTERING = r"[^.;:|]{0,140}?\bfrom (?:enter|maintain|renew|sign|execut|extend)\w*"
# A state's own immigration-enforcement office: the topic (state_enforcement) and, created,
# a restrictive cue.
STATE_ENFORCEMENT_UNIT = (
    r"(?:chief immigration (?:enforcement )?officer"
    r"|state (?:immigration enforcement|border security) (?:office|unit|program|division|agency"
    r"|department|board|commission|bureau)"
    r"|(?:office|unit|division|program) (?:of|for) state immigration enforcement"
    r"|deportation (?:task force|unit|program|office)"
    # "the state's Illegal Immigration Enforcement Unit", "the Border Protection Unit" of a
    # state's police (not U.S. Customs and Border Protection)
    r"|illegal immigration (?:enforcement )?unit|(?<!customs and )border protection unit"
    r"|(?:division|unit|office|bureau) (?:of|for) (?:legal|lawful) presence (?:investigation|enforcement)"
    # ... and the state police's own: "the highway patrol's immigration enforcement unit"
    r"|(?:state police|highway patrol|state troopers|department of public safety)(?:'s|’s)? "
    r"immigration (?:enforcement )?(?:units?|divisions?|teams?|task forces?|offices?))"
)
# The state's own police forces (not local police, whose cooperation is anti-sanctuary).
STATE_POLICE = r"(?:state police|highway patrol|state troopers?|department of public safety)"
# "... to enforce federal immigration laws", "... enforcement of federal immigration law"
ENFORCES_IMMIGRATION = r"\benforc\w*\s+(?:\w+\s+){0,3}?immigration"
# Not a topic of its own: police asking about or checking immigration status is `sanctuary` when
# the measure bars it and `state_enforcement` when it requires it (resolved after the stance).
STATUS_CHECKS = "status_checks"
# Not a topic of its own either: asking about immigration status is `sanctuary` when the measure
# bars it (DOMAIN.md lists status inquiries there) and `info_sharing` otherwise.
STATUS_ASKED = "status_asked"
# The topic each of them takes by the measure's stance; with no direction, what they are about:
# information on status.
SETTLED_BY_STANCE = {
    STATUS_CHECKS: {"protective": "sanctuary", "restrictive": "state_enforcement"},
    STATUS_ASKED: {"protective": "sanctuary"},
}
# A place or its police bound to federal immigration law: "the county will comply with all federal
# immigration laws", "affirming the city's compliance with federal immigration law" (a
# resolution of its own, not one addressing another government; 2.81.0). Not employers or
# agencies in general, whose compliance is verification.
PLACE_BOUND_TO_IMMIGRATION_LAW = (
    r"\b(?:cit(?:y|ies)|count(?:y|ies)|municipalit(?:y|ies)|towns?|villages?|jurisdictions?"
    r"|sheriffs?|police|law\s+enforcement(?:\s+agenc(?:y|ies))?|local\s+governments?"
    r"|political\s+subdivisions?)(?:['’]s?)?(?:\s+(?:shall|will|must|to|shall\s+continue\s+to"
    r"|will\s+continue\s+to|fully))?\s+(?:compl(?:y|ies|ying)\s+with|complian(?:ce|t)\s+with"
    r"|abid(?:e|es|ing)\s+by)\s+(?:all\s+)?(?:applicable\s+)?federal\s+immigration\s+laws?\b"
)
# Local money, staff and help put to immigration enforcement: a sanctuary policy's subject, and
# a mandate to cooperate when required. A 287(g) agreement is that help by contract: a
# restrictive measure that enters, requires or funds one names it in these words ("personnel the
# authority to perform certain immigration enforcement functions") without being, on that alone,
# a ban on sanctuary policies (DOMAIN.md: anti_sanctuary is the ban, the mandate, the penalty).
LOCAL_RESOURCES = "local resources for immigration enforcement"
FEDERAL_LAW_ENFORCEMENT = "the enforcement of federal immigration law, by name"
# the rows that name local help with immigration enforcement in general words
LOCAL_RESOURCES_TO_TAKE_PEOPLE = "local resources for taking people for their status"
LOCAL_HELP_ROWS = frozenset(
    {LOCAL_RESOURCES, FEDERAL_LAW_ENFORCEMENT, LOCAL_RESOURCES_TO_TAKE_PEOPLE}
)
# The federal agencies by name, whose own money is no local resource
_FEDERAL_AGENCY = (
    r"\b(?-i:ICE|DHS|CBP)\b|\bimmigration\s+and\s+customs\b|\bhomeland\s+security\b"
    r"|\bborder\s+patrol\b|\bcustoms\s+and\s+border\b"
)
# The general row of immigration law or enforcement as such. Cooperation with it, or police
# beside its agents (the other general rows), name a second party of their own; this one alone
# may be about federal immigration law itself (FEDERAL_ACTORS, below).
GENERAL_ENFORCEMENT = "immigration enforcement (general)"
# ... and the acts of enforcement a summary names (2.64.0), which name no second party either:
# with only federal actors in sight they are the agents' own work ("prohibits U.S. Customs and
# Border Protection from operating immigration checkpoints"), a federal matter
STREET_WORK = (
    "a local force's own patrols, checkpoints, status checks or arrests for immigration violations"
)
SUMMARY_ACT = "an act of immigration enforcement, as a summary words it"
GENERAL_ABOUT_THE_LAW = frozenset({GENERAL_ENFORCEMENT, STREET_WORK, SUMMARY_ACT})
# ... of which these two name an act, not the law in general: a resolution that urges another
# government to do or stop one ("urging the legislature to prohibit the sheriff from providing
# ICE with release information") names a tracked policy (DOMAIN.md, where the line falls), as a
# specific row's words would
NAMED_ACTS = frozenset({STREET_WORK, SUMMARY_ACT})
# The rows that name the agency at a place: its access to a jail, a school or a courthouse, and
# its enforcement there. A resolution that only blames the agents for what they did at one
# ("Resolution condemning ICE raids at local schools") is about federal agents' conduct, which
# DOMAIN.md's line reads as other immigration, however strongly it is worded (2.79.0); one that
# also asks something of a government, or backs a measure, is judged on that
ICE_ACCESS_ROW = "ICE access to jails, courthouses, schools or sensitive places"
ENFORCEMENT_AT_PLACES_ROW = "immigration enforcement actions at sensitive places"
AGENTS_AT_A_PLACE_ROWS = frozenset({ICE_ACCESS_ROW, ENFORCEMENT_AT_PLACES_ROW})
BLAMES_AGENTS_CONDUCT = (
    r"\b(?:condemn|denounc|deplor|decr[iy]|protest|rebuk)\w*\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:\b(?-i:ICE)\b|immigration(?:\s+and\s+customs\s+enforcement)?|federal\s+(?:immigration\s+)?"
    r"(?:agents?|authorities|officers))(?:\s+\((?-i:ICE)\))?\s+(?:agents?(?:'|’)?\s+)?(?:raids?|arrests?"
    r"|sweeps?|detentions?|(?:enforcement\s+)?(?:actions?|operations?|activit(?:y|ies)))\b"
)

# A title that only repeals ("To repeal sections 67.307 and 285.550, RSMo, relating to sanctuary
# policies."): its text is the law it repeals, so the measure does the opposite of what that text
# says (DOMAIN.md: repealing a ban on sanctuary policies is protective). A title that also enacts,
# amends, adds or creates something is not a pure repeal.
PURE_REPEAL = (
    r"^\W*(?:(?:a bill|an act)\W+)?(?:to |for an act to )?repeal(?:s|ing)?\b"
    r"(?![^|]*\b(?:enact|amend|add|creat|establish|insert|substitut|replac)\w*)"
)

# A digest that tells the law as it stands ("Current law prohibits ...") and then says the bill
# repeals it ("The bill repeals these prohibitions"): the bill goes the other way from what it
# quotes (DOMAIN.md: stance follows what a measure does).
REPEALS_WHAT_IT_QUOTED = (
    r"\brepeal\w*\s+(?:these|those|such|that|this|the|all|each|both)\s+(?:\w+\s+){0,2}?"
    r"(?:prohibitions?|provisions?|requirements?|restrictions?|limits?|limitations?|laws?"
    r"|mandates?|protections?|sections?|statutes?|duties|policies)\b"
    r"|\brepeal\w*\s+(?:it|them)\b"
)

# ... or extends it: "Current law prohibits local agencies from adopting sanctuary policies. The
# bill would extend that prohibition to state agencies" goes the way the quoted law goes
EXTENDS_WHAT_IT_QUOTED = (
    r"\b(?:extend|expand|broaden|widen|appl(?:y|ies|ying))\w*\s+(?:these|those|such|that|this|the"
    r"|all|each|both|its|existing)\s+(?:\w+\s+){0,2}?(?:prohibitions?|provisions?|requirements?"
    r"|restrictions?|limits?|limitations?|laws?|mandates?|protections?|duties|policies|bans?)\b"
    r"\s+(?:to|so as to)\b"
    r"|\bmak\w*\s+(?:that|the|this|those|these)\s+(?:\w+\s+)?(?:prohibitions?|requirements?|bans?"
    r"|limits?|mandates?|duties)\s+(?:also\s+)?apply\s+to\b"
)

# A state law a council names by number or by its court case ("Texas Senate Bill 4", "SB54",
# "United States of America v. State of Arizona")
NAMED_STATE_LAW = (
    r"(?:\b(?:senate|house|assembly) bill\s+(?:no\.?\s*)?\d+|\b(?-i:SB|HB|AB)\s?\d+"
    r"|\bv\.? (?:the )?state of)"
)
# A named sanctuary law amended ("Amends the Illinois TRUST Act"): the law is the thing changed;
# later "the Act" in the same measure is that law ("Provides that the Act does not apply to …")
AMENDED_SANCTUARY_LAW = (
    r"\bamend(?:s|ed|ing|ments?\s+to)?\s+(?P<named>(?:the\s+)?(?P<law>(?:[\w'’.-]+\s+){0,3}?"
    r"(?<!anti-)(?<!anti )(?:trust|values|welcoming|sanctuary)\s+act))\b"
)
# ... and any named law amended or revised ("This bill would make revisions to the Beason-Hammon
# Alabama Taxpayer and Citizen Protection Act"): a named policy there is the thing changed, so
# its side is only a presumption, which any cue of what the change does outweighs
AMENDED_NAMED_ACT = (
    r"\b(?:amend(?:s|ed|ing|ments?\s+to)?|revis(?:e|es|ed|ing|ions?\s+to)"
    r"|(?:make|makes|making|made)\s+(?:\w+\s+)?(?:revisions|changes|amendments)\s+to)"
    r"\s+(?P<named>(?:the\s+)?(?:[\w'’.-]+\s+){0,8}?(?:act|ordinance|law))\b"
)
# A caption that only takes a side against a bill it names ("Resolution opposing Senate Bill 4",
# "urging the Governor to veto HB 1105"), with the bill's name last, leaves what the bill does to
# the summary ("Senate Bill 4 would require local jails to honor ICE detainers"): the summary's
# sentences whose subject is that bill ("The bill …", its number, "It would …") are read as what
# is opposed. Not "this measure", which a resolution's digest calls itself, nor "It supports …".
CAPTIONED_BILL = (
    r"(?:(?:senate|house|assembly)\s+(?:joint\s+)?bill\s+(?:no\.?\s*)?\d+"
    r"|\b(?-i:SB|HB|AB|HR|H\.R\.|H\.B\.|S\.B\.|A\.B\.|S\.|H\.)\s?\d+)"
)
CAPTION_OPPOSES_A_BILL = (
    r"\b(?:oppos(?:e|es|ed|ing|ition to)|against|veto(?:es|ed|ing)?|reject(?:s|ed|ing)?"
    r"|defeat(?:s|ed|ing)?|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|object(?:s|ed|ing)? to)"
    r"\s+(?:[\w'’.-]+\s+){0,6}?" + CAPTIONED_BILL + r"(?:\s*\(?(?:of\s+)?\d{4}\)?)?\W*$"
)
SUMMARY_TELLS_THE_BILL = (
    r"^\W*(?:(?:the|this)\s+(?:proposed\s+)?(?:bill|legislation|proposal)\b|"
    + CAPTIONED_BILL
    # "It would require …": a verb still to come is the bill's, not the resolution's own
    + r"|it\s+(?:would|will)\b)"
)

# A council's litigation, compliance or resolution over such a law: against it ("joining
# litigation against Texas Senate Bill 4", "staying compliance with SB54", "urging repeal of
# Arizona Senate Bill 1070", "in support of the plaintiffs in ... v. State of Arizona") or for it
# ("supporting AB 450", "urging the Governor to sign SB 54"). What the law does is told in the
# resolution's recitals, which the rules otherwise leave unread.
AGAINST_NAMED_LAW = (
    r"\b(?:litigation|lawsuits?|amicus|plaintiffs|oppos\w*|repeal\w*|stay\w*\s+compliance"
    r"|exempt\w*|challeng\w*)\b[^|]{0,120}?" + NAMED_STATE_LAW
)
# ... and a caption that praises or blames another government, whose recitals tell a law it
# enacted ("Applauding the State of Arizona for asserting its 10th Amendment rights …" / "Whereas
# the Governor of Arizona signed into law SB 1070 … this law makes it a violation of …"): praise
# backs that law, blame opposes it
_PRAISED_OR_BLAMED_GOVERNMENT = (
    r"^\W*(?:(?:a|the)\s+)?(?:(?:house|senate|joint|concurrent)\s+)*(?:resolutions?\s+)?(?:{})\w*"
    r"\s+(?:the\s+)?(?:state|governor|legislature|people|commonwealth)\b"
)
PRAISES_A_LAWMAKER = _PRAISED_OR_BLAMED_GOVERNMENT.format(
    "applaud|commend|prais|thank|salut|congratulat"
)
BLAMES_A_LAWMAKER = _PRAISED_OR_BLAMED_GOVERNMENT.format(
    "condemn|denounc|censur|rebuk|deplor|criticiz"
)
ENACTED = r"\b(?:signed\s+into\s+law|enacted|passed|adopted)\b"
FOR_NAMED_LAW = (
    r"\b(?:support\w*|endors\w*|urg\w+\s+(?:\w+\s+){0,4}?(?:pass|adopt|enact|sign|approv)\w*)"
    r"\b[^|]{0,120}?" + NAMED_STATE_LAW
)

# a state's or a place's own immigration enforcement law by its kind of name (the place itself
# is not named here): "Immigration Enforcement Act", "Illegal Immigration Reform and Enforcement
# Act", "Immigration Compliance Act"
ENFORCEMENT_ACT_NAMED = (
    r"(?:illegal\s+)?immigration\s+(?:reform\s+and\s+)?(?:enforcement|compliance)\s+act\b"
)
# a state's own court for removals: "Establishes a state immigration court" (2.80.0)
STATE_IMMIGRATION_COURT = r"state\s+immigration\s+courts?\b"
# ... and a state's law against sanctuary places, named as such ("the Anti-Sanctuary Act"): what is
# exempted from either is enforcement undone there (2.80.0)
ENFORCEMENT_OR_ANTI_SANCTUARY_LAW = (
    r"(?:" + ENFORCEMENT_ACT_NAMED + r"|anti[- ]?sanctuary\s+(?:(?:city|cities|jurisdictions?"
    r"|polic(?:y|ies))\s+)?(?:act|law|ordinance|statute)s?\b)"
)
# an exemption from a ban, up to what the ban is on: "exempts the sheriff from the prohibition
# on …" (the exemption rows read what follows: an act of enforcement, or what sanctuary places do)
EXEMPTED_FROM_A_BAN = (
    r"(?:exempt\w*|exclud\w*)"
    + G
    + r"from\s+(?:the\s+|any\s+)?(?:[\w-]+\s+)?(?:prohibitions?|bans?|restrictions?|limits?"
    r"|limitations?)\s+(?:on|against)\s+"
)
# a local policy named by what it bars: "any policy that keeps local police from …",
# "ordinances which restrict officers from …"
POLICY_THAT = (
    r"\b(?:polic(?:y|ies)|ordinances?|rules?|regulations?|practices?|resolutions?|directives?)\s+"
    r"(?:that|which)\b"
)
POLICY_THAT_BARS = (
    r"\s+(?:the\s+|any\s+|all\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?"
    + POLICY_THAT
    + r"\s+(?:would\s+|could\s+)?"
    r"(?:prohibit|bar|ban|prevent|keep|stop|restrict|limit|block|forbid|preclud|restrain)"
)
# ... and the verb that undoes it: a stance row must not read the verb with the policy's own
# bar as one act ("Prohibits any policy that keeps local police from sharing release dates with
# ICE" is no bar on sharing them; engine._stance_matches reads on from the policy)
UNDOES_A_BARRING_POLICY = (
    # (verbs, not nouns: "exempts … from the prohibition on adopting policies that …" undoes
    # the ban, which other rows read)
    r"\b(?:prohibit(?:s|ed|ing)?|ban(?:s|ned|ning)?|bar(?:s|red|ring)?|preempt(?:s|ed|ing)?"
    r"|void(?:s|ed|ing)?|nullif(?:y|ies|ied|ying)|invalidat(?:e|es|ed|ing)|outlaw(?:s|ed|ing)?"
    r"|repeal(?:s|ed|ing)?|rescind(?:s|ed|ing)?|end(?:s|ed|ing)?|forb[ia]d\w*|disallow(?:s|ed|ing)?)"
    r"(?=" + POLICY_THAT_BARS + r")"
)

# what a measure may let a place out of, as OPPOSES' exemption and opt-out alternatives name it: a
# ban, a duty, a policy or a law
A_RULE_LET_OUT_OF = (
    r"prohibitions?|bans?|limits?|limitations?|restrictions?|requirements?"
    r"|mandates?|duty|duties|polic(?:y|ies)|ordinances?|laws?|acts?"
)

# A measure that opposes, vetoes or rejects another goes the other way from what that measure
# does ("urging the Governor to veto Senate Bill 4, which would require local law enforcement to
# honor ICE detainers" is protective). Cues after one of these words, to the end of its clause,
# are read reversed; a stance row that starts at the word itself ("opposes a sanctuary law")
# already says which way it goes. A veto override backs the bill.
OPPOSES = (
    r"\b(?:oppos(?:e|es|ed|ing|ition)(?: to)?|denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?"
    r"|deplor(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|protest(?:s|ed|ing)?"
    r"|object(?:s|ed|ing)? to|" + REGRETS + r"|(?<!override )(?<!overriding )(?<!override the )"
    r"veto(?:es|ed|ing)?(?! override)|reject(?:s|ed|ing)?|notwithstanding"
    # an agenda's no to an agreement or its renewal: "Deny the renewal of the IGSA with ICE",
    # "Decline to renew …", "Do not renew …"
    r"|den(?:y|ies|ied|ying)(?=\s+(?:the\s+|a\s+|an\s+|any\s+|its\s+)?(?:[\w'’()-]+\s+){0,3}?"
    r"(?:renewal|extension|approval|requests?|applications?|contracts?|agreements?|igsas?|moa|mou"
    r"|memorand\w+|amendments?|proposals?|287))|" + DECLINES_TO_RENEW + r")\b"
    # a protective act named as what a hindering verb acts on: "prohibits the Trust Act", "bars
    # the state's Values Act" (its name alone would read protective)
    r"|\b(?:prohibit(?:s|ed|ing)?|ban(?:s|ned|ning)?|bar(?:s|red|ring)?|end(?:s|ed|ing)?"
    r"|restrict(?:s|ed|ing)?|limit(?:s|ed|ing)?|forbid(?:s|ding)?|preempt(?:s|ed|ing)?|void(?:s|ed|ing)?"
    r"|nullif(?:y|ies|ied|ying)|invalidat(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|abolish(?:es|ed|ing)?"
    r"|overturn(?:s|ed|ing)?|outlaw(?:s|ed|ing)?|curtail(?:s|ed|ing)?|discontinu(?:e|es|ed|ing)|withdraw(?:s|n|ing)? from"
    r"|repeal(?:s|ed|ing)?|rescind(?:s|ed|ing)?|defund(?:s|ed|ing)?|challeng(?:e|es|ed|ing)"
    # "cuts funding for the Trust Act"
    r"|(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing))\s+(?:the\s+)?(?:funding|funds|appropriations?)\s+(?:for|to|of)"
    r"|block(?:s|ed|ing)?|(?:legal\s+|court\s+)?challenges?\s+to|"
    + DELAYS_START
    + r"|"
    + HINDERING_NOUNS
    + r"|"
    + WEAKENS
    + r")\b"
    # ... and a restrictive one by its nickname: "repeals the show me your papers law"; a
    # welcoming or ICE-free policy as a trust act ("restricts welcoming city ordinances", "ends
    # the ICE-Free Schools Act")
    r"(?=\s+(?:the\s+|any\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:trust|values) act\b|show me your papers"
    r"|welcoming (?:cit|count|communit|state|ordinance|polic)|ice[- ]free\b|(?-i:ICE)\s+(?-i:out|Out|OUT)\s)"
    # ... or a place's own enforcement act by its name ("repeals the Texas Illegal Immigration
    # Enforcement Act", "suspends the Georgia Illegal Immigration Reform and Enforcement Act":
    # the name reads restrictive, and a second row may read the same name, NAMED_PLACE_ACT)
    r"|\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
    + ENFORCEMENT_ACT_NAMED
    + r")"
    # ... or a policy by what it bars ("prohibits any policy that keeps local police from
    # sharing release dates with ICE", "voids ordinances that restrict officers from …"): the
    # bar it names is the sanctuary policy the measure undoes
    + r"|"
    + UNDOES_A_BARRING_POLICY
    # a law taken to court: "to block enforcement of its anti-sanctuary law", "litigation
    # challenging the state's ban on sanctuary cities" (what is challenged is opposed)
    + r"|\b(?:"
    + CHALLENGED
    + r"|to\s+(?:block|enjoin)(?:\s+(?:enforcement|implementation)\s+of)?"
    r"|(?:lawsuits?|suits?|litigation)\s+against)\b"
    r"(?=\s+(?:the\s+|a\s+|an\s+|its\s+|this\s+)?(?:[\w'’-]+\s+){0,3}?(?:anti-?sanctuary|bans?|laws?"
    r"|acts?|ordinances?|statutes?|polic(?:y|ies)|executive\s+orders?|mandates?|requirements?"
    # ... or a punishment: "litigation challenging the federal government's withholding of
    # grants from sanctuary jurisdictions" (2.78.0)
    r"|withholding|cut-?offs?|cuts|denials?|penalt(?:y|ies)|sanctions|conditions"
    # ... or a bill by its number: "the lawsuit challenging Senate Bill 4, which bans …"
    r"|agreements?|programs?|bills?\s+(?:no\.?\s*)?\d+|(?-i:SB|HB|AB)\s?\d+)\b)"
    # a program or law that lets a government act, ended: "To discontinue a Federal program that
    # authorizes State and local law enforcement officers to investigate, apprehend, and detain
    # aliens" (what it authorizes is what is ended)
    r"|\b(?:discontinu|terminat|abolish|eliminat|repeal|end)\w*(?=\s+(?:the\s+|a\s+|an\s+|any\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:programs?|polic(?:y|ies)|laws?|provisions?|authority)\s+(?:that|which)\s+"
    # ... or pays for it ("repeals the grant program that funds 287(g) agreements", "ends the
    # program that reimburses counties for the costs of honoring detainers")
    r"(?:authoriz|allow|permit|requir|direct|mandat|lets?\b|reimburs|fund|financ|pays?\b"
    r"|compensat)\w*)"
    # "repeals the prohibition on 287(g) agreements", "eliminates the exception allowing jails to
    # honor detainers": what is repealed is named by its kind
    # "expands the exceptions to the prohibition on honoring detainers", "adds exceptions to the
    # Trust Act": what the exceptions are to is what the measure weakens
    r"|\b(?:expand|widen|broaden|add|creat)\w*\s+(?:the\s+|an?\s+|new\s+)?(?:\w+\s+)?exceptions?\s+to\b"
    # a duty or a leave negated: "are no longer required to honor immigration detainers", "does
    # not require counties to …", "no longer allows …", "are no longer prohibited from adopting
    # sanctuary policies" (not "does not prohibit", a savings clause in limits on cooperation)
    r"|\b(?:no longer|not|never)\s+(?:be\s+)?(?=(?:requir|mandat|allow|authoriz|permit|direct|compel)\w*)"
    # ... or denied to every one: "no local government shall be required to enter into a 287(g)
    # agreement", "no agency may be compelled to …" (2.74.0; not a bar denied, "no officer shall
    # be prohibited from …", which is also how savings clauses are worded)
    r"|\bno(?=\s+(?:[\w'’-]+\s+){1,4}?(?:shall|may|will|can|is|are)\s+(?:be\s+)?"
    r"(?:required|compelled|mandated|forced|directed)\s+to\b)"
    # a duty denied at its source, as Trust Acts recite it: "there being no legal authority
    # under which the federal government may compel an expenditure of State or local resources
    # to comply with an immigration detainer", "the federal government cannot compel a county
    # to honor detainers" (detainers are requests)
    r"|\bno\s+(?:legal\s+|lawful\s+|constitutional\s+|statutory\s+)?(?:authority|power|basis)\s+"
    r"(?:under|by)\s+which\s+(?:[\w'’-]+\s+){0,4}?(?:may|can|could|shall)\s+"
    r"(?=(?:requir|compel|mandat|forc)\w*)"
    r"|\bcan(?:not|'t|’t)\s+(?:be\s+)?(?=(?:requir|compel|mandat|forc)\w*)"
    r"|\bno longer\s+(?:be\s+)?(?=(?:prohibit|barred|banned)\w*)"
    # no law that makes a duty: "no state law requires a county jail to honor …"
    r"|\bno\s+(?:state\s+|federal\s+|other\s+|local\s+)?(?:laws?|statutes?|provisions?|rules?|ordinances?"
    r"|regulations?)\s+(?=(?:requir|compel|mandat|direct)\w*)"
    # ... or nothing in one: "nothing in state law requires a county to honor immigration
    # detainers" (2.79.0; not "nothing in this act prohibits …", a savings clause)
    # (the law named is read as opposed too: "nothing in the Anti-Sanctuary Act requires police to
    # honor ICE detainers" narrows that act, 2.80.0)
    r"|\bnothing\s+in\s+(?=(?:[\w'’-]+\s+){1,5}?(?:(?:shall\s+be\s+construed\s+to|shall|may|does|will)\s+)?"
    r"(?:requir|compel|mandat)\w*)"
    # ... or nothing in a named sanctuary law bars what it limits: "Clarifies that nothing in the
    # Trust Act prevents cooperation with federal immigration authorities" narrows that law (the
    # law and what it is said not to bar are read as opposed; 2.80.0; not "nothing in this act
    # prohibits …", a savings clause in the measure's own words)
    r"|\bnothing\s+in\s+(?=(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?<!anti-)(?<!anti )(?:trust|values|welcoming"
    r"|sanctuary)\s+(?:(?:city|cities|county|community|state)\s+)?(?:act|law|ordinance|polic(?:y|ies)"
    r"|resolution)s?\s+"
    r"(?:(?:shall\s+be\s+construed\s+to|shall|may|does|will|can)\s+)?"
    r"(?:prohibit|prevent|restrict|limit|bar|preclud|block|interfer|forbid)\w*"
    # (what it is said not to bar is the agency's or immigration's: not "complying with a
    # criminal warrant", which no such law bars)
    r"[^.;:|]{0,100}?(?:immigra|\b(?-i:ICE)\b|detainers?\b|287\s*\(g\)|federal\s+(?:authorit|official"
    r"|agen|law\s+enforcement)))"
    # (not its sunset: "removes the sunset provision from the ban on …" keeps the ban)
    r"|\b(?:(?:repeal|eliminat|remov|rescind|strik|delet|narrow|lift|waiv|revers|overturn|revok"
    # "abolishes the requirement that jails honor detainers", "does away with the ban on …"
    r"|terminat|cancel|abolish|annul|withdr[ae]w"
    # ... or lessened: "reduces the penalties for sanctuary cities", "eases the restrictions on
    # …" (2.74.0)
    r"|reduc|lessen|loosen|eas(?=e|es|ed|ing))\w*|end(?:s|ed|ing)?\b|do(?:es)?\s+away\s+with|"
    + SUNSETS
    + r"|"
    + WINDS_DOWN
    + r"|roll(?:s|ed|ing)?\s+back)"
    r"(?!\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:sunset|expiration)\b)"
    r"(?=\s+(?:the\s+|a\s+|an\s+|any\s+|its\s+|all\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:ordinances?|resolutions?|declarations?|prohibitions?|bans?|limits?|limitations?|restrictions?|requirements?"
    r"|mandates?|exceptions?|exemptions?|carve[- ]?outs?|authority|duty|duties|conditions?|penalt(?:y|ies)"
    r"|sanctions|fines|laws?|moratori(?:um|a)|provisions?|chapters?|sections?|articles?"
    # "repeals the liability of landlords for renting to unauthorized aliens" (2.80.0)
    r"|liabilit(?:y|ies)"
    # "deletes language requiring …", "repeals the statute that bars …"
    r"|statutes?|language|clauses?|subsections?|paragraphs?"
    # ... or a program, whatever it does: "repeals the program that bars state agencies from
    # sharing data with ICE", "eliminates the municipal ID program" (2.78.0); and a unit or a task
    # force abolished: "abolishes the state border protection unit"
    r"|programs?|units?|divisions?|task\s+forces?"
    # a government's own choice undone: "urging the sheriff to reverse its decision to …",
    # "asking the county to rescind its policy of …"; "revokes the governor's executive order
    # limiting cooperation with ICE", "rescinds the city's designation as a sanctuary city"
    r"|decisions?|practices?|votes?|executive\s+orders?|directives?|designations?"
    # ... or a rule of its own by its kind: "rescind General Order 4.12 limiting officer inquiries
    # into immigration status", "repeals Administrative Policy 12 restricting information sharing
    # with ICE" (2.79.0)
    r"|(?:general\s+|administrative\s+|department(?:al)?\s+|special\s+)?orders?|polic(?:y|ies)"
    r"|guidelines?|protocols?|rules?|regulations?|memorand(?:um|a)"
    # ... or its standing as such a place: "repealing the city's status as a sanctuary city",
    # "removes the city's status as a sanctuary jurisdiction"
    r"|status)\b"
    r"|\s+(?:its|their|the\s+[\w'’-]+(?:'s|’s))\s+(?:[\w'’-]+\s+){0,2}?polic(?:y|ies)\b)"
    # an exemption from one is a way out of it: "exempts the sheriff from the prohibition on
    # sharing information with ICE", "exempts small counties from the requirement to honor
    # immigration detainers"
    # "excludes juveniles from the requirement to …", "exempts counties with populations under
    # 50,000 from the state's ban on …"
    # ("... exempts the county from policies restricting information sharing with ICE")
    r"|\b(?:exempt|exclud)\w*\s+(?:[\w'’,-]+\s+){0,6}?from(?=\s+(?:the\s+|any\s+|all\s+|its\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:" + A_RULE_LET_OUT_OF + r")\b)"
    # ... or a way out taken: "allows a county to opt out of the Trust Act", "lets cities opt out
    # of the state's ban on sanctuary policies" (2.78.0)
    r"|\bopt(?:s|ed|ing)?[- ]out\s+of(?=\s+(?:the\s+|any\s+|all\s+|its\s+)?"
    r"(?:[\w'’()-]+\s+){0,3}?(?:" + A_RULE_LET_OUT_OF + r"|programs?)\b)"
    # ... and the exception or exemption named as a noun: "removes the exemption for school
    # districts from …", "narrows the exceptions to …" (with the verb before it, two turns)
    # ... or in or under it: "narrows the exceptions in the California Values Act" (2.75.0)
    r"|\b(?:exceptions?|exemptions?)\s+(?:(?:for|of)\s+[^.;:|]{0,60}?\s+)?(?:to|from|in|under)\b"
    # a law left unenforced or not applied: "suspends enforcement of …", "makes the ban on …
    # inapplicable to …" (a law that "does not apply to" some: REPEALED_PASSIVE); or put off:
    # "delays the effective date of the prohibition on sanctuary cities" (2.74.0). What is
    # opposed starts at the verb's object, as a row may read "implementation of the requirement
    # that sheriffs enter into 287(g) agreements" from its first word
    r"|\b(?:suspend|waiv|halt|paus|delay|postpon|defer)\w*(?=\s+(?:the\s+)?(?:effective\s+date"
    r"|enforcement|implementation|application|operation)\s+of\b)"
    r"|\bmak(?:e|es|ing)\b(?=\s+[^.;:|]{0,120}?\binapplicable\b)"
)
# "Sections 12 through 18 of the Act, relating to the state offense of illegal entry, are
# repealed": what a passive repeal undoes stands before it, from the start of its clause
NOT_APPLY = r"\b(?:do|does|shall|will) not apply\b"
REPEALED_PASSIVE = (
    # ... in a text's other words ("… is deleted", "… is eliminated"; not "removed", which a person
    # is, save from a code: "until the person is removed" is no repeal)
    r"\b(?:is|are|shall\s+be) (?:hereby )?(?:repealed|rescinded|revoked|deleted|eliminated|stricken"
    r"|struck|removed\s+from\s+(?:the\s+)?(?:code|statutes?|law|section|chapter|act))\b"
    # ... and a law that "does not apply to" some, or is waived for them: what it leaves out
    # goes against the law ("the ban on 287(g) agreements does not apply to …")
    + r"|"
    + NOT_APPLY
    + r"|\b(?:is|are) (?:hereby )?(?:waived|suspended)\b"
)
# ... and the index captions that put a bare participle after each item of a list: "crime of
# conspiracy to transport alien eliminated, bail for certain detained aliens allowed, …",
# "crime of harboring modified to exclude rentals to aliens" (what is undone, or cut back, is the
# item before it, back to the comma that starts the item)
REPEALED_ITEM = (
    # (bare: "… are hereby rescinded" is REPEALED_PASSIVE's)
    r"(?<!\bis)(?<!\bare)(?<!\bbe)(?<!\bbeen)(?<!\bwas)(?<!\bwere)(?<!\bhereby)\s"
    r"(?:(?:repealed|rescinded|eliminated|deleted|stricken|struck)(?=\s*(?:[,;.|]|$))"
    r"|(?:modified|amended|narrowed)\s+to\s+(?:exclude|exempt)\b)"
)
# where the opposed measure's description ends: a clause break, or the measure turning to what it
# backs ("opposing SB 4 and supporting the TRUST Act")
OPPOSED_ENDS = (
    # "Condemning Recent Executive Orders, Reaffirming the City as a Welcoming City": a comma
    # before the next action ends what is condemned, as "and" does
    r"[.;|\n]|(?:\b(?:and|but|while)|,)\s+(?:(?:further|also|to|instead)\s+)?(?:support|urg|endors|call"
    r"|request|direct|affirm|reaffirm|commend|encourag|resolv"
    # ... and the verbs a bill's own provisions use, which end it only outside a clause that
    # tells what the opposed bill does (`OPPOSED_BILL_TELLS`)
    r"|(?P<does>enact|reenact|add|creat|establish|replac|substitut|requir|prohibit))\w*"
    # ... and its own undoing of the next thing: "create an exemption from the harboring
    # provisions, repeal the provision making it a crime to …" (not a purpose: "opposing Senate
    # Bill 54, to repeal the state's sanctuary law" tells what the bill would do)
    r"|(?:\b(?:and|but|while)|,)\s+(?:(?:further|also|instead)\s+)?"
    r"(?P<undoes>repeal|rescind|eliminat|delet)\w*"
)
# "Opposing Senate Bill 4, which would require jails to honor ICE detainers and prohibit
# sanctuary policies": after "which" or "that", every item of the list is the opposed bill's,
# so a bill's verb not in the gerund ("and prohibit", "and requires") goes on with what is
# opposed; a gerund ("and requiring the clerk to …") is the resolution's own again.
OPPOSED_BILL_TELLS = r",\s*(?:which|that)\b"

# --- look-alikes ---------------------------------------------------------------------------------
# (reason shown in `why`, triggers, pattern). Matched spans are blanked before the topic rules run, so the
# word inside them ("sanctuary", "detainer", "trust", "ICE", "287") cannot make a measure relevant.
# immigrants named beside another cause ("a sanctuary for immigrants and for reproductive care")
_IMMIGRANTS_NAMED = r"immigra|undocumented|migrant|refugee|aliens?\b"
# the groups a card may be for, which make it no municipal ID ("ID cards for veterans")
_CARD_GROUPS = (
    r"(?:artists?|veterans?|employees?|students?|seniors?|musicians?|vendors?|workers?|drivers?"
    r"|members?|retirees?|volunteers?|contractors?)"
)
VETOES: list[tuple[str, tuple[str, ...], str]] = [
    (
        "security, disaster or election information exchanged with Homeland Security is not immigration data",
        ("homeland", "dhs", "DHS"),
        # the department's other work: "share cybersecurity threat information with the Department
        # of Homeland Security"; sharing for immigration enforcement names it and is not blanked
        r"(?:cyber\w*|terroris\w*|threat|emergency|disaster|election|critical infrastructure|fusion cent\w+)"
        r"(?:\s+[\w-]+){0,3}?\s+(?:information|data|intelligence|records?)"
        r"(?:(?!immigra)[^.;:|]){0,60}?(?:department of homeland security|\b(?-i:DHS)\b)"
        r"(?![^.;:|]{0,80}?immigra)",
    ),
    (
        "'Second Amendment sanctuary' is a gun-rights look-alike",
        (
            "second amendment",
            "sanctuar",
            "tenth amendment",
            "10th amendment",
            "bill of rights",
            "constitutional",
        ),
        r"second amendment\W{0,3}(?:preservation|sanctuary|protection)\w*(?:\s+(?:act|county|city|resolution|ordinance|movement|state))*"
        r"|(?:gun|firearms?|2a|constitutional|gun owners?'?)\s+sanctuar\w+(?:\s+(?:county|city|resolution|state|for gun owners))*"
        r"|sanctuar\w+\s+(?:county\s+)?for (?:gun owners|the second amendment|firearms?)"
        # ... and a sanctuary for any other amendment ("Fourth Amendment sanctuary city")
        r"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|fourteenth|\d+(?:st|nd|rd|th))"
        r" amendment\W{0,3}sanctuar\w*(?:\s+(?:county|counties|city|cities|state|resolution))*"
        r"|(?:bill of rights|constitutional)\s+sanctuar\w*(?:\s+(?:county|city|state|resolution))*",
    ),
    (
        # a bank asking, keeping or telling a customer's status (for money sent abroad, for an
        # account: "require financial institutions to verify the lawful immigration status of
        # applicants for deposit accounts", "prohibit covered financial institutions from
        # collecting, maintaining, and disclosing information relating to the citizenship status")
        "a bank's checks or records of a customer's status are about commerce, not enforcement",
        (
            "financial institution",
            "depository institution",
            "money transmit",
            "remittanc",
            "sending funds",
            "wire transfer",
        ),
        r"(?:(?:financial|depository) institutions?|money transmitters?|money services? business\w*)"
        r"[^.;:|]{0,150}?(?:(?:immigration|citizenship)[- ]status|status of (?:their |its )?"
        r"(?:customers?|consumers?|applicants?|account holders?))[^.;:|]*"
        r"|remittanc\w*[^.;:|]{0,150}?(?:immigration|citizenship)[- ]status[^.;:|]*",
    ),
    (
        "'sanctuary for the unborn' is an anti-abortion look-alike",
        ("sanctuar",),
        # "sanctuary cities for the unborn", "a sanctuary county for life"
        r"sanctuar\w+\s+(?:cit(?:y|ies)|count(?:y|ies)|states?|towns?)?\s*(?:for|of)\s+(?:the\s+)?(?:unborn|life|preborn)"
        r"|(?:pro-?life|unborn)\s+sanctuar\w+",
    ),
    (
        "refuge/sanctuary for gender-affirming or reproductive care is a health-care look-alike",
        (
            "refuge",
            "sanctuar",
            "safe haven",
            "shield",
        ),
        # "sanctuary protections for gender-affirming care", "reproductive health care sanctuary
        # policies"
        r"(?:refuge|sanctuar\w+|safe haven|shield)\s+(?:(?:state|law|city|protections?|polic(?:y|ies)|status)\s+)?(?:for|of)\s+(?:transgender|trans\b|gender|lgbtq\w*|reproductive|abortion)\w*"
        r"|(?:transgender|trans|gender-affirming|reproductive|abortion)\s+(?:(?:health\s+)?care\s+)?(?:refuge|sanctuar\w+|shield law)",
    ),
    (
        "a sanctuary from another field's law (cannabis, vaccines, 'medical freedom') is a look-alike",
        ("sanctuar",),
        # "cannabis sanctuary policies", "medical freedom sanctuaries", "a vaccine mandate
        # sanctuary county"; and the room of a church where firearms are carried
        r"(?:cannabis|marijuana|hemp|psychedelic|medical freedom|health freedom|vaccine(?: mandate)?"
        r"|mask mandate|covid(?:-19)?|energy|coal|fossil fuel|property rights)\s+sanctuar\w+"
        r"(?:\s+(?:polic(?:y|ies)|county|counties|cit(?:y|ies)|states?|ordinances?|resolutions?))*"
        r"|(?:firearms?|guns?|weapons?|concealed carry)[^.;:|]{0,60}?"
        r"(?:church|chapel|worship|synagogue|mosque|temple)\s+sanctuar\w+",
    ),
    (
        "wildlife / animal sanctuary is a conservation look-alike",
        ("sanctuar",),
        r"(?:wildlife|bird|marine|animal|game|fish|bee|pollinator|elephant|horse|equine|primate|nature|whale|turtle|migratory bird|bat|butterfly|dark sky|seabird|deer|wolf|bear"
        r"|wetlands?|estuar\w+|reef|coastal|ocean|forest|botanical|ecological|habitat|plant)\s+sanctuar\w+"
        r"|sanctuar\w+\s+for\s+(?:birds|wildlife|animals|fish|bees)",
    ),
    (
        "'trust' here is a trust fund / land trust / trust law, not a Trust Act",
        ("trust",),
        r"\btrust\s+(?:fund|funds|account|accounts|company|companies|compan|deed|lands?|propert\w+|instruments?|income|assets?|busines\w+|institutions?|powers?|protector|director)\b"
        r"|(?:uniform|directed|charitable|land|housing|care|business|statutory|spendthrift|purpose|community land|investment|real estate|public|pet|dynasty|asset protection|revocable|living|family|medical|nuclear decommissioning|settlement|health care|insurance|long term care|environmental|conservation|historic|transportation|highway)\s+trusts?\b(?:\s+(?:act|code|fund|law))?"
        r"|\bin\s+trust\b|trust\s+in\s+government|public\s+trust\s+doctrine|trustees?\b|\bheld\s+in\s+trust|anti-?trust"
        # the national motto: "In God We Trust Act"
        r"|\bin\s+god\s+we\s+trust\b",
    ),
    (
        "'detainer' here is the Interstate Agreement on Detainers (criminal charges in another state)",
        (
            "detainer",
            "iad",
        ),
        # unless the same clause turns it to immigration ("refuses to enforce the Compact
        # Agreement on Detainers in immigration cases")
        r"(?:(?:interstate\s+)?agreement\s+on\s+detainers?|interstate\s+detainers?|\biad\b)"
        r"(?![^.;:|]{0,30}?\bimmigra)",
    ),
    (
        "'detainer' here is unlawful / forcible entry and detainer (an eviction case)",
        ("detainer",),
        r"(?:unlawful|forcible|forceable|forcible entry and|forceable entry and|entry and)\s+detainers?(?:\s+(?:actions?|proceedings?|cases?|suits?))?"
        r"|detainer\s+(?:actions?|warrants?|proceedings?|suits?)\s+(?:for|against|involving)\s+(?:possession|tenants?|rent|residential)"
        r"|(?:landlord|tenant|eviction)\w*" + G + r"detainers?",
    ),
    (
        "'ice' here is frozen water, an ice rink or another acronym",
        (
            "ICE",
            "ice rink",
            "ice age",
            "ice skat",
            "ice hock",
            "ice arena",
            "ice fish",
            "ice storm",
            "ice cream",
            "dry ice",
            "black ice",
            "sea ice",
            "lake ice",
            "ice-",
            "ice and snow",
            "snow and ice",
            "internal combustion",
            "ice machine",
            "ice maker",
            "ice road",
            "ice jam",
        ),
        r"\bice[ -](?:rinks?|skating|hockey|arenas?|fishing|storms?|cream|machines?|makers?|shanty|shanties|houses?|roads?|jams?|dams?|sheets?|melt|age|bucket|resurfac\w+|time|plant|cubes?|packs?|sports?|shows?|carving|dancing|climbing)\b"
        r"|(?:dry|black|sea|lake|glacial|river|shaved|snow and|snow,|snow or)\s+ice\b|\bice\s+and\s+snow|\b(?-i:ICE)\s+(?:vehicles?|engines?)|internal combustion engine"
        # a company of that name: "an agreement with ICE Technologies for software maintenance"
        # (2.80.0)
        r"|\b(?-i:ICE)\s+(?:technolog(?:y|ies)|systems|solutions|holdings|corporation|corp|inc|llc"
        r"|ltd|enterprises|software|networks|mortgage|futures|engineering|consulting)\b",
    ),
    (
        "'alien' here is a plant or animal species from elsewhere, not a person",
        ("alien",),
        r"\balien\s+(?:invasive\s+)?(?:species|plants?|animals?|organisms?|weeds?|pests?|fish"
        r"|wildlife|vegetation)\b|\b(?:invasive|exotic|non-?native)\s+(?:and\s+|or\s+)?alien\b",
    ),
    (
        "'287' here is another section number, not 287(g) of the Immigration and Nationality Act",
        ("287",),
        # (not "section 287g", 287(g) without its parentheses)
        r"(?:section|sections|§|sec\.|chapter|article|rule|title|rsa|ch\.)\s*287(?:\.\d+)?"
        r"(?!\s*\(\s*g\s*\)|g\b)(?!\d)"
        # ... or 287(g) of another code: "section 287(g) of the tax code" (2.81.0)
        r"|\b287\s*\(\s*g\s*\)\s+of\s+(?:the\s+)?(?:(?!immigration|nationality|federal|united|u\.?s\.?\b)"
        r"[\w'’-]+\s+){0,3}?(?:code|statutes?|rules)\b",
    ),
    (
        "a sanctuary for victims of abuse or trafficking is a shelter look-alike",
        ("sanctuar",),
        # "a sanctuary policy for survivors of human trafficking", "sanctuary for victims of
        # domestic violence" (2.81.0; not "sanctuary for immigrant victims of crime")
        r"sanctuar\w*\s+(?:(?:polic(?:y|ies)|status|programs?|designations?|homes?|houses?)\s+)?for\s+"
        r"(?:the\s+)?(?:survivors?|victims?)\s+of\s+(?:domestic|sexual|dating|family|intimate|human"
        r"|labor|sex|child|elder|gender|gun|violent|abuse|violence|trafficking|crimes?|assault|stalking)"
        r"|sanctuar\w*\s+(?:(?:polic(?:y|ies)|homes?|houses?)\s+)?for\s+(?:battered|abused)\s+"
        r"(?:women|spouses|children|partners)",
    ),
    (
        "a federal relief program keeping its own applications confidential is not local data sharing",
        ("application",),
        r"(?:\b(?-i:DHS)\b|department of homeland security|the secretary)\s+(?:may|shall) not"
        r" (?:disclose|use)[^.;|]{0,60}?information (?:provided|contained|submitted|furnished)"
        r" in (?:an |the |such )?(?:applications?|requests?)[^.;]*",
    ),
    (
        "identity cards for one profession or group (artists, veterans, employees) are not municipal IDs",
        ("identification", "identity", " id"),
        r"(?:identification|identity|\bid) cards? (?:(?:for|to) (?:certified |eligible |qualified |licensed |registered )?"
        # or a card that shows the group: "an identity card which would display the
        # cardholder's status as a certified artist"
        r"|"
        + G
        + r"(?:display|show|indicat|denot)\w*"
        + G
        + r")"
        + _CARD_GROUPS
        # ... or the group named first: "senior citizen identification cards issued by the county"
        + r"|"
        + _CARD_GROUPS
        + r"(?:\s+citizens?)?\s+(?:identification|identity|id) cards?",
    ),
    (
        "the practice of immigration law (consultants, notarios, unauthorized practice) is a consumer service",
        (
            "practice of immigration",
            "practicing immigration",
            "consultant",
            "notario",
            "immigration assistance",
        ),
        r"practice of immigration law|practicing immigration law|immigration (?:consultants?|assistance services?|service providers?)|\bnotarios?\b",
    ),
    (
        "accepting an existing ID card as valid identification is not an ID-card program",
        ("recogni",),
        r"recogni[sz]\w*"
        + G
        + r"(?:identity|identification|id) cards?"
        + G
        + r"as (?:a )?valid (?:form of )?identification",
    ),
    (
        "ceremonial resolution (heritage month, refugee day, commemoration) that changes nothing about enforcement",
        (
            "commemorat",
            "congratulat",
            "honoring",
            "celebrat",
            "commending",
            "memorializ",
            "mourning",
            "recogniz",
        ),
        r"^\s*(?:a\s+resolution\s+)?(?:commemorating|congratulating|honoring|celebrating|commending|memorializing|mourning|recognizing)\b[^|]{0,200}?"
        r"(?:heritage month|refugee day|immigrant day|anniversary|proclaim|day in the state|coalition|celebration)",
    ),
    (
        "foreign-policy / federal immigration-relief resolution that changes nothing about local enforcement",
        (
            "temporary protected",
            "tps",
            "refugee",
            "daca",
            "deferred action",
            "immigration reform",
            "dream act",
            "asylum",
        ),
        r"(?:temporary protected status|\btps\b|refugee (?:resettlement|admissions?|settlement)|resettlement of refugees|daca\b|deferred action|comprehensive immigration reform|dream act|asylum seekers? (?:shelter|housing))",
    ),
    (
        # "a sanctuary ordinance for reproductive freedom", "Sanctuary resolution: medical freedom
        # and vaccine choice": the place's sanctuary is for another cause (the rows above read
        # the shorter forms, "reproductive health care sanctuary", "sanctuary city for the unborn")
        "a sanctuary for another cause (care, the unborn, guns, wildlife, medical freedom) is a look-alike",
        ("sanctuar",),
        r"sanctuar\w*(?:\s+(?:cit(?:y|ies)|count(?:y|ies)|states?|polic(?:y|ies)|ordinances?|resolutions?"
        r"|declarations?|designations?|laws?|status))?"
        + gap_crossing_none(_IMMIGRANTS_NAMED + r"|\b(?-i:ICE)\b", 30)
        + r"(?:\bfor\b|\bprotecting\b|\bto\s+protect\b|:)\s*"
        r"(?:(?!" + _IMMIGRANTS_NAMED + r")[\w'’-]+\s+){0,3}?"
        r"(?:reproductive|abortion|gender[- ]affirming|lgbt\w*|transgender|unborn|pre-?born|wildlife"
        r"|animals?\b|birds?\b|guns?\b|firearms?|second\s+amendment|medical\s+freedom|vaccin\w*"
        r"|cannabis|marijuana)",
    ),
    (
        # a "<Place> Values Act" is a sanctuary law; a family's or a faith's values are not
        "a Values Act of family, moral, religious or national values is a look-alike",
        ("values act",),
        # (a nation's values are no place's policy: "American Values Act" restricts funds for
        # abortions; the tracked kind is a state's or city's "<Place> Values Act")
        r"\b(?:family|traditional|moral|christian|religious|faith|biblical|parental|marriage"
        r"|american|national|patriotic|conservative)"
        r"(?:\s+(?:and\s+)?(?:family|traditional|moral|christian|religious|faith|biblical|parental"
        r"|marriage|american|national|patriotic|conservative))*\s+values act\b",
    ),
    (
        "a TRUST Act of trust funds, or a park's or land trust's act, is a look-alike",
        ("trust",),
        # "Time to Rescue United States Trusts Act or the TRUST Act ... federal trust fund";
        # "the Hudson River Park Trust Act"
        # ... and an act of trust law: "the <State> Trust Act (trust code modernization)"
        r"\btrust act\b(?=[\s\S]{0,600}?\b(?:trust funds?|trust code|trustees?|settlors?)\b)"
        r"|\btrusts? act or the (?-i:TRUST) act\b"
        r"|\b(?:park|land|housing|water|conservation|heritage|preservation|river|historic|school"
        r"|health|highway|forest|open space|library|museum|arts?|cemetery"
        # "Secure Choice Retirement Savings Trust Act": a fund held in trust
        r"|savings|retirement|pension|investment|endowment|scholarship|tuition|college|education"
        r"|energy|infrastructure|settlement|tobacco|opioid|farmland|broadband|wildlife|species)"
        r"\s+trust act\b",
    ),
    (
        "advice on a plea's immigration consequences is a court's duty, not enforcement",
        ("consequences",),
        # DOMAIN.md: plea advisements are other_immigration; the consequences they list
        # ("deportation, immigration detention, exclusion from admission") are not this
        # government's enforcement
        r"(?:advis\w*|advisement|warn\w*|notif\w*|inform\w*)\s+(?:\w+\s+){0,3}?(?:of\s+)?(?:the\s+)?"
        r"(?:possible\s+)?immigration consequences[^.;|]*",
    ),
    (
        "a citation of immigration law is not enforcement",
        ("immigration law", "immigration and nationality"),
        # "to collaborate in the process as set forth in federal immigration law"
        r"\b(?:as|is|are)\s+(?:set forth|provided|defined|described|required|authorized|used)\s+"
        r"(?:in|by|under)\s+(?:the\s+)?(?:federal\s+)?immigration (?:and nationality )?(?:laws?|acts?)\b",
    ),
    (
        "services for people after immigration detention are not detention contracts",
        ("release", "after", "following"),
        # "grants to community-based organizations to offer services after immigration detention"
        r"(?:services|support|assistance|accompaniment|reentry|re-entry)[^.;:|]{0,60}?"
        r"\b(?:after|following|released from|upon (?:their )?release from|post-release from)\s+"
        r"(?:immigration |civil |federal )*detention",
    ),
    (
        "a municipal ID card named in a list of documents that prove identity is a list, not an ID"
        " program",
        ("municipal identification", "municipal id", "city identification", "city id"),
        # "birth certificate, social security card, state-issued driver's license or non-driver
        # identification card, ..., municipal identification card, consular identification card,
        # or passport"
        r"(?:passports?|birth certificates?|driver'?s licen[sc]es?|social security cards?"
        r"|identification numbers?|resident cards?)\s*,[^.;:|]{0,200}?"
        r"(?:municipal|city) (?:identification|identity|id) cards?(?=\s*(?:,|\bor\b|\band\b))",
    ),
    (
        "whether a person is held for civil immigration purposes, as one factor in a jail's housing"
        " screening, is about safety in custody, not enforcement",
        ("whether",),
        # the sexual-abuse screening factors of 28 CFR 115.41, copied into local law: "Whether the
        # incarcerated individual is detained solely for civil immigration purposes"
        r"\bwhether (?:the |an |such )?(?:incarcerated |detained )?(?:individual|inmate|detainee|person|prisoner)s?"
        r"\s+(?:is|are|was) (?:being )?(?:detained|held) solely for civil immigration purposes",
    ),
]

# Immigration measures outside the tracked topics that name "immigration enforcement" or look like
# a tracked policy: their spans are blanked like a look-alike's, so no general phrase and no
# model reading makes them relevant, but unlike a look-alike they do not settle the measure: a
# text whose own rules place it on a tracked topic still does (an ordinance "concerning
# discrimination based on immigration status" that bars status inquiries).
# who issues a state's own ID cards (a licensing agency; "the state" but not "in the state" or
# "of the state", which follow a city or county), who issues a local one, and who may not have one
STATE_ID_ISSUER = (
    r"(?:(?<!in the )(?<!of the )(?<!within the )\bstate\b(?!-)|department of motor vehicles|\bdmv\b"
    r"|motor vehicles? (?:division|department|administration|commission|bureau)|secretary of state"
    r"|department of (?:public safety|revenue|transportation|driver services))"
)
LOCAL_ISSUER = r"\b(?:count(?:y|ies)|cit(?:y|ies)|municipal\w*|local|towns?|villages?|boroughs?)\b"
STATE_ID_HOLDER = (
    r"(?:undocumented|not lawfully present|unlawfully present|illegal aliens?"
    r"|without (?:legal|lawful) (?:status|presence)|regardless of (?:immigration )?status"
    r"|(?:cannot|can ?not|unable to) (?:prove|show|document) (?:lawful|legal) (?:presence|status))"
)
OUTSIDE_TOPICS: list[tuple[str, tuple[str, ...], str]] = [
    (
        # a chamber's own procedure: a special rule that brings bills to the floor ("Providing
        # for consideration of the bill (H.R. 2056) to require the District of Columbia to comply
        # with federal immigration laws") and a resolution of inquiry asking for documents change
        # nothing themselves; the bills they name are tracked as measures of their own
        "a chamber's rule for considering bills, or its request for documents, is procedure",
        (
            "consideration of",
            "in order to consider",
            "of inquiry",
            "to the house of representatives",
        ),
        r"\bproviding\s+for\s+(?:further\s+)?consideration\s+of\s+(?:the\s+)?(?:bill|joint resolution"
        r"|concurrent resolution|resolution)s?\b[^;|]*"
        r"|\bin\s+order\s+to\s+consider\s+(?:in\s+the\s+(?:house|senate)\s+)?(?:the\s+)?"
        r"(?:bill|joint resolution|concurrent resolution|resolution)\s*\([^()|]{1,30}\)[^;|]*?\.(?=\s|$)"
        r"|(?:^|(?<=\|))\s*of\s+inquiry\b[^|]*"
        r"|\b(?:transmit|furnish)\s+to\s+the\s+house\s+of\s+representatives\b[^|]{0,200}?"
        r"\b(?:documents?|records?|information|communications?)\b[^;|]*",
    ),
    (
        # the federal detention system's own offices and programs ("the Immigration Detention
        # Ombudsman", "the Alternatives to Detention program"): federal agents' conduct, not a
        # government's contract to hold people for ICE. (Not standards or conditions of
        # detention: a state sets them for the facilities it licenses or contracts with.)
        "the federal detention system's own ombudsman and programs are a federal matter",
        ("ombudsman", "alternatives to"),
        r"\b(?:office\s+of\s+(?:the\s+)?)?immigration\s+detention\s+ombudsman\b"
        r"|\balternatives?\s+to\s+(?:immigration\s+)?detention\b(?:\s+program\b)?",
    ),
    (
        # a census or an apportionment counting or asking citizenship is federal statistics
        # ("prohibit the use of questions on citizenship, nationality, or immigration status in any
        # decennial census"), not a government asking people their status
        "a census question or count by citizenship is federal statistics",
        ("census", "apportion"),
        r"\b(?:census|apportion\w*)\b[^.;:|]{0,120}?\b(?:citizenship|immigration status|nationality"
        r"|noncitizens?|non-citizens?|aliens?)\b[^.;:|]*"
        r"|\b(?:citizenship|immigration status|nationality|noncitizens?|non-citizens?|aliens?)\b"
        r"[^.;:|]{0,120}?\b(?:census|apportion\w*)\b[^.;:|]*",
    ),
    (
        # DOMAIN.md: services that do not touch enforcement are other_immigration; so is money
        # given to, or barred from, the people themselves ("use of local revenues to support or
        # otherwise assist illegal aliens; prohibit", 2.73.0). Local help with enforcement names
        # the agency or the work ("funds to assist ICE", "… to assist in the apprehension of
        # illegal aliens"), which the rows read
        "money to support or assist people without status is a service, not enforcement",
        ("support", "assist", "aid", "benefit", "help"),
        r"\b(?:revenues?|funds?|funding|monies|moneys|money|dollars)\s+(?:\w+\s+){0,2}?to\s+"
        r"(?:support|assist|aid|benefit|help)(?:\s+or\s+(?:otherwise\s+)?(?:support|assist|aid"
        r"|benefit|help))?\s+" + PEOPLE_WITHOUT_STATUS + r"\b",
    ),
    (
        # DOMAIN.md: services that do not touch enforcement are other_immigration; a voter roll's
        # citizenship is election law
        "migrant shelters or camps are a service, and noncitizens on a voter roll election law",
        ("encampment", "shelter", "camp", "voter", "registration list"),
        r"\bmigrants?\s+(?:encampments?|shelters?|camps?)\b"
        r"|\b(?:noncitizens?|non-citizens?|aliens?)\b[^.;:|]{0,40}?\b(?:voter\s+(?:rolls?|registration"
        r"|lists?)|registration\s+lists?|rolls\s+of\s+voters)\b",
    ),
    (
        # DOMAIN.md: federal agents' conduct and funding; a limit on what ICE may spend for
        # 287(g) or detention contracts still names those, which the topic rows read
        "Congress limiting the immigration agency's own money is a federal matter",
        ("fund",),
        # "To limit certain Federal Funding used by U.S. Immigration and Customs Enforcement";
        # "a limitation on the obligation of funds for certain immigration enforcement purposes
        # until a report on the use of databases by immigration officers is submitted"
        r"\b(?:limit\w*|restrict\w*|reduc\w*|cut\w*|cap\w*)\s+(?:on\s+)?(?:(?:certain|the|any)\s+)?"
        r"(?:federal\s+)?(?:funds?|funding)\s+(?:used|available|appropriated|made available|obligated)"
        r"\s+(?:by|to|for)\s+(?:the\s+)?(?:u\.?s\.?\s+)?"
        + ICE_AGENCY
        + r"|\blimitation on the obligation of funds for (?:certain )?immigration enforcement purposes"
        # ... and what the limit waits on ("until a report on the use of databases by
        # immigration officers"), the agency's own systems
        r"(?:\s+until\b[^.;:|]*)?",
    ),
    (
        # DOMAIN.md: federal agents' conduct is other_immigration, and so is how they are paid,
        # hired, screened, trained and held to account ("supplemental payments to Federal
        # personnel performing immigration enforcement operations", "hiring and screening
        # standards for immigration enforcement officers", "the accountability of immigration
        # enforcement personnel"); a state's or a county's own officers are not these
        "federal immigration agents' pay, hiring, training and accountability are the federal agencies' own",
        (
            "pay",
            "salar",
            "compensat",
            "hiring",
            "screening",
            "training",
            "recruit",
            "retention",
            "accountab",
            "immunity",
            "sue ",
            "civil remedy",
        ),
        r"\b(?:pay|payments?|salar\w+|compensat\w+|hiring|screening|training|recruit\w*|retention"
        r"|accountab\w+|qualified immunity|sue|civil remedy)\b"
        # (not a local force's own officers who work with them: "training for sheriff deputies
        # who assist ICE agents")
        + gap_crossing_none(
            r"\b(?:assist|help|aid|cooperat|work|who|that|with|deput|sheriff|police|local|count"
            r"|cit(?:y|ies)|state|jail|correction)",
            60,
        )
        + r"(?:\b(?:federal|(?-i:ICE)|(?-i:CBP)|u\.?s\.?)\s+(?:immigration(?:\s+enforcement)?\s+)?"
        r"|\b(?:u\.?s\.?\s+)?(?:immigration and customs enforcement|customs and border protection)"
        r"(?:\s*\((?-i:ICE|CBP)\))?\s+"
        r"|(?<!state )(?<!local )(?<!county )\bimmigration\s+enforcement\s+)"
        r"(?:officers?|agents?|personnel|employees|workforce)\b"
        # "... to Federal personnel performing immigration enforcement operations"
        r"(?:\s+(?:performing|conducting|carrying out|engaged in)\s+(?:federal\s+)?immigration"
        r"\s+enforcement(?:\s+(?:operations|activities|functions|duties))?)?"
        # "the hiring and training processes at U.S. Immigration and Customs Enforcement"
        r"|\b(?:hiring|training|recruit\w*|screening|vetting)(?:\s+and\s+\w+)?(?:\s+(?:processes"
        r"|standards|practices|requirements))?\s+(?:at|of|for|by)\s+(?:the\s+)?(?:u\.?s\.?\s+)?"
        r"(?:immigration and customs enforcement|customs and border protection|border patrol"
        r"|(?-i:ICE)\b|(?-i:CBP)\b)",
    ),
    (
        # a federal relief program's own terms: "Eligible nationals of a TPS-designated country
        # may obtain employment authorization, may not be detained on the basis of their
        # immigration status, and are not subject to removal" (8 U.S.C. 1254a), not a limit on
        # anyone's police or jail
        "what temporary protected status gives its holders is federal relief",
        ("temporary protected status", "tps"),
        r"(?:temporary protected status|\btps\b)[^|]{0,300}?\b(?:may|shall) not be (?:detained|removed)"
        r"[^.;|]*",
    ),
    (
        "what a checkpoint accepts as proof of identity is an identification matter",
        ("warrant",),
        # "prohibit the Administrator of the Transportation Security Administration from
        # accepting warrants for the arrest of aliens as valid proof of identification"
        r"\b(?:arrest |removal |administrative )?warrants?\b[^.;:|]{0,80}?\bas (?:a )?(?:valid )?"
        r"(?:proof|form|evidence|means) of identi\w+",
    ),
    (
        # the labeled data reads detention standards and oversight (federal and state) as
        # other_immigration; contracts to detain, and bans on them, stay the topic. So is how
        # people are treated there (2.72.0: "Restricting Solitary Confinement in Immigration
        # Detention", "reporting requirements pertaining to detainees in immigration detention
        # facilities", "restraints on pregnant women in immigration detention"): the conditions
        # of confinement, not who holds people for ICE
        "inspecting or setting standards for immigration detention facilities is oversight of conditions, not a contract to detain",
        (
            "inspect",
            "oversight",
            "standards",
            "conditions",
            "monitor",
            "solitary",
            "restrictive housing",
            "segregation",
            "restrain",
            "shackl",
            "medical care",
            "health care",
            "reporting requirements",
        ),
        r"\b(?:inspect\w*|oversight|standards?|conditions|monitor\w*|solitary\s+confinement"
        r"|restrictive\s+housing|segregation|restrain(?:ts?|ing)|shackl\w*|medical\s+care"
        r"|health\s+care|reporting\s+requirements)\s+(?:[\w-]+\s+){0,4}?(?:of|for|in|at)\s+"
        r"(?:all\s+|any\s+)?(?:federal\s+|private\s+|civil\s+)?immigration detention"
        r"(?:\s+(?:facilit\w+|centers?))?",
    ),
    (
        "relief for people or businesses harmed by federal immigration enforcement is a service",
        # every phrase below names immigration enforcement: a rarer word than "affected"
        ("immigration enforcement",),
        # "grants to businesses affected by Federal immigration enforcement"; "remedies for
        # violations of federal constitutional rights occurring during immigration enforcement"
        r"(?:affected|impacted|harmed|hurt|injured)\s+by\s+(?:the\s+)?(?:federal\s+)?(?:civil\s+)?"
        r"immigration enforcement(?:\s+(?:actions?|activit\w+|operations?))?"
        r"|remed\w+\s+(?:\w+\s+){0,6}?(?:occurring\s+)?(?:during|in the course of)\s+"
        r"(?:federal\s+)?(?:civil\s+)?immigration enforcement",
    ),
    (
        "a claim of ineffective assistance of counsel is a matter of procedure, not a right to counsel",
        ("ineffective",),
        # "to provide for claims of ineffective assistance of counsel in immigration matters"
        r"ineffective assistance of (?:counsel|an? (?:attorney|lawyer|representative))[^.;:|]{0,120}",
    ),
    (
        "the government's own lawyers in removal proceedings are not counsel for the people facing removal",
        ("counsel", "attorney", "lawyer"),
        # "certain Department of Homeland Security counsel functions by State officers"; "an
        # attorney in representing the Department of Homeland Security in removal proceedings"
        r"(?:department of homeland security|\b(?-i:DHS|ICE)\b)\s+(?:trial\s+)?(?:counsel|attorneys?|lawyers?)\b"
        # (its "counsel functions" performed "by State officers" is a delegation: 287g's row)
        r"(?!\s+functions)"
        r"|(?:counsel|attorneys?|lawyers?)\s+(?:\w+\s+){0,2}?(?:for|representing|on behalf of)\s+(?:the\s+)?"
        r"(?:department of homeland security|\b(?-i:DHS|ICE)\b|secretary of homeland security"
        r"|government in (?:removal|deportation|immigration) proceedings)[^.;:|]{0,90}",
    ),
    (
        "private agents (bail bond agents, bounty hunters) doing immigration enforcement are a licensing matter",
        ("immigration enforcement",),
        r"immigration enforcement[^.;:|]{0,60}?(?:bail bond|bail (?:recovery )?agents?|bounty hunters?)"
        r"|(?:bail bond|bail (?:recovery )?agents?|bounty hunters?)[^.;:|]{0,60}?immigration enforcement",
    ),
    (
        "whether the federal immigration agency exists, or how federal law protects its agents, is a federal matter",
        ("immigration", "homeland", "ICE"),
        # "To abolish U.S. Immigration and Customs Enforcement"; "to protect U.S. Immigration and
        # Customs Enforcement agents, as well as other Federal law enforcement officers"
        # (not a tool named after the agency: "Abolish ICE Detainers Act")
        r"\babolish\w*\s+(?:the\s+)?(?:u\.?s\.?\s+)?(?:" + ICE_AGENCY + r")(?:\s*\((?-i:ICE)\))?"
        # (nor a policy named for keeping it out: "abolish the ICE-Free Schools Act")
        r"(?![- ]free\b|\s+(?:detainers?|holds?|cooperation|raids?|arrests?|access|contracts?|agreements?)\b)"
        r"|\b(?:protect\w*|assault\w*|doxx\w*|threat\w*\s+against)\s+(?:the\s+)?(?:u\.?s\.?\s+)?"
        r"(?:" + ICE_AGENCY + r")(?:\s*\((?-i:ICE)\))?\s+(?:agents?|officers?|personnel)"
        # "the criminal penalties for assaulting, resisting, or impeding an officer or employee of
        # U.S. Immigration and Customs Enforcement"; "the public release of the name of a Federal
        # law enforcement officer with the intent to obstruct … an immigration enforcement
        # operation"
        r"|\b(?:assault\w*|resist\w*|imped\w*|doxx\w*|harass\w*)[^.;:|]{0,40}?\b(?:officers?|employees?"
        r"|agents?|personnel)\s+of\s+(?:the\s+)?(?:u\.?s\.?\s+)?(?:" + ICE_AGENCY + r")"
        r"|\b(?:release|disclos\w*|publish\w*)\s+(?:of\s+)?the\s+(?:names?|identit\w+|personal information)"
        r"\s+of\s+(?:an?\s+)?federal\s+(?:law\s+enforcement|immigration)\s+(?:officers?|agents?)[^.;:|]*",
    ),
    (
        "how immigration agents identify themselves or what they wear (masks, badges, body cameras) is their conduct, not local enforcement",
        (
            "mask",
            "face",
            "facial",
            "identif",
            "uniform",
            "badge",
            "wear",
            "display",
            "camera",
            "insignia",
            "conceal",
        ),
        # DOMAIN.md: federal agents' conduct is other_immigration; "prohibits ICE agents from
        # identifying themselves as police", "facial identification and transparency in
        # immigration enforcement act", "visible identification standards for immigration-based
        # law enforcement"
        r"(?:\bmasks?\b|masking|face coverings?|facial (?:coverings?|identification)|visible identification"
        r"|identification standards|identif\w+ themselves|\buniforms?\b|\bbadges?\b|body[- ](?:worn )?cameras?)"
        r"[^.;:|]{0,80}?(?:immigration(?:-based)? (?:law )?enforcement|immigration (?:agents?|officers?)"
        r"|(?-i:ICE) (?:agents?|officers?))[^.;:|]*"
        # not the agents local police accompany: "requires a police officer accompanying federal
        # immigration officers to wear and use a body camera" governs this government's police
        r"|(?<!accompanying )(?<!accompanying federal )(?<!assisting )(?<!assisting federal )(?:"
        + ICE_AGENCY
        + r"(?:\s*\((?-i:ICE)\))?|immigration(?: enforcement)?|federal(?: immigration)?(?: enforcement)?)"
        # "... (ICE) and U.S. Customs and Border Protection (CBP) agents to wear body cameras"
        r"(?:\s+(?:and|or)\s+(?:u\.?s\.?\s+)?(?:customs and border protection|border patrol)"
        r"(?:\s*\((?-i:CBP)\))?)?"
        r"\s+(?:agents?|officers?|personnel)[^.;:|]{0,60}?"
        r"(?:(?:from|to)\s+(?:wear\w*|identify\w* themselves|display\w*\s+(?:visible\s+)?identification)"
        r"|\bmasks?\b|face coverings?|visible identification)[^.;:|]*"
        # any officer's mask, immigration named or not: "prohibits law enforcement officers from
        # wearing masks" is about officers' conduct, whoever they work for
        r"|\b(?:officers?|agents?|law enforcement|police|personnel)\s+(?:\w+\s+){0,3}?(?:from\s+)?"
        r"(?:wear\w*|conceal\w*|cover\w*)\s+(?:\w+\s+){0,2}?(?:masks?|face coverings?|their faces?"
        # ... or who they are: "prohibits immigration officers from concealing their identity"
        r"|(?:their|his|her)\s+identit(?:y|ies))\b[^.;:|]*"
        # the enforcement named first, then what its officers must wear or show: "… to carry out
        # any civil immigration enforcement activity … unless each officer … is not wearing a
        # mask", "agents … engaged in border security or immigration enforcement to display or
        # wear certain insignia and provide identification"
        r"|\bimmigration\s+enforcement\b[^.;:|]{0,160}?\b(?:wear\w*|display\w*)\s+(?:\w+\s+){0,3}?"
        r"(?:masks?|(?:face|facial)\s+coverings?|insignia|identification|badges?)\b[^.;:|]*",
    ),
    (
        # DOMAIN.md: federal agents' conduct is other_immigration, and federal forces sent to help
        # ICE are the federal government's own ("condemning the deployment of federal troops to
        # assist ICE", "urging the President not to deploy active-duty troops to …"); a state's
        # or a city's own forces put to it (the National Guard alone, troopers, deputies) are read
        # by FORCE_PUT_TO_ENFORCEMENT
        "federal forces sent to help immigration enforcement are the federal government's own",
        ("troops", "military", "marines", "soldiers", "armed forces", "federaliz", "president"),
        r"(?:\b(?:president|administration|federal government|secretary of defense|pentagon"
        r"|department of defense)(?:'s|’s)?\s+(?:[\w'’-]+\s+){0,3}?(?:the\s+)?"
        # (not the forces a state's own are barred from helping: "to assist federal troops in …")
        r"|(?<!assist )(?<!assisting )(?<!help )(?<!helping )(?<!aid )(?<!support )(?<!supporting )"
        r"\b(?:federal\w*|active[- ]duty|u\.?s\.?|military)\s+|\bthe\s+(?=military\b))"
        r"(?:troops|military|marines|soldiers|armed forces|national guard|guard\w*|army|personnel"
        r"|forces)\b[^.;:|]{0,40}?" + FOR_ENFORCEMENT,
    ),
    (
        "driver's licenses and state ID cards for the undocumented are licenses, not local IDs",
        ("undocumented", "lawful", "without legal", "regardless of", "illegal alien"),
        # DOMAIN.md: driver's licenses are other_immigration; a municipal ID is another thing
        r"(?:(?:identification|identity|\bid) cards?\s+(?:and|or)\s+)?"
        r"(?:driver'?s?|operator'?s?|driving)\s+(?:licen[sc]e\w*|privilege\w*|permits?)"
        r"(?:\s+(?:and|or)\s+(?:state\s+)?(?:identification|identity|\bid)\s+cards?)?"
        r"[^.;:|]{0,60}?(?:undocumented|not lawfully present|unlawfully present"
        r"|without (?:legal|lawful) (?:status|presence)|regardless of (?:immigration )?status)"
        # ... and a state's own ID cards, by the agency that issues them or by name ("Requires the
        # Department of Motor Vehicles to issue identification cards to undocumented residents",
        # "state identification cards for persons without lawful status"); not a city's or a
        # county's card, nor a state barring places from accepting them ("… in the state to issue",
        # "accepting identification cards issued to …" name no state issuer)
        + r"|(?:"
        + STATE_ID_ISSUER
        + gap_crossing_none(LOCAL_ISSUER, 60)
        + r"\b(?:issu\w*|provid\w*|grant\w*)\b"
        + gap_crossing_none(LOCAL_ISSUER, 30)
        + r"|\bstate(?:-issued)? )(?:identification|identity|\bid) (?:cards?|documents?)"
        + gap_crossing_none(LOCAL_ISSUER, 60)
        + STATE_ID_HOLDER
        # a caption naming the agency after the cards: "Identification cards for undocumented
        # residents; Department of Motor Vehicles", "State identification cards; undocumented …"
        + r"|(?:identification|identity|\bid) (?:cards?|documents?) (?:for|to) [^.;:|]{0,40}?"
        + STATE_ID_HOLDER
        + r"[^.;:|]{0,30}?[;,]\s*(?:the\s+)?"
        + STATE_ID_ISSUER
        + r"|\bstate (?:identification|identity|\bid) cards?\s*[;,]\s*[^.;:|]{0,20}?"
        + STATE_ID_HOLDER,
    ),
    (
        "whether a party to a civil case must disclose immigration status is court procedure, not"
        " enforcement",
        ("disclos",),
        # "in a civil sex trafficking claim ... a person bringing a civil claim need not disclose
        # their immigration status" (DOMAIN.md: family-court and court matters are services). Only
        # in a civil claim or case: "applicants for city services shall not be required to disclose
        # their immigration status" is a bar on status inquiries.
        r"\bcivil (?:claims?|actions?|cases?|suits?|proceedings?|litigation)\b[^.;:|]{0,80}?"
        r"(?:need not|not (?:be )?required to|shall not be (?:required|compelled) to|may not be"
        r" compelled to)\s+disclos\w*\s+(?:their|his or her|its|the person'?s|such person'?s)\s+"
        r"(?:(?:immigration|citizenship)\s+(?:or\s+)?)+status",
    ),
    (
        # a federal limit on the conduct of immigration officers (masks, facial recognition,
        # identification, body cameras) defines the officers it covers, those deputized under
        # 287(g) among them: "The term covered immigration officer means any individual who is
        # ... an individual authorized, deputized, or designated to perform immigration
        # enforcement functions pursuant to section 287(g)". The measure covers those officers'
        # conduct; it does nothing with the agreements (a state's "'287(g) agreement' means ..."
        # names the agreement itself, and is not this)
        "officers deputized under 287(g), named among those a definition covers, are not a 287(g) measure",
        ("287",),
        r"\bthe term\b[^|]{0,60}?\bmeans\b[^|]{0,400}?\b(?:authorized,?\s+)?deputized,?\s+or\s+designated\b"
        r"[^|]{0,120}?287\s*\(g\)(?:\s+of\s+the\s+immigration\s+and\s+nationality\s+act)?"
        r"(?:\s*\(?\s*8\s+u\.?\s?s\.?\s?c\.?\s+1357\s*\(g\))?",
    ),
    (
        # Congress's crime of bringing in or harboring aliens (section 274 of the Immigration and
        # Nationality Act) by its federal names: "human trafficking or alien smuggling" named
        # together as federal offenses, "an alien smuggling crime" (a felony under section 274(a),
        # 277 or 278), "compliance with Federal law with respect to ... alien smuggling". A
        # state's caption on its own crime ("Counties; alien smuggling") names neither.
        "the federal crime of alien smuggling is federal criminal law, not a state's",
        ("alien smuggl",),
        r"\bhuman trafficking,?\s+(?:(?:and|or)\s+)?alien smuggling\b"
        r"|\balien smuggling,?\s+(?:(?:and|or)\s+)?human trafficking\b|\balien smuggling crimes?\b"
        r"|\bfederal laws?\b[^.;:|]{0,80}?\balien smuggling\b",
    ),
    (
        "federal penalties for reentering after removal are federal criminal law, not a state's",
        ("reentry", "re-entry", "276", "1326"),
        # "To amend section 276 of the Immigration and Nationality Act relating to reentry of
        # removed aliens": Congress's own crime (a state's crime of illegal reentry is
        # state_enforcement and says "this state")
        r"re-?entry of (?:removed|deported) aliens|section 276 of the immigration and nationality act"
        r"|\b8 u\.?s\.?c\.? (?:§\s*)?1326\b"
        # ... and the bill's own name for it, where what follows says the reentry is into the
        # country or amends that section: "Stop Illegal Reentry Act | To amend the Immigration
        # and Nationality Act to increase penalties for individuals who illegally reenter the
        # United States" (a caption's bare "Illegal reentry", with nothing after it, stays a
        # state's bill)
        r"|\billegal\s+re-?entry\b(?=[\s\S]{0,600}?(?:\bre-?ent\w*\s+(?:into\s+)?the\s+united\s+states"
        r"|section 276 of the immigration|\b8 u\.?s\.?c\.? (?:§\s*)?1326\b))",
    ),
    (
        "what the federal government does with its own deferred-action applications is a federal matter",
        ("deferred action",),
        # "the confidentiality of information submitted in requests for deferred action under the
        # deferred action for childhood arrivals program": DHS's own records, not local data
        r"(?:confidential\w*|disclos\w*|shar\w+)[^.;|]{0,80}?(?:requests? for |applications? for )?deferred action"
        r"|deferred action[^.;|]{0,80}?(?:confidential\w*|disclos\w*)",
    ),
]
# ... and people's protection from others (civil rights, housing, labor law): outside the topics
# too, but a city code's chapter on them often also tells the city's own employees what they may
# not ask or share, so the measure's text may still make it relevant (the rows above settle it)
# An "and" that starts another duty of the measure: where a span hidden for what it is (an
# E-Verify clause, a definition) stops ("… and prohibits sanctuary policies")
ANOTHER_DUTY = (
    r"\band\s+(?:requir|prohibit|bar|ban|creat|establish|direct|authoriz|allow|mak|repeal|end|den"
    r"|withh|penaliz|mandat|preempt|limit|restrict)\w*"
)
# Who may have a benefit or a service, and the status asked of them (the row below)
ELIGIBILITY_STATUS = (
    r"(?:immigration|citizenship)(?:\s+or\s+(?:immigration|citizenship))?\s+status"
    r"|(?:lawful|legal)\s+presence"
)
ELIGIBILITY_SERVICE = (
    r"(?:public\s+|medical\s+|food\s+|cash\s+)?(?:assistance|benefits?)|medicaid|food\s+stamps"
    r"|\bsnap\b|\btanf\b|welfare|(?:housing|rent\w*)\s+(?:vouchers?|assistance|subsid\w+"
    r"|supplements?)|unemployment(?:\s+(?:benefits|compensation|insurance))?"
)
# Help given to immigrants themselves, and the groups that give it: money barred from these is
# taken from immigrants, not from enforcement (the money-bar stance row)
SERVICES_TO_IMMIGRANTS = (
    r"(?:non-?governmental|nonprofit|non-profit|charitable)\s+organizations?|\bngos?\b"
    r"|immigra\w*[- ]related\s+services|legal\s+(?:services|representation|aid|assistance)"
    r"|\b(?:attorneys?|lawyers?)\b|\b(?:deportation|removal)\s+(?:legal\s+)?defen[cs]e\b|"
    + ELIGIBILITY_SERVICE
)
ELIGIBILITY_TRIGGERS = (
    "assistance",
    "benefit",
    "medicaid",
    "food stamps",
    "snap",
    "tanf",
    "welfare",
    "housing",
    "rent",
    "unemployment",
    "applicant's",
    "applicant’s",
    "recipient's",
    "recipient’s",
)
OUTSIDE_UNLESS_TEXT: list[tuple[str, tuple[str, ...], str]] = [
    (
        "a ban on discrimination by immigration status is civil rights, not enforcement",
        ("discriminat",),
        # "VA Human Rights Act; prohibits discrimination on the basis of citizenship or
        # immigration status": who may not be treated worse, not what police or jails do
        r"discriminat\w*\s+(?:\w+\s+){0,3}?(?:based on|on the basis of|because of|by reason of)\s+"
        r"(?:\w+\s+){0,4}?(?:citizenship|immigration)(?:\s+or\s+(?:citizenship|immigration))?\s+status",
    ),
    # DOMAIN.md: services that do not touch enforcement are other_immigration, and so is the check
    # a service agency makes of who may have the service: "Requires the director of a local
    # department of social services to inquire as to the immigration status of all persons
    # applying for public assistance benefits", "prohibit the Housing Authority from inquiring
    # into an applicant's immigration status". What the agency hands to ICE is still information
    # sharing (the span hidden here is the check alone), and an omnibus bill's text may hold
    # police provisions beside it.
    (
        "checking who may have a benefit or a service is eligibility, not enforcement",
        ELIGIBILITY_TRIGGERS,
        r"\b(?:inquir|verif|ask|check|determin|confirm|question)\w*[^.;:|]{0,50}?(?:"
        + ELIGIBILITY_STATUS
        + r")\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:applying\s+for|applicants?\s+for|recipients?\s+of"
        r"|applications?\s+for)\s+(?:[\w'’-]+\s+){0,2}?(?:" + ELIGIBILITY_SERVICE + r")"
        # "verify citizenship or immigration status before providing Medicaid"
        r"|\b(?:inquir|verif|ask|check|determin|confirm)\w*[^.;:|]{0,50}?(?:"
        + ELIGIBILITY_STATUS
        + r")\s+(?:before|prior\s+to)\s+(?:providing|granting|awarding|issuing|approving)\s+"
        r"(?:[\w'’-]+\s+){0,2}?(?:" + ELIGIBILITY_SERVICE + r")"
        # "inquiring into an applicant's immigration status"
        r"|\b(?:inquir|verif|ask|check|determin|confirm)\w*[^.;:|]{0,30}?(?:an?\s+|the\s+)?"
        r"(?:applicant|recipient)['’]s\s+(?:" + ELIGIBILITY_STATUS + r")"
        # "applications for public assistance, immigration status inquiry"
        r"|\bapplica(?:nts?|tions?)\s+for\s+(?:[\w'’-]+\s+){0,2}?(?:"
        + ELIGIBILITY_SERVICE
        + r")[^.:|]{0,60}?(?:"
        + ELIGIBILITY_STATUS
        + r")",
    ),
    # DOMAIN.md: E-Verify for employers is other_immigration. The span is the E-Verify clause
    # alone, up to an "and" that starts another duty ("Requires employers to use E-Verify and
    # prohibits sanctuary policies" still bans sanctuary policies); an omnibus bill's text may
    # hold police provisions beside it.
    (
        "requiring employers to check work eligibility (E-Verify) is employment law, not enforcement",
        ("e-verify", "everify", "electronic verification", "electronic employment verification"),
        r"\b(?:(?!and\b)[\w'’()-]+\s+){0,12}?(?:e-?verify|electronic\s+(?:employment\s+)?verification)\b"
        r"(?:(?!" + ANOTHER_DUTY + r")[^.;:|]){0,200}",
    ),
    # ... and in other words: "Requires employers to verify the immigration status of new
    # employees", "state contractors to confirm the work authorization of their workers" (the
    # workers an employer hires, not a government's own employees; up to another duty, as above)
    (
        "requiring employers to check their workers' status is employment law, not enforcement",
        ("employer", "contractor", "business"),
        r"\b(?:(?:private|public|all|state|covered)\s+)?(?:employers?|contractors?|subcontractors?"
        r"|businesses)\s+(?:(?!"
        + ANOTHER_DUTY
        + r")[^.;:|]){0,40}?\b(?:verif|confirm|check|determin)\w*"
        r"\s+(?:(?:the|their|an?)\s+)?(?:(?:immigration|citizenship)\s+status|employment\s+eligibility"
        r"|work\s+(?:authorization|eligibility)|eligibility\s+to\s+work|legal\s+status)\s+of\s+"
        r"(?:(?:their|its|all|any|each|every|new(?:ly)?|hired|prospective)\s+)*(?:employees|workers"
        r"|hires|applicants|job\s+applicants|persons\s+hired|individuals\s+hired)\b"
        # ... or told to comply with immigration law, which for them is the hiring law, when
        # they alone are told: "Requires employers to comply with federal immigration laws"
        # (2.81.0; not "the state, local governments and contractors comply with …")
        r"|\b(?:requir(?:e|es|ed|ing)|mandat(?:e|es|ed|ing)|direct(?:s|ed|ing)?|compel(?:s|led|ling)?)\s+"
        r"(?:(?:private|all|covered|state)\s+){0,2}(?:employers?|contractors?|subcontractors?"
        r"|businesses)\s+(?:to\s+)?compl(?:y|iance)\s+with\s+(?:all\s+)?(?:applicable\s+)?(?:federal\s+)?"
        r"immigration\s+laws?\b"
        r"|(?:^|[.;:|]\s*)(?:(?:all|private|covered)\s+)?(?:employers?|contractors?|businesses)\s+"
        r"(?:shall|must|will)\s+comply\s+with\s+(?:all\s+)?(?:applicable\s+)?(?:federal\s+)?"
        r"immigration\s+laws?\b",
    ),
    (
        "a landlord's or employer's threat to disclose status is housing or labor law, not enforcement",
        ("disclos", "threat", "coerc", "harass"),
        # "requesting identifying documentation for any person lawfully entitled to occupancy of
        # such dwelling unit that would disclose the citizenship status"; "Labor and Employment -
        # Disclosure of Employee's Immigration Status - Prohibition"
        # (a public housing authority is a government: what it tells ICE is information sharing)
        r"(?:landlords?|owners?|lessors?|employers?|dwelling|housing(?!\s+authorit)|workplace)"
        r"[^.;:|]{0,150}?"
        r"(?:disclos\w*|threat\w*|coerc\w*|harass\w*)[^.;:|]{0,80}?(?:citizenship|immigration)\s+status"
        r"|(?:disclos\w*|threat\w*|coerc\w*|harass\w*)[^.;:|]{0,40}?(?:employee|worker|tenant|occupant)"
        r"\w*'?s?\s+(?:(?:citizenship|immigration)\s+(?:or\s+)?)+status",
    ),
]
VETOES += OUTSIDE_TOPICS + OUTSIDE_UNLESS_TEXT

# --- topics --------------------------------------------------------------------------------------
# Weight of a general rule ("enforcement of federal immigration law"): it names its topic only when
# no specific rule named one ("requires sheriffs to cooperate with ICE ... hold persons on
# detainers" is about detainers).
GENERAL = 0
# (label, triggers, topics, weight, pattern). weight 2: decides relevance alone. weight 1: only with
# immigration context elsewhere in the measure (see IMM).
TOPIC_RULES: list[tuple[str, tuple[str, ...], tuple[str, ...], int, str]] = [
    # 287(g)
    (
        "287(g) agreement",
        ("287", "1357"),
        ("287g",),
        2,
        r"\b287\s*\(\s*g\s*\)|\b287g\b|1357\s*\(\s*g\s*\)",
    ),
    (
        "agreement with ICE to enforce immigration law",
        ("agreement", "memorand", "contract", "partnership"),
        ("287g",),
        2,
        # "Memorandum Of Understanding (MOU) With …": an abbreviation may stand between
        r"(?:agreements?|memorand\w+ of (?:agreement|understanding)|contracts?)(?:\s*\([\w .-]{1,12}\))?"
        r"\s+(?:between|with)"
        # "between the Commonwealth and the United States Department of Justice or Department of
        # Homeland Security": two parties and a second agency before the one that counts
        + r"[^.;:|]{0,80}?"
        + ICE_AGENCY
        + G
        # "to enforce immigration law", not ICE's own office names ("Enforcement and Removal")
        + r"(?:enforc\w*"
        + G_SHORT
        + r"(?:immigration|laws?\b)|perform|immigration (?:officer|enforcement)"
        # "… for the purpose of allowing police officers to be designated as task force officers"
        + r"|deputiz\w*|designat\w* as (?:[\w-]+ ){0,4}?(?:immigration|customs)(?: [\w-]+){0,4}? officers?)"
        + r"|memorand\w+ of agreement\s+(?:between|with)"
        + G_SHORT
        + r"(?:\b(?-i:ICE)\b|immigration and customs enforcement)"
        + r"|partnership\s+(?:between|with)"
        + G_SHORT
        + ICE_AGENCY
        + G
        + r"(?:sheriff|police|jail|corrections)",
    ),
    (
        "local officers acting as immigration officers",
        ("immigration officer", "immigration agent"),
        ("287g",),
        2,
        r"\b(?:deput\w+|officers?|police|sheriffs?|jailers?|troopers?|employees|personnel)\b"
        r"[^.;:|]{0,60}?" + ACT_AS_IMMIGRATION_OFFICERS,
    ),
    (
        "immigration enforcement agreement with federal authorities",
        ("agreement",),
        ("287g",),
        2,
        r"immigration enforcement agreements?|agreements?\s+(?:with|between)"
        + G_SHORT
        + r"(?:federal (?:authorit\w+|government|agenc\w+)|"
        + ICE_AGENCY
        + r")"
        + G_SHORT
        + r"(?:for|to|regarding)"
        + G_SHORT
        + r"immigration enforcement",
    ),
    (
        "local officers performing immigration-officer functions",
        (
            "immigration officer",
            "deputiz",
            "jail",
            "task force",
            "warrant service",
            "functions",
            "apprehen",
        ),
        ("287g",),
        2,
        r"(?:perform\w*|carry out|deputiz\w+)"
        + G_SHORT
        + r"(?:functions?|duties|authority) of (?:an? )?(?:federal )?immigration officers?"
        # "agreements to perform immigration enforcement functions" (an agreement's: federal
        # officers "performing immigration enforcement functions" at a place are ICE itself)
        r"|agreements?\s+(?:\w+\s+){0,3}?to\s+(?:perform|carry out)\s+(?:\w+\s+){0,2}?"
        r"immigration[- ](?:enforcement|officer)\s+(?:functions|duties)"
        # the same delegation for another of the department's jobs: "the performance of certain
        # Department of Homeland Security counsel functions by State officers and employees"
        r"|perform\w*\s+of\s+(?:certain\s+)?(?:department of homeland security|immigration|removal)"
        r"(?:\s+[\w-]+){0,2}?\s+functions\s+by\s+(?:state|local|county|municipal)\s+"
        r"(?:officers|employees|officials|attorneys|personnel)"
        r"|deputiz\w+"
        + G_SHORT
        + r"immigration|jail (?:enforcement )?model|task force model|warrant service officer"
        # the powers 287(g) delegates, given to a state's or locality's officers: "authorizes
        # State and local law enforcement officers to investigate, apprehend, and detain aliens"
        # (8 U.S.C. 1357(g): "the investigation, apprehension, or detention of aliens")
        r"|\b(?:state|local|peace|police|sheriffs?|county|municipal|law enforcement)\b[^.;:|]{0,60}?"
        r"\binvestigat\w*,?\s+(?:(?:and|or)\s+)?(?:identif\w*,?\s+(?:(?:and|or)\s+)?)?apprehen\w*,?\s+"
        r"(?:(?:and|or)\s+)?(?:arrest\w*,?\s+(?:(?:and|or)\s+)?)?(?:detain\w*|detention)\b"
        r"[^.;:|]{0,40}?\baliens?\b",
    ),
    # detainers
    (
        "immigration detainer",
        (
            "detainer",
            "hold",
            "i-247",
            "i247",
            "secure communities",
            "detain",
            "detention",
            "comm",
            "priority enforcement",
            "administrative warrant",
        ),
        ("detainers",),
        2,
        r"(?:\bimmigration|\b(?-i:ICE)|\bcivil|\bfederal|\badministrative|\bice)\s+(?:detainers?|holds?)\b(?:\s+requests?)?"
        # the agency's own administrative warrant, where a jail is asked to hold people on it as
        # on a detainer: "hold a person on an ICE administrative warrant", "an administrative
        # warrant issued by ICE is sufficient to hold"; not one shown to be let into a place
        # ("ICE agents who present only an administrative warrant": access, ice_access)
        + r"|"
        + HOLD_VERB
        + G
        + AGENCY_ADMINISTRATIVE_WARRANT
        + r"|"
        + AGENCY_ADMINISTRATIVE_WARRANT
        + G
        + HOLD_VERB
        + r"|detainer requests?|i-?247\w*|immigration hold requests?|hold requests?"
        + G_SHORT
        + IMM
        + r"|(?:detain|hold)\w*"
        + G
        + r"(?:solely|only|beyond|past)"
        + G
        # (not a person stopped or held for their status: "stopping, questioning, arresting or
        # detaining any individual based solely on actual or suspected immigration status" bars
        # enforcement by status, a sanctuary policy's; a hold is for ICE, past release)
        + r"(?:immigration\b(?![- ](?:or citizenship )?status)|\b(?-i:ICE)\b)"
        + r"|(?:detain|detention|hold)\w*"
        + G
        + r"(?:at|upon) (?:the |a )?(?:(?:request of|request from)"
        + G_SHORT
        # the whole department named, where a jail is asked to hold someone
        + r"(?:\b(?-i:ICE)|immigration|(?:department of )?homeland security)"
        + r"|\b(?-i:ICE)'s request|immigration authorities' request)"
        # "when ICE requests a hold"
        + r"|\b(?-i:ICE)\s+(?:requests?|issues?|lodges?|files?)\s+(?:a |an )?(?:hold|detainer)\b"
        # the Priority Enforcement Program replaced Secure Communities (2014-2017)
        + r"|"
        + SECURE_COMMUNITIES
        + r"|\bs-?comm\b|priority enforcement program",
    ),
    (
        "holding people for their status, or handing them to federal authorities",
        (
            "hold",
            "detain",
            "keep",
            "kept",
            "detention",
            "transfer",
            "custody",
            "turn",
            "hand",
            "deliver",
            "surrender",
        ),
        ("detainers",),
        2,
        # "authority for officers to hold aliens"; "assistance in the detention of individuals
        # who are or are alleged to be not lawfully present"; "Transfers to Federal Authorities -
        # Undocumented Immigrants"
        # local officers holding; federal detention of aliens, a Congress matter, is not this;
        # nor is detaining as one of the powers an officer is given to enforce immigration law
        # ("authorizes officers to investigate, apprehend, detain or remove aliens": 287(g)'s
        # words, and a state's own enforcement)
        r"\b(?:officers?|sheriffs?|jails?|law enforcement|police|count(?:y|ies)|cit(?:y|ies)"
        r"|localit\w+|municipalit\w+|local)"
        + gap_crossing_none(r"apprehen|investigat", 40)
        + r"\b(?:hold(?:s|ing)?|detain(?:s|ing)?)\s+(?:\w+\s+){0,4}?(?:illegal )?aliens?\b"
        r"(?!\s+(?:insurers?|insurance|ownership|fire|species|corporations?|compan\w+|land))"
        # "detain persons for ICE" (a hold; not "detain immigrants on behalf of federal
        # immigration authorities", a detention contract)
        # ("keep people in jail for immigration authorities")
        r"|\b(?:hold(?:s|ing)?|detain(?:s|ing)?|keep(?:s|ing)?|kept)\s+(?:(?:persons|people|individuals"
        r"|inmates|prisoners|them|a person|an individual)\s+)?(?:in\s+(?:jail|custody)\s+)?for\s+"
        r"(?:\b(?-i:ICE)\b|(?:federal\s+)?immigration\s+(?:authorities|officials|agents))"
        r"|\b(?:hold(?:s|ing)?|detain(?:s|ing)?|detention of)\s+(?:\w+\s+){0,4}?(?:undocumented (?:immigrants?|persons?|individuals?|people)"
        r"|(?:individuals|persons|people) who are (?:or are alleged to be )?(?:not lawfully present"
        r"|unlawfully present|in the (?:united states|country) (?:illegally|unlawfully)))"
        # "transferring people to ICE custody", "release inmates to ICE custody"
        r"|\b(?:transfer|deliver|surrender|hand|releas)\w*\s+(?:\w+\s+){0,6}?(?:to|into|over\s+to)\s+"
        r"(?:(?:the|federal)\s+)?(?:\b(?-i:ICE)\b|immigration)\s+custody"
        # "turn inmates over to ICE", "deliver inmates to ICE upon release"
        + r"|"
        + ICE_HANDED
        # a detainer by what it asks: "a request from U.S. Immigration and Customs Enforcement to
        # detain a person", "ICE requests to hold inmates", "hold … at the request of ICE"
        + r"|\brequests?\s+(?:from|by|of)\s+(?:the\s+)?(?:us\s+)?"
        + ICE_AGENCY
        + r"\s+to\s+(?:detain|hold|keep)\b"
        + r"|(?:\b(?-i:ICE)\b|immigration)\s+requests?\s+to\s+(?:detain|hold|keep)\b"
        + r"|\b(?:detain|hold|keep)\w*\s+(?:[\w'’-]+\s+){0,6}?(?:at|upon)\s+the\s+requests?\s+of\s+"
        + r"(?:the\s+)?(?:us\s+)?"
        + ICE_AGENCY
        # ... or to the agency by name: "transfer inmates subject to final removal orders to ICE"
        + r"|\btransfer\w*\b(?!"
        + PAPERS_NOT_PEOPLE
        + r")\s+(?:[\w'’-]+\s+){0,8}?to\s+\b(?-i:ICE)\b"
        r"|\btransfers?\s+(?:\w+\s+){0,2}?to federal (?:immigration )?(?:authorities|custody)"
        r"[^|.;]{0,60}?(?:undocumented|immigra\w*|aliens?\b)"
        # "whether such person shall be placed in the custody of federal immigration authorities"
        r"|"
        + HANDED_TO_CUSTODY
        + ICE_AGENCY
        # "offenses that allow the United States Immigration and Customs Enforcement to take
        # physical custody of and responsibility for any alien upon conviction"
        + r"|"
        + ICE_AGENCY
        + r"\s+(?:to\s+|(?:can|could|may|is\s+able\s+to)\s+)?(?:take|takes|taking|assume|assumes"
        r"|assuming)\s+(?:physical\s+)?custody\b",
    ),
    (
        # "requires reporting by law enforcement agencies and local officials regarding persons
        # not lawfully present": police and local officials telling on people, to whomever
        "police or local officials reporting people without status",
        ("report",),
        ("info_sharing",),
        2,
        r"\b(?:law enforcement|police|sheriffs?|jails?|local (?:governmental )?(?:entities|officials"
        r"|governments?)|officers?)\b[^.;:|]{0,80}?\b"
        + REPORT
        + r"[^.;:|]{0,40}?"
        + NO_STATUS_PEOPLE
        + r"|\breport\w* (?:\w+ ){0,2}?by (?:\w+ ){0,3}?(?:law enforcement|police|sheriffs?|jails?"
        r"|local (?:governmental )?(?:entities|officials|governments?))\b[^.;:|]{0,80}?"
        + NO_STATUS_PEOPLE,
    ),
    ("detainer (with immigration context)", ("detainer",), ("detainers",), 1, r"\bdetainers?\b"),
    # ... and one a local government declines, by that word alone: "a county that will not honor
    # detainers loses state funds", "counties that refuse to honor detainers" (a place's own
    # jail, not a prison's answer to another state's charges, whose agreement is vetoed by name)
    (
        "detainers a local government declines",
        ("detainer",),
        ("detainers",),
        2,
        r"\b(?:cit(?:y|ies)|count(?:y|ies)|municipalit(?:y|ies)|localit(?:y|ies)|jurisdictions?|sheriffs?"
        r"|jails?|(?:local|political)\s+(?:governments?|subdivisions?)|law\s+enforcement\s+agenc(?:y|ies))\s+"
        r"(?:that|which|who)\s+(?:do(?:es)?\s+not|will\s+not|won[’']t|refus\w*\s+to|declin\w*\s+to"
        r"|fail\w*\s+to)\s+(?:honou?r|comply\s+with|recogni[sz]e)\s+(?:\w+\s+)?detainers?\b",
    ),
    # ... and one a jail honors, or holds a person on past release, by that word alone: "allows
    # jails to honor detainers only for persons convicted of serious felonies", "holding a person
    # on a detainer beyond the time of release" (2.81.0). A detainer of the interstate agreement
    # is lodged by another state and answered by a transfer; in 117,078 bills of five whole
    # streams every detainer "honored" was an immigration hold. Not one lodged by another state.
    (
        "detainers honored, or people held past release or for immigration purposes",
        ("detainer", "immigration purposes", "immigration reasons"),
        ("detainers",),
        2,
        r"\bhonou?r(?:s|ed|ing)?\s+(?:(?:a|an|any|all|every|each|such|the|their|its|those)\s+)?"
        r"(?:[\w-]+\s+)?detainers?\b"
        + ANOTHER_STATES_DETAINER
        + r"|"
        + HOLD_VERB
        + r"\s+(?:\w+\s+){0,3}?(?:on|under|pursuant\s+to)\s+"
        r"(?:(?:a|an|any|the|such)\s+)?detainers?\b"
        + ANOTHER_STATES_DETAINER
        + r"\s+(?:\w+\s+){0,4}?(?:beyond|past)\s+(?:the\s+)?"
        r"(?:time|release|date|point|expiration|end|conclusion)\b"
        # a person held "for immigration purposes" is held on a detainer, whoever asks ("an
        # administrative warrant is not sufficient to hold a person for immigration purposes")
         + r"|" + HOLD_VERB + r"\s+(?:(?:a|an|any|the|such|that)\s+)?(?:persons?|individuals?"
        r"|inmates?|prisoners?|people|detainees?|anyone|someone|him|her|them)\s+(?:in\s+custody\s+)?"
        r"(?:solely\s+)?for\s+(?:civil\s+)?immigration\s+(?:purposes|reasons)\b",
    ),
    # ... and one named by its federal regulation or its agency's initials ("a detainer issued
    # under 8 C.F.R. 287.7", "DHS detainers"), immigration context in itself (not "DHS" alone:
    # several states' departments of human services are "DHS" too)
    (
        "immigration detainer by its regulation or its agency's initials",
        ("287", "dhs", "cbp"),
        ("detainers",),
        2,
        # (a "§" some sources send as the replacement character: "8 C.F.R. \ufffd 287.7")
        r"\b8\s*(?:c\.?\s*f\.?\s*r\.?|code\s+of\s+federal\s+regulations,?)\s*"
        r"(?:[§\ufffd]+\s*|(?:sec(?:tion)?s?|part)\.?\s*)?287\.?7\b"
        r"|\b(?-i:DHS|CBP)\s+(?:immigration\s+)?detainers?\b",
    ),
    # sanctuary / general limits
    (
        "sanctuary policy",
        ("sanctuary", "of refuge"),
        ("sanctuary",),
        2,
        # (a "sanctuary resolution" as a "sanctuary ordinance": one for another cause is vetoed;
        # not "the anti-sanctuary law", the other topic's, 2.80.0)
        r"(?<!anti-)(?<!anti )sanctuary\s+(?:cit(?:y|ies)|count(?:y|ies)|jurisdictions?|polic(?:y|ies)|states?|ordinances?|status|laws?|promise|values|campus\w*|schools?|designations?|resolutions?|declarations?|municipalit\w+|for all)\b"
        # the slogan of the measures against them: "No Sanctuary for Criminals Act"
        # (with "no" before it: a church's "sanctuary for criminals" is no immigration matter)
        r"|(?<=no )sanctuary for criminals\b"
        r"|sanctuary for (?:criminal (?:aliens|immigrants)|illegal (?:aliens|immigrants))\b"
        # the statutes' defined term for such a place, in the bills that punish one: "liability
        # imposed on … a municipality of refuge" (no side of its own, unlike a city that
        # calls itself a "city of refuge", a named welcoming policy)
        r"|(?:municipalit(?:y|ies)|jurisdictions?) of refuge\b",
    ),
    (
        "sanctuary (with immigration context)",
        ("sanctuary",),
        ("sanctuary",),
        1,
        r"(?<!anti-)(?<!anti )\bsanctuary\b",
    ),
    (
        "welcoming / values / trust policy",
        ("welcoming", "trust", "values act"),
        ("sanctuary",),
        2,
        r"welcoming (?:cit(?:y|ies)|count(?:y|ies)|communit(?:y|ies)|ordinance|state)|(?:community|immigrant) trust\b"
        r"|(?:state|county|city) values act|\bvalues act\b",
    ),
    (
        LOCAL_RESOURCES,
        (
            "immigra",
            "interrogate",
            "deport",
            "removal of",
            "ICE",
            "customs enforcement",
            "with federal officials",
            "with federal authorities",
            "with federal agents",
            "with federal officers",
            "with federal law",
        ),
        ("sanctuary",),
        2,
        r"(?:resources?|funds?|monies|money|personnel|staff|employees|equipment|facilities)"
        # (not the federal departments' own money: "Federal funds made available to the
        # Department of Homeland Security … to carry out civil immigration enforcement", "funds
        # to ICE for immigration enforcement", "funding for U.S. Immigration and Customs
        # Enforcement for …")
        + gap_crossing_none(
            r"made\s+available\s+to\s+(?:the\s+)?(?:department|federal)\b|" + _FEDERAL_AGENCY
        )
        # ("grants to businesses affected by federal immigration enforcement" are not for it)
        + r"(?:to|for)\s+(?:(?!affected|impacted|harmed|hurt|by\b|"
        + _FEDERAL_AGENCY
        + r")\w+\s+){0,3}"
        + r"(?:federal\s+)?(?:civil\s+)?immigration\s+(?:enforcement|purposes|law)"
        # the agency helped, named right after the means: "use public funds to assist ICE"
        + r"|(?:resources?|funds?|monies|money|personnel|staff|equipment|facilities)\s+to\s+"
        r"(?:assist|aid|help|support)\s+(?:the\s+)?"
        + IMMIGRATION_AGENCY
        # ... or the work named: "county funds to assist federal authorities with deportations",
        # "state money to assist in the removal of aliens"
        + r"|(?:resources?|funds?|monies|money|personnel|staff|equipment|facilities)\s+to\s+"
        r"(?:assist|aid|help|support)\s+"
        + HELPS_WITH_DEPORTATIONS
        # a force put to it: "the deployment of state troopers to carry out immigration arrests"
        + r"|"
        + FORCE_PUT_TO_ENFORCEMENT
        + r"|"
        + LOCAL_ENFORCEMENT_UNIT
        # a place or its police bound to federal immigration law (2.81.0)
        + r"|"
        + PLACE_BOUND_TO_IMMIGRATION_LAW
        # ("assist residents in connection with federal immigration enforcement" helps people)
        + r"|(?:assist\w*|cooperat\w+|coordinat\w+|participat\w+|aid|tak(?:e|es|ing)\s+part)"
        r"(?!\s+(?:\w+\s+){0,2}?(?:residents?|immigrants?|families|people|persons|individuals|victims"
        r"|workers|students|tenants|members)\b)"
        + G_SHORT
        + r"(?:with|in) (?:the )?(?:enforcement of )?(?:(?:federal\s+)?(?:civil\s+)?immigration (?:enforcement|law|authorit"
        r"|raids?|sweeps?)"
        # the agency by its name: "cooperation with ICE", "with Immigration and Customs Enforcement"
        # (not one of its programs, which its own rows read: "in ICE's Criminal Alien Program")
         + r"|" + IMMIGRATION_AGENCY + r"(?!['’]s\s+(?:[\w-]+\s+){0,3}?programs?\b))"
        # a state's or locality's force working with federal officials, the people sought named
        # after: "State and local law enforcement may cooperate with Federal officials to protect
        # our communities from … aliens illegally present"
        r"|\b(?:state|local)\s+(?:and\s+local\s+)?(?:law\s+enforcement|police|officers?|officials?"
        r"|agenc(?:y|ies)|governments?)\s+(?:\w+\s+){0,2}?(?:cooperat\w*|assist\w*|work\w*)\s+with\s+"
        r"federal\s+(?:officials|authorities|agents|officers|law\s+enforcement)"
        + ALIENS_AFTER
        # ... or about status, as the statutes on it say: "cooperation with federal officials
        # regarding immigration status", "… with respect to the reporting of immigration status"
        # (the words its triggers hold: "with federal officials", "… authorities", "… agents")
        + r"|\bcooperat\w*\s+with\s+federal\s+(?:officials|authorities|agents|officers)\s+"
        r"(?:regarding|concerning|about|on|with\s+respect\s+to|in\s+matters\s+of)\s+(?:the\s+)?"
        r"(?:reporting\s+of\s+)?(?:immigration|citizenship)\s+status"
        # a local force's own raids: "prohibits local police from conducting immigration raids"
         + r"|\b(?:police|officers?|sheriffs?|deputies|law enforcement|agenc\w+|jails?"
        r"|(?:local\s+)?governments?|count(?:y|ies)|cit(?:y|ies)|municipalit(?:y|ies)|towns?"
        r"|departments?|corrections|states?|troopers?|patrol|guard|entit(?:y|ies))\b"
        r"[^.;:|]{0,40}?\b(?:conduct\w*|carr(?:y|ies|ied|ying)\s+out|perform\w*|participat\w*\s+in)\s+"
        r"(?:(?:civil|federal|joint)\s+)*immigration\s+(?:raids?|sweeps?)"
        # "city police will not enforce federal immigration law" (a duty to enforce it is read by
        # the rows on 287(g), detainers and state enforcement)
        + r"|\b(?:police|officers?|sheriffs?|deputies|law enforcement|employees|agenc\w+)\b[^.;:|]{0,40}?"
        r"\b(?:will|shall|may|must|to|do|does) not\s+enforce\s+(?:federal\s+)?(?:civil\s+)?"
        r"immigration laws?"
        # "urging the sheriff to stop enforcing federal immigration law" (read as "prohibiting
        # the sheriff from enforcing …", statute.py), "calling on counties to continue enforcing
        # …": a local force told to end or keep enforcing it, not a call about immigration
        r"|\b(?:police|officers?|sheriffs?|deputies|law enforcement|agenc\w+|jails?|corrections"
        r"|local governments?|count(?:y|ies)|cit(?:y|ies)|municipalit(?:y|ies))\b[^.;:|]{0,40}?"
        r"\b(?:to|from)\s+enforcing\s+(?:federal\s+)?(?:civil\s+)?immigration laws?"
        # ... or its own decision, policy or refusal to ("supporting the sheriff's decision to
        # stop enforcing federal immigration law")
        + r"|"
        + GOV_POSSESSIVE
        + r"(?:"
        + DECISION
        + r"(?:not\s+to|to|of)\s+(?:(?:"
        + STOPS
        + r"|continue)\s+|no\s+longer\s+"
        r"|not\s+)?"
        r"|(?:refusal|failure)\s+to\s+)enforc(?:e|ing)\s+(?:federal\s+)?(?:civil\s+)?immigration laws?"
        # "limiting police assistance to ICE"; "ICE cooperation", as a short title names it
        r"|\b(?-i:ICE)\s+cooperation\b"
        r"|(?:assistance|help|aid) to (?:the )?"
        + IMMIGRATION_AGENCY
        # the agency helped, named right after the verb: "bars local police from helping ICE"
        # (not the people it holds: "helping ICE detainees")
        + r"|\b(?:assist|help|aid)(?:s|ed|ing)?\s+(?:the\s+)?"
        + IMMIGRATION_AGENCY
        + r"(?!\s+(?:detainees?|custody|victims?|raids?))"
        + r"|(?:use|using) of (?:state|local|city|county|public) (?:law enforcement )?resources"
        + G
        # "the use of city resources to assist ICE"
        + r"(?:immigration|\b(?-i:ICE)\b|customs enforcement)"
        r"|investigate, interrogate, detain,? (?:or|detect,? or) arrest",
    ),
    (
        # the law's enforcement by name, with no one's help named: a state act "relating to the
        # enforcement of federal immigration laws" is about local help with it; a resolution
        # that names no government below the federal one is about federal enforcement itself
        # (`_names_a_tracked_policy`, 2.72.0)
        FEDERAL_LAW_ENFORCEMENT,
        ("enforcement of",),
        ("sanctuary",),
        2,
        r"enforcement of (?:state and )?federal (?:civil )?immigration laws?"
        r"|enforcement of (?:state and federal )?laws governing immigration",
    ),
    (
        # a government's means put to taking the people themselves (2.73.0): "the use of city
        # resources for the apprehension of undocumented immigrants"
        LOCAL_RESOURCES_TO_TAKE_PEOPLE,
        TAKES_PEOPLE_WORDS,
        ("sanctuary",),
        2,
        RESOURCES_TO_TAKE_PEOPLE,
    ),
    # acts of enforcement as summaries word them (rules.ACTS_IN_SUMMARIES), general rows both,
    # their topics given only where no specific row names one: a local force's own street work
    # is its own enforcement (DOMAIN.md: state_enforcement, and measures that bar it); the rest
    # name local help in general words
    (
        STREET_WORK,
        ("patrol", "checkpoint", "check point", "roadblock", "checks", "arrest", "stop"),
        ("state_enforcement",),
        # general: federal agents do the same work ("prohibits Customs and Border Protection
        # from operating immigration checkpoints"), which the general rows leave to the federal
        # actors' veto
        GENERAL,
        STREET_ENFORCEMENT,
    ),
    (
        SUMMARY_ACT,
        ("immigra", "ICE", "homeland", "deport", "removal of"),
        ("sanctuary",),
        GENERAL,
        ACTS_IN_SUMMARIES
        + r"|(?:assist|aid|help)\w*\s+"
        + HELPS_WITH_DEPORTATIONS
        + r"|"
        + ACT_AS_IMMIGRATION_OFFICERS,
    ),
    (
        # a grant program for local or state enforcement is that government's own part in it
        # (DOMAIN.md: a state or locality enforcing immigration law itself)
        "money for a state's or locality's own immigration enforcement",
        (
            *MONEY_FOR_LOCAL_ENFORCEMENT_WORDS,
            "immigration enforcement",
            "immigration law",
            "enforcement of",
        ),
        ("state_enforcement",),
        2,
        MONEY_FOR_LOCAL_ENFORCEMENT
        # ... and paid to a force named after the money: "appropriates $2,000,000 to the
        # department of public safety for immigration enforcement"
        + r"|(?:\$[\d,.]+(?:\s+(?:thousand|million|billion))?|funds|funding|moneys|monies|appropriat\w*)"
        r"\s+(?:[\w,]+\s+){0,4}?to\s+" + PAID_TO_LOCAL_ENFORCEMENT,
    ),
    (
        GENERAL_ENFORCEMENT,
        ("immigration",),
        ("sanctuary",),
        GENERAL,
        r"(?:federal |civil |local |state )?immigration (?:enforcement|law enforcement|laws?)"
        # ... and a force's own rules for it, as police manuals title them: "Sheriff's Office
        # Policy 428 Immigration Violations" (2.74.0)
        r"|(?:polic(?:y|ies)|procedures?|protocols?|general\s+orders?|directives?)\s+(?:\d+\s+)?"
        r"(?:(?:on|regarding|concerning|for|relating\s+to)\s+)?(?:civil\s+|federal\s+)?"
        r"immigration\s+violations?\b",
    ),
    (
        # 8 U.S.C. 1373 and 1644 bar limits on sharing immigration status information with
        # federal authorities; measures that require or resist compliance with them name info
        # sharing by the statute alone ("compliance with 8 U.S.C. 1373"). A bare citation is not
        # enough: bills on verifying eligibility for public benefits cite the same sections
        "compliance with the federal statutes on sharing immigration status information",
        ("1373", "1644"),
        ("info_sharing",),
        2,
        r"\b(?:compl(?:y|ies|ied|ying|iance)|violat\w*|conflict\w*|contrary)\s+(?:with\s+|of\s+|to\s+)?"
        r"(?:the\s+)?(?:requirements\s+of\s+)?" + USC_8_CITED + r"(?:1373|1644)\b"
        # ... or information shared under them: "sharing information under 8 U.S.C. 1373"
        r"|\b(?:shar|exchang|disclos|report|send|transmit|communicat)\w*\s+(?:[\w-]+\s+){0,4}?"
        r"(?:under|pursuant\s+to|as\s+(?:required|permitted|authorized)\s+by)\s+"
        + USC_8_CITED
        + r"(?:1373|1644)\b",
    ),
    (
        "disclosure of immigration records",
        ("disclos",),
        ("info_sharing",),
        2,
        # (not what a document would show: a landlord "requesting identifying documentation that
        # would disclose the citizenship status of a tenant" is harassment, 2.79.0)
        r"(?<!would )disclos\w*"
        + G
        + r"(?:immigration|citizenship) (?:records|status|information)",
    ),
    (
        "data protection or privacy and immigration (caption)",
        ("privacy", "data protection"),
        ("info_sharing",),
        2,
        r"(?:data protection|data privacy|privacy)\W{1,4}(?:[a-z]+\W{1,4}){0,3}immigra\w*",
    ),
    (
        "police asking about or checking immigration status",
        ("status", "proof of", "papers", "documents"),
        # DOMAIN.md: a ban on status inquiries is a sanctuary policy; police status checks during
        # stops or arrests are the state enforcing immigration law itself. Which one depends on
        # the measure's direction, settled after the stance (``STATUS_CHECKS``).
        (STATUS_CHECKS,),
        2,
        # ("No officer … shall request information about, or otherwise investigate or assist in
        # the investigation of, the citizenship or immigration status of any person")
        r"\b(?:officers?|police|law enforcement)\b[^.;:|]{0,120}?"
        r"\b(?:inquir\w*|ask\w*|question\w*|verif\w+|check\w*|determin\w+|ascertain\w*|investigat\w*)"
        + G_SHORT
        + STATUS
        # "allows police to ask for proof of citizenship during traffic stops"
        + r"|\b(?:officers?|police|law enforcement|deputies|troopers)\b[^.;:|]{0,80}?"
        + PAPERS_ASKED
        # "shall not stop, question, interrogate, investigate, or arrest an individual based solely
        # on actual or suspected immigration status"
        + r"|\b(?:stop|question|interrogat|investigat|arrest|detain)\w*[^.;:|]{0,80}?\bbased "
        + r"(?:solely |only )?(?:up)?on (?:\w+ ){0,3}?"
        + STATUS
        # "Solicitation of Immigration Status", a chapter of several cities' codes
        + r"|solicit\w*"
        + G_SHORT
        + r"immigra\w+ status",
    ),
    (
        "a jail checking the citizenship of the people it books",
        (
            "citizenship of",
            "nationality of",
            "presence of",
            "status of",
            "verification system",
            "status system",
            "immigration system",
            "immigration database",
            "status database",
            "verification database",
            "verification program",
            "status program",
            "lawfully present",
            "legally present",
            "whether",
            "proof of",
        ),
        (STATUS_CHECKS,),
        2,
        BOOKED_CHECKED,
    ),
    (
        "immigration-status inquiries",
        ("status",),
        # DOMAIN.md: barring status inquiries is a sanctuary policy; asking, where a measure
        # requires or allows it, is about information on status (``STATUS_ASKED``, settled by
        # the stance). Keeping, checking or giving out status records is the next row.
        (STATUS_ASKED,),
        2,
        actor_and_status(
            r"inquir\w+|ask\w*|question\w*|request\w*", r"inquir\w+|ask\w*|question\w*"
        )
        + r"|"
        + STATUS
        + r"[- ]inquir\w+",
    ),
    (
        # the people held or stopped asked where they are citizens: a status check in other
        # words (``STATUS_CHECKS``, settled by the stance)
        "people held or stopped asked about their citizenship",
        ("citizenship", "nationality"),
        (STATUS_CHECKS,),
        2,
        r"(?:ask|inquir|question)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:arrested|booked|detained|stopped"
        r"|in\s+custody|arrestees?|inmates?|detainees?|suspects?|prisoners?)\b[^.;:|]{0,30}?"
        r"\b(?:about|into|regarding|as\s+to)\s+(?:(?:their|his|her|the)\s+)?(?:citizenship|nationality)\b",
    ),
    (
        # a place's contracts with the businesses that serve immigration enforcement (a
        # sanctuary policy's subject: local money kept from it), "prohibits the city from
        # contracting with companies that do business with ICE"
        "contracts with businesses that serve immigration enforcement",
        VENDOR_WORDS,
        ("sanctuary",),
        2,
        VENDORS_SERVING_ENFORCEMENT,
    ),
    (
        # the federal statutes' act on status information (8 U.S.C. 1373), barred from being
        # barred, or allowed to police: "Prohibits a county from restricting its officers from
        # sending to or receiving from the Department of Homeland Security information regarding
        # the citizenship or immigration status of any individual" (2.69.0). Not the act alone,
        # nor barred alone: benefits agencies exchange the same information to check
        # eligibility, and landlords, schools and employers are barred from keeping it
        "status information sent, kept or exchanged, barred from being barred or allowed",
        ("status",),
        ("info_sharing",),
        2,
        _BARRING
        + _LIMIT_VERBS
        + r"[^.;:|]{0,120}?\bfrom\s+(?:[\w,]+\s+){0,3}?"
        + STATUS_INFORMATION_KEPT_OR_SENT
        # ... or police let do it: "requires local governments to allow their officers to
        # maintain information regarding the immigration status of any individual"
        + r"|(?:allow|authoriz|permit)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:officers?|officials?|employees?"
        r"|personnel|police|sheriffs?|law\s+enforcement(?:\s+agenc(?:y|ies))?)\s+to\s+"
        + STATUS_INFORMATION_KEPT_OR_SENT,
    ),
    (
        "immigration-status records and checks",
        ("status", "presence", "confidential", "private", "secret"),
        ("info_sharing",),
        2,
        r"(?:citizenship|immigration) status"
        + G
        + r"(?:kept |remain |be )?confidential"
        + r"|"
        + DATA_KEPT_FROM_ICE
        + r"|(?:limit|restrict|prohibit|protect|regulat)\w*"
        + G
        + r"(?:collection|disclosure|discovery|retention)"
        + G
        + STATUS
        + r"|"
        + STATUS
        + r"[^.;|]{0,20}?\bby (?:limiting|restricting|prohibiting|regulating)"
        + G_SHORT
        + r"(?:collection|disclosure|discovery|retention)"
        + r"|"
        + actor_and_status(
            r"collect\w*|record\w*|verif\w+|check\w*|determin\w+|query|querying|ascertain\w*"
            # ... or told to federal agents: "the highway patrol may notify federal authorities
            # of a person's immigration status" (a government's, ACTOR; not an employer's)
            r"|notif\w*(?=\s+(?:the\s+)?(?:federal|immigration|\b(?-i:ICE)\b|homeland))",
            r"collect\w*|verif\w+|check\w*|determin\w+|query|querying",
        )
        + r"|"
        + STATUS
        + r"[- ](?:checks?|verification)"
        # "verify legal presence of persons booked into jail": a jail's status check
        + r"|\b(?:verif\w+|check\w*|determin\w+)"
        + G_SHORT
        + r"(?:legal|lawful) presence"
        + G_SHORT
        + r"\b(?:jail\w*|inmates?|prisoners?|booked|custody)"
        + r"|status\b"
        + G_SHORT
        + r"(?:checked|verified)"
        + G_SHORT
        + r"(?:federal|immigration)",
    ),
    # information sharing
    (
        "sharing data or release dates with immigration authorities",
        (
            "immigra",
            "ICE",
            "customs",
            "homeland",
            "dhs",
            "presence of",
            "lawfully present",
            "illegally present",
            "undocumented",
            "illegal alien",
        ),
        ("info_sharing",),
        2,
        # "provide ICE with 48 hours notice", "tell ICE when …", "give ICE a list of …"
        ICE_TOLD + r"|" + ICE_GIVEN_A_LIST + r"|" + AGENTS_REVIEW_RECORDS + r"|"
        # an agreement with the agency for data, the agency named first, as agenda items word it:
        # "an agreement with ICE for the electronic exchange of booking data", "a memorandum of
        # understanding with the Department of Homeland Security for access to the county's jail
        # management system" (2.78.0)
        # (the Department by itself only for a jail's data: its other agencies share other data)
        r"(?:agreements?|memorand\w+(?:\s+of\s+(?:understanding|agreement))?|mous?|moas?|contracts?"
        r"|arrangements?)\s+with\s+(?:the\s+)?(?:(?:u\.?s\.?|united\s+states)\s+)?(?:"
        + IMMIGRATION_AGENCY
        + G_SHORT
        + r"(?:(?:exchang|shar|transmi|disclos|provi)\w*\s+of\s+(?:[\w-]+\s+){0,3}?(?:data|information"
        r"|records|fingerprints)|access\s+to\s+(?:[\w'’-]+\s+){0,4}?(?:data|databases?|records"
        r"|information|(?:management|records|booking)\s+systems?))\b"
        r"|department\s+of\s+homeland\s+security"
        + G_SHORT
        + r"(?:exchang\w*\s+of|shar\w*\s+of|access\s+to)\s+(?:[\w'’-]+\s+){0,3}?(?:jail|booking|inmate"
        r"|detention|custody)\w*\b)|"
        # "the sale of utility customer data to immigration authorities"
        # ("transfer records to ICE", 2.80.0)
        r"(?:shar\w+|disclos\w+|provid\w+|releas\w+|access\w*|transmit\w*|transfer\w*|sale\b|sell\w*"
        r"|sold\b"
        r"|(?:turn|hand)\w*\s+over|giv(?:e|es|en|ing)\b|gave\b|"
        + REPORT
        + r"|notif\w+|notice|communicat\w+|send\w*)"
        + G
        # ... or a person's status itself: "sharing the immigration status of applicants for
        # Medicaid with federal immigration authorities"
        + r"(?:information|data|records?|release dates?|databases?|personal|address(?:es)?|arrestees?|facial recognition|license plate"
        + r"|(?:immigration|citizenship) status)"
        + G
        # (the agency given something, not the one whose records or work they are: "the
        # mental health and wellness of Department of Homeland Security employees", "a report
        # on the anticipated impacts on the Department of Homeland Security", "information about
        # arrests made by U.S. Immigration and Customs Enforcement")
        + r"(?:(?<! of )(?<! of the )(?<! on )(?<! on the )(?<! by )(?<! by the )(?<! by us )"
        r"(?<! by u\.s\. )"
        + ICE_AGENCY
        + r"|immigration enforcement|federal immigration|immigration purposes|enforce\w* (?:federal )?immigration"
        # "disclosing Medicaid data for law enforcement purposes related to immigration"
        + r"|purposes? (?:related|relating) to immigration|immigration[- ]related (?:enforcement )?purposes)"
        + r"|(?:release dates?|motor vehicle records?|license plate|facial recognition|databases?|\bclets\b|dmv)"
        + G
        + AGENCY_NOT_THE_ACT
        # a person's status given to federal officers, who need no "immigration" beside it:
        # "restricts the sharing of immigration status information with federal authorities"
        + r"|(?:shar|disclos|provid|exchang|send|transmit|communicat)\w*\s+(?:\w+\s+){0,4}?"
        r"(?:immigration|citizenship) status(?:\s+information)?\s+(?:\w+\s+){0,3}?(?:with|to)\s+"
        r"(?:the\s+)?federal\s+(?:authorit\w+|officials?|officers?|agenc\w+|government)"
        # ... and officers' talk with ICE itself (8 U.S.C. 1373's "communicating with"): "prohibits
        # its officers from communicating with ICE"
        + r"|\bcommunicat\w*\s+with\s+(?:the\s+)?"
        + ICE_AGENCY
        + r"|"
        # (not the person held, told in the passive: "inmates be notified before any interview
        # with ICE" is ICE access)
        + NOT_PASSIVE
        + r"(?:notif\w+|"
        + REPORT
        # not a report about the agency: "a report shall set forth a policy of U.S. Immigration
        # and Customs Enforcement", "a report on the activities of ICE"
        + r")"
        + gap_crossing_none(r"\bby\b", reach=60)
        + r"(?<! of )(?<! of us )(?<! of u\.s\. )(?<! of the )(?<! on )(?<! on the )"
        # ... nor a study of how the agency does its work: "a report on how the Department of
        # Homeland Security has complied with …"
        + r"(?<! how the )(?<! whether the )"
        + ICE_AGENCY
        + r"|"
        + AGENCY_NOT_THE_ACT
        + G
        + r"(?:release dates?|motor vehicle records?|personal (?:information|data)|databases?|license plate)"
        # "a federal immigration officer's request for notification of release", "ICE
        # notification requests"
        + r"|(?:immigration|\b(?-i:ICE)\b)"
        + G_SHORT
        + r"(?:requests? for (?:voluntary |advance )?notification|notification requests?)"
        # ICE named before the verb: "requires that ICE be notified before the release of …"
        + r"|"
        + ICE_AGENCY
        + TOLD_IN_PASSIVE
        # the people told about, in the passive (the passive "be notified" tells the person,
        # NOT_PASSIVE above)
        + r"|"
        + REPORTED_TO_ICE
        # people without status reported to the federal government, which needs no
        # "immigration" beside it (the anti-sanctuary statutes' words): "notifying the federal
        # government of the presence of aliens who are not lawfully present"
        + r"|(?:notif\w+|inform\w+|alert\w*)\s+(?:the\s+)?"
        + FEDERAL_GOVERNMENT_NAMED
        + r"\s+(?:of|about|regarding)\s+(?:the\s+)?"
        r"(?:presence|identity|location|whereabouts)\s+of\s+(?:[\w-]+\s+){0,3}?"
        r"(?:aliens?|persons?|individuals?|immigrants?|people|noncitizens?)\s+"
        r"(?:who\s+(?:is|are)\s+)?(?:not\s+lawfully|unlawfully|illegally)\s+present"
        # ... or reported to it (a benefits agency's duty)
         + r"|\b" + PEOPLE_REPORTED_TO_FEDERAL,
    ),
    (
        "personal information / database (with immigration context)",
        (
            "information",
            "data",
            "release date",
            "motor vehicle",
            "driver privacy",
            "license access",
            "records",
        ),
        ("info_sharing",),
        1,
        # "sensitive information" alone is as often a secret of state (export, espionage,
        # research security: "goods, technology, or sensitive information") as a person's data:
        # read only with "personal" or "identifying" beside it
        r"(?:personal|confidential)(?: identifying)? (?:information|data)"
        r"|sensitive (?:personal(?: identifying)?|identifying) (?:information|data)|release dates?"
        r"|motor vehicle records|driver privacy|license access and privacy"
        # records a school or a hospital keeps
        r"|(?:student|school|education(?:al)?|medical|health|patient) records",
    ),
    (
        "exchanging information with immigration authorities",
        ("information", "data"),
        ("info_sharing",),
        2,
        # (not a kind of visa: "the Student and Exchange Visitor Information System")
        r"(?:exchang(?!e visitors?\b)|shar|disclos|provid|communicat)\w*\s+(?:\w+\s+){0,3}information"
        + G
        + ICE_AGENCY
        # the noun first: "opposing information sharing between the police department and ICE",
        # "data-sharing with Immigration and Customs Enforcement"
        + r"|\b(?:information|data)[- ](?:shar|exchang)\w*"
        + G
        + ICE_AGENCY,
    ),
    (
        # "terminate the agreement with ICE", "rescinding the memorandum of understanding with
        # Immigration and Customs Enforcement": a local government's cooperation agreement with
        # the agency, ended (DOMAIN.md: a limit on local help with enforcement). Contracts are
        # left to the detention rows, and a 287(g) agreement to its own.
        "a cooperation agreement with ICE, ended",
        ("agreement", "memorand", "mou", "moa"),
        ("sanctuary",),
        2,
        AGREEMENT_WITH_ICE_ENDED,
    ),
    (
        # "rescinds the resolution on the Federal Immigration and Customs Enforcement (ICE)
        # program": a county's resolution on taking part in an ICE program
        "a resolution or agreement on an ICE program",
        ("ICE", "immigration and customs"),
        ("sanctuary",),
        2,
        r"\b(?:resolution|agreement|participat\w*|enroll\w*|join\w*)\b[^.;:|]{0,60}?"
        r"(?:\b(?-i:ICE)\b|immigration and customs enforcement)(?:\s*\((?-i:ICE)\))?\s+programs?\b",
    ),
    (
        # "hearings to examine the working relationship between the City, its agencies including
        # the Police Department, and ICE ... whether this information-sharing relationship should
        # be terminated"
        "the local government's relationship with immigration authorities",
        ("relationship",),
        ("sanctuary",),
        2,
        r"\b(?:working |cooperative )?relationships?\s+(?:between|with)\s+(?:the\s+)?(?:city|county|state"
        r"|town|village|police|sheriff|local|law enforcement)[^.;:|]{0,100}?" + IMMIGRATION_AGENCY,
    ),
    (
        "an information-sharing arrangement with immigration authorities",
        ("information-sharing", "information sharing"),
        ("info_sharing",),
        2,
        r"information[- ]sharing (?:relationships?|agreements?|arrangements?|programs?|partnerships?)"
        + r"(?=[^|]{0,300}?"
        + ICE_AGENCY
        + r")|"
        + ICE_AGENCY
        + r"[^|]{0,300}?information[- ]sharing (?:relationships?|agreements?|arrangements?|programs?"
        r"|partnerships?)",
    ),
    # ICE's own program in the jails, by its name: agents screen the people booked in for
    # removal (not the State Criminal Alien Assistance Program, money for holding them)
    (
        "ICE's Criminal Alien Program in the jails",
        ("criminal alien program",),
        ("ice_access",),
        2,
        r"\bcriminal\s+alien\s+program\b",
    ),
    # ICE access to places
    (
        ICE_ACCESS_ROW,
        (
            "immigra",
            "ICE",
            "civil arrest",
        ),
        ("ice_access",),
        2,
        # (not a contract entered into: "entering into contracts for immigration detention …
        # in any facility that holds people", 2.72.0)
        r"(?:access|entry|enter(?!\w*\s+into\s+(?:[\w-]+\s+){0,3}?(?:contracts?|agreements?"
        r"|memorand\w+|arrangements?|compacts?|partnerships?)\b)|offices?\b|interviews?)"
        + NOT_OVERSIGHT_GAP
        # (a place, not "to facilitate"; the agency, not the statute: "entering military
        # property … section 212(a) of the Immigration and Nationality Act")
        + r"(?:jails?|facilit(?:y|ies)\b|secure areas|inmates|detainees|persons? in (?:\w+\s+)?custody|property|premises|campus\w*|schools?)"
        + G
        + NOT_A_STATUS
        + AGENCY_NOT_THE_ACT
        # the TRUTH Act's interviews: "any interview between ICE and an individual in local law
        # enforcement custody"
        + r"|interviews?\s+(?:between|with|by)\s+(?:\b(?-i:ICE)\b|(?:federal\s+)?immigration\s+"
        r"(?:authorit\w+|agents?|officers?|officials?))\s+(?:and\s+)?(?:an?\s+|any\s+)?"
        r"(?:persons?|individuals?|inmates?|detainees?)\s+in\s+(?:\w+\s+){0,3}?custody"
        # ... or the agents let question them: "permit immigration agents to question inmates"
        r"|"
        + _AGENTS_SHORT
        + r"\s+(?:to\s+)?"
        + QUESTIONS_HELD_PEOPLE
        # ... or their requests to come in, as a procedure handles them: "refer immigration
        # agents' requests for access to the city attorney" (2.75.0)
        + r"|(?:"
        + _AGENTS_SHORT
        + r"(?:'s|’s|'|’)?\s+requests?|requests?\s+(?:from|by)\s+(?:the\s+)?"
        + _AGENTS_SHORT
        + r")\s+(?:for\s+(?:access|entry)|to\s+(?:enter|access))"
        + r"|(?:immigration|\b(?-i:ICE)\b)"
        + NOT_OVERSIGHT_GAP
        + r"(?:access|entry|offices?\b|interviews?)"
        + NOT_OVERSIGHT_GAP
        + r"(?:jails?|facilit(?:y|ies)\b|secure areas|inmates|detainees|custody|property|premises|campus\w*|schools?"
        # "access to booking records and inmate lists"
        + r"|booking (?:records|data|information|lists?)|inmate (?:lists?|records|rosters?))"
        r"|(?:city|county|village|town|public|municipal)[- ](?:owned )?(?:facilities|propert\w+|buildings"
        r"|premises|parking (?:lots?|garages?)|lots|garages)"
        + G
        + r"immigration[- ](?:related )?enforcement"
        # room in a jail or a building for the agents: "the lease of county office space to
        # ICE", "allow ICE to use a room in the jail"
        + r"|"
        + SPACE_FOR_ICE
        + r"|"
        + AGENTS_USE_SPACE
        # "notice to an inmate … when ICE requests a transfer"
        + r"|\b(?-i:ICE)\b\s+(?:requests?|seeks?|asks?\s+for)\s+(?:a |the )?(?:transfer|notification"
        r"|notice|interview)"
        # an interview by ICE (DOMAIN.md: interview consent): "ICE interview requests", "an
        # interview with ICE", "authorizes ICE to interview people held in …"
        # ... or federal immigration agents named so: "permit federal immigration agents to
        # interview an inmate"
        r"|(?:\b(?-i:ICE)\b|(?:federal\s+)?immigration\s+(?:agents?|officers?|officials?|authorit\w+))\s+"
        r"(?:agents?\s+|officers?\s+)?(?:to\s+|may\s+)?interview\w*"
        r"|\binterviews?\s+(?:with|by)\s+(?:\b(?-i:ICE)\b|(?:federal\s+)?immigration\s+(?:agents?"
        r"|officers?|officials?|authorit\w+))"
        # agents let into a place, or given access: "allows ICE agents to enter county jails",
        # "allow immigration agents onto their premises", "grant ICE access"
        # ... one place: "before ICE may enter a school", "a shelter"
        r"|(?:\b(?-i:ICE)\b(?:\s+(?:agents?|officers?|officials?|personnel))?|immigration\s+(?:agents?"
        r"|officers?|officials?|personnel))\s+"
        # ... the condition between: "ICE agents to present a judicial warrant before entering …"
        r"(?:[\w-]+\s+){0,6}?(?:enter\w*|onto|into)\s+(?:\w+\s+){0,3}?(?:jails?|premises|property"
        r"|grounds|facilit\w+|(?:non-?public|secure|restricted)\s+areas?|" + SENSITIVE_PLACES + r")"
        # "requires schools to admit ICE agents", "allowing ICE agents on campus"
        r"|\badmit\w*\s+(?:\b(?-i:ICE)\b|(?:federal\s+)?immigration)\s+(?:agents?|officers?|officials?)"
        + r"|"
        + AGENTS_LET_INTO_PLACE
        + r"|"
        + AGENTS_BARRED_FROM_PLACE
        + r"|(?:grant|giv|provid|allow|permit)\w*\s+(?:\b(?-i:ICE)\b(?:\s+(?:agents?|officers?|officials?))?"
        r"|(?:federal\s+)?immigration\s+(?:agents?|officers?|officials?|authorit\w+))\s+access\b"
        # ... in the passive, as the TRUTH Act defines its term: "before any ICE access is
        # provided to an individual"
        r"|\b(?-i:ICE)\s+access\s+(?:is|are|was|shall\s+be|may\s+be)\s+(?:provided|granted|given"
        r"|allowed|permitted)\b"
        # "before an inmate may be interviewed by ICE" (DOMAIN.md: interview consent)
        r"|(?:inmates?|detainees?|persons? in (?:\w+\s+)?custody|prisoners?)[^.;:|]{0,40}?"
        r"\binterviewed by (?:\b(?-i:ICE)\b|(?:federal )?immigration)"
        r"|civil arrests?"
        + G
        + r"(?:courthouses?|courts?\b)"
        # what the agents may do at a place: "to limit the authority immigration officers have at
        # protected emergency response locations", "the powers of ICE agents at schools"
        + r"|"
        + AGENTS_POWERS_AT_A_PLACE
        # ICE itself at the place: "ICE presence at courthouses", "protects immigrants from ICE
        # at courthouses" (not "arrests by ICE agents in courthouses", the agents' conduct)
        + r"|\b(?-i:ICE)\s+(?:presence\s+)?(?:at|in|near|inside)\s+(?:\w+\s+){0,2}?"
        + SENSITIVE_PLACES
        # "may not make civil immigration arrests at courthouses"
        + r"|\b(?:immigration|(?-i:ICE)) (?:arrests?|enforcement|raids?)"
        + G_SHORT
        + r"\b(?:at|in|near|on|inside)\s+(?:\w+\s+){0,2}?"
        + SENSITIVE_PLACES
        # the place named first: "Courthouse Immigration Arrests", "school ICE raids"
        + r"|\b(?:courthouse|court|school|campus|hospital|church)\s+(?:civil\s+)?"
        r"(?:immigration|(?-i:ICE))\s+(?:enforcement|arrests?|raids?)"
        # "arresting or detaining individuals in connection with appearances before immigration
        # courts"
        + r"|(?:arrest\w*|detain\w*)"
        + G
        + r"(?:appearances?|appearing|attend\w*) (?:before|in|at) (?:\w+ ){0,2}?immigration courts?\b"
        + r"|courthouses?"
        + G
        + r"civil arrests?|privilege from civil arrest|civil arrest"
        + G_SHORT
        + r"(?:judicial|court) proceedings?"
        # the agency by name, kept from a place ("bars ICE from arresting people at
        # courthouses"), not a protest at its arrests there (federal agents' conduct)
        r"|(?:immigration enforcement|immigration agents?|immigration officers?"
        r"|(?:\b(?-i:ICE)\b|immigration and customs enforcement)(?:\s+(?:agents?|officers?))?\s+from\b)"
        + G
        + r"(?:schools?|campus\w*|hospitals?|health (?:care )?facilit\w+|courthouses?|shelters?|sensitive locations?|places of worship|churches|libraries|polling (?:places?|locations?)|voting"
        # "civil immigration enforcement activity on public transit or at public transit hubs",
        # "at emergency response sites", "at World Cup venues"
        r"|\bpublic transit|\btransit (?:hubs?|stations?|stops?)|\bemergency (?:response )?sites?"
        r"|\bdisaster sites?|\b(?:sports |event )?venues?\b|\bstadiums?\b)"
        r"|(?:schools?|campus\w*|hospitals?|health facilit\w+|courthouses?|shelters?|sensitive locations?|polling (?:places?|locations?)|"
        + CARE_PLACES
        + r")"
        + G
        + NOT_A_STATUS
        + r"(?:immigration enforcement|immigration laws?)"
        r"|civil arrests?" + G + r"(?:immigra|\b(?-i:ICE)\b)",
    ),
    # detention contracts
    (
        "immigration detention contracts",
        (
            "immigra",
            "private",
            "for-profit",
            "intergovernmental service",
            "igsa",
            "deportation",
            "removal",
            "civil detention",
            "ICE",
            "ins detainee",
            "homeland",
            "customs",
        ),
        ("detention_contracts",),
        2,
        # "incarceration of immigration-related and other detainees for federal agencies"
        r"immigration detention|(?:civil )?immigration(?:[- ]related)? (?:(?:and|or) other )?(?:custody|detainees)"
        r"|detention facilit\w+"
        + G
        + r"immigra\w+|immigra\w+"
        # (not a person's status checked where a jail holds them: "determination of the
        # immigration status of persons confined to county detention facilities")
        + r"\b(?![- ]status)"
        + G
        + r"detention (?:facilit\w+|centers?|contracts?|agreements?)"
        r"|\b(?:detain|house|hold)\w*" + G + r"for (?:federal )?civil immigration"
        r"|(?:contract|agreement)\w*"
        + G_SHORT
        + ICE_AGENCY
        + G
        + r"\b(?:detain(?!er)|detention|house|housing|hold)\w*"
        # "to hold US Marshal and ICE inmates at the County Detention Facility"
        r"|\b(?-i:ICE|INS) (?:detainees|inmates|prisoners)"
        # the service named before the agency: "the jail services agreement with ICE"
        r"|(?:jail|detention|bed|housing|custody)(?:'s|’s)?\s+(?:services?\s+|space\s+|rental\s+|lease\s+)?(?:contracts?"
        r"|agreements?)\s+with\s+"
        r"(?:the\s+)?(?:u\.?s\.?\s+)?(?:\b(?-i:ICE)\b|immigration and customs enforcement)"
        # "the per diem rate paid by ICE for housing federal detainees", "… for the detention of
        # federal detainees" (2.81.0)
        + r"|\b(?-i:ICE)\b"
        + G
        + r"\b(?:(?:hous|hold|detain)\w*|detention\s+of)\s+(?:\w+\s+){0,2}?detainees\b"
        # ... or the agency named last (2.74.0)
        + r"|"
        + DETAINEES_HOUSED_WITH_ICE
        # a local place put to the agency's detention: "opposing the use of the county jail for
        # ICE detention" (2.74.0; "immigration detention" is read above)
        + r"|"
        + JAIL_FOR_ICE_DETENTION
        + r"|"
        + BEDS_TO_ICE
        + r"|"
        + ICE_CONTRACT_AT_JAIL
        # "opposing the county's proposed detention contract with ICE"
        + r"|\bdetention (?:contracts?|agreements?)\s+with\s+(?:the\s+)?"
        + ICE_AGENCY
        # "the ICE detention contract", "ICE jail bed agreements"
        + r"|\b(?-i:ICE)\s+(?:detention|jail|bed|housing)\s+(?:\w+\s+)?(?:contracts?|agreements?)"
        # the agency's own place, proposed where the measure's government is: "the proposed ICE
        # detention facility", "a new immigration processing center" (2.43.0; not the agency's
        # facilities as they stand, whose conditions and oversight are federal matters)
        + r"|\b(?:(?:proposed|planned|new|future|additional)\s+|(?:construction|building|siting"
        r"|opening|conversion)\s+of\s+(?:an?\s+|the\s+)?)(?:\b(?-i:ICE)\b|immigration)\s+"
        r"(?:detention|processing)\s+(?:facilit\w+|centers?|sites?|warehouses?)"
        # ... or one a place's land-use law acts on: "using zoning to block an ICE detention
        # facility", "a conditional use permit for an ICE detention facility" (2.79.0)
        # (up to eight words between: "approving the rezoning of a parcel for an ICE detention
        # facility", "to rezone the county parcel to allow an ICE detention facility", 2.80.0)
         + r"|\b" + LAND_USE + r"\s+(?:[\w'’-]+\s+){0,8}?(?:\b(?-i:ICE)\b|immigration)\s+"
        r"(?:detention|processing)\s+(?:facilit\w+|centers?|sites?|warehouses?)"
        # "bars local governments from contracting with private companies to detain immigrants",
        # "… for the civil detention of immigrants"
        + r"|(?:contract|agreement)\w*"
        + G
        + r"(?:\b(?:detain|house|hold)\w*|\bdetention\s+of)\s+(?:\w+\s+){0,2}"
        r"(?:immigrants|noncitizens|non-citizens|aliens)\b"
        r"|\b(?:detain|house|hold)\w*\s+(?:\w+\s+){0,3}(?:immigrants|noncitizens|non-citizens|aliens)\s+(?:\w+\s+){0,3}(?:jails?|facilit\w+|detention)"
        r"|\b(?:transport|detain|house|hold)\w*"
        + G
        + r"(?:for|to|into) (?:deportation|removal)"
        # people housed for the agency, or a contract to hold them for it: "contracting to house
        # detainees for ICE" (a hold for ICE without a contract or a house is a detainer's)
        + r"|(?:\bcontract\w*\s+to\s+(?:detain|house|hold)\w*|\bhous(?:e|es|ed|ing))\s+(?:\w+\s+){0,3}?"
        r"(?:detainees|persons|people|individuals|inmates|prisoners|immigrants|noncitizens|migrants)"
        r"\s+for\s+(?:the\s+)?(?:u\.?s\.?\s+|federal\s+)?"
        + ICE_AGENCY
        + r"|intergovernmental service agreements?|\bigsas?\b"
        r"|civil detention facilit\w+|detained immigrants|immigrants? in (?:civil )?detention",
    ),
    (
        "moratorium on detention facilities (land use)",
        ("moratori",),
        ("detention_contracts",),
        2,
        r"moratori\w*[^.;:|]{0,160}?(?<!juvenile )(?:detention (?:centers?|facilit\w+)|facilit\w+ for (?:the )?detention)",
    ),
    (
        "private or for-profit detention (with immigration context)",
        ("private", "for-profit"),
        ("detention_contracts",),
        1,
        r"private,?\s+(?:for-profit\s+)?(?:detention|prisons?)|for-profit (?:detention|prisons?)|private (?:detention|prison) (?:facilit\w+|contracts?)",
    ),
    # anti-sanctuary
    (
        "ban on sanctuary policies",
        (
            "sanctuar",
            "polic",
            "from limiting",
            "from restricting",
            "from prohibiting",
            "from preventing",
            "from regulating",
            "removal from office",
            "felony",
            "civil penalt",
            "preemption",
            "restrict",
            "from enacting",
            "force",
            "requir",
            "compel",
            "mandat",
            "grant",
            "fund",
            *BARRED_LATER_TRIGGERS,
        ),
        ("anti_sanctuary",),
        2,
        r"immigration preemption"
        # "forces" as a word: not the "force" inside "enforcement"
        r"|(?:\bforces?\b|\bforcing|requir\w+|compel\w*|mandat\w*)"
        + G_SHORT
        + r"(?:cities|counties|local governments?|municipalities|localities)"
        + G
        + r"(?:work of|cooperat\w*|enforc\w*|assist\w*)"
        + G
        + r"(?:\b(?-i:ICE)\b|immigration)"
        r"|(?:restrict\w*|withh[oe]ld\w*|den(?:y|ies|ying)|cut\w*|prohibit\w*|condition\w*|reduc\w*)"
        + G_SHORT
        + r"(?:federal |state )?(?:grants?|funds?|funding)"
        + G
        + r"(?:fail\w* to|refus\w* to|do not|does not|that (?:limit|restrict|prohibit))"
        + G
        + LIMITED_COOPERATION
        # ... the money said after the places barred from it: "prohibits jurisdictions that do not
        # cooperate with ICE from receiving grants"
        + r"|(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|preclud\w*)"
        + G_SHORT
        + r"\b(?:that|which|who)\s+(?:do not|does not|fail\w* to|refus\w* to|declin\w* to|limit"
        r"|restrict|prohibit)\w*"
        + G
        + LIMITED_COOPERATION
        + G_SHORT
        + r"(?:immigra|\b(?-i:ICE|DHS)\b|homeland security)"
        + G
        + _BARRED_LATER
        + r"|(?:prohibit\w*|\bbar(?:s|red|ring)?\b|preempt\w*)"
        + G_SHORT
        # (and the federal statute's words: "shall prohibit, or in any way restrict, any
        # government entity from sending to, or receiving from, [DHS] information regarding the
        # citizenship or immigration status of any individual")
        + r"(?:restrict\w*)"
        + G
        + r"(?:report\w*|shar\w+|communicat\w*|cooperat\w*|send\w*|exchang\w*)"
        + G
        + r"(?:immigra|federal officials|homeland security|\b(?-i:ICE|DHS)\b)"
        # "to ensure that State and local law enforcement may cooperate with Federal officials to
        # protect our communities from … suspected terrorists who are illegally present"
        r"|\b(?:state|local)\s+(?:and\s+local\s+)?(?:law\s+enforcement|police|officers?)\s+(?:may|to|shall|can)\s+"
        r"cooperat\w*\s+with\s+federal\s+(?:officials|authorities|agents|officers|law\s+enforcement)"
        + ALIENS_AFTER
        + r"|from (?:enacting|adopting) or enforcing"
        + G
        + r"polic\w+"
        + G_SHORT
        + r"(?:citizenship|immigration)"
        r"|(?:prohibit\w*|\bban(?:s|ned|ning)?\b|\bbar(?:s|red|ring)?\b|outlaw\w*|preempt\w*|penal\w+|abolish\w*)"
        + G
        # "prohibits cities from declaring themselves sanctuaries for undocumented immigrants"
        + r"sanctuar(?:y|ies)"
        r"|anti-?sanctuary|(?:definition|define\w*) of sanctuary"
        r"|sanctuary (?:polic(?:y|ies)|jurisdictions?|cit(?:y|ies)|count(?:y|ies)|municipalit(?:y|ies))"
        + G
        + r"(?:prohibit\w*|\bban(?:s|ned|ning)?\b|penalt\w*|felony|unlawful|void|illegal)"
        # ("a policy under which the entity prohibits or materially limits the enforcement of
        # immigration laws": the anti-sanctuary statutes' definition; barred, voided or defined,
        # not adopted: "requires each agency to adopt a written policy that prohibits officers
        # from inquiring about immigration status" is a sanctuary policy, 2.70.0)
        r"|\b(?:prohibit\w*|bans?|bann\w*|bar(?:s|red|ring)?|not|no|void\w*|preempt\w*|penal\w*"
        r"|unlawful|invalid\w*|illegal|repeal\w*|means|includes?|defin\w*|against)\b[^.;:|]{0,160}?"
        r"polic(?:y|ies)"
        + G_SHORT
        + r"(?:that|which) (?:[\w'’-]+ ){0,4}?(?:limit|prevent|prohibit|restrict|inhibit|materially limit)\w*"
        + G
        # not "a policy that prohibits students ... who hold nonimmigrant visas from ..."
        + r"(?:enforc|cooperat|(?<!non)immigra|agreements)"
        # "... to Prohibit City of Burien from Regulating the Acquisition of Immigrant Status"
        r"|from (?:limiting|restricting|prohibiting|preventing|regulating)"
        + G
        # not "from preventing such an alien from participating in a law enforcement training"
        + r"(?:(?<!law )enforcement|cooperat\w+|immigration|immigra\w* status)"
        r"|(?:removal from office|class [a-e] felony|civil penalt\w+)"
        + gap_crossing_none("disclos")
        + r"(?:sanctuary|immigration)",
    ),
    (
        # the anti-sanctuary statutes' own sentence, where a text says it: "A local entity may not
        # prohibit or materially limit a peace officer from inquiring into the immigration status
        # of a person under arrest"
        "a bar on limiting immigration enforcement",
        BARS_BARRING_TRIGGERS,
        ("anti_sanctuary",),
        2,
        _BARRING + _LIMITS_ENFORCEMENT,
    ),
    (
        # ... or on standing in its way (2.43.0)
        "officials barred from obstructing immigration enforcement",
        OBSTRUCTING_TRIGGERS,
        ("anti_sanctuary",),
        2,
        OFFICIALS_BARRED_FROM_OBSTRUCTING,
    ),
    (
        # "directs the Department of Corrections to work with federal immigration authorities to
        # identify persons in its custody who are subject to removal"
        "identifying people in custody together with immigration authorities",
        ("identif",),
        ("info_sharing",),
        2,
        r"(?:work\w*|coordinat\w*|cooperat\w*|partner\w*|collaborat\w*) with"
        + G_SHORT
        + IMMIGRATION_AGENCY
        + G_SHORT
        + r"\bto identify\b",
    ),
    (
        "cooperation with immigration enforcement (general)",
        ("cooperat", "compl"),
        ("sanctuary",),
        GENERAL,
        r"(?:cooperat\w+|comply|complian\w+)"
        + G_SHORT
        + r"(?:with )?"
        + G_SHORT
        + r"(?:\b(?-i:ICE)\b|federal immigration|immigration and customs)",
    ),
    (
        # "to deny assistance under such section to a State or political subdivision of a State
        # that prohibits its officials from ...": "assistance" is too wide a word to stand for
        # money unless a place is what it is denied to
        "assistance denied to places that limit cooperation",
        ("assistance",),
        ("anti_sanctuary",),
        2,
        r"(?:withh[oe]ld\w*|den(?:y|ies|ying)|cut\w*)"
        + G_SHORT
        + r"(?:federal |state )?(?:financial )?assistance"
        + G
        + r"(?:political subdivisions?|jurisdictions?|localit\w+|municipalit\w+|cit(?:y|ies)|count(?:y|ies))"
        + r"(?:\s+of\s+(?:a|the)\s+\w+)?\s+(?:that|which)\s+(?:limit|restrict|prohibit)\w*"
        + G
        + LIMITED_COOPERATION,
    ),
    (
        "local police working beside immigration agents",
        ("accompan", "assist"),
        ("sanctuary",),
        GENERAL,
        POLICE_WITH_AGENTS,
    ),
    (
        "state immigration crime (state-run immigration enforcement)",
        (
            "entry",
            "foreign nation",
            "impermissible occupancy",
            "state crime",
            "state offense",
            "presence in",
            "trespass",
            "presence of",
            "removal order",
            "deportation order",
            "immigration court",
            "presence a",
            "presence an",
            "from enter",
            "from re-enter",
            "from reenter",
            "from attempting",
            "found in",
            "enter th",
            "enters th",
        ),
        ("state_enforcement",),
        2,
        # (not reentry into the United States, Congress's own crime: "to increase criminal
        # penalties for crimes committed after illegal reentry into the United States" changes no
        # state's law, 2.43.0; a caption's bare "Illegal reentry" is a state's bill)
        r"illegal\s+re-?entry(?!\s+(?:into|to|in)\s+the\s+united\s+states)"
        r"|illegal entry into (?:this|the) state|(?:entering|enter|entry into|entry)"
        + G
        + r"from a foreign nation|impermissible occupancy"
        r"|state (?:crime|offense)s? of (?:illegal|unlawful) (?:entry|re-?entry|presence)"
        r"|(?:offen[cs]es?|crimes?) of (?:aggravated |criminal |felony )?(?:improper|illegal|unlawful)"
        r" (?:entry|re-?entry|presence)"
        # "unlawful presence of aliens in the state"
        r"|(?:illegal|unlawful) presence (?:of (?:\w+ )?(?:aliens?|immigrants?|noncitizens?) )?in (?:this|the) state"
        r"|trespass\w* by an? (?:illegal|undocumented|unauthorized|unlawfully present) aliens?"
        + r"|"
        + STATE_ENTRY_CRIME
        # "state removal orders for illegal aliens"
        + r"|\bstate[- ](?:issued |court )?(?:removal|deportation) orders?\b"
        # ... and a state's own court for it: "Establishes a state immigration court with
        # authority to order deportation" (2.80.0)
        + r"|\b"
        + STATE_IMMIGRATION_COURT
        # "the state law making unlawful entry a state crime"
        + r"|(?:illegal|unlawful) (?:entry|re-?entry|presence) (?:\w+ ){0,3}?an? (?:state )?(?:crime|offense"
        r"|misdemeanor|felony)",
    ),
    (
        "the state's own police enforcing immigration law",
        (
            "state police",
            "highway patrol",
            "state trooper",
            "public safety",
            "state immigration",
            "immigration law",
            "immigration enforcement law",
            "immigration enforcement act",
            "immigration enforcement statute",
            "immigration enforcement bill",
            "immigration enforcement legislation",
        ),
        # "require local law enforcement agencies and Kentucky State Police to enforce immigration
        # laws"; "highway patrol enforcement of federal immigration law"; a "state immigration
        # enforcement" office or act (DOMAIN.md: a state enforcing immigration law itself)
        ("state_enforcement",),
        2,
        STATE_POLICE
        + r"[^.;:|]{0,60}?"
        + ENFORCES_IMMIGRATION
        + r"|\bstate immigration enforcement\b"
        r"|enforcement of (?:federal )?immigration laws? in (?:the|this) state"
        # a state's law by what it is: "the state's immigration enforcement law", "a state's new
        # immigration enforcement law" (not the federal government's)
        r"|(?:state(?:'s|’s)?|(?!(?:government|nation|country|america|congress|administration"
        r"|president|department)(?:'s|’s))[a-z]+(?:'s|’s)) (?:new )?immigration enforcement (?:laws?"
        r"|acts?|statutes?|bills?|legislation)\b",
    ),
    (
        # a state or local force taking people for their status itself (TAKES_MIGRANTS):
        # "authorizes the Department of Public Safety to arrest illegal aliens", "bars the state
        # from detaining migrants in state-run detention facilities" (not the United States')
        "a state or local force arresting, detaining or deporting people for their status",
        # (taken to the border: "border", "port of entry")
        ("arrest", "apprehen", "detain", "jail", "deport", "remov", "expel", "border", "of entry"),
        ("state_enforcement",),
        2,
        # (not federal officers: "thanking federal law enforcement for arresting illegal aliens
        # at the border" is the agency's own work, 2.81.0)
        r"(?:(?<!united )\bstates?\b|department of public safety|state police|highway patrol"
        r"|state troopers?|national guard|sheriffs?"
        r"|(?<!federal )(?<!federal immigration )(?:police|law enforcement|officers?)|deputies"
        r"|count(?:y|ies)|cit(?:y|ies)|municipalit(?:y|ies)|local (?:governments?|agencies|entities))"
        # (not by way of a contract: "counties … contracts with private corporations to detain
        # noncitizens" is a detention contract)
        r"\b"
        + gap_crossing_none(r"contract|agreement|corporation|compan|vendor", 80)
        + r"\b"
        + TAKES_MIGRANTS,
    ),
    (
        # the doctrine that a state's or locality's police may arrest for immigration violations
        # on their own: "State and local governments … have the inherent authority … to
        # investigate, identify, apprehend, arrest, detain, or transfer to Federal custody aliens"
        "the inherent authority of state and local police to enforce immigration law",
        ("inherent authority",),
        ("state_enforcement",),
        2,
        r"\binherent\s+authority\b[^.;:|]{0,160}?\b(?:investigat|apprehen|arrest|detain)\w*"
        r"[^.;:|]{0,160}?\b(?:aliens?|immigration)\b",
    ),
    (
        # caption forms of the same, each behind rare triggers so the long row above them does
        # not scan every measure for them
        "a state's own immigration crimes, by how captions name them",
        (
            "state illegally",
            "state unlawfully",
            "port of entry",
            "ports of entry",
            "to be unlawfully present",
            "to be illegally present",
            "own scheme",
            "own system",
            "own program",
            "own regime",
            "conceal",
            "harbor",
            "shield",
            "smuggl",
            "offen",
            "crime",
            *ALIEN_PAPERS_TRIGGERS,
        ),
        ("state_enforcement",),
        2,
        # "a law that seeks to implement Arizona's own scheme of immigration regulation"
        r"\bown (?:scheme|system|program|regime) of immigration (?:regulation|enforcement)"
        + r"|"
        + CRIME_TO_BE_PRESENT
        + r"|"
        + ALIEN_PAPERS_CRIME
        # "define certain offenses and to establish certain requirements related to immigrants
        # and aliens": a state writing its own crimes about people's status
        + r"|\b(?:defin|creat|establish)\w* (?:certain |new )?(?:crimes?|offen[cs]es?)"
        + G
        + r"\b(?:related|relating) to (?:\w+ )?(?:immigrants? and )?aliens\b"
        + r"|"
        + ALIENS_HARBORED
        + r"|"
        + ALIENS_INDUCED
        + r"|"
        + ENTERS_ILLEGALLY,
    ),
    (
        "state or local immigration offenses, removal orders or arrests",
        (
            "immigra",
            "alien",
            # the people a landlord may not rent to (PEOPLE_NOT_PRESENT)
            "undocumented tenant",
            "undocumented renter",
            "undocumented occupant",
            "undocumented famil",
            "undocumented person",
            "undocumented people",
            "undocumented individual",
            "border protection unit",
            "harbor",
            "transport",
            "return",
            "remov",
            "unlawful presence",
            "lawfully present",
            "illegally present",
            "state crime",
            "state offen",
            "state misdemeanor",
            "state felony",
            "guilty of",
            "hiring of",
            "employment of",
            "sanction",
            "deportation",
            "apprehen",
            "detect",
            "presence",
            "detention of",
            "detention facilit",
            "detention center",
            "detention camp",
            "migrant",
            "relocat",
            "asylum seeker",
            "arrest",
            "suspect",
            "suspicion",
            "port of entry",
            "ports of entry",
            *ENTRY_LAW_TRIGGERS,
            "in the state",
            "in this state",
            "in that state",
            "lawfully present",
            "illegally present",
        ),
        ("state_enforcement",),
        2,
        # "equipment ... for use in detecting or apprehending persons of foreign citizenship who
        # have entered or are residing in the United States illegally": the state's own police
        # finding and catching people for their status
        ENTRY_CRIME
        + r"|"
        + HELD_ON_SUSPICION
        + r"|"
        + PRESENCE_CRIME
        + r"|"
        + PRESENT_ALIEN_OFFENDS
        + r"|"
        r"\b(?:apprehen\w+|detect\w*)\s+(?:(?:or|and)\s+\w+\s+)?(?:persons?|individuals?|aliens?|people"
        r"|immigrants?)\b[^.;:|]{0,80}?\b(?:illegally|unlawfully|without (?:legal|lawful) status)"
        r"|(?:state|local|new) (?:\w+\s+)?(?:crimes?|offen[cs]es?|penalt\w+)"
        + G_SHORT
        + r"(?:immigra|alien|unlawful presence|illegal presence)"
        # ... named as the state's law: "the state's new illegal entry law" (2.43.0)
        + r"|\bstate(?:'s|’s)?\s+"
        + ENTRY_LAW_NAMED
        # "the state law making illegal presence a crime"
        + r"|(?:illegal|unlawful) presence"
        + G_SHORT
        + r"\b(?:an? )?(?:state )?(?:crime|offense|misdemeanor|felony)\b"
        # "authorizes the Department of Public Safety to arrest persons who cross the border
        # illegally": the state's own arrest for entry
        + r"|\b(?:arrest|apprehend|detain)\w*\s+(?:\w+\s+){0,3}?(?:who|that)\s+(?:\w+\s+){0,2}?"
        + r"(?:cross|enter)\w*\s+(?:the\s+)?(?:\w+\s+)?(?:border|state|country|united states)"
        + r"\s+(?:illegally|unlawfully)"
        # "a peace officer may arrest an alien who … is present in this state in violation of
        # this chapter": the state's own arrest for presence
        + r"|\b(?:arrest|detain|apprehend)\w*\s+(?:an?\s+|any\s+)?(?:illegal\s+)?aliens?\b"
        + r"[^.;:|]{0,100}?\b(?:present in (?:this|the) state|enter\w* (?:this|the) state)"
        # "a state felony for a noncitizen to be in the state after being deported": reentry
        + r"|\b(?:crime|felony|misdemeanor|offen[cs]e)\b[^.;:|]{0,60}?\b(?:noncitizens?|aliens?|persons?)"
        + r"[^.;:|]{0,60}?\b(?:after|following) (?:being |having been )?(?:deported|removed|denied admission)"
        # "makes being unlawfully present in this state a misdemeanor"
        + r"|\b(?:being|to be) (?:unlawfully|illegally) present"
        + G_SHORT
        + r"\b(?:an? )?(?:state )?(?:crime|offense|misdemeanor|felony)\b"
        # "making illegal entry a state crime": entry made a crime of the state is entry into
        # the country ("unlawful entry" alone is also trespass, so "state" must be said)
        + r"|\b(?:illegal|unlawful) (?:entry|re-?entry)(?: into (?:this|the) (?:state|country"
        r"|united states))? (?:an? )?state (?:crime|offen[cs]e|misdemeanor|felony)\b"
        # a caption naming presence in the state as its subject ("Being unlawfully present in
        # the state; penalties"), as "unlawful presence of aliens in the state" is
        + r"|\bbeing (?:unlawfully|illegally) present in (?:this|the) state\b"
        # "any person arrested ... who is subsequently determined to be unlawfully present in the
        # United States is guilty of a felony": a state crime of being present
        + r"|(?:unlawfully|illegally|not lawfully) present"
        + G
        + r"\bguilty of a (?:felony|misdemeanor)"
        r"|(?:immigration|alien)[- ]related (?:crimes?|offen[cs]es?|arrests?)"
        r"|(?:harbor\w*|transport\w*|conceal\w*|shield\w*|smuggl\w*)"
        + G_SHORT
        + r"(?:illegal|undocumented|unauthorized|unlawfully present) (?:aliens?|immigrants?|persons?|individuals?)"
        # a caption's shortest words, as its subject: "Harboring aliens", "Relating to transporting
        # aliens", "Counties; transporting aliens" (not a federal bill's "penalties for harboring
        # aliens", federal criminal law)
        # (a catch-line's verb is moved before it: "Transporting aliens; prohibition" reads
        # "prohibit Transporting aliens")
        + r"|(?:^|(?<=[;:|–-] )|(?<=\bto )|(?<=\bconcerning )|\b(?:prohibit|require|repeal)\s+)"
        r"(?:harbor(?:s|ed|ing)?|transport(?:s|ed|ing|ation)"
        r"(?:\s+of)?|smuggl(?:e|es|ed|ing)(?:\s+of)?)\s+aliens\b"
        # "harbor an alien who is unlawfully present"
        + r"|(?:harbor\w*|transport\w*|conceal\w*|shield\w*|smuggl\w*)\s+(?:\w+\s+){0,2}?aliens?\s+"
        r"(?:who|that)\s+(?:is|are)\s+(?:unlawfully|illegally|not lawfully)\s+present"
        + r"|(?:rent\w*|leas\w*|occupancy)"
        + G
        + r"(?:(?:illegal|undocumented|unauthorized|unlawfully present) (?:aliens?|immigrants?)"
        # ("shall not rent a dwelling unit to an alien who is unlawfully present"; "leasing
        # dwellings to persons not lawfully present in the United States")
        + r"|aliens?"
        + _WHO_IS_UNLAWFULLY_PRESENT
        + r"|"
        + PEOPLE_NOT_PRESENT
        + r")"
        # a city licensing occupancy on a status check: "each adult shall obtain a residential
        # occupancy license from the building inspector, who shall verify the immigration status
        # of the applicant"
        + r"|(?:occupancy|rental)\s+licen[cs]\w*"
        + G
        + r"(?:immigration|citizenship)\s+status"
        # a city checking its renters' status: "verify the immigration status of tenants"
        + r"|\b(?:verif|check|determin|inquir)\w*\s+(?:\w+\s+){0,3}?(?:immigration|citizenship)\s+status"
        r"\s+of\s+(?:\w+\s+){0,2}?(?:tenants?|renters?|occupants?|lessees?)\b"
        r"|\b(?:tenants?|renters?|occupants?|lessees?)['’]?\s+(?:immigration|citizenship)\s+status\b"
        r"|(?:hiring|employ\w*) of (?:unlawful|unauthorized|illegal|undocumented) (?:workers|aliens|immigrants)"
        + G
        + r"(?:metropolitan|city|county|municipal|town|village)"
        r"|(?:local|city|county|municipal)"
        + G
        + r"(?:sanction|penalt|punish)\w*"
        + G
        + r"(?:employ|hir)\w*"
        + G_SHORT
        + r"(?:illegal|undocumented|unauthorized|unlawfully present) (?:aliens?|immigrants?|workers?)"
        # ("Authorizes state courts to order the deportation of persons who entered illegally",
        # 2.80.0)
        r"|(?:judges?|courts?|magistrates?)"
        + G_SHORT
        + r"(?:order\w*|requir\w*)"
        + G_SHORT
        + r"(?:to return|removal|deportation|to leave the (?:state|country))"
        + NOT_FAMILY_LAW
        # any government's order to leave, named by whom it sends: "order unauthorized aliens to
        # return to a foreign nation"
        + r"|\border\w*\s+(?:\w+\s+){0,2}?(?:aliens?|immigrants?|migrants?|noncitizens?)\s+"
        r"(?:\w+\s+){0,2}?to\s+(?:return|leave)\b"
        + r"|"
        + STATE_ENFORCEMENT_UNIT
        # a state's own detention: "establish temporary detention facilities for illegal aliens"
        + r"|"
        + STATE_DETENTION_BUILT
        # the money or the contract for it: "the use of state funds to transport migrants",
        # "contracting with private companies to transport migrants"
        + r"|(?:funds|moneys?|monies|resources|contract(?:s|ed|ing)?|agreements?)\s+(?:\w+\s+){0,3}?"
        r"(?:to|for)\s+(?:the\s+)?"
        + MOVES_MIGRANTS
        + r"|(?:transport\w*|relocat\w*)"
        + G_SHORT
        + r"(?:unauthorized|illegal|undocumented) (?:aliens?|immigrants?|migrants?)"
        # ... made a crime, the people named by their status after them: "a crime to knowingly
        # transport an alien who entered the country illegally"
        + r"|(?:\bcrime\b|\bunlawful\b|\boffen[cs]e\b|\bfelony\b|\bmisdemeanor\b)"
        + G_SHORT
        + r"(?:harbor\w*|transport\w*)"
        + G_SHORT
        + PEOPLE_WITHOUT_STATUS_AFTER
        # ... the program by its own name: "the Unauthorized Alien Transport Program"
        + r"|(?:(?:unauthorized|illegal|undocumented) )?(?:aliens?|migrants?|immigrants?)\s+"
        r"(?:transport\w*|relocation|busing)\s+programs?"
        # "transporting migrants out of the state": a state's own transport program
        + r"|(?:transport\w*|relocat\w*)\s+(?:\w+\s+)?migrants?\s+(?:out of|from) (?:the |this )?state\b"
        # ... said by where it sends them: "relocation of migrants to other states", "flights
        # of migrants to sanctuary cities", "transport of migrants from the border"
        + r"|(?:transport\w*|relocat\w*|bus\w*|flights?)\s+(?:of\s+)?(?:\w+\s+){0,2}?"
        r"(?:migrants?|aliens?|asylum seekers?)\s+(?:\w+\s+){0,3}?(?:to (?:other|another) states?"
        r"|to sanctuary (?:cit(?:y|ies)|jurisdictions?|states?)|from the (?:southern )?border)\b"
        # arrests by the state's own forces: "arrests of unauthorized aliens by state police"
         + r"|(?:arrests?|apprehen\w+)\s+of\s+(?:\w+\s+)?(?:unauthorized|illegal|undocumented"
        r"|unlawfully present)\s+(?:aliens?|immigrants?|migrants?)\s+by\s+(?:the\s+)?(?:state"
        r"|national guard|department of public safety|troopers?|highway patrol|local|county|city"
        r"|municipal|police|sheriffs?|law enforcement)\b"
        # "to reimburse States the costs incurred by such States relating to the detention of
        # migrants at detention facilities in such States"
         + r"|" + STATE_DETAINS_MIGRANTS,
    ),
    (
        "a government making landlords check tenants' immigration status",
        ("landlord", "lessor", "property owner", "rent", "leas"),
        # DOMAIN.md: landlord ordinances that make a city verify status are state enforcement, and
        # so are measures that bar them ("shall not ... compel a landlord ... to make any inquiry
        # ... based on the immigration or citizenship status of a tenant")
        ("state_enforcement",),
        2,
        # "requires landlords to verify the immigration status of tenants", as an ordinance does
        r"\brequir\w*\s+(?:a |any |all |the )?(?:landlords?|lessors?|property owners?)\s+to\s+"
        r"(?:verify|check|determine|inquire|obtain|request)\w*[^.;:|]{0,40}?"
        r"(?:immigration|citizenship)(?: or (?:immigration|citizenship))? status"
        # the check named as a noun: "immigration status verification by landlords"
        r"|(?:immigration|citizenship)[- ]status[- ](?:verifications?|checks?|inquir(?:y|ies))\s+by\s+"
        r"(?:\w+\s+)?(?:landlords?|lessors?|property owners?)\b"
        r"|\bcompel\w*\s+(?:a |any |the )?landlords?\b[^|]{0,300}?"
        r"(?:immigration|citizenship)(?: or (?:immigration|citizenship))? status"
        r"[^.;:|]{0,40}?\b(?:tenants?|occupants?|renters?|lessees?)"
        # the ordinance's own words: "each landlord shall request … documentation from a
        # prospective tenant to verify that the tenant is a United States citizen or lawfully
        # present"
        r"|\b(?:each|every|any|a|the)\s+(?:landlords?|lessors?|property owners?)\s+shall\s+"
        r"[^.;:|]{0,80}?\b(?:verify|check|determine|confirm)\w*\s+(?:that\s+)?(?:the\s+|each\s+)?"
        r"(?:prospective\s+)?(?:tenants?|occupants?|renters?|lessees?|applicants?)\b[^.;:|]{0,40}?"
        r"(?:citizens?|lawfully\s+present|lawful\s+presence|immigration\s+status)"
        # ... or the proof asked of whoever would rent: "requiring proof of immigration status to
        # rent housing"
        r"|(?:proof|evidence|documentation)\s+of\s+(?:(?:immigration|citizenship)\s+status|lawful\s+presence"
        r"|citizenship)\s+(?:to|before|in\s+order\s+to|as\s+a\s+condition\s+of)\s+(?:rent|leas)\w*",
    ),
    (
        "immigration-status checks during stops or arrests",
        ("status",),
        ("state_enforcement",),
        2,
        r"(?:determin\w+|verif\w+|check\w*|inquir\w+|ask\w*|question\w*)"
        + G
        + STATUS
        + G
        + r"(?:lawful stops?|stops?,|stopped|traffic stops?|during (?:a |any )?(?:lawful )?(?:stop|detention|arrest))"
        r"|(?:lawful stops?|traffic stops?|stopped)"
        + G
        + r"(?:determin\w+|verif\w+|check\w*|inquir\w+)"
        + G_SHORT
        + STATUS
        # the check named as a noun: "immigration status checks during traffic stops",
        # "verification of immigration status for persons arrested" reads by the first form
        + r"|"
        + STATUS
        + r"[- ](?:checks?|verifications?|determinations?|inquir(?:y|ies))"
        + G_SHORT
        + r"(?:lawful stops?|traffic stops?|stopped|during (?:a |any |the )?(?:lawful |traffic |routine )?"
        r"(?:stops?|detentions?|arrests?))"
        # Arizona's form: "where reasonable suspicion exists that the person is an alien who is
        # unlawfully present …, a reasonable attempt shall be made … to determine the immigration
        # status of the person"
        r"|\breasonable suspicion\b" + G + r"\b(?:unlawfully|illegally) present\b",
    ),
    (
        "local ID cards for people not lawfully present",
        ("identification", "identity"),
        ("municipal_id",),
        2,
        # not a state's cards and driver's licenses for the undocumented (an OUTSIDE_TOPICS row)
        # ... nor cards named beside driver's licenses, the same office's ("driver's licenses or
        # identification cards to aliens who are unlawfully present")
        r"(?<!state )(?<!state-issued )(?<!licenses or )(?<!license or )(?<!licenses and )"
        r"(?<!licenses, )(?:identification|identity)(?: (?:cards?|documents?))?"
        # "the identification, apprehension, detention, or removal of aliens" (the words of
        # 287(g) and of state enforcement laws) is identifying people, not an ID card
        + r"(?!,?\s+(?:(?:and|or)\s+)?(?:apprehen|investigat|detain|detention|arrest|remov|deport|locat))"
        + gap_crossing_none("licen|operator|driv")
        + r"(?:not lawfully present|unlawfully present|undocumented|illegal aliens?|without (?:legal|lawful) (?:status|presence))"
        # ... and in other words, with a local issuer named (a state's cards for the same people
        # are other immigration): "authorizes counties to issue identification cards to persons
        # who cannot prove lawful presence", "… regardless of immigration status"
        + r"|\b(?:count(?:y|ies)|cit(?:y|ies)|municipalit(?:y|ies)|local governments?|towns?|villages?)\b"
        + r"[^.;:|]{0,60}?\b(?:identification|identity|id) (?:cards?|documents?)[^.;:|]{0,40}?"
        + r"(?:who (?:cannot|can ?not|are unable to) (?:prove|show|document) (?:lawful|legal)"
        + r" (?:presence|status)|regardless of (?:immigration|citizenship) status)",
    ),
    (
        # California's TRUTH Act (Transparent Review of Unjust Transfers and Holds) governs ICE's
        # access to people in local jails; counties hold a yearly forum on it
        "a TRUTH Act forum or report on ICE's access to people in jail",
        ("truth act", "transfers and holds"),
        ("ice_access",),
        2,
        r"unjust transfers and holds"
        r"|\btruth act\b(?=[^|]{0,80}?(?:forums?|community meetings?|\b(?-i:ICE)\b|immigra"
        r"|assembly bill 2792|\bab 2792))",
    ),
    (
        "protection from civil arrest at schools, hospitals or other places",
        ("civil arrest",),
        ("ice_access",),
        2,
        r"civil arrests?"
        + G
        + r"(?:schools?|campus\w*|hospitals?|shelters?|polling|places of worship|libraries|school activities|sensitive locations?|certain locations)"
        r"|(?:schools?|students|hospitals?|shelters?|polling)" + G + r"civil arrests?"
        r"|protect\w*" + G_SHORT + r"from civil arrests?",
    ),
    (
        "policies for immigration agents on school, hospital or other property",
        ("immigration",),
        ("ice_access",),
        2,
        r"(?:immigration (?:authorit\w+|agents?|officers?|officials?)|immigration enforcement)"
        + G
        + r"(?:enter\w*|access\w*|present)"
        + G_SHORT
        + r"(?:public |school |education\w* |hospital |health care )?(?:property|premises|facilit\w+|nonpublic areas?|schools?|campus\w*)"
        r"|(?:hospitals?|health ?care (?:facilit\w+|providers?)|clinics?|schools?)"
        + G
        + r"(?:officers?|agents?|officials?) (?:engaged in|performing|carrying out) immigration"
        r"|(?:protected|sensitive) (?:areas?|locations?|places?)" + G + r"immigration"
        r"|immigration" + G + r"(?:protected|sensitive) (?:areas?|locations?|places?)"
        # the place first, the agents' access as a noun: "No public school shall permit access by
        # immigration agents without a judicial warrant"
        r"|(?:schools?|campus\w*|colleges?|universit(?:y|ies)|hospitals?|clinics?|shelters?|libraries"
        r"|jails?|courthouses?|buildings?|non-?public\s+areas?|places of worship|churches|(?:public )?parks?"
        r"|"
        + CARE_PLACES
        + r")"
        + G
        + r"\baccess\s+(?:by|for|of)\s+(?:\w+\s+){0,2}?immigration\s+(?:authorit\w+|agents?|officers?"
        r"|officials?|enforcement)",
    ),
    (
        ENFORCEMENT_AT_PLACES_ROW,
        SENSITIVE_PLACE_ENFORCEMENT_WORDS,
        ("ice_access",),
        2,
        _AGENCY_NAMED
        + r"[^.;:|]{0,120}?"
        + ENFORCEMENT_ACTIONS_AT
        + r"|"
        + ENFORCEMENT_ACTIONS_AT
        + r"[^.;:|]{0,80}?"
        + _AGENCY_NAMED
        # the agency inside: "enforcement actions by U.S. Immigration and Customs Enforcement at …"
        + r"|(?=enforcement\s+\w+\s+by\s+(?:[\w.'’-]+\s+){0,3}?"
        + _AGENCY_NAMED
        + r")"
        + ENFORCEMENT_ACTIONS_AT,
    ),
    (
        "arrests of people going to or from court",
        ("arrest",),
        ("ice_access",),
        2,
        COURT_GOERS_ARREST,
    ),
    (
        "immigration enforcement barred or let in at a place",
        ("immigration enforcement",),
        ("ice_access",),
        2,
        ENFORCEMENT_BARRED_AT + r"|" + ENFORCEMENT_LET_IN_AT,
    ),
    (
        "arrests for a person's immigration status",
        ("arrest", "detain", "apprehend"),
        # DOMAIN.md: barred, a sanctuary policy (the labels read a police department that will
        # not arrest on a civil immigration violation alone so); allowed or required, a state or
        # locality enforcing immigration law itself (``STATUS_CHECKS``, settled by the stance)
        (STATUS_CHECKS,),
        2,
        ARREST_FOR_STATUS,
    ),
    (
        "a place's own property closed to law enforcement staging or access",
        ("law enforcement staging", "law enforcement access"),
        ("ice_access",),
        2,
        LAW_ENFORCEMENT_KEPT_FROM,
    ),
    (
        "funds an immigration attorney or public defender for removal defense",
        (
            "immigration attorney",
            "immigration lawyer",
            "public defender",
            "removal defense",
            "deportation defense",
        ),
        ("access_to_counsel",),
        2,
        r"(?:fund\w*|contract\w*|appropriat\w*|hir\w+)"
        + G
        + r"(?:immigration (?:attorney|lawyer)s?|removal defense|deportation defense)"
        r"|immigration"
        + G
        + r"public defender"
        # "a public defender program for immigrants in deportation proceedings"
        + r"|public defender"
        + G
        + r"(?:immigra\w*|noncitizens?|non-citizens?)"
        + G_SHORT
        + r"(?:deportation|removal)",
    ),
    # counsel
    (
        "legal counsel for people facing removal",
        (
            "immigra",
            "removal",
            "deportation",
            "universal representation",
            "access to representation",
            "noncitizen",
            "non-citizen",
            "lawfully present",
            "illegally present",
        ),
        ("access_to_counsel",),
        2,
        # ("the public defender to represent residents in removal proceedings"; not the
        # government's own lawyers: "the Attorney General shall commence removal proceedings",
        # "the district attorney")
        r"(?:counsel|representation|legal (?:services|defense|aid|assistance)"
        r"|(?<!district )(?<!prosecuting )(?<!county )(?<!city )attorneys?\b(?!\s+general)|lawyers?"
        r"|public defenders?|represent(?:s|ed|ing)?\b)"
        + G
        # "individuals facing detention or deportation"
        + r"(?:immigration (?:court|proceedings?|cases?)|removal proceedings?|deportation proceedings?|facing (?:\w+ (?:or|and) )?(?:deportation|removal)"
        # "attorneys for detained immigrants in deportation cases", "counsel to persons in
        # immigration detention"
        r"|(?:deportation|removal) (?:cases?|hearings?)|(?:in|held in) immigration (?:detention|custody))"
        r"|(?:immigration (?:court|proceedings?)|removal proceedings?|deportation)"
        + G
        + r"(?:appointed counsel|right to counsel|legal representation|legal defense"
        # "children in removal proceedings are represented by counsel", "immigrants facing
        # deportation have an attorney"
        r"|represented by (?:counsel|an? (?:attorney|lawyer))|ha(?:ve|s) (?:an? )?(?:attorney|lawyer|counsel)\b)"
        r"|universal representation|immigra\w* (?:legal )?defense fund|access to representation act|immigra\w* legal defense"
        r"|(?:removal|deportation) defense|indigent removal|immigra\w* legal services fund"
        # "access to counsel for persons detained by immigration authorities"
        r"|(?:counsel|legal representation|legal (?:services|assistance|aid|defense)|attorneys?|lawyers?)"
        r" (?:for|to) (?:\w+ ){0,2}?(?:(?:detained|held|arrested|targeted)(?: or \w+)?"
        r" (?:by (?:federal )?immigration|in immigration (?:detention|custody)|for immigration enforcement)"
        # "legal assistance for residents ... challenging roaming immigration enforcement patrols"
        r"|residents\b[^.;:|]{0,90}?\bimmigration (?:enforcement|detention|custody|raids?|arrests?))"
        # "a grant agreement ... for the purpose of providing legal services for immigrant and
        # refugee families"
        r"|legal (?:services|representation|defense|assistance|aid) (?:to|for|supporting) (?:[\w-]+ ){0,3}?"
        r"(?:immigrants?|noncitizens?|non-citizens?)\b"
        # "use public money in the provision of legal services for individuals unlawfully present"
        r"|legal (?:services|representation|defense|assistance|aid) (?:to|for) (?:\w+ ){0,2}?"
        r"(?:individuals?|persons?|people|residents) (?:who are )?(?:unlawfully|not lawfully|illegally)"
        r" present",
    ),
    # municipal ID
    (
        "municipal ID card",
        ("identification", "identity", " id"),
        ("municipal_id",),
        2,
        # a word of its own (not the "city" of "race/ethnicity identification"), and not a "state
        # or city identification document" nor "a state, federal, or local identification card"
        r"(?<!state or )(?<!state and )(?<!federal or )(?<!federal, or )(?<!state, or )\b(?:(?:municipal|city|community|county|resident|local government|local)"
        r" (?:identification|identity|id)(?: cards?| program| act)?\b|(?:city|municipal|county) id\b)"
        # "A NEW CITY OF NEWARK IDENTIFICATION CARD PROGRAM FOR RESIDENTS"
        r"|\b(?:city|county|town|village) of (?:\w+ ){1,3}(?:identification|identity|id) card program"
        # "an identity card issued by the city of New York"
        r"|(?:identification|identity|\bid) cards? issued by (?:the |a )?(?:city|county|town|village|municipality)\b"
        # a local government issuing cards to its residents, or barred from issuing any
        # ("Prohibits municipalities from issuing identification cards"; not cards for veterans,
        # students or employees, which name their holders)
        r"|\b(?:count(?:y|ies)|cit(?:y|ies)|municipalit(?:y|ies)|local governments?|towns?|villages?)\b"
        r"[^.;:|]{0,40}?\bissu\w*\s+(?:(?:their|its)\s+own\s+)?(?:identification|identity|id)\s+cards?"
        r"(?=\s*[.;:|]|\s*$|\s+to\s+(?:all\s+)?(?:(?:city|county|local)\s+)?residents\b)",
    ),
    # U visa
    (
        "U-visa / T-visa certification",
        (
            "visa",
            "nonimmigrant",
            "i-918",
            "i-914",
            "qualifying criminal",
            "certif",
            "victim",
            "1101",
            "1184",
        ),
        ("u_visa",),
        2,
        r"\b[ut][- ]visas?\b|\b[ut] nonimmigrant|i-918|i-914|qualifying criminal activity|(?:certif\w+)"
        + G
        + r"(?:nonimmigrant status|immigrant victims?)"
        r"|(?:law enforcement )?certifications? for (?:\w+ )?victims of (?:crimes?|criminal activity)"
        # the U and T visas are for noncitizen victims of crimes
        r"|(?:noncitizen|non-citizen) (?:crime )?victims?\b|(?:immigrant|alien) crime victims?\b"
        # ... and by their citations: the visas' own clauses of 8 U.S.C. 1101(a)(15), and the
        # certification's of 1184(o) and (p) ("certification under 8 U.S.C. 1184(p)")
        r"|\b" + U_T_VISA_CITATION,
    ),
]

# Named policies: kinds of policy whose name alone carries the topic and direction (DOMAIN.md,
# "where the line falls": a "welcoming", "trust", "values" or "ICE-free" policy). Each row names
# a *kind* of policy, never one measure or one place: a name that only one measure carries needs
# its summary or text to be read. (label, pattern, topics, stance); a plain lowercase pattern is
# a substring test.
# The word before a place's own act ("Oklahoma", "Georgia Security and", "Federal"), in title case
# or in capitals; not a word that names the act's limits or a federal program's scope (the list
# read in any case, as NAMED_POLICIES are compiled: the word after it must be a capitalized one)
_NOT_A_PLACE = (
    r"(?!(?:humane|fair|fairness|smart|safe|accountable|transparent|responsible|just|the|an?|in|of"
    r"|interior|national|american?|united|border|comprehensive|modern|restoring|strengthening"
    r"|enhanced|reform|protecting|stop|end)\b)"
)
NAMED_PLACE_ACT = (
    r"\b" + _NOT_A_PLACE + r"(?-i:[A-Z][a-z]+)(?-i: (?:Public Safety|Security) and)?(?-i: Illegal)?"
    r" (?-i:{words})\b"
    r"|\b"
    + _NOT_A_PLACE
    + r"(?-i:[A-Z]{{2,}})(?-i: (?:PUBLIC SAFETY|SECURITY) AND)?(?-i: ILLEGAL)?"
    r" (?-i:{caps})\b"
)
NAMED_POLICIES: list[tuple[str, str, tuple[str, ...], str]] = [
    (
        "a 'values' act",
        r"\b(?-i:[A-Z][a-z]+) (?-i:Values Act)\b|\bvalues act\b(?=[^|]{0,300}" + IMM + r")"
        # ... and a place's, in a caption set in capitals ("CALIFORNIA VALUES ACT")
        r"|\b(?-i:[A-Z]{2,}) (?-i:VALUES ACT)\b",
        ("sanctuary",),
        "protective",
    ),
    (
        "a TRUST act",
        # "TRUST Act", "the Trust Act", and a place's "<Name> Trust Act" as the Values Act row
        # reads a place's "<Name> Values Act"; trust funds and land or housing trusts are vetoed.
        # (and the one a state has before it: "supporting the state's proposed Trust Act", 2.81.0)
        r"(?-i:TRUST)\s+(?-i:Act)|\b(?:the|county|city|state) trust act\b"
        r"|\b(?:state['’]s|proposed) (?-i:Trust Act)\b"
        # a place that calls itself one: "a Sanctuary and Trust Act City"
        r"|\btrust act (?:city|county|community|jurisdiction|state|town)\b"
        r"|\b(?-i:[A-Z][a-z]+) (?-i:Trust Act)\b|\b(?-i:[A-Z]{4,}) (?-i:TRUST ACT)\b|(?-i:Trust) (?-i:Act)\b(?="
        + r"[^|]{0,300}"
        + IMM
        + r")",
        ("detainers",),
        "protective",
    ),
    (
        "a welcoming or refuge policy",
        # ("a welcoming and inclusive community", "a Welcoming and Safe City")
        r"welcoming\)?(?: (?:and|&) (?:inclusive|safe|open))? (?:city|county|community|cities|counties"
        r"|state|village|town|township|borough)\b|\b(?:city|county|state)(?: and county)? of refuge\b"
        # the national program's standard, joined or met: "Certified Welcoming", "to join
        # Welcoming America" (not its Welcoming Week, a celebration)
        r"|\bcertified welcoming\b(?![^|]{0,40}?\bweek\b)|\b(?:join\w*|member\w*|participat\w*|certif\w*"
        r"|affiliat\w*)\s+(?:\w+\s+){0,4}?welcoming america\b(?![^|]{0,40}?\bweek\b)"
        r"|immigrants?(?:[- ]and[- ]refugee)?[- ]friendly (?:city|county|community|village|town|state)\b"
        # a place's "Welcoming <Place> Act", as the Values Act row reads "<Place> Values Act"
        # (not the world's: the "Welcoming International Success Act" is about visas for workers)
        r"|\b(?-i:Welcoming) (?!(?-i:International|Global|Foreign|Overseas)\b)"
        r"(?:(?-i:[A-Z][a-z]+) ){1,2}(?-i:Act)\b"
        # ... and in a caption set in capitals, as the TRUST act row reads "<NAME> TRUST ACT"
        r"|\b(?-i:WELCOMING) (?!(?-i:INTERNATIONAL|GLOBAL|FOREIGN|OVERSEAS)\b)"
        r"(?:(?-i:[A-Z]{2,}) ){1,2}(?-i:ACT)\b",
        ("sanctuary",),
        "protective",
    ),
    (
        # DOMAIN.md names it: police status checks during stops, "show me your papers"
        "a 'show me your papers' law",
        r"show me your papers",
        ("state_enforcement",),
        "restrictive",
    ),
    (
        "an ICE-free policy",
        ICE_FREE_POLICY,
        # DOMAIN.md: ICE's access to places is its own topic; an ICE-free zone keeps ICE out of
        # public places
        ("ice_access",),
        "protective",
    ),
    (
        # DOMAIN.md: a short title naming a ban on sensitive-place arrests carries its topic
        "a ban on arrests at courthouses, by its name",
        r"\bprotect(?:ing)?\s+our\s+courts\s+act\b|\bcourts?\s+open\s+to\s+all\s+act\b",
        ("ice_access",),
        "protective",
    ),
    (
        "a policy reaffirming the public safety function of local law enforcement",
        # a kind of resolution several cities adopted in 2017 to keep police out of federal
        # immigration enforcement
        r"public safety function of (?:the )?(?:local|city|county|municipal) (?:law enforcement|police)",
        ("sanctuary",),
        "protective",
    ),
    (
        "a community-trust policy",
        r"promoting community trust|community trust (?:act|ordinance|policy)",
        ("sanctuary",),
        "protective",
    ),
    (
        "a state immigration-enforcement act (model legislation)",
        r"taxpayer and citizen protection act|illegal (?:immigration|aliens?) (?:\w+ ){0,3}(?:enforcement|reform|relief|control) (?:act|ordinance)",
        ("info_sharing", "state_enforcement"),
        "restrictive",
    ),
    # a place's own immigration enforcement or compliance act by its name ("the Oklahoma Public
    # Safety and Immigration Enforcement Act", "MISSISSIPPI IMMIGRATION ENFORCEMENT ACT", "the
    # Georgia Security and Immigration Compliance Act", "District of Columbia Federal Immigration
    # Compliance Act"): a state legislates immigration enforcement only to take part in it, and
    # compliance only to mandate it (2.64.0). The word before is a place's, not one that names
    # the act's limits ("Fairness in …", "Humane …", "Transparency in …") or a federal program
    # ("Interior …", "National …"); the same words in capitals as a caption sets them.
    (
        "a place's own immigration enforcement act",
        NAMED_PLACE_ACT.format(
            words="Immigration Enforcement Act", caps="IMMIGRATION ENFORCEMENT ACT"
        ),
        ("state_enforcement",),
        "restrictive",
    ),
    (
        "a place's own immigration compliance act",
        NAMED_PLACE_ACT.format(
            words="Immigration Compliance Act", caps="IMMIGRATION COMPLIANCE ACT"
        ),
        # its side only: such acts gather many duties (status checks, 287(g), data, detainers),
        # and the name does not say which; the rows and the model read the topics
        (),
        "restrictive",
    ),
    (
        # a state's enforcement law by the name its critics give it: "denouncing Arizona's
        # anti-immigration law", "the state's new anti-immigrant legislation" (a place's own law,
        # named with its possessive: a state legislates immigration only to enforce it)
        "a state's anti-immigration law",
        r"\b(?!(?:federal|government|nation|country|america|congress|president|administration"
        r"|trump|biden|obama|bush)\b)\w+(?:'s|’s) (?:new )?anti-?\s?immigra(?:nt|tion)"
        r" (?:laws?|legislation|statutes?)",
        ("state_enforcement",),
        "restrictive",
    ),
]

# --- stance --------------------------------------------------------------------------------------
# (label, triggers, direction, weight, pattern). Specific rows first: at one position the first match wins,
# so "prohibits sanctuary policies" is read as restrictive before "prohibits" alone is read.
# ... the punishment after the act, when the government is named first (the rows below)
# ... money refused in the negative: "is not eligible for state grants", "shall not receive state
# funds", "shall no longer be eligible for …"
NOT_GIVEN = r"(?:not|no\s+longer)\s+(?:be\s+)?(?:eligible|entitled|receiv\w*|qualif\w*)"
PUNISHED_AFTER = (
    r"[^.;:|]{0,120}?\b(?:shall|will|is|are|may)\s+(?:be\s+)?(?:held\s+)?(?:ineligible|disqualified|liable"
    r"|subject\s+to\s+(?:an?\s+)?(?:civil\s+|criminal\s+)?penalt\w+|(?:barred|prohibited)\s+from\s+receiving"
    r"|forfeit\w*|" + NOT_GIVEN + r")"
)
PUNISHED_AFTER_TRIGGERS = (
    "ineligible",
    "disqualif",
    "liable",
    "penalt",
    "forfeit",
    "barred from receiving",
    "prohibited from receiving",
    "not eligible",
    "not be eligible",
    "not receiv",
    "not be receiv",
    "not entitled",
    "not be entitled",
    "not qualif",
    "not be qualif",
    "longer eligible",
    "longer be eligible",
    "longer receiv",
    "longer be receiv",
    "longer entitled",
    "longer be entitled",
    "longer qualif",
    "longer be qualif",
)
StanceRule = tuple[str, tuple[str, ...], str, float, str]


def named_first(
    verb: str, triggers: tuple[str, ...], after: str, limits_side: str
) -> tuple[StanceRule, StanceRule]:
    """The two rows of a government named first, then what it did, then what befalls it (AFTER):
    for a limit on cooperation LIMITS_SIDE, for help to immigration enforcement the other."""
    helps_side = "protective" if limits_side == "restrictive" else "restrictive"
    named = r"\b" + GOV_ACTOR_GAP + r"(?:that|which|who)\s+"
    return (
        (
            f"{verb} a government that limits cooperation (named first)",
            triggers,
            limits_side,
            4,
            named + SANCTUARY_ACT + after,
        ),
        (
            f"{verb} a government that helps immigration enforcement (named first)",
            triggers,
            helps_side,
            4,
            named + ENFORCEMENT_ACT + after,
        ),
    )


STANCE_RULES: list[StanceRule] = [
    # a thing let run out, or taken to court, from the verb that does it ("allows the county's
    # 287(g) agreement to expire", "authorizing the city attorney to challenge the state's ban
    # on sanctuary cities in court"): before the rows that read "allows" or "authorizes" alone
    (
        "lets a tool of immigration enforcement run out, or takes it to court",
        ("expire", "lapse", "sunset", "challeng", "block", "lawsuit", "litigation", "suit"),
        "protective",
        4,
        LETS_EXPIRE
        + OBJECT_GAP
        + ENFORCEMENT_TOOL
        + RUNS_OUT
        + r"|"
        + TAKES_TO_COURT
        + OBJECT_GAP
        + ENFORCEMENT_TOOL,
    ),
    (
        "lets a sanctuary policy run out, or takes it to court",
        ("expire", "lapse", "sunset", "challeng", "block", "lawsuit", "litigation", "suit"),
        "restrictive",
        4,
        LETS_EXPIRE
        + OBJECT_GAP
        + SANCTUARY_POLICY
        + RUNS_OUT
        + r"|"
        + TAKES_TO_COURT
        + OBJECT_GAP
        + SANCTUARY_POLICY,
    ),
    # A statute's definition says what a term means, not what the bill does ('"Sanctuary policy"
    # means any policy that prohibits … or requires a judicial warrant before honoring an
    # immigration detainer'): a "defines" row hides the cues inside it and weighs nothing. It runs
    # to the sentence's end, or to an "and" that starts the bill's own duty ("defines 'sanctuary
    # jurisdiction' as … and withholds state funds from such jurisdictions").
    (
        "a definition of a term",
        ("means", "shall mean", "refers to", "defin"),
        "defines",
        0,
        r"(?:[\"“][^\"”|]{1,80}[\"”]\s+(?:means|shall\s+mean|refers\s+to)\b"
        r"|\bdefin(?:e|es|ed|ing)\s+[\"“][^\"”|]{1,80}[\"”]\s+(?:as|to\s+mean)\b)"
        r"(?:(?!" + ANOTHER_DUTY + r")[^.|]){0,1500}",
    ),
    # "neutral" rows weigh nothing; their match only hides the cues inside it. "informs" rows are
    # neutral and also mark a hearing, forum or report: its text describes the policy it is about
    # and does not give the item a side either. An "amended" row hides the law a measure amends,
    # which gives no side there, and leaves the rest of the measure to say which way it goes
    (
        "a resolution or letter regarding a named law takes no side",
        ("regarding", "concerning"),
        "neutral",
        0,
        # a resolution, letter or agenda item, not a bill: "An Act Concerning the Trust Act" is
        # how some legislatures title every bill, and it amends the law it names
        r"\b(?:resolution|letter|item|report|presentation|discussion|update|communication)s?\b"
        r"[^|.;]{0,120}?\b(?:regarding|concerning)\W+(?:the\W+)?"
        r"(?:(?!support|oppos|endors|urg|reject|repeal|condemn|amend|expand|limit|prohibit)"
        r"[\w\"'.:-]+\s+){0,6}?(?:values|trust|welcoming|sanctuary"
        r"|immigration\s+(?:enforcement|compliance))\s+act\b",
    ),
    (
        # "Amends the Illinois TRUST Act. Creates exceptions for persons who are gang members":
        # a way out of the law amended (DOMAIN.md: an exemption from a sanctuary law is
        # restrictive). Before the row that hides the law's name, which starts at the same word
        "adds exceptions to a named sanctuary law it amends",
        ("exception", "exempt"),
        "restrictive",
        5,
        AMENDED_SANCTUARY_LAW
        + r"[^|]{0,200}?\b(?:creat|add|expand|establish|provid)\w*\s+(?:\w+\s+)?(?:exceptions?"
        r"|exemptions?)\b",
    ),
    (
        # "Amends the Illinois TRUST Act. Provides that the Act does not apply to persons
        # convicted of a forcible felony": the law amended is the thing changed, and the change
        # says which way the measure goes (DOMAIN.md: stance follows what the measure does); a
        # bare amendment that says no more takes no side
        "an amendment to a named sanctuary law takes the side of what it changes",
        ("amend",),
        "amended",
        0,
        AMENDED_SANCTUARY_LAW,
    ),
    (
        "hearings to examine a question take no side",
        ("hearing",),
        "informs",
        0,
        # "authorizing the committee to hold public hearings to examine the relationship with ICE
        # and whether it should be terminated": the answer is for later
        # "Order for a hearing to audit the implementation of the Trust Act": a council's order
        # for a hearing asks a question too
        r"\b(?:(?:hold|conduct|schedul|convene)\w*|(?:order|request|motion|call)s?\s+for)\s+(?:an?\s+)?"
        r"(?:joint\s+|public\s+|oversight\s+)*"
        r"hearings?\s+(?:to|on|into|regarding)\s+(?:examine|review|investigate|explore|study|assess"
        r"|evaluate|consider|audit|discuss)\w*" + REST,
    ),
    (
        "forums and reports on a policy take no side",
        ("forum", "report"),
        "informs",
        0,
        # "TRUTH Act community forum regarding ICE access to individuals"; "Semi-Annual ...
        # Sanctuary Ordinance Report": they inform the public about a policy and change nothing
        r"\b(?:community|public|truth act)\s+forums?\b"
        + REST
        # the policy's name goes with it: "... County Sanctuary Ordinance Report"
        + r"|\b(?:[\w-]+\s+){0,3}?(?:ordinance|policy)\s+(?:compliance\s+)?reports?\b"
        + REST
        # a caption that is a report: "Report on ICE Secure Communities Program", "Accept report
        # from the Office of the County Counsel ... relating to ... the Civil Detainer Policy"
        + r"|^\W*(?:[a-z0-9]{1,3}[.)]\s*)?(?:(?:accept|receiv|hear)\w*\s+(?:a\s+|an\s+|the\s+)?"
        + r"(?:\w+\s+){0,2}?reports?|reports?\s+(?:on|from|regarding|concerning|relating to))\b"
        + REST,
    ),
    # a law or limit that "does not apply" to someone is weakened for them: "the Trust Act does not
    # apply to persons convicted of a felony" (restrictive), "the ban on sanctuary policies does
    # not apply to public hospitals" (protective). The "does not apply" opens an opposed span
    # back to its clause's start (REPEALED_PASSIVE), which turns what the law does; a sanctuary
    # law or limits named only by name are named here as protective, for the span to turn
    (
        "names a sanctuary law or limit said not to apply",
        ("not apply",),
        "protective",
        6,
        r"(?:(?:trust|values|(?<!anti-)(?<!anti )sanctuary|welcoming)\s+(?:act|law|polic(?:y|ies)"
        r"|ordinance)s?"
        r"|limits?\s+on\s+(?:\w+\s+)?(?:cooperation|compliance|honou?ring|sharing|communication"
        r"|assistance)\b"
        # "certain limitations under the Act … do not apply with respect to …"
        r"|(?:limitations?|restrictions?|prohibitions?|protections?)\b)"
        r"(?=[^.;:|]{0,200}?" + NOT_APPLY + r")",
    ),
    # DOMAIN.md: a condition added before a jail may honor a detainer is protective, repealing one
    # restrictive; so for the other tools a place enters ("Requires approval by the county
    # commission before the sheriff enters into a 287(g) agreement", "a public hearing before a
    # county may renew an IGSA with ICE"). Before the rows that read a government told, or a
    # requirement repealed, which start at the same "Requires" or "Repeals".
    (
        "sets a condition before a place enters an agreement with ICE",
        ("before", "prior to"),
        "protective",
        5,
        # (the requirement may be left out, the terms named first: "Establishes conditions that
        # a county must meet before entering into a 287(g) agreement", 2.74.0)
        r"(?:requir\w*"
        + gap_without(r"\benter|\brenew|\bsign|\bexecut|\bparticipat")
        + r")?"
        + AGREEMENT_CONDITION
        + ENFORCEMENT_TOOL,
    ),
    (
        "repeals a condition before a place enters an agreement with ICE",
        ("before", "prior to"),
        "restrictive",
        5,
        CONDITION_REPEALED + AGREEMENT_CONDITION + ENFORCEMENT_TOOL,
    ),
    # ... the condition said as a clause: "Requires the county board to approve a 287(g)
    # agreement before the sheriff enters into it" (without the "before", a body told to approve
    # an agreement may be a mandate to enter it, and is left to the rows on duties)
    (
        "has a body approve an agreement with ICE before it is entered",
        ("approv", "ratif", "authori", "vote on", "consent"),
        "protective",
        5,
        r"requir\w*\s+(?:that\s+)?"
        + APPROVING_BODY
        + OBJECT_GAP
        + ENFORCEMENT_TOOL
        + r"(?=[^.;:|]{0,60}?\b(?:before|prior to)\b)"
        # ... or every such agreement to be approved, which makes the approval a condition of any
        # one: "Requires the governor to approve any 287(g) agreement" (2.78.0)
        + r"|requir\w*\s+(?:that\s+)?"
        + APPROVING_BODY
        + r"\s+(?:any|all|each|every)\s+(?:[\w'’()-]+\s+){0,3}?"
        + ENFORCEMENT_TOOL
        # ... or the agreement approved, said in the passive: "Requires that any 287(g)
        # agreement be approved by the county board" (2.74.0)
        + r"|(?:requir\w*|provid\w*|mandat\w*)\s+that"
        + OBJECT_GAP
        + ENFORCEMENT_TOOL
        + r"[^.;:|]{0,40}?\b(?:be|is|are)\s+(?:first\s+|\w+ly\s+)?(?:approved|ratified|authori[sz]ed)"
        r"\s+by\b"
        # ... or its approval required first, as a noun (not before the agreement is ended:
        # "requires the council's approval before the sheriff ends the 287(g) agreement")
        + r"|requir\w*\s+"
        + APPROVAL_OF_BODY
        + r"[^.;:|]{0,20}?\b(?:before|prior\s+to)\b"
        + gap_crossing_none(UNDOING, reach=60)
        + ENFORCEMENT_TOOL,
    ),
    # ... and terms placed on a tool: "Places conditions on participation in 287(g) agreements",
    # "establishes requirements for entering into an agreement with ICE" (2.74.0)
    (
        "places conditions on an agreement with ICE",
        ("condition", "requirement", "criteria", "standards", "limits"),
        "protective",
        5,
        r"(?:establish|set|creat|impos|add|provid|plac|adopt|enact)\w*\s+(?:\w+\s+){0,2}?"
        r"(?:conditions?|requirements|criteria|standards|limits)"
        + ON_AN_AGREEMENT
        + ENFORCEMENT_TOOL,
    ),
    (
        "removes conditions on an agreement with ICE",
        ("condition", "requirement", "criteria", "standards", "limits", "restrictions"),
        "restrictive",
        5,
        r"(?:repeal|remov|eliminat|strik|lift|waiv|rescind)\w*\s+(?:\w+\s+){0,2}?"
        r"(?:conditions?|requirements|criteria|standards|limits|restrictions)"
        + ON_AN_AGREEMENT
        + ENFORCEMENT_TOOL,
    ),
    # a condition before a place limits its cooperation: "Requires a referendum before a city
    # adopts a sanctuary policy", "… before a county limits cooperation with ICE" (DOMAIN.md: a
    # condition in the way of a sanctuary policy hinders it; taken away, it frees it). Before the
    # rows on what is lifted, repealed or told, which would read the requirement as a duty to
    # adopt the policy (the twin for agreements with ICE is above)
    (
        "sets a condition before a place tells the agency about people or hands them over",
        ("before", "prior to"),
        "protective",
        5,
        TELLING_CONDITION,
    ),
    (
        "sets a condition before a place limits its cooperation with ICE",
        ("before", "prior to"),
        "restrictive",
        5,
        # (the requirement may be left out, the terms named first: "establishes requirements that
        # must be met before a city adopts a sanctuary policy", 2.74.0)
        r"(?:requir\w*"
        + gap_without(r"\badopt|\benact|\blimit|\bdeclin")
        + r")?"
        + LIMIT_CONDITION,
    ),
    (
        "repeals a condition before a place limits its cooperation with ICE",
        ("before", "prior to"),
        "protective",
        5,
        CONDITION_REPEALED + LIMIT_CONDITION,
    ),
    # what a measure repeals, when it names what a government is barred from or told to do:
    # "repeals the prohibition on counties declining immigration detainer requests" lets them
    # decline; "repeals the requirement that agencies refuse to honor ICE detainers" ends that
    # a punishment for an act taken away: the act keeps its own side
    (
        "lifts a punishment for what sanctuary places do",
        LIFTED_TRIGGERS,
        "protective",
        5,
        LIFTED_SANCTION + SANCTUARY_ACT + REST,
    ),
    (
        "lifts a punishment for helping immigration enforcement",
        LIFTED_TRIGGERS,
        "restrictive",
        5,
        LIFTED_SANCTION + ENFORCEMENT_ACT + REST,
    ),
    (
        "repeals a ban on what sanctuary places do",
        ("repeal",),
        "protective",
        5,
        REPEALED_BAN_ON + SANCTUARY_ACT + REST,
    ),
    (
        "repeals a requirement to do what sanctuary places do",
        ("repeal",),
        "restrictive",
        5,
        REPEALED_REQUIREMENT + SANCTUARY_ACT + REST,
    ),
    (
        "repeals a ban on helping immigration enforcement",
        ("repeal",),
        "restrictive",
        5,
        REPEALED_BAN_ON + ENFORCEMENT_ACT + REST,
    ),
    # A body's approval of an agreement with ICE taken away (the row that sets it is with the
    # other conditions, below): "Repeals the requirement that the county board approve any 287(g)
    # agreement", "Removes the requirement of a public hearing for an IGSA", "a 287(g) agreement
    # no longer requires the approval of the voters"
    (
        "repeals a body's approval of an agreement with ICE",
        (
            "approv",
            "ratif",
            "authori",
            "vote on",
            "consent",
            "hearing",
            "vote",
            "review",
            "referendum",
        ),
        "restrictive",
        5,
        r"(?:repeal\w*|eliminat\w*|remov\w*|strik\w*)\s+(?:the\s+|any\s+)?requirements?\s+"
        r"(?:that\s+"
        + APPROVING_BODY
        + r"|(?:of|for)\s+"
        + CONDITION_NOUN
        + r"[^.;:|]{0,60}?\s(?:for|of|on|to|before)\b)"
        + OBJECT_GAP
        + ENFORCEMENT_TOOL
        + r"|"
        + ENFORCEMENT_TOOL
        + r"[^.;:|]{0,40}?\b(?:no\s+longer|does\s+not|shall\s+not|need\s+not)\s+requir\w*\s+"
        + CONDITION_NOUN,
    ),
    (
        # "repeals compliance with immigration detainers": the practice itself, repealed
        "repeals complying with detainers or helping immigration enforcement",
        ("repeal",),
        "protective",
        5,
        r"(?:"
        + REPEALED_REQUIREMENT
        + r"|repeal\w*\s+(?:the\s+|a\s+|any\s+)?)"
        + r"(?:"
        + ENFORCEMENT_ACT
        + r"|(?:compliance|cooperation)\s+with\s+(?:\w+\s+)?(?:immigration|\b(?-i:ICE)\b|federal immigration)"
        + r")"
        + REST,
    ),
    # what a measure does, not the words it quotes (DOMAIN.md, stance)
    (
        "repeals or bars enforcing a ban on sanctuary policies",
        ("repeal", "enforcement of", "implementation of", "application of"),
        "protective",
        4,
        r"repeal\w*"
        + G
        + r"(?:ban|prohibition|preemption)\w*"
        # (not a ban on a measure aimed at the places: "the ban on the executive order targeting
        # sanctuary cities")
        + gap_crossing_none(AIMED_AT, 40)
        + r"(?:sanctuar|welcoming (?:city|county|state|community|ordinance|polic)"
        + r"|limit\w* (?:on )?(?:cooperation|honoring|compliance)|trust act|values act"
        # ... or on a protective program, or on limits: "repeals the ban on the municipal ID
        # program", "… the prohibition on limits on ICE access"
        + r"|"
        + PROTECTIVE_PROGRAM
        + r"|limits on|polic(?:y|ies) against)"
        + REST
        # the ban named as a law: "repeals the Anti-Sanctuary Act", "prohibits the enforcement of
        # any sanctuary policy ban"
        + r"|(?:repeal\w*|(?:prohibit\w*|\bbar(?:s|red|ring)?|suspend\w*|enjoin\w*)\s+(?:the\s+)?"
        r"(?:enforcement|implementation|application) of)\s+(?:(?:the|any|an?|all)\s+)?(?:\w+\s+){0,2}?"
        r"(?:anti-?sanctuary|sanctuary (?:\w+ ){0,2}?(?:bans?|prohibitions?|preemptions?)\b)"
        + REST,
    ),
    (
        "repeals conditions on honoring detainers",
        ("repeal", "eliminat", "remov", "strik"),
        "restrictive",
        5,
        r"(?:repeal\w*|eliminat\w*|remov\w*)"
        + G_SHORT
        + r"(?:requirements?|conditions?|limits?|limitations?|restrictions?|prohibitions?)"
        + G
        # (not an approval before a place limits its cooperation, or declines to honor one: "…
        # approval by the voters before a city adopts a sanctuary policy", a row of its own)
        + r"(?:judicial (?:warrant|order)|court order|signed by a judge|approval(?!"
        + _BEFORE_LIMITING
        + r")|only (?:if|when|with)"
        # "repeals the requirement of a conviction … before a jail may honor an immigration
        # detainer": whatever the condition, it stood before honoring one
        + r"|(?:before|prior to)(?![^.;:|]{0,40}?\b(?:declin|refus)\w*\s+to\b)"
        + G_SHORT
        + r"(?:honou?r|compl|hold|detain)\w*"
        + G_SHORT
        + r"detainer)"
        + REST
        # "removes the judicial warrant requirement for transfers to ICE": the condition named
        # before the word for it
        + r"|(?:repeal\w*|eliminat\w*|remov\w*|strik\w*)"
        + G_SHORT
        + r"(?:judicial\s+)?(?:warrant|court[- ]order|consent|approval)\s+(?:requirements?|conditions?)\s+"
        r"(?:for|on|before)\s+"
        + G_SHORT
        + r"(?:honou?r|compl|hold|detain|transfer|releas|notif|interview|access)\w*"
        + G_SHORT
        + r"(?:detainer|\b(?-i:ICE)\b|immigra)"
        + REST
        # "removes a judicial warrant as a condition of honoring immigration detainers"
        + r"|(?:repeal\w*|eliminat\w*|remov\w*|strik\w*)"
        + G_SHORT
        + r"\bas (?:a |the |an )?(?:conditions?|requirements?|prerequisites?)\s+(?:of|for|to|before)"
        + G_SHORT
        + r"(?:honou?r|compl|hold|detain)\w*"
        + G_SHORT
        + r"detainer"
        + REST,
    ),
    (
        "repeals state-run immigration enforcement",
        (
            "repeal",
            "abolish",
            "eliminat",
            "rescind",
            "revok",
            "delet",
            "strik",
            "away with",
            "suspend",
            "enjoin",
            # ("removes" or "ends" a crime or an offense: every such match names one, and the
            # bare verbs are in too many words to gate on)
            "crime",
            "offen",
        ),
        "protective",
        5,
        # (abolished, eliminated, rescinded, revoked, deleted, struck or done away with the same:
        # "abolishes the crime of harboring undocumented immigrants", "eliminates the state's
        # power to arrest people for illegal entry", "strikes the crime of illegal entry"; not
        # "removes" or "ends", which a state's removal of people and a stop's end also say)
        # ... or suspended or enjoined, undone for a time ("Suspends the state's illegal entry
        # law", 2.78.0; not "halts" or "blocks", which the entry itself is, as at a border)
        r"(?:(?:repeal|abolish|eliminat|rescind|revok|delet|strik|suspend|enjoin)\w*|do(?:es)?\s+away\s+with"
        # ... but they may undo a crime they name at once: "removes the crime of illegal entry"
        r"|(?:remov(?:es?|ed|ing)|end(?:s|ed|ing)?)"
        r"(?=\s+(?:the\s+|a\s+|an\s+)?(?:state(?:'s|’s)?\s+)?(?:crimes?|offen[cs]es?)\s+of\b))"
        # "repeals the ban on state crimes of illegal entry" undoes a ban, not the crime
        + gap_without(r"\bbans?\b|moratori")
        + r"(?:state (?:crimes?|offen[cs]es?)|crimes? of|offen[cs]es? of|illegal (?:entry|re-?entry)|unlawful presence|impermissible occupancy|harbor\w*|transport\w*"
        # "repeals the law making it a crime for an alien to fail to carry registration documents"
        r"|(?:alien )?registration (?:doc\w*|cards?|papers|crimes?|offen[cs]es?)"
        r"|(?:inquir\w*|ask\w*|check\w*|verif\w*|determin\w*)"
        + G_SHORT
        + r"immigration status (?:during|in the course of) (?:a |any )?(?:lawful |traffic )?stops?"
        # "repeals the Oklahoma Immigration Enforcement Act" (a place's own act, NAMED_POLICIES)
        r"|immigration (?:enforcement|compliance) act\b"
        # "repeals the authority of state judges to order the removal of aliens"
        + r"|(?:judges?|courts?|magistrates?)"
        + G_SHORT
        + r"order\w*"
        + G_SHORT
        + r"(?:to return|removal|deportation|to leave the (?:state|country))"
        + r"|\b"
        + STATE_IMMIGRATION_COURT
        + r")"
        + REST,
    ),
    (
        "exempts from a sanctuary / trust / values law",
        ("exempt", "not apply", "exclud", "exception", "waiv", "inapplicable"),
        "restrictive",
        6,
        # "exempts school districts from …", "creates an exception to …", "waives … for …",
        # "makes … inapplicable to …"
        r"(?:(?:exempt\w*|exclud\w*)"
        + G
        # ... or in or under it: "adds exceptions under the state's sanctuary law" (2.75.0)
        + r"from|(?:exceptions?|exemptions?)\s+(?:to|in|under)|waiv(?:e|es|ed|ing)"
        r"|mak(?:e|es|ing)(?=[^.;:|]{0,120}?\binapplicable\b))"
        # not from a ban on them: "exempts municipalities from the prohibition on sanctuary
        # policies" is the other way (OPPOSES)
        + gap_crossing_none(
            r"\bprohibit|\bbans?\b|\bbar\b|\bbarring\b|restrict|\bpreempt|" + AIMED_AT, reach=40
        )
        + r"(?:(?<!anti-)(?<!anti )sanctuar\w*|trust act|values act|welcoming|limit\w*"
        + r"|polic(?:y|ies) against|"
        # ... or from a protective program: "exempts the county from the municipal ID program"
        + PROTECTIVE_PROGRAM
        + r")"
        + REST
        # ... or from a ban on an act of enforcement, named by the act: "exempts the sheriff from
        # the prohibition on assisting in deportations"
        + r"|"
        + EXEMPTED_FROM_A_BAN
        # (not a ban on a limit, an anti-sanctuary law's: "from the prohibition on limiting
        # cooperation with …" is the other way)
        + r"(?:(?!(?:limit|restrict|declin|refus|prohibit|bar|ban|end|stop|curtail)\w*\s)[\w'’-]+\s+){0,3}?"
        + ENFORCEMENT_ACT
        + REST
        # ... or the law amended to make room: "amending the Welcoming City Ordinance to add
        # exceptions for persons charged with violent felonies" (2.79.0)
        + r"|amend\w*\s+(?:[\w'’-]+\s+){0,4}?(?:(?<!anti-)(?<!anti )sanctuar\w*|trust\s+act|values\s+act"
        r"|welcoming)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:add|creat|establish|expand|includ|broaden|widen)\w*\s+"
        r"(?:(?:an?|new|additional|more|further)\s+)?(?:exceptions?|exemptions?|carve[- ]?outs?)\b"
        + REST,
    ),
    (
        # ... and from a ban on what sanctuary places do, the other way: "exempts local
        # governments from the prohibition on declining immigration detainer requests" (the
        # ban is undone where the exemption runs; its object reads as opposed, OPPOSES)
        "exempts from a ban on what sanctuary places do",
        ("exempt", "exclud"),
        "protective",
        6,
        EXEMPTED_FROM_A_BAN + SANCTUARY_ACT + REST,
    ),
    (
        # ... and from a state's own enforcement act, the other way: "exempts schools from the
        # Oklahoma Immigration Enforcement Act", "amends the … Immigration Enforcement Act to
        # exempt churches", "creates an exception to the … Immigration Compliance Act"
        # ... or from a state's anti-sanctuary law: "Amending the Anti-Sanctuary Act to add
        # exemptions for schools and hospitals" (2.80.0)
        "exempts from a state's own immigration enforcement act",
        ("exempt", "exclud", "exception", "carve"),
        "protective",
        5,
        r"(?:(?:exempt\w*|exclud\w*)"
        + G
        + r"from|exceptions?\s+to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
        + ENFORCEMENT_OR_ANTI_SANCTUARY_LAW
        + r"|"
        + ENFORCEMENT_OR_ANTI_SANCTUARY_LAW
        + r"\s+(?:[\w'’-]+\s+){0,2}?to\s+(?:exempt|exclude|except|create\s+(?:an?\s+)?(?:exemptions?|exceptions?)"
        r"|(?:add|creat|establish|expand|includ|broaden|widen)\w*\s+(?:(?:an?|new|additional|more"
        r"|further)\s+)?(?:exceptions?|exemptions?|carve[- ]?outs?))\b",
    ),
    (
        "a statute's heading: limits on enforcing immigration law prohibited",
        ("prohibited", "not permitted"),
        "restrictive",
        6,
        r"(?:limitations?|prohibitions?|restrictions?)(?: or (?:limitations?|prohibitions?|restrictions?))?"
        r" (?:on|of) (?:the )?(?:enforcement of (?:federal )?immigration laws?|immigration laws?|cooperation with"
        + G_SHORT
        + r"immigration)\W{0,3}(?:prohibited|not permitted)",
    ),
    (
        "protects data or privacy from immigration enforcement (caption)",
        ("privacy", "data protection"),
        "protective",
        3,
        r"(?:data protection|data privacy|privacy)\W{1,4}(?:[a-z]+\W{1,4}){0,3}immigra\w*",
    ),
    (
        "opposes an immigration enforcement program (Secure Communities, 287(g))",
        ("oppos",),
        "protective",
        4,
        r"oppos\w*"
        + gap_crossing_none(f"{DESCRIBED_BY_ITS_VERB}|{UNDOING}")
        + r"(?:secure communities|\bs-?comm\b|priority enforcement program|287\s*\(g\)"
        + r"|immigration enforcement programs?)",
    ),
    (
        "penalizes places or officials that decline or limit cooperation",
        (
            "withh",
            "den",
            "cut",
            "penal",
            "punish",
            "fine",
            "sanction",
            "forfeit",
            "remov",
            "liab",
            "disburs",
            "distribut",
            "payment",
            "award",
            "allocation",
            "bar",
            "ban",
            "prohibit",
        ),
        "restrictive",
        5,
        # "withholds state grants from cities that decline ICE detainers": what is punished is
        # the protective act named after "that"
        r"(?:withh\w+|den(?:y|ies|ied|ial)|cut(?:s|ting)?\b|penaliz\w*|punish\w*|fin(?:e|es|ing)\b"
        r"|sanction\w*|forfeit\w*|remov\w* from office|liab\w+"
        # the punishment named as a noun: "creating a criminal penalty for an agent or sworn
        # officer who refuses or fails to enforce …"
        r"|penalt(?:y|ies)\b"
        # "prohibits the disbursement of state funds to any municipality that adopts ..."
        r"|prohibit\w*(?:\s+on)?\s+(?:the\s+)?(?:disburs\w+|distribut\w+|payment|award\w*|allocation"
        r"|provision)\s+of\s+(?:(?:state|federal)\s+)?(?:funds|moneys|monies|grants?)"
        # "bars federal financial assistance for state or local jurisdictions that (1) restrict
        # compliance with immigration detainers": the money itself named as what is barred
        r"|(?:\bbar(?:s|red|ring)?|\bban(?:s|ned|ning)?|prohibit\w*)\s+(?:(?:any|all|the)\s+)?"
        r"(?:(?:federal|state|public)\s+)?(?:financial assistance|funds|funding|moneys|monies|grants?))"
        + G
        + r"(?:cit(?:y|ies)|count(?:y|ies)|jurisdictions?|localit\w+|municipalit\w+|officials?"
        r"|agenc\w+|entit\w+|political subdivisions?|sheriffs?|governments?"
        # ... or its officers: "an agent or sworn officer who refuses"
        r"|officers?|deputies|agents?)(?:\s+of\s+(?:a|the)\s+\w+)?"
        r"\s+(?:that|which|who)\s+(?:\(\w{1,4}\)\s+)?"
        # (not a breach of the limit: "civil penalties on officers who violate the prohibition
        # on 287(g) agreements")
        r"(?:(?!violat|breach|contraven)\w+\s+){0,2}?"
        r"(?:declin|refus|limit|prohibit|restrict|fail|do not|does not|adopt)\w*",
    ),
    (
        # its own row, behind its own rare words: "to require any State to reimburse the Federal
        # Government for costs ... caused by the State's refusal to cooperate with lawful Federal
        # immigration enforcement", "liable for damages caused by its refusal to cooperate"
        "makes a place pay for refusing to cooperate",
        ("liab", "reimburs"),
        "restrictive",
        5,
        # (not a reward: "reimburses counties that refuse to honor ICE detainers")
        r"(?:liab\w+|reimburs\w+\b(?!\s+" + GOV_ACTOR_GAP + r"(?:that|which|who|for\s+\w+ing)\s))"
        r"[^.;:|]{0,200}?\b(?:refus\w*|fail\w*|declin\w*) to (?:cooperat\w*"
        r"|comply|honor\w*)[^.;:|]{0,40}?(?:immigra|\b(?-i:ICE)\b|detainers?)",
    ),
    (
        # a refusal to cooperate shielded from punishment: DOMAIN.md's penalties for officials
        # who limit cooperation, barred (read before the rows that take "No officer who
        # declines to comply" for a bar on refusing, or "who declines … may be removed" for a
        # penalty)
        "shields from punishment those who refuse to cooperate",
        (*PUNISHED_PERSONALLY_TRIGGERS, "protect", "shield"),
        "protective",
        5,
        REFUSER_SHIELDED,
    ),
    (
        # ... and those who cooperate, the other way (2.79.0)
        "shields from punishment those who cooperate with immigration enforcement",
        (*PUNISHED_PERSONALLY_TRIGGERS, "protect", "shield"),
        "restrictive",
        5,
        COOPERATOR_SHIELDED,
    ),
    (
        # the limit named first, then condemned or punished, as a state's anti-sanctuary law
        # enforces its ban: "Any policy ... that limits the sharing of immigration status
        # information with federal authorities is void", "A municipality that limits cooperation
        # with ICE shall lose state shared revenue", "An officer who limits cooperation ... may
        # be removed from office" (not "... shall not lose funding", which protects the limit)
        "condemns or punishes a limit on cooperation named first",
        LIMIT_CONDEMNED_TRIGGERS,
        "restrictive",
        5,
        LIMIT_CONDEMNED
        # ... or a sanctuary act: "An official who adopts a sanctuary policy is guilty of a
        # misdemeanor"
        + r"|"
        + then_condemned(r"\b(?:who|that|which)\s+" + SANCTUARY_ACT),
    ),
    (
        # ... and help to enforcement named first, then punished: "An official who gives ICE
        # access to a county jail without a judicial warrant is guilty of a misdemeanor", "A
        # county that honors ICE detainers shall lose state funding" (DOMAIN.md: punishing help
        # to ICE limits it; not "… shall not lose funding", which the negation keeps out)
        "condemns or punishes help to immigration enforcement named first",
        LIMIT_CONDEMNED_TRIGGERS,
        "protective",
        5,
        then_condemned(r"\b(?:who|that|which)\s+" + ENFORCEMENT_ACT),
    ),
    # made liable for an act: "Makes sheriffs liable for damages for holding persons on
    # immigration detainers" (protective: punishing help limits it), "makes a city liable for
    # damages caused by releasing a person subject to a detainer" (restrictive) (2.78.0)
    (
        "makes a government liable for helping immigration enforcement",
        ("liable",),
        "protective",
        5,
        LIABLE_FOR + ENFORCEMENT_ACT,
    ),
    (
        "makes a government liable for what sanctuary places do",
        ("liable",),
        "restrictive",
        5,
        LIABLE_FOR + SANCTUARY_ACT,
    ),
    (
        # an agreement or contract for enforcement voided is one ended (DOMAIN.md: ending such
        # agreements is protective): "Any agreement that requires local police to enforce
        # immigration law is void", "Any 287(g) agreement entered into by a county … is void",
        # "Any contract under which a county detains persons for ICE is void" (not one that
        # limits cooperation, voided by a ban on sanctuary policies: the row above)
        "voids an agreement or contract for immigration enforcement",
        ("void", "unenforceable"),
        "protective",
        5,
        r"\b(?:agreements?|contracts?|memorand(?:um|a)(?:\s+of\s+(?:agreement|understanding))?"
        r"|(?-i:MOUs?|MOAs?))\b"
        + gap_crossing_none(_LIMIT_OR_NEGATION, reach=100)
        + r"(?:immigra\w*|\b(?-i:ICE)\b|287\s*\(g\)|detain\w*|customs)"
        + gap_crossing_none(_LIMIT_OR_NEGATION, reach=100)
        + VOIDED
        # ... the kind named first: "Any 287(g) agreement entered into … is void"
        + r"|(?:287\s*\(g\)|immigration(?:\s+enforcement)?|immigration\s+detention)\s+"
        r"(?:agreements?|contracts?)\b" + gap_crossing_none(_LIMIT_OR_NEGATION, reach=160) + VOIDED,
    ),
    (
        # ... or made the matter of a complaint the state hears: "Requires the attorney general to
        # investigate complaints that a local government limits cooperation with federal
        # immigration authorities", "a complaint alleging that a city has adopted a policy
        # limiting the enforcement of immigration laws"
        "hears complaints of a limit on cooperation",
        ("complain", "alleg", "investigat"),
        "restrictive",
        5,
        r"\b(?:complaints?|alleg\w+|investigat\w+)\s+(?:\w+\s+){0,3}?(?:that|whether)\s+"
        r"(?:[\w-]+\s+){1,6}?(?:(?:has|have|had)\s+)?(?:(?:adopt|enact|maint|implement)\w*\s+"
        r"(?:an?\s+|any\s+)?(?:\w+\s+){0,2}?(?:polic\w+|ordinances?|rules?|practices?)\s+(?:that\s+)?)?"
        + LIMIT_OF_COOPERATION,
    ),
    (
        "bars obstructing or interfering with immigration enforcement",
        OBSTRUCTING_TRIGGERS,
        "restrictive",
        5,
        # "prohibits obstruction of immigration laws by official interference": a duty not to
        # stand in enforcement's way, the opposite of a limit on cooperation
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|criminaliz\w*|penaliz\w*)\s+"
        r"(?:the\s+)?(?:obstruct\w*|interfer\w*|imped\w*|hinder\w*)\s+(?:\w+\s+){0,3}?"
        r"(?:(?:federal\s+)?immigration|\b(?-i:ICE)\b)"
        # ... a government or its officials named first (2.43.0)
        r"|" + OFFICIALS_BARRED_FROM_OBSTRUCTING,
    ),
    (
        "bars refusing or limiting cooperation",
        (
            "refus",
            "declin",
            "fail",
            "authority",
            "ability",
            "power",
            "from cooperat",
            "from assist",
            "from communicat",
            "from shar",
            "from comply",
            "from complian",
            "from exchang",
            "from send",
            "from receiv",
            "from maintain",
        ),
        "restrictive",
        5,
        # a negated refusal: "prohibits cities from refusing to share information with ICE";
        # "restricts the authority of local governments to limit cooperation"
        # (not across a second bar: "may not prohibit its officers from refusing to honor …"
        # lets them refuse)
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|may not|shall not|\bno\b)"
        + gap_without(r"\bprohibit|\bbar(?:s|red|ring)?\b|\bprevent|\bdiscourag", 40)
        + r"(?:refus|declin|fail)\w* to (?:\w+ ){0,3}?(?:cooperat|comply|honor|share|assist"
        r"|communicat|report|notify|enforce|enter|sign|renew)\w*"
        # "No city official may prohibit or restrict any city employee from cooperating with …"
        r"|\bno\b[^.;:|]{0,40}?\b(?:may|shall)\s+(?:prohibit|restrict|limit|prevent)\w*[^.;:|]{0,60}?"
        r"\bfrom\s+(?:cooperat|assist|communicat|shar|comply|complian|exchang|send|receiv|maintain)\w*"
        r"|(?:restrict\w*|limit\w*|prohibit\w*|preempt\w*|remov\w*|eliminat\w*)\s+(?:the\s+)?"
        r"(?:authority|ability|power|discretion)\s+of\s+(?:\w+\s+){1,4}?to\s+"
        r"(?:limit|restrict|prohibit|bar|decline|refuse)\w*",
    ),
    (
        # ... and the same bar on barring what a sanctuary place does keeps its side: "No local
        # entity shall prohibit its employees from refusing to honor ICE detainers", "may not
        # prohibit a city from adopting sanctuary policies" (read before the row below, which
        # would take "honor ICE detainers" for the act)
        "bars a government from barring what sanctuary places do",
        BARS_BARRING_TRIGGERS,
        "protective",
        5,
        _BARRING + _LIMIT_VERBS + r"[^.;:|]{0,120}?\bfrom\s+" + SANCTUARY_ACT,
    ),
    (
        # the anti-sanctuary statutes' own sentence, a bar on barring: "A local entity may not
        # prohibit or materially limit a peace officer from inquiring into the immigration status
        # of a person under arrest", "No local governmental entity shall limit or restrict the
        # enforcement of federal immigration laws", "may not restrict the ability of its officers
        # to communicate with ICE" (read before the rows that take "may not" alone for a limit)
        "bars a government from limiting immigration enforcement",
        BARS_BARRING_TRIGGERS,
        "restrictive",
        5,
        _BARRING + _LIMITS_ENFORCEMENT,
    ),
    # a government named, then what it is barred from, penalized for or told to do (BARRED,
    # TOLD): the side is the act's, turned over when the act is barred
    # punished or rewarded in the words of money, penalties and suits ("withholds state funds
    # from cities that honor ICE detainers", "provides grants to counties that enter into
    # 287(g) agreements"): the act turned over, or kept; rows of their own, behind rarer words
    (
        "punishes a government for what sanctuary places do",
        SANCTION_TRIGGERS,
        "restrictive",
        5,
        PUNISHED + SANCTUARY_ACT + REST,
    ),
    (
        "punishes a government for helping immigration enforcement",
        SANCTION_TRIGGERS,
        "protective",
        4,
        PUNISHED + ENFORCEMENT_ACT + REST,
    ),
    (
        # the punishment first, the act after "if": "to prohibit a State or local government from
        # receiving Federal financial assistance … if such State or local government restricts or
        # prohibits a … official from sending to … Federal immigration authorities information …"
        "punishes a government if it limits immigration enforcement",
        ("if such", "if the", "if that", "if any", "if a", "if an", "if they", "if it"),
        "restrictive",
        5,
        r"(?:"
        + BARS_FROM
        + ACTOR_GAP
        + r"from\s+(?:receiv|obtain|accept)\w*|(?:withh[oe]ld\w*|den(?:y|ies|ied|ying)|cut\w*\s+off"
        r"|reduc\w*|terminat\w*|suspen\w*)\s+"
        + _MONEY
        # "limit the eligibility of States and localities for Federal grants if they …"
        + r"|(?:restrict|limit|revok|terminat|narrow|condition)\w*\s+(?:the\s+)?eligibility\s+of"
        + r")[^.;:|]{0,160}?\bif\s+(?:(?:such|the|that|any|an?)\s+(?:[\w,'’-]+\s+){0,6}?|they\s+|it\s+)"
        + _LIMITS_ENFORCEMENT,
    ),
    (
        # money limited "to" places that do what sanctuary places do is taken from them (not kept
        # for them alone, as "limits grants to counties that honor detainers" is)
        "limits money to places that do what sanctuary places do",
        ("limit", "restrict"),
        "restrictive",
        5,
        # (what they do said by its verb, as the rows above that withhold money say it)
        r"\b(?:restrict|limit)\w*\s+"
        + _MONEY
        + r"\s+to\s+"
        + GOV_NAMED
        + r"(?:\w+\s+){0,2}?(?:declin|refus|limit|prohibit|restrict|fail|do\s+not|does\s+not)\w*"
        + REST,
    ),
    (
        # money made to wait on cooperation: "to condition grants on compliance with Federal
        # immigration law", "conditions the receipt of Federal law enforcement grants on
        # cooperation with Federal immigration enforcement" (the act it waits on is the one the
        # bill wants)
        "conditions money on helping immigration enforcement",
        ("condition",),
        "restrictive",
        4,
        r"\bcondition(?:s|ed|ing)?\s+(?:the\s+)?(?:(?:receipt|award|payment|disbursement)\s+of\s+"
        r"|eligibility\s+for\s+)?"
        + _MONEY
        # (not "on a policy limiting cooperation")
        + r"\s+(?:up)?on\s+(?:(?!limit|restrict|prohibit|bar\b|barring|end|refus|declin)[\w'’-]+\s+){0,3}?"
        r"(?:complian\w*|compl(?:y|ying)|cooperat\w*|assist\w*"
        r"|honou?r\w*|participat\w*)\b[^.;:|]{0,60}?(?:immigra|\b(?-i:ICE)\b|detainers?|287\s*\(g\))",
    ),
    (
        # the agency made to pay for the hold, as the Trust Acts set it (DOMAIN.md: "ICE pays the
        # cost"): "Requires ICE to reimburse the county for the costs of holding persons on
        # detainers" is a condition, not a duty to hold (2.79.0; the state paying counties back
        # is a reward: "pays back the costs of helping immigration enforcement"). Before the
        # rewards, which start at the same "Requires": "Requires ICE to reimburse the county for
        # holding persons on immigration holds" is no reward to the county (2.80.0)
        "makes the agency pay for holding people for it",
        ("reimburs", "pay", "bear", "cover"),
        "protective",
        4,
        r"(?:requir\w*|mandat\w*|shall|must)\s+(?:the\s+)?(?:(?:u\.?s\.?|federal)\s+)?(?:"
        + ICE_AGENCY
        + r"|federal\s+government|united\s+states)\s+(?:to\s+)?(?:reimburs|pay|bear|cover)\w*\s+"
        # (a hold on a detainer, not detention the agency buys: "requires ICE to pay the county
        # $80 per day for the detention of federal detainees" is a detention contract)
        r"[^.;:|]{0,80}?(?:detainers?\b|holds?\b|holding\s+(?:\w+\s+){0,3}?(?:on|under|pursuant\s+to)\b)",
    ),
    (
        # the agents let use a place's rooms or grounds: "Allows ICE to use a room in the jail",
        # "Authorizes ICE to use the county fairgrounds as a staging area" (restrictive; a bar on
        # allowing it starts earlier and is read first; 2.80.0)
        "lets immigration agents use a place's rooms or grounds",
        ("allow", "let", "permit", "authoriz"),
        "restrictive",
        3,
        r"(?<!not )(?<!never )\b(?:allow|let|permit|authoriz)\w*\s+(?:" + AGENTS_USE_SPACE + r")",
    ),
    (
        "rewards a government for what sanctuary places do",
        REWARD_TRIGGERS,
        "protective",
        4,
        REWARDED + SANCTUARY_ACT + NOT_UNDONE,
    ),
    (
        "rewards a government for helping immigration enforcement",
        REWARD_TRIGGERS,
        "restrictive",
        4,
        REWARDED + ENFORCEMENT_ACT + NOT_UNDONE + NO_CONDITION,
    ),
    (
        "bars or penalizes a government for what sanctuary places do",
        (*BARRED_TRIGGERS, "mak"),
        "restrictive",
        5,
        BARRED
        + SANCTUARY_ACT
        + REST
        # "makes cities that decline detainer requests ineligible for state grants"
        + r"|\bmak\w*\s+"
        + ACTOR_GAP
        + r"(?:that|which|who)\s+"
        + SANCTUARY_ACT
        + r"[^.;:|]{0,80}?\b(?:ineligib|disqualif|liab)\w*"
        + REST,
    ),
    (
        "tells or lets a government do what sanctuary places do",
        (*TOLD_TRIGGERS, "may"),
        "protective",
        4,
        # "Counties may decline detainer requests": leave to do it, as "allows counties to"
        r"(?:" + TOLD + r"|" + CLAUSE_ACTOR + r"may\s+(?!not\b))" + SANCTUARY_ACT + NOT_UNDONE,
    ),
    (
        # the list of offenses a condition names, widened or narrowed (LIST_WIDENED,
        # LIST_NARROWED); before the rows of a government told, as the hold rows
        "widens the offenses for which a jail may cooperate with immigration authorities",
        ("offens", "offenc", "crimes", "convictions", "charges", "felonies", "misdemeanors"),
        "restrictive",
        4,
        LIST_WIDENED,
    ),
    (
        "narrows the offenses for which a jail may cooperate with immigration authorities",
        ("offens", "offenc", "crimes", "convictions", "charges", "felonies", "misdemeanors"),
        "protective",
        4,
        LIST_NARROWED,
    ),
    (
        # how long a person may be held on a detainer: shorter limits it, longer extends it.
        # Before the rows of a government told: "Reduces the time the county jail may hold a
        # person on an ICE detainer" names the jail in the clause the verb shortens
        "shortens holds on immigration detainers",
        ("time", "period", "length", "duration", "hours"),
        "protective",
        4,
        r"\b(?:reduc|shorten|cap|lower|decreas|limit)\w*" + HOLD_TIME_ON_A_DETAINER,
    ),
    (
        "lengthens holds on immigration detainers",
        ("time", "period", "length", "duration", "hours"),
        "restrictive",
        4,
        r"\b(?:extend|lengthen|increas|doubl)\w*" + HOLD_TIME_ON_A_DETAINER,
    ),
    (
        # a government's own decision named as a noun (DECIDED_NOT, DECIDED): its own rows,
        # behind the nouns, so the long rows above do not try it at every word
        "a government's decision not to help immigration enforcement, or to do what sanctuary"
        " places do",
        DECISION_TRIGGERS,
        "protective",
        4,
        DECIDED_NOT + ENFORCEMENT_ACT + REST + r"|" + DECIDED + SANCTUARY_ACT + NOT_UNDONE,
    ),
    (
        "a government's decision to help immigration enforcement, or not to do what sanctuary"
        " places do",
        DECISION_TRIGGERS,
        "restrictive",
        4,
        DECIDED
        + ENFORCEMENT_ACT
        + NOT_UNDONE
        + NO_CONDITION
        + r"|"
        + DECIDED_NOT
        + SANCTUARY_ACT
        + REST,
    ),
    (
        "bars a government from helping immigration enforcement",
        BARRED_TRIGGERS,
        "protective",
        4,
        BARRED + ENFORCEMENT_ACT + REST,
    ),
    # a jail paid back for helping: "Allows sheriffs to seek reimbursement from the state for costs
    # of complying with immigration detainers" (not a bar on paying it back: "prohibits the state
    # from reimbursing …")
    (
        "pays back the costs of helping immigration enforcement",
        ("reimburs", "recover", "repay", "compensat", "pays ", "paid ", "paying "),
        "restrictive",
        4,
        r"(?<!from )\b(?:reimburs\w*|recover\w*|repay\w*)"
        + G
        + r"\bcosts?\s+(?:of|for|incurred\s+(?:in|by|for))\s+"
        + ENFORCEMENT_ACT
        # ... or the pay of the officers who do it, or the costs of a tool of it: "permit
        # reimbursements for the cost of salaries and overtime pay for employees of States
        # performing the functions of immigration officers", "reimburses counties for the costs
        # of 287(g) agreements", "pays counties for the overtime costs of deputies who assist ICE"
        + r"|(?<!from )\b(?:reimburs\w*|repay\w*|compensat\w*|pa(?:ys|id|ying)\s+(?:[\w'’-]+\s+){0,3}?for)"
        + gap_without()
        + r"\b(?:costs?|expenses?|salar(?:y|ies)|overtime|wages?)\b"
        + gap_without(reach=60)
        + r"\b(?:of|for|incurred\s+(?:in|by|for))\s+(?:the\s+|their\s+|its\s+)?"
        r"(?:(?:deputies|officers|employees|personnel|staff|agents)\b[^.;:|]{0,30}?"
        r"(?:\s(?:who|that)\s+(?:are\s+|is\s+)?)?)?"
        + r"(?:"
        + ENFORCEMENT_ACT
        + r"|"
        + ENFORCEMENT_TOOL
        + r")"
        # ... the tool named before its costs: "reimburse sheriffs for 287(g) training costs"
        + r"|(?<!from )\b(?:reimburs\w*|repay\w*|compensat\w*)"
        + gap_without(reach=60)
        + r"\bfor\s+(?:the\s+|their\s+|its\s+)?"
        + ENFORCEMENT_TOOL
        + r"(?:\s+[\w-]+){0,2}?\s+(?:costs?|expenses?)\b",
    ),
    # a case in court opposed: "opposing the federal lawsuit against the city's welcoming
    # ordinance" backs the ordinance; "condemning the lawsuit against the 287(g) program" backs
    # the program (backing a case: TAKES_TO_COURT)
    (
        "opposes a case in court against a sanctuary law",
        ("suit", "litigation", "challeng"),
        "protective",
        6,
        OPPOSES_A_CASE + OBJECT_GAP + SANCTUARY_POLICY,
    ),
    (
        "opposes a case in court against a tool of enforcement or a ban on sanctuary",
        ("suit", "litigation", "challeng"),
        "restrictive",
        6,
        OPPOSES_A_CASE
        + OBJECT_GAP
        + r"(?:"
        + ENFORCEMENT_TOOL
        + r"|(?:[\w'’-]+\s+){0,2}?(?:bans?|prohibitions?)\s+on\s+sanctuary|anti-?sanctuary)",
    ),
    # a government praised or blamed for an act: praise keeps the act's side, blame turns it
    (
        "praises a government for what sanctuary places do",
        PRAISE_TRIGGERS,
        "protective",
        5,
        PRAISED_FOR + SANCTUARY_ACT + REST,
    ),
    (
        "praises a government for helping immigration enforcement",
        PRAISE_TRIGGERS,
        "restrictive",
        5,
        PRAISED_FOR + ENFORCEMENT_ACT + REST,
    ),
    (
        "blames a government for what sanctuary places do",
        BLAME_TRIGGERS,
        "restrictive",
        5,
        BLAMED_FOR + SANCTUARY_ACT + REST,
    ),
    (
        "blames a government for helping immigration enforcement",
        BLAME_TRIGGERS,
        "protective",
        5,
        BLAMED_FOR + ENFORCEMENT_ACT + REST,
    ),
    (
        "tells or lets a government help immigration enforcement",
        TOLD_TRIGGERS,
        "restrictive",
        4,
        TOLD + ENFORCEMENT_ACT + NOT_UNDONE + NO_CONDITION,
    ),
    (
        # a caption whose subject is immigration law enforced by local governments: "Relating to
        # the enforcement by certain governmental entities of state and federal laws governing
        # immigration" (Texas's ban on sanctuary policies); a lean, as it names no act (not "limits
        # on" or "prohibiting" that enforcement)
        "names local governments as enforcers of immigration law",
        ("enforcement by",),
        "restrictive",
        1,
        r"(?<!on )(?<!on the )(?<!ing )(?<!ing the )\benforcement\s+by\s+(?:[\w-]+\s+){0,8}?"
        r"(?:entities|governments|agencies|police(?:\s+departments)?|departments|officers|localities"
        r"|counties|municipalities|cities)\s+of\s+(?:state\s+and\s+)?(?:federal\s+)?"
        r"(?:laws?\s+governing\s+immigration|immigration\s+laws?)",
    ),
    (
        "bars local laws that limit cooperation",
        ("prohibit", "bar", "ban", "preempt"),
        "restrictive",
        5,
        # "prohibiting local legislation that prevents officials from cooperating with federal
        # officials": a ban on the local laws that limit cooperation
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|preempt\w*)"
        + G_SHORT
        + r"(?:legislation|ordinances?|laws?|polic(?:y|ies)|resolutions?|rules?|regulations?)\s+"
        r"(?:that|which)\s+(?:\w+\s+){0,2}?(?:prevent|prohibit|limit|restrict|bar)\w*"
        + G
        + r"(?:cooperat|communicat|comply|complian|honor|assist|enforc)\w*",
    ),
    (
        "permits holding people on detainers without a warrant",
        ("without",),
        "restrictive",
        4,
        r"(?:authoriz\w*|allow\w*|permit\w*|\bmay\b|requir\w*|shall|must)"
        + G_POS
        + r"(?:honor|hold|detain|comply|transfer)\w*"
        + G
        + r"without (?:a |an )?(?:signed )?(?:judicial |criminal |court )?(?:warrant|court order|order)",
    ),
    (
        # what passes between police and immigration agents kept on record or reported to the
        # public (the TRUTH Act's and the Trust Acts' reporting duties): "report any communication
        # with federal immigration authorities to the Attorney General", "document each request
        # from ICE and the jail's response" (not a report *to* ICE, which is cooperation)
        "records or reports requests from and contacts with immigration agents",
        ("report", "document", "record", "track", "log", "publish", "disclos"),
        "protective",
        3,
        # (a duty, from its verb, as the public-step row below; not "receive a report on
        # interactions with ICE", which informs and takes no side)
        r"(?:\b(?:requir|mandat|direct)\w*\s+(?:[\w'’-]+\s+){0,8}?|\b(?:shall|must)\s+(?:\w+\s+){0,2}?)"
        r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)"
        r"\b(?:report|document|record|track|log|publish|disclos)\w*\s+(?:[\w'’-]+\s+){0,5}?"
        r"(?:requests?|communications?|contacts?|interactions?|detainers?|notifications?)\s+"
        r"(?:from|with|by|of)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?"
        + AGENTS_ADMITTED
        + r"(?![^.;:|]{0,30}?\bto\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?"
        + AGENTS_ADMITTED
        + r")"
        # ... and the cooperation the record must come before, which is the condition's
        + r"(?:[^.;:|]{0,20}?\b(?:before|prior\s+to)\s+"
        + _COOPERATION_GIVEN
        + r")?",
    ),
    (
        # DOMAIN.md: a condition added before cooperation is protective. Here the condition is a
        # public step (the TRUTH Act's "Before any ICE access is provided to an individual, the
        # local governing body shall hold a community forum"), an agreement with ICE made public
        # or approved by elected officials, or a warrant before data is handed over
        "sets a public step or a warrant before cooperation",
        (
            "forum",
            "hearing",
            "meeting",
            "public",
            "approv",
            "ratif",
            "vote",
            "warrant",
            "court order",
            "subpoena",
        ),
        "protective",
        4,
        # (from the duty's verb, so that the rows reading a duty to tell or to agree do not take
        # the clause first)
        r"(?:\b(?:requir|mandat)\w*\s+(?:[\w'’-]+\s+){0,8}?)?(?:"
        r"(?:"
        + _PUBLIC_STEP
        + r")[^.;:|]{0,80}?\b(?:before|prior\s+to)\s+"
        + _COOPERATION_GIVEN
        + r"|\b(?:before|prior\s+to)\s+"
        + _COOPERATION_GIVEN
        + r"[^.;:|]{0,100}?(?:"
        + _PUBLIC_STEP
        + r")"
        # "any agreement with ICE shall be made public and approved by the county board"
        + r"|(?:agreements?|memorand(?:um|a)\s+of\s+(?:understanding|agreement)|contracts?|\bmous?\b)"
        r"\s+(?:with|between)\s+[^.;:|]{0,60}?"
        + _COOPERATION_PARTY
        + r"[^.;:|]{0,60}?\b(?:be|is|are)\s+(?:first\s+)?(?:made\s+public|published|posted|approved"
        r"|ratified|subject\s+to\s+(?:the\s+)?(?:prior\s+)?(?:approval|ratification|public|a\s+(?:public\s+)?"
        r"(?:hearing|vote)))"
        # "obtain a warrant before disclosing personal information to federal immigration
        # authorities"
        r"|(?:warrants?|court\s+orders?|subpoenas?)\s+(?:\w+\s+){0,3}?(?:before|prior\s+to)\s+"
        r"(?:[\w'’-]+\s+){0,4}?(?:disclos|shar|provid|releas|transmit|giv|turn)\w*[^.;:|]{0,80}?"
        + _COOPERATION_PARTY
        + r")",
    ),
    (
        # let in or to interview only on a condition: "Allows ICE to interview persons in
        # custody only with their written consent" (DOMAIN.md: interview consent; a condition
        # added is protective)
        "lets immigration agents in or interview people only with consent or a warrant",
        ("allow", "permit", "grant", "authoriz", "giv", "provid", "admit", "let"),
        "protective",
        4,
        r"(?:" + AGENTS_LET_IN + r"|" + AGENTS_LET_INTO_PLACE + r")" + ONLY_ON_A_CONDITION,
    ),
    (
        # agents let in only as the clause before a condition the main clause sets (the TRUTH
        # Act's shape): "Before allowing ICE to interview an individual in custody, the agency
        # shall provide the individual with a written consent form", "If the agency allows ICE to
        # interview a person, it shall first obtain the person's written consent"
        "conditions before agents are let in",
        ("before", "prior to", "if ", "when"),
        "protective",
        4,
        r"\b(?:before|prior\s+to|if|when|whenever)\s+(?:(?:the|an?|any|its)\s+[\w'’-]+\s+)?"
        r"(?:allow|permit|grant|authoriz|giv|provid)\w*\s+(?:the\s+)?"
        + AGENTS_ADMITTED
        # (not "…, no consent is required", "… without the person's consent")
        + r"(?:(?!without|\bno\b|\bnot\b)[^.;|]){0,200}?\b(?:consent\w*|notif\w*|inform\w*|right\s+to\s+(?:decline"
        r"|refuse|counsel|an?\s+attorney)"
        r"|attorney|judicial\s+warrant|copy\s+of)",
    ),
    (
        # ... and kept out: "keeps ICE agents out of county jails", "excludes immigration officers
        # from city property" (2.62.0)
        "keeps immigration agents out of jails, schools or other places",
        ("bar", "ban", "prohibit", "exclud", "keep", "kept", "block", "prevent"),
        "protective",
        3,
        AGENTS_BARRED_FROM_PLACE,
    ),
    (
        "lets immigration agents into jails or to interview people in custody",
        ("allow", "permit", "grant", "authoriz", "giv", "provid", "admit", "let"),
        "restrictive",
        3,
        # ... or into a place: "Allows ICE agents on campus", "… into the county jail"
        AGENTS_LET_IN + r"|" + AGENTS_LET_INTO_PLACE,
    ),
    (
        "opposes immigration detention centers or contracts",
        ("oppos",),
        "protective",
        4,
        r"oppos\w*"
        + gap_crossing_none(UNDOING)
        + r"(?:immigration detention|(?:detention|processing) (?:centers?|facilit\w+)"
        + r"[^.;:|]{0,40}?immigra\w+|(?:contracts?|agreements?) with "
        + ICE_AGENCY
        + r")",
    ),
    (
        "standards for responding to immigration holds",
        ("hold", "detainer"),
        "protective",
        4,
        r"(?:standards?|procedures?|criteria|requirements?) for respond\w* to"
        + G_SHORT
        + r"(?:immigration )?(?:holds?|detainers?)",
    ),
    (
        "repeals limits on disclosing immigration records",
        ("repeal",),
        "restrictive",
        5,
        r"repeal\w*[^.;:|]{0,200}?(?:felony|crime|offen[cs]e|prohibit\w*|confidential\w*|protections?)"
        r"[^.;:|]{0,60}?disclos\w*"
        r"|repeal\w*[^.;:|]{0,60}?disclos\w*[^.;:|]{0,120}?(?:felony|crime|offen[cs]e|confidential\w*)",
    ),
    (
        "keeps local government separate from immigration enforcement",
        ("separat", "disentangl"),
        "protective",
        4,
        r"(?:separat\w+|disentangl\w+)"
        + G
        + r"(?:immigration enforcement|enforcement of (?:federal )?(?:civil )?immigration laws?)",
    ),
    (
        "excludes help with immigration enforcement from a program's allowed uses",
        ("exclud",),
        "protective",
        4,
        r"exclud\w*"
        + G_SHORT
        + r"(?:assist\w*|cooperat\w*|support\w*|use\w* (?:for|in))"
        + G_SHORT
        + r"(?:federal )?(?:civil )?immigration enforcement",
    ),
    (
        "opposes laws that make local police enforce immigration law",
        ("oppos",),
        "protective",
        5,
        r"oppos\w*"
        + gap_crossing_none(UNDOING)
        + r"(?:legislation|bills?|acts?|laws?|measures?|proposals?)"
        + G
        + r"(?:call\w* for|requir\w*|mandat\w*|forc\w*|compel\w*|direct\w*|authoriz\w*)"
        + G
        + r"(?:state and local|local|state|county|city) (?:police|law enforcement|officers|agencies|governments?)"
        + G
        + r"enforc\w*"
        + G_SHORT
        + r"immigration",
    ),
    (
        "patients', students' or tenants' rights against immigration enforcement",
        # (its policies and protocols too: the grid's "Requires day care facilities to adopt
        # policies limiting access by immigration enforcement officers" was hidden, 2.43.0)
        # (the words its pattern names, not "polic", which every "police" holds)
        ("rights", "obligations", "policies", "protocols"),
        "protective",
        4,
        r"(?:requir\w*|establish\w*|adopt\w*)"
        + G_SHORT
        + r"(?:health ?care|hospitals?|schools?|clinics?|facilit\w+|landlords?|employers?)"
        + G
        + r"(?:rights|obligations|policies|protocols)"
        + G
        + r"(?:civil )?immigration enforcement"
        r"|(?:patient|student|tenant|worker|employee)s?'? rights"
        + G
        + r"(?:civil )?immigration enforcement",
    ),
    (
        "bans accepting or funding identification issued to people without status",
        ("identification",),
        "restrictive",
        5,
        r"(?:accept\w*|fund\w*|issu\w*|recogni\w*)"
        + G
        + r"identification"
        + G
        + r"(?:unlawfully present|not lawfully present|illegal aliens?|undocumented)"
        + r"[^.:|]{0,90}?"  # a caption's clauses: "...; creating a criminal offense"
        + r"(?:criminal offen[cs]e|penalt\w*|prohibit\w*)"
        r"|(?:prohibit\w*|\bban(?:s|ned|ning)?\b|restrict\w*)"
        + G_SHORT
        + r"(?:accept\w*|fund\w*|issu\w*|recogni\w*)"
        + G
        + r"identification"
        + G
        + r"(?:unlawfully present|not lawfully present|illegal aliens?|undocumented)",
    ),
    (
        "denies state funds to local entities in an enforcement bill",
        ("denial", "deny", "denies", "withh", "loss of"),
        "restrictive",
        3,
        r"(?:denial|withholding|loss|forfeiture) of (?:state )?(?:funds|funding|grants?|moneys|monies)"
        + r" (?:to|for) (?:certain )?(?:entities|local (?:governments?|entities)|jurisdictions|political subdivisions|municipalities)"
        + r"(?!\s+that (?:cooperat|enter|participat|assist|honor))",
    ),
    (
        "conditions before honoring a detainer",
        ("detainer",),
        "protective",
        4,
        r"(?:requirements?|conditions?|criteria|standards?|procedures?) (?:for|before|on|governing)"
        + G
        + r"honor\w*"
        + G_SHORT
        + r"(?:\w+\s+){0,3}detainers?",
    ),
    (
        "requires an official's approval before honoring a detainer",
        ("detainer",),
        "protective",
        5,
        r"requir\w*"
        + G_SHORT
        + r"(?:approval|authori[sz]ation|consent|permission|sign-?off)"
        + G
        + r"(?:to|before)"
        + G_SHORT
        + r"(?:honor\w*|comply\w*|complian\w+)"
        + G_SHORT
        + r"detainers?",
    ),
    (
        "notice of a detainer to the person held or their lawyer",
        ("notice", "notif"),
        "protective",
        4,
        r"(?:requir\w*|shall|must|provid\w*|giv\w*)"
        + G_SHORT
        # (not "notify ICE of release dates …": ICE is the one told); or the request itself
        # handed over: "provide a copy of the request to the individual" (the TRUTH Act's)
        + r"(?:notice|notif\w*|cop(?:y|ies)\s+of\s+(?:the\s+|any\s+|such\s+|each\s+)?"
        r"(?:(?-i:ICE)\s+|immigration\s+)?(?:(?:hold|detainer|notification|transfer)\s+)?"
        r"(?:requests?|detainers?|holds?))\b(?!\s+(?-i:ICE)\b)"
        + gap_crossing_none(
            r"\bto (?:the )?(?:u\.?s\.? )?(?:immigration|(?-i:ICE)|federal|customs|department of homeland)"
        )
        # ("notice to a person in custody")
        + r"\bto (?:the |their |his or her |an? |any |each |every )?(?:implicated |affected )?"
        r"(?:subject|person|individual|inmate|detainee|attorney|counsel|lawyer)s?\b",
    ),
    (
        "opposes a sanctuary, trust or values law",
        ("oppos",),
        "restrictive",
        6,
        r"oppos\w*"
        # a bill's number and its name: "opposing Senate Bill 54: \"The California Values Act\"";
        # not across a turn to what the measure backs ("opposing Senate Bill 4 and supporting the
        # city's Welcoming City policy")
        + r"(?:"
        + gap_crossing_none(f"{TURNS_TO_BACKING}|{DESCRIBED_BY_ITS_VERB}|{UNDOING}")
        # (the name in the same part: not across a caption's end into its summary)
        + r"|[^.;|]{0,40}?\b(?:bill|SB|AB|HB)\W*\d+[^\w|]{1,4}"
        + gap_crossing_none(f"{TURNS_TO_BACKING}|{DESCRIBED_BY_ITS_VERB}|{UNDOING}", reach=40)
        + r")"
        + r"(?:values act|trust act|(?<!anti-)(?<!anti )sanctuary (?:state|law|bill|act|polic\w+|status)|welcoming (?:city|county|act|ordinance))",
    ),
    (
        "opposes an anti-sanctuary law, 287(g) or state enforcement",
        ("oppos",),
        "protective",
        6,
        r"oppos\w*"
        + gap_crossing_none(f"{DESCRIBED_BY_ITS_VERB}|{UNDOING}")
        + r"(?:anti-?sanctuary|287\s*\(g\)|\bban(?:s|ned|ning)?\b on sanctuary|show me your papers|state immigration enforcement|illegal entry|mandat\w* cooperation)",
    ),
    (
        "repeals a limit on helping immigration enforcement",
        ("repeal",),
        "restrictive",
        5,
        r"repeal\w*"
        + G_SHORT
        # nor a ban on funding the places that limit it ("repeals the prohibition on the
        # disbursement of state funds to municipalities that limit cooperation")
        + r"(?:ban|prohibition|limits?|limitations?|restrictions?) on "
        + r"(?![^.;|]{0,40}(?:sanctuar|funds|funding|grants?|moneys|monies|disburs))"
        + G
        + r"(?:enforc|cooperat|detainer|inquir|assist)\w*"
        + REST,
    ),
    (
        "bars limits on reporting to, sharing with or helping immigration authorities",
        ("prohibit", "bar", "ban", "preempt"),
        "restrictive",
        5,
        # and on honoring detainers or enforcing immigration law: "prohibiting limits on honoring
        # immigration detainers", "prohibiting limitations on the enforcement of immigration laws"
        # (not across "and": "bars 287(g) agreements and limits information sharing" is two acts)
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|preempt\w*)"
        # ("state and local limitations" is one maker of them; not a bar on acts against those
        # who limit: "bars complaints against cities that limit cooperation" lifts a punishment)
        + gap_without(r"\band\b(?!\s+local\b)|\bagainst\b", 40)
        + r"(?:restrictions?|restricting|limits?|limiting|limitations?)"
        + G
        + r"(?:report\w*|shar\w+|communicat\w*|cooperat\w*|exchang\w*|honor\w*|complian\w*"
        + r"|comply\w*|enforc\w*\s+(?:\w+\s+){0,3}?immigration"
        # ... the thing itself named: "prohibits the restriction of immigration enforcement by
        # local governments", "prohibits state and local limitations on immigration detainers"
        + r"|immigration\s+enforcement|(?:immigration|\b(?-i:ICE))\s+detainers?)"
        + REST,
    ),
    (
        "exception from duties to assist immigration enforcement",
        ("exception", "exempt"),
        "protective",
        5,
        r"(?:exceptions?|exemptions?|exempt\w*) (?:from|to)"
        + G_SHORT
        + r"(?:requirements?|dut(?:y|ies)|obligations?|mandates?)"
        + G
        + r"(?:assist|cooperat|comply|complian|honor)\w*"
        # exempted from the help itself: "exempts school districts from cooperating with ICE",
        # "exempts the county from compliance with immigration detainers" (not "from the
        # prohibition on sharing ...", which the words between keep out)
        + r"|(?:exemptions?|exempt\w*)\s+(?:\w+\s+){0,4}?from\s+(?:(?:the|any|all)\s+)?"
        + r"(?:(?:cooperat|comply|complian|honor|shar|report|notif|assist|participat)\w*"
        + G
        + r"(?:immigra|\b(?-i:ICE)\b|detainer|287|customs)|immigration status (?:checks?|verification"
        + r"|inquir\w+))",
    ),
    (
        "rejects the sanctuary label or status",
        ("reject", "renounc", "disavow"),
        "restrictive",
        5,
        r"(?:reject\w*|renounc\w*|disavow\w*)"
        + G_SHORT
        + r"(?:labels?|designations?|status)"
        + G_SHORT
        + r"sanctuary",
    ),
    (
        "challenges a ban on sanctuary cities in court",
        ("challeng", "litigation", "lawsuit", "oppos"),
        "protective",
        5,
        r"(?:challeng\w*|litigation|lawsuits?|oppos\w*)"
        # (not an act for them: "opposing the Protect Sanctuary Cities Act")
        + gap_crossing_none(r"protect|expan|restor|preserv|defend|support")
        + r"(?:sanctuary cit(?:y|ies) (?:bill|law|ban|act)|anti-?sanctuary)",
    ),
    (
        "authorizes agreements to enforce immigration law",
        ("agreement", "memorand", "mou"),
        "restrictive",
        4,
        r"(?:may|authoriz\w*|allow\w*|permit\w*)"
        + G_SHORT
        + r"enter\w* into"
        + G_SHORT
        + r"(?:agreements?|memorand\w+ of understanding|\bmous?\b)"
        + G
        + r"(?:enforc\w*|immigration)"
        # a caption: "Immigration agreement; requesting Governor to enter into."
        + r"|immigration (?:enforcement )?agreements?\W{1,3}(?:\w+\s+){0,4}?(?:to )?enter\w* into",
    ),
    (
        "declares itself not a sanctuary",
        ("sanctuar",),
        "restrictive",
        5,
        r"(?:\bnot|\bnever|no longer|non)[- ](?:be )?(?:an? )?sanctuary(?: (?:county|city|jurisdiction|state|town|village))?",
    ),
    (
        "challenges a law that forces local governments to enforce immigration law",
        ("challeng", "oppos", "lawsuit", "litigation", "repeal"),
        "protective",
        5,
        r"(?:challeng\w*|oppos\w*|lawsuits?|litigation)"
        + G
        + r"(?:forces?|forcing|requir\w+|compel\w*|mandat\w*)"
        + G_SHORT
        + r"(?:cities|counties|local governments?|municipalities|localities)",
    ),
    (
        "enters an agreement, partnership or detention contract with immigration authorities",
        ("agreement", "partnership", "memorand", "igsa", "intergovernmental service", "accept"),
        "restrictive",
        4,
        # "(prohibits X) from entering into … agreements" bars them: see "bars agreements with
        # immigration authorities"
        # "the County Executive" executes nothing; "directing X to terminate the agreement"
        # ends it (see "rescinds or ends an agreement or cooperation with ICE")
        r"(?<!not )(?<!from )(?:approv\w*|authoriz\w*|execut(?:e|es|ed|ing|ion)\b|enter\w*|renew\w*"
        r"|extend\w*|continu\w*"
        + NOT_A_MEETING_CONTINUED
        + r")"
        + gap_without(r"terminat|rescind|cancel|withdraw|\bend(?:s|ing)?\b|" + UNDOING)
        + r"(?:(?:intergovernmental service agreements?|igsas?\b|memorandum of (?:agreement|understanding)"
        r"|partnership|agreements?)"
        + G
        + ICE_AGENCY
        # ... the agreement that can only be for detention, by what it holds: "renew the
        # Intergovernmental Service Agreement for the detention of aliens"
        + r"|(?:intergovernmental service agreements?|igsas?\b)\s+(?:for|to)\s+(?:the\s+)?"
        r"(?:detention|detain|hous|hold)\w*\s+(?:of\s+)?(?:aliens|immigration\s+detainees|immigrants"
        r"|noncitizens))"
        # money taken for holding people for ICE: "accept funding from Immigration and Customs
        # Enforcement for the housing of detainees"
        + r"|\baccept\w*\s+(?:\w+\s+)?(?:funding|funds|payments?|revenues?|reimbursements?)\s+from\s+"
        r"(?:the\s+)?(?:u\.?s\.?\s+)?"
        + ICE_AGENCY
        + r"\s+for\s+(?:the\s+)?(?:housing|detention|detaining|holding|care|transport\w*)\b",
    ),
    (
        "requires or allows a contract with immigration authorities",
        ("contract",),
        "restrictive",
        4,
        # "allows contracts with ICE to detain immigrants in the county jail", "requires the county
        # to enter into a contract with ICE"; nothing between that ends or bars the contract
        # ("requires the county to terminate its contract with ICE" is the other way, and
        # "requires that any contract with ICE be approved after a hearing" sets a condition)
        r"(?<!not )(?<!from )(?:allow\w*|permit\w*|requir\w*|mandat\w*|direct\w*|authoriz\w*"
        r"|approv\w*|enter\w*|renew\w*|extend\w*|amend\w*|continu\w*"
        + NOT_A_MEETING_CONTINUED
        + r"|sign(?:s|ed|ing)?\b)"
        + gap_without(
            r"terminat|\bend|rescind|cancel|withdraw|\bfrom\b|\bany\b|\bevery\b|\beach\b|\bsuch\b|"
            + UNDOING,
            60,
        )
        + r"(?:\bcontracts?\b"
        + G_SHORT
        # "allows the state to contract with private companies to operate immigration detention
        # centers"
        + r"(?:"
        + ICE_AGENCY
        + r"|immigration detention)"
        # ... or the people held for the agency named after: "allows counties to contract with
        # private companies to detain immigrants for ICE" (2.78.0)
        + r"|\bcontracts?\s+with\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:detain|hold|house|incarcerat)\w*\s+"
        r"(?:[\w'’-]+\s+){0,3}?(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?:u\.?s\.?\s+)?"
        + ICE_AGENCY
        # the agency named first: "Approve an amendment to the ICE detention contract"
        + r"|\b(?-i:ICE)\s+(?:detention|jail|bed|housing)\s+(?:\w+\s+)?contracts?\b)",
    ),
    (
        "bars agreements with immigration authorities",
        ("prohibit", "bar", "ban", "may not", "shall not"),
        "protective",
        4,
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|may not|shall not)"
        + FROM_ENTERING
        + G
        + r"(?:intergovernmental service agreements?|igsas?\b|memorand\w+ of (?:agreement|understanding)|agreements?|contracts?)"
        + G
        + r"(?:"
        + ICE_AGENCY
        + r"|287\s*\(g\))|(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b)"
        + FROM_ENTERING
        + G_SHORT
        + r"287\s*\(g\)",
    ),
    (
        "rescinds or ends an agreement or cooperation with ICE",
        (
            "rescind",
            "terminat",
            "end",
            "withdraw",
            "cancel",
            "ceas",
            "halt",
            "sever",
            "discontinu",
        ),
        "protective",
        5,
        r"(?:rescind\w*|terminat\w*|\bend(?:s|ing)?\b|withdraw\w*|cancel\w*)"
        + G
        + r"(?:memorand\w+ of understanding|\bmous?\b|agreements?|contracts?|\bigsas?\b)"
        + G
        # (the agency by any of its names: "the agreement with the Immigration and Naturalization
        # Service", "… with federal immigration authorities")
        + r"(?:"
        + IMMIGRATION_AGENCY
        + r"|immigrations and customs)"
        # and the working relationship itself: "ending the city's cooperation with ICE"
        + r"|(?:rescind\w*|terminat\w*|\bend(?:s|ing)?\b|withdraw\w*|cancel\w*|ceas\w*|halt\w*"
        + r"|sever\w*|discontinu\w*)"
        # "ends policies that limit cooperation with ..." ends the limits, not the cooperation
        + gap_without(reach=40)
        + r"(?:cooperation|collaboration|partnership|relationship|participation)\s+with\s+"
        + r"(?:the\s+)?"
        + IMMIGRATION_AGENCY,
    ),
    (
        "detainers no longer enforced",
        ("detainer",),
        "protective",
        4,
        r"detainers?" + G_SHORT + r"no longer (?:be )?(?:enforced|honou?red|accepted)",
    ),
    (
        "penalizes hiring or renting to people without status",
        # (or makes liable or fines: "Makes landlords liable for renting to unauthorized aliens",
        # 2.80.0)
        ("sanction", "penalt", "punish", "penaliz", "liab", "fine"),
        "restrictive",
        4,
        r"(?:(?:sanction|penalt|punish|penaliz)\w*|liab(?:le|ility)|\bfin(?:e|es|ed|ing)\b)"
        + G
        + r"(?:employ|hir|rent|leas)\w*"
        + G_SHORT
        + r"(?:illegal|undocumented|unauthorized|unlawfully present) (?:aliens?|immigrants?|workers?)",
    ),
    (
        "declines to take part in 287(g)",
        ("287",),
        "protective",
        5,
        r"(?:(?:will|shall|does|would)\s+(?:not|never)|not to|never to|declin\w* to|refus\w* to"
        r"|decides? not to|opts? not to)"
        + G
        + r"(?:participat|enter|join|sign|apply|avail)\w*"
        + G
        + r"287\s*\(g\)",
    ),
    (
        "makes places whose laws violate immigration law ineligible for grants",
        ("eligib", "disqualif"),
        "restrictive",
        3,
        # "make any city or county that has in effect any law or ordinance that is in violation of
        # Federal immigration law ineligible for any Federal grant"
        r"immigra\w*[^.;|]{0,120}?\b(?:ineligible|not eligible|disqualif\w*) (?:for|from) (?:any |receiving )?"
        r"(?:federal |state )?(?:grants?|funds?|funding)",
    ),
    (
        "withholds money from places that do not cooperate",
        ("withh",),
        "restrictive",
        3,
        # "Withhold local money if uncooperative with immigration policy"
        r"withh[oe]ld\w*\s+(?:\w+\s+){0,2}?(?:money|monies|funds?|funding|grants?)\s+"
        r"(?:from|if|for|to)\s+(?:\w+\s+){0,4}?(?:un-?cooperative|non-?cooperat\w*|refus\w*|fail\w*)",
    ),
    (
        "bars public money for immigrants' legal defense",
        ("fund", "money", "monies"),
        "restrictive",
        5,
        # counsel is a protective tool (DOMAIN.md): barring its funding is restrictive, the other
        # way from barring money for enforcement ("PROHIBITION ON USE OF PUBLIC MONEY TO PROVIDE
        # LEGAL SERVICES FOR UNLAWFULLY PRESENT INDIVIDUALS")
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|eliminat\w*|defund\w*"
        # ("No Federal funds may be awarded … to provide legal services"; not the want of a right
        # that a bill funding counsel finds: "there is no right to government-funded legal
        # representation for people facing deportation")
        r"|may not|shall not|\bno\b(?!\s+(?:right|entitlement|guarantee)s?\b))"
        + G_SHORT
        + r"(?:state |public |county |city |federal )?(?:fund\w*|money|monies)"
        # ("the use of Federal funds by non-governmental organizations and the Department of
        # Justice for legal services related to immigration proceedings", "public money from
        # paying for attorneys for people in immigration court")
        + G
        # (legal assistance, not assisting ICE: "funds to assist ICE with deportation" is money
        # for enforcement)
        + r"(?:(?:assistance|represent|defen[cs]e|legal|attorney|lawyer|counsel)\w*"
        + G
        + r"(?:immigrants?|detention|deportation|removal|(?:unlawfully|illegally|not lawfully) present"
        r"|immigration (?:court|proceedings?|cases?|hearings?))"
        # ... or named the other way round: "deportation defense", "removal defense"
        r"|\b(?:deportation|removal|immigration)\s+(?:legal\s+)?defen[cs]e\b)",
    ),
    (
        "approves, renews or carries out a 287(g) program",
        ("287", "warrant service", "task force model", "jail enforcement"),
        "restrictive",
        4,
        # "any officer that is participating in the federal 287(g) program shall identify
        # themselves": a relative clause names whom a rule binds, it approves nothing
        r"(?:approv\w*|implement\w*|authoriz\w*|participat"
        r"(?<!that is participat)(?<!that are participat)(?<!who is participat)"
        r"(?<!who are participat)(?<!which is participat)(?<!which are participat)\w*"
        # "Renews the sheriff's 287(g) jail enforcement agreement", "Reauthorizes …" (2.81.0)
        r"|renew\w*|reauthori[sz]\w*)"
        # (not across an undoing: "Approve the withdrawal of the County from the 287(g) program")
        + gap_crossing_none(UNDOING)
        + r"(?:warrant service officer|task force model|jail enforcement model|287\s*\(g\))",
    ),
    (
        "bars local policies on immigration",
        ("prohibit", "bar"),
        "restrictive",
        4,
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b)"
        + G_SHORT
        + r"(?:state agencies|local governments?|political subdivisions?|municipalit\w+|count(?:y|ies)|cities|local (?:entities|agencies))"
        + G_SHORT
        + r"from (?:enacting|adopting|enforcing|maintaining|implementing)"
        + G
        + r"polic\w+"
        + G_SHORT
        + r"(?:citizenship|immigration)",
    ),
    (
        "repeals a trust, values or sanctuary law",
        ("repeal", "rescind", "revok"),
        "restrictive",
        5,
        r"(?:repeal\w*|rescind\w*|revok\w*)"
        # not across a ban: "repeals the ban on the Trust Act" undoes the ban (the row below);
        # nor across a way out of the law: "repeals the exceptions in the sanctuary ordinance"
        # strengthens it (OPPOSES, 2.79.0)
        + gap_crossing_none(
            r"\bbans?\b|\bprohibitions?\b|\bpreemptions?\b|\bexceptions?\b|\bexemptions?\b"
            r"|\bcarve[- ]?outs?\b",
            reach=40,
        )
        # "repealing the sanctuary city ordinance", "rescinding the city's sanctuary city
        # declaration"
        # not an "Anti-Sanctuary Law"; a welcoming or ICE-free one too ("Repeals the Welcoming City
        # Act", "Repeal of the ICE-Free Schools Act", "… the Keep ICE Out of Schools Act")
        + r"(?:trust act|values act|(?<!anti-)(?<!anti )(?:sanctuary|welcoming) (?:(?:city|county|state"
        + r"|jurisdiction|community) )?"
        + r"(?:law|ordinance|polic\w+|act|resolution|declaration|designation|status)"
        + r"|\bice[- ]free (?:[\w-]+ ){0,2}?(?:act|ordinance|polic\w+|law)|(?:keep )?"
        + ICE_KEPT_OUT
        + r")"
        + r"(?![^.;|]{0,20}(?:ban|prohibition|preemption))",
    ),
    (
        # the same law voided or its enforcement barred: "prohibits the enforcement of the Trust
        # Act", "preempts local welcoming city ordinances"
        "voids or bars enforcing a trust, values, welcoming or sanctuary law",
        (
            "preempt",
            "nullif",
            "invalidat",
            "enforcement of",
            "implementation of",
            "application of",
        ),
        "restrictive",
        5,
        r"(?:preempt\w*|nullif\w*|invalidat\w*|(?:prohibit\w*|\bbar(?:s|red|ring)?|\bban(?:s|ned|ning)?"
        r"|suspend\w*)\s+(?:the\s+)?(?:enforcement|implementation|application) of)"
        # (not across a ban: "suspends enforcement of the state's ban on sanctuary policies")
        + gap_crossing_none(r"\bbans?\b|prohibition|preemption", reach=40)
        + r"(?:trust act|values act|(?<!anti-)(?<!anti )(?:sanctuary|welcoming) (?:(?:city|county|state"
        r"|jurisdiction|community) )?(?:laws?|ordinances?|polic\w+|acts?|resolutions?|declarations?"
        r"|designations?|status))" + r"(?![^.;|]{0,20}(?:ban|prohibition|preemption))",
    ),
    (
        "immigration preemption or a cooperation fund",
        ("preemption", "cooperation fund"),
        "restrictive",
        4,
        r"immigration preemption|immigration cooperation fund",
    ),
    (
        "furthers cooperation with immigration authorities",
        (
            "expand",
            "increas",
            "strengthen",
            "enhanc",
            "encourag",
            "support",
            "promot",
            "improv",
            "facilitat",
            "authoriz",
            "allow",
            "permit",
            "full",
        ),
        "restrictive",
        4,
        # "Resolution expanding cooperation with federal immigration authorities", "supporting
        # full cooperation with ICE", "authorizes the use of county resources to assist ICE"
        r"(?<!not )(?:expand\w*|increas\w*|strengthen\w*|enhanc\w*|encourag\w*|support\w*"
        r"|promot\w*|improv\w*|facilitat\w*|\bfull)"
        + gap_without(UNDOING, 30)
        + r"\b(?:cooperat\w*|collaborat\w*|partnership)\s+with\s+(?:the\s+)?"
        + IMMIGRATION_AGENCY
        + r"|(?<!not )(?:authoriz\w*|allow\w*|permit\w*)\s+(?:\w+\s+){0,3}?(?:use|using) of "
        + r"(?:state|local|city|county|public) (?:\w+ )?resources"
        + G_SHORT
        + r"(?:assist|aid|support|cooperat)\w*"
        + G_SHORT
        + IMMIGRATION_AGENCY,
    ),
    (
        # Ohio-style short titles are the bill's own command: "Cooperate in enforcing federal
        # immigration laws", "Enforce federal immigration law"
        "a caption that commands cooperation in immigration enforcement",
        ("cooperat", "enforc", "assist", "comply"),
        "restrictive",
        3,
        # (a capital opens the caption's command; in a caption set in capitals, every letter is)
        r"^\W*(?-i:Cooperate|Enforce|Assist|Comply|Aid|COOPERATE|ENFORCE|ASSIST|COMPLY|AID)\b"
        r"(?! not)[^|.;]{0,40}?"
        r"(?:federal )?immigration (?:laws?|enforcement|detainers?|authorit\w+|officials)",
    ),
    (
        "agreements for local officers to enforce immigration law, with no limit named",
        ("agreement",),
        "restrictive",
        1,
        r"^(?![^|]*(?:prohibit|\bbar\b|\bbars\b|\bban\b|terminat|\bend\b|\bends\b|limit|restrict|repeal|rescind|withdraw))"
        r"[^|]*agreements? (?:between|with|by)"
        + G
        + r"(?:\b(?-i:ICE)\b|immigration and customs enforcement|department of homeland security)"
        + G_SHORT
        + r"to enforce (?:federal )?immigration laws?",
    ),
    (
        "eliminates sanctuary jurisdictions",
        ("sanctuar",),
        "restrictive",
        4,
        r"(?:eliminat\w*|\bend(?:s|ed|ing)?\b|abolish\w*|punish\w*|penaliz\w*|stop\w*)"
        # (not across a punishment, which the verb ends instead: "ends state prosecution of
        # sanctuary jurisdictions" shields them)
        # (nor a liability or fines: "Eliminates the liability of sanctuary cities for …" lifts
        # a punishment, 2.80.0)
        + gap_crossing_none(
            A_BAN + r"|prosecut|penalt|liabilit|\bfines?\b|\bsuits?\b|\bactions?\s+against", 40
        )
        + r"sanctuar\w*"
        + REST,
    ),
    (
        "bars local rules that limit cooperation",
        ("prohibit", "preempt", "bar", "may not", "shall not", "no ", "not "),
        "restrictive",
        4,
        r"(?:prohibit\w*|preempt\w*|\bbar(?:s|red|ring)?\b)"
        + G
        + r"(?:from )?(?:adopting|enacting|enforcing|maintaining|taking action)"
        + G_SHORT
        + r"(?:polic|ordinance|rule|regulation|law|measure|action)"
        + G
        + r"(?:limit|prohibit|restrict|discourag)\w*"
        + REST
        # "no local unit may enact, maintain or enforce any ordinance ... that: (1) limits ..."
        + r"|(?:(?:may|shall) not|\bno\b[^.;|]{0,120}?\b(?:may|shall)) (?:adopt|enact|maintain|enforce)\w*"
        + r"[^.;|]{0,120}?(?:polic(?:y|ies)|ordinances?|rules?|regulations?|enactments?)"
        + r"[^.;|]{0,20}?\bthat\W{0,8}(?:\(?\w\)\s*)?(?:limit|prohibit|restrict|discourag)\w*"
        + r"[^.;|]{0,160}?(?:cooperat|communicat|enforc|immigra)\w*"
        # "requiring that agencies not prohibit the enforcement of immigration laws or cooperation"
        + r"|\bnot (?:prohibit|restrict|limit|impede|discourage)\w*"
        + G_SHORT
        + r"(?:the )?(?:enforcement of (?:federal )?immigration|cooperat\w+ with"
        + G_SHORT
        + r"(?:federal|immigration|\b(?-i:ICE)\b))"
        # local law on immigration preempted as such: "preempts local immigration policies",
        # "state law preempts any local policy on immigration enforcement" (2.78.0)
        + r"|preempt\w*\s+(?:of\s+)?(?:any\s+|all\s+)?(?:local|municipal|county|city)\s+(?:immigration\s+"
        r"(?:polic(?:y|ies)|ordinances?|laws?|rules?|regulations?)\b|(?:polic(?:y|ies)|ordinances?|laws?"
        r"|rules?|regulations?)\s+(?:on|regarding|concerning|relating\s+to|governing)\s+(?:federal\s+)?"
        r"immigration)",
    ),
    (
        "bars accepting ID cards issued to people not lawfully present",
        (
            "identification",
            "identity",
            "municipal id",
            "city id",
            "county id",
            "community id",
            "local id",
        ),
        "restrictive",
        4,
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b)"
        + G
        + r"(?:accept\w*|recogni\w*|issu\w*)"
        + G
        # "prohibiting the acceptance of a municipal ID for state or federal services"
        + r"(?:(?:identification|identity) (?:cards?|documents?)|(?:municipal|city|county|community|local) id\b)",
    ),
    (
        # ICE named before the verb: "requires that ICE be notified before the release of
        # inmates", "federal immigration authorities shall be informed of …"; and ICE given the
        # data ("provide ICE with the release date of …")
        "has immigration authorities told about a person",
        ("notified", "informed", "told", "advised", "given notice", "provid"),
        "restrictive",
        3,
        r"(?:\b(?-i:ICE)\b|immigration and customs enforcement|(?:federal\s+)?immigration\s+"
        r"(?:authorit\w+|officials?|agents?|officers?))"
        + TOLD_IN_PASSIVE
        + NO_CONDITION
        + r"|(?:requir\w*|mandat\w*|shall|must|\bdirect(?:s|ed|ing)?\b)"
        + G_POS
        + r"provid\w*\s+(?:\b(?-i:ICE)\b|federal\s+immigration\s+\w+|immigration\s+authorit\w+)\s+"
        r"with\s+(?:[\w'’]+\s+){0,3}?(?:data|information|records?|addresses|release\s+dates?|notice"
        r"|notification)\b" + NO_CONDITION,
    ),
    (
        # barred from letting them in without one: the condition itself ("No public school shall
        # permit access by federal immigration agents … without a judicial warrant")
        "bars letting immigration agents in without a warrant or consent",
        ("without",),
        "protective",
        4,
        BARRED
        + r"(?:admit|allow|permit|grant|giv|provid|let)\w*"
        # (an immigration word in the clause, looked for only where the shape holds: "No public
        # school shall permit access by federal immigration agents …")
        + IMMIGRATION_AHEAD
        + WITHOUT_A_CONDITION,
    ),
    (
        # a condition dropped: "requires schools to admit immigration officers without a judicial
        # warrant", "permits jails to grant ICE access without a court order" (DOMAIN.md:
        # repealing a condition is restrictive); barred without one is the condition itself
        "lets immigration agents in without a warrant or consent",
        ("without",),
        "restrictive",
        4,
        r"\b(?<!from )(?<!not )(?:requir|mandat|allow|permit|authoriz|direct)\w*"
        # (an immigration word in the clause, looked for only after the verb)
        + IMMIGRATION_AHEAD
        + gap_without(r"den(?:y|ies|ied)|refus|from\b")
        + r"\b(?:admit|allow|permit|grant|giv|provid|enter|access|interview|question|let)\w*"
        + WITHOUT_A_CONDITION,
    ),
    (
        "requires notifying immigration authorities",
        ("requir", "mandat", "shall", "must", "direct"),
        "restrictive",
        3,
        REQ_G_POS_NOTIFY
        # "requires individuals requesting public assistance who are not citizens be reported to
        # ICE" (a "not" of the people's status is no limit on the duty)
        + r"|(?:requir\w*|mandat\w*|shall|must)"
        + gap_crossing_none(LIMITING_BUT_STATUS + r"|\bno\b")
        + REPORTED_TO_ICE
        # "requires the DMV to provide driver's license data to federal immigration authorities"
        + r"|(?:requir\w*|mandat\w*|shall|must)"
        + G_POS
        + r"provid\w*\s+(?:[\w']+\s+){0,3}?(?:data|information|records?|addresses|release dates?)\s+"
        # "provide information regarding a person's release date to federal immigration authorities"
        + r"(?:(?:regarding|about|concerning|on)\s+[^.;:|]{0,60}?\s)?"
        + r"(?:to|with)\s+(?:the\s+)?(?:\b(?-i:ICE)\b|immigration and customs|federal immigration"
        + r"|immigration authorit\w*)",
    ),
    (
        "requires handing people over to immigration authorities",
        ("transfer",),
        "restrictive",
        3,
        # not "requires a judicial warrant before the jail may transfer a person to ICE custody",
        # a condition on handing over
        r"(?:requir\w*|mandat\w*|shall|must)(?![^.;|]{0,60}?\b(?:judicial|warrant)\b)"
        + G_POS
        + r"transfer\w*\b(?!"
        + PAPERS_NOT_PEOPLE
        + r")"
        + G_POS
        + r"\bto (?:the )?(?:"
        + ICE_AGENCY
        + r"|federal immigration custody)"
        # "shall transfer ... only if presented with a judicial warrant" is a condition
        + r"(?![^.;|]{0,80}\b(?:only|unless|if|except)\b)",
    ),
    (
        "no agency shall assist (negated duty)",
        ("no ",),
        "protective",
        3,
        r"\bno (?:\w+\s+){0,6}?(?:agency|agencies|locality|localities|officer|employee|sheriff|jail|county|city|entity|person|public body)"
        + G
        # "no person may be held on an immigration detainer without a judicial warrant"
        + r"(?:shall|may)"
        # (not a duty denied: "no agency may be compelled to limit cooperation", which OPPOSES
        # reads, 2.74.0)
        + r"(?!\s+be\s+(?:required|compelled|mandated|forced|directed)\b)"
        + G_SHORT
        + r"(?:enter|assist|cooperat|share|disclose|provide|detain|hold|perform|use|inquire|ask|allow|expend"
        r"|respond|notify)",
    ),
    (
        "adds places to the sensitive or protected locations",
        ("sensitive", "protected"),
        "protective",
        3,
        r"(?:adds?|add\w+|includ\w+|expand\w*)"
        + G
        + r"(?:sensitive|protected) (?:locations?|areas?|places?)",
    ),
    (
        "policies for responding to immigration agents at schools, hospitals or other places",
        ("polic",),
        "protective",
        2,
        r"polic\w+"
        + G
        + r"(?:immigration (?:authorit\w+|agents?|officers?|officials?|enforcement))"
        + G
        + r"(?:schools?|campus\w*|education\w*|hospitals?|health care|property|premises|facilit\w+)"
        # ... the place named first: "Requires schools to adopt policies on responding to
        # immigration enforcement" (2.43.0)
        + r"|(?:schools?|campus\w*|colleges?|universit(?:y|ies)|hospitals?|health care (?:facilit\w+"
        r"|providers?)|shelters?|libraries|courthouses?|places of worship|churches|(?:public )?parks?|"
        + CARE_PLACES
        + r")"
        + G
        + r"\bpolic\w+\s+(?:on|for|regarding|governing|about)\s+(?:\w+\s+){0,2}?"
        r"(?:respon\w+\s+to|handling|interactions?\s+with|requests?\s+(?:by|from)|access\s+by|visits?\s+by)"
        r"\s+(?:\w+\s+){0,2}?(?:immigration|\b(?-i:ICE)\b)",
    ),
    (
        "grants authority to enforce immigration law",
        ("authori",),
        "restrictive",
        3,
        r"(?:grant\w*|giv\w+|confer\w*|expand\w*)"
        + G_SHORT
        + r"authority to enforce"
        + G_SHORT
        + r"immigration"
        # "To authorize State enforcement of immigration laws"
        + r"|authoriz\w* (?:\w+ ){0,2}?(?:state|local) enforcement of (?:federal )?immigration",
    ),
    (
        "allows sharing information with immigration authorities",
        ("allow", "authoriz", "permit", "exchange"),
        "restrictive",
        3,
        r"(?:allow\w*|authoriz\w*|permit\w*)"
        + G_SHORT
        # "to permit law enforcement officials to respond to a federal immigration officer's
        # request for voluntary notification that a person will be released"
        + r"(?:to )?(?:disclose|share|exchange|provide|communicat|notif|respond\w* to)\w*"
        + G
        + r"(?:federal immigration|immigration and customs|immigration authorit)"
        r"|exchange\w* information with"
        + G_SHORT
        + r"immigration"
        # ... or status information in the federal statutes' words (2.69.0): "requires local
        # governments to allow their officers to maintain information regarding the immigration
        # status of any individual"
        + r"|(?:allow\w*|authoriz\w*|permit\w*)"
        + G_SHORT
        + r"(?:to\s+)?"
        + STATUS_INFORMATION_KEPT_OR_SENT,
    ),
    (
        "lets people sue to stop enforcement",
        ("enjoin",),
        "protective",
        3,
        r"enjoin" + G + r"(?:immigration|enforc)",
    ),
    (
        "caption ends in a prohibition of agreements or enforcement",
        ("prohibit", "limitation"),
        "protective",
        3,
        r"(?:agreements?|enforcement|cooperation|registr\w+)\s*(?:[-;:,]|\band\b)\s*(?:prohibitions?|prohibited|limitations?)(?:\s+and\s+limitations)?\b",
    ),
    (
        "ICE-free policy",
        ("ice-free", "ice free", "ice out of", "off-limits", "off limits"),
        "protective",
        3,
        ICE_FREE_POLICY,
    ),
    (
        # a council item captioned with the agreement's own name ("Intergovernmental Service
        # Agreement with … ICE, for Detention Services", "Sheriff's Office - Task Force Model
        # Agreement with ICE") is the agreement entered or kept; a notice ending it is not
        "a caption naming an agreement with immigration authorities",
        ("agreement", "memorand"),
        "restrictive",
        2,
        r"^\W*(?:[\w'’., ]{1,40}\s[-–:]\s+)?(?:(?:a|an|the)\s+)?(?:287\s*\(g\)\s+)?"
        r"(?:intergovernmental service agreement|igsas?\b|memorandum of (?:agreement|understanding)"
        r"|(?:task force|jail enforcement|warrant service officer)(?: model)? agreement)"
        r"(?:(?!terminat|rescind|cancel|withdraw|\bend(?:s|ing)?\b|notice|expir|non-?renew|report)"
        r"[^.;:|]){0,80}?" + ICE_AGENCY,
    ),
    (
        # "Safe Schools from Immigration Enforcement Act", "protects patients from immigration
        # arrests"
        "shields people from immigration enforcement",
        ("protect", "shield", "safe"),
        "protective",
        3,
        # ("the protection of personal identifying information from federal immigration
        # enforcement", "protecting student records from federal immigration authorities")
        r"\b(?:protect|shield|safe)\w*\s+(?:[\w'’-]+\s+){0,6}?from\s+(?:federal\s+|civil\s+)?"
        r"(?:immigration (?:enforcement|agents?|officers?|officials?|authorit\w+|arrests?|raids?"
        r"|detention)|\b(?-i:ICE)\b|deportation)",
    ),
    (
        # "Officers shall not stop, question, interrogate, investigate, or arrest an individual
        # based solely on actual or suspected immigration status"
        "bars stops or arrests for immigration status",
        ("based",),
        "protective",
        4,
        r"\b(?:shall|may|will|must) not\s+(?:stop|question|interrogat|investigat|arrest|detain)\w*"
        r"[^.;:|]{0,80}?\bbased (?:solely |only )?(?:up)?on (?:\w+ ){0,3}?" + STATUS,
    ),
    (
        "bars furthering a tool of immigration enforcement",
        ("prohibit", "bar", "ban", "may not", "shall not"),
        "protective",
        4,
        BARS_FURTHERING,
    ),
    (
        "hinders a tool of immigration enforcement",
        TOOL_WORDS,
        "protective",
        3,
        HINDERS
        + OBJECT_GAP
        + ENFORCEMENT_TOOL
        # a ban named as a noun: "a ban on state crimes of illegal entry" (and what repeals it
        # goes the other way, by OPPOSES)
        + r"|\b(?:bans?|prohibitions?|bars?|limits?|limitations?|restrictions?|moratori(?:um|a))"
        + r" (?:on|against)"
        + OBJECT_GAP
        + ENFORCEMENT_TOOL
        # "may not enter into a 287(g) agreement unless ...": barred, or allowed only on a condition
        + r"|\b(?:may|shall) not (?:enter|renew|sign|join|participat|expand)\w*(?: into| in)?"
        + OBJECT_GAP
        + ENFORCEMENT_TOOL
        # "exempts the county from local enforcement of federal immigration law"
        + r"|\bexempt\w*\s+(?:\w+\s+){0,4}?from"
        + OBJECT_GAP
        + ENFORCEMENT_TOOL,
    ),
    (
        # behind rare triggers, so the long row below does not scan every measure for it
        "makes being unlawfully present in the state a crime",
        (
            "to be unlawfully present",
            "to be illegally present",
            "to be present in",
            "to be in th",
            "to remain in",
        ),
        "restrictive",
        3,
        CRIME_TO_BE_PRESENT,
    ),
    (
        "makes not carrying alien registration papers a crime",
        ALIEN_PAPERS_TRIGGERS,
        "restrictive",
        3,
        ALIEN_PAPERS_CRIME,
    ),
    (
        "creates a state immigration crime or removal order",
        (
            "state illegally",
            "state unlawfully",
            "port of entry",
            "ports of entry",
            "crim",
            "offen",
            "harbor",
            "transport",
            "order",
            "prohibition",
            "trespass",
            "presence",
            "penaliz",
            "prohibit",
            "felon",
            "misdemeanor",
            "from enter",
            "from re-enter",
            "from reenter",
            "from attempting",
            "entry into",
            "found in",
            "enter th",
            "enters th",
            "immigration court",
        ),
        "restrictive",
        3,
        r"(?:prohibitions? on|offen[cs]es? of|crimes? of) (?:the )?(?:improper|illegal|unlawful) (?:entry|re-?entry|presence)"
        r"|(?:illegal|unlawful) presence in (?:this|the) state"
        + r"|"
        + STATE_ENTRY_CRIME
        # "making illegal presence a crime"
        + r"|mak\w*\s+(?:illegal|unlawful) presence\s+(?:an? )?(?:state )?(?:crime|offense|misdemeanor"
        r"|felony)\b"
        r"|trespass\w* by an? (?:illegal|undocumented|unauthorized|unlawfully present) aliens?"
        # a state court's removal order: "an order requiring the person to return to the foreign
        # nation from which the person entered"
        r"|\border\w*\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:return|leave)\s+(?:to\s+)?(?:a\s+|the\s+)?"
        r"(?:foreign\s+(?:nation|country)|country|united\s+states)\b"
        # ... its courts told to order deportation, or a court of its own for it: "Authorizes state
        # courts to order the deportation of …", "Establishes a state immigration court" (2.80.0)
        r"|\b(?:judges?|courts?|magistrates?)\s+(?:\w+\s+){0,2}?(?:to\s+)?order\w*\s+(?:the\s+)?"
        r"(?:deportation\s+of|removal\s+of\s+(?:[\w-]+\s+){0,2}?(?:aliens?|immigrants?|noncitizens?"
        r"|non-citizens?|migrants?))\b"
        r"|\b(?:creat|establish)\w*\s+(?:an?\s+|the\s+)?"
        + STATE_IMMIGRATION_COURT
        + r"|"
        + PRESENT_ALIEN_OFFENDS
        + r"|"
        + ALIENS_HARBORED
        + r"|(?:arrest|prosecut|penal|crim|offen|unlawful for)\w*"
        + G
        + ENTERS_ILLEGALLY
        + r"|(?:defin\w*|creat\w*|establish\w*|enact\w*|criminaliz\w*|prohibit\w*)"
        + G_SHORT
        # "crime victims" are people, not an offense this measure creates
        + r"(?:state |new )?(?:criminal )?(?:crimes?|offen[cs]es?)(?!\s+(?:victims?|witness))"
        + G
        + r"(?:illegal|unlawful|impermissible|unauthorized|alien|immigra|entry|reentry|presence|occupancy)"
        # ... or made a crime or unlawful: "Makes it a crime to transport an unauthorized alien
        # into the state", "unlawful for a landlord to rent to an unlawfully present alien"
        # (2.43.0)
        r"|(?:prohibit\w*|penaliz\w*|\bcrime\b|\bunlawful\b|\boffen[cs]e\b|\bfelony\b|\bmisdemeanor\b)"
        + G_SHORT
        + r"(?:harbor\w*|transport\w*|rent\w*|leas\w*|hir\w+)"
        + G
        + r"(?:(?:illegal|undocumented|unauthorized|(?:unlawfully|illegally) present) (?:aliens?|immigrants?)"
        # ... the people named by their status after them: "a crime to transport an alien who
        # entered the country illegally"
        + r"|"
        + PEOPLE_WITHOUT_STATUS_AFTER
        + r"|"
        + PEOPLE_NOT_PRESENT
        + r")"
        + r"|"
        + ALIENS_INDUCED,
    ),
    # repeal flips direction
    (
        "repeals a law limiting enforcement",
        ("repeal",),
        "restrictive",
        4,
        r"repeal\w*"
        + G
        + r"(?:(?:laws?|statutes?|polic\w+|ordinances?|directives?|provisions?|orders?)"
        + gap_without(r"\bfrom\b", reach=40)
        + r"(?:limiting|restricting|prohibiting)"
        # "repeals provisions prohibiting local entities from limiting cooperation": a ban on
        # limits, repealed, is read by OPPOSES
        + gap_crossing_none(r"\bfrom (?:limit|restrict|prohibit|prevent|regulat|adopt|enact)")
        + r"(?:enforc|immigra)"
        # a law named for what it bars: "Repealing ... BMC 2.26 'Immigration Inquiries Prohibited'"
        + r"|immigra\w*(?:\s+\w+){0,2}\s+(?:prohibited|limited|restricted)\b)"
        + REST,
    ),
    (
        # a duty to run a tool or a program repealed: "repeals the requirement for the Warrant
        # Service Officer program" frees the place from the tool; "… for the municipal ID program"
        # takes the program away
        "repeals a requirement for a tool of immigration enforcement",
        ("requirement",),
        "protective",
        4,
        REQUIREMENT_FOR_REPEALED + r"(?:" + ENFORCEMENT_TOOL + r")" + REST,
    ),
    (
        "repeals a requirement for a sanctuary policy or a protective program",
        ("requirement",),
        "restrictive",
        4,
        REQUIREMENT_FOR_REPEALED + r"(?:[\w'’-]+(?:'s|’s)\s+)?(?:" + SANCTUARY_POLICY + r")" + REST,
    ),
    (
        "repeals an immigration reporting mandate",
        ("repeal",),
        "protective",
        4,
        r"repeal\w*"
        # (not a ban on reporting repealed: "repeals the prohibition on the sheriff reporting
        # inmates to ICE", which the rows on bans repealed read)
        + gap_crossing_none(r"\bprohibit|\bbans?\b|\bbar(?:s|red|ring)?\b|\blimit|\brestrict")
        + r"(?:report\w*|requirements?"
        # not a requirement for limits: "repeals the requirement for policies that limit
        # cooperation" undoes a protective duty
        + gap_crossing_none(r"\blimit|\brestrict|\bprohibit", reach=40)
        + r"(?:report|notif|cooperat|honor|comply|complian|verif|check|inquir|enforc|287)|prohibition on (?:local )?\W?sanctuary|cooperation mandate)"
        + REST,
    ),
    # undoing a state enforcement unit, before the rows that read its name as its creation
    (
        "abolishes a state immigration enforcement unit",
        ("abolish", "eliminat", "dissolv", "disband", "defund", "repeal", "rescind"),
        "protective",
        4,
        r"(?:abolish|eliminat|dissolv|disband|defund|repeal|rescind)\w*\s+(?:the\s+|a\s+|any\s+|its\s+)?"
        + STATE_ENFORCEMENT_UNIT,
    ),
    # restrictive, specific
    (
        "ends or bars a protective tool (U-visa certification, legal defense, a local ID)",
        (
            "prohibit",
            "bar",
            "ban",
            "end",
            "terminat",
            "repeal",
            "rescind",
            "eliminat",
            "abolish",
            "defund",
            "no",
        ),
        "restrictive",
        5,
        # "Prohibits state agencies from certifying U visa applications", "Ends funding for the
        # immigrant legal defense program", "Repeals the city identification card program". Not a
        # ban on refusing, delaying or charging for them, which protects them; not a sunset
        # clause ("is repealed on") or a term ("ending June 30"); "bar" in lower case only, as
        # the "State Bar" is lawyers
        r"\b(?:prohibit(?:s|ing)?|(?-i:bar(?:s|ring)?)|ban(?:s|ning)?|ends|ending\s+funding"
        r"|terminat(?:e|es|ing)|repeal(?:s|ing)?|rescind(?:s|ing)?|eliminat(?:e|es|ing)"
        r"|abolish(?:es|ing)?|defund(?:s|ing)?"
        # ... or a body barred from giving one, in a statute's words: "No city may operate a
        # municipal identification card program", "no agency shall certify U visa requests"
        r"|no\s+(?:[\w-]+\s+){1,4}?(?:may|shall)\s+(?:\w+\s+)?(?:issu|operat|creat|establish"
        r"|fund|accept|recogniz|certif|sign|provid|offer|administer|implement|maintain)\w*)\b"
        r"(?:(?!den(?:y|ies|ied|ial)|refus|delay|withh|condition|discriminat|fees?\b|charg|barrier"
        # nor an end to a cap on them ("eliminates the annual numerical cap on U visas")
        r"|obstruct|requirement|restriction|limit|caps?\b|ceiling|numerical"
        # nor a ban on handing over what the program holds ("Prohibits the disclosure of
        # municipal ID applicant information to federal immigration authorities", 2.74.0)
        r"|disclos|shar(?:e|es|ed|ing)\b|sale\b|sell|releas|transmi)[^.;:|]){0,40}?"
        r"\b(?:[ut][- ]visas?|(?:immigra\w+ )?legal (?:defense|representation|counsel|services)"
        r"|universal representation|(?:municipal|city|county|community|local) (?:id|identification)\b)",
    ),
    (
        "pays for a state's own detention of migrants",
        ("reimburs",),
        "restrictive",
        4,
        # "to reimburse States the costs incurred by such States relating to the detention of
        # migrants": money for the state's enforcement, as a grant for its 287(g) work is
        r"\breimburs\w*[^.;:|]{0,100}?" + STATE_DETAINS_MIGRANTS,
    ),
    (
        # "Makes it a crime for an alien to enter the state other than at a port of entry": a state
        # crime of entry said by where one enters (not its repeal, which the span of "repeals"
        # turns)
        "makes entry other than at a port of entry a state crime",
        ("port of entry", "ports of entry"),
        "restrictive",
        4,
        r"(?<!repeals )(?<!repealing )\b(?:mak|creat|establish)\w*\b[^.;:|]{0,60}?\b(?:crimes?|offen[cs]es?"
        r"|misdemeanors?|felon(?:y|ies))\b[^.;:|]{0,40}?" + ENTRY_CRIME,
    ),
    (
        # "Makes it a violation of state law for individuals to be in the state without proper
        # documentation": a state crime of presence (its repeal, as above, is turned by "repeals")
        "makes presence in the state a state crime",
        ("in the state", "in this state", "in that state"),
        "restrictive",
        4,
        r"(?<!repeals )(?<!repealing )\b(?:mak|creat|establish|provid)\w*\b[^.;:|]{0,30}?"
        + PRESENCE_CRIME,
    ),
    (
        "creates a state immigration enforcement unit or deportation task force",
        (
            "deportation",
            "immigration enforcement",
            "border security",
            "chief immigration",
            "presence",
            "illegal immigration",
            "border protection unit",
        ),
        "restrictive",
        3,
        # "abolishes (the) unit" is read by the row above, whose earlier match hides this one
        STATE_ENFORCEMENT_UNIT,
    ),
    (
        # "Creates a task force to assist federal immigration enforcement" ("creates" is no
        # furthering verb of its own: "county sanctuary policy prohibition act; create" names the
        # act it creates)
        "creates a unit to help or carry out immigration enforcement",
        ("creat",),
        "restrictive",
        3,
        r"(?<!from )\bcreat(?:e|es|ed|ing)\b" + OBJECT_GAP + r"(?:" + ENFORCEMENT_UNIT + r")",
    ),
    (
        "directs the state's own police to enforce immigration law",
        ("state police", "highway patrol", "state trooper", "public safety"),
        "restrictive",
        2,
        r"(?:requir\w*|direct\w*|mandat\w*|authoriz\w*|designat\w*)"
        + G_POS
        + STATE_POLICE
        + G_POS
        + ENFORCES_IMMIGRATION
        + r"|"
        + STATE_POLICE
        + r"\s+(?:shall|must)\s+"
        + G_POS
        + ENFORCES_IMMIGRATION,
    ),
    # a bar on punishing them shields them: "To prohibit the use of Federal funds to penalize
    # sanctuary jurisdictions", "Prohibits the state from withholding funds from sanctuary
    # jurisdictions" (not "prohibits sanctuary policies and penalizes sanctuary cities")
    (
        "bars a penalty on sanctuary jurisdictions",
        ("sanctuar",),
        "protective",
        5,
        # ... or a repeal of it ("repeals the cause of action against sanctuary jurisdictions")
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|forb[ia]d\w*|preclud\w*|repeal\w*|rescind\w*"
        r"|abolish\w*|prevent\w*|\bstop(?:s|ped|ping)?\b|\bend(?:s|ed|ing)?\b|halt\w*"
        # ... or in the negative: "the attorney general may not sue sanctuary jurisdictions", "no
        # state agency shall withhold funds from …" (2.62.0)
        + r"|"
        + DENIED_TO
        # ... or the power to punish them limited: "To limit the authority of the Attorney
        # General to withhold grants from sanctuary jurisdictions" (2.43.0)
        + r"|(?:limit|restrict|remov|eliminat|curtail|narrow)\w*\s+(?:the\s+)?(?:authority|ability"
        r"|power|discretion)\s+of)\s+(?:(?!and\b|sanctuar)[\w'’-]+\s+){0,8}?"
        r"(?:(?:penaliz\w*|punish\w*|withh[oe]ld\w*|den(?:y|ying)\b|retaliat\w*|defund\w*"
        r"|prosecut\w*|su(?:e|ing)\b"
        r"|(?:any|all)\s+(?:penalt(?:y|ies)"
        r"|sanctions?|fines?))\s+(?:[^.;:|]{0,80}?\b(?:to|for|from|against|on)\s+)?"
        # the punishment as a noun, aimed straight at them: "penalties against sanctuary cities"
        r"|(?:(?:civil|criminal)\s+)?(?:penalt(?:y|ies)|sanctions?|fines?|(?:(?:private\s+)?(?:rights?"
        r"|causes?)\s+of\s+)?actions?|suits?|liability)\s+(?:imposed\s+)?(?:on|upon|against)\s+"
        # ... or their money cut, ended or made conditional: "prohibits the Attorney General from
        # terminating grants to sanctuary cities", "the termination of Federal funds to …"
        r"|(?:(?:cut\w*\s+off|terminat\w*|suspend\w*|reduc\w*|eliminat\w*|condition\w*|limit\w*"
        r"|restrict\w*)\s+|(?:termination|suspension|reduction|withholding|denial|loss|elimination"
        r"|cutoff)\s+of\s+)(?:[\w-]+\s+){0,3}?(?:funds?|funding|grants?|assistance|aid|payments?|moneys"
        r"|monies|reimbursements?)\s+(?:to|for|from|of)\s+)"
        r"(?:(?!and\b)[\w'’-]+\s+){0,3}?sanctuary (?:jurisdiction|cit|count|state|polic)\w*"
        # ... kept from losing: "To protect sanctuary cities from losing Federal grants", "To
        # shield sanctuary jurisdictions from Federal funding cuts" (2.43.0)
        r"|(?:protect|shield|insulat|safeguard|defend)\w*\s+(?:(?!and\b)[\w'’-]+\s+){0,3}?"
        r"sanctuary (?:jurisdiction|cit|count|state|polic)\w*\s+(?:[\w'’-]+\s+){0,6}?from\s+"
        r"(?:(?:los(?:e|es|ing|s)\b|the\s+loss\b|withholding|defunding|penalt|retaliat|sanction"
        r"|punish)|(?:[\w'’-]+\s+){0,2}?(?:funding|grant|budget)\s+cuts\b|being\s+(?:defund|penaliz"
        r"|punish))"
        # ... or their money restored or kept: "To restore Federal grants to sanctuary
        # jurisdictions", "To ensure that sanctuary cities continue to receive Federal funds"
        r"|(?:restor|reinstat|resum)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:funds?|funding|grants?|payments?"
        r"|assistance|aid)\s+(?:to|for)\s+(?:(?!and\b)[\w'’-]+\s+){0,3}?sanctuary (?:jurisdiction"
        r"|cit|count|state|polic)\w*"
        r"|sanctuary (?:jurisdiction|cit|count|state|polic)\w*\s+(?:may\s+|shall\s+|will\s+)?"
        r"(?:continu|remain)\w*\s+(?:to\s+)?(?:receiv\w*|eligible\s+for)\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:funds?|funding|grants?|payments?|assistance|aid)\b",
    ),
    (
        "denies funds to sanctuary jurisdictions",
        ("sanctuar",),
        "restrictive",
        5,
        # "prohibit the use of Federal funds for congressional earmarks targeted to a State or unit
        # of local government that is a sanctuary jurisdiction"
        # ... limited or reduced: "to limit Federal funds to sanctuary jurisdictions", "to restrict
        # the use of Federal funds by sanctuary jurisdictions"
        # ... ended, suspended or made conditional: "to terminate SCAAP payments to sanctuary
        # jurisdictions", "to condition Federal funding of sanctuary cities"
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|den(?:y|ies|ied|ying)|withh\w+|\bcut\w*|\bno\b|limit\w*"
        r"|restrict\w*|reduc\w*|terminat\w*|suspen\w*|condition\w*|\bend(?:s|ed|ing)?\b|eliminat\w*"
        r"|revok\w*|rescind\w*|recoup\w*|claw\w*\s+back)"
        + G_SHORT
        + r"(?:funds?|funding|grants?|assistance|earmarks?|moneys?|monies|payments?|reimbursements?|aid)\b"
        # (not money naming a punishment: "reduces state funding penalties for sanctuary
        # cities" lessens the punishment, 2.74.0)
        + r"(?!\s+(?:penalt|sanction|fines?\b))"
        + r"[^.;:|]{0,120}?\b(?:to|for|from|by|of)\b[^.;:|]{0,80}?sanctuary (?:jurisdiction|cit|count|state|polic)\w*",
    ),
    (
        # ... or the places named as such first, then made ineligible or liable: "Makes sanctuary
        # jurisdictions ineligible for state grant funds", "Sanctuary cities shall be ineligible
        # for state grants"
        "makes sanctuary places ineligible or liable",
        ("sanctuar", "of refuge"),
        "restrictive",
        5,
        # (one place too: "Makes a sanctuary city liable for damages …", 2.80.0)
        r"\b(?:mak|render|deem|declar|hold)\w*\s+(?:all\s+|any\s+|an?\s+|the\s+|every\s+|each\s+)?"
        + _SANCTUARY_PLACES
        + r"\s+(?:[\w-]+\s+){0,2}?(?:ineligib|disqualif|liab)\w*|"
        # ... the liability as a noun: "providing for liability imposed on and eligibility for
        # public benefits of a municipality of refuge"
        + r"\bliabilit(?:y|ies)\s+(?:imposed\s+)?(?:on|upon|of)\b[^.;:|]{0,80}?\b"
        + _SANCTUARY_PLACES
        + r"|"
        + _SANCTUARY_PLACES
        + r"\s+(?:(?:shall|will|must|may)\s+(?:be\s+)?|(?:are|is|do|does)\s+|becom\w+\s+)(?:(?:hereby|also)\s+)?"
        r"(?:ineligib|disqualif|liab\w*|"
        + NOT_GIVEN
        + r")"
        # ... or its eligibility limited: "to restrict the eligibility of sanctuary cities for
        # Federal grants"
        + r"|\b(?:restrict|limit|revok|terminat|end|den(?:y|ies)|condition|narrow)\w*\s+(?:the\s+)?"
        r"eligibility\s+of\s+(?:all\s+|any\s+)?"
        + _SANCTUARY_PLACES
        # ... stripped of it, or kept from it: "to strip sanctuary jurisdictions of certain
        # Federal funding", "to prevent sanctuary jurisdictions from receiving Federal funds"
        + r"|\b(?:strip|depriv)\w*\s+(?:all\s+|any\s+)?"
        + _SANCTUARY_PLACES
        + r"\s+of\s+|"
        + BARS_FROM
        + r"(?:all\s+|any\s+)?"
        + _SANCTUARY_PLACES
        + r"\s+"
        + _BARRED_LATER,
    ),
    (
        # punished by name: "a private right of action against a sanctuary jurisdiction",
        # "restricts state funding for sanctuary cities" (a bar on the penalty is read first,
        # from its own verb: "prohibits the use of funds to penalize sanctuary cities")
        "punishes sanctuary places named as such",
        SANCTION_TRIGGERS,
        "restrictive",
        5,
        SANCTION
        + r"(?:(?:a|an|any|all|the|each|every|certain)\s+)?"
        + _SANCTUARY_PLACES
        # ... or a suit for those they harmed: "a private right of action for victims of crimes
        # committed by aliens released by sanctuary jurisdictions"
        + r"|(?:(?:private\s+)?(?:rights?|causes?)\s+of\s+action|civil\s+remed(?:y|ies))\b[^.;:|]{0,120}?"
        r"\b(?:released|harmed|injured|caused)\s+by\s+(?:an?\s+|the\s+|any\s+)?"
        + _SANCTUARY_PLACES,
    ),
    (
        # people held on a detainer kept from release: "prohibits the county jail from releasing
        # an inmate subject to an immigration detainer", "to prohibit the release from custody of
        # aliens subject to immigration detainers" (not a delay, nor the release of their
        # information or release dates)
        "bars releasing people held on a detainer",
        ("releas",),
        "restrictive",
        4,
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|may\s+not|shall\s+not|limit\w*"
        r"|restrict\w*)\s+(?:(?!delay|postpon)[\w'’-]+\s+){0,8}?releas\w*\s+"
        r"(?:(?!to\b|information|data|records?|dates?|notice|delay)[\w'’-]+\s+){0,6}?"
        r"(?:(?:who\s+(?:is|are)\s+)?(?:the\s+)?subject\s+(?:to|of)|held\s+on|with)\s+(?:an?\s+|the\s+|any\s+)?"
        r"(?:(?:civil\s+)?(?:immigration|\b(?-i:ICE)\b|federal)\s+)?detainers?"
        # ... or before agents come for them: "a jail may not release an inmate before ICE
        # takes custody"
        r"|(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|may\s+not|shall\s+not)\s+"
        r"(?:(?!delay|postpon)[\w'’-]+\s+){0,8}?"
        + RELEASED_BEFORE_ICE_CUSTODY
        # ... or sanctuary places kept from releasing: "to limit the ability of sanctuary
        # jurisdictions to release criminal aliens" (released by places that refuse detainers:
        # ``SANCTION``)
        + r"|(?:prohibit\w*|limit\w*|restrict\w*)\s+(?:the\s+)?(?:ability|authority|power)\s+of\s+"
        r"(?:all\s+|any\s+)?" + _SANCTUARY_PLACES + r"\s+to\s+releas",
    ),
    (
        # the duty as a noun: "to ensure the cooperation of State and local governments with
        # Federal immigration enforcement"
        "requires a government's cooperation with immigration enforcement, as a noun",
        ("cooperation", "compliance", "assistance"),
        "restrictive",
        4,
        r"\b(?:ensur|requir|mandat|compel|secur)\w*\s+(?:the\s+)?(?:full\s+)?(?:cooperation|compliance"
        r"|assistance)\s+of\s+(?:[\w'’,-]+\s+){1,6}?with\s+(?:the\s+)?(?:u\.?\s?s\.?\s+|united\s+states\s+)?"
        r"(?:federal\s+immigration|\b(?-i:ICE)\b|immigration)"
        # ... or furthered between governments: "to enhance cooperation between Federal and State
        # law enforcement in the enforcement of immigration laws"
        r"|\b(?:enhanc|improv|increas|strengthen|promot|facilitat|ensur|expand|encourag)\w*\s+(?:the\s+)?"
        r"cooperation\s+(?:between|among)\s+[^.;:|]{0,80}?\b(?:in|with|on|for)\s+(?:the\s+)?"
        r"(?:enforcement\s+of\s+(?:federal\s+)?immigration|federal\s+immigration|immigration\s+enforcement)",
    ),
    (
        # named and listed: "requires the attorney general to publish a list of sanctuary
        # jurisdictions" (a list to act on, not a report about the policy)
        "lists sanctuary places",
        ("list", "database", "registry", "index"),
        "restrictive",
        4,
        r"\b(?:publish|compil|maintain|develop|creat|establish|issu|keep|post)\w*\s+(?:[\w-]+\s+){0,3}?"
        r"(?:lists?|databases?|regist(?:ry|ries)|index)\s+(?:of|identifying|naming)\s+(?:all\s+|any\s+)?"
        r"(?:[\w-]+\s+){0,2}?" + _SANCTUARY_PLACES,
    ),
    (
        "facilitates immigration enforcement by ICE",
        ("facilitat",),
        "restrictive",
        3,
        r"facilitat\w*" + G_SHORT + ICE_AGENCY,
    ),
    (
        "bans sanctuary policies",
        ("sanctuar", "cooperation", "welcoming", "ice-free", "ice free", "ice out of"),
        "restrictive",
        4,
        # ... and the same policies by their other names: "prohibits welcoming city ordinances",
        # "bans the ICE-Free Schools Act"
        r"(?:(?:prohibit\w*|\bban(?:s|ned|ning)?\b|\bbar(?:s|red|ring)?\b|outlaw\w*|preempt\w*|penal\w+)"
        + G
        + r"(?:sanctuary|welcoming (?:cit|count|communit|state|ordinance|polic)|\bice[- ]free\b|"
        + ICE_KEPT_OUT
        + r")|anti-?sanctuary|(?:definition|define\w*) of sanctuary)"
        + REST
        + r"|sanctuary[^.;|]{0,40};\s*(?:prohibit|ban|outlaw)\w*"
        # noun-stacked captions: "Immigration law enforcement noncooperation ordinances and
        # policies prohibition", "prohibited declaration; sanctuary jurisdiction"
        # ... and penalties: "Providing for sanctuary municipality financial penalties"
        + r"|(?:non-?cooperation|sanctuary)[^.;|]{0,60}?\b(?:prohibitions?|bans?|penalt(?:y|ies))\b"
        + r"|prohibited (?:\w+ ){0,2}?(?:declarations?|designations?|polic(?:y|ies)|ordinances?);\s*sanctuary",
    ),
    (
        # the ban named as a noun: "the prohibition on limits on honoring immigration detainers"
        "a ban on limits on enforcement",
        ("prohibition on limit", "ban on limit", "prohibitions on limit", "bans on limit"),
        "restrictive",
        4,
        r"\b(?:prohibitions?|bans?) on (?:limits|limitations|restrictions) on (?:honoring|compliance"
        r"|cooperation|complying|cooperating)" + REST,
    ),
    (
        "bars limits on enforcement",
        ("prohibit", "bar", "polic"),
        "restrictive",
        4,
        r"(?:prohibit\w*\b|\bbar(?:s|red|ring)?\b)"
        # (the immigration agency itself barred limits enforcement: "prohibit the Department of
        # Homeland Security, including ICE, from establishing an immigration detention facility")
        + r"(?!\s+(?:the\s+)?(?:(?:u\.?s\.?|united states)\s+)?(?:secretary of homeland security|"
        + ICE_AGENCY
        + r"))"
        + G
        # (not records kept: "prohibits schools from maintaining information regarding the
        # immigration status of students" bars the data, 2.69.0)
        + r"from (?:adopting|enacting|maintaining(?!\s+(?:[\w'’-]+\s+){0,2}?(?:records?|information"
        r"|data|files?|databases?|lists?|registr))|having|limiting|restricting|preventing|prohibiting"
        + r"|establishing"
        + r"|implementing|regulating)"
        + G
        # not "from preventing such an alien from participating in a law enforcement training"
        + r"(?:(?<!law )enforc|cooperat|agreements|immigra)"
        # a policy that limits enforcement, barred: "requires agencies to adopt policies that
        # limit the sharing of immigration-related data" is the opposite
        + r"|(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|preempt\w*|void\w*|may not"
        + r"|shall not|\bno\b|criminaliz\w*|\bcrimes?\b|penal\w*|unlawful|liab\w+)"
        + r"[^.;:|]{0,160}?"
        + r"polic(?:y|ies)"
        + G_SHORT
        # "a policy under which the entity prohibits or discourages the enforcement of …"
        + r"(?:that|which) (?:\w+ly |(?:the |a |an |its )?\w+ )?"
        + r"(?:(?:limit|prevent|prohibit|restrict|inhibit|materially limit|discourag)\w*"
        + G
        + r"(?:enforc|cooperat|(?<!non)immigra|agreements)"
        # ... or that shields people from it: "policies that shield illegal aliens from
        # deportation"
        + r"|(?:shield|protect|insulat|harbor)\w*\s+(?:[\w'’-]+\s+){0,4}?from\s+(?:federal\s+)?"
        r"(?:deportation|removal|immigration\s+(?:enforcement|authorit\w+|agents?)|\b(?-i:ICE)\b))"
        + REST,
    ),
    (
        # the thing first, then what is done to it in the passive (PASSIVE_HINDERED,
        # PASSIVE_FURTHERED): "Sanctuary policies are prohibited", "Immigration detainers shall
        # be honored"; rows of their own, behind the participles
        "a sanctuary policy hindered, or a tool of enforcement furthered, in the passive",
        PASSIVE_TRIGGERS,
        "restrictive",
        4,
        r"\b(?:"
        + SANCTUARY_POLICY
        + r")"
        + PASSIVE_GAP
        + PASSIVE_HINDERED
        + r"|\b(?:"
        + ENFORCEMENT_TOOL
        + r")"
        + PASSIVE_GAP
        + PASSIVE_FURTHERED
        + NO_CONDITION
        + r"|"
        + PASSIVE_SHARED
        + NO_CONDITION,
    ),
    (
        "a sanctuary policy furthered, or a tool of enforcement hindered, in the passive",
        PASSIVE_TRIGGERS,
        "protective",
        4,
        r"\b(?:"
        + SANCTUARY_POLICY
        + r")"
        + PASSIVE_GAP
        + PASSIVE_FURTHERED
        + r"|\b(?:"
        + ENFORCEMENT_TOOL
        + r")"
        + PASSIVE_GAP
        + PASSIVE_HINDERED,
    ),
    (
        # the verb right before its object, as the rows below: "restricts sanctuary city
        # ordinances", "repeals policies that limit cooperation with federal immigration
        # authorities" (DOMAIN.md: a measure that hinders a sanctuary policy is restrictive)
        "hinders a sanctuary policy",
        POLICY_WORDS,
        "restrictive",
        3,
        # the rest of the clause is the hindered policy's, as in "bans sanctuary policies"
        HINDERS + OBJECT_GAP + SANCTUARY_POLICY + REST,
    ),
    (
        "furthers a sanctuary policy",
        POLICY_WORDS,
        "protective",
        3,
        FURTHERS + OBJECT_GAP + SANCTUARY_POLICY + NOT_UNDONE,
    ),
    (
        # the verb right before its object: what stands between is a determiner, never a clause
        "furthers a tool of immigration enforcement",
        TOOL_WORDS,
        "restrictive",
        3,
        # (not the tool held to a law's limits: "requires any cooperation with federal
        # immigration authorities to be consistent with the Keep Washington Working Act")
        FURTHERS + OBJECT_GAP + ENFORCEMENT_TOOL + NOT_UNDONE + HELD_TO_LIMITS,
    ),
    (
        # DOMAIN.md: any condition before a jail may honor a detainer is protective. Before the
        # row that reads a duty to honor, which a tie at "Requires" would otherwise give
        "sets a condition before a jail may honor a detainer",
        ("before", "condition"),
        "protective",
        4,
        # "requires a court order before a jail may honor an immigration detainer", "requires
        # reimbursement by ICE of the cost of the hold before …"
        r"requir\w*"
        + gap_without(r"\bhonou?r|\bcompl|\bdetain")
        + r"\bbefore\b"
        + G_SHORT
        + r"(?:honou?r|compl|hold|detain|transfer)\w*"
        + G_SHORT
        + r"detainer"
        # "conditions compliance with ICE detainers on a judicial warrant"
        + r"|\bcondition(?:s|ed|ing)\s+"
        + G_SHORT
        + r"(?:compl|honou?r|hold|cooperat)\w*"
        + G_SHORT
        + r"detainers?\s+(?:up)?on\b",
    ),
    (
        # land use sets a condition on holding people, as a moratorium does: "require a special
        # use permit for private detention facilities that hold immigrants for ICE" (2.43.0; not
        # "permit" the verb, which lets a government act)
        "requires a permit or license for detention facilities",
        ("permit", "licens", "licenc"),
        "protective",
        3,
        r"(?:requir\w*|mandat\w*)\s+(?:\w+\s+){0,4}?(?:permits?|licen[sc]\w*)\s+(?:for|to)\s+"
        r"(?:[\w-]+\s+){0,5}?(?:(?:detention|processing)\s+(?:facilit\w+|centers?)"
        r"|facilit\w+\s+(?:that|which)\s+(?:hold|detain|house))",
    ),
    (
        "requires honoring detainers",
        ("requir", "mandat", "shall", "must", "compel", "compl"),
        "restrictive",
        4,
        # (not a discretion given: "shall have the discretion to refuse to honor …", 2.69.0)
        r"(?:requir\w*|mandat\w*|shall(?!\s+have\s+(?:the\s+|sole\s+)*discretion\b)|must|compel\w*)"
        # "requires a signed judicial warrant before any agency honors a detainer" is a condition;
        # so is a permit or license required of those who hold people ("require a special use
        # permit for private detention facilities that hold immigrants for ICE", 2.43.0)
        + gap_without(r"warrant|before|\bpermits?\b|\blicen[sc]\w*")
        # (not the holders of a card or an account: "keep the records of ID card holders
        # confidential from federal immigration authorities", 2.78.0; nor a relative clause that
        # names whom the duty binds: "requires inspections of facilities that hold civil
        # immigration detainees", 2.81.0)
        + r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )"
        + r"(?:comply|complian\w+|honor\w*|hold(?!ers?\b)\w*\b"
        + HOLDS_NO_MEETING
        + r")"
        # (compliance with the state's own limits: "comply with the limits on cooperation with
        # federal immigration authorities", "audit compliance with the state's limits on …")
        + r"(?![^.;:|]{0,40}?\b(?:limits?|limitations?|restrictions?|prohibitions?|protections?)"
        r"\s+(?:on|of|against)\b)"
        # "… the cost of immigration holds as a condition of honoring detainers" sets a condition
        + NO_CONDITION_GAP
        + r"(?:with )?"
        + NO_CONDITION_GAP
        + r"(?:detainers?|\b(?-i:ICE)|immigration)"
        # (a duty held to cases is a condition: "honor immigration detainers only for persons
        # convicted of a violent felony", "may comply with an immigration detainer only if …")
        + NOT_ONLY_AHEAD
        # (not a refusal to comply, what a sanctuary place does: "a county that refuses to comply
        # with immigration detainers shall not lose state funding")
        + r"|"
        + NOT_REFUSED
        + r"(?:comply|complian\w+) with"
        + G_SHORT
        + r"(?:immigration )?detainer"
        + NOT_ONLY_AHEAD,
    ),
    (
        "requires 287(g) participation",
        (
            "requir",
            "mandat",
            "shall",
            "must",
            "encourag",
            "grant program",
        ),
        "restrictive",
        4,
        # (not across a bar: "requires each county to adopt a policy prohibiting participation
        # in 287(g) agreements", 2.70.0)
        r"(?:requir\w*|mandat\w*|shall|must|encourag\w*|grant program)"
        + G_POS
        + NOT_WHAT_IT_DID
        + r"(?:enter|request|participat|sign|apply)\w*"
        + G
        + r"(?:287\s*\(g\)|agreements?"
        + G_SHORT
        + r"(?:\b(?-i:ICE)|immigration and customs))|grant program"
        + G
        + r"(?:287\s*\(g\)|agreements)"
        # "require agreements with federal immigration authorities under section 287(g)"
        + r"|(?:requir\w*|mandat\w*)\s+(?:\w+\s+){0,2}?(?:agreements?|participation)"
        + G
        + r"287\s*\(g\)",
    ),
    (
        "enters, renews or expands a 287(g) agreement",
        ("287", "agreement"),
        "restrictive",
        3,
        # "may not enter into a 287(g) agreement unless ..." is a condition, not an entry
        r"(?<!asked to )(?<!whether to )(?<!request to )(?<!if it should )(?<!not )(?<!never )"
        + NOT_WHAT_IT_DID
        + r"(?:enter\w*|sign\w*|renew\w*|join\w*|approv\w*|expand\w*|extend\w*|seek\w*|pursu\w*"
        # "allows a county to opt in to the 287(g) program" (2.78.0)
        + r"|opt(?:s|ed|ing)?[- ]in(?:to| to))"
        + r" (?:into |of )?(?:an? |the |its )?(?:new |existing )?(?:287\s*\(g\)|agreements? with \b(?-i:ICE)\b)",
    ),
    (
        # ... and such a condition taken away: "Removes reimbursement by ICE as a condition of
        # honoring immigration detainers" (read before the row below, which it hides)
        "removes a condition on honoring detainers",
        ("condition", "prerequisite"),
        "restrictive",
        4,
        r"\b(?:remov|eliminat|repeal|delet|strik|rescind|waiv)\w*\s+[^.;:|]{0,120}?"
        + AS_A_CONDITION_OF_HONORING,
    ),
    (
        # a cost ICE must bear, or any term, set before a jail honors a detainer (DOMAIN.md:
        # Trust Acts have "ICE pays the cost"; any condition added is protective)
        "makes honoring detainers conditional",
        ("condition", "prerequisite"),
        "protective",
        4,
        r"\b" + AS_A_CONDITION_OF_HONORING,
    ),
    (
        "honors detainers without limits",
        ("detainer",),
        "restrictive",
        3,
        r"(?<!not )(?<!never )"
        + NOT_REFUSED
        + r"(?:honor|comply with|hold\w* (?:people|persons|inmates) on)\w* (?:all |every |each )?"
        + QUALIFIED_DETAINER
        + r"s?(?: requests?)?"
        + r"(?![^.;|]{0,80}(?:only|unless|except|judicial|reimburs|warrant))",
    ),
    (
        # "An Act To Ensure Municipal Compliance with Federal Immigration Laws": a short row of
        # its own, so the long one below does not start at every "ensure"
        "ensures compliance with federal immigration law",
        ("ensur",),
        "restrictive",
        3,
        r"\bensur\w*\s+(?:\w+\s+){0,2}?(?:compliance|cooperation)\s+with\s+(?:the\s+)?"
        r"(?:federal\s+)?immigration\b" + REST,
    ),
    (
        "requires cooperation with ICE",
        (
            "requir",
            "mandat",
            "shall",
            "must",
            "cooperate with",
            "direct",
            "duty of",
            "obligation of",
        ),
        "restrictive",
        3,
        # (the duty as a noun too, which a repeal undoes: "the duty of officers to determine the
        # immigration status of persons stopped")
        r"(?:requir\w*|mandat\w*|shall|must|direct(?:s|ed|ing)?\b|(?:duty|obligation)\s+of\b)"
        # a duty to study or report on cooperation is no duty to cooperate
        # "requiring a judicial warrant before cooperation with ICE" sets a condition
        # ("inform the person whether the agency intends to comply": a question, not a duty)
        # ... nor a duty to end it ("to cease cooperation with ICE"), to hold it to the state's
        # limits ("consistent with this act") or to write the rules that govern it
        + gap_without(
            r"\breport|\bstud|review|examin|assess|evaluat|warrant|\bbefore\b|\bwhether\b|ceas|\bend\b"
            r"|terminat|discontinu|\bsever|\blimit|\brestrict|govern|model\s+polic|audit"
        )
        + r"(?:cooperat\w*|complian\w*|notify"
        + NOT_A_PERSON_TOLD
        + r"|"
        + REPORT
        # "requiring all local law enforcement to investigate a person's immigration status";
        # "no employee shall ... otherwise investigate" is a ban
        # (a person's status investigated, not officials who share with ICE: "to investigate
        # local officials that share information with ICE" enforces a limit)
        # (not the agents' own papers checked: "to verify the identity and authority of
        # immigration officers before granting access", 2.75.0)
        + r"|(?:query|check|verify|determine|attempt to determine)(?!\s+(?:the\s+)?(?:identit"
        r"|credential|authority|authori[sz]ation|badges?|warrants?|judicial))"
        + r"|(?<=to )investigate(?=[^.;:|]{0,40}?\b(?:status|citizenship|immigration))"
        + r"(?![^.;:|]{0,40}?\b(?:that|who|which)\b)"
        # "to use all available resources to assist in federal immigration enforcement"
        r"|assist(?: in| with)?\s+(?=(?:\w+\s+){0,2}?(?:federal immigration|immigration enforcement"
        r"|\b(?-i:ICE)\b))"
        # a duty to ask about status ("requires officers to inquire into the immigration status
        # of persons arrested"); "no employee shall solicit information about status" is a ban
        r"|(?<!shall )(?:solicit|inquire|ask)"
        r"|(?:work|coordinate) with)"
        # "reports may be made anonymously and ... callers will not be asked their immigration
        # status": a passive "will not be" between the duty and its object undoes it ("to the
        # extent not prohibited by law" does not)
        + gap_crossing_none(r"\b(?:will|shall|may|must|would|can) not be\b|\bnever be\b")
        # (the agency dealt with, not the one asking: "report requests from ICE")
        + r"(?<!\bfrom )(?<!\bby )(?:\b(?-i:ICE)\b|immigration (?:authorit|officials?|officers?|agen|and customs|status)|federal immigration|citizenship"
        # ... or federal officers named with what they work on: "require cooperation with federal
        # authorities on immigration enforcement" (2.80.0)
        r"|federal\s+(?:authorities|officials|agencies|agents|officers)\s+(?:on|in|regarding|concerning)\s+"
        + IMMIGRATION_WORK
        + r")"
        + HELD_TO_LIMITS
        + r"|(?<!not )(?<!not to )(?<!never )cooperate with \b(?-i:ICE)",
    ),
    (
        # "the concept of an addition to the County jail to house INS detainees ... is approved"
        "approves holding immigration detainees in a local jail",
        ("detainee", "inmate"),
        "restrictive",
        3,
        r"(?<!not )(?:approv\w*|authoriz\w*|expand\w*|increas\w*|add\w*|build\w*|(?:re)?negotiat\w*"
        r"|renew\w*)"
        + gap_without(UNDOING)
        + r"\b(?:house|hold|detain)\w*\s+(?:\w+\s+){0,3}?(?:(?-i:ICE|INS)|(?:civil |federal )?immigration)"
        r" (?:detainees|inmates)"
        r"|(?:(?-i:ICE|INS)|(?:civil |federal )?immigration) (?:detainees|inmates)"
        + G_SHORT
        + r"\b(?:is|are) approved",
    ),
    (
        # a place's land-use leave for the agency's facility: "Approves a conditional use permit
        # for an ICE detention facility" (2.79.0; denied, it is a no: "bans immigration-detention
        # contracts")
        "grants a land-use permit for an immigration detention facility",
        ("permit", "zoning", "rezon", "variance", "site plan"),
        "restrictive",
        3,
        r"(?<!not )(?:approv\w*|grant\w*|issu\w*|award\w*)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?"
        r"(?:permits?|zoning|rezoning|variances?|site\s+plans?)\s+(?:\w+\s+){0,3}?(?:for|to\s+allow|allowing"
        r"|to\s+permit)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:\b(?-i:ICE)\b|immigration)\s+"
        r"(?:detention|processing)\s+(?:facilit\w+|centers?|sites?)",
    ),
    (
        "hands people over to immigration custody",
        ("custody",),
        "restrictive",
        3,
        r"(?:requir\w*|mandat\w*|shall|must|authoriz\w*|direct(?:s|ed|ing)?\b|allow\w*|permit\w*)"
        + G_POS
        + HANDED_TO_CUSTODY
        + ICE_AGENCY
        + r"|(?:allow\w*|permit\w*|authoriz\w*)\s+(?:(?:the|united|states|u\.?s\.?)\s+)*"
        + ICE_AGENCY
        + r"\s+(?:to\s+)?(?:take|assume)\s+(?:physical\s+)?custody\b",
    ),
    (
        "authorizes immigration arrests or status checks",
        (
            "authoriz",
            "authority",
            "permit",
            "allow",
            "status check",
            "inquire",
            "check",
            "state crime",
            "state offense",
            "illegal",
            "impermissible",
        ),
        "restrictive",
        3,
        r"(?:authoriz\w+|(?:create|grant|give)\w* (?:\w+ )?authority (?:for|to)|permits?|allows?)"
        + G
        # (not counsel: "to provide removal defense legal services")
        + r"(?:arrest\w*|inquir\w+|verif\w+|status checks?|check\w*"
        + r"|remov\w+\b(?!\s+(?:defen[cs]e|proceedings?|cases?|hearings?|court)\b)"
        + r"|\bhold\w*\b"
        + HOLDS_NO_MEETING
        + r")"
        + r"|status checks? during|(?:inquire|check\w*) into"
        + G_SHORT
        + r"immigration status|state (?:crime|offense) of (?:illegal|unlawful)|illegal (?:entry|reentry|re-entry)|illegal\s+re-?entry|impermissible occupancy",
    ),
    (
        "has a state court order people to leave the country",
        ("return to", "leave the"),
        "restrictive",
        3,
        # "courts shall require the alien to return to the country from which the alien entered"
        r"\b(?:judges?|courts?|magistrates?)\s+(?:\w+\s+){0,2}?(?:order|requir)\w*\s+(?:\w+\s+){0,3}?"
        r"to (?:return to (?:the |a |their |his or her )?(?:foreign|country|nation)|leave the (?:state|country))"
        + NOT_FAMILY_LAW,
    ),
    (
        "penalizes officials or jurisdictions",
        (
            "removal from office",
            "felony",
            "civil penalt",
            "withhold",
            "sue",
            "suit",
            "penalt",
            "crime for",
            "officials who",
            "officials that",
            "official who",
            "official that",
            "prosecution of",
        ),
        "restrictive",
        3,
        r"removal from office|(?:class [a-e]|a) felony for (?:officials?|any official)|civil penalt\w+"
        + G
        + r"(?:polic|official|entit)|withhold\w*"
        + G
        + r"(?:funds?|funding|grants?)|(?:sue|suits? against)"
        + G
        + r"(?:noncompliant|sheriffs?|officials?)|penalt\w+"
        + G_SHORT
        + r"(?:officials?|jurisdictions?|sheriffs?)"
        # a crime for officials to shield people from ICE: "To make it a crime for a State or local
        # official to shield an alien from detection by Federal immigration officials"
        r"|\bcrime\s+for\s+(?:an?\s+|any\s+)?(?:(?:state|local|public|government|elected|or)\s+)*"
        # (to the clause's end, whose "shield … from federal immigration" is the crime's object)
        r"officials?\s+to\s+(?:harbor|conceal|shield)\w*[^.;:|]{0,120}"
        # ... or prosecution for what sanctuary places do: "To subject State and local officials
        # who adopt sanctuary policies to criminal prosecution" (not officials who break a limit
        # on cooperation, which enforces it)
        r"|\bsubject\w*\s+(?:\w+\s+){0,6}?officials?\s+(?:who|that)\s+(?:\w+\s+){0,3}?"
        r"(?:adopt|enact|implement|maintain|vote|limit|refus|declin|restrict|obstruct)\w*"
        r"[^.;:|]{0,80}?\bto\s+(?:criminal\s+|civil\s+)?(?:prosecution|penalt\w+|liability|removal)"
        # ... or of officials of sanctuary places: "To provide for the prosecution of officials
        # of sanctuary jurisdictions"
        r"|\bprosecution\s+of\s+(?:\w+\s+){0,3}?officials?\s+(?:of|in)\s+(?:\w+\s+){0,2}?sanctuar\w+",
    ),
    (
        "gives those harmed by sanctuary policies a claim against them",
        ("sanctuar",),
        "restrictive",
        5,
        # "a civil remedy for individuals harmed by sanctuary jurisdiction policies"
        r"(?:remed\w+|cause of action|liab\w+|damages|\bsue\b)"
        + G
        + r"(?:harmed|injured|victims?|caused)\w*"
        + G_SHORT
        + r"\b(?:by|of)\s+(?:a\s+|the\s+)?sanctuar\w+",
    ),
    (
        "strengthens immigration enforcement",
        ("improv", "strengthen", "enhanc", "increas", "expand"),
        "restrictive",
        2,
        # "to improve immigration law enforcement within the interior of the United States"
        r"\b(?:improv|strengthen|enhanc|increas|expand)\w*\s+(?:\w+\s+){0,2}?"
        r"immigration (?:law )?enforcement(?! (?:oversight|accountability|transparency))",
    ),
    (
        "illegal-alien framing",
        (
            "illegal",
            "unlawful migration",
            "harbor",
            "chief immigration",
            "immigration enforcement",
            "criminal alien",
        ),
        "restrictive",
        1.5,
        r"illegal (?:aliens?|immigra\w+)|unlawful migration|harbor\w*"
        + G_SHORT
        + r"(?:aliens?|immigrants?)|chief immigration (?:enforcement )?officer\b|immigration enforcement (?:division|office)\b"
        # (not a federal program's name: ICE's Criminal Alien Program, the State Criminal Alien
        # Assistance Program)
        r"|criminal aliens?\b(?!\s+(?:assistance\s+)?program)",
    ),
    # protective, specific
    (
        "honors detainers only with a judicial warrant",
        ("judicial", "criminal warrant", "judge"),
        "protective",
        4,
        # (not one done without: "allows the arrest of … without a judicial warrant")
        r"(?<!without a )(?<!without an )(?<!without any )(?:judicial (?:warrant|order)|(?:criminal"
        r"|judicial) warrant)|signed by a (?:federal )?judge|warrant (?:signed|issued) by a (?:federal )?judge",
    ),
    (
        "honors detainers only under conditions",
        ("detainer", "immigration hold"),
        "protective",
        3,
        # "providing conditions under which law enforcement officials may hold an individual
        # pursuant to a federal immigration detainer request"
        r"(?:conditions|circumstances|criteria)\s+(?:under which|for which|in which|when)"
        + G
        + r"(?:hold|detain|honor|compl|keep)\w*"
        + G
        + r"detainer\w*|(?:detainer\w*|immigration holds?)"
        + G
        + r"only (?:if|when|where|upon|with|after|for|in)\b"
        # an official's approval first: "requires the sheriff's approval before any detainer
        # request is honored" (DOMAIN.md: any condition before a jail may honor one, 2.81.0)
        + r"|(?:approval|consent|authori[sz]ation|permission|sign-?off)\b"
        + G_SHORT
        + r"\b(?:before|prior\s+to)\b"
        + G
        + r"(?:detainer\w*|immigration holds?)|detainer\w*"
        + G
        # "shall not release ... subject to the detainer except to transfer custody" is a hold
        + r"(?:unless|except)(?!\s+(?:to\s+)?(?:transfer|deliver|release\w*\s+(?:him|her|them|such|the)\w*\s+to))",
    ),
    (
        "holds people on detainers until handed over",
        ("release",),
        "restrictive",
        5,
        # "shall not release such alien subject to the detainer except to transfer custody ... to
        # an appropriate federal authority"
        r"(?:shall|may|must) not (?:be )?release\w*"
        + G
        + r"detainer\w*"
        + G
        + r"(?:unless|except)\s+(?:to\s+)?(?:transfer|deliver)\w*",
    ),
    # a detainer or the agency's own warrant deemed enough to hold a person (a condition before a
    # hold taken away), or said not to be enough (one kept)
    (
        "a detainer or the agency's warrant is not enough to hold a person",
        ("sufficient",),
        "protective",
        4,
        DETAINER_OR_AGENCY_WARRANT
        + G
        + r"(?:is|are|be|shall\s+be|constitutes?)\s+(?:not|never)\s+(?:alone\s+)?(?:a\s+)?sufficient|"
        + DETAINER_OR_AGENCY_WARRANT
        + G
        + r"\binsufficient",
    ),
    (
        "a detainer or the agency's warrant is enough to hold a person",
        ("sufficient",),
        "restrictive",
        4,
        DETAINER_OR_AGENCY_WARRANT
        + G
        + r"(?:is|are|be|shall\s+be|constitutes?)\s+(?:a\s+)?sufficient\s+(?:(?:legal\s+)?(?:authority|basis"
        r"|grounds?|cause)\s+)?(?:to|for)\s+(?:the\s+)?(?:hold|detain|detention|keep|custody|continued)",
    ),
    (
        "declines or limits detainers",
        (
            "declin",
            "refus",
            "not ",
            "never",
            "no longer",
            "limit",
            "restrict",
            "bar",
            "prohibit",
        ),
        "protective",
        4,
        r"declin\w+"
        + G
        + r"detainer"
        # (a refusal named as such: "a county that refuses to comply with immigration detainers")
        + r"|refus\w+ to (?:comply with|honou?r) (?:an? |any |all )?"
        + QUALIFIED_DETAINER
        + r"|(?:not|never|no longer) (?:detain|hold|honor)\w*"
        + G
        + r"(?:detainer|immigration)|(?:limit\w*|restrict\w*|\bbar(?:s|red|ring)?\b|prohibit\w*)"
        + G
        + r"(?:detain|hold|honor|compl)\w*"
        + G
        + r"(?:detainers?|immigration hold)"
        + REST,
    ),
    (
        "bars or ends 287(g)",
        ("287", "immigration-officer", "immigration officer"),
        "protective",
        4,
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|\bend(?:s|ed|ing)?\b|terminat\w*|withdr[ae]w\w*|lapse\w*|expir\w*|rescind\w*|not renew\w*|cancel\w*)"
        + gap_crossing_none(A_BAN)
        + r"(?:287\s*\(g\)|immigration-officer functions|functions of (?:an )?immigration officers?)|287\s*\(g\)"
        + G
        + r"\b(?:lapse|expir|terminat|ended|withdr)\w*",
    ),
    (
        "bans immigration-detention contracts",
        (
            "prohibit",
            "bar",
            "ban",
            "moratorium",
            "end",
            "terminat",
            "oppos",
            "reject",
            "condemn",
            "deny",
            "denies",
            "denied",
            "denying",
            "disapprov",
        ),
        "protective",
        4,
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|moratorium|\bend(?:s|ed|ing)?\b|terminat\w*"
        # a resolution's no: "opposing the use of the county jail for ICE detention" (2.74.0)
        r"|oppos(?:e|es|ed|ing)\b|reject(?:s|ed|ing)?\b|condemn(?:s|ed|ing)?\b"
        # ... or a request or proposal turned down: "deny the Sheriff's request to house ICE
        # detainees" (not "denies bail to persons in immigration detention", nor "denies the
        # request for release of a person in immigration detention")
        r"|(?:den(?:y|ies|ied|ying)|disapprov\w*)(?=\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:requests?|proposals?|applications?|petitions?|permits?|variances?|rezonings?)\s+"
        r"(?:(?:of|by|from)\s+(?:the\s+)?[\w'’-]+\s+)?(?:to|for)\s+(?:an?\s+|the\s+)?(?:hous|hold|detain"
        r"|detention|contract|agreement|use|rent|lease|enter|expan|renew|(?:[\w'’-]+\s+){0,2}?"
        r"(?:\b(?-i:ICE)\b|immigration)\s+(?:detention|processing))))"
        # (not across an undoing: "opposing the termination of the county's detention contract
        # with ICE" backs the contract)
        + gap_crossing_none(f"{A_BAN}|{UNDOING}")
        # "detain" as a verb: not the "detainer" a place declines, nor people already "detained
        # by ICE" whom a business carries ("refusing to contract with airlines that transport
        # people detained by ICE")
        + NOT_WHAT_THEY_FACE
        + r"(?:detention|detain(?!ers?\b|ed\s+by\b)|contracts? with private|private,? for-profit|agreements? to detain|\b(?:house|hold)\w*"
        + G_SHORT
        + r"(?:civil )?immigration custody)",
    ),
    (
        "keeps officers out of immigration duties",
        ("not ", "never", "no longer"),
        "protective",
        3,
        r"(?:not|never|no longer) (?:be )?(?:perform|enforc|assist|participat|act)\w*"
        + G
        + r"(?:immigration|\b(?-i:ICE)\b)"
        # "counties shall no longer cooperate with federal immigration authorities"
        + r"|\b(?:shall|will|must|may) no longer (?:cooperat|honou?r|comply|shar|notif|communicat)\w*"
        + G
        + r"(?:immigration|\b(?-i:ICE)\b|detainers?)",
    ),
    (
        # "illegal immigration; prohibit, and provide penalties": a state crime of illegal entry
        # or presence, not a limit on cooperation
        "makes illegal immigration a crime",
        ("prohibit", "ban", "criminaliz"),
        "restrictive",
        4,
        r"(?:prohibit\w*|\bban(?:s|ned|ning)?\b|criminaliz\w*)\s+(?:\w+\s+){0,2}?(?:illegal|unlawful"
        r"|unauthorized) (?:immigration|entry|presence|reentry|re-entry)",
    ),
    (
        # a code chapter or ordinance named for what it regulates ("Chapter 120 (Solicitation of
        # Immigrant Status)"): it limits asking
        "a chapter regulating the solicitation of immigration status",
        ("solicitation of immigra",),
        "protective",
        3,
        r"(?-i:Solicitation of Immigra(?:nt|tion) Status|SOLICITATION OF IMMIGRA(?:NT|TION) STATUS)",
    ),
    # enforcement actions at sensitive places barred or limited, or allowed
    (
        "bars enforcement actions at sensitive places",
        SENSITIVE_PLACE_ENFORCEMENT_WORDS,
        "protective",
        3,
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|limit\w*|restrict\w*|forb[ia]d\w*)\s+"
        r"(?:[\w'’-]+\s+){0,8}?(?:(?:from\s+)?(?:conduct\w*|carry\w*\s+out|carrying\s+out)\s+)?"
        + ENFORCEMENT_ACTIONS_AT
        # ... or the agency asked to keep away: "requesting that ICE refrain from enforcement
        # actions at schools", "… that ICE not conduct enforcement at schools" (2.74.0)
        + r"|\b(?:refrain\w*\s+from|not\s+(?:to\s+)?(?:conduct|carry\s+out|engage\s+in|undertake)"
        r"|(?:cease|stop|avoid|halt|end)\w*)\s+(?:(?:conduct\w*|carry\w*\s+out|engag\w*\s+in)\s+)?"
        r"(?:(?:all|any|its|their|immigration|civil)\s+)*" + ENFORCEMENT_ACTIONS_AT,
    ),
    (
        "allows enforcement actions at sensitive places",
        SENSITIVE_PLACE_ENFORCEMENT_WORDS,
        "restrictive",
        3,
        r"\b(?:allow|authoriz|permit)\w*\s+(?:[\w'’-]+\s+){0,8}?(?:(?:to\s+)?(?:conduct|carry\s+out)\s+)?"
        + ENFORCEMENT_ACTIONS_AT,
    ),
    # a government named first, then what it did, then its punishment: "A local governmental
    # entity that adopts a sanctuary policy shall be ineligible for state grants" (the act is
    # punished: DOMAIN.md, anti-sanctuary measures "punish officials, cut funding")
    *named_first("punishes", PUNISHED_AFTER_TRIGGERS, PUNISHED_AFTER, limits_side="restrictive"),
    # ... or shielded from punishment after it: "A county that adopts a sanctuary policy is
    # immune from suit" (2.62.0)
    *named_first("shields", SHIELDED_AFTER_TRIGGERS, SHIELDED_AFTER, limits_side="protective"),
    # arrests for a person's status barred in the passive or as a noun ("No person shall be
    # arrested solely for being unlawfully present", "prohibits the arrest of any person solely
    # because of …"), or allowed as a noun ("allows warrantless arrests of persons for …"); the
    # verb with its government is read by the told and barred rows (``ENFORCEMENT_ACT``), and
    # the questioning verbs barred in the active ("shall not stop, question, interrogate …")
    # by "bars stops or arrests for immigration status"
    (
        "bars arrests for a person's status",
        ("arrest", "detain", "apprehend"),
        "protective",
        3,
        r"(?:\bno\s+(?:person|individual|one|alien|noncitizen|immigrant|resident)s?\s+(?:shall|may|will)"
        r"\s+be|\b(?:shall|may|must|will)\s+not(?:\s+be)?|(?:prohibit|forbid|limit|restrict)\w*"
        r"|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b)\s+(?:[\w'’,-]+\s+){0,4}?"
        + ARREST_FOR_STATUS,
    ),
    (
        # "expands the authority of immigration officers at courthouses" (the limits are read by
        # "limits cooperation / data sharing / access")
        "widens what immigration agents may do at a place",
        ("expand", "broaden", "increas", "extend", "enlarg"),
        "restrictive",
        3,
        r"\b(?:expand|broaden|increas|extend|enlarg)\w*\s+(?:the\s+)?" + AGENTS_POWERS_AT_A_PLACE,
    ),
    (
        # "No person shall be reported to ICE solely because …", "requires that students not be
        # reported to immigration authorities"
        "bars reporting people to immigration authorities",
        ("reported", "referred"),
        "protective",
        3,
        r"(?:\bno\s+(?:[\w'’-]+\s+){1,4}?(?:shall\s+|may\s+|will\s+|must\s+)?"
        r"|\b(?:shall|may|must|will)\s+not\s+|\bnot\s+|\bnever\s+)" + REPORTED_TO_ICE,
    ),
    (
        "allows arrests for a person's status",
        ("arrest", "detain", "apprehend"),
        "restrictive",
        3,
        # (the verb with its government too: "Authorizes peace officers to arrest a person for …",
        # "an officer may arrest a person without a warrant for …")
        r"(?:\b(?<!not )(?:allow|authoriz|permit|requir|mandat|direct|empower|encourag)\w*\s+"
        r"(?:(?:the\s+|more\s+)?(?:warrantless\s+)?|(?:[\w'’-]+\s+){1,5}?to\s+)"
        r"|\b(?:may|shall|must)\s+(?=(?:arrest|detain|apprehend)\b))" + ARREST_FOR_STATUS,
    ),
    (
        "bars immigration enforcement at a place",
        ("immigration enforcement",),
        "protective",
        3,
        ENFORCEMENT_BARRED_AT,
    ),
    (
        "lets immigration enforcement in at a place",
        ("immigration enforcement",),
        "restrictive",
        3,
        ENFORCEMENT_LET_IN_AT,
    ),
    # arrests on the way to or from court barred, or allowed
    (
        "bars arrests of people going to or from court",
        ("arrest",),
        "protective",
        3,
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|exempt\w*|protect\w*|limit\w*"
        r"|restrict\w*|no\s+(?:person|individual|one)\s+(?:shall|may)\s+be\s+subject\s+to)\s+"
        r"(?:[\w'’,-]+\s+){0,6}?" + COURT_GOERS_ARREST,
    ),
    (
        "allows arrests of people going to or from court",
        ("arrest",),
        "restrictive",
        3,
        r"\b(?:allow|authoriz|permit)\w*\s+(?:[\w'’-]+\s+){0,3}?" + COURT_GOERS_ARREST,
    ),
    # a place closing its own property to law enforcement (a rule on that access is a limit:
    # "An ordinance relating to law enforcement access to county facilities"); turned by a repeal
    (
        "closes a place's own property to law enforcement staging or access",
        ("law enforcement staging", "law enforcement access"),
        "protective",
        3,
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|limit(?!ed to\b)\w*|restrict\w*"
        r"|regulat\w*|clarif\w*|relat\w*\s+to|regarding|concerning|governing|warrants?\s+(?:for|before))"
        r"\s+(?:[\w'’-]+\s+){0,4}?" + LAW_ENFORCEMENT_KEPT_FROM,
    ),
    (
        "limits cooperation / data sharing / access",
        (
            "prohibit",
            "bar",
            "ban",
            "limit",
            "restrict",
            "may not",
            "shall not",
            "not permitted",
        ),
        "protective",
        3,
        # "limited to its subagencies, immigration and customs enforcement" is a definition
        # ("bans" the verb: not "the ban on …", a noun whose object other rows read)
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|bars|\bban(?:s|ned|ning)?\b(?!\s+on\b)|limit(?!ed to\b)\w*"
        r"|restrict\w*"
        # (not a status denied to people: "may not be granted special immigrant juvenile status")
        r"|(?:may|shall) not(?!\s+be\s+(?:granted|given|accorded)\s+(?:(?!access\b|to\b)[\w-]+\s+){0,3}?"
        r"status\b(?!\s+(?:information|data|records?|databases?)))"
        r"|not permitted)"
        # (not a status demanded of people: "prohibiting participation in Federal benefit
        # programs until a satisfactory immigration status is verified")
        + gap_crossing_none(r"\buntil\b")
        + NOT_WHAT_THEY_FACE
        # (not a policy named for keeping ICE out: "limits the ICE-Free Schools Act")
        + r"(?:immigration|\b(?-i:ICE)\b(?![- ](?:free|Free|FREE)\b|\s+(?-i:out|Out|OUT)\s)|customs"
        + r" enforcement|status|civil arrest|detention)"
        + REST,
    ),
    (
        "keeps data confidential from immigration authorities",
        ("confidential", "private", "secret"),
        "protective",
        3,
        DATA_KEPT_FROM_ICE,
    ),
    (
        # the people told about named between the verb and the agency, as benefits, school and
        # health agencies' bills name them ("prohibits the Health Care Authority from reporting
        # applicants who are not lawfully present to federal immigration authorities"): farther
        # than the row above reaches, so read from the verb of telling
        "bars telling immigration authorities about people",
        ("prohibit", "bar", "ban", "may not", "shall not", "must not"),
        "protective",
        3,
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|(?:may|shall|must)\s+not)"
        # (not a duty let back in, or a refusal barred: "may not refuse to report …")
        + gap_crossing_none(
            r"\brequir|\bmandat|\bunless\b|\bexcept\b|\bonly\b|\buntil\b|refus|declin|limit|restrict"
            r"|prohibit|prevent|\bfail|\bbar\b|\bban\b|\bnot\b"
        )
        + r"\b(?:report|shar|disclos|provid|releas|transmit|send|furnish|forward|notif|giv)\w*"
        + gap_crossing_none(LIMITING_BUT_STATUS + r"|\brequir|\bmandat", 100)
        + r"\b(?:to|with)\s+(?:the\s+)?"
        + _AGENCY_QUALIFIER
        + IMMIGRATION_AGENCY
        + REST,
    ),
    (
        # a condition on how this government's police take part (DOMAIN.md: conditions on
        # cooperation are protective), not the agents' own conduct, which is outside the topics
        "records what local police do beside immigration agents",
        ("camera",),
        "protective",
        3,
        r"(?:" + POLICE_WITH_AGENTS + r")[^.;:|]{0,80}?\bbody[- ](?:worn )?cameras?"
        r"|\bbody[- ](?:worn )?cameras?[^.;:|]{0,60}?\baccompan\w+[^.;:|]{0,60}?"
        r"(?:immigration|\b(?-i:ICE)\b)",
    ),
    (
        "bars using local money, staff or equipment",
        ("prohibit", "bar", "may not", "shall not"),
        "protective",
        3,
        r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|may not|shall not)"
        + G
        + r"(?:us(?:e|ing)) (?:of )?(?:\w+ ){0,3}(?:money|monies|funds|resources|personnel|equipment|staff)"
        # (not money barred from services to immigrants or from the groups that give them: "the
        # use of Federal funds by non-governmental organizations … for certain
        # immigration-related services" takes help from immigrants, the other way)
        + r"(?![^.;|]{0,100}?(?:"
        + SERVICES_TO_IMMIGRANTS
        + r"))"
        + REST
        # ... or money given for it barred: "To prohibit the provision of Federal funds to any State
        # or local government for the purpose of enforcing immigration law"
        + r"|(?:prohibit\w*|\bbar(?:s|red|ring)?\b)\s+(?:the\s+)?(?:provision|award\w*|payment"
        r"|disburs\w+)\s+of\s+(?:\w+\s+){0,2}?(?:funds|moneys?|monies|grants?)[^.;:|]{0,80}?"
        r"\b(?:for\s+(?:the\s+)?purposes?\s+of|to)\s+(?:enforc|carry\w*\s+out|assist)\w*\s+"
        r"(?:\w+\s+){0,3}?(?:federal\s+)?immigration" + REST,
    ),
    (
        "protection from civil arrest",
        ("civil arrest",),
        "protective",
        3,
        r"privilege from civil arrest|(?:not|no person) (?:shall )?be subject to civil arrest|protect\w*"
        + G
        + r"from civil arrest",
    ),
    (
        "consent and notice rights for people in custody",
        (
            "right of",
            "consent",
            "not required",
            "need not",
            "right to decline",
            "right to refuse",
            "know your rights",
            "notice to",
            "notif",
            "inform",
            "tell",
            "told",
            "advis",
            "giv",
            "gave",
            "provid",
        ),
        "protective",
        3,
        # (a person's consent, not a court's instrument: "no State may enter into any consent
        # decree, or settlement agreement, ... of the immigration laws")
        r"(?:written )?consent(?!\s+(?:decrees?|judgments?|orders?)\b)"
        + G
        + r"(?:interview|\b(?-i:ICE)\b|immigration)|(?:not required|need not|right to decline|right to refuse)"
        + G_SHORT
        + r"(?:answer|speak|interview)|know your rights"
        # ... whose right named between: "the right of persons in custody to decline interviews
        # with ICE" (2.43.0)
        r"|\bright\s+of\s+(?:[\w'’-]+\s+){1,5}?to\s+(?:decline|refuse)\s+(?:an?\s+|any\s+)?"
        r"(?:(?-i:ICE)\s+|immigration\s+)?interviews?\b"
        # "requires notice to an inmate and the inmate's attorney when ICE requests a transfer"
        r"|\bnotice to (?:an |the )?(?:inmate|detainee|person|individual)s?\b[^.;:|]{0,80}?"
        r"\b(?-i:ICE)\b"
        # the person held told about ICE, not ICE told about the person: "requires jails to
        # notify inmates of ICE interview requests", "give the person a copy of any detainer",
        # "requires that detainees be informed of the right to decline an ICE interview"
        r"|\b(?:notif\w*|inform(?:s|ed|ing)?|tell\w*|told|advis\w*|giv(?:e|es|ing)|gave|provid\w*)\s+"
        + PERSON_HELD
        + TOLD_OF_ICE
        + r"|"
        + PERSON_HELD
        + r"\s+(?:shall\s+|must\s+|will\s+)?(?:be|is|are)\s+(?:promptly\s+|first\s+)?"
        r"(?:notified|informed|told|advised|given|provided|served)\b" + TOLD_OF_ICE,
    ),
    (
        "regardless of immigration status",
        ("regardless", "without regard"),
        "protective",
        1.5,
        r"regardless of (?:immigration|citizenship)|without regard to (?:immigration|citizenship)",
    ),
    (
        "welcoming / sanctuary / trust framing",
        (
            "welcoming",
            "sanctuary",
            "trust act",
            "values act",
            "enhancing trust",
            "community trust",
            "due process for all",
            "confidential",
            "counsel",
            "legal representation",
            "legal defense",
            "card",
        ),
        "protective",
        1,
        # ("a sanctuary for immigrants and refugees", as a place declares itself; not "sanctuary
        # jurisdiction", the word of the laws that list, defund and punish such places, which
        # the places themselves do not use: counted here, it turned restrictive federal bills
        # that name no act of their own protective)
        # (the "sanctuary state bill" a state passes, by the name the press gives it, 2.43.0;
        # not "sanctuary state" alone, which federal bills that defund such states also say)
        r"welcoming (?:city|county|community|state)|sanctuary (?:city|county|ordinance|for all"
        r"|state (?:bill|act|law|legislation|statute)s?\b"
        r"|for (?:\w+ )?(?:immigrants|refugees|migrants))|trust act|values act|enhancing trust|community trust|due process for all|confidential\w*|right to (?:appointed )?(?:legal )?counsel|appointed (?:legal )?counsel|legal (?:representation|defense)|(?:identification|identity|id) card",
    ),
    (
        "recites the trust between immigrant communities and police",
        ("trust between",),
        "protective",
        2,
        # the reason sanctuary and welcoming measures give for themselves; measures that expand
        # enforcement speak of public safety and the rule of law instead
        r"trust between"
        + G_SHORT
        + r"(?:(?:immigrant|immigration)\w*"
        + G_SHORT
        + r"(?:police|law enforcement|officers|public agencies|local government)"
        + r"|(?:police|law enforcement|officers)"
        + G_SHORT
        + r"immigrant\w*)",
    ),
    # generic, low weight
    (
        "requires (generic)",
        ("requir", "mandat"),
        "restrictive",
        0.5,
        # "establishes requirements for officers assisting with immigration enforcement" sets
        # conditions on them; it is no duty to assist
        r"\brequir(?!ements?\s+(?:for|on|of)\b)\w+|\bmandat\w+",
    ),
    (
        "prohibits / limits (generic)",
        ("prohibit", "limit", "restrict", "bar"),
        "protective",
        0.5,
        r"\bprohibit\w*|\blimit\w*|\brestrict\w*|\bbars?\b",
    ),
]

# --- provisions ----------------------------------------------------------------------------------
PROVISIONS: dict[str, str] = {
    "detainer_judicial_warrant": "Honors ICE detainers only with a judicial warrant or court order",
    "detainer_limits": "Limits or declines ICE detainer holds",
    "detainer_mandate": "Requires jails to honor ICE detainers",
    "bar_287g": "Bars, ends or declines 287(g) agreements",
    "require_287g": "Requires or funds 287(g) agreements",
    "bar_status_inquiry": "Bars asking about or collecting immigration or citizenship status",
    "require_status_check": "Requires or authorizes immigration-status checks",
    "limit_info_sharing": "Limits sharing of release dates, personal data or records with immigration authorities",
    "require_info_sharing": "Requires notifying or reporting to immigration authorities",
    "limit_ice_access_jails": "Limits ICE access to jails and people in custody",
    "limit_ice_access_courts": "Limits civil immigration arrests at courthouses",
    "limit_ice_access_sensitive": "Limits immigration enforcement at schools, hospitals and other sensitive places",
    "ban_detention_contracts": "Bans or ends immigration-detention contracts",
    "bar_local_resources": "Bars use of local resources for federal immigration enforcement",
    "ban_sanctuary_policies": "Bans sanctuary policies or mandates cooperation with immigration enforcement",
    "penalize_sanctuary": "Penalizes officials or jurisdictions (fines, removal, crimes, lawsuits)",
    "defund_sanctuary": "Cuts state funding for sanctuary jurisdictions",
    "fund_legal_counsel": "Funds or guarantees legal counsel for people facing removal",
    "municipal_id_card": "Creates a municipal / community ID card",
    "u_visa_certification": "Sets U-visa / T-visa certification policy",
    "state_immigration_crime": "Creates a state immigration crime or authorizes state immigration arrests",
}

NEG = r"(?:prohibit\w*|\bbar(?:s|red|ring)?\b|\bban(?:s|ned|ning)?\b|limit\w*|restrict\w*|may not|shall not|not\b|no longer|\bno (?:\w+ )?(?:agency|agencies|person|officer|employee|entity|county|city|sheriff|public body|official)|declin\w+|\bend(?:s|ed|ing)?\b|terminat\w*|withdr[ae]w\w*|lapse\w*|moratorium|refus\w+)"
REQ = r"(?:requir\w*|mandat\w*|shall|must|compel\w*|direct\w*)"
# literal triggers of rows built on NEG / REQ
NEG_TRIGGERS = (
    "prohibit",
    "bar",
    "ban",
    "limit",
    "restrict",
    "may not",
    "shall not",
    "not",
    "no ",
    "declin",
    "end",
    "terminat",
    "withdr",
    "lapse",
    "moratorium",
    "refus",
)
REQ_TRIGGERS = ("requir", "mandat", "shall", "must", "compel", "direct")

# (code, triggers, pattern). A provision is found where its pattern matches inside one clause.
PROVISION_RULES: list[tuple[str, tuple[str, ...], str]] = [
    (
        "detainer_judicial_warrant",
        ("judicial", "criminal warrant", "criminal order", "judge"),
        r"detain\w*"
        + G
        + r"(?:judicial|criminal) (?:warrant|order)|(?:judicial|criminal) (?:warrant|order)"
        + G
        + r"detain\w*|detainers?"
        + G
        + r"(?:signed by a judge|judge-signed)",
    ),
    (
        "detainer_limits",
        ("detainer", "immigration hold"),
        NEG
        + G
        + r"(?:detain|hold|honor)\w*"
        + G
        + r"(?:detainers?|immigration holds?)|declin\w+"
        + G
        + r"detainers?|detainers?"
        + G
        + r"(?:only|unless|except)",
    ),
    (
        "detainer_mandate",
        ("detainer", "ICE", "48 hours"),
        REQ
        + G
        + r"(?:comply|complian\w+|honor|hold)\w*"
        + G
        + r"(?:detainers?|\b(?-i:ICE)'s request)|(?:comply|complian\w+) with"
        + G_SHORT
        + r"(?:immigration )?detainer|hold\w*"
        + G
        + r"48 hours"
        + G
        + r"(?:\b(?-i:ICE)|immigration)",
    ),
    (
        "bar_287g",
        ("287", "immigration-officer", "immigration officer"),
        NEG
        + G
        + r"(?:287\s*\(g\)|immigration-officer functions|functions of (?:an )?immigration officers?)|287\s*\(g\)"
        + G
        + r"\b(?:lapse|expir|terminat|ended|withdr)\w*",
    ),
    (
        "require_287g",
        ("287", "agreement"),
        # (not across a bar: "requires each county to adopt a policy prohibiting participation
        # in 287(g) agreements", 2.70.0)
        r"(?:requir\w*|mandat\w*|shall|must|encourag\w*|grant program)"
        + G_POS
        + NOT_WHAT_IT_DID
        + r"(?:enter|request|participat|sign|apply)\w*"
        + G
        + r"(?:287\s*\(g\)|agreements?"
        + G_SHORT
        + r"(?:\b(?-i:ICE)|immigration and customs))|grant program"
        + G
        + r"287\s*\(g\)",
    ),
    (
        "bar_status_inquiry",
        ("status",),
        NEG + G + r"(?:inquir|ask|collect|request|question)\w*" + G_SHORT + STATUS,
    ),
    (
        "require_status_check",
        ("status",),
        r"(?:"
        + REQ
        + r"|authoriz\w+|permit\w*)"
        + G
        + r"(?:verif\w+|check\w*|determin\w+|inquir\w+|query)"
        + G_SHORT
        + STATUS
        + r"|"
        + STATUS
        + r" checks?",
    ),
    (
        "limit_info_sharing",
        NEG_TRIGGERS,
        NEG
        + G
        + r"(?:shar\w+|disclos\w+|provid\w+|access\w*|releas\w+|notif\w+|information|data|records?)"
        + G
        + r"(?:immigration|\b(?-i:ICE)\b|customs enforcement)",
    ),
    (
        "require_info_sharing",
        REQ_TRIGGERS,
        REQ
        + G
        + r"(?:notif\w+|"
        + REPORT
        + r"|shar\w+|provid\w+)"
        + G
        + r"(?:immigration|\b(?-i:ICE)\b|customs enforcement)",
    ),
    (
        "limit_ice_access_jails",
        NEG_TRIGGERS,
        NEG
        + G
        + r"(?:access|office|interview|entry)\w*"
        + G
        + r"(?:jails?|facilit\w+|secure areas|inmates|detainees|custody|property)|(?:bars?|prohibit\w*)"
        + G
        + r"\b(?-i:ICE)"
        + G
        + r"(?:office|access)",
    ),
    (
        "limit_ice_access_courts",
        ("civil arrest",),
        r"civil arrests?"
        + G
        + r"courthouses?|courthouses?"
        + G
        + r"civil arrests?|privilege from civil arrest",
    ),
    (
        "limit_ice_access_sensitive",
        ("immigration enforcement",),
        r"(?:limit\w*|restrict\w*|prohibit\w*|polic\w+)"
        + G
        + r"immigration enforcement"
        + G
        + r"(?:schools?|campus\w*|hospitals?|health|shelters?|sensitive)|(?:schools?|campus\w*|hospitals?)"
        + G
        + r"(?:limit\w*|restrict\w*)"
        + G
        + r"immigration enforcement",
    ),
    (
        "ban_detention_contracts",
        ("detain", "detention", "custody", "private prison"),
        NEG
        + G
        + r"(?:contracts?|agreements?|facilit\w+|operation)"
        + G
        + r"(?:detain|detention|custody)|(?:detention|private prison)\w*"
        + G
        + r"contracts?"
        + G
        + r"(?:prohibit\w*|terminat\w*|end)",
    ),
    (
        "bar_local_resources",
        ("resource", "fund", "monies", "personnel", "staff"),
        NEG + G + r"(?:resources?|funds?|monies|personnel|staff)" + G + r"immigration",
    ),
    (
        "ban_sanctuary_policies",
        (
            "sanctuar",
            "from adopting",
            "from enacting",
            "from maintaining",
            "from limiting",
            "from restricting",
            "from preventing",
        ),
        r"(?:prohibit\w*|\bban(?:s|ned|ning)?\b|\bbar(?:s|red|ring)?\b|outlaw\w*|preempt\w*)"
        + G
        + r"sanctuary|(?:prohibit\w*|\bbar(?:s|red|ring)?\b)"
        + G
        + r"from (?:adopting|enacting|maintaining|limiting|restricting|preventing)"
        + G
        + r"(?:enforc|cooperat|agreements|immigra)",
    ),
    (
        "penalize_sanctuary",
        (
            "removal from office",
            "felony",
            "civil penalt",
            "sue",
            "suit",
            "penalt",
        ),
        r"removal from office|felony for (?:officials?|any official)|civil penalt\w+|(?:sue|suits? against)"
        + G
        + r"(?:noncompliant|sheriffs?|officials?)|penalt\w+"
        + G_SHORT
        + r"(?:officials?|jurisdictions?|sheriffs?)",
    ),
    (
        "defund_sanctuary",
        ("withhold", "ineligible", "los"),
        r"withhold\w*"
        + G
        + r"(?:funds?|funding|grants?)|(?:ineligible|los[es]\w*)"
        + G_SHORT
        + r"(?:state )?(?:funds?|funding|grants?)",
    ),
    (
        "fund_legal_counsel",
        (
            "counsel",
            "representation",
            "legal services",
            "legal defense",
            "attorney",
        ),
        r"(?:counsel|representation|legal (?:services|defense)|attorneys?)"
        + G
        + r"(?:immigration (?:court|proceedings?)|removal proceedings?|deportation|facing removal)|access to representation act|universal representation",
    ),
    (
        "municipal_id_card",
        ("card",),
        r"(?:municipal|city|community|county) (?:identification|identity|id) cards?",
    ),
    (
        "u_visa_certification",
        ("visa", "nonimmigrant", "i-918", "qualifying criminal"),
        r"\b[ut][- ]visas?\b|\b[ut] nonimmigrant|i-918|qualifying criminal activity",
    ),
    (
        "state_immigration_crime",
        ("state crime", "state offense", "illegal", "authoriz"),
        r"state (?:crime|offense) of|illegal\s+(?:entry|re-?entry)|(?:authoriz\w+)"
        + G
        + r"(?:arrest)\w*"
        + G
        + r"(?:immigra|entering|illegal|unlawful)",
    ),
]

# Anchors for long full texts: plain lowercase substrings located with str.find (no regex over the
# whole text). Only windows around them get the full rule set.
ANCHORS: tuple[str, ...] = (
    "287(g)",
    "287 (g)",
    "1357(g)",
    "detainer",
    "sanctuar",
    "customs enforcement",
    "immigration enforcement",
    "trust act",
    "truth act",
    "transfers and holds",
    "values act",
    "civil arrest",
    "immigration status",
    "immigration detention",
    "immigra",
    "undocumented",
    "noncitizen",
    "non-citizen",
    "deport",
    "removal proceeding",
    "visa",
    "municipal id",
    "alien",
    "detention",
)

# --- general words with only the federal government in sight ----------------------------------
# DOMAIN.md tracks how far a state's or a locality's police, jails, courts, money and data take
# part in immigration enforcement. "The immigration laws" or "immigration enforcement" with
# nothing more specific is read as that where some government below the federal one is in
# sight; where the only actors named are federal ones (the Secretary or Department of Homeland
# Security, ICE, immigration judges, the Social Security Administration, Congress itself) the
# words are about federal immigration law itself: visas, the agency's own conduct, its judges
# ("a limitation on the ability to issue any visa ... under the immigration laws", "violent
# attacks against ICE facilities ... the enforcement of immigration laws").
FEDERAL_ACTORS = (
    r"\b(?:secretary|department) of homeland security\b|\bdhs\b|immigration and customs enforcement"
    r"|\b(?-i:ICE)\b|customs and border protection|\bimmigration judges?\b|\bcongress\b"
    r"|house of representatives|\bthe senate\b|immigration and nationality act"
    r"|united states code|federal government|social security administration"
    r"|commissioner of social security|secretary of state|attorney general of the united states"
    r"|citizenship and immigration services|\buscis\b"
)
# ... or an act only they do, which names no actor: a visa issued, granted, denied or revoked
# ("a limitation on the ability to issue any visa or provide any status under the immigration
# laws")
FEDERAL_ONLY_ACTS = (
    r"\b(?:issu|grant|den[iy]|revok|refus)\w*\s+(?:\w+\s+){0,2}?visas?\b|\bvisa\s+issuance"
)
# ... and the governments below it, or their police and jails (not "the United States", not
# the federal "Secretary of State" or "State Department")
SUBFEDERAL_GOVERNMENT = (
    # (not a place beyond the state's line: "transporting people to facilities out of state")
    r"(?<!united )(?<!secretary of )(?<!out of )(?<!out-of-)\bstates?\b(?!\s+department)"
    r"|\blocal\b|\blocalit\w+"
    # (not a committee's: a House resolution's "such provisions as fall within the
    # jurisdiction of the committee concerned")
    r"|political subdivisions?|\bjurisdictions?\b(?!\s+of\s+the\s+committee)"
    r"|\bcount(?:y|ies)\b|\bcit(?:y|ies)\b"
    r"|\bmunicipal\w*|\bsheriffs?\b|\bpolice\b|\bjails?\b|law enforcement agenc\w+"
    r"|national guard|district of columbia|\btribal\b|\btowns?\b|\bgovernors?\b|\btribes?\b"
    # a state's prisons and police by their departments' names ("Requires the department of
    # corrections to join ICE task forces"; the federal Bureau of Prisons is not one)
    r"|department\s+of\s+corrections?\b|corrections\s+department|department\s+of\s+public\s+safety"
    r"|highway\s+patrol|state\s+troopers?|school\s+districts?\b"
)

# --- the federal government's own immigration detention ---------------------------------------
# "Immigration detention" with only federal actors in sight (FEDERAL_ACTORS, no
# SUBFEDERAL_GOVERNMENT) is the agency's own detention: its standards, conditions, records,
# procedures and locator ("standards for facilities at which aliens in the custody of the
# Department of Homeland Security are detained", "to reform immigration detention procedures").
# The detention_contracts topic is about contracts to hold people and bans on them (DOMAIN.md),
# so such a bill is other_immigration unless it names a contract, people housed for the agency
# or a facility being planned, built or run, which the topic covers wherever it is ("to prohibit
# U.S. Immigration and Customs Enforcement from negotiating contracts with private detention
# companies", "accept funding from ICE for the housing of detainees", "the planned ICE
# processing center").
DETENTION_BY_CONTRACT = (
    r"contract\w*|agreements?|privately|private|for-profit|\bigsas?\b|intergovernmental"
    # (not "restrictive housing", solitary confinement in the agency's own facilities)
    r"|accept\w*|(?<!restrictive )\bhous(?:e|es|ed|ing)\b(?!\s+of\s+representatives)|\bbeds?\b"
    r"|per diem"
)
DETENTION_SITE = (
    r"construct\w*|acqui\w*|\bnew\b|build\w*|\bsit(?:e|es|ing)\b|operat\w*|expan\w*"
    r"|planned|proposed|future|additional" + r"|" + LAND_USE
    # ... or one a place's land-use law acts on: "a conditional use permit for an ICE detention
    # facility" (zoning is no federal act, 2.79.0)
)
# ... but a facility the agency itself is kept from building, expanding or running, with no
# government below the federal one in sight, is the agency's own detention still ("prohibits
# the Department of Homeland Security (DHS) from using any federal funds to construct or expand
# immigration detention facilities": a federal bill on federal detention, DOMAIN.md); a
# facility planned in a place ("supporting the planned ICE processing center") is not done by
# a federal actor in the measure's words, and a contract is the topic whoever signs it
FEDERAL_SITE_WORK = (
    rf"(?:{FEDERAL_ACTORS})(?:\s*\([^)]{{1,12}}\))?[^.;|]{{0,40}}?"
    r"\b(?:from|to|shall(?:\s+not)?|may(?:\s+not)?)\s+[^.;|]{0,40}?"
    r"\b(?:construct|build|expan|acqui|operat|open|establish)\w*"
)

# --- resolutions that address another government --------------------------------------------
# A resolution that urges, calls on, thanks, commends or condemns another government about
# immigration in general is other_immigration (DOMAIN.md, "where the line falls"); it is relevant
# only when a specific rule finds the tracked policy it backs or opposes. Read on the title.
# A call addressed to Congress or the President: "IMMIGRATION – States findings of the
# Legislature and calls on Congress to prioritize laws ..."
ADDRESSES_FEDERAL = (
    r"\b(?:call(?:s|ing)? (?:on|upon)|urg(?:es|ing)|memoriali[sz](?:es|ing)|petition(?:s|ing))\s+"
    r"(?:the\s+)?(?:united states\s+|u\.\s?s\.\s+)?(?:congress|president|federal government"
    # ... or to the Administration or the federal department: "calling upon the Administration to
    # act immediately to enforce our Nation's immigration laws"
    r"|administration|department of homeland security|secretary of homeland security)\b"
)
URGING = (
    r"^\W*(?:(?:a|the)\s+)?(?:(?:house|senate|joint|concurrent|council|board)\s+)*(?:resolutions?|memorials?)\b[^|]{0,250}?"
    r"\b(?:urg\w+|call\w* (?:on|upon|for)|memoriali\w+|request\w*|petition\w*|commend\w*|condemn\w*|thank\w*|denounc\w*|express\w*|recogni\w+|honor\w*|support\w*|oppos\w*|encourag\w*|affirm\w*|reaffirm\w*|declar\w*|celebrat\w*|welcom\w*|stand\w* with|in solidarity"
    # words of praise: "applauding", "praising", "saluting"
    r"|applaud\w*|prais\w*|salut\w*"
    # words of protest: "objecting to", "deploring", "decrying", "rebuking"
    r"|object\w* to|protest\w*|deplor\w*|decr(?:y|ies|ying)|rebuk\w*)"
    # "to support the concerns raised by Governor ... regarding the federal government's failure to
    # enforce immigration laws" (a South Carolina resolution's caption)
    r"|^\W*(?:to\s+)?(?:urg\w+|memoriali\w+|call\w* (?:on|upon|for)|commend\w*|condemn\w*|petition\w*|request\w*|support(?:s|ing)?|affirming|reaffirming|encouraging|denouncing|oppos(?:es|ing))\b"
    # ... or by its praise alone: "Applauding the State of Arizona for …", "Expressing gratitude
    # to …", "Honoring the men and women of …"
    r"|^\W*(?:applaud(?:s|ing)|prais(?:es|ing)|thank(?:s|ing)|honor(?:s|ing)|recogniz(?:es|ing)"
    r"|salut(?:es|ing)|expressing (?:gratitude|appreciation|thanks))\b"
    # anywhere in a caption, a call addressed to the federal government
    r"|" + ADDRESSES_FEDERAL
)

# A resolution that names the bill or act it backs or opposes is judged on that measure's policy.
NAMED_MEASURE = (
    r"\b(?-i:[ASH])\.?\s?\d{3,5}[A-Z]?\b|\bH\.?\s?R\.?\s?\d+|\b(?-i:[HSA])\.?(?-i:B)\.?\s?\d+"
    # (not the verb: "calling upon the Administration to act immediately to enforce …")
    r"|(?<!\bto )(?<!must )(?<!shall )(?<!should )(?<!will )\bact\b|\b(?:bill|legislation|ordinance)\b"
)

# Verbs that say what a measure does; a long title with one describes the measure, a long title
# without one ("relating to the enforcement of immigration laws, and providing penalties") is
# still only a caption.
OPERATIVE = (
    r"\b(?:prohibit|bar|bars|barring|ban|bans|banning|limit|restrict|requir|mandat|authoriz|allow"
    r"|permit|establish|creat|repeal|prevent|protect|direct|end|ends|ending|terminat|expand"
    r"|exempt|compel|forbid|preclud|provid(?:e|es|ing) (?:for|that))\w*"
)

# --- speed: the prefilter ----------------------------------------------------------------------
# Prefilter: a measure can only be relevant (or other_immigration) if one of these occurs. Most
# of the stream has none and is answered after a handful of substring tests.
PREFILTER_LOWER: tuple[str, ...] = (
    "immigra",
    "detainer",
    "287",
    "1357",
    "sanctuar",
    "welcoming",
    "trust",
    "values act",
    "civil arrest",
    "private prison",
    "private detention",
    "private, for-profit",
    "for-profit",
    "identification card",
    "identity card",
    "municipal id",
    "city id",
    "county id",
    "community id",
    "resident id",
    "local id",
    "show me your papers",
    "visa",
    "nonimmigrant",
    "qualifying criminal",
    "i-918",
    "i-914",
    "reentry",
    "re-entry",
    "illegal entry",
    # "persons who enter this state illegally"
    "state illegally",
    "state unlawfully",
    # "for individuals to be in the state without proper documentation"
    "state without",
    "proof of legal status",
    "immigration papers",
    # "persons they suspect are in the country illegally", "aliens who are illegally present"
    "country illegally",
    "country unlawfully",
    "border illegally",
    "border unlawfully",
    "illegally enter",
    "unlawfully enter",
    "states illegally",
    "states unlawfully",
    "foreign nation",
    "port of entry",
    "ports of entry",
    "impermissible occupancy",
    "interrogate",
    "secure communities",
    "homeland",
    "dhs",
    "customs enforcement",
    "deport",
    "removal proceeding",
    "facing removal",
    "priority enforcement program",
    "public safety function of",
    "alien",
    "undocumented",
    "noncitizen",
    "non-citizen",
    "migra",
    "e-verify",
    "everify",
    "lawful presence",
    "legal presence",
    "lawfully present",
    # "persons without lawful status", "not legally present" (2.81.0)
    "legally present",
    "lawful status",
    "legal status",
    "refugee",
    "asylum",
    "daca",
    "citizenship",
    "work eligibility",
    "unauthorized",
    "citizen protection",
    "values act",
    "trust act",
    "truth act",
    "transfers and holds",
    "welcoming",
    "refuge",
    "ice-free",
    "ice free",
    "ice out of",
    "community trust",
    "removal defense",
    "civil detention",
    "identification act",
    "unlawful worker",
    "scomm",
    "s-comm",
    "detention center",
    "detention facilit",
    # the INS, ICE's predecessor, in a county's jail resolution ("house INS detainees")
    "ins detainee",
    "for the detention",
    "for detention",
    "border protection unit",
    # the tracked policies by their federal names alone: 287(g)'s models, the detainer form,
    # detention agreements, the federal statute on sharing status information
    "warrant service officer program",
    "warrant service officer agreement",
    "warrant service officer model",
    "jail enforcement model",
    "i-247",
    # the U and T visas by their citations (8 U.S.C. 1101(a)(15)(U), 1184(p))
    "1101(a)(15)",
    "1184(",
    "i247",
    "igsa",
    "1373",
    "1644",
    # "the state law making unlawful entry a state crime"
    "unlawful entry",
    # arrests on the way to court, and the acts named for banning them
    "court proceeding",
    "courthouse",
    "our courts act",
    "open to all act",
    # a jail checking the nationality of the people it books
    "nationality of",
    # a place's own property closed to law enforcement ("ICE-free zone" ordinances)
    "law enforcement staging",
    "law enforcement access",
)
PREFILTER_UPPER: tuple[str, ...] = ("ICE",)
