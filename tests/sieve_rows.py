"""What the per-sieve test files share: invented names, the speech verbs that report
speech, and a parse helper. Names are made up; no corpus text is copied."""

from __future__ import annotations

import wirecopy
from wirecopy._data.cues import PARTICLE_REQUIRED, SPEECH_VERBS
from wirecopy._lexicon import ADDRESSEE_CUE, LEXICON

GIVEN = ("Lorik", "Marta", "Teodor", "Irena", "Kasimir", "Yelena", "Anselm", "Dovra", "Bertil")
SURNAMES = ("Tavend", "Melkosh", "Varnholt", "Quesnaro", "Dribovic", "Ostrelli", "Kandrup")
#: Naming and quoting verbs do not report their subject's words (``dubbed``, ``quoted``).
NOT_REPORTING = frozenset({"call", "term", "dub", "brand", "label", "describe", "quote"})


def reporting_pasts(*, listeners: bool = True) -> tuple[str, ...]:
    """The past forms of the speech verbs that report speech and need no particle;
    without ``listeners``, also none that takes a listener after it (``told``)."""
    return tuple(
        sorted(
            {
                past
                for base, past, _, _ in SPEECH_VERBS
                if base not in PARTICLE_REQUIRED | NOT_REPORTING
                and (listeners or not LEXICON.get(past, 0) & ADDRESSEE_CUE)
            }
        )
    )


def quotes(text: str) -> list[wirecopy.Quote]:
    return list(wirecopy.parse(text).quotes)
