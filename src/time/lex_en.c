/* lex_en.c: the English temporal pack: words with their classes and values,
 * the rules (patterns over word classes, see tx.h and doc/timex.md) and the
 * tense cues. Tuned on TempEval-3 conventions (the determiner is in the span). */
#include "tx.h"
#include <stddef.h>

#define W(w, c, v) {w, c, 0, v, 0, 0}
#define WF(w, c, v, f) {w, c, 0, v, 0, f}
#define W2(w, c, v, c2, v2, f) {w, c, c2, v, v2, f}

static const frise_timex_word words[] = {
  W("the", TX_DET, 0), W("this", TX_THIS, 0), W("these", TX_THIS, 0), 
  W("that", TX_THIS, 1), W2("current", TX_THIS, 0, TX_REF, 0, 0),
  /* fixed-date holidays */
  W("christmas", TX_HOLIDAY, 1225), W("christmas day", TX_HOLIDAY, 1225),
  W("christmas eve", TX_HOLIDAY, 1224), W("new year's day", TX_HOLIDAY, 101),
  W("new year's eve", TX_HOLIDAY, 1231), W("independence day", TX_HOLIDAY, 704),
  W("halloween", TX_HOLIDAY, 1031), W("veterans day", TX_HOLIDAY, 1111),
  W("valentine's day", TX_HOLIDAY, 214),
  /* floating holidays: 10000 + month * 100 + nth * 10 + weekday (nth 5 = last, 6 = after
   * the first Monday) */
  W("thanksgiving", TX_HOLIDAY, 11144), W("thanksgiving day", TX_HOLIDAY, 11144),
  W("labor day", TX_HOLIDAY, 10911), W("memorial day", TX_HOLIDAY, 10551),
  W("mother's day", TX_HOLIDAY, 10527), W("father's day", TX_HOLIDAY, 10637),
  W("election day", TX_HOLIDAY, 11162),
  /* movable feasts: 20100 + days from Easter Sunday */
  W("easter", TX_HOLIDAY, 20100), W("easter sunday", TX_HOLIDAY, 20100),
  W("easter monday", TX_HOLIDAY, 20101), W("good friday", TX_HOLIDAY, 20098),
  W("palm sunday", TX_HOLIDAY, 20093), W("ash wednesday", TX_HOLIDAY, 20054),
  W("pentecost", TX_HOLIDAY, 20149), W("whit monday", TX_HOLIDAY, 20150),
  W("ascension day", TX_HOLIDAY, 20139),
  /* the reporting period of financial news; halves of a year */
  W("latest", TX_REL, -1), W("period", TX_REPORT, 0),
  W2("first half", TX_ORD, 1, TX_UNIT, TXU_HALF, 0), W2("second half", TX_ORD, 2, TX_UNIT, TXU_HALF, 0),
  W2("last half", TX_ORD, 2, TX_UNIT, TXU_HALF, 0),
  /* frequency adjectives */
  WF("while", TX_UNIT, TXU_ANY, TXF_BYNAME), WF("some time", TX_UNIT, TXU_ANY, TXF_BYNAME),
  WF("daily", TX_UNIT, TXU_DAY, TXF_BYNAME), WF("weekly", TX_UNIT, TXU_WEEK, TXF_BYNAME),
  WF("monthly", TX_UNIT, TXU_MONTH, TXF_BYNAME),
  WF("annually", TX_UNIT, TXU_YEAR, TXF_BYNAME), WF("yearly", TX_UNIT, TXU_YEAR, TXF_BYNAME),
  WF("annual", TX_UNIT, TXU_YEAR, TXF_BYNAME),
  WF("hourly", TX_UNIT, TXU_HOUR, TXF_BYNAME),
  /* months; an abbreviation needs a day or a year ("Jan Smit" is a name) */
#define ABBR (TXF_ABBR | TXF_AMBIG)
  W("january", TX_MONTH, 1), WF("jan", TX_MONTH, 1, ABBR), W("february", TX_MONTH, 2),
  WF("feb", TX_MONTH, 2, ABBR), WF("march", TX_MONTH, 3, TXF_AMBIG), WF("mar", TX_MONTH, 3, ABBR),
  W("april", TX_MONTH, 4), WF("apr", TX_MONTH, 4, ABBR), WF("may", TX_MONTH, 5, TXF_AMBIG),
  W("june", TX_MONTH, 6), WF("jun", TX_MONTH, 6, ABBR), W("july", TX_MONTH, 7),
  WF("jul", TX_MONTH, 7, ABBR), W("august", TX_MONTH, 8), WF("aug", TX_MONTH, 8, ABBR),
  W("september", TX_MONTH, 9), WF("sep", TX_MONTH, 9, ABBR), WF("sept", TX_MONTH, 9, ABBR),
  W("october", TX_MONTH, 10), WF("oct", TX_MONTH, 10, ABBR), W("november", TX_MONTH, 11),
  WF("nov", TX_MONTH, 11, ABBR), W("december", TX_MONTH, 12), WF("dec", TX_MONTH, 12, ABBR),
#undef ABBR
  /* weekdays */
  W("monday", TX_WDAY, 1), W("tuesday", TX_WDAY, 2), W("wednesday", TX_WDAY, 3),
  W("thursday", TX_WDAY, 4), W("friday", TX_WDAY, 5), W("saturday", TX_WDAY, 6),
  W("sunday", TX_WDAY, 7), WF("mondays", TX_WDAY, 1, TXF_PLURAL), WF("tuesdays", TX_WDAY, 2, TXF_PLURAL),
  WF("wednesdays", TX_WDAY, 3, TXF_PLURAL), WF("thursdays", TX_WDAY, 4, TXF_PLURAL),
  WF("fridays", TX_WDAY, 5, TXF_PLURAL), WF("saturdays", TX_WDAY, 6, TXF_PLURAL),
  WF("sundays", TX_WDAY, 7, TXF_PLURAL),
  /* units */
  W("second", TX_UNIT, TXU_SEC), WF("seconds", TX_UNIT, TXU_SEC, TXF_PLURAL),
  W("minute", TX_UNIT, TXU_MIN), WF("minutes", TX_UNIT, TXU_MIN, TXF_PLURAL),
  W("hour", TX_UNIT, TXU_HOUR), WF("hours", TX_UNIT, TXU_HOUR, TXF_PLURAL),
  W("day", TX_UNIT, TXU_DAY), WF("days", TX_UNIT, TXU_DAY, TXF_PLURAL),
  W("week", TX_UNIT, TXU_WEEK), WF("weeks", TX_UNIT, TXU_WEEK, TXF_PLURAL),
  W("weekend", TX_UNIT, TXU_WEEKEND), W("week-end", TX_UNIT, TXU_WEEKEND),
  W("month", TX_UNIT, TXU_MONTH), WF("months", TX_UNIT, TXU_MONTH, TXF_PLURAL),
  W2("quarter", TX_UNIT, TXU_QUARTER, TX_REPORT, 0, 0), WF("quarters", TX_UNIT, TXU_QUARTER, TXF_PLURAL),
  W("year", TX_UNIT, TXU_YEAR), WF("years", TX_UNIT, TXU_YEAR, TXF_PLURAL),
  W("decade", TX_UNIT, TXU_DECADE), WF("decades", TX_UNIT, TXU_DECADE, TXF_PLURAL),
  W2("century", TX_UNIT, TXU_CENTURY, TX_CENTURY, 0, 0),
  W2("centuries", TX_UNIT, TXU_CENTURY, TX_CENTURY, 0, TXF_PLURAL),
  W("fiscal year", TX_UNIT, TXU_YEAR),
  W("o'clock", TX_HOURW, 0),
  /* parts of the day */
  W("morning", TX_POD, TXP_MO), W("afternoon", TX_POD, TXP_AF), W("evening", TX_POD, TXP_EV),
  W("night", TX_POD, TXP_NI), W("overnight", TX_POD, TXP_NI),
  WF("mornings", TX_POD, TXP_MO, TXF_PLURAL), WF("afternoons", TX_POD, TXP_AF, TXF_PLURAL),
  WF("evenings", TX_POD, TXP_EV, TXF_PLURAL), WF("nights", TX_POD, TXP_NI, TXF_PLURAL),
  W2("tonight", TX_DEICTIC, 0, TX_POD, TXP_NI, 0),
  WF("noon", TX_CLOCK, 720, 0), WF("midnight", TX_CLOCK, 1440, 0), W("midday", TX_CLOCK, 720),
  W("a.m.", TX_AMPM, 0), W("p.m.", TX_AMPM, 12), W("am", TX_AMPM, 0), W("pm", TX_AMPM, 12),
  W("a.m", TX_AMPM, 0), W("p.m", TX_AMPM, 12),
  /* seasons */
  W("spring", TX_SEASON, TXS_SP), W("summer", TX_SEASON, TXS_SU), WF("fall", TX_SEASON, TXS_FA, TXF_AMBIG),
  W("autumn", TX_SEASON, TXS_FA), W("winter", TX_SEASON, TXS_WI),
  WF("springs", TX_SEASON, TXS_SP, TXF_PLURAL), WF("summers", TX_SEASON, TXS_SU, TXF_PLURAL),
  WF("autumns", TX_SEASON, TXS_FA, TXF_PLURAL), WF("winters", TX_SEASON, TXS_WI, TXF_PLURAL),
  /* direction */
  W("last", TX_REL, -1), W("past", TX_REL, -1), W("previous", TX_REL, -2), W("recent", TX_REL, -1),
  W("next", TX_REL, 1), W("coming", TX_REL, 1), W("following", TX_REL, 2), W("upcoming", TX_REL, 1),
  /* deictic days */
  W("yesterday", TX_DEICTIC, -1), W("today", TX_DEICTIC, 0), W("tomorrow", TX_DEICTIC, 1),
  /* narrative */
  W("the day before", TX_NARR, -1), W("the next day", TX_NARR, 1), W("the following day", TX_NARR, 1),
  W("the same day", TX_NARR, 0), W("that day", TX_NARR, 0), W("that same day", TX_NARR, 0),
  W("the next morning", TX_NARR, 1), W("the following morning", TX_NARR, 1),
  /* references */
  W("now", TX_REF, 0), W("these days", TX_REF, 0), W("currently", TX_REF, 0), W("nowadays", TX_REF, 0), W("at present", TX_REF, 0),
  W("then current", TX_REF, -1), W("then-current", TX_REF, -1), /* the then current price: past */
  W("recently", TX_REF, -1), W("more recently", TX_REF, -1), W("formerly", TX_REF, -1),
  W("the future", TX_REF, 1),
  W("the near future", TX_REF, 1),
  W("the near term", TX_REF, 1), W("the short term", TX_REF, 1),
  W("nineties", TX_DECADE, 1990), W("eighties", TX_DECADE, 1980), W("seventies", TX_DECADE, 1970),
  W("sixties", TX_DECADE, 1960), W("fifties", TX_DECADE, 1950),
  W("lately", TX_REF, -1), W("once", TX_NUM, 1), W("twice", TX_NUM, 2), W("thrice", TX_NUM, 3),
  /* "year-end", the closing date: its last day (TimeBank); "by year end", "by
   * year's end": the end of the year, like "the end of the year" */
  W("year-end", TX_HOLIDAY, 1231), W2("year end", TX_UNIT, TXU_YEAR, TX_MOD, TXM_END, 0),
  W2("year's end", TX_UNIT, TXU_YEAR, TX_MOD, TXM_END, 0),
  W("million", TX_WORD, 0), W("billion", TX_WORD, 0),
  /* modifiers */
  W("early", TX_MOD, TXM_START), W("late", TX_MOD, TXM_END), W("mid", TX_MOD, TXM_MID),
  W("the end of", TX_MOD, TXM_END), W("the beginning of", TX_MOD, TXM_START),
  W("the middle of", TX_MOD, TXM_MID), W("the start of", TX_MOD, TXM_START),
  W("end of", TX_MOD, TXM_END), W("beginning of", TX_MOD, TXM_START),
  /* TimeBank leaves "about" and "almost" out of the span (9 of 11, 5 of 8 in TE3 dev) */
  W("about", TX_WORD, 0), W("almost", TX_WORD, 0),
  W("around", TX_MOD, TXM_APPROX), W("approximately", TX_MOD, TXM_APPROX),
  W("some", TX_MOD, TXM_APPROX), W("roughly", TX_MOD, TXM_APPROX), W("nearly", TX_MOD, TXM_EQ_LESS),
  W("at least", TX_MOD, TXM_EQ_MORE), W("more than", TX_MOD, TXM_MORE),
  W("less than", TX_MOD, TXM_LESS), W("under", TX_MOD, TXM_LESS),
  W("up to", TX_MOD, TXM_EQ_LESS), W("at most", TX_MOD, TXM_EQ_LESS),
  W("no more than", TX_MOD, TXM_EQ_LESS), W("no less than", TX_MOD, TXM_EQ_MORE),
  /* sets, shifts */
  W2("every other", TX_EVERY, 0, TX_NUM, 2, 0), /* every other week: every two weeks */
  W("every", TX_EVERY, 0), W("each", TX_EVERY, 0), W("per", TX_EVERY, 0),
  W("ago", TX_AGO, 0), W("in", TX_IN, 0), W("within", TX_IN, 0), W("later", TX_LATER, 0),
  W("after", TX_LATER, 0), W("earlier", TX_EARLIER, 0), W("before", TX_EARLIER, 0),
  /* quantities */
  W("several", TX_FUZZY, 0), W("few", TX_FUZZY, 0), W("a few", TX_FUZZY, 0), W("many", TX_FUZZY, 0),
  WF("and a half", TX_NUM, 0, TXF_HALF), W("a couple of", TX_NUM, 2), W("couple of", TX_NUM, 2),
  /* zones */
  W("gmt", TX_TZ, 0), W("utc", TX_TZ, 0), W("est", TX_TZ, 0), W("edt", TX_TZ, 0),
  /* number words */
  W("a", TX_NUM, 1), W("an", TX_NUM, 1), W("one", TX_NUM, 1), W("two", TX_NUM, 2),
  W("three", TX_NUM, 3), W("four", TX_NUM, 4), W("five", TX_NUM, 5), W("six", TX_NUM, 6),
  W("seven", TX_NUM, 7), W("eight", TX_NUM, 8), W("nine", TX_NUM, 9), W("ten", TX_NUM, 10),
  W("eleven", TX_NUM, 11), W("twelve", TX_NUM, 12), W("thirteen", TX_NUM, 13),
  W("fourteen", TX_NUM, 14), W("fifteen", TX_NUM, 15), W("sixteen", TX_NUM, 16),
  W("seventeen", TX_NUM, 17), W("eighteen", TX_NUM, 18), W("nineteen", TX_NUM, 19),
  W("twenty", TX_NUM, 20), W("thirty", TX_NUM, 30), W("forty", TX_NUM, 40), W("fifty", TX_NUM, 50),
  W("sixty", TX_NUM, 60), W("seventy", TX_NUM, 70), W("eighty", TX_NUM, 80), W("ninety", TX_NUM, 90),
  W("hundred", TX_NUM, 100), W("thousand", TX_NUM, 1000), W("dozen", TX_NUM, 12),
  WF("dozens", TX_NUM, 12, TXF_APPROX),
  W("first", TX_ORD, 1), W("second", TX_ORD, 2), W("third", TX_ORD, 3), W("fourth", TX_ORD, 4),
  /* ordinal days: March eighth, the twenty-first of May */
  W("fifth", TX_ORD, 5), W("sixth", TX_ORD, 6), W("seventh", TX_ORD, 7), W("eighth", TX_ORD, 8),
  W("ninth", TX_ORD, 9), W("tenth", TX_ORD, 10), W("eleventh", TX_ORD, 11),
  W("twelfth", TX_ORD, 12), W("thirteenth", TX_ORD, 13), W("fourteenth", TX_ORD, 14),
  W("fifteenth", TX_ORD, 15), W("sixteenth", TX_ORD, 16), W("seventeenth", TX_ORD, 17),
  W("eighteenth", TX_ORD, 18), W("nineteenth", TX_ORD, 19), W("twentieth", TX_ORD, 20),
  W("twenty-first", TX_ORD, 21), W("twenty-second", TX_ORD, 22), W("twenty-third", TX_ORD, 23),
  W("twenty-fourth", TX_ORD, 24), W("twenty-fifth", TX_ORD, 25), W("twenty-sixth", TX_ORD, 26),
  W("twenty-seventh", TX_ORD, 27), W("twenty-eighth", TX_ORD, 28), W("twenty-ninth", TX_ORD, 29),
  W("thirtieth", TX_ORD, 30), W("thirty-first", TX_ORD, 31),
  {NULL, 0, 0, 0, 0, 0}};

