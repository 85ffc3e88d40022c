/* test_timex_en.c: the English pack under TimeBank / TempEval-3 conventions,
 * one test per rule family. Sentences are written for these tests; DCTs are
 * fixed in each test. */
#include "harness.h"
#include "timex_util.h"

#define EN(text, dct, span) tx_one(text, "en", dct, span)
#define TYPE(text, dct, span) tx_type(text, "en", dct, span)

/* Absolute dates, number words, names that look like months. */
static void en_absolute(void) {
  const char *dct = "2021-12-10";
  CHECK_STR(EN("The plant closed on Dec. 4, 2021 after a fire.", dct, "Dec. 4, 2021"), "2021-12-04");
  CHECK_STR(EN("Voting ends May 5 in most towns.", dct, "May 5"), "2022-05-05");
  CHECK_STR(EN("The law passed in January nineteen ninety-seven.", dct, "January nineteen ninety-seven"),
            "1997-01");
  CHECK_STR(EN("The fleet sailed in the winter of nineteen ninety-four.", dct,
               "the winter of nineteen ninety-four"), "1994-WI");
  CHECK_STR(EN("The hearing lasted twenty-one days.", dct, "twenty-one days"), "P21D");
  CHECK_STR(EN("Shares peaked in June last year.", dct, "June last year"), "2020-06");
  CHECK_STR(EN("The vote was held in February this year.", dct, "February this year"), "2021-02");
  CHECK_STR(EN("The mayor resigned last Oct. 23 amid protests.", dct, "Oct. 23"), "2021-10-23");
  CHECK_STR(EN("The deal closes around Nov. 1, the firm said.", "2021-10-20", "around Nov. 1"), "2021-11-01");
  CHECK_STR(EN("Polls open between January and March.", dct, "March"), "2022-03");
  CHECK_STR(EN("The fair is this coming Sunday, March eighth.", "2026-03-04", "this coming Sunday, March eighth"),
            "2026-03-08");
  /* an ordinal day of a story is a day of the narrative: the DCT here */
  CHECK_STR(EN("Today is the fifth day of the strike.", dct, "the fifth day"), "2021-12-10");
  CHECK_STR(EN("The hearing is set for the week of Dec. 20.", dct, "the week of Dec. 20"), "2021-W51");
  /* an article is no day of the month */
  CHECK_STR(EN("They signed a June agreement with the union.", dct, "June"), "2021-06");
  CHECK_STR(EN("Crowds will march 3 miles on March 3.", dct, "March 3"), "2022-03-03");
  CHECK_INT(tx_count("He was arrested at this march, the police said.", "en", dct), 0);
  CHECK_INT(tx_count("Theresa May met Jan Smit. The man in his 90s may run again.", "en", dct), 0);
}

/* Decades and centuries: the article gives the short TimeBank form. */
static void en_decades(void) {
  const char *dct = "2021-12-10";
  CHECK_STR(EN("Prices soared in the 1970s.", dct, "the 1970s"), "197");
  CHECK_STR(EN("Prices soared in the mid-1970s.", dct, "the mid-1970s"), "197");
  CHECK_STR(EN("Prices soared in 1970s Europe.", dct, "1970s"), "197X");
  CHECK_STR(EN("Music changed in the nineties.", dct, "the nineties"), "199");
  CHECK_STR(EN("The feud lasted two decades.", dct, "two decades"), "P20Y");
}

