"""Closed-class and common verb words: never part of a speaker's name (case-folded).

Used where capitalisation gives no cue (ALL-CAPS copy) and to tell a noun phrase
from a clause ("Boucher ruled out ..." is not a speaker).
"""

from __future__ import annotations

# fmt: off
#: Russian prepositions, conjunctions, pronouns and adverbs: they open a clause and are
#: never a name, even capitalised at a sentence's start ("Как отметил Песков").
RUSSIAN_FUNCTION_WORDS: frozenset[str] = frozenset((
    "как", "по", "в", "во", "на", "с", "со", "и", "но", "а", "это", "что", "также", "при",
    "для", "о", "об", "из", "у", "к", "за", "после", "до", "однако", "кроме", "ранее",
    "сегодня", "вчера", "теперь", "тогда", "там", "здесь", "его", "ее", "её", "их", "этот",
    "эта", "эти", "который", "которая", "которые", "не", "ни", "уже", "еще", "ещё", "лишь",
    "только", "же", "бы", "ли", "если", "когда", "где", "чтобы", "так", "под", "над",
))

#: Words that end a noun phrase or show that a run of words is a clause.
CLAUSE_WORDS: frozenset[str] = frozenset((
    "is", "was", "were", "are", "be", "been", "being", "am", "has", "have", "had", "having",
    "do", "does", "did", "done", "will", "would", "shall", "should", "can", "could", "may",
    "might", "must", "not", "no", "nor", "never", "also", "already", "still", "just", "that",
    "which", "who", "whom", "whose", "what", "when", "where", "while", "why", "how", "if",
    "because", "although", "though", "since", "unless", "until", "whether", "then", "than",
    "so", "thus", "therefore", "however", "meanwhile", "moreover", "to", "on", "in", "at", "by",
    "from", "into", "onto", "upon", "over", "under", "about", "after", "before", "during",
    "between", "through", "against", "without", "within", "among", "toward", "towards",
    "across", "along", "around", "behind", "beyond", "near", "off", "out", "up", "down",
    "again", "today", "yesterday", "tomorrow", "tonight", "now", "here", "there", "very", "too",
    "more", "most", "less", "least", "much", "many", "such", "only", "even", "ever", "yet",
    "soon", "later", "earlier", "recently", "once", "twice", "it", "its", "it's", "this",
    "these", "those", "him", "them", "us", "me", "my", "your", "our", "ruled", "made", "took",
    "gave", "got", "went", "came", "saw", "found", "put", "set", "kept", "held", "left", "let",
    "became", "began", "asked", "called", "added", "told", "said", "says", "say", "saying",
    "adding", "telling", "and", "but", "or", "as", "with", "nor",
)) | RUSSIAN_FUNCTION_WORDS

#: Lower-case words that may stand inside a title before a name
#: ("Russian presidential aide Yuri Ushakov", "chief executive officer").
TITLE_WORDS: frozenset[str] = frozenset((
    "the", "of", "for", "and", "at", "senior", "top", "former", "deputy", "chief", "acting",
    "staff", "interim", "vice", "first", "second", "presidential", "foreign", "defense", "defence",
    "interior", "finance", "economy", "economic", "trade", "justice", "health", "education",
    "energy", "state", "federal", "national", "regional", "local", "provincial", "municipal",
    "city", "county", "military", "army", "navy", "air", "police", "security", "intelligence",
    "party", "opposition", "ruling", "government", "official", "press", "public", "executive",
    "managing", "general", "assistant", "associate", "principal", "lead", "head", "new",
    "outgoing", "incoming", "retired", "prime", "supreme", "high", "junior", "parliamentary",
    "legislative", "congressional", "federation", "council", "committee", "union", "bank",
    "central", "affairs", "relations", "development", "commerce", "industry", "agriculture",
)) | frozenset((
    # Russian: countries, bodies and the genitive they take before a name
    # ("пресс-секретарь президента РФ Дмитрий Песков", "министра России Сергея Лаврова").
    "россии", "рф", "сша", "украины", "китая", "кнр", "франции", "германии", "великобритании",
    "японии", "индии", "турции", "ирана", "израиля", "белоруссии", "казахстана",
    "кубы", "ес", "оон", "нато", "мид", "кремля", "москвы", "киева", "президента",
    "правительства", "иностранных", "дел", "обороны", "финансов", "госдумы", "думы",
    "совета", "федерации", "безопасности",
    # Russian bodies by their short names, as they stand in a title before a name
    # ("глава мчс россии александр куренков").
    "мчс", "мвд", "фсб", "фсо", "свр", "цб", "минобороны", "минздрава", "минфина",
    "минтранса", "минпромторга", "минэнерго", "минприроды", "минюста", "минтруда",
    "минэкономразвития", "минпросвещения", "минсельхоза", "минцифры", "росстата",
    "роспотребнадзора", "росавиации", "роскосмоса", "ржд", "еаэс", "снг", "одкб", "шос",
    "брикс", "совфеда", "сфр", "генпрокуратуры", "ск", "фнс", "фас",
))
# fmt: on

#: Adverbs and auxiliaries that may stand between a subject and its cue.
ADVERBS: frozenset[str] = frozenset(
    {
        "instead",
        "back",
        "also",
        "even",
        "still",
        "here",
        "there",
        "later",
        "earlier",
        "then",
        "again",
        "further",
        "recently",
        "previously",
        "separately",
        "repeatedly",
        "publicly",
        "privately",
        "flatly",
        "bluntly",
        "firmly",
        "simply",
        "only",
        "once",
        "had",
        "has",
        "have",
        "was",
        "is",
        "would",
        "will",
        "reportedly",
        "has also",
        "today",
        "yesterday",
        "tonight",
    }
)

#: Time words that may stand between a subject and its cue (``Bush on Tuesday``).
TIME_WORDS: frozenset[str] = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tonight",
        "morning",
        "evening",
        "afternoon",
        "night",
        "week",
        "month",
        "year",
        "weekend",
        "spring",
        "summer",
        "autumn",
        "winter",
        "decade",
    }
)

#: Words that end a name read after an inverted cue (``said Kosachev, who``).
STOP_AFTER_NAME: frozenset[str] = frozenset(
    {
        "who",
        "which",
        "that",
        "in",
        "on",
        "at",
        "during",
        "after",
        "before",
        "when",
        "while",
        "as",
        "to",
        "from",
        "of",
        "with",
        "about",
        "for",
        "and",
        "but",
        "adding",
        "saying",
        "told",
        "said",
        "the",
        "a",
        "an",
        "this",
        "last",
        "late",
        "early",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "recently",
        "earlier",
        "later",
        "here",
        "there",
    }
)

#: Words that open a description (``the ministry``, ``a senior diplomat``).
DETERMINERS: frozenset[str] = frozenset(
    {
        "the",
        "a",
        "an",
        "one",
        "some",
        "several",
        "two",
        "three",
        "many",
        "other",
        "its",
        "his",
        "her",
        "their",
        "our",
        "another",
        "both",
        "all",
        "most",
        "few",
        "this",
    }
)
