/* lex_fr.c: the French temporal pack: words with their classes and values,
 * the rules (patterns over word classes, see tx.h and doc/timex.md) and the
 * tense cues. Words are written naturally; the engine folds case and accents. */
#include "tx.h"
#include <stddef.h>

#define W(w, c, v) {w, c, 0, v, 0, 0}
#define WF(w, c, v, f) {w, c, 0, v, 0, f}
#define W2(w, c, v, c2, v2, f) {w, c, c2, v, v2, f}

static const frise_timex_word words[] = {
  /* determiners and demonstratives */
  W("le", TX_DET, 0), W("la", TX_DET, 0), WF("les", TX_DET, 0, TXF_PLURAL), W("l'", TX_DET, 0),
  W("ce", TX_THIS, 0), W("cette", TX_THIS, 0), W("cet", TX_THIS, 0), WF("ces", TX_THIS, 0, TXF_PLURAL),
  W("courant", TX_THIS, 0),
  /* fixed-date holidays */
  W("noël", TX_HOLIDAY, 1225), W("réveillon de noël", TX_HOLIDAY, 1224),
  W("jour de l'an", TX_HOLIDAY, 101), W("nouvel an", TX_HOLIDAY, 101),
  W("saint-sylvestre", TX_HOLIDAY, 1231), W("toussaint", TX_HOLIDAY, 1101),
  W("fête nationale", TX_HOLIDAY, 714), W("saint-valentin", TX_HOLIDAY, 214),
  W("fête du travail", TX_HOLIDAY, 501), W("assomption", TX_HOLIDAY, 815),
  /* movable feasts: 20100 + days from Easter Sunday */
  W("pâques", TX_HOLIDAY, 20100), W("dimanche de pâques", TX_HOLIDAY, 20100),
  W("lundi de pâques", TX_HOLIDAY, 20101), W("vendredi saint", TX_HOLIDAY, 20098),
  W("dimanche des rameaux", TX_HOLIDAY, 20093), W("mardi gras", TX_HOLIDAY, 20053),
  W("mercredi des cendres", TX_HOLIDAY, 20054), W("jeudi de l'ascension", TX_HOLIDAY, 20139),
  W("pentecôte", TX_HOLIDAY, 20149), W("dimanche de pentecôte", TX_HOLIDAY, 20149),
  W("lundi de pentecôte", TX_HOLIDAY, 20150),
  W("hebdomadaire", TX_UNIT, TXU_WEEK), W("mensuel", TX_UNIT, TXU_MONTH),
  W("mensuelle", TX_UNIT, TXU_MONTH), W("annuel", TX_UNIT, TXU_YEAR), W("annuelle", TX_UNIT, TXU_YEAR),
  W("quotidien", TX_UNIT, TXU_DAY), W("quotidienne", TX_UNIT, TXU_DAY),
  W("quotidiennement", TX_UNIT, TXU_DAY),
  /* months */
  W("janvier", TX_MONTH, 1), WF("janv", TX_MONTH, 1, TXF_ABBR), W("février", TX_MONTH, 2),
  WF("févr", TX_MONTH, 2, TXF_ABBR), WF("fév", TX_MONTH, 2, TXF_ABBR),
  WF("mars", TX_MONTH, 3, TXF_AMBIG), WF("mar", TX_MONTH, 3, TXF_AMBIG | TXF_ABBR),
  W("avril", TX_MONTH, 4), WF("avr", TX_MONTH, 4, TXF_ABBR), W("mai", TX_MONTH, 5),
  W("juin", TX_MONTH, 6), W("juillet", TX_MONTH, 7), WF("juil", TX_MONTH, 7, TXF_ABBR),
  W("août", TX_MONTH, 8), W("septembre", TX_MONTH, 9), W("octobre", TX_MONTH, 10),
  WF("oct", TX_MONTH, 10, TXF_ABBR), W("novembre", TX_MONTH, 11), WF("nov", TX_MONTH, 11, TXF_ABBR),
  W("décembre", TX_MONTH, 12), WF("déc", TX_MONTH, 12, TXF_ABBR),
  /* sept: the number, or September abbreviated */
  W2("sept", TX_NUM, 7, TX_MONTH, 9, TXF_AMBIG | TXF_ABBR),
  /* weekdays */
  W("lundi", TX_WDAY, 1), W("mardi", TX_WDAY, 2), W("mercredi", TX_WDAY, 3), W("jeudi", TX_WDAY, 4),
  W("vendredi", TX_WDAY, 5), W("samedi", TX_WDAY, 6), W("dimanche", TX_WDAY, 7),
  WF("lundis", TX_WDAY, 1, TXF_PLURAL), WF("mardis", TX_WDAY, 2, TXF_PLURAL),
  WF("mercredis", TX_WDAY, 3, TXF_PLURAL), WF("jeudis", TX_WDAY, 4, TXF_PLURAL),
  WF("vendredis", TX_WDAY, 5, TXF_PLURAL), WF("samedis", TX_WDAY, 6, TXF_PLURAL),
  WF("dimanches", TX_WDAY, 7, TXF_PLURAL),
  /* units */
  W("seconde", TX_UNIT, TXU_SEC), WF("secondes", TX_UNIT, TXU_SEC, TXF_PLURAL),
  W("minute", TX_UNIT, TXU_MIN), WF("minutes", TX_UNIT, TXU_MIN, TXF_PLURAL),
  W2("heure", TX_UNIT, TXU_HOUR, TX_HOURW, 0, 0), W2("heures", TX_UNIT, TXU_HOUR, TX_HOURW, 0, TXF_PLURAL),
  W("jour", TX_UNIT, TXU_DAY), WF("jours", TX_UNIT, TXU_DAY, TXF_PLURAL),
  W("journée", TX_UNIT, TXU_DAY), WF("journées", TX_UNIT, TXU_DAY, TXF_PLURAL),
  W("semaine", TX_UNIT, TXU_WEEK), WF("semaines", TX_UNIT, TXU_WEEK, TXF_PLURAL),
  W("week-end", TX_UNIT, TXU_WEEKEND), W("weekend", TX_UNIT, TXU_WEEKEND),
  WF("week-ends", TX_UNIT, TXU_WEEKEND, TXF_PLURAL),
  WF("mois", TX_UNIT, TXU_MONTH, 0), W("trimestre", TX_UNIT, TXU_QUARTER),
  WF("trimestres", TX_UNIT, TXU_QUARTER, TXF_PLURAL), W("semestre", TX_UNIT, TXU_HALF),
  WF("semestres", TX_UNIT, TXU_HALF, TXF_PLURAL), W("an", TX_UNIT, TXU_YEAR),
  WF("ans", TX_UNIT, TXU_YEAR, TXF_PLURAL), W("année", TX_UNIT, TXU_YEAR),
  W2("années", TX_UNIT, TXU_YEAR, TX_DECADE, 0, TXF_PLURAL), W("décennie", TX_UNIT, TXU_DECADE),
  WF("décennies", TX_UNIT, TXU_DECADE, TXF_PLURAL), W2("siècle", TX_UNIT, TXU_CENTURY, TX_CENTURY, 0, 0),
  W2("siècles", TX_UNIT, TXU_CENTURY, TX_CENTURY, 0, TXF_PLURAL), W("millénaire", TX_UNIT, TXU_MILLENNIUM),
  W("h", TX_HOURW, 0),
  /* parts of the day */
  W("matin", TX_POD, TXP_MO), W("matinée", TX_POD, TXP_MO), W("après-midi", TX_POD, TXP_AF),
  W("soir", TX_POD, TXP_EV), W("soirée", TX_POD, TXP_EV), W("nuit", TX_POD, TXP_NI),
  W("mi-journée", TX_POD, TXP_MI), W("aube", TX_POD, TXP_MO),
  WF("midi", TX_CLOCK, 720, TXF_AMBIG), WF("minuit", TX_CLOCK, 1440, TXF_AMBIG),
  /* seasons ("été" is also the participle: only with a determiner) */
  W("printemps", TX_SEASON, TXS_SP), WF("été", TX_SEASON, TXS_SU, TXF_AMBIG),
  W("automne", TX_SEASON, TXS_FA), W("hiver", TX_SEASON, TXS_WI),
  WF("étés", TX_SEASON, TXS_SU, TXF_PLURAL), WF("automnes", TX_SEASON, TXS_FA, TXF_PLURAL),
  WF("hivers", TX_SEASON, TXS_WI, TXF_PLURAL),
  /* direction */
  W("dernier", TX_REL, -1), W("dernière", TX_REL, -1), WF("derniers", TX_REL, -1, TXF_PLURAL),
  WF("dernières", TX_REL, -1, TXF_PLURAL), W("passé", TX_REL, -1), W("passée", TX_REL, -1),
  W("précédent", TX_REL, -1), W("précédente", TX_REL, -1), W("écoulé", TX_REL, -1),
  W("écoulée", TX_REL, -1), W("prochain", TX_REL, 1), W("prochaine", TX_REL, 1),
  WF("prochains", TX_REL, 1, TXF_PLURAL), WF("prochaines", TX_REL, 1, TXF_PLURAL), W("suivant", TX_REL, 1),
  W("suivante", TX_REL, 1), W("à venir", TX_REL, 1),
  /* deictic days */
  W("hier", TX_DEICTIC, -1), W2("aujourd'hui", TX_REF, 0, TX_DEICTIC, 0, 0), W("demain", TX_DEICTIC, 1),
  W("avant-hier", TX_DEICTIC, -2), W("après-demain", TX_DEICTIC, 2),
  /* narrative days */
  W("veille", TX_NARR, -1), W("lendemain", TX_NARR, 1), W("surlendemain", TX_NARR, 2),
  W("avant-veille", TX_NARR, -2), W("même jour", TX_NARR, 0),
  /* references */
  W("maintenant", TX_REF, 0), W("actuellement", TX_REF, 0), W("désormais", TX_REF, 0),
  W("à l'heure actuelle", TX_REF, 0), W("en ce moment", TX_REF, 0), W("de nos jours", TX_REF, 0),
  W("à présent", TX_REF, 0), W("aujourd'hui encore", TX_REF, 0),
  W("autrefois", TX_REF, -1), W("jadis", TX_REF, -1), W("récemment", TX_REF, -1),
  W("dernièrement", TX_REF, -1), W("par le passé", TX_REF, -1), W("dans le passé", TX_REF, -1),
  W("naguère", TX_REF, -1), W("prochainement", TX_REF, 1), W("l'avenir", TX_REF, 1),
  W("bientôt", TX_REF, 1), W("dorénavant", TX_REF, 0), W("pour le moment", TX_REF, 0),
  W("pour l'instant", TX_REF, 0), W("actuel", TX_REF, 0), W("actuelle", TX_REF, 0),
  W("actuels", TX_REF, 0), W("actuelles", TX_REF, 0),
  /* terms of office: a unit and its length */
  W2("quinquennat", TX_UNIT, TXU_YEAR, TX_NUM, 5, 0), W2("septennat", TX_UNIT, TXU_YEAR, TX_NUM, 7, 0),
  /* modifiers */
  W("début", TX_MOD, TXM_START), W("fin", TX_MOD, TXM_END), W("mi", TX_MOD, TXM_MID),
  W("milieu", TX_MOD, TXM_MID), W("vers", TX_MOD, TXM_APPROX), W("environ", TX_MOD, TXM_APPROX),
  W("aux alentours de", TX_MOD, TXM_APPROX), W("près de", TX_MOD, TXM_APPROX),
  W("quelque", TX_MOD, TXM_APPROX), W("au moins", TX_MOD, TXM_EQ_MORE),
  W("plus de", TX_MOD, TXM_MORE), W("moins de", TX_MOD, TXM_LESS), W("au plus", TX_MOD, TXM_EQ_LESS),
  W("presque", TX_MOD, TXM_LESS), W("près d'", TX_MOD, TXM_APPROX),
  W("plus d'", TX_MOD, TXM_MORE), W("moins d'", TX_MOD, TXM_LESS),
  /* sets, shifts */
  W("chaque", TX_EVERY, 0), W("tous", TX_EVERY, 0), W("toutes", TX_EVERY, 0),
  W("il y a", TX_AGO, 0), W("voici", TX_AGO, 0), W("dans", TX_IN, 0), W("d'ici", TX_IN, 0),
  W("plus tard", TX_LATER, 0), W("plus tôt", TX_EARLIER, 0), W2("auparavant", TX_EARLIER, 0, TX_REF, -1, 0),
  /* quantities */
  W("plusieurs", TX_FUZZY, 0), W("quelques", TX_FUZZY, 0), W("des", TX_FUZZY, 0),
  W("de nombreuses", TX_FUZZY, 0), W("de nombreux", TX_FUZZY, 0), W("nombreuses", TX_FUZZY, 0),
  /* time zones */
  W("gmt", TX_TZ, 0), W("utc", TX_TZ, 0), W("heure de paris", TX_TZ, 0),
  W("heure locale", TX_TZ, 0), W("locales", TX_TZ, 0), W("locale", TX_TZ, 0), W("heure française", TX_TZ, 0), W("heure de moscou", TX_TZ, 0),
  /* number words */
  W("un", TX_NUM, 1), W("une", TX_NUM, 1), W("deux", TX_NUM, 2), W("trois", TX_NUM, 3),
  W("quatre", TX_NUM, 4), W("cinq", TX_NUM, 5), W("six", TX_NUM, 6), W("huit", TX_NUM, 8),
  W("neuf", TX_NUM, 9), W("dix", TX_NUM, 10), W("onze", TX_NUM, 11), W("douze", TX_NUM, 12),
  W("treize", TX_NUM, 13), W("quatorze", TX_NUM, 14), W("quinze", TX_NUM, 15),
  W("seize", TX_NUM, 16), W("vingt", TX_NUM, 20), W("vingts", TX_NUM, 20), W("trente", TX_NUM, 30),
  W("quarante", TX_NUM, 40), W("cinquante", TX_NUM, 50), W("soixante", TX_NUM, 60),
  W("cent", TX_NUM, 100), W("cents", TX_NUM, 100), W("mille", TX_NUM, 1000),
  W("zéro", TX_NUM, 0),
  WF("dizaine", TX_NUM, 10, TXF_APPROX), WF("douzaine", TX_NUM, 12, TXF_APPROX),
  WF("quinzaine", TX_NUM, 15, TXF_APPROX), WF("vingtaine", TX_NUM, 20, TXF_APPROX),
  WF("trentaine", TX_NUM, 30, TXF_APPROX), WF("quarantaine", TX_NUM, 40, TXF_APPROX),
  WF("cinquantaine", TX_NUM, 50, TXF_APPROX), WF("soixantaine", TX_NUM, 60, TXF_APPROX),
  WF("centaine", TX_NUM, 100, TXF_APPROX),
  WF("dizaines", TX_NUM, 10, TXF_APPROX), WF("centaines", TX_NUM, 100, TXF_APPROX),
  W("premier", TX_ORD, 1), W("première", TX_ORD, 1), W("deuxième", TX_ORD, 2),
  W("second", TX_ORD, 2), W("seconde moitié", TX_ORD, 2), W("troisième", TX_ORD, 3),
  W("quatrième", TX_ORD, 4),
  W("demi", TX_NUM, 0), /* une demi-heure: handled as a literal */
  {NULL, 0, 0, 0, 0, 0}};