/* The reporting period of financial news. */
static void en_reporting_period(void) {
  const char *dct = "1999-10-28";
  const char *text = "Acme earned $5 million in the third quarter. Sales fell from a year earlier. "
                     "In the year-ago period, Acme lost money. The quarter was hard. "
                     "The year-earlier results included a charge.";
  frise_doc *d = tx_doc(text, "en", dct);
  CHECK_STR(tx_value(d, "the third quarter"), "1999-Q3");
  CHECK_STR(tx_value(d, "a year earlier"), "1998-Q3");
  CHECK_STR(tx_value(d, "the year-ago period"), "1998-Q3");
  CHECK_STR(tx_value(d, "The quarter"), "1999-Q3");
  CHECK_STR(tx_value(d, "year-earlier"), "1998-Q3"); /* the article stays out of the span */
  frise_doc_free(d);
  /* "Separately," turns to another firm: its own quarter is the period */
  d = tx_doc("Acme posted record profit in its fiscal first quarter, up from a year earlier. "
             "Separately, Bolt reported third-quarter profit rose to $4 million from $2 million a year earlier.",
             "en", dct);
  CHECK_STR(tx_value(d, "fiscal first quarter"), "1999-Q1");
  CHECK_STR(tx_value(d, "third-quarter"), "1999-Q3");
  frise_timex *last = &d->timexes[d->n_timexes - 1];
  CHECK_STR(last->value, "1998-Q3");
  frise_doc_free(d);
  /* a quarter still to come named under a future cue is a forecast, not the period */
  d = tx_doc("Analysts expect the slump to continue into the fourth quarter. Bolt said net fell in the "
             "third quarter. Sales were lower than a year ago.",
             "en", dct);
  CHECK_STR(tx_value(d, "a year ago"), "1998-Q3");
  frise_doc_free(d);
  /* after the nine months, the year-earlier period is nine months too */
  d = tx_doc("Acme earned $5 million in the third quarter. For the nine months, it earned $9 million. "
             "In the year-earlier period, it earned $7 million.",
             "en", dct);
  CHECK_STR(tx_value(d, "the year-earlier period"), "P9M");
  frise_doc_free(d);
  /* no quarter named: a year ago is a year */
  CHECK_STR(EN("The bridge opened a year ago.", dct, "a year ago"), "1998");
  CHECK_STR(EN("Profit rose in this year's second quarter.", dct, "this year's second quarter"), "1999-Q2");
  CHECK_STR(EN("Profit will rise in next year's first quarter.", dct, "next year's first quarter"), "2000-Q1");
  CHECK_STR(EN("Third-quarter profit rose.", dct, "Third-quarter"), "1999-Q3");
  CHECK_STR(EN("He described the third-quarter results.", dct, "third-quarter"), "1999-Q3");
  CHECK_STR(EN("The plant will be sold in the first half of 2000.", dct, "the first half of 2000"), "2000-H1");
  CHECK_STR(EN("Earlier this year the firm moved.", dct, "Earlier this year"), "1999");
  CHECK_STR(EN("Rates rose in the second half of the year.", dct, "the second half of the year"), "1999-H2");
  CHECK_STR(EN("Sales will rise through the first two quarters of 2000.", dct, "the first two quarters of 2000"),
            "2000-H1");
  CHECK_STR(EN("Profit fell in the third quarter of last year.", dct, "the third quarter of last year"),
            "1998-Q3");
  CHECK_STR(EN("The mill opened this morning.", "1999-10-28", "this morning"), "1999-10-28TMO");
  CHECK_STR(TYPE("The mill opened this morning.", "1999-10-28", "this morning"), "TIME");
  CHECK_STR(TYPE("Talks resume later this afternoon.", "1999-10-28", "later this afternoon"), "TIME");
  CHECK_STR(TYPE("Shares fell by mid-afternoon yesterday.", "1999-10-28", "mid-afternoon yesterday"), "TIME MID");
  CHECK_STR(EN("Shares fell yesterday afternoon.", "1999-10-28", "yesterday afternoon"), "1999-10-27TAF");
  CHECK_STR(TYPE("Shares fell yesterday afternoon.", "1999-10-28", "yesterday afternoon"), "TIME");
  /* a rate after a count recurs: a SET; coordinated with a recurring weekday, a weekday recurs */
  CHECK_STR(TYPE("The line runs four ferries a week.", "1999-10-28", "a week"), "SET");
  CHECK_STR(EN("The line runs four ferries a week.", "1999-10-28", "a week"), "P1W");
  CHECK_STR(EN("Ferries leave on Monday and Friday nights from May.", "1999-10-28", "Monday"), "XXXX-WXX-1TNI");
  CHECK_STR(EN("Floods hit the valley in the past three winters.", "1999-10-28", "the past three winters"), "XXXX-WI");
  CHECK_STR(TYPE("Floods hit the valley in the past three winters.", "1999-10-28", "the past three winters"), "SET");
  CHECK_STR(EN("The fair is held every summer.", "1999-10-28", "every summer"), "XXXX-SU");
  /* a modified month and its year are one expression */
  CHECK_STR(EN("The house approved it in late June last year.", "1998-12-02", "late June last year"), "1997-06");
  /* the adverb belongs to the span of an anaphoric day */
  CHECK_STR(EN("The mill burned on May 2, 1997. Earlier that day, a worker saw smoke.", "1999-10-28",
               "Earlier that day"),
            "1997-05-02");
  CHECK_STR(EN("Revenue fell for the year ended June 30.", dct, "the year"), "P1Y");
  CHECK_STR(EN("Revenue will rise for the full year.", dct, "the full year"), "1999");
  CHECK_STR(EN("The merger should close by year-end.", dct, "year-end"), "1999-12-31");
  CHECK_STR(EN("Rules should be in place by year's end.", dct, "year's end"), "1999");
  CHECK_STR(TYPE("Rules should be in place by year's end.", dct, "year's end"), "DATE END");
  CHECK_STR(EN("Sales dropped over the past two quarters.", dct, "the past two quarters"), "P2Q");
}

