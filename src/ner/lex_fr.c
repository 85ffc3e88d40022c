/* lex_fr.c: French cue words and gazetteer for entities and quotes. Words are
 * matched folded (case and accents ignored). Written for frise; short lists of
 * frequent news vocabulary, not an exhaustive resource. */
#include "ner_lex.h"

static const char *const titles[] = {
  "président", "présidente", "ministre", "porte-parole", "secrétaire", "chef", "cheffe",
  "ambassadeur", "ambassadrice", "directeur", "directrice", "dirigeant", "dirigeante",
  "responsable", "général", "générale", "gouverneur", "maire", "sénateur", "sénatrice",
  "député", "députée", "premier", "première", "chancelier", "chancelière", "roi", "reine",
  "prince", "princesse", "pape", "patron", "patronne", "conseiller", "conseillère",
  "commissaire", "procureur", "procureure", "juge", "avocat", "avocate", "attaché", "attachée",
  "diplomate", "émissaire", "envoyé", "envoyée", "négociateur", "négociatrice", "colonel",
  "amiral", "commandant", "capitaine", "lieutenant", "sergent", "ministre-président",
  "vice-président", "vice-présidente", "président-directeur", "fondateur", "fondatrice",
  "entraîneur", "sélectionneur", "chercheur", "chercheuse", "professeur", "professeure",
  "docteur", "analyste", "économiste", "expert", "experte", "journaliste", "correspondant",
  "correspondante", "opposant", "opposante", "militant", "militante", "homologue",
  "chef d'état-major", "premier ministre", "PDG", "dictateur", "leader", "candidat",
  "candidate", "acteur", "actrice", "chanteur", "chanteuse", "écrivain", "écrivaine",
  "auteur", "autrice", "élu", "élue", "habitant", "habitante", "témoin", "pasteur", "prêtre",
  "ingénieur", "ingénieure", "scientifique", "médecin", "infirmier", "infirmière", "guide", "colonel", "raïs", "émir", "cheikh", "sénateur", "évêque", "cardinal", "imam", "rabbin", "président-élu", NULL};

static const char *const honorifics[] = {"M", "M.", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr",
                                         "Me", "Mgr", "Monsieur", "Madame", "Mademoiselle", NULL};

static const char *const org_cues[] = {
  "ministère", "université", "banque", "conseil", "commission", "parlement", "assemblée",
  "sénat", "congrès", "cour", "tribunal", "parti", "agence", "service", "services", "forces",
  "armée", "gouvernement", "fondation", "institut", "compagnie", "groupe", "association",
  "fédération", "union", "organisation", "comité", "office", "bureau", "société", "académie",
  "école", "lycée", "hôpital", "centre", "église", "mouvement", "front", "alliance", "ligue",
  "syndicat", "confédération", "fonds", "caisse", "chambre", "direction", "département",
  "préfecture", "mairie", "région", "police", "gendarmerie", "garde", "marine", "club",
  "olympique", "racing", "stade", "journal", "radio", "télévision", "Inc", "SA", "SAS",
  "SARL", "Ltd", "Corp", "GmbH", "AG", "Holding", "Airlines", "nations", "brigade", "brigades",
  "conseil", NULL};

static const char *const place_preps[] = {"à", "en", "au", "aux", "vers", "depuis",
                                          "près", "via", "dans", "sur", NULL};

static const char *const particles[] = {"van", "von", "der", "den", "bin", "ben", "ibn",
                                        "al", "el", "da", "di", "dos", "das", "del", "della",
                                        "ter", "ten", NULL};
static const char *const particles_de[] = {"de", "du", "des", "d'", NULL};

