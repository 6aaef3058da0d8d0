"""Per-language data: one folder per language (en, zh, vi, ru), JSON files with a source line.

The pipeline never branches on a language name: it asks `language_data(tag)` for the data of a
text's language tag (zh-Hans and zh-Hant share the zh folder) and `all_languages()` when it
needs every language's lexicon at once (mixed-language documents).
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

LANGUAGE_FOLDERS = ("en", "zh", "vi", "ru")


def folder_for(tag: str) -> str:
    """Language folder for a BCP-47 tag: 'zh-Hant' -> 'zh'."""
    code = tag.split("-")[0].lower()
    return code if code in LANGUAGE_FOLDERS else "en"


@cache
def load(folder: str, name: str) -> dict[str, Any]:
    """The JSON file kg/lang/<folder>/<name>.json ({} if the language has none)."""
    res = resources.files("kg") / "lang" / folder / f"{name}.json"
    if not res.is_file():
        return {}
    data = json.loads(res.read_text(encoding="utf-8"))
    if "source" not in data:
        raise ValueError(f"kg/lang/{folder}/{name}.json has no 'source' line")
    return data


def language_data(tag: str, name: str) -> dict[str, Any]:
    return load(folder_for(tag), name)


def all_languages(name: str) -> dict[str, dict[str, Any]]:
    """{folder: data} for every language that has the file."""
    return {f: d for f in LANGUAGE_FOLDERS if (d := load(f, name))}
