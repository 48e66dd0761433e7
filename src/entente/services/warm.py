"""Imported by the fork server coding workers are forked from (services/workers.py), which
then loads what every worker loads (`workers.warm`). Imported anywhere else it loads
nothing."""

from __future__ import annotations

import os

from entente.services.workers import WARM_ENV, warm

if os.environ.get(WARM_ENV) == "1":
    warm()