/* Durations: adjectival ones keep the article out; ages; rates are no timex. */
static void en_durations(void) {
  const char *dct = "2021-12-10";
  CHECK_STR(EN("The union ended the two-week strike.", dct, "two-week"), "P2W");
  CHECK_STR(EN("The day-long talks failed.", dct, "day-long"), "P1D");
  CHECK_STR(EN("The town grew over the years.", dct, "the years"), "PXY");
  CHECK_STR(TYPE("Inspectors may stay for no more than sixty days.", dct, "no more than sixty days"),
            "DURATION EQUAL_OR_LESS");
  CHECK_STR(EN("Their decades-long feud goes on.", dct, "decades-long"), "PXY");
  CHECK_STR(EN("Talks will go on for two more weeks.", dct, "two more weeks"), "P2W");
  CHECK_STR(EN("Repairs will take two to three weeks.", dct, "two to three weeks"), "P2W");
  CHECK_STR(EN("He died within weeks or months of his capture.", dct, "weeks or months"), "PXW");
  CHECK_STR(EN("It will not be profitable until 2024 or later.", dct, "2024 or later"), "2024");
  CHECK_STR(EN("Output grew in the next few years.", dct, "the next few years"), "PXY");
  CHECK_STR(EN("Output fell in the first nine months.", dct, "the first nine months"), "P9M");
  CHECK_STR(EN("It took a three-year period to rebuild.", dct, "a three-year period"), "P3Y");
  CHECK_STR(EN("They hid in the hills for 2 1/2 years.", dct, "2 1/2 years"), "P2Y6M");
  CHECK_STR(EN("The vote took a minute and a half.", dct, "a minute and a half"), "PT1M30S");
  CHECK_STR(EN("The jury met for two and a half days.", dct, "two and a half days"), "P2DT12H");
  CHECK_STR(EN("The board meets twice a month.", dct, "twice a month"), "P1M");
  CHECK_STR(EN("Buses leave three times a day.", dct, "three times a day"), "P1D");
  CHECK_STR(EN("The museum is closed on Mondays.", dct, "Mondays"), "XXXX-WXX-1");
  CHECK_STR(EN("He jogs every morning.", dct, "every morning"), "XXXX-XX-XXTMO");
  CHECK_STR(EN("Flights leave Tuesday nights.", dct, "Tuesday nights"), "XXXX-WXX-2TNI");
  CHECK_STR(TYPE("He jogs every morning.", dct, "every morning"), "SET");
  CHECK_INT(tx_count("The bonds pay $2 million a year. Iraq imports about three-quarters of its food. "
                     "The chairman, 65 years old, will retire. The film is a western like High Noon. "
                     "Phones shape today's youth. The quarter-to-quarter gain was small. "
                     "He ran day-to-day operations.",
                     "en", dct), 0);
  CHECK_STR(EN("Read today's edition of the paper.", dct, "today"), "2021-12-10");
}

