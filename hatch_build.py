"""Hatchling build hook: builds the dictionary index from the committed sources.

The index (``vocab/de-en.sqlite``, about 48 MB) is generated, so git keeps only
what it is made from: Ding's compressed source, Wiktionary's nouns (for their
genitives), ``supplement.tsv`` and the builder.  An editable install reads it
from ``vocab/``; a wheel carries it as ``leseglas/data/de-en.sqlite``.  Nothing
is rebuilt while the inputs are unchanged.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class DictionaryIndexHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        builder = Path(self.root) / "vocab" / "build_index.py"
        spec = importlib.util.spec_from_file_location("leseglas_build_index", builder)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        index = module.ensure_built()
        if version == "standard":
            build_data["force_include"][str(index)] = "leseglas/data/de-en.sqlite"
