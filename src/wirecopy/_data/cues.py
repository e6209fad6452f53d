"""Speech cues as data: verbs with their forms, and multi-word cue phrases.

Each verb row is ``(base, past, third person, -ing)``. Nothing here is logic;
:mod:`wirecopy._attribution` builds its patterns from these tuples.
"""

from __future__ import annotations

#: Speech verbs, one row per verb: base, past, present third person, present participle.
SPEECH_VERBS: tuple[tuple[str, str, str, str], ...] = (
    ("reaffirm", "reaffirmed", "reaffirms", "reaffirming"),
    ("protest", "protested", "protests", "protesting"),
    ("retort", "retorted", "retorts", "retorting"),
    ("say", "said", "says", "saying"),
    ("tell", "told", "tells", "telling"),
    ("add", "added", "adds", "adding"),
    ("stress", "stressed", "stresses", "stressing"),
    ("note", "noted", "notes", "noting"),
    ("warn", "warned", "warns", "warning"),
    ("insist", "insisted", "insists", "insisting"),
    ("explain", "explained", "explains", "explaining"),
    ("recall", "recalled", "recalls", "recalling"),
    ("write", "wrote", "writes", "writing"),
    ("tweet", "tweeted", "tweets", "tweeting"),
    ("state", "stated", "states", "stating"),
    ("declare", "declared", "declares", "declaring"),
    ("announce", "announced", "announces", "announcing"),
    ("claim", "claimed", "claims", "claiming"),
    ("argue", "argued", "argues", "arguing"),
    ("assert", "asserted", "asserts", "asserting"),
    ("comment", "commented", "comments", "commenting"),
    ("continue", "continued", "continues", "continuing"),
    ("conclude", "concluded", "concludes", "concluding"),
    ("emphasize", "emphasized", "emphasizes", "emphasizing"),
    ("emphasise", "emphasised", "emphasises", "emphasising"),
    ("remark", "remarked", "remarks", "remarking"),
    ("reply", "replied", "replies", "replying"),
    ("respond", "responded", "responds", "responding"),
    ("answer", "answered", "answers", "answering"),
    ("acknowledge", "acknowledged", "acknowledges", "acknowledging"),
    ("admit", "admitted", "admits", "admitting"),
    ("confirm", "confirmed", "confirms", "confirming"),
    ("deny", "denied", "denies", "denying"),
    ("report", "reported", "reports", "reporting"),
    ("suggest", "suggested", "suggests", "suggesting"),
    ("predict", "predicted", "predicts", "predicting"),
    ("promise", "promised", "promises", "promising"),
    ("pledge", "pledged", "pledges", "pledging"),
    ("vow", "vowed", "vows", "vowing"),
    ("urge", "urged", "urges", "urging"),
    ("ask", "asked", "asks", "asking"),
    ("demand", "demanded", "demands", "demanding"),
    ("call", "called", "calls", "calling"),
    ("describe", "described", "describes", "describing"),
    ("accuse", "accused", "accuses", "accusing"),
    ("charge", "charged", "charges", "charging"),
    ("complain", "complained", "complains", "complaining"),
    ("criticize", "criticized", "criticizes", "criticizing"),
    ("criticise", "criticised", "criticises", "criticising"),
    ("praise", "praised", "praises", "praising"),
    ("hail", "hailed", "hails", "hailing"),
    ("welcome", "welcomed", "welcomes", "welcoming"),
    ("reject", "rejected", "rejects", "rejecting"),
    ("dismiss", "dismissed", "dismisses", "dismissing"),
    ("threaten", "threatened", "threatens", "threatening"),
    ("mention", "mentioned", "mentions", "mentioning"),
    ("indicate", "indicated", "indicates", "indicating"),
    ("observe", "observed", "observes", "observing"),
    ("point", "pointed", "points", "pointing"),
    ("maintain", "maintained", "maintains", "maintaining"),
    ("contend", "contended", "contends", "contending"),
    ("believe", "believed", "believes", "believing"),
    ("think", "thought", "thinks", "thinking"),
    ("feel", "felt", "feels", "feeling"),
    ("agree", "agreed", "agrees", "agreeing"),
    ("propose", "proposed", "proposes", "proposing"),
    ("appeal", "appealed", "appeals", "appealing"),
    ("plead", "pleaded", "pleads", "pleading"),
    ("pray", "prayed", "prays", "praying"),
    ("shout", "shouted", "shouts", "shouting"),
    ("chant", "chanted", "chants", "chanting"),
    ("cry", "cried", "cries", "crying"),
    ("scream", "screamed", "screams", "screaming"),
    ("yell", "yelled", "yells", "yelling"),
    ("whisper", "whispered", "whispers", "whispering"),
    ("joke", "joked", "jokes", "joking"),
    ("quip", "quipped", "quips", "quipping"),
    ("laugh", "laughed", "laughs", "laughing"),
    ("fume", "fumed", "fumes", "fuming"),
    ("boast", "boasted", "boasts", "boasting"),
    ("concede", "conceded", "concedes", "conceding"),
    ("caution", "cautioned", "cautions", "cautioning"),
    ("reiterate", "reiterated", "reiterates", "reiterating"),
    ("affirm", "affirmed", "affirms", "affirming"),
    ("underline", "underlined", "underlines", "underlining"),
    ("underscore", "underscored", "underscores", "underscoring"),
    ("highlight", "highlighted", "highlights", "highlighting"),
    ("estimate", "estimated", "estimates", "estimating"),
    ("label", "labeled", "labels", "labeling"),
    ("cite", "cited", "cites", "citing"),
    ("quote", "quoted", "quotes", "quoting"),
    ("read", "read", "reads", "reading"),
    ("testify", "testified", "testifies", "testifying"),
    ("recount", "recounted", "recounts", "recounting"),
    ("reveal", "revealed", "reveals", "revealing"),
    ("disclose", "disclosed", "discloses", "disclosing"),
    ("inform", "informed", "informs", "informing"),
    ("profess", "professed", "professes", "professing"),
    ("regret", "regretted", "regrets", "regretting"),
    ("request", "requested", "requests", "requesting"),
    ("blast", "blasted", "blasts", "blasting"),
    ("slam", "slammed", "slams", "slamming"),
    ("lament", "lamented", "laments", "lamenting"),
    ("counter", "countered", "counters", "countering"),
    ("interject", "interjected", "interjects", "interjecting"),
    ("muse", "mused", "muses", "musing"),
    ("sigh", "sighed", "sighs", "sighing"),
    ("exclaim", "exclaimed", "exclaims", "exclaiming"),
    ("reason", "reasoned", "reasons", "reasoning"),
    ("specify", "specified", "specifies", "specifying"),
    ("clarify", "clarified", "clarifies", "clarifying"),
    ("elaborate", "elaborated", "elaborates", "elaborating"),
    ("advise", "advised", "advises", "advising"),
    ("instruct", "instructed", "instructs", "instructing"),
    ("order", "ordered", "orders", "ordering"),
    ("find", "found", "finds", "finding"),
    ("undertake", "undertook", "undertakes", "undertaking"),
    ("renew", "renewed", "renews", "renewing"),
    ("see", "saw", "sees", "seeing"),
    ("post", "posted", "posts", "posting"),
    ("term", "termed", "terms", "terming"),
    ("brand", "branded", "brands", "branding"),
    ("dub", "dubbed", "dubs", "dubbing"),
    ("assure", "assured", "assures", "assuring"),
    ("reassure", "reassured", "reassures", "reassuring"),
    ("opine", "opined", "opines", "opining"),
    ("scoff", "scoffed", "scoffs", "scoffing"),
    ("decry", "decried", "decries", "decrying"),
)