static const char *const given[] = {
  "Jean", "Pierre", "Paul", "Jacques", "Michel", "Philippe", "Nicolas", "François", "Françoise",
  "Marie", "Anne", "Sophie", "Catherine", "Isabelle", "Nathalie", "Christine", "Valérie",
  "Emmanuel", "Édouard", "Bruno", "Gérald", "Jean-Yves", "Jean-Luc", "Marine", "Ségolène",
  "Élisabeth", "Elisabeth", "Olivier", "Laurent", "Thierry", "Stéphane", "Christophe",
  "Frédéric", "Sébastien", "Julien", "Antoine", "Thomas", "Nicole", "Martine", "Sylvie",
  "Patrick", "Alain", "Bernard", "Dominique", "Charles", "Louis", "Henri", "Hugo", "Lucas",
  "Léa", "Camille", "Manon", "Chloé", "Emma", "Julie", "Claire", "Agnès", "Hélène", "Yves",
  "Gabriel", "Raphaël", "Arthur", "Mathieu", "Matthieu", "Xavier", "Benoît", "Gilles",
  "Joe", "Joseph", "Donald", "Barack", "Hillary", "Kamala", "Jen", "Antony", "Lloyd", "John",
  "Jake", "Ned", "Mike", "Michael", "Boris", "Theresa", "Rishi", "Liz", "Angela", "Olaf",
  "Ursula", "Charles", "Mario", "Giorgia", "Pedro", "Recep", "Xi", "Narendra", "Justin",
  "Vladimir", "Dmitri", "Dmitry", "Sergueï", "Sergei", "Sergey", "Alexeï", "Alexei",
  "Alexandre", "Alexander", "Mouammar", "Muammar", "Saïf", "Seif", "Hosni", "Moubarak",
  "Hillary", "Robert", "David", "Mikhaïl", "Mikhail", "Evgueni", "Ievgueni", "Yevgeny", "Maria",
  "Anatoly", "Anatoli", "Nikolaï", "Ivan", "Igor", "Oleg", "Andreï", "Andriy", "Andrii",
  "Volodymyr", "Oleksii", "Oleksiy", "Oleksandr", "Dmytro", "Vitali", "Vitaliy", "Petro",
  "Iouri", "Yuri", "Ramzan", "Alexandre", "Viktor", "Emmanuelle", "Ali", "Mohammed",
  "Mohamed", "Ahmed", "Abdel", "Abdelaziz", "Bachar", "Hassan", "Hussein", "Omar", "Fatima",
  "Kim", "Shinzo", "Fumio", "Moon", "Ban", "Antonio", "António", "Jens", "Josep", "Charles",
  "Josep", "Kristalina", "Christine", "Tedros", "Greta", "Elon", "Jeff", "Mark", "Bill",
  "Steve", "Tim", "Sundar", NULL};

/* Capitalised words that are never an entity on their own (sentence openers,
 * demonyms, role heads written with a capital). */
static const char *const not_entity[] = {
  "Le", "La", "Les", "L'", "Un", "Une", "Des", "Du", "De", "Ce", "Cet", "Cette", "Ces", "Mais",
  "Et", "Ou", "Or", "Donc", "Car", "Ni", "Selon", "Pour", "Par", "Avec", "Sans", "Dans",
  "Depuis", "Après", "Avant", "Pendant", "Lors", "Alors", "Ainsi", "Enfin", "Cependant",
  "Pourtant", "Toutefois", "Néanmoins", "Entre-temps", "Il", "Elle", "Ils", "Elles", "On",
  "Nous", "Vous", "Je", "Tu", "Son", "Sa", "Ses", "Leur", "Leurs", "Notre", "Nos", "Votre",
  "Mon", "Ma", "Mes", "Si", "Quand", "Comme", "Lorsque", "Puisque", "Tandis", "Aujourd'hui",
  "Hier", "Demain", "Maintenant", "Désormais", "Ici", "Oui", "Non", "Bien", "Tout", "Tous",
  "Toute", "Toutes", "Chaque", "Certains", "Plusieurs", "Aucun", "Aucune", "Quel", "Quelle",
  "Qui", "Que", "Quoi", "Où", "Comment", "Pourquoi", "À", "Au", "Aux", "En", "Sur", "Sous",
  "Vers", "Chez", "Contre", "Parmi", "Malgré", "Grâce", "Face", "Outre", "Dès", "Voici",
  "Voilà", "Certes", "Puis", "Ensuite", "D'abord", "Surtout", "Même", "Encore", "Déjà",
  "Américains", "Américain", "Américaine", "Américaines", "Russes", "Russe", "Ukrainiens",
  "Ukrainien", "Ukrainienne", "Ukrainiennes", "Français", "Française", "Françaises",
  "Allemands", "Allemand", "Britanniques", "Britannique", "Européens", "Européen", "Chinois",
  "Occidentaux", "Occidental", "Israéliens", "Palestiniens", "Syriens", "Africains",
  "Européennes", "Italiens", "Espagnols", "Belges", "Suisses", "Canadiens", "Japonais",
  "Iraniens", "Turcs", "Polonais", "Biélorusses", "Géorgiens", "Grecs", "Mexicains",
  "Brésiliens", "Indiens", "Haïtiens", "Égyptiens", "Libyens", "Tunisiens", "Algériens",
  "Marocains", "État", "Etat", "Etats", "États", "République", "Républiques", "Président",
  "Ministre", "Premier", "Première", "Gouvernement", "Monsieur", "Madame", "Photo", "Vidéo",
  "Lire", "Voir", "Source", "Sources", "Crédit", "Dimanche", "Lundi", "Mardi", "Mercredi",
  "Jeudi", "Vendredi", "Samedi", "Janvier", "Février", "Mars", "Avril", "Mai", "Juin",
  "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre", "Noël", "Pâques", NULL};