#define D FRISE_TIMEX_DATE
#define T FRISE_TIMEX_TIME
#define DU FRISE_TIMEX_DURATION
#define S FRISE_TIMEX_SET

static const frise_timex_rule rules[] = {
  /* English months are capitalised: "arrested at this march" is a protest (first: wins ties) */
  {"DET|THIS|REL? march:lc", TX_REJECT, 0},
  {"WDAY:plural POD?", S, 0},                   /* closed on Mondays (first: wins the tie) */
  {"every_other UNIT", S, 0},                   /* every other week: P2W (first: not "NUM UNIT") */
  {"WDAY POD:plural", S, 0},                    /* flights leave Tuesday nights */
  {"DET? UNIT - to - UNIT", TX_REJECT, 0},     /* quarter-to-quarter, day-to-day: comparisons, no period */
  {"DET|THIS SEASON !of", TX_REJECT, 0},        /* the fall of the Wall (the fall of 1989 is longer) */
  {"!section|!article|!flight|!route|!chapter|!paragraph|!no|!number|!model|!rule NUM:year", TX_REJECT,
   0},
  {"NUM|THIS|REL UNIT:cap", TX_REJECT, 0},  /* "This Week", "60 Minutes": titles (first: wins ties) */
  /* absolute dates: Dec. 4, 2021; December 4th; 4 December 2021; Tuesday, Dec. 7 */
  /* since Dec. 31, since year-end, since March: before the anchor, never the nearer one ahead */
  {"!since MONTH NUM:day|ORD:day ,? NUM:year?", D, TXR_BEHIND},
  {"!since MOD? -? MONTH", D, TXR_BEHIND},
  {"!since MOD? HOLIDAY", D, TXR_BEHIND},
  {"DET week of MONTH NUM:day|ORD:day ,? NUM:year?", D, 0},  /* the week of March 6: its ISO week */
  {"DET? ORD week of MONTH ,? NUM:year?", D, 0},  /* the first week of March: the first ISO week with 4 days in March */
  {"WDAY? ,? MONTH NUM:day|ORD:day ,? NUM:year?", D, 0},
  {"!REL MONTH NUM:day|ORD:day ,? NUM:year?", D, 0},  /* last Oct. 23 */
  {"!and|!or|!to|!- NUM:day", D, TXR_NEEDMONTH}, /* April 24 and 25, Feb. 10-11: the month of the date before */
  {"NUM:day !- !NUM:day", D, TXR_NEEDMONTH},      /* 10-11 February: the month of the date after */
  {"NUM - NUM UNIT", DU, TXR_FIRST},               /* 2-3 years: a range, the first gives the value */
  {"NUM|FUZZY UNIT from now", DU, TXR_FROM_NOW},    /* two weeks from now (not "from now on") */
  {"!in NUM UNIT", DU, TXR_IN_AHEAD},              /* will be repaid in five years: then; built in two years: how long */
  {"!in NUM UNIT or NUM", DU, TXR_IN_AHEAD | TXR_FIRST}, /* may, in a year or two, ...: some time ahead */
  {"!by|!until|!till|!through MONTH NUM:day|ORD:day?", D, TXR_AHEAD},  /* due by August, loans through January: ahead */
  {"!soon|!early !as WDAY", D, TXR_AHEAD},      /* as soon as Tuesday */
  {"WDAY? ,? DET? NUM:day|ORD:day of? MONTH ,? NUM:year?", D, 0},
  {"WDAY? ,? DATE", D, 0},
  {"MONTH:safe ,? NUM:year", D, 0},
  {"!in|!since|!until|!by|!during|!of|!last|!next|!early|!late|!mid|!this MONTH ,? NUM:year?", D, 0},
  {"MONTH:safe REL?", D, 0},
  {"march:cap !for|!of|!on|!against|!to", TX_REJECT, 0},  /* the March for Life */
  {"march:cap", D, 0},                           /* between January and March (the verb is lower case) */
  {"DET? REL|THIS MONTH", D, 0},
  {"DET? year NUM:year", D, 0},
  {"NUM:year", D, 0},
  {"NUM:year or later|earlier", D, 0},          /* 1994 or later */
  {"NUM:year and beyond", D, 0},
  {"a good|large|big part of NUM:year", D, 0},   /* a good part of 1990 */
  {"his|her|their|its|my|your|our DECADE", TX_REJECT, 0},
  {"DECADE:full", D, 0},
  {"DET MOD? -? '? DECADE", D, 0},              /* the '80s */
  {"MOD -? DECADE:full", D, 0},
  {"DET? ORD century", D, 0},
  {"DET? SEASON of? NUM:year", D, 0},
  {"DET? SEASON of REL|THIS year", D, 0},       /* the spring of last year */
  {"DET|THIS|REL SEASON", D, TXR_LATEST},       /* last summer, written in December: this year's */
  {"DET? ORD quarter|half of DET|THIS|REL? NUM:year|year", D, 0},
  {"DET? ORD quarter|half", D, 0},
  {"DET? ORD two quarters of DET|THIS|REL? NUM:year|year", D, 0},  /* the first two quarters: H1 */
  {"!DET|!THIS? ORD - quarter|half", D, 0},  /* the third-quarter results: the article stays out */
  /* the reporting period: the quarter, the latest period, the year-ago quarter */
  {"DET|THIS latest? quarter", D, 0},
  {"DET latest period", D, 0},
  {"DET? comparable|corresponding? year - ago|earlier REPORT", D, 0},
  {"DET? comparable|corresponding? year - ago|earlier ORD quarter|half", D, 0},
  {"DET year - !ago|!earlier NUM UNIT", DU, 0},  /* the year-earlier nine months: P9M (the adverb is no shift) */
  {"!DET|!a? year - ago|earlier", D, 0},  /* the year-earlier results: the article stays out */
  {"DET NUM:year REPORT", D, 0},
  {"REL|THIS year 's REPORT", D, 0},
  {"DET comparable|corresponding|same REPORT REL|THIS year", D, 0},
  {"DET comparable|corresponding|same REPORT", D, 0},
  {"DET comparable|corresponding|same REPORT a year earlier|ago", D, 0},
  /* Easter Island, the Easter Rising, the Good Friday agreement: names */
  {"HOLIDAY island|egg|eggs|bunny|rising|agreement|accord|accords", TX_REJECT, 0},
  {"DET|THIS? HOLIDAY week|weekend", D, 0},               /* Easter week, the Easter weekend: the one ending on it */
  {"MOD? HOLIDAY ,? NUM:year", D, 0},          /* Christmas 1998, Good Friday, 1998 */
  {"MOD? HOLIDAY", D, 0},                      /* around Christmas */
  {"MOD? year_end|year's_end", D, TXR_CURRENT},  /* by year end: this year, mod END */
  {"REL|THIS HOLIDAY", D, 0},
  {"daily|weekly|monthly|yearly|hourly", S, 0},
  {"!for|!over|!within|!after|!in UNIT:plural", DU, 0},  /* the first time in years: PXY */
  {"!for|!over|!within|!after UNIT:plural or UNIT:plural", DU, TXR_FIRST},  /* weeks or months */
  {"DET? REL? NUM to NUM UNIT", DU, TXR_FIRST},  /* two to three weeks: P2W (TimeBank) */
  {"each of DET THIS|REL NUM UNIT", DU, 0},     /* each of the past three years */
  /* modifiers */
  {"MOD -? MONTH NUM:day|ORD:day ,? NUM:year?", D, 0},
  {"MOD -? MONTH NUM:year?", D, 0},
  {"this REL SEASON", D, TXR_LATEST},          /* this past spring: this year's when it is over */
  {"this REL WDAY|SEASON|UNIT", D, 0},
  {"this? REL WDAY , MONTH NUM:day|ORD:day", D, 0},  /* this coming Sunday, March eighth */          /* this past spring, this coming Sunday */
  {"a|an? NUM - UNIT period|term", DU, 0},      /* a three-year period */
  {"DET? first_half|second_half|last_half of DET|THIS|REL? NUM:year|year", D, 0},
  {"DET? first_half|second_half|last_half", D, 0},
  {"DET? first_half|second_half|last_half of DET '? DECADE", D, 0},  /* the last half of the '80s */
  {"DET REL WDAY POD?", D, 0},                   /* the previous Friday */
  {"MOD -? NUM:year", D, 0},
  {"MOD DET|THIS? UNIT:sing", D, 0},
  {"MOD DET|THIS UNIT:plural", DU, 0},          /* around the days: a vague length, no day of the DCT */
  {"MOD DET|THIS|REL? SEASON", D, 0},
  {"DET MOD -? SEASON", D, 0},                  /* the early summer */
  /* deictic */
  {"high noon", TX_REJECT, 0},                   /* the idiom, not twelve o'clock */
  /* today's world, today's youth: the present era in general, not the day (TimeBank leaves it out) */
  {"today 's world|youth|society|generation|young|children|kids|economy|technology|standards|personal|modern",
   TX_REJECT, 0},
  {"tonight", D, 0},                             /* today + night (before DEICTIC: wins ties) */
  {"DEICTIC POD", T, 0},                          /* yesterday afternoon */
  {"DEICTIC", D, 0},
  {"early|late? WDAY POD? REL?", D, 0},          /* late Tuesday: mod END (not "get around Wednesday's ruling") */
  {"REL|THIS WDAY POD?", D, 0},
  {"THIS POD", T, 0},
  {"REL POD", T, 0},
  /* relative periods */
  {"recent UNIT:plural", DU, 0},                /* in recent years: PXY (first: wins the tie) */
  {"DET? THIS|REL UNIT", D, 0},
  {"!DET UNIT:plural !before|!after", DU, 0},    /* in the weeks before the vote: "weeks" */
  {"DET? UNIT:sing before|earlier", D, 0},
  {"DET THIS|REL NUM|FUZZY UNIT or_so?", DU, 0},  /* the next two years or so */
  {"DET REL UNIT:sing or_so", D, 0},
  {"MOD? -? MONTH REL|THIS year", D, 0},         /* (early) October this year */
  {"NARR REL? WDAY !'s?", D, 0},                 /* the day before last Tuesday('s hearing) */
  {"DET? NARR", D, 0},
  {"NUM|FUZZY UNIT or_so? AGO", D, 0},
  {"MOD NUM|FUZZY UNIT AGO", D, 0},
  {"REF", D, 0},
  {"NUM|FUZZY UNIT:big earlier", D, 0},         /* "three days later": only "three days" (TimeBank) */
  {"DET? NUM -? UNIT - old", TX_REJECT, 0},
  {"NUM UNIT old", TX_REJECT, 0},  /* an age: TimeBank leaves "52 years old" untagged (0 of 4 in TE3 dev) */
  {"!NUM|!million|!billion a|an UNIT", TX_REJECT, 0},     /* $2 million a year: a rate */
  {"NUM UNIT a|per UNIT", TX_REJECT, 0},                  /* open 24 hours a day */
  {"DET full? fiscal_year|year !ended|!ending", DU, 0},   /* the year ended Sept. 30 */
  {"DET full? fiscal_year|year", D, TXR_CURRENT},
  {"!for|!during the week", D, TXR_CURRENT},     /* for the week, the index fell */
  {"!later|!earlier !in the day", D, TXR_CURRENT}, /* later in the day: the day of the report */
  {"the week !'s", D, TXR_CURRENT},              /* the week's most active session */
  {"MOD? NUM - quarters", TX_REJECT, 0},                 /* three-quarters of its food */
  {"MOD? a quarter of", TX_REJECT, 0},                    /* more than a quarter of the market */
  {"DET? early|late hours", TX_REJECT, 0},              /* in the early hours of Sunday: Sunday */
  {"DET? MOD UNIT:plural", DU, 0},                       /* in the early years: PXY, not this year */
  {"a second", TX_REJECT, 0},                             /* a second attempt */
  {"MOD? NUM more|additional|trading|business UNIT", DU, 0}, /* two more weeks */
  {"UNIT:plural AGO", D, 0},                              /* months ago */
  {"DET UNIT:plural ahead", DU, 0},                       /* the weeks ahead */
  {"!over|!through the UNIT:plural", DU, 0},              /* over the years: PXY */

  {"the past", D, 0},
  {"the weekend|week-end", D, 0},
  /* earlier this month, early next week; "earlier this week" is only "this week" (TimeBank,
   * 0 of 4), "before next week" only "next week" */
  {"earlier|later|MOD THIS|REL year|month|day|quarter|decade|weekend", D, 0},
  {"earlier|later NARR", D, 0},                 /* earlier that day: that day */
  {"earlier|later|MOD THIS|REL POD", T, 0},     /* later this afternoon: a TIME (TimeBank, 6 of 6 deictic parts of day) */
  {"MOD THIS|REL week", D, 0},
  {"earlier|later|MOD DEICTIC", D, 0},
  {"earlier|later|MOD DEICTIC POD", T, 0},
  {"MOD -? POD DEICTIC", T, 0},
  {"mid -? POD", T, 0},                          /* by mid-afternoon */
  {"DET? ORD NUM -? UNIT", DU, 0},
  {"DET? ORD day !of|!in|!as|!at|!on|!since|!,|!.", D, 0},  /* the eighth day of the siege: a day (TimeBank, 3 of 3) */
  {"!DET NUM - UNIT", DU, 0},  /* the two-week strike: the article stays out */
  {"DET NUM UNIT", DU, 0},
  {"fiscal NUM:year", D, 0},
  {"DET? REL|NUM:year UNIT? 's? fiscal? -? ORD -? quarter|half", D, 0},
  {"DET? THIS UNIT 's fiscal? -? ORD -? quarter|half", D, 0},  /* this year's third quarter */
  {"DET? THIS fiscal? ORD quarter|half", D, 0},  /* that third-quarter profit: "third-quarter" */
  {"DET REPORT a year earlier|ago", D, 0},        /* the quarter a year ago */
  {"DET? fiscal -? ORD -? quarter|half", D, 0},
  /* clock */
  {"MOD? CLOCK AMPM? TZ? ,? WDAY|tonight|DEICTIC", T, 0},
  {"MOD? NUM:hour AMPM TZ? ,? WDAY|tonight|DEICTIC", T, 0},
  {"MOD? CLOCK|NUM:hour AMPM TZ? ,? MONTH NUM:day|ORD:day", T, 0},
  {"MOD? CLOCK AMPM? TZ?", T, 0},
  {"MOD? NUM:hour AMPM TZ?", T, 0},
  {"MOD? NUM:hour o'clock", T, 0},
  {"MOD? CLOCK|NUM:hour o'clock? !in the morning|afternoon|evening", T, 0},  /* 4 in the morning ("in" is no shift) */
  /* durations */
  {"MOD? NUM|FUZZY -? UNIT -? long?", DU, 0},
  {"UNIT - long", DU, 0},                       /* a day-long strike, a decades-long feud */
  {"MOD? NUM and_a_half UNIT", DU, 0},
  {"MOD? NUM UNIT and_a_half", DU, 0},
  /* sets */
  {"EVERY NUM? UNIT", S, 0},
  {"EVERY WDAY POD?", S, 0},
  {"EVERY MONTH", S, 0},                        /* each July */
  {"EVERY SEASON", S, 0},                       /* every summer */
  {"DET? THIS|REL NUM SEASON:plural", S, 0},    /* the past three summers: summers that recur */
  {"EVERY POD", S, 0},                          /* every morning */
  {"NUM times a|per UNIT", S, TXR_FREQ},
  /* "will one day be", "he one day hoped": some day, not a length of one day */
  {"!will|!would|!could|!might|!may|!can|!should|!must|!shall|!he|!she|!they|!we|!i|!you one day", D, TXR_SOMEDAY},
  {"!for|!in|!after a while", DU, 0},           /* for a while: PXX */
  {"!for|!in|!after some_time", DU, 0},
  {"once|twice|thrice a|per UNIT", S, TXR_FREQ},
  {NULL, 0, 0}};

