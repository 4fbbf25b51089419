"""English word lists for deciding what a sentence is: each list once, read by the stages.

A corrected list is a data change here, not a change to a stage."""

from __future__ import annotations

import re

# Words that say little about what a sentence claims: left out of word comparisons.
STOPWORDS = frozenset(["a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "was", "were", "are", "be", "been", "has", "have", "had", "that", "this", "it", "its", "he", "she", "they", "them", "his", "her", "their", "i", "we", "you", "my", "our", "me", "him", "so", "not", "no", "about", "after", "over", "into", "than", "then", "there", "also", "very", "just", "outside", "inside", "near", "during", "without", "within", "among", "between", "through", "across", "around", "before", "since", "until", "upon", "while"])

# A surname that names a family, not one of its people: "the whole Moss clan", "the Ray family",
# "the Lee household" (people/names.py: no mention of the person the surname stands for).
SURNAME_AS_FAMILY_BEFORE = re.compile(r"\bthe\s+(?:whole\s+|entire\s+|extended\s+|wider\s+)?$", re.IGNORECASE)
SURNAME_AS_FAMILY_AFTER = re.compile(r"\s+(?:family|families|clan|household|dynasty|siblings|brothers|sisters)\b",
                                     re.IGNORECASE)

# What the couple are known for (generator/known_for.py): each kind of work, its role nouns ("the
# author of", "co-founder Bob Ray") and verbs ("wrote", "co-founded"), and how the paragraph says it.
KNOWN_FOR: dict[str, dict[str, tuple[str, ...]]] = {
    # (no verb for a book: "wrote on Instagram", "wrote Christmas Eve that ..." name no work)
    "wrote": {"nouns": ("author", "novelist", "writer"), "verbs": ()},
    "co-founded": {"nouns": ("co-founder", "cofounder"), "verbs": ("co-founded", "cofounded")},
    "founded": {"nouns": ("founder",), "verbs": ("founded",)},
    "starred in": {"nouns": ("star",), "verbs": ("stars in", "starred in", "starring in")},
}
# The kinds of work a title may be named by ("the software company Quillo", "her second novel, ...").
KNOWN_FOR_WORKS = ("novels?", "books?", "memoirs?", "bestsellers?", "debut", "company", "startup", "start-up", "firm",
                   "business", "series", "shows?", "drama", "sitcom", "films?", "movies?", "band", "restaurant",
                   "label", "brand")

# Words that place a sentence in the family's story even when it names no one:
# a sentence with one of them is never "the writer's aside".
FAMILY_WORDS = re.compile(
    r"\b(?:couple|pair|family|families|kids?|child|children|son|sons|daughters?|baby|babies|"
    r"husband|wife|spouse|ex|exes|ex-wife|ex-husband|mother|father|mom|dad|parents?|"
    r"grand(?:child|children|son|daughter|parents?)|siblings?|brother|sister|fianc[eé]e?|"
    r"boyfriend|girlfriend|partner|marriage|married|wedding|divorce|custody|court|judge|"
    r"lawyer|attorney|settlement|alimony|spousal|the two|both|neither|they|them|their|he|she|him|her|his)\b",
    re.IGNORECASE)

# The start of a pointer to another story or to the outlet's own pages, not a claim.
# A line that sends the reader to another story: "read more:", "see also:", "related:" (a colon or
# nothing after them: "read more than 200 letters ..." is a sentence), and "more from ...", "listen
# to ...", "click here", "sign up" ... only where the line is no sentence (no full stop, ellipsis or
# dash at its end): "more from the court filing: Lee filed for divorce in 2020." is the article's own.
TEASER = re.compile(
    r"^\s*(?:(?:read (?:more|next|also)|see also|related(?: stories| coverage)?|recommended)\s*(?::|—|–|-|$)"
    r"|(?:also read|click here|sign up|subscribe|follow (?:us|@)|don'?t miss|more (?:from|on)|listen to"
    r"|watch(?: the video)?\s*:)\b(?!.*[.!?…—][\"”’)]*\s*$))",
    re.IGNORECASE)

# Reasons a sentence is set aside, as the sources page words them.
REASON_QUESTION = "no claim: a question"
REASON_TEASER = "a teaser for another story"
# A credit line ("Photographs by Jane Roe."): a caption of the page, not a claim.
CREDIT_LINE = re.compile(r"^\s*(?:photo(?:graph)?s?|photography|images?|illustrations?|video)\s+(?:by|courtesy of)\b",
                         re.IGNORECASE)
REASON_ASIDE = "the writer's aside: it names no one and states no fact"
# A few words that open a paragraph and name what it is about ("**The filing.** The petition was filed ..."),
# shown with the sentence they open.
REASON_RUN_IN = "a heading run into its paragraph, shown with the sentence it opens: it names no one and states no fact"
# The writer's sign-off or a programme note ("Our thoughts are with the family at this difficult
# time.", "The show airs weekdays; check your local listings."): no claim, whoever it names.
CLOSING_LINE = re.compile(r"^\W*(?:our|my) (?:thoughts|hearts|prayers|condolences)(?: and (?:prayers|thoughts))? (?:are|go)"
                          r" (?:with|out to)\b|\bcheck (?:your )?local listings\b", re.IGNORECASE)
REASON_CLOSING = "the writer's sign-off or a programme note, not a claim"
# A note on the article's own reporting: "Reps for the couple did not respond to a request for
# comment", "could not be reached for comment", "declined to comment". Each article's request is its
# own: told alike by four articles, it is four requests, never one claim corroborated by four.
NO_COMMENT = re.compile(r"\b(?:did not|didn't|could not|couldn't|has not|hasn't|have not|haven't|had not|would not)"
                        r"\s+(?:immediately\s+)?(?:respond|reply|return|be reached)\b.{0,60}?\b(?:comment|request)"
                        r"|\bdeclined (?:a request )?to comment\b|\b(?:no|without) (?:immediate )?(?:reply|response)"
                        r" to (?:a |our |the )?(?:request|requests) for comment\b", re.IGNORECASE)
REASON_NO_COMMENT = "a note on the article's own reporting (a request for comment), not a claim"
REASON_HEADING = "a heading or caption inside the article, not a sentence"
REASON_REPEAT = "the article says this again in another sentence, which is cited"
REASON_OTHERS = "about people the profile does not follow: an item of a list about others"
REASON_SHORT_REPLY = "a line of an interview too short to state a claim on its own"
# A reply or a question's premise of fewer than SHORT_REPLY_WORDS words that names no one and has no clause of
# its own ("Not hard.", "Nobody cried.", "Well, I did.", "Next question.", "Last one."): no claim. One that opens
# with a subject pronoun is a clause ("We are trying.", "It's on hold."): the interviewee's claim, kept.
SHORT_REPLY_WORDS = 4
REPLY_CLAUSE = re.compile(r"^(?:I|I'm|I’m|we|we're|we’re|he|he's|he’s|she|she's|she’s|they|they're|they’re|it|it's|it’s)\b",
                          re.IGNORECASE)

# Words of attribution and of the story's standing cast: they tell nothing about what is claimed
# ("a source close to the couple said ... had been living like roommates" and "... have never
# been in a better place" share them all), so comparisons of substance leave them out.
ATTRIBUTION_WORDS = frozenset([
    "source", "sources", "insider", "insiders", "close", "said", "says", "told", "tells", "according",
    "reported", "reports", "report", "couple", "pair", "two", "reportedly", "claimed", "added", "per",
    "friend", "friends", "spokesperson", "rep", "representative", "statement", "people",
])

# Word sets that mark different stages of one story: a sentence with words of one set only
# and a sentence with words of another set only are about different events ("asked the court
# for joint custody" / "a judge granted joint custody"; "got engaged" / "got married").
EVENT_STAGES: tuple[frozenset[str], ...] = (
    frozenset(["asked", "asks", "asking", "seeking", "sought", "seeks", "seek", "requested", "requests", "requesting",
               "petitioned", "wants", "wanted", "proposed", "hoping", "hopes", "plans", "planning"]),
    frozenset(["granted", "awarded", "won", "gave", "ruled", "given", "handed", "awarding", "granting"]),
)
ENGAGEMENT_STAGES: tuple[frozenset[str], ...] = (
    frozenset(["engaged", "engagement", "proposed", "fiance", "fiancee"]),
    frozenset(["married", "wed", "wedding", "marry", "knot", "nuptials"]),
    frozenset(["separated", "separation", "split", "splitting", "separating"]),
    frozenset(["divorced", "finalized", "finalised", "final", "finalizing"]),
)
# Crowds and the press, whom no one names, as a sentence's speaker (segment.py: "Staff at the hotel said",
# "Villagers say", "Tabloids reported that"; never a person's name): words of regular expressions.
CROWD_WORDS = ("staff", "villagers", "locals", "residents", "neighbou?rs", "parents", "fans", "guests", "diners",
               "onlookers", "witnesses", "employees", "workers", "paramedics", "medics")
PRESS_WORDS = ("press", "media", "tabloids")

# A "who" aside set off by commas (", who has her mother's red hair,", ", who married in Reno in 2010,"): words of
# the one named before it, not of the sentence's claim (births.whose_birth, segment._relays_the_unnamed).
WHO_SET_OFF = re.compile(r",\s*who\b[^,]*,")

# The steps of a divorce in court: "Ann Lee has filed for divorce from Bob Ray, court records show" and "Ann
# Lee and Bob Ray have settled their divorce, court papers show" are two claims, however alike their words.
DIVORCE_STAGES: tuple[frozenset[str], ...] = (
    frozenset(["filed", "filing", "files", "file"]),
    frozenset(["settled", "settle", "settles", "settling", "settlement"]),
)

# News outlets that articles cite ("told Us Weekly", "according to TMZ"): names of outlets, not
# of people. The outlets in the articles' own metadata are added to these at run time.
OUTLETS = (
    "People", "Us Weekly", "E! News", "E! Online", "Page Six", "TMZ", "Variety", "The Blast", "Entertainment Tonight",
    "ET", "Access Hollywood", "Extra", "Hollywood Reporter", "The Hollywood Reporter", "Deadline", "InTouch",
    "In Touch Weekly", "Life & Style", "OK!", "Hello!", "Daily Mail", "The Daily Mail", "The Sun", "Mirror",
    "The Mirror", "New York Post", "Daily News", "Radar Online", "RadarOnline", "Star", "Closer", "Vulture",
    "Vanity Fair", "Rolling Stone", "Billboard", "Vogue", "Elle", "InStyle", "Marie Claire", "Glamour",
    "Cosmopolitan", "Harper's Bazaar", "Esquire", "GQ", "Parade", "Good Morning America", "Today",
    "The View", "CNN", "NBC", "ABC", "CBS", "Fox News", "BBC", "AP", "Associated Press", "Reuters",
    "The New York Times", "The Washington Post", "Los Angeles Times", "USA Today", "Yahoo", "Fox",
)

# Words and phrases that say the same thing in the family's story, each read as one concept
# when sentences are compared ("tied the knot" / "married"; "crossed paths" / "met"). Longer
# phrases are tried first. A concept is a word no article uses ("_marry").
CONCEPTS: dict[str, tuple[str, ...]] = {
    "_marry": ("married", "marry", "marries", "marrying", "wed", "weds", "wedded", "wedding", "tied the knot",
               "tie the knot", "nuptials", "exchanged vows", "walked down the aisle", "became mrs"),
    "_separate": ("separated", "separating", "separation", "separate", "split", "splitting", "broke up",
                  "break-up", "breakup", "parted ways", "called it quits"),
    "_file": ("filed", "filing", "files", "petition", "petitioned", "submitted", "paperwork"),
    "_final": ("finalized", "finalised", "finalize", "finalise", "became final", "final", "declared legally single",
               "legally single", "declared single", "status as a single woman", "status as a single man"),
    "_meet": ("met", "meet", "meeting", "crossed paths", "got to know each other", "were introduced",
              "fell for each other"),
    "_date": ("dating", "seeing each other", "relationship began", "began their relationship", "romance"),
    "_engage": ("engaged", "engagement", "proposed", "said yes", "popped the question"),
    "_birth": ("born", "gave birth", "birth", "welcomed", "arrived"),
    "_child": ("children", "child", "kids", "kid"),
    "_award": ("awarded", "granted", "handed", "won", "given", "gave", "awarding", "granting"),
    "_alternate": ("every other weekend", "alternate weekends", "every second weekend"),
    "_lump": ("lump sum", "one-time payment", "one-off sum", "one-off payment", "single payment"),
    "_pay": ("pay", "pays", "paid", "paying", "payment", "hand over", "handed over"),
    "_care": ("look after", "looked after", "looking after", "care for", "cared for", "caring for", "help care"),
    "_ill": ("cancer", "melanoma", "tumor", "tumour", "illness"),
    "_debut": ("red-carpet debut", "red carpet debut", "walked a red carpet", "first public appearance",
               "first walked a red carpet", "first walked the red carpet"),
    "_coparent": ("co-parent", "co-parenting", "coparent", "coparenting", "co-parents", "same team"),
    "_store": ("store", "shop"),
    "_run": ("runs", "owns", "run", "own"),
    "_name": ("goes by", "taken the name", "took the name", "changed her name", "changed his name"),
    "_equal": ("50-50", "equally", "half", "equal"),
    "_left": ("moved out", "left"),
    "_home": ("home", "house"),
    "_court": ("court papers", "court documents", "court filings", "court"),
    "_fight": ("fight", "battle", "dispute", "litigation", "war"),
    "_spend": ("spend", "spends", "spent", "spending"),
    "_lasted": ("lasted", "dragged on", "went on", "ended after"),
}

# Wording that joins two full names as a couple, so that each is a person's (people/evidence.py):
# after "Ann Lee and Bob Ray" (COUPLE_EVENT: "... tied the knot", "... split up") or between them
# (SPOUSE_VERB: "Ann Lee married Bob Ray", "... filed for divorce from Bob Ray"). Unlike the "_marry"
# concept above (every form of marrying, read as one word when sentences are compared), these are
# the past forms a sentence joins two names by, with engagement, divorce and a split; and only a
# marriage's wording: "met", "dated" or a bare "split" are said of teams, cities and titles too.
COUPLE_EVENT = r"(?:married|wed|divorced|tied the knot|got engaged|got married|were married|were engaged|split up)\b"
SPOUSE_VERB = r"(?:married|wed|divorced|(?:filed for divorce|split|separated|divorced) from|(?:engaged|married) to)"

# Words that stand before a name as a title or a job ("Actress Jane Roe", "Judge Ann
# Poe", "Country singer Nora Quill"): never part of the name.
ROLE_TITLES = frozenset([
    "Actress", "Actor", "Actors", "Actresses", "Singer", "Singers", "Rapper", "Model", "Judge", "Justice",
    "Director", "Producer", "Chef", "Comedian", "Host", "Star", "Country", "Pop", "Reality", "Author",
    "Writer", "Designer", "Musician", "Songwriter", "Singer-songwriter", "Attorney", "Lawyer", "Officer",
    "Detective", "Senator", "Governor", "Mayor", "President", "Coach", "Quarterback", "Defenseman",
    "Restaurateur", "Architect", "Entrepreneur", "Socialite", "Businessman", "Businesswoman", "Newlyweds",
    # titles of office, whole or cut short ("State Sen. Ann Lee", "Rep. Bob Ray", "Gov. Ann Lee")
    "Sen", "Rep", "Gov", "Lt", "Sgt", "Capt", "Gen", "Col", "Cmdr", "Supt", "Councilman", "Councilwoman",
    "Councilmember", "Congressman", "Congresswoman", "Assemblyman", "Assemblywoman", "Commissioner",
    "Surgeon", "Sheriff", "Chancellor", "Professor", "Prof",
    # ranks written whole: "Colonel Ann Lee (retd)" is Ann Lee
    "Colonel", "Lieutenant", "Brigadier", "Sergeant", "Corporal", "Admiral", "Commander",
    # "Novelist Ann Lee", "Investor Bob Ray": a trade before a name at a sentence's start
    "Novelist", "Poet", "Journalist", "Founder", "Co-founder", "Cofounder", "Investor", "Executive", "Billionaire",
    "Cellist", "Pianist", "Violinist", "Guitarist", "Drummer", "Painter", "Photographer", "Dancer", "Composer",
    "Playwright", "Filmmaker", "Ceramicist", "Engineer", "Physiotherapist", "Sommelier",
])

# A reference to two people as one ("the couple", "the exes", "they"): the story's pair.
PLURAL_REFERENCE = re.compile(
    r"\b(?:the|former|both)\s+(?:couple|pair|two|exes|duo|spouses|newlyweds|lovebirds)\b"
    r"|\b(?:couple|pair|exes|duo|newlyweds|lovebirds)\b|\b(?:they|both of them)\b",
    # (not a court's "the parties": the two of any case, a business dispute's or another couple's beside theirs)
    re.IGNORECASE)
# Before a count of children, words for whose they are: "they", "the couple", "their", "both of them", "the
# family", "the parents", a family by its name ("The Rays now have three children").
WHOSE_COUNT = re.compile(PLURAL_REFERENCE.pattern + r"|\btheir\b|\bthe (?:family|parents)\b"
                         r"|\b[Tt]he (?-i:[A-Z][a-z]+s)\b", re.IGNORECASE)
# ... and the couple's own "our" and "we" ('"Our three children remain the center of our lives"'), where
# no one else is the speaker (a neighbour's "We have four kids"), or one who speaks for them does.
OUR_COUNT = re.compile(r"\b(?:our|we)\b", re.IGNORECASE)
FOR_THE_COUPLE = re.compile(r"\b(?:spokes(?:man|woman|person)|representative|rep|publicist)\s+for\s+(?:the\s+(?:couple|pair"
                            r"|family)|both|them)\b", re.IGNORECASE)

# Verbs that tag who is quoted ("Jane Roe said", "said Jane Roe", "she told"): segment.py's speaker
# tags, people/'s pronoun speakers ("she said") and relative clauses ("Bo, 11, who said").
SPEECH_VERBS = (
    "said", "says", "told", "tells", "added", "adds", "explained", "wrote", "writes", "admitted",
    "continued", "recalled", "revealed", "captioned", "noted", "points out", "pointed out", "stated", "confessed", "claimed",
    "acknowledged", "insisted", "dished", "spilled", "concluded", "recounted", "remarked",
    "replied", "responded", "joked", "posted", "announced", "confirmed", "mentioned", "declared", "opened up",
    "reflected", "laughed", "gushed", "quipped", "asked", "whispered",
    # the present of a feature's tags ("she notes with some pride")
    "notes", "admits", "recalls", "insists", "concedes", "explains", "jokes", "reflects", "stresses", "argues",
)

# Attribution by structure (segment._attribution): the verbs that report speech or a report (the
# speech verbs above and other forms), the words that head a noun phrase naming no one ("a source",
# "friends of the couple", "someone close to her", "the person"), the role nouns that speak for someone and count as
# unnamed unless a name stands beside them ("her rep" / "her attorney, Jane Roe"), documents
# (reporting, not a person on the record), and phrases that say a speaker asked not to be named.
REPORT_VERBS = SPEECH_VERBS + (
    "say", "tell", "insist", "insists", "claim", "claims", "report", "reports", "reported", "reveal", "reveals",
    "confirm", "confirms", "add", "explain", "explains", "write", "note", "notes", "state", "states", "allege",
    "alleges", "alleged", "maintain", "maintains", "maintained", "admit", "admits", "dish", "dishes", "spill",
    "spills", "suggest", "suggests", "suggested", "gushes", "recall", "recalls", "continue", "continues", "stressed",
    "emphasized", "emphasised", "warned", "argued", "argues", "contend", "contends", "contended", "opens up",
    "open up", "confided", "confides", "described", "describes", "whispers", "whisper", "divulged", "divulges",
)
UNNAMED_HEADS = frozenset([
    "source", "sources", "insider", "insiders", "friend", "friends", "pal", "pals", "confidant", "confidante",
    "confidants", "tipster", "eyewitness", "eyewitnesses", "witness", "witnesses", "onlooker", "onlookers",
    "observer", "observers", "spy", "spies", "someone", "somebody", "person", "persons", "people", "those",
    "one", "another", "relative", "relatives", "member", "members", "acquaintance", "acquaintances",
    "neighbor", "neighbors", "neighbour", "neighbours", "staffer", "staffers", "employee", "employees",
    "official", "officials", "associate", "associates", "colleague", "colleagues", "guest", "guests",
    "attendee", "attendees", "pals", "bystander", "bystanders", "individual", "individuals",
    "crew", "others", "many", "several", "some",
    # a review: "a Westminster mole", "a fellow diner", "one partygoer"
    "mole", "moles", "diner", "diners", "partygoer", "partygoers", "reveller", "revellers", "fan", "fans",
    # a review of unnamed sources: "A mate of Leo's says"
    "mate", "mates",
    # a read of every statement's attribution: "those closest to the pair say", "Strategists in both parties say",
    # "Regulars say", "according to family members"
    "closest", "strategists", "regulars", "investors", "analysts", "critics", "experts", "locals", "residents",
    "aides", "advisers", "advisors", "customers", "patrons", "viewers", "watchers",
    "passer-by", "passers-by",
])
# What someone's own speaks for them without a name ("Grant's camp says", "Vance's team told", "her inner circle"):
# unnamed after an owner, not alone ("the team said": a club).
OWNED_UNNAMED_HEADS = frozenset(["camp", "circle", "people", "entourage", "side", "inner circle", "orbit"])
# Who may speak unnamed and still be no source the article hides: a court's or the police's voice
# ("A Los Angeles judge said"): the record, reported.
OFFICIAL_BODIES = frozenset(["judge", "judges", "court", "magistrate", "jury", "coroner", "prosecutor", "prosecutors",
                             "police", "sheriff"])  # (not a clerk: "a court clerk said" is someone unnamed, a review)
SPOKES_ROLES = frozenset([
    "rep", "reps", "representative", "representatives", "spokesperson", "spokesman", "spokeswoman",
    "spokespeople", "publicist", "lawyer", "lawyers", "attorney", "attorneys", "manager", "agent",
    "counsel", "aide", "aides", "assistant", "team",
])
DOCUMENT_HEADS = frozenset([
    "documents", "document", "filing", "filings", "papers", "records", "record", "lawsuit", "suit",
    "complaint", "petition", "report", "reports", "court", "judge", "ruling", "order", "statement",
    "outlet", "publication", "magazine", "paper", "tabloid", "site", "website", "reporting", "police",
    "affidavit", "declaration", "transcript", "transcripts", "listing", "deed", "post", "caption",
    "interview", "show", "podcast", "broadcast", "episode", "article", "story", "book", "memoir", "version", "edition",
])
ANONYMITY = re.compile(
    r"\b(?:on (?:the )?condition (?:of anonymity|that (?:she|he|they|it) (?:not|wouldn't|would not) be (?:named|identified))"
    r"|(?:declined|asked|wished) not to be (?:named|identified)|"
    r"(?:declined|refused) to be (?:named|identified)"
    r"|(?:who|because\s+\w+|as\s+\w+|since\s+\w+)\s+(?:is|was|were|are|wasn['’]t|weren['’]t)\s+not\s+authori[sz]ed\s+to\s+(?:speak|comment)|"
    r"who (?:asked|requested|spoke) (?:for )?anonymity|speaking anonymously|anonymous(?:ly)?\s+(?:source|tip)"
    # "who asked to remain anonymous", "insisted on anonymity", "asked that her name not be used",
    # "speaking on background", "said on background", "told us off the record"
    r"|(?:asked|wished|wanted|preferred) to (?:remain|stay|be) anonymous|(?:insisted on|requested|granted) anonymity"
    r"|asked that (?:her|his|their) names? not be (?:used|published|given)"
    r"|(?:speaking|spoke|said|told \w+(?: \w+)?) on background|off the record"
    # a name changed or made up: "Jenna, whose name has been changed", "a friend, whom we will call Carla",
    # "Rosa (not her real name)"
    r"|whose (?:real )?name (?:has been|was|is) (?:changed|withheld)|not (?:his|her|their) real names?"
    # "the woman, who is identified only as Jane Doe", "The plaintiff, identified in court papers only as Jane Doe" (a
    # fourth review; not "Ann Lee, identified in the lawsuit only as Jane Doe, ...": named)
    r"|(?:woman|man|plaintiff|accuser|defendant|victim|person|employee|complainant)\b[^.;]{0,30}?identified\s+"
    r"(?:in\s+[\w ]{1,25}?\s+)?(?:only\s+)?as\s+(?-i:Jane|John)\s+(?-i:Doe|Roe)"
    r"|(?:whom|who) we(?:['’]ll|\s+will|\s+shall)? call|names? (?:has been |have been )?changed to protect|pseudonym)\b",
    re.IGNORECASE)
# Capitalised words that open a clause or a phrase: never a subject's name (ADVERBIAL_OPENERS), never
# part of a person's name (NAME_STOPWORDS).
OPENING_WORDS = frozenset([
    "In", "On", "At", "For", "But", "And", "As", "After", "Before", "During", "Over", "Plus", "It", "This", "That",
    "These", "When", "While", "What", "Who", "Which", "Where", "Why", "How", "If", "So", "Yet", "Also", "Then",
    "There", "Here", "Just", "Even", "Still", "Now", "Once", "Earlier", "Later", "Since", "Until", "From", "With",
    "Without", "Through", "According", "Meanwhile", "However",
])
# Words that open an adverbial phrase before the subject ("Last month, Jane said"), not a name.
ADVERBIAL_OPENERS = OPENING_WORDS | frozenset([
    "Last", "Although", "Though", "Speaking", "Asked", "Previously", "Recently", "Back", "Months", "Weeks", "Days",
    "Years", "Following", "Separately", "Instead", "Elsewhere", "Today", "Yesterday", "Overall", "Indeed", "Sadly",
    "Ultimately", "Eventually", "Reportedly", "Apparently", "Allegedly", "Notably", "Under", "By", "Per", "Despite",
    "Next", "Further", "Additionally", "Moreover",
])
# Role nouns by which an article calls a person it names ("the singer", "Grammy winner Jane Doe", "Jane
# Doe, the actress"), each with the gender it tells ("" for none): an epithet ("The actress said") is
# someone's only if that person fits it (generator/people/).
ROLE_NOUNS: dict[str, str] = {
    "star": "", "actor": "m", "actress": "f", "singer": "", "model": "", "rapper": "", "musician": "",
    "comedian": "", "host": "", "chef": "", "director": "", "producer": "", "winner": "", "mogul": "",
    "athlete": "", "player": "", "author": "", "writer": "", "icon": "", "legend": "", "heiress": "f",
    "socialite": "", "businessman": "m", "businesswoman": "f", "politician": "", "hitmaker": "",
    "songstress": "f", "entrepreneur": "", "designer": "", "personality": "", "alum": "",
}
# Right after "split": a sharing, not a parting ("split the proceeds", "split custody of the kids", "split the bill";
# not "split a decade later", "split a year after the wedding"): extract.py's separations, relations.py's partners.
SPLIT_A_SHARE = re.compile(r"\s+(?:(?:the|a|an|their|his|her|its)\s+(?!(?:decade|year|few|couple|month|week|day|short)s?\b)"
                           r"(?!(?:following|next)\s+(?:year|spring|summer|fall|autumn|winter)\b(?!['’]))"
                           r"|(?:custody|parenting|time|holidays|weekends|duties|costs?)\b)",
                           re.IGNORECASE)
# Words for what someone is that tell their gender, set beside a name ("Jo Roe, a spokeswoman for the senator",
# "the senator's spokeswoman, Jo Roe", "congressman Bob Ray"): a surer sign than the pronouns after the name.
GENDERED_ROLES: dict[str, str] = {
    "spokeswoman": "f", "spokesman": "m", "businesswoman": "f", "businessman": "m", "actress": "f", "heiress": "f",
    "congresswoman": "f", "congressman": "m", "assemblywoman": "f", "assemblyman": "m", "councilwoman": "f",
    "councilman": "m", "sportswoman": "f", "sportsman": "m", "anchorwoman": "f", "anchorman": "m", "widow": "f",
    "widower": "m", "songstress": "f", "waitress": "f", "headmistress": "f", "headmaster": "m",
}


def _plural(noun: str) -> str:
    """A role noun's plural ("actor": "actors", "businessman": "businessmen", "personality": "personalities")."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


# Before a count of children, the couple by their trade in the plural: "The actors share three children",
# "the two stars" (WHOSE_COUNT above).
COUPLE_BY_TRADE = re.compile(r"\bthe\s+(?:two\s+)?(?:" + "|".join(sorted({_plural(n) for n in ROLE_NOUNS}, key=len, reverse=True))
                             + r")\b", re.IGNORECASE)
# Heads of a subject that stand for someone the article names ("the singer said", "the couple told"):
# the role nouns, the couple's and the family's words. segment.py has never read the role nouns below
# as heads of a subject: they are left out so that its attribution stays as it was (adding them is a
# change to measure on tests/test_attribution_set.py).
_NOT_SUBJECT_HEADS = frozenset([
    "mogul", "athlete", "player", "writer", "legend", "heiress", "socialite", "businessman", "businesswoman",
    "politician", "alum",
])
PERSON_HEADS = (frozenset(ROLE_NOUNS) - _NOT_SUBJECT_HEADS) | frozenset([
    "talent", "couple", "pair", "exes", "duo", "newlyweds", "family", "mother", "father", "mom", "dad", "mum",
    "wife", "husband", "daughter", "son", "sister", "brother", "ex-wife", "ex-husband",
])

# Last words of a company's or a group's name ("Bright Lights Management Group", "Doe Entertainment"):
# a single word that begins such a name and is never a person's first name is no one.
_COMPANY_VENUE_TAILS = frozenset([
    "Group", "Records", "Productions", "Studios", "Inc", "Company", "Corporation", "Foundation",
])
# The words that open a sports club's name, written right before it ("SC Nordby Hamburg", "FC Kelby", "VfB
# Kelby", "1. FC Kelby"): the name after them is a club's, never a person's (not "AC", "AS", "CD", "IF": "The first
# CD Ann Lee ever bought").
CLUB_BEFORE = re.compile(r"(?<![\w.])(?:1\.\s+)?(?:FC|SC|SV|TSV|VfB|VfL|TuS|FSV|TSG|SpVgg|SSV|BSC|AFC|SSC|FK|NK)\s+$")
ORGANISATION_TAILS = _COMPANY_VENUE_TAILS | frozenset([
    "Management", "Entertainment", "Agency", "Holdings", "Ltd", "LLC", "Partners", "Media", "Enterprises",
    "Label", "Band", "Ventures", "Capital", "Brands", "Trust", "Associates", "Properties", "Developments",
    "Realty", "Investments",
])
# First words of a name that is a house, a restaurant or a hotel, not a person ("Casa Ivo", "Villa
# Serracchia", "Chez Marcel"): never first names. ("Bar" and "Camp" are left out: "Bar Refaeli".)
# First words of a place's name: "Westport, Co Mayo", "County Galway": a place, not a person.
PLACE_HEADS = frozenset(["Co", "County", "Ciudad", "Puerto", "Colonia", "Playa"])  # ("Ciudad Juárez", "Puerto Vallarta")
# First words that mostly begin a place's, a show's or a restaurant's name ("Fort Wayne", "Mount Hood", "Old Town",
# "La Perla"), but may begin a person's ("Les Moss", "La Toya Ray"): no one's unless the articles give the name
# a person's marks (an age, a relation word, words of their own).
PLACE_LIKE_HEADS = frozenset(["Fort", "Mount", "Mt", "Cape", "Old", "La", "Les", "Los", "Las"])
VENUE_HEADS = frozenset(["Casa", "Chez", "Villa", "Hotel", "Café", "Cafe", "Trattoria", "Ristorante", "Bistro",
                         "Taverna", "Chateau", "Château", "Maison", "Hacienda", "Rancho", "Palazzo", "Castello",
                         "Estadio"])
# Last words of a news outlet's name ("the Harbour Gazette", "Smalltown Courier"): an outlet, not a person.
_NEWS_VENUE_TAILS = frozenset(["Times", "Journal", "Magazine", "Daily", "Weekly", "Radio"])
NEWS_WORDS = _NEWS_VENUE_TAILS | frozenset([
    "Gazette", "Courier", "Post", "News", "Herald", "Tribune", "Chronicle", "Observer", "Telegraph", "Guardian",
    "Review", "Online", "TV", "Examiner", "Inquirer", "Record", "Star", "Sun", "Mail", "Express", "Independent",
    "Standard", "Bulletin", "Dispatch", "Ledger", "Register", "Sentinel", "Gossip", "Insider", "Press", "Wire",
    "Reporter",
])
# The last word of a name that is a business, a venue or an institution, not a person ("Doe Hardware",
# "Maple Street Records", "Cook County Court"). Unlike the other words of the two lists above
# ("Management", "Herald"), a word of this list also makes a full name no one's where its words
# stand alone (people/grouping.py).
INSTITUTION_TAILS = _COMPANY_VENUE_TAILS | _NEWS_VENUE_TAILS | frozenset([
    "Hardware", "Studio", "Pictures", "Co", "Network", "Television", "Court", "County", "Church", "School",
    "University", "College", "Hospital", "Infirmary", "Clinic", "Hospice", "Restaurant", "Bistro", "Kitchen", "Cafe", "Bakery", "Store", "Shop",
    "Market", "Hotel", "Theater", "Theatre", "Hall", "Center", "Centre", "Park", "Street", "Avenue", "Road", "City",
    "Falls", "Valley", "Elementary", "Institute", "Museum", "Festival", "Awards", "Show", "Talk", "Podcast",
    "Tech", "Academy", "Conservatory", "Polytechnic",  # "taught chemistry at Michigan Tech"
    "Olympics", "Paralympics", "Championships", "Cup",  # "the 2012 London Olympics" (not "Games": a surname too)
    "Circuit",  # "Dane County Circuit Judge Ann Lee": the court, no one
    "State",  # "Ohio State Sen. Ann Lee", "Ohio State": a state's office or a university
    # a business named after its founder: "Doe Hospitality", "Doe Consulting"
    "Hospitality", "Restaurants", "Consulting", "Industries", "Foods", "Architects", "Films",
    # sports clubs: "Redbridge Rovers", "Lakeside United", "Harbour Athletic"
    "Rovers", "United", "Athletic", "Wanderers", "Rangers", "Albion", "Hotspur", "FC", "Sports",
    # and teams: "Kelby Mariners", "Kelby Royals", "Kelby Super Kings"
    "Mariners", "Royals", "Kings", "Knights", "Riders", "Warriors", "Titans", "Giants", "Challengers", "Strikers",
    "Sixers", "Mavericks", "Raiders", "Chargers", "Panthers", "Tigers", "Eagles", "Falcons",
    # companies, clubs, gardens, waters: "Acme Systems", "Elm Curling Club", "Puget Sound" (not "Garden"
    # nor "Bank": surnames, in LONG_NAME_TAILS)
    "Systems", "Software", "Technologies", "Labs", "Airlines", "Motors", "Club", "Gardens",
    "Sound", "Island", "Islands", "Heights", "Interview",
    # courts, arenas, leagues and offices: "Milwaukee County Courthouse", "Calder Fieldhouse", "Prairie Conference"
    "Courthouse", "Fieldhouse", "Stadium", "Conference", "League", "Department", "Association",
    "Federation", "Council", "Committee", "Alliance", "Ministry", "Library", "Airport",
    # a law: "the Family Law Act", "the Children Act"
    "Act",
])
# Last words of a place that are surnames too ("Bronte Beach", "Byron Bay", "Brack Head" / "Cara Beach", "Michael Bay",
# "Edith Head"): such a name is a place where it mostly stands right after "at", "in", "on", "near" (people/__init__.py).
PLACE_SURNAMES = frozenset(["Beach", "Bay", "Harbour", "Point", "Creek", "Cove", "Head"])
# Last words that are surnames too ("Lila Garden", "Tobias Bank", "Tina Arena") but end an institution's name of three
# words or more ("Elm Botanical Garden", "First National Bank").
LONG_NAME_TAILS = frozenset(["Garden", "Bank", "Arena"])  # "Tina Arena" / "Rogers Place Arena"
# The last word of a name that is no person's, in any of the three lists: such a full name is no one
# of a couple and gives no surname (people/evidence.py, grouping.py).
NOT_PERSON_TAILS = INSTITUTION_TAILS | ORGANISATION_TAILS | NEWS_WORDS

# Dates as articles write them. One range of years for every stage: 1800 to 2099.
YEAR = r"(?:1[89]|20)\d\d"
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
# Abbreviated months, with their numbers ("Feb. 19"); "May" is never abbreviated.
MONTH_ABBREVIATIONS = {"Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Aug.": 8, "Sept.": 9, "Sep.": 9, "Oct.": 10,
                       "Nov.": 11, "Dec.": 12}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = frozenset(m.capitalize() for m in MONTHS)
# Each way an article writes a month, with its number: "June" 6, "Nov." 11.
MONTH_NUMBERS: dict[str, int] = {**{m.capitalize(): i + 1 for i, m in enumerate(MONTHS)}, **MONTH_ABBREVIATIONS}
# The same without an abbreviation's dot, for patterns that read "\.?" after the month ("Feb. 3", "Feb 3"), and
# the number of each (a dot in an alternation matches any character: "Feb," was read as "Feb." and had none).
MONTH_BY_WORD: dict[str, int] = {**MONTH_NUMBERS, **{m.rstrip("."): n for m, n in MONTH_NUMBERS.items()}}
MONTH_ALT = "|".join(sorted({m.rstrip(".") for m in MONTH_NUMBERS}, key=len, reverse=True))
MONTH_PATTERN = "|".join(m.capitalize() for m in MONTHS)  # "January|February|...", in calendar order
# The month each holiday falls in (Easter and Mother's Day move a little: their usual month).
HOLIDAY_MONTHS = {"thanksgiving": 11, "christmas": 12, "valentine's day": 2, "new year's eve": 12,
                  "halloween": 10, "easter": 4, "mother's day": 5, "father's day": 6, "fourth of july": 7}
# The day of its month each holiday falls on, or its latest day where it moves (an article of the
# holiday's month written on or after it tells of this year's: "on Christmas Eve" on December 29).
HOLIDAY_DAYS = {"thanksgiving": 28, "christmas": 25, "valentine's day": 14, "new year's eve": 31,
                "halloween": 31, "easter": 30, "mother's day": 14, "father's day": 21, "fourth of july": 4}

# Capitalised words that are never part of a person's name (people/names.py): the opening words, articles,
# pronouns, titles of address, interjections, quantifiers and other capitalised words ("Congratulations",
# "Exclusive"), the months (but a month before a name may be a first name: "June Carter"), weekdays,
# three holidays and the role titles.
# Nouns for someone a sentence does not name, of each gender and of either (people.history: "Lang's mother spoke to
# reporters", "A spokesman for Hale said"): the next pronoun of that gender may be theirs.
UNNAMED_FEMALE = ("woman|girl|lady|mother|mom|mum|grandmother|grandma|aunt|sister|daughter|wife|niece|actress|waitress"
                 "|spokeswoman|businesswoman|girlfriend|fianc[ée]e|bride|widow|stepmother|stepdaughter|stepsister")
UNNAMED_MALE = ("man|boy|gentleman|father|dad|grandfather|grandpa|uncle|brother|son|husband|nephew|spokesman|businessman"
               "|boyfriend|fianc[ée]|groom|widower|stepfather|stepson|stepbrother")
UNNAMED_ANYONE = ("nanny|nurse|manager|lawyer|attorney|agent|publicist|spokesperson|rep|representative"
                 "|neighbou?r|assistant|bandmate|teammate|teacher|coach|doctor|relative|cousin|parent"
                 "|sibling|child|kid|partner|colleague|co-?star|producer|director|stylist|bodyguard|driver|housekeeper"
                 # the court's people and the family's helpers (a review: "The judge awarded ... She said", "The
                 # court-appointed guardian had recommended the change. She told the court ...")
                 "|judge|justice|magistrate|guardian|mediator|pediatrician|paediatrician|therapist|psychologist"
                 "|counsel+or|evaluator|social worker|caseworker|prosecutor|detective|officer|clerk|planner|officiant"
                 # a wedding's, an inquest's and a match's people (a third review of brackets: "The registrar said ...
                 # She said it was the most moving ceremony she had led", "The florist ... She used 4,000 roses")
                 "|registrar|bridesmaid|florist|paramedic|midwife|vicar|celebrant|caddie|physio|umpire|referee")
# Nationalities and languages: "the Spanish television presenter", "Mexican telenovela star Ann Lee".
DEMONYMS = ("Spanish", "Mexican", "American", "British", "French", "Italian", "German", "Australian", "Canadian",
            "Scottish", "English", "Welsh", "Argentine", "Argentinian", "Colombian", "Cuban", "Brazilian", "Portuguese",
            "Japanese", "Chinese", "Indian", "Russian", "Dutch", "Swedish", "Norwegian", "Danish", "Greek", "Turkish",
            "Venezuelan", "Chilean", "Peruvian", "Dominican", "Latino", "Latina", "Basque", "Catalan", "Español",
            "Mexicana", "Mexicano", "Nigerian", "Ghanaian", "Kenyan", "Jamaican", "Filipino", "Korean", "Polish",
            "Ukrainian", "Israeli", "Lebanese", "Egyptian", "Iranian", "Pakistani", "Scandinavian", "European",
            "African", "Asian", "Caribbean", "Hispanic")
NAME_STOPWORDS = OPENING_WORDS | MONTH_NAMES | frozenset(WEEKDAYS) | ROLE_TITLES | frozenset([
    # a verb of a headline in title case ends the name before it: "Ann Lee Is Ready for Her Close-Up"
    "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Says", "Does", "Did",

    "A", "An", "The", "Together", "To", "He", "She", "They", "We", "I", "His", "Her", "Their", "Our", "My", "You",
    "Your", "Those", "Whom", "Or", "Nor", "Not", "No", "Yes", "Maybe", "About", "Into", "Clearly", "Surprisingly",
    "Obviously", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lady", "Lord", "Jr", "Sr", "Yikes", "Uh", "Oh", "Well",
    "Like", "Sorry", "Life", "Continued", "One", "Two", "Three", "Four", "Congratulations", "Public", "Posted",
    "Exclusive", "Alone", "All", "Both", "Each", "Every", "Some", "Many", "Most", "Other", "Another", "Former",
    "Under", "Updated",  # "Under Wisconsin law", "Updated Feb. 17" (not "Go": a surname, "Go Ara")
    "Christmas", "Easter", "Thanksgiving",
    # relation words opening a name ("Grandmother Brenda Doe", "Daughter Ivy")
    "Grandmother", "Grandfather", "Grandma", "Grandpa", "Gran", "Nan", "Daughter", "Son", "Mother", "Father",
    "Mum", "Mom", "Dad", "Brother", "Sister", "Wife", "Husband", "Baby", "Twins", "Stepson", "Stepdaughter",
    # words of government that precede or follow a title ("Senate District 3", "the Statehouse")
    "Senate", "District", "Statehouse", "Congress", "Capitol", "Assembly",
    # a party's name before a candidate's ("Republican Cy Moss", "One Democratic operative")
    "Republican", "Republicans", "Democratic", "Democrat", "Democrats", "GOP", "Libertarian", "Election",
    # a barrister's rank ("appointed Queen's Counsel", "Ann Lee KC")
    "Counsel", "QC", "KC", "SC",
    # words of a nationality or a language, never a name ("Spanish tennis player Ann Lee", "Brillo en Español")
    *DEMONYMS,
    # words of address before a name ("Hon. Cy Moss", "Aunty Jo", "Uncle Bo", "Doña Ana"): the name is the words after them
    "Hon", "Aunty", "Auntie", "Aunt", "Uncle", "Doña", "Señora", "Señor",
    # ... or kin words after one, as Indian families use them ("Pinky Didi", "Sunita Masi"): the name is the words before
    "Didi", "Masi", "Bhabhi", "Bhaiya",
    # a platform, never a name nor the start of one ("per her Instagram Stories")
    "Instagram", "Facebook", "TikTok", "Twitter", "YouTube", "Snapchat", "WhatsApp",
])

# Words that open a run of capitalised words but never a name, which may hold them later ("Little
# Tom joins his sister" is Tom; "Rich Little" keeps his surname): an endearment or a heading's first word.
NAME_OPENERS = frozenset(["Little", "Tiny", "Sweet", "Inside", "Meet", "Welcome", "Introducing",
                          # a question's first word: "Are Ann Lee and Bob Ray back together?"
                          "Are", "Is", "Was", "Were", "Did", "Does", "Do", "Has", "Have", "Had", "Could",
                          "Should", "Would",
                          # "Neither Lee nor Ray ...", "Both Lee and Ray": a conjunction's first word
                          "Neither", "Either", "Both",
                          # a fan faction: "Team Ann or Team Bob?"
                          "Team"])  # not "Can" nor "Young": first names ("Can Aydin", "Young Seo")
# First names that open a question as its verb, never a name there: "Will Daybreak viewers be hearing wedding
# bells?" (but "Will Ray said", "Can Aydin asked?" ... only at a question's start: names_runs).
QUESTION_VERBS = frozenset(["Will", "Can", "Shall", "May", "Might", "Must"])

# Numbers written as words, with their values (ages, counts, lengths of time).
NUMBER_VALUES = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}
# Numbers written as words, for telling figures apart (the ones above, and rounder ones).
NUMBER_WORDS = frozenset(NUMBER_VALUES) | {"thirty", "forty", "fifty", "hundred", "dozen", "no", "none"}
# A sentence that names no one but tells of the story's own event by its subject ("About 120 guests attended
# the evening ceremony.", "An initial hearing is scheduled for April 19.", "The parties must attend mediation
# within 90 days."): a claim, no aside. Only a subject the words set, with an article, a possessive or a
# figure (not "Humanist weddings have been legally recognised since 2013", "Relocation cases leave bruises":
# all of them), of four words or more, and no exclamation ("Talk about a messy split!").
STORY_NOUNS = (
    "ceremony", "ceremonies", "reception", "vows", "honeymoon", "guests", "bride", "brides", "groom", "grooms",
    "newlyweds", "wedding", "weddings", "marriage", "engagement", "proposal", "hearing", "hearings", "trial",
    "petition", "counter-petition", "filing", "filings", "order", "ruling", "judgment", "decree", "agreement",
    "prenup", "prenuptial", "mediation", "parties", "case", "plan", "statement", "announcement", "split",
    "separation", "breakup", "break-up", "divorce", "custody", "settlement", "registrar", "conference", "appeal",
    "deal", "fight", "battle", "dispute", "proceedings", "application",
)
STORY_SUBJECT = re.compile(
    r"^(?:-\s+)?(?:the|a|an|their|about|around|some|nearly|almost|more than|fewer than|over|\d[\d,]*|"
    + "|".join(sorted(NUMBER_WORDS - {"no", "none"}, key=len, reverse=True)) + r"|hundreds|dozens)\s+(?:[\w'’-]+\s+){0,3}?(?:"
    + "|".join(STORY_NOUNS) + r")\b", re.IGNORECASE)
STORY_WORDS = 4  # fewer words are a list's heading ("The parties."), no claim
# A correction of an article's reporting: a claim about what it said ("Correction, Feb. 18, 2023: An
# earlier version of this story said the petition was filed in Pine County."; "An article published on Aug. 7
# about their divorce incorrectly stated ...", "An article on Wednesday's front page ... misstated the amount"),
# never an aside, and no evidence of the events it names: its dates are the articles', its values the errors.
MISREPORTED = re.compile(r"\b(?:(?:incorrectly|erroneously|mistakenly|wrongly|falsely)\s+(?:stated|said|reported|identified"
                         r"|described|gave|listed|named|called|referred)|misstated|misreported|misidentified|misspelled"
                         r"|misquoted|misattributed)\b", re.IGNORECASE)
CORRECTION = re.compile(r"^\W*(?:correction|clarification)\b|\b(?:an earlier|a previous) version of this"
                        r" (?:story|article|report)\b|"
                        r"\b(?:said|stated|reported|gave|described|named|called)\s+in\s+an\s+earlier\s+(?:[a-z]+\s+)?"
                        r"(?:version|edition)\b|"  # "... said in an earlier online version that the couple separated in 2023"
                        # a correction notice's account of what the outlet's own article said: "An article on Thursday
                        # about the divorce ... described Kit Roe as the couple's son", "The same article said ..." (not
                        # "An article on Thursday in the Sun said": another outlet's; nor "The same report said": a
                        # police report's, maybe)
                        r"^\W*(?:(?:An|Our)\s+article\s+(?:on|published|last|this)\b(?![^.;]*\b(?:in|by)\s+(?:the\s+)?"
                        r"(?-i:[A-Z]))[^.;]{0,120}?\s|The\s+same\s+article\s+)"
                        r"(?:said|stated|described|reported|gave|named|called|listed|identified)\b|"
                        + MISREPORTED.pattern, re.IGNORECASE)
# A sentence that says, all by itself, that the article's own report right before it was wrong ("This was
# incorrect.", "That report was untrue.", "We were wrong.", "We apologise for the error.", "*This was incorrect.*",
# "This was incorrect, and we apologise to Ms Lee."): the article retracts it (generator/retracted.py).
_DISOWNED_ONE = r"(?:This|That|It|The (?:report|story|claim|article|statement)|That (?:report|story|claim|article|statement))"
_DISOWNED_AS = (r"(?:incorrect|untrue|inaccurate|false|erroneous|wrong|an error|a mistake"
                r"|not (?:true|correct|accurate|the case))")
DISOWNS = re.compile(rf"\W*(?:{_DISOWNED_ONE}\s+(?:was|is|had been|has been)\s+(?:(?:simply|entirely|completely|also"
                     rf"|in fact|quite)\s+)?{_DISOWNED_AS}|We (?:were|got (?:it|this|that)) wrong"
                     r"|We (?:apologi[sz]e|regret) (?:for )?(?:the|this|that|our) (?:error|mistake))"
                     r"(?:[,;]\s+and\s+we\s+(?:apologi[sz]e|regret)\b[^.!?]*)?\W*", re.IGNORECASE)
# A sentence that says, all by itself, that what the sentence right before it reports is not true ("That is not true.",
# "These reports are false.", '"That is not the case," her publicist said.'): the claim it reports gives no fact
# (generator/retracted.py). Only words that judge a claim true or false, never a deed ("That was wrong.").
DENIES = re.compile(rf"\W*(?:(?:{_DISOWNED_ONE}|(?:The|These|Those|Such|Both)\s+(?:reports|rumou?rs|claims|stories"
                    r"|suggestions))\s+(?:was|is|were|are|had been|has been|have been)|(?:That|This|It)['’]s)"
                    r"\s+(?:(?:simply|entirely|completely|also|in fact"
                    r"|quite|absolutely|categorically|just|totally|100 per ?cent)\s+)?(?:incorrect|untrue|inaccurate|false"
                    r"|not (?:true|correct|accurate|the case))"
                    # a speech tag after the words: '"That is not true," her publicist said.'
                    r"(?:[,.!]?[\"”’]?,?\s+(?:(?:[\w.'’-]+\s+){1,7}?(?:said|says|added|insisted|stressed|countered)"
                    r"|(?:said|says|added|insisted)\s+(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+)(?:\s+in\s+a\s+statement)?)?\W*",
                    re.IGNORECASE)
# What a denied sentence must be: the report of a claim, said so at its opening, in one clause ("Reports last month
# said ...", "The Daily Star claimed that ...", "Bob Ray claimed in a court filing that ...", "People keep saying ...",
# "Q: Reports say you ...", "In March the tabloid reported ..."); never a fact with a report in a subordinate clause
# ("Bob Ray filed for divorce weeks after reports that ..."), a ruling, a filing, court papers, nor a sentence of two
# clauses (a question's premise "You separated in 2019, and people say you fought": the first half is no report).
REPORTED_CLAIM = re.compile(
    r"^\W*(?:Claim|Rumou?r|Myth|The claim)\s*:|"  # a fact check's own form: "Claim: ..." / "Verdict: That is not true."
    r"^\W*(?:[A-Z][\w.'’-]*:\s+)?(?:(?:In|On|Last|Earlier|This|Back in)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?\s+)?"
    r"(?:(?:Reports?|Rumou?rs?|Claims?|Speculation|Gossip|People|Fans|Many|Some|Critics|Friends|Sources|Insiders|Tabloids"
    r"|Everyone|Everybody)\b(?:\s+[\w'’-]+){0,4}?|(?:The|A|An|One|Several|Some)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"|(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}|She|He|They|It|There)"
    r"\s+(?:(?:have|has|had|keep|kept|were|was|is|are)\s+(?:been\s+)?|(?:widely|falsely|repeatedly|also|once|last\s+\w+)\s+)?"
    r"(?:claim(?:ed|s|ing)?|report(?:ed|s|ing)?|sa(?:id|y|ys|ying)|alleg(?:ed|es|ing)|suggest(?:ed|s|ing)|believ(?:ed|es)"
    r"|assum(?:ed|es)|heard|hear|insist(?:ed|s)|speculat(?:ed|es|ing)|rumou?red|whisper(?:ed|s)|wr(?:ote|ites)|told)\b"
    r"(?![^.;]*(?:,\s+(?:and|but|while)\s|;))", re.IGNORECASE)
# A sentence that tells what the outlet itself reported before: "we reported that", "we incorrectly stated", "this
# newspaper published", "our article said", "Sources told this newspaper that"; never "we said we would never divorce" (the writer, or the couple), "we
# wrote that they would be together forever" (a columnist's forecast), "the report said" (a social worker's) or "the
# story described" (someone's words about another outlet's story).
OWN_REPORT = re.compile(r"\b(?:(?:we|this (?:newspaper|paper|site|magazine|publication|outlet|website))\s+(?:had\s+|have\s+"
                        r"|originally\s+|previously\s+|also\s+)?(?:(?:incorrectly|wrongly|erroneously|mistakenly)\s+)?"
                        r"(?:reported|stated|published|said\s+in\s+(?:a|an|our)\s+(?:(?:earlier|previous)\s+)?(?:article"
                        r"|story|report|piece))|(?:our (?:article|story|report|piece|headline)|an (?:earlier|previous)"
                        r" (?:version|edition) of this (?:article|story|report))\s+(?:had\s+)?(?:(?:incorrectly|wrongly"
                        r"|erroneously|mistakenly)\s+)?(?:reported|stated|said)"
                        # what sources told the outlet, which it printed: "Sources close to the couple told this
                        # newspaper last week that ..."
                        r"|told\s+(?:us|this\s+(?:newspaper|paper|site|magazine|publication|outlet|website)))\b",
                        re.IGNORECASE)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
# The things of a life counted by an ordinal ("his first term", "her second marriage"): a figure of the claim, never
# the "two terms" of a later one (generator/similar.py).
ORDINAL_THINGS = ("term", "marriage", "wife", "husband", "wedding", "child", "baby", "season", "album",
                  "novel", "film", "book", "title", "restaurant", "engagement", "divorce")

# The default sections of a profile, (key, title, cue words): a sentence's section by its own
# words, where what it is about does not decide (generator/classify.py, sections.py).
# Words that describe a person ("the exes", "his ex-wife") are no cues: a sentence about what
# the exes do now is not about their divorce.
DEFAULT_SECTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("background", "Background", (
        "met", "meet", "set of", "co-star", "costar", "co-starred", "starred", "film",
        "movie", "career", "born", "grew up", "early on", "early days", "early years", "wedding", "tied the knot",
        "got married", "romance", "romantic", "filming", "lovebirds",
        # a public career: "has represented the 16th Senate District since 2013"
        "senate district", "state senate", "congressional district", "city council", "state assembly",
        "house district", "assembly district",
        # a brother or sister introduced by name (SIBLING_INTRO): the family they come from
        "family of origin",
    )),
    ("divorce", "Divorce", (
        "divorce", "split", "separation", "separated", "break-up", "breakup",
        "pulled the plug", "marriage ended", "filed for",
        "legally single", "settlement", "spousal support", "alimony", "prenup", "prenuptial", "separating",
        "lump sum", "lump-sum", "one-time payment", "one-off payment", "one-off sum",
        # the family's home as the divorce divides it: "she keeps the family's house in Reno" (the present of a
        # settlement, not "her mother kept the family home after her father died")
        "keeps the house", "keeps the home", "keeps the family home", "keeps the family's house",
        "keeps the family's home", "marital home",
        # the petition's own words: "asked a court to dissolve her marriage", "irretrievably broken"
        "dissolve her marriage", "dissolve his marriage", "dissolve their marriage", "dissolve the marriage",
        "irretrievably broken", "irreconcilable differences",
        # the words of other courts: "their decree nisi was granted", "a financial
        # remedy order", "on the ground of unreasonable behaviour", "a judicial separation"
        "decree nisi", "decree absolute", "financial remedy", "unreasonable behaviour", "unreasonable behavior",
        "judicial separation", "conditional order", "final order",
        # a couple's own word of their split: "we have decided to separate"
        "decided to separate", "decision to separate", "agreed to separate",
        # the split under way: "Ann Lee and Bob Ray are divorcing" (not "plays a divorcing mother")
        "are divorcing", "is divorcing",
        # apart under one marriage: "The couple have lived apart since February", "to continue our lives separately"
        "lived apart", "living apart", "live apart", "lives apart", "lives separately", "live separately",
    )),
    ("custody", "Custody", (
        "custody", "visitation", "court", "judge", "legal", "lawyer", "voicemail",
        "litigation", "ruling", "financials", "legal costs", "weekends", "every other weekend",
        "weekend of each month", "parenting time",
        # where the children live and who pays for them, as a court or a settlement sets it
        "children will live", "kids will live", "live mainly with", "live primarily with", "lives mainly with",
        "lives primarily with",
        "primary residence", "residential parent", "parenting plan", "parental responsibility", "child support",
        "alternate weekends",
        # where the children live as the family courts of England and Wales order it
        "child arrangements", "arrangements order", "contact order", "residence order", "cafcass",
        "family court", "school holidays",
        # as Australian courts order it: "parenting orders", "joint decision-making", "five nights a fortnight",
        # an application to relocate the children
        "parenting order", "parenting orders", "decision-making responsibility", "nights a fortnight",
        "each fortnight", "relocate the children", "relocate the twins", "relocate the kids", "relocation",
        # the children's upkeep and the father's guardianship, as courts of personal status set them
        "guardianship", "child maintenance", "maintenance for the children", "for the maintenance of",
        "visiting rights",
    )),
    ("reconciliation", "Reconciliation", (
        "forgive", "forgiveness", "reconcile", "rebuilt", "repair", "therapy", "respect",
        "cordial", "good terms", "get along", "peaceful", "amicable", "amicably", "apology", "co-parent",
        "co-parenting", "co-parents", "holidays together", "same team",
        "regret", "regrets", "regrettable", "owned up", "better place", "talk",
        "good relationship", "great relationship", "relationship with", "polite",
        # a reunion, rumoured, confirmed or denied: "are back together", "have reconciled"
        "reconciled", "reconciling", "reconciliation", "back together", "getting back together",
        "another shot", "another go", "friends again", "better friends", "best friends", "dating again",
        # the exes side by side again: "the two co-hosted a foster-care gala" (not "co-hosted the morning show",
        # nor "co-hosted a gala with her new boyfriend", nor "appeared together before a judge")
        "the two co-hosted", "the exes co-hosted", "the pair co-hosted", "the former couple co-hosted",
        "side by side",
        # the exes doing something together again: "a joint birthday party", "celebrated together"
        "joint birthday", "celebrated together", "together again",
    )),
    ("current-family", "Current family", (
        "wife", "husband", "kids", "children", "grandchild", "grandparents",
        "granddaughter", "grandson", "welcoming", "expecting", "baby", "half-siblings",
        "sister", "now married", "is now", "currently", "mom", "mama", "daughters", "sons",
        "grandparent", "remarried", "is dating", "has been dating", "new girlfriend", "new boyfriend",
        # a new partner: "she's dating drummer Cy Moss", "confirmed her relationship with"
        "'s dating", "’s dating", "new romance", "romantically linked", "since been linked to",
        "confirmed her relationship with", "confirmed his relationship with", "confirms her relationship with",
        "confirms his relationship with",
        # a second wedding, to someone new or to each other again
        "remarry", "remarrying", "remarriage", "second wedding", "married each other", "wed each other",
        "married again", "wed again", "tied the knot again",
        # the family's health as it is now: "they open up about their anxiety", "as he fought melanoma"
        "anxiety", "panic attacks", "mental health", "hospital", "hospitalized", "illness", "cancer", "melanoma",
    )),
)

# The background's cue words of a career ("starred", "film"): in an article written after the couple's split began, a
# sentence with only these of the background's words tells of their lives now (sections._no_career_past).
CAREER_CUES = frozenset(["starred", "film", "movie", "career", "filming"])
# Words by which a sentence tells of the present: on a tie of cue words it goes to the later
# section ("their divorce was a mess, but they are now good friends") (generator/classify.py).
NOW_WORDS = re.compile(r"\b(?:now|currently|these days|nowadays)\b", re.IGNORECASE)
# Words that hold a cue word but tell of something else: a television "talk show" is no talk
# between the couple (generator/classify.py).
# Nor is sharing one's time between two places a split ("they have split their time between Los
# Angeles and a ranch", "splits his week between the restaurant and the farm").
NOT_CUES = re.compile(r"\btalk[- ]?shows?\b|\bsplit(?:s|ting)?\s+(?:their|his|her|its|the)\s+(?:time|weeks?|days|years?)\b"
                      # an ex's new wedding is no wedding of the couple's past: "after ex Bob Ray tied the knot"
                      r"|\bex(?:-(?:husband|wife))?\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:tied the knot|married|wed)\b"
                      # a time told by the split, not the split itself: "back together, seven months after
                      # their divorce", "since the split, she has raised the kids"
                      r"|\b(?:after|since)\s+(?:their|the|her|his)\s+(?:divorce|split|separation|break-?up)\b"
                      r"|\b(?:after|since)\s+(?:they|she|he)\s+(?:divorced|split|separated|broke up)\b",
                      re.IGNORECASE)
# A sibling introduced by name is the family they come from, no cue of the family now ("His older sister,
# comedian and radio host Jo Roe, was less discreet"; but "their older sister" of the children): classify.py
# scores it as the background's words of origin (SIBLING_CUE).
SIBLING_INTRO = re.compile(r"\b(?:his|her|[A-Z][\w'’-]+['’]s)\s+(?:(?:older|younger|big|little|twin|elder|kid)\s+)?"
                           r"(?:sister|brother),?\s+(?:the\s+)?(?:[a-z-]+\s+){0,5}?(?-i:[A-Z])", re.IGNORECASE)
SIBLING_CUE = " family of origin "
# A spouse of the past, or of the marriage being ended, is no cue of the current family: "her
# ex-husband", "his former wife", "a decade as husband and wife", "her husband of nearly seven years"
# (generator/classify.py); "his wife", "her new husband" are.
FORMER_SPOUSE = re.compile(r"\b(?:(?:ex|former|first|previous|late|estranged|then|soon-to-be(?:[- ]ex)?)[-‐‑ ]+)"
                           r"(?:husbands?|wives|wife|spouses?)\b|\bhusband and wife\b"
                           r"|\b(?:husbands?|wife|wives|spouses?)\s+of\s+(?:(?:nearly|almost|more than|over|about)\s+)?"
                           r"[\w-]+\s+years\b", re.IGNORECASE)
# Cue words of parents raising a child together, which count for getting on only where the sentence
# does not say it goes badly ("it is hard to co-parent", "the fights have grown", "they never
# agree on co-parenting") (generator/classify.py).
CO_PARENT_CUES = frozenset({"co-parent", "co-parents", "co-parenting", "co-parented"})
STRAIN_WORDS = re.compile(
    r"\b(?:hard|harder|tough|tougher|difficult|difficulty|difficulties|struggl\w*|conflicts?|challeng\w*"
    r"|strain\w*|tense|tension\w*|fight\w*|feud\w*|troubl\w*|problems?|clash\w*|bitter\w*|not|never|no longer"
    r"|unable|refus\w*)\b|n['’]t\b", re.IGNORECASE)
# People around someone, whose spouse is not the family's: "her friend's husband", "his sister's
# new wife" are no cue of the current family (generator/classify.py). Not the couple's children,
# whose spouses are family.
OTHERS = (r"(?:friends?|neighbou?rs?|co-?stars?|colleagues?|bosse?s?|assistants?|managers?|agents?|sisters?"
          r"|brothers?|mother|father|mom|dad|mum|cousins?|aunts?|uncles?|nieces?|nephews?|bandmates?)")
# Cue words of the law, which a custody fight shares with a lawsuit, a divorce or a name change:
# they count (for whichever section has them) only in a sentence that also speaks of children or
# of custody ("a judge gave her the kids"; not "a judge declared her single", "sued her in court")
# (generator/classify.py).
LAW_CUES = frozenset({"court", "courts", "legal", "judge", "judges", "lawyer", "lawyers", "legal costs"})
CHILD_WORDS = re.compile(
    r"\b(?:child|children|kids?|sons?|daughters?|boys?|girls?|bab(?:y|ies)|minors?|twins?|teens?|custody"
    r"|visitation|parenting|co-parent\w*)\b", re.IGNORECASE)

# Words that name a relative, as a relation between two people ("his wife, X": X is the spouse).
RELATION_WORDS: dict[str, str] = {
    "wife": "spouse", "husband": "spouse", "spouse": "spouse",
    "ex-wife": "former-spouse", "ex-husband": "former-spouse", "ex": "former-spouse",
    "former wife": "former-spouse", "former husband": "former-spouse", "first wife": "former-spouse",
    "first husband": "former-spouse",
    "daughter": "child", "son": "child", "child": "child", "kid": "child", "baby": "child",
    "stepdaughter": "stepchild", "stepson": "stepchild",
    "granddaughter": "grandchild", "grandson": "grandchild", "grandchild": "grandchild", "grandbaby": "grandchild",
    "mother": "parent", "father": "parent", "mom": "parent", "dad": "parent", "mum": "parent",
    "boyfriend": "partner", "girlfriend": "partner", "partner": "partner", "fiancé": "partner", "fiancée": "partner",
    "sister": "sibling", "brother": "sibling",
}

# Words right before a name that make it a person's ("his wife Ann", "two sons, Otto and Felix", "her
# niece, Bo", "actress Jo Roe"), each with the gender it tells ("" for none) (people/evidence.py).
# RELATION_WORDS above says which relation a word makes between two people; this says that a name is
# a person's and of which gender. So it also has the wider family ("niece", "aunt"), whose relation
# the profile does not show, and some role nouns; it has not "spouse", "ex", "kid", "grandchild" or
# "grandbaby" (never taken as evidence of a person), nor two-word forms (one word before a name is read).
# A child or a custody of another marriage: "Tom, 17, from her first marriage".
FROM_ANOTHER_MARRIAGE = (r"\bfrom (?:her|his|a|an) (?:first|previous|former|earlier|prior|other) "
                         r"(?:marriage|relationship|husband|wife)\b")
# Job words that make the name after them an adult's ("athletic director Tom Moss"): a first name a child
# bears alone (with a child's age: "her son, Tom, 12,") is no such adult's first name (people/grouping.py).
ADULT_CUES = frozenset([*ROLE_NOUNS, "director", "coach", "lawyer", "attorney", "judge", "spokesman", "spokeswoman",
                        "spokesperson", "officer", "manager", "president", "chief", "executive", "teacher", "principal",
                        "pastor", "doctor", "nurse", "senator", "mayor", "agent", "publicist", "lieutenant", "captain",
                        "commissioner", "chairman", "chairwoman", "founder", "co-founder", "owner", "partner",
                        "professor", "dean", "sheriff", "detective", "surgeon"])
PERSON_CUES: dict[str, str] = {
    "wife": "f", "husband": "m", "daughter": "f", "son": "m", "boyfriend": "m", "girlfriend": "f",
    "father": "m", "mother": "f", "dad": "m", "mom": "f", "mum": "f", "sister": "f", "brother": "m",
    "fiancé": "m", "fiancée": "f", "granddaughter": "f", "grandson": "m", "partner": "", "child": "", "baby": "",
    "ex-wife": "f", "ex-husband": "m", "stepdaughter": "f", "stepson": "m", "niece": "f", "nephew": "m",
    "aunt": "f", "uncle": "m", "grandmother": "f", "grandfather": "m",
    **{w: ROLE_NOUNS[w] for w in ("actress", "actor", "musician", "singer", "model", "star", "chef", "winner")},
}

# Regions (states, provinces, countries): a wedding "in Texas" and one "in Austin" do not
# disagree, a region holding cities the tool cannot place (generator/figures.py).
REGIONS = frozenset(["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "Wisconsin", "Wyoming", "Ontario", "Quebec", "Alberta", "England", "Scotland", "Wales", "France", "Italy", "Spain", "Portugal", "Greece", "Germany", "Mexico", "Canada", "Australia", "Japan", "Brazil", "Bahamas", "Jamaica", "Bali", "Tuscany", "Provence"]) | {
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island",
    "South Carolina", "South Dakota", "West Virginia", "British Columbia", "Nova Scotia", "New Zealand",
    "Costa Rica", "Puerto Rico", "the Caribbean",
    # parts of a country or a continent: "South Florida", "Latin America"
    "South Florida", "North Florida", "Central Florida", "Southern California", "Northern California",
    "Latin America", "South America", "North America", "Central America",
    # Australian states and territories (not "Victoria": a first name as often)
    "Queensland", "New South Wales", "Western Australia", "South Australia", "Tasmania", "Northern Territory"}

# Countries and provinces that are no one's surname (not "Scotland", "France": surnames too): a name that ends in one ("Rowing Canada", "Ten Ontario
# chefs") is a body or a phrase, unless the articles give it a person's marks (an age, a relation word).
COUNTRY_TAILS = frozenset(["Canada", "Quebec", "Ontario", "Alberta", "Italy", "Spain", "Portugal",
                           "Greece", "Germany", "Mexico", "Australia", "Japan", "Brazil", "India", "Nigeria",
                           "Texas", "California", "Florida",
                           # (not England, Wales, Scotland, France, Poland, Finland, Denmark, Sweden,
                           # Israel, Jordan, Georgia, America, Kenya: surnames or first names too)
                           "Korea", "China", "Zealand", "Africa", "Philippines", "Singapore", "Malaysia", "Indonesia",
                           "Thailand", "Vietnam", "Pakistan", "Egypt", "Argentina", "Colombia", "Netherlands", "Ukraine",
                           "Russia", "Lebanon", "Jamaica"])

# Words that make a clause say that an event did not happen, or may, or is only sought ("is
# seeking custody", "hopes to marry", "never divorced", "could be final by June"): such a clause
# is no evidence that the event happened, and the written paragraphs never cite it.
# ("may" in lower case only: "in May 2024" is a month, no maybe)
NOT_SO = re.compile(
    r"\b(?:not|never|no longer|neither|nor|denied|denies|deny|failed|fails|refused|refuses|lost|loses"
    r"|seek(?:s|ing)?|sought|want(?:s|ed)?|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|hop(?:e|es|ed|ing)"
    r"|plan(?:s|ned|ning)?|expect(?:s|ed)?|intend(?:s|ed|ing)?|intention|could|(?-i:may)|might|would|if|whether|rumou?r(?:s|ed)?"
    r"|will|shall|set to|set for|due to|scheduled|slated|upcoming|should|going to|is to be|are to be|about to"
    r"|(?<!after )(?<!since )(?<!upon )getting (?:married|divorced|engaged)|(?:nearly|almost)\s+(?:got\s+)?(?:married|wed|divorced|separated|split|broke"
    r"|engaged|filed|called)|considered|considering|contemplat\w*|brink|threaten\w*"
    r"|talked about|talking about|(?:was|were|is|are|have|has) to)\b"
    r"|n't\b|'ll\b|’ll\b", re.IGNORECASE)
# The words of NOT_SO that are a wish or a plan of their own clause ("had been hoping for a baby", "plan to
# move", "will divorce"): after a ", who married in 2001," aside they are the main clause's, not a doubt
# of the aside's wedding. Not a maybe ("could", "may", "if", "whether", "would", "expected"), which may
# doubt the whole sentence ("..., who wed in 2012, if the tabloid is right, have split").
# Words that an event is only meant, right before "to" and its verb: "plan to marry", "is set to wed", "their
# intention to divorce" (extract.MEANT: no year; relations: no spouse).
PLANNED_TO = (r"(?:intentions?|intend(?:s|ed|ing)?|plan(?:s|ned|ning)?|hop(?:e|es|ed|ing)|want(?:s|ed)?|set|due|expected"
              r"|scheduled|going|about)\s+to")
WISH_OR_PLAN = re.compile(r"(?:hop(?:e|es|ed|ing)|want(?:s|ed)?|plan(?:s|ned|ning)?|seek(?:s|ing)?|sought"
                          r"|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|will|shall)\b", re.IGNORECASE)
# A "not" that says when, not whether, of a past event: "was not finalized until 2021", "did not
# marry until 2013", "wasn't final until 2019": the event happened then. Only a past "did", "was",
# "were" or "had", then the event's own word or a word that it was final, then "until". "Did not
# announce their separation until 2020" dates the announcement, "It was not until 2021 that he
# learned she had filed" his learning; "won't", "couldn't", "wouldn't" and "isn't" are a future, a
# possibility or a vow: NOT_SO's word still counts there.
NOT_UNTIL = re.compile(r"\b(?:did|was|were|had)(?:\s+not|n['’]t)\s+(?:(?:legally|officially|formally|finally|actually)\s+)?"
                       r"(?:be\s+|been\s+)?(?P<word>[\w-]+)\s+(?:until|till)\b", re.IGNORECASE)
# Right before an event's word, words that say it did not happen ("never married", "did not marry",
# "have not yet divorced", "wasn't officially divorced"): no year of that event (extract.py), unless
# NOT_UNTIL makes it its time ("did not divorce until 2019"). "not only married ... but" is no such.
NEGATED_BEFORE = re.compile(r"(?:\bnever|\bnot|n['’]t|\bno longer)\s+(?:(?:yet|been|be|ever|officially|legally|"
                            r"actually|formally|really|even)\s+){0,2}$", re.IGNORECASE)
# Right after a meeting's or a wedding's word, the words of AGAIN that make it another of the same two
# ("crossed paths again at the 2012 Super Bowl", "married each other for a second time"): the first
# was earlier, so it dates no first meeting or wedding (extract._not_the_event).
AGAIN_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?:again|anew|once more|(?:for )?(?:a|the) (?:second|third) time)\b",
                         re.IGNORECASE)
# The words a NOT_UNTIL may hold besides the event's own: that it was final.
FINAL_WORDS = frozenset(["final", "finalized", "finalised", "official", "settled", "complete", "completed", "legal"])
# Words by which a sentence says that what it tells is only alleged, reported or believed: a claim
# that any of its articles words so is worded with such a word (claims.py), never as plain fact.
HEDGES = re.compile(r"\b(?:allegedly|alleged|reportedly|apparently|purportedly|supposedly|rumou?red|possibly|probably"
                    r"|likely|perhaps|presumably|believed by|hinted|dismissed|speculation|speculated"
                    r"|unconfirmed|suggest(?:s|ed)|claim(?:s|ed)(?=\s*[.,;!?]|\s+that\b)|according to (?:reports|rumou?rs|gossip)"
                    r"|it (?:is|was) (?:believed|thought|said|rumou?red|understood|reported|alleged|claimed) that"
                    r"|(?:is|are|was|were) (?:said|believed|thought|understood|rumou?red|reported|alleged|whispered) to"
                    r"|(?:may|might|could) have"
                    # a review of the written paragraphs: "Fans speculate the couple met in 2009", "One magazine
                    # claimed the pair married in secret", "seemingly married", "appear to have separated",
                    # "Unverified reports say", "Gossip sites insist"
                    r"|speculat\w*|seemingly|appears?\s+to|appeared\s+to|unverified"
                    # who claims or insists, a report's or the gossip's (not "Lee insisted on a small wedding", "after
                    # months of tabloid gossip", "shrugged off rumours")
                    r"|(?:magazine|outlet|tabloid|site|sites|report|reports|paper|one|fans|gossip\s+\w+|insiders?)\s+"
                    r"(?:claim(?:s|ed)?|insist(?:s|ed)?)(?!\s+on\b)"
                    r"|rumou?rs?\s+(?:say|suggest|claim|have it)|(?:there are|amid)\s+rumou?rs\s+that)\b", re.IGNORECASE)
# Words by which a sentence says that what it reports is untrue ("Reports that they married in
# 2010 were false"; "a report she called untrue"): nothing in such a sentence is evidence.
DENIED = re.compile(r"\b(?:false|falsely|untrue|incorrect(?:ly)?|inaccurate(?:ly)?|wrong(?:ly)?|erroneous(?:ly)?|mistakenly"
                    r"|misstated|misreported|misidentified|debunked"
                    r"|allegedly|alleged|fake|hoax|baseless|never happened|(?:did|had|has|have) not (?:happen|take place)\w*"
                    r"|never took place|void|a myth|just for show)\b", re.IGNORECASE)
# Words that make a couple's event not the couple's together: one of them with an earlier or
# other partner ("separated from her first husband"), a renewal of vows, children of several
# marriages counted together ("five children between them").
OTHER_PARTNER = re.compile(r"\b(?:first|second|third|ex|former|previous|late|then|new)[- ]?(?:husband|wife|spouse|partner)s?\b"
                           r"|\b(?:husbands|wives|spouses|partners|boyfriends?|girlfriends?|fianc[ée]e?s?|exes)\b"
                           r"|\b(?:(?:married|wed) again|each|remarried)\b|['’]s ex\b", re.IGNORECASE)
# Words by which a clause tells an event again, or another one of its kind ("filed again", "for the
# second time", "refiled", "remarried", "a new petition", "after they reconciled", "after her first
# marriage", "married other people", "they both married": each to someone): told so without a
# date, it may be another occurrence than the one a record dates (records.undated_support).
AGAIN = re.compile(r"(?i:\b(?:again|anew|once more|second|third|fourth|fifth|another|latest|re-?fil\w*|re-?marr\w*"
                   r"|re-?wed\w*|re-?engaged|reconcil\w*"
                   r"|(?:first|previous|earlier|prior|former|past) (?:marriage|wedding|divorce|engagement|split)"
                   r"|other (?:people|men|women|partners)|some(?:one|body) else"
                   r"|both (?:of them )?(?:married|wed|got|became|began|started|first)"
                   r"|twice|times|repeatedly|on-?again|off-?again|on and off|for the first time)\b)"
                   r"|\bnew\b")
# Words after an event's words that put it at a time of its own, which a year elsewhere may not be
# ("separated briefly in the early days of their marriage", "when their son was born", "during a trip"):
# told so without a date, it may be another occurrence (records.undated_support).
OCCASION_AFTER = re.compile(r"\b(?:when|while|whilst|during|whenever|briefly|temporarily|initially|early|at first"
                            r"|at one point|for a (?:time|while|few)|as newlyweds|honeymoon|in (?:the )?(?:first|last|late|mid))\b",
                            re.IGNORECASE)
# A news article's present perfect tells its own news: "A judge has handed Ann Lee primary custody",
# "Lee and Ray have separated", "a judge has declared her legally single" (extract._told_as_news).
# The auxiliary right before the event's word, with an adverb or "been" between at most.
PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:just|now|officially|finally|formally|reportedly|quietly|legally"
                            r"|already|also)\s+)?(?P<been>been\s+)?$", re.IGNORECASE)
# A present perfect that is no news: a wish or a maybe ("would have split", "may have separated", "to have split").
MODAL_BEFORE = re.compile(r"\b(?:would|could|might|may|should|must|will|to)\s+(?:\w+ly\s+)?(?:not\s+|never\s+)?$",
                          re.IGNORECASE)  # ("would surely have split")
# A thing the couple run as what splits, before the split's words in its clause: "The band Lee and Ray founded has
# split", "Lee and Ray's duo has split", "Lee and Ray, whose band has split, ...".
A_THING_SPLITS = re.compile(r"(?:\b(?:the|their|his|her|whose)|['’]s)\s+(?:[\w-]+\s+)?(?:band|group|duo|trio|firm|company"
                            r"|partnership|act|label|business|venture|show|team|practice|agency)\b", re.IGNORECASE)
# After the event's word in its clause, words by which the present perfect tells a life, not news:
# "has married twice", "have split before", "has divorced three times", "have met several times".
PERFECT_OF_A_LIFE = re.compile(r"\b(?:twice|before|three times|four times|several times|more than once|many times"
                               r"|once before|in the past|since)\b", re.IGNORECASE)
# A couple marrying each other again: "married each other for a second time", "remarried each other",
# "remarried his former wife", "has married his ex-wife Ann Lee for the second time", "the exes wed again"
# (never "remarried" alone, nor "married again", nor "wed for the second time": to someone new, as often). Read
# only where the couple split before it (marriages.second_time): "the couple wed again" of a vow renewal is none.
_EX_SPOUSE = r"(?:his|her)\s+(?:ex-?|former\s+|first\s+)(?:wife|husband|spouse|partner)"
WED_EACH_OTHER_AGAIN = re.compile(
    r"\b(?:married|marry|marrying|marries|wed|weds|remarried|remarry|remarrying|remarries)\s+each\s+other"
    r"(?:\s+[\w-]+){0,3}?\s+(?:again|anew|once\s+more|for\s+(?:a|the)\s+second\s+time|a\s+second\s+time)\b"
    r"|\bremarr(?:ied|y|ying|ies)\s+(?:each\s+other\b|" + _EX_SPOUSE + r"\b)"
    r"|\b(?:married|wed)\s+" + _EX_SPOUSE + r"\b[^.;]{0,50}?\b(?:again|once\s+more|for\s+(?:a|the)\s+second\s+time)\b"
    # "has married her ex-husband": news of a wedding to the former spouse (not "married his ex-wife in 2001", a
    # first wedding told as it is known now)
    r"|(?:(?<=\bhas )|(?<=\bhave ))(?:now\s+)?(?:married|wed|remarried)\s+" + _EX_SPOUSE + r"\b"
    # "the exes wed again", "the pair tied the knot for a second time" (not "the two remarried, Lee to a dentist")
    r"|\b(?:the|former)\s+(?:couple|pair|two|exes|spouses)\s+(?:have\s+|had\s+|has\s+)?(?:married|wed|tied\s+the\s+knot"
    r"|said\s+[\"“]?I\s+do[\"”]?|walked\s+down\s+the\s+aisle)\s+(?:together\s+)?(?:again|for\s+(?:a|the)\s+second\s+time)\b",
    re.IGNORECASE)
# ... or any two marrying again, which is to each other only where the two are the couple ("Ann Lee and Bob Ray
# said "I do" again", "tied the knot for a second time"; not "Ray wed again", to a new wife: marriages.second_time).
WED_AGAIN = re.compile(r"\b(?:married|wed|tied\s+the\s+knot|said\s+[\"“]?I\s+do[\"”]?|walked\s+down\s+the\s+aisle)"
                       r"\s+(?:together\s+)?(?:again|for\s+(?:a|the)\s+second\s+time)\b", re.IGNORECASE)
# ... and getting engaged to each other again: "proposed again", "got down on one knee for the second time".
ENGAGED_AGAIN_WORDS = re.compile(
    r"\b(?:proposed|popped\s+the\s+question|got\s+down\s+on\s+one\s+knee|got\s+engaged|became\s+engaged)"
    r"(?:\s+[\w-]+){0,3}?\s+(?:again|anew|once\s+more|for\s+(?:a|the)\s+second\s+time)\b"
    r"|\b(?:re-?engaged|engaged\s+again|second\s+proposal)\b",
    re.IGNORECASE)
VOW_RENEWAL = re.compile(r"\brenew(?:ed|s|ing)?\b[^.;]{0,20}\bvows?\b|\bvow renewal\b", re.IGNORECASE)
# The words that scale a sum of money: "$1.3 million", "$1.3m", "$2bn", "$500k" (extract, similar).
MONEY_SCALES = {"million": 10**6, "m": 10**6, "mn": 10**6, "billion": 10**9, "bn": 10**9, "thousand": 10**3,
                "k": 10**3, "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7}  # ("Rs 5 lakh", "₹2 crore")
MONEY_SCALE = "|".join(sorted(MONEY_SCALES, key=len, reverse=True))
BLENDED = re.compile(r"\bbetween them\b|\bbetween (?:their|the) (?:two )?(?:new )?(?:families|households)\b|\bcombined\b"
                     r"|\bblended\b|\bfrom (?:(?:his|her|a|an) )?(?:previous|prior|earlier|other|past|first)"
                     r" (?:marriages?|relationships?)\b|\b(?:step|half)[- ]?(?:children|kids|siblings)\b", re.IGNORECASE)

# --- Claim merging (generator/similar.py) --------------------------------------------------------
# More wordings of the CONCEPTS above, read only when sentences are compared for sameness
# ("declaring them single" with the names left out; "came out in 2006" / "was released in 2006").
MERGE_CONCEPTS: dict[str, tuple[str, ...]] = {
    "_final": ("declaring single", "declared them single"),
    "_date": ("romance began", "started dating", "began dating"),
    "_child": ("parents of", "parents to", "parent of", "parent to"),
    "_release": ("released", "came out", "hit theaters", "hit theatres", "premiered", "was released"),
    "_amicable": ("amicably", "amicable", "friendly", "on good terms", "cordial", "cordially", "like pros",
                  "like a pro", "peacefully", "harmoniously", "getting along", "get along", "gets along"),
    "_coparent": ("co-parented", "coparented"),
    "_announce": ("announced", "announce", "announces", "announcing", "revealed", "reveals", "confirmed", "confirms"),
    "_settle": ("settled", "settle", "settles", "settling", "settlement", "reached a settlement", "reached an agreement"),
    "_mediate": ("mediation", "mediator", "mediated", "out of court"),
    # Living apart under one marriage is no separation's event ("have been living separate lives for months" / "filed
    # for divorce three months after the couple announced their separation": corpus_q).
    "_apart": ("separate lives", "separate homes", "separate houses", "separate rooms", "separate bedrooms",
               "separate beds", "separate wings", "separate holidays", "separate vacations"),
    "_care": ("helped to look after", "helped look after", "help look after", "helped care for", "helping care for"),
    # Time with the children split between the parents is custody shared, not a separation ("split
    # parenting time for their two kids equally" / "share custody of Bea and Cal 50-50").
    "_joint": ("joint custody", "share custody", "shared custody", "share joint custody", "joint legal custody",
               "joint physical custody", "split parenting time", "splits parenting time", "splitting parenting time",
               "share parenting time", "shares parenting time", "shared parenting time", "split custody",
               "splits custody", "splitting custody"),
}
# How often something happens, one phrase each (similar.how_often: two sentences that say it two ways tell of two
# arrangements, "see their father several times a week" / "with their father on alternate weekends").
HOW_OFTEN = re.compile(r"\b(?:every\s+(?:other\s+|second\s+)?(?:weekend|week|day|month|night|summer)|each\s+weekend"
                       r"|alternat(?:e|ing)\s+(?:weekend|week|month)s|(?:once|twice|(?:one|two|three|four|five|several|a\s+few|\d)\s+"
                       r"times?)\s+(?:a|per|each)\s+(?:week|month|year)|(?:one|two|three|\d)\s+weekends?\s+(?:a|per|each)"
                       r"\s+month)\b", re.IGNORECASE)


# The capital and the small letters names are written in, for character classes: ASCII and the letters of Latin-1
# and Latin Extended-A and -B ("Weiß", "Yıldırım", "Łukasz", "Dvořák", "Şahin"), never "×" or "÷".
_LATIN = [chr(c) for c in range(0xC0, 0x250)]
CAPITALS = "A-Z" + "".join(c for c in _LATIN if c.isupper())
SMALLS = "a-z" + "".join(c for c in _LATIN if c.islower())

# The signs a sum is written with (₦: the naira), and the one character class of them every pattern of a sum uses.
CURRENCY_SIGNS = "$£€₦₩"
CURRENCY = f"[{CURRENCY_SIGNS}]"
# Currencies of no sign of their own (or one read as its word: "₹"), by their word (a sum's value is written with it after: "45,000 pesos") and by
# the codes and abbreviations written before a sum ("MXN 45,000", "Dh65,000"), each as its word.
CURRENCY_WORDS = ("pesos", "dirhams", "rupees", "yen", "yuan", "riyals", "rand", "francs", "kronor", "kroner", "zloty",
                  "shillings", "cedis", "ringgit", "baht", "lira")
CURRENCY_CODES = {"₹": "rupees", "MXN": "pesos", "ARS": "pesos", "COP": "pesos", "CLP": "pesos", "AED": "dirhams", "Dhs": "dirhams",
                  "Dh": "dirhams", "INR": "rupees", "Rs": "rupees", "JPY": "yen", "CNY": "yuan", "RMB": "yuan",
                  "SAR": "riyals", "ZAR": "rand", "CHF": "francs", "SEK": "kronor", "NOK": "kroner", "DKK": "kroner",
                  "PLN": "zloty", "KES": "shillings", "GHS": "cedis", "MYR": "ringgit", "THB": "baht"}

# Words that say little of what a sentence claims ("now", "will", "got engaged"): left out of its
# substance, so that short sentences are compared on what they state.
GENERIC_WORDS = frozenset([
    "now", "will", "would", "all", "when", "who", "whom", "which", "whose", "what", "where", "still", "yet",
    "even", "got", "get", "gets", "getting", "made", "make", "makes", "did", "does", "do", "being", "is",
    "are", "quietly", "simply", "officially", "reportedly", "together", "via", "ever",
])
# Concepts of dated events: two sentences of the same people that share one of these and a year
# (or a place) tell of the same event, however differently worded ("became Mrs. Ray last
# September" / "married Bob Ray in September 2024").
EVENT_CONCEPTS = frozenset(["_marry", "_separate", "_final", "_meet", "_date", "_engage", "_birth", "_debut",
                            "_left", "_release"])
# Words that say that something did not happen: a sentence with one and a sentence without tell of
# different things ("has not yet filed a response" / "filed a petition").
NEGATION = re.compile(r"\b(?:not|never|no longer|denied|denies|deny)\b|n't\b|n’t\b", re.IGNORECASE)
# A "not" of a phrase that says nothing did not happen ("started dating not long after the 2012 Super
# Bowl", "not only ... but"): taken out of a sentence before NEGATION is looked for.
NOT_NEGATING = re.compile(r"\bnot\s+(?:long\s+(?:after|before|afterwards?|ago)|only|just|least|to mention)\b",
                          re.IGNORECASE)
# Words that open a clause of its own inside a sentence ("because she didn't answer his call", "who has
# not remarried", "but did not divorce"): a negation there is that clause's, and sets two sentences apart
# only where the clause holds words the two share (similar.Comparer.apart_because). A negation anywhere
# else is the sentence's ("He denied reports, which surfaced in 2019, of a split").
CLAUSE_OPENERS = frozenset(["because", "when", "whenever", "while", "whilst", "although", "though", "since",
                            "after", "before", "until", "unless", "whereas", "who", "whom", "whose", "which",
                            "where", "but"])
# Words that open a phrase placing what a sentence tells by another event ("split in 2018, a decade
# after their wedding", "have co-parented since their split"): an event named there with no date of its
# own is named in passing, not told, and does not make the sentence a telling of that event.
IN_PASSING = frozenset(["after", "before", "since", "following", "until", "during", "throughout", "amid"])
# Kinds of custody: "joint legal custody" and "primary physical custody" are two claims.
CUSTODY_KINDS: tuple[frozenset[str], ...] = (frozenset(["legal"]), frozenset(["physical"]))
# Shares of custody: "primary physical custody" and "joint legal and physical custody" are two claims.
CUSTODY_SHARES: tuple[frozenset[str], ...] = (frozenset(["primary", "sole"]), frozenset(["joint"]))
# Kinds of payment: "a one-off sum of $40,000" and "$40,000 a month" are two claims.
PAYMENT_KINDS: tuple[frozenset[str], ...] = (
    frozenset(["lump", "one-off", "one-time"]),
    frozenset(["month", "monthly", "week", "weekly", "annually", "yearly", "annual"]),
)
# What a payment is for: "pays $12,000 a month in child support" and "in spousal support" are two claims.
# The purpose named right after a sum ("$12,000 a month in spousal support, on top of child support": spousal) or
# right before it ("child support of $2,000"), in lower case.
_SUM = CURRENCY + r"\s?\d[\d,.]*(?:\s*(?:million|m|k|thousand))?"
PAYMENT_PURPOSES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(rf"{_SUM}(?:\s+(?:a|per|each|every)\s+\w+)?\s+(?:in|of|as|for)\s+{p}\b|\b{p}\s+(?:of|worth|totall?ing)\s+{_SUM}")
    for p in (r"child (?:support|maintenance)", r"(?:spousal (?:support|maintenance)|alimony)"))
# Holidays: "spent Thanksgiving together" and "spent Christmas together" are two claims.
HOLIDAYS: tuple[frozenset[str], ...] = tuple(frozenset([h]) for h in (
    "thanksgiving", "christmas", "xmas", "halloween", "easter", "hanukkah", "passover", "valentine's", "mother's",
    "father's"))

# A child's arrival told with a child word, the child's name and a year that ends the clause ("their son,
# Tom, followed in 2016.", "Daughter Ivy arrived in March 2014."): a birth. Never a day ("Son Tom Ray
# arrived on December 23.": a visit, as likely), "arrived in 2015 from an orphanage", "followed in 2019
# with a clothing line" or "..., moving to Reno" (the year must end the clause), an unnamed child ("Jo
# Roe's baby arrived": whose?), an adopted or foster child, a "step-son", or a title ("Her album,
# Daughter, arrived in March 2020"): the child word is in lower case but at the sentence's start.
CHILD_ARRIVED = (r"(?:^|(?<=[^\w-]))(?<!adopted )(?<!foster )(?:(?-i:daughter|son|baby|twins)|^(?-i:Daughter|Son|Baby|Twins))"
                 r",?\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2},?\s+(?:arrived|followed)"
                 r"(?=\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:" + "|".join(MONTHS) + r")\s+)?\d{4}"
                 r"\s*(?:[.;!]|,?\s+and\b|$))")
# Custody given to someone, in the words that give it: "awarded her primary physical custody",
# What one fights or battles that is no one's dispute ("her three-year battle with breast cancer").
ILLNESS = (r"(?:cancer|leuka?emia|lymphoma|illness|disease|addiction|alcoholism|depression|anxiety|anorexia|bulimia"
           r"|tumou?r|covid|sepsis|infection|injury|injuries|condition|lupus|diabetes|dementia|stroke|grief)")
# "won custody", "granted him temporary sole custody" (the slot custody-awarded's cue, and what
# the paragraph reads a custody record's kind from).
CUSTODY_GIVEN = (r"\b(?:award(?:ed|ing|s)?|grant(?:ed|ing|s)?|handed|gave|given|won|wins)\s+(?:[\w'’-]+\s+){0,3}?"
                 r"(?:(?:sole|primary|full|joint|temporary)\s+){0,2}(?:(?:physical|legal)\s+(?:and\s+(?:physical|legal)\s+)?)?"
                 r"custody\b(?!" + r"\s+of\s+(?:(?:her|his|their|the|the\s+couple['’]s|\w+['’]s)\s+)?(?:\w+\s+)?"
                 r"(?:dogs?|cats?|pets?|pupp(?:y|ies)|horses?|ponies|pony|animals?)\b)")  # (not "custody of their two dogs")


# For tying years to events (extract.py): words of telling or coming to light, which after a comma
# that follows an event word make the year after them the telling's ("wed in secret, Marla admitted
# in 2019"), besides the report verbs; and the things a year may date that are a telling of an
# event or a work, never its occasion ("revealed in a 2019 interview", "the 2009 drama").
TELLING_WORDS = frozenset([
    "admitted", "mentioned", "noted", "shared", "surfaced", "emerged", "public", "came", "leaked", "news", "disclosed",
    "revealing", "telling", "saying", "writing", "posting", "interview", "podcast", "caption", "letter", "statement"])
WORKS = ("episode", "documentary", "film", "movie", "drama", "comedy", "thriller", "album", "song", "single", "show",
         "series", "season", "novel", "play", "special", "tour")
# The nouns of a work whose title may look like a name ("the telenovela Mar Azul": people/evidence.py).
WORK_NOUNS = (*WORKS, "telenovela", "sitcom", "soap", "musical")
TELLINGS_AND_WORKS = (
    "interview", "podcast", "memoir", "book", "report", "article", "profile", "statement", "post", "video",
    *WORKS, "essay", "speech", "filing", "lawsuit")
# A work or a part in one: an event told in its clause may be the story's, not of the people who
# play it ("In the film, Lee and Ray married"; records.undated_support).
# ("show", "play", "single", "season" only where they cannot be a verb or a status: "records show").
FICTION = re.compile(r"\b(?:" + "|".join((*(w for w in WORKS if w not in ("show", "play", "single", "special", "season")),
                                           "sitcom", "soap", "musical", "roles?", "characters?", "scenes?", "script",
                                           "screen", "on-?screen", "stage", "sequel", "(?:tv|talk|reality|television|hit) show",
                                           r"play(?:s|ed|ing)?\s+(?:a|an|the|husband|wife|spouses|lovers|exes)"))
                     + r")s?\b", re.IGNORECASE)

# For sections (sections.py) and the paragraph (records.py): the couple's kin and the people around
# them, whose events are not the couple's ("Ann Lee and Bob Ray's daughter married in 2022"); the
# roles of people named in an event who are no party to it ("with help from attorney Sam Ortiz");
# the words by which an article tells of a split or of what comes after one; and the words by which
# a sentence with a year of the past tells of the present or of later ("must now", "since", "who").
# Someone's grown-up kin or friend, as named in apposition ("Ray's sister, Jo Ray,", "comes from her mom, Jo Roe"),
# with the words that may stand before ("older", "late", "best"): extract.py and people.history.
APPOSED_KIN = (r"(?:(?:older|younger|elder|big|little|late|best)\s+)?(?:mother|mom|mum|father|dad|parents|sister|brother"
               r"|grandmother|grandfather|grandma|grandpa|aunt|uncle|cousin|niece|nephew|friend|\w+-in-law)")
KIN_WORDS = (
    r"(?:daughters?|sons?|kids?|children|child|parents?|mother|father|mom|dad|sisters?|brothers?|siblings?"
    r"|neighbou?rs?|friends?|relatives?|grand\w+|nieces?|nephews?|cousins?|aunts?|uncles?|in-laws?|step\w+"
    r"|assistants?|nanny|staff|eldest|oldest|youngest|firstborn|twins?|teens?|heirs?)")
ROLE_WORDS = (r"(?:attorney|lawyer|judge|rep|representative|spokes\w+|publicist|manager|agent|counsel"
              r"|mediator|officiant|pastor|reverend|rabbi|priest|photographer|planner|Dr\.?|Justice)")
SPLIT_WORDS = re.compile(r"\b(?:separat\w*|split|splitting|divorc\w*|estranged|ex-\w+|exes|former (?:husband|wife|spouse"
                         r"|partner)|fianc\w*|custody|break-?up|broke up|parted ways|annul\w*)\b", re.IGNORECASE)
NOT_ONLY_PAST = re.compile(
    r"\b(?:now|currently|today|tonight|recently|since|still|ago|yesterday|must|will|would|can|is|are|has|have"
    r"|wants?|lives?|who|whom|whose|which|last (?:week|weekend|month|night)|this (?:week|weekend|month|year)"
    r"|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", re.IGNORECASE)
# Words that only place a told event in time from where the article stands ("filed to end the
# marriage in June 2020, more than a year ago"): they add nothing to the event's own date, so a
# sentence of an event and such words says no more than a record of the event
# (generator/summarised.py).
RELATIVE_TIME_WORDS = "more than a year month week ago last earlier this past"
# Words that place what a clause tells in time, no part of what it tells ("opened a ski shop there the
# following winter" says what "opened a ski shop in Denver" does).
TIME_WORDS = frozenset(["following", "later", "earlier", "soon", "afterward", "afterwards", "then", "winter", "spring",
                        "summer", "fall", "autumn", "year", "years", "month", "months", "week", "weeks", "now",
                        "recently", "eventually", "once", "previously"])
# A thing of a wedding, not the wedding: "without her wedding ring", "her mother's 2001 wedding
# dress". It dates no wedding (extract.py) and is no cue word of the couple's past (classify.py).
WEDDING_THING = re.compile(r"\bwedding\s+(?:rings?|bands?|dress(?:es)?|gowns?|veils?|shoes|suits?|tux\w*|photos?"
                           r"|photographs?|pictures?|albums?|videos?|footage|planners?|registry|invitations?|cakes?)\b",
                           re.IGNORECASE)
# Words anywhere in a sentence that keep it from being cited, undated, for a record's event
# (records.undated_support): with no date of its own to anchor it, a sentence must tell the event
# plainly, not as someone's belief, joke, pretence, wish or report, nor a show's, nor a first or
# once-upon-a-time occurrence.
UNDATED_DOUBT = re.compile(
    r"\b(?:believ\w*|convinced|pretend\w*|wish\w*|jok\w*|laugh\w*|claim\w*|rumou?r\w*|insist\w*|den(?:y|ies|ied)"
    r"|speculat\w*|gossip\w*|tabloids?|sources?|think\w*|thought|suspect\w*|guess\w*|assum\w*|wonder\w*|mock|fake|sham|show|season|episode|series|once|first(?! met)"
    r"|nobody|no one|neither|nor|but|though|although|however|hoax|no|void|invalid|myth|learn\w*|hears?|heard"
    r"|understood|understand|emerged|story|theory|fears?|feared|stunt|prank\w*|sketch\w*|parod\w*|dreams?"
    r"|hypothetical\w*|alternate|fantas\w*|onstage|stage|play\w*|behalf|exclusive|what we know)\b", re.IGNORECASE)
# The couple's own word for what the sentence tells, tagged at its end: ", their representatives said Wednesday",
# ", a spokeswoman for the pair confirmed", ", the couple said in a statement on Monday". Their announcement through
# their own people is no one else's report (records._plain); a tag of anyone else (", a friend said", ", her lawyer
# said", ", a source told us") stays one, as does any word before the tag. "The couple", "the pair", "the two" and
# "they" (group "bare") may be others the sentence before names ("Her lawyers spoke on Monday. ..., the two said"):
# records reads them only in an article's first sentence that names anyone. The tag's day (group "day") is when
# they said so: the event took place by then.
_SPOKESPEOPLE = r"(?:representatives?|reps?|publicists?|spokes(?:wo)?m[ae]n|spokespeople|spokespersons?)"
THEIR_OWN_WORD = re.compile(
    r",\s+(?:(?P<bare>the\s+(?:couple|pair|two)|they)|their\s+(?:joint\s+)?" + _SPOKESPEOPLE
    + r"|(?:a|their)\s+(?:joint\s+)?" + _SPOKESPEOPLE + r"\s+for\s+(?:the\s+(?:couple|pair|two)|both(?:\s+of\s+them)?))"
    r"\s+(?:said|say|says|confirmed|confirm|confirms|announced)(?:\s+in\s+a\s+(?:joint\s+)?statement)?"
    r"(?P<day>\s+(?:on\s+)?(?-i:[A-Z])[a-z]+day)?\s*[.!]?\s*$", re.IGNORECASE)
# A word that opens a clause of its own between a couple and their event's words ("had parents
# who separated", "attended as friends married"): the event may be someone else's.
SUBORDINATE = re.compile(r"\b(?:who|whom|whose|which|that|as|when|while|where|whether|if|because|after|before)\b",
                         re.IGNORECASE)
# The event's word with an object after it ("separated the twins", "split their finances"): no event of the couple.
SEPARATED_SOMETHING = re.compile(r"\s+(?:the|their|his|her|its|a|an)\b", re.IGNORECASE)
# The small words that join a sentence's facts, names and event words and say nothing of their
# own: a sentence of those alone says no more than the records of its facts (generator/summarised.py).
# Any other word ("still", "while", "says", "quietly", "until", "who") keeps it a statement.
FOLD_JOINING_WORDS = "a an the and in on of to their they them both have has had were was is are been got"
# What may follow the event's words in a sentence cited for it undated (records.undated_support):
# the end of a clause, the other spouse ("from Devon Hale", "to her husband") or words of when and how ("in", "after",
# "amicably", "by a judge"); never an object or a place ("separated the twins", "at the airport").
EVENT_TAIL = re.compile(r"\s*(?:$|[.,;:!?)\"”’]|(?:from|to)\s+(?:(?:her|his|their)\s+(?:husband|wife|spouse)\b|(?-i:[A-Z]))"
                        r"|(?:in|on|after|last|this|earlier|amicably|quietly|legally|officially|by)\b)", re.IGNORECASE)
MET_TAIL = re.compile(r"\s+(?:at|through|while|during)\b", re.IGNORECASE)  # "first met at a gala"

# Words of work that describe a person by their job ("paediatric surgeon Cy Moss", "Jo Roe, a Madison
# lobbyist"): the description records (generator/described.py). Singular nouns only (a plural is
# whose?); no kin, no "star" (known_for.py reads works), nothing that is as often a thing ("model",
# "host" of a city, "runner-up", "officer" of a company).
DESCRIBED_ROLES = (
    "lawyer", "attorney", "barrister", "solicitor", "judge", "justice", "magistrate", "mediator", "prosecutor",
    "district attorney", "guardian ad litem", "paralegal", "surgeon", "doctor", "physician", "nurse", "dentist",
    "therapist", "psychologist", "psychiatrist", "physiotherapist", "physio", "pharmacist", "veterinarian",
    "architect", "engineer", "chef", "restaurateur", "sommelier", "baker", "lobbyist", "analyst", "banker",
    "investor", "entrepreneur", "executive", "businessman", "businesswoman", "publicist", "spokesman",
    "spokeswoman", "spokesperson", "producer", "director", "cinematographer", "photographer", "designer",
    "stylist", "actor", "actress", "singer", "songwriter", "singer-songwriter", "musician", "pianist", "cellist",
    "violinist", "guitarist", "drummer", "rapper", "comedian", "dancer", "choreographer", "novelist", "author",
    "poet", "playwright", "screenwriter", "journalist", "reporter", "columnist", "editor", "anchor", "co-host",
    "presenter", "broadcaster", "meteorologist", "forecaster", "pundit", "commentator", "coach", "footballer",
    "striker", "goalkeeper", "midfielder", "linebacker", "quarterback", "pitcher", "swimmer", "rower", "cyclist",
    "golfer", "boxer", "jockey", "athlete", "teacher", "headteacher", "professor", "lecturer", "scientist",
    "researcher", "senator", "governor", "congressman", "congresswoman", "mayor", "councillor", "politician",
    "diplomat", "pastor", "priest", "rabbi", "officiant", "planner", "realtor", "consultant", "accountant",
    "pilot", "firefighter", "detective", "farmer", "fisherman", "sculptor", "painter", "artist", "filmmaker",
)

# A second predicate of a sentence's subject: "... a wedding in Reno and came apart during his 2022 campaign",
# "... and made his debut in 2004": a date after it is that predicate's (extract.py's event years, timeline.py's
# dates of a sentence).
# Units a number that may look like a year measures in: "2010 miles from home" (no year: extract._YEAR).
COUNTED_THINGS = (r"(?:miles|kilometres|kilometers|km|feet|ft|yards|metres|meters|acres|pounds|lbs|kilograms|kg"
                  r"|calories|dollars|euros)")  # (units only: "married in 2010 people said", "in 2015 times were hard")
PAST_VERBS = ("came|went|fell|grew|became|began|left|took|made|won|lost|ran|got|moved|held|led|beat|wrote|sold|bought"
              "|saw|did|gave|built|bid|shot|sang")
SECOND_PREDICATE = re.compile(rf"\band\s+(?:\w+ly\s+)?(?:has|have|had|is|was|were|{PAST_VERBS}|[a-z]{{3,}}ed)\b")
# The end of a range: "from their June 2008 wedding to this week", "between 2015 and 2020", "2010-2014": a year
# after it is the range's bound, no event's (extract.py's event years, timeline.py's dates of a sentence).
RANGE_END = re.compile(r"(?:\b(?:from|between)\s+[^,;.]{1,40}?\s+(?:to|until|through|and)|\d{4}\s*(?:to|until|through|and|[-–]))"
                       r"\s*$", re.IGNORECASE)
# The conjunctions that join a clause of its own after a comma: ", and", ", but" (relations.py, segment.py,
# extract.py's clause breaks, timeline.py each add their own).
JOINING_CONJUNCTIONS = "and|but|while|whereas"

# From one name of a list to the next: ", ", " and ", ", 9, and " ("their twins, Ivy and Tom", "Ivy, 9, and Tom, 6").
NAME_LIST_GOES_ON = re.compile(r"(,\s*\d{1,2})?(?:,\s*(?:and\s+)?|\s+and\s+)")  # (group 1: an age before)