#: Particles that complete a phrasal cue after the verb ("pointed out", "called for").
CUE_PARTICLES: tuple[str, ...] = ("out", "for", "up", "back")

#: Verbs that need their particle to be a cue ("pointed out"; "pointed" alone is not).
PARTICLE_REQUIRED: frozenset[str] = frozenset({"point", "spell", "lash", "hit", "speak"})

#: Phrasal cues whose verb is not otherwise a speech verb.
PHRASAL_CUES: tuple[str, ...] = (
    "chimed in",
    "chimes in",
    "chiming in",
    "pointed out",
    "points out",
    "pointing out",
    "spelled out",
    "spelling out",
    "spelt out",
    "lashed out",
    "lashing out",
    "hit back",
    "hitting back",
    "hits back",
    "shot back",
    "shoots back",
    "fired back",
    "fires back",
    "spoke out",
    "speaking out",
    "speaks out",
    "went on",
    "goes on",
    "going on",
    "made clear",
    "makes clear",
    "making clear",
)

#: Cue phrases that put the source after them ("according to X").
SOURCE_FIRST_CUES: tuple[str, ...] = (
    "according to",
    "as quoted by",
    "quoting",
    "in the words of",
    "as told to",
)

#: Russian speech verbs (past tense forms, all genders and plural).
RUSSIAN_SPEECH_VERBS: tuple[str, ...] = (
    "заявил",
    "заявила",
    "заявили",
    "сказал",
    "сказала",
    "сказали",
    "отметил",
    "отметила",
    "отметили",
    "подчеркнул",
    "подчеркнула",
    "подчеркнули",
    "добавил",
    "добавила",
    "добавили",
    "сообщил",
    "сообщила",
    "сообщили",
    "пояснил",
    "пояснила",
    "пояснили",
    "заметил",
    "заметила",
    "заметили",
    "считает",
    "уточнил",
    "уточнила",
    "уточнили",
    "рассказал",
    "рассказала",
    "рассказали",
    "написал",
    "написала",
    "написали",
    "говорится",
    "указал",
    "указала",
    "указали",
    "признал",
    "признала",
    "предупредил",
    "предупредила",
    "ответил",
    "ответила",
    "говорит",
    "говорят",
    "сообщает",
    "пишет",
    "отмечает",
    "подчеркивает",
    "подчёркивает",
    "заявляет",
    "добавляет",
    "полагает",
    "считают",
    "утверждает",
    "утверждал",
    "утверждала",
    "утверждали",
    "признался",
    "призналась",
    "признались",
    "констатировал",
    "констатировала",
    "констатировали",
    "подытожил",
    "подытожила",
    "подытожили",
    "резюмировал",
    "резюмировала",
    "резюмировали",
    "поделился",
    "поделилась",
    "поделились",
    "напомнил",
    "напомнила",
    "напомнили",
    "прокомментировал",
    "прокомментировала",
    "прокомментировали",
    "объяснил",
    "объяснила",
    "объяснили",
    "спросил",
    "спросила",
    "спросили",
    "пообещал",
    "пообещала",
    "пообещали",
    "заверил",
    "заверила",
    "заверили",
    "назвал",
    "назвала",
    "назвали",
    "сообщается",
    "отмечается",
    "подчеркивается",
    "подчёркивается",
    "указывается",
    "цитирует",
    "цитируют",
    "приводит слова",
    "приводят слова",
    "передает",
    "передаёт",
)

