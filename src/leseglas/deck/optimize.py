"""Fit the FSRS parameters to the learner's own review log (``leseglas deck optimize``).

The optimiser lives in ``fsrs[optimizer]``, which needs PyTorch (several hundred
MB), so it is an optional extra: ``pip install 'leseglas[optimizer]'``.
"""

from __future__ import annotations

from leseglas.deck.schedule import utc
from leseglas.deck.store import DeckError, Store

MINIMUM_REVIEWS = 400  # below this the defaults predict memory better than a fit


def optimize(store: Store) -> list[float]:
    logs = store.query("SELECT card, rating, reviewed, duration FROM reviews ORDER BY id")
    if len(logs) < MINIMUM_REVIEWS:
        raise DeckError(
            f"{len(logs)} reviews so far; optimising needs at least {MINIMUM_REVIEWS}. "
            "The default parameters are used until then."
        )
    try:
        from fsrs import Optimizer, Rating, ReviewLog

        optimizer = Optimizer(
            [
                ReviewLog(
                    card_id=card,
                    rating=Rating(rating),
                    review_datetime=utc(reviewed),
                    review_duration=int(duration * 1000),
                )
                for card, rating, reviewed, duration in logs
            ]
        )
    except ImportError:
        raise DeckError(
            "the FSRS optimiser is not installed: pip install 'leseglas[optimizer]' "
            "(it brings PyTorch)"
        ) from None
    return [float(p) for p in optimizer.compute_optimal_parameters()]