/* Portfolios and complements of a title: "ministre des Affaires étrangères". */
static const char *const complements[] = {
  "Affaires", "Défense", "Intérieur", "Justice", "Économie", "Economie", "Finances", "Santé",
  "Éducation", "Education", "Armées", "Trésor", "Travail", "Culture", "Agriculture",
  "Environnement", "Transports", "Industrie", "Commerce", "Budget", "Énergie", "Energie",
  "Sports", "Logement", "Outre-mer", "Numérique", "Recherche", "Solidarités", "Transition",
  "Europe", "État-major", "Etat-major", "Sécurité", "Renseignement", "Diplomatie",
  "étrangères", "étranger", "extérieures", "intérieur", "économique", "sociales", "publique",
  "publics", "nationale", "européennes", "armées", NULL};

static const char *const pronouns[] = {"il", "elle", NULL};
static const char *const auxiliaries[] = {"a", "ont", "avait", "avaient", "aura", "aurait",
                                          "est", "sont", "était", "va", "vont", "doit", NULL};
static const char *const adverbs[] = {
  "toutefois", "cependant", "également", "aussi", "encore", "ensuite", "pourtant", "alors",
  "notamment", "néanmoins", "plus", "tard", "déjà", "enfin", "ainsi", "en", "outre", "d'ailleurs",
  "par", "ailleurs", "pour", "sa", "son", "part", "lui", "quant", "à", "elle", "-", "t",
  "aujourd'hui", "hier", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
  "dimanche", "soir", "matin", "récemment", "publiquement", "clairement", "fermement", "auparavant", "précédemment", "jusqu'ici",
  "lui-même", "elle-même", "immédiatement", "aussitôt", "récemment", NULL};
static const char *const determiners[] = {"le", "la", "l'", "les", "ce", "cette", "son", "sa",
                                          "leur", NULL};
static const char *const indefinites[] = {"un", "une", NULL};
static const char *const complementisers[] = {"que", "qu'", NULL};
static const char *const according[] = {"selon", "d'après", NULL};
static const char *const adjectives[] = {
  "russe", "américain", "américaine", "ukrainien", "ukrainienne", "français", "française",
  "allemand", "allemande", "britannique", "chinois", "chinoise", "européen", "européenne",
  "italien", "italienne", "espagnol", "espagnole", "turc", "turque", "israélien",
  "israélienne", "palestinien", "palestinienne", "iranien", "iranienne", "japonais",
  "japonaise", "canadien", "canadienne", "belge", "suisse", "polonais", "polonaise",
  "biélorusse", "syrien", "syrienne", "indien", "indienne", "brésilien", "brésilienne",
  "égyptien", "égyptienne", "haïtien", "haïtienne", "mexicain", "mexicaine", "grec", "grecque",
  "adjoint", "adjointe", "sortant", "sortante", "démissionnaire", "intérimaire", "général",
  "nouveau", "nouvelle", "ancien", "ancienne", "actuel", "actuelle", "fédéral", "fédérale",
  "national", "nationale", "militaire", "délégué", "déléguée", "arabe", "africaine", "unies", "même",
  "pénale", "internationale", "international", "mondiale", "mondial", "islamique", "populaire",
  "constitutionnel", "constitutionnelle", "suprême", "libyen", "libyenne", "égyptien", NULL};

static const char *const agents[] = {"par", NULL};

static const ner_list lists[] = {
  {titles, NW_TITLE}, {honorifics, NW_HONORIFIC}, {org_cues, NW_ORG_CUE},
  {place_preps, NW_PLACE_PREP}, {particles, NW_PARTICLE}, {particles_de, NW_PARTICLE_DE},
  {given, NW_GIVEN}, {not_entity, NW_NOT_ENTITY}, {complements, NW_COMPLEMENT},
  {pronouns, NW_PRONOUN}, {auxiliaries, NW_AUX}, {adverbs, NW_ADVERB},
  {determiners, NW_DET}, {indefinites, NW_INDEF}, {complementisers, NW_THAT},
  {according, NW_ACCORDING}, {adjectives, NW_ADJ}, {agents, NW_AGENT}, {NULL, 0}};

