"""Train the classifier's learned second opinion and write tracker/classify/data/model.json.

Run: ``.venv/bin/pip install scikit-learn`` (build-time only), then
``python scripts/train_classifier_model.py [--cv]``.

Trains only on the *rules* part of the labeled data (tests/data/rules/), never on the held-out
part, so the held-out figures of docs/classifier.md stay honest. ``--cv`` prints 5-fold
cross-validated figures of the whole classifier (rules + model) on the rules part first.

Models (binary logistic regression, L2, over ``tracker.classify.model.features``):
- ``relevance``: labeled measures + background bills that pass the prefilter (the model only ever
  sees measures that do).
- ``restrictive``: relevant measures with a direction, restrictive vs protective.
- ``topic:<topic>``: one per topic, on relevant measures.
The direction and topic models also learn from each measure read with its bill text
(tests/data/rules/texts.jsonl, where the triage would have the spider fetch it), as the
classifier reads it: title, summary and the text's bounded selection. The model reads that scope
whenever a spider brings a text; trained on captions alone it saw none.
Weights are rounded and tiny ones dropped, so the file is small and byte-for-byte reproducible.
"""

from __future__ import annotations

import json
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402

from tracker.classify import (  # noqa: E402
    TOPICS,
    Classification,
    _classify,
    caption_subject,
    engine,
    model,
    read_scope,
    settle_with_text,
    stance_scope,
)
from tracker.classify.evaluation import fetched, stable_id  # noqa: E402

RULES = ROOT / "tests" / "data" / "rules"
C = 4.0
MIN_DF = 2
# weights smaller than this are dropped and the rest rounded to three places: the file stays
# small (under 3 MB) and the figures do not move (checked by --cv). The shipped model (2.25.0's)
# was written with 0.06 on the rules part as it then stood; on today's rules part 0.06 writes
# 3.1 MB and 0.065 writes 2.9 MB with the same CV figures (docs/classifier-history.md, 2.31.0)
MIN_WEIGHT = 0.065
# the triage model learns from every background bill, so it has the most small weights; dropping
# more of them keeps the file under 3 MB (the out-of-fold triage figures are the same)
TRIAGE_MIN_WEIGHT = 0.1
VERSION = "1"
# Decision thresholds (chosen by cross-validation on the rules part, see docs/classifier.md).
THRESHOLDS = {
    "relevance": 0.72,
    "veto": 0.06,
    "stance_margin": 0.0,
    "topic": 0.5,
    "topic_add": 0.65,
    "stance_override": 0.3,
    "weak_cues": 2.0,
    # triage: a bare caption no rule reads goes on for its text when the triage model gives it
    # at least this (out-of-fold on the rules part: 17 of the 30 relevant bare captions the word
    # triage misses, for texts of 0.5 % of unrelated bills; docs/classifier-history.md, 2.22.0)
    "triage": 0.4,
}


def load(name_glob: str) -> list[dict]:
    rows = []
    for path in sorted(RULES.glob(name_glob)):
        with path.open(encoding="utf-8") as f:
            rows.extend(json.loads(line) for line in f if line.strip())
    return rows


def scope(row: dict) -> str:
    """What the classifier reads of a measure's title and summary."""
    return read_scope(row["title"], row.get("summary") or None)


def with_texts(labeled: list[dict]) -> list[dict]:
    """The labeled rows, each with the text a spider would bring (`_text`), where there is one."""
    found: dict[str, str] = {}
    with (RULES / "texts.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            found[row["text_for"]] = row["text"]
    out = []
    for row in labeled:
        text = found.get(stable_id(row))
        if text:
            row = {**row, "_found_text": text}
            if fetched(row):
                row["_text"] = text
        out.append(row)
    return out


def text_scope(row: dict) -> str:
    """What the classifier reads of a measure with its text."""
    return read_scope(row["title"], row.get("summary") or None, row["_text"])


def fit(rows: list[tuple[list[str], int]], min_weight: float = MIN_WEIGHT) -> dict:
    """One logistic model on (features, label) pairs, as a JSON-ready dict."""
    df: dict[str, int] = {}
    for feats, _ in rows:
        for f in feats:
            df[f] = df.get(f, 0) + 1
    keep = {f for f, n in df.items() if n >= MIN_DF}
    vec = DictVectorizer()
    xs = []
    for feats, _ in rows:
        kept = [f for f in feats if f in keep]
        # the runtime divides by the count of all features present; train the same way
        norm = len(feats) ** -0.5 if feats else 0.0
        xs.append({f: norm for f in kept})
    x = vec.fit_transform(xs)
    y = [label for _, label in rows]
    if len(set(y)) < 2:
        return {"bias": 10.0 if y and y[0] else -10.0, "weights": {}}
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, solver="lbfgs")
    clf.fit(x, y)
    weights = {
        f: round(float(w), 3)
        for f, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)
        if abs(w) >= min_weight
    }
    return {"bias": round(float(clf.intercept_[0]), 4), "weights": dict(sorted(weights.items()))}