#define D FRISE_TIMEX_DATE
#define T FRISE_TIMEX_TIME
#define DU FRISE_TIMEX_DURATION
#define S FRISE_TIMEX_SET

static const frise_timex_rule rules[] = {
  {"un|une UNIT sur NUM", S, 0},  /* une semaine sur deux: every two weeks (the second number wins) */
  /* absolute dates: le mardi 4 décembre 2021, 1er août, le 6 mai dernier */
  {"âgé|âgée|âgés|âgées|agé|agée de NUM ans", TX_REJECT, 0},
  {"!terme|!peine|!plan|!période|!durée|!mandat|!programme|!contrat|!délai|!prison|!réclusion|!emprisonnement|!bail|!moratoire|!suspension|!interdiction !de NUM:small ans", DU, 0},
  {"!de NUM:small ans", TX_REJECT, 0},
  {"WDAY saint", TX_REJECT, 0},
  {"DET? NUM - MONTH", TX_REJECT, 0}, /* le 11-Septembre, the event */
  {"DET? printemps arabe|arabes|de_prague", TX_REJECT, 0},
  {"plus_de|moins_de|près_de|au_moins|environ|quelque|plus_d'|moins_d'|près_d' NUM", TX_REJECT, 0}, /* plus de 1000 morts */
  /* un jour: "someday" or "a (historic) day" unless a preposition makes it a length */
  {"!pendant|!durant|!en|!depuis|!pour|!dans|!qu'|!d' un jour", DU, 0},
  {"un jour|journée", TX_REJECT, 0},
  /* numbered texts and things: la résolution 1973, l'article 2000 */
  {"résolution|résolutions|loi|article|articles|décret|paragraphe|alinéa|numéro|n°|vol|page|pages|chapitre|route|rue|km|kilomètres|euros|dollars|francs NUM", TX_REJECT, 0},
  {"!, NUM:small ans !,|!.|!)", TX_REJECT, 0},
  {"DET MOD NUM:small ans", TX_REJECT, 0},
  {"!a:plain|!avait|!aura|!aurait|!ont|!avaient NUM:small ans", TX_REJECT, 0},
  {"de NUM à NUM ans", TX_REJECT, 0},
  {"DET NUM - NUM ans", TX_REJECT, 0},          /* les 6-16 ans: an age group */
  {"NUM - NUM UNIT", DU, TXR_FIRST},            /* 2-3 jours: a range, the first gives the value */
  /* depuis le 3 mars, depuis mars, depuis Noël: before the anchor, never the nearer one ahead */
  {"!depuis DET? WDAY? ,? NUM:day|ORD:day MONTH NUM:year|NUM:yy?", D, TXR_BEHIND},
  {"!depuis MONTH NUM:year?", D, TXR_BEHIND},
  {"!depuis DET? HOLIDAY", D, TXR_BEHIND},
  {"DET? WDAY? ,? NUM:day|ORD:day MONTH NUM:year|NUM:yy? REL?", D, 0},
  {"DET? WDAY? DATE", D, 0},
  {"DET? MONTH:safe NUM:year|NUM:yy", D, 0},
  {"!en|!depuis|!dès:accent|!jusqu'en|!d'ici MONTH NUM:year?", D, 0},
  {"DET? mois de|d' MONTH NUM:year? REL?", D, 0},
  {"DET? MONTH:safe REL?", D, 0},
  {"DET? année|an NUM:year", D, 0},
  {"vers NUM:year", D, 0},
  {"NUM:year", D, 0},
  {"DET? NUM:day au|dans DET? POD", T, 0},
  {"DET semaine du NUM:day|ORD:day MONTH NUM:year?", D, 0}, /* la semaine du 21 mars: its ISO week */
  {"DET? ORD semaine de|d' MONTH NUM:year?", D, 0}, /* la première semaine de mars: the first ISO week with 4 days in March */
  {"DET? WDAY? NUM:day|ORD:day !au|!et|!,|!-|!à", D, TXR_NEEDMONTH},
  {"DET? WDAY? NUM:day|ORD:day MONTH NUM:year? au|dans DET? POD", T, 0},
  {"DET POD du|de NUM:day|ORD:day", T, 0}, /* la nuit du 23 (au 24 février) */
  {"DET? WDAY NUM:day", D, TXR_NEEDMONTH},
  /* seasons, quarters, decades, centuries */
  {"DET|THIS SEASON de? NUM:year? REL?", D, TXR_LATEST}, /* l'été dernier, écrit en décembre: celui de l'année */
  {"SEASON:safe NUM:year", D, 0},
  {"!en|!au SEASON REL", D, TXR_LATEST},        /* au printemps prochain */
  {"!en|!au SEASON NUM:year?", D, TXR_HABIT},
  {"DET? mois d'|de SEASON NUM:year?", D, TXR_HABIT}, /* les mois d'été: the season */
  {"SEASON:cap !comme !SEASON", D, TXR_HABIT},          /* Été comme hiver: both (a capital: not "a été comme") */
  {"!comme SEASON", D, TXR_HABIT},
  {"!au SEASON de|du|des", TX_REJECT, 0}, /* le Printemps de Bourges, au printemps de l'environnement */
  {"DET? ORD trimestre|semestre de? NUM:year?", D, 0},
  {"DET? MOD? des? DECADE NUM", D, 0},
  {"DET? ORD siècle", D, 0},
  /* modifiers: début 2022, fin janvier, mi-janvier, la fin de l'année dernière */
  {"DET? début|fin|mi|milieu|courant|vers -? de? MONTH NUM:year?", D, 0},
  {"DET? début|fin|mi|milieu|courant -? de? NUM:year", D, 0},
  {"DET|en? MOD de|du|d' DET? UNIT REL|NUM:year?", D, 0},
  {"DET|en? MOD de|d'|du DET? SEASON NUM:year?", D, 0},
  {"!en MOD de|d' POD", T, 0},
  /* deictic days and weekdays */
  {"REF !,", T, 0},
  {"DEICTIC WDAY:sing? POD?", D, 0},
  {"REF", T, 0},
  {"DET POD même?", T, 0},
  {"DET POD de|du WDAY:sing|DEICTIC", T, 0},
  {"DET POD REL", T, 0},
  {"courant MONTH|NUM:year", D, 0},
  {"DEICTIC en? MOD de|d' POD", T, 0},
  {"DEICTIC vers? CLOCK TZ?", T, 0},
  {"DEICTIC vers? NUM:hour HOURW NUM:min? TZ?", T, 0},
  {"DET|THIS? même? WDAY:sing POD? REL?", D, 0},
  {"WDAY:sing POD? MOD CLOCK TZ?", T, 0},
  {"THIS POD", T, 0},
  {"!en POD", T, 0},
  {"THIS même? WDAY:sing POD?", D, 0},
  /* relative periods */
  {"THIS UNIT - la:accent", D, TXR_THAT},         /* cette année-là: the narrative's */
  {"DET|THIS UNIT -? ci? REL?", D, 0},
  {"DET|THIS? REL UNIT", D, 0},
  {"EARLIER|LATER THIS UNIT -? ci?", D, 0},
  {"DET? NARR au|dans? DET? POD?", D, 0},
  {"DET|THIS REL NUM UNIT", DU, 0},
  {"!des REL NUM UNIT", DU, 0},
  {"DET|THIS? NUM REL UNIT", DU, 0},             /* les, ces trois derniers mois */
  {"!des NUM REL UNIT", DU, 0},                  /* au cours des trois derniers mois (des: not "some") */
  {"AGO NUM|FUZZY UNIT", D, 0},
  {"AGO MOD NUM|FUZZY UNIT", D, 0},
  {"IN NUM|FUZZY UNIT", D, 0},
  {"NUM|FUZZY UNIT:big LATER|EARLIER", D, 0},
  /* clock times */
  {"MOD? CLOCK:safe TZ? du|de|dans? DET? POD?", T, 0},
  {"!à:accent|!vers|!dès:accent|!jusqu'à|!avant|!après|!de|!entre|!et MOD? CLOCK TZ?", T, 0},
  {"MOD? NUM:hour h NUM:min? TZ? du|de? DET? POD?", T, 0},
  {"!à:accent|!dès:accent|!jusqu'à|!avant|!après|!entre|!et|!de MOD? NUM:hour heure|heures NUM:min? TZ? du|de? DET? POD?", T, 0},
  {"vers NUM:hour heure|heures NUM:min? TZ?", T, 0},
  /* durations */
  {"MOD? NUM|FUZZY de|d'? UNIT", DU, 0},
  {"MOD? une NUM de|d' UNIT", DU, 0},
  {"MOD? NUM et demie|demi", DU, 0},
  {"MOD? une demi - heure|journée", DU, 0},
  /* sets */
  {"EVERY DET? NUM? UNIT", S, 0},
  {"EVERY DET? WDAY POD?", S, 0},
  {"EVERY DET? SEASON", S, 0},                    /* chaque été, tous les hivers */
  {"DET|THIS? NUM REL SEASON:plural", S, 0},      /* les trois derniers étés: des étés qui reviennent */
  {"!uniquement|!seulement|!sauf|!excepté DET WDAY:sing POD?", S, 0}, /* ouvert uniquement le mercredi */
  {"EVERY DET? POD", S, 0},
  {"NUM fois par|l' UNIT", S, TXR_FREQ},
  {"quinquennat|septennat", DU, 0},
  {"!par UNIT", S, 0},
  /* le quotidien Le Monde, un hebdomadaire: newspapers; le lot quotidien: a set */
  {"DET|un|THIS quotidien|quotidiens|hebdomadaire|hebdomadaires|mensuel|mensuels", TX_REJECT, 0},
  {"DET presse quotidienne|hebdomadaire", TX_REJECT, 0},
  /* kinds of hours, not a span */
  {"DET|des|aux? heures scolaires|ouvrables|ouvrées|creuses|supplémentaires|de_pointe", TX_REJECT, 0},
  {"quotidien|quotidienne|quotidiennement|hebdomadaire|mensuel|mensuelle|annuel|annuelle", S, 0},
  {"!île|!œufs|!oeufs|!œuf|!oeuf de HOLIDAY", TX_REJECT, 0},  /* l'île de Pâques, les œufs de Pâques */
  {"!accord|!accords du|de HOLIDAY", TX_REJECT, 0},          /* l'accord du Vendredi saint: a name */
  {"DET|THIS? fête de|des HOLIDAY", D, 0},                        /* cette fête de Pentecôte */
  {"DET|THIS? week-end|weekend|semaine de DET? HOLIDAY", D, 0},     /* le week-end de Pâques */
  {"DET? HOLIDAY NUM:year", D, 0},                                /* Pâques 2022 */
  {"DET? HOLIDAY", D, 0},
  {NULL, 0, 0}};

