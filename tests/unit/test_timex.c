/* test_timex.c: the tagger, one test per rule family, with the examples of
 * issue 3 (French first, then English). DCTs are fixed in each test. */
#include "harness.h"
#include "timex_util.h"

#define FR(text, dct, span) tx_one(text, "fr", dct, span)
#define EN(text, dct, span) tx_one(text, "en", dct, span)

static void fr_absolute_dates(void) {
  const char *dct = "2021-12-10";
  CHECK_STR(FR("Il est arrivé le 4 décembre 2021 à Paris.", dct, "le 4 décembre 2021"), "2021-12-04");
  CHECK_STR(FR("Signé le 4 déc. 2021.", dct, "le 4 déc. 2021"), "2021-12-04");
  CHECK_STR(FR("Publié le 04/12/2021.", dct, "le 04/12/2021"), "2021-12-04");
  CHECK_STR(FR("Né le 04/12/1993 à Lyon.", dct, "le 04/12/1993"), "1993-12-04");
  CHECK_STR(FR("Le 1er août, il a parlé.", dct, "Le 1er août"), "2021-08-01");
  CHECK_STR(FR("La date 2021-12-04 est passée.", dct, "2021-12-04"), "2021-12-04");
  CHECK_STR(FR("Le scrutin du 18 sept. 2018 a eu lieu.", dct, "18 sept. 2018"), "2018-09-18");
  CHECK_STR(FR("Il est né le 22 juin 2009.", dct, "le 22 juin 2009"), "2009-06-22");
  CHECK_STR(FR("Le mardi 7 décembre, ils se sont parlé.", dct, "Le mardi 7 décembre"), "2021-12-07");
  CHECK_STR(FR("Le 6 mai dernier, il a signé.", dct, "Le 6 mai dernier"), "2021-05-06");
  CHECK_STR(FR("Le 10 novembre 93, un carambolage.", dct, "Le 10 novembre 93"), "1993-11-10");
  CHECK_STR(FR("Le vingt-trois mars deux mille quatorze.", dct, "Le vingt-trois mars deux mille quatorze"),
            "2014-03-23");
  /* a relative day in apposition to a date is that date */
  CHECK_STR(FR("Il est arrivé le 6 juin, la veille de l'ouverture.", dct, "la veille"), "2021-06-06");
  CHECK_STR(FR("Il vient une semaine sur deux.", dct, "une semaine sur deux"), "P2W");
  CHECK_STR(FR("La première semaine de mars sera chargée.", "2022-02-15", "La première semaine de mars"), "2022-W09");
  /* a present be right before the date schedules it */
  CHECK_STR(FR("Les élections sont en novembre.", "2022-02-15", "novembre"), "2022-11");
  /* the last season over, the next not begun */
  CHECK_STR(FR("L'été dernier, il a plu.", dct, "L'été dernier"), "2021-SU");
  CHECK_STR(FR("L'hiver dernier, il a neigé.", dct, "L'hiver dernier"), "2020-WI");
  CHECK_STR(FR("Au printemps prochain, on votera.", dct, "printemps prochain"), "2022-SP");
  CHECK_STR(FR("L'été prochain, on partira.", "2021-03-10", "L'été prochain"), "2021-SU");
  /* depuis: before the anchor even when the date ahead is nearer */
  CHECK_STR(FR("Les prix ont doublé depuis le 15 janvier.", dct, "le 15 janvier"), "2021-01-15");
  CHECK_STR(FR("Il pleut depuis janvier.", dct, "janvier"), "2021-01");
  CHECK_STR(FR("Rien n'a changé depuis Noël.", "2021-11-20", "Noël"), "2020-12-25");
}

static void fr_months_years_seasons(void) {
  const char *dct = "2021-12-10";
  CHECK_STR(FR("En juin, ils se sont vus à Genève.", dct, "juin"), "2021-06");
  CHECK_STR(FR("Il a été élu en 2014.", dct, "2014"), "2014");
  CHECK_STR(FR("Dans les années 90, tout a changé.", dct, "les années 90"), "199X");
  CHECK_STR(FR("Au XXe siècle, la guerre.", dct, "XXe siècle"), "19");
  CHECK_STR(FR("Cet été, il fera chaud.", dct, "Cet été"), "2021-SU");
  CHECK_STR(FR("Le premier trimestre 2022 sera dur.", dct, "Le premier trimestre 2022"), "2022-Q1");
  CHECK_STR(FR("En décembre 2021, rien.", dct, "décembre 2021"), "2021-12");
  CHECK_STR(FR("On verra en mars.", dct, "mars"), "2022-03");
  CHECK_STR(FR("Le 1er janvier de l'an 2000.", dct, "l'an 2000"), "2000");
}

