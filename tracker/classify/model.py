"""The learned second opinion: linear models over word and character n-grams, read from JSON.

Why this shape: the rules name the phrasings someone thought of; a linear model trained on the
labeled measures weighs every word and word-piece, so it catches phrasings no rule names. It is
trained at build time (``scripts/train_classifier_model.py``, scikit-learn) on the *rules* part of
the labeled data only, and shipped as plain weights (``data/model.json``), so running it needs no
scikit-learn, no pickle and no randomness: a score is a sum of looked-up weights.

The same ``features`` function is used to train and to score, so the two cannot drift apart.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("data") / "model.json"
_WORD_RE = re.compile(r"287\s*\(\s*g\s*\)|[a-z0-9]+")
CHAR_N = 5  # character n-grams inside words (with word boundaries marked)


def features(text: str) -> list[str]:
    """Distinct features of one measure: words, word pairs, and 5-character pieces of words.

    Character pieces let "prohibits", "prohibiting" and "prohibition" share weight, and give
    unseen compounds ("ICE-free") a score from their parts.
    """
    words = [w.replace(" ", "") for w in _WORD_RE.findall(text.lower())]
    feats = {f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False)}
    for w in set(words):
        feats.update(_remembered_word(w) if len(w) <= _REMEMBERED_LENGTH else _word_features(w))
    return sorted(feats)


def _word_features(word: str) -> tuple[str, ...]:
    """One word's own features: itself and its pieces."""
    padded = f"<{word}>"
    if len(padded) <= CHAR_N:
        return (f"w:{word}", f"c:{padded}")
    pieces = (f"c:{padded[i : i + CHAR_N]}" for i in range(len(padded) - CHAR_N + 1))
    return (f"w:{word}", *pieces)


# A word's features, remembered: a measure's words are mostly words other measures used, and
# cutting the pieces anew was a third of the model's time. Only words of ordinary length, and
# only so many: a hostile text can bring any number of new words, of any length.
_REMEMBERED_LENGTH = 40
_remembered_word = lru_cache(maxsize=8192)(_word_features)


# models scored on their own (``score``), not with the rest in ``score_all``
SEPARATE = ("triage",)


class LinearModel:
    """One binary logistic model: bias plus weights of the features present (L2-normalized)."""

    def __init__(self, bias: float, weights: dict[str, float]) -> None:
        self.bias = bias
        self.weights = weights

    def score(self, feats: list[str]) -> float:
        """Probability of the positive class for a measure's features."""
        if not feats:
            return 1 / (1 + math.exp(-self.bias))
        w = self.weights
        z = self.bias + sum(w.get(f, 0.0) for f in feats) / math.sqrt(len(feats))
        return 1 / (1 + math.exp(-z))


class Models:
    """Every model in the shipped file, by name (``relevance``, ``restrictive``, ``topic:…``)."""

    def __init__(self, data: dict) -> None:
        self.version: str = data["version"]
        self.thresholds: dict[str, float] = data["thresholds"]
        self.models = {
            name: LinearModel(m["bias"], m["weights"]) for name, m in data["models"].items()
        }
        # one row of weights per feature, a column per model: a measure's features are looked
        # up once for all models, and each column is summed in C (several times faster than
        # adding model by model in Python; the same sums, in the same order). The triage model
        # is asked alone, before any other: left out of the joint table, so classifying a
        # measure does not pay for it.
        self._names = sorted(n for n in self.models if n not in SEPARATE)
        self._biases = tuple(self.models[name].bias for name in self._names)
        rows: dict[str, list[float]] = {}
        for i, name in enumerate(self._names):
            for f, w in self.models[name].weights.items():
                rows.setdefault(f, [0.0] * len(self._names))[i] = w
        self._rows = {f: tuple(v) for f, v in rows.items()}
        # the topic models are summed only when a measure gets that far (most immigration
        # measures that are not relevant never do)
        self._core = [i for i, n in enumerate(self._names) if not n.startswith("topic:")]
        self._later = [i for i, n in enumerate(self._names) if n.startswith("topic:")]

    def score(self, name: str, feats: list[str]) -> float:
        return self.models[name].score(feats)

    def score_all(self, feats: list[str]) -> Scores:
        """Every model's probability for one measure; the topics' on first use."""
        found = [row for row in map(self._rows.get, feats) if row is not None]
        scale = 1 / math.sqrt(len(feats)) if feats else 0.0
        return Scores(self, found, scale)

    def _sums(
        self, found: list[tuple[float, ...]], scale: float, which: list[int]
    ) -> dict[str, float]:
        """The probabilities of the models in columns WHICH."""
        names, biases = self._names, self._biases
        out = {}
        for i in which:
            z = biases[i] + sum(map(itemgetter(i), found)) * scale
            out[names[i]] = 1 / (1 + math.exp(-z))
        return out

    def topics(self) -> list[str]:
        return [n.split(":", 1)[1] for n in self.models if n.startswith("topic:")]


class Scores(dict[str, float]):
    """A measure's probabilities by model name; the topic models are summed when the first of
    them is asked for (``[]``; ``get`` reads only what is there)."""

    def __init__(self, models: Models, found: list[tuple[float, ...]], scale: float) -> None:
        super().__init__(models._sums(found, scale, models._core))
        self._pending: tuple[Models, list[tuple[float, ...]], float] | None = (models, found, scale)

    def __missing__(self, name: str) -> float:
        if self._pending is None:
            raise KeyError(name)
        models, found, scale = self._pending
        self._pending = None
        self.update(models._sums(found, scale, models._later))
        return self[name]


# models that stand in for the shipped file while a cross-validation fold is scored (None: the
# rules alone); set through ``tracker.classify.scored_with``, never directly
STAND_INS: list[Models | None] = []


def load() -> Models | None:
    """The models to score with: a fold's own while one stands in, else the shipped file's."""
    return STAND_INS[-1] if STAND_INS else shipped()


@lru_cache(maxsize=1)
def shipped() -> Models | None:
    """The shipped models, or None when the file is absent (the rules then decide alone)."""
    if not MODEL_PATH.exists():
        return None
    with MODEL_PATH.open(encoding="utf-8") as f:
        return Models(json.load(f))
