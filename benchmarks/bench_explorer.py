"""Benchmark the explorer page (kg.render.write_html) at 500, 5,000 and 20,000 nodes.

    python benchmarks/bench_explorer.py [--sizes 500 5000 20000] [--out /tmp/kg-bench]

Graphs come from tests/graph_factory.synthetic_graph (4 drawn edges per node, ~10 % meetings,
every relation with a statement and 1–2 evidence quotes). For each size it prints the
Python render time (data extraction + layout + page), the HTML size, and, in headless
Chromium from file:// with every non-file request blocked:
  load→drawn: navigation start to the first vis 'afterDrawing' with every node AND edge in
              the network (physics is off, positions precomputed: drawn = settled);
  load→ready: navigation start until the page is drawn and the whole document is parsed
              (including the evidence block after the scripts): clicks show quotes from here;
  parse:      JSON.parse of the inlined drawing data (evidence is parsed on the first click);
  filter:     toggling one relation type off (DataView refresh + redraw);
  redraw:     one full redraw of the canvas.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import graph_factory  # noqa: E402
from screenshot import open_offline  # noqa: E402

from kg.render import write_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

_MEASURE_FILTER = """() => new Promise(resolve => {
  const t0 = performance.now();
  explorer.network.once('afterDrawing', () => resolve(performance.now() - t0));
  explorer.setRelation('supports', false);
})"""
_MEASURE_REDRAW = """() => new Promise(resolve => {
  const t0 = performance.now();
  explorer.network.once('afterDrawing', () => resolve(performance.now() - t0));
  explorer.network.redraw();
})"""


def measure_page(html: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    blocked: list[str] = []
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = open_offline(browser, html, {"width": 1400, "height": 900}, blocked, errors, 180000)
            t = page.evaluate("({...explorer.timing})")
            counts = page.evaluate("explorer.drawnCounts()")
            filter_ms = page.evaluate(_MEASURE_FILTER)
            redraw_ms = page.evaluate(_MEASURE_REDRAW)
        finally:
            browser.close()
    if blocked or errors:
        raise RuntimeError(f"blocked={blocked[:3]} errors={errors[:3]}")
    return {
        "drawn_ms": t["firstDraw"], "ready_ms": t["ready"], "parse_ms": t["parsed"] - t["start"],
        "script_start_ms": t["start"], "filter_ms": filter_ms, "redraw_ms": redraw_ms,
        "nodes": counts["nodes"], "edges": counts["edges"],
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 20000])
    ap.add_argument("--out", type=Path, default=Path("/tmp/kg-bench"))
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in a.sizes:
        t0 = time.perf_counter()
        g = graph_factory.synthetic_graph(n, edges_per_node=4, seed=1)
        build_s = time.perf_counter() - t0
        html = a.out / f"graph-{n}.html"
        t0 = time.perf_counter()
        write_html(g, html, title=f"Synthetic {n}")
        render_s = time.perf_counter() - t0
        m = measure_page(html)
        rows.append((n, len(g), build_s, render_s, html.stat().st_size / 1e6, m))
        print(f"  done {n}: {len(g)} triples", file=sys.stderr, flush=True)
    print()
    print(f"{'nodes':>6} {'edges':>6} {'triples':>8} {'factory s':>9} {'render s':>8} {'HTML MB':>7} "
          f"{'parse ms':>8} {'load→drawn ms':>13} {'load→ready ms':>13} {'filter ms':>9} {'redraw ms':>9}")
    for n, triples, build_s, render_s, mb, m in rows:
        print(f"{m['nodes']:>6} {m['edges']:>6} {triples:>8} {build_s:>9.1f} {render_s:>8.1f} {mb:>7.1f} "
              f"{m['parse_ms']:>8.0f} {m['drawn_ms']:>13.0f} {m['ready_ms']:>13.0f} {m['filter_ms']:>9.0f} {m['redraw_ms']:>9.0f}")


if __name__ == "__main__":
    main()