static void fr_not_dates(void) {
  const char *dct = "2021-12-10";
  CHECK_INT(tx_count("La sonde est arrivée sur mars. Il en a vu sept. La guerre a fait 13'000 morts. "
                     "Un électricien de 37 ans témoigne.", "fr", dct), 0);
}

static void fr_weekdays_parts_of_day(void) {
  const char *dct = "2022-02-21"; /* a Monday */
  CHECK_STR(FR("Il a parlé dimanche soir.", dct, "dimanche soir"), "2022-02-20TEV");
  CHECK_STR(FR("Il a parlé samedi dernier.", dct, "samedi dernier"), "2022-02-19");
  CHECK_STR(FR("Ils se réuniront jeudi.", dct, "jeudi"), "2022-02-24");
  CHECK_STR(FR("Ils se sont réunis jeudi.", dct, "jeudi"), "2022-02-17");
  CHECK_STR(FR("Le 22 février, rien. Annulée le 22 au soir.", dct, "le 22 au soir"), "2022-02-22TEV");
  CHECK_STR(tx_type("Il a parlé dimanche soir.", "fr", dct, "dimanche soir"), "TIME");
  CHECK_STR(FR("Il viendra ce soir.", dct, "ce soir"), "2022-02-21TEV");
  CHECK_STR(FR("Il est parti hier matin.", dct, "hier matin"), "2022-02-20TMO");
  /* the month comes at the end of the list; the year is the one where the weekdays fit */
  CHECK_STR(FR("lundi 20, mardi 21 et mercredi 22 avril", "2020-04-10", "lundi 20"), "2020-04-20");
  CHECK_STR(FR("lundi 20, mardi 21 et mercredi 22 avril", "2020-04-10", "mardi 21"), "2020-04-21");
  CHECK_STR(FR("Du lundi 21 au vendredi 25 décembre, fermé.", "2020-12-01", "lundi 21"), "2020-12-21");
}

static void fr_clock_times(void) {
  const char *dct = "2021-12-07";
  CHECK_STR(FR("Les pourparlers ont débuté vers 15H00 GMT.", dct, "vers 15H00 GMT"), "2021-12-07T15:00");
  CHECK_STR(tx_type("Les pourparlers ont débuté vers 15H00 GMT.", "fr", dct, "vers 15H00 GMT"), "TIME APPROX");
  CHECK_STR(FR("Rendez-vous à 10h00 du matin.", dct, "10h00 du matin"), "2021-12-07T10:00");
  CHECK_STR(FR("Le séisme a eu lieu à 05 h 17.", dct, "05 h 17"), "2021-12-07T05:17");
  CHECK_STR(FR("Il est arrivé à seize heures.", dct, "seize heures"), "2021-12-07T16:00");
  CHECK_STR(tx_type("Il est arrivé à seize heures.", "fr", dct, "seize heures"), "TIME");
  CHECK_STR(FR("Ils déjeunent à midi.", dct, "midi"), "2021-12-07T12:00");
  CHECK_STR(FR("Samedi 29 mai, à 8 h, départ.", dct, "8 h"), "2021-05-29T08:00");
}

