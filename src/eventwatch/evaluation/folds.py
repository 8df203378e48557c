"""The shape of the CASE cross-validation: how many folds, how many repetitions.

A leaf module (it imports nothing of eventwatch) so that every side that names the shape reads it here: the
training code that runs the cross-validation (`training.crossval`, which imports evaluation), the evaluation suite
that labels its figures (which cannot import training without a cycle), and the command line's `--cv-repeats`
default (whose `--help` must load no training code).
"""

from __future__ import annotations

FOLDS = 5
# Repetitions of the k-fold split: each costs k fits (about 13 CPU s on the CASE half, beside about 70 CPU s of
# reading and embedding done once); 5 cut the figure's move under a retrain to about a fifth (README).
REPEATS = 5
