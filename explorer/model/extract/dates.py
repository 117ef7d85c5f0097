"""When an article was published, as its own text says: a dateline, a masthead's date line, a release's
发布时间, a notice's date at its foot. An import writes it to sources.csv with the words it was read from
(``date_note``), so the Sources panel can show when each source spoke; a text that gives no date leaves it empty.

Only the places a date of publication stands are read (the first lines, a dateline's opening, the last line):
a date in the body ("from November 2 to November 23, 2032") is an event's, not the article's.
"""

from __future__ import annotations

import re

_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
           "nov": 11, "dec": 12}
_MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_EN_DATES = (
    re.compile(rf"\b{_MONTH}\s(?P<day>\d{{1,2}}),\s(?P<year>(?:19|20)\d\d)\b"),  # November 16, 2032
    re.compile(rf"\b(?P<day>\d{{1,2}})\s{_MONTH}\s(?P<year>(?:19|20)\d\d)\b"),  # 16 November 2032
    re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<mm>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\d-])"),
)
_EN_MONTH_YEAR = re.compile(rf"^[^\S\n]*(?:[^\n|]{{1,80}}\|[^\S\n]*){{0,3}}{_MONTH}\s(?P<year>(?:19|20)\d\d)[^\S\n]*$",
                            re.M)  # (a masthead's fields: "Newsletter of … | Issue No. 23 | August 2032")
# Where a publication date stands in English copy: a line that says so, a dateline opening a paragraph
# ("QINHUANGDAO, China, November 16, 2032 /Newswire/ --"), a masthead line of a few fields ("Source: ... | 2032-11-28").
_EN_SAYS = re.compile(r"(?:^|\|)\s*(?:Published|Updated|Released|Posted|Issued|Dated|Date|Release\s+date|Issue\s+date|"
                      r"Aired|Broadcast)\b[^|\d]{0,30}?:?", re.I)  # (at a line's start or after "|": not "Event date:")
_EN_DATELINE = re.compile(r"^[^\S\n]*[A-Z][A-Z .'’-]{1,40},(?:\s[A-Z][A-Za-z .'-]{1,30},)?\s", re.M)
# A press release's dateline in capitals and small letters, its date closed by a dash or a slash: "Wuzhou, Guangxi, 27
# October 2031 - Xunjiang Port Holdings ... today announced", "Hexi, March 3, 2032 /Wire/ --"
_EN_MIXED_DATELINE = re.compile(r"^[^\S\n]*[A-Z][A-Za-z.'’-]+(?:[^\S\n][A-Z][A-Za-z.'’-]+){0,3},"
                                r"(?:[^\S\n][A-Z][A-Za-z .'-]{1,30},)?[^\S\n]")
_DATELINE_CLOSE = re.compile(r"[^\S\n]*(?:-{1,2}|—|–|/)")
_ZH_DATES = (
    re.compile(r"(?P<year>(?:19|20)\d\d)年(?P<mm>\d{1,2})月(?P<day>\d{1,2})日"),
    re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)[-/.](?P<mm>\d{1,2})[-/.](?P<day>\d{1,2})(?![\d])"),
)
# A post's date and time with 发布 or its IP's province after them ("2032-04-12 19:30 发布 · IP属地：广东")
_ZH_POSTED_AFTER = re.compile(r"(?:[^\S\n]*\d{1,2}:\d\d)?[^\S\n]*(?:发布|·[^\S\n]*IP属地)")
_ZH_SAYS = re.compile(r"(?:发布时间|发布日期|发稿时间|播出时间|发布于)[：:]?")
_ZH_MASTHEAD = re.compile(r"来源|编辑|作者|字号|字体|频道|星期|第\s*\d+\s*版|日报|晚报|融媒体中心|新闻中心|电视台|时报|商报")
# (a masthead line's other fields, or the body that publishes it: "砀山县融媒体中心　2032-04-09 08:30")
_TOP = 600  # characters: where a headline, masthead and dateline stand
# The name of a paper, station or office before the date on a masthead line (a headline names no such body before a
# date that ends it)
_MASTHEAD_NAME = re.compile(r"(?:中心|报|台|网|社|站|电视|广播|频道|新闻|融媒|公众号|(?i:daily|news|times|post|herald|"
                            r"radio|television|tv|bulletin|newsletter|gazette|press|centre|center|weekly|journal))"
                            r"(?:[^\S\n]+[\u4e00-\u9fff]{1,8}){0,2}"  # (its programme: "安顺广播 早市观察 2033年4月8日")
                            r"[^\w]*(?:[|｜·—–-][^\n]*)?\s*$")


