"""Looking across the library: "seen before", claim matching, speakers, statistics.

No Textual here: the app's screens and the ``seen``/``stats`` commands use this package.
"""

from reader.across.claims import ClaimHit, ClaimMatcher
from reader.across.compare import Comparison, compare
from reader.across.index import AcrossIndex, ArticleInfo, Match, index_path
from reader.across.normalise import fold, tokens
from reader.across.thresholds import THRESHOLDS
from reader.across.word_diff import DiffPart

__all__ = [
    "THRESHOLDS", "AcrossIndex", "ArticleInfo", "ClaimHit", "ClaimMatcher", "Comparison",
    "DiffPart", "Match", "compare", "fold", "index_path", "tokens",
]
