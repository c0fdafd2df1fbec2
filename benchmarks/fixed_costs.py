"""A run's fixed costs in CPU time (issue #18), step by step, in fresh processes.

Each round starts a fresh Python that does what `vnextract run` does before its first article and
reads its own CPU clock (user + system, `time.process_time`) after each step: the interpreter's own
start-up, the command line's stand-ins with spaCy's Doc (`pipeline.startup`), the pipeline's modules,
and the warm-up (word model and lexicons: what a forked worker inherits). CPU time, not wall time, and
the minimum over the rounds: the figures hold on a machine other jobs load.

    python benchmarks/fixed_costs.py [--rounds 7] [--compare]

`--compare` alternates rounds as `vnextract run` starts, without `defer_pydantic_in_confection`, without
`defer_thinc_api` and `defer_srsly_yaml`, and with the garbage collector on during the start-up (no
`pause_gc`), and prints all four.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHILD = r"""
import sys, time
clock = time.process_time
marks = [("interpreter", clock())]
from vnextract.pipeline import cli, startup
if "--gc-on" not in sys.argv:
    startup.pause_gc()
startup.skip_spacy_cli()
if "--keep-pydantic" not in sys.argv:
    startup.defer_pydantic_in_confection()
if "--keep-thinc-api" not in sys.argv:
    startup.defer_srsly_yaml()
    startup.defer_thinc_api()
startup.defer_spacy_init()
startup.defer_spacy_schemas()
from spacy.tokens import Doc
marks.append(("stand-ins and spaCy's Doc", clock()))
from vnextract.pipeline import batch
marks.append(("pipeline modules", clock()))
from vnextract.pipeline.engines import common
common.warm_up()
startup.resume_gc()
marks.append(("warm-up (models, lexicons)", clock()))
previous = 0.0
for name, at in marks:
    print(f"{name}\t{at - previous:.4f}")
    previous = at
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--compare", action="store_true")
    a = ap.parse_args(argv)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [ROOT, os.environ.get("PYTHONPATH")])))
    variants = {"as run": []}
    if a.compare:
        variants["pydantic imported"] = ["--keep-pydantic"]
        variants["thinc.api, srsly yaml imported"] = ["--keep-thinc-api"]
        variants["collector on"] = ["--gc-on"]
    best: dict[str, dict[str, float]] = {v: {} for v in variants}
    for _ in range(a.rounds):
        for variant, flags in variants.items():  # alternating: a load change hits both alike
            out = subprocess.run([sys.executable, "-c", CHILD, *flags], capture_output=True, text=True, env=env,
                                 check=True)
            for line in out.stdout.splitlines():
                name, seconds = line.split("\t")
                best[variant][name] = min(best[variant].get(name, float("inf")), float(seconds))
    for variant, steps in best.items():
        print(f"{variant}:")
        for name, seconds in steps.items():
            print(f"  {name:<30} {seconds:.3f} s CPU")
        print(f"  {'sum of the minima':<30} {sum(steps.values()):.3f} s CPU ({a.rounds} rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
