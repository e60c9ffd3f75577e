"""mkdocs hook: the reference pages (docs/reference.py) join the hand-written guides at build
time, so the site is made from the facade that is installed, never from a copy kept by hand."""

from __future__ import annotations

from typing import Any

from mkdocs.structure.files import File, Files
from reference import pages  # this folder: mkdocs puts a hook's folder on sys.path


def on_files(files: Files, config: Any) -> Files:
    for path, markdown in pages().items():
        files.append(File.generated(config, path, content=markdown))
    return files