/* Clock times glued to their day across a split sentence, tense for weekdays. */
static void en_times_weekdays(void) {
  const char *dct = "2021-12-10"; /* a Friday */
  CHECK_STR(EN("Polls closed at 10 p.m. Wednesday in the north.", dct, "10 p.m. Wednesday"), "2021-12-08T22:00");
  /* "late Tuesday": the modifier is in the span and gives the mod */
  frise_doc *late = tx_doc("The talks ended late Tuesday in Vienna, officials said.", "en", dct);
  const frise_timex *lt = tx_find(late, "late Tuesday", 0);
  CHECK(lt && strcmp(lt->value, "2021-12-07") == 0 && strcmp(lt->mod, "END") == 0);
  frise_doc_free(late);
  CHECK_STR(EN("Bids are due 5 p.m. EST Dec. 15 at the office.", dct, "5 p.m. EST Dec. 15"), "2021-12-15T17:00");
  CHECK_STR(EN("The blast came at 10:35 a.m. (0735 GMT) Wednesday, police said.", dct, "10:35 a.m."),
            "2021-12-08T10:35");
  CHECK_STR(EN("Fans waited for the 7:05 tonight kickoff.", dct, "7:05 tonight"), "2021-12-10T19:05");
  CHECK_STR(EN("The convoy left at 4 in the morning.", dct, "4 in the morning"), "2021-12-10T04:00");
  CHECK_STR(EN("Few people write letters these days.", dct, "these days"), "PRESENT_REF");
  CHECK_STR(EN("The plant shut this past spring.", dct, "this past spring"), "2021-SP");
  CHECK_STR(EN("The plant shut last spring.", "2021-02-10", "last spring"), "2020-SP");
  CHECK_STR(EN("The dam burst last spring.", "1989-10-27", "last spring"), "1989-SP");  /* over by October */
  CHECK_STR(EN("It snowed last winter.", "2021-12-10", "last winter"), "2020-WI");
  CHECK_STR(EN("It happens every other week.", "2021-12-10", "every other week"), "P2W");
  CHECK_STR(EN("The elections are in November.", "2022-02-15", "November"), "2022-11");
  CHECK_STR(EN("The first week of March will be busy.", "2022-02-15", "The first week of March"), "2022-W09");
  CHECK_STR(EN("From now on, the rules apply.", "2022-02-15", "now"), "PRESENT_REF");
  CHECK_STR(EN("The vote is on Thursday.", "2022-02-15", "Thursday"), "2022-02-17");
  CHECK_STR(EN("It reopens this coming spring.", dct, "this coming spring"), "2022-SP");
  CHECK_STR(EN("The day before last Tuesday's vote, he resigned.", dct, "The day before last Tuesday"),
            "2021-12-06");
  CHECK_STR(EN("The mayor quit on Dec. 2, 2021 and left town that same day.", dct, "that same day"), "2021-12-02");
  CHECK_STR(EN("Unions were planning a march on Monday.", dct, "Monday"), "2021-12-13");
  CHECK_STR(EN("The bells rang at 9 o'clock in the evening.", dct, "9 o'clock in the evening"), "2021-12-10T21:00");
  CHECK_STR(EN("They will meet next Friday afternoon.", dct, "next Friday afternoon"), "2021-12-17TAF");
  CHECK_STR(EN("Rebels attacked the town Tuesday.", dct, "Tuesday"), "2021-12-07");
  CHECK_STR(EN("The ministers will meet Tuesday in Rome.", dct, "Tuesday"), "2021-12-14");
  /* by, until, as soon as: the expression looks ahead whatever the verb */
  CHECK_STR(EN("The bank said it repaid the loans by February.", "2021-11-20", "February"), "2022-02");
  CHECK_STR(EN("The envoy said talks could start as soon as Tuesday.", dct, "Tuesday"), "2021-12-14");
  /* "succeed" is no past tense: the future cue wins */
  CHECK_STR(EN("She will succeed him Feb. 1 as chief.", dct, "Feb. 1"), "2022-02-01");
  /* the previous Friday counts from the narrative day, and does not rename Friday */
  const char *text = "Stocks fell Friday. The index was down from the previous Friday. On Friday, oil rose.";
  frise_doc *d = tx_doc(text, "en", "2021-12-13");
  CHECK_STR(tx_value(d, "Friday"), "2021-12-10");
  CHECK_STR(tx_value(d, "the previous Friday"), "2021-12-03");
  const frise_timex *x = tx_find(d, "Friday", 1);
  CHECK_STR(x ? x->value : "(none)", "2021-12-10");
  frise_doc_free(d);
  CHECK_STR(EN("The firm was sold in April. The following month, it closed.", dct, "The following month"),
            "2021-05");
  CHECK_STR(EN("He fled in June 1998 and came back later that year.", dct, "later that year"), "1998");
}

