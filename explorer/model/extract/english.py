"""Rules applied to the English extractor's candidates (explorer/model/extract/core.py): ranges, targets with a
lower bound, falls named by more verbs, "No. 8" and elided ordinal ranks, "N million" with a noun the units
table lacks, and telephone numbers that are no figures. Each is a general rule of English economic prose,
not a phrase of one article; they run on the candidates in text order, in time linear in the text.
"""

from __future__ import annotations

import bisect
import csv
import functools
import heapq
import itertools
import re
from collections.abc import Iterator

from explorer.model.extract import bare_amounts
from explorer.model.extract.core import (
    AGE_OR_TIME_QUESTION,
    AND_UP_AFTER,
    BORN_AFTER,
    CAP_GOES,
    CELL_GAP,
    CLAUSE_END,
    CLOCK_ZONE_AFTER,
    DATES_ELSE,
    MONEY_QUESTION,
    N_FOR_BEFORE,
    NAMED_CAPTION_BEFORE,
    PAID_NOUN_AFTER,
    PER_PRICE_UNIT_AFTER,
    PERSON_NAME,
    PERSON_NAMED_BEFORE,
    PRICE_PER_SERVICE,
    PRICE_SAID_AGAIN_BEFORE,
    SPOKEN_BARE,
    SPOKEN_END,
    THOUSANDS_SAID_BEFORE,
    TIME_TAKEN_BEFORE,
    TOPS_AFTER,
    WORD_NUMBER,
    Candidate,
    age_or_time_said,
    count_after_month,
    holds_any,
    mark_restatements,
    names_a_loss,
    qualifier_before,
    scan_gated,
    sentences,
    table_cells,
    thousands_of,
    trie_pattern,
    unit_named,
)
from explorer.model.extract.counties import SUFFIX_AFTER as COUNTY_SUFFIX_AFTER
from explorer.model.extract.counties import english_names as english_county_names
from explorer.model.extract.counties import suffix_fits as county_suffix_fits
from explorer.model.numbers import (
    DISCOUNT_AFTER,
    DISCOUNT_OF_BEFORE,
    FALL_NOUN_AFTER,
    NUMBER_WORDS,
    OFF_AFTER,
    OFF_VERBS,
    ORDINAL_WORDS,
    SPOKEN_PRICE,
    UNITS,
    YUAN_CENTS,
    folded_lower,
    parse_number,
    small_number,
    yuan_cents,
)

# Telephone numbers: after a word that names one, an international one ("+86 756 212 3456"), an area code in
# brackets ("(0631) 588 1234"), digit groups joined by hyphens, an area code and two groups, a mobile number in
# three groups.
_PHONE = re.compile(r"\b(?:tel|telephone|phone|fax|hotline|contact|call)\b\.?:?[^\S\n\r]*\+?[\d \t()-]{6,}"
                    r"|(?<![\w+])\+\d{1,3}(?:[ \t-]?\(?\d{1,5}\)?){2,5}(?!\.?\d)"
                    r"|\(0\d{2,4}\)[ \t-]?\d{3,4}[ \t-]?\d{3,4}\b"
                    r"|\b\d{2,4}-\d{3,4}-\d{3,4}\b|(?<![\d-])0\d{2,3}-\d{7,8}\b"
                    r"|(?<![\d-])0\d{2,3}-\d{3,4}[ \t]\d{3,4}\b"  # ("0452-2716 600", as a station reads it out)
                    r"|(?<![\d.,-])1[3-9]\d[ \t-]\d{4}[ \t-]\d{4}\b", re.I)  # (a mobile number, "138 3734 0926")
# The cents said after "N yuan" ("six yuan fifty a litre"); not a figure of its own ("5 yuan 20 times", "3 yuan,
# 50 of them", "10 yuan 5%").
_YUAN_CENTS_AFTER = re.compile(rf"[^\S\n]+(?P<cents>{YUAN_CENTS})\b(?![^\S\n]*(?:%|percent|per[^\S\n]?cent|"
                               r"hundred|thousand|million|billion|yuan|times|[a-z]+s\b|kilo|kg|km|jin|mu|tonne|ton|year|"
                               r"month|day|hour|minute|[-.,]\d))", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:roughly\s+|about\s+|around\s+|some\s+|approximately\s+)?$", re.I)
_AND = re.compile(r"\s*(?:and|to|-|–)\s*$", re.I)
_TARGET = re.compile(r"\b(?:plans?|planned|planning|aims?|aimed|aiming|expects?|expected|targets?|targeted|projected|"
                     r"projects?|forecasts?|intends?|will|(?<=\w)['’]ll|could(?!\s+have\b)|would(?!\s+have\b)|shall|"
                     r"is set to|"
                     r"are set to|goal|seeks?|seeking|"
                     r"strives?|striving)\b", re.I)
# Bounds and hedges between a verb of falling and its figure ("fall by at least 3%", "by no more than 5 percent",
# "by a further 18%", "down something like twelve percent")
_HEDGE_MORE = (r"at\s+least|not\s+less\s+than|no\s+less\s+than|no\s+more\s+than|not\s+more\s+than|a\s+further|"
               r"another|something\s+like|close\s+to|approximately|a\s+mean(?:\s+of)?")
_FALL = re.compile(r"\b(?:fell|shrank|shrunk|shrinking|contracted|contracting|dropped|dropping|slipped|slid|dipped|plunged|"
                   r"(?:to|will|would|could|may|might|should)\s+(?:decline|decrease|drop|fall|shrink|contract|slip|dip|"
                   r"ease)(?:\s+by)?(?:\s+(?:a\s+further|another))?(?=\s)|"
                   r"tumbled|eased|lost|retreated|narrowed|narrowing|went down|gone down|fallen|falling|declining|"
                   r"decreasing|slumped|declined|decreased|(?<!narrowing the )(?<!narrowed the )(?<!narrows the )"
                   r"(?<!narrow the )(?:drop|fall|decline|decrease|slide|dip|shrink)(?=\s+by\s)|"  # (not "narrowing the
# decline by 3.2 percentage points": a change of the fall)
                   r"(?:a|the) (?:(?:net|further|sharp|slight|small|big|steep|modest)\s+)?"
                   r"(?:drop|fall|decline|decrease|contraction|reduction|cut) (?:of|was|is|came\s+to))"
                   r"(?:\s+(?:(?:less|more)\s+)?(?:faster|further|sharply|steeply|slightly|slowly|gently|quickly|"
                   r"rapidly|again|even\s+faster),?)?"
                   r"(?:,?\s+by)?\s*(?:between\s+)?"
                   r"(?:an\s+average\s+of\s+)?"
                   r"(?:(?:about|around|nearly|almost|some|roughly|more than|over|less than|as much as|up to|maybe|perhaps|"
                   rf"probably|{_HEDGE_MORE})\s+){{0,2}}\s*$", re.I)  # ("lost maybe 8 percent", "dropped something like 20")
_FALL_WORDS = ("fell", "shr", "contract", "drop", "sli", "dip", "plung", "declin", "decreas", "fall", "ease", "tumbl",
               "lost", "retreat", "narrow", "down", "slump", "reduction", "cut")  # (every branch of _FALL holds one)


def _falls(said: str) -> re.Match[str] | None:
    """_FALL.search(said), where it can match."""
    return _FALL.search(said) if holds_any(said, _FALL_WORDS) else None


# A contracted will that speaks of the talk ("I'll tell you", "you'll find", "I'll be honest", "as you'll recall";
# before a colon: "I'll explain: we lost"), of what is usual ("on a good day we'll sell 300", "a customer'll
# usually spend"), of a price now ("this'll set you back 300 yuan") or of a guess about the past ("it'll have been
# 300,000 tonnes last year"): no forecast. (After the contraction; a lookahead's alternatives.)
_HABIT_WORDS = (r"usually|often|normally|always|sometimes|typically|generally|on\s+a\s+good\s+day|most\s+days|"
                r"on\s+(?:a\s+)?(?:week|weekend|Satur|Sun|Mon|Tues|Wednes|Thurs|Fri)days?|every\s+(?:day|week|Saturday|Sunday)")
_TALK_LL = (r"[^\S\n]+(?:tell|say|admit|see|bet|find|notice|remember|recall|know|remind|grant|never[^\S\n]+forget|"
            r"be[^\S\n]+(?:honest|frank)|have[^\S\n]+(?:been|had|done|made|sold))\b|[^:\n]*:(?!\d)"
            r"|[^.;:!?\n]*\b(?:set\s+you\s+back|cost\s+you|" + _HABIT_WORDS + r")\b")
# A clause that plans, expects or aims: its figures are forecasts or targets, not outcomes. Not "estimated"
# (an estimate of what happened), nor "expected" alone ("faster than expected").
_FORECAST = re.compile(r"\b(?:(?:expected|projected|forecast|predicted|set|likely|poised|due|designed)\s+to|"
                       r"confident\s+(?:of|about)\s+(?:hitting|reaching|meeting|achieving|exceeding|topping)\b|"
                       r"(?:'|’|(?<=['’]))d\s+like\s+to|(?<!than )(?<!as )(?<!-)(?<!than\s)expected\s+(?!to\b)|"
                       r"(?<!the )forecasts\s+(?!of\b|for\b|by\b|were\b|are\b)|"
                       r"project\s+(?:[\w-]+\s+){1,5}?to\s+(?:rise|grow|reach|fall|increase|exceed|top|climb)\b|"
                       r"targets?\s+(?:[\w-]+\s+){1,4}?of\s+(?=(?:about|around|roughly|some|nearly|over|at\s+least)\s)|"
                       r"(?:we|I|they)\s+plan(?=\s)|(?:thinking|thinks)\s+(?:of|about)\s+[a-z]+ing\b|"
                       r"(?:has|have)\s+budgeted|wants?\s+(?:us|them|it)\s+[a-z]+ing\b|"
                       r"on\s+(?:course|track)\s+(?:to|for)|(?:is|are)\s+to(?=\s+[a-z]+\s)|"
                       r"(?<!\bnew )(?<!\bthe )(?<!\bits )(?<!\bour )(?<!\bwhich )(?<!\bthat )(?<!\bwho )(?<!\btheir )"
                       r"(?:plans|planning|targets|targeting|eyes|eyeing|wants?)"
                       r"(?=\s+(?:(?:about|around|roughly|nearly|some|over|more\s+than|at\s+least|an?|another)\s+)?"
                       r"(?:(?:RMB\s?|US\$\s?|\$)?(?!(?:19|20)\d\d\b)\d|$))|(?:aims?|aiming|plans?|planning|intends?|seeks?|seeking|strives?|striving|targets?|targeting|wants?|hopes?|(?:am|are|is|was|were|still|re|m)\s+hoping)\s+(?:to|for|at)|"
                       r"(?:wants?|hopes?|would\s+like)\s+(?:[\w&-]+\s+){1,4}?to\s+(?=[a-z])|"  # "want R&D to reach"
                       r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)(?:wants?|hopes?)\s+(?:[\w&-]+\s+){5,10}?"
                       r"to\s+(?=(?:reach|hit|exceed|top|surpass|double|triple|climb|grow|rise|increase)\b)|"
                       # ("wants the output value of its seafood processing industry to reach"; a long subject only
                       # before a level to reach or a rise)
                       r"(?:growth\s+)?(?:target|goal|forecast|projection|outlook)s?\s+(?:of|at|for|is|was)|"
                       r"\bplan\s+of(?=\s+(?:about\s+|around\s+)?$)|upside(?=:?\s*$)|"
                       r"\b(?:our|the|their|my|its)\s+plan\s+is(?=\s+(?:about\s+|around\s+|roughly\s+|at\s+least\s+)?$)|"
                       # ("Which is why our plan is 150 households in the scheme by 2028")
                       r"\b(?:projections?|forecasts?)\b[^.;,]{0,80}?\bputs?\s+(?:[\w'’-]+\s+){1,6}?at(?=\s)|"
                       # ("Projections by the bureau put the province's resident population at around 45.9 million in
                       # 2030")
                       r"(?:budget|expenditure|spending|outlay|revenue)s?\b"
                       r"(?:(?!\b(?:on|threshold|thresholds|each|per|every|standard|limit)\b)[^.;,]){0,40}?\b(?:is|are)\s+set\s+at"
                       r"(?=\s)(?!\s+(?:(?:no|not)\s+(?:less|lower|more|higher)\s+than|at\s+(?:least|most))\b)|"
                       r"\b(?:is|are)\s+set\s+at(?=\s[^.;,]{1,30}?\bfor\s+(?:19|20)\d\d\b)|"
                       # ("General public budget expenditure is set at 56.3 billion yuan for 2032", "Fiscal spending is
                       # set at 4.2 trillion yuan this year"; not "Rents are set at 85 percent of market levels",
                       # "Spending on education is set at no less than 4 percent of GDP": rules)
                       r"\b(?:the|an|its|their)\s+(?:expected|projected|forecast)\s+(?:[\w-]+\s+){1,3}?(?:of|at)(?=\s)|"
                       r"\b(?:planned|budgeted|targeted|projected)\s+(?:[\w-]+\s+){1,3}?for\s+(?:19|20)\d\d\s+"
                       r"(?:is|are|totals?)(?=\s)|\bbudgets?\b[^.;]{0,60}?\bsets\s+(?:[\w-]+\s+){1,5}?at(?=\s)|"
                       # ("The draft budget ... sets expenditure at"; "Planned investment for 2031 is 2.3 billion
                       # yuan"; not "a planned investment of": what a project is, its size)
                       r"(?:raise|raised|raising|cut|cuts|lower|lowered|trim|trimmed)\s+(?:our\s+)?(?:\w+\s+)?estimates?\s+(?:to|for)|"
                       r"(?:raise|raises|raised|raising|lift|lifts|lifted|lifting|cut|cuts|lower|lowers|lowered|trim|trims|"
                       r"trimmed)\s+(?:our|its|their)\s+(?:[\w-]+\s+){0,5}?(?:estimates?|forecasts?)\s+(?:to|for|by)\b|"
                       r"expects?|expecting|(?:had|have|has)\s+expected|anticipates?|calls?\s+for|called\s+for|"
                       r"(?:we|I|they|analysts|economists)\s+(?:now\s+|still\s+)?(?:forecast|project|predict|see|hope)|"
                       r"FY\d\d[EF]|(?:19|20)\d\d[EF]|(?:budgeted|projected|pencilled|penciled|targeted|planned)\s+at|targeted\s+to(?=\s+[a-z])|"
                       r"(?-i:TP)|target\s+price|price\s+target|"
                       r"(?:will|shall|(?<!\bas\s)[a-z]+['’]ll(?<!\bthat['’]ll)(?<!\bthis['’]ll)(?!" + _TALK_LL + r"))"
                       r"(?!\s+(?:receive\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}?(?:award|subsidy|reward|grant|"
                       r"bonus|allowance|refund|rebate|discount|reimbursement)|receive\s+(?:about\s+|up\s+to\s+)?"
                       r"(?:RMB\s?|US\$\s?|\$)?(?:\d|$)|be\s+(?:granted|given|awarded|paid|entitled|eligible|"
                       r"charged|withheld|levied|deducted|reimbursed|refunded|capped)|"  # (a rule's terms: "late delivery
                       # will be charged at 0.5% of the order value per day")
                       r"(?:also\s+)?(?:provide|get|fund|finance|occupy|cost|pay|acquire|not)\b))|"
                       r"could(?!\s+(?:have|not)\b|n['’]t)|would(?!\s+have\b)|"  # ("the share the grid could not take": what
                       # was not possible, no forecast)
                       r"guides?\s+(?:to|for)|guided\s+(?:to|for)|guidance\s+(?:of|for|at)|(?:scheduled|slated)\s+to|"
                       r"should(?!\s+be\s+(?:noted|pointed\s+out|mentioned|stressed|emphasi[sz]ed|added|remembered|said)))"
                       r"\b(?:(?!\band\s+(?:has|have|had)\s)[^.;]|\.(?=\d))*$", re.I)  # a decimal point ends no clause
# ("expects revenue to rise ... and has set aside 2.2 billion yuan": a clause of what was done ends the forecast)
_FORECAST_AFTER = re.compile(r"\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:projected|forecast|expected|targeted|predicted|"
                             r"planned|budgeted)\s+(?:for|in|by)\b|\s+(?:est\.|estimate\b|forecast\b|target\b)|"
                             r"\s+(?:median|consensus|mean|average)\s+(?:forecast|estimate|expectation)|"
                             r"\s+(?:upside|downside)\b|"  # "26% upside"
                             r"\s+(?:that\s+)?(?:it|they|we|officials)\s+(?:estimates?|expects?|projects?|forecasts?)\b|"
                             r"\s+(?:for|in|by)\s+(?:FY)?(?:\d\d|(?:19|20)\d\d)[EF]\b", re.I)  # "312% for 2031E"
# A figure that opens its clause and is the subject of a future verb: "About 70 percent of the power will go to",
# "Of the total investment, some 40 percent will come from", "In 2031, 300 home care beds are to be set up", "about
# 152 million yuan is expected from" (not "30 percent said they will", nor "the 4 percent that will").
# The hedges and bounds that may stand between a figure and the words that tell what it is ("from about 860")
_HEDGE_WORDS = r"about|around|roughly|approximately|nearly|almost|some|just|only|over|more\s+than|at\s+least"
_OPENS_CLAUSE = re.compile(r"(?:^|[.!?;:]\s+|\n\s*|,\s+|\"\s*|“\s*)(?:(?:" + _HEDGE_WORDS
                           + r"|up\s+to|another|a\s+further)\s+)?"
                           r"(?:RMB\s?|US\$\s?|\$|¥\s?)?$", re.I)
_SUBJECT_FORECAST_AFTER = re.compile(
    r"(?:\s+(?!(?:said|say|says|told|that|who|which|was|were|is|are|had|has|have|did|do|does|than|and|or|but)\b)"
    r"[\w'’-]+){0,6}?\s+(?:will(?!\s+(?:have\s+)?(?:been|had|not|now|get|receive|be\s+(?:used|subsidi[sz]ed|refunded|"
    r"granted|given|awarded|paid|reimbursed|exempted|waived|charged|deducted|covered|borne))\b)|'ll|’ll|"
    r"(?:is|are)\s+(?:expected|projected|forecast|planned|set|due|scheduled|slated|likely)\s+to\b|(?:is|are)\s+to\s+be\b|"
    r"(?:is|are)\s+(?:expected|planned|projected)\s+(?:from|for|in|at|as)\b)", re.I)
# "could top", "plans to exceed": a future lower bound.
# "based on 14.6x FY27E EPS": a multiple of estimated earnings, a forecast (not "trades at 14.1x FY26E P/E", the
# multiple the market pays today).
# A bound that is promised or aimed at, not one reached: "pledge to keep growth above 5 pct", "has promised at
# least 20 billion yuan a year", "At least 60% of the funds shall be used". (Not "must keep at least 5 cows": a
# rule's threshold, which the labelled sets give as a plain bound.)
_OBLIGED = re.compile(r"\b(?:pledged?\s+to|promised|promises|vowed\s+to|required\s+to|committed\s+to|"
                      r"targeting|to\s+keep|(?:wants?|hopes?)\s+(?:to|[^.;:!?]{0,80}?\bto)\s)[^.;:!?]*$", re.I)
# ("we want incomes to grow by at least 8 percent"; not "Hopes of a recovery faded after exports fell more than 10
# percent", "Buyers who want a bigger flat paid more than")
_OBLIGED_AFTER = re.compile(r"(?:\s+(?!of\s+which\b|(?:and|but|or|was|were|had|has|have|is|are|said|says|say|told|"
                            r"expects?|think|thinks|believes?|reckons?|that|who|which|where|when|if|because|got|gets|"
                            r"saw|took|gave|became|began|ran|came|went|did)\b|(?<!\bof\s)(?<!\bthe\s)(?<!\bits\s)"
                            r"(?<!\btheir\s)\w+ed\b)[\w'-]+){0,5}?"
                            r"\s+(?:(?:shall|must)\s+be|will|(?:is|are)\s+(?:to|"
                            r"planned|due|scheduled|expected))\b", re.I)
# A budget's amounts are plans: "approved a general budget of", "keeping the full-year budget of", "The 2033 budget
# assumes revenue growth of", "the budget sets aside", "expenditure is arranged at", "at a budgeted cost of"; the
# figure right after the words (not a figure further on: "..., 4.2 percent more than this year's 37 billion yuan")
_BUDGET_PLAN_BEFORE = re.compile(
    r"(?:\bbudgets?\s+(?:that\s+|which\s+)?(?:already\s+|also\s+)?(?:assumes?|assumed|sets\s+aside|(?:projects?|plans)(?!\s+of\b)|envisages|"
    r"foresees|allocates|earmarks|provides\s+for)\s+(?:[\w-]+\s+){0,4}?(?:of\s+|at\s+|for\s+)?|"
    r"\b(?:approved|approves|passed|passes|adopted|adopts|keeping|keeps|kept|endorsed)\s+(?:a|an|the|its|their|our)\s+"
    r"(?:[\w-]+\s+){0,3}?budgets?\s+of\s+|"
    r"\b(?:is|are|was|were)\s+arranged\s+at\s+|\bbudgeted\s+(?:cost|spending|outlay|investment)\s+of\s+)"
    r"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?(?:RMB\s?|US\$\s?|\$)?$", re.I)
# "Hexi council passes 38.6-billion-yuan budget": passes is approves, not exceeds
_BUDGET_PASSED_BEFORE = re.compile(r"\b(?:council|congress|lawmakers|legislature|deputies|assembly|parliament|board|"
                                   r"legislators|government|committee)s?[^\S\n]+(?:(?:on|this|last)[^\S\n]+\w+"
                                   r"(?:[^\S\n]+\d{1,2})?,?[^\S\n]+|\w+ly[^\S\n]+|"
                                   r"(?:has|have|had)[^\S\n]+){0,2}(?:passes|passed|approves|approved)\s+"
                                   r"(?:an?\s+|the\s+|its\s+)?$", re.I)  # (the body passes it: not "the
# government's revenue passed 40 billion yuan of budget income")
_BUDGET_AFTER = re.compile(r"[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?budgets?\b", re.I)
# "aims to lift trade above 140 billion yuan, after reaching 131.5 billion yuan in 2032": what was reached, inside
# the aim's clause, is an outcome
_REACHED_BEFORE = re.compile(r"\b(?:after|having)\s+(?:reaching|reached|hitting|hit|posting|posted|recording|recorded|"
                             r"registering|registered|totalling|totaling|totalled|totaled)\s+(?:(?:about|around|nearly|"
                             r"some|roughly|over|more\s+than|almost)\s+)?(?:RMB\s?|US\$\s?|\$)?$", re.I)
_PAST_CHANGE_AFTER = re.compile(r"\s+(?:drop|fall|decline|rise|increase|growth|gain|jump|slump|contraction)\s+"
                                r"(?:last\s+year|a\s+year\s+(?:earlier|ago|before))\b", re.I)
_ESTIMATE_AFTER = re.compile(r"\s+(?:FY\d\d|(?:19|20)\d\d)[EF]\b")
_TRADES_BEFORE = re.compile(r"\btrad(?:es|ed|ing)\s+(?:at\s+)?(?:~|about\s+|around\s+)?$", re.I)
_CAP_CLAUSE = re.compile(r"(?:\b(?:maximum|max\.)\s+(?:[a-z-]+\s+){0,2}?(?:price|bid|loan|amount|subsidy|grant|payment|"
                         r"fine|fee|fare|limit|sum|award|term|tenor|charge)s?"
                         r"(?:\s+(?:to|for|per|on)\s+(?:an?\s+|the\s+|each\s+)?[a-z-]+(?:\s+[\w-]+){0,4}?"  # ("to one
                         r"\s+(?:is|remains)\s+(?:now\s+)?"  # family is": a rule's cap, said in the present; not
                         r"|\s+(?:is\s+(?:now\s+)?|was\s+|remains\s+|of\s+|at\s+)?)"  # "on record was", "rose")
                         r"|(?<!\bmarket )\b(?:cap|ceiling)s?(?:\s+(?:for|on)\s+[a-z ,-]{0,45}?)?"
                         r"\s+(?:of|at|to|from|is|was|rises\s+to|rose\s+to|raised\s+to)\s+"
                         r"|(?:\b(?:to|will|would|we|they|it|and|which|also|rules|regulations|law|policy)\s+cap|"
                         r"\bcaps|\bcapped|\bcapping)\s+"
                         r"(?:[a-z' -]{1,40}?\s+)?at\s+"
                         r"|(?<!debt )(?<!upper )(?<!lower )(?<!within the time )\blimit"
                         r"(?:\s+(?:for|on|per)\s+[a-z ,-]{0,40}?)?\s+"
                         r"(?:is|was|of|at|has\s+been\s+raised\s+to|"
                         r"(?:was\s+|is\s+)?raised\s+to|rises\s+to)\s+|\bceiling\s*:\s*"
                         r"|\bthe\s+most\s+(?:an?\s+|each\s+)?[a-z -]{1,30}?\s+can\s+(?:receive|get|borrow|claim)\s+is\s+)"
                         r"(?:RMB\s?|US\$\s?)?$", re.I)
# ("the limit is 800 visitors a day", "loan limit for a couple has been raised to 800,000 yuan", "Price ceiling: 3.10
# yuan", "the most a single buyer can receive is 8,000 yuan"; not a "debt limit of", a quota, nor a contribution
# base's "upper limit is": a level, as the labelled sets give them)
# ("maximum bid price 742.5 million yuan", "raised the loan ceiling for first homes to 700,000 yuan", "the maximum
# loan to a single household is 1.5 million yuan", "the maximum term is 30 years"; not "maximum capacity to
# produce", "ceiling lights", "cap rate", "market cap of")
# The subject of a change that is a rule's cap or floor ("the maximum loan for a couple rises from 600,000 yuan to
# 800,000 yuan", "the loan cap for families with two children from 600,000 yuan to 800,000 yuan", "the minimum down
# payment for a second home falls from 30 percent to 25 percent"): both ends of the change are caps or floors.
_PAIRED_BOUND = re.compile(r"(?P<cap>\b(?:maximum|max\.)\s+(?:[a-z-]+\s+){0,3}?(?:loan|amount|subsidy|grant|payment|fine|"
                           r"fee|fare|limit|sum|award|term|charge|price)s?\b|\b(?:loan|credit)\s+(?:cap|ceiling|limit)s?\b)"
                           r"|(?P<floor>\bminimum\s+(?:down\s+)?(?:payments?|deposits?)(?:\s+ratio)?\b)", re.I)
_CHANGED_TO_FROM = re.compile(r"\b(?:rises|rise|raised|goes\s+up|increases|lifted|falls|cut|lowered|reduced)\b[^.;]*"
                              r"\b(?:to|from)\s+(?:RMB\s?)?$", re.I)  # ("rises to 800,000 yuan, from 700,000 yuan":
# the two ends said the other way round; a rule's cap set, not "rose 20% to 1.2 million yuan": the largest loan made)
_SEEN_CHANGE = re.compile(r"\b(?:rose|fell|went\s+(?:up|down)|increased|decreased|grew|climbed|dropped|declined|"
                          r"jumped|surged|soared|leapt|leaped|plunged|slumped|tumbled)\b", re.I)
# A share a rule sets as a floor: "the minimum down payment remains 15%", "for a second home, the minimum is now 25
# percent" (not "the minimum down payment of 90,000 yuan", an amount paid; "the minimum wage", a wage's name)
_FLOOR_SHARE = re.compile(r"\bminimum\s+(?:(?:down\s+)?payments?(?:\s+ratio)?|deposits?)\s+"
                          r"(?:(?:is|remains|remained|stays|stayed)\s+(?:now\s+|still\s+)?(?:at\s+)?)?$"
                          r"|\bthe\s+minimum\s+(?:is\s+now|stays\s+at|remains(?:\s+at)?)\s+$", re.I)  # (not "the minimum
# was 4.9% in October", "hit a minimum 45%": a lowest value seen)
# A price from which it was raised or cut to another ("raising the tap water price from RMB2.60 to RMB2.85"): no
# "from" price (a lowest price, "tickets from 80 yuan")
# a from…to pair or a comparison, not a price's lowest: "cut mortgage rates from 4.1 percent in May to 3.9 percent",
# "from 4.1 percent, to as low as 3.9", "the youth rate from 14.2 percent a month earlier"
_YEAR_AFTER_FROM = re.compile(r"\s+in\s+(?:19|20)\d\d\b")  # ("from 900 million kWh in 2030, output doubled")
_TO_FIGURE_AFTER = re.compile(_YEAR_AFTER_FROM.pattern + r"|"
                              r"(?:\s+(?:a|per)\s+[a-z]+(?:\s+[a-z]+)?)?(?:\s+(?:in|at|on)\s+[^.;,\n]{1,30}?)?,?\s+to\s+"
                              r"(?:as\s+(?:low|high)\s+as\s+|about\s+|"
                              r"around\s+|nearly\s+)?(?:RMB\s?|US\$\s?|\$)?\d|"
                              r"\s+(?:a|one|two|three|the)\s+(?:month|year|quarter|week|day)s?\s+(?:earlier|before|ago)",
                              re.I)
_START_FROM = re.compile(r"\b(?:start|starts|(?<=[a-z]\s)(?<!,\s)starting|priced|offered)\s+from\s+(?:RMB\s?|US\$\s?|\$)?$",
                         re.I)  # ("tickets
# start from 380 yuan in 2035, up from 280 yuan", "Packages starting from 2,999 yuan in 2032": a floor, its year; not
# "Starting from 5 percent in 2031, the ratio will rise", "The wage, starting from 2,100 yuan in 2030, has been raised",
# "were priced from 50 yuan in 2020 and rose": where a level started, or a rise after it)
_RISE_LATER = re.compile(r"[^.;\n]{0,80}?\b(?:rose|risen|rise|rises|rising|raised|increased|grew|climbed|doubled)\b", re.I)
_CHANGED_FROM = re.compile(r"\b(?:cut|cuts|lowered|lowers|raised|raises|lifted|lifts|reduced|reduces|trimmed|increased|"
                           r"hiked|slashed|adjusted|moved|changed|fell|rose|dropped|eased|revised)\b[^.;:,\n]{0,40}$", re.I)
_PAST_BOUND = re.compile(r"\b(?:push|pushes|pushed|pushing|get|gets|got|getting|climb|climbs|climbed|rise|rises|rose|"
                         r"go|goes|went|move|moves|moved|lift|lifts|lifted|edge|edges|edged|creep|crept|take|takes|"
                         r"took|bring|brings|brought)\b(?:\s+[\w'’.-]+){0,5}?\s+past\s+(?:RMB\s?|US\$)?$", re.I)
_FROM_PLAIN = re.compile(r"\s+from\s+")
_REVISION = re.compile(r"\b(?:rais|lift|cut|lower|trim|revis|upgrad|downgrad)\w*\s+(?:[\w'’-]+\s+){0,5}?"
                       r"(?:forecasts?|estimates?|targets?|TP|projections?|guidance)\b", re.I)
_OR_GAP = re.compile(r"(?:[^\d.;:\n](?!than\b|more\b|less\b|fewer\b|about\b|around\b|nearly\b)){0,40}?\bor\s+")
# the start of a time after "in" or "for" ("in May", "in the first quarter", "for the past year"): a time, not a place
# or a group that each item of a list is of
_TIME_AHEAD = r"(?:the\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|" \
             r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|(?:19|20)\d\d\b|H[12]\b|Q[1-4]\b|" \
             r"(?:early|late|mid)[- ]?(?:January|February|March|April|May|June|July|August|September|October|" \
             r"November|December|year|(?:19|20)\d\d)\b|(?:[\w-]+\s+)?(?:quarter|half|year|month|week|season|period)s?\b)"
# (not "in first-tier cities", "in middle schools", "in pastoral areas", "for second homes": groups, each item's own)
# between the items of a list a cap is said once for: "capped at 40 yuan in Zone A, 30 yuan in Zone B and 12 yuan in
# Zone C" (a floor or a hedge so carried, "at least 15% for first homes and 25% for second homes", "about 121 kg, 3
# kg heavier", was wrong more often than right in the labelled sets)
# (not "below 5 percent in May, 4.8 percent in April": a level in time)
_AND_GAP = re.compile(r"(?:[^\S\n]+(?:in|for)[^\S\n]+(?!" + _TIME_AHEAD + r")[^\d.;:,\n]{1,40}?)?"
                      r"(?:,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)", re.IGNORECASE)
# (and the item is no subject of a clause of its own: "at most 2,000 yuan, and 500 yuan was paid out on average";
# nor a level at another time: "below 5 percent in May, 4.8 percent in April")
_AND_ITEM_CLAUSE = re.compile(r"[^\S\n]+(?:was|were|is|are|has|had|have|will|would|went|came|[a-z]+ed)\b"
                              r"|[^\S\n]+(?:more|less|lower|higher|fewer|cheaper|dearer|up|down|above|below|than|"
                              r"this|last|next|a[^\S\n]+year|earlier)\b"
                              r"|[^\S\n]+(?:in|for|at|by|during)[^\S\n]+(?:the[^\S\n]+(?:end|start|middle)[^\S\n]+of"
                              r"[^\S\n]+)?" + _TIME_AHEAD, re.IGNORECASE)  # ("capped at 15 yuan, 3 yuan more than
# before", "below 5 percent, 4.6 percent at the end of June", "under 3 percent, 2.8 percent this year": no item of it)
_ONLY_ONE = re.compile(r"\b(?:only|first|last|second|third)\b", re.I)
_BOUND_AHEAD = re.compile(r"(?:\b(?:could|would|will|may|might|should|to)|(?<=\w)['’]ll)\s+"
                          r"(?:top|exceed|surpass|pass|break|beat|cross)\s+$", re.I)
# Finite verbs of an outcome: a clause after a forecast's clause that has none still belongs to the forecast
# ("set a growth target of around 6 percent, Kunming of 5.5 percent and Nanning of about 5 percent").
# (not the participles of a noun phrase: "value added above designated size", "planned investment")
_OUTCOME_VERB = re.compile(r"(?<!\bto\s)\b(?!(?:designated|added|planned|expected|estimated|projected|listed|registered|"
                           r"headquartered|based|located|situated|incorporated|founded|domiciled)\b)"
                           r"(?:was|were|is|are|has|have|had|rose|grew|fell|reached|stood|hit|sold|made|built|won|"
                           r"paid|spent|bought|took|brought|drew|saw|gave|got|kept|lost|led|left|met|ran|held|became|"
                           r"began|came|went|did|\w+ed)\b", re.I)
# (not "expect X to report": the outcome expected; nor "the largest lender headquartered in Sanming": a description)
_RELATIVE_OPEN = re.compile(r"(?<!,\s)\bwhose\b[^,;:.]*$", re.I)  # (a clause that restricts a noun; not ", whose
# branding agency has 35 staff": a clause of its own, its verb an outcome)
# (and only where the figure is the main verb's end, "to more than 95%"; not "firms whose output grew 25% last year")
_TO_FIGURE_END = re.compile(r"\bto\s+(?:(?:more|less|fewer)\s+than\s+|over\s+|under\s+|about\s+|around\s+|"
                            r"at\s+least\s+|below\s+|above\s+)?$", re.I)


def _outcome_verb(text: str, start: int, end: int) -> bool:
    """Whether a verb of an outcome stands in ``text[start:end]`` outside a relative clause ("bring the share of
    outlets whose staff are all qualified to more than 95%": the clause's verb says what the outlets are)."""
    return any(not _RELATIVE_OPEN.search(text, max(start, m.start() - 60), m.start())
               or not _TO_FIGURE_END.search(text, m.end(), end)
               for m in _OUTCOME_VERB.finditer(text, start, end))


# "6 to 8 new routes", "5%-7%": a range (not "from 5 to 8", a change).
# "fell by about 21,000 to 4.97 million": a change and the level it led to, no range.
_BY_AMOUNT = re.compile(r"(?:\bby|\b(?:increase|rise|growth|decrease|decline|drop|fall|jump|gain|reduction)\s+of)\s+"
                        r"(?:about|around|roughly|nearly|some|almost|over|more\s+than|less\s+than|just)?\s*"
                        r"(?:RMB\s?|US\$\s?|\$)?$", re.I)
_LIST_GOES_ON = re.compile(r"[^\S\n]*(?:%|percent|per\s?cent|yuan)?[^\S\n]*,?[^\S\n]+(?:and|or)[^\S\n]+[\w.,-]*\d|"
                           r"[^\S\n]*,[^\S\n]*\d", re.I)  # ("3, 4 and 6 percent respectively": a list, no range)
_SPOKEN_COMMA = re.compile(r"[^\S\n]*,[^\S\n]+(?:(?:maybe|perhaps|say|or|sometimes)[^\S\n]+)?")  # ("eighteen, maybe
# twenty", "70, sometimes 80 people")
_HEDGED_JOIN = re.compile(r"\b(?:maybe|perhaps)\b", re.I)  # ("twenty-five, maybe thirty": the hedge is the range's)
_RANGE_JOIN = re.compile(r"\s*(?:to|-|–|—)\s*", re.I)
_RATE_OF = re.compile(r"\b(?:growth|increase|rise|decline|decrease|fall|drop)\s+of\s+(?:about\s+|around\s+)?$",
                      re.I)  # ("sales volume growth of 2% to 3%": a range of rates; "an increase of 5% to 2.1 billion"
# is a change, its second figure no share)
_BY_ONLY = re.compile(r"\bby\s+(?:about|around|roughly|some)?\s*$", re.I)
_RANGE_FROM = re.compile(r"\b(?:rang(?:e|es|ed|ing)(?:\s+in\s+[a-z]+)?|costs?|costing|priced|sells?|sold|selling|"
                         r"charges?|charged|at\s+rates?|anything|"
                         r"pays?|paid|earns?|earned|var(?:y|ies|ied)|go(?:es)?\s+for|fetch(?:es|ed)?|run|runs|ran|"
                         r"(?:fines?|fees?|penalt(?:y|ies)|fares?|rents?|charges?)(?:['’]s|\s+(?:is|are|was|were)))\s+"
                         r"(?:anywhere\s+)?from\s+(?:RMB\s?|US\$\s?)?$", re.I)  # ("grades range from 200 yuan to 6,000
# yuan", "a pot costs from 88 to 168 yuan", "nightly rates run from 160 to 450 yuan": a range, not a change from one
# to the other)
# A range's verb said once for two ranges in one sentence ("a treatment ran from 120 yuan to 380 yuan, and for a
# whole house from 2,500 to 9,000 yuan"): the second "from … to" is a range too, unless a change is said between
_ELLIPTIC_FROM = re.compile(r"(?:[,;]|\band)[^\S\n]+(?:(?:for|on|in|at)[^\S\n]+[^,;.\n]{1,60}?[^\S\n]+)?from"
                            r"[^\S\n]+(?:RMB[^\S\n]?)?$", re.I)  # (", and for a whole house from": the verb unsaid)
_RANGE_VERB_EARLIER = re.compile(r"\b(?:rang(?:e|es|ed|ing)|run|runs|ran|var(?:y|ies|ied))[^\S\n]+(?:anywhere[^\S\n]+)?"
                                 r"from\b", re.I)
_RANGE_TO = re.compile(r"(?:[^\S\n]+(?:a|per)[^\S\n]+[a-z]+)?(?:[^\S\n]+(?:for|in|at)[^\S\n]+(?!" + _TIME_AHEAD +
                       r")[^\d.;:,\n]{1,40}?)?[^\S\n]*(?:to|-|–|—)[^\S\n]*", re.I)  # (what
# each end is of, between them: "from 180 yuan for a small cup to 12,000 yuan for a jar")
_FROM_ONLY = re.compile(r"\bfrom\s+(?:minus\s+)?$", re.I)
_UP_TO_JOIN = re.compile(r"[^\S\n]+up[^\S\n]+to[^\S\n]+", re.I)
_WENT_FROM = re.compile(r"\b(?:went|expanded|extended|widened|lengthened|stretched|boosted|upped|"
                        r"increased|raised|lifted|moved|jumped|grew|rose)\b[^.;!?]{0,40}\bfrom\s+$", re.I)  # (not "went
# from 30,000 up to 50,000", "was expanded from 200 up to 500": a change)
_CHANGE_VERB = re.compile(r"\b(?:rose|risen|rises?|rising|grew|grown|grows?|growing|jump(?:s|ed)?|climb(?:s|ed)?|"
                          r"increas(?:e|es|ed)|(?:went|gone|goes|go)\s+(?:up|down)|doubl(?:e|es|ed)|tripl(?:e|es|ed)|"
                          r"fell|fallen|falls?|dropp?(?:s|ed)?|declin(?:e|es|ed)|decreas(?:e|es|ed)|slipp?(?:s|ed)?|"
                          r"surg(?:e|es|ed)|soar(?:s|ed)?|edg(?:e|es|ed)|cuts?|rais(?:e|es|ed)|lower(?:s|ed)?|"
                          r"lift(?:s|ed)?|reduc(?:e|es|ed)|trimm?(?:s|ed)?|hik(?:e|es|ed)|slash(?:es|ed)?|adjust(?:s|ed)?|"
                          r"mov(?:e|es|ed)|chang(?:e|es|ed)|eas(?:e|es|ed)|revis(?:e|es|ed))\b", re.I)  # ("grew from
# 200 to 350 tonnes, depending on who you ask": a change, however hedged)


def _range_said_before(text: str, start: int, end: int) -> bool:
    """Whether a range's verb with its "from" stands earlier in the sentence (``start``..``end``), no verb of change
    follows it, and the "from" before ``end`` opens a clause with no verb of its own (", and for a whole house from")."""
    ends = [said.end() for said in _RANGE_VERB_EARLIER.finditer(text, start, end)]
    return bool(ends) and ends[-1] < end - 4 and _CHANGE_VERB.search(text, ends[-1], end) is None and \
        _ELLIPTIC_FROM.search(text, max(ends[-1], end - 90), end) is not None


_DEPENDING_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*(?:depending\s+on|(?:it\s+)?depends\s+on)\b", re.I)  # ("from 128 to 198
# depending on the year": what one thing costs, a range, not a change)
_MINUS_SAID = re.compile(r"\bminus\s+$", re.I)
_FROM = re.compile(r"\b(?:from|by|up|down|rose|grew|fell|(?!(?:offered|paid|priced|valued|quoted|charged|earned|"
                   r"budgeted|estimated|capped|rated|ranked|listed|fetched)\b)\w+ed)\s+(?:minus\s+)?$",
                   re.I)  # ("offered 7,500 to 9,000
# yuan" is a range, "increased 5 to 7" a change)
# An amount that defines a group ("projects each worth over RMB10 billion", "revenue of 20 million yuan or
# more"): no figure.
_CONVERSION_BEFORE = re.compile(r"(?:\b(?:yuan|dollars|euros|pounds|yen|rubles|roubles|million|billion|trillion)|\d)"
                                r"[^\S\n]*\([^\S\n]*"
                                r"(?:about|around|roughly|some|nearly|approximately)\s+(?:US\$\s?|\$)?$", re.I)
# (a currency converted in brackets; not "3,000 people (about 40 percent of them locals)")
_GROUP_BEFORE = re.compile(r"(?:\beach\s+(?:worth|valued at|with|of)|\b(?:each|every|(?<!\bin\s)any)\s+"
                           r"(?:(?!worth\b|valued\b|with\b|of\b)[a-z-]+\s+){1,2}?(?:worth|valued at|with))\s+"
                           r"(?:over|more than|at least|above)?\s*$", re.I)
# ("each worth over RMB10 billion", "every project worth over 100 million yuan": the group's bound)
# "phones priced below 6,000 yuan", "a new car priced above 100,000 yuan": which goods a rule is for (the labelled sets
# leave each such bound unlabelled, 4 times in 4)
_PRICED_BOUND_BEFORE = re.compile(r"(?:(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
                                  r"(?<!\bis\snow\s)(?<!\bare\snow\s)(?<!\bwas\snow\s)(?<!\bwere\snow\s)"
                                  r"|\b(?:if|when|unless|whose|that|which|where|provided|providing|as\s+long\s+as|of\s+the)\b"
                                  r"[^.;,]{0,60}?\b(?:is|are|was|were|be|been)\s+)\bpriced\s+(?:below|under|above|over|at\s+least|at\s+most|more\s+than|"
                                  r"less\s+than|up\s+to)\s+(?:RMB\s?|US\$\s?)?$", re.I)
# (as a predicate only in a condition or of a group: "if it is priced below 100,000 yuan", "a third of the units ...
# were priced below 7,000 yuan"; not "The new model is priced below 6,000 yuan": its price)
_GROUP_AFTER = re.compile(r"\s+(?:or|and)\s+(?:more|above|over)\b", re.I)
_GROUP_OF = re.compile(r"\b(?:firms|enterprises|companies|units|projects|businesses|entities|retailers|"
                       r"wholesalers)\b[^.;]*\b(?:of|with|worth)\s+(?:\S+\s+){0,3}$", re.I)
# A number that only numbers an item: "1." or "(2)" opening a line.
_LIST_NUMBER = re.compile(r"(?:^|[\n\r])[^\S\n\r]*[(（]?$")
_LIST_AFTER = re.compile(r"[.)）](?:\s|$)")
# An age bound ("aged under 35", "is under 25" in a sentence about age): no figure.
_AGE_BOUND = re.compile(r"\b(?:aged?|ages)\s+(?:under|over|below|above|between)?\s*$", re.I)
_AGE_WORDS = re.compile(r"\b(?:aged?|ages|young|younger|youngest|old|older|oldest|elderly|years old)\b", re.I)
_FALL_NOUN_AFTER = re.compile(r"\s+" + FALL_NOUN_AFTER, re.I)  # ("the 6% price fall")
# A fall in the present tense, as headlines write it ("Exports drop 5% in May", "farms lose 150 yuan a head"):
# the verb right before the figure, one space apart (no table's row label).
_FALLS_NOW = re.compile(r"\b(?<!the )(?:drops?|falls?|declines?|decreases?|shrinks?|slips?|dips?|eases?|lose|loses|losing|"
                        r"plunges?|slumps?|tumbles?|sinks?|slides?)(?: by)?"
                        r"(?: (?:about|around|nearly|almost|some|roughly|more than|over|less than|as much as|maybe|"
                        r"perhaps|probably))? $")
_RANK_NO = re.compile(r"\bNo\.\s?(\d{1,3})\b(?!\s*[A-Z]|(?:(?:,|\s+and|\s+or)\s+No\.\s?\d{1,3}\b){0,6}"
                      r"\s+(?i:(?:[a-z-]+\s+){0,2}?(?:line|terminal|berth|road|street|"
                      r"container|yard|dock|pier|gate|plant|mine|well|block|building|hall|workshop|warehouse|zone|factory|"
                      r"furnace|kiln|unit|boiler|reactor|shaft|farm|field|site|station|platform|wharf)s?)\b)")
# "Press Release No. 117", "Typhoon No. 9", "loom No. 9", "(No. 3)", a line that opens on "No. 4, 2031", "the No. 1 and
# No. 2 blast furnaces": a name's or a
# document's number; "ranks No. 8", "at No. 1 in Shandong", "the country's No. 1 tractor maker" are ranks, and a line
# that opens on one ("No. 2 in Guizhou")
_RANK_NO_NAMED = re.compile(r"(?:(?<![\w'’-])(?:(?-i:[A-Z][\w-]*)|loom|unit|line|furnace|kiln|dock|berth|well|release|"
                            r"notice|document|bulletin|brief|circular|announcement|issue|edition|batch|lot|plot|typhoon|"
                            r"variety|model|type|grade|class|building|block|hall|gate|pier|platform|track|station|"
                            r"machine|shaft|mine|pit|reactor|boiler|workshop|warehouse|zone|area|park|bus|train|route|"
                            r"ferry|tram|mill)|[\n]|^)"
                            r"[^\S\n]*$", re.IGNORECASE)
# ("Press Release No. 117", "Typhoon No. 9", "loom No. 9", "Reyin No. 1", a line that opens on "No. 4, 2031"; not
# "kept it No. 1", "the world No. 1 maker", "rose three places to reach No. 8": a capitalised name or a thing's noun
# before it, or the start of a line)
# A thing's noun before "No." names it wherever it is ("Berth No. 5 in Teng County"; a capitalised word alone may be a
# place ranked: "Hexi No. 1 in Shandong")
_RANK_NO_THING = re.compile(r"(?:Loom|Unit|Line|Furnace|Kiln|Dock|Berth|Well|Building|Block|Hall|Gate|Pier|Platform|Track|"
                            r"Station|Machine|Shaft|Mine|Pit|Reactor|Boiler|Workshop|Warehouse|Bus|Train|Route|Ferry|Tram|"
                            r"Mill)[^\S\n]*$")  # (a name's noun, capitalised: "Berth No. 5 in Teng County")
# "in China", "in terms of passenger flow", "in the country": what a rank is within (not "in Teng County": a place)
_RANK_SCOPE_AFTER = re.compile(r"\s+(?:in|among)\s+(?:terms\b|the\s+(?:world|country|nation|province|region|city|sector|"
                               r"industry|market)\b|China\b|Asia\b|Europe\b|Africa\b)")
# "his No. 3 barn", "the town's No. 3 industrial park.": a thing of someone's or a place's, the thing's noun ending the
# phrase (not "the world's No. 1 greenhouse gas emitter", "the No. 1 industrial park in the country", "the country's No.
# 1 pen maker": ranks)
_OWNED_BEFORE = re.compile(r"(?:\b(?:his|her|their|its|our|my|the)\s+|(?<!\bworld)(?<!\bcountry)(?<!\bnation)"
                           r"(?<!\bprovince)(?<!\bregion)(?<!\bChina)(?<!\bAsia)(?<!\bcity)['’]s\s+)$")
_OWNED_THING_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:barn|shed|park|greenhouse|pond|pen|bridge|tunnel|substation|"
                                r"reservoir)s?\b(?![^\S\n]*[a-z(])|\s+(?:[a-z-]+\s+)?(?:barn|shed|park|greenhouse|pond|pen|"
                                r"bridge|tunnel|substation|reservoir)s?[^\S\n]+(?:outside|near|beside|behind|next|north|south|"
                                r"east|west|where|which|that)\b")  # ("in the No. 3 industrial park outside the county town")
_RANK_NO_BRACKET = re.compile(r"\($")  # "Heavy Rainstorm (No. 3)" heading, not "Guangdong (No. 1), Jiangsu (No. 2)"
_RANK_NO_LISTED_AFTER = re.compile(r"\)\s*(?:,|;|and\b)")
_RANK_NO_PLACE_AFTER = re.compile(r"\s+(?:in|among)\b")
_UP_FROM_RANK = re.compile(r"\b(?:up|down)\s+from\s+$", re.I)
_ORDINALS = {word: n for word, n in ORDINAL_WORDS.items() if n > 1}  # "first" alone is no rank here
_ORDINAL = re.compile(r"\b(" + "|".join(_ORDINALS) + r")\b(?P<only>\s+only\s+to\b)?", re.I)
_ELIDED_RANK_END = re.compile(r"\s*(?:[.,;]|$|in\s+(?:19|20)\d\d\b|last\s+year\b|a\s+year\s+(?:earlier|ago)\b)")
_RANK_WORD = re.compile(r"\brank(?:s|ed|ing)?\b|\bplaced\b", re.I)
# A place in a contest, come to or finished in ("came second out of 13 teams", "finished third in the province")
_CAME_BEFORE = re.compile(r"\b(?:came|comes|come|coming|finished|finishes|finishing|placed|ranked|ranks|took)[^\S\n]+$",
                          re.I)
_PLACE_AFTER = re.compile(r"[^\S\n]*(?:[.,;!]|$|[^\S\n]+(?:out[^\S\n]+of|of|among|in(?![^\S\n]+(?-i:[A-Z])[a-z]+[^\S\n]+"
                          r"(?:with|\d))|at|place|overall|nationally)\b)", re.I)  # (not "came second in March with
# 4.2 percent growth", as a review asked)
_SCALED = re.compile(r"(?<![\w.,$])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s(million|billion|thousand)\b(?![- ](?:yuan|dollars?|"
                     r"US|tons?|tonnes|TEUs?|people|RMB|euros?)\b)", re.I)
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
# A month's name in a date, whole or shortened ("Oct. 21", "Sept 3", "May 5"; "May" has no shorter form)
_MONTH_ABBR = ("(?:" + "|".join("Sept?" if m == "september" else m[:3].title() for m in _MONTH_NAMES if m != "may")
               + r")\.?|" + "|".join(m.title() for m in _MONTH_NAMES))
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTH_ABBR})\s$|"
                          rf"\b(?:{_MONTH_ABBR})\s\d{{1,2}}(?:,\s?\d{{1,2}}){{0,6}}\s?(?:and|to|-|–|,)\s?$")
# ("December 5, 12, 19 and 26": each day of a list of days)
_DATE_AFTER = re.compile(r",\s(?:19|20)\d\d\b|\s\((?:Xinhua|Reuters|AP|AFP|Bloomberg)\)")
_PERIOD_SPAN = re.compile(r"\b(?:first|last|past|next|previous|coming|opening|final)\s$", re.I)
_CURRENCY_GLUED = re.compile(r"\b(?P<cur>RMB|CNY|USD|US\$|HK\$)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                             r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|bln|mln|trln|trn|tn)\b|(?P<abbr>[mMkK])\b)?")
# In digits only: the extractor reads "two out of every three" itself. Never across a line break.
_OUT_OF = re.compile(r"(?<![\w.,])(?P<a>\d+)[^\S\n\r]+(?:out[^\S\n\r]+of|in)[^\S\n\r]+(?:every[^\S\n\r]+)?"
                     r"(?P<b>\d+)\b(?![.,]\d)")
_SMALL = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a|an"
# "every 4 vehicles exported ... includes 1 vehicle": a share of 1 in 4 (the same noun counts both).
_EVERY_N = re.compile(rf"\bevery[^\S\n\r]+(?P<b>{_SMALL})[^\S\n\r]+(?P<noun>[a-z]{{3,}}?)(?:e?s)?\b"
                      rf"[^.;\n\r]{{0,80}}?\b(?:includes?|including|is|are|has|have|contains?)[^\S\n\r]+"
                      rf"(?P<a>{_SMALL})[^\S\n\r]+(?P=noun)(?:e?s)?\b", re.I)
# A ceiling in a target ("an unemployment rate within 5.5%", "to keep it below 3%"): under.
_CEILING = re.compile(r"\b(?:within|below|under|no\s+(?:more|higher)\s+than|not\s+(?:to\s+)?exceed(?:ing)?|"
                      r"at\s+most)\s+(?:RMB|US\$|\$)?\s?$", re.I)
# A figure kept within a stated limit is that limit, an upper bound, planned or not ("within the debt limit of 72.5
# billion yuan", "below the provincial control target of 5.5 percent", "below the regional target of 33 micrograms";
# not "below the target of 65 percent set by the plan", a target reached for)
_WITHIN_LIMIT = re.compile(r"\b(?:within|below|under)\s+(?:the\s+|its\s+|our\s+|their\s+|an?\s+)?(?:[a-z'’-]+\s+){0,3}?"
                           r"(?:(?:limit|ceiling|cap)s?\s+of\s+(?:about\s+|around\s+)?|(?:control\s+target|control\s+line|"
                           r"regional\s+target)s?\s+of\s+)(?:RMB|US\$|\$)?\s?$", re.I)
# (not "well within the annual control target of around 2 percent": a target set as an approximate level, a forecast)
# A list whose lead-in line names targets or plans and ends with a colon ("set the following main targets for
# 2027:"): its bulleted items are targets, though no item repeats the word.
_LIST_LEAD = re.compile(r":[^\S\n\r]*$", re.M)  # a line ending with a colon
# A past verb or time in an item of such a list: an outcome cited, no target ("goals are: to cut waste, which grew 9%
# in 2034")
_PAST_IN_ITEM = re.compile(r"\b(?:grew|fell|rose|dropped|declined|increased|decreased|reached|hit|was|were|had|did|"
                           r"last\s+(?:year|quarter|month)|in\s+(?:19|20)\d\d)\b", re.I)
# A sentence's own lead-in to a list of targets on its line, before a colon ("The targets for the year are:")
_INLINE_TARGET_LEAD = re.compile(r"\b(?:targets?|goals?|objectives?)\b[^.;:!?\n]{0,40}?\b(?:are|is|include|includes)"
                                 r"[^\S\n]*$", re.I)
_LEAD_WORDS = re.compile(r"\b(?:targets?|goals?|plans?|aims?|objectives?|tasks?|expects?|forecasts?|projections?|"
                         r"priorit(?:y|ies)|agenda)\b",
                         re.I)
_BULLET = re.compile(r"[^\S\n\r]*(?:[-•*·–—]|\(?[a-z]\)|\(?\d{1,2}\))[^\S\n\r]+", re.I)
# A day of the month before its month ("held on 26-27 November", "on 3 March"): a date, no figure.
_DAY_OF_MONTH = re.compile(rf"(?:\s?(?:-|–|to|and)\s?\d{{1,2}})?\s(?:{_MONTH_ABBR})\b")
_AMONG = re.compile(r"\bamong\s+(?:the\s+|its\s+|all\s+)?(?:\w+['’]s\s+)?$", re.I)
# A comparison's base ("up from 850 million yuan in 2031"): an outcome, not the forecast before it.
_BASE_BEFORE = re.compile(r"(?:\b(?:from|compared\s+(?:with|to)|against|versus|after)\s+(?:an?\s+)?(?:estimated\s+|about\s+|"
                          r"around\s+|some\s+|roughly\s+|nearly\s+)?|\blast\s+close(?:\s+of|:)\s*|"
                          r"(?:\b(?:19|20)\d\d|(?:(?:(?<=%\s)|(?<=percent\s))(?:above|below|over)|\b(?:up|down)\s+from|"
                          r"\bthan|\bagainst|\bversus|\b(?:exceed|surpass|top|beat)(?:s|ed|ing)?)\s+"
                          r"last\s+(?:year|winter|summer|spring|autumn|season)['’]s)"
                          r"\s+(?:all-time\s+)?(?:total|level|figure|record|high|peak)\s+of\s+)(?:RMB|US\$|\$)?\s?$", re.I)
# (a base the forecast is measured from: "28% upside from the last close of RMB18.56", "would exceed the 2019 total
# of 52.4 million", "6.4 percent above last winter's record of 63.9 GW")
_MONEY_BEFORE = re.compile(r"(?:RMB|CNY|US\$|USD|\$|¥)\s?$")
# "twice", "doubled": 2 times (not "twice a year", "doubled down").
# "Rates were cut twice in 2030", "met twice.": how often, no multiple.
# "double the level of 2030", "to double exports": 2 times (not "double digits", "double-digit").
_TWICE = re.compile(r"\b(?:twice(?!\s+(?:a|an|per|each|every|weekly|daily|monthly|yearly|in|this|last|since|during|"
                    r"before|already|so)\b|\s*[.,;:!?)]|\s*$)|doubled(?!\s+down\b)"
                    r"|(?:doubles|doubling|triples|tripling)(?!\s+(?:down|up|as|back)\b)"  # ("nearly doubles")
                    r"|double(?=\s+(?:the|its|their|that|this|what|last|a|an|my|his|her|our|your|those|these)\b)"
                    r"|(?<=\bto\s)double(?!\s+down\b)(?=\s+[a-z])"
                    # "they can earn double.", "her sales double." (a multiple ending its clause after a verb of
                    # amount or a plural subject; not "a double.", "rooms: double,")
                    r"|(?:" + "|".join(rf"(?<=\b{verb}\s)" for verb in (
                        "earn", "earns", "make", "makes", "sell", "sells", "be", "get", "gets", "pay", "pays", "cost",
                        "costs", "charge", "charges", "is", "are", "was", "were"))
                    + r"|(?<=[a-z]{3}s\s))double(?=\s*[.;!?,](?:\s|$))"
                    r"|tripled|trebled|quadrupled|(?:triple|treble|quadruple)(?=\s+(?:the|its|their|that|this|what|last)\s)"
                    # "prices more than double at peak times", "About double, yes": a multiple after a bound or hedge
                    r"|(?:(?<=\bthan\s)|(?<=\babout\s)|(?<=\bnearly\s)|(?<=\balmost\s)|(?<=\broughly\s)|"
                    r"(?<=\baround\s))(?:double|triple|treble)(?![-\w])(?!\s+(?:rooms?|beds?|garages?|digits?|"
                    r"figures?|deckers?|decks?|checks?|clicks?|standards?|taxation|bills?|agents?|acts?|binds?|"
                    r"lives|life|whammy|shifts?|glazing|doors?|spaces?|lanes?|tracks?|crowns?|jumps?|plays?|"
                    r"entry|entries|espresso|cream|cheese|bass)\b)"
                    r")\b", re.I)
# "should triple by 2030", "will double": a multiple ahead (the verb's word alone is the figure).
_MULTIPLY_AHEAD = re.compile(r"\b(?:could|would|should|will|can|may|might)\s+(?P<w>double|triple|treble|quadruple)\b"
                             r"(?!\s+(?:down|up|as|check)\b)", re.I)
_TIMES_WORD = {"twi": 2.0, "dou": 2.0, "tri": 3.0, "tre": 3.0, "qua": 4.0}
# "among the top five in Guangdong": a rank no worse than five.
_SPREAD_OVER = re.compile(r"\b(?:spray(?:ed|s|ing)?|spread(?:s|ing)?|scatter(?:ed|s|ing)?|stretch(?:es|ed|ing)?|"
                          r"sprawl(?:s|ed|ing)?|flown|flew|dusted|fertili[sz]ed|irrigated)\b"
                          r"(?:(?!\bover\b|\band\b)[^,.;]){0,40}\bover\s+$", re.I)  # (its own "over", no second clause's)
_ONE_TO_N = re.compile(r"1(?<![\d.:]1)\s?:\s?(?P<n>\d+(?:\.\d+)?)(?![\d:])")  # (the 1 first: the engine skips to it)
_RATIO_OF_ONE = re.compile(r"\b(?:ratio|leverage|multiplier|ratio\s+of)\b[^.;]*$", re.I)  # (before "1:10.9")
_BP_UNIT = "basis points" if "basis points" in UNITS else "count"  # (a hundredth of a percentage point)
_BP_OR_SO = re.compile(r"\s+or\s+(?:so|thereabouts)\b", re.I)  # ("40 basis points or so": about 40)
_BASIS_POINTS = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{1,4}(?:\.\d+)?)\s?bps?\b")  # ("1,150bp wider")
_POLICY_WORDS = re.compile(r"\b(?:PBOC|PBoC|central\s+bank|Fed|reserve\s+requirement|policy\s+rate|monetary)\b")  # (a
# policy's tightening raises rates: "A tightening of 25bp by the PBOC")
_TIGHTEN = re.compile(r"\b(?:(?:(?<!monetary\s)(?<!policy\s)tightening|narrowing)"
                      r"(?:\s+of\s+(?:spreads?|the\s+[a-z-]+(?:\s+[a-z-]+)?))?\s+of\s+|"
                      r"(?:tighten(?:s|ed|ing)?|narrow(?:s|ed|ing))\s+(?:by\s+)?|narrow\s+by\s+)"
                      r"(?:another\s+|a\s+further\s+|"
                      r"about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?(?:[\d.]+\s*(?:-|–|to)\s*)?$", re.I)  # (right
# before the change: "to tighten by another 10-20bp"; not "narrowed to 180bp", "a narrow margin of 20bp", "PBOC
# tightening pushed the repo rate 15bp higher")
_HALVED = re.compile(r"\b(?:halved|halving)\b", re.I)
_TWO_TO_TWELVE = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"  # small counts written as words
_WORDS_MORE_THAN = re.compile(rf"\b(?P<n>{_TWO_TO_TWELVE})\s+(?P<dir>more|fewer)\s+than\b", re.I)
_TOP_N = re.compile(r"\b(?:among|in|into|of)\s+the\s+(?P<n>top\s+(?:two|three|four|five|six|seven|eight|nine|ten|"
                    r"twenty|fifty|\d{1,3}))\b(?!\s*(?:%|percent|per\s+cent))", re.I)
# "will open two new public hospitals": a count spelled out after a verb of a plan or a result.
_SPELLED_COUNT = re.compile(r"\b(?:will|to|shall|plans?\s+to|aims?\s+to)\s+(?:also\s+)?(?:open|build|add|set\s+up|"
                            r"launch|create|establish|complete|hire|introduce)\s+(?P<n>" + _TWO_TO_TWELVE +
                            r")\s+(?=more\b|(?:new\s+)?(?:[a-z-]+\s+){0,2}[a-z]{3,}s\b)", re.I)
# A rise or fall after "fell": "fell by nearly a fifth".
_FELL = re.compile(r"\b(?:fell|declined|decreased|dropped|down)(?:,?\s+by)?\s+(?:(?:about|around|nearly|almost|some|"
                   rf"roughly|more than|over|less than|maybe|perhaps|{_HEDGE_MORE})\s+){{0,2}}\s*$", re.I)
_RATIO_WORD = re.compile(r"\bratio\b", re.I)
_PLURAL_NOUN = re.compile(r"\s(?:(?:new|more|other|major|key|large|small|foreign|domestic|international|local|"
                          r"registered|active|listed|private|state-owned|[a-z]+-[a-z]+|[a-z]{3,}(?:al|ic|ed|ing|ive|ous)|"
                          r"(?!(?:barely|scarcely|hardly|nearly|roughly|merely|only|early|likely|really|fully|mostly|"
                          r"partly|largely|mainly|shortly|recently)\b)[a-z]{3,}ly|"
                          r"rainy|sunny|hazy|smoggy|snowy|windy|cloudy|foggy|school|working|business)\s)"
                          r"{0,2}(?!(?:this|thus|was|has|does|yes|its|less|unless|across|plus|minus|perhaps|always|"
                          r"towards|besides|afterwards|sometimes|nowadays|whereas|his|hers|ours|yours|theirs)\b)"
                          r"(?P<noun>[a-z]{3,}s|(?:children|women|men|sheep|cattle|geese|livestock|poultry)"
                          r"(?!['’]s\b|[^\S\n]+[a-z]+s\b))\b")
# (not "went up by 300 this year": no count of "this"; plurals with no s: "thirty-two thousand children")
# What a bare amount in millions was paid or costed ("costs about four million", "bought in 2019, second-hand, ...")
_PAID_FOR_BEFORE = re.compile(r"\b(?:costs?|costing|cost\s+me|bought|paid|pays?|spent|spends?|invested|borrowed|"
                              r"sold\s+(?:it\s+)?for|went\s+for|priced\s+at|worth|(?:took|take|takes|taking)\s+in|grossed)\b"
                              r"(?:[^.!?;\n\d%]|(?<!\d)(?:19|20)\d\d(?!\d)){0,50}$", re.I)  # (no other figure
# between, but a year: "we took in roughly 1.2 million", takings; not "costs rose 4% as ridership hit 310 million";
# nor another clause's verb: "bought into the
# scheme early, and membership hit 2 million", "paid for the line, which has now carried 1.2 million")
_PAID_CLAUSE_BREAK = re.compile(r"\b(?:and|which|who|that|hit|hits|reached|reaches|is|was|were|are|has|have|had|carried|"
                           r"rose|fell|grew|totalled|totaled|stood|displaced|enrolment|enrollment|membership|arrivals)\b",
                           re.I)
_PAID_FOR_NOTE = "yuan: an amount paid or costed, the currency unsaid (check)"
_PHRASE_ENDS = re.compile(r"[^\S\n]*(?:[,.;:!?]|$)", re.M)  # (the amount ends its phrase: not "3.1 million last season")
_FAMILY_WITH = re.compile(r"\b(?:famil(?:y|ies)|households?|couples?|parents|mothers?)\s+with\s+$", re.I)
_DAYS_COUNTED = frozenset({"days", "hours", "months"})  # time counted with a kind between: a duration's unit
_PERIOD_OF = re.compile(r"\bfirst\s+(?P<n>\w+)\s+months(?:\s+of\s+(?:(?P<y>(?:19|20)\d\d)|this year))?"
                        r"|\bfirst\s+half\s+of\s+(?:(?P<h>(?:19|20)\d\d)|this year)"
                        r"|\bfirst\s+three\s+quarters(?:\s+of\s+(?:(?P<q>(?:19|20)\d\d)|this year))?", re.I)
# Months to date named in a report's lead: "From January to October 2032,", "between January and September"
_LEAD_MONTHS = re.compile(r"\b(?:from|between)\s+January\s+(?:to|through|and)\s+(?P<m>" + "|".join(_MONTH_NAMES)
                          + r")\b(?:,?\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b)?", re.I)
_MONTH_IN_DATE = "(?:" + _MONTH_ABBR + ")"
# The days of an event a report is about, named near its top: "the Spring Festival holiday (Feb. 15-23)", "from June
# 17 to 19", "Flood Season (June 1 - September 30)", "between 14 and 17 September", "30 September to 8 October"
_EVENT_DAYS = re.compile(
    r"\b(?P<m>" + _MONTH_IN_DATE + r")\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|through|and|until)\s*"
    r"(?:(?P<m2>" + _MONTH_IN_DATE + r")\s+)?\d{1,2}\b(?!\s*(?:%|percent|per\s+cent))"
    r"|\b\d{1,2}\s*(?:-|–|to|and)\s*\d{1,2}\s+(?P<mb>" + _MONTH_IN_DATE + r")\b"
    r"|\b\d{1,2}\s+(?P<mc>" + _MONTH_IN_DATE + r")\s*(?:-|–|to|through|until)\s*\d{1,2}\s+(?P<m2c>" + _MONTH_IN_DATE
    + r")\b")
_EVENT_NOUN = re.compile(r"\b(?:holidays?|festival|golden\s+week|rainstorms?|rainfall|rains|storms?|typhoon|floods?|"
                         r"flooding|flood\s+season|shopping|sales?\s+(?:event|season)|fair|expo|exhibition|games|marathon)\b",
                         re.I)
_TITLE_END = re.compile(r"^[^\n]{121,}|^[^\n]*(?:--|—)", re.M)  # the first line of prose or the dateline's
# The words of a line that dates a release, not what it reports ("Issued 22 June", "Released: 12 November")
_RELEASE_WORDS = r"issued|released|release|published|updated|broadcast|aired|posted|dated"
_EVENT_LINE_NOT = re.compile(r"\b(?:" + _RELEASE_WORDS + r"|week)\b", re.I)


def _event_months(text: str, year: str) -> tuple[str, tuple[int, int]]:
    """The months of the event a report is about (an event named in its title lines; its first range of days after
    an event's name, in its first 800 characters, not a line of its release), in ``year``: "2031-02..02" for "the
    Spring Festival holiday (Feb. 15-23)"; else ""; and where the days are named."""
    title_end = next((m.start() for m in _TITLE_END.finditer(text, 0, 800)), min(800, len(text)))
    if not _EVENT_NOUN.search(text, 0, title_end):
        return "", (0, 0)  # (the event is not what the report is about: "grew 5.5 percent despite storms on June 3")
    for m in _EVENT_DAYS.finditer(text, 0, 800):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if _EVENT_LINE_NOT.search(line) or not _EVENT_NOUN.search(text, max(0, m.start() - 60), m.start()):
            continue
        first = m.group("m") or m.group("mb") or m.group("mc")
        last = m.group("m2") or m.group("m2c") or first
        a, b = ([n[:3] for n in _MONTH_NAMES].index(w[:3].lower()) + 1 for w in (first, last))
        return (f"{year}-{a:02d}..{b:02d}", m.span()) if a <= b else ("", (0, 0))
    return "", (0, 0)


# "over the same period": the period of the figure before.
_SAME_PERIOD = re.compile(r"the\s+same\s+period\b", re.I)
_CLAUSE_CUT = re.compile(r"[,;:](?!\d)|\s(?:and|while|but|whereas)\s")  # where a figure's clause ends, after it
_IN_THE_BEFORE = re.compile(r"\b(?:in|during|over|for)\s+the\s+$", re.I)
_BASE_BETWEEN = re.compile(r"\b(?:from|than|as|compared|against|versus|vs)\b", re.I)
_YEAR_AFTER = re.compile(r"\s+(?:(?:in|of)\s+[a-z]+\s+)?(?:(?:in|by|for|during|at\s+the\s+end\s+of)\s+|at\s+end-)"
                         r"((?:19|20)\d\d)(?:[EF]\b|\b(?![’']s|\s*[-–/]\s*\d))")  # (also "at end-2031": a stock then)
# "sets 2027 growth target at around 5.5%": the year of a target named before its figure.
_TARGET_YEAR = re.compile(r"\b((?:19|20)\d\d)\s+(?:[A-Za-z-]+\s+){0,2}(?:targets?|goals?|plans?|budgets?)\b(?![^.;]*"
                          r"\b(?:19|20)\d\d\b)")
# A numbered section heading ("2. Main targets for 2033", "II. Results of 2032"): its year dates the figures
# of its section that name none (a heading with no year leaves the year of the section before).
# A heading with no number: a short line of its own (a blank line before and after) with no sentence's punctuation.
_PLAIN_HEADING = re.compile(r"^[^\S\n\r]*[A-Z][^\n\r.!?:;,|\"“”]{2,79}$", re.M)
_BLANK_LINE_BEFORE = re.compile(r"(?:\r?\n|\r)[^\S\n\r]*(?:\r?\n|\r)[^\S\n\r]*$")
_BLANK_LINE_AFTER = re.compile(r"[^\S\n\r]*(?:\r?\n|\r)[^\S\n\r]*(?:\r?\n|\r|$)")
_DATE_IN_LINE = re.compile(rf"\b(?:{_MONTH_ABBR})\s+\d|\d\s+(?:{_MONTH_ABBR})\b|\b(?:19|20)\d\d-\d\d")
_HEADING = re.compile(r"^[^\S\n\r]*(?:\d{1,2}|[IVX]{1,4})[.)][^\S\n\r]+[A-Z][^\n\r.!?;:]{0,80}$", re.M)
# A sentence that opens with a part of a year ("In the first three quarters of 2032, ..."): it dates the
# figures after it that name no period, up to the next heading.
_OPENING_PART = re.compile(r"[\n\r][^\S\n\r]*(?:In|During|For|Over)\s+the\s+(?=first\s)")  # (text opens with "\n")
_IN_THE = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+(?:in|during|over)\s+the\s+(?=first\b)", re.I)
_YEAR_POSSESSIVE = re.compile(r"\b((?:19|20)\d\d)[’']s\b")
_DATELINE_YEAR = re.compile(rf"\b(?:{_MONTH_ABBR})\s\d{{1,2}},\s((?:19|20)\d\d)\b")
_IN_YEAR = re.compile(r"\b(?:in|during|for|of)\s((?:19|20)\d\d)\b(?![’']s)")
# A sentence that opens with its year ("In 2031, ...", "For 2032, ..."): it dates the sentences after it in
# its paragraph that name no year of their own.
_OPENING_YEAR = re.compile(r"(?:^|[.!?][\"”’)]?[^\S\n\r]+|[\n\r][^\S\n\r]*)(?:In|For|During|By|Through)\s+"
                           r"((?:19|20)\d\d)\b(?![’']s)")
_OPENER_YEAR = re.compile(r"(?:(?:In|For|During|By|Through|As\s+for|Turning\s+to|Looking\s+at|Coming\s+to)\s+|"
                          r"(?:Let\s+me|I\s+(?:will|want\s+to)|I['’]ll)\s+(?:say\s+(?:a\s+few\s+words|something)|turn|talk)"
                          r"\s+(?:about|to)\s+)((?:19|20)\d\d)\b(?![’']s)")  # ("As for 2031, ...", "Let me say a few
# words about 2031.": a sentence that opens on the year its paragraph then speaks of)
_IN_YEAR_BACK = len("during ")  # (how far before its year a match of _IN_YEAR starts, at most)
_OPENER_YEAR_BACK = 64  # (_OPENER_YEAR's longest words before the year: "I want to say something about ", 30)
_OPENER_LEAD = re.compile(r"(?:^|[.!?][\"”’)]?[^\S\n\r]+|[\n\r][^\S\n\r]*)$")
# The period a results announcement covers, in its title: "for the six months ended 30 June 2031", "year ended 31
# December 2031".
_PERIOD_ENDED = re.compile(r"\b(?:year|months|quarter|period)\s+ended\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+"
                           r"((?:19|20)\d\d)\b", re.I)
# An interim report's heading: "results for the six months ended 30 June 2031" (its figures are of the first half),
# "nine months ended September 30, 2031" (of the first three quarters).
_PART_ENDED = re.compile(r"\b(?P<n>six|nine)\s+months\s+ended\s+(?:30\s+June|June\s+30|30\s+September|September\s+30),?\s+"
                         r"(?P<y>(?:19|20)\d\d)\b", re.I)
# A byline's date alone on its line: "December 2031", "Published: March 2032".
_MONTH_YEAR_LINE = re.compile(r"^(?:[A-Za-z]+:?\s+|[^\n|]{1,60}\|\s*)?(?:" + "|".join(m.capitalize() for m in (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december")) + r")\s+((?:19|20)\d\d)[^\S\n]*$", re.M)
_DAY_MONTH_YEAR = re.compile(rf"\b\d{{1,2}}\s(?:{_MONTH_ABBR})\s((?:19|20)\d\d)\b")  # "14 January 2032"
_TIME_OF_DAY = re.compile(r"(?<![\d:.,])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])")  # "07:45", "19:30:05"
_ISO_DATE = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])")  # "2032-01-14"
# A figure that holds at any time, of no period: "a city of 9.7 million people", "which employs 2,300 workers", "an
# annual capacity of 10 million tonnes", "1.2 million tonnes a year", "Its margin is about 31 per cent" (before the
# figure, in its clause; the second pattern after it).
_TIMELESS_BEFORE = re.compile(r"(?:\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:city|town|county|province|region|district|"
                              r"country|nation|company|firm|maker|group|plant|unit|mill|park)\s+of|\bemploy(?:s|ing)|"
                              r"\bcapacity\s+of|\b(?:is|are))(?:\s+(?:about|around|roughly|nearly|some|over|more\s+than|"
                              r"less\s+than|close\s+to|almost|just|only|at))?\s+$", re.I)
_TIMELESS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,3}(?:a|per|each)\s+year\b(?!\s+(?:earlier|ago|before|on))|"
                             r"\s+annually\b", re.I)
# How far a place lies from another ("17 kilometres west of the county seat", "26 km away"): where it is, at any
# time
_DISTANCE_AFTER = re.compile(r"\s+(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|away|"
                             r"outside|off)\b", re.I)  # (not "runs 26.8 kilometres from X to Y": a new line's length)
# Words that give a clause a time of its own (a year, a part of one, a month, now/this year/last year, a date).
_TIME_WORDS = re.compile(r"\b(?:19|20)\d\d\b|\b(?:the|this|that)\s+year\b|\b(?:quarter|half|months?)\b|"
                         r"\b(?:this|last|next|that|the\s+same)\s+(?:year|period)\b|\bfirst\s+"
                         r"(?:half|quarter|\w+\s+(?:months|quarters))\b|\b(?:now|currently|already|so\s+far|"
                         r"at\s+present|at\s+the\s+end\s+of)\b|\b(?-i:" + _MONTH_ABBR + r")(?![a-z])|"
                         r"\bin\s+(?:Q[1-4]|H[12])\b", re.I)
_ANY_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d’']|\s*(?:-|–|to)\s*\d)")
_SINCE_YEAR = re.compile(r"\bsince\s+(?:19|20)\d\d\b", re.I)
# ", against 29 percent in 2030": a later clause of comparison; its year is not the figure's.
_COMPARISON_CLAUSE = re.compile(r"[,;(]\s*(?:against|compared (?:with|to)|versus|vs\.?|from|up from|down from)\b[^,;()]*?"
                                r"(?:\b(?:in|of)\s+|\bend-|\bend\s+of\s+)((?:19|20)\d\d)\b", re.I)  # (", down from ... at
# end-2030")
# "No. 20 a year earlier": the figure is of the year before the governing one.
_YEAR_BEFORE_AFTER = re.compile(r"\s+(?:a year earlier|a year ago|a year before|the year before|the previous year)\b",
                                re.I)
_SCALE_OF = {"thousand": "thousand", "million": "million", "billion": "billion", "trillion": "trillion",
             "bn": "billion", "mn": "million", "bln": "billion", "mln": "million", "tn": "trillion",
             "trn": "trillion", "trln": "trillion"}
_NOUN_AFTER_SCALE = re.compile(r"\s+(?!(?:of|in|to|for|and|or|a|an|the|is|was|were|are|from|by|at|on|as|than|this|that|"
                               r"last|next|year|yuan|in|plus|minus|less|against|versus|vs)\b)(?:[A-Za-z-]+\s+){0,2}?"
                               r"[A-Za-z]{2,}s\b")


def _clause_start(text: str, c: Candidate) -> int:
    """Where the clause of ``c`` starts: after the last comma, semicolon or colon before it in its sentence."""
    return max(text.rfind(",", c.start, c.printed_start), text.rfind(";", c.start, c.printed_start),
               text.rfind(":", c.start, c.printed_start), c.start)
_SCALE_LAST = re.compile(r"(?:million|billion|trillion|bn|mn|bln|mln|trln|trn|tn)$", re.I)
_MONEY_WORDS = re.compile(r"\b(?:yuan|RMB|CNY|revenues?|receipts|debts?|bonds?|loans?|land\s+sales|budget|"
                          r"(?:loan|pawn|deposit|outstanding|year-end)\s+balances?|balance\s+at\s+the\s+(?:year|month)"
                          r"[\s-]end|spending|"
                          r"investment|interest|profits?|income|fiscal|deficit|capex|expenditure|turnover|GDP|output"
                          r"\s+value|(?:operating|running|total|annual)\s+costs?\s+(?:are|were|is|was|of|came\s+to|"
                          r"stood\s+at|totall?ed|amounted\s+to)|invested|invests?|owes|owed|worth|raised|raises|lent|borrowed|put\s+in)\b",
                          re.I)
# "Their zone did 48 billion of trade last year": an amount of money by the noun after it
_MONEY_OF_AFTER = re.compile(r"\s+(?:of|in)\s+(?:trade|exports|imports|revenue|turnover|investment|loans|lending|spending|"
                             r"funding|financing|subsidies|sales|orders|deals|contracts|business)\b(?!-)", re.I)
_PART_OF_AFTER = re.compile(r"\s+of\s+(?:that|it|this|(?:his|her|their|our|my|its)\s+own\s+(?:savings|money|funds|"
                            r"capital))\b", re.I)  # ("The district put in 500 million of that")
# Things a sentence counts, which make its bare millions no money: "raised 1.5 million in the spring, mostly piglets",
# "racked up 4.27 million in sales, outselling", "Hog farmers raised 65 million"
_THINGS_COUNTED = re.compile(r"\b(?:(?:pig|hog|poultry|cattle|dairy|chicken|duck|fish|sheep)\s+"
                             r"(?:farms?|farmers?|breeders?)|"
                             r"mostly\s+(?!(?:to|for|from|in|on|at|by|with)\b)[a-z]+s\b|"
                             r"outsell\w*|parcels|vehicles|units|"
                             r"piglets|pigs|hogs|broilers|chickens|poultry|cattle|sheep|ducks|saplings|trees|masks|books|"
                             r"downloads?|passengers|visitors|tourists)\b|\b(?:of|from)\s+(?:its|their|his|her)\s+"
                             r"(?!own\b)[a-z]+s\b", re.I)
_POPULATION_CHANGE = re.compile(r"\s+(?:fewer|more|less|down|up)\b(?:\s+than)?", re.I)
_PEOPLE_WORDS = re.compile(r"\b(?:population|residents|people|inhabitants|persons|citizens|workers|employees)\b", re.I)


def _lead(pattern: re.Pattern[str], first: str) -> re.Pattern[str]:
    """``pattern`` tried only where its first character can be: a lookahead that rejects most positions of a
    text at once (each of these scans the whole text; same matches, a third to half the time)."""
    return re.compile(f"(?={first})(?:{pattern.pattern})", pattern.flags)


# Where a match of each pattern scanned through the whole text can start, as a cheaper pattern the regex engine
# skips to by its first character (a lookahead, as _lead adds, is tried at every position; a character set is
# not). Over the lower-cased text for patterns that ignore case. `_finditer` gives the pattern's own matches.
_GATES = {
    "phone": re.compile(r"tel|phone|fax|hotline|contact|call|\+\d|\(0\d|\d\d{1,3}-\d|1[3-9]\d[ \t-]\d{4}"),
    "ordinal": re.compile(trie_pattern(set(_ORDINALS))),  # (a trie: the letters of "seventh" and "sixth" tried once)
    "top": re.compile(r"(?:among|in(?:to)?|of)\s+the\s+top\s"),
    "spelled": re.compile(r"(?:will|to|shall|plans?\s+to|aims?\s+to)\s+(?:also\s+)?(?:open|build|add|set\s+up|launch|"
                          r"create|establish|complete|hire|introduce)\s"),
    "every": re.compile("every"),
    "twice": re.compile("twice|doubl|tripl|trebl|quadrupl"),  # (every match of _TWICE opens on its word)
    "modal": re.compile(r"(?:could|would|should|will|can|may|might)\s"),
    "halved": re.compile("halv"),
    "bp_word": re.compile(r"bps?\b"),  # (a literal first: the regex engine skips to it)
    "scale_word": re.compile(r"illion\b"),
    "thousand_word": re.compile(r"thousand\b"),
    "than_word": re.compile(r"than\b"),
    "out_of": re.compile(r"\d(?<!\d\d)\d*[^\S\n\r]+(?:out|in)[^\S\n\r]"),  # (from a run's first digit only: tried at
    # each digit of a long run, the run was read again from each: quadratic; a digit first, which the engine skips to)
    "clock": re.compile(r"\d\d?:[0-5]\d"),
    "iso_date": re.compile(r"[12]\d{3}-[01]\d-[0-3]\d"),
    "glued": re.compile(r"(?:RMB|CNY|USD|US\$|HK\$)\d"),
    "spoken_price": re.compile(r"(?=[ontefs])" + SPOKEN_PRICE),
    "digits_said": re.compile(r"(?=[ontefs])(?:one|two|three|four|five|six|seven|eight|nine)-"),
    "price_again": re.compile(r"(?:it(?:'s|\s)|that(?:'s|\s)|(?<=one\s)(?:was|is)\s)"),
    "year": re.compile(r"(?:19|20)\d\d\b(?![’']s)"),  # (where _IN_YEAR's and _OPENER_YEAR's matches end: digits
    # the engine skips to, where the patterns' first words are letters found everywhere)
}


_LOOK_AHEAD = 40


def _ending_at(pattern: re.Pattern[str], gate: str | tuple[str, ...], text: str, lower: str, back: int
               ) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches end with a rare word (``_GATES[gate]``, found in
    ``lower``, the text lower-cased for a pattern that ignores case, else the text) and start at most ``back``
    characters before it: each match ends where the gate's match ends (a number of more than ``back`` characters
    before its word is no number of these patterns). Cheaper than trying the pattern at every digit."""
    if len(lower) != len(text):
        yield from pattern.finditer(text)
        return
    last_end = 0
    gates = [_GATES[gate].finditer(lower)] if isinstance(gate, str) else [_GATES[g].finditer(lower) for g in gate]
    for g in heapq.merge(*gates, key=lambda found: found.start()) if len(gates) > 1 else gates[0]:
        pos = max(last_end, g.start() - back)
        stop = g.end() + _LOOK_AHEAD  # (room for the pattern's look-ahead past its end)
        m = pattern.search(text, pos, stop)
        while m is not None and m.end() < g.end():
            m = pattern.search(text, m.end() if m.end() > m.start() else m.end() + 1, stop)
        if m is not None and m.end() == g.end() and m.start() >= pos:
            last_end = m.end()
            yield m


def _finditer(pattern: re.Pattern[str], gate: str, text: str, lower: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``: the same matches, tried only where ``_GATES[gate]`` matches (in ``lower``, the
    text lower-cased, for the gates of patterns that ignore case, else in ``text``; a gate matches wherever its
    pattern can start): core's ``scan_gated``, in pieces as every whole-text scan of the extractor."""
    return scan_gated(pattern, _GATES[gate], text, lower)


_PHONE = _lead(_PHONE, r"[tpfhcTPFHC\d+(]")
_ISO_DATE = _lead(_ISO_DATE, "[12]")
_TIME_OF_DAY = _lead(_TIME_OF_DAY, r"\d")
_ORDINAL = _lead(_ORDINAL, "[stfenSTFEN]")
_TOP_N = _lead(_TOP_N, "[aioAIO]")
_SPELLED_COUNT = _lead(_SPELLED_COUNT, "[wtspaWTSPA]")
# "barely a dozen passengers", "maybe a dozen trains a day", "another dozen": about twelve (not "dozens", "a few
# dozen", "half a dozen", nor "a dozen years": a time)
_DOZEN = re.compile(r"(?<![\w-])(?<!few\s)(?<!half\s)(?:(?:a|another)\s+)?dozen\b(?!s\b)"
                    r"(?!\s+(?:more\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|times?|seasons?)\b)", re.I)
_DOZEN_PEOPLE = re.compile(r"people|persons|workers|employees|women|men|residents|staff|villagers|families", re.I)
_EVERY_N = _lead(_EVERY_N, "[eE]")
_OUT_OF = _lead(_OUT_OF, r"\d")
_CURRENCY_GLUED = _lead(_CURRENCY_GLUED, "[RCUH]")
_RANK_NO = _lead(_RANK_NO, "N")
_SCALED = _lead(_SCALED, r"\d")
_IN_YEAR = _lead(_IN_YEAR, "[idfoIDFO]")
_TWICE = _lead(_TWICE, "[tdqTDQ]")
_MULTIPLY_AHEAD = _lead(_MULTIPLY_AHEAD, "[cswmCSWM]")
# The same for the patterns searched in each candidate's sentence (_qualify, _periods): same matches, faster.
_FORECAST = _lead(_FORECAST, "[epfsldoiatgcwbhrumyEPFSLDOIATGCWBHRUMYT12'’]")
_TARGET = _lead(_TARGET, "[pateifgwcsPATEIFGWCS]")
_ANY_YEAR = _lead(_ANY_YEAR, "[12]")
_YEAR_POSSESSIVE = _lead(_YEAR_POSSESSIVE, "[12]")
_COMPARISON_CLAUSE = _lead(_COMPARISON_CLAUSE, "[,;(]")
_TARGET_YEAR = _lead(_TARGET_YEAR, "[12]")
_SINCE_YEAR = _lead(_SINCE_YEAR, "[sS]")


def _read_in_part(text: str, found: list[Candidate], starts: list[int], start: int, end: int) -> list[Candidate]:
    """The candidates of ``found`` that overlap start:end, when each is a bare number that is a part of the span
    ("sixteen fifty" read as "fifty" alone, "Two-forty" as "Two": in the unit of a figure before, the unit a model
    judged or none); else []."""
    if not _BARE_END.match(text, end):
        return []  # (the pair ends its phrase: not "eighteen twenty litre drums", "twelve twenty staff")
    i = bisect.bisect_left(starts, end) - 1
    inside: list[Candidate] = []
    while i >= 0 and found[i].printed_end > start:
        c = found[i]
        if not (start <= c.printed_start and c.printed_end <= end and c.printed_end - c.printed_start < end - start
                and c.note.startswith(("no unit", "unit of the amount before it", "yuan: a bare amount"))):
            return []
        inside.append(c)
        i -= 1
    return inside


def _covered(found: list[Candidate], starts: list[int], start: int, end: int) -> bool:
    """Whether a candidate of ``found`` (sorted, ``starts`` its printed starts) overlaps start:end."""
    i = bisect.bisect_left(starts, end) - 1
    while i >= 0 and found[i].printed_start > start - 200:
        if found[i].printed_start < end and start < found[i].printed_end:
            return True
        i -= 1
    return i >= 0 and found[i].printed_start < end and start < found[i].printed_end


def _clause_before(text: str, s_start: int, pos: int) -> str:
    before = text[s_start:pos]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind("("), before.rfind("|"))  # ("Target price: RMB11.40 |
    return before[cut + 1:]  # Share price: RMB9.05": a pipe parts a header's fields)


_FROM_AFTER = re.compile(r"[^.;\n]{0,40}?\b(?:from|up\s+from|down\s+from|against)\b", re.I)


def _close_ends(a: Candidate, b: Candidate) -> bool:
    """Whether a bare lower end and a measured upper end are near enough to be one range's ("by 6 to 8 degrees", not
    "by 60 to 158 days" nor "by 2 to 5.8 yuan"): the upper end at most half again the lower, printed alike."""
    return 0 < abs(a.value) < b.value <= 1.5 * abs(a.value) and ("." in a.as_printed) == ("." in b.as_printed)


def _ranges(text: str, found: list[Candidate]) -> None:
    """Two figures joined by "to" or a dash ("6 to 8 new routes", "RMB1.1-1.4bn", "CNY103 billion-108 billion")
    are the ends of a range, the unit printed once given to both; ``found`` in text order, the figures the
    scanner read and those the rules add (glued currencies) together."""
    for a, b in zip(found, found[1:]):
        bare_low = a.unit == "count" and a.note.startswith("no unit") and _currency_of(b.unit) != ""
        if (a.unit == b.unit or bare_low) and 0 < a.value < b.value and a.qualifier == "exact" and \
                b.qualifier == "under" and \
                _UP_TO_JOIN.fullmatch(text, a.printed_end, b.printed_start) and \
                _FROM_ONLY.search(text, max(a.start, a.printed_start - 12), a.printed_start) and \
                not _WENT_FROM.search(text, max(a.start, a.printed_start - 60), a.printed_start) and \
                not _CHANGE_VERB.search(text, max(a.start, a.printed_start - 80), a.printed_start):
            a.qualifier = b.qualifier = "range"  # "frames are from a hundred and twenty up to three hundred": no cap
            if bare_low:  # ("the fine is from two thousand up to twenty thousand yuan")
                a.unit, a.note, a.confidence = b.unit, "unit of the range's upper end", 0.6
            continue
        join = _RANGE_JOIN.fullmatch(text, a.printed_end, b.printed_start)
        scale_only = a.unit in ("thousand", "million", "billion", "trillion") and b.unit.startswith(a.unit + " ")
        if join is not None and b.unit in ("thousand", "million", "billion", "trillion") and \
                a.unit.startswith(b.unit + " ") and not CELL_GAP.search(text, a.printed_end, b.printed_start):
            b.unit, b.note = a.unit, "unit of the range's first end"  # "CNY103 billion to 108 billion"
        dash = join is not None and join.group(0).strip() in ("-", "–", "—")  # "4-5%": a range whatever the verb
        if dash and _currency_of(a.unit) and b.unit == "count" and b.note.startswith("no unit") and \
                0 < a.value < b.value and not CELL_GAP.search(text, a.printed_end, b.printed_start):
            b.unit, b.note, b.confidence = a.unit, "unit of the range's first end", 0.6  # "RMB 6,800-8,500 a month"
        money = f"{b.unit} {a.unit}" if a.unit in ("yuan", "US$") and \
            b.unit in ("thousand", "million", "billion", "trillion") else ""  # "RMB 60-65bn"
        if join is not None and money in UNITS and not CELL_GAP.search(text, a.printed_end, b.printed_start):
            a.unit = b.unit = money
            a.note, b.note = "unit of the range's two ends", "unit of the range's two ends"
        by_percent = join is not None and (  # (the searches only for figures joined as a range's ends)
            a.unit == "count" and a.note.startswith("no unit") or a.unit == "%" and 0 < a.value
                      and b.value <= 3 * a.value and (_BY_ONLY.search(text, max(a.start, a.printed_start - 16),
                                                                      a.printed_start) is not None
                                                      or _RATE_OF.search(text, max(a.start, a.printed_start - 16),
                                                                         a.printed_start) is not None)) \
            and (b.unit == "%" and a.value < b.value
                 or a.unit == "count" and b.unit not in ("count", "year", "years", "rank")
                 and _close_ends(a, b) and _BY_ONLY.search(text, max(a.start, a.printed_start - 16), a.printed_start)
                 and not _FROM_AFTER.match(text, b.printed_end))  # ("shrinking by 3% to 4%", "down by 6 to 8 degrees";
    # not "jumped 4.1% to 4.6%", "fell by 21,000 to 4.97 million", "extended by 60 to 158 days", "raised by 20 to 50
    # yuan, up from 30 yuan": a change, then the level it came to)
        if join is not None and (a.unit == b.unit or scale_only or a.unit == "count" and a.note.startswith("no unit")) \
                and (by_percent or not _BY_AMOUNT.search(text, max(a.start, a.printed_start - 30), a.printed_start)) and \
                not CELL_GAP.search(text, a.printed_end, b.printed_start) and \
                (dash or by_percent and not _FROM_ONLY.search(text, max(a.start, a.printed_start - 12), a.printed_start)
                 or not _FROM.search(text, max(a.start, a.printed_start - 12), a.printed_start)
                 or _RANGE_FROM.search(text, max(a.start, a.printed_start - 24), a.printed_start)
                 or _range_said_before(text, a.start, a.printed_start)
                 or _DEPENDING_AFTER.match(text, b.printed_end)
                 and not _CHANGE_VERB.search(text, max(a.start, a.printed_start - 80), a.printed_start)) and \
                a.unit not in ("year", "years", "rank"):
            shared = thousands_of(a, b)  # "seven to eight hundred yuan", "two to three thousand workers": the lower
            # end in words takes the upper end's hundred or thousand too (7 hundred yuan, 2 thousand)
            if a.unit != b.unit or shared:  # "6 to 8 new routes", "14 billion to 15 billion yuan"
                a.unit, a.note, a.confidence = shared or b.unit, "unit of the figure after it", 0.6
            a.qualifier = b.qualifier = "range"
            if a.value < 0 < b.value and dash:
                b.value = -b.value  # "down 4-5%": both ends fell
        if a.unit == "count" and a.note.startswith("no unit") and (
                b.unit in ("%", "percentage points") or a.value < b.value <= 2 * a.value and b.unit != "count"
                or b.unit == "count" and b.value == a.value + 1 and a.value >= 2) and \
                re.fullmatch(r"\s+or\s+", text[a.printed_end:b.printed_start]):  # ("three or four containers")
            a.unit, a.note, a.confidence = b.unit, "unit of the figure after it", 0.6  # "five or six percent", "27
            a.qualifier = b.qualifier = "range"  # or 28 million visits"
        if join is not None and join.group(0).strip() == "to" and a.unit != b.unit and _currency_of(a.unit) and \
                _currency_of(a.unit) == _currency_of(b.unit) and a.qualifier == b.qualifier and \
                0 < a.value * UNITS[a.unit].factor < b.value * UNITS[b.unit].factor <= 2 * a.value * UNITS[a.unit].factor \
                and not _FROM.search(text, max(a.start, a.printed_start - 12), a.printed_start) and \
                not _BY_AMOUNT.search(text, max(a.start, a.printed_start - 30), a.printed_start):
            a.qualifier = b.qualifier = "range"  # "revenue of RMB960 million to RMB1 billion"
        if a.qualifier == b.qualifier == "exact" and a.unit != b.unit and a.unit in UNITS and b.unit in UNITS and \
                UNITS[a.unit].base == UNITS[b.unit].base and \
                0 < a.value * UNITS[a.unit].factor < b.value * UNITS[b.unit].factor and \
                _RANGE_TO.fullmatch(text, a.printed_end, b.printed_start) and \
                not _CHANGED_FROM.search(text, max(a.start, a.printed_start - 60), a.printed_start) and \
                _RANGE_FROM.search(text, max(a.start, a.printed_start - 24), a.printed_start):
            a.qualifier = b.qualifier = "range"  # "range from 150 kilowatts to 1.2 MW", "from 50 million yuan to 6.8
            # billion yuan": the ends in units of one kind
        elif a.qualifier == b.qualifier == "exact" and a.unit == b.unit and 0 < a.value < b.value and \
                _RANGE_TO.fullmatch(text, a.printed_end, b.printed_start) and join is None and \
                not _CHANGED_FROM.search(text, max(a.start, a.printed_start - 60), a.printed_start) and \
                _RANGE_FROM.search(text, max(a.start, a.printed_start - 24), a.printed_start):
            a.qualifier = b.qualifier = "range"  # "range from 180 yuan for a small cup to 12,000 yuan for a jar"
        shared = thousands_of(a, b)  # "eight or nine hundred yuan": the lower end's unit, 8 hundred yuan (or "")
        if not shared and a.unit == "count" and a.note.startswith("no unit") and _WORD_BEFORE_SCALE.fullmatch(
                text, a.printed_start, b.printed_end) and not re.search(r"\d", a.as_printed):
            a.note = SPOKEN_END  # "one or two hundred metres": an end whose scale the other says, in no unit that
            # takes it: dropped as a spoken end no range took (not read as one)
        if shared in ("hundred", "thousand") and a.unit == b.unit == "count" and a.note.startswith("no unit") and \
                re.fullmatch(r"\s+(?:and|or|to)\s+", text[a.printed_end:b.printed_start]):
            a.unit, a.note, a.confidence = shared, "unit of the figure after it", 0.6  # "eight or nine hundred
            a.qualifier = b.qualifier = "range"  # visitors": 8 hundred, a count as the upper end is
        if a.unit == "count" and b.unit != "count" and a.note.startswith("no unit") and \
                re.fullmatch(r"\s+(?:and|or)\s+", text[a.printed_end:b.printed_start]) and \
                (shared or 0.1 * b.value <= a.value):  # (not "eight or nine hundred yuan" as 8 yuan)
            a.unit, a.note, a.confidence = shared or b.unit, "unit of the figure after it", 0.6
            if shared:  # ("160,000 and 170,000 TEUs": TEUs for both; a shared hundred makes the ends a range)
                a.qualifier = b.qualifier = "range"
        if _SPOKEN_COMMA.fullmatch(text, a.printed_end, b.printed_start) and a.start == b.start and \
                not _LIST_GOES_ON.match(text, b.printed_end) and \
                "table" not in a.note + b.note and a.unit not in ("year", "years", "rank") and \
                b.unit not in ("year", "years", "rank"):
            # a range as it is spoken: "480, 490 yuan", "sixty percent, sixty-five", the second end a little more
            bare_a, bare_b = (o.unit == "count" and o.note.startswith("no unit") for o in (a, b))
            if bare_a and not bare_b and (0 < a.value < b.value <= 2 * a.value or shared):
                a.unit, a.note, a.confidence = shared or b.unit, "unit of the figure after it", 0.6
                a.qualifier = b.qualifier = "range"
            elif bare_b and not bare_a and 0 < a.value < b.value <= 1.5 * a.value and \
                    _BARE_END.match(text, b.printed_end) and \
                    (_currency_of(a.unit) or not _PER_MEASURE_AFTER.match(text, b.printed_end)):  # (not "over five
                # jin, seven and a half a jin": a weight, then a price per jin)
                b.unit, b.note, b.confidence = a.unit, "unit of the figure before it", 0.6
                a.qualifier = b.qualifier = "range"
            elif bare_a and bare_b and 0 < a.value < b.value <= 1.5 * a.value and (
                    a.qualifier == b.qualifier or a.qualifier == "approximately" and b.qualifier == "exact"
                    or b.qualifier == "approximately" and _HEDGED_JOIN.search(text, a.printed_end, b.printed_start)) and \
                    (_BARE_END.match(text, b.printed_end) or a.qualifier == "exact" and b.qualifier == "approximately"
                     and _HEDGED_JOIN.search(text, a.printed_end, b.printed_start)):
                a.qualifier = b.qualifier = "range"  # "went for 1,000, 1,100.": the unit, if any, carried after
                if _PER_MEASURE_AFTER.match(text, b.printed_end) or _PER_TIME_AFTER.match(text, b.printed_end) or \
                        a.value >= 100 or PRICE_SAID_AGAIN_BEFORE.search(text, max(0, a.printed_start - 40),
                                                                         a.printed_start) \
                        or _EARN_BEFORE.search(text, max(a.start, a.printed_start - 40), a.printed_start) \
                        or 10 <= a.value and b.value < 1000 and \
                        THOUSANDS_SAID_BEFORE.search(text, max(0, a.printed_start - 200), a.printed_start):
                    for end in (a, b):  # ("a good pear is twelve, thirteen a jin": kept for a word of pay or price
                        if end.note == SPOKEN_END:  # to give the unit, else dropped with the bare ones; not "My son
                            end.note = _SPOKEN_PAIR  # was eight, nine then")
                # ("it's more like 62, 63.": the hedge is the range's; "four thousand, maybe five thousand lift
                # passes": a hedged upper end, the noun both ends count)
            elif not bare_a and not bare_b and a.unit == b.unit and \
                    {_SPOKEN_PRICE_NOTE, _SPOKEN_HUNDREDS_NOTE} & {a.note, b.note} and \
                    0 < a.value < b.value <= 1.5 * a.value:
                a.qualifier = b.qualifier = "range"  # "about one forty, one fifty a kilometre"
            elif bare_a and bare_b and a.note == SPOKEN_END and _scale_pair(a, b) and _BARE_END.match(text, b.printed_end):
                a.note, a.qualifier, b.qualifier = _SCALE_PAIR_NOTE, "range", "range"  # "seven, eight thousand.": the
                # lower end in the upper end's scale, and its unit once the upper end has one (_scale_pair_units)
                if b.note == SPOKEN_END:  # (the upper end a round number in words, for the words around to give
                    b.note = SPOKEN_BARE  # its unit, "eight, nine thousand a month", pay, or a count of hundreds)
        if a.unit == b.unit == "count" and a.note.startswith("no unit") and b.note.startswith("no unit") and \
                a.start == b.start and 0 < a.value < b.value <= 1.5 * a.value and \
                re.fullmatch(r"[^\S\n]+or[^\S\n]+", text[a.printed_end:b.printed_start]):
            a.qualifier = b.qualifier = "range"  # "Now it is 40,000 or 50,000", "I keep perhaps 8,000 or 9,000"
        if _BETWEEN.search(text[max(a.start, a.printed_start - 28):a.printed_start]) and \
                _AND.fullmatch(text[a.printed_end:b.printed_start] + " ") is not None:
            a.qualifier = b.qualifier = "range"
            if scale_only:
                a.unit, a.note = b.unit, "unit of the figure after it"  # "between 3 million and 8 million yuan"


_SCALE_PAIR_NOTE = "the lower end of a spoken range, in the scale of its upper end (check)"
_SPOKEN_PRICE_NOTE = "a price said as spoken, yuan then its cents (check)"
_SPOKEN_HUNDREDS_NOTE = "a price said as spoken, hundreds then tens, by what it is charged per (check)"
# A price as spoken, its yuan then its cents in tens ("two-fifty", "about one forty, one fifty a kilometre"), not
# followed by more of a number or a noun of it, where the talk just before is of yuan a unit of something (a jin, a
# kilo, a kilometre) or of prices; not a time ("I finish at one, one thirty", "Three-thirty, four o'clock").
_SPOKEN_PRICE_AT = re.compile(SPOKEN_PRICE + r"(?![- ](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|"
                              r"million|billion|percent|per\s?cent|years?|months?|days?|hours?|minutes?|people|"
                              r"[a-z]+s\b))(?!-)", re.I)
# What a price said as "three-fifty" is charged by when it is hundreds of yuan (a day's work, an hour's lesson, a
# night's room, a month's rent), or hundreds said just before it ("four hundred to four-fifty", "three hundred and
# twenty last year; now it's nearer three-eighty")
_HUNDREDS_PER_AFTER = re.compile(r"[^\S\n]+(?:a|an|per|each)[^\S\n]+(?:day|hour|night|month|room|session|lesson|"
                                 r"head|person|ticket)\b|[^\S\n]+for[^\S\n]+the[^\S\n]+(?:night|day|room|session|holiday|"
                                 r"weekend|week)\b",
                                 re.I)  # ("On a weekday it's three-eighty for the night", "Two-eighty for the holiday")
# A price for a span of minutes, in talk of money: yuan and cents ("one-fifty for the first half hour", "two-ninety for
# twenty minutes": a ride's fare, not 150 or 290 yuan)
_SHORT_SPAN_AFTER = re.compile(r"[^\S\n]+for[^\S\n]+(?:the[^\S\n]+first[^\S\n]+)?(?:half[^\S\n]+(?:an[^\S\n]+)?hour|"
                               r"(?:[1-9]|[12]\d|30|ten|fifteen|twenty|thirty)[^\S\n]+minutes)\b", re.I)  # (up to half an
# hour: not "two-eighty for forty-five minutes", a massage's 280 yuan)
_PER_UNIT_TALK_BEFORE = re.compile(r"\byuan\b[^\n]{0,30}?\b(?:a|per|each)\s+(?:jin|kilo|kilogram|kg|kilometre|"
                                   r"kilometer|km|litre|liter)\b|\b(?:mao|jiao|cents?)\b")  # (yuan and cents)
# ("On weekdays a room is two-eighty", "the shop asked one-fifty", "live hogs are fetching only six-thirty", "A full
# set ... is one-twenty. ... add ten kuai": what a thing is or fetches, in talk of yuan)
# Words before a spoken pair that make it no price: a time, a score, a height or a weight ("It's one-ten now", "The
# train was nine-forty", "The score was two-twenty", "My son is one-eighty", "my weight was one-sixty")
_NOT_PRICE_SUBJECT = re.compile(r"\b(?:it|time|clock|train|bus|flight|plane|ferry|show|match|game|score|result|number|"
                                r"height|weight|son|daughter|he|she|i|pressure|temperature)(?:['’]s|\s+(?:is|was|were|are|"
                                r"am|['’]m))\s+(?:about\s+|around\s+|only\s+|just\s+|now\s+)?$")
_NOW_AFTER = re.compile(r"[^\S\n]+(?:now|already|sharp)\b|[^\S\n]+to[^\S\n]+(?:\d|ninety|eighty|seventy)")
# Words of an earlier time before a price said again ("A year ago it was one-sixty", "Last year it was one-ten")
_EARLIER_TIME_BEFORE = re.compile(r"\b(?:last\s+(?:year|month|week|spring|summer|autumn|winter|time)|a\s+year\s+ago|"
                                  r"years?\s+ago|before|used\s+to|this\s+time\s+last)\b[^.!?\n]{0,30}$")
_CLOCK_WORD_BEFORE = re.compile(r"\b(?:ends?|ended|around|runs?|ran|served|opens?|opened|closes?|closed|from|until|till|"
                                r"starts?|started|begins?|began|leaves?|left|arrives?|arrived)\s+(?:at\s+)?(?:about\s+)?$")
# Goods sold by weight or volume: a spoken pair after them is yuan and cents even with no "a jin" ("Cabbage is
# two-fifty now", "Ninety-two octane is now seven-eighty")
_GOODS_BY_WEIGHT_BEFORE = re.compile(r"\b(?:cabbages?|pork|beef|mutton|lamb|chicken|eggs?|rice|flour|oil|petrol|diesel|"
                                     r"gasoline|octane|fuel|apples?|pears?|oranges?|corn|maize|wheat|soybeans?|fruit|fish|"
                                     r"shrimps?|tomato(?:es)?|cucumbers?|potato(?:es)?|peppers?|garlic|onions?|milk|"
                                     r"vegetables?|greens|cotton|sugar|salt|noodles|melons?|grapes?|peaches|celery|"
                                     r"spinach|radish(?:es)?|carrots?|hogs?|pigs?|cardboard|paper|scrap|bottles?|"
                                     r"(?:machine|hand)-picked)\b"
                                     r"[^.!?\n]{0,30}$")
_PAIR_RANGE_JOIN = re.compile(r"[^\S\n]*(?:to|until|till|-|–)[^\S\n]*")
_ONE_TO_NINE_START = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine)\b")  # (not "fourteen-fifty": 14.50)
_ASKED_BEFORE = re.compile(r"\b(?:asked|asks|fetching|fetches|fetched)\s+(?:only\s+|just\s+)?$")
_MONEY_WORD = re.compile(r"\b(?:yuan|kuai|rmb)\b")
# The lower end of a price range said just before its upper end, which is said in hundreds and tens ("three hundred,
# three-fifty"; "two-eighty, three hundred")
_LOWER_END_SAID = re.compile(r"\b(?P<n>(?:one|two|three|four|five|six|seven|eight|nine)[^\S\n]+hundred|(?:two|three|four|"
                             r"five|six|seven|eight|nine)-(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))"
                             r"[^\S\n]*,[^\S\n]+$")
# "they said four-eighty" in a text of yuan, in talk of hundreds: hundreds and tens of sixty or more, which no clock
# time has (nor a height said as "one-eighty": two hundred and more only)
_HIGH_TENS_PRICE = re.compile(r"(?:two|three|four|five|six|seven|eight|nine)-(?:sixty|seventy|eighty|ninety)", re.I)
_HUNDREDS_WORD = re.compile(r"\bhundred\b")
_NUMBERED_THING_BEFORE = re.compile(r"\b(?:bus|route|line|no\.?|number|room|flight|gate|platform|channel|road|train)\s+$")
# ("take bus four-eighty": a name, no price)  # (in talk of hundreds: "another two hundred for shading"; not "A
# coffee's nine-ninety", 9.90 yuan)
# A number said before a spoken pair in its turn: the pair is then no first answer ("adults are thirty, kids under
# one-forty": a height)
_TENS_OR_TEENS = re.compile(r"\b(?:ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|"
                            r"sixty|seventy|eighty|ninety|hundred)\b", re.I)
_SAID_AMOUNT = re.compile(r"(?<![\w-])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|"
                          r"four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                          r"seventeen|eighteen|nineteen)(?![\w-])")  # (in the lower-cased text)
_SAID_PRICE_NOTE = "a price of a measure said in words, the currency unsaid (check)"
# A word of money as the subject of the amount per unit ("The combine hire is sixty a mu", "Rent is 600 a mu"; not
# "To save costs we now plant 40 a mu")
_MONEY_SUBJECT_BEFORE = re.compile(r"\b(?:hire|rent|rental|fees?|charges?|costs?|price)[^\S\n]+(?:is|was|are|were|"
                                   r"comes[^\S\n]+to|runs)[^\S\n]+(?:about[^\S\n]+|around[^\S\n]+|only[^\S\n]+|"
                                   r"just[^\S\n]+)?$", re.I)
_PACKED_BEFORE = re.compile(r"\b(?:pack|packs|packed|packing|hold|holds|held|fit|fits|put|puts|plant|plants|planted|"
                            r"stock|stocks|stocked|sow|sows|sowed|seedlings)\b")  # (a count per box or tray)
# ("a box at thirty-nine", "a jin at twenty-two": the price of a measure, said after it)
_MEASURE_AT_BEFORE = re.compile(r"\b(?:a|one|per|each)\s+(?:jin|catty|kilo|kilogram|kg|box|bag|bottle|bowl|pot|cup|"
                                r"basket|pack|jar|plate|portion)\s+(?:at|for)\s+(?:about\s+|around\s+|just\s+|only\s+)?$",
                                re.I)
# ("the thick-cap, twenty-nine a box", "that grade goes for sixty to eighty a jin": a price listed, in talk of yuan)
_PRICE_LIST_LEAD = re.compile(r"(?:,|\b(?:is|are|was|were|goes\s+for|go\s+for|sells?\s+for|sold\s+for))\s+$", re.I)
_PER_VOLUME_AFTER = re.compile(r"[^\S\n]+(?:a|per|each)[^\S\n]+(?:litre|liter|kilometre|kilometer|km)\b", re.I)
# ("diesel at seven-sixty a litre": yuan and cents, as by weight)
# ("Two yuan, two-fifty at best", "falls back to six, six-fifty": a range from whole yuan, so yuan and cents)
_WHOLE_YUAN_JUST_BEFORE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine)(?:\s+(?:yuan|kuai))?"
                                     r"(?:,|\s+or|\s+to)?\s+$")
_HUNDREDS_SAID_BEFORE = re.compile(r"\bhundred\b(?:[^.!?\n]|\.(?=\d))*$", re.I)
_PRICE_TALK_BEFORE = re.compile(r"\byuan\b[^\n]{0,30}?\b(?:a|per|each)\s+(?:jin|kilo|kilogram|kg|kilometre|kilometer|"
                                r"km|box|bowl|cup|plate|day|meal|litre|liter|square\s+met(?:re|er))\b|"
                                r"\b(?:prices?|priced|costs?|fares?|"
                                r"charg(?:e|es|ed|ing)|pay(?:s|ing)?|paid|asking|sells?\s+for|sold\s+for|sold\s+at)\b|"
                                r"\byuan\b[^\n]{0,40}$")  # ("Two yuan, two-fifty at best")
# A price said a digit at a time, four of them ("one-two-eight-oh", "three-nine-nine-nine": 1,280 and 3,999 yuan); not
# three ("Five-two-zero", the 20th of May; "one-oh-five, one-ten", hundreds of thousands)
_DIGITS_SAID = re.compile(r"(?<![-\w])(?:one|two|three|four|five|six|seven|eight|nine)(?:-(?:zero|oh|one|two|three|four|"
                          r"five|six|seven|eight|nine)){3}\b(?!-)", re.I)
_DIGITS_SAID_NOTE = "a price said a digit at a time (check)"
# (but a number to call, said in groups or after a word of calling: "The lines are open: oh-eight-three-two, two-one-six,
# eight-eight-eight-eight", "call one-two-three-one-five": no price)
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_DIGIT_WORD_GROUP = rf"{_DIGIT_WORD}(?:-{_DIGIT_WORD})+"
_PHONE_GROUP_BEFORE = re.compile(rf"\b{_DIGIT_WORD_GROUP},?[^\S\n]+$|\b(?:call|dial|phone|number|hotline|lines?|ring|text)\b"
                                 r"[^.;!?\n\d]{0,30}$", re.I)
# ("at one-twenty a jin": a price by weight, no time of day; not "at eleven-thirty a pot of soup goes on")
_PER_WEIGHT_AFTER = re.compile(r"\s+(?:a|per|each)\s+(?:jin|catty|kilo|kilogram|kg|pound)\b", re.I)
# (the upper end of a range priced by weight after it: "paying two-eighty, three yuan a jin")
_UPPER_BY_WEIGHT_AFTER = re.compile(r",?[^\S\n]+(?:or[^\S\n]+|to[^\S\n]+|maybe[^\S\n]+)?[a-z]+(?:[- ][a-z]+)?"
                                    r"(?:[^\S\n]+(?:yuan|kuai))?[^\S\n]+(?:a|per|each)[^\S\n]+"
                                    r"(?:jin|catty|kilo|kilogram|kg|pound)\b", re.I)
_TIME_SAID_BEFORE = re.compile(r"\b(?:at|until|till|by|from|finish|finishes|start|starts|open|opens|close|closes)\s+"
                               r"(?:about\s+|around\s+)?(?:[a-z]+,\s+)?$", re.I)
# ("What does a pair cost? / A basic pair starts at about three-eighty": a price's floor, asked for, no time)
_STARTS_AT_BEFORE = re.compile(r"\bstarts?\s+at\s+(?:about\s+|around\s+)?$", re.I)
_ARTICLE_JUST_BEFORE = re.compile(r"(?<![\w'’-])an?\s$")  # ("We looked at one, a one-fifty": a flat by its size)
_CLOCK_MINUTES = re.compile(r"-(?:thirty|fifteen|forty-five)$", re.I)  # ("The show starts at seven-thirty": a time)
_TIME_SAID_AFTER = re.compile(r"[^\n]{0,20}?(?:o['’]clock|a\.m\.|p\.m\.|\bin\s+the\s+(?:morning|afternoon|evening))",
                              re.I)


def _small_price_before(text: str, found: list[Candidate], starts: list[int], start: int, price: float) -> bool:
    """Whether a price in yuan under 100, of the order of ``price`` read as yuan and cents (a third to three times
    it), was said on the line of ``start``, at most 160 characters before it ("The same bottle was eight, nine yuan in
    spring, now it's six-fifty": 6.50 yuan, not 650)."""
    line = text.rfind("\n", max(0, start - 160), start)
    i = bisect.bisect_left(starts, start) - 1
    while i >= 0 and found[i].printed_start > max(line, start - 160):
        c = found[i]
        if c.unit == "yuan" and 0 < c.value < 100 and c.value / 3 <= price <= 3 * c.value:
            return True
        i -= 1
    return False


def _range_said_below(lower: str, start: int, price: float) -> tuple[re.Match[str], float] | None:
    """The lower end of a range said just before the price ``price`` said in hundreds and tens at ``start`` ("three
    hundred, three-fifty"), and its value, when it is lower and the price at most half as much again."""
    said = _LOWER_END_SAID.search(lower, max(0, start - 40), start)
    low = parse_number(said.group("n")) if said is not None else None
    if said is None or low is None:
        return None
    if low < 10:
        low = round(low * 100)  # ("two-eighty, three hundred": the lower end said in hundreds and tens too)
    return (said, low) if 0 < low < price <= 1.5 * low else None


def _scale_pair(low: Candidate, high: Candidate) -> str:
    """The hundred or thousand a spoken range's upper end says and its lower end leaves out ("three, four hundred",
    "seven, eight thousand"), where both are bare numbers in words: "hundred", "thousand", or ""."""
    scale = _SCALE_WORD_END.search(high.as_printed)
    if scale is None or re.search(r"\d", low.as_printed) or _SCALE_WORD_END.search(low.as_printed) or \
            re.search(r"\d", high.as_printed):
        return ""
    word = scale.group(0).lower()
    factor = 1000 if word == "thousand" else 100
    return word if 0 < low.value * factor < high.value <= 2 * low.value * factor else ""


_SCALE_WORD_END = re.compile(r"\b(?:thousand|hundred)$", re.I)


def _scale_pair_units(found: list[Candidate]) -> list[Candidate]:
    """The lower ends of spoken ranges (``_SCALE_PAIR_NOTE``) in the unit their upper end came to have: "three, four
    hundred" after "rooms go for 280 yuan" is 3 hundred yuan and 400 yuan; an end whose upper end has no unit that
    takes its scale is dropped."""
    keep = []
    for k, c in enumerate(found):
        if c.note == _SCALE_PAIR_NOTE:
            after = found[k + 1] if k + 1 < len(found) else None
            word = _scale_pair(c, after) if after is not None else ""
            unit = f"{word} {after.unit}" if after is not None and after.unit != "count" else word
            if not word or unit not in UNITS or after is None or after.qualifier != "range":
                continue
            c.unit = unit
        keep.append(c)
    return keep


def _scale_ends_in_yuan(found: list[Candidate]) -> None:
    """A range's lower end that took only its upper end's scale ("sixty-three to sixty-six thousand", "eighteen, twenty
    thousand": 63 thousand), or none ("four thousand, forty-five hundred"), in yuan too once the model judged the upper
    end money (63 thousand yuan, 4,000 yuan)."""
    for a, b in itertools.pairwise(found):
        if a.qualifier == b.qualifier == "range" and a.unit in ("hundred", "thousand") and b.unit == "yuan" and \
                bare_amounts.judged_money(b) and f"{a.unit} yuan" in UNITS and \
                a.note in ("unit of the figure after it", _SCALE_PAIR_NOTE):
            a.unit, a.confidence, a.note = f"{a.unit} yuan", b.confidence, f"{b.note}; the lower end of its range"
        elif a.qualifier == b.qualifier == "range" and a.unit == "count" and a.note == _SPOKEN_PAIR and \
                bare_amounts.judged_money(b):
            a.unit, a.confidence, a.note = "yuan", b.confidence, f"{b.note}; the lower end of its range"  # ("Maybe
            # four thousand, forty-five hundred": takings, both ends)


_IN_THOUSANDS = re.compile(r"\bthousand$", re.I)
_NUMBER_WORDS_ONLY = re.compile(WORD_NUMBER, re.I)  # (its number's words alone: not "forty kuai", "sixty yuan")
_THOUSANDS_NOTE = "yuan: said bare in the thousands of the price before it ({prior}) (check)"
# Words of a price right before or after a number said bare ("goes for sixty-two", "I'd call thirty-five fair", "so
# fifty-two is on the low side")
_PRICE_CUE_BEFORE = re.compile(r"\b(?:goes|go|going|went|sells?|selling|sold|fetch(?:es|ed)?|ask(?:s|ed|ing)?|"
                               r"offer(?:s|ed)?|pay|paid|call|get|got|for|at|maybe|about|around|say|worth|it['’]s|now|"
                               r"so|with|(?:lent|loaned|advanced)(?:\s+(?:me|us|him|her|them))?)\s+$", re.I)  # (with:
# "I'll be happy with forty-five"; "valued it at a hundred and twenty thousand and lent me seventy-five": a loan)
_PRICE_CUE_AFTER = re.compile(r"[^\S\n]+(?:is|was|would|sounds|seems|fair|now|tops|at\s+most|or\s+so)\b", re.I)


def _n_for(text: str, c: Candidate) -> bool:
    """Whether ``c`` is the price of a few said "three for ten": after "N for", and at least twice N (not "went three
    for four at the game", "voted five for two")."""
    m = N_FOR_BEFORE.search(text, max(c.start, c.printed_start - 16), c.printed_start)
    if m is None:
        return False
    few = parse_number(m.group(0).split()[0])
    return few is not None and c.value >= 2 * few


def _thousands_said_bare(text: str, found: list[Candidate]) -> None:
    """A price said bare in the thousands of a price just before it, as people talk of cars and flats: "a sedan that
    fetched seventy thousand last spring goes for sixty-two, sixty-three now", "Thirty-eight thousand for that? I'd
    call thirty-five fair" (62, 63 and 35 thousand yuan). Only a number in words, with no unit or yuan only by a rule
    ("goes for", an answer to a question of money, a range's other end), that no noun follows, in the same paragraph
    within 200 characters, of the same order as that price (0.4 to 2.5 times it)."""
    prior: Candidate | None = None
    last_converted: Candidate | None = None  # (a spoken range's other end: "sixty-two, sixty-three")
    for c in found:
        if c.unit == "yuan" and _IN_THOUSANDS.search(c.as_printed):
            prior = c
            continue
        if prior is None or not (c.unit == "count" and c.note.startswith(("no unit", SPOKEN_BARE))
                                 or c.unit == "yuan" and _NUMBER_WORDS_ONLY.fullmatch(c.as_printed) is not None) or \
                c.note == _SAID_AGAIN or _DIGIT.search(c.as_printed) or not 10 <= c.value < 1000 or \
                not float(c.value).is_integer() or c.printed_start - prior.printed_end > 200 or \
                not 0.4 <= c.value * 1000 / prior.value <= 2.5 or \
                _OTHER_LINE.search(text, prior.printed_end, c.printed_start) or \
                _COUNTED_AFTER.match(text, c.printed_end) or _HYPHEN_NOUN.match(text, c.printed_end):
            continue
        partner = c.qualifier == "range" and last_converted is not None and \
            c.printed_start - last_converted.printed_end <= 3
        if not partner and not _PRICE_CUE_BEFORE.search(text, max(c.start, c.printed_start - 24), c.printed_start) \
                and not _PRICE_CUE_AFTER.match(text, c.printed_end):
            continue  # (not "fetched thirty thousand. I have thirty-five, and forty more": cars, counted)
        c.unit, c.confidence = "thousand yuan", 0.5
        last_converted = c
        c.note = _THOUSANDS_NOTE.format(prior=repr(prior.as_printed))


# A price said as spoken, its hundreds then its tens ("Adults, one eighty-eight at the gate": 188 yuan, read first as
# 88): tens of sixty and more, which no clock time has ("one thirty" may be half past one)
_HUNDREDS_FIRST_NOTE = "a price said as spoken, its hundreds then its tens (check)"
_DIGIT_WORD_JUST_BEFORE = re.compile(r"(?<![\w-])(one|two|three|four|five|six|seven|eight|nine)[^\S\n]$", re.I)
_SIXTY_TO_NINETY_NINE = re.compile(r"(?:sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|"
                                   r"nine))?", re.I)


def _hundreds_said_first(text: str, found: list[Candidate]) -> None:
    """A bare amount read as yuan from sixty to ninety-nine said right after a digit's word that no figure took is
    hundreds and tens as spoken: "one eighty-eight" is 188 yuan; ``found`` in text order."""
    last_end = 0
    for c in found:
        digit = _DIGIT_WORD_JUST_BEFORE.search(text, max(last_end, c.printed_start - 7), c.printed_start) \
            if c.unit == "yuan" and _SIXTY_TO_NINETY_NINE.fullmatch(c.as_printed) else None
        last_end = max(last_end, c.printed_end)
        if digit is None or digit.start() < c.start:
            continue
        c.value = float((parse_number(digit.group(1)) or 0) * 100 + c.value)
        c.printed_start, c.as_printed, c.note = digit.start(), text[digit.start():c.printed_end], _HUNDREDS_FIRST_NOTE


def _spoken_ends(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without the numbers in words kept as a spoken range's end (``SPOKEN_END``) that have no figure
    beside them, across a comma, with the next value up to half as much again ("two hundred, two hundred and forty
    kilometres"): before the rules that look for figures not yet found, so that these do not hide them."""
    keep = []
    for k, c in enumerate(found):
        if c.note == SPOKEN_END:
            before, after = found[k - 1] if k else None, found[k + 1] if k + 1 < len(found) else None
            if not (after is not None and _SPOKEN_COMMA.fullmatch(text, c.printed_end, after.printed_start)
                    and (0 < c.value < after.value <= 2 * c.value or thousands_of(c, after) or _scale_pair(c, after))
                    or before is not None and _SPOKEN_COMMA.fullmatch(text, before.printed_end, c.printed_start)
                    and (0 < before.value < c.value <= 1.5 * before.value or thousands_of(before, c))
                    or _price_said_next(text, c)):  # ("eight, nine thousand a month": the upper end kept too)
                continue
        keep.append(c)
    return keep


_WORD_BEFORE_SCALE = re.compile(r"[a-z-]+\s+(?:or|and|to)\s+[a-z-]+[\s-]+(?:hundred|thousand)\b.*", re.I | re.S)


def _price_said_next(text: str, c: Candidate) -> bool:
    """Whether a spoken price a little above ``c`` follows it across a comma ("paying six, six-fifty a jin"): the
    price is found later, by the rules for figures not yet found, and makes ``c`` its range's lower end."""
    comma = _SPOKEN_COMMA.match(text, c.printed_end)
    price = _SPOKEN_PRICE_AT.match(text, comma.end()) if comma is not None else None
    value = parse_number(price.group(0)) if price is not None else None
    return value is not None and 0 < c.value < value <= 1.5 * c.value


# A number in words said back as its own utterance ("...found problems with 96 of them.\nGUO: Ninety-six.", "Fourteen.
# Last year it was eleven.", "Seven! And how big is this place?"): it opens a turn or a sentence and ends at a stop
_SAID_BACK_NOTE = "said again: the figure just before it, its unit and qualifier (check)"
_OPENS_TURN = re.compile(r"(?:^|\n)[^\S\n]*(?:[A-Z][A-Za-z'’. -]{0,30}(?:\([^()\n]{0,40}\))?:[^\S\n]*)?$|[.!?][^\S\n]+$")
_ENDS_UTTERANCE = re.compile(r"[^\S\n]*[.!?]")


def _counts_said_again(text: str, found: list[Candidate]) -> None:
    """A bare number in words said back as its own utterance, within 250 characters of a figure of the same value,
    takes that figure's unit and qualifier: a speaker repeating a figure, as the labelled texts count it (``found``
    in text order; the last figure of each value seen so far is kept, so the pass is linear)."""
    seen: dict[float, Candidate] = {}
    for c in found:
        if c.note.startswith(SPOKEN_BARE) and c.value >= 2 and float(c.value).is_integer() and \
                _ENDS_UTTERANCE.match(text, c.printed_end) and \
                _OPENS_TURN.search(text, max(0, c.printed_start - 48), c.printed_start):
            prior = seen.get(c.value)
            if prior is not None and 0 < c.printed_start - prior.printed_end <= 250 and prior.unit and \
                    prior.unit != "year":
                c.unit, c.qualifier, c.note, c.confidence = prior.unit, prior.qualifier, _SAID_BACK_NOTE, 0.5
                continue
        if not c.note.startswith(SPOKEN_BARE):
            seen[c.value] = c


def _range_start(found: list[Candidate], i: int) -> int:
    """Where the range whose upper end is ``found[i]`` starts, whatever its lower end's unit ("two to three thousand":
    "two", in thousands), or where ``found[i]`` starts."""
    c = found[i]
    low = found[i - 1] if i else None
    return low.printed_start if low is not None and low.qualifier == c.qualifier == "range" and \
        0 <= c.printed_start - low.printed_end <= 8 else c.printed_start


def _headline_rounded(text: str, found: list[Candidate]) -> None:
    """A headline's figure that rounds one the text gives more finely below is approximate ("Sales jump 38 pct" over
    "rose 38.4 percent"; "3.9 mln tonnes" over "3.92 million tonnes")."""
    title_end = text.find("\n")
    if not 0 < title_end <= 200 or text[:title_end].rstrip().endswith((".", "。")):
        return  # (a first line that is a sentence or a paragraph is no headline)
    head = [c for c in found if c.printed_end <= title_end and c.qualifier == "exact"]
    if not head or len(head) > 4:
        return
    below = [c for c in found if c.printed_start > title_end]
    for c in head:
        number = re.search(r"\d+(?:\.(\d+))?", c.as_printed)
        if number is None:
            continue
        places = len(number.group(1) or "")
        if any(b.unit == c.unit and b.value != c.value and round(b.value, places) == c.value for b in below):
            c.qualifier = "approximately"


def refine(text: str, found: list[Candidate],
           bounds: tuple[list[int], list[int]] | None = None, published: str = "",
           typed: bool = False) -> list[Candidate]:
    """The candidates with the rules above applied; new ones take the period and city of a neighbour in
    their sentence. ``published`` (YYYY[-MM[-DD]], or empty) is when the text was written, where its own
    dateline does not say (or always, when ``typed``: the reviewer's): what "this year" and "last year" count from."""
    lower = folded_lower(text)
    phones = [m.span() for m in _finditer(_PHONE, "phone", text, lower)]
    phones += [m.span() for m in _finditer(_ISO_DATE, "iso_date", text, text)] \
        if "-" in text else []  # "2032-01-12": a date's parts
    phones += [m.span() for m in _finditer(_TIME_OF_DAY, "clock", text, text) if _is_time_of_day(text, m)] \
        if ":" in text else []
    phones.sort()
    if phones:
        found = [c for c in found if not _inside(phones, c.printed_start)]
    found = [c for c in found if not _not_a_figure(text, c)]
    if any(c.note == SPOKEN_END for c in found):
        found = _spoken_ends(text, found)
    # "1 in 4" only with a small whole ("rose 5 in 2030" is no share)
    outs = [(m, *_share(m)) for m in _finditer(_OUT_OF, "out_of", text, text)
            if "out" in m.group(0).lower() or int(m.group("b")) <= 100]
    outs = [o for o in outs if o[1] is not None]
    outs += [(m, *_share(m)) for m in _finditer(_EVERY_N, "every", text, lower)]  # "every 4 vehicles ... includes 1 vehicle"
    outs = sorted((o for o in outs if o[1] is not None), key=lambda o: o[0].start())
    out_spans = [(m.start(), m.end()) for m, _, _ in outs]
    if out_spans:  # "40 out of every 100 vehicles": a share, not two counts
        found = [c for c in found if not _inside(out_spans, c.printed_start)]
    starts, ends = bounds if bounds is not None else sentences(text)  # the extractor's own, when given
    found_starts = [c.printed_start for c in found]
    found_sentence_starts = [c.start for c in found]
    added: list[Candidate] = []

    def sentence(pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, pos) - 1
        return (starts[i], ends[i]) if i >= 0 else (0, len(text))

    def add(value: float, unit: str, qualifier: str, p_start: int, p_end: int, note: str = "") -> None:
        s_start, s_end = sentence(p_start)
        cand = Candidate(value=value, unit=unit, qualifier=qualifier, as_printed=text[p_start:p_end],
                         printed_start=p_start, printed_end=p_end, start=s_start, end=max(s_end, p_end),
                         source_id=found[0].source_id if found else "", confidence=0.6, text=text, note=note)
        # the candidates of the same sentence: found is in text order, so they sit together (bisect, not a scan
        # of every candidate per added one, which made a long text quadratic)
        lo = bisect.bisect_left(found_sentence_starts, s_start)
        near = [c for c in found[lo:bisect.bisect_right(found_sentence_starts, s_start)] if c.start == s_start]
        if near:
            other = min(near, key=lambda c: abs(c.printed_start - p_start))
            cand.period, cand.city, cand.city_confidence = other.period, other.city, other.city_confidence
            cand.sector, cand.sector_confidence = other.sector, other.sector_confidence
            cand.entity, cand.entity_confidence = other.entity, other.entity_confidence
        cand.metric, cand.metric_confidence = ("rank", 0.4) if unit == "rank" else ("", 0.0)
        if near and unit not in ("rank", "%"):  # "retail sales totaled RMB588.3 billion, up 4.9 percent"
            grown = next((c for c in near if c.metric.startswith("growth of ")), None)
            if grown is not None:
                cand.metric, cand.metric_confidence = grown.metric[len("growth of "):], 0.55  # its own rule
        added.append(cand)

    for m, share, qual in outs:
        if share is not None:
            add(share, "%", qualifier_before(text[max(0, m.start() - 60):m.start()]) or qual, m.start(), m.end(),
                "a fraction in digits")
    for m in _finditer(_CURRENCY_GLUED, "glued", text, text):
        if _covered(found, found_starts, m.start(), m.end()):
            continue
        value = float(m.group("num").replace(",", ""))
        if m.group("cur") == "HK$":
            continue  # (Hong Kong dollars: a currency the units table lacks, not US$)
        money = "US$" if "$" in m.group("cur") or m.group("cur") == "USD" else "yuan"
        scale = _SCALE_OF.get((m.group("scale") or "").lower(), "") or \
            {"m": "million", "k": "thousand"}.get((m.group("abbr") or "").lower(), "")  # "RMB412m", "US$35k"
        unit = f"{scale} {money}".strip() if scale else money
        if unit not in UNITS:
            continue
        s_start, _ = sentence(m.start())
        qualifier = qualifier_before(text[max(s_start, m.start() - 60):m.start()]) or "exact"
        if names_a_loss(text[max(s_start, m.start() - 64):m.start()]):
            value = -value  # "a net loss of RMB412m"
        add(value, unit, qualifier, m.start(), m.end())
    superseded: set[int] = set()  # (bare numbers read as the last part of a price said whole)
    if "yuan" in lower and "yuan" in UNITS:
        said_before: tuple[int, bool] | None = None  # where the last price said so ended, and whether in hundreds
        passed_over = -1  # where the last pair read as no price ended ("runs six-thirty to nine-thirty": nor its end)
        for m in _finditer(_SPOKEN_PRICE_AT, "spoken_price", text, lower):  # "In August it was one-fifty."
            per_hundreds = _HUNDREDS_PER_AFTER.match(text, m.end()) is not None
            priced_per = _PER_MEASURE_AFTER.match(text, m.end()) is not None  # (a price per measure: price talk)
            per_short = _SHORT_SPAN_AFTER.match(text, m.end()) is not None and \
                _MONEY_WORD.search(lower, max(0, m.start() - 320), m.end() + 320) is not None
            gap = m.start() - said_before[0] if said_before is not None else -1
            follows = 0 <= gap and (gap < 160 or gap < 320
                                    and _EARLIER_TIME_BEFORE.search(lower, max(0, m.start() - 40), m.start())) \
                and not _CLOCK_WORD_BEFORE.search(lower, max(0, m.start() - 30), m.start())  # ("Last year it was
            # one-forty", "A year ago it was one-sixty"; not "It ends around eight-thirty", "runs six-thirty to …")
            inside = _read_in_part(text, found, found_starts, m.start(), m.end())  # ("it was sixteen fifty": "fifty" alone)
            if passed_over >= 0 and _PAIR_RANGE_JOIN.fullmatch(lower, passed_over, m.start()) or \
                    _ARTICLE_JUST_BEFORE.search(lower, max(0, m.start() - 4), m.start()) is not None or \
                    not inside and _covered(found, found_starts, m.start(), m.end()) or \
                    not _PER_WEIGHT_AFTER.match(text, m.end()) and \
                    _TIME_SAID_BEFORE.search(text, max(0, m.start() - 24), m.start()) and \
                    not (_STARTS_AT_BEFORE.search(text, max(0, m.start() - 24), m.start())
                         and not _CLOCK_MINUTES.search(m.group(0))
                         and _answers_money_question(text, m.start())) or \
                    _TIME_SAID_AFTER.match(text, m.end()) or \
                    not per_hundreds and not priced_per and not per_short and not follows and \
                    not (_HIGH_TENS_PRICE.fullmatch(m.group(0))
                         and _HUNDREDS_WORD.search(lower, max(0, m.start() - 300), m.end() + 300)
                         and not _NUMBERED_THING_BEFORE.search(lower, max(0, m.start() - 16), m.start())) and \
                    not (_range_said_below(lower, m.start(), round((parse_number(m.group(0)) or 0) * 100))
                         and not _HOW_MANY_ASKED.search(text, max(0, m.start() - 200), m.start())) and \
                    not _PRICE_TALK_BEFORE.search(lower, max(0, m.start() - 160), m.start()) and \
                    not (_answers_money_question(text, m.start()) and not _TENS_OR_TEENS.search(
                        text, text.rfind("\n", max(0, m.start() - 200), m.start()) + 1, m.start())) and \
                    not ((_PRICE_IS_BEFORE.search(lower, max(0, m.start() - 40), m.start())
                          and not _NOT_PRICE_SUBJECT.search(lower, max(0, m.start() - 40), m.start())
                          and not _NOW_AFTER.match(lower, m.end())
                          or _ASKED_BEFORE.search(lower, max(0, m.start() - 40), m.start()))
                         and _MONEY_WORD.search(lower, max(0, m.start() - 320), m.end() + 320)):
                passed_over = m.end()
                continue
            price = parse_number(m.group(0))
            if price is None:
                continue
            superseded.update(id(c) for c in inside)
            s_start, _ = sentence(m.start())
            note = _SPOKEN_PRICE_NOTE
            by_measure = priced_per or per_short or _PER_VOLUME_AFTER.match(text, m.end()) or \
                _UPPER_BY_WEIGHT_AFTER.match(text, m.end()) or \
                _GOODS_BY_WEIGHT_BEFORE.search(lower, max(0, m.start() - 40), m.start()) or \
                not _ONE_TO_NINE_START.match(lower, m.start()) or \
                _PER_UNIT_TALK_BEFORE.search(lower, max(0, m.start() - 160), m.start()) or \
                _WHOLE_YUAN_JUST_BEFORE.search(lower, max(0, m.start() - 24), m.start())
            if (per_hundreds or _HUNDREDS_SAID_BEFORE.search(text, max(s_start, m.start() - 80), m.start()) or
                    (said_before[1] if follows and said_before is not None and not priced_per else not by_measure)) and \
                    not (not per_hundreds and not priced_per
                         and _small_price_before(text, found, found_starts, m.start(), price)):
                price, note = round(price * 100), _SPOKEN_HUNDREDS_NOTE  # "three-fifty a day", "four hundred to
                # four-fifty", "a good screen is two-fifty, fitted": 350, 450, 250 yuan (not 3.50 yuan a jin, yuan
                # and cents, which only a price by weight or measure is)
            said_before = (m.end(), note == _SPOKEN_HUNDREDS_NOTE)
            range_below = _range_said_below(lower, m.start(), price) if note == _SPOKEN_HUNDREDS_NOTE else None
            if range_below is not None:
                # "that's three hundred, three-fifty", "I do it for two hundred, two-twenty": a range as spoken
                said_low, low_value = range_below
                at = bisect.bisect_left(found_starts, said_low.start("n"))
                low_found = found[at] if at < len(found) and found[at].printed_start == said_low.start("n") else None
                if low_found is not None:
                    low_found.value, low_found.unit, low_found.qualifier, low_found.note = low_value, "yuan", "range", note
                elif not _covered(found, found_starts, said_low.start("n"), said_low.end("n")):
                    add(low_value, "yuan", "range", said_low.start("n"), said_low.end("n"), note)
                add(price, "yuan", "range", m.start(), m.end(), note)
                continue
            add(price, "yuan", qualifier_before(text[max(s_start, m.start() - 60):m.start()])
                or ("over" if AND_UP_AFTER.match(text, m.end()) else "under" if TOPS_AFTER.match(text, m.end())
                    else "exact"), m.start(), m.end(), note)
    if "yuan" in lower and "yuan" in UNITS:
        for m in _SAID_AMOUNT.finditer(lower):  # "a box at thirty-nine", "the thick-cap, twenty-nine a box"
            if _covered(found, found_starts, m.start(), m.end()) or not (
                    _MEASURE_AT_BEFORE.search(text, max(0, m.start() - 30), m.start())
                    or _PER_MEASURE_AFTER.match(text, m.end())
                    and _PRICE_LIST_LEAD.search(text, max(0, m.start() - 12), m.start())
                    and not _PACKED_BEFORE.search(lower, sentence(m.start())[0], m.start())) or \
                    not _MONEY_WORD.search(lower, max(0, m.start() - 320), m.end() + 320):
                continue  # (in talk of yuan; not "We pack the eggs by hand, thirty a box")
            amount_said = parse_number(m.group(0))
            if amount_said is not None:
                s_start, _ = sentence(m.start())
                add(amount_said, "yuan", qualifier_before(text[max(s_start, m.start() - 60):m.start()]) or "exact",
                    m.start(), m.end(), _SAID_PRICE_NOTE)
    if "-" in text and "yuan" in UNITS:
        for m in _finditer(_DIGITS_SAID, "digits_said", text, lower):  # "A year's card is one-two-eight-oh."
            digits = "".join(str(NUMBER_WORDS.get(w, 0)) for w in m.group(0).lower().split("-"))  # ("oh": 0)
            if _covered(found, found_starts, m.start(), m.end()) or 1900 <= int(digits) < 2100 or \
                    _PHONE_GROUP_BEFORE.search(text, max(0, m.start() - 40), m.start()) or \
                    "yuan" not in lower and not _PRICE_TALK_BEFORE.search(lower, max(0, m.start() - 160), m.start()):
                continue  # (not "two-oh-two-five", a year; in a text of yuan or of prices)
            s_start, _ = sentence(m.start())
            add(float(digits), "yuan", qualifier_before(text[max(s_start, m.start() - 60):m.start()]) or "exact",
                m.start(), m.end(), _DIGITS_SAID_NOTE)
    for m in _RANK_NO.finditer(text):
        if not _covered(found, found_starts, m.start(), m.end()) and \
                not _SERIES_BEFORE.search(text, max(0, m.start() - 14), m.start()) and \
                not ((named := _RANK_NO_NAMED.search(text, max(0, m.start() - 30), m.start()))
                     and (not _RANK_NO_PLACE_AFTER.match(text, m.end())
                          or _RANK_NO_THING.match(named.group(0)) and not _RANK_SCOPE_AFTER.match(text, m.end()))
                     and not _RANK_WORD.search(text, max(0, m.start() - 30), m.start())) and \
                not (_RANK_NO_BRACKET.search(text, max(0, m.start() - 2), m.start())
                     and not _RANK_NO_LISTED_AFTER.match(text, m.end())) and \
                not (_OWNED_THING_AFTER.match(text, m.end())
                     and _OWNED_BEFORE.search(text, max(0, m.start() - 20), m.start())):  # ("Series No. 6")
            add(float(m.group(1)), "rank", "exact", m.start(), m.end())
    ranked = [c.printed_start for c in found if c.unit == "rank"] + [c.printed_start for c in added]
    ranked.sort()
    for m in _finditer(_ORDINAL, "ordinal", text, lower):
        if _covered(found, found_starts, m.start(), m.end()):
            continue
        s_start, _ = sentence(m.start())
        earlier_rank = bisect.bisect_left(ranked, m.start()) > bisect.bisect_left(ranked, s_start)
        elided = earlier_rank and (_RANK_WORD.search(text, s_start, m.start())
                                   or _UP_FROM_RANK.search(text, max(s_start, m.start() - 12), m.start())) and \
            _ELIDED_RANK_END.match(text, m.end())  # ("came fourth among ..., up from eleventh last year")
        finished = _CAME_BEFORE.search(text, max(0, m.start() - 16), m.start()) and _PLACE_AFTER.match(text, m.end())
        if m.group("only") or elided or finished:  # ("our girls came second out of 13 teams")
            add(float(_ORDINALS[folded_lower(m.group(1))]), "rank", "exact", m.start(), m.start() + len(m.group(1)))
    for m in _ending_at(_SCALED, ("scale_word", "thousand_word"), text, lower, 48):
        if _covered(found, found_starts, m.start(), m.end()) or _MONEY_BEFORE.search(text, max(0, m.start() - 5),
                                                                                     m.start()):
            continue  # an amount of money the scanner read (or left out as no figure)
        scaled = parse_number(m.group(1))
        if scaled is None:
            continue
        scale = m.group(2).lower()
        s_start, s_end = sentence(m.start())
        noun = _PLURAL_NOUN.match(text, m.end())
        people = _PEOPLE_WORDS.search(text, s_start, s_end) is not None and \
            (noun is None or _PEOPLE_WORDS.fullmatch(noun.group("noun")) is not None)  # ("3.1 million pairs")
        unit = f"{scale} people" if people and f"{scale} people" in UNITS else scale
        if unit not in UNITS:
            continue
        qualifier = qualifier_before(text[max(s_start, m.start() - 60):m.start()]) or "exact"
        add(scaled, unit, qualifier, m.start(), m.end())
    for m in _finditer(_TOP_N, "top", text, lower) if "top" in text else ():
        if not _covered(found, found_starts, m.start("n"), m.end("n")):
            add(float(small_number(m.group("n").split()[-1]) or 0), "rank", "under", m.start("n"), m.end("n"),
                "a rank no worse than")
    for m in _finditer(_SPELLED_COUNT, "spelled", text, lower):
        if not _covered(found, found_starts, m.start("n"), m.end("n")):
            add(float(small_number(m.group("n")) or 0), "count", "exact", m.start("n"), m.end("n"),
                "a count in words")
    for m in _DOZEN.finditer(text) if "ozen" in text else ():
        if not _covered(found, found_starts, m.start(), m.end()) and \
                not re.search(r"\bhalf\s+a\s+$|\bfew\s+$|(?:\d|yuan|dollars?)\s+$", text[max(0, m.start() - 8):m.start()],
                              re.I):  # (not "36 yuan a dozen": a price per twelve)
            s_start, _ = sentence(m.start())
            noun = _PLURAL_NOUN.match(text, m.end())
            people = noun is not None and _DOZEN_PEOPLE.fullmatch(noun.group("noun")) is not None
            add(12.0, "people" if people else "count",
                qualifier_before(text[max(s_start, m.start() - 40):m.start()]) or "approximately", m.start(), m.end(),
                "a dozen: about twelve")
    for m in _ONE_TO_N.finditer(text) if ":" in text else ():  # "a leverage ratio of 1:10.9": 10.9 times
        if not _covered(found, found_starts, m.start("n"), m.end("n")) and \
                _RATIO_OF_ONE.search(text, max(0, m.start() - 40), m.start()):
            add(float(m.group("n")), "times", "exact", m.start("n"), m.end("n"), "a ratio of one to this")
    for m in _ending_at(_BASIS_POINTS, "bp_word", text, text, 16) if "bp" in text else ():
        if not _covered(found, found_starts, m.start(), m.end()):
            value = float(m.group(1).replace(",", ""))
            s_start, _ = sentence(m.start())
            said = text[max(s_start, m.start() - 40):m.start()]  # ("fell 11bp q/q": fell, as names_a_loss reads it;
            # "spreads to tighten by another 10-20bp": a spread that narrows)
            tightened = _TIGHTEN.search(said) and not _POLICY_WORDS.search(text, s_start, min(len(text), m.end() + 60))
            add(-value if _falls(said) or names_a_loss(said) or tightened else value, _BP_UNIT,
                qualifier_before(text[max(s_start, m.start() - 60):m.start()])
                or ("approximately" if _BP_OR_SO.match(text, m.end()) else "exact"), m.start(), m.end(),
                "basis points")  # "spreads of 85bp", "above 300bp", "40bp or so"
    for m in _finditer(_HALVED, "halved", text, lower) if "alv" in text else ():
        if not _covered(found, found_starts, m.start(), m.end()):
            add(-50.0, "%", "exact", m.start(), m.end(), "a fall by half in words")  # "the city halved the fee"
    for m in _ending_at(_WORDS_MORE_THAN, "than_word", text, lower, 16) if " than" in text else ():
        if not _covered(found, found_starts, m.start("n"), m.end("n")):
            n = float(small_number(m.group("n")) or 0)
            add(-n if m.group("dir").lower() == "fewer" else n, "count", "exact", m.start("n"), m.end("n"),
                "a change in words")  # "14 routes, four more than at the start of the year"
    multiples = [(m.start(), m.end(), m.group(0)) for m in _finditer(_TWICE, "twice", text, lower)] + \
        [(m.start("w"), m.end("w"), m.group("w")) for m in _finditer(_MULTIPLY_AHEAD, "modal", text, lower)] \
        if any(w in text for w in ("wice", "oubl", "ripl", "rebl", "uadrupl")) else []
    for m_start, m_end, word in sorted(set(multiples)):  # (both patterns find "will double the")
        s_start, _ = sentence(m_start)
        if _covered(found, found_starts, m_start, m_end):
            continue
        hedge = qualifier_before(text[max(s_start, m_start - 40):m_start])
        add(_TIMES_WORD[folded_lower(word[:3])], "times", hedge if hedge in ("over", "approximately") else "exact",
            m_start, m_end,
            "a multiple in words")
    for c in found:
        odd = _ODD_SCALE.match(text, c.printed_end) if c.unit == "count" and c.note.startswith("no unit") else None
        if odd is not None:  # "up from fifty-something thousand", "twenty-odd thousand yuan": more than so many thousand
            c.value *= _ODD_SCALES[odd.group("scale").lower()]
            if odd.group("yuan") and "yuan" in UNITS:
                c.unit, c.note, c.confidence = "yuan", "", 0.8
            c.printed_end, c.qualifier = odd.end(), "over"
            c.as_printed = text[c.printed_start:c.printed_end]
            continue
        odd = _ODD_AFTER.match(text, c.printed_end)
        odd_end = len(odd.group(0)) if odd is not None else 0
        if odd_end and c.unit == "count":  # "Forty-odd workers", "900-odd yuan", "forty-something workers", "forty-some
            c.printed_end += odd_end  # stalls": more than that (the labelled sets say "over" four times in five)
            yuan = _ODD_YUAN.match(text, c.printed_end) if c.note.startswith("no unit") and "yuan" in UNITS else None
            if yuan is not None:
                c.printed_end, c.unit, c.note, c.confidence = yuan.end(), "yuan", "", 0.8
            c.as_printed, c.qualifier = text[c.printed_start:c.printed_end], "over"
        bp = _BP_AFTER.match(text, c.printed_end) if c.unit == "count" and c.note.startswith("no unit") else None
        if bp is not None:  # "dropped by an average of 41 basis points", "20 basis points below the LPR"
            c.printed_end = bp.end()
            c.as_printed, c.note, c.confidence = text[c.printed_start:c.printed_end], "basis points", 0.6
            c.unit = _BP_UNIT
            if c.qualifier == "exact" and _BP_OR_SO.match(text, c.printed_end):
                c.qualifier = "approximately"  # "pay only 40 basis points or so more than AA+ names"
            continue
        if c.unit == "count" and c.note.startswith("no unit"):
            noun = _PLURAL_NOUN.match(text, c.printed_end)
            if noun and noun.group("noun") in _DAYS_COUNTED and noun.group("noun") in UNITS:
                c.unit, c.note, c.confidence = noun.group("noun"), "", 0.6  # "271 good-air days", "forty heavily
                # polluted days a year": days (as "271 days"), of a kind
            elif noun and _FAMILY_WITH.search(text, max(0, c.printed_start - 30), c.printed_start):
                pass  # ("families with three children": a kind of household, no count)
            elif noun:  # an open notion of "number + noun": 120 stores, 25 cities
                c.note, c.confidence = f"a count of {noun.group('noun')}", 0.6
                if not c.metric or c.metric_confidence < 0.5:
                    c.metric, c.metric_confidence = noun.group("noun"), 0.5
        if c.unit == "count" and c.note.startswith("no unit") and not float(c.value).is_integer() and \
                _RATIO_WORD.search(text, c.start, c.end):
            c.unit, c.note, c.confidence = "times", "a ratio", 0.6  # "the ratio ... narrowed to 1.61": no count
            c.metric, c.metric_confidence = "ratio", 0.45
        if c.unit == "count" and c.note.startswith("no unit") and _POPULATION_CHANGE.match(text, c.printed_end) and \
                _PEOPLE_WORDS.search(text, c.start, c.end):
            c.unit, c.note = "people", "people: the sentence counts a population"  # "9.14 million, 52,000 fewer"
        noun = _PLURAL_NOUN.match(text, c.printed_end) if c.unit in ("thousand", "million", "billion") else None
        if noun is None and c.unit in ("thousand", "million", "billion") and f"{c.unit} yuan" in UNITS and \
                "yuan" in text and _PHRASE_ENDS.match(text, c.printed_end) and \
                _paid_for(text, max(c.start, c.printed_start - 60), c.printed_start):
            c.unit, c.note, c.confidence = f"{c.unit} yuan", _PAID_FOR_NOTE, 0.5  # ("A new one costs about four
            continue  # million", "I bought it in 2019, second-hand, one point eight million": not people)
        if c.unit in ("thousand", "million", "billion") and _PEOPLE_WORDS.search(text, c.start, c.end) and \
                (noun is None or _PEOPLE_WORDS.fullmatch(noun.group("noun")) is not None) and \
                f"{c.unit} people" in UNITS:
            c.unit = f"{c.unit} people"
    added = [c for c in added if not _not_a_figure(text, c)]
    if superseded:
        found = [c for c in found if id(c) not in superseded]
    _ranges(text, sorted([*found, *added], key=lambda c: c.printed_start) if added else found)
    for c in found:  # ("over five jin, seven and a half a jin": no range but a price per jin, its unit for the rules
        if c.note == SPOKEN_END and _PER_MEASURE_AFTER.match(text, c.printed_end):  # and the model to give)
            c.note = SPOKEN_BARE
    _pair_kept_whole(text, found, SPOKEN_END)
    if any(c.note == SPOKEN_END for c in found):  # a number in words that no spoken range took: no figure
        found = [c for c in found if c.note != SPOKEN_END]
    air = "μg/m³" in UNITS and "microgram" in text and _AIR_WORDS.search(text) is not None
    for c in found if air else ():  # "PM2.5 ... 19 micrograms per cubic metre, down from 21 micrograms": micrograms
        micrograms = _MICROGRAMS_AFTER.match(text, c.printed_end) if c.unit == "count" and (
            _AIR_WORDS.search(text, max(0, c.printed_start - 400), c.printed_start)
            or _AIR_WORDS.search(text, c.start, c.end)) and not _DOSE_WORDS.search(
                text, max(c.start, c.printed_start - 60), min(c.end, c.printed_end + 40)) \
            else None  # alone, in a text on
        if micrograms is not None:  # the air, are the concentration it gives
            c.unit, c.note, c.confidence = "μg/m³", "micrograms of the air, per cubic metre (check)", 0.6
            c.printed_end = micrograms.end()
            c.as_printed = text[c.printed_start:c.printed_end]
            c.end = max(c.end, c.printed_end)
    foreign = any(not _YUAN_SUM.search(text, max(0, m.start() - 80), m.start()) for m in _OTHER_CURRENCY.finditer(
        text))  # (once per text: a currency but the yuan named anywhere, but as what yuan just said come to: "Forty-five
    # yuan. For a bed. ... That's, like, six US dollars")
    for c in found:  # "The utility installed 5 million meters in 2031": meters that measure, a count (not "metres")
        if c.unit in _METER_COUNTS and "meter" in c.as_printed.lower() and not _LENGTH_CUE_AFTER.match(text, c.printed_end) \
                and (_METER_DEVICE_BEFORE.search(text, max(0, c.printed_start - 40), c.printed_start)
                     or _METER_DEVICE_AFTER.match(text, c.printed_end)):
            c.unit, c.note = _METER_COUNTS[c.unit], "a count of meters (devices that measure)"
    yuan_named = _first_currency(text) < len(text)
    for c in found:  # "A full-timer gets about four and a half thousand": pay, in the currency the text names
        if c.unit == "thousand" and not foreign and yuan_named and "thousand yuan" in UNITS and \
                _NOUN_AFTER_SCALE.match(text, c.printed_end) is None and \
                _PAY_TAKEN_BEFORE.search(text, max(c.start, c.printed_start - 40), c.printed_start) is not None:
            c.unit, c.confidence, c.note = "thousand yuan", 0.5, _PAID_NOTE
    for k, c in enumerate(found):  # "Jan-Aug land sales came in at 9.2bn": money whose currency goes unsaid
        if c.unit in ("million", "billion", "trillion") and _SCALE_LAST.search(c.as_printed) and \
                _NOUN_AFTER_SCALE.match(text, c.printed_end) is None and \
                (_MONEY_WORDS.search(text, _clause_start(text, c), c.printed_start)
                 or _MONEY_OF_AFTER.match(text, c.printed_end) and not foreign
                 or _PART_OF_AFTER.match(text, c.printed_end) and _part_of_money(found, k, foreign)) and \
                not _PEOPLE_WORDS.search(text, c.start, c.end) and "$" not in text[c.start:c.end] and \
                not _THINGS_COUNTED.search(text, c.start, c.end) and f"{c.unit} yuan" in UNITS:
            pair = [c] + [o for o in (found[k - 1] if k else None,) if o is not None and o.qualifier == c.qualifier ==
                          "range" and o.unit == c.unit]  # ("13-15bn": both ends)
            money = f"{c.unit} yuan"
            if k and found[k - 1].unit.endswith("US$") and _PART_OF_AFTER.match(text, c.printed_end):
                money = f"{c.unit} US$" if f"{c.unit} US$" in UNITS else c.unit  # ("45 million dollars, and 10
                # million of that went to Russia": the amount before's currency)
            for one in pair:
                one.unit, one.confidence = money, 0.5
                one.note = ("US$: a part of the amount in dollars before it (check)" if money.endswith("US$") else
                            "yuan: the sentence is about money and names no currency (check)")
    by_start = sorted(found, key=lambda c: c.printed_start)  # (neighbours by place: linear in the figures)
    for k, c in enumerate(by_start):  # "six yuan fifty", "seven yuan ninety-two": yuan and its cents, one figure
        if c.unit == "yuan" and c.as_printed.lower().endswith("yuan"):
            cents = _YUAN_CENTS_AFTER.match(text, c.printed_end)
            spoken = yuan_cents(cents.group("cents")) if cents is not None else None
            if cents is not None and spoken is not None and c.value == int(c.value) and c.value >= 0:
                c.value += spoken
                c.printed_end = cents.end("cents")
                c.as_printed = text[c.printed_start:c.printed_end]
                c.end = max(c.end, c.printed_end)
                # (the cents are no figure of their own: "one yuan eighty to two yuan" read "eighty" as a range's end)
                j = k + 1
                while j < len(by_start) and by_start[j].printed_start < c.printed_end:
                    o = by_start[j]
                    o.kind = "cents"
                    after = by_start[j + 1] if j + 1 < len(by_start) else None
                    if o.qualifier == "range" and after is not None and after.qualifier == "range" and \
                            0 <= after.printed_start - o.printed_end <= 6:
                        after.qualifier = "exact"
                    j += 1
    if any(c.kind == "cents" for c in found):
        found = [c for c in found if c.kind != "cents"]
    for c in found:  # "Drones sprayed pesticide over 9.2 million mu": "over" a place, no bound
        if c.qualifier in ("over", "expected_over") and \
                _SPREAD_OVER.search(text, max(c.start, c.printed_start - 60), c.printed_start):
            c.qualifier = "exact" if c.qualifier == "over" else "forecast"
    unsaid = _YUAN_WORD.search(text) is None  # (a text that names no currency, on a Chinese place: a podcast on a
    # county's park that never says "yuan" means it by "makes 6,500 to 7,000 a month"; not "We paid 9,000 a month for
    # it." alone, nor "In Kerry county, dairy farmers earn about 30,000 a year")
    yuan_land = not unsaid or not foreign and _names_a_chinese_place(text)
    talk = _transcript(text) and not foreign  # (once: the rules of talk below and the bare-number models use it)
    if yuan_land:
        currency_at = _first_currency(text)
        for i, c in enumerate(found):
            if c.unit != "count" or not c.note.startswith("no unit"):
                continue
            upper_end = found[i + 1] if i + 1 < len(found) and found[i + 1].unit in (c.unit, "yuan") and (
                _RANGE_TO_AFTER.fullmatch(text, c.printed_end, found[i + 1].printed_end)
                or _spoken_pair(text, c, found[i + 1])) else None
            lower_end = found[i - 1] if i > 0 and found[i - 1].unit in (c.unit, "yuan") and (
                _RANGE_TO_AFTER.fullmatch(text, found[i - 1].printed_end, c.printed_end)
                or _spoken_pair(text, found[i - 1], c)) else None
            earned = _EARN_BEFORE.search(text, max(c.start, c.printed_start - 40), c.printed_start) or \
                lower_end is not None and _EARN_BEFORE.search(text, max(lower_end.start, lower_end.printed_start - 40),
                                                              lower_end.printed_start)
            per_time = _PER_TIME_AFTER.match(text, c.printed_end) or \
                upper_end is not None and _PER_TIME_AFTER.match(text, upper_end.printed_end)  # (both ends of a range)
            if earned and unsaid and _MAKES.search(earned.group(0)) and not _PERSON_MAKES.search(
                    text, max(c.start, earned.start() - 30), earned.start() + 6):
                earned = None  # (a text with no currency: "A forklift driver makes 6,500 a month", not "The county's
                # mask workshop makes 30,000 a day")
            if earned and _KEEP.search(earned.group(0)) and not (
                    c.value >= 500 and per_time and "month" in per_time.group(0).lower()):
                earned = None  # ("I keep 8,000 in a good month"; not "we keep 30 to 40 a year for breeding")
            low = lower_end if lower_end is not None else c  # (a range's ends: the words before the low one, the
            high = upper_end if upper_end is not None else c  # measure after the high one: "is twelve, thirteen a jin")
            per_measure = _PER_MEASURE_AFTER.match(text, high.printed_end)
            per_unit = per_measure or _PER_UNIT_AFTER.match(text, high.printed_end)
            paid = _PAID_BEFORE.search(text, max(low.start, low.printed_start - 24), low.printed_start)
            if paid is not None and paid.group(0).rstrip().lower().endswith("charging") and \
                    _POWER_CHARGED.search(text, max(0, low.printed_start - 200), low.printed_start):
                paid = None  # ("Our charging depot opened in 2034. On a busy night we were charging sixty": vehicles)
            if paid is not None and _TAKE_LOSE.search(paid.group(0)) and _TO_PLACE.match(text, high.printed_end):
                paid = None  # ("They took 3,000 to the Sunday livestock market", "took 600 to hospital")
            if paid is not None and _TAKE_LOSE.search(paid.group(0)) and not _MONEY_TALK.search(
                    text, max(0, low.printed_start - 160), min(len(text), high.printed_end + 100)) and not (
                    _TAKINGS_WHEN.match(text, high.printed_end)
                    or paid.group(0).rstrip().lower().endswith("lost") and _LOST_ON.match(text, c.printed_end)):
                paid = None  # ("we take six, seven thousand" after "What does that mean in money?"; not "We lost 300
                # in the snowstorm, mostly ewes", "They took 3,000 to the livestock market")
            if c.unit == "count" and c.note.startswith("no unit") and "yuan" in UNITS and \
                    not bare_amounts.SOLD_BEFORE.search(text, max(c.start, c.printed_start - 30), c.printed_start) and (
                    earned and (per_time or per_unit) or per_measure
                    and _PRICE_BEFORE.search(text, max(low.start, low.printed_start - 24), low.printed_start)
                    or PER_PRICE_UNIT_AFTER.match(text, high.printed_end) and (
                        c.note.startswith(SPOKEN_BARE) and (
                            _PRICE_TALK.search(text, max(0, low.printed_start - 160), low.printed_start)
                            or _OPENS_SENTENCE.search(text, max(0, low.printed_start - 40), low.printed_start))
                        or _PRICE_IS_BEFORE.search(text, max(low.start, low.printed_start - 24), low.printed_start))
                    # ("Normally a double room is 280 a night", "Sixty a head for the hour on the water")
                    or _n_for(text, low) and _BARE_END.match(text, high.printed_end)  # ("Pork belly, three for
                    # ten.": a price of three)
                    or paid and _PAID_END.match(text, c.printed_end) and (
                        c.value >= 100 or c.value >= 5 and _SOLD_FOR.search(paid.group(0))
                        and not _IN_A_ROW.match(text, c.printed_end))
                    or _MONEY_OFF_AFTER.match(text, c.printed_end) and c.value >= 10 and currency_at < c.printed_start
                    # ("you get another eight thousand off": money off a price, in the text's currency)
                    or _PAY_IS_BEFORE.search(text, max(c.start, c.printed_start - 48), c.printed_start)
                    and c.value >= 100  # ("My take-home pay is about four thousand two", "the rent was 1,900")
                    or c.value >= 100 and (per_time or per_unit) and _said_before_in_yuan(found, i)
                    and _PRICE_BEFORE.search(text, max(low.start, low.printed_start - 24), low.printed_start)  # ("my rent is
                    # 2,400 a quarter. ... A meat stall is 2,400 a quarter, yes": the same amount said again)
                    or (per_time and not _TIME_AGO_AFTER.match(text, c.printed_end) or per_measure)
                    and _MONEY_CLAUSE.search(text, max(c.start, c.printed_start - 60), c.printed_start)
                    or per_unit and _MONEY_SUBJECT_BEFORE.search(text, max(c.start, c.printed_start - 40), c.printed_start)
                    or _MEASURE_AT_BEFORE.search(text, max(low.start, low.printed_start - 30), low.printed_start)
                    or c.value >= 100 and _EACH_END.match(text, high.printed_end) is not None
                    and _PRICE_IS_BEFORE.search(text, max(c.start, (first := _range_start(found, i)) - 24), first)
                    and not _HEADS_COUNTED.search(text, c.start, c.printed_start)
                    # ("the good ones are two to three thousand each": a price a piece)
                    or per_measure and _PRICE_LIST_LEAD.search(text, max(low.start, low.printed_start - 12),
                                                              low.printed_start)
                    and not _PACKED_BEFORE.search(lower, low.start, low.printed_start)
                    and _MONEY_WORD.search(lower, max(0, low.printed_start - 320), high.printed_end + 320)):
                # ("The combine hire is sixty a mu", "Rent's six hundred a mu": money per mu, by the words before)
                c.unit, c.note, c.confidence = "yuan", _PAY_NOTE + ", the currency unsaid (check)", 0.5
                # "They earn 8,000 a month", "pork is 13.5 a jin"
                if paid is not None and paid.group(0).rstrip().lower().endswith("lost") and c.value > 0:
                    c.value = -c.value  # "I lost about 80,000 in that time": a loss
        for c in found if talk else ():  # an answer's bare amount, first in its sentence, to a question about
            # money: "Reporter: And the rent?\nYu: Eight thousand a month.", "What did all that cost?\nGao: ..., about
            # one point two million." (in millions of yuan)
            bare = c.unit == "count" and c.note.startswith("no unit") and c.value > 0 and \
                not _COUNTED_AFTER_AMOUNT.match(text, c.printed_end)
            scaled = c.unit in ("thousand", "million", "billion") and f"{c.unit} yuan" in UNITS and \
                _PHRASE_ENDS.match(text, c.printed_end) is not None
            if (bare or scaled) and _answers_money_question(text, c.printed_start):
                c.unit = f"{c.unit} yuan" if scaled else "yuan"
                c.note, c.confidence = "yuan: the answer to a question about money, the currency unsaid (check)", 0.5
        for c in found if talk else ():  # a bare amount in a clause about money, in
            # talk: "It cost me 380,000 new", "a loan of
            clause = _MONEY_NOUN_CLAUSE.search(text, max(c.start, c.printed_start - 60), c.printed_start) \
                if c.unit == "count" and c.note.startswith("no unit") and c.value >= 100 else None
            if clause is None or _COUNTED_AFTER_AMOUNT.match(text, c.printed_end) or _in_a_row_of_numbers(text, c) or \
                    _LABEL_NUMBER_BEFORE.search(clause.group(0)) or _LABEL_DIGITS.fullmatch(c.as_printed):
                continue  # 250,000 from the rural credit cooperative", "monthly costs are between 19,000 and 22,000"
                # (not in written copy: "2,140 households received rent subsidies")
            c.unit, c.note, c.confidence = "yuan", "yuan: a bare amount in a clause about money, the currency " \
                "unsaid (check)", 0.5
            if _LOSS_WORD_BEFORE.search(text, max(c.start, c.printed_start - 30), c.printed_start) and c.value > 0:
                c.value = -c.value  # ("by December we had lost about 86,000")
    for low_end, c in zip(found, found[1:]):  # "The rent is seven or eight hundred a month": the lower end in hundreds
        if low_end.unit in ("hundred", "thousand") and c.unit == "yuan" and low_end.qualifier == c.qualifier == "range" \
                and f"{low_end.unit} yuan" in UNITS and c.printed_start - low_end.printed_end <= 8:
            low_end.unit = f"{low_end.unit} yuan"  # (of the yuan its upper end came to be in)
            if c.value < 0 < low_end.value:
                low_end.value = -low_end.value
    _changed_from(text, found)
    if "yuan" in text and "yuan" in UNITS:  # "the plain one is six yuan. With an egg it's seven.": a price again
        found_starts = [c.printed_start for c in found]  # (anew: the spoken ends and cents above left ``found``)
        for m in _finditer(_PRICE_AGAIN, "price_again", text, lower):
            i = bisect.bisect_left(found_starts, m.start("n"))
            said_again = found[i] if i < len(found) and found[i].printed_start == m.start("n") and \
                found[i].note in (SPOKEN_BARE, CLAUSE_END) else None  # (the scanner's reading, which only an amount
            # before carries)
            if said_again is None and _covered(found, found_starts, m.start("n"), m.end("n")):
                continue
            k = bisect.bisect_left(found_starts, m.start()) - 1
            value = float(small_number(m.group("n").split("-")[0]) or 0) + \
                (float(small_number(m.group("n").split("-")[1]) or 0) if "-" in m.group("n") else 0.0)
            while k >= 0 and found[k].unit != "yuan" and m.start() - found[k].printed_end <= _PRICE_REACH:
                k -= 1  # (the price before, past a count: "six yuan. Two eggs and a sausage, that's ten.")
            last = found[k] if k >= 0 else None
            s_start, _ = sentence(m.start())
            if last is not None and last.unit == "yuan" and last.value > 0 and value > 0 and \
                    m.start() - last.printed_end <= _PRICE_REACH and "\n\n" not in text[last.printed_end:m.start()] \
                    and 0.2 <= value / last.value <= 5 and _PRICE_VARIANT.search(text, s_start, m.start()):
                # ("With an egg it's seven", "Two eggs and a sausage, that's ten", "Last year the plain one was
                # five"; not "What time do you close? It's eleven")
                add(value, "yuan", qualifier_before(text[max(0, m.start("n") - 30):m.start("n")]) or "exact",
                    m.start("n"), m.end("n"), "yuan: a price said again in words after one in yuan (check)")
                if said_again is not None:
                    said_again.note = _SAID_AGAIN  # this rule's reading stands for it: dropped with the bare ones
    sections = _target_sections(text)  # (once: the lists and the section years both use them)
    lists = _target_lists(text, sections)
    cued: dict[tuple[int, int], bool] = {}  # per sentence: whether it holds a word a forecast or target needs
    for c in [*found, *added]:
        key = (c.start, c.end)
        if key not in cued:
            cued[key] = _CUE.search(text[c.start:c.end].lower()) is not None or \
                _ESTIMATE_MARK.search(text, c.start, c.end) is not None
        _qualify(text, c, lists, cued[key])
    if added:
        found = sorted([*found, *added], key=lambda c: c.printed_start)
        width = max(2, len(str(len(found))))
        prefix = found[0].id.rsplit("-", 1)[0] if found[0].id else (found[0].source_id or "C")
        for n, cand in enumerate(found, 1):
            cand.id = f"{prefix}-{n:0{width}d}"
    _lower_respectively(text, found)
    for a, b in zip(found, found[1:]):  # "to decline by a further 2-4%", "cut by 5 to 8 percent", "drop another
        # three or four percent": both ends fell
        if a.qualifier == b.qualifier == "range" and a.value < 0 < b.value and a.unit == b.unit and \
                text[a.printed_end:b.printed_start].strip() in ("-", "–", "—", "to", "or") and \
                text[a.printed_start:a.printed_start + 1] not in ("-", "−") and \
                not _MINUS_SAID.search(text, max(0, a.printed_start - 8), a.printed_start):  # ("from minus 30 ...
            # to 50": the lower end alone is below zero)
            b.value = -b.value
        if a.qualifier == b.qualifier == "range" and b.value < 0 < a.value and a.unit == b.unit and \
                (_LOWER_THAN_BEFORE_AFTER.match(text, b.printed_end)
                 or b.unit in ("%", "percentage points") and _LOWER_THAN_AFTER.match(text, b.printed_end)):
            a.value = -a.value  # "1,300 to 1,500 fewer than a year earlier", "15-20 percent lower than by road"
        if a.qualifier == "forecast" and b.qualifier == "exact" and a.unit == b.unit and \
                (_FROM_BRACKET.fullmatch(text, a.printed_end, b.printed_start)
                 or _FROM_PLAIN.fullmatch(text, a.printed_end, b.printed_start)
                 and _REVISION.search(text, a.start, a.printed_start)):
            b.qualifier = "forecast"  # "our TP to RMB38.50 (from RMB34.00)", "our forecast to 6.8% from 6.3%"
        if a.qualifier == "under" and b.qualifier == "exact" and a.unit == b.unit and \
                _FROM_PLAIN.fullmatch(text, a.printed_end, b.printed_start) and \
                _CAP_CLAUSE.search(text, max(a.start, a.printed_start - 70), a.printed_start):
            b.qualifier = "under"  # "the loan ceiling rises to 600,000 yuan from 450,000 yuan": the old cap
        if a.qualifier == "under" and b.qualifier == "exact" and a.unit == b.unit and \
                _UP_FROM_GAP.fullmatch(text, a.printed_end, b.printed_start) and \
                _CAP_WORDS_BEFORE.search(text, max(a.start, a.printed_start - 20), a.printed_start):
            b.qualifier = "under"  # "may withdraw up to 15,000 yuan a year, up from 12,000 yuan": the old cap
        if a.qualifier in ("over", "under", "expected_over") and b.qualifier == "exact" and \
                _OR_GAP.fullmatch(text, a.printed_end, b.printed_start):
            b.qualifier = a.qualifier  # "at least 5 breeding cows or 30 breeding ewes": the bound of both
        if a.qualifier == "under" and b.qualifier == "exact" and a.unit == b.unit and a.end == b.end and \
                _AND_GAP.fullmatch(text, a.printed_end, b.printed_start) and \
                not _AND_ITEM_CLAUSE.match(text, b.printed_end):
            b.qualifier = a.qualifier  # "capped at 40 yuan in Zone A, 30 yuan in Zone B": the cap of each
        if b.qualifier == "exact" and _currency_of(a.unit) and _currency_of(b.unit) and \
                _currency_of(a.unit) != _currency_of(b.unit) and \
                _CONVERSION_OPEN.fullmatch(text, a.printed_end, b.printed_start) and \
                text[b.printed_end:b.printed_end + 1] == ")":
            b.qualifier = "approximately"  # "198.6 billion yuan ($27.6 billion)": a conversion is rounded
        if a.value < 0 < b.value and a.unit == b.unit and a.qualifier != "range" and a.end == b.end and \
                _AND_THE_SAME_FALL.fullmatch(text, a.printed_end, b.printed_start) and \
                names_a_loss(text[max(a.start, a.printed_start - 30):a.printed_start]) and \
                not _MINUS_SAID.search(text, max(0, a.printed_start - 8), a.printed_start):
            b.value = -b.value  # "down 3.2% on the quarter and 6.8% on the year": both fell
        if a.value < 0 < b.value and a.unit == b.unit == "%" and a.qualifier != "range" and \
                (_AND_NOUN_BY.fullmatch(text, a.printed_end, b.printed_start)
                 or _AND_NOUN_ONLY.fullmatch(text, a.printed_end, b.printed_start)
                 and _FELL_JUST_BEFORE.search(text, max(a.start, a.printed_start - 20), a.printed_start)
                 and re.match(r"[^\S\n]*[.;]", text[b.printed_end:b.printed_end + 3])) and \
                not a.as_printed.startswith(("-", "−")) and text[a.printed_start - 1:a.printed_start] not in ("-", "−") \
                and not _MINUS_SAID.search(text, max(0, a.printed_start - 8), a.printed_start):
            b.value = -b.value  # "fresh vegetables dropped by 9.6% and fresh fruit by 4.2%": the verb said once
        if a.value < 0 < b.value and b.unit == "%" and a.unit != "%" and a.qualifier != "range" and \
                _OR_RESTATED.fullmatch(text, a.printed_end, b.printed_start) and \
                (names_a_loss(text[max(a.start, a.printed_start - 30):a.printed_start])
                 or _falls(text[max(a.start, a.printed_start - 40):a.printed_start]) is not None) and \
                not _MINUS_SAID.search(text, max(0, a.printed_start - 8), a.printed_start):
            b.value = -b.value  # "a decrease of 74,700 people, or 3.02 percent": the fall said as a share
    _periods(text, found, published, typed)
    _section_years(text, found, sections)
    rows = _table_units(text, found)  # after the periods of prose: a table's year column or title overrides them
    _listed_units(text, found)
    found = _bracketed_units(text, found)
    found = _stated_units(text, found)
    found = [c for c in found if c.unit != UNIT_COLUMN]  # ("10,000" in a column of units: a scale, no figure)
    _part_of_total(text, found)
    _carried_units(text, found)
    if any(c.note == _SCALE_PAIR_NOTE for c in found):
        found = _scale_pair_units(found)
    for c in found:  # "In winter it's minus 12 at night": a temperature said without its degrees
        if c.unit == "count" and c.note.startswith("no unit") and 0 < abs(c.value) <= 60 and \
                not _NOT_DEGREES_AFTER.match(text, c.printed_end) and \
                text.endswith("minus ", 0, c.printed_start) and not text.endswith("plus or minus ", 0, c.printed_start) \
                and (_HEAT_WORDS.search(text, c.start, c.end) if c.value < 0 else
                     _COLD_WORDS.search(text, max(0, c.start - 120), c.printed_start - 6) is not None
                     or _OUT_THERE_AFTER.match(text, c.printed_end) is not None) \
                and "°C" in UNITS:  # (in words, only after words of the cold in or just before its sentence, "Yes, it's
            # cold. Phone says minus sixteen", or the weather outside after it; in digits, as before, in any sentence
            # of heat words, which "minus" is one of: the labelled sets accept every "minus 12" so far)
            c.unit, c.note = "°C", "a temperature said without its degrees (check)"
            c.value = -abs(c.value)  # ("minus sixteen" in words: the word before the number is its sign)
    for c in found:  # "capped at forty thousand", "Three hundred and something": a round number in words, a count as a
        if c.note.startswith(SPOKEN_BARE) and not c.note.startswith(_SAID_AGAIN) and \
                (not c.note.startswith(_SPOKEN_PAIR) or c.value >= 100) and \
                (c.value >= 100 or _PER_MEASURE_AFTER.match(text, c.printed_end)) and \
                c.unit == "count" and \
                not _SPOKEN_NAME.fullmatch(c.as_printed) and text[c.printed_end:c.printed_end + 1] != "-" and \
                not _EPISODE_BEFORE.search(text, max(0, c.printed_start - 20), c.printed_start):
            c.note = "no unit in the text: check" + c.note[len(SPOKEN_BARE):]  # (as a bare number in digits is;
            # not "Ten Thousand Villages", a name; "a hundred-and-twenty-square-metre flat", a size; "episode one
            # hundred and twelve"; any number in words before "a jin", "a bowl": a price per measure, for the model)
    _elliptical_counts(text, found)
    _fewer_and_shares_said_again(text, found)
    for c in found:  # "They wrote down 22 hours of labour": hours written on a bill, no fall (a write-down of loans
        if c.unit in ("hours", "days") and c.value < 0 and \
                _WROTE_DOWN_BEFORE.search(text, max(0, c.printed_start - 16), c.printed_start):  # in percent is one)
            c.value = -c.value
    if yuan_land and not foreign and "yuan" in UNITS:  # what the rules left with no unit (in words too, before those
        # are dropped below): money, as a model reads the words around it
        dropped = bare_amounts.judge(text, [c for c in found if not c.note.startswith(_SAID_AGAIN)],  # (not one a
                                     bare_amounts.text_flags(not unsaid, talk))  # price said again stands for)
        if dropped:  # (a time code, an episode, a hotline: no figure, as the second model reads them)
            found = [c for c in found if id(c) not in dropped]
        _changed_from(text, found)  # ("A hundred and fifty a day, up from a hundred and twenty": after money the
        # model read)
        _scale_ends_in_yuan(found)
        if talk:
            _thousands_said_bare(text, found)
            _hundreds_said_first(text, found)
    if talk:
        _counts_said_again(text, found)
    for c in found:  # "Last year the failure rate was eleven point six": a rate said in words with no unit, in percent
        # (not "the mortality rate was 1.82" in digits: per thousand, as a bulletin gives it)
        if (c.note.startswith(("no unit", SPOKEN_BARE)) or bare_amounts.judged_money(c)) and 0 < c.value <= 100 and \
                c.as_printed[:1].isalpha() and \
                "%" in UNITS and _RATE_WAS_BEFORE.search(text, max(c.start, c.printed_start - 40), c.printed_start):
            c.unit, c.note = "%", "a rate said with no unit: in percent (check)"
        elif bare_amounts.judged_money(c) and c.value > 0 and _CHEAPER_AFTER.match(text, c.printed_end):
            c.value = -c.value  # "The one across town was 1,000 cheaper": so much less, the model's money
        elif c.unit == "count" and c.note.startswith(("no unit", SPOKEN_BARE)) and "yuan" in UNITS and (
                _FINED_BEFORE.search(text, max(c.start, c.printed_start - 30), c.printed_start)
                and not text.startswith(" of ", c.printed_end)  # (not "fined two of them": how many were fined)
                or _A_BEFORE.search(text, max(c.start, c.printed_start - 3), c.printed_start)
                and PAID_NOUN_AFTER.match(text, c.printed_end)):
            c.unit, c.note = "yuan", "yuan: what a fine, a refund or a deposit is paid in (check)"  # ("fined firms a hundred
            # and sixty-five thousand in all", "I paid a fifty deposit")
    _pair_kept_whole(text, found, SPOKEN_BARE)
    if any(c.note.startswith(SPOKEN_BARE) for c in found):  # a number in words whose unit nothing gave: no figure
        found = [c for c in found if not c.note.startswith(SPOKEN_BARE)]  # (nor a pair of them: "from eleven to
        # twelve" with no amount before)
    _headline_rounded(text, found)
    _plan_sections(text, found)
    _opening_words(text, found)
    _cities(text, found)
    _province_as_a_whole(text, found)
    _place_entities(found)
    _own_rows(rows)
    for c in found:  # a number first read as a count, then as money or a measure (the bare-number model, a unit
        # carried from the amount before): the metric "count" guessed for the count is no metric of it
        if (c.metric == "count" or " " in c.as_printed and c.metric == c.as_printed.split(" ", 1)[1]) and \
                c.unit in UNITS and UNITS[c.unit].base not in ("count", "people"):
            c.metric, c.metric_confidence = "", 0.0  # (nor the number's own words taken for the noun it counts: "and
            # a half" of "eight and a half", a price per jin)
    _metric_ids(text, found)
    mark_restatements(found)
    return found


_CHEAPER_AFTER = re.compile(r"[^\S\n]+cheaper\b", re.I)
_FINED_BEFORE = re.compile(r"\b(?:fined|refunded|repaid|reimbursed)(?:[^\S\n]+(?!(?:for|in|on|at|by|over)\b)[a-z]+){0,2}"
                           r"[^\S\n]+$", re.I)  # ("fined firms a hundred and twenty thousand", "he refunded six hundred")
_A_BEFORE = re.compile(r"\ba[^\S\n]+$", re.I)
_RATE_WAS_BEFORE = re.compile(r"\b(?:(?:failure|pass|qualification|occupancy|vacancy|unemployment|approval|completion|"
                              r"coverage|utili[sz]ation|participation|enrol(?:l)?ment|satisfaction|compliance|recycling|"
                              r"success|return|default|growth|urbani[sz]ation|employment|survival|literacy|vaccination|"
                              r"attendance|penetration|retention|interest|tax)\s+rate|market\s+share|proportion|"
                              r"percentage)\s+"
                              r"(?:was|is|were|stood\s+at|came\s+to|reached|hit)\s+(?:about\s+|around\s+|just\s+)?$",
                              re.I)  # (not "The hourly rate is thirty-five", "the flag-fall rate", "My share was forty":
# money; nor the parity rate, a mortality rate: yuan to the dollar, per thousand)
# A count said as so many fewer ("down from 468 the year before. So fifty-six fewer in a single year"): the fall; and a
# bare number opening a short sentence of now, right after a share in % ("I'd be ninety percent full. Now, maybe
# sixty."): a share again.
_SO_MANY_FEWER = re.compile(r"[^\S\n]+fewer\b(?![^\S\n]+than\b)", re.I)
_NOW_OPENS = re.compile(r"(?:^|[.!?][^\S\n]+)(?:now|these\s+days|today|nowadays),?[^\S\n]+(?:maybe|about|around|perhaps|"
                        r"probably|just|only)?[^\S\n]*$", re.I)
_SHARE_END = re.compile(r"[^\S\n]*[.!?]")


def _fewer_and_shares_said_again(text: str, found: list[Candidate]) -> None:
    last_share: Candidate | None = None
    for c in found:
        if c.unit == "%" and c.value > 0:
            last_share = c
            continue
        if c.unit != "count" or not c.note.startswith(("no unit", SPOKEN_BARE)) or c.value <= 0:
            continue
        if _SO_MANY_FEWER.match(text, c.printed_end):
            c.value, c.note = -c.value, "no unit in the text: check (so many fewer)"
        elif last_share is not None and 0 <= c.printed_start - last_share.printed_end <= 60 and \
                c.value <= 100 and _SHARE_END.match(text, c.printed_end) and \
                _NOW_OPENS.search(text, last_share.printed_end, c.printed_start):
            c.unit, c.note = "%", "a share said again, its unit the share's before it (check)"


# A section headed as the work, plans or tasks for a year ("IV. Work for 2035", "Plans for 2031", "Key tasks for
# next year"): what it says is planned, not done, where the year is later than every year the text's figures before
# the heading are of ("First, raise spot-check coverage to 80% or more", "Third, open 15 public billiard rooms").
_PLAN_HEADING = re.compile(r"^[^\S\n]*(?:(?:[IVX]+\.|\d+\.|\(\d+\))[^\S\n]*)?(?:(?:key|main)[^\S\n]+)?"
                           r"(?:work|plans?|tasks|priorities|arrangements)[^\S\n]+(?P<in>for|in)[^\S\n]+"
                           r"(?P<year>(?:19|20)\d\d)[^\S\n]*(?::[^\S\n]*)?$", re.I | re.M)
# (but a level of now the plan starts from stays: "will rise to 8 GW from 5.6 GW now")
_PLAN_BASE_AFTER = re.compile(r"[^\S\n]+(?:now|today|currently|at[^\S\n]+present)\b", re.I)
_PLAN_BASE_BEFORE = re.compile(r"\bfrom[^\S\n]+(?:about[^\S\n]+|around[^\S\n]+|some[^\S\n]+)?$", re.I)
# (and under "Work in YEAR", a sentence that says what was done: "The city opened 15 public halls in 2034")
_DONE_IN_SENTENCE = re.compile(r"\b(?:had|was|were|rose|grew|fell|reached|opened|added|built|took|went|increased|"
                               r"decreased|dropped|climbed|completed|achieved|recorded|[a-z]+ed\s+(?:by|to|from))\b", re.I)
# The next heading ends it: a numbered part in Roman numerals, a short line of words with no figure or full stop
# ("Contact"; not "1. Open 15 more public billiard rooms", an item of the plan), or a table's caption ("Table 1 Pawn
# loans made by type, 2034")
_SECTION_HEADING = re.compile(r"^[^\S\n]*(?:[IVX]+\.[^\S\n]+[A-Z][^.\n]{0,60}|[A-Z][A-Za-z ,'’-]{0,58}|"
                              r"Table[^\S\n]+\d{1,2}\b[^.\n]{0,80})$", re.M)  # (a table's caption: a part of its own)


def _plan_sections(text: str, found: list[Candidate]) -> None:
    """The figures of a section of work or plans for a later year are planned: exact ones a forecast, "or more" an
    expected floor (a cap, "below 20%", stays a cap)."""
    for heading in _PLAN_HEADING.finditer(text):
        year = heading.group("year")
        before = [c.period[:4] for c in found if c.printed_end <= heading.start() and c.period[:4].isdigit()]
        if not before or max(before) >= year:
            continue  # (the work done in a year the figures report: no plan)
        nxt = _SECTION_HEADING.search(text, heading.end())
        end = nxt.start() if nxt is not None else len(text)
        for c in found:
            if heading.end() <= c.printed_start < end and not _PLAN_BASE_AFTER.match(text, c.printed_end) and \
                    not _PLAN_BASE_BEFORE.search(text, max(0, c.printed_start - 24), c.printed_start) and not (
                    heading.group("in").lower() == "in" and _DONE_IN_SENTENCE.search(text, c.start, c.printed_start)):
                if c.qualifier in ("exact", "approximately"):
                    c.qualifier = "forecast"
                elif c.qualifier == "over":
                    c.qualifier = "expected_over"


# A count said again with its things left out (a held-out TV script: "Guo and her staff get through about forty
# customers; on a Saturday like this one, seventy or more."): a number with no unit that ends its clause, in a later
# clause of the same sentence than a count of things named, at most 90 characters on, and opens that clause, counts
# the same things (not money, whatever the talk around it).
_ELLIPSIS_END = re.compile(r"(?:[^\S\n]+or[^\S\n]+(?:more|so))?[^\S\n]*(?:[.;!]|,\s|$)")
_ELLIPSIS_GAP = re.compile(r"[^.?!\n\d]*[;,][^\S\n]*(?:(?:maybe|about|around|nearly|almost|perhaps|sometimes|and|but|"
                           r"now|then|often|(?:in|on|by|last|this|next)[^\S\n]+(?:January|February|March|April|May|June|"
                           r"July|August|September|October|November|December|spring|summer|autumn|fall|winter|"
                           r"[A-Z][a-z]+day|(?:the[^\S\n]+)?(?:week|month|year|weekend)s?),?)[^\S\n]+)*",
                           re.IGNORECASE)  # (the number opens its clause, or a time opens it: "41 cars, in February 53")
ELLIPSIS_NOTE = "{counted}: said again without its noun, after {prior} (check)"


def _paid_for(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] ends in a word of paying or costing whose object the amount at ``hi`` is
    (_PAID_FOR_BEFORE), with no other clause's verb or subject between."""
    paid = _PAID_FOR_BEFORE.search(text, lo, hi)
    return paid is not None and _PAID_CLAUSE_BREAK.search(text, paid.start() + len(paid.group(0).split()[0]), hi) is None


def _changed_from(text: str, found: list[Candidate]) -> None:
    """A number in words right after a figure with a unit, as what it changed from, takes that unit: "six days, down
    from nine", "sixty-one percent, down from sixty-eight"."""
    for prev, c in zip(found, found[1:]):
        if c.unit == "count" and c.start == prev.start and prev.unit not in ("count", "") and c.value > 0 and \
                _RIGHT_AFTER.fullmatch(text, prev.printed_end, c.printed_start) is not None and \
                _COUNTED_AFTER.match(text, c.printed_end) is None and not _DIGIT.search(c.as_printed):
            c.unit, c.note, c.confidence = prev.unit, f"{prev.unit}: the figure it changed from, in words (check)", 0.5


def _elliptical_counts(text: str, found: list[Candidate]) -> None:
    counted = sorted((c for c in found if c.unit in ("count", "people") and c.value > 0 and
                      c.note.startswith("a count of")), key=lambda c: c.printed_end)
    ends = [c.printed_end for c in counted]
    for c in found if counted else ():
        if not c.note.startswith("no unit") or c.unit != "count" or c.value <= 0:
            continue
        i = bisect.bisect_right(ends, c.printed_start) - 1
        if i < 0:
            continue
        prior = counted[i]
        if c.printed_start - prior.printed_end <= 90 and \
                _ELLIPSIS_GAP.fullmatch(text, prior.printed_end, c.printed_start) is not None and \
                _ELLIPSIS_END.match(text, c.printed_end) is not None:
            c.unit, c.confidence = prior.unit, min(prior.confidence, 0.7)
            c.note = ELLIPSIS_NOTE.format(counted=prior.note, prior=repr(prior.as_printed))


# A section of targets in prose: a heading line (no sentence end) naming targets, goals or plans ("Key targets
# for 2027", "Main goals next year"), or a paragraph whose lead sentence plans ("In 2031, the city will ...",
# "aims to", "strives to", "plans to", "is set to"): its sentences are targets until a heading or a sentence of
# results ends it.
_HEAD_LINE = re.compile(r"[^\S\n\r]*(?:(?:\d{1,2}|[IVX]{1,4})[.)][^\S\n\r]+)?[A-Z][^\n\r.!?;:]{0,80}")
_HEAD_TARGET = re.compile(r"\b(?<!\bthe )(?<!\bThe )(?:targets?|goals?|plans?|objectives?|tasks?|priorit(?:y|ies)|"
                          r"agenda)\b|\b(?:the|The)\s+(?-i:targets?|goals?|plans?|objectives?|tasks?|"
                          r"priorit(?:y|ies)|agenda)\b|\b(?:draft|proposed)\s+budgets?\b|"
                          r"\bbudgets?\s+(?:for|of)\s+(?:next\s+year|(?:19|20)\d\d)\b|\b(?:19|20)\d\d\s+budget\s+(?:plan|draft)\b|"
                          r"\b(?:work|arrangements?)\s+for\s+(?:the\s+)?(?:next|coming)\b",
                          re.I)
# ("Main targets for 2027", "the targets", "II. Draft budget for 2032", "IV. Work for the 2032-2033 winter"; not
# "Basic Information on the Target": a deal's defined term, nor "Next steps", whose section may report too)
# "IV. Work for the 2034-2035 winter": a section of plans, where its year is no earlier than any year of the text's head
_HEAD_WORK_FOR = re.compile(r"\b(?:work|arrangements?)\s+for\s+(?:the\s+)?((?:19|20)\d\d)\b", re.I)
_HEAD_PAST = re.compile(r"\b(?:met|achieved|missed|results?|review|reached|was|were|last\s+year|ahead\s+of|behind|beat|"
                        r"progress|"
                        r"execution|implementation|executed|implemented|"
                        r"beats|exceeded|completed)\b", re.I)  # ("major projects run ahead of plan": progress made)
_PLAN_LEAD = re.compile(r"\b(?:will|aims?\s+to|strives?\s+to|plans?\s+to|(?:is|are)\s+set\s+to|intends?\s+to|"
                        r"seek(?:s|ing)?\s+to|striving\s+to)\b", re.I)
_DIGIT = re.compile(r"\d")
_RESULTS = re.compile(r"\b(?:was|were|reached|rose|grew|fell|stood|hit|increased|decreased|declined|dropped|"
                      r"totall?ed|amounted|came\s+to|achieved|met|recorded|posted|had|costs|"
                      r"(?:ran|handled|carried|sold|exported|imported|shipped|produced|generated|attracted|received|earned|"
                      r"served)(?!\s+(?:by|from|at|in|on|through|via|for|to|of|under|with|across|along|over|forward)\b))\b",
                      re.I)
# (the past tenses of the second line are verbs of what was done, not participles of a target's noun phrase: "Cargo
# handled at the port reaches 600 million tonnes", "Power generated from renewables reaches 45 percent")
# What stands today, said in a section of tasks ("The League has organized 42 brigades", "now has 163 towers"): that
# sentence is no target, the section goes on
_STANDS_NOW = re.compile(r"\b(?<!will\s)(?<!must\s)(?<!shall\s)(?<!should\s)(?<!to\s)(?<!may\s)(?:has|have)\s+"
                         r"(?:now\s+)?(?:organi[sz]ed|built|set\s+up|installed|trained|"
                         r"completed|opened|recruited)\b|\bnow\s+(?:has|have)\b", re.I)
# "now number 6,100", "already counts more than 90", "has passed 5,600", "2,450 at present": a stock now.
_NOW = re.compile(r"\b(?:now|already|at\s+present|currently|has\s+(?:passed|topped|exceeded|reached)|so\s+far)\b", re.I)
_WHOLE_YEAR_WORD = re.compile(r"\b(?:this|last|next)\s+year\b", re.I)
_MONTH_NAMED = re.compile(rf"\b(?:{_MONTH_ABBR})\b")
_QUARTER_TIME_BEFORE = re.compile(r"\b(?:in|for|during|over)\s+(?:the\s+)?$", re.I)
_QUARTER_NAMED = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b|\b(?:Q[1-4]|[1-4]Q)\b", re.I)
_THIS_YEAR = re.compile(r"\b(?:this|last|next)\s+year\b|\bat\s+present\b", re.I)
_MONTH_NAMED = _lead(_MONTH_NAMED, "[JFMASOND]")  # (as above: same matches, faster)
_NOW = _lead(_NOW, "[nacshNACSH]")
_WHOLE_YEAR_WORD = _lead(_WHOLE_YEAR_WORD, "[tlnTLN]")
_THIS_YEAR = _lead(_THIS_YEAR, "[tlnaTLNA]")
_SENTENCE_CUT = re.compile(r"(?<=[.!?])[\"”’)]?[^\S\n\r]+(?=[A-Z\"“])")


# Precompiled for the loop over every candidate in _periods (no lookup in re's cache per call).
_THAN_BEFORE = re.compile(r"\bthan\s+$")
_FROM_FIGURE_BEFORE = re.compile(r"\bfrom\s+(?:RMB\s?|US\$\s?|\$)?\d[\d,.]*(?:\s?[A-Za-z%$-]+){0,4}\s+$")
# a change's base said in words ("up from less than one tenth in 2031", "down from about a third in 2030")
_UP_FROM_BEFORE = re.compile(r"\b(?:up|down|rising|rose|risen|climbing|grew|growing|fell|falling|fallen|dropped)\s+from\s+"
                             r"(?:(?:less|more|fewer)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+|"
                             r"only\s+|under\s+|over\s+)?(?:(?:a|an)\s+(?!(?:year|month|quarter|week|day)s?\b)|one|two|"
                             r"three|four|five|six|seven|eight|nine|ten|half|(?:RMB\s?|US\$\s?|\$)?\d[\d,.]*)\b(?:[^,;:.\n]|(?<=\d)\.(?=\d)){0,30}\s+$",
                             re.I)  # (a base in digits too, further off than _FROM_FIGURE_BEFORE reaches: "up from 385
# million tonnes at the end of 2030")
_LAST_YEAR = re.compile(r"\b[Ll]ast year\b")
# "last year" as what a figure is compared with ("up 6 percent on last year", "74 more than during last year's
# festival", "from 53.1 percent in October last year", "since last year's flood season"): not the figure's year
_COMPARED_LAST_YEAR = re.compile(r"(?:\b(?:on|from|than|over|against|compared\s+(?:with|to)|versus|vs\.?|since)\s+"
                                 r"(?:(?:during|in|at|the|same|period|time|of|months?|quarter|half)\s+){0,4}"
                                 r"|\bfrom\s+(?:RMB\s?|US\$\s?|\$)?\d[\d,.]*(?:\s?[A-Za-z%$-]+){0,4}\s+)$", re.I)
_OTHER_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\s")


def _last_year_governs(text: str, c: Candidate) -> bool:
    """Whether a "last year" of the figure's sentence dates the figure: one in its own clause, not one it is
    compared with."""
    for m in _LAST_YEAR.finditer(text, c.start, c.end):
        if _COMPARED_LAST_YEAR.search(text, max(c.start, m.start() - 45), m.start()):
            continue
        lo, hi = (c.printed_end, m.start()) if m.start() >= c.printed_end else (m.end(), c.printed_start)
        if not _OTHER_CLAUSE.search(text, lo, hi):
            return True
        if m.start() < c.printed_start and _SENTENCE_LEAD.fullmatch(text, c.start, m.start()) and \
                not _OWN_TIME.search(text, m.end(), c.end):
            return True  # a sentence that opens with it ("Last year we received 1.86 million visits, and revenue
            # reached 1.42 billion yuan"): every clause of it that names no time or plan of its own
    return False


_OWN_TIME = re.compile(r"\b(?:this|next)\s+year|\b(?:can|could|will|would|may|expect\w*|plan\w*)\b|['’]ll\b|"
                       r"\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                       r"December)\b|\b(?:19|20)\d\d\b|\b(?:now|keeps?|has|have)\b", re.I)
_SENTENCE_LEAD = re.compile(r"[\s\"“(]*(?:[A-Z][A-Z .'-]{1,30}:\s*)?(?:(?:And|But|So|Well),?\s+)?")  # ("YANG: And ")
_NEXT_YEAR = re.compile(r"\b[Nn]ext year\b")
# A sentence that opens on how long ago it speaks of ("Ten years ago, half ...", "Three years ago, fewer than 20"):
# its figures are of that year (not "up 5% from a year ago": no opening).
_YEARS_AGO = re.compile(r"(?:^|--|[“\"(—–]|[.:]\s)\s*(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"eleven|twelve|fifteen|twenty)\s+years?\s+ago\b(?![^,]{0,40}\b(?:than|from)\b)", re.I)
_THIS_YEAR_WORDS = re.compile(r"\b[Tt]his year\b")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")


def _target_sections(text: str) -> list[tuple[int, int, str]]:
    """The spans of sentences governed by a heading or lead sentence of targets, each with the heading's year
    (each line looked at once)."""
    spans: list[tuple[int, int, str]] = []
    heading = False  # inside a section under a heading of targets
    year = ""
    pos, blank = 0, True
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        line = text[pos:end]
        if not line.strip():
            blank = True
            pos = end + 1
            continue
        is_head = (end - pos) <= 100 and _HEAD_LINE.fullmatch(line.rstrip()) is not None and \
            not _BULLET.match(line) and len(table_cells(line, 0)) < 3  # (a table's header row is no heading)
        if is_head:
            work_for = _HEAD_WORK_FOR.search(line)
            heading = (_HEAD_TARGET.search(line) is not None or work_for is not None and int(work_for.group(1)) >= max(
                (int(y) for y in _ANY_YEAR.findall(text, 0, min(pos, 400))), default=0)  # (the text's own date or
                # title, above the heading)
            ) and _HEAD_PAST.search(line) is None
            named = _ANY_YEAR.search(line) if heading else None
            year = named.group(1) if named else ""
        elif _BULLET.match(line):
            if heading:
                spans.append((pos, end, year))
        elif heading or blank:  # (a line in no section, not opening a paragraph, can start none: its lead would)
            cuts = [pos, *(m.end() for m in _SENTENCE_CUT.finditer(text, pos, end)), end]
            governed = heading
            for i, (a, b) in enumerate(zip(cuts, cuts[1:])):
                if i and not governed:
                    break  # (no section and no lead: the line's later sentences neither end nor continue one)
                if _RESULTS.search(text, a, b):
                    governed = heading = False  # a sentence of results ends the section
                    year = ""
                    break
                lead = _PLAN_LEAD.search(text, a, b) if not governed and i == 0 and blank else None
                if lead is not None and (lead.group(0).lower() != "will" or _DIGIT.search(text, a, b)):
                    governed = True  # the paragraph's lead sentence plans: its later sentences are targets ("will"
                    # with a figure or year of its own: "you will find the gap" plans nothing)
                    continue
                if governed and not _STANDS_NOW.search(text, a, b):
                    spans.append((a, b, year if heading else ""))
        blank = False
        pos = end + 1
    return spans


def _target_lists(text: str, sections: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int]]:
    """The spans of bulleted lists led in by a line that names targets or plans and ends with a colon, in
    text order (each line is looked at once: linear)."""
    spans: list[tuple[int, int]] = []
    for lead in _LIST_LEAD.finditer(text):
        if spans and lead.start() < spans[-1][1]:
            continue
        line_start = max(text.rfind("\n", max(0, lead.start() - 300), lead.start()) + 1, lead.start() - 300,
                         text.rfind(". ", max(0, lead.start() - 300), lead.start()) + 1)
        if not _LEAD_WORDS.search(text, line_start, lead.start()):
            continue  # the lead-in's own sentence names targets or plans (within 300 characters)
        pos = end = lead.end()
        while pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            line = text[pos:line_end]
            if line.strip():
                if not _BULLET.match(line):
                    break
                end = line_end
            pos = line_end + 1
        if end > lead.end():
            spans.append((lead.end(), end))
    if sections is None:
        sections = _target_sections(text)
    return sorted([*spans, *((a, b) for a, b, _ in sections)])


def _section_years(text: str, found: list[Candidate], sections: list[tuple[int, int, str]] | None = None) -> None:
    """A target under a heading that names its year ("Key targets for 2027") is of that year, unless its own
    clause names another ("up from 3.6 percent this year", "by 2028")."""
    dated = [(a, b, y) for a, b, y in (_target_sections(text) if sections is None else sections) if y]
    if not dated:
        return
    starts = [(a, b) for a, b, _ in dated]
    for c in found:
        if c.qualifier not in ("forecast", "expected_over", "under"):
            continue
        i = bisect.bisect_right(starts, (c.printed_start, 1 << 62)) - 1
        if i < 0 or not dated[i][0] <= c.printed_start < dated[i][1]:
            continue
        if _YEAR_AFTER.match(text, c.printed_end) or _ANY_YEAR.search(text, dated[i][0], c.printed_start) or \
                _THIS_YEAR.search(text, dated[i][0], c.printed_start):
            continue
        c.period = dated[i][2]


# Every word _FORECAST and _TARGET can match starts with one of these (lower case), or the sentence has a "2032E":
# a sentence with none of them has no forecast to look for (most sentences; each search costs a scan of it).
_GO_UP_TO_BEFORE = re.compile(r"(?P<modal>\b(?:can|could|may|might|cannot)\s+)?\bgo(?:es)?\s+up\s+to\s*$", re.I)
# (not "fines can go up to 50,000 yuan, from 20,000 yuan before": a cap; "Bus fares may go up to 3 yuan from 2 yuan"
# rise)
_WE_UP_TO_BEFORE = re.compile(r"\b(?:we|they)(?:['’]re|\s+are)(?:\s+(?P<now>now|already))?\s+up\s+to\s*$", re.I)
_NOW_AFTER_LEVEL = re.compile(r"(?:[^\S\n]+[a-z]+){0,2}?[^\S\n]+(?:now|already)\b", re.I)
_FROM_LEVEL_AFTER = re.compile(r"(?:\s+(?:a|per)\s+[a-z]+){0,2},?\s+(?:up\s+)?from\s+(?:RMB\s?|US\$\s?|\$)?\d", re.I)
_CUE_WORDS = ("tp", "expect", "project", "forecast", "predict", "set", "likely", "poised", "due", "course", "track", "is to",
              "are to", "plan", "target", "eye", "aim", "intend", "seek", "striv", "goal", "outlook", "anticipat", "call",
              "budget", "pencil", "will", "shall", "could", "would", "should", "guid", "schedul", "slated", "upside",
              "want", "hope", "hoping", "'ll", "’ll", "designed", "'d like", "’d like", "think", "confident",
              "downside", "estimate", "median", "consensus", "mean", "average", "arranged")
_ESTIMATE_MARK = re.compile(r"\d[EF]\b")
_CUE = re.compile(trie_pattern(set(_CUE_WORDS)))  # (one search, not forty substring tests; a trie: half an alternation's)


def _qualify(text: str, c: Candidate, lists: list[tuple[int, int]] | None = None, cued: bool = True) -> None:
    """Forecasts and targets, and signs from the verb or noun: a bound in a clause that plans or expects is a
    forecast lower bound ("aims to lift it beyond RMB500 billion", "could top RMB1.8 trillion"); a figure with
    no bound there is a plain forecast ("is expected to grow by around 5.5 percent", "a growth target of
    around 5 percent", "6 percent projected for 2032"); a fall is negative ("shrank by 25.3 percent", "a
    14.6-percent drop")."""
    if c.unit == "year":
        return
    clause = _clause_before(text, c.start, c.printed_start)
    if c.qualifier == "range":
        return _sign(text, c)
    answer = c.unit == "%" and _ANSWER_AFTER.match(text, c.printed_end) is not None  # ("27% expect it to be flat")
    ahead = (_forecast_word(text, c.start, c.printed_start) if answer else
             _FORECAST.search(text, c.start, c.printed_start)) if cued else None
    if ahead is not None and clause != text[ahead.start():c.printed_start] and \
            "|" not in text[ahead.start():c.printed_start] and \
            not _outcome_verb(text, text.find(",", ahead.start(), c.printed_start) + 1 or ahead.end(), c.printed_start):
        clause = text[ahead.start():c.printed_start]  # the forecast's list goes on past its commas
    colon = text.rfind(":", max(c.start, c.printed_start - 300), c.printed_start)  # (bounded: linear)
    listed = bool(lists) and _inside(lists or [], c.printed_start) or colon >= 0 and \
        _INLINE_TARGET_LEAD.search(text, max(c.start, colon - 80), colon) is not None and \
        not _PAST_IN_ITEM.search(clause) and not _PAST_IN_ITEM.search(text, c.printed_end, c.printed_end + 20)
    # ("The targets for the year
    # are: more than 7.5 million visits; revenue growth of around 12%; ...": each item a target)
    if c.qualifier == "under" and "up to" in text[max(c.start, c.printed_start - 12):c.printed_start] and \
            (go := _GO_UP_TO_BEFORE.search(text, max(c.start, c.printed_start - 30), c.printed_start)) and \
            _FROM_LEVEL_AFTER.match(text, c.printed_end) and \
            not (go.group("modal") and CAP_GOES.search(text, max(c.start, c.printed_start - 80), go.start())):
        c.qualifier = "exact"  # "pension subsidies go up to 180 yuan a month from 160 yuan": a rise, no ceiling
    if c.qualifier == "under" and (we := _WE_UP_TO_BEFORE.search(text, max(c.start, c.printed_start - 30),
                                                                  c.printed_start)) and (
            we.group("now") or _NOW_AFTER_LEVEL.match(text, c.printed_end)):
        c.qualifier = "exact"  # "We're up to three hundred and twenty people now": where it rose to (not "They're up
        # to ten kilos", a ceiling)
    if c.qualifier == "exact" and (c.unit not in ("count", "rank") or c.unit == "count" and c.note.startswith("no unit")) \
            and not c.paired and \
            ("top" in text[max(c.start, c.printed_start - 6):c.printed_start]
             and _TOP_VERB.search(text, max(c.start, c.printed_start - 20), c.printed_start)
             or _PRICE_FROM.search(text, max(c.start, c.printed_start - 24), c.printed_start)
             and not (_TO_FIGURE_AFTER.match(text, c.printed_end)
                      and not (_YEAR_AFTER_FROM.match(text, c.printed_end)
                               and _START_FROM.search(text, max(c.start, c.printed_start - 24), c.printed_start)
                               and not _RISE_LATER.match(text, c.printed_end)))
             and (c.unit in UNITS and (UNITS[c.unit].base != "count" or c.unit == "count") or _currency_of(c.unit))
             # (not "Tax amounts from 12 companies": a count of things; "offered from 90 square metres" is a floor)
             and not _CHANGED_FROM.search(text, max(c.start, c.printed_start - 60), c.printed_start)):
        c.qualifier = "over"  # "tourist visits top 5 mln", "Industrial land price: from 186,000 yuan per mu"
    if c.qualifier == "exact" and text.endswith(("past ", "past RMB", "past RMB ", "past US$"), 0, c.printed_start) and \
            _PAST_BOUND.search(text, max(c.start, c.printed_start - 60), c.printed_start):
        c.qualifier = "over"  # "push the city's GDP past 270 billion yuan", "got past 200 million tonnes"
    cap_window = text[max(c.start, c.printed_start - 70):c.printed_start] if c.qualifier == "exact" else ""
    if cap_window and not c.paired and ("cap" in cap_window or "max" in cap_window or "eiling" in cap_window
                                        or "limit" in cap_window or "most" in cap_window) and \
            _CAP_CLAUSE.search(text, max(c.start, c.printed_start - 70), c.printed_start):
        c.qualifier = "under"  # "maximum bid price 742.5 million yuan", "raised the loan cap ... to 800,000 yuan"
    if c.qualifier == "exact" and ("max" in text[max(c.start, c.printed_start - 150):c.printed_start]
                                                or "cap" in text[max(c.start, c.printed_start - 150):c.printed_start]
                                                or "inimum" in text[max(c.start, c.printed_start - 150):c.printed_start]):
        bound = max(_PAIRED_BOUND.finditer(text, max(c.start, c.printed_start - 150), c.printed_start),
                    key=lambda b: b.start(), default=None)  # (the last one before the figure governs it)
        if bound is not None and not re.search(r"[;:]|\band\s+the\b", text[bound.end():c.printed_start]) and \
                not _SEEN_CHANGE.search(text, bound.end(), c.printed_start) and \
                (bound.group("cap") or c.unit == "%") and (
                    c.paired or _CHANGED_TO_FROM.search(text, bound.end(), c.printed_start) is not None):
            c.qualifier = "under" if bound.group("cap") else "over"  # "the maximum loan ... rises from 600,000 yuan
            # to 800,000 yuan": both ends are caps; "the minimum down payment falls from 30 percent to 25 percent"
    if c.qualifier == "exact" and c.unit == "%" and not c.paired and \
            "inimum" in text[max(c.start, c.printed_start - 50):c.printed_start] and \
            _FLOOR_SHARE.search(text, max(c.start, c.printed_start - 50), c.printed_start):
        c.qualifier = "over"  # "the minimum down payment remains 15%"
    if c.qualifier in ("over", "exact") and _BUDGET_AFTER.match(text, c.printed_end) and \
            _BUDGET_PASSED_BEFORE.search(text, max(c.start, c.printed_start - 80), c.printed_start):
        c.qualifier = "forecast"  # "council passes 38.6-billion-yuan budget": the amount approved, a plan
    if c.qualifier == "over" and _NEGATED_BOUND.search(clause):
        c.qualifier = "under"  # "no single customer accounted for more than a tenth"
    if c.qualifier == "over" and (listed or cued and (_TARGET.search(clause) or _forecast_in(text, c, clause))
                                  or _OBLIGED.search(clause) or _OBLIGED_AFTER.match(text, c.printed_end)
                                  or _BOUND_AHEAD.search(clause) and not _ONLY_ONE.search(clause)
                                  or _BY_YEAR_AFTER.match(text, c.printed_end)
                                  and not _PAST_TENSE_BEFORE.search(text, max(c.start, c.printed_start - 60),
                                                                    c.printed_start)):
        # ("to pass 50 billion yuan", "we'll pass"; not "the only city ... to exceed 3%")
        c.qualifier = "expected_over"
    elif c.qualifier in ("exact", "approximately"):
        forecast = (listed or cued and (_forecast_word(clause, 0, len(clause)) if answer else _forecast_in(text, c, clause))
                    or cued and _BUDGET_PLAN_BEFORE.search(text, max(c.start, c.printed_start - 90), c.printed_start)
                    or _FORECAST_AFTER.match(text, c.printed_end)
                    or cued and _SUBJECT_FORECAST_AFTER.match(text, c.printed_end)
                    and _OPENS_CLAUSE.search(text, max(c.start, c.printed_start - 30), c.printed_start)
                    or _ESTIMATE_AFTER.match(text, c.printed_end)
                    and not _TRADES_BEFORE.search(text, max(c.start, c.printed_start - 20), c.printed_start)) and \
            not _BASE_BEFORE.search(text, max(c.start, c.printed_start - 36), c.printed_start) and \
            not _REACHED_BEFORE.search(text, max(c.start, c.printed_start - 40), c.printed_start) and \
            not _PAST_CHANGE_AFTER.match(text, c.printed_end) and \
            not _BEAT_TARGET_BY.search(text, max(c.start, c.printed_start - 120), c.printed_start) and \
            not _PLACE_OF_BEFORE.search(text, max(c.start, c.printed_start - 40), c.printed_start)
        # (", a city of about 7.1 million people, to exceed ...": what the place is, inside a forecast about it)
        # ("a smaller decline than the 14 percent drop last year"; "exceeding the provincial target of 3,200 units by
        # 12.5 percent": by how much an outcome beat a target)
        if _BOUND_AHEAD.search(clause):
            c.qualifier = "expected_over"
        elif forecast and c.qualifier == "exact" and _CEILING.search(text, max(c.start, c.printed_start - 30),
                                                                      c.printed_start):
            c.qualifier = "under"  # a ceiling target: "an unemployment rate within 5.5%"
        elif forecast and not (c.note in ("a fraction in words", "a multiple in words")
                               and c.qualifier == "approximately") and \
                not (c.qualifier == "approximately"
                     and _CONVERSION_BEFORE.search(text, max(c.start, c.printed_start - 40), c.printed_start)):
            c.qualifier = "forecast"  # (a share or multiple in words, "two-thirds of them", "roughly twice",
            # keeps its rounding or hedge; so does a conversion in brackets: "will invest 4.8 billion yuan (about 670
            # million U.S. dollars)", the labelled sets' way 4 times in 4)
    if c.qualifier in ("exact", "forecast") and not c.paired and \
            _WITHIN_LIMIT.search(text, max(c.start, c.printed_start - 70), c.printed_start):
        c.qualifier = "under"
    if c.qualifier == "under" and not c.paired and text.endswith("up to ", 0, c.printed_start) and \
            _ADDED_UP_TO.search(text, max(c.start, c.printed_start - 24), c.printed_start) and \
            _CLAUSE_ENDS_AFTER.match(text, c.printed_end):
        c.qualifier = "exact"  # "the villages' income added up to 63.5 million yuan;": a total (not "added up to 20
        # yuan to each ticket": a ceiling on what was added)
    if c.qualifier == "exact" and not c.paired and _AT_MOST_AFTER.match(text, c.printed_end):
        c.qualifier = "under"  # "it was five hundred and eighty at most,", "growth of 2 percent at best."
    if c.qualifier in ("exact", "forecast") and not c.paired and c.unit != "%" and \
            (quota := _QUOTA_BEFORE.search(text, max(c.start, c.printed_start - 80), c.printed_start)) and \
            not _PAST_A_QUOTA.search(text, max(0, quota.start() - 30), quota.start()):
        c.qualifier = "under"  # ("The extraction quota for 2033 is set at 720,000 tonnes": a quota is a ceiling)
    _sign(text, c)


_LIST_JOIN = re.compile(r"[^\S\n]*,?[^\S\n]+and[^\S\n]+")  # (not a bare comma: "28.5 yuan and 62 yuan, 3.1 yuan and 4.6
# yuan lower respectively" holds two lists, the levels and their falls)
_LOWER_RESPECTIVELY_AFTER = re.compile(r"(?:[^\S\n]+(?:percentage[^\S\n]+)?points?)?[^\S\n]+(?:lower|less|fewer|down|"
                                       r"cheaper|smaller)\b[^.;!?\n]{0,40}?\brespectively\b", re.I)


def _lower_respectively(text: str, found: list[Candidate]) -> None:
    """"8.5% and 4.2% lower respectively than in 2033", "3.1%, 8.5% and 4.2% lower than in 2033, respectively": each
    figure of the list is lower, where the words after its last said so of the last alone."""
    flipped: set[int] = set()
    for k in range(len(found) - 2, -1, -1):  # (from the list's end: the sign passes back along it)
        a, b = found[k], found[k + 1]
        if b.value < 0 < a.value and a.unit == b.unit and a.qualifier == b.qualifier != "range" and \
                _LIST_JOIN.fullmatch(text, a.printed_end, b.printed_start) and \
                (id(b) in flipped or _LOWER_RESPECTIVELY_AFTER.match(text, b.printed_end)):
            a.value = -a.value
            flipped.add(id(a))
_QUOTA_BEFORE = re.compile(r"(?<!under the )(?<!above the )(?<!over the )(?<!within the )(?<!beyond the )\bquota[^\S\n]+"
                           r"(?:approved[^\S\n]+)?(?:(?:for|of|in)[^\S\n]+(?:[\w-]+[^\S\n]+){1,6}?)?(?:was|is)[^\S\n]+"
                           r"(?:set[^\S\n]+at[^\S\n]+)?$", re.I)
# (the quota the subject of its verb: not "the coal quota in Hexi was met in October, and output … was", "sold under
# the quota was", "firms given quotas was")
_PAST_A_QUOTA = re.compile(r"\b(?:under|above|over|within|beyond|outside|exceeding)\b[^.;,\n]{0,24}$", re.I)  # ("sold
# under the Hexi quota was 480,000 tonnes": what was sold, not the quota)
_ADDED_UP_TO = re.compile(r"\b(?:added|adds)\s+up\s+to\s+$", re.I)  # (not "could add up to 25 percent")
_CLAUSE_ENDS_AFTER = re.compile(r"[^\S\n]*(?:[;.!?)]|,[^\S\n]+(?:and|while|but|up|down)\b|$)")
# A ceiling said after its figure, the clause ending there (not "at most stations": a share of things)
_AT_MOST_AFTER = re.compile(r',?[^\S\n]+at[^\S\n]+(?:the[^\S\n]+)?(?:most|best)(?=[^\S\n]*(?:[,.;:!?)"”]|$))', re.I)


_HABIT = re.compile(rf"\b(?:{_HABIT_WORDS})\b", re.I)
_SENTENCE_END = re.compile(r"[.!?\n]")
_CONTRACTED_WILL = re.compile(r"[a-z]+['’]ll\b", re.I)


def _forecast_in(text: str, c: Candidate, clause: str) -> re.Match[str] | None:
    """_FORECAST in the clause before ``c``, but not a contracted will of what is usual anywhere in the sentence
    ("On a good day we'll sell 300 bowls", "He'll cut maybe 20 heads on a Saturday"): a habit, not a forecast."""
    m = _FORECAST.search(clause)
    if m is None or not _CONTRACTED_WILL.match(m.group(0)):
        return m
    end = _SENTENCE_END.search(text, c.printed_end, c.printed_end + 200)
    return None if _HABIT.search(text, c.start, end.start() if end else c.printed_end + 200) else m


def _forecast_word(text: str, start: int, end: int) -> re.Match[str] | None:
    """For a share of respondents before its own answer: the first word of a forecast in text[start:end], but for
    the verb of another share's answer ("58% expect higher revenue in 2031, 27% expect it to be flat": each share an
    outcome of the survey; the figures inside an answer, "58% expect revenue to rise by 10%", stay forecasts)."""
    for m in _FORECAST.finditer(text, start, end):
        if not _RESPONDENTS_SAY.search(text, max(start, m.start() - 48), m.start()):
            return m
    return None


# A share of those asked before their answer's verb ("58% expect", "41 percent of respondents plan"), and that verb
# after the share.
_ANSWER_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:respondents|firms|members|companies|businesses|households|those\s+"
                           r"(?:surveyed|polled|asked))\s+)?(?:expect|plan|intend|anticipate|foresee|see|think|say|said)"
                           r"\b", re.I)
_RESPONDENTS_SAY = re.compile(r"\d(?:\s?%|\s+(?:percent|per\s+cent))(?:\s+of\s+(?:the\s+)?(?:respondents|firms|members|"
                              r"companies|businesses|households|those\s+(?:surveyed|polled|asked)))?\s+$", re.I)
# "top" as a verb ("visits top 5 mln", not "the top 5"), a price "from" its lowest ("Land price: from 186,000 yuan").
_TOP_VERB = re.compile(r"(?<!\bthe\s)(?<!\bits\s)(?<!\bour\s)(?<!\bin\s)(?<!\ba\s)(?<!\bamong\s)(?<!\btheir\s)\btop\s+$")
_PRICE_FROM = re.compile(r"(?:[:]\s*|\b(?:starting|starts?|priced|prices?|rents?|fares?|tickets?|offered|rates?|"
                         r"amounts?)\s+)from\s+(?:RMB\s?|US\$\s?|\$)?$", re.I)  # (not "fares start at 2 yuan": the
# labelled sets read the lowest fare as exact)
# "no single customer accounted for more than a tenth": "no" before the subject whose verb the bound follows (not
# "no sign of a slowdown as sales climbed to over", "no wonder sales rose by more than", "not only ... but").
_NEGATED_BOUND = re.compile(r"\bno\s+(?!wonder\b|sign\b|doubt\b)(?:single\s+|one\s+|other\s+)?[a-z-]+(?:\s+[a-z-]+){0,2}\s+"
                            r"(?:accounted\s+for|made\s+up|was|were|is|are|had|has|held|took|earned|received|"
                            r"exceeded|reached)\s+(?:more\s+than|over|above)\s*$", re.I)
# "cut corn yields in the south-eastern counties by 5 to 8 percent": a fall named well before its "by" (over a list:
# "cut spending on receptions, vehicles and trips abroad by 12 percent").
_CUT_BY = re.compile(r"\b(?:cut|cuts|reduce|reduced|reduces|lower(?!-)|lowered|lowers|trimmed|slashed|shrink|shrinks|shrank|"
                     r"(?P<ing>cutting|reducing|lowering|trimming|slashing|shrinking))\b"
                     r"(?:(?!\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|rose|rise[sn]?|grew|"
                     r"grow(?:s|n|ing)?|boost(?:s|ed|ing)?|jumped|climbed|soared|surged|(?:went|gone)\s+up)\b|\b(?:and|while|then)\s+(?:expand(?:ed|ing)|"
                     r"add(?:ed|ing)|extend(?:ed|ing)|widen(?:ed|ing)|enlarg(?:ed|ing))(?![\w-])|\bto\s+(?:expand|extend|"
                     r"widen|enlarge)(?![\w-]))"
                     r"(?:[^.;,]|(?<=\d),(?=\d)|(?<=\bNo)\.(?=\s?\d)|,(?!\s*and\b)(?=[^.;,\n]{1,40}?\band\s))){0,80}?"
                     r"\bby\s+"
                     r"(?:an\s+average\s+of\s+)?(?:(?:about|around|some|nearly|roughly|up\s+to|maybe|perhaps|"
                     rf"an\s+estimated|a\s+further|another|more\s+than|over|{_HEDGE_MORE})\s+){{0,2}}\s*$", re.I)
# ("cut grain output by an estimated 6,200 tonnes", "cut water use per 10,000 yuan of GDP by around 3 percent", "had
# lowered prices at its Binhai No. 1 project by around 5 percent", "to
# shrink the overdraft area by a further 300 square kilometres", "cut complaints by more than 10%")


# "Their combined losses shrank 18.3 percent to 1.15 billion yuan": the amount a loss came to, negative as a loss is
_LOSSES_TO = re.compile(r"\blosses\b(?:[^.;,]|\.\d){0,60}?\bto\s+(?:about\s+|around\s+|some\s+)?"
                        r"(?:RMB\s?|US\$\s?|\$)?$", re.I)


def _cut_by(text: str, c: Candidate) -> bool:
    """A fall named well before its "by"; "cutting ... by" only for a share ("cutting heat losses by nearly a
    fifth", not "cutting carbon emissions by about 52,000 tons", an amount saved)."""
    m = _CUT_BY.search(text, max(c.start, c.printed_start - 110), c.printed_start)
    return m is not None and (not m.group("ing") or c.unit in ("%", "percentage points"))


# "sales fall another five to eight percent": a fall said in the present (a share only: "I drop another 300 yuan
# into the account" gives money)
_FALLS_ANOTHER = re.compile(r"\b(?:falls?|drops?|declines?|decreases?|slips?|dips?|shrinks?)\s+(?:a\s+further|another)\s+"
                            r"(?:about\s+|around\s+|roughly\s+)?$", re.I)


_GROWTH_AFTER = re.compile(r"\s+growth\b", re.I)  # ("eased to 3 percent growth": a rise that slowed)
_NOUN_AFTER_COUNT = re.compile(r"\s+(?!(?:a|an|per|each|every|this|that|last|next|in|on|at|to|from|by|and|or|percent|"
                               r"times|years?|months?|weeks?|days?)\b)[a-z]{3,}")  # ("drop by 24 service centres")
_DROP_IN_BEFORE = re.compile(r"\b(?:can|could|may|might|to|please|also|just|simply|will|['’]ll)\s+drop\s+by\s*$", re.I)
_RANGE_LOWER_BEFORE = re.compile(rf"(?:\d[\d.,]*|\b(?:{WORD_NUMBER}))(?:\s*%|\s+percent|\s+per\s?cent)?"
                                 r"(?:,|\s+to|\s*[-–]|\s+or)\s*$", re.I)
_LOST_MAYBE = re.compile(r"\blost\s+(?:maybe|perhaps|probably)\b", re.I)


_COMPARATIVE_AFTER = re.compile(r"\s+(?:narrower|smaller|wider|larger|bigger|deeper|less|more|greater|milder|"
                                r"sharper|steeper|than)\b", re.I)


def _sign(text: str, c: Candidate) -> None:
    """A fall is negative ("shrank by 25.3 percent", "a 14.6-percent drop")."""
    fall = _falls(text[max(c.start, c.printed_start - 40):c.printed_start])
    if fall is not None and _LOST_MAYBE.search(fall.group(0)) and (
            c.unit not in ("%", "percentage points") or text.startswith(" of ", c.printed_end)):
        fall = None  # ("lost maybe 8 percent", a fall; not "lost maybe 40 young men" nor "maybe a third of their
        # spinach": what was lost, counted)
    if fall is not None and re.search(r"\b(?:was|is|came\s+to)\s*$", fall.group(0)) and (
            _COMPARATIVE_AFTER.match(text, c.printed_end)
            or c.unit not in ("%", "percentage points", "basis points") and not _currency_of(c.unit)):
        fall = None  # ("The decline was 0.6 percentage points narrower": a change of the fall, not a fall; "the drop
        # is 300 metres", "The fall is 120 metres": a height)
    if fall is not None and c.unit == "count" and \
            _DROP_IN_BEFORE.search(text, max(c.start, c.printed_start - 30), c.printed_start) and \
            _NOUN_AFTER_COUNT.match(text, c.printed_end):
        fall = None  # ("Residents can drop by 24 service centres": a visit; "prices drop by 5%" stays a fall)
    if fall is None and c.value > 0 and c.qualifier == "range" and c.unit in ("%", "percentage points"):
        lower = _RANGE_LOWER_BEFORE.search(text, max(c.start, c.printed_start - 24), c.printed_start)
        if lower is not None:  # "prices drop 20, 30 percent": the upper end falls with the lower
            said = text[max(c.start, lower.start() - 40):lower.start()]
            fall = _falls(said) or _FALLS_NOW.search(said)
    just_before = text[max(c.start, c.printed_start - 40):c.printed_start]
    if c.value > 0 and (fall is not None
                        or c.unit in ("%", "percentage points")
                        and _FALLS_ANOTHER.search(text, max(c.start, c.printed_start - 40), c.printed_start)
                        or _FALLS_NOW.search(text, max(c.start, c.printed_start - 40), c.printed_start)
                        and (c.unit in ("%", "percentage points") and c.note != "a fraction in words"
                             and not text.startswith(" of ", c.printed_end)
                             or _currency_of(c.unit))  # (not "we lose a third of our supply", "lose 30% of income")
                        or "by" in text[max(c.start, c.printed_start - 22):c.printed_start]
                        and _cut_by(text, c)
                        or c.note == "a fraction in words"
                        and (_FELL.search(just_before) or "down" in just_before and names_a_loss(just_before))
                        # ("takings were down, I'd say, about a tenth")
                        or c.unit in ("%", "percentage points") and _FALL_NOUN_AFTER.match(text, c.printed_end)
                        or (c.unit in ("%", "percentage points") or _currency_of(c.unit) and not (
                            _DOWN_TO_AFTER.match(text, c.printed_end)
                            or _FROM_JUST_BEFORE.search(text, max(c.start, c.printed_start - 8), c.printed_start))) and (
                            _LESS_OR_DOWN_AFTER.match(text, c.printed_end)
                            or c.qualifier == "range" and _RANGE_THEN_DOWN.match(text, c.printed_end))
                        and not _DEPOSIT_BEFORE.search(text, max(c.start, c.printed_start - 40), c.printed_start)
                        or c.unit in ("%", "percentage points") and _CUTS_OF_BEFORE.search(
                            text, max(c.start, c.printed_start - 90), c.printed_start)  # ("price cuts of about 52%",
                        # "a fall in energy consumption per unit of GDP of about 2.5 percent")
                        # ("roughly a fifth less.", "another 3 to 5 percent down next year")
                        or (c.unit in ("%", "percentage points") or _BP_PRINTED.search(c.as_printed))
                        and _BELOW_AFTER.match(text, c.printed_end)
                        or (c.unit in ("%", "percentage points") or _currency_of(c.unit)) and \
                        _OFF_AFTER.match(text, c.printed_end) and (
                            _OFF_BEFORE.search(text, max(c.start, c.printed_start - 30), c.printed_start)
                            or re.search(r"\d\s*(?:to|-|–)\s*$", text[max(c.start, c.printed_start - 6):c.printed_start])
                            and _OFF_BEFORE.search(text, max(c.start, c.printed_start - 40),
                                                   text.rfind(" ", c.start, c.printed_start - 6) + 1 or c.printed_start))
                        or c.qualifier != "range" and _FEWER_AFTER.match(text, c.printed_end)
                        or " fewer " in c.as_printed  # ("2,310 fewer people than a year earlier")
                        or _LOWER_THAN_BEFORE_AFTER.match(text, c.printed_end)
                        or _currency_of(c.unit) and _LOSSES_TO.search(text, max(c.start, c.printed_start - 80),
                                                                      c.printed_start)
                        or (c.unit in ("%", "percentage points") or _currency_of(c.unit)
                            or _BP_PRINTED.search(c.as_printed)) and _LOWER_THAN_AFTER.match(text, c.printed_end)
                        # ("0.31 yuan less per kWh", "40,000 yuan less than under the old rules")
                        or c.unit in ("hours", "days", "minutes") and _TIME_SAVED_AFTER.match(text, c.printed_end)
                        or c.unit == "°C" and text.endswith("minus ", 0, c.printed_start)
                        and not text.endswith("plus or minus ", 0, c.printed_start)  # ("brought minus 31 degrees
                        # Celsius", "showed minus 34 degrees": below zero, whatever the verb)
                        or c.unit == "%" and (_DISCOUNT_AFTER.match(text, c.printed_end)
                                              or _DISCOUNT_OF_BEFORE.search(text, max(c.start, c.printed_start - 30),
                                                                            c.printed_start))
                        # ("a 50 percent discount on on-street charges", "a discount of about 20% to its average",
                        # "off 0.3% from October")
                        or c.unit == "%" and _FALL_MOVED.search(text, max(c.start, c.printed_start - 110), c.printed_start)
                        and not _GROWTH_AFTER.match(text, c.printed_end)
                        or c.unit in ("%", "percentage points") and not text.startswith(" of ", c.printed_end)
                        and _PULLED_DOWN_BY.search(text, max(c.start, c.printed_start - 70), c.printed_start)
                        or c.unit == "%" and _LOWER_YEAR_ON_YEAR_AFTER.match(text, c.printed_end)
                        and not _RATE_LEVEL.search(text, c.start, c.printed_start)) and \
            not (c.unit == "percentage points"
                 and (_DECLINE_NARROWED.search(text, max(c.start, c.printed_start - 40), c.printed_start)
                      or _A_FALL_NOUN_BEFORE.search(text, max(c.start, c.printed_start - 24), c.printed_start)
                      and _NARROWER_AFTER.match(text, c.printed_end))):
        c.value = -c.value  # ("15-20% below their 2031 level": both ends of the range)


_DISCOUNT_AFTER = re.compile(DISCOUNT_AFTER, re.I)
_DISCOUNT_OF_BEFORE = re.compile(DISCOUNT_OF_BEFORE, re.I)
_RANGE_THEN_DOWN = re.compile(r"[^\S\n]*(?:to|-|–|—|or)[^\S\n]*[\w.,-]+(?:[^\S\n]*(?:%|percent|per[^\S\n]?cent))?"
                              r"[^\S\n]+(?:less|lower|fewer|cheaper|down)\b(?![^\S\n]+(?:than|payment|payments|from)\b)"
                              r"(?![-\w])", re.I)  # ("another three to five percent down": the range's first end)
_DEPOSIT_BEFORE = re.compile(r"\b(?:pay|pays|paid|paying|put|puts|putting|need|needs|needed|with|require[sd]?|"
                             r"requiring)\b(?:(?!\b(?:fell|fall|falls|dropped|drop|down|less)\b)[^.;,])*$", re.I)
# ("They pay 30 percent down", "With 10 percent down,": a deposit)
_CUTS_OF_BEFORE = re.compile(r"\b(?:cuts?|reductions?|(?<=\ba\s)(?:fall|drop|decline|decrease|cut|reduction)\s+in\s+"
                             r"(?:[\w'’-]+\s+){1,8}?)\s*of\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|"
                             r"up\s+to\s+|an\s+average\s+of\s+)?$", re.I)
# ("went from 32 yuan down to 26 yuan": a level it fell from, not a fall of 32 yuan)
_DOWN_TO_AFTER = re.compile(r"[^\S\n]+down[^\S\n]+to\b", re.I)
_FROM_JUST_BEFORE = re.compile(r"\bfrom[^\S\n]+$", re.I)
_LESS_OR_DOWN_AFTER = re.compile(r"[^\S\n]+(?:less|lower|fewer|cheaper|down)\b"
                                 r"(?![^\S\n]+(?:than|payment|payments|from)\b)"
                                 r"(?![-\w])", re.I)
# "about 8,000 fewer than a year earlier": a fall (not "15 percent lower than by road", a gap whose sign the
# labelled sets do not agree on).
_FEWER_AFTER = re.compile(r"\s+fewer\s+than\b", re.I)
# "14.2% lower than a year earlier", "0.09 percentage points lower than at the end of 2030": a fall over time (a
# gap with something else, "lower than by road", keeps its sign).
_LOWER_YEAR_ON_YEAR_AFTER = re.compile(r"\s+(?:lower|down)\s+(?:year[- ]on[- ]year|y/y|yoy|on\s+the\s+year|"
                                       r"from\s+a\s+year\s+(?:earlier|ago|before))\b", re.I)  # (3.2 percent lower y/y)
_RATE_LEVEL = re.compile(r"\b(?:rate|ratio|occupancy|vacancy|share|margin|yield)\b", re.I)  # ("the jobless rate was
# 5.1% down from a year earlier's 5.5%": a level, not a fall)
# where a fall has moved from or to: a fall too ("the decline narrowed from 3.0 percent", "the drop in exports eased
# to 1.2 percent", "the contraction deepened to 4 percent")
# (not "Despite the fall in coal prices profit growth eased to 6.1 percent", a fall of another thing before the subject;
# nor "this fall", the season)
_A_FALL = r"(?<!\bthis\s)(?<!\blast\s)(?<!\bnext\s)(?<!\bdespite\sthe\s)(?<!\bamid\sthe\s)(?<!\bafter\sthe\s)" \
          r"\b(?:decline|drop|fall|contraction|decrease|slump)(?:\s+in(?:\s+(?!growth\b)[\w'’-]+){1,4}?)?\s+"
# (both ends: "the decline narrowed from 3.0 percent in the first half to 2.1 percent", "deepened to 1.2 percent from
# 0.8 percent", "the decline narrowing slightly to")
_FALL_MOVED = re.compile(_A_FALL + r"(?:narrow|eas|widen|deepen)(?:ed|ing|es|s)\s+(?:[a-z]+ly\s+)?"
                         r"(?:by\s+[\d.]+\s+percentage\s+points?\s+)?(?:from|to)\s+(?:about\s+|around\s+|nearly\s+)?"
                         r"(?:[\d.]+\s*(?:percent|per\s+cent|%)(?:\s+in\s+[^\d.;,\n]{1,30}?)?,?\s+(?:to|from)\s+"
                         r"(?:about\s+|around\s+|nearly\s+)?)?$", re.I)
# "dragging down the CPI by about 0.29 percentage points", "pulled down overall growth by 0.4 points": a fall it made
_PULLED_DOWN_BY = re.compile(r"\b(?:drag|drags|dragged|dragging|pull|pulls|pulled|pulling|push|pushes|pushed|pushing|"
                             r"weigh|weighs|weighed|weighing|bring|brings|brought|bringing)\s+down\s+(?!by\b)"
                             r"(?:[\w'’-]+\s+){1,5}?by\s+"
                             r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|an\s+estimated\s+)?$", re.I)
# (not "brought down fees paid by 70 percent of small firms": a share of those who pay, " of " after it)
# "a decline 0.8 percentage points narrower than in the first nine months": the rate rose (the labelled sets' way, 3
# times in 3)
_A_FALL_NOUN_BEFORE = re.compile(r"\b(?:decline|drop|fall|decrease|contraction)\s+$", re.I)  # (not "a drop of 0.3
# points": the drop itself)
_NARROWER_AFTER = re.compile(r"\s+(?:narrower|smaller)\s+than\b", re.I)
_DECLINE_NARROWED = re.compile(_A_FALL + r"(?:narrowed|eased)\s+(?:by\s+)?$", re.I)  # ("the decline narrowed by 0.9
# percentage points": the rate rose)
_LOWER_THAN_BEFORE_AFTER = re.compile(
    r"(?:\s+percentage\s+points?|\s+points?|\s+(?:persons|people|jobs|workers|households))?\s+"
    r"(?:lower|less|fewer|smaller|shorter|down)\s+than\s+(?:a\s+year\s+(?:earlier|ago|"
    r"before)|(?:at\s+the\s+end\s+of\s+|in\s+)?(?:19|20)\d\d\b|last\s+year|the\s+(?:previous|prior|same|year-earlier)\b|"
    r"a\s+(?:month|quarter)\s+(?:earlier|ago|before)|(?:at\s+)?the\s+(?:end|start)\s+of\s+(?:last|the\s+previous|"
    r"the\s+year|this\s+year))", re.I)  # ("0.17 persons fewer than in 2020", "lower than at the start of the year")
# "about 30% lower than in the core delta cities", "38 percent shorter than by road": a gap below something else,
# negative as the labelled sets give it (8 of 9 such gaps).
_LOWER_THAN_AFTER = re.compile(r"(?:\s+percentage\s+points?|\s+points?)?\s+(?:lower|less|smaller|shorter|cheaper|slower)\s+"
                               r"(?:than\b|per\b|(?:[a-z-]+\s+){1,4}?(?:than|per)\b)", re.I)
# ("uses 18% less natural gas per tonne", "fetched about 15 percent less this autumn than a year earlier")
# "4.2 hours shorter than in the first quarter", "two days faster than by sea": that much less time
_TIME_SAVED_AFTER = re.compile(r"\s+(?:shorter|faster|quicker|less)\s+than\b", re.I)
_FROM_BRACKET = re.compile(r"\s*\(\s*from\s+", re.I)
_CONVERSION_OPEN = re.compile(r"\s*\(\s*(?:about|around|roughly|some|or)?\s*")


def _currency_of(unit: str) -> str:
    """The currency a unit counts ("billion yuan" yuan, "US$" US$), or ""."""
    return "yuan" if unit.endswith("yuan") else "US$" if unit.endswith("US$") else ""


_AND_THE_SAME_FALL = re.compile(r"(?:\s+(?:on|from|over|against|compared\s+with|year[- ]on[- ]year|y/y|yoy|q/q|m/m|"
                                r"the|a|an|previous|prior|last|same|month|quarter|year|period|earlier|ago|before|in|during|"
                                r"first|second|third|fourth|half|january|february|march|april|may|june|july|august|"
                                r"september|october|november|december|levels?|\d{4}))*"
                                r"\s+and\s+(?:by\s+)?", re.I)
# "dropped by 9.6% and fresh fruit by 4.2%": a second subject whose verb is left out, its "by" kept
_AND_NOUN_BY = re.compile(r",?[^\S\n]+and[^\S\n]+(?:(?!(?:up|rose|rises?|risen|grew|grows?|gains?|climbs?|went|was|were|is|"
                          r"are|had|has|jumps?|surges?|fell|falls?|soars?|expands?|improves?|recovers?|advances?|widens?|"
                          r"boosts?|increases?|rebounds?|then|also|still)\b)(?![A-Za-z'’-]+ed\b)[A-Za-z'’-]+[^\S\n]+){1,8}"
                          r"by[^\S\n]+(?:(?:about|around|roughly|nearly|almost|some)[^\S\n]+)?", re.I)
# "Egg prices fell 5.8 percent, and fresh fruit 3.1 percent": the verb said once and a noun of up to three words before
# the next figure, with nothing after it in its clause (not "down 5.5%, and vacancy 27.8%": a level after a change)
_AND_NOUN_ONLY = re.compile(r",?[^\S\n]+and[^\S\n]+(?:(?!(?:by|then|also|still|was|were|is|are|had|has|up|rose|rises?|risen|"
                            r"grew|grows?|gains?|climbs?|went|jumps?|surges?|fell|falls?|soars?|expands?|improves?|"
                            r"recovers?|advances?|widens?|boosts?|increases?|rebounds?|added|adds?|in)\b)"
                            r"(?![a-z'’-]+ed\b)(?![a-z'’-]+(?:s|es)[^\S\n]+by\b)[a-z][a-z'’-]*[^\S\n]+){1,3}")
_FELL_JUST_BEFORE = re.compile(r"\b(?:fell|dropped|declined|decreased|slid|shrank|slipped|eased)[^\S\n]+(?:by[^\S\n]+)?$")
# (the words between name a subject: no verb of their own, no "-ed")
# "a decrease of 74,700 people, or 3.02 percent": the same change said again as a share.
_OR_RESTATED = re.compile(r"(?:[^\S\n]+(?:per|a|an)[^\S\n]+[\w/]+)?,?[^\S\n]+or[^\S\n]+"
                          r"(?:(?:about|around|roughly|nearly|some)[^\S\n]+)?")  # ("down RMB0.0089 per kWh, or 2.7%")
# "up to 15,000 yuan a year per family to pay rent, up from 12,000 yuan": a cap and the cap before it
_UP_FROM_GAP = re.compile(r"(?:[^\S\n]+[\w-]+){0,8}?,?[^\S\n]+up[^\S\n]+from[^\S\n]+")
_CAP_WORDS_BEFORE = re.compile(r"\b(?:up\s+to|at\s+most|no\s+more\s+than|a\s+maximum\s+of|capped\s+at)\s+(?:RMB\s?)?$", re.I)
_BP_PRINTED = re.compile(r"(?:basis\s+points?|bps?)$", re.I)
_BP_AFTER = re.compile(r"\s+(?:basis\s+points?|bps?)\b", re.I)  # ("41 basis points", "12 bps")
_BELOW_AFTER = re.compile(r"(?:[-–]\d[\d.,]*\s?(?:%|per ?cent|percent))?\s+(?:below|behind|cheaper(?!\s+than))\b",
                          re.I)  # a gap under something ("about 30 percent cheaper", "6.3 percentage points behind")
# "shave a further 3 to 5 percent off prices": a fall, by the verb before and "off" after (both ends of a range)
_OFF_BEFORE = re.compile(rf"\b(?:{OFF_VERBS})\s+(?:a\s+further\s+|another\s+|about\s+|around\s+)?$", re.I)
_OFF_AFTER = re.compile(OFF_AFTER, re.I)
# A share's code ("688417 CH", "0700.HK") and a floor ("36/F"): no figures.
_CODE_AFTER = re.compile(r"(?:\s?(?:CH|SH|SZ|HK|CN)\b|\.(?:SH|SZ|HK|SS)\b|/F\b)")
_TIME_BEFORE = re.compile(r"(?:(?:19|20)\d\d-\d\d-\d\d|\b(?:updated|published|posted|released|time|broadcast|aired)|"
                          r"\b(?:19|20)\d\d,)\W{0,3}$", re.I)  # ("18 November 2031, 19:30": a date's time)
_AT_CLOCK = re.compile(r"\b(?:open(?:s|ed)?|start(?:s|ed)?|begin(?:s)?|began|held|met|arriv(?:es|ed)|land(?:s|ed)|"
                       r"depart(?:s|ed)|leav(?:es)|left|due)\s+at\s+$|\b(?:due\s+)?(?:by|until|till)\s+$", re.I)
# ("Quotes are due by 17:00", "open until 22:30")
_CLOCK_AFTER = re.compile(r"\s*\(?(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|hours\b|Beijing time|local time|GMT|UTC|"
                          r"[+-][01]\d[0-5]\d\b|"  # ("10:42 +0800": a mail header's time zone)
                          r"(?-i:ET|EST|EDT|CST|BST|HKT|SGT|JST|CET)\b)", re.I)


_CLOCK_RANGE_AFTER = re.compile(r"(?:\s?[-–]\s?|\s+(?:to|until|till)\s+)(?:[01]?\d|2[0-3]):[0-5]\d\b")
_CLOCK_RANGE_BEFORE = re.compile(r"\b(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[-–]\s?|\s+(?:to|until|till)\s+)$")  # "8:30 to 18:00"


def _is_time_of_day(text: str, m: re.Match[str]) -> bool:
    """"Updated: 2032-03-09 07:45", "opened at 9:30", "10:30 a.m.": a time; "stood at 11:10", "won 21:19": a ratio
    or a score, whose numbers are figures."""
    before = text[max(0, m.start() - 24):m.start()]
    if text[m.start() - 1:m.start()] in ("[", "(") and text[m.end():m.end() + 1] in ("]", ")") and m.start() > 0:
        return True  # "[00:21] LAM: ...": a transcript's timestamp
    if m.group(0)[:1] == "0" and m.group(0)[1:2].isdigit():
        return True  # "at 08:14 (UTC)": an hour written with its leading zero is a clock's
    return bool(_TIME_BEFORE.search(before) or _AT_CLOCK.search(before) or _CLOCK_AFTER.match(text, m.end())
                or _CLOCK_RANGE_AFTER.match(text, m.end()) or _CLOCK_RANGE_BEFORE.search(before)  # "8:00-12:00"
                or m.group(0).endswith((":00", ":30")) and (_MASTHEAD_BEFORE.search(before) is not None
                                                            or text.startswith((" |", "|"), m.end())))
    # ("EVENING NEWS 19:00 | Monday": a programme's time in a masthead)


_PLACES_OF_BEFORE = re.compile(r"[A-Za-z][’']s\s+$")
_PLACES_AFTER = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+(?:cities|counties|towns|townships|districts|provinces|prefectures|"
                           r"villages|regions|counties\s+and\s+districts)\b")
_RUNNING_TIME_BEFORE = re.compile(r"\b(?:running\s+time|run\s*time|duration|length)\W{0,3}$", re.I)
_MINUTES_SECONDS_AFTER = re.compile(r"[:'][0-5]\d\b")
# A programme's length in its header line: "Published March 4, 2031 · 42 min", "Episode 12 | 38 mins"
_MIN_AFTER = re.compile(r"[^\S\n]?mins?\b\.?(?=[^\S\n]*(?:$|\n|[·|,;)]))", re.I)
_HEADER_LINE_WORDS = re.compile(r"\b(?:published|released|episode|aired|broadcast|running|duration|length|listen|"
                                r"podcast|updated)\b", re.I)
_MASTHEAD_BEFORE = re.compile(r"(?:\b[A-Z]{2,}|\|)\s*$")


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` is inside one of ``spans`` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


_CARRY_REACH = 400  # characters back to the figure whose unit a bare number takes
_COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|from|than)\s+(?:about\s+|around\s+|"
                              r"some\s+|nearly\s+)?$", re.I)
_TO_UPPER_END = re.compile(r"[^\S\n]*(?:to|-|–|—)[^\S\n]*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")  # (a range's upper end)
_BARE_END = re.compile(r"[^\S\n]*(?:[.,;:!?)\"”]|$|\n|[^\S\n]+(?:a|an|the|in|last|this|next|on|for|from|over|by|to|at|"
                       r"and|when|or|but|during|since|before|after|year|years|so|then|now)\b)")
_SCALES = ("thousand", "million", "billion", "trillion")
_DOING_AFTER = re.compile(r"[^\S\n]+(?:came|come|comes|are|were|is|was|went|go|goes|got|get|have|had|has|did|do|does|"
                          r"booked|sold|bought|left|stayed|visited|joined|work|worked|live|lived|died|arrived)\b", re.I)
_COMMA_THEN = re.compile(r"[^,.;:!?\n]{0,40},\s+")  # (the amount's own clause, then the bare scale)
_MORE_THAN_AFTER = re.compile(r"[^\S\n]+(?:more|less|fewer|higher|lower)[^\S\n]+than\b", re.I)
_SAME_MEASURE_BEFORE = re.compile(r"\b(?:which|that|it)\s+(?:was|is|were|stood\s+at)\s+$|\b(?:against|versus|vs\.?|"
                                  r"compared\s+with)\s+$", re.I)  # "..., which was 5.1."; not "turnover at 4.6"
_SPEAKER_ONLY = re.compile(r"(?:^|\n)[A-Z][A-Z .'’-]{1,40}:\s*$")  # a transcript's speaker, then the figure alone
_LABEL_LINE = re.compile(r"[^\S\n]*(?:[-•*][^\S\n]+)?(?=[^:\n]*[a-z])[^:\n]{2,80}:[^\S\n]*")  # a line's own label,
# then the figure (not a transcript's speaker, "CALLER (MS. LI): Two hundred thousand?")
_PRICE_VARIANT = re.compile(r"\b(?:with|and|plus|extra|add|big|large|small|last\s+year|before|used\s+to|one|ones|now)\b",
                            re.I)  # what a price said again names: another size or helping, or another time
_PRICE_REACH = 200  # characters back to the price a price said again in words follows
# ("sixty-one percent last year, down from", "eight tonnes a winter, down from": the figure's own clause goes on)
_RIGHT_AFTER = re.compile(r"[^,.;:!?\n]{0,24},?\s+(?:up|down)\s+from\s+(?:just\s+|only\s+|about\s+|around\s+|some\s+|"
                          r"roughly\s+)?")
_ODD_YUAN = re.compile(r"[^\S\n]+yuan\b")
_ODD_AFTER = re.compile(r"-(?:odd|something|some)\b|[^\S\n]+and[^\S\n]+something\b(?![^\S\n]+(?:like|else|of)\b)")
# ("one thousand two hundred and something cones": over; not "twenty and something like thirty")
_ODD_SCALE = re.compile(r"-(?:odd|something)[^\S\n]+(?P<scale>thousand|million|billion)\b(?!-)"
                        r"(?P<yuan>[^\S\n]+yuan\b)?", re.I)
_ODD_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_BEAT_TARGET_BY = re.compile(r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)\b(?:exceeded|exceeding|beat|beating|"
                             r"surpassed|surpassing|outstripped|overshot)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
                             r"(?:target|goal|plan|quota)s?\b[^.;!?]{0,60}?\bby\s+(?:about\s+|around\s+|nearly\s+)?$", re.I)
_PLACE_OF_BEFORE = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:city|county|province|region|town|prefecture|district|"
                              r"port|island)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|more\s+than\s+|"
                              r"over\s+)?$", re.I)
_OTHER_LINE = re.compile(r"\n\s*\n|\|")  # (a paragraph or a table's cell between: another figure's amount)
# What a count goes on with: "58,200 new urban jobs", "800 young crabs a mu", "Nine of Fujian's other cities"
_COUNTED_AFTER = re.compile(r"[^\S\n]+(?:of\b|(?:[A-Za-z-]+[^\S\n]+){0,3}?(?:[a-z]{3,}s|head|staff|people)\b)")
_SAID_AGAIN = SPOKEN_BARE + " (read as a price said again)"
_SPOKEN_PAIR = SPOKEN_BARE + " (an end of a range as spoken)"
_HYPHEN_NOUN = re.compile(r"-[A-Za-z]")  # ("the 180-room hotel": a count made an adjective, not a price said again)
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_PRICE_AGAIN = re.compile(r"\b(?:it's|that's|it\s+is|that\s+is|it\s+was|that\s+was|(?<=\bone\s)was|(?<=\bone\s)is)\s+"
                          r"(?:about\s+|around\s+|only\s+|just\s+)?(?P<n>(?:" + _TENS_WORDS + r")(?:-(?:one|two|three|"
                          r"four|five|six|seven|eight|nine))?|" + _TWO_TO_TWELVE + r"|thirteen|fourteen|fifteen|"
                          r"sixteen|seventeen|eighteen|nineteen)(?=\s*[.,;!?])", re.I)
_QUANTITY_VERB = re.compile(r"\b(?:sold|sell|sells|selling|produced|built|hired|served|handled|shipped|received|"
                            r"employ|employs|employed|planted|grew|raised|opened|recorded|registered|treated|counted|"
                            r"trained|enrolled|admitted|visited|attracted|welcomed)\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|"
                            r"more\s+than\s+|almost\s+)?$", re.I)
# "..., and aircraft movements totalled 38,215": a new subject counted by its own verb, not measured in the unit of
# the figure before it
_NEW_SUBJECT_TOTAL = re.compile(r"(?:,\s+and|;|\band\s+the)\s+(?:[\w'’-]+\s+){1,3}?(?:totall?ed|numbered)\s+"
                                r"(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|more\s+than\s+|almost\s+)?$", re.I)
_SPOKEN_CARRY_BEFORE = re.compile(r"(?:\b(?:is|was|are|were|it's|that's|costs?|about|around|maybe|perhaps|roughly|under|"
                                  r"over|only|just|to|from|and|or|than|at|nearly|almost|some|say)\s+|[,:]\s*)$", re.I)
_THERE_WERE_BEFORE = re.compile(r"\bthere(?:['’]s|\s+(?:is|are|was|were|will\s+be))\s+(?:only\s+|just\s+|about\s+|"
                                r"maybe\s+)?$", re.I)
_CHANGED_BY = re.compile(r"\b(?:that|it|this|the\s+(?:price|rent|fee|fare|charge|wage|salary|cost))\s+(?:has\s+|had\s+)?"
                         r"(?:went\s+up|gone\s+up|rose|risen|fell|fallen|came\s+down|come\s+down|increased|decreased|"
                         r"was\s+raised|was\s+cut|was\s+lowered)\s+by\s+(?:about\s+|around\s+|nearly\s+|another\s+)?$",
                         re.I)  # ("the pitch costs 1,800 yuan a month. That went up by 300"; not "bookings rose by 150")
_CARRIED_BASES = ("yuan", "US$", "tons", "TEU", "square meters", "people", "%", "km", "kWh", "kW", "cubic meters")


# What a bare "500 million" after an amount of money may count instead ("parcel volume to exceed 500 million")
_COUNTED_BEFORE = re.compile(r"\b(?:volume|parcels?|visits?|visitors|passengers|trips|people|residents|population|"
                             r"tonnes|tons|units|vehicles|cars|users|subscribers|orders|items|pieces|head|TEUs?|"
                             r"downloads?|followers|fans|views|members|trees|planting|shipments|copies|tickets|"
                             r"students|patients|animals|cattle|pigs|sheep|birds|workers|jobs|households)\b", re.I)
_SPEAKER_SUBJECT = re.compile(r"\b(?:we|I|she|he|they|it|you)\b|\b(?:we|I|you|they)['’]", re.I)


_NOT_DEGREES_AFTER = re.compile(r"\s+(?:per|people|persons|points?|percent|births|deaths)\b|,\d", re.I)
_LABEL_REACH = 160
_PER_AREA_AFTER = re.compile(r"[^\S\n]+(?:a|per|each)[^\S\n]+(?:square[^\S\n]+met(?:re|er)|sq\.?[^\S\n]?m|m2|m²)\b",
                             re.I)
_PER_AREA_NOTE = "yuan: a price per square metre, in the currency the text names before it"
_CURRENCY_WORD = re.compile(r"\byuan\b|\bRMB|元")
_OTHER_CURRENCY = re.compile(r"\$|€|£|\b(?:USD|dollars?|euros?|pounds|HKD|yen|rupees?|rupiah|ringgit|baht|roubles?|"
                             r"rubles?|tenge|shillings?|pesos?|naira|dirhams?|lira|zloty|kron(?:a|or|er)|francs?|"
                             r"riyals?|reais|patacas?)\b", re.I)  # (a currency but the yuan: the text's bare pay is not
# yuan; not
# "won", "real", "Dong": words of their own)


# A number paid, charged, earned or costing, said without its currency: "she pays 3,000 of it in rent", "we charged
# 480 a night", "The repairs cost me two hundred thousand" (not "brought in 810,000": visitors as often as money)
# A verb of money right before a number, with who paid and a hedge between ("cost me about", "paid maybe")
_HEDGE_TAIL = r"(?:about\s+|maybe\s+|around\s+|nearly\s+|over\s+|some\s+|roughly\s+|almost\s+|only\s+|just\s+|perhaps\s+)?$"
_MONEY_VERB_TAIL = r"\s+(?:(?:me|us|him|her|them|you)\s+)?" + _HEDGE_TAIL
_PAID_VERB_BEFORE = re.compile(r"\b(?:cost|costs|costing|paid|pay|pays|paying|earn|earns|earned|earning)" + _MONEY_VERB_TAIL,
                               re.I)  # (not "charging": a battery's too)
_MONEY_VERB_BEFORE = re.compile(r"\b(?:cost|costs|costing|paid|pay|pays|paying|charge|charges|charged|charging|earn|earns|"
                                r"earned|earning)" + _MONEY_VERB_TAIL, re.I)
# (a count after a money verb: "The firm pays 15 staff and 40 interns"; not "cost 130,000 three years ago", "paid
# 9,000 a month")
_PAID_NOUN_AFTER = re.compile(r"[^\S\n]+(?!(?:a|an|per|each|every|this|that|last|next|in|on|at|to|from|by|and|or|for|now|"
                              r"then|but|so|when|since|before|after|until|one|two|three|four|five|six|seven|eight|nine|"
                              r"ten|years?|months?|weeks?|days?|nights?|hours?|monthly|annually|yearly|nightly|daily|weekly|"
                              r"apiece|extra|more|less|upfront|net|cash|altogether|total|each|per)\b)[a-z]{3,}")
_OF_GROUP_AFTER = re.compile(r"\s+of\s+(?:the|these|those|them|its|their|our)\b", re.I)  # ("paid 40 of the 60 villages")
_PAID_NOTE = "money by its verb, its currency the text's (check)"
# Who is paid and the verb of the pay before it: "A full-timer gets about", "A young vet wants" (not "the shop gets four
# thousand visitors": a noun after the scale)
_PAY_TAKEN_BEFORE = re.compile(r"\b(?:full-timer|part-timer|worker|staff|vet|nurse|teacher|driver|cook|chef|cleaner|"
                               r"assistant|graduate|he|she|they|I|you)\s+(?:gets?|got|wants?|wanted|makes?|made|earns?|"
                               r"earned|takes?\s+home|took\s+home)\s+" + _HEDGE_TAIL, re.I)
# "I put about four hundred thousand in when I opened": a sum put in (not "put 300 in the boxes", things placed)
_PUT_IN_BEFORE = re.compile(r"\b(?:I|we|they|he|she|you)\s+(?:put|sank|poured)\s+(?:in\s+)?" + _HEDGE_TAIL, re.I)
_PUT_IN_AFTER = re.compile(r"[^\S\n]+in(?:to[^\S\n]+(?:it|the[^\S\n]+(?:place|shop|business|caf[eé]|firm|company)))?"
                           r"(?=[^\S\n]*(?:[,.;!?]|$|when|at|back|from|of\s+my|of\s+our|myself|ourselves))", re.I)


def _names_a_chinese_place(text: str) -> bool:
    """Whether ``text`` names China or a city or province of the gazetteer (one pass over its capitalised words)."""
    if "China" in text or _CHINESE_PLACE_WORDS.search(text):
        return True
    places = _place_words()
    return any(m.group(0) in places for m in _CAPITALISED.finditer(text))


@functools.lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    words = {w for _, w, _ in _gazetteer_cities() if " " not in w}
    words |= {province for _, _, province in _gazetteer_cities() if province and " " not in province}
    words |= {w for w in english_county_names()[0] if " " not in w}
    return frozenset(w for w in words - {"Macao", "Macau", "Hong", "Kong", "Taiwan"} if len(w) >= 4)  # (their own
    # currencies; "He", "Yi", "Lu": English words or too short to tell)


# A sum in yuan, in digits or words ("45 yuan", "Forty-five yuan"): what a sum in another currency just after it converts
_YUAN_SUM = re.compile(r"(?:\d|\b(?:[a-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                       r"[a-z]+ty|hundred|thousand|million|billion))[^\S\n]*yuan\b", re.I)
_YUAN_WORD = re.compile(r"(?<![A-Za-z])yuan(?![a-z])")  # the currency: not Taiyuan, Jiyuan or Zhenyuan, nor the surname
_CHINESE_PLACE_WORDS = re.compile(r"\bChinese\s+(?:county|city|province|village|town|township|prefecture)\b|"
                                  r"\bInner\s+Mongolia\b", re.I)


def _said_before_in_yuan(found: list[Candidate], i: int) -> bool:
    """Whether the amount ``found[i]`` was given in yuan, the same number as printed, in the 800 characters before."""
    c = found[i]
    k = i - 1
    while k >= 0 and c.printed_start - found[k].printed_end <= 800:
        if found[k].unit == "yuan" and found[k].value == c.value and found[k].as_printed.startswith(c.as_printed):
            return True
        k -= 1
    return False


def _part_of_money(found: list[Candidate], k: int, foreign: bool) -> bool:
    """Whether "N million of that" at ``found[k]`` is part of an amount of money: the amount before it in 200
    characters is in yuan or dollars, or there is none and the text names no other currency (``foreign``) ("The
    company sold 2 million phones, 1.2 million of that abroad"; "lost 12 million euros, 4 million of that in China")."""
    c = found[k]
    before = found[k - 1] if k and c.printed_start - found[k - 1].printed_end < 200 else None
    if before is not None:
        return before.unit.endswith(("yuan", "US$"))
    return not foreign


@functools.lru_cache(maxsize=8)
def _transcript(text: str) -> bool:
    """Whether ``text`` is talk written down: three lines or more open with a speaker ("ZHAO:", "[00:01:25] XU:",
    "Q:", "HUANG ZHIQIANG (GROWER):"). Once per text."""
    return len(list(itertools.islice(_SPEAKER_LINE.finditer(text), 3))) >= 3


_SPEAKER_LINE = re.compile(r"(?m)^(?:\[[^\]\n]{1,20}\][^\S\n]*)?"
                           r"(?!(?:Editor|Editors|Source|Sources|Photo|Photos|Tel|Fax|Email|E-mail|Date|Note|Notes|"
                           r"Contact|Website|Address|Loan\s+applicants|Applicants|Updated|Published)\b)"
                           r"(?:[A-Z][A-Za-z.'’-]*(?:[^\S\n]+[A-Z][A-Za-z.'’-]*){0,3}|Q|A)"
                           r"(?:[^\S\n]*\([^)\n]{0,60}\))?:[^\S\n]")


_AGE_OR_BOUND_AFTER = re.compile(r"[\d,.]+[^\S\n]+(?:and|or)[^\S\n]+(?:over|above|up|older|under|younger)\b", re.I)
_ASKED_BACK = re.compile(r"^[^\S\n]*(?:[A-Za-z'’-]+[^\S\n]+){0,3}[A-Za-z'’-]+\?[^\S\n]+")  # a short question asked back
# before the answer ("To the school?", "Per set?")


def _answers_money_question(text: str, start: int) -> bool:
    """Whether the number at ``start`` is the first of the first sentence of a speaker's turn whose turn before asks
    about money ("And the fare?", "What do you take on a normal day?", "And the rent?")."""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    speaker = _SPEAKER_LINE.match(text, line_start)
    if speaker is None or line_start == 0 and start > 200:
        return False
    opening = text[speaker.end():start]
    asked_back = _ASKED_BACK.match(opening)
    if asked_back is not None:  # ("To the school? A summer set, 85.": the amount ends its phrase; not "For seniors? 65
        opening = opening[asked_back.end():]  # and over ride free", "At the weekend? Gates open at 9")
        if _AGE_OR_BOUND_AFTER.match(text, start) is not None or re.search(r"\bat[^\S\n]*$", opening):
            return False
    if re.search(r"[.!?]\s|\d", opening):
        return False  # (its first sentence only, and its first number)
    before = text[max(0, line_start - 240):line_start].rstrip()
    question = before[before.rfind("\n") + 1:]
    asked = question[question.find(":") + 1:] if _SPEAKER_LINE.match(question) else question
    questions = asked.split("?")[:-1]  # (any question of the turn, "What are they buying? What's the typical
    return any(MONEY_QUESTION.search(q.lstrip() + "?") is not None for q in questions) and not re.search(  # price?",
        r"\bhow\s+many\b", questions[-1], re.I)  # but where the last asks how many: "What's the price of a bag? And
    # how many bags do you sell a day?")


def _pair_kept_whole(text: str, found: list[Candidate], dropped: str) -> None:
    """"Sixty, seventy.", "I'd guess sixty, seventy.": the ends of a range as spoken are one claim, kept as counts
    both or neither. Where the words around kept one end as a count with no unit and left the other to be dropped
    (its note starting with ``dropped``), the other is kept as the first is."""
    for a, b in zip(found, found[1:]):
        ends = (a.note.startswith(dropped), b.note.startswith(dropped))
        if ends[0] != ends[1] and a.unit == b.unit == "count" and a.note.startswith("no unit") and \
                b.note.startswith("no unit") and _spoken_pair(text, a, b) and \
                _AGES_BEFORE.search(text, max(0, a.printed_start - 12), a.printed_start) is None and \
                not age_or_time_said(text, a.printed_start) and not AGE_OR_TIME_QUESTION.search(_last_question(text, a)):
            a.note = b.note = b.note if ends[0] else a.note


# ("back to school at sixty, seventy", "kids of eight, ten", "open till ten, eleven": ages and times, no more a figure
# for the other end having been kept; nor an answer to "How old are the pickers?", "When do you close?")
_AGES_BEFORE = re.compile(r"\b(?:at|of|aged?|ages|till|until|they['’]re|we['’]re)\s+$", re.I)


def _last_question(text: str, c: Candidate) -> str:
    """The last question in the 200 characters before ``c``'s line (the turn it answers), or ""."""
    line = text.rfind("\n", max(0, c.printed_start - 200), c.printed_start)
    asked = text.rfind("?", max(0, c.printed_start - 200), line) if line > 0 else -1
    return text[max(0, text.rfind("\n", max(0, asked - 160), asked) + 1):asked] if asked >= 0 else ""


def _in_a_row_of_numbers(text: str, c: Candidate) -> bool:
    """Whether ``c`` stands in a table's row: cells parted by tabs, bars or runs of blanks, or a short line of two
    numbers or more that is no sentence (its unit is the header's, not the clause's)."""
    start = text.rfind("\n", max(0, c.printed_start - 300), c.printed_start) + 1
    end = text.find("\n", c.printed_end, c.printed_end + 300)
    if start == 0 and c.printed_start > 300 or end < 0 and len(text) > c.printed_end + 300:
        return False  # (a line of 300 characters and more is prose: looked at in a window, never whole)
    line = text[start:end if end >= 0 else len(text)]
    return "\t" in line or "|" in line or "   " in line.strip() or \
        len(line) < 100 and len(_NUMBER_GROUP.findall(line)) >= 2 and not line.rstrip().endswith((".", "?", "!"))


_NUMBER_GROUP = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?")


def _spoken_pair(text: str, low: Candidate, high: Candidate) -> bool:
    """Whether ``low`` and ``high`` are the ends of a range as spoken, parted by a comma ("twelve, thirteen a jin")."""
    return low.qualifier == high.qualifier == "range" and \
        _SPOKEN_COMMA.fullmatch(text, low.printed_end, high.printed_start) is not None


def _first_currency(text: str) -> int:
    """Where the text first names its currency (yuan, RMB), or its length when it names none."""
    m = _CURRENCY_WORD.search(text)
    return m.start() if m else len(text)


_AVERAGE_IS = re.compile(r"(?:\b(?:provincial|national|city|county|regional|district|(?-i:[A-Z][a-z]+))\s+average\s+|"
                         r"\bthe\s+average\s+(?:(?:last|this)\s+(?:year|month)|in\s+\d{4})\s+)"
                         r"(?:is|was|stands\s+at|stood\s+at)\s+"
                         r"(?:(?:around|about|roughly|nearly|only|just)\s+)?$", re.I)
_RATE_AGAIN = re.compile(r"\b(?:it['’]s|it\s+is|it\s+was|we['’]re|we\s+are)\s+(?:nearer|closer\s+to|more\s+like)\s+$", re.I)
_ENDS_CLAUSE = re.compile(r"[^\S\n]*(?:[,.;!?]|$)")  # ("in February 53, and": a count said after its month)
_HOW_MANY_ASKED = re.compile(r"\bhow\s+many\b[^?\n]{0,80}\?", re.I)


# ", of which the Olympic Sports Center received 426.8", "; of which exports were 1.3": a part of the total before
_OF_WHICH = re.compile(r"[,;][^\S\n]+of[^\S\n]+which\b", re.I)
_PART_NOTE = "unit of the total it is part of (check)"
_NUMBERED_BEFORE = re.compile(r"\b(?:numbered|number(?:ed)?\s+of|were\s+new|projects|firms|companies)\b[^,;]*$", re.I)


def _part_of_total(text: str, found: list[Candidate]) -> None:
    """A bare number in digits after "of which" in the sentence of an amount takes the amount's unit: "Visits reached
    1,862.4 (10,000 person-times), up 12.6%, of which the centre received 426.8, nearly a quarter". Only a part
    smaller than its total, ending its clause, with no other amount between; marked for the reviewer to check."""
    total: Candidate | None = None
    for c in found:
        if total is not None and c.start != total.start:
            total = None  # (the total's sentence only)
        if c.unit == "count" and c.note.startswith("no unit") and total is not None and \
                _DIGIT.search(c.as_printed) is not None and 0 < c.value < total.value and \
                _OF_WHICH.search(text, total.printed_end, c.printed_start) is not None and \
                _BARE_END.match(text, c.printed_end) is not None and \
                not (float(c.value).is_integer() and _currency_of(total.unit)) and \
                not _NUMBERED_BEFORE.search(text, max(total.printed_end, c.printed_start - 30), c.printed_start):
            # (not "580 million yuan, of which the new projects numbered 46": things counted)
            c.unit, c.note, c.confidence = total.unit, _PART_NOTE, 0.6
            continue
        if c.unit in UNITS and (UNITS[c.unit].base not in ("count", "%", "percentage points", "times", "year", "rank")
                                or UNITS[c.unit].base == "count" and UNITS[c.unit].factor > 1) \
                and "(check)" not in c.note and c.qualifier != "range" and c.value > 0:
            total = c  # (an amount in a unit of its own, "(100 million pieces)" too: the total a part after "of which"
            # is of; not "5,200 firms", whose part is counted as it is)
        elif c.unit not in ("%", "percentage points"):
            total = None  # (another figure between: "up 12.6%" leaves the total standing)


def _carried_units(text: str, found: list[Candidate]) -> None:
    """A bare number that says again what an amount just before it measured takes its unit, as a reader does: "we
    did 162,000 TEUs in those ten months. Last year, for the whole year, we did 171,000"; "a net profit of 286
    million yuan last year, compared with 191 million the year before". Only within the same or the paragraph
    before, from an amount of money, tonnes, TEU, area or people, to a bare number of the same order (a fifth to
    five times it) or a bare scale of the same unit; marked for the reviewer to check."""
    last: Candidate | None = None
    money: Candidate | None = None  # the last amount in yuan (a change in percent may stand between it and a
    # price said again: "5,900 yuan per square metre. That's down roughly 6 percent ... New-builds were around 6,800")
    currency_at = _first_currency(text)
    for c in found:
        if c.note == _SAID_AGAIN:
            continue  # (the scanner's reading of a price said again, which the rule's reading stands for)
        if c.unit == "count" and c.note.startswith("no unit") and c.value >= 100 and currency_at < c.printed_start \
                and _PER_AREA_AFTER.match(text, c.printed_end) and float(c.value).is_integer():
            c.unit, c.note, c.confidence = "yuan", _PER_AREA_NOTE, 0.6  # ("at nearly 7,000 a square metre": a
            # home's price, in the currency the text names before it)
        elif c.unit == "count" and c.note.startswith("no unit") and c.value >= 10 and currency_at < c.printed_start \
                and (_MONEY_VERB_BEFORE.search(text, max(c.start, c.printed_start - 30), c.printed_start)
                     or c.value >= 1000 and _PUT_IN_BEFORE.search(text, max(c.start, c.printed_start - 30), c.printed_start)
                     and _PUT_IN_AFTER.match(text, c.printed_end)) \
                and not _PAID_NOUN_AFTER.match(text, c.printed_end) and not _OF_GROUP_AFTER.match(text, c.printed_end):
            c.unit, c.note, c.confidence = "yuan", _PAID_NOTE, 0.5  # ("I paid 9,000 a month", "The repairs cost me
            # two hundred thousand": money by its verb, in the currency the text names before it)
        before = last
        if last is not None and last.unit in ("%", "times") and money is not None and \
                money.printed_end < last.printed_start \
                and c.unit == "count" and c.note.startswith("no unit") and \
                (_DIGIT.search(c.as_printed) or c.note.startswith((SPOKEN_BARE, CLAUSE_END))) and \
                float(c.value).is_integer() and money.value > 0 and 0.5 <= c.value / money.value <= 2 and \
                not _OTHER_LINE.search(text, money.printed_end, c.printed_start):
            last = money  # (a price again after its change in percent, within its paragraph and of its order)
        # after an amount in yuan, a number in digits that no noun follows, in its paragraph and not in a table's
        # other cell ("rabbit, 80 yuan. Fox fur, 450, sometimes 500", "around 2.6 yuan a kilometre ... Now it's 2.1")
        again = last is not None and last.unit == "yuan" and _DIGIT.search(c.as_printed) is not None and \
            _COUNTED_AFTER.match(text, c.printed_end) is None and _DOING_AFTER.match(text, c.printed_end) is None and \
            not _HYPHEN_NOUN.match(text, c.printed_end) and \
            not _OTHER_LINE.search(text, last.printed_end, c.printed_start)  # (not "about 300 came", "80 are booked")
        upper = _TO_UPPER_END.match(text, c.printed_end) if c.qualifier == "range" else None
        more = _MORE_THAN_AFTER.match(text, c.printed_end) is not None  # ("126,000 TEUs ..., about 18,000 more than a
        # year earlier": the difference, in the amount's unit)
        ends = again or _BARE_END.match(text, upper.end() if upper else c.printed_end) is not None  # ("we did
        # 171,000.", not "58,200 new urban jobs"; a range's lower end where its upper end ends: "a cart is 3,000 to
        # 3,500.", not "another 1,500 to 1,700 old compounds")
        bare = c.unit == "count" and c.note.startswith("no unit") and (ends or more) and (
            not c.note.startswith(SPOKEN_BARE) or _SPOKEN_CARRY_BEFORE.search(text, max(c.start, c.printed_start - 20),
                                                                 c.printed_start) is not None) and (
            c.note != CLAUSE_END or _THERE_WERE_BEFORE.search(text, max(c.start, c.printed_start - 30),
                                                              c.printed_start) is None)
        # (a number in words at a clause's end carries an amount's unit: "Before COVID it was twenty-five.", "Now
        # we are happy with eight."; not "There were three.": things counted)
        # (a round number in words carries an amount's unit only after a copula, a hedge or a bound: "maybe three
        # hundred.", "under two hundred."; not "Farmers planted nine hundred", "Cases went up by two hundred")
        scale_only = c.unit in _SCALES and c.as_printed.split()[-1].lower() in _SCALES and (ends or (
            _MORE_THAN_AFTER.match(text, c.printed_end) is not None and last is not None and last.start == c.start
            and last.unit.split(" ", 1)[0] == c.unit
            and _COMMA_THEN.fullmatch(text, last.printed_end, c.printed_start) is not None)) and (  # ("6 million
            # square meters of floor space, 2.4 million more than last winter": the difference, in the amount's unit)
            _COMPARED_BEFORE.search(text, max(c.start, c.printed_start - 24), c.printed_start) is not None
            or _MORE_THAN_AFTER.match(text, c.printed_end) is not None
            or last is not None and _currency_of(last.unit) and last.unit.split(" ", 1)[0] == c.unit
            and last.value > 0 and 0.2 <= c.value / last.value <= 5
            and not _COUNTED_BEFORE.search(text, max(c.start, c.printed_start - 60), c.printed_start)
            and (last.start == c.start or _SPEAKER_SUBJECT.search(text, c.start, c.printed_start) is not None))
        # (in a later sentence only where a speaker goes on about it: "This year we hope for 30 million"; not
        # "Shipments came to 2 billion", "Its followers reached 12 million")
        # ("sales were 23.6 million yuan ... This year we hope for 30 million": money of the same scale, said again
        # without its currency)
        # ("compared with 191 million the year before", not "1.62 million NEVs", "3.47 million head" nor "visits
        # topped 9.8 million": a bare scale takes an amount's unit only where it is compared with that amount)
        line_start = text.rfind("\n", max(0, c.printed_start - _LABEL_REACH), c.printed_start) + 1
        labelled = (line_start > 0 or c.printed_start <= _LABEL_REACH) and \
            _LABEL_LINE.fullmatch(text, line_start, c.printed_start) is not None  # ("- Trains from X: 136"; a
        # label is short: looked for within its reach, so a text with no line break costs no rescan per figure)
        asked_between = bare and c.value < 100 and c.note.startswith((SPOKEN_BARE, CLAUSE_END)) and last is not None and \
            "?" in text[last.printed_end:c.printed_start]  # ("8 yuan a bottle. What time do you close? It's eleven")
        asked_between = asked_between or bare and last is not None and _HOW_MANY_ASKED.search(
            text, max(last.printed_end, c.printed_start - 200), c.printed_start) is not None  # ("... is 150 yuan.
        # How many guests do you take? Up to 40 per night.": things counted, not yuan)
        # (nor a count after its verb: "A jar is 65 yuan. I've sold about 140 this month": jars sold, no yuan)
        if last is not None and (bare or scale_only) and UNITS.get(last.unit) is not None and not labelled and \
                not asked_between and \
                _QUANTITY_VERB.search(text, max(c.start, c.printed_start - 30), c.printed_start) is None and \
                _NEW_SUBJECT_TOTAL.search(text, max(last.printed_end, c.printed_start - 60), c.printed_start) is None and \
                c.printed_start - last.printed_end <= _CARRY_REACH and \
                text.count("\n\n", last.printed_end, c.printed_start) <= 1 and "table" not in c.note and \
                (c.qualifier != "range" or bare):  # ("a cart is 3,000 to 3,500.": both ends bare)
            unit = ""
            spec = UNITS.get(last.unit)
            if scale_only:
                tail = last.unit.split(" ", 1)[-1] if last.unit.split(" ", 1)[0] in _SCALES else last.unit
                unit = f"{c.unit} {tail}" if f"{c.unit} {tail}" in UNITS else ""
            elif spec is not None and c.value > 0 and last.value != 0:
                ratio = c.value / (abs(last.value) * (spec.factor if last.unit.split(" ", 1)[0] in _SCALES else 1))
                whole = float(c.value).is_integer()
                share = not whole and last.unit == "%" and (
                    c.start == last.start and _SAME_MEASURE_BEFORE.search(text, max(c.start, c.printed_start - 30),
                                                                           c.printed_start) is not None
                    or _SPEAKER_ONLY.search(text, max(0, c.printed_start - 40), c.printed_start) is not None
                    and "?" not in text[last.printed_end:c.printed_start])
                price = not whole and last.unit == "yuan" and 0 < last.value < 100 and (
                    _PER_MEASURE_AFTER.match(text, last.printed_end) is not None
                    or _PER_TIME_AFTER.match(text, last.printed_end) is not None or again)  # "0.9 yuan a jin. Last
                # year 1.3."
                least = 0.02 if more or _CHANGED_BY.search(text, max(c.start, c.printed_start - 24), c.printed_start) \
                    else 0.2
                average = last.unit == "%" and (c.value <= 100 or not whole) and (
                    _AVERAGE_IS.search(text, max(c.start, c.printed_start - 40),
                                                                    c.printed_start) is not None
                                                 or c.start == last.start and _RATE_AGAIN.search(
                                                     text, max(c.start, c.printed_start - 30), c.printed_start))
                # (or the rate said again in its sentence: "were at about 62 percent, and this year it's nearer 70")
                unit = last.unit if least <= ratio <= 5 and (whole and last.unit != "%" or share or price or average) \
                    else ""  # ("... was 86 percent. The Sichuan average is around 78.": a rate's average, in %)
                # (a change may be far smaller than the amount: "1,800 yuan a month. That went up by 300")
                # (a share carries to a decimal in its own sentence, or to a reply that is only the number: "5.6
                # percent is ... above the provincial figure, which was 5.1." / "FENG: 8.7.")
                if unit and last.unit.split(" ", 1)[0] in _SCALES:
                    tail = last.unit.split(" ", 1)[-1]
                    unit = tail if tail in UNITS and _COMPARED_BEFORE.search(
                        text, max(c.start, c.printed_start - 24), c.printed_start) is not None else ""
                    # ("3.2 million tonnes ... 1,500": no scale to carry to a number in full; but a number in full
                    # compared with it takes its unit: "1.46 million yuan last year, against 980,000 in 2022")
            if unit and UNITS[unit].base not in ("yuan", "US$") and _PER_MEASURE_AFTER.match(text, c.printed_end):
                unit = ""  # ("the big ones over five jin, seven and a half a jin": a price per jin, never a weight)
            if unit and UNITS[unit].base in _CARRIED_BASES and not (
                    UNITS[unit].base not in ("yuan", "US$")
                    and _PAID_VERB_BEFORE.search(text, max(c.start, c.printed_start - 30), c.printed_start)):
                # (not "300,000 cubic meters of water ... The county paid 250,000 for it": money, by its verb)
                c.unit, c.note, c.confidence = unit, "unit of the amount before it (check)", 0.5
        if c.unit == "percentage points" and "in words" in c.note:
            continue  # ("5.6 percent is half a point above the figure, which was 5.1": 5.1 measures as 5.6 does)
        last = c if "(check)" not in c.note or c.note.startswith(_PAY_NOTE) else before  # (the figure just before,
        # whatever it counts; a guess carries no further, but for pay or a price read by its verb and its "a month")
        if c.unit == "yuan" and "(check)" not in c.note:
            money = c


def _in_rating_key(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a broker's rating key ("Rating definitions: BUY, expected total return above 15%"), in
    its paragraph's last 300 characters (a cheap look for its words first; a key wrapped over two lines: "HOLD,
    between -5% and 15%;" over "SELL, below -5%.")."""
    start = max(0, pos - 300, text.rfind("\n\n", max(0, pos - 300), pos))
    piece = text[start:pos]
    return ("ating" in piece or "BUY" in piece or "OUTPERFORM" in piece or "OVERWEIGHT" in piece
            or "ACCUMULATE" in piece) and _RATING_KEY.search(piece) is not None


_NAME_AGE_BEFORE = re.compile(r"\b(?:said|says|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)?\s?(?!(?i:" + WORD_NUMBER + r"),)"
                              r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s(?:now\s|aged\s)?$")  # (not "Forty, fifty.": a range)
_AGE_END = re.compile(r"(?:,|\.(?!\d)|\s*$|\s+and\s+(?!\d))")
_OVER_AGE_BEFORE = re.compile(r"\b(?:people|passengers|workers|residents|farmers|craftsmen|staff|employees|members|"
                              r"herders|fishermen|villagers|farm|them|whom|who|depositors|visitors|stallholders|"
                              r"borrowers|applicants|students|buyers|customers|women|men)\b(?:[^.;]{0,40}\b(?:is|are|was|"
                              r"were)\s+(?:now\s+|mostly\s+|all\s+)?|\s+)(?:over|under|above|below|older\s+than|"
                              r"younger\s+than)\s+$")  # ("depositors under 35", "visitors over 60 and students")
_LISTING_BEFORE = re.compile(r"\b(?:SSE|SZSE|HKEX|SEHK|BSE|HJ|stock\s+code):?\s?$")
_HK_CODE = re.compile(r"\d{4,5}")  # (a Hong Kong code, or any in brackets; not "IPOs on the HKEX: 73 in the first half")
_SHORT_LISTING = re.compile(r"(?:\(|[,;]\s?)(?:(?:SZ|SH|SHA|SHE|BJ):\s?(?=\d{6}[),;])|Shenzhen:\s?(?=[023]\d{5}[),;])|"
                            r"Shanghai:\s?(?=[69]\d{5}[),;])|Beijing:\s?(?=[489]\d{5}[),;])|"
                            r"(?:HK|Hong\s+Kong):\s?(?=\d{4,5}[),;]))")  # "(Shenzhen: 002917)", "(SZ:
# 002917)", "(SH: 601318, HK: 2318)": six digits on the mainland, four or five in Hong Kong (not "(SH: 4100, SZ:
# 2800)", prices by city)
# (an exchange's city before a number that is no code of it, or a list going on with a place that has no exchange:
# "(Beijing: 650000, Shanghai: 720000)", "(Hong Kong: 1200, Macao: 300)", figures by city)
_LISTED_PLACE_AFTER = re.compile(r"\s*[,;]\s*(?!(?:SZ|SH|SHA|SHE|BJ|HK|Shenzhen|Shanghai|Beijing|Hong\s+Kong)\s?:)"
                                 r"[A-Z][A-Za-z .'-]{1,24}:\s?\d")


_ANGLE_BEFORE = re.compile(r"\b(?:slopes?|steep(?:er)?|gradients?|angles?|inclines?|inclined|tilt(?:ed)?|"
                           r"rotat(?:e|ed|es|ion)|pitch(?:ed)?)\b[^.;\n]*$", re.I)
# Words of heat or weather in a sentence where "degrees" alone is a temperature ("the thermometer showed minus 34
# degrees", "the ground can top 70 degrees", "water at about 85 degrees"); without one it is no temperature ("awarded
# 3,200 degrees", "changed course by 45 degrees", "a 360 degrees view")
_HEAT_WORDS = re.compile(r"\b(?:thermometers?|temperatures?|hot|hotter|hottest|heat|heatwave|cold|colder|coldest|"
                         r"warm|warmer|"
                         r"cool|cooler|freez\w*|frost\w*|chill\w*|weather|winters?|summers?|nights?|days?|sun|sunny|"
                         r"minus|below\s+zero|greenhouses?|water|oven|wok|boil\w*|bak\w*|roast\w*|climate|air|ground|"
                         r"sand|lows?|highs?|heating|heated|radiators?|indoors?|rooms?|bedrooms?|afternoons?|mornings?|"
                         r"noon|evenings?|shade|snow\w*|ice|icy|blizzards?|wind|rain\w*|celsius|℃|°C)\b", re.I)
# "minus sixteen" in words: a temperature only after words of the cold just before it ("Yes, it's cold. Phone says minus
# sixteen") or of the weather outside after it ("minus twenty-four out there"); not "two hundred a day, minus forty"
_COLD_WORDS = re.compile(r"\b(?:cold|colder|coldest|freez\w*|frost\w*|chill\w*|snow\w*|ice|icy|thermometers?|"
                         r"temperatures?|degrees|winter)\b", re.I)
_OUT_THERE_AFTER = re.compile(r"[^\S\n]+(?:out[^\S\n]+there|outside|out[^\S\n]+on[^\S\n]+the[^\S\n]+street)\b", re.I)
_FAHRENHEIT_AFTER = re.compile(r"\s*(?:Fahrenheit|F\b)", re.I)
_INDEX_BASE_BEFORE = re.compile(r"[(（][^()（）\d\n]{2,56}[=＝]\s*$")
_BRACKET_CLOSE = re.compile(r"\s*[)）]")


_SPEAKER_TAG_END = re.compile(r"[^\]\n]{0,80}\][^\S\n]*:")


def _in_speaker_tag(text: str, c: Candidate) -> bool:
    """Whether ``c`` stands in a transcript's speaker tag that opens its line: "[CUSTOMER 1, office worker, around
    30]:" (looked for within 80 characters either side)."""
    line_start = text.rfind("\n", max(0, c.printed_start - 80), c.printed_start) + 1
    if line_start == 0 and c.printed_start > 80:
        return False
    return text.startswith("[", line_start) and "]" not in text[line_start:c.printed_start] and \
        text[line_start + 1:line_start + 2].isupper() and _SPEAKER_TAG_END.match(text, c.printed_start) is not None


_PAGE_COUNTER_BEFORE = re.compile(r"\b(?:(?:page\s+)?views|hits|clicks|(?:web)?site\s+(?:id|identifier|code))\s*[:：]\s*$",
                                  re.I)


_NUMBERED_VEHICLE_BEFORE = re.compile(r"\bnumber\s$", re.I)
_NUMBERED_VEHICLE_AFTER = re.compile(r"\s(?:bus|buses|route|line|tram|trolleybus|train|ferry|platform|gate|exit)\b", re.I)
_ITEM_OF_BEFORE = re.compile(r"\b(?:item|part|episode|page|story)\s\d{1,3}\sof\s$", re.I)


_DEPTH_AFTER = re.compile(r"[^\S\n]+(?:deep\b|of[^\S\n]+(?:snow|rain|water|precipitation)\b)", re.I)
_DEPTH_BEFORE = re.compile(r"\b(?:rose|risen|rise|rises|fell|dropped|rainfall|precipitation)\b[^.;:\n]{0,30}$", re.I)
_SIZE_AFTER = re.compile(r"[^\S\n]+(?:tall|long|wide|high|thick|across|in[^\S\n]+diameter)\b|"
                         r"[^\S\n]+[a-z]+[^\S\n]+shovels?\b", re.I)  # ("a suspect 175 cm tall", "30 cm snow shovels")
_SNOW_WORDS = re.compile(r"\bsnow(?:fall|falls|storm|storms|drifts?|ed|ing|s)?\b|\bprecipitation\b|\bwater[^\S\n]+levels?\b|"
                         r"\bflood[^\S\n]?waters?\b", re.I)


def _not_a_figure(text: str, c: Candidate) -> bool:
    """Dates and datelines ("Jan. 12 (Xinhua)", "Aug. 28, 2022", "September 8 and 11") and the spans of
    a period ("the first three quarters of", "the first five months of")."""
    if c.unit == "°C" and c.as_printed.endswith("degrees") and (
            _ANGLE_BEFORE.search(text, max(0, c.printed_start - 40), c.printed_start)
            or _FAHRENHEIT_AFTER.match(text, c.printed_end)
            or not _HEAT_WORDS.search(text, max(0, c.start - 240), c.end)):
        return True  # "slopes steeper than 25 degrees", "tilted at 30 degrees": an angle; "5 degrees Fahrenheit" (no
        # °C); "awarded 3,200 degrees": no temperature where nothing in the sentence speaks of heat or weather
    if c.unit == "centimetres" and (_SIZE_AFTER.match(text, c.printed_end) or not _DEPTH_AFTER.match(text, c.printed_end)
                                    and not _DEPTH_BEFORE.search(text, max(0, c.printed_start - 40), c.printed_start)
                                    and not _SNOW_WORDS.search(text, max(0, c.printed_start - 200), c.printed_end + 40)):
        return True  # ("a big vase, anything over thirty centimetres", "orchids 40 centimetres tall", "a suspect 175
        # centimetres tall": a size; snow and water are measured, "31 centimetres of snow", "43 centimetres deep")
    before = text[max(0, c.printed_start - 16):c.printed_start]
    if c.unit == "count" and c.note.startswith("no unit") and _CODE_AFTER.match(text, c.printed_end):
        return True
    if c.unit == "count" and (_NUMBERED_VEHICLE_BEFORE.search(before) and _NUMBERED_VEHICLE_AFTER.match(text, c.printed_end)
                              or _ITEM_OF_BEFORE.search(before)):
        return True  # "the number 12 bus": a route's name; "Item 2 of 6", "PART 1 OF 3": a running order
    if c.unit == "count" and c.note.startswith("no unit") and \
            _PAGE_COUNTER_BEFORE.search(text, max(0, c.printed_start - 24), c.printed_start):
        return True  # a web page's "Views: 2,417", "Website ID: 4453000001": the page's own numbers, no figure
    if c.unit in ("count", "rank") and c.value < 100 and \
            _PLACES_OF_BEFORE.search(text, max(0, c.printed_start - 40), c.printed_start) and \
            _PLACES_AFTER.match(text, c.printed_end):
        return True  # "in any of Shandong's 16 cities", "the county's ten towns": the field of places, no figure (not
        # "Hechi's 1,573 administrative villages": so many is a count of its own)
    if c.unit == "count" and c.note.startswith("no unit") and (
            _RUNNING_TIME_BEFORE.search(text, max(0, c.printed_start - 24), c.printed_start)
            and _MINUTES_SECONDS_AFTER.match(text, c.printed_end)
            or text[c.printed_start - 1:c.printed_start] == "'" and text[c.printed_start - 2:c.printed_start - 1].isdigit()
            and text.startswith('"', c.printed_end)):
        return True  # "Running time 34:12", "Running time: 48'30\"": a programme's length, minutes and seconds
    if c.unit == "count" and c.note.startswith("no unit") and _MIN_AFTER.match(text, c.printed_end) and \
            _HEADER_LINE_WORDS.search(text, max(0, c.printed_start - 160), c.printed_start) and \
            text.count("\n", max(0, c.printed_start - 160), c.printed_start) <= 3:  # (its line or the one before:
        # "Episode 63: ...\nMar 12, 2031 · 48 min")
        return True  # "Published March 4, 2031 · 42 min": the programme's length in its header, no figure
    if c.unit == "count" and c.note.startswith("no unit") and c.as_printed.isdigit() and len(c.as_printed) <= 3 and \
            text[c.printed_start - 1:c.printed_start] == "[" and text.startswith("]", c.printed_end):
        return True  # "up 4.7%.[1]", "see note [3]": a reference to a note or a source, no figure
    if c.unit == "count" and c.value in (100.0, 1000.0) and _INDEX_BASE_BEFORE.search(
            text, max(0, c.printed_start - 60), c.printed_start) and _BRACKET_CLOSE.match(text, c.printed_end):
        return True  # "(same month of the previous year = 100)", "(female = 100)": an index's base
    if c.unit == "count" and c.value <= 12 and c.value == int(c.value) and \
            _CLOCK_AT_BEFORE.search(text, max(0, c.printed_start - 8), c.printed_start) and \
            _PART_OF_DAY_AFTER.match(text, c.printed_end):
        return True  # "at seven this morning", "by 10 tonight", "at six in the evening": a time of day
    if _AM_PM_AFTER.match(text, c.printed_end) and c.value <= 12 or \
            _SURVEY_OF.search(text, max(0, c.printed_start - 30), c.printed_start) and UNITS.get(c.unit) is not None \
            and UNITS[c.unit].base in ("count", "people") or \
            c.unit == "count" and c.value < 120 and \
            _AGE_GROUP_BEFORE.search(text, max(0, c.printed_start - 30), c.printed_start) or \
            _HYPHEN_MEASURE.fullmatch(c.as_printed) and _MEASURE_GOES_ON.match(text, c.printed_end):
        return True  # "until 2 a.m."; "a survey of 2,400 visitors" (its sample); "people under 35"; "1,000-tonne-class"
    if _TONNE_CLASS.fullmatch(c.as_printed) and _VESSEL_AFTER.match(text, c.printed_end) or \
            _DEADWEIGHT.search(c.as_printed) and c.value <= 500_000 and c.unit.split(" ", 1)[0] not in _SCALES and (
                _VESSELS_OF_BEFORE.search(text, max(0, c.printed_start - 30), c.printed_start)
                or _GROUP_AFTER.match(text, c.printed_end)):
        return True  # "a 225,000-tonne berth", "2,000-tonne vessels", "ships of 100,000 deadweight tonnes or more": a
        # class of ship or berth (the labelled sets leave 15 in 17 unlabelled; not "Ships of 2.16 million deadweight
        # tonnes were on order", a fleet's total)
    if c.unit == "metres" and (
            _LENGTH_BOUND_BEFORE.search(text, max(0, c.printed_start - 40), c.printed_start)
            or _RACE_AFTER.match(text, c.printed_end) or _DIMENSION_AFTER.match(text, c.printed_end)
            or _PLOT_OF_BEFORE.search(text, max(0, c.printed_start - 24), c.printed_start)
            or _OR_MORE_AFTER.match(text, c.printed_end)  # ("a main span of 120 metres or more": a tender's bound)
            or "-" in c.as_printed and c.value < 100 and _MEASURE_WORD_AFTER.match(text, c.printed_start + len(
                c.as_printed.split("-", 1)[0]))):
        return True  # "children under 1.2 metres" (a bound, above); "a typical 10.5-metre bus", "12-metre ceilings": the
        # size of a kind of thing (not "a 1,340-metre bridge", a project's own length)
    if c.unit == "mm" and _SIZE_GRADE_AFTER.match(text, c.printed_end) and \
            text.endswith(("of ", "measuring "), max(0, c.printed_start - 10), c.printed_start):
        return True  # "Top-grade fruit of 80 mm or larger": a size grade, no measure of rain
    if c.qualifier in ("over", "under") and \
            _BOUNDED_GROUP_BEFORE.search(text, max(c.start, c.printed_start - 80), c.printed_start):
        return True  # "the highest of any Chinese city with more than a million residents": a group's bound
    if (c.unit.endswith("yuan") or c.unit.endswith("US$")) and _EACH_AFTER.match(text, c.printed_end) and \
            _WORTH_BEFORE.search(text, max(c.start, c.printed_start - 30), c.printed_start):
        return True  # "39 projects are worth more than a billion yuan each": what defines the group, no figure
    if _GROUP_WITH_BEFORE.search(text, max(0, c.printed_start - 12), c.printed_start) and \
            _OR_MORE_AFTER.match(text, c.printed_end):
        return True  # "manufacturers with 300 or more employees", "households farming 50 mu or more": a group's bound
    if c.unit in ("hours", "days", "weeks", "months", "years") and c.as_printed[:1].isalpha() and \
            not text.endswith(("by ", "By "), max(0, c.printed_start - 3), c.printed_start) and \
            not (c.unit == "days" and _WORKING_DAYS_PRINTED.search(c.as_printed)
                 and _TAKES_BEFORE.search(text, max(0, c.printed_start - 16), c.printed_start)) and \
            not _COMPARED_SPAN_AFTER.match(text, c.printed_end) and \
            not (c.unit == "hours" and _hours_of_a_day(text, c)):
        # ("early, by four months": a change; "two days more than in 2030", a difference; "I do eleven hours a day";
        # "it now takes three working days": how long a service takes, a figure)
        return True  # a span of time in words ("Give us ten years", "two or three hours each way"): the labelled
        # sets give none as a figure (durations in digits they sometimes do: "22.4 months" of supply)
    if c.unit == "square meters" and "-" in c.as_printed and _A_HOME_AFTER.match(text, c.printed_end):
        return True  # "a typical 70-square-metre flat", "renting a 50-square-meter flat": a home's size as an example (a
        # "36,000-square-meter terminal", "a 20-square-meter shop" are figures)
    if _HYPHEN_DURATION.fullmatch(c.as_printed) or c.unit == "count" and _AGO_AFTER.match(text, c.printed_end):
        return True  # "on a 6-month moving average", "a 20-year bond" (measure words); "Three winters ago"
    if c.value in (100.0, 1000.0, 10000.0) and text[c.printed_start - 1:c.printed_start] == "(" and \
            text.startswith(")", c.printed_end) and c.unit != "%" or \
            c.value in (100.0, 1000.0, 10000.0) and (
                _UNIT_SAYS_BEFORE.search(text, max(0, c.printed_start - 8), c.printed_start)
                or _UNIT_LINE_IN_BEFORE.search(text, max(0, c.printed_start - 60), c.printed_start)
                or c.value != 1000.0 and _NAMED_CAPTION_BEFORE.search(text, max(0, c.printed_start - 120),
                                                                       c.printed_start)):
        return True  # "Value (100 million yuan)", "(10,000 tonnes)", "Unit: 10,000 square metres", "Unit: heated area in
        # 10,000 square metres": a unit, no figure
    if _HOTLINE_BEFORE.search(text, max(0, c.printed_start - 24), c.printed_start) and \
            _DIGIT.search(c.as_printed) is not None or \
            _TIME_ZONE_BEFORE.search(text, max(0, c.printed_start - 6), c.printed_start) or c.unit == "count" and (
            _RUN_AFTER.match(text, c.printed_end) or _SCHEDULE_NOUN_AFTER.match(text, c.printed_end)) or \
            _in_rating_key(text, c.printed_start):
        return True  # "GMT+8"; "for 14 straight months", "two afternoons a week"; a broker's rating key ("BUY, expected
        # total return above 15% over the next 12 months")
    if len(c.as_printed) == 2 and _SEASON_YEARS_BEFORE.search(text, max(0, c.printed_start - 5), c.printed_start):
        return True  # the "27" of "the 2031-32 season"
    if c.unit == "count" and c.note.startswith("no unit") and 15 <= c.value < 100 and c.value.is_integer() and \
            _AGE_END.match(text, c.printed_end) and (
            text.endswith((", ", "now ", "aged "), 0, c.printed_start)
            and _NAME_AGE_BEFORE.search(text, max(0, c.printed_start - 40), c.printed_start)
            or text.endswith(("over ", "under ", "above ", "below ", "than "), 0, c.printed_start)
            and _OVER_AGE_BEFORE.search(text, max(c.start, c.printed_start - 80), c.printed_start)):
        return True  # a person's age ("said Luo, 51, laughing", "Bao Tegus, 46, who"); an age over which people
        # are counted ("most of his craftsmen are over 45.")
    listing = text[max(0, c.printed_start - 12):c.printed_start]
    if ("SE" in listing or "EX" in listing or "HJ" in listing or "code" in listing) and \
            _LISTING_BEFORE.search(text, max(0, c.printed_start - 12), c.printed_start) and \
            ("EX" not in listing or _HK_CODE.fullmatch(c.as_printed) is not None
             or "(" in listing and c.unit == "count" and text.startswith((")", ";"), c.printed_end)) \
            or (":" in listing) and _SHORT_LISTING.search(text, max(0, c.printed_start - 13), c.printed_start + 7) \
            and not _LISTED_PLACE_AFTER.match(text, c.printed_end) \
            and "(" in text[max(0, c.printed_start - 40):c.printed_start]:
        return True  # a stock code ("SSE: 601862", "SZSE: 301587", "HKEX: 3869"), a standard's number ("HJ 663-2013")
    if c.value < 100 and _UPDATE_BEFORE.search(text, max(0, c.printed_start - 8), c.printed_start) and \
            text.startswith("-", c.printed_end):
        return True  # "UPDATE 1-China's ...": a wire story's version
    if c.unit in ("count", "times") and _in_speaker_tag(text, c):
        return True  # "[CUSTOMER 1, office worker, around 30]: ...": a transcript's speaker, no figure
    if c.unit == "count" and _ANNOUNCEMENT_NUMBER_BEFORE.search(text, max(0, c.printed_start - 24), c.printed_start):
        return True  # "Announcement No.: 2031-058": a notice's number
    if c.unit in ("rank", "count") and _DOCUMENT_NUMBER_BEFORE.search(text, max(0, c.printed_start - 20),
                                                                      c.printed_start + 4 * c.as_printed.startswith("No")):
        return True  # "(Tai Zi Gui Jie [2032] No. 19)": a document's number, by its year in brackets
    if c.unit == "count" and (_DATE_BEFORE.search(before) and (c.value <= 31 or not _ENDS_CLAUSE.match(
            text, c.printed_end) and not count_after_month(text, c.value, c.printed_end))
                              or _DATE_AFTER.match(text, c.printed_end)
                              or c.value <= 31 and _DAY_OF_MONTH.match(text, c.printed_end)):
        return True
    if c.unit == "count" and c.note.startswith("no unit") and (
            _LIST_NUMBER.search(before) and _LIST_AFTER.match(text, c.printed_end)
            or _AGE_BOUND.search(text, max(c.start, c.printed_start - 20), c.printed_start)
            or c.value <= 120 and re.search(r"\b(?:under|over|below|above)\s+$", before)
            and _AGE_WORDS.search(text, c.start, c.end)):
        return True  # "1." numbering a note; "aged under 35", "is under 25" in a sentence about age (an age: not
        # "renovated over 1,800 old compounds")
    if (c.unit.endswith("yuan") or c.unit.endswith("US$")) and (
            _GROUP_BEFORE.search(text, max(c.start, c.printed_start - 30), c.printed_start)
            or _PRICED_BOUND_BEFORE.search(text, max(c.start, c.printed_start - 100), c.printed_start)
            or _GROUP_AFTER.match(text, c.printed_end) and _GROUP_OF.search(text, c.start, c.printed_start)):
        return True  # "each worth over RMB10 billion", "20 million yuan or more": a group's definition
    if c.unit in ("%", "months", "days", "years") and _PERIOD_SPAN.search(before) and (
            c.unit != "%" or c.note == "a fraction in words"
            and re.match(r"\s+of\b", text[c.printed_end:c.printed_end + 4])):
        return True  # "the first nine months", "the past five years", "the first half of"
    if c.unit == "count" and c.note.startswith("no unit") and \
            _AMONG.search(text, max(c.start, c.printed_start - 40), c.printed_start):
        return True  # "ranked sixth among the country's 15 cities": the field of a rank
    if c.value == 1 and c.unit == "count" and _ONE_TO_N.match(text, c.printed_start) and \
            _RATIO_OF_ONE.search(text, max(0, c.printed_start - 40), c.printed_start):
        return True  # the "1" of "a ratio of 1:10.9"
    if c.unit in ("count", "days") and _WORKING_DAYS_AFTER.match(text, c.printed_end - 5 * (c.unit == "days")) and \
            _TIME_LIMIT_BEFORE.search(text, max(0, c.printed_start - 30), c.printed_start) and \
            not TIME_TAKEN_BEFORE.search(text, max(0, c.printed_start - 40), c.printed_start) or \
            c.unit == "count" and _SERVICE_NUMBER.fullmatch(c.as_printed) and (
                _HOTLINE_BEFORE.search(text, max(0, c.printed_start - 24), c.printed_start)
                or _HOTLINE_AFTER.match(text, c.printed_end)
                or c.note.startswith("no unit") and _SERVICE_LINE.fullmatch(c.as_printed) is not None
                and (_CONTACTED_BEFORE.search(text, max(0, c.printed_start - 30), c.printed_start) is not None
                     or _LINE_ACTS_AFTER.match(text, c.printed_end) is not None)):
        return True  # "within 15 working days" (a time limit); "12345, the ... hotline"; "complained to 12328",
        # "through 12328 and 12345": the 123xx service lines, said with no noun
    if c.unit in ("hours", "days") and _SCHEDULE_AFTER.match(text, c.printed_end) and \
            not (c.unit == "hours" and _hours_of_a_day(text, c)) or \
            c.unit == "%" and _SAMPLE_AFTER.match(text, c.printed_end):
        return True  # "works 24 hours a day, seven days a week"; "the 1 percent population sample survey"
    if c.unit in UNITS and UNITS[c.unit].base == "count" and c.unit != "count" and \
            _OF_THE_FIELD.search(text, max(0, c.printed_start - 16), c.printed_start):
        return True  # "Among the 600 sample enterprises surveyed, 58.7 percent ...": the field of a share
    if c.unit == "count" and c.note.startswith("no unit") and (
            _LINE_OPENS_AT.search(text, max(0, c.printed_start - 8), c.printed_start) is not None
            and (_SECTION_TITLE_AFTER.match(text, c.printed_end) is not None
                 or _SECTION_NUMBER.fullmatch(c.as_printed) is not None
                 and _SECTION_WORD_AFTER.match(text, c.printed_end) is not None)
            or _NOTE_NUMBER_AFTER.match(text, c.printed_end)
            and _NOTE_NUMBER_BEFORE.search(text, max(0, c.printed_start - 12), c.printed_start)
            and _numbered_in_turn(text, c)
            or _MEASURE_WORD_AFTER.match(text, c.printed_end)
            or _OF_THE_FIELD.search(text, max(0, c.printed_start - 16), c.printed_start)
            or _STREET_AFTER.match(text, c.printed_end)
            or text.startswith("/ ", c.printed_end) or text.startswith("/\n", c.printed_end)  # "2/ Headline: ...": a
            # post's number in a thread
            or text[c.printed_start - 1:c.printed_start] == ":" and text[c.printed_start - 2:c.printed_start - 1].isdigit()
            or _page_line_at(text, c.printed_start)
            or 14 <= c.value <= 110 and float(c.value).is_integer() and _AGE_APPOSITION.match(text, c.printed_end)
            and _NAME_COMMA.search(text, max(0, c.printed_start - 30), c.printed_start)):
        return True  # "a 40-foot container", "a 30-minute drive"; "Of the 38 industrial categories, 29 grew";
        # "Mayor Li Wei, 52, has run ...": a measure word, the field of a count, an age
    return False


# Where a line opens just before a number (blanks only between): looked for in a few characters before it, never
# back to the line's start (a long line of numbers made that quadratic).
_LINE_OPENS_AT = re.compile(r"(?:^|\n)[^\S\n]*$")
_PAGE_LINE_FULL = re.compile(r"[^\S\n]{0,8}\d[\d \t\-–/.]{0,15}[^\S\n]{0,8}(?:\n|\Z)")


def _page_line_at(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a short line of digits and dashes alone ("1-1-6", a page number): its line starts at
    most 18 characters before it (looked for there only, so that a long line costs nothing more)."""
    nl = text.rfind("\n", max(0, pos - 18), pos)
    line_start = nl + 1 if nl >= 0 else 0 if pos <= 18 else -1
    if line_start < 0:
        return False
    m = _PAGE_LINE_FULL.match(text, line_start)
    return m is not None and pos < m.end() and "-" in m.group(0)


# "4.1 Overview. Deposits rose ...", "1.1 This summary is taken from ...": a paragraph opened by its number
_SECTION_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}")
_SECTION_WORD_AFTER = re.compile(r"[^\S\n]+(?!(?:Million|Billion|Thousand|Trillion|Percent|Per)\b)[A-Z][a-z]+\b")
# "4.3 Site focus: ..." at the start of a line of its own: a section's number.
_SECTION_TITLE_AFTER = re.compile(r"\.?[^\S\n]+[A-Z][^\n.!?]{0,60}(?:\n|$)")
_ANNOUNCEMENT_NUMBER_BEFORE = re.compile(r"\b(?:No\.?|Number)\s*:?\s*(?:19|20)\d\d\s*[-–]\s*\Z", re.I)
_DOCUMENT_NUMBER_BEFORE = re.compile(r"(?:[\[〔［]\s*(?:19|20)\d\d\s*[\]〕］]\s*(?:No\.?|Number)?|"
                                     r"(?:\)|\b(?:Bonds?|Batch|Tranche|Series|Notes?|Lot|Plot))\s*(?:No\.?|Number))"
                                     r"\s*\Z")  # (and a bond's or a lot's: "(Batch 9) No. 4")
def _numbered_in_turn(text: str, c: Candidate) -> bool:
    """Whether the note number ``c`` has its neighbour in the same paragraph ("1. ... 2."), as notes run on do
    (not "New cafés opened: 48. New bars: 12.": counts after labels)."""
    if not c.as_printed.isdigit() or len(c.as_printed) > 2:
        return False
    n = int(c.as_printed)
    end = text.find("\n\n", c.printed_end)
    start = text.rfind("\n\n", 0, c.printed_start)
    after, before = text[c.printed_end:end if end >= 0 else len(text)], text[max(0, start):c.printed_start]
    return re.search(rf"(?<![\d.]){n + 1}\.\s", after) is not None or \
        n > 1 and re.search(rf"(?<![\d.]){n - 1}\.\s", before) is not None


# "Notes: 1. Floor price = ... 2. Premium rate = ...": a numbered note or point run on in one paragraph.
_NOTE_NUMBER_AFTER = re.compile(r"\.[^\S\n]+[A-Z]")
_NOTE_NUMBER_BEFORE = re.compile(r"(?:^|\n|[.:;][^\S\n]+|[^\S\n]{2,})\Z")
_SCHEDULE_AFTER = re.compile(r"\s+a\s+(?:day|week)\b")
# "I do about 11 hours a day", "two and a half hours every night", "four hours of labour": a person's hours of work,
# study or travel, a figure the labelled sets give (not a service's "24 hours a day, seven days a week", nor a place's
# "open twelve hours a day", "the kiln runs 20 hours a day": what is open or runs, not a person)
_HOURS_OF_A_DAY_AFTER = re.compile(r"[^\S\n]+(?:(?:a|every|each|per)[^\S\n]+(?:day|night|evening|shift)\b|"
                                   r"of[^\S\n]+(?:\w+[^\S\n]+)?(?:homework|work|labou?r|practice|overtime|sleep|driving)\b|"
                                   r"on[^\S\n]+the[^\S\n]+road\b)", re.I)


def _hours_of_a_day(text: str, c: Candidate) -> bool:
    """Whether the hours ``c`` are a person's of a day or night, or of work (``_HOURS_OF_A_DAY_AFTER``), not the
    hours something is open or runs in its clause."""
    before = text[max(c.start, c.printed_start - 50):c.printed_start]
    return c.value != 24 and _HOURS_OF_A_DAY_AFTER.match(text, c.printed_end) is not None and \
        not text.startswith(" a day, seven", c.printed_end) and _OPEN_HOURS_BEFORE.search(before) is None


_WROTE_DOWN_BEFORE = re.compile(r"\b(?:wrote|write|writes|written|put)\s+down\s+$", re.I)
_OPEN_HOURS_BEFORE = re.compile(r"\b(?:open|opens|run|runs|running|operates?|operating|stays)\b", re.I)
_TIME_LIMIT_BEFORE = re.compile(r"\b(?:within|no\s+later\s+than|in\s+no\s+more\s+than|lasts|for|"
                                r"(?:period|deadline|window|term)\b[^.;]{0,40}\bis)\s+(?:the\s+)?$", re.I)
# ("within 10 working days", "the publicity period is 10 working days": a time limit; "takes 3 working days": a figure)
# (but "keep the average approval time within 2 working days": a service's time, a figure: TIME_TAKEN_BEFORE)
_TAKES_BEFORE = re.compile(r"\b(?:takes|took)\s+(?:only\s+|just\s+|about\s+)?$", re.I)  # (not "should take
# three working days to prepare": a time to allow)
_WORKING_DAYS_PRINTED = re.compile(r"\s(?:working|business)\s+days?$", re.I)  # ("three working days", as printed)
_WORKING_DAYS_AFTER = re.compile(r"\s+(?:working|business|calendar|trading)\s+days?\b", re.I)  # a time limit
# A hotline's number ("or to 12345, the municipal government service hotline"): no figure.
_SERVICE_NUMBER = re.compile(r"1\d{4}")  # (12345, 12315, 12369: five digits, no comma)
# The public service lines, and a word of reaching one before ("complained to 12328", "through 12328 and 12345"; not
# "Membership reached 12380")
_SERVICE_LINE = re.compile(r"12306|12315|12318|12319|12320|12328|12331|12333|12336|12338|12345|12348|12355|12358|12365|"
                           r"12366|12369|12388|12393")
_LINE_ACTS_AFTER = re.compile(r"[^\S\n]+(?:took|takes|logged|logs|received|receives|handled|handles|got|gets)\b",
                              re.I)  # ("In the first ten months 12315 took 143 complaints": the line as a subject)
_CONTACTED_BEFORE = re.compile(r"\b(?:complain\w*|call\w*|dial\w*|rang|ring|phon\w*|through|via|report\w*|number|"
                               r"hotline|line)\b[^.\n]{0,20}$", re.I)
_HOTLINE_BEFORE = re.compile(r"\b(?:hotline|helpline|call|dial|or\s+to|text\s+to|SMS(?:\s+to)?)(?:\s+(?:number|no\.?|"
                             r"on|at))?\W{0,3}(?:\d{3,5}[ -]){0,2}\Z",
                             re.I)  # ("call 12345", "hotline number: 12345", "or to 12345", "text to 10657 3189":
# each of its groups; one pattern, used twice)
_HOTLINE_AFTER = re.compile(r"\W{0,3}(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:hotline|helpline|platform)s?\b", re.I)
# "They earn 8,000 a month": money whose currency goes unsaid, by the verb of pay and the time it is per.
_EARN_BEFORE = re.compile(r"\b(?:earn|earns|earned|earning|paid|pays|pay|paying|make|makes|made|takes?\s+home|"
                          r"offers?|offered|offering|"
                          r"took\s+home|clears?|cleared|charges?|charged|costs?|rent\s+of|salary\s+of|wages?\s+of|"
                          r"(?:rent|wages?|salary|fees?)\s+(?:is|was|are|were)(?:\s+now)?|"  # ("Rent is 9,500 a month")
                          r"(?:I|we|he|she|they)\s+(?:keep|kept))"  # (keep: only 500 or more in a month, in refine)
                          r"(?:\s+(?:my|our|his|her|their|each|every|the)(?:\s+[a-z-]+){1,2}|\s+(?:them|him|us|me))?"
                          r"\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|less\s+than\s+|up\s+to\s+|"
                          r"something\s+like\s+|perhaps\s+|maybe\s+|roughly\s+|between\s+)?$", re.I)  # ("pay my
# cooks", "pay them between")
_KEEP = re.compile(r"\b(?:keep|kept)\b", re.I)
# (a range's ends: "earn 8,000 to 9,500 a month", "take home something like 5,200 to 5,800 a month")
_RANGE_TO_AFTER = re.compile(rf"[^\S\n]*(?:to|-|–|or|and)[^\S\n]*(?:\d[\d,]*(?:\.\d+)?|{WORD_NUMBER})", re.I)
# ("pay them between three thousand five hundred and four thousand two hundred a month")
# "I paid 640 for the books", "in a good month I clear 9,000,": money paid or kept, though no time follows
# "Revenue above 6 billion yuan by 2034", "more than 4,000 by the end of 2035": a bound set for a year to come
_BY_YEAR_AFTER = re.compile(r"(?:\s+(?!had\b|has\b|was\b|were\b)[a-z-]+){0,3}?\s+by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b")
_PAST_TENSE_BEFORE = re.compile(r"\b(?:had|has|have|was|were|rose|risen|grew|grown|reached|climbed|jumped|increased|"
                                r"fell|fallen|dropped|topped|passed|exceeded)\b", re.I)  # ("had risen to over 3 million
# by 2029": a bound reached)
_PAID_BEFORE = re.compile(r"\b(?:paid|paying|spent|spend|spends|spending|charged|(?:goes|go|went|rents?|rented)\s+for|"
                          # (a person charging: "Three years ago I was charging eighteen"; not a battery's charge)
                          r"(?:I|we|they|he|she)(?:\s+was|\s+were|['’]m|['’]re|\s+am|\s+are)\s+charging|"
                          r"(?:I|we|they|he|she)(?:['’]d|\s+would|\s+used\s+to)?\s+(?:take|took|lost)|"
                          r"(?:it|itself|that|which)\s+cost|costs?|costing|turn(?:s|ed)?\s+over|borrowed|owed?|owes|"
                          r"(?:I['’]m|we['’]re|he['’]s|she['’]s|they['’]re|I\s+am|we\s+are)\s+asking|"  # ("I'm asking
                          # 58,800", "We borrowed 600,000 in 2021", "costs under eighty thousand, nobody")
                          r"give[sn]?\s+(?:us|them|him|her|me)|"  # ("In a good month we turn over
                          # 600,000 to 700,000")
                          r"(?:has|have|had)\s+given\s+(?:us|them|him|her|me)|gave\s+(?:us|them|him|her|me)|"  # ("The county
                          # has given us 400,000 to cover that")
                          r"(?:I|we|they|he|she)['’]d\s+make|"  # ("A weekday,
                          # we take six, seven thousand", "I lost about 80,000 in that time", "the kitchen itself cost
                          # 150,000")
                          r"(?:I|we|they|he|she|I['’]ve|we['’]ve|they['’]ve)\s+budgeted|"  # ("We've budgeted around
                          # 400,000")
                          r"(?:bought|sold)(?:\s+(?:it|them|one|the\s+[a-z]+))?\s+for|best\s+offer(?:\s+so\s+far)?\s+is|"
                          r"(?:dealer|seller|owner)\s+wants|asking\s+price(?:\s+is)?|"  # ("bought it
                          # for 159,800", "the best offer so far is 61,000", "the dealer wants 105,000")
                          r"(?:month|week|year|day),?\s+(?:I|we)\s+clear(?:ed)?)\s+(?:about\s+|"
                          r"around\s+|nearly\s+|over\s+|more\s+than\s+|less\s+than\s+|another\s+|an\s+extra\s+|"
                          r"under\s+|below\s+|maybe\s+|roughly\s+)?$",
                          re.I)
_PAY_IS_BEFORE = re.compile(r"\b(?:pay|salary|wages?|income|pension|rent|fee|bill|mortgage|allowance)\s+(?:is|was|are|"
                            r"were|comes\s+to|came\s+to)(?:\s+now)?\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|"
                            r"only\s+|just\s+|over\s+|more\s+than\s+|less\s+than\s+|under\s+|some\s+|maybe\s+|"
                            r"perhaps\s+)?$", re.I)
_PAY_NOTE = "yuan: pay or a price per month, year or measure"
_MONEY_OFF_AFTER = re.compile(r"[^\S\n]+off\b(?![^\S\n]+(?:the\s+)?(?:coast|shore|road|track|work|duty))", re.I)
# Words of money in the clause before a bare number that a time or a measure follows: "Rent here is 4,200 a month",
# "the stall fee alone is 2,600 a month", "I'm asking 180 a jin", "which comes to about a thousand a month"
_MONEY_CLAUSE = re.compile(r"\b(?:rents?|rented|renting|fees?|prices?|priced|costs?|costing|wages?|salary|salaries|pay|"
                           r"paid|pays|paying|income|earn\w*|charges?|charged|asking|fares?|bills?|tuition|"
                           r"subsid(?:y|ies)|allowance|pension|deposit|insurance|comes?\s+to|came\s+to|spend\w*|spent|"
                           r"budget|yuan)\b(?:[^.;!?,\n]|,(?!\s+and\b))*$", re.I)  # (not across ", and": "charges 8 yuan
# a crossing, and trucks pass 640 a day")
_TIME_AGO_AFTER = re.compile(r"\s+an?\s+(?:year|month|week|day)\s+(?:ago|earlier|before|later)\b", re.I)  # (no rate)
_SPOKEN_NAME = re.compile(r"[A-Z][a-z-]*(?:\s+[A-Z][a-z-]*)+")  # "Ten Thousand" (Villages): each word capitalised
_EPISODE_BEFORE = re.compile(r"\b(?:episode|edition|issue|number|no\.|part|chapter|volume|vol\.|round|room)\s+$", re.I)
_PAID_END = re.compile(r"[^\S\n]*(?:[,.;!?\"”]|[^\S\n]+(?:for|in|on|to|at|and|or|but)\b)")
_PRICE_BEFORE = re.compile(r"\b(?:is|are|was|were|costs?|sells?\s+(?:for|at)|sold\s+(?:for|at)|at|fetch(?:es|ed)?|"
                           r"priced\s+at|to|from)\s+$", re.I)  # ("pork is 13.5 a jin"; not "pack 24 per box")
_PER_MEASURE_AFTER = re.compile(r"\s+(?:a|per|each)\s+(?:jin|catty|kilo|kilogram|kg|box|bag|bottle|bowl|dozen|pound|"
                                r"portion|plate|cup|basket|skewer|stick|serving|glass|pack|packet|tray|pot|jar|can|loaf|"
                                rf"bun|{PRICE_PER_SERVICE})\b", re.I)
# (a price per measure: "13.5 a jin", "The soup dumplings were 28 a basket"; per service: core.PRICE_PER_SERVICE)
_PER_TIME_AFTER = re.compile(r"\s+(?:in\s+)?(?:a|per|each)\s+(?:good\s+|bad\s+|busy\s+|normal\s+)?"
                             r"(?:month|year|day|week|shift|head|person|quarter)\b", re.I)  # ("I keep 8,000 in a good
# month", "my rent is 2,400 a quarter")
# A price or a charge per unit of something other than weight or a portion, which only words of money before make
# money: "pays up to 800 a mu", "We charge 18 a square metre a month", "costs 45 a head" (not "yields 800 jin a mu")
# People counted in a sentence ("Enrolment at our two schools ... they are 300 to 400 each"): no price a piece
_HEADS_COUNTED = re.compile(r"\b(?:enrol(?:l)?ments?|pupils|students|members|staff|players|workers|residents|people|"
                            r"visitors|guests|patients|children|kids|teams?|classes)\b", re.I)
_EACH_END = re.compile(r"[^\S\n]+each\b(?=[^\S\n]*(?:[.,;!?]|$|and\b))", re.I)  # ("are 3,000 each, and")
_PER_UNIT_AFTER = re.compile(r"\s+(?:a|an|per|each)\s+(?:mu|square\s+met(?:re|er)|sq\.?\s?m|tonne|ton|head|tree|truck|"
                             r"container|night|room|trip|ride|person|passenger|kilomet(?:re|er)|hectare|piece|bed|"
                             r"seat|ticket|share)\b", re.I)
_POWER_CHARGED = re.compile(r"\bcharging[^\S\n]+(?:depot|station|pile|point|post|bay|hub)s?\b|\belectric[^\S\n]+"
                            r"(?:cars?|vehicles?|bus(?:es)?|bikes?|scooters?)\b|\bEVs?\b|\bbatter(?:y|ies)\b", re.I)
_SOLD_FOR = re.compile(r"\b(?:goes|went|sells?|sold|bought|charg(?:e|es|ed|ing))\b", re.I)  # ("A five-jin box goes for 68,")
_IN_A_ROW = re.compile(r"\s+(?:in\s+a\s+row|straight|games?|matches|wins|points|rounds|laps)\b", re.I)  # ("The county
# team went for 8 in a row": no price)
# Words of money in the clause before a bare amount, which make it money with no time or measure after it
_MONEY_NOUN_CLAUSE = re.compile(r"(?:\b(?:costs?|costing|paid|revenue|loan|borrow(?:ed|s)?|lend|lent|rent|fees?|"
                                r"(?<!death\s)tolls?|prices?|priced|salary|wages?|budget(?:ed)?|spent|spend|spending|"
                                r"profits?|earn(?:s|ed)?|(?<!in\s)charges?|charged|fares?|subsid(?:y|ies)|savings|takings|"
                                r"(?<!staff\s)turnover)|\b(?:we|I)(?:[^\S\n]+had|[^\S\n]+have|['’]ve|['’]d)?[^\S\n]+lost)\b"
                                r"(?:[^.;!?,\n]|,(?![^\S\n]+(?:and|but|while)\b)|(?<=\d)\.(?=\d)){0,40}$", re.I)  # (not
# past ", and": "Tickets cost 80, and the stadium holds 60,000")
# A number that names or ranks, not an amount: "The subsidy hotline is 12345", "on route 801", "for 1205 it's", "the
# price index stood at 102.3", "ranked 105", "everyone over 100"
_LABEL_NUMBER_BEFORE = re.compile(r"\b(?:hotline|number|route|line|bus|room|flat|index|ranked|rank|over|aged|under|"
                                  r"No\.|for)\b[^\d]{0,12}$", re.I)
_LABEL_DIGITS = re.compile(r"0\d+|\d{4}(?<![1-9]000)|1\d{4}")  # (phone groups "0394", "8765", hotlines "12316")
_COUNTED_AFTER_AMOUNT = re.compile(r"[^\S\n]*(?:-|%|[^\S\n](?:(?:[a-z-]+[^\S\n]+){0,2}[a-z]{3,}s|of|out|per\s?cent|percent|"
                                   r"times|are|were|is|was|have|had|remain|still|staff|police|people|children|sheep|"
                                   r"cattle|security|personnel|came|went|ride|rode|joined|live|died|yen|won|dong|"
                                   r"[a-z]+(?:ed|ing))\b)", re.I)
_LOSS_WORD_BEFORE = re.compile(r"\blost\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?$",
                               re.I)
_TAKE_LOSE = re.compile(r"\b(?:take|took|lost)\s*$", re.I)
_TO_PLACE = re.compile(r",?\s+to\s+(?!(?:buy|pay|cover|fix|spend|build|do)\b)", re.I)
_TAKINGS_WHEN = re.compile(r",?\s+(?!at\s+a\s+time\b)(?:on|in|at)\s+(?:a|an|the|that|this|each|every)?\s*"
                           r"(?:first\s+|opening\s+|good\s+|slow\s+|busy\s+|whole\s+|single\s+)?"
                           r"(?:day|weekday|weekend|night|hour|morning|evening|afternoon|door|gate|week|month|time|"
                           r"Saturday|Sunday|holiday|season)\b", re.I)  # ("We took 2,300 on the first
# day", "took 5,000 at the door", "I lost about 80,000 in that time"; not "took 3,000 to the livestock market")
_LOST_ON = re.compile(r"\s+on\s+(?!(?:the\s+)?(?:way|boat|ship|road|mountain|island|front)\b)", re.I)  # ("lost 120,000
# on the greenhouse")
_MONEY_TALK = re.compile(r"\b(?:money|yuan|takings|turnover|revenue|income|profits?|costs?|prices?|paid|pay|rent|"
                         r"earn\w*|spend|spent|wages?|salary|cash|sales|stalls?|shops?|business|sell\w*|sold|"
                         r"customers|sellers?|vendors?|shopkeepers?|owners?)\b", re.I)
_PRICE_IS_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|costs?|costing|at|charges?|it['’]s|that['’]s)\s+(?:about\s+|"
                               r"around\s+|only\s+|just\s+|maybe\s+)?|\bextra[,:]?\s+)$", re.I)  # ("a double room is
# 280 a night", "Dinner is extra, 80 per person"; not "limited to five per person")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*|:\s+|[\"“]\s*)$")  # ("Thirty a head, and the beer is extra")
_PRICE_TALK = re.compile(r"\b(?:tickets?|fares?|fees?|prices?|priced|costs?|charges?|charged|pay|paid|pays|yuan|rent|"
                         r"rates?)\b", re.I)  # ("And the tickets? Sixty a head"; not "Masks were limited to five per
# person")
_MAKES = re.compile(r"\b(?:make|makes|made)\b", re.I)
_PERSON_MAKES = re.compile(r"\b(?:I|we|he|she|they|you|[a-z]+(?<!mak)(?<!manufactur)(?<!produc)(?:er|or|ist|ian)s?|staff|"
                           r"nurses?|cooks?|workers?|drivers?|teachers?|doctors?|guards?|hands|labou?rers?|cleaners?|"
                           r"wife|husband|son|daughter|dad|father|mother|mum|mom|nanny|brother|sister|courier)"
                           r"(?:\s+[\w,]+){0,3}?\s+(?:make|makes|made)\b|"
                           r"\b(?!(?:The|Our|This|That|These|Those|Its|Their|His|Her|My|A|An|Each|Every|Which|It|One)\b)"
                           r"[A-Z][a-z]+\s+(?:make|makes|made)\b")  # (a name: "Li makes 5,000 a month")
_SAMPLE_AFTER = re.compile(r"\s+(?:population\s+)?sample\b", re.I)
_MEASURE_WORD_AFTER = re.compile(r"-(?:foot|feet|metre|meter|minute|hour|day|week|month|year|storey|story|mile|"
                                 r"kilometre|kilometer|km|inch|second|acre|kilogram|kg|gram|litre|liter|tonne|ton|"
                                 r"kilocalorie|kcal|calorie|kilovolt|kV|volt|octane|generation|dwt|head|plus|"
                                 r"square-(?:metre|meter|foot|kilometre|kilometer)|sq-m|mu|hectare)\b|\s+minutes\b"
                                 r"|\s+[a-z]+\s+or\s+(?:more|above|over)\b", re.I)  # ("500 head or more": a group)
_BOUNDED_GROUP_BEFORE = re.compile(r"\b(?:any|every|all|those|cities|towns|counties|places|firms|companies|"
                                   r"enterprises|households|(?:any|every|a|each|the)\s+(?:[\w-]+\s+){0,2}?(?:city|town|county|"
                                   r"place|firm|company|enterprise|household))(?:\s+(?:in|of|on)\s+(?:the\s+)?[\w-]+)?"
                                   r"\s+with\s+(?:more\s+than|over|at\s+least|"
                                   r"fewer\s+than|less\s+than|under|above|below)\s+$", re.I)
_EACH_AFTER = re.compile(r"[^\S\n]+each\b")
_WORTH_BEFORE = re.compile(r"\b(?:worth|valued\s+at|costing|cost)\s+(?:more\s+than|over|at\s+least|above)\s+$",
                           re.I)  # (a bound: not "vouchers worth 15 yuan each", "skewers cost 3 yuan each": prices)
_GROUP_WITH_BEFORE = re.compile(r"\b(?:with|having|employing|serving|holding|farming|housing)\s+$", re.I)
_OR_MORE_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:or|and)\s+(?:more|above|over|fewer|less|below)\b", re.I)
_A_HOME_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:flat|home|apartment|house|stall|[a-z]+-bed(?:room)?)s?\b", re.I)
_COMPARED_SPAN_AFTER = re.compile(r"[^\S\n]+(?:more|fewer|less|longer|shorter|earlier|later)[^\S\n]+than\b", re.I)
_HYPHEN_DURATION = re.compile(r"(?:[\d.,]+|[a-z]+)-(?:year|month|week|day|hour|minute)", re.I)
# (not a price or a level "at" it: "Pork sold at 9 this morning", "closed at 8 in the afternoon"; "by" it only opening a
# clause, "that by six this evening", not a change: "fell by 9 in the morning"; nor a count "from" it: "cut from 10
# each morning to 4")
_CLOCK_AT_BEFORE = re.compile(r"(?<!\bsold\s)(?<!\bsells\s)(?<!\bsell\s)(?<!\bpriced\s)(?<!\btraded\s)(?<!\bstood\s)"
                              r"(?<!\bclosed\s)(?<!\bopened\s)(?<!\bstands\s)(?<!\bgoes\s)(?<!\bwent\s)(?<!\bselling\s)"
                              r"(?<!\btrading\s)(?<!\bgoing\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)"
                              r"\b(?:at|until|till|before|after)\s+$|(?:^|[,;:]|\bthat|\band|\bbut)\s*\bby\s+$", re.I)
_PART_OF_DAY_AFTER = re.compile(r"\s+(?:(?:this|tomorrow|yesterday|each|every|in\s+the|on\s+[A-Z][a-z]+)\s+)?"
                                r"(?:morning|evening|afternoon|night)\b(?!\s+(?:session|trading|trade|peak))"
                                r"|\s+tonight\b", re.I)
_AM_PM_AFTER = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b)", re.I)
_SURVEY_OF = re.compile(r"\b(?:survey|poll|sample)\s+of\s+(?:some\s+|about\s+|around\s+|more\s+than\s+|over\s+)?$", re.I)
_AGE_GROUP_BEFORE = re.compile(r"\b(?:people|persons|residents|those|entrepreneurs|founders|workers|children|adults|"
                               r"women|men|farmers|migrants)\s+(?:aged\s+)?(?:under|over|below|above)\s+$", re.I)
# A length that bounds who or what a sentence speaks of, not a measure of it: "children under 1.2 metres enter free",
# "Children between 1.2 and 1.4 metres tall", "trawlers longer than 24 meters", "homes within 800 metres of a station",
# "where most forests lie above 3,000 metres" (not "the deck stands more than 600 meters above the river", "peaked at
# 41.36 metres", "a climb of about 1,150 metres")
_LENGTH_BOUND_BEFORE = re.compile(r"(?:\b(?:children|child|kids)\b(?:,?\s+(?:who|that|if|when)(?:\s+(?:are|is))?)?\s+"
                                  r"(?:(?:under|below|over|above|up\s+to|less\s+than|shorter\s+than|taller\s+than)\s+|"
                                  r"between\s+(?:[\d.]+\s+and\s+)?)|"
                                  r"(?<!\bto\s)(?<!\bcame\s)(?<!\bcome\s)(?<!\bcomes\s)(?<!\bstayed\s)(?<!\bwas\s)"
                                  r"(?<!\bis\s)(?<!\bremained\s)\bwithin\s+|"  # (not "rose to within 0.5 metres")
                                  r"\b(?!(?:is|was|has|stays|remains|rises|falls|sits|lies|goes|runs|stands|gets)\b)"
                                  r"[a-z]+s\s+(?:longer|larger|wider|taller|shorter|deeper|bigger|higher|lower)\s+than\s+|"
                                  r"\b(?:any|a|an|no|every|each)\s+[a-z]+\s+(?:longer|larger|wider|taller|shorter|deeper|"
                                  r"bigger|higher|lower)\s+than\s+|"
                                  # ("trawlers longer than 24 meters"; not "the level fell lower than 8 metres")
                                  r"\b(?:lie|lies|lying|located|situated|slopes|roads|seats|land|villages|forests|areas)\s+"
                                  r"(?:above|below|over)\s+)(?:about\s+|around\s+|some\s+)?$", re.I)
# A race, a pool or a track named by its length ("The 3,000-metre steeplechase", "a 400-metre running track", "the 200
# metres breaststroke"), a size given by two lengths ("a pitch of two metres by three"), a plot's size ("a stall of two
# metres"): no figures
_RACE_AFTER = re.compile(r"[\s-]+(?:(?!of\b)[a-z]+[\s-]+)?(?:race|races|track|steeplechase|relay|freestyle|breaststroke|"
                         r"backstroke|butterfly|medley|hurdles|dash|sprint|final|pool|swim|event)\b", re.I)
_DIMENSION_AFTER = re.compile(r"\s*(?:by|x|×)\s*(?:\d{1,3}(?:\.\d+)?(?![\d:])|one|two|three|four|five|six|seven|eight|nine|"
                              r"ten)\b(?!\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock|in\s+the|tonight|this|next)\b)",
                              re.I)  # (not "rise 1 metre by 2100", "reach 29.5 metres by 8 pm")
_PLOT_OF_BEFORE = re.compile(r"\b(?:stall|pitch|plot|booth)s?\s+of\s+$", re.I)
_METER_DEVICE_BEFORE = re.compile(r"\b(?:installed|install|installing|shipped|ship|ships|replaced|delivered|"
                                  r"deployed|fitted)\s+(?:about\s+|some\s+|over\s+|more\s+than\s+|nearly\s+)?$",
                                  re.I)  # (meters that measure: devices, "The utility installed 5 million meters")
_METER_DEVICE_AFTER = re.compile(r"\s+(?:installed|shipped|deployed|fitted|in\s+use)\b", re.I)
_LENGTH_CUE_AFTER = re.compile(r"\s+(?:of|long|tall|high|deep|wide|above|below|under|underground|away)\b", re.I)
_AIR_WORDS = re.compile(r"PM2\.5|PM10|particulate|micrograms?\s+per\s+cubic\s+met(?:re|er)|μg/m³|µg/m3", re.I)
_DOSE_WORDS = re.compile(r"\b(?:vitamins?|supplements?|doses?|inhalers?|puffs?|tablets?|pills?|drinking\s+water|"
                         r"arsenic|samples?|weighed|milk)\b|\blead\s+(?:below|at|of|under)\b", re.I)
_MICROGRAMS_AFTER = re.compile(r"[^\S\n]+micrograms\b(?![^\S\n]*(?:/|per\b|of\b|a\b))", re.I)
_METER_COUNTS = {"metres": "count", "thousand metres": "thousand", "million metres": "million"}
_HYPHEN_MEASURE = re.compile(r"[\d.,]+-(?:tonne|ton|metre|meter|kilometre|kilometer|square-metre|square-meter|mu|"
                             r"hectare)", re.I)
_SIZE_GRADE_AFTER = re.compile(r"[^\S\n]+(?:or|and)[^\S\n]+(?:larger|bigger|wider|thicker)\b", re.I)
_TONNE_CLASS = re.compile(r"[\d.,]+-(?:tonne|ton|deadweight-tonne|dwt)", re.I)
_VESSEL_AFTER = re.compile(r"[^\S\n]+(?:class[^\S\n]+)?(?:berths?|vessels?|ships?|carriers?|tankers?|docks?|barges?|"
                           r"freighters?)\b", re.I)
_DEADWEIGHT = re.compile(r"\bdeadweight\b|\bdwt\b", re.I)
_VESSELS_OF_BEFORE = re.compile(r"\b(?:ships?|vessels?|carriers?|tankers?|berths?)\s+(?:of|for)\s+(?:up\s+to\s+|over\s+|"
                                r"more\s+than\s+)?$", re.I)
_MEASURE_GOES_ON = re.compile(r"-(?:class|grade|level|type|series)\b")  # ("1,000-tonne-class berths": a class of
# berth; "a 12,000-tonne-a-day plant", "a 90-square-metre flat" are figures in the labelled sets)
_TIME_ZONE_BEFORE = re.compile(r"\b(?:GMT|UTC)\s?[+\-−]\s?$")
_RUN_AFTER = re.compile(r"\s+(?:straight|consecutive|successive)\s+(?:years|months|quarters|weeks|days|sessions)\b", re.I)
_SCHEDULE_NOUN_AFTER = re.compile(r"\s+(?:mornings|afternoons|evenings|nights|days|shifts)\s+(?:a|per|each)\s+"
                                  r"(?:day|week|month)\b", re.I)
_RATING_KEY = re.compile(r"\b(?i:ratings?)\s+(?i:definitions?|system|scale|guide|key)(?:[^\S\n]*\([^)\n]{0,30}\))?"
                         r"[^\S\n]*(?:[:：\n]|[-–][^\S\n]|(?i:are|is)\b)|"  # (a key's label;
# not "the top tier of the national rating system, rose 11.3 percent")
                         r"\b(?:BUY|OUTPERFORM|OVERWEIGHT|ACCUMULATE)\s*[:,\-–]\s*(?:an\s+)?(?:expected|we\s+expect)")
_AGO_AFTER = re.compile(r"\s+[a-z]+s\s+ago\b")
_SEASON_YEARS_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d[-–/]$")
_UPDATE_BEFORE = re.compile(r"(?:^|\n)\s*UPDATE\s+$")
_SERIES_BEFORE = re.compile(r"\b(?:Series|Issue|Volume|Vol\.|Edition|Report|Bulletin|Commentary|Paper)\s+$")
# A page number ("1-1-6") on a line of its own, the "1" of a ratio "5.62:1": no figures.
_PAGE_LINE = re.compile(r"[^\S\n]*[\d][\d\s\-–/.]{0,15}[^\S\n]*(?:\n|$)")
_OF_THE_FIELD = re.compile(r"(?:(?:^|[.!?;]\s+|\n\s*)(?:Of|Among)|\d\s+of)\s+(?:the|its|their|the\s+\w+['’]s)\s+$")
# ("30 of the 48 developers", "24 of the city's 33 sectors", "Among the 600 firms surveyed")
_STREET_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Street|Avenue|Lane|Boulevard|Highway|Rd|St|Ave)\b")
_NAME_COMMA = re.compile(r"\b[A-Z][a-z]+,\s+$")
_AGE_APPOSITION = re.compile(r",\s+(?:has|is|was|who|said|says|runs|ran|led|leads|took|joined|became|a|the)\b")


def _share(m: re.Match[str]) -> tuple[float | None, str]:
    a, b = (float(small_number(x) or 0) for x in (m.group("a"), m.group("b")))
    if not b or a > b:
        return None, ""
    share = round(100 * a / b, 2)
    return share, "exact" if share == 100 * a / b else "approximately"


_PUBLISHED = re.compile(r"((?:19|20)\d\d)(?:-(0[1-9]|1[0-2]))?")  # a publication date: YYYY, YYYY-MM, YYYY-MM-DD
# "the highest since the city began tracking the festival in 2019": the year something started, no year of figures
_BASE_YEAR_BEFORE = re.compile(r"(?:\b(?:than\s+(?:at|by)|from)\s+the\s+(?:end|start|beginning|close)\s+"
                               r"|\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s(?:[^,;.:()]|(?<=\d)[,.](?=\d)){0,64}"
                               r"|\bthe\s+(?:pre-pandemic\s+)?(?:level|levels|figure)\s)$", re.I)
_OCTOBER_HOLIDAY = re.compile(r"\bNational\s+Day\s+(?:(?:and|&)\s+Mid-Autumn(?:\s+Festival)?\s+)?(?:holidays?|break|week)|"
                             r"\bMid-Autumn(?:\s+Festival)?\s+(?:and|&)\s+National\s+Day\s+(?:holidays?|break|week)|"
                             r"(?<!May Day )(?<!Labour Day )(?<!Labor Day )(?<!Spring Festival )\bGolden\s+Week\b", re.I)
# (not the May Day or Spring Festival Golden Week)
# A sentence of the year so far or of what a place has, not of the holiday ("So far this year …", "Garze has 18 counties")
_WHOLE_YEAR_SO_FAR = re.compile(r"\b(?:so\s+far|this\s+year|year\s+to\s+date|since\s+(?:January|the\s+start)|has|have)\b",
                                re.I)
_THE_HOLIDAY = re.compile(r"\b(?:the|this\s+year's)\s+(?:(?:eight|seven)-day\s+)?holiday\b", re.I)  # ("over the holiday")
_FULL_YEAR_AFTER = re.compile(r"\s+(?:for|in|over)\s+the\s+(?:full|whole|entire)\s+year\b", re.I)
_YEAR_IN_BRACKET = re.compile(r"\(\s*(?:(?:end|year-end)[- ])?(?:(?P<h>[12])H|H(?P<hn>[12])\s?|(?P<q>[1-4])Q|"
                              r"Q(?P<qn>[1-4])\s?|(?P<m>1[0-2]|[1-9])M\s?)?((?:19|20)\d\d)\s*:\s*$")
# ("(2032: 6.1%)": the figure of that year; "(1H2031: RMB1,980.4 million)", "(9M2031: ...)", "(Q3 2031: ...)": of that
# part of it; "(end-2031: 41 percent)")
_STARTED_IN = re.compile(r"\bsince\b[^,;.:()]*$", re.I)  # ("opened in 2032." alone still dates the text)
# the year something began ("a payment system introduced in 2031", "the zone, set up in 2029,"): an event's year,
# not the year the text puts its figures in
_EVENT_IN = re.compile(r"\b(?:introduced|launched|founded|established|set\s+up|built|inaugurated|created|adopted|"
                       r"unveiled|rolled\s+out|piloted)\s+(?:(?:first|back|only|as\s+early\s+as)\s+)?$", re.I)  # (not
# "opened in 2032", which alone still dates a text: _STARTED_IN)


def _month_written(given: re.Match[str] | None, dateline: re.Match[str] | None) -> int:
    """The month a text was written in, from the date typed or read at its top (0 where neither gives one)."""
    if given is not None:
        return int(given.group(2) or 0)
    if dateline is None:
        return 0
    found = dateline.group(0)
    if found[4:5] == "-":
        return int(found[5:7])  # (ISO)
    name = re.search(r"[A-Za-z]{3}", found)
    return next((i + 1 for i, m in enumerate(_MONTH_NAMES) if name and m.startswith(name.group(0).lower())), 0)


def _periods(text: str, found: list[Candidate], published: str = "", typed: bool = False) -> None:
    """Periods the English rules leave empty: "the first five months of 2018", "2017’s", "last year" (by the
    dateline's year, else the year ``published``), else the year the text is about; none where the text gives no year
    of its own (the reviewer types it)."""
    dateline = _DATELINE_YEAR.search(text, 0, 600) or _DAY_MONTH_YEAR.search(text, 0, 600) or \
        _ISO_DATE.search(text, 0, 600) or _MONTH_YEAR_LINE.search(text, 0, 600)
    given = _PUBLISHED.match(published) if dateline is None or typed else None  # when it was written: read from
    # the text where its top gives no date of its own, or typed by the reviewer (which wins over any date at the top)
    pub = int(given.group(1)) if given else int(dateline.group(1)) if dateline else None
    late = _month_written(given, dateline) >= 11  # (written in the year's last two months: its figures are the year's)
    inferred = False  # (a year of writing worked out from the years the text compares with)
    masthead = given is not None and not typed and given.group(1) in text[:600]  # (read from the text's top lines)
    if pub is None:  # an undated dateline: a part of a year named before any whole year ("shipped 182,000 packs
        # in the first three quarters of 2032") is the year of writing, what "last year" counts from
        part = next((m for m in _PERIOD_OF.finditer(text, 0, 3000) if (m.group("y") or m.group("h") or m.group("q"))
                     and not _FUTURE_BEFORE.search(text, max(0, m.start() - 120), m.start())),
                    None)  # (named near the top; not a forecast's, "expects ... to ease in the first quarter of 2032")
        whole = next((m for m in _IN_YEAR.finditer(text, 0, part.start() if part else 0)
                      if not DATES_ELSE.search(text, max(0, m.start() - 60), m.start())), None)
        pub = int(part.group("y") or part.group("h") or part.group("q")) if part and whole is None else None
        if pub is None:  # "brought in 3.14 million tonnes of grain this year, up 2.6 percent from 2030": the year after
            this_year = _THIS_YEAR_FROM.search(text, 0, 1500) or _SAME_PART_OF.search(text)
            pub = int(this_year.group(1)) + 1 if this_year else None
            if pub is None:  # "48.7 billion yuan last year, up 31% from 2034": two years after
                last_year = _LAST_YEAR_FROM.search(text, 0, 3000)
                pub = int(last_year.group(1)) + 2 if last_year else None
            inferred = pub is not None  # ("up from some 430 a day in the same months of 2030": the year after too)
    in_years = [(m.start(), m.group(1)) for m in _ending_at(_IN_YEAR, "year", text, text, _IN_YEAR_BACK)
                if not DATES_ELSE.search(text, max(0, m.start() - 60), m.start())
                and not _STARTED_IN.search(text, max(0, m.start() - 80), m.start())
                and not _EVENT_IN.search(text, max(0, m.start() - 30), m.start())
                and not _SAME_PERIOD_BEFORE.search(text, max(0, m.start() - 30), m.start())
                and not _THAN_BEFORE.search(text[max(0, m.start() - 6):m.start()])
                and not _FROM_FIGURE_BEFORE.search(text, max(0, m.start() - 45), m.start())
                and not _UP_FROM_BEFORE.search(text, max(0, m.start() - 60), m.start())
                and not _BASE_YEAR_BEFORE.search(text, max(0, m.start() - 75), m.start())]  # ("up from 14.9
    # billion yuan in 2030", "than at the end of 2030", "above the level of 2029": the base's year, not the year
    # the text puts its figures in)
    ended = _PERIOD_ENDED.search(text, 0, 600)  # "results for the six months ended 30 June 2031": the report's year
    reference = (ended.group(1) if ended else "") or \
        _reference_year(text, [(p, y) for p, y in in_years if not (pub and int(y) > pub)
                               and not _FUTURE_BEFORE.search(text, max(0, p - 120), p)],
                        dateline) or \
        (str(pub) if pub and (dateline or inferred or given and (not in_years or masthead)) else "")  # (a date at the foot:
    # the year of writing only where the text puts no figure "in" a year of its own; one at the top, as a dateline)
    lead_this_year = _THIS_YEAR_WORDS.search(text, 0, min(1000, in_years[0][0] if in_years else 1000))
    if pub and not ended and lead_this_year is not None:
        reference = str(pub)  # the lead's figures are "this year"'s, before any year is named
    # A report whose lead names a part of the year it is about ("... in the first three quarters of 2032"): the
    # figures that name no period of their own are of that part.
    lead = next((m for m in _PERIOD_OF.finditer(text, 0, 800)
                 if (m.group("y") or m.group("h") or m.group("q")) == reference), None) if reference else None
    lead_period = ""
    if lead is not None and not any(p < lead.start() for p, _ in in_years[:1]):  # (named before any whole year)
        n_lead = small_number(lead.group("n")) if lead.group("n") else None
        lead_period = f"{reference}-01..{n_lead:02d}" if n_lead else f"{reference}-H1" if lead.group("h") \
            else f"{reference}-Q1-Q3"
    elif reference:  # "From January to October 2032, the city's revenue ...", "between January and September": the
        # months to date the report is about
        to_date_m = _LEAD_MONTHS.search(text, 0, 800)
        headline_end = text.find("\n", len(text) - len(text.lstrip()))
        to_date = f"{reference}-01..{_MONTH_NAMES.index(to_date_m.group('m').lower()) + 1:02d}" if to_date_m else ""
        if to_date_m is not None and to_date_m.group("y") in (None, reference) and _titled_part(text) in ("", to_date) \
                and not any(p < to_date_m.start() for p, _ in in_years[:1]) and \
                not any(headline_end < c.printed_start < to_date_m.start() for c in found[:64]):  # (before the
            # report's first figure, and no other part in its title: not a monthly or quarterly report's year to
            # date, given after its own month's or quarter's figures)
            lead_period = to_date
    part_ended = _PART_ENDED.search(text, 0, 600) if not lead_period else None
    if part_ended is not None and part_ended.group("y") == reference:  # an interim report's figures: of its part
        lead_period = f"{reference}-H1" if part_ended.group("n").lower() == "six" else f"{reference}-Q1-Q3"
    event = (0, 0)  # where the event's days are named: the months its sentence names are the event's own
    if not lead_period and reference and not ended:
        lead_period, event = _event_months(text, reference)
    openers = [(m.start(1), m.group(1)) for m in _ending_at(_OPENER_YEAR, "year", text, text, _OPENER_YEAR_BACK)
               if _OPENER_LEAD.search(text, max(0, m.start() - 200), m.start())]  # (_OPENING_YEAR's, found by
    # their capitalised words first: one pass that skips to capitals)
    opener_starts = [p for p, _ in openers]
    breaks = [m.start() for m in re.finditer(r"[\n\r]", text)] if openers else []

    def paragraph_year(pos: int) -> str:
        """The year of the last sentence before ``pos`` in its paragraph that opens with one."""
        i = bisect.bisect_right(opener_starts, pos) - 1
        if i < 0:
            return ""
        at = opener_starts[i]
        j = bisect.bisect_left(breaks, at)  # a line break between the opener and the figure ends its reach
        return openers[i][1] if j >= len(breaks) or breaks[j] > pos else ""

    sections: list[tuple[int, str]] = []  # (offset, period): headings with a year, part-year openers
    titled: set[int] = set()  # the headings that name a part of a year (their part carries as a year would)
    for m in _HEADING.finditer(text):
        heading_year = _ANY_YEAR.search(m.group(0))
        heading_part = _to_date(_titled_part(m.group(0)))
        if heading_part:
            titled.add(m.start())
        sections.append((m.start(), heading_part or (heading_year.group(1) if heading_year else "")))
    first_content = len(text) - len(text.lstrip())
    for m in _PLAIN_HEADING.finditer(text):  # "Main targets for 2032" on a line of its own, not the headline
        if m.start() > first_content and _BLANK_LINE_BEFORE.search(text, max(0, m.start() - 8), m.start()) and \
                _BLANK_LINE_AFTER.match(text, m.end()) and not _DATE_IN_LINE.search(m.group(0)):
            heading_year = _ANY_YEAR.search(m.group(0))  # ("... FOR THE SIX MONTHS ENDED 30 JUNE 2032": its part)
            heading_part = _to_date(_titled_part(m.group(0)))
            if heading_part:
                titled.add(m.start())
            sections.append((m.start(), heading_part or (heading_year.group(1) if heading_year else "")))
    for m in _OPENING_PART.finditer("\n" + text) if "the first" in text else ():
        part = _PERIOD_OF.match(text, m.end() - 1)
        part_year = (part.group("y") or part.group("h") or part.group("q")) if part else ""
        if part and part_year:
            n = small_number(part.group("n")) if part.group("n") else None
            sections.append((m.end() - 1, f"{part_year}-01..{n:02d}" if n else f"{part_year}-H1" if part.group("h")
                             else f"{part_year}-Q1-Q3"))
    sections.sort()
    section_starts = [p for p, _ in sections]
    resolved: list[str] = []  # each mark's period, worked out once in text order (linear)
    from_title: list[bool] = []  # whether it is a title's part of a year, carried
    carried, carried_titled = "", False
    for at, period in sections:
        if "-" not in period or at in titled:  # a heading: its year or part ("INTERIM RESULTS FOR THE SIX MONTHS
            # ENDED 30 JUNE 2032"), or (none named) the heading's before
            if period:
                carried, carried_titled = period, at in titled
            resolved.append(carried)
            from_title.append(carried_titled)
        else:
            resolved.append(period)
            from_title.append(False)

    def section_period(pos: int, own_part: bool) -> str:
        """The period of the last heading or part-year opener before ``pos`` (a heading with no year ends the
        reach of a part-year but not of a heading's year); only the year of a title's part where the figure's
        sentence names a month or a quarter of its own (``own_part``)."""
        i = bisect.bisect_right(section_starts, pos) - 1
        if i < 0:
            return ""
        return resolved[i][:4] if own_part and from_title[i] else resolved[i]

    same = [m.start() for m in _SAME_PERIOD.finditer(text)] if "same period" in text else []
    for k, c in enumerate(found):
        c_before = found[k - 1] if same and k else None
        if c_before is not None and c_before.period and \
                bisect.bisect_left(same, c.start) < bisect.bisect_left(same, c.end) and \
                not _IN_YEAR.search(text, c.start, c.end) and not _PERIOD_OF.search(text, c.start, c.printed_start) \
                and not _own_quarter(text, c.start, c.printed_start):
            c.period = c_before.period  # "Revenue rose 41 per cent over the same period" (not "In the first eleven
            continue  # months, sales added up to ..., down 5.1% on the same period of last year": its own part; nor
            # "Net profit for the third quarter alone was ..., up 4.1% from the same period last year")
        compared = _COMPARISON_CLAUSE.search(text, c.printed_end, c.end)
        if compared is not None and c.period == compared.group(1) and \
                not _IN_YEAR.search(text, c.start, compared.start()):
            c.period = ""  # "37 percent of the total, against 29 percent in 2024": 2024 is the other figure's
        governs = _YEAR_AFTER.match(text, c.printed_end)  # "beyond RMB500 billion by 2027", "5 percent for 2032"
        if governs and not c.paired:
            c.period = governs.group(1)
            continue
        target_year = _TARGET_YEAR.search(text, c.start, c.printed_start) \
            if c.qualifier in ("forecast", "expected_over", "under") else None
        if target_year is not None:
            c.period = target_year.group(1)
            continue
        said = text[c.start:c.end]
        sentence = said[:c.printed_start - c.start]
        span = None
        first = "irst" in said or "IRST" in said  # every _PERIOD_OF names a "first" part of a year
        in_the = _IN_THE.match(text, c.printed_end) if first else None
        after = _PERIOD_OF.match(text, in_the.end()) if in_the else None
        if after is not None:  # "growth of only 3.1 percent in the first five months of 2031"
            span = after
        for m in _PERIOD_OF.finditer(sentence) if span is None and first else ():
            span = m
        if span is None and c.period and first:  # "GDP expanded 5.4 percent to ... in the first three quarters
            # of 2032": a part of the figure's own year named later in its sentence
            span = next((m for m in _PERIOD_OF.finditer(text, c.printed_end, c.end)
                         if (m.group("y") or m.group("h") or m.group("q")) == c.period), None)
        if span is None and first:  # "sold 4.7 billion yuan of textiles abroad through online platforms in the
            # first ten months, up 31 percent": a part of a year later in the figure's own clause
            cut = _CLAUSE_CUT.search(text, c.printed_end, c.end)
            later = next((m for m in _PERIOD_OF.finditer(text, c.printed_end, cut.start() if cut else c.end)
                          if _IN_THE_BEFORE.search(text, max(0, m.start() - 16), m.start())), None)
            later_year = (later.group("y") or later.group("h") or later.group("q")) if later else ""
            if later is not None and (not later_year or not c.period or later_year == c.period) and \
                    not _BASE_BETWEEN.search(text, c.printed_end, later.start()):  # (not "up 4.9% from RMB284 in
                # the first half of 2031", "twice as many as in the first half": the base's part of a year)
                span = later
        if span is not None and _FULL_YEAR_AFTER.match(text, c.printed_end):
            span = None  # ("Judging from the first three quarters, ... about 7 percent for the full year")
        if span is not None:
            year = span.group("y") or span.group("h") or span.group("q") or \
                (c.period if _YEAR_ONLY.fullmatch(c.period) and span.start() > c.printed_end
                 and "this year" not in span.group(0).lower() else "") or (str(pub) if pub else reference)
            if year:
                if span.group("n"):
                    n = small_number(span.group("n"))
                    c.period = f"{year}-01..{n:02d}" if n else c.period
                else:
                    c.period = f"{year}-H1" if "half" in span.group(0).lower() else f"{year}-Q1-Q3"
                continue
        possessive = _YEAR_POSSESSIVE.search(text, c.start, c.end) if "'" in said or "’" in said else None
        if possessive and not c.period:
            c.period = possessive.group(1)
            continue
        from_dateline = dateline is not None and c.start <= dateline.start() < c.end  # the date of the report
        if pub and "ast year" in said and (not c.period or from_dateline) and _last_year_governs(text, c):
            c.period = str(pub - 1)
            continue
        ago = _YEARS_AGO.search(sentence) if pub and "ago" in sentence else None
        if ago is not None and ("”" in sentence[ago.end():] or '"' in sentence[ago.end():] or ";" in sentence[ago.end():]):
            ago = None  # ('"Two years ago this was grazing land," ... which drew 600 guests': the quote's alone)
        if ago is not None and (not c.period or from_dateline):  # "Ten years ago, half of ...": the year it names
            years_back = 1 if ago.group(1).lower() in ("a", "one") else small_number(ago.group(1))
            if years_back and pub:
                c.period = str(pub - int(years_back))
                continue
        if "ext year" in said and _NEXT_YEAR.search(said) and not c.period and (pub or reference):
            c.period = str((pub or int(reference)) + 1)  # the year after the report's (or the article's) year
            continue
        if "his year" in said and _THIS_YEAR_WORDS.search(said) and not c.period:
            # the year of the report's date; else the year the paragraph's sentences are about ("For 2032, ...
            # Officials said output could exceed ... this year")
            this = str(pub) if pub else paragraph_year(c.start)
            if this:
                c.period = this
                continue
        if not c.period and c.unit not in ("year",):
            clause_start = max(text.rfind(",", c.start, c.printed_start), text.rfind(";", c.start, c.printed_start),
                               c.start)
            clause_end = min([p for p in (text.find(",", c.printed_end, c.end), text.find(";", c.printed_end, c.end))
                              if p >= 0] or [c.end])
            if _SINCE_YEAR.search(text, clause_start, clause_end):
                continue  # "14 projects ... since 2023": a count over several years, of no one period
            # A sentence with no year of its own: the year of its paragraph's opening, else the year the
            # article is about (its headline's or lead's), not a year compared with in an earlier sentence
            section = section_period(c.start, bool(titled) and (any(
                _part_period(m, "")[1] in ("", reference) or text[m.start() - 1:m.start()] != "("
                for m in _PART_OF_YEAR.finditer(text, c.start, c.end))
                or _OTHER_TIME_OF_TITLE.search(text, c.start, c.end) is not None)) \
                if sections else ""  # ("in June alone", "for the full year", "in Q3 2029": a time of its own; not
            # "(1H2033: ...)", a base beside it)
            c.period = paragraph_year(c.start) or section or \
                (lead_period if lead_period and c.qualifier not in ("forecast", "expected_over", "under")
                 and not (_MONTH_NAMED.search(text, c.start, c.end) and not (
                     c.start <= event[0] and event[1] <= c.end and not _MONTH_NAMED.search(text, c.start, event[0])
                     and not _MONTH_NAMED.search(text, event[1], c.end)))
                 and not _own_quarter(text, c.start, c.end)
                 else "") or reference  # ("In September it raised ...", "for the third quarter alone": a month or a
                # quarter names its own time in the year). A text with no year of its own leaves the period empty for
                # the reviewer: the year of an earlier sentence, or the first year the text names, was right for 28%
                # and 31% of the labelled figures it was given to (80 of 290, 156 of 503), under the threshold of
                # every other guess (calibration.THRESHOLD)
        if _YEAR_ONLY.fullmatch(c.period) and _YEAR_BEFORE_AFTER.match(text, c.printed_end):
            c.period = str(int(c.period) - 1)  # "up from No. 20 a year earlier"
    pub_month = (int(given.group(2)) if given.group(2) else None) if given else _month_of(dateline)
    october_text = _OCTOBER_HOLIDAY.search(text, 0, min(len(text), 800)) is not None  # (a title or lead about it:
    # its figures "during the holiday" are October's, forecast ones too)
    title_end = text.find("\n\n", 0, 400)
    october_title = october_text and _OCTOBER_HOLIDAY.search(text, 0, title_end if title_end > 0 else 0) is not None \
        and pub_month is not None and pub_month >= 10  # (a title about the holiday, written after it: its figures
    # are the holiday's; not a press conference in September ahead of it)
    season = _SEASON_SPAN.search(text, 0, min(len(text), 900))  # ("The 2031 season, held from 1 July to 31 August,
    # has ended": a release on an event of its own months, written after it: its figures are of those months)
    if season is not None and pub_month is not None:
        from_month, to_month = (_MONTH_NAMES.index((season.group(g) or season.group(g + "b")).lower()) + 1
                                for g in ("m1", "m2"))
        season_span = f"{from_month:02d}..{to_month:02d}" if from_month < to_month < pub_month <= to_month + 3 else ""
        for c in found if season_span else ():
            if _YEAR_ONLY.fullmatch(c.period) and c.period == reference and \
                    c.qualifier not in ("forecast", "expected_over", "under") and \
                    not _MONTH_NAMED.search(text, c.start, c.end) and not _WHOLE_YEAR_SO_FAR.search(text, c.start, c.end):
                c.period = f"{c.period}-{season_span}"
    for c in found:  # "during the National Day holiday", "over Golden Week": October of the figure's year
        if _YEAR_ONLY.fullmatch(c.period) and (
                holds_any(text[c.start:c.end], ("national", "golden")) and _OCTOBER_HOLIDAY.search(text, c.start, c.end)
                or october_text and _THE_HOLIDAY.search(text, c.start, c.end)
                or october_title and c.qualifier not in ("forecast", "expected_over") and c.period == reference
                and not _WHOLE_YEAR_SO_FAR.search(text, c.start, c.end)):
            c.period = f"{c.period}-10..10"  # (in a text whose title or lead names the holiday: "over the holiday")
    now_year = reference if reference and pub and int(reference) == pub - 1 and (pub_month is None or pub_month <= 4) \
        else str(pub) if pub else reference  # (a report on the year before, published early in the next: that year;
    # a feature dated November: its own year)
    for c in found if now_year else ():
        if c.qualifier not in ("forecast", "expected_over", "under"):
            clause_start = max(text.rfind(",", c.start, c.printed_start), text.rfind(";", c.start, c.printed_start),
                               text.rfind("\"", c.start, c.printed_start), c.start)
            clause_end = min([p for p in (text.find(",", c.printed_end, c.end), text.find(";", c.printed_end, c.end))
                              if p >= 0] or [c.end])
            if _NOW.search(text, clause_start, clause_end) and not _ANY_YEAR.search(text, clause_start, clause_end) \
                    and not _WHOLE_YEAR_WORD.search(text, clause_start, clause_end):
                c.period = now_year  # a stock as it is now: the year of writing (of a report on the year
                # before, published early in the next: that year)
    _parts_of_year(text, found)
    _the_same_part(text, found)
    for c in found:  # "314 trains ran in the first ten months, up from 236 a year earlier": that part a year before
        if c.period[4:5] == "-" and _YEAR_ONLY.fullmatch(c.period[:4]) and _YEAR_BEFORE_AFTER.match(text, c.printed_end):
            c.period = f"{int(c.period[:4]) - 1}{c.period[4:]}"
    _bases(text, found, pub)
    _timeless(text, found)
    for c in found:  # "GDP growth of around 5.5% (2032: 6.1%)": a year's outcome beside a target, in brackets
        year = _YEAR_IN_BRACKET.search(text, max(0, c.printed_start - 12), c.printed_start)
        if year is not None:
            y, half, quarter, months = year.group(6), year.group("h") or year.group("hn"), \
                year.group("q") or year.group("qn"), year.group("m")
            c.period = f"{y}-H1" if half == "1" else f"{y}-07..12" if half else \
                f"{y}-{3 * int(quarter) - 2:02d}..{3 * int(quarter):02d}" if quarter else \
                f"{y}-01..{int(months):02d}" if months else \
                y + (c.period[4:] if c.period[4:5] == "-" else "")  # ("(2031: RMB0.08)" of H1)
            if c.qualifier in ("forecast", "expected_over") and pub and (
                    int(y) < pub or int(y) == pub and (late or half or quarter or months)):  # (a year gone or ending:
                # "(2031: 148)" under targets for next year, published in December 2031; "(1H2031: ...)" in August;
                # not "(2031: RMB1.20)" beside a broker's 2032 forecast in June)
                c.qualifier = "over" if c.qualifier == "expected_over" else "exact"


_MONTHS_RE = "|".join(_MONTH_NAMES)
# An event of its own months in a release's lead: "held from 1 July to 31 August", "which ran from July 1 to August 31"
_SEASON_SPAN = re.compile(rf"\b(?:held|ran|running|lasted|took\s+place)\s+from\s+(?:\d{{1,2}}\s+(?P<m1>{_MONTHS_RE})|"
                          rf"(?P<m1b>{_MONTHS_RE})\s+\d{{1,2}})\s+(?:to|until|through|till)\s+"
                          rf"(?:\d{{1,2}}\s+(?P<m2>{_MONTHS_RE})|(?P<m2b>{_MONTHS_RE})\s+\d{{1,2}})\b", re.I)
# "the holiday", "the quarter", "the period": a part of a year named before, not a whole year
_THE_PART = re.compile(r"\b(?:the|this|that)\s+(?:holiday|festival|quarter|period|week|break|season|Golden\s+Week)\b",
                       re.I)
_THE_PART_REACH = 3000  # characters back to the figure whose part of a year "the holiday" points to


def _the_same_part(text: str, found: list[Candidate]) -> None:
    """A figure of a whole year whose sentence speaks of "the holiday", "the quarter" or "the period" takes the part
    of that year of the last figure before it that has one ("received 1.1 million visits during the National Day
    holiday. ... Hotels filled 92 percent of their rooms over the holiday")."""
    last_of: dict[str, Candidate] = {}  # by year (not the part of another year a figure was compared with, "41% in
    # the third quarter of 2030", in a report on 2031's)
    for c in found:
        last = last_of.get(c.period) if _YEAR_ONLY.fullmatch(c.period) else None
        if last is not None and c.start - last.printed_end <= _THE_PART_REACH and \
                c.qualifier not in ("forecast", "expected_over") and _THE_PART.search(text, c.start, c.end):
            c.period = last.period
        if c.period[4:5] == "-":  # (a part of a year: 2031-10..10, 2031-H1; not a span of years, 2031–2035)
            last_of[c.period[:4]] = c


_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# Months as a heading or headline shortens them, capitalised ("Jan-Oct", "JAN-SEP"): a range of them is a part of a year
_MONTH_ABBREVIATIONS = "(?-i:" + "|".join(f"{m[:3].title()}|{m[:3].upper()}" for m in _MONTH_NAMES) + "|Sept|SEPT)"
# A part of a year named for a figure: a month ("in October", "at end-October", "October's"), a quarter ("in the
# third quarter", "in Q3", "3Q31", "Q3 2031"), months to date ("10M31", "9M 2031"), a half ("1H31", "H2 2031").
_PART_OF_YEAR = re.compile(
    r"\b(?:(?:in|during|for|of)\s+(?:the\s+)?|from\s+|between\s+)(?P<from_m>" + "|".join(_MONTH_NAMES)
    + r")\s*(?:-|–|to|through|and)\s*(?P<to_m>"
    + "|".join(_MONTH_NAMES) + r")(?:\s+(?P<span_y>(?:19|20)\d\d))?\b"
    r"|\b(?P<from_a>" + _MONTH_ABBREVIATIONS + r")\.?\s*[-–]\s*(?P<to_a>" + _MONTH_ABBREVIATIONS + r")\b\.?"
    r"(?:\s+(?P<span_ay>(?:19|20)\d\d))?(?![-–\w])"  # "in Jan-Oct", "Jan.-Sept. 2031"
    r"|\b(?:in|during|for|of|at\s+end-|at\s+the\s+end\s+of|by\s+end-|end-)\s*(?P<month>" + "|".join(_MONTH_NAMES) + r")"
    r"(?:\s+(?P<month_y>(?:19|20)\d\d))?\b(?!\s+(?:[12]\d|3[01]|0?[1-9])(?!\d)|\s*[-–])"  # (not "in March 4",
    # "May 20th", a day; "in April 58 cars" is April's count)
    r"|\b(?P<month_s>" + "|".join(_MONTH_NAMES) + r")['’]s\b"
    r"|\b(?:in|during|for|of)\s+the\s+(?P<qw>first|second|third|fourth)\s+quarter(?:\s+of\s+(?P<qw_y>(?:19|20)\d\d))?\b"
    r"|\b(?:in|during|for|of)\s+the\s+(?P<hw>first|second)\s+half(?!\s+of\s+(?:the|this|last|next)\b)"
    r"(?:\s+of\s+(?P<hw_y>(?:19|20)\d\d))?\b"
    r"|(?<![\w-])(?:Q(?P<qn>[1-4])|(?P<nq>[1-4])Q)(?:\s?(?P<q_y>(?:19|20)\d\d)|(?P<q_yy>\d\d))?(?![\w-])"
    r"|(?<![\w-])(?P<mtd>1[0-2]|[1-9])M\s?(?P<mtd_y>(?:19|20)?\d\d)(?![\w-])"
    r"|(?<![\w-])(?:(?P<h>[12])H|H(?P<hn>[12]))\s?(?P<h_y>(?:19|20)\d\d|\d\d)(?![\w-])", re.I)


# The month or quarter a report is of, named in its first lines: "Data month: October 2031", "| Q3 2031",
# "Reporting period: 3Q31" (not a date: "Published 15 October 2031").
_REPORT_PART = re.compile(
    r"(?:\b(?:data|reporting|report|statistical)\s+(?:month|period|quarter)\s*:\s*|[|:]\s*)"
    r"(?:(?P<month>" + "|".join(_MONTH_NAMES) + r")\s+(?P<month_y>(?:19|20)\d\d)(?!\s*[-–])"
    r"|(?:Q(?P<qn>[1-4])|(?P<nq>[1-4])Q)\s?(?:(?P<q_y>(?:19|20)\d\d)|(?P<q_yy>\d\d))(?![\w-]))", re.I)
_REPORT_WORDS = re.compile(r"\b(?:report|reports|bulletin|data|monitor|update|statistics|statistical|release|review|"
                           r"digest|weekly|monthly|quarterly|indicators|brief|briefing|note|outlook|tracker)\b", re.I)
# Words that give a figure another time than its report's month or quarter.
_OTHER_TIME = re.compile(r"\b(?:year|years|months|quarters|since|ago|earlier|previous|last|first|H[12]|Q[1-4])\b"
                         r"|\b(?:19|20)\d\d\b", re.I)


_PART_OF_YEAR = _lead(_PART_OF_YEAR, r"[idfoabejmsnqhIDFOABEJMSNQH1-9]")
_PART_ANCHOR = re.compile(r"(?=[JFMASONDqQhH1-9])(?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December|quarter|half|Q[1-4]|[1-4]Q|[1-9]M|1[0-2]M|[12]H|H[12]|"
                          + _MONTH_ABBREVIATIONS + r"\.?\s*[-–])")


def _part_period(m: re.Match[str], year: str) -> tuple[str, str]:
    """The period a part-of-year match names, in ``year`` unless it names its own; and that year."""
    def own(*names: str) -> str:
        for name in names:
            got = m.group(name)
            if got:
                return got if len(got) == 4 else "20" + got
        return year
    groups = m.re.groupindex
    if "from_m" in groups and m.group("from_m"):
        y = own("span_y")
        a = _MONTH_NAMES.index(m.group("from_m").lower()) + 1
        b = _MONTH_NAMES.index(m.group("to_m").lower()) + 1
        return (f"{y}-H1" if y and (a, b) == (1, 6) else f"{y}-{a:02d}..{b:02d}" if y and a <= b else ""), y
    if "from_a" in groups and m.group("from_a"):
        y = own("span_ay")
        a = [n[:3] for n in _MONTH_NAMES].index(m.group("from_a")[:3].lower()) + 1
        b = [n[:3] for n in _MONTH_NAMES].index(m.group("to_a")[:3].lower()) + 1
        return (f"{y}-H1" if y and (a, b) == (1, 6) else f"{y}-{a:02d}..{b:02d}" if y and a < b else ""), y
    if m.group("month") or "month_s" in groups and m.group("month_s"):
        y = own("month_y")
        n = _MONTH_NAMES.index((m.group("month") or m.group("month_s")).lower()) + 1
        return (f"{y}-{n:02d}..{n:02d}" if y else ""), y
    if "qw" in groups and m.group("qw") or m.group("qn") or m.group("nq"):
        y = own(*(name for name in ("qw_y", "q_y", "q_yy") if name in groups))
        q = _QUARTER_WORDS[folded_lower(m.group("qw"))] if "qw" in groups and m.group("qw") else \
            int(m.group("qn") or m.group("nq"))
        return (f"{y}-{3 * q - 2:02d}..{3 * q:02d}" if y else ""), y
    if m.group("mtd"):
        y = own("mtd_y")
        return (f"{y}-01..{int(m.group('mtd')):02d}" if y else ""), y
    if "hw" in groups and m.group("hw"):
        y = own("hw_y")
        return (f"{y}-H1" if m.group("hw").lower() == "first" else f"{y}-07..12") if y else "", y
    y = own("h_y")
    half = m.group("h") or m.group("hn")
    return (f"{y}-H1" if half == "1" else f"{y}-07..12") if y else "", y


_MONTH_CARRY_REACH = 1200  # characters from a part of a year to a figure of the next sentence, at most
_STILL = re.compile(r"\b(?:still|remains?|remained|usually|typically|normally|on\s+average)\b", re.I)
_END_OF_BEFORE = re.compile(r"\bend(?:\s+of|-)", re.I)
_TITLE_QUARTER = re.compile(r"\b(?P<q>first|second|third|fourth)[\s-]+quarter\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b"
                            r"|\b(?P<y2>(?:19|20)\d\d)\s+(?P<q2>first|second|third|fourth)[\s-]+quarter\b", re.I)
_TITLE_WEEK = re.compile(r"\bweek\s+(?:of|ending|ended|to)\s+(?:\d{1,2}\s*(?:-|–|to)\s*)?\d{1,2}\s+(?P<m>January|February|"
                         r"March|April|May|June|July|August|September|October|November|December)\s+(?P<y>(?:19|20)\d\d)\b",
                         re.I)
_TITLE_MONTHS = re.compile(r"\b(?P<a>January|February|March|April|May|June|July|August|September|October|November|"
                           r"December)\s*(?:-|–|to|through)\s*(?P<b>January|February|March|April|May|June|July|August|"
                           r"September|October|November|December)\s+(?P<y>(?:19|20)\d\d)\b", re.I)


# Words of a rule or a standard, not of a period's result: "will be raised to", "shall not exceed", "per person
# per year", "the maximum loan", "the subsidy standard is".
_RULE_WORDS = re.compile(r"\b(?:will|shall|must|may|can|should|maximum|minimum|standard|ceiling|cap|quota|"
                         r"per\s+(?:person|head|year|month)|each\s+year|a\s+year|eligible|entitled)\b", re.I)


_YEAR_ON_YEAR = re.compile(r"\byear[- ]on[- ]year\b|\b(?:a|one)\s+year\s+(?:earlier|ago|before)\b", re.I)

# A monthly report's title: "Consumer Prices in Daqing, October 2031", "Monthly Throughput Bulletin, October 2031",
# "Financial Statistics of Hexi, October 2031" (the month ends the line; not a date, an issue or a release)
_TITLE_MONTH = re.compile(r"(?:\bin|,|(?<=bulletin)\s+for|(?<=report)\s+for|(?<=update)\s+for|(?<=briefing)\s+for)\s+"
                          r"(?P<m>" + "|".join(_MONTH_NAMES) + r")\s+(?P<y>(?:19|20)\d\d)\s*"
                          r"(?:\((?![^()\n]*(?:\b(?:" + "|".join(_MONTH_NAMES) + r")\b"
                          r"|\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s*(?:-|–|to)\s*[a-z]|quarter|half|months|"
                          r"year|to[- ]date|ytd|cumulative|accumulat|running\b|\bannual\b(?!\s+rate)|up\s+to|through\b|"
                          r"\b[QH]\d\b|\d\s*[-–]\s*\d))[^()\n]{1,40}\))?"
                          r"\s*$", re.I)  # ("monthly bulletin for September 2031 (English summary)", "(Preliminary)",
# "(No. 10)": of that month; not "(January-September)", "(first half)", "(year to date)": a part of the year to date)
_TITLE_NOT_MONTH = re.compile(r"\b(?:" + _RELEASE_WORDS + r"|issue|edition)\b"
                              r"|\b(?:newsletter|magazine|digest|review|interview|speech|address|remarks|forum|summit|"
                              r"conference|seminar|lecture|keynote)\b", re.I)


def _to_date(period: str) -> str:
    """``period`` if it is months from January (a half-year's or nine months' results), else "" (a month's or a
    quarter's report gives its year to date beside them, each named)."""
    return period if period.endswith(("-H1", "-Q1-Q3")) or period[4:8] == "-01." else ""


def _titled_part(text: str) -> str:
    """The part of a year a report's title lines name (its first lines, each short, before any prose): "Third
    Quarter 2031 Operating Update", "Q3 2031", "for the six months ended 30 June 2031", "Budget for January to June
    2031"; else ""."""
    for line in text[:400].split("\n")[:8]:
        if len(line) > 140:
            break  # (prose: its parts of a year are its own)
        quarter = _TITLE_QUARTER.search(line)
        if quarter:
            q = _QUARTER_WORDS[folded_lower(quarter.group("q") or quarter.group("q2"))]
            return f"{quarter.group('y') or quarter.group('y2')}-{3 * q - 2:02d}..{3 * q:02d}"
        week = _TITLE_WEEK.search(line)
        if week:  # "Week of 8-14 June 2031", "week ending 14 June 2031": the month of a week within it
            n = _MONTH_NAMES.index(week.group("m").lower()) + 1
            return f"{week.group('y')}-{n:02d}..{n:02d}"
        months = _TITLE_MONTHS.search(line)
        if months:
            a = _MONTH_NAMES.index(months.group("a").lower()) + 1
            b = _MONTH_NAMES.index(months.group("b").lower()) + 1
            if a <= b:
                return f"{months.group('y')}-H1" if (a, b) == (1, 6) else f"{months.group('y')}-{a:02d}..{b:02d}"
        ended = _PART_ENDED.search(line)
        if ended:
            return f"{ended.group('y')}-H1" if ended.group("n").lower() == "six" else f"{ended.group('y')}-Q1-Q3"
        month = _TITLE_MONTH.search(line)
        if month and not _TITLE_NOT_MONTH.search(line):
            n = _MONTH_NAMES.index(month.group("m").lower()) + 1
            return f"{month.group('y')}-{n:02d}..{n:02d}"
        part = _PART_OF_YEAR.search(line)
        if part and (part.group("qn") or part.group("nq") or part.group("h") or part.group("hn")):
            period, year = _part_period(part, "")
            if year and period:
                return period
    return ""


_THAN_IN_BEFORE = re.compile(r"\b(?:than|from|with)\s+(?:in\s+|during\s+|for\s+|at\s+)?(?:the\s+)?$", re.I)


def _own_quarter(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a quarter as a time of its figures ("for the third quarter alone", "in Q3"),
    not a base compared with ("0.3 points higher than in the first quarter") nor a thing ("a strong third quarter",
    "since the second quarter")."""
    return any(_QUARTER_TIME_BEFORE.search(text, max(start, m.start() - 16), m.start()) is not None
               and not _THAN_IN_BEFORE.search(text, max(start, m.start() - 24), m.start())
               for m in _QUARTER_NAMED.finditer(text, start, end))


def _parts_of_year(text: str, found: list[Candidate]) -> None:
    """A figure whose sentence names a month, a quarter or a half of its year takes that part of the year
    ("sales rose 9.4% in Q3" in a 2031 report: 2031-07..09): the part named nearest before the figure in its
    clause, else the first after it in its clause. A figure already given a part of a year keeps it."""
    head = _REPORT_PART.search(text, 0, 400)  # "Data month: October 2031", "MARKET REPORT | Q3 2031"
    if head is not None and head.group(0)[:1] in "|:" and head.group("month") and not _REPORT_WORDS.search(
            text, text.rfind("\n", 0, head.start()) + 1, head.start()):
        head = None  # ("THE BIG INTERVIEW | November 2031": the date of a feature, no period of its figures)
    report_period, report_year = _part_period(head, "") if head else ("", "")
    titled = not report_period
    if titled:  # "Operating Update for the Third Quarter of 2031", "Q3 2031 Results", "INTERIM RESULTS FOR THE SIX
        report_period = _titled_part(text)  # MONTHS ENDED 30 JUNE 2031" in the title lines
        report_year = report_period[:4]
    parts: list[re.Match[str]] = []  # once for the text (each figure looks up its clause's by bisect), looked for
    # only around a month's name, "quarter" or a "Q3"/"3Q"/"10M"/"1H" (a scan of every letter costs 0.17 s a MB)
    for anchor in _PART_ANCHOR.finditer(text):
        if parts and parts[-1].end() > anchor.start():
            continue
        m = _PART_OF_YEAR.search(text, max(0, anchor.start() - 40), anchor.end() + 24)
        while m is not None and m.end() <= anchor.start():
            m = _PART_OF_YEAR.search(text, m.end(), anchor.end() + 24)
        if m is not None and m.start() <= anchor.start() and (not parts or m.start() >= parts[-1].end()):
            parts.append(m)
    part_starts = [m.start() for m in parts]
    used: set[int] = set()  # the parts that gave a figure its period
    for c in found:
        if c.qualifier in ("forecast", "expected_over") or (c.period and not _YEAR_ONLY.fullmatch(c.period)):
            continue
        part: re.Match[str] | None = None
        own = False
        if parts:
            clause_start = max(text.rfind(";", c.start, c.printed_start), c.start)
            i = bisect.bisect_left(part_starts, c.printed_start) - 1  # the last part starting before the figure
            j = bisect.bisect_left(part_starts, c.printed_end)
            if j < len(parts) and _OWN_PART_BETWEEN.fullmatch(text, c.printed_end, part_starts[j]) and \
                    not _NOT_OWN_PART.match(parts[j].group(0)):
                part, own = parts[j], True  # "to RMB7,150 in 10M31 from RMB7,480 in 10M30": each figure's own,
                # right after it, with its own year if it names one
            elif i >= 0 and part_starts[i] >= clause_start and parts[i].end() <= c.printed_start:
                part = parts[i]
            else:  # after the figure: in its own clause only ("..., and its backlog stood at ... at end-October")
                cut = min((p for p in (text.find(";", c.printed_end, c.end), text.find(",", c.printed_end, c.end))
                           if p >= 0), default=c.end)
                j = bisect.bisect_left(part_starts, c.printed_end)
                part = parts[j] if j < len(parts) and parts[j].end() <= cut else None
                if part is not None and _THAN_IN_BEFORE.search(text, max(0, part.start() - 24), part.start()):
                    part = None  # ("3.5 hours shorter than in the first quarter": the base compared with)
        i = bisect.bisect_left(part_starts, c.start) - 1 if part is None and used else -1
        if i >= 0 and i in used and c.start - parts[i].end() <= _MONTH_CARRY_REACH:
            # a part of the year named in an earlier sentence of the figure's paragraph ("Freight in October was
            # 10.8 million tonnes. Of this, road freight was 7.1 million tonnes."), the sentence naming no time
            line_start = max(text.rfind("\n", parts[i].start(), c.start), text.rfind("\r", parts[i].start(), c.start))
            if line_start < 0 and _DIGIT.search(c.as_printed) and \
                    not _END_OF_BEFORE.search(text, max(0, parts[i].start() - 12), parts[i].end()) and \
                    len(re.findall(r"[.!?]\s", text[parts[i].end():c.start])) <= 1 and \
                    not _OTHER_TIME.search(text, c.start, c.end) and not _TIME_WORDS.search(text, c.start, c.end) \
                    and not _STILL.search(text, c.start, c.end):  # (the sentence just before)
                part = parts[i]  # (one that gave a figure of its own sentence its months: not "a survey published
                # in September found ...", nor a point in time, "By the end of December")
        if part is None:
            said = _YEAR_ON_YEAR.sub("", text[c.start:c.end]) if titled and report_period and \
                c.period == report_year else ""  # ("rose 14.7% year-on-year": no other time of its own)
            if report_period and c.period == report_year and \
                    not (_OTHER_TIME.search(said) if titled else _OTHER_TIME.search(text, c.start, c.end)) and \
                    not (titled and (_RULE_WORDS.search(said) or c.qualifier == "under")):  # (a notice's rules, a
                # limit set by lenders: no period of the report's)
                c.period = report_period  # a monthly or quarterly report's figures are of its month or quarter
            continue
        period, year = _part_period(part, c.period)
        if period and (not c.period or year == c.period or own):
            if not c.period or year == c.period:  # (a part of another year, a figure's own, carries to no other)
                used.add(bisect.bisect_left(part_starts, part.start()))
            c.period = period


_OWN_PART_BETWEEN = re.compile(r"\s+(?:(?:in|during)\s+(?:the\s+)?)?", re.I)
_NOT_OWN_PART = re.compile(r"(?:of|from|between|at|by|end)\b", re.I)  # ("20% of the first quarter's", "from January
# to", "at end-October": not the time a figure is of)


# The base a change is measured from, and the time it names right after it: "down from 5.31m sq m at end-2030",
# "up from 860 last year", "from 30.6% in the same period of 2030"
_BASE_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:" + _HEDGE_WORDS + r"|under|less\s+than)\s+)?(?:RMB\s?|US\$\s?|\$|CNY\s?)?$",
                               re.I)
_BASE_TIME_AFTER = re.compile(r"\s+(?:(?:(?:in|at\s+end|at\s+the\s+end\s+of|for|during)\s+|at\s+end-)"
                              r"(?:the\s+whole\s+of\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]|['’])"
                              r"|(?:in|for|during|over)\s+the\s+same\s+(?:period|months?|quarter|half)\s+(?:of\s+)?"
                              r"(?P<same>(?:19|20)\d\d)\b(?!\s*[-–/]|['’])"
                              r"|(?:at\s+the\s+end\s+of\s+|at\s+end-)?(?P<last>last\s+year)\b(?!['’]s)"
                              r"|(?P<prev>a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|prior)\s+year|the\s+year\s+before)\b)",
                              re.I)


def _bases(text: str, found: list[Candidate], pub: int | None) -> None:
    """The base a change is measured from takes the time named right after it ("up 21.7% from RMB317.5 million
    for the same period of 2030": the first half of 2030, the months of the figure it is compared with)."""
    before: Candidate | None = None
    for c in found:
        main, before = before, c
        if not _BASE_FROM_BEFORE.search(text, max(c.start, c.printed_start - 24), c.printed_start):
            continue
        time = _BASE_TIME_AFTER.match(text, c.printed_end)
        if time is None or c.qualifier in ("forecast", "expected_over"):
            continue
        main_period = main.period if main is not None and main.start == c.start else ""
        if time.group("year"):
            c.period = time.group("year")
        elif time.group("same"):
            c.period = time.group("same") + (main_period[4:] if main_period[4:5] == "-" else "")
        elif time.group("prev"):  # "rose to CNY41.2 billion at end-2031 from CNY37.9 billion a year before": the year
            if main_period[:4].isdigit():  # before the figure compared with's (not the text's)
                c.period = str(int(main_period[:4]) - 1) + main_period[4:]
        elif main_period[:4].isdigit() or pub:
            c.period = str((pub or int(main_period[:4])) - 1)


def _timeless(text: str, found: list[Candidate]) -> None:
    """No period for a figure that holds at any time ("a city of 9.7 million people", "which employs 2,300
    workers", "1.2 million tonnes a year"), when neither its clause nor its sentence before that clause names a
    time: a year given by the paragraph or the article would be a guess the text does not make."""
    first_time: dict[int, re.Match[str] | None] = {}
    for c in found:
        if not c.period or c.qualifier in ("forecast", "expected_over", "under", "range") or c.unit == "year":
            continue
        clause_start = max(text.rfind(",", c.start, c.printed_start), text.rfind(";", c.start, c.printed_start),
                           text.rfind("(", c.start, c.printed_start), c.start)
        clause_end = min([p for p in (text.find(",", c.printed_end, c.end), text.find(";", c.printed_end, c.end),
                                      text.find(")", c.printed_end, c.end)) if p >= 0] or [c.end])
        if not (_TIMELESS_BEFORE.search(text, clause_start, c.printed_start) or _TIMELESS_AFTER.match(text, c.printed_end)
                or _DISTANCE_AFTER.match(text, c.printed_end) and UNITS.get(c.unit) is not None
                and UNITS[c.unit].base == "km"):
            continue  # (tested first: few figures hold at any time, and the search for a time is the dearer one)
        if c.start not in first_time:  # (once per sentence: its clauses end at punctuation, so a sentence that names
            first_time[c.start] = _TIME_WORDS.search(text, c.start, c.end)  # no time has no clause that does)
        named = first_time[c.start]
        if named is not None and (named.end() <= clause_end or _TIME_WORDS.search(text, c.start, clause_end)):
            continue
        c.period = ""


# "GDP (billion yuan)", "Growth (%)", "Value (100 million yuan)"
_HEADER_UNIT = re.compile(r"\(([^()\d]{1,45}|[^()\d]{0,40}\bm3|10,000[^()\d]{0,20}|100\s+million[^()\d]{1,20})\)\s*$")
# ("Water use (million m3)": a unit with its digit)
TABLE_LINE = 300  # characters of one line of a plain-text table, at most
TABLE_ROWS = 12  # rows (and wrapped labels) looked up over for a table's header
TABLE_QUOTE = 1200  # characters a table cell's quote may reach back to the line naming its unit
_NUMBER_CELL = re.compile(r"[-+−]?\(?\d[\d,]*(?:\.\d+)?%?\)?")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")
_RANGE_CELL = re.compile(r"\d[\d,]*(?:\.\d+)?\s?[-–]\s?\d[\d,]*(?:\.\d+)?%?")  # "4.5-5.0": a range in a cell
# "(Unit: billion yuan, %)" or "(RMB million, unless otherwise stated)" in the lines above a table's header.
_QUALIFIED_CELL = re.compile(r"(?:(?:around|about|approximately|within|below|under|above|over|at\s+least|no\s+less\s+than|"
                             r"up\s+to)\s+)?[-+−]?\(?\d[\d,]*(?:\.\d+)?\s?(?:%|percent|per\s?cent)?\)?", re.I)
_ROW_NUMBER_COLUMN = re.compile(r"No\.?|#|S/N|Item\s+no\.?|序号", re.I)
_TENOR_COLUMN = re.compile(r"\b(?:tenor|term|maturity)\b", re.I)
_TARGET_COLUMN = re.compile(r"\b(?<!\bof )(?:targets?|TP|plan|planned|forecasts?|projections?|projected|goals?|"
                            r"estimates?)\b|(?:19|20)\d\d[EF]\b|\bFY\d\d[EF]\b", re.I)
# (not "Share of target", "% of plan": a result against it; nor "Annual budget": the amount set, as reported)
_CAPTION_UNITS = re.compile(r"(?:\bUnits?\s*:\s*|(?:^|(?<=\n))\(\s*(?:(?:un)?audited\s*[;,]\s*)?"
                            r"(?:(?:(?:expressed|stated|presented|amounts?)\s+)?in\s+)?(?=(?:RMB|US\$|HK\$))|"
                            # (a line of its own that is the unit: "RMB million" over the table)
                            r"(?:^|(?<=\n))[^\S\n]*(?=(?:RMB|US\$|HK\$|CNY)\s?(?:million|billion|thousand|'000)[^\S\n]*\n)|"
                            r"(?<=[a-z,] )\((?=(?:RMB|US\$|HK\$|CNY)\s?(?:million|billion|thousand|'000)"
                            r"(?:,?\s*unless\s+(?:otherwise\s+)?(?:stated|noted|specified|indicated))?\)))"
                            r"([^()\n]{1,60}?)\s*(?:\([^()\n]{0,60}\)[^\S\n]*)?\)?[^\S\n]*\n"  # ("Unit: RMB million
                            r"(?:[^\S\n]*\n){0,2}\Z", re.I)  # (except per share data)": the unit, then a note)
# A line in brackets naming each column's unit: "(volume in 10,000 tonnes, value in 100 million yuan, growth in %)"
# (a line in brackets, its parts then checked one by one with _NAMED_UNIT_PART: no nested repeats to backtrack over)
_CAPTION_NAMED = re.compile(r"(?:^|(?<=\n))[^\S\n]*\(([^()\n]{1,200})\)[^\S\n]*\n(?:[^\S\n]*\n){0,2}\Z")
# A caption that ends in its unit in brackets: "Table 1: New special bonds by sector, 2029-2030 (billion yuan)"
_CAPTION_BRACKET = re.compile(r"[^\n(]{0,160}\(((?:\d{1,3}(?:,\d{3})+[^\S\n])?[^()\n;,]{1,40})(?:,[^()\n]{1,40})?\)"
                              r"[^\S\n]*\n(?:[^\S\n]*\n){0,2}\Z", re.I)
# ("(RMB bn, end of period)", "(RMB m, Dec year-end)": the unit, then a note; "(10,000 yuan)": a unit whose scale
# has a thousands comma)
# A caption whose brackets end in a percent sign: "Selected survey results (share of respondents, %)"
_CAPTION_PERCENT = re.compile(r"[^\n(]{0,120}\((?:[^()\n]{0,60}[,;]\s*)?(%)\s*\)[^\S\n]*\n(?:[^\S\n]*\n){0,2}\Z")
# A caption ending in a percent sign after a comma or colon: "Table 1. Weinan: real GDP growth, % y/y"
_CAPTION_TRAILING_PERCENT = re.compile(r"[^\n]{0,120}[,:]\s*(%)(?:\s*(?:y/y|yoy|y-o-y|year[- ]on[- ]year|change))?"
                                       r"[^\S\n]*\n(?:[^\S\n]*\n){0,2}\Z", re.I)
_CURRENCY_SCALE = re.compile(r"^(RMB|CNY|US\$|HK\$)\s*(million|billion|thousand|'000)\b"
                             r"(?:,?\s*unless\s+(?:otherwise\s+)?(?:stated|noted|specified|indicated)"
                             r"|,\s*except\s+(?:for\s+)?(?:percentages|ratios|per[\s-]share\s+(?:data|amounts|figures))"
                             r"(?:\s+and\s+(?:percentages|ratios|per[\s-]share\s+(?:data|amounts|figures)))?)?$",
                             re.I)
_RATE_COLUMN = re.compile(r"\b(?:growth|increase|rate|share)(?:\s+rate)?(?:\s*\(%\))?\s*$", re.I)
_PERCENT_HEADER = re.compile(r"(?:y/y|yoy|y-o-y|m/m|mom|q/q|qoq|chg|change|growth)\s*(?:%|\(%\))", re.I)
_CHANGE_COLUMN = re.compile(r"\bchange\s*$", re.I)  # a change: growth in % or points, as its unit says
# Columns a caption's one unit does not name: counts, ranks, years ("Firms", "Rank", "Year").
_COUNT_COLUMN = re.compile(r"\b(?:firms?|enterprises?|companies|number|count|rank(?:ing)?|years?|units?|people|persons|"
                           r"projects?|routes?|employees|workers|households)\b", re.I)


def _above_tables(text: str, top: int, most: int = 16) -> int:
    """Where the lines above ``top`` stop being a table's (lines of cells, at least one a number, and blank lines):
    the start of the first table over a table at ``top`` ("Table 1: … (RMB billion)" over two tables parted by a
    blank line), or ``top`` when the line right above is prose."""
    start, seen_row = top, False
    for _ in range(most):
        if start <= 0:
            break
        line_start = text.rfind("\n", 0, start - 1) + 1
        line = text[line_start:start - 1] if start > 0 else ""
        if not line.strip():
            start = line_start
            continue
        cells = [c for c in re.split(r"\s{2,}|\t", line.strip()) if c]
        if len(cells) < 3 or len(line) > TABLE_LINE:
            break
        seen_row = seen_row or any(_NUMBER_CELL.fullmatch(c) for c in cells)
        start = line_start
    return start if seen_row else top


def _line_bounds(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the line holding ``pos``, or None for a line longer than TABLE_LINE (no table's line)."""
    start = text.rfind("\n", max(0, pos - TABLE_LINE), pos) + 1
    if start == 0 and pos > TABLE_LINE:
        return None
    end = text.find("\n", pos, start + TABLE_LINE + 1)
    if end < 0:
        end = len(text) if len(text) - start <= TABLE_LINE else -1
    return (start, end) if end >= 0 else None


def _table_units(text: str, found: list[Candidate]) -> list[tuple[Candidate, str]]:
    """A plain-text table: a bare number in a row takes the unit of its column (the header's brackets, "GDP
    (billion yuan)"; else the caption's, "(Unit: billion yuan, %)" or "(RMB million)"; else "%" for a column of
    growth or change), the year its column is headed by as its period, and a fall printed in brackets, "(0.9)", as
    a negative value. Columns are matched by place in the row, or by where they stand on the line (numbers sit
    under their headers). The cell's quote runs from the line that names its unit to its row."""
    if "  " not in text and "\t" not in text and "|" not in text:
        return []
    rows: list[tuple[Candidate, str]] = []  # cells of a row of a place or a company, with the row's label
    headers: dict[int, tuple[list[tuple[int, int, str]], list[str], int] | None] = {}
    row_headers: dict[int, tuple[list[tuple[int, int, str]], list[str], int] | None] = {}
    row_cells: dict[int, list[tuple[int, int]]] = {}  # each row split once, whatever its numbers
    row_starts: dict[int, list[int]] = {}
    column_starts: dict[int, list[int]] = {}
    for c in found:
        # (a number after "ratio" read as times: a row's "(%)" gives its unit, "NPL ratio (%)  1.68")
        bare = c.unit == "count" and c.note.startswith("no unit") or c.unit == "times" and c.note == "a ratio"
        if not bare and c.qualifier not in ("exact", "approximately", "over", "under", "range"):
            continue
        bounds = _line_bounds(text, c.printed_start)
        if bounds is None:
            continue
        line_start, line_end = bounds
        row = row_cells.get(line_start)
        if row is None:
            row = row_cells[line_start] = table_cells(text[line_start:line_end], line_start)
            row_starts[line_start] = [a for a, _ in row]
        k = bisect.bisect_right(row_starts[line_start], c.printed_start) - 1  # (a row of thousands of cells: no scan)
        cell = row[k] if k >= 0 and row[k][0] <= c.printed_start < row[k][1] else None
        if k == 0 and cell is not None and len(row) >= 3 and _LETTER.search(text, cell[0], cell[1]) and \
                sum(1 for a, b in row[1:] if _QUALIFIED_CELL.fullmatch(text[a:b].lstrip("+"))) >= 2:
            if line_start not in row_headers:
                row_headers[line_start] = _table_header(text, line_start, headers)
            if row_headers[line_start] is not None:
                c.unit = UNIT_COLUMN  # a number in a row's label ("Under 3 years", "3 to 8 years"): its category
                continue
        if c.unit in ("years", "months") and cell is not None and k > 0 and len(row) >= 3:
            if line_start not in row_headers:
                row_headers[line_start] = _table_header(text, line_start, headers)
            here = row_headers[line_start]
            if here is not None and len(row) == len(here[0]) and _TENOR_COLUMN.search(here[0][k][2]):
                c.unit = UNIT_COLUMN  # a bond's tenor in its column ("10 years"): a term, no figure (dropped)
                continue
        if not bare and c.qualifier == "range":
            continue  # (a range in a cell keeps its own unit and ends)
        if not bare and cell is not None and k > 0 and len(row) >= 3 and \
                _TEN_THOUSAND_CELL.fullmatch(text[cell[0]:cell[1]]):
            if line_start not in row_headers:
                row_headers[line_start] = _table_header(text, line_start, headers)
            here = row_headers[line_start]
            if here is not None and len(row) == len(here[0]) and here[1][k] == UNIT_COLUMN:
                c.unit = UNIT_COLUMN  # "10,000 tonnes" in the column of units: the row's unit, no figure
                continue
        if cell is None or len(row) < 2 or bare and not (_NUMBER_CELL.fullmatch(text[cell[0]:cell[1]]) or c.qualifier
                                                         == "range" and _RANGE_CELL.fullmatch(text[cell[0]:cell[1]])) or \
                not bare and not _QUALIFIED_CELL.fullmatch(text[cell[0]:cell[1]]):
            continue
        if line_start not in row_headers:  # once per row (a row holds many numbers)
            row_headers[line_start] = _table_header(text, line_start, headers)
        header = row_headers[line_start]
        if header is None:
            continue
        columns, units, quote_from = header
        if len(row) == len(columns):  # as many cells as the header: the same place in the row
            best = k
        elif len(row) == len(columns) + 1 and k > 0 and \
                not _NUMBER_CELL.fullmatch(text[row[0][0]:row[0][1]]):  # a header with no cell over the labels
            best = k - 1
        else:  # the header cell this number stands under: the most overlap, else the nearest right edge (the
            # columns around where it stands, found by bisect: a row of thousands of cells scans no header)
            a, b = cell[0] - line_start, cell[1] - line_start
            starts = column_starts.get(id(columns))
            if starts is None:
                starts = column_starts[id(columns)] = [col[0] for col in columns]
            at = bisect.bisect_right(starts, a)
            near = range(max(0, at - 3), min(len(columns), at + 3))
            best = max(near, key=lambda i: (min(b, columns[i][1]) - max(a, columns[i][0]), -abs(b - columns[i][1])))
        column = columns[best][2]
        if _ROW_NUMBER_COLUMN.fullmatch(column.strip()):
            c.unit = UNIT_COLUMN  # a row's number (its "No." column): no figure (dropped)
            continue
        if _TARGET_COLUMN.search(column) and c.qualifier != "range":  # "2032 target", "2032E": its cells are targets
            # (a range in a target's cell stays a range: "4.5-5.0")
            words = text[cell[0]:c.printed_start].strip().lower()
            c.qualifier = "under" if c.qualifier == "under" or words in ("within", "below", "under", "up to") else \
                "expected_over" if c.qualifier == "over" or words in ("above", "over", "at least") else "forecast"
        named_year = _ANY_YEAR.findall(column)
        compared = _compared_columns(columns, best) if not named_year else ""  # (once per cell: used again below)
        if not _YEAR_CELL.fullmatch(column.strip()) and (len(named_year) == 1 or _column_period(column)):
            c.period = _column_period(column) or named_year[0]  # "Baseline (2030)", "2031 result", "1H31"
        elif compared:
            c.period = compared  # "y/y (%)" after "Sep 2031  Sep 2030" or after "Jan-Sep 2031": the later period's
        elif not named_year and (months := _month_column(columns, best)):
            titled = _title_year(text, quote_from)  # "October", "Jan-Oct", and the "y/y %" beside each
            if titled:
                c.period = f"{titled}-{months}"
        if _YEAR_CELL.fullmatch(column):
            c.period = column  # (a cell under a year's column, with its own unit or none: that year)
        if not bare:
            if text[cell[0]:cell[0] + 1] == "(" and text[cell[1] - 1:cell[1]] == ")" and c.value > 0 and \
                    c.unit in ("%", "percentage points") and c.printed_start == cell[0] + 1:
                c.value, c.note = -c.value, (c.note + "; " if c.note else "") + "a fall printed in brackets"  # "(6.1%)"
                c.printed_start, c.printed_end = cell
                c.as_printed = text[cell[0]:cell[1]]
            continue  # (a cell with its own unit: "5.8%", "within 5.5%")
        unit = units[best]
        if unit == UNIT_COLUMN:
            c.unit = UNIT_COLUMN  # (dropped by refine)
            continue
        if unit not in ("", "%", "percentage points") and _BARE_CHANGE.fullmatch(column.strip()) and \
                text[cell[0]:cell[0] + 1] not in "+-−":
            unit = ""  # (a change column takes its price's unit only for signed changes: "+20", "-1,200")
        if not unit and UNIT_COLUMN in units and len(row) == len(columns):
            named = row[units.index(UNIT_COLUMN)]
            unit = _unit_cell(text[named[0]:named[1]])  # the row's unit, in the table's column of units
            if text[named[0]:named[1]].strip() == "10,000" and named != row[0]:
                unit = ten_thousands_of(text[row[0][0]:row[0][1]])  # "Market entities | 10,000 | 62.38": 万个
        elif not unit and UNIT_COLUMN in units and units.index(UNIT_COLUMN) == 1 and len(row) == len(columns) - 1 \
                and row[0] != cell:
            label_words = text[row[0][0]:row[0][1]].split()  # a long label run into its unit with one space between
            # ("Balance of RMB deposits of financial institutions billion yuan   203.57"): the unit at its end
            unit = next((u for k in (3, 2, 1)
                         if len(label_words) > k and (u := _unit_cell(" ".join(label_words[-k:])))), "")
        row_label = text[row[0][0]:row[0][1]] if row[0] != cell else ""
        own = _HEADER_UNIT.search(row_label)
        own_unit = _row_unit(own.group(1)) if own and unit != "%" else ""  # (a "YoY (%)" column keeps its %)
        # ("Basic earnings per share (RMB)", "Treatment capacity (tonnes per day)", "Debt/EBITDA (x)", "(RMBbn)")
        if own_unit:
            unit = own_unit
        elif not own and unit != "%" and text[line_start:line_start + 1] in (" ", "\t") and \
                not _OTHER_MEASURE_LABEL.search(row_label):  # (not "  Number of stores" under "Revenue (RMB bn)")
            unit = _parent_row_unit(text, line_start) or unit  # "  Domestic  25.91" under "Passengers (million)"
        if not unit:
            continue
        c.unit, c.note, c.confidence = unit, "unit of the table's column header", 0.6
        if c.printed_start - quote_from <= TABLE_QUOTE:
            c.start = quote_from  # the quote shows the line that names the unit, down to the figure's row
        label = text[row[0][0]:row[0][1]].strip() if row[0] != cell else ""
        what, by_column = _table_metric(columns, best, label, len(row) == len(columns))
        if what and by_column and label and not _PART_OF_YEAR_LABEL.search(label):
            rows.append((c, label))  # (a quarter's row differs by its period)
        if what:
            c.metric, c.metric_confidence = what, 0.52
        if _YEAR_CELL.fullmatch(columns[best][2]):
            c.period = columns[best][2]
        elif (base := _BASE_YEAR_HEADER.search(columns[best][2])) is not None:
            titled = _title_year(text, quote_from, part=not _ANNUAL_COLUMN.search(columns[best][2]))
            c.period = titled or str(int(base.group(1)) + 1)  # "Growth over 2032 (%)": 2033's growth on 2032, the
            # table's year (not the year it is compared with)
        elif len(_ANY_YEAR.findall(columns[best][2])) == 1 or _column_period(columns[best][2]):
            pass  # (the period the column's name gives, set above: "Jan-Jun 2031", "Q3 2031", "1H31", "2031 result")
        elif c.period and (_month_column(columns, best) or compared):
            pass  # (the months the column's name gives, in the title's year, set above: "Jan-Oct"; or those of the
            # columns a change column compares)
        elif _PART_OF_YEAR_LABEL.search(label):
            c.period = ""  # a row of a quarter or a month ("Q1"): not the year; the reviewer is asked
        else:
            titled = _title_year(text, quote_from, part=not _ANNUAL_COLUMN.search(columns[best][2]))
            if titled:
                c.period = titled  # "Table 1  Output by district, 2031" over rows that name no period (or
                # "Table 1  GDP by city, January-September 2031": those months)
        if text[cell[0]:cell[0] + 1] in ("-", "−") and c.value > 0 and cell[0] + 1 == c.printed_start:
            c.value, c.printed_start, c.as_printed = -c.value, cell[0], text[cell[0]:c.printed_end]  # "-0.3"
        if text[cell[0]:cell[0] + 1] == "(" and text[cell[1] - 1:cell[1]] == ")" and c.value > 0:
            c.value, c.note = -c.value, c.note + "; a fall printed in brackets"
            c.printed_start, c.printed_end = cell  # "(11.9)": the brackets are its sign
            c.as_printed = text[cell[0]:cell[1]]
    return rows


_BASE_YEAR_HEADER = re.compile(r"\b(?:over|on|from|vs\.?|versus|than|compared\s+with|against)\s+((?:19|20)\d\d)\b"
                               r"(?!\s*[-–]\s*\d)", re.I)
_GENERIC_LABEL = re.compile(r"^\s*(?:indicators?|items?|categor(?:y|ies)|metrics?|项目|指标(?:名称)?)?\s*$", re.I)
_PART_OF_YEAR_LABEL = re.compile(r"\b(?:Q[1-4]|H[12]|quarter|half|first|second|third|fourth|Jan|Feb|Mar|Apr|May|"
                                 r"Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|季度|半年|月", re.I)


_MONTH_WORD = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|"
               r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_MONTH_COLUMN = re.compile(rf"(?P<a>{_MONTH_WORD})\.?(?:\s*[-–]\s*(?P<b>{_MONTH_WORD})\.?)?", re.I)


def _month_column(columns: list[tuple[int, int, str]], column: int) -> str:
    """The months a column headed by month names covers, "10..10" ("October") or "01..10" ("Jan-Oct"), or those
    of the column before a change column ("y/y %" beside "Jan-Oct"); else ""."""
    for i in (column, column - 1):
        if i < 1 or i != column and not (_PERCENT_HEADER.fullmatch(columns[column][2].strip())
                                         or _RATE_COLUMN.search(columns[column][2])):
            continue
        named = _MONTH_COLUMN.fullmatch(columns[i][2].strip())
        if named:
            a = named.group("a")[:3].lower()
            b = (named.group("b") or a)[:3].lower()
            if a in _MONTH_SHORT and b in _MONTH_SHORT and _MONTH_SHORT.index(a) <= _MONTH_SHORT.index(b):
                return f"{_MONTH_SHORT.index(a) + 1:02d}..{_MONTH_SHORT.index(b) + 1:02d}"
    return ""


def _compared_columns(columns: list[tuple[int, int, str]], column: int) -> str:
    """The period of a change column ("y/y (%)") that follows the columns it compares: the later of two columns
    of the same months in two years ("Sep 2031", "Sep 2030"), or the one column of months and a year before it
    ("Jan-Sep 2031"); else ""."""
    name = columns[column][2].strip()
    if column < 1 or not (_PERCENT_HEADER.fullmatch(name) or _RATE_COLUMN.search(name)):
        return ""
    before = _column_period(columns[column - 1][2])
    if "-" not in before:
        return ""  # (a year alone, or nothing: no months to give)
    earlier = _column_period(columns[column - 2][2]) if column >= 2 else ""
    if earlier and "-" in earlier and earlier[4:] == before[4:]:
        return max(before, earlier)
    return before


def _title_year(text: str, at: int, part: bool = False) -> str:
    """The year of a table's title: the last year on the short lines just above ``at`` (up to four lines, none
    of prose), or ""; with ``part``, the part of that year the line names before it ("January-September 2031",
    "first three quarters of 2031", "October 2031"; not a date, "14 November 2031")."""
    lines = text[max(0, at - TABLE_LINE):at].split("\n")[-5:]
    for line in reversed(lines):
        if len(line.strip()) > 100:
            return ""  # prose: its years are its own
        years = _ANY_YEAR.findall(line)
        if years:
            return (_title_part(line, str(years[-1])) if part else "") or str(years[-1])
    return ""


_ANNUAL_COLUMN = re.compile(r"\b(?:annual|full[- ]year|yearly|whole[- ]year)\b", re.I)  # ("Annual budget" under a
# title of January-June: the year's)


def _title_part(line: str, year: str) -> str:
    """The part of ``year`` a table's title line names just before the year, or ""."""
    end = line.rfind(year)
    lead = line[max(0, end - 40):end + 4]
    span = _COLUMN_SPAN.search(lead)
    if span and span.group("y") == year and span.end() == len(lead):
        return _column_period(span.group(0))
    of = _PERIOD_OF.search(lead)
    if of and (of.group("y") or of.group("h") or of.group("q")) == year and of.end() == len(lead):
        n = small_number(of.group("n")) if of.group("n") else None
        return f"{year}-01..{n:02d}" if n else f"{year}-H1" if of.group("h") else f"{year}-Q1-Q3" if of.group("q") \
            else ""
    month = _MONTH_YEAR_COLUMN.search(lead)
    if month and month.end() == len(lead) and not re.search(r"\d\s*$", lead[:month.start()]):
        return _column_period(month.group(0))  # ("October 2031"; not the date "14 October 2031")
    return ""


def _table_metric(columns: list[tuple[int, int, str]], column: int, label: str, aligned: bool) -> tuple[str, bool]:
    """What a table cell measures, and whether by its column: its column's header ("Output", "GDP") when the
    rows are places or periods, else its row's label ("Revenue") when the header's first cell is generic or
    missing; a growth column is the growth of that: "growth of Output"."""
    names = [_HEADER_UNIT.sub("", name).strip() for _, _, name in columns]
    rows_are_items = not aligned or _GENERIC_LABEL.match(names[0]) is not None or _YEAR_CELL.fullmatch(names[column])
    if _RATE_COLUMN.search(names[column]) or _CHANGE_COLUMN.search(names[column]):
        if rows_are_items:
            base = label.strip()
        else:
            base = next((n for n in reversed(names[1:column])
                         if n and not _RATE_COLUMN.search(n) and not _CHANGE_COLUMN.search(n)), "")
        return (f"growth of {base}" if base else ""), not rows_are_items
    return (label.strip() if rows_are_items else names[column]), not rows_are_items


def _own_rows(rows: list[tuple[Candidate, str]]) -> None:
    """A table's row of a district or a company (not of the figure's city, known once the cities are guessed):
    what its cell measures is its own ("Trade of Zhongshan"), so two rows are never one claim in conflict."""
    for c, label in rows:
        if label.casefold() != c.city.casefold():
            if c.metric:  # (a name in the text's words, no id: measured apart from the column's own metric)
                c.metric, c.metric_confidence = f"{c.metric} of {label}", 0.51
            c.entity, c.entity_confidence = label, 0.6


def _table_header(text: str, line_start: int,
                  seen: dict[int, tuple[list[tuple[int, int, str]], list[str], int] | None]
                  ) -> tuple[list[tuple[int, int, str]], list[str], int] | None:
    """The header of the table whose row starts at ``line_start``: its cells (start and end on their line, text)
    and each column's unit, or None when the line is in no table. The header is the first line above (over at
    most TABLE_ROWS rows and wrapped labels, no blank line) with two or more cells, none a number but a year."""
    start = line_start
    unit_row: list[tuple[int, int, str]] = []  # a line of units under the header ("RMB million  RMB million")
    row_end = text.find("\n", line_start)
    first_cells = table_cells(text[line_start:row_end if row_end >= 0 else len(text)], line_start)
    row_code = _code_shape(text[first_cells[0][0]:first_cells[0][1]]) if first_cells else ""
    for _ in range(TABLE_ROWS):
        if start <= 0:
            return None
        bounds = _line_bounds(text, start - 1)
        if bounds is None:
            return None
        prev, _ = bounds
        line = text[prev:start - 1]
        if not line.strip():
            # a blank line: no header above the rows, but a caption there may list their columns' units
            # ("Spending per person, 2031 (yuan; % change y/y)" over rows of a label and two numbers)
            return _captioned_columns(text, prev, line_start, seen)
        if _MARKDOWN_RULE.fullmatch(line):
            start = prev  # "| --- | --- |" under a Markdown table's header
            continue
        cells = table_cells(line, prev)
        if not unit_row and len(cells) >= 2 and text[prev:prev + 1] in (" ", "\t") and \
                all(text[a:b].rstrip().endswith(")") for a, b in cells) and \
                any(text[a:b].lstrip().startswith("(") for a, b in cells) and \
                all(_unit_under_cell(text[a:b]) for a, b in cells):  # ("(10,000)  (10,000 yuan)  on 2032 (%)"
            unit_row = [(a - prev, b - prev, _unit_under_cell(text[a:b])) for a, b in cells]  # set in under the
            start = prev  # header's names: a line of units, not a row of numbers in brackets, nor "(unaudited)",
            continue  # nor a header of names with units, "Output (billion yuan)  Growth (%)")
        numbers = [cell for cell in cells if _NUMBER_CELL.fullmatch(text[cell[0]:cell[1]]) or
                   _RANGE_CELL.fullmatch(text[cell[0]:cell[1]])]  # (a row of a range, "2,210-2,260  unch": no header)
        if row_code and cells and _code_shape(text[cells[0][0]:cells[0][1]]) == row_code:
            start = prev  # a row labelled by a code like the row's ("TA-41" over "TA-44"), with no numbers
            continue  # ("... Withdrawn"): another row, not the header
        if not numbers and len(cells) < 3:
            cells = _split_repeated_units(text, cells)  # ("RMB million RMB million": one unit per column)
        if len(cells) >= 2 and all(_YEAR_CELL.fullmatch(text[a:b]) for a, b in numbers):
            if numbers or not _unit_row(text, cells):
                if prev not in seen:
                    seen[prev] = _column_units(text, prev, cells, unit_row)
                return seen[prev]
            units = [(a - prev, b - prev, _unit_row_cell(text[a:b])) for a, b in cells]
            if not unit_row and any(u for _, _, u in units):
                unit_row = units  # a line of units under the header; a line of "(unaudited)" is passed over
        start = prev
    return None


_OTHER_MEASURE_LABEL = re.compile(r"\b(?:number|no\.|growth|yoy|y/y|change|rate|ratio|share|index|per|average|"
                                  r"margin|count|headcount|staff|employees|stores|outlets)\b", re.I)


def _parent_row_unit(text: str, line_start: int) -> str:
    """The unit an indented row takes from the row above it that it is part of: the nearest less indented line
    (within a few rows) whose label names a unit ("Passenger throughput (million)" over "  Domestic")."""
    line_end = text.find("\n", line_start)
    own_line = text[line_start:line_end if line_end >= 0 else len(text)]
    indent = len(own_line) - len(own_line.lstrip())
    pos = line_start
    for _ in range(8):
        if pos <= 0:
            return ""
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos - 1]
        if not line.strip():
            return ""
        if len(line) - len(line.lstrip()) < indent:
            cells = table_cells(line, 0)
            label = line[cells[0][0]:cells[0][1]] if cells else ""
            own = _HEADER_UNIT.search(label)
            return _row_unit(own.group(1)) if own else ""
        pos = prev
    return ""


def _code_shape(label: str) -> str:
    """A row label's shape when it is a code of letters and digits ("TA2026-41": "AA9999-99"), else ""."""
    label = label.strip()
    if not re.search(r"\d", label) or _YEAR_CELL.fullmatch(label) or " " in label:
        return ""
    return re.sub(r"[a-z]", "a", re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", label)))


_MARKDOWN_RULE = re.compile(r"[\s|:\-–]*-{3,}[\s|:\-–]*")
# A caption line that opens with a unit, then notes after a comma or semicolon: "Yuan per tonne, ex-works unless
# stated", "Prices in yuan/tonne; change on previous session", "In million yuan"
_CAPTION_LEAD_UNIT = re.compile(r"[^\S\n]*(?:(?:(?:all\s+)?(?:prices|figures|amounts|values|data)\s+(?:are\s+)?)?in\s+)?"
                                r"([^,;:()\n]{1,30}?)[^\S\n]*((?:[,;(][^\n]{0,120})?)", re.I)
_CAPTION_UNIT_LINE = re.compile(r"[^\S\n]*\(?[^\S\n]*units?[^\S\n]*:[^\S\n]*([^()\n;]{1,40}?)[^\S\n]*\)?[^\S\n]*", re.I)
_CAPTION_LIST = re.compile(r"[^\n]{0,120}\(([^()\n]{1,60}[;,][^()\n]{1,60})\)[^\S\n]*$")
# A caption line that is only a bracket saying the rows' numbers are in percent: "(% change from a year earlier)",
# "(percent)", "(year-on-year change, %)"
_CAPTION_PERCENT_LINE = re.compile(r"[^\S\n]*\((?:\s*(?:%|per\s?cent\b|percent\b)[^()\n]{0,60}|[^()\n]{0,60}[,;:]\s*%\s*)\)"
                                   r"[^\S\n]*", re.I)


def _captioned_columns(text: str, blank_start: int, row_start: int,
                       seen: dict[int, tuple[list[tuple[int, int, str]], list[str], int] | None]
                       ) -> tuple[list[tuple[int, int, str]], list[str], int] | None:
    """Columns for rows with no header line, from the caption just above the blank line before them: the units it
    lists in brackets, one per number column from the right; a column for each cell of the first row."""
    bounds = _line_bounds(text, blank_start - 1) if blank_start > 0 else None
    if bounds is None:
        return None
    caption_start, caption_end = bounds
    if caption_start in seen:
        return seen[caption_start]
    m = _CAPTION_LIST.fullmatch(text, caption_start, caption_end)
    listed = [("%" if part.strip().startswith("%") else _caption_unit(part)) for part in re.split(r"[;,]", m.group(1))] \
        if m else []
    result = None
    first = _line_bounds(text, row_start)
    cells = table_cells(text[row_start:first[1]], row_start) if first else []
    if listed and all(listed):
        if len(cells) == len(listed) + 1:
            columns = [(a - row_start, b - row_start, "" if i == 0 else listed[i - 1]) for i, (a, b) in enumerate(cells)]
            result = columns, ["", *listed], caption_start
    elif len(cells) >= 2 and _LETTER.search(text, cells[0][0], cells[0][1]) and \
            _CAPTION_PERCENT_LINE.fullmatch(text, caption_start, caption_end):
        # "(% change from a year earlier)" over "Clothing   0.5": every column but the rows' labels in percent
        columns = [(a - row_start, b - row_start, "") for a, b in cells]
        result = columns, ["", *["%"] * (len(cells) - 1)], caption_start
    elif len(cells) >= 2 and _LETTER.search(text, cells[0][0], cells[0][1]) and \
            (line := _CAPTION_UNIT_LINE.fullmatch(text, caption_start, caption_end)) and \
            (unit := _caption_unit(line.group(1))):
        # "Unit: 10,000 yuan" over rows of a label and a number, with no header line: every column but the labels
        columns = [(a - row_start, b - row_start, "") for a, b in cells]
        result = columns, ["", *[unit] * (len(cells) - 1)], caption_start
    elif len(cells) >= 2 and _LETTER.search(text, cells[0][0], cells[0][1]) and \
            (lead := _CAPTION_LEAD_UNIT.fullmatch(text, caption_start, caption_end)) and \
            "%" not in lead.group(2) and (unit := _row_unit(lead.group(1))):
        # a caption that opens with the one unit of the rows' numbers ("Yuan per tonne, ex-works; change on previous
        # session" over "Urea  2,210-2,260  unch"): every column but the rows' labels
        columns = [(a - row_start, b - row_start, "") for a, b in cells]
        result = columns, ["", *[unit] * (len(cells) - 1)], caption_start
    seen[caption_start] = result
    return result


_REPEATED_PHRASE = re.compile(r"(?P<u>\S.*?)(?: (?P=u))+")


def _split_repeated_units(text: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cells of a line with each cell that is one unit said again and again over single spaces ("RMB million
    RMB million", two columns' units set close) cut into one cell per unit; the other cells as they are."""
    out: list[tuple[int, int]] = []
    for a, b in cells:
        m = _REPEATED_PHRASE.fullmatch(text, a, b) if b - a <= 80 else None  # (a short cell: no long prose)
        if m is None or not _unit_row_cell(m.group("u")):
            out.append((a, b))
            continue
        step = len(m.group("u")) + 1
        out.extend((start, start + step - 1) for start in range(a, b, step))
    return out


def _unit_row(text: str, cells: list[tuple[int, int]]) -> bool:
    """Whether every cell of a line is a unit ("RMB million", "%") or a note on the column ("(unaudited)")."""
    return all(_unit_row_cell(text[a:b]) or _COLUMN_NOTE.fullmatch(text[a:b]) for a, b in cells)


def _unit_row_cell(words: str) -> str:
    """The unit a cell of a line of units names, bracketed or not: "RMB million", "(sq m)" (square meters),
    "(%)", "(yuan/sq m)" (yuan); or ""."""
    words = words.strip()
    if words.startswith("(") and words.endswith(")"):
        words = words[1:-1]
    return _caption_unit(words) or _row_unit(words)


def _unit_under_cell(words: str) -> str:
    """The unit of a cell in a line of units set under a header's names: as ``_unit_row_cell``, or the end of the
    name above it and then its unit ("on 2032 (%)" under "Growth of funds"); or ""."""
    tail = _TRAILING_BRACKET.fullmatch(words.strip())
    return _unit_row_cell(tail.group(1) if tail is not None else words)


_TRAILING_BRACKET = re.compile(r"[a-z][a-z0-9 -]{0,30}\(([^()]{1,30})\)", re.I)


_COLUMN_NOTE = re.compile(r"\((?:un)?audited\)|\(restated\)|\(note\s*\d*\)|\(actual\)|\(forecast\)", re.I)


UNIT_COLUMN = "<unit column>"  # (in a header's units: the column where each row names its unit; as a candidate's
# unit: a number in a table that is no figure, a unit or a row's category, dropped by refine)
_LETTER = re.compile(r"[A-Za-z]")
_UNIT_HEADER = re.compile(r"\s*(?:unit|unit\s+of\s+measure(?:ment)?|measure)\s*", re.I)  # (not "Units": units sold)


_TEN_THOUSAND_CELL = re.compile(r"10,000\s+(\w+(?:-\w+)?)")  # ("10,000 tonnes", "10,000 person-times")
_TEN_THOUSANDS = {"tonnes": "万吨", "tons": "万吨", "yuan": "万元", "people": "万人", "persons": "万人",
                  "households": "万户", "units": "万台", "vehicles": "万辆", "person-times": "万人次",
                  "person-trips": "万人次"}
# What a row's or column's label counts, for a bare "10,000" beside it ("Pupils enrolled (10,000)", "Market entities |
# 10,000 | 62.38"): its 万 unit, else 万个
_TEN_THOUSAND_NOUN = re.compile(r"\b(?:(revenue|income|spending|expenditure|investment|sales|value|tax|taxes|profits?|"
                                r"funds?|subsid(?:y|ies)|budget)|(pupils|students|enrolment|enrollment|people|persons|population|residents|"
                                r"employees|employment|workers|jobs|drivers)|(households)|(visits|visitors|tourists|trips|"
                                r"passengers)|(tonnes|tons)|(vehicles|cars))\b", re.I)
_TEN_THOUSAND_UNITS = ("万元", "万人", "万户", "万人次", "万吨", "万辆")


def ten_thousands_of(label: str) -> str:
    """The 万 unit of a bare "10,000" by what ``label`` (a row's or a column's words) counts: "Pupils enrolled" 万人,
    "Households" 万户, "Visitors" 万人次; "万个" when it names none of them."""
    noun = _TEN_THOUSAND_NOUN.search(label)
    return _TEN_THOUSAND_UNITS[noun.lastindex - 1] if noun and noun.lastindex else "万个"
_TONNES_CELL = re.compile(r"t(?:CO2e?|CO₂e?)?|tonnes?|tons?", re.I)
_SCALE_CELL = re.compile(r"(thousand|million|billion)\s+\S.{0,20}", re.I)


def _unit_cell(words: str) -> str:
    """The unit a table's unit column names for its row: "billion yuan", "%", "growth, %" (%), "10,000 tonnes"
    (none: no unit of the table), or ""."""
    words = words.strip()
    if not words or _NUMBER_CELL.fullmatch(words):
        return ""
    if words == "%" or words.endswith(("%", "(%)")):
        return "%"
    if _TONNES_CELL.fullmatch(words):
        return "tonnes"  # "t", "tCO2e": tonnes (of carbon dioxide equivalent)
    ten_thousand = _TEN_THOUSAND_CELL.fullmatch(words)
    if ten_thousand:  # "10,000 tonnes": the statistics' 万吨
        return _TEN_THOUSANDS.get(ten_thousand.group(1).lower(), "")
    scale = _SCALE_CELL.fullmatch(words)
    if scale and not (_caption_unit(words) or _row_unit(words)):
        return scale.group(1).lower()  # "million m3": a million of a unit the table lacks
    return _caption_unit(words) or _row_unit(words) or next(
        (unit for part in re.split(r"[,;]", words) if (unit := _caption_unit(part))), "")


def _column_units(text: str, header_start: int, cells: list[tuple[int, int]],
                  unit_row: list[tuple[int, int, str]] | None = None
                  ) -> tuple[list[tuple[int, int, str]], list[str], int] | None:
    """Each header cell (start and end on its line, text), the unit of its column (see _table_units), and where
    the line that names the units starts (the caption's, else the header's): a cell's quote starts there.
    ``unit_row``: the cells of a line of units under the header (start and end on their line, unit)."""
    names = [text[a:b] for a, b in cells]
    own = [(ten_thousands_of(name[:m.start()]) if m.group(1).strip() == "10,000" else _caption_unit(m.group(1)))
           or _caption_unit(_PER_SPLIT.split(m.group(1))[0]) if (m := _HEADER_UNIT.search(name)) else
           _caption_unit(name) if i and not _YEAR_CELL.fullmatch(name.strip()) else "" for i, name in enumerate(names)]
    # (a header cell that is a unit itself: "TEU", "RMB million", "%", not the row labels' column)
    if own[0] and not any(own[1:]) and len(own) > 1:  # "(RMB million)  2029  2030  2031": the table's unit
        own = ["", *[own[0]] * (len(own) - 1)]
    if unit_row and not any(own):  # each header cell takes the unit standing under it
        spans = [(a - header_start, b - header_start) for a, b in cells]
        for i, (a, b) in enumerate(spans):
            under = max(unit_row, key=lambda u: (min(b, u[1]) - max(a, u[0]), -abs(b - u[1])))
            # (a unit stands under one header only: the one it overlaps most; "RMB million RMB million" under
            # "2031  2030" gives nothing to the "Change" beside them)
            nearest = max(range(len(spans)), key=lambda j: (min(spans[j][1], under[1]) - max(spans[j][0], under[0]),
                                                            -abs(spans[j][1] - under[1])))
            if min(b, under[1]) - max(a, under[0]) > -3 and nearest == i:
                own[i] = ten_thousands_of(names[i]) if under[2] == "万个" else under[2]  # ("(10,000)" under
                # "Pupils covered": 万人, what the column counts)
    top = header_start  # a header of two lines ("30 June  31 December" over "2031  2030"): its caption above both
    above_start = text.rfind("\n", 0, max(0, header_start - 1)) + 1 if header_start else 0
    above_cells = [c for c in re.split(r"\s{2,}|\t", text[above_start:header_start].strip()) if c]
    # (or one cell over the columns, set in far: "        Six months ended 30 June" over "2031  2030")
    spanning = len(above_cells) == 1 and re.match(r"[^\S\n]{8,}\S", text[above_start:header_start]) is not None
    # (or a header's first line over a second set in under it: "Item  2031/12/31  2030/12/31" over "  or 2031  or 2030")
    if (len(above_cells) >= 2 or spanning) and len(text[above_start:header_start]) <= TABLE_LINE and \
            (text[above_start:above_start + 1] in (" ", "\t") or text[header_start:header_start + 1] in (" ", "\t")
             and len(above_cells) >= 3) and "(" not in text[above_start:header_start] and \
            not any(_NUMBER_CELL.fullmatch(c) and not _YEAR_CELL.fullmatch(c) for c in above_cells):
        top = above_start
    caption = _CAPTION_UNITS.search(text, max(0, top - 3 * TABLE_LINE), top) or \
        _CAPTION_PERCENT.search(text, max(0, top - 3 * TABLE_LINE), top) or \
        _CAPTION_TRAILING_PERCENT.search(text, max(0, top - 3 * TABLE_LINE), top) or \
        _CAPTION_BRACKET.search(text, max(0, top - 3 * TABLE_LINE), top)
    if caption is None:
        named_line = _CAPTION_NAMED.search(text, max(0, top - 3 * TABLE_LINE), top)
        named_parts = re.split(r";|,(?!\d{3}\b)", named_line.group(1)) if named_line is not None else []
        if len(named_parts) >= 2 and all(_NAMED_UNIT_PART.fullmatch(part) for part in named_parts):
            caption = named_line
    if caption is None:  # a second table right under a first, with no caption of its own: the first's caption
        above = _above_tables(text, top)
        if above < top:
            caption = _CAPTION_UNITS.search(text, max(0, above - 3 * TABLE_LINE), above) or \
                _CAPTION_BRACKET.search(text, max(0, above - 3 * TABLE_LINE), above)
    parts = re.split(r";|,(?!\d{3}\b)", caption.group(1)) if caption else []  # (not the comma of "10,000")
    in_percent = [m for part in parts if (m := _PERCENT_FOR.fullmatch(part.strip()))]
    # ("Unit: billion yuan; growth and shares in %": the amounts' unit, and which columns are in %)
    listed = [_caption_unit(u) or _row_unit(u) for u in parts if not _PERCENT_FOR.fullmatch(u.strip())]
    # ("Unit: heated area in 10,000 square metres; households": a unit for the column it names, a count for the other)
    named = {m.group(1).lower(): unit for part in parts if (m := _NAMED_UNIT_PART.fullmatch(part))
             and (unit := _caption_unit(m.group(2)))}
    plain = [unit for part in parts if not _NAMED_UNIT_PART.fullmatch(part) and (unit := _caption_unit(part))]
    if named and len(plain) == 1 and all(_NAMED_UNIT_PART.fullmatch(part) or _caption_unit(part) for part in parts):
        listed = plain  # ("Unit: 10,000 tonnes; mining right income in 10,000 yuan": the named column's unit, and one
        # for the others)
    elif named and not all(part.strip().lower() in _COUNTED_NOUNS or _NAMED_UNIT_PART.fullmatch(part) for part in parts):
        named = {}
    if caption and _CURRENCY_SCALE.match(caption.group(1).strip()):
        listed = [_caption_unit(caption.group(1))]
    money_only = next((u for u in listed if u), "") if len(listed) == 2 and listed.count("") == 1 else ""
    counted_stem = re.sub(r"s$", "", parts[listed.index("")].strip().lower()) if money_only else ""
    if money_only not in UNITS or UNITS[money_only].base != "yuan" or \
            not _COUNTED_PART.fullmatch(parts[listed.index("")].strip()):
        money_only = ""  # ("Unit: batches; 10,000 yuan": the money's unit for the columns of money, the others counts)
    if listed and not all(listed):
        listed = []  # a caption that names something else than units
    if len(listed) == 2 and "%" in listed and "%" in own:
        listed = [u for u in listed if u != "%"]  # ("Unit: 10,000 couples; %": the amounts' unit; the columns in %
        # say so in their headers, "Year on year (%)")
    # (a header that names no unit still gives its columns' years and targets: its numbers stay bare)
    units = []
    for i, name in enumerate(names):
        unit = own[i]
        if not unit and i and (_RATE_COLUMN.search(name) or _PERCENT_HEADER.fullmatch(name.strip())):
            unit = "%"  # "Growth rate", "y/y %", "YoY (%)"
        if not unit and i and in_percent and _SHARE_COLUMN.search(name):
            unit = "%"  # "Share of tax revenue" under "growth and shares in %"
        if not unit and named:
            unit = named.get(name.strip().lower(), "") or next(
                (u for k, u in named.items() if re.search(rf"\b{re.escape(k)}$", name.strip().lower())), "")
            # (a header that ends in the named column's words: "2033 mining right income")
        if not unit and money_only and _money_column(name, counted_stem):
            unit = money_only  # (not "Cases with fines" under "Unit: cases; 10,000 yuan": a count of the cases)
        if not unit and listed:
            if len(listed) == 1:  # one unit for the table: not for its counts, ranks and years
                unit = "" if _COUNT_COLUMN.search(name) and not (
                    listed[0] in _TEN_THOUSAND_UNITS and not _RANK_OR_YEAR_COLUMN.search(name)
                    and ten_thousands_of(name) == listed[0]) else listed[0]
                # (but "Employees" under "(Unit: 10,000 persons)": the caption's unit counts what the column does)
            elif len(listed) == 2 and "%" in listed and len(names) - 1 > len(listed):
                # ("Unit: 10,000 yuan, %" over "Sales | Year-on-year change | Share of total": more columns than
                # units, each in the one it is: a change or a share in %, an amount in the other)
                unit = "%" if _SHARE_COLUMN.search(name) or _CHANGE_COLUMN.search(name) or _RATE_COLUMN.search(name) \
                    else "" if _COUNT_COLUMN.search(name) or _RANK_OR_YEAR_COLUMN.search(name) \
                    else next(u for u in listed if u != "%")  # (not "Enterprises", "Rank": counts and places)
            else:
                unit = listed[i - (len(names) - len(listed))] if i >= len(names) - len(listed) else ""
        units.append(unit)
    for i, name in enumerate(names):
        if i and _UNIT_HEADER.fullmatch(name):
            units[i] = UNIT_COLUMN  # "Indicator | Unit | October | ...": each row names its unit in this column
        elif i and not units[i] and _BARE_CHANGE.fullmatch(name.strip()) and \
                units[i - 1] not in ("", "%", "percentage points", UNIT_COLUMN):
            units[i] = units[i - 1]  # "Price (yuan/tonne)  Change": the change of a price, in its unit
    quote_from = text.rfind("\n", 0, caption.start()) + 1 if caption and (listed or named) and not any(own) \
        else header_start
    return [(a - header_start, b - header_start, text[a:b]) for a, b in cells], units, quote_from


_COUNTED_PART = re.compile(r"(?:number|[a-z]+(?:es|s))", re.I)  # (a caption's part naming what is counted: "batches")
_MONEY_HEAD = re.compile(r"fines?|confiscations?|penalt(?:y|ies)|revenue|income|turnover|costs?|spending|fees?|yuan|"
                         r"amounts?|values?|funds?|funding|balances?|subsid(?:y|ies)|loans?|investment|payments?")
_COLUMN_PREPOSITIONS = frozenset({"with", "on", "per", "of", "for", "in", "from", "to", "by", "at"})


def _money_column(name: str, counted_stem: str) -> bool:
    """Whether a column's head noun is money and not the caption's counted noun: the word before its first preposition
    ("Fines on enterprises", "Income per household"; "Cases with fines" is cases), else its last word that is no
    participle ("Subsidy amount", "Funds allocated"; "Subsidy households" is households)."""
    words = re.findall(r"[a-z]+", name.lower())
    cut = next((i for i, w in enumerate(words) if w in _COLUMN_PREPOSITIONS), len(words))
    head = [w for w in words[:cut] if not w.endswith("ed")] if cut else []
    return bool(head) and _MONEY_HEAD.fullmatch(head[-1]) is not None and head[-1].rstrip("s") != counted_stem

_RANK_OR_YEAR_COLUMN = re.compile(r"\b(?:rank(?:ing)?|years?)\b", re.I)  # (never in a caption's 10,000)
_NAMED_UNIT_PART = re.compile(r"\s*([a-z][a-z -]{0,40}?)(?:\s+in\s+|[^\S\n]*:[^\S\n]*)(\S.{0,40}?)\s*", re.I)
# ("heated area in 10,000 m2", "fines: 10,000 yuan": a column's unit named in the caption)
_COUNTED_NOUNS = frozenset({"households", "persons", "people", "enterprises", "firms", "units", "number"})
_BARE_CHANGE = re.compile(r"(?:daily\s+|day-on-day\s+|d/d\s+|weekly\s+|week-on-week\s+|w/w\s+)?(?:change|chg\.?|"
                          r"\+/-|±)", re.I)  # a change column that names no unit of its own
_PERCENT_FOR = re.compile(r"(?:[a-z-]+(?:,\s*|\s+and\s+|\s+))*?[a-z-]+\s+(?:are\s+|is\s+)?in\s+(?:%|per\s?cent|percent)",
                          re.I)
_SHARE_COLUMN = re.compile(r"\b(?:share|proportion|percentage|ratio)\b", re.I)
_MONTH_SHORT = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ESTIMATE_YEAR = re.compile(r"(?:FY)?((?:19|20)\d\d)[EF]")
_MONTH_YEAR_COLUMN = re.compile(r"(?P<m>[A-Za-z]{3,9})\.?\s+(?P<y>(?:19|20)\d\d)")
_COLUMN_SPAN = re.compile(r"(?P<a>[A-Za-z]{3})[a-z]*\.?\s*[-–]\s*(?P<b>[A-Za-z]{3})[a-z]*\.?\s+(?P<y>(?:19|20)\d\d)")


def _column_period(name: str) -> str:
    """The period a column header names beside a year: "Jan-Jun 2031" 2031-H1, "Jan-Sep 2031" 2031-01..09, "Q3
    2031" 2031-07..09, "1H31" 2031-H1; else ""."""
    name = name.strip()
    estimate = _ESTIMATE_YEAR.fullmatch(name)
    if estimate:
        return estimate.group(1)  # "2032F", "2032E": the year, forecast (the column is a target column)
    span = _COLUMN_SPAN.fullmatch(name)
    if span:
        a, b = span.group("a").lower(), span.group("b").lower()
        if a in _MONTH_SHORT and b in _MONTH_SHORT and _MONTH_SHORT.index(a) <= _MONTH_SHORT.index(b):
            i, j = _MONTH_SHORT.index(a) + 1, _MONTH_SHORT.index(b) + 1
            return f"{span.group('y')}-H1" if (i, j) == (1, 6) else f"{span.group('y')}-{i:02d}..{j:02d}"
        return ""
    month = _MONTH_YEAR_COLUMN.fullmatch(name)
    if month and month.group("m")[:3].lower() in _MONTH_SHORT:  # "Sep 2031", "October 2031"
        n = _MONTH_SHORT.index(month.group("m")[:3].lower()) + 1
        return f"{month.group('y')}-{n:02d}..{n:02d}"
    part = _PART_OF_YEAR.fullmatch(name)
    return _part_period(part, "")[0] if part and (part.group("qn") or part.group("nq") or part.group("h")
                                                  or part.group("hn") or part.group("mtd")) else ""


_SHORT_SCALE = {"bn": "billion", "billion": "billion", "m": "million", "mn": "million", "million": "million",
                "k": "thousand", "thousand": "thousand", "'000": "thousand"}
_ROW_MONEY = re.compile(r"(?:RMB|CNY)\s?(bn|billion|mn|m|million|k|thousand|'000)", re.I)
_ROW_SCALED = re.compile(r"(bn|billion|mn|m|million|k|thousand)\s+(.+)", re.I)
_PER_SPLIT = re.compile(r"\s+per\s+|\s*/\s*(?!US|USD|RMB|CNY|HK|\$|€|£)")


def _row_unit(words: str) -> str:
    """The unit a row's label gives in brackets: "(RMB)", "(RMBbn)", "(m sqm)", "(% y/y)", "(x)", "(tonnes per
    day)"; else ""."""
    words = words.strip()
    if words.lower() == "x":
        return "times"
    if words.startswith("%") or re.fullmatch(r"[\w/ -]{1,20},\s*%", words):
        return "%"  # "(% y/y)", "(growth, %)", "(y/y, %)"
    money = _ROW_MONEY.fullmatch(words)
    if money:
        unit = f"{_SHORT_SCALE[folded_lower(money.group(1))]} yuan"
        return unit if unit in UNITS else ""
    scaled = _ROW_SCALED.fullmatch(words)
    if scaled:
        named = _caption_unit(scaled.group(2))
        unit = f"{_SHORT_SCALE[folded_lower(scaled.group(1))]} {'square meters' if named == 'square meters' else named}"
        if named and unit in UNITS:
            return unit
    # ("tonnes per day", "RMB/sq m": the amount's unit, not an exchange rate's "RMB/USD")
    return _caption_unit(words) or _caption_unit(_PER_SPLIT.split(words)[0])


_UNIT_SAYS_BEFORE = re.compile(r"\bunits?\s*:\s*\Z", re.I)
_NAMED_CAPTION_BEFORE = re.compile(NAMED_CAPTION_BEFORE, re.I)
# ("(volume in 10,000 tonnes, value in 100 million yuan, growth in %)": a caption line of each column's unit)
_UNIT_LINE_IN_BEFORE = re.compile(r"\bunits?[^\S\n]*:[^\n:]{0,40}\bin[^\S\n]+\Z", re.I)
_TEN_THOUSAND = re.compile(r"(?:10,000|10\s000|ten\s+thousand)(?:\s+(.+))?", re.I)
_TEN_THOUSANDS_OF = {"couples": "万对", "square meters": "万平方米", "tons": "万吨", "tonnes": "万吨", "people": "万人",
                     "yuan": "万元",
                     "households": "万户", "count": "万个", "persons": "万人", "pupils": "万人", "students": "万人",
                     "passenger trips": "万人次", "person-times": "万人次", "person trips": "万人次", "visits": "万人次",
                     "trips": "万人次", "cubic metres": "万立方米", "cubic meters": "万立方米"}  # (10,000 of a unit: its
# 万 unit)
_HUNDRED_MILLION = re.compile(r"(?:100|one\s+hundred|a\s+hundred|hundred)\s+million\s+(?:yuan|RMB)", re.I)
# "(100 million pieces)", "(100 million person-times)": the statistics' 亿 of a unit, in English
_HUNDRED_MILLION_OF = re.compile(r"100\s+million\s+(.+)", re.I)
_HUNDRED_MILLIONS_OF = {
    "pieces": "亿件", "parcels": "亿件", "items": "亿件",
    "person-times": "亿人次", "person-trips": "亿人次", "passenger trips": "亿人次", "visits": "亿人次", "trips": "亿人次",
    "kwh": "亿千瓦时", "kilowatt-hours": "亿千瓦时", "cubic metres": "亿立方米", "cubic meters": "亿立方米",
    "tonnes": "亿吨", "tons": "亿吨", "people": "亿人", "persons": "亿人"}


_LISTED_LINE = re.compile(r"[^\S\n]*[A-Za-z][^:\n]{0,60}:[^\S\n]*(?P<n>[-+]?\d[\d,]*(?:\.\d+)?)[^\S\n]*"
                          r"(?:,[^\S\n]+[^\n]{0,80})?(?:\n|\Z)")
# ("Motor vehicles: 298.63, up 6.1% year-on-year": its change after a comma)
_LISTED_CAPTION = re.compile(r"[^\n]{0,120}?\(?\bunits?\s*:\s*([^()\n]{1,40}?)\)?[^\S\n]*\n\Z", re.I)
_LISTED_NOTE = "unit of the list's caption"


def _listed_units(text: str, found: list[Candidate]) -> None:
    """Numbers listed one to a line as "Label: 19.27" under a caption that names their unit ("Key indicators, end of
    June 2031 (unit: 10,000)") take that unit (19.27 万个), as a table's cells take their header's."""
    for c in found:
        if c.unit != "count" or not c.note.startswith("no unit"):
            continue
        line = _line_bounds(text, c.printed_start)
        listed = _LISTED_LINE.fullmatch(text, line[0], min(len(text), line[1] + 1)) if line is not None else None
        if line is None or listed is None or listed.start("n") > c.printed_start or listed.end("n") < c.printed_end:
            continue  # (the line's one number is this one: "Motor vehicles: 298.63, up 6.1%", not its 6.1%)
        top = line[0]  # up the list, at most ten lines, to the line above it
        for _ in range(10):
            above = _line_bounds(text, top - 1) if top else None
            if above is None or not _LISTED_LINE.fullmatch(text, above[0], top):
                break
            top = above[0]
        caption_line = _line_bounds(text, top - 1) if top else None
        if caption_line is not None and not text[caption_line[0]:caption_line[1]].strip() and caption_line[0]:
            caption_line = _line_bounds(text, caption_line[0] - 1)  # (a blank line under the caption)
        caption = _LISTED_CAPTION.fullmatch(text, caption_line[0], caption_line[1] + 1) \
            if caption_line is not None and caption_line[1] < len(text) else None
        unit = _caption_unit(caption.group(1)) if caption else ""
        if caption and caption.group(1).strip() == "10,000":
            unit = ten_thousands_of(text[line[0]:c.printed_start])  # ("Licensed drivers: 386.52" 万人)
        if unit and unit in UNITS:
            c.unit, c.note, c.confidence = unit, _LISTED_NOTE, 0.7


# A release's note of the units its figures are given in ("Unless otherwise stated, box office is given in 10,000
# yuan and admissions in 10,000 person-times."), and each of its parts: what is counted and its unit
_STATED_UNITS = re.compile(r"\bunless\s+otherwise\s+(?:stated|specified|noted|indicated),\s+([^.\n]{5,200}?)\.(?!\d)", re.I)
_STATED_PART = re.compile(r"(?:\s*(?:,|;|\band\b)\s*)?(?:the\s+)?([a-z][a-z -]{1,40}?)\s+(?:(?:is|are)\s+)?"
                          r"(?:(?:given|expressed|shown|stated|measured|reported)\s+)?in\s+"
                          r"((?:10,000|100\s+million)[^,;]{0,30}?)(?=\s*(?:,|;|\band\b|$))", re.I)
_TAKINGS_BEFORE = re.compile(r"\b(?:took|takes|taking|brought\s+in|brings\s+in|grossed|earned|raised|came\s+to)\s+"
                             r"(?:about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?\Z", re.I)
_STATED_NOTE = "unit from the release's note of units (check)"


def _stated_units(text: str, found: list[Candidate]) -> list[Candidate]:
    """A number with no unit, after a note of the units the release's figures are given in, takes the unit of what
    its sentence names ("It made up 2.9% of the provincial total of 86,420.5" under "box office is given in 10,000
    yuan"), or the note's one unit of money after a word of takings ("Domestic films took 1,968.7"); the note's own
    10,000 is its units' scale, no figure."""
    note = _STATED_UNITS.search(text) if "otherwise" in text else None
    if note is None:
        return found
    stated = [(m.group(1).strip().lower(), _caption_unit(m.group(2)), m.span(2))
              for m in _STATED_PART.finditer(text, note.start(1), note.end(1))]
    parts = [(what, unit) for what, unit, _ in stated if unit in UNITS and what]
    if not parts:
        return found
    spans = [span for _, unit, span in stated if unit in UNITS]
    found = [c for c in found if not any(a <= c.printed_start < b for a, b in spans)]
    money = [unit for _, unit in parts if UNITS[unit].base == "yuan"]
    named = re.compile(r"\b(?:" + "|".join(re.escape(what) for what, _ in parts) + r")\b", re.I)
    units = dict(parts)
    for c in found:
        if c.unit != "count" or not c.note.startswith("no unit") or c.printed_start < note.end() or \
                _COUNTED_AFTER_AMOUNT.match(text, c.printed_end):
            continue  # (not "Box office rose at 9 of the 14 cinemas": counts)
        said = [m for m in named.finditer(text, c.start, c.end)]
        if said:
            nearest = min(said, key=lambda m: abs(m.start() - c.printed_start))
            unit = units[nearest.group(0).lower()]
        elif len(money) == 1 and _TAKINGS_BEFORE.search(text, max(0, c.printed_start - 30), c.printed_start):
            unit = money[0]
        else:
            continue
        c.unit, c.note, c.confidence = unit, _STATED_NOTE, 0.6
    return found


def _bracketed_units(text: str, found: list[Candidate]) -> list[Candidate]:
    """A number with no unit whose unit stands in brackets right after it ("carried 1,052.6 (10,000 passenger
    trips)") or before it on its line ("Outpatient visits (10,000 person-times): 1,128.6") takes that unit, and its
    words in the text take in the brackets (the quote shows the unit it was read with); the 10,000 in the brackets
    is the unit's, no figure."""
    units: list[tuple[int, int]] = []
    for c in found:
        if c.unit != "count" or not c.note.startswith("no unit"):
            continue
        after = _UNIT_BRACKET_AFTER.match(text, c.printed_end)
        bracket = after or _UNIT_BRACKET_BEFORE.search(text, max(0, c.printed_start - 80), c.printed_start)
        unit = _caption_unit(bracket.group(1)) if bracket is not None else ""
        if bracket is not None and unit in UNITS:
            c.unit, c.note, c.confidence = unit, _BRACKET_NOTE, 0.7
            units.append(bracket.span(1))
            if after is not None:
                c.printed_end = after.end()
            else:
                c.printed_start = bracket.start()
            c.as_printed = text[c.printed_start:c.printed_end]
            c.start, c.end = min(c.start, c.printed_start), max(c.end, c.printed_end)
    if not units:
        return found
    units.sort()
    starts = [a for a, _ in units]

    def in_unit(at: int) -> bool:
        k = bisect.bisect_right(starts, at) - 1
        return k >= 0 and at < units[k][1]

    return [c for c in found if not in_unit(c.printed_start)]


_UNIT_BRACKET_AFTER = re.compile(r"[^\S\n]*\(((?:10,000|100[^\S\n]+million)[^()\n]{0,40})\)")
_UNIT_BRACKET_BEFORE = re.compile(r"\(((?:10,000|100[^\S\n]+million)[^()\n]{0,40})\)[^\S\n]*:[^\S\n]*\Z")
_BRACKET_NOTE = "unit in brackets beside it"


def _caption_unit(words: str) -> str:
    """The unit of a header's or caption's words: "billion yuan", "%", "RMB million" (million yuan), or ""."""
    words = words.strip()
    if _HUNDRED_MILLION.fullmatch(words):
        return "亿元"  # "100 million yuan": the statistics' 亿元, in English
    hundred_million = _HUNDRED_MILLION_OF.fullmatch(words)
    if hundred_million and (zh := _HUNDRED_MILLIONS_OF.get(hundred_million.group(1).strip().lower(), "")) in UNITS:
        return zh  # "(100 million pieces)": 亿件
    ten_thousand = _TEN_THOUSAND.fullmatch(words)
    if ten_thousand:  # "Unit: 10,000 square metres", "(unit: 10,000)": the statistics' 万, in English
        named = (ten_thousand.group(1) or "").strip().lower()
        zh = _TEN_THOUSANDS_OF.get(named, "") or _TEN_THOUSANDS_OF.get(unit_named(named), "") if named else "万个"
        return zh if zh in UNITS else ""
    money = _CURRENCY_SCALE.match(words)
    if money:
        scale = {"'000": "thousand"}.get(money.group(2).lower(), money.group(2).lower())
        unit = f"{scale} {'yuan' if money.group(1).upper() in ('RMB', 'CNY') else money.group(1).upper()}"
        return unit if unit in UNITS else ""
    return unit_named(words)


# "than in the same period of 2030": a base, not the subject
_SAME_PERIOD_BEFORE = re.compile(r"\b(?:same|corresponding|year-earlier|year-ago)\s+(?:\w+\s+)?"
                                 r"(?:period|time|months?|quarter|half)\s+$", re.I)
# A year in a clause about what is to come ("due to start production in 2034", "to 500 trucks by the end of 2033"):
# a target's year, not the year an article is about
_FUTURE_BEFORE = re.compile(r"(?:\b(?:will|would|aims?|aiming|plans?|planned|planning|expects?|expected|targets?|"
                            r"forecasts?|projected|due|should|could|wants?|hopes?|seeks?|intends?|goal|"
                            r"by\s+the\s+end)\b|(?<=\w)(?<!\bthat)(?<!\bthis)['’]ll\b(?!" + _TALK_LL + r"))"  # ("we'll")
                            r"(?:[^.;:!?\n]|(?<=\d)\.(?=\d))*$", re.I)  # (a decimal point ends no
# sentence: "expects the price to ease to about 1.14 yuan per jin in the first quarter of 2032")
_SAME_PART_OF = re.compile(r"\b(?:the\s+)?same\s+(?:\w+\s+)?(?:period|months?|quarter|half|holiday|week|time)\s+(?:of|in)\s+"
                           r"((?:19|20)\d\d)\b(?![’']s|\s*(?:-|–|to)\s*(?:19|20)?\d\d)", re.I)
_LAST_YEAR_FROM = re.compile(r"\blast\s+year\b[^.\n]{0,12}?\b(?:up|down)\s+\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+"
                             r"(?:from|over|on)\s+((?:19|20)\d\d)\b(?!\s*(?:-|–|to))", re.I)  # (a change on the year
# before: "last year, up 31% from 2034"; not "nearly triple the level from 2030")
_THIS_YEAR_FROM = re.compile(r"\bthis\s+year\b(?:[^.\n]|\.\d){0,80}?\b(?:from|over|on|compared\s+with)\s+((?:19|20)\d\d)\b"
                             r"(?!\s*(?:-|–|to))", re.I)


def _month_of(dateline: re.Match[str] | None) -> int | None:
    """The month of a dateline's date ("November 27, 2031", "24 November 2031", "2031-11-24"), or None."""
    if dateline is None:
        return None
    words = dateline.group(0).lower()
    for i, name in enumerate(_MONTH_NAMES, 1):
        if name[:3] in words:
            return i
    iso = re.match(r"(?:19|20)\d\d-(\d\d)", dateline.group(0))
    return int(iso.group(1)) if iso else None


def _reference_year(text: str, in_years: list[tuple[int, str]], dateline: re.Match[str] | None) -> str:
    """The year an article is about: the year its first figures are put "in" (within the first 1,000
    characters), else the year in its headline (its first line, not a date), else ""."""
    early = [year for pos, year in in_years
             if pos < 1000 and (dateline is None or int(year) <= int(dateline.group(1)))]  # (not a target year)
    if early and (dateline is None or int(early[0]) >= int(dateline.group(1)) - 1):
        return early[0]  # (not a year long before the article's date: "Lin started out in 1994" in a feature)
    # The headline: the first line, else a short line of the title block under it ("Da Hinggan Ling Forestry
    # Bureau / Annual Report 2030: Summary / Released 16 March 2031": the report's year, not its release's)
    lines = text.lstrip().split("\n", 6)[:6]
    offset = len(text) - len(text.lstrip())
    named = 0  # lines of the title block that name no year: an issuing body's, then its title's
    for k, head in enumerate(lines):
        if k and (not head.strip() and (named > 1 or not lines[k - 1].strip() or _PROSE_LINE.search(lines[k - 1]))
                  or len(head) > 200 or len(head) > 120 and _PROSE_LINE_END.search(head)
                  or k > 1 and not lines[k - 1].strip() and _PROSE_LINE_END.search(head)
                  or len(head) > 120 and _SPEAKER_LINE.match(head)):
            break  # (the title block ends at prose, or at a blank line after the title; a body's name on a line of
            # its own, a blank line, then the title: "Hexi Bureau of Ecology / / Bulletin on Air Quality, 2031"; a
            # title of up to 200 characters that ends in no stop, "Circular on the Results of the 2031 Special
            # Inspection of …", is no prose, unless a speaker says it: "HOST: morning everyone and …")
        named += bool(head.strip())
        for m in _ANY_YEAR.finditer(head if len(head) <= 200 else ""):  # a headline is short
            at = offset + m.start()
            if (dateline is None or not dateline.start() <= at < dateline.end()) and \
                    not DATES_ELSE.search(head, 0, m.start()) and not (k and _DATE_IN_LINE.search(head)) and \
                    not re.search(r"\b(?:since|from|than|until|was|were)\s+(?:in\s+)?$",
                                  head[max(0, m.start() - 12):m.start()]) and \
                    not _BEATING_YEAR.search(head, 0, m.start()) and not _SPAN_AFTER.match(head, m.end()):
                return m.group(1)  # (not a season's or school year's first year, "2030/31": labelled either way)
        offset += len(head) + 1
    return ""


_PROSE_LINE_END = re.compile(r"[.,;!?]['\"”’]?\s*$|--|—")  # a line of a hard-wrapped sentence, not a title
_PROSE_LINE = re.compile(r"[.!?]['\"”’]?\s*$|--|—")  # a sentence or a dateline, not a name or a title
# A sentence's own time against a title's part of a year: a whole year, a year's end, another year's part
_OTHER_TIME_OF_TITLE = re.compile(r"\b(?:full|whole|entire)\s+year\b|\byear[- ]end\b|\bend\s+of\s+the\s+year\b", re.I)
_SPAN_AFTER = re.compile(r"\s*[/–-]\s*\d")
# a year a headline compares with ("... over Spring Festival, beating 2019 level", "above pre-pandemic 2019"): the
# base, not the year the article is about
_BEATING_YEAR = re.compile(r"\b(?:beat|beats|beating|tops?|topping|above|below|over|exceeds?|exceeding|surpass(?:es|ing)?|"
                           r"vs\.?|versus|compared\s+with|against|back\s+to|returns?\s+to)\s+(?:the\s+)?"
                           r"(?:[\w-]+\s+){0,2}$", re.I)


_INSIDE_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz,;")


def _opening_words(text: str, found: list[Candidate]) -> None:
    """An entity that is only the sentence's first word ("Output", "Trade") and never capitalised inside a
    sentence is no name: left empty for the reviewer."""
    names = {c.entity for c in found if c.entity and " " not in c.entity and c.entity.isalnum()}
    if not names:
        return
    # one pass over the text for these names only (most capitalised words are none of them; the pass skips to
    # their capitals), each then checked for a lower-case letter, "," or ";" and a blank (no line break) before it
    pattern = re.compile("(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b")
    inside: set[str] = set()
    last_end = 0
    for m in pattern.finditer(text):
        at = m.start()
        if at - 2 >= last_end and text[at - 2] in _INSIDE_BEFORE and text[at - 1].isspace() and \
                text[at - 1] not in "\n\r":
            inside.add(m.group(1))
            last_end = m.end()
    for c in found:
        name = c.entity
        if name and " " not in name and name not in inside:
            speaker = _OPENING_SPEAKER.match(text, c.start)  # ("SUN: Men's cut is twenty-five.": the turn's first word)
            at = speaker.end() if speaker is not None else c.start
            if text[at:at + len(name)] == name:
                c.entity, c.entity_confidence = "", 0.0


_OPENING_SPEAKER = re.compile(r"(?:\[[^\]\n]{1,20}\][^\S\n]*)?[A-Z][A-Z .'’-]{0,40}(?:\([^)\n]{0,60}\))?:[^\S\n]*")


@functools.cache
def metric_names() -> tuple[dict[str, str], frozenset[str]]:
    """The bundled metrics table (data/metrics.csv): every English name and alias, case-folded -> id; the ids."""
    from explorer.model.files.paths import bundled_data_dir

    names: dict[str, str] = {}
    path = bundled_data_dir() / "metrics.csv"
    if path.is_file():
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for name in (row.get("id", ""), row.get("name", ""), *(row.get("aliases") or "").split("|")):
                    if name and name.isascii():
                        names.setdefault(name.strip().casefold(), row["id"])
    return names, frozenset(names.values())


def _metric_ids(text: str, found: list[Candidate]) -> None:
    """Metrics guessed as the ids of the metrics table where it has one: "GDP" -> gdp, "growth of GDP" ->
    gdp_growth, "growth of value added" in a sentence about industry -> industrial_value_added_growth, a
    population figure -> resident_population."""
    names, ids = metric_names()
    if not names:
        return
    for c in found:
        metric = c.metric.strip().casefold()
        mid = names.get(metric)
        if mid is None and metric.startswith("growth of "):
            what = metric[len("growth of "):]
            if what == "value added" and _INDUSTRIAL.search(text, c.start, c.end):
                what = "industrial value added"
            mid = names.get(f"growth of {what}")
            if mid is None and names.get(what) and f"{names[what]}_growth" in ids:
                mid = f"{names[what]}_growth"
        if mid is None and c.unit in ("million people", "people", "万人", "thousand people") and \
                re.search(r"\bresident population\b|\bpopulation of\b", text[c.start:c.end], re.I):
            mid = names.get("resident population")
            if mid is not None:
                c.metric, c.metric_confidence = mid, 0.65  # a population figure where its sentence names it: a rule
                continue
        if mid is not None:
            c.metric = mid


_INDUSTRIAL = re.compile(r"\bindustrial\b|\babove designated size\b", re.I)


def _place_entities(found: list[Candidate]) -> None:
    """An entity that only names a place other than the figure's city ("Qingdao, a port city in Shandong
    Province, saw its GDP ...") is where the city lies, not what the figure is about: the city is."""
    from explorer.model.extract.chinese import gazetteer

    places = {p.name.lower() for p in gazetteer().values()}
    for c in found:
        name = c.entity.lower()
        if not name or not c.city or name == c.city.lower():
            continue
        bare = re.sub(r"\s+(?:province|city|municipality|region|autonomous region)$", "", name)
        if bare in places and bare != c.city.lower():
            c.entity, c.entity_confidence = c.city, min(c.city_confidence, 0.5)


_CAPITALISED = re.compile(r"\b[A-Z][a-z]*(?:['’](?!s\b)[a-z]+)?\b")  # "Qingdao" of "Qingdao's", "Xi'an"


# A name that is a district's, a county's or a town's: "Jining District", "Xinghe County" (of another city)
_SMALLER_PLACE_AFTER = re.compile(r"[^\S\n]+(?:District|County|Banner|Township|Town|Village)\b")
# a capitalised word just before or after a county's name makes it part of a person's or a firm's name ("Zhan
# Fuquan", "Jinshi Traction", "Huanghua Port"), not the place: unless it is a place's word ("Yunnan's Menghai")
_NAME_NEIGHBOUR_BEFORE = re.compile(r"\b(?!(?:The|In|At|From|Of|And|To|For|On|By|With|Near|Across|Outside|Inside|Around|"
                                    r"Rural|Urban|Both|Neighbouring|Neighboring|Nearby|Like|Unlike|Including)\b)"
                                    r"[A-Z][a-z]+[^\S\n]$")
_NAME_NEIGHBOUR_AFTER = re.compile(r"[^\S\n]+(?!(?:County|District|Banner|City|Prefecture|Province|In|And|On|Is|Was|"
                                   r"Has|Had|Will|People['’]s|Municipal|Daily|Evening|Public|Fire)\b|"
                                   r"(?:[A-Z][a-z]+[^\S\n]+){0,3}(?:Bureau|"
                                   r"Government|Committee|Commission|Administration|Radio|Television|TV|Broadcasting)\b)"
                                   r"[A-Z]")  # (a public body named after the place, "Jinghong People's Radio", "Jinghong
# Market Regulation Bureau", is of it: no firm's name; a hospital or a paper may be named after a place elsewhere)
_COUNTY_WEIGHT = 0.5
_NAME_WORD_BEFORE = re.compile(r"\b(?!(?:In|At|From|To|Of|And|The|Near|Around|Outside|Inside|Across|Via|Since)\b)"
                               r"[A-Z][a-z]+[^\S\n]$")  # (a capitalised word right before a county's: a person's name)
_COUNTY_THEN_CITY = re.compile(r",[^\S\n]+([A-Z][a-z]+)\b")
_PROVINCE_ABOUT = 0.45  # the province a headline names and no city (its own rule: calibrated apart)
# a web page's line of metadata or a byline between a headline and its dateline ("Source: Xinhua | Editor: Li Qian |
# 2031-11-19 16:05", "By Clara Hughes"): no line of the story
_META_LINE = re.compile(r"[^\S\n]*(?:Source[^\S\n]*[:：][^\n|]*\||(?:Editor|Updated|Published|Author|Reporter|Web\s+editor)"
                        r"[^\S\n]*[:：]|(?:Published|Updated|Posted)[^\S\n]+(?:on[^\S\n]+)?(?:\d{1,2}[^\S\n]+[A-Z][a-z]+\.?|"
                        r"[A-Z][a-z]+\.?[^\S\n]+\d{1,2},?)[^\S\n]+(?:19|20)\d\d[^\S\n]*$|"
                        r"By[^\S\n]+[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,3}[^\S\n]*$)")  # (not "Source:
# Inner Mongolia Autonomous Region Bureau of Statistics": an issuer's line)
def _is_meta_line(line: str) -> bool:
    """A web page's metadata line or a byline (_META_LINE), unless its source is an issuer that names the place
    ("Source: Statistics Bureau of Jiangxi Province | 2031-06-19")."""
    return _META_LINE.match(line) is not None and not (
        line.lstrip().startswith("Source") and (_ISSUER_WORDS.search(line) is not None or "Province" in line))




_CLOCK_ZONE = re.compile(r"\b[A-Z][a-z]+(?=" + CLOCK_ZONE_AFTER.pattern + ")")  # "Beijing" of "18:40 Beijing time"
_FIRM_WORDS = re.compile(r"\b(?:Co\.|Ltd\b|Limited\b|Group\b|Corporation\b|Corp\b|Inc\b)")
_LOCATOR_COMMA = re.compile(r",[^\S\n]*$")
_CAPITAL_AFTER = re.compile(r"(?:['’]s)?[^\S\n]+([A-Z][\w-]*)")
# words a headline puts after a province's name when the province is the subject ("Anhui Provincial Bureau of
# Statistics", "Gansu Economy Grows", "Hunan's GDP")
_PROVINCE_NOUNS = frozenset("""Province Provincial Government People's Bureau Statistics Statistical Statistic Economy
Regulatory Banking Banks Financial Finance Administration Department Commission Development Reform Office Agriculture
Agricultural Commerce Customs Transport Ecology Environment Ecological Taxation Tax Market Supervision Education Health
Economic GDP Growth Output Exports Export Imports Import Trade Foreign Industry Industrial Retail Consumer Consumption
Prices CPI Budget Fiscal Revenue Population Income Incomes Investment Investments Grain Harvest Tourism Property
Housing Jobs Employment Work Report First Second Third Fourth Q1 Q2 Q3 Q4 H1 H2 Local Bonds Bond Debt Energy Power
Summer Winter Spring Autumn Annual Quarterly Monthly Economy's Sets Posts Reports Releases Grows Rises Falls Logs
Sees Expects Plans Aims Targets To In On Is Was Will Autonomous Region Regional Hui Zhuang Uygur Uyghur Uighur""".split())
_THE_PROVINCE = re.compile(r"\b(?:the\s+province(?:['’]s)?|provincial|province-wide|provincewide)\b", re.I)
# how an autonomous region's own texts speak of it ("the region connected ...", "regional GDP")
_THE_REGION = re.compile(r"\b(?:the\s+(?:autonomous\s+)?region(?:['’]s)?|regional|region-wide|regionwide)\b", re.I)
# Taiwan, Hong Kong and Macao have counties and districts named as mainland ones: "Yilan County in Taiwan", "Taipei's
# Songshan District" (the place named right beside the name; "Kunshan City, home to Taiwan-funded firms" is Kunshan)
_OUTSIDE = r"(?:Taiwan|Taipei|New[^\S\n]+Taipei|Kaohsiung|Taichung|Tainan|Hsinchu|Keelung|Chiayi|Hualien|Taitung|" \
    r"Pingtung|Hong[^\S\n]+Kong|Kowloon|Macao|Macau)"
_OUTSIDE_BEFORE = re.compile(rf"\b{_OUTSIDE}(?:['’]s)?(?:[^\S\n]+City(?:['’]s)?)?[^\S\n]+$")
_OUTSIDE_AFTER = re.compile(rf"(?:[^\S\n]+(?:County|District|City|Township))?(?:['’]s)?,?[^\S\n]+(?:(?:in|of)[^\S\n]+)?"
                            rf"(?:(?:north|south)?(?:east|west)?(?:ern)?[^\S\n]+|central[^\S\n]+)?{_OUTSIDE}\b")
_THE_BEFORE = re.compile(r"\b[Tt]he[^\S\n]$")
_HEADLINE_WEIGHT = 3  # a city in the headline counts as three more mentions
_HEAD_WORD = re.compile(r"[A-Z]+(?:['’](?!S\b)[A-Z]+)?")  # a word of the upper-cased headline ("XI'AN"; "LISHUI" of
# "LISHUI'S")
_FACT_BASE_NAMED = (0.6, 0.8, 0.9)  # the confidences core gives a city of the fact base named near a figure
_LEAD_CHARS = 400  # where a text's headline and the line under it are looked for
_LEAD_PARAGRAPH = re.compile(r"\s*[^\n]*\n\s*[^\n]*")  # the headline and the first paragraph under it
_DEFAULT_CITY = 0.3  # the confidence core gives the fact base's city the text names most
_FROM_PLACE = re.compile(r"\bfrom\s+$")
# a wire's dateline: "CHENGDU, Oct. 21 (Wire) --", "ZIBO, China, October 28"
_STORY_LINE = re.compile(r"\bsaid\b|\bsays\b|(?<!\bNo\.\s)(?<!\bNo\.)(?<![-/])\b(?!(?:19|20)\d\d\b)\d{3,}(?![-/]\d)"
                         r"|\d\s*(?:percent|%|million|billion|yuan)", re.I)  # (a figure; not a bulletin's number, "No.
# 105", "2036-105")
_ISSUER_WORDS = re.compile(r"\b(?:Bureau|Department|Commission|Administration|Government|Office|Congress)\b")  # ("Issued
# by the Hunan Provincial Bureau of Statistics.": an issuer's line, though it ends with a full stop)
# an issuer's line that ends with where and when ("Summary of the annual press briefing of the Shandong Provincial
# Department of Transport, Jinan, 21 January 2036"): where it was said, as a dateline
_PLACE_DATE_END = re.compile(r",[^\S\n]+[A-Z][a-z'’]+(?:[^\S\n]+[A-Z][a-z]+)?,[^\S\n]+(?:\d{1,2}(?:st|nd|rd|th)?[^\S\n]+"
                             r"[A-Z][a-z]+\.?,?|[A-Z][a-z]+\.?[^\S\n]+\d{1,2}(?:st|nd|rd|th)?,?)[^\S\n]+(?:19|20)\d\d"
                             r"\.?[^\S\n]*$")
_DATELINE = re.compile(r"[^\S\n]*[A-Z][A-Z'’. -]+,[^\S\n]+(?:[A-Z][a-z]+\.?[^\S\n]+\d{1,2}\b|[A-Z][a-z]+,)")


@functools.lru_cache(maxsize=4)
def _names_gate(names: frozenset[str]) -> re.Pattern[str]:
    """Where one of ``names`` starts (a trie; its first letters a set the regex engine skips to)."""
    return re.compile(trie_pattern(set(names), longest=True) or "(?!)")


@functools.lru_cache(maxsize=1)
def _province_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(name, its upper-case words as a pattern) of the gazetteer's provinces ("Anhui", "Inner Mongolia")."""
    from explorer.model.extract.chinese import gazetteer

    return tuple((p.name, re.compile(rf"\b{re.escape(p.name.upper())}\b")) for p in gazetteer().values()
                 if p.kind == "province")


# a region abroad that "the region" of a sentence can stand for: "ASEAN is China's largest trading partner; the
# region's economies grew 4.6 percent" (not the autonomous region the text is about)
# (the bloc a clause is about, not one traded with: "As trade with Central Asia boomed, regional foreign trade rose",
# "China-Europe freight trains"; "Beibu Gulf" is the text's own)
_ABROAD = re.compile(r"(?<!\bwith\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\band\s)(?<![-–])\b(?:ASEAN|EU|European\s+"
                     r"Union|Europe|Africa|Central\s+Asia|Southeast\s+Asia|South\s+Asia|Latin\s+America|Middle\s+East|"
                     r"Eurasia|Mekong)\b(?![-–])")


# money or goods put into a bloc: "Firms in Guangxi invested 2 billion yuan in Southeast Asia, and the region's exports
# rose" (the region is still the text's own; not "Growth in Southeast Asia slowed, and the region's ...")
_SENT_IN_BEFORE = re.compile(r"\b(?:invest(?:s|ed|ing)?|sold|sells|spent|spends)\b[^,;.\n]{0,40}?\bin\s+$", re.I)  # (verbs
# of putting money in; not "Factories in Southeast Asia are busy", "Foreign investment in Africa hit a record": the bloc's)


def _region_abroad(text: str, at: int) -> bool:
    """Whether the figure at ``at`` is of "the region" its sentence names abroad before it (ASEAN's, not the text's)."""
    start = max(text.rfind(". ", max(0, at - 300), at), text.rfind("\n", max(0, at - 300), at), at - 301) + 1
    regions = list(_THE_REGION.finditer(text, start, at))
    return bool(regions) and any(not _SENT_IN_BEFORE.search(text, max(start, m.start() - 60), m.start())
                                 for m in _ABROAD.finditer(text, start, regions[-1].start()))


@functools.lru_cache(maxsize=1)
def _autonomous_regions() -> frozenset[str]:
    """The gazetteer's provinces that are not 省 (autonomous regions, Hong Kong, Macao): a text speaks of them as
    "the region"."""
    from explorer.model.extract.chinese import gazetteer

    return frozenset(p.name for p in gazetteer().values() if p.kind == "province" and not p.name_zh.endswith("省"))


@functools.lru_cache(maxsize=1)
def _gazetteer_cities() -> tuple[tuple[str, str, str], ...]:
    """(name, its words without the province that tells it apart, province) of the gazetteer's cities."""
    from explorer.model.extract.chinese import gazetteer

    return tuple((p.name, re.sub(r"\s*\([^)]*\)$", "", p.name), p.province) for p in gazetteer().values()
                 if p.kind == "city")


def _city_names() -> tuple[dict[str, str], dict[str, list[tuple[str, str]]]]:
    """Single-word city names -> the gazetteer's name; and the words several cities share ("Taizhou":
    Taizhou (Jiangsu) and Taizhou, of Zhejiang) -> [(name, province)]."""
    by_word: dict[str, list[tuple[str, str]]] = {}
    for name, word, province in _gazetteer_cities():
        if " " not in word:
            by_word.setdefault(word, []).append((name, province))
    return {w: ps[0][0] for w, ps in by_word.items()}, {w: ps for w, ps in by_word.items() if len(ps) > 1}


@functools.lru_cache(maxsize=1)
def _long_city_names() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(_first_letter(word) + rf"(?<!\w.)(?i:{re.escape(word[1:])})\b"))
                 for name, word, province in _gazetteer_cities()
                 if " " in word and province != name)  # (not Hong Kong, a listing's place far more than a figure's)


_SAME_LETTER = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}  # (what re.IGNORECASE also takes for them)


def _first_letter(word: str) -> str:
    """A character set of ``word``'s first letter in either case: a pattern opening with it is searched for by
    that set (as fast as a literal), where one opening with \\b and ignoring case is tried at every position."""
    first = word[0].lower()
    return "[" + re.escape(first + first.upper() + _SAME_LETTER.get(first, "")) + "]"


# "Sichuan as a whole received 78.35 million person-times": the province's own figure, in a text about one of its cities
_AS_A_WHOLE = re.compile(r"\b((?:[A-Z][a-z]+\s)?[A-Z][a-z]+)\s+as\s+a\s+whole\b")


def _province_as_a_whole(text: str, found: list[Candidate]) -> None:
    """A figure whose clause before it names a province "as a whole" is the province's ("Yunnan as a whole had about
    52 million visits"), whatever city the text is about."""
    if " as a whole" not in text:
        return
    from explorer.model.extract.chinese import gazetteer

    provinces = {p.name for p in gazetteer().values() if p.kind == "province"}
    last: Candidate | None = None
    for c in found:
        clause_start = max(text.rfind(",", c.start, c.printed_start), text.rfind(";", c.start, c.printed_start),
                           c.start)
        m = _AS_A_WHOLE.search(text, clause_start, c.printed_start)
        name = next((n for n in (m.group(1), m.group(1).split()[-1]) if n in provinces), "") if m is not None else ""
        # ("In Sichuan as a whole", "Inner Mongolia as a whole": the province among the words)
        if m is not None and name and \
                not _COMPARED_WITH_BEFORE.search(text, max(0, m.start() - 16), m.start()) and \
                not _CAPITALISED_BETWEEN.search(text, m.end(), c.printed_start):
            c.city, c.city_confidence = name, 0.7  # (not "Sichuan as a whole lagged behind Garze at 6.9%")
            last = c  # (not "0.4 points faster than Hebei as a whole": the province as a base)
        elif last is not None and last.start == c.start and _ITS_CHANGE.fullmatch(text, last.printed_end, c.printed_start):
            c.city, c.city_confidence = last.city, 0.7  # (", up 5.6%": the change of the province's figure)
        else:
            last = None


_COMPARED_WITH_BEFORE = re.compile(r"\b(?:than|with|against)\s+(?:that\s+of\s+)?$", re.I)
_CAPITALISED_BETWEEN = re.compile(r"\b[A-Z][a-z]+")
_ITS_CHANGE = re.compile(r"(?:[^\S\n]+[a-z][a-z-]*){0,3},\s+"
                         r"(?:up|down|rising|falling|an?\s+(?:increase|decrease|rise|fall|drop)\s+of)\s+", re.I)


def _head_words(line: str) -> set[str]:
    """The words of a headline that may name a place, in capitals: not a byline's clock ("18:40 Beijing time") nor a
    person's name ("Hosts: Lin Yuxi, Daniel Ko")."""
    return set(_HEAD_WORD.findall(_CLOCK_ZONE.sub("", PERSON_NAME.sub("", line)).upper()))


def _cities(text: str, found: list[Candidate]) -> None:
    """A figure with no city of the fact base takes a place of the gazetteer named in its sentence, or the place
    the text is about (a new city the review proposes): the one it names most, counting the headline's three
    times more, when that is more than all the others together or, named in the headline, twice the next. A
    figure whose city is only the fact base's city named most in the text, far from it (the extractor's weakest
    guess), takes the city the text is about instead when there is one. (Provinces counted as cities made 10% of
    the labelled sets' city guesses wrong: left out.)"""

    if not any(not c.city or c.city_confidence <= _DEFAULT_CITY or c.city_confidence in _FACT_BASE_NAMED for c in found):
        return
    names, several = _city_names()
    if not names:
        return
    for word, places in several.items():  # "Taizhou" is Taizhou (Jiangsu) where the text names Jiangsu by it
        if word in text:
            mentions = [m.start() for m in itertools.islice(re.finditer(rf"\b{re.escape(word)}\b", text), 20)]

            def nearest(province: str, mentions: list[int] = mentions) -> int:  # how close the province is named
                # to a mention (the first twenty)
                gaps = [abs(p - at) for at in mentions for p in
                        (text.rfind(province, max(0, at - 80), at), text.find(province, at, at + 80)) if p >= 0]
                return min(gaps, default=1 << 30)

            def counties_named(city: str, word: str = word) -> int:  # (or, with no province named, its districts and
                # counties:
                # "Hailing District", "Xinghua" are Taizhou (Jiangsu)'s)
                return sum(1 for county, of in english_county_names()[0].items() if of == city and any(
                    _NAME_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()) is None
                    or text[max(0, m.start() - len(word) - 1):m.start()].strip() == word  # ("Yulin Fumian Airport")
                    for m in re.finditer(rf"\b{re.escape(county)}\b(?!\s+from\b)", text)))  # (not "Hailing
                # from Taizhou", nor a person, "fisherman Wang Xinghua")
            names[word] = min(places, key=lambda p: (nearest(p[1]), -counties_named(p[0]), -text.count(p[1]),
                                                     p[0] != word))[0]
    # Capitalised words, looked up in the gazetteer: one cheap pass, where an alternation of 300 names took
    # 0.2 s a megabyte; then the few names of several words ("Da Hinggan Ling", "Jilin City"), whose words
    # alone name another place or none.
    county_words, county_bare = english_county_names()
    named = []
    county_hits = []
    in_names: set[str] = set()  # county names the text uses in a person's or a firm's name
    for m in scan_gated(_CAPITALISED, _names_gate(frozenset(names) | frozenset(county_words)), text, text):
        word = m.group(0)
        if word in names:
            if CLOCK_ZONE_AFTER.match(text, m.end()):
                continue  # "18:40 Beijing time": the clock of a byline, no place the text is about
            if PERSON_NAMED_BEFORE.search(text, max(0, m.start() - 14), m.start()) and not BORN_AFTER.match(text, m.end()):
                continue  # "Hosts: Lin Yuxi", "I'm Yuxi": a person's given name, not the city of Yuxi
            named.append((m.start(), names[word], _SMALLER_PLACE_AFTER.match(text, m.end()) is not None))
        elif word in county_words:
            if _THE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                continue  # "the Jingjiang dikes": a river's reach, a lake, a project; a county is not "the"
            suffix = COUNTY_SUFFIX_AFTER.match(text, m.end())
            if suffix and not county_suffix_fits(word, suffix.group(0)) or \
                    _OUTSIDE_BEFORE.search(text, max(0, m.start() - 40), m.start()) or \
                    _OUTSIDE_AFTER.match(text, m.end()):
                continue  # "Xian City" (献县 is a county), "Yilan County in Taiwan": other places of that name
            if _NAME_NEIGHBOUR_BEFORE.search(text, max(0, m.start() - 30), m.start()) or \
                    _NAME_NEIGHBOUR_AFTER.match(text, m.end()):  # "Zhan Fuquan", "Jinshi Traction Co"
                in_names.add(word)
            else:
                city_after = _COUNTY_THEN_CITY.match(text, m.end())  # ("in Shunping, Baoding": named as a county
                # with its own prefecture after it)
                county_hits.append((m.start(), word, suffix is not None or city_after is not None
                                    and names.get(city_after.group(1)) == county_words[word]))
    smaller = {name for _, name, district in named if district}  # ("Jining District" of Ulanqab, then "outside
    # Jining": that district again, not the city Jining)
    hits = [(pos, name) for pos, name, _ in named if name not in smaller]
    # a county named as one ("Menghai County", and then "Menghai"), or a county-level city ("Xilinhot"): a mention
    # of its prefecture
    shown = {word for _, word, suffixed in county_hits if suffixed} | county_bare - in_names  # ("Jinshi Traction
    # Co", then "Jinshi, which employs": the firm)
    counted = [(pos, county_words[word]) for pos, word, suffixed in county_hits if word in shown or suffixed]
    shown = {word for _, word, suffixed in county_hits if word in shown or suffixed}  # (named so in the text)
    if counted:
        hits = sorted(hits + counted)
    long_hits = [(m.start(), m.end(), name) for name, pattern in _long_city_names() if name.split()[0] in text
                 for m in pattern.finditer(text)]
    if long_hits:
        long_hits.sort()
        long_starts = [a for a, _, _ in long_hits]

        def inside_long(pos: int) -> bool:  # (by bisect: a text of thousands of long names costs no scan per hit)
            i = bisect.bisect_right(long_starts, pos) - 1
            return i >= 0 and long_hits[i][0] <= pos < long_hits[i][1]
        hits = sorted([(pos, name) for pos, name in hits if not inside_long(pos)]
                      + [(a, name) for a, _, name in long_hits])
        # A place of the fact base named only inside a longer name ("Jilin", the province, in "Jilin City"): the
        # figures core gave it are the longer name's
        for c in found:
            first = c.city.split()[0] if c.city else ""
            if c.city_confidence in _FACT_BASE_NAMED and " " not in c.city and any(
                    name.split()[0] == first and name != c.city for _, _, name in long_hits):
                quote = text[c.start:c.end]
                spans = [m.start() + c.start for m in re.finditer(rf"\b{re.escape(c.city)}\b", quote)]
                if spans and all(inside_long(s) for s in spans):
                    c.city, c.city_confidence = next(name for _, _, name in long_hits if name.split()[0] == first), 0.7
    counts: dict[str, float] = {}
    for _, name in hits:
        counts[name] = counts.get(name, 0) + 1
    for _, name in counted:  # a county counts half: a text about a city names the counties where its firms work
        counts[name] -= _COUNTY_WEIGHT
    lines = [line for line in text.lstrip()[:_LEAD_CHARS].splitlines() if line.strip() and not _is_meta_line(line)][:2]
    head = lines[0] if lines else ""  # the headline (or, where it names no city, the line under it: "PRESS
    # RELEASE / Lijiang Sanyi International Airport reports ..."): the place
    # an article is about is named there (in capitals too: "HEYUAN HIGH-TECH ZONE")
    head_words = _head_words(head)
    dateline = False
    if len(lines) > 1 and not any(word.upper() in head_words for word in names):
        head = lines[1]
        head_words = _head_words(head)
        first = lines[0].upper()
        dateline = (_DATELINE.match(head) is not None or _PLACE_DATE_END.search(head) is not None
                    and ("Provincial" in head or any(pattern.search(head.upper()) for _, pattern in _province_patterns()))) \
            and (
            any(pattern.search(first) for _, pattern in _province_patterns())
            or any(word.upper() in first for word in shown))  # ("Sichuan's foreign trade up 6.8 pct / CHENGDU, Oct.
        # 21 (Wire) --": where the wire was filed, not what it is about, when the headline above names a province
        # or a county; a headline that names no place, "Jinchuan Tyre Reports Results / ZIBO, China --", leaves the
        # dateline's city as the place)
    headline = set() if dateline else {full for word, full in names.items() if word.upper() in head_words} | \
        {county_words[word] for word in shown if word.upper() in head_words} | \
        {name for name, pattern in _long_city_names() if pattern.pattern and name.split()[0].upper() in head_words
         and re.sub(r"\s*\([^)]*\)$", "", name).upper() in head.upper()}
    total = sum(counts.values())
    for name in headline:
        counts[name] = counts.get(name, 0) + _HEADLINE_WEIGHT
        total += _HEADLINE_WEIGHT
    # A headline that names one province and no city ("Anhui's economy grows 5.6 pct in first three quarters"):
    # the text is about the province, where it names no city most
    in_head: list[str] = []
    # a county named in the headline or the lead's paragraph ("Yongjing county in northwest China's Gansu Province
    # received ...") is what the text is about; one named further down ("copper centred on Yingtan and its
    # county-level city of Guixi") is a place of the province the text is about
    lead = _LEAD_PARAGRAPH.match(text, 0, _LEAD_CHARS + 200)
    lead_end = lead.end() if lead else _LEAD_CHARS + 200
    named_early = any(pos < lead_end and word in shown for pos, word, _ in county_hits)
    provincial = len(_THE_PROVINCE.findall(text, 0, 20000)) >= 2
    regional = not provincial and len(_THE_REGION.findall(text, 0, 20000)) >= 2  # (an autonomous region's text)
    # (the line under a headline that names no city, "Anhui Provincial Bureau of Statistics"; the headline itself
    # where the text names no city at all); and only in a text that speaks of "the province" (as 全省 does): a
    # feature headlined "Yunnan tea town booms" is about a town, "Hainan Airlines flies more" about a firm
    for line in dict.fromkeys([head] + (lines[:1] if not counts or dateline else [])) \
            if not headline and not named_early and (provincial or regional) else ():
        provinces_named = [(name, at) for name, pattern in _province_patterns() if (at := pattern.search(line.upper()))]
        if len(provinces_named) > 1 or _FIRM_WORDS.search(line):
            break  # two provinces ("Anhui, Jiangxi lead growth"), or a firm ("Zhejiang ... Co., Ltd.")
        in_head = [name for name, at in provinces_named if not _LOCATOR_COMMA.search(line, 0, at.start())
                   and not ((after := _CAPITAL_AFTER.match(line, at.end())) and after.group(1) not in _PROVINCE_NOUNS)]
        # (not "LUSHI COUNTY, Henan --": a place the province locates; nor "Zhejiang's Yiwu market", "Hainan
        # Airlines": a place in it, a firm)
        if provinces_named:
            break
    if not provincial:
        in_head = [name for name in in_head if name in _autonomous_regions()]
    province = in_head[0] if len(in_head) == 1 else ""
    if not counts and not province:
        return
    ranked = sorted(counts.values(), reverse=True)
    common = max(counts, key=lambda n: counts[n]) if counts else ""
    # (a provincial text under its province's headline, "Gansu banking sector: monthly bulletin", or under an issuer's
    # line that names it, "Delivered at the ... Jiangxi Provincial People's Congress", is the province's though a city
    # is named more often below; not where the line under a headline that names no place is a sentence of the story:
    # "Panda city draws record crowds / Sichuan's provincial capital received 150 million visits ...")
    titled = bool(province) and not headline and (
        not head.rstrip().endswith((".", "!", "?", '"', "”", "'", "’"))
        or len(head) <= 120 and _ISSUER_WORDS.search(head) is not None and _STORY_LINE.search(head) is None
        or any(name == province and pattern.search(lines[0].upper()) for name, pattern in _province_patterns()))
    about = province if province and (dateline or titled) else \
        common if common and (counts[common] * 2 > total or common in headline and
                                  counts[common] >= 2 * (ranked[1] if len(ranked) > 1 else 0)) else province
    # a city named as where money or goods come from ("investment from Macao") is not the figure's city
    hits = [(pos, name) for pos, name in hits if not _FROM_PLACE.search(text, max(0, pos - 6), pos)]
    starts = [p for p, _ in hits]
    for c in found:
        if c.city and c.city == about and c.city_confidence in _FACT_BASE_NAMED:
            c.city_confidence = 0.5  # a city of the fact base named near the figure that is also the city the text
            continue  # is about: as sure as the text's city (named near a figure alone, it is often a comparison's)
        if c.city and c.city == about == province and c.city_confidence == _DEFAULT_CITY:
            c.city_confidence = _PROVINCE_ABOUT  # (a province the fact base has already: as sure as a new one)
            continue
        if c.city and (c.city_confidence > _DEFAULT_CITY or not about or c.city == about):
            continue
        i = bisect.bisect_right(starts, c.printed_start) - 1
        if not c.city and i >= 0 and hits[i][0] >= c.start:
            c.city, c.city_confidence = hits[i][1], 0.7
        elif about and not _region_abroad(text, c.printed_start):
            c.city, c.city_confidence = about, 0.5 if about != province else _PROVINCE_ABOUT