static const frise_timex_tense tenses[] = {
  /* auxiliaries and modal cues: a, ont, est, sont read the word after them */
  {"a", TX_TENSE_HAVE, 0}, {"ont", TX_TENSE_HAVE, 0}, {"est", TX_TENSE_ETRE, 0}, {"sont", TX_TENSE_ETRE, 0},
  {"avait", -1, 0}, {"avaient", -1, 0}, {"eut", -1, 0},
  {"fut", -1, 0}, {"furent", -1, 0}, {"était", -1, 0}, {"étaient", -1, 0}, {"hier", -1, 0},
  {"va", 1, 0}, {"vont", 1, 0}, {"allons", 1, 0}, {"devrait", 1, 0}, {"devraient", 1, 0},
  {"doit", 1, 0}, {"doivent", 1, 0}, {"prévu", 1, 0}, {"prévue", 1, 0}, {"prévus", 1, 0},
  {"prévoit", 1, 0}, {"programmé", 1, 0}, {"programmée", 1, 0}, {"demain", 1, 0},
  {"approche", 1, 0}, {"attendu", 1, 0}, {"attendue", 1, 0},
  /* endings: conditional and future first, then imperfect and simple past */
  {"raient", 1, 1}, {"rait", 1, 1}, {"ront", 1, 1}, {"rons", 1, 1}, {"rez", 1, 1},
  {"rai", 1, 1}, {"ra", 1, 1}, {"rendez", 1, 0}, {"ici", 1, 0}, {"jusqu'", 1, 0}, {"aient", -1, 1}, {"ait", -1, 1}, {"èrent", -1, 1},
  {NULL, 0, 0}};