/* Holidays, fixed and floating (the nth weekday of a month). */
static void en_holidays(void) {
  const char *dct = "2000-01-10";
  CHECK_STR(EN("The boat sank on Thanksgiving Day.", dct, "Thanksgiving Day"), "1999-11-25");
  CHECK_STR(EN("The boat sank last Thanksgiving.", dct, "last Thanksgiving"), "1999-11-25");
  CHECK_STR(EN("Shops will close on Memorial Day.", dct, "Memorial Day"), "2000-05-29");
  CHECK_STR(EN("They married on Christmas Eve.", dct, "Christmas Eve"), "1999-12-24");
  CHECK_STR(EN("Voters will go to the polls on Election Day.", "2000-10-20", "Election Day"), "2000-11-07");
  CHECK_STR(EN("Protesters prayed as Easter week began.", "2000-04-17", "Easter week"), "2000-W16");
  CHECK_STR(EN("He will return on Easter Monday.", "2000-04-17", "Easter Monday"), "2000-04-24");
  CHECK_STR(EN("The town was calm on Good Friday 1998.", dct, "Good Friday 1998"), "1998-04-10");
  CHECK_STR(EN("He was born on Christmas 1968.", dct, "Christmas 1968"), "1968-12-25");
  CHECK_INT(tx_count("They sailed to Easter Island under the Good Friday agreement.", "en", dct), 0);
}

/* Which one a verb means: the past perfect, possessives, month names near
 * the DCT, the weekend of a Monday report; TimeBank's long duration units. */
