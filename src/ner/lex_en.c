/* lex_en.c: English cue words and gazetteer for entities and quotes. Words are
 * matched folded (case and accents ignored). Written for frise; short lists of
 * frequent news vocabulary, not an exhaustive resource. */
#include "ner_lex.h"

static const char *const titles[] = {
  "president", "minister", "spokesman", "spokeswoman", "spokesperson", "secretary", "chief",
  "ambassador", "director", "leader", "official", "governor", "mayor", "senator",
  "congressman", "congresswoman", "representative", "chancellor", "king", "queen", "prince",
  "princess", "pope", "chairman", "chairwoman", "chair", "ceo", "founder", "adviser", "advisor",
  "commissioner", "prosecutor", "judge", "attorney", "lawyer", "diplomat", "envoy",
  "negotiator", "colonel", "admiral", "commander", "captain", "lieutenant", "sergeant",
  "general", "premier", "coach", "manager", "researcher", "professor", "doctor", "analyst",
  "economist", "expert", "journalist", "correspondent", "activist", "candidate", "counterpart",
  "vice-president", "dictator", "bishop", "cardinal", "imam", "rabbi", "head", "executive",
  "press", "director-general", "secretary-general", "president-elect", "sheriff", "deputy",
  "speaker", "actor", "actress", "singer", "writer", "author", "lawmaker", "rep.", "sen.",
  "scientist", "engineer", "owner", "resident", "fisherman", "witness", "administrator",
  "superintendent", "inspector", "ambassador-at-large", "aide", "strategist", "pastor",
  "priest", "reverend", NULL};

static const char *const honorifics[] = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
                                         "Sir", "Dame", "Lord", "Lady", "Prof", "Rev", "Gen",
                                         "Sen", "Rep", "Gov", NULL};

static const char *const org_cues[] = {
  "ministry", "university", "bank", "council", "commission", "parliament", "assembly",
  "senate", "congress", "court", "tribunal", "party", "agency", "service", "services", "forces",
  "army", "navy", "government", "foundation", "institute", "company", "group", "association",
  "federation", "union", "organization", "organisation", "committee", "office", "bureau",
  "society", "academy", "school", "college", "hospital", "center", "centre", "church",
  "movement", "front", "alliance", "league", "fund", "board", "department", "police", "guard",
  "club", "corporation", "network", "news", "times", "post", "journal", "airlines", "motors",
  "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "LLC", "PLC", "Co", "GmbH", "AG", "SA",
  "Holdings", "Technologies", "Systems", "Reserve", NULL};

static const char *const place_preps[] = {"in", "at", "near", "from", "to", "across", "outside",
                                          "inside", "on", NULL};

static const char *const particles[] = {"van", "von", "der", "den", "bin", "ben", "ibn", "al",
                                        "el", "da", "di", "dos", "das", "del", "della", "de",
                                        "la", "le", "ter", "ten", NULL};
static const char *const particles_de[] = {"of", "for", NULL};

static const char *const given[] = {
  "Joe", "Joseph", "Donald", "Barack", "Hillary", "Kamala", "Jen", "Antony", "Lloyd", "John",
  "Jake", "Ned", "Mike", "Michael", "Boris", "Theresa", "Rishi", "Liz", "Angela", "Olaf",
  "Ursula", "Charles", "Mario", "Giorgia", "Pedro", "Recep", "Xi", "Narendra", "Justin",
  "Vladimir", "Dmitry", "Dmitri", "Sergei", "Sergey", "Alexei", "Alexander", "Mikhail",
  "Yevgeny", "Maria", "Anatoly", "Nikolai", "Ivan", "Igor", "Oleg", "Andriy", "Andrii",
  "Volodymyr", "Oleksii", "Oleksiy", "Oleksandr", "Dmytro", "Vitali", "Vitaliy", "Petro", "Yuri",
  "Ramzan", "Viktor", "Emmanuel", "Ali", "Mohammed", "Mohamed", "Muhammad", "Ahmed", "Bashar",
  "Hassan", "Hussein", "Omar", "Fatima", "Kim", "Shinzo", "Fumio", "Moon", "Ban", "Antonio",
  "Jens", "Josep", "Kristalina", "Christine", "Tedros", "Greta", "Elon", "Jeff", "Mark", "Bill",
  "Steve", "Tim", "Sundar", "James", "Robert", "William", "David", "Richard", "Thomas",
  "Christopher", "Daniel", "Matthew", "Anthony", "Paul", "Andrew", "Steven", "Kevin", "Brian",
  "George", "Edward", "Peter", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara",
  "Susan", "Jessica", "Sarah", "Karen", "Nancy", "Lisa", "Margaret", "Emily", "Hugo", "Tony",
  "Gordon", "Nicolas", "Francois", "Jean", "Pierre", "Hosni", "Tony", "Hayward", "Bob", "Ken",
  "Jim", "Tom", "Chris", "Dan", "Nick", "Sam", "Ben", "Alex", "Anne", "Helen", "Kate", "Laura",
  "Rachel", "Rebecca", "Jacob", "Nathan", "Henry", "Jack", "Harry", "Ron", "Rand", "Rahm",
  "Janet", "Sonia", "Rene", "René", "Mahmoud", "Wael", "Ayman", "Mohamed", "Omar", NULL};