static void fr_relative(void) {
  const char *dct = "2022-02-21";
  CHECK_STR(FR("Il est venu hier.", dct, "hier"), "2022-02-20");
  CHECK_STR(FR("Il viendra demain.", dct, "demain"), "2022-02-22");
  CHECK_STR(FR("Il a parlé la semaine dernière.", dct, "la semaine dernière"), "2022-W07");
  CHECK_STR(FR("Il l'a rencontré plus tôt ce mois-ci.", dct, "plus tôt ce mois-ci"), "2022-02");
  CHECK_STR(FR("Il sera là dans les prochains mois.", dct, "les prochains mois"), "FUTURE_REF");
  CHECK_STR(FR("Il est parti il y a trois ans.", dct, "il y a trois ans"), "2019");
  CHECK_STR(FR("Il reviendra l'an prochain.", dct, "l'an prochain"), "2023");
  CHECK_STR(FR("Cette année sera dure.", dct, "Cette année"), "2022");
  CHECK_STR(FR("Ils sont maintenant d'accord.", dct, "maintenant"), "PRESENT_REF");
  CHECK_STR(FR("Le 10 février, il signe. La veille, il hésitait.", dct, "La veille"), "2022-02-09");
  CHECK_STR(FR("Le 10 février, il signe. Le lendemain, il part.", dct, "Le lendemain"), "2022-02-11");
  CHECK_STR(FR("Le 2 février, il a parlé, à la veille de la manifestation du 10 février.", dct, "la veille"),
            "2022-02-09");
  /* la veille d'un événement daté plus haut compte depuis cet événement */
  CHECK_STR(FR("La passerelle a été ouverte le 7 juin 2025. Les travaux ont commencé le 2 juin 2025. "
               "La veille de l'ouverture, la préfète est venue.", dct, "La veille"),
            "2025-06-06");
  CHECK_STR(FR("Le 10 février, il signe. La veille de la réunion, il hésitait.", dct, "La veille"), "2022-02-09");
  CHECK_STR(FR("Le 10 février, il signe. Deux jours plus tard, il part.", dct, "Deux jours plus tard"),
            "2022-02-12");
  /* "-là" points back to the narrative: the year, month or day last named */
  CHECK_STR(FR("En 1988, les ventes ont doublé ; cette année-là fut bonne.", dct, "cette année-là"), "1988");
  CHECK_STR(FR("Le 3 mars 2019, il est parti. Ce jour-là, il pleuvait.", dct, "Ce jour-là"), "2019-03-03");
}

static void fr_more_news_phrases(void) {
  const char *dct = "2022-02-10"; /* a Thursday */
  CHECK_STR(FR("Dans la nuit de samedi à dimanche, il a plu.", dct, "la nuit de samedi"), "2022-02-05TNI");
  CHECK_STR(FR("Il est parti la nuit dernière.", dct, "la nuit dernière"), "2022-02-09TNI");
  CHECK_STR(FR("Il reviendra courant 2022.", dct, "courant 2022"), "2022");
  CHECK_STR(FR("Il partira mi-janvier.", dct, "mi-janvier"), "2022-01");
  CHECK_STR(FR("Il est parti le week-end dernier.", dct, "le week-end dernier"), "2022-W05-WE");
  CHECK_STR(FR("Au premier semestre 2022, hausse.", dct, "premier semestre 2022"), "2022-H1");
  CHECK_STR(FR("Au XXIe siècle, tout change.", dct, "XXIe siècle"), "20");
  CHECK_STR(FR("Il y a 60 ans, la guerre.", dct, "Il y a 60 ans"), "1962");
  CHECK_STR(FR("Vers 0 h 40, jeudi, deux voitures.", "2022-02-12", "Vers 0 h 40"), "2022-02-10T00:40");
  CHECK_STR(FR("Rien. 23 heures. Il parle pendant 3 heures.", dct, "23 heures"), "2022-02-10T23:00");
  CHECK_STR(FR("C'est le lot quotidien des soldats.", dct, "quotidien"), "P1D");
  CHECK_STR(FR("Il arrive lundi 14.", dct, "lundi 14"), "2022-02-14");
  CHECK_STR(FR("Dimanche 20 février au soir, rien.", dct, "Dimanche 20 février au soir"), "2022-02-20TEV");
  CHECK_STR(FR("La nuit du 23 au 24 février, rien.", dct, "La nuit du 23"), "2022-02-23TNI");
  CHECK_STR(FR("Du 1er au 3 mars, rien.", dct, "1er"), "2022-03-01");
  CHECK_STR(FR("Il arrive en soirée.", dct, "soirée"), "2022-02-10TEV");
  CHECK_STR(FR("Au cours des dernières 24 heures, rien.", dct, "dernières 24 heures"), "PT24H");
  CHECK_STR(FR("Il est resté pendant un jour.", dct, "un jour"), "P1D");
  CHECK_STR(FR("Au printemps 2021, rien.", dct, "printemps 2021"), "2021-SP");
  CHECK_STR(FR("Rien. 23 heures. Il parle pendant 3 heures.", dct, "3 heures"), "PT3H");
  CHECK_INT(tx_count("Il a 60 ans et elle, âgée de 37 ans, se tait. La résolution 1973 est votée. "
                     "Il lit le quotidien Le Monde. Il espère devenir un jour président. "
                     "Le printemps arabe a commencé. Le 11-Septembre a tout changé.", "fr", dct), 0);
}