#: Russian documents a source speaks through ("говорится в заявлении МИД"), in the
#: prepositional case: the source is the body named after the document.
RUSSIAN_DOCUMENT_NOUNS: tuple[str, ...] = (
    "заявлении",
    "сообщении",
    "документе",
    "отчете",
    "отчёте",
    "докладе",
    "пресс-релизе",
    "релизе",
    "коммюнике",
    "письме",
    "обращении",
    "ответе",
)

#: Russian verbs of quoting: ``цитирует X агентство Y`` is Y quoting X, so X spoke.
RUSSIAN_QUOTING_CUES: frozenset[str] = frozenset(
    {"цитирует", "цитируют", "цитировало", "приводит слова", "приводят слова"}
)
#: Who quotes, in Russian: the noun that starts the quoting medium after the one quoted.
RUSSIAN_MEDIA_NOUNS: frozenset[str] = frozenset(
    {
        "агентство",
        "издание",
        "газета",
        "телеканал",
        "радиостанция",
        "портал",
        "сайт",
        "пресс-служба",
    }
)

#: Whom a Russian cue's news was told to, standing between the cue and its source
#: (``Как сообщил ТАСС источник``, ``заявил журналистам глава МИД``).
RUSSIAN_ADDRESSEES: frozenset[str] = frozenset(
    {
        "тасс",
        "интерфакс",
        "риа",
        "новости",
        "рбк",
        "журналистам",
        "корреспонденту",
        "агентству",
        "изданию",
        "газете",
    }
)

#: Prepositions that open the setting between an inverted Russian cue and its source
#: (``сказал на брифинге X``, ``написал в Telegram X``, ``сказал в беседе с ТАСС X``).
RUSSIAN_SETTING_PREPOSITIONS: frozenset[str] = frozenset(
    {"в", "во", "на", "с", "со", "по", "при", "после", "перед"}
)
#: Possessives inside such a setting (``в своем Telegram-канале``).
RUSSIAN_SETTING_POSSESSIVES: frozenset[str] = frozenset(
    {"своем", "своём", "своей", "своих", "его", "ее", "её", "их"}
)
#: Media named in a setting, in the dative or genitive, before the medium's name
#: (``в интервью телеканалу RT``, ``в эфире радиостанции «Говорит Москва»``).
RUSSIAN_SETTING_MEDIA: frozenset[str] = frozenset(
    {
        "агентству",
        "агентства",
        "изданию",
        "издания",
        "газете",
        "газеты",
        "телеканалу",
        "телеканала",
        "радиостанции",
        "журналу",
        "журнала",
        "порталу",
        "портала",
    }
)

