"""Take a PNG screenshot of an explorer page (graph.html) in headless Chromium, offline.

    python tests/screenshot.py out/graph.html docs/screenshot.png [--select LABEL]

Importable: ``screenshot(html_path, png_path, *, select=None, width=1400, height=850)``.
Every request that is not file:// is blocked; the function raises if the page tried any,
or reported a JavaScript error.
"""

from __future__ import annotations

import argparse
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def open_offline(browser, html_path: Path, viewport: dict, blocked: list[str], errors: list[str],
                 timeout_ms: int):
    """A page showing html_path with every non-file:// request blocked (and recorded in `blocked`),
    page errors recorded in `errors`, once the explorer reports itself ready."""
    page = browser.new_page(viewport=viewport, device_scale_factor=1)

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(Path(html_path).resolve().as_uri(), timeout=timeout_ms)
    page.wait_for_function("window.explorer && window.explorer.ready === true", timeout=timeout_ms)
    return page


def screenshot(html_path: str | Path, png_path: str | Path, *, select: str | None = None,
               width: int = 1400, height: int = 850, timeout_ms: int = 60000) -> Path:
    """Render ``html_path`` and save a screenshot to ``png_path``; return ``png_path``.

    ``select``: a label (any language) to search for; the first hit is selected and its
    details shown in the side panel, as a user would after searching.
    """
    from playwright.sync_api import sync_playwright

    html_path, png_path = Path(html_path).resolve(), Path(png_path)
    blocked: list[str] = []
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = open_offline(browser, html_path, {"width": width, "height": height}, blocked, errors,
                                timeout_ms)
            if select:
                page.evaluate("""q => { const ids = explorer.search(q);
                                        if (ids.length) { explorer.focusNode(ids[0]);
                                                          explorer.network.fit({animation: false}); } }""",
                              select)
            page.wait_for_timeout(300)
            png_path.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(png_path), full_page=False)
        finally:
            browser.close()
    if blocked:
        raise RuntimeError(f"page tried to load {len(blocked)} remote resource(s): {blocked[:3]}")
    if errors:
        raise RuntimeError(f"page errors: {errors[:3]}")
    return png_path


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Screenshot an explorer page (graph.html) offline.",
                                 epilog="Example: python tests/screenshot.py out/graph.html docs/screenshot.png --select Putin")
    ap.add_argument("html")
    ap.add_argument("png")
    ap.add_argument("--select", help="search this label and show its details")
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=850)
    a = ap.parse_args(argv)
    print(screenshot(a.html, a.png, select=a.select, width=a.width, height=a.height))


if __name__ == "__main__":
    main()