def _iso(match: re.Match[str]) -> str:
    year = match.group("year")
    groups = match.groupdict()
    month = int(groups["mm"]) if groups.get("mm") else _MONTHS.get((groups.get("month") or "")[:3].lower(), 0)
    day = int(groups["day"]) if groups.get("day") else 0
    if not 1 <= month <= 12:
        return ""
    return f"{year}-{month:02d}-{day:02d}" if 1 <= day <= 31 else f"{year}-{month:02d}"


def _first_date(line: str, patterns: tuple[re.Pattern[str], ...]) -> re.Match[str] | None:
    found = [m for p in patterns if (m := p.search(line))]
    return min(found, key=lambda m: m.start()) if found else None


def _lines(text: str, start: int, end: int) -> list[str]:
    return [line for line in text[start:end].splitlines() if line.strip()]


def _shown(line: str, date_end: int) -> str:
    """The line a date was read from, as shown beside it: whole when short, else up to the date ("YICHANG, China,
    March 4, 2032 …"), never cut inside a word."""
    if len(line.strip()) <= 100:
        return line.strip()
    return line[:date_end].strip() + " …"


def publication_date(text: str) -> tuple[str, str]:
    """The article's date ("2032-11-16", or "2032-11" when the text gives only the month) and the line it was
    read from; ("", "") when the text gives none where a date of publication stands."""
    chinese = len(re.findall(r"[\u4e00-\u9fff]", text[:_TOP])) > 20
    patterns = _ZH_DATES if chinese else _EN_DATES
    top = _lines(text, 0, _TOP)
    rest = top[1:6]
    first = _first_date(top[0], patterns) if top else None
    if first is not None and first.group("day") and top[0].rstrip().endswith(first.group(0)) and \
            len(top[0].strip()) - len(first.group(0)) <= (60 if "|" in top[0] else 30) and \
            _MASTHEAD_NAME.search(top[0][:first.start()]):
        return _iso(first), top[0].strip()  # a first line that is a masthead, not a headline: its name, its date
        # ("青溪县融媒体中心 2032年10月12日", "Harbour Daily | 12 October 2032"; a station, its programme and the date
        # between pipes may run longer: "XINGTAI CITY RADIO | HIGH STREET LINE | 9 May 2034")
    for line in rest:  # (the headline itself is passed over: "... in 2032" is no date of writing)
        says = (_ZH_SAYS if chinese else _EN_SAYS).search(line)
        found = _first_date(line[says.end():] if says else line, patterns)
        if found is None:
            continue
        dateline = None if chinese else _EN_DATELINE.match(line)
        if dateline is None and not chinese and not says and _DATELINE_CLOSE.match(line, found.end()):
            dateline = _EN_MIXED_DATELINE.match(line)
        # the date alone on its line (perhaps with a weekday or a time), or a field of its own between pipes
        alone = line.strip().startswith(found.group(0)) and len(line.strip()) - len(found.group(0)) <= 14
        field = next((part for part in line.split("|") if found.group(0) in part), "")
        own_field = "|" in line and ":" not in field[:field.find(found.group(0))]
        if says or chinese and (alone or _ZH_MASTHEAD.search(line) or _ZH_POSTED_AFTER.match(line, found.end())) or \
                not chinese and (
                dateline is not None and found.start() <= dateline.end() + 1 or own_field or alone):
            end = (says.end() if says else 0) + found.end()
            return _iso(found), _shown(line, end)
    if not chinese:
        for line in rest:
            month = _EN_MONTH_YEAR.match(line)
            if month:  # "THE BIG INTERVIEW | November 2032": a masthead's month
                return _iso(month), line.strip()
    last = _lines(text, max(0, len(text) - 300), len(text))[-3:]
    for line in reversed(last):  # a notice signed and dated at its foot ("2032年11月20日", "November 26, 2032"),
        # a paper's credit line (《 人民日报 》（ 2032年09月18日 11 版）)
        found = _first_date(line, patterns)
        if found is not None and (len(line.strip()) <= len(found.group(0)) + 4
                                  or chinese and len(line.strip()) <= 40 and re.search(r"报|版", line)):
            return _iso(found), line.strip()
    return "", ""