static const char *const ordinal_suffixes[] = {"er", "re", "e", "eme", "ere", "nd", "nde", NULL};

/* the perfect: "a parlé", "est parti", "s'est réuni" are past; "a lieu",
 * "est voté" (a present passive), "sont incertains" are present */
static const char *const participle_endings[] = {"é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us",
                                                 "ues", "it", "ite", "its", "ites", "ert", "erte", "erts", "ertes",
                                                 "int", "inte", "ints", "intes", "ort", "orte", NULL};
static const char *const short_participles[] = {"eu", "vu", "su", "pu", "lu", "bu", "dû", "cru", "plu", "tu",
                                                "né", "mû", NULL};
static const char *const etre_verbs[] = {"parti", "arriv", "venu", "venue", "revenu", "devenu", "parvenu",
                                         "intervenu", "survenu", "mort", "né", "née", "nés", "tomb", "entré",
                                         "rentré", "sorti", "resté", "retourn", "mont", "descendu", "décéd",
                                         "allé", "passé", NULL};
static const char *const perfect_adverbs[] = {"pas", "plus", "jamais", "déjà", "encore", "bien", "aussi",
                                              "toujours", "enfin", "finalement", "ensuite", "également",
                                              "ainsi", "alors", "souvent", "notamment", "même", "presque",
                                              "longtemps", "parfois", "récemment", "officiellement", "pourtant",
                                              "cependant", "donc", "depuis", "tout", "vite", NULL};