def train(labeled: list[dict], background: list[dict], all_background: list[dict]) -> dict:
    feats = {id(r): model.features(scope(r)) for r in labeled + background}
    rel = [(feats[id(r)], int(bool(r["relevant"]))) for r in labeled]
    rel += [(feats[id(r)], 0) for r in background]
    relevant = [r for r in labeled if r["relevant"]]
    directed = [r for r in relevant if r.get("stance") in ("protective", "restrictive")]
    # each measure with a text a second time, read as the classifier reads it with the text
    read = {id(r): [feats[id(r)]] for r in labeled}
    for r in relevant:
        if "_text" in r:
            read[id(r)].append(model.features(text_scope(r)))
    # the direction is learned from what each measure does, without a digest's current law
    sides = {id(r): [model.features(stance_scope(scope(r)))] for r in directed}
    for r in directed:
        if "_text" in r:
            sides[id(r)].append(model.features(stance_scope(text_scope(r))))
    models = {
        "relevance": fit(rel),
        "restrictive": fit(
            [(f, int(r["stance"] == "restrictive")) for r in directed for f in sides[id(r)]]
        ),
    }
    for t in TOPICS:
        models[f"topic:{t}"] = fit(
            [(f, int(t in r["topics"])) for r in relevant for f in read[id(r)]]
        )
    models["triage"] = fit(triage_rows(labeled, all_background), TRIAGE_MIN_WEIGHT)
    return {"version": VERSION, "thresholds": THRESHOLDS, "models": models}


def triage_rows(labeled: list[dict], all_background: list[dict]) -> list[tuple[list[str], int]]:
    """The triage model reads a bare caption, before any prefilter: relevant measures against
    every other measure and every background bill, however far from immigration, so its score
    means the same on a parking-meter ordinance as on a sheriff's agreement."""
    caption = [
        (model.features(caption_subject(r["title"])), int(bool(r["relevant"]))) for r in labeled
    ]
    return caption + [(model.features(caption_subject(r["title"])), 0) for r in all_background]


def cross_validate(
    labeled: list[dict], background: list[dict], all_background: list[dict], folds: int = 5
) -> None:
    """Whole-classifier figures, each labeled row scored by models that never saw it (the
    triage that decides whether a spider brings its text included)."""
    import tracker.classify as classifier
    from tracker.classify.evaluation import EvalReport, _score_row

    strata = [f"{bool(r['relevant'])}|{r.get('stance')}" for r in labeled]
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    bg_folds = [background[i::folds] for i in range(folds)]
    with_model, rules_only = EvalReport(paths=["cv"]), EvalReport(paths=["cv rules only"])
    for k, (train_idx, test_idx) in enumerate(skf.split(labeled, strata)):
        bg_train = [r for j, part in enumerate(bg_folds) if j != k for r in part]
        models = model.Models(train([labeled[i] for i in train_idx], bg_train, all_background))
        # the fold's own models decide, the triage's choice of texts included
        with classifier.scored_with(models):
            for i in test_idx:
                r = labeled[i]
                # the text, where the fold's own triage would have the spider bring it
                row = {**r, "text": r["_found_text"]} if "_found_text" in r and fetched(r) else r
                # a text left unread still counts toward what is within reach, as in --eval
                stored = r.get("_found_text") if row is r else None
                for report, models_used in ((with_model, models), (rules_only, None)):
                    read = partial(classify_with, models_used)
                    _score_row(report, row, r["identifier"], read, stored_text=stored)
            for r in bg_folds[k]:
                _score_row(with_model, r, r["identifier"], lambda *a, m=models: _classify(*a, m)[0])
                _score_row(rules_only, r, r["identifier"], lambda *a: _classify(*a, None)[0])
    print(
        "5-fold cross-validation on the rules part (measures with the text a spider would bring;"
        " background: prefilter-passing bills)"
    )
    print(with_model.format(show_rows="--errors" in sys.argv))
    print("rules alone, same folds:")
    print(rules_only.format(show_rows=False))


def classify_with(
    models: model.Models | None,
    title: str,
    summary: str | None,
    text: str | None,
    jurisdiction: str | None,
    level: str | None,
) -> Classification:
    """`classify` with these models (None: the rules alone), a text read as `classify` reads it."""
    words = _classify(title, summary, None, jurisdiction, level, models)[0]
    if not text:
        return words
    return settle_with_text(words, title, summary, text, jurisdiction, level, models)


def main() -> int:
    labeled = with_texts(load("labeled_*.jsonl"))
    all_background = load("background_*.jsonl")
    background = [r for r in all_background if engine.prefilter(scope(r))]
    print(f"training on {len(labeled)} labeled measures and {len(background)} background bills")
    if "--cv" in sys.argv:
        cross_validate(labeled, background, all_background)
    data = train(labeled, background, all_background)
    model.MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, sort_keys=True, separators=(",", ":"))
    model.MODEL_PATH.write_text(text + "\n", encoding="utf-8")
    n = sum(len(m["weights"]) for m in data["models"].values())
    print(f"wrote {model.MODEL_PATH.relative_to(ROOT)}: {n} weights, {len(text):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
