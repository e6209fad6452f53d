"""Month and weekday names as they appear in datelines, English and Russian.

Spellings are compared case-insensitively and without a trailing full stop, so
``Sept.``, ``SEP`` and ``sept`` are one entry (``sept``). Russian months carry
every form a dateline uses: nominative, genitive (``мая``, ``декабря``) and the
short forms of RIA Novosti (``дек``, ``ноя``).
"""

from __future__ import annotations

#: ``(month number, spellings)`` for each month, full names first.
MONTHS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, ("January", "Jan", "январь", "января", "янв")),
    (2, ("February", "Feb", "Febr", "февраль", "февраля", "фев", "февр")),
    (3, ("March", "Mar", "март", "марта", "мар")),
    (4, ("April", "Apr", "апрель", "апреля", "апр")),
    (5, ("May", "май", "мая")),
    (6, ("June", "Jun", "июнь", "июня", "июн")),
    (7, ("July", "Jul", "июль", "июля", "июл")),
    (8, ("August", "Aug", "август", "августа", "авг")),
    (9, ("September", "Sept", "Sep", "сентябрь", "сентября", "сент", "сен")),
    (10, ("October", "Oct", "октябрь", "октября", "окт")),
    (11, ("November", "Nov", "ноябрь", "ноября", "нояб", "ноя")),
    (12, ("December", "Dec", "декабрь", "декабря", "дек")),
)

#: ``(ISO weekday number, spellings)``, Monday = 1; Russian in the nominative and
#: accusative (``в среду``) forms.
WEEKDAYS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, ("Monday", "Mon", "понедельник")),
    (2, ("Tuesday", "Tues", "Tue", "вторник")),
    (3, ("Wednesday", "Wed", "среда", "среду")),
    (4, ("Thursday", "Thurs", "Thur", "Thu", "четверг")),
    (5, ("Friday", "Fri", "пятница", "пятницу")),
    (6, ("Saturday", "Sat", "суббота", "субботу")),
    (7, ("Sunday", "Sun", "воскресенье")),
)

#: Ordinal suffixes a day number may carry (``5th March``, ``1-го декабря``).
DAY_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th", "-го", "-е", "го")