static const char *const reflexives[] = {"s'", "se", "me", "m'", "te", "t'", "nous", "vous", NULL};
static const char *const not_participles[] = {"lieu", "peu", "feu", "jeu", "droit", "trait", "tort", "envie",
                                              "besoin", "soif", NULL};
static const frise_timex_perfect perfect = {participle_endings, short_participles, etre_verbs, perfect_adverbs,
                                            reflexives, not_participles};

static const char *const event_links[] = {"de", "du", "des", "d'", NULL};
static const char *const range_to[] = {"au", "à", "jusqu'à", "-", NULL};
static const char *const range_open[] = {"entre", "de", "du", NULL};
static const char *const copula_now[] = {"est", "sont", NULL};
static const char *const copula_links[] = {"en", NULL};
static const char *const event_dets[] = {"l'", "la", "le", "les", NULL};

const struct frise_timex_pack frise_timex_pack_fr = {
  .version = 1, .lang = "fr", .words = words, .rules = rules, .tenses = tenses,
  .numeric_day_first = 1, .decimal_sep = ',', .ordinal_suffixes = ordinal_suffixes,
  .conventions = TXC_POD_TIME | TXC_WEEKS_AS_DAYS,
  .event_links = event_links, .event_dets = event_dets, .perfect = &perfect,
  .range_to = range_to, .range_open = range_open, .copula_now = copula_now, .copula_links = copula_links,
};