static const char *const not_entity[] = {
  "The", "A", "An", "This", "That", "These", "Those", "But", "And", "Or", "So", "Yet", "For",
  "Nor", "If", "When", "While", "Although", "Though", "Because", "Since", "After", "Before",
  "During", "As", "At", "In", "On", "Of", "To", "From", "By", "With", "Without", "Under",
  "Over", "Into", "Onto", "About", "Against", "Among", "Between", "Through", "According",
  "I", "He", "She", "It", "We", "They", "You", "His", "Her", "Its", "Our", "Their", "Your",
  "My", "There", "Here", "Now", "Then", "Today", "Yesterday", "Tomorrow", "Yes", "No", "Not",
  "All", "Some", "Many", "Most", "Several", "Each", "Every", "Any", "What", "Which", "Who",
  "Whom", "Whose", "Where", "Why", "How", "However", "Meanwhile", "Also", "Still", "Even",
  "Only", "Just", "Mr", "Mrs", "Ms", "American", "Americans", "Russian", "Russians",
  "Ukrainian", "Ukrainians", "French", "German", "Germans", "British", "European", "Europeans",
  "Chinese", "Western", "Israeli", "Israelis", "Palestinian", "Palestinians", "Syrian",
  "Syrians", "African", "Italian", "Spanish", "Belgian", "Swiss", "Canadian", "Japanese",
  "Iranian", "Turkish", "Polish", "Belarusian", "Georgian", "Greek", "Mexican", "Brazilian",
  "Indian", "Haitian", "Haitians", "Egyptian", "Egyptians", "Libyan", "Libyans", "Tunisian",
  "Arab", "Arabs", "Muslim", "Muslims", "Christian", "Christians", "Jewish", "Democrat",
  "Democrats", "Republican", "Republicans", "Democratic", "English", "Sunday", "Monday",
  "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "January", "February", "March",
  "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Christmas", "Easter", "President", "Minister", "Secretary", "Prime", "State", "Photo",
  "Video", "Read", "More", "Advertisement", "Image", "Getty", "Images", "Copyright", NULL};

static const char *const complements[] = {
  "State", "Defense", "Defence", "Foreign", "Affairs", "Interior", "Justice", "Treasury",
  "Health", "Education", "Energy", "Commerce", "Labor", "Labour", "Agriculture",
  "Transportation", "Homeland", "Security", "Finance", "Economy", "Trade", "Home",
  "Environment", "Exchequer", "Staff", "Joint", "Chiefs", NULL};

static const char *const pronouns[] = {"he", "she", NULL};
static const char *const auxiliaries[] = {"has", "had", "have", "is", "was", "were", "will",
                                          "would", "did", "does", NULL};
static const char *const adverbs[] = {
  "also", "however", "later", "then", "again", "further", "earlier", "previously", "recently",
  "publicly", "clearly", "firmly", "repeatedly", "once", "on", "sunday", "monday", "tuesday",
  "wednesday", "thursday", "friday", "saturday", "today", "yesterday", "in", "a", "statement",
  "an", "interview", NULL};
static const char *const determiners[] = {"the", "this", "his", "her", "its", "their", NULL};
static const char *const indefinites[] = {"a", "an", "one", NULL};
static const char *const complementisers[] = {"that", NULL};
static const char *const according[] = {"according", NULL};
static const char *const adjectives[] = {
  "russian", "american", "ukrainian", "french", "german", "british", "chinese", "european",
  "italian", "spanish", "turkish", "israeli", "palestinian", "iranian", "japanese", "canadian",
  "belgian", "swiss", "polish", "belarusian", "syrian", "indian", "brazilian", "egyptian",
  "haitian", "mexican", "greek", "u.s.", "us", "white", "house", "foreign", "deputy", "former",
  "acting", "new", "top", "senior", "federal", "national", "military", "chief", NULL};

static const char *const agents[] = {"by", NULL};

