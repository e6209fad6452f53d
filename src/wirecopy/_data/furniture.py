"""Site furniture and wire advisories as data: regular-expression sources, no logic.

Each pattern matches a whole line (or the tail/head of a title line) and is
compiled case-insensitively by :mod:`wirecopy._segment`.
"""

from __future__ import annotations

#: Whole lines that are site furniture, never content.
SITE_LINES: tuple[str, ...] = (
    r"all news",
    r"read (?:also|more)",
    r"see also",
    r"share(?: this(?: article)?)?",
    r"(?:tweet|print|e-?mail|comments?|subscribe|advertisement|advert|sponsored)",
    r"(?:photo|video|image|pictures?|graphic|infographics?)(?:\s*:.{0,200})?",
    r"©.{0,80}",
    r"\(?c\)\s.{0,80}",
    r"copyright.{0,120}",
    r"(?:top|latest|related|more) (?:news|stories|articles)",
    r"(?:world|russia|politics|business|economy|sport|science|society|military & defense)"
    r"(?: news)?",
    r"follow us on .{0,60}",
    r"(?:click|tap) here.{0,100}",
    r"\d{1,2}:\d{2}(?:\s*(?:am|pm))?",
    r"(?:updated|published|posted)(?: on)?:? .{0,60}",
    r"\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6},? \d{4}"
    r"(?:,? \d{1,2}:\d{2})?",
    # an archive's section labels around a newspaper item (ProQuest, LexisNexis)
    r"(?:abstract|full text|correction appended)\.?",
)

#: Site lines that say the body starts after them (an archive's ``FULL TEXT.`` under
#: the item's abstract).
BODY_LABELS: tuple[str, ...] = (r"full text\.?",)

#: Whole lines that are wire advisories or editors' notes.
ADVISORY_LINES: tuple[str, ...] = (
    r"attention\s*[-–—:].{0,200}",
    r"=\s*\(?(?:pictures?|photos?|video|graphics?)(?:\s*[,/&]\s*(?:pictures?|photos?|video|graphics?))*"
    r"\)?\s*=",
    r"\((?:adds|updates|recasts|corrects|rewrites|changes|refiles|fixes|removes|"
    r"inserts|repeats|releads|writes through|re-?leads|edits|in \w+\.? \d{1,2} story)"
    r"[^\n]{0,400}\)",
    r"eds?[:\-–. ].{0,300}",
    r"(?:editors?|editor's) note:?.{0,300}",
    r"(?:urgent|flash|bulletin|advisory|correction|corrected|repeat|refile)",
    r"(?:with )?bc-[\w\-]{2,80}.{0,80}",
    r">>>\s?\w{2,10}/?",
    r"[^\n]{3,80} said in an? (?:editorial|commentary)[^\n]{0,60}:",
    r"(?:more|end|ends|endit|xxx|\#{3,}|-{3,}|={3,}|\*{3,})",
    r"\(\d{1,2}\)",
    r"(?:[a-z]{1,4}/){1,6}[a-z]{1,4}(?:\s.{0,20})?",
)

#: FBIS editors' tags standing on their own line, any content, one or several:
#: ``[TEXT]``, ``[GENNADIY PETROV] [TEXT]``, ``[Report by correspondent ...]``.
TAG_LINES: tuple[str, ...] = (r"\[[^\[\]\n]{2,200}\](?:[ \t]{0,3}\[[^\[\]\n]{2,200}\]){0,3}",)

#: A byline standing on its own line.
BYLINE_LINES: tuple[str, ...] = (
    r"by\s+.{2,120}",
    r"(?:associated press|the associated press|reuters|agence france-presse|afp|"
    r"xinhua|tass|dpa|bloomberg|press association|pa media)(?: writer| correspondent|"
    r" staff writer| news agency)?",
    r"(?:associated press|ap|afp|reuters) (?:writer|correspondent|staff writer|"
    r"medical writer|business writer|political writer)s?",
)

#: Trailing credit lines at the end of an item.
CREDIT_LINES: tuple[str, ...] = (
    r"\((?:reporting|additional reporting|writing|editing|compiled|written|"
    r"research|translated|graphic|photo|video)\s+by[^\n]{0,400}\)",
    r"(?:reporting|additional reporting|writing|editing)\s+by[^\n]{0,400}",
    r"[-–—]{1,2}\s*[a-z]{1,4}(?:/[a-z]{1,4}){0,6}\s*",
    r"\(?(?:source|sources|via):.{0,100}",
    r"[\w\-. ]{2,80}@[\w\-.]{2,80}",
    r"(?:[a-z]{1,4}/){1,6}[a-z]{1,4}",
)

#: Furniture glued to the end of a title line (kept out of the headline). These are
#: case-sensitive: a title-case headline word must not look like furniture.
HEADLINE_TAILS: tuple[str, ...] = (
    r"\s+(?i:attention)\s*[-–—:].{0,200}$",
    r"\s*=\s*\(?(?i:pictures?|photos?|video|graphics?)"
    r"(?:\s*[,/&]\s*(?i:pictures?|photos?|video|graphics?))*\)?\s*=\s*$",
    r"\s+(?i:with\s+bc-).{1,120}$",
    r"\s+\((?:[A-Z]{2,4})\)\s*$",
    r"\s+\(\d{1,2}\)\s*$",
    r"\s+\((?i:adds|updates|recasts|corrects|rewrites|changes|refiles|writes through)"
    r"\b[^()]{0,200}\)\s*$",
    r"\s+(?i:eds?|editors?)\s*:.{0,200}$",
    r"\s+by\s+\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}\.?)?(?:\s+(?:\p{Lu}[\p{L}'’\-]+|de|van|von|al-\w+)){1,3}\s*$",
)

#: Furniture glued to the start of a title line.
HEADLINE_HEADS: tuple[str, ...] = (
    r"^>>>\s?\w{2,10}/?\s*",
    r"^(?i:urgent|flash|bulletin)\s*[-–—:]\s*",
)

#: Bullet marks that open a summary line above the dateline.
SUMMARY_BULLETS: tuple[str, ...] = ("*", "•", "·", "-", "–", "▪", "►", "+")

#: Words that headline-style capitalisation (AP and Chicago title case) leaves in lower
#: case: articles, conjunctions, short prepositions and the particles of names. A line
#: whose every other word is capitalised is set like a title, not like a sentence.
TITLE_CASE_MINOR_WORDS: frozenset[str] = frozenset(
    (
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by",
        "in", "of", "off", "on", "per", "to", "up", "via", "vs", "vs.", "v.", "with",
        "from", "into", "onto", "over", "than", "that", "through", "upon", "amid", "after",
        "de", "del", "der", "di", "da", "du", "des", "la", "le", "van", "von", "al", "bin",
        "y", "e",
    )
)  # fmt: skip

#: What a byline's job line calls the writer (``AP Sports Writer``, ``Reuters Staff``,
#: ``Associated Press Writer``): the line is an agency's name, at most two desk words
#: and one of these, and stands as byline furniture, never as a deck.
BYLINE_JOBS: tuple[str, ...] = (
    "writer",
    "correspondent",
    "reporter",
    "editor",
    "columnist",
    "photographer",
    "staff",
    "staff writer",
)
