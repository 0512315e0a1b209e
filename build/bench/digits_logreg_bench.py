#!/usr/bin/python3
"""Optuna's samplers on digits_logreg, the real tuning task of the TrainTasks sampler benchmark.

Run with Debian's interpreter:  /usr/bin/python3 digits_logreg_bench.py [--quick] [--out PATH]
                                /usr/bin/python3 digits_logreg_bench.py --check samplers.json

The objective is the one in tests/TrainTasks.Benchmarks/Samplers/DigitsLogisticRegression.cs:
multinomial logistic regression on the 8x8 digits (tests/data/digits.csv.gz), pixels divided
by 16, validation rows those whose index is 4 modulo 5, training rows the first 600 others;
full-batch gradient descent from zero weights for `steps` steps with the mean cross-entropy
gradient plus l2 * W (bias not penalized); the value is the validation mean log loss.
Searched: learningRate log [0.01, 30], l2 log [1e-6, 0.1], steps int [5, 50].

Default mode: best value after 50 and 100 trials over 10 seeds for each sampler of
optuna_bench.py, written in that script's JSON shape (efficiency part only).
--check: recomputes the values the .NET benchmark recorded under objective_check and fails
when one differs by more than 1e-6 relative.
"""
import argparse
import gzip
import json
import os
import sys
import time
import warnings

import numpy as np
import optuna

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import optuna_bench  # noqa: E402  (same folder: the sampler list and the summary statistics)

optuna.logging.set_verbosity(optuna.logging.WARNING)
warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
warnings.filterwarnings("ignore", category=UserWarning)

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DATA = os.path.join(ROOT, "tests", "data", "digits.csv.gz")
TRAIN_ROWS = 600
CLASSES = 10


def load(path=DATA):
    with gzip.open(path, "rt") as f:
        table = np.loadtxt(f, delimiter=",")
    x, y = table[:, :64] / 16.0, table[:, 64].astype(int)
    is_validation = np.arange(len(y)) % 5 == 4
    train_x, train_y = x[~is_validation][:TRAIN_ROWS], y[~is_validation][:TRAIN_ROWS]
    return train_x, train_y, x[is_validation], y[is_validation]


TRAIN_X, TRAIN_Y, VALID_X, VALID_Y = load()
TRAIN_ONE_HOT = np.eye(CLASSES)[TRAIN_Y]


def validation_log_loss(learning_rate, l2, steps):
    n = len(TRAIN_Y)
    w = np.zeros((CLASSES, TRAIN_X.shape[1]))
    b = np.zeros(CLASSES)
    for _ in range(steps):
        z = TRAIN_X @ w.T + b
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        g = p - TRAIN_ONE_HOT
        w -= learning_rate * (g.T @ TRAIN_X / n + l2 * w)
        b -= learning_rate * (g.sum(axis=0) / n)
    z = VALID_X @ w.T + b
    m = z.max(axis=1)
    lse = m + np.log(np.exp(z - m[:, None]).sum(axis=1))
    return float(np.mean(lse - z[np.arange(len(VALID_Y)), VALID_Y]))


def objective(trial):
    return validation_log_loss(
        trial.suggest_float("learningRate", 0.01, 30, log=True),
        trial.suggest_float("l2", 1e-6, 0.1, log=True),
        trial.suggest_int("steps", 5, 50),
    )


def check(path):
    with open(path) as f:
        points = json.load(f)["objective_check"]["digits_logreg"]
    worst = 0.0
    for point in points:
        ours = point["value"]
        numpy_value = validation_log_loss(point["learningRate"], point["l2"], int(point["steps"]))
        relative = abs(ours - numpy_value) / max(abs(numpy_value), 1e-300)
        worst = max(worst, relative)
        print(f"  lr={point['learningRate']:<8g} l2={point['l2']:<8g} steps={point['steps']:<3d} "
              f".NET {ours:.12g}  numpy {numpy_value:.12g}  relative difference {relative:.1e}")
    print(f"digits_logreg: {len(points)} points, largest relative difference {worst:.1e} (limit 1e-6)")
    return 0 if points and worst <= 1e-6 else 1


def efficiency(samplers, seeds, budgets):
    results = {}
    for name, make in samplers.items():
        best = {str(b): [] for b in budgets}
        start = time.perf_counter()
        for seed in seeds:
            study = optuna.create_study(sampler=make(seed))
            study.optimize(objective, n_trials=max(budgets), gc_after_trial=False)
            values = np.array([t.value for t in study.trials])
            for b in budgets:
                best[str(b)].append(float(values[:b].min()))
        results[name] = {
            "best_after": {b: optuna_bench.stats(v) for b, v in best.items()},
            "gap_to_min_after": None,
            "raw_best_after": best,
            "wall_s_all_seeds": time.perf_counter() - start,
        }
        print(f"  eff digits_logreg  {name:20s} " + "  ".join(
            f"@{b}: med {results[name]['best_after'][str(b)]['median']:.4g}" for b in budgets), flush=True)
    return {"digits_logreg": {"global_min": None, "samplers": results}}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="two seeds")
    parser.add_argument("--seeds", type=int, default=10, help="seeds 0 to N-1")
    parser.add_argument("--out", default="optuna_digits.json")
    parser.add_argument("--check", metavar="SAMPLERS_JSON", help="compare with the .NET values and exit")
    args = parser.parse_args()
    if args.check:
        return check(args.check)
    start = time.perf_counter()
    samplers = optuna_bench.make_samplers()
    seeds = [0, 1] if args.quick else list(range(args.seeds))
    result = {"env": optuna_bench.env_info(), "samplers": list(samplers), "method": __doc__}
    print("(b) sample efficiency, digits_logreg", flush=True)
    result["efficiency"] = efficiency(samplers, seeds, [50, 100])
    result["script_wall_s"] = time.perf_counter() - start
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)
    print(f"wrote {args.out}; script wall {result['script_wall_s']:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
