"""How many articles per second analysis plus question generation handles.

Run: PYTHONPATH=. .venv/bin/python bench/generator_speed.py
Single process; the seed articles are analysed, compared and turned into a draft bank
repeatedly after one warm-up pass.
"""

from __future__ import annotations

import importlib
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.core.analysis import analyse  # noqa: E402
from quizapp.core.analysis.text import sentences  # noqa: E402
from quizapp.core.library import load_library  # noqa: E402

ROUNDS = 50


def main() -> None:
    articles = list(load_library(ROOT / "seeds").articles.values())
    try:
        generate = importlib.import_module("quizapp.core.generate")
    except ModuleNotFoundError:
        generate = None
    analyses = [analyse(a) for a in articles]  # warm-up: compiles the regular expressions
    if generate is not None:
        generate.generate_bank(articles, analyses, bank_id="speed-bench", title="Speed bench")
    started = time.perf_counter()
    for _ in range(ROUNDS):
        sentences.cache_clear()  # no credit for re-reading the same texts
        if generate is not None:
            generate._quoted.cache_clear()
        analyses = [analyse(a) for a in articles]
        if generate is not None:
            generate.generate_bank(articles, analyses, bank_id="speed-bench", title="Speed bench")
    elapsed = time.perf_counter() - started
    count = ROUNDS * len(articles)
    print(f"cores: {os.cpu_count()}")
    print(f"generator included: {generate is not None}")
    print(f"{count} articles in {elapsed:.2f} s (single process)")
    print(f"RESULT articles_per_s={count / elapsed:.1f}")


if __name__ == "__main__":
    main()