static void fr_durations_and_modifiers(void) {
  const char *dct = "2021-12-10";
  CHECK_STR(FR("L'échange a duré une cinquantaine de minutes.", dct, "une cinquantaine de minutes"), "PT50M");
  CHECK_STR(FR("Il a couru en 30,4 secondes.", dct, "30,4 secondes"), "PT30.4S");
  CHECK_STR(FR("Il a vécu deux ans à Paris.", dct, "deux ans"), "P2Y");
  CHECK_STR(FR("Il faudra au moins trois jours.", dct, "au moins trois jours"), "P3D");
  CHECK_STR(tx_type("Il faudra au moins trois jours.", "fr", dct, "au moins trois jours"), "DURATION EQUAL_OR_MORE");
  CHECK_STR(FR("Une invasion dès début 2022.", dct, "début 2022"), "2022");
  CHECK_STR(tx_type("Une invasion dès début 2022.", "fr", dct, "début 2022"), "DATE START");
  CHECK_STR(FR("Il partira fin janvier.", dct, "fin janvier"), "2022-01");
  CHECK_STR(tx_type("Il partira fin janvier.", "fr", dct, "fin janvier"), "DATE END");
  CHECK_STR(FR("Il a vécu plus de vingt ans ici.", dct, "plus de vingt ans"), "P20Y");
}

static void fr_sets_and_ranges(void) {
  const char *dct = "2021-12-10";
  CHECK_STR(FR("Il vient chaque lundi.", dct, "chaque lundi"), "XXXX-WXX-1");
  /* seasons that recur */
  CHECK_STR(FR("La foire a lieu chaque été.", dct, "chaque été"), "XXXX-SU");
  CHECK_STR(FR("Des crues ont eu lieu les trois derniers hivers.", dct, "les trois derniers hivers"), "XXXX-WI");
  CHECK_STR(FR("Il vient tous les ans.", dct, "tous les ans"), "P1Y");
  CHECK_STR(tx_type("Il vient tous les ans.", "fr", dct, "tous les ans"), "SET");
  CHECK_STR(FR("Il a vécu là entre 2014 et 2016.", dct, "2016"), "2016");
  CHECK_STR(FR("Il a vécu là entre 2014 et 2016.", dct, "2014"), "2014");
  CHECK_STR(FR("Fermé du 21 au 25 décembre.", dct, "21"), "2021-12-21");
  CHECK_STR(FR("Fermé du 21 au 25 décembre.", dct, "25 décembre"), "2021-12-25");
  CHECK_STR(FR("La fête a lieu à Noël.", dct, "Noël"), "2021-12-25");
  /* fêtes mobiles, comptées depuis Pâques */
  CHECK_STR(FR("Il partira lundi de Pâques.", "2022-04-10", "lundi de Pâques"), "2022-04-18");
  CHECK_STR(FR("Pâques 2019 était pluvieux.", dct, "Pâques 2019"), "2019-04-21");
  CHECK_STR(FR("Le week-end de la Pentecôte approche.", "2022-04-10", "Le week-end de la Pentecôte"),
            "2022-W22-WE");
  CHECK_STR(FR("C'est en cette fête de Pentecôte que se déroulera la fête.", "1999-05-18",
               "cette fête de Pentecôte"),
            "1999-05-23");
  frise_doc *island = tx_doc("Il a visité l'île de Pâques en 2019, selon l'accord du Vendredi Saint.", "fr", dct);
  CHECK_INT(island->n_timexes, 1);
  frise_doc_free(island);
  /* les saisons sans verbe qui les date: la saison en général */
  CHECK_STR(FR("La demande augmente en été.", "1999-08-06", "été"), "XXXX-SU");
  CHECK_STR(FR("Pendant les mois d'été, le camping est complet.", "1999-08-06", "les mois d'été"), "XXXX-SU");
  CHECK_STR(FR("Eté comme hiver.", "1999-08-06", "hiver"), "XXXX-WI");
  CHECK_STR(FR("Eté comme hiver.", "1999-08-06", "Eté"), "XXXX-SU");
  CHECK_INT(tx_count("Il a été comme un frère, en dehors des heures scolaires.", "fr", dct), 0);
  CHECK_STR(FR("Il vient deux fois par an.", dct, "deux fois par an"), "P1Y");
  CHECK_STR(tx_type("Ouvert uniquement le mercredi.", "fr", dct, "le mercredi"), "SET");
  frise_doc *d = tx_doc("Il vient deux fois par an.", "fr", dct);
  const frise_timex *x = tx_find(d, "deux fois par an", 0);
  CHECK(x && strcmp(x->freq, "2X") == 0 && x->type == FRISE_TIMEX_SET);
  frise_doc_free(d);
}