static void en_tense_cues(void) {
  CHECK_STR(EN("The offer had been due to expire Friday evening.", "1989-10-30", "Friday evening"),
            "1989-10-27TEV");
  CHECK_STR(EN("Until Thursday, the police had not named him.", "1999-05-07", "Thursday"), "1999-05-06");
  CHECK_STR(EN("Lawyers will try to get around Wednesday's ruling.", "2000-01-07", "Wednesday"), "2000-01-05");
  CHECK_STR(EN("On Friday, the government planned to send aid.", "1998-09-30", "Friday"), "1998-09-25");
  CHECK_STR(EN("The vote on Friday is expected to pass.", "1998-09-30", "Friday"), "1998-10-02");
  CHECK_STR(EN("In January, the company brought in new managers.", "1989-10-27", "January"), "1989-01");
  CHECK_STR(EN("The bank extended the loans through January.", "1989-10-27", "January"), "1990-01");
  CHECK_STR(EN("Over the weekend, officials confirmed the plan.", "1990-08-13", "the weekend"), "1990-W32-WE");
  CHECK_STR(EN("The city was ruled from abroad for centuries.", "1998-01-21", "centuries"), "PXC");
  CHECK_STR(EN("The town is more than two thousand years old.", "1998-01-21", "more than two thousand years"),
            "P2L");
  CHECK_STR(EN("Wages lost ground in the last decade.", "1998-02-06", "the last decade"), "198");
  CHECK_STR(EN("Sales were $3 million in 1988, a tenth of all imports that year.", "1989-11-02", "that year"),
            "1988");
  CHECK_STR(EN("He arrived in Boston later in the day.", "1998-02-13", "the day"), "1998-02-13");
  CHECK_STR(EN("The summit is on April 24 and 25.", "1999-02-10", "25"), "1999-04-25");
  /* a range in one token: each end is a date, a score is none */
  CHECK_STR(EN("The summit was held on Feb. 10-11.", "2022-02-16", "11"), "2022-02-11");
  CHECK_STR(EN("The summit was held on 10-11 February.", "2022-02-16", "10"), "2022-02-10");
  CHECK_STR(EN("He served 2-3 years.", "2022-02-16", "2-3 years"), "P2Y");
  CHECK_STR(EN("The strike will run from Monday to Wednesday, unions said.", "2022-02-16", "Wednesday"), "2022-02-23");
  CHECK_STR(EN("Following are statements made Friday and Thursday by the lawyer.", "1998-02-06", "Thursday"),
            "1998-02-05");
  CHECK_INT(tx_count("The score was 10-11 at the break.", "en", "2022-02-16"), 0);
  CHECK_STR(EN("We will live without it for a while.", "1999-02-10", "a while"), "PXX");
  CHECK_STR(TYPE("Troops could stay for some time.", "1999-02-10", "some time"), "DURATION");
  /* a past auxiliary before a plan looks ahead; a participle after be, or an
   * adjective after a determiner, is not a past tense */
  CHECK_STR(EN("Exiles were planning a march in Miami on Saturday.", "2000-01-07", "Saturday"), "2000-01-08");
  CHECK_STR(EN("The split would be paid on a date in January.", "1989-10-26", "January"), "1990-01");
  CHECK_STR(EN("It pays on a still unspecified date in January.", "1989-10-26", "January"), "1990-01");
  CHECK_STR(EN("Sales rose in the year ended March 31.", "1989-10-31", "March 31"), "1989-03-31");
  CHECK_STR(EN("Traders sold ahead of the weekend.", "1989-10-26", "the weekend"), "1989-W43-WE");
  /* the day before an event dated earlier counts from that event; before a
   * clause ("the president travels") it counts from the last date told */
  CHECK_STR(EN("The polls opened on June 7. The count ended on June 9. The day before the opening, he voted.",
               "2024-06-12", "The day before"),
            "2024-06-06");
  CHECK_STR(EN("The polls opened on June 7. The count ended on June 9. It comes the day before the president "
               "travels.",
               "2024-06-12", "the day before"),
            "2024-06-08");
  /* the same day as a date known to the month: a day of that month, not the DCT */
  CHECK_STR(EN("The plant closed last October. Workers marched that same day.", "1999-02-06", "that same day"),
            "1998-10-XX");
  /* "the early years" is a vague length, not this year; "the then current price" is past */
  CHECK_STR(EN("Growth was slow in the early years.", "1998-03-31", "the early years"), "PXY");
  CHECK_STR(EN("Bonds were sold at the then current rate.", "1998-03-31", "then current"), "PAST_REF");
  CHECK_STR(EN("Traffic peaks around the days the markets open.", "1999-04-19", "around the days"), "PXD");
  CHECK_STR(EN("The river froze for the first time in years.", "1989-11-01", "years"), "PXY");
  /* the quarter ended July 31 is the calendar quarter holding most of its months */
  CHECK_STR(EN("Revenue rose in the quarter ended July 31.", "1989-11-02", "the quarter"), "1989-Q2");
  /* a relative day in apposition to a date is that date */
  CHECK_STR(EN("He resigned on March 3, the day before the vote.", "1989-10-30", "the day before"), "1989-03-03");
  /* one day: some day after a modal or a subject, a length elsewhere */
  CHECK_STR(EN("The town will one day be a city.", "1998-03-03", "one day"), "FUTURE_REF");
  CHECK_STR(EN("They said he one day hoped to fly.", "1998-03-03", "one day"), "PAST_REF");
  CHECK_STR(EN("The court gave him one day to leave.", "1998-03-03", "one day"), "P1D");
  /* since: before the anchor even when the date ahead is nearer */
  CHECK_STR(EN("The index has gained 12% since year-end.", "1989-10-30", "year-end"), "1988-12-31");
  CHECK_STR(EN("Prices have doubled since Dec. 1.", "1989-10-30", "Dec. 1"), "1988-12-01");
  CHECK_STR(EN("Prices have doubled since December.", "1989-10-30", "December"), "1988-12");
  CHECK_INT(tx_count("Between 20 and 25 people came.", "en", "1999-02-10"), 0);
  /* a month closing a range opened by this year is this year's, whatever the verb */
  CHECK_STR(EN("Sales were flat this year through August.", "1989-10-27", "August"), "1989-08");
  /* a past cue sends a month two months ahead back a year */
  CHECK_STR(EN("The mill changed its name in December.", "1989-10-27", "December"), "1988-12");
  /* a clock before a weekday takes that day, in the weekday's tense; midnight ends its day */
  CHECK_STR(EN("The offer expires at midnight on Friday.", "2021-12-15", "midnight"), "2021-12-17T24:00");
  CHECK_STR(EN("The offer expires at 5 p.m. on Friday.", "2021-12-15", "5 p.m."), "2021-12-17T17:00");
  /* from now: that far ahead of the DCT; "from now on" stays now */
  CHECK_STR(EN("Two weeks from now, the vote takes place.", "2021-12-15", "Two weeks from now"), "2021-W52");
  CHECK_STR(EN("From now on, fares will rise.", "2021-12-15", "now"), "PRESENT_REF");
  /* present scheduling verbs look ahead */
  CHECK_STR(EN("The country goes to the polls on Sunday.", "2021-12-15", "Sunday"), "2021-12-19");
  CHECK_STR(EN("Lawmakers return to work on Monday after a recess.", "2013-03-14", "Monday"), "2013-03-18");
  /* "plans" right after a past ending is a noun: the past holds */
  CHECK_STR(EN("It announced plans in September to buy a rival.", "1989-10-30", "September"), "1989-09");
  /* irregular pasts are cues too */
  CHECK_STR(EN("The rebels fled the town in December.", "1989-10-27", "December"), "1988-12");
  /* "in" and a length: a day that far ahead under a future cue, else a length */
  CHECK_STR(EN("The notes will be repaid in five years.", "1989-11-02", "five years"), "1994");
  CHECK_STR(EN("The dam was built in two years.", "1989-11-02", "two years"), "P2Y");
  CHECK_STR(EN("You may, in a year or two, see a cure.", "1998-03-31", "a year or two"), "FUTURE_REF");
  /* a fronted date set off by a comma takes the tense of the main verb, even late */
  CHECK_STR(EN("In January, a week after the tenth anniversary of the founding of the club, a storm wrecked "
               "the old pier.",
               "1998-10-25", "January"),
            "1998-01");
}

TEST_MAIN(T(en_absolute), T(en_holidays), T(en_decades), T(en_reporting_period), T(en_durations), T(en_times_weekdays), T(en_tense_cues))