static const frise_timex_tense tenses[] = {
  {"will", 1, 0}, {"'ll", 1, 0}, {"he'll", 1, 0}, {"she'll", 1, 0}, {"we'll", 1, 0}, {"they'll", 1, 0},
  {"i'll", 1, 0}, {"you'll", 1, 0}, {"it'll", 1, 0}, {"won't", 1, 0}, {"shall", 1, 0}, {"would", 1, 0}, {"going", 1, 0},
  {"scheduled", TX_TENSE_PLAN, 0}, {"expected", TX_TENSE_PLAN, 0}, {"plan", 1, 0}, {"plans", 1, 0},
  {"planned", TX_TENSE_PLAN, 0}, {"planning", 1, 0}, {"tomorrow", 1, 0},
  {"was", -1, 0}, {"were", -1, 0}, {"had", TX_TENSE_PERFECT, 0}, {"did", -1, 0}, {"said", -1, 0},
  {"told", -1, 0}, {"yesterday", -1, 0}, {"met", -1, 0}, {"went", -1, 0}, {"came", -1, 0},
  {"took", -1, 0}, {"made", -1, 0}, {"saw", -1, 0}, {"gave", -1, 0}, {"found", -1, 0},
  {"left", -1, 0}, {"held", -1, 0}, {"began", -1, 0}, {"won", -1, 0}, {"lost", -1, 0},
  {"fell", -1, 0}, {"rose", -1, 0}, {"led", -1, 0}, {"sent", -1, 0}, {"spoke", -1, 0},
  {"thought", -1, 0}, {"brought", -1, 0}, {"became", -1, 0}, {"got", -1, 0}, {"paid", -1, 0},
  {"sold", -1, 0}, {"bought", -1, 0}, {"kept", -1, 0}, {"struck", -1, 0}, {"fought", -1, 0},
  /* more irregular pasts that are no present form (not "set", "put", "cut", "hit", "read") */
  {"wrote", -1, 0}, {"shot", -1, 0}, {"stood", -1, 0}, {"drew", -1, 0}, {"ran", -1, 0}, {"broke", -1, 0},
  {"chose", -1, 0}, {"drove", -1, 0}, {"flew", -1, 0}, {"grew", -1, 0}, {"knew", -1, 0}, {"threw", -1, 0},
  {"spent", -1, 0}, {"felt", -1, 0}, {"heard", -1, 0}, {"meant", -1, 0}, {"sat", -1, 0},
  {"withdrew", -1, 0}, {"fled", -1, 0}, {"sought", -1, 0}, {"taught", -1, 0}, {"caught", -1, 0},
  {"stole", -1, 0}, {"tore", -1, 0}, {"woke", -1, 0}, {"overtook", -1, 0}, {"undertook", -1, 0},
  {"forgave", -1, 0}, {"arose", -1, 0}, {"sank", -1, 0}, {"swore", -1, 0}, {"rode", -1, 0},
  {"rang", -1, 0}, {"sang", -1, 0}, {"dealt", -1, 0}, {"laid", -1, 0}, {"lent", -1, 0}, {"slept", -1, 0},
  {"understood", -1, 0}, {"swept", -1, 0}, {"shook", -1, 0}, {"forgot", -1, 0}, {"hid", -1, 0},
  {"be", TX_TENSE_BE, 0}, {"been", TX_TENSE_BE, 0}, {"being", TX_TENSE_BE, 0}, {"is", TX_TENSE_BE, 0},
  {"are", TX_TENSE_BE, 0}, {"a", TX_TENSE_DET, 0}, {"an", TX_TENSE_DET, 0}, {"the", TX_TENSE_DET, 0},
  {"his", TX_TENSE_DET, 0}, {"its", TX_TENSE_DET, 0}, {"their", TX_TENSE_DET, 0}, {"our", TX_TENSE_DET, 0},
  {"still", TX_TENSE_ADV, 0}, {"newly", TX_TENSE_ADV, 0}, {"recently", TX_TENSE_ADV, 0}, {"widely", TX_TENSE_ADV, 0},
  {"ago", -1, 0}, {"agreed", -1, 0}, {"freed", -1, 0},
  {"eed", 2, 1}, /* succeed, need, proceed: not past tenses (2: no cue) */
  {"until", 1, 0}, {"effective", 1, 0}, {"resume", 1, 0}, {"since", -1, 0},
  /* scheduling verbs in the present: "they meet Monday" is ahead */
  {"meet", 1, 0}, {"meets", 1, 0}, {"begin", 1, 0}, {"begins", 1, 0}, {"start", 1, 0}, {"starts", 1, 0},
  {"expire", 1, 0}, {"expires", 1, 0}, {"arrive", 1, 0}, {"arrives", 1, 0}, {"travel", 1, 0},
  {"travels", 1, 0}, {"visit", 1, 0}, {"visits", 1, 0}, {"go", 1, 0}, {"goes", 1, 0}, {"votes", 1, 0},
  {"opens", 1, 0}, {"closes", 1, 0}, {"ends", 1, 0}, {"return", 1, 0}, {"returns", 1, 0}, {"leaves", 1, 0}, {"heads", 1, 0},
  {"faces", 1, 0}, {"plays", 1, 0}, {"kicks", 1, 0}, {"launches", 1, 0}, {"resumes", 1, 0},
  {"soon", 1, 0}, {"ahead", 1, 0}, {"expects", 1, 0}, {"expect", 1, 0}, {"might", 1, 0}, {"may", 1, 0},
  {"ed", -1, 1},
  {NULL, 0, 0}};