static void fr_uncertain_dct(void) {
  /* month-level DCT: a day only when the document proves it */
  CHECK_STR(FR("Les pourparlers ont débuté mardi.", "2021-12", "mardi"), "2021-12");
  CHECK_STR(FR("Une photo du 25 décembre 2021. Ils ont conclu jeudi un accord.", "2021-12", "jeudi"),
            "2021-12-30");
  CHECK_STR(FR("Des pourparlers le 10 janvier à Genève.", "2021-12", "le 10 janvier"), "2022-01-10");
  /* no DCT: inferred from the latest reported date, never today's */
  frise_doc *d = tx_doc("Le 4 décembre 2021, ils ont parlé. Ils se reverront.", "fr", NULL);
  CHECK_INT(d->dct_source, FRISE_DCT_INFERRED);
  CHECK_INT(d->dct.year, 2021);
  CHECK_INT(d->dct.month, 12);
  CHECK(d->dct_evidence != NULL);
  frise_doc_free(d);
  /* a weekday and date pair fixes the year among those after the years named */
  d = tx_doc("En 2019, il était ministre. Mardi 7 décembre, il a parlé à Moscou.", "fr", NULL);
  CHECK_INT(d->dct_source, FRISE_DCT_INFERRED);
  CHECK_INT(d->dct.year, 2021);
  CHECK_STR(tx_value(d, "Mardi 7 décembre"), "2021-12-07");
  frise_doc_free(d);
  d = tx_doc("Il viendra mardi.", "fr", NULL);
  CHECK_INT(d->dct.prec, FRISE_PREC_NONE);
  CHECK_STR(tx_value(d, "mardi"), "XXXX-WXX-2");
  frise_doc_free(d);
}

static void fr_collection_inference(void) {
  frise_doc *docs[3];
  docs[0] = tx_doc("La réunion du 24 février a été annulée le 22 au soir.", "fr", "2022-02");
  docs[1] = tx_doc("La rencontre aurait lieu après la réunion du 24 février.", "fr", NULL);
  docs[2] = tx_doc("Il viendra mardi.", "fr", NULL);
  CHECK_STR(tx_value(docs[1], "24 février"), "XXXX-02-24");
  frise_timex_infer_collection(docs, 3);
  CHECK_INT(docs[1]->dct_source, FRISE_DCT_INFERRED);
  CHECK_INT(docs[1]->dct.year, 2022);
  CHECK_INT(docs[1]->dct.prec, FRISE_PREC_MONTH);
  CHECK_STR(tx_value(docs[1], "24 février"), "2022-02-24");
  CHECK(docs[1]->dct_evidence && strstr(docs[1]->dct_evidence, "02-24"));
  /* no shared date: only the year every dated document shares */
  CHECK_INT(docs[2]->dct.prec, FRISE_PREC_YEAR);
  CHECK_INT(docs[2]->dct.year, 2022);
  for (int k = 0; k < 3; k++) frise_doc_free(docs[k]);
}

static void en_dates(void) {
  const char *dct = "2021-12-10";
  CHECK_STR(EN("It was signed Dec. 4, 2021 in Paris.", dct, "Dec. 4, 2021"), "2021-12-04");
  CHECK_STR(EN("It was signed on December 4th.", dct, "December 4th"), "2021-12-04");
  CHECK_STR(EN("They met in May.", dct, "May"), "2021-05");
  CHECK_STR(EN("They met in the 1990s.", dct, "the 1990s"), "199"); /* TimeBank: with the article */
  CHECK_STR(EN("They will meet next Friday afternoon.", dct, "next Friday afternoon"), "2021-12-17TAF");
  CHECK_STR(EN("He left three years ago.", dct, "three years ago"), "2018");
  CHECK_STR(EN("It lasted twenty-one days.", dct, "twenty-one days"), "P21D");
  CHECK_STR(EN("The third quarter was weak.", dct, "The third quarter"), "2021-Q3");
  CHECK_STR(EN("He arrived at 10 p.m. Wednesday.", dct, "10 p.m. Wednesday"), "2021-12-08T22:00");
  CHECK_STR(EN("He said yesterday that it rained.", dct, "yesterday"), "2021-12-09");
  CHECK_STR(EN("They meet every Monday.", dct, "every Monday"), "XXXX-WXX-1");
}

static void en_not_dates(void) {
  CHECK_INT(tx_count("Theresa May said that the man in his 90s may go. A 6-year-old boy.", "en",
                     "2021-12-10"), 0);
}