#: Words that may stand right before a Russian name in quotation marks: prepositions
#: (``в «Газпроме»``); a content word does too (``операция «Северный ветер»``), while
#: other function words do not (``что «Россия готова»``).
RUSSIAN_PREPOSITIONS_BEFORE_NAMES: frozenset[str] = frozenset(
    {"в", "во", "на", "с", "со", "о", "об", "для", "от", "к", "из", "у", "за", "под", "при"}
)

#: Stems of Russian nouns a name in quotation marks follows, in any case (``компания
#: "южный путь"``, ``на курорте "красная поляна"``): read where copy has no case cues.
RUSSIAN_NAME_NOUN_STEMS: tuple[str, ...] = (
    "компани",
    "газет",
    "издани",
    "телеканал",
    "агентств",
    "парти",
    "операци",
    "проект",
    "программ",
    "фильм",
    "журнал",
    "фонд",
    "банк",
    "завод",
    "корпораци",
    "холдинг",
    "концерн",
    "трасс",
    "форум",
    "фестивал",
    "преми",
    "конкурс",
    "клуб",
    "команд",
    "судн",
    "корабл",
    "организаци",
    "объединени",
    "движени",
    "ассоциаци",
    "союз",
    "центр",
    "портал",
    "сайт",
    "радиостанци",
    "курорт",
    "парк",
    "отел",
    "гостиниц",
    "музе",
    "театр",
    "магазин",
    "бренд",
    "комплекс",
    "предприяти",
    "платформ",
    "приложени",
    "сервис",
    "альбом",
    "сериал",
    "спектакл",
    "выставк",
    "кампани",
    "ракет",
    "систем",
)

#: Bodies in the prepositional case after ``в`` that an impersonal cue names as the
#: source (``сообщили в пресс-службе``); a place (``в Москве``) is not one.
RUSSIAN_BODIES_AFTER_V: frozenset[str] = frozenset(
    {
        "пресс-службе",
        "министерстве",
        "ведомстве",
        "правительстве",
        "администрации",
        "аппарате",
        "штабе",
        "посольстве",
        "компании",
        "кремле",
        "мид",
        "минобороны",
        "минздраве",
        "минфине",
        "мэрии",
        "прокуратуре",
        "полиции",
        "суде",
    }
)

#: Russian phrases that put the source after them ("по словам X").
RUSSIAN_SOURCE_FIRST_CUES: tuple[str, ...] = ("по словам", "по мнению", "по данным", "как сообщил")

#: Base forms kept as cues; other base forms are nouns too often (a call, an order).
BASE_FORMS_KEPT: frozenset[str] = frozenset(
    {"say", "add", "warn", "insist", "argue", "explain", "note", "claim", "believe", "stress"}
)

#: Cue forms that are also nouns: a cue only when speech follows (``reports that``).
NOUN_LIKE_CUES: frozenset[str] = frozenset(
    {
        "states",
        "reports",
        "charges",
        "claims",
        "calls",
        "orders",
        "finds",
        "notes",
        "remarks",
        "comments",
        "points",
        "answers",
        "estimates",
        "quotes",
        "reads",
        "requests",
        "appeals",
        "demands",
        "promises",
        "pledges",
        "vows",
        "regrets",
        "cries",
        "posts",
        "counters",
        "terms",
        "brands",
        "branding",
        "reasons",
        "order",
        "post",
        "counter",
        "reading",
        "feeling",
        "thinking",
        "reasoning",
        "posting",
        "warnings",
        "ruling",
    }
)

#: Speech verbs with another, more common sense: their -ing form after ``be`` is that
#: sense (``it was recalling its ambassador``, ``police were calling for calm``).
OTHER_SENSE_VERBS: frozenset[str] = frozenset(
    {
        "recalling",
        "calling",
        "charging",
        "ordering",
        "finding",
        "seeing",
        "posting",
        "reading",
        "renewing",
        "undertaking",
        "maintaining",
        "labeling",
        "highlighting",
        "countering",
    }
)

#: Cues whose following name is the listener, not the source (``told Xinhua``).
ADDRESSEE_CUES: frozenset[str] = frozenset(
    {
        "told",
        "tells",
        "tell",
        "telling",
        "asked",
        "asks",
        "informed",
        "assured",
        "assures",
        "reassured",
        "reassures",
    }
)
