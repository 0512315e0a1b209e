#!/usr/bin/python3
"""Side-by-side summary of the TrainTasks sampler benchmark and Optuna's, as markdown.

/usr/bin/python3 compare_samplers.py --ours samplers.json --optuna optuna.json \
    [--optuna-digits optuna_digits.json] [--out comparison.md]

Reads the JSON files written by `TrainTasks.Benchmarks samplers`, optuna_bench.py and
digits_logreg_bench.py (any may lack a part) and prints two tables: the median best value
after each budget, ours beside Optuna's (lower is better), and the sampler time per trial at
each study length with the ratio of ours to Optuna's. Uses only the standard library.
"""
import argparse
import json
import os
import sys

# Our sampler and the Optuna sampler it is compared with.
PAIRS = [
    ("TPE", "TPE_default"),
    ("TPE_multivariate", "TPE_multivariate"),
    ("Random", "Random"),
    ("Sobol", "QMC_scrambled"),
    ("GP", None),
]


def load(path):
    if not path or not os.path.exists(path):
        return {}
    with open(path) as f:
        return json.load(f)


def median(entry, key, budget):
    try:
        return entry[key][str(budget)]["median"]
    except (KeyError, TypeError):
        return None


def number(value):
    if value is None:
        return "–"
    if abs(value) >= 1000:
        return f"{value:.0f}"
    return f"{value:.4g}"


def efficiency_table(ours, optuna):
    problems = list(dict.fromkeys(list(ours.get("efficiency", {})) + list(optuna.get("efficiency", {}))))
    header = ["problem", "trials"]
    for mine, theirs in PAIRS:
        header.append(f"ours {mine}")
        if theirs:
            header.append(f"Optuna {theirs}")
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    for problem in problems:
        mine_samplers = ours.get("efficiency", {}).get(problem, {}).get("samplers", {})
        their_samplers = optuna.get("efficiency", {}).get(problem, {}).get("samplers", {})
        for budget in (50, 100):
            row = [problem, str(budget)]
            for mine, theirs in PAIRS:
                row.append(number(median(mine_samplers.get(mine), "best_after", budget)))
                if theirs:
                    row.append(number(median(their_samplers.get(theirs), "best_after", budget)))
            lines.append("| " + " | ".join(row) + " |")
    return lines


def overhead_table(ours, optuna):
    lines = ["| sampler | trials | ours ms/trial | Optuna ms/trial | ours / Optuna |",
             "| --- | --- | --- | --- | --- |"]
    for mine, theirs in PAIRS:
        mine_entry = ours.get("overhead", {}).get(mine)
        their_entry = optuna.get("overhead", {}).get(theirs) if theirs else None
        if mine_entry is None:
            continue
        for count in mine_entry["ms_per_trial_last100"]:
            a = median(mine_entry, "ms_per_trial_last100", count)
            b = median(their_entry, "ms_per_trial_last100", count)
            ratio = f"{a / b:.3f}" if a is not None and b else "–"
            lines.append(f"| {mine} vs {theirs or '–'} | {count} | {number(a)} | {number(b)} | {ratio} |")
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ours", required=True)
    parser.add_argument("--optuna", required=True)
    parser.add_argument("--optuna-digits")
    parser.add_argument("--out")
    args = parser.parse_args()
    ours, optuna = load(args.ours), load(args.optuna)
    if not ours:
        print(f"no results at {args.ours}", file=sys.stderr)
        return 1
    digits = load(args.optuna_digits)
    optuna.setdefault("efficiency", {}).update(digits.get("efficiency", {}))
    text = ["Median best value over seeds after 50 and 100 trials (lower is better).", ""]
    text += efficiency_table(ours, optuna)
    text += ["", "Sampler time per trial over the last 100 trials of a study (median of repetitions; "
             "ours times Suggest alone, Optuna whole trials).", ""]
    text += overhead_table(ours, optuna)
    output = "\n".join(text) + "\n"
    print(output)
    if args.out:
        with open(args.out, "w") as f:
            f.write(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