static void hostile_text(void) {
  const char *inputs[] = {"", " ", "le le le le", "99999999999999999999 ans", "31/02/2021",
                          "le 45 décembre 2021", "il y a", "à", "vingt vingt vingt mille mille",
                          "1er 1er 1er", "2021-13-45", "\xff\xfe le 4 \xc3", "XXXXXe siècle", "h h h 99 h 99",
                          "le 0 janvier 0000", "il y a 4000000000 ans", "dans 999999999 ans",
                          "il y a 99999 siècles", "cent cent cent cent cent cent cent cent cent cent ans",
                          "mille mille mille mille mille mille mille mille mille mille mille ans",
                          "dans 999999999 semaines", "le 31 février", "31/02/2021", "24:99", NULL};
  for (int k = 0; inputs[k]; k++) {
    frise_doc *d = tx_doc(inputs[k], "fr", "2021-12");
    frise_doc_free(d);
    d = tx_doc(inputs[k], "en", NULL);
    frise_doc_free(d);
  }
  CHECK(1);
}

/* A reporting clause after the date ("..., a précisé X") dates the report,
 * not the event: the future tense before the date decides. */
static void fr_reporting_clause_tense(void) {
  frise_doc *d = tx_doc("Les cours seront réorganisés dès jeudi, a précisé le conseil.", "fr", "2025-03-12");
  CHECK_STR(tx_value(d, "jeudi"), "2025-03-13");
  frise_doc_free(d);
  d = tx_doc("Le pont a été fermé mardi, a annoncé la préfète.", "fr", "2025-03-12");
  CHECK_STR(tx_value(d, "mardi"), "2025-03-11");
  frise_doc_free(d);
  d = tx_doc("The bridge will reopen on Friday, officials said.", "en", "2025-03-12");
  CHECK_STR(tx_value(d, "Friday"), "2025-03-14");
  frise_doc_free(d);
  /* a, ont, est, sont: passé composé with a participle, present otherwise
   * (a Friday report: the nearest Monday is ahead) */
  const char *fri = "2022-02-11";
  CHECK_STR(FR("Il est parti lundi.", fri, "lundi"), "2022-02-07");
  CHECK_STR(FR("Le conseil s'est réuni lundi.", fri, "lundi"), "2022-02-07");
  CHECK_STR(FR("Il n'a pas parlé lundi.", fri, "lundi"), "2022-02-07");
  CHECK_STR(FR("La réunion a lieu lundi.", fri, "lundi"), "2022-02-14");
  CHECK_STR(FR("Des tirs ont eu lieu samedi soir.", "2022-02-16", "samedi soir"), "2022-02-12TEV");
  CHECK_STR(FR("Le sommet a eu lieu les 10-11 février.", "2022-02-16", "les 10"), "2022-02-10");
  CHECK_STR(FR("Au cours des trois derniers mois, les ventes ont baissé.", fri, "trois derniers mois"), "P3M");
  CHECK_STR(FR("Ces trois dernières semaines ont été dures.", fri, "Ces trois dernières semaines"), "P3W");
  CHECK_STR(FR("Les députés voteront le texte la semaine du 21 mars.", "2022-02-16", "la semaine du 21 mars"),
            "2022-W12");
  /* a range of weekdays ends after it starts; a list keeps its order */
  CHECK_STR(FR("Les grèves auront lieu entre lundi et mercredi.", "2022-02-16", "mercredi"), "2022-02-23");
  CHECK_STR(FR("Il a travaillé de lundi à mercredi.", "2022-02-16", "mercredi"), "2022-02-16");
  CHECK_INT(tx_count("Des loisirs pour les 6-16 ans.", "fr", fri), 0);
  CHECK_STR(FR("Le texte est voté lundi.", fri, "lundi"), "2022-02-14");
  CHECK_STR(FR("Deux joueurs sont incertains pour samedi.", fri, "samedi"), "2022-02-12");
}

TEST_MAIN(T(fr_absolute_dates), T(fr_reporting_clause_tense), T(fr_months_years_seasons), T(fr_not_dates),
          T(fr_weekdays_parts_of_day), T(fr_clock_times), T(fr_relative),
          T(fr_more_news_phrases), T(fr_durations_and_modifiers), T(fr_sets_and_ranges),
          T(fr_uncertain_dct), T(fr_collection_inference), T(en_dates),
          T(en_not_dates), T(hostile_text))