static const char *const ordinal_suffixes[] = {"st", "nd", "rd", "th", NULL};
static const char *const range_to[] = {"to", "through", "until", "till", "-", NULL};
static const char *const range_open[] = {"between", "from", NULL};
static const char *const period_ends[] = {"ended", "ending", NULL};
static const char *const copula_now[] = {"is", "are", NULL};
static const char *const copula_links[] = {"in", "on", NULL};
static const char *const topic_shifts[] = {"separately", NULL};
static const char *const cue_nouns[] = {"plans", "plan", "visit", "visits", "start", "return", "returns", NULL};
/* "the day before the opening": the event after the, then punctuation or a
 * preposition ("the president travels" is a clause, not an event) */
static const char *const event_links[] = {"the", NULL};
static const char *const event_ends[] = {"of", "in", "on", "at", "for", "to", "with", "and", "by", NULL};

const struct frise_timex_pack frise_timex_pack_en = {
  .version = 1, .lang = "en", .words = words, .rules = rules, .tenses = tenses,
  .numeric_day_first = 0, .decimal_sep = '.', .ordinal_suffixes = ordinal_suffixes,
  .conventions = TXC_WEEKDAY_PAST | TXC_DECADE_DET | TXC_NEAR_MONTHS | TXC_DURATION_TB | TXC_REPORT_YEAR,
  .event_links = event_links, .event_ends = event_ends, .range_to = range_to, .range_open = range_open,
  .period_ends = period_ends, .copula_now = copula_now, .copula_links = copula_links,
  .topic_shifts = topic_shifts, .cue_nouns = cue_nouns,
};