static const char *const places[] = {
  "France", "Paris", "Ukraine", "Kiev", "Kyiv", "Russie", "Moscou", "États-Unis", "Etats-Unis",
  "Washington", "New York", "Genève", "Allemagne", "Berlin", "Royaume-Uni", "Londres",
  "Angleterre", "Écosse", "Irlande", "Dublin", "Italie", "Rome", "Espagne", "Madrid",
  "Portugal", "Lisbonne", "Belgique", "Bruxelles", "Pays-Bas", "Amsterdam", "La Haye",
  "Suisse", "Berne", "Zurich", "Autriche", "Vienne", "Pologne", "Varsovie", "Biélorussie",
  "Minsk", "Lituanie", "Vilnius", "Lettonie", "Riga", "Estonie", "Tallinn", "Finlande",
  "Helsinki", "Suède", "Stockholm", "Norvège", "Oslo", "Danemark", "Copenhague", "Grèce",
  "Athènes", "Turquie", "Ankara", "Istanbul", "Roumanie", "Bucarest", "Moldavie", "Hongrie",
  "Budapest", "Tchéquie", "Prague", "Slovaquie", "Serbie", "Belgrade", "Croatie", "Bulgarie",
  "Géorgie", "Tbilissi", "Arménie", "Azerbaïdjan", "Kazakhstan", "Chine", "Pékin", "Beijing",
  "Shanghai", "Hong Kong", "Taïwan", "Taipei", "Japon", "Tokyo", "Corée du Sud", "Corée du Nord",
  "Séoul", "Pyongyang", "Inde", "New Delhi", "Pakistan", "Islamabad", "Afghanistan", "Kaboul",
  "Iran", "Téhéran", "Irak", "Bagdad", "Syrie", "Damas", "Alep", "Liban", "Beyrouth",
  "Israël", "Jérusalem", "Tel-Aviv", "Gaza", "Cisjordanie", "Jordanie", "Égypte", "Egypte",
  "Le Caire", "Libye", "Tripoli", "Tunisie", "Tunis", "Algérie", "Alger", "Maroc", "Rabat",
  "Mali", "Bamako", "Niger", "Niamey", "Sénégal", "Dakar", "Nigeria", "Éthiopie", "Kenya",
  "Afrique du Sud", "Arabie saoudite", "Riyad", "Yémen", "Qatar", "Doha", "Émirats arabes unis",
  "Dubaï", "Canada", "Ottawa", "Montréal", "Québec", "Mexique", "Brésil", "Argentine", "Chili",
  "Venezuela", "Colombie", "Cuba", "Haïti", "Port-au-Prince", "Australie", "Europe",
  "Afrique", "Asie", "Amérique", "Donetsk", "Louhansk", "Lougansk", "Donbass", "Crimée",
  "Kharkiv", "Kharkov", "Odessa", "Marioupol", "Lviv", "Rostov", "Saint-Pétersbourg",
  "Marseille", "Lyon", "Toulouse", "Nice", "Bordeaux", "Lille", "Strasbourg", "Nantes",
  "Corse", "Bretagne", "Normandie", "Alsace", "Occitanie", "Provence", "Mer Noire",
  "Méditerranée", "Golfe du Mexique", "Est", "Ouest", "Nord", "Sud", "Proche-Orient",
  "Moyen-Orient", "Grande-Bretagne", "Benghazi", "Misrata", "Syrte", "Tobrouk", "Ajdabiya",
  "Brega", "Ras Lanouf", "Zaouïa", "Sanaa", "Bahreïn", "Oman", "Koweït", "Soudan", "Tchad", "Louisiane", "Californie", "Texas", "Floride", NULL};

static const char *const orgs[] = {
  "Maison Blanche", "Maison-Blanche", "Kremlin", "Élysée", "Elysée", "Matignon", "Quai d'Orsay", "Pentagone",
  "OTAN", "Otan", "ONU", "UE", "Union européenne", "Commission européenne", "FMI",
  "Banque mondiale", "OMS", "Conseil de sécurité", "Nations unies", "CIA", "FBI", "FSB",
  "KGB", "AFP", "Reuters", "CNN", "BBC", "CBS", "NBC", "ABC", "Fox News", "Le Monde",
  "Le Figaro", "Libération", "Gazprom", "Google", "Facebook", "Twitter", "Meta", "Apple",
  "Amazon", "Microsoft", "BP", "Total", "TotalEnergies", "Hamas", "Hezbollah", "Wagner",
  "Assemblée nationale", "Sénat", "Congrès", "Bundestag", "Douma", "Parlement européen",
  "Vatican", "Interpol", "Europol", "Frères musulmans", "État islamique", "Daech", "Al-Qaïda",
  "Al-Qaida", "Al-Qaeda", "AQMI", "CNT", "Ligue arabe", "Union africaine", "Cour pénale internationale",
  "Nations unies", NULL};

static const ner_gazetteer gazetteer[] = {
  {places, NER_NAME_PLACE}, {orgs, NER_NAME_ORG}, {NULL, 0}};

const ner_pack frise_ner_pack_fr = {"fr", lists, gazetteer};