static const ner_list lists[] = {
  {titles, NW_TITLE}, {honorifics, NW_HONORIFIC}, {org_cues, NW_ORG_CUE},
  {place_preps, NW_PLACE_PREP}, {particles, NW_PARTICLE}, {particles_de, NW_PARTICLE_DE},
  {given, NW_GIVEN}, {not_entity, NW_NOT_ENTITY}, {complements, NW_COMPLEMENT},
  {pronouns, NW_PRONOUN}, {auxiliaries, NW_AUX}, {adverbs, NW_ADVERB},
  {determiners, NW_DET}, {indefinites, NW_INDEF}, {complementisers, NW_THAT},
  {according, NW_ACCORDING}, {adjectives, NW_ADJ}, {agents, NW_AGENT}, {NULL, 0}};

static const char *const places[] = {
  "France", "Paris", "Ukraine", "Kiev", "Kyiv", "Russia", "Moscow", "United States", "US",
  "U.S.", "USA", "America", "Washington", "New York", "Geneva", "Germany", "Berlin",
  "United Kingdom", "UK", "Britain", "Great Britain", "London", "England", "Scotland", "Ireland",
  "Dublin", "Italy", "Rome", "Spain", "Madrid", "Portugal", "Lisbon", "Belgium", "Brussels",
  "Netherlands", "Amsterdam", "The Hague", "Switzerland", "Bern", "Zurich", "Austria",
  "Vienna", "Poland", "Warsaw", "Belarus", "Minsk", "Lithuania", "Latvia", "Estonia",
  "Finland", "Sweden", "Stockholm", "Norway", "Oslo", "Denmark", "Copenhagen", "Greece",
  "Athens", "Turkey", "Ankara", "Istanbul", "Romania", "Bucharest", "Moldova", "Hungary",
  "Budapest", "Czech Republic", "Prague", "Serbia", "Belgrade", "Croatia", "Bulgaria",
  "Georgia", "Armenia", "Azerbaijan", "Kazakhstan", "China", "Beijing", "Shanghai",
  "Hong Kong", "Taiwan", "Japan", "Tokyo", "South Korea", "North Korea", "Seoul", "Pyongyang",
  "India", "New Delhi", "Pakistan", "Islamabad", "Afghanistan", "Kabul", "Iran", "Tehran",
  "Iraq", "Baghdad", "Syria", "Damascus", "Aleppo", "Lebanon", "Beirut", "Israel",
  "Jerusalem", "Tel Aviv", "Gaza", "West Bank", "Jordan", "Egypt", "Cairo", "Alexandria",
  "Suez", "Libya", "Tripoli", "Benghazi", "Tunisia", "Tunis", "Algeria", "Algiers", "Morocco",
  "Mali", "Niger", "Senegal", "Nigeria", "Ethiopia", "Kenya", "South Africa", "Saudi Arabia",
  "Riyadh", "Yemen", "Bahrain", "Qatar", "Doha", "United Arab Emirates", "Dubai", "Canada",
  "Ottawa", "Mexico", "Brazil", "Argentina", "Chile", "Venezuela", "Colombia", "Cuba", "Haiti",
  "Port-au-Prince", "Dominican Republic", "Australia", "Europe", "Africa", "Asia",
  "Middle East", "Donetsk", "Luhansk", "Donbas", "Crimea", "Kharkiv", "Odesa", "Odessa",
  "Mariupol", "Lviv", "Rostov", "St Petersburg", "Gulf of Mexico", "Louisiana", "Florida",
  "Texas", "California", "Alabama", "Mississippi", "Black Sea", "Mediterranean", NULL};

static const char *const orgs[] = {
  "White House", "Kremlin", "Elysee", "Pentagon", "NATO", "UN", "United Nations", "EU",
  "European Union", "European Commission", "IMF", "World Bank", "WHO", "Security Council",
  "CIA", "FBI", "FSB", "KGB", "AFP", "Reuters", "AP", "Associated Press", "CNN", "BBC", "CBS",
  "NBC", "ABC", "Fox News", "New York Times", "Washington Post", "Gazprom", "Google",
  "Facebook", "Twitter", "Meta", "Apple", "Amazon", "Microsoft", "BP", "Transocean",
  "Halliburton", "Hamas", "Hezbollah", "Taliban", "Wagner", "Congress", "Senate",
  "Bundestag", "Duma", "Vatican", "Interpol", "Muslim Brotherhood", "Islamic State", "ISIS",
  "Coast Guard", "Supreme Court", NULL};

static const ner_gazetteer gazetteer[] = {
  {places, NER_NAME_PLACE}, {orgs, NER_NAME_ORG}, {NULL, 0}};

const ner_pack frise_ner_pack_en = {"en", lists, gazetteer};
