"""Word lists for finding quotations and who spoke them: data only, the logic is in `quotes`.

All entries are lower-case; callers compare against lower-cased tokens.
"""

from __future__ import annotations

# Verbs (every form a news text uses) that tie quoted words to whoever is their subject.
REPORTING_VERBS = frozenset(
    """
    say says said saying
    state states stated stating
    add adds added adding
    tell tells told telling
    warn warns warned warning
    insist insists insisted insisting
    argue argues argued arguing
    claim claims claimed claiming
    stress stresses stressed stressing
    note notes noted noting
    urge urges urged urging
    reply replies replied replying
    ask asks asked asking
    continue continues continued continuing
    explain explains explained explaining
    announce announces announced announcing
    declare declares declared declaring
    write writes wrote writing
    recall recalls recalled recalling
    acknowledge acknowledges acknowledged acknowledging
    admit admits admitted admitting
    concede concedes conceded conceding
    caution cautions cautioned cautioning
    emphasise emphasises emphasised emphasising
    emphasize emphasizes emphasized emphasizing
    underline underlines underlined underlining
    underscore underscores underscored underscoring
    highlight highlights highlighted highlighting
    observe observes observed observing
    remark remarked remarking
    comment commented commenting
    suggest suggests suggested suggesting
    predict predicts predicted predicting
    promise promises promised promising
    vow vows vowed vowing
    pledge pledges pledged pledging
    maintain maintains maintained maintaining
    contend contends contended contending
    counter counters countered countering
    respond responds responded responding
    answer answered answering
    conclude concludes concluded concluding
    tweet tweets tweeted tweeting
    joke jokes joked joking
    quip quips quipped quipping
    confirm confirms confirmed confirming
    deny denies denied denying
    reiterate reiterates reiterated reiterating
    assert asserts asserted asserting
    echo echoes echoed echoing
    testify testifies testified testifying
    ruled
    thank thanked thanking
    call calls called calling
    describe describes described describing
    hail hails hailed hailing
    praise praises praised praising
    criticise criticises criticised criticising
    criticize criticizes criticized criticizing
    dismiss dismisses dismissed dismissing
    brand brands branded branding
    label labels labelled labeled labelling labeling
    welcome welcomes welcomed welcoming
    accuse accuses accused accusing
    """.split()
)

# Verbs that report words only when a person is their subject: "Chief Inspector Lorna
# Baptiste reported" is a speaker, "the company reported a loss" is not. Kept apart from
# REPORTING_VERBS, which the figure matcher also reads.
PERSON_REPORTING_VERBS = frozenset("report reports reported reporting".split())

# Verbs of the manner of speaking: a speech tag when a person is their subject ('"Not again,"
# laughed the vicar', "Redgrave muttered that ..."), and nothing else otherwise ("the engine
# roared"). Person-only like "reported", and kept out of REPORTING_VERBS for the same reason.
MANNER_VERBS = frozenset(
    """
    mutter mutters muttered muttering murmur murmurs murmured murmuring
    laugh laughs laughed laughing chuckle chuckles chuckled chuckling
    shout shouts shouted shouting yell yells yelled yelling scream screamed screaming
    whisper whispers whispered whispering sigh sighs sighed sighing
    snap snaps snapped snapping grumble grumbles grumbled grumbling
    complain complains complained complaining boast boasts boasted boasting
    scoff scoffs scoffed scoffing sneer sneers sneered sneering
    exclaim exclaims exclaimed exclaiming retort retorts retorted retorting
    muse muses mused musing growl growls growled growling
    plead pleads pleaded pleading beg begs begged begging gasp gasped gasping
    protest protests protested protesting lament laments lamented lamenting
    """.split()
)

# How many items may stand between a quotation and a verb of manner that tags it: '"...,"
# Tia Ward snapped'.
MAX_TAG_GAP = 4
# Words after which a name is an object, never the subject of a later infinitive.
PREPOSITIONS = frozenset("from in at to of with for by on about into near".split())
# Prepositions of place and way as well, whose object is seldom the one a pronoun goes on
# with: "ran ferries across the Tyne", "spoke by phone from Leeds".
PLACE_PREPOSITIONS = PREPOSITIONS | frozenset(
    """
    across along over under through past towards toward behind beside beyond outside inside
    around round off via between among against without within onto upon up down
    """.split()
)

# Verbs whose subject must be a person for them to report words.
# Verbs that give a verdict or a grievance in the subject's words ('the tribunal found it
# "high-handed"', 'complains that the curriculum "asks too much"'), kept apart from
# REPORTING_VERBS, which the evidence matcher also reads: they tie quotations only.
VERDICT_VERBS = frozenset(
    """
    find finds found complain complains complained remind reminds reminded
    """.split()
)
PERSON_ONLY_VERBS = PERSON_REPORTING_VERBS | MANNER_VERBS
# Roles of people who ask rather than answer: "joined host Amara Eze".
ASKING_ROLES = frozenset("host presenter interviewer moderator questioner".split())

# Reporting verbs whose object is the listener, never the speaker: "told MPs", "tells Rutte".
ADDRESSEE_VERBS = frozenset(
    "tell tells told telling remind reminds reminded find finds found".split()
)

# Lower-case words allowed between a reporting verb and a name: "said fire chief Tomas Rivera".
MAX_DESCRIPTOR_WORDS = 3

# How far into a sentence its subject may be named: "The minister, Grace Liang, set out ...".
MAX_SUBJECT_OFFSET = 5

# Words that join a capitalised title to its portfolio: "Minister for Housing", "Head of Research".
TITLE_LINKS = frozenset("of for at".split())

# Verb forms whose subject is found in the main clause, not next to the verb:
# "Rutte said ..., adding that ...".
PARTICIPLE_SUFFIX = "ing"

# Words skipped between a subject and its verb: "Rutte also said", "Trump has previously said".
SUBJECT_GAP_WORDS = frozenset(
    """
    also has have had was were is are then later again previously recently further
    repeatedly once publicly privately reportedly himself herself themselves not never
    always often sometimes usually
    would will had already earlier subsequently separately simply just did does do
    actually really
    """.split()
)

# Words before a would-be verb that show it is a noun: "his remarks", "the claims".
DETERMINERS = frozenset(
    """
    the a an this that these those his her its their our my your
    """.split()
)

# Possessives of the one who speaks or is spoken to: "your coach", "my father".
SPEAKER_POSSESSIVES = frozenset("my our your".split())
# Articles and possessives that open a noun phrase (not "that", mostly a conjunction).
ARTICLES = frozenset("a an the his her its their our my your".split())

# Pronouns that stand for the last named person (SPEC §2: "he added" -> the last named person).
PERSON_PRONOUNS = frozenset({"he", "she", "they"})

# What a gendered title or pronoun says of the person: "Mr Tan ... he", "Dame Joan ... her".
GENDER_WORDS = {
    **dict.fromkeys("mr sir lord king prince father brother".split(), "m"),
    **dict.fromkeys("mrs ms miss dame lady queen princess baroness sister".split(), "f"),
    **dict.fromkeys("he him his himself".split(), "m"),
    **dict.fromkeys("she her hers herself".split(), "f"),
}

# Words for relatives, and the gender each gives the person named in apposition to it:
# "Her husband, Gareth," is a "he".
KIN_GENDERS = {
    **dict.fromkeys(
        "husband father dad son brother uncle nephew grandfather grandson boyfriend widower "
        "stepfather stepson fiance".split(),
        "m",
    ),
    **dict.fromkeys(
        "wife mother mum daughter sister aunt niece grandmother granddaughter girlfriend widow "
        "stepmother stepdaughter fiancee".split(),
        "f",
    ),
}

# Words for someone by whom they are to another, which speak as people do: "my wife said".
KIN_WORDS = frozenset(KIN_GENDERS) | frozenset("partner friend parent parents cousin".split())

# Pronouns that stand for the subject of their own clause: "while Hart read out his motion".
SUBJECT_BOUND_PRONOUNS = frozenset("he she his hers himself herself".split())
# Words that open a clause of its own, with a subject of its own.
CLAUSE_OPENERS = frozenset(
    "while whilst whereas because although though when after before since until unless as "
    "and but".split()
)

# Words that make what follows a title or a scare quote, not somebody's words.
TITLE_CUES = frozenset(
    """
    so-called titled entitled headlined dubbed nicknamed term word phrase slogan motto
    label headline
    """.split()
)

# Nouns for works with titles: 'her novel "The Salt Orchard"', "their paper, '...', is out".
WORK_NOUNS = frozenset(
    """
    book novel novella memoir memoirs biography autobiography poem poems collection anthology
    film films movie documentary series sitcom drama show play musical opera ballet album
    song single track hymn anthem painting portrait sculpture exhibition paper article essay
    thesis study column blog podcast episode game
    """.split()
)
# How many words a sentence-case title set off by commas may have: "their paper, 'Rapid
# breakdown of PET by a marine esterase', is published".
MAX_TITLE_WORDS = 16

# Nouns for what someone said, whose owner is the speaker: 'Their words were "..."', 'His
# message: "..."', "Rutte's reply was blunt: '...'".
SPEECH_NOUNS = frozenset(
    """
    words message reply response answer verdict warning advice comment comments remark
    remarks view promise pledge retort
    """.split()
)
# Nouns for how someone put it, in "in the words of X" or "in her own phrase": the phrase
# credits what follows to its owner.
WORDING_NOUNS = frozenset("words phrase phrasing terms description expression coinage".split())
# Nouns for a case someone makes, whose "that" clause gives it in their words: "rejected the
# company's argument that it was 'banter'", "her claim that the books were 'clean'".
CLAIM_NOUNS = frozenset(
    """
    argument arguments claim claims insistence assertion suggestion complaint belief view
    contention position promise pledge warning case defence defense
    """.split()
)
# Verbs that take up someone's wording: "to borrow her phrase", "to use Rutte's words".
BORROWING_VERBS = frozenset("borrow use steal".split())
# Possessive pronouns, and the subject pronoun each stands for.
POSSESSOR_PRONOUNS = {"his": "he", "her": "she", "their": "they"}

# Words for the thing a naming verb names: 'what economists call', 'something the trade calls'.
NAMED_THINGS = frozenset("what something whatever".split())
# Verbs that, after "what", give a thing its name: 'what economists call "stagflation"'.
NAMING_VERBS = frozenset("call calls called term terms termed".split())
# Verbs that give something a name: 'dubbed the tower the "Gherkin"', 'known as the "Mile"'.
NAME_GIVING_VERBS = frozenset(
    "dub dubs dubbed nickname nicknames nicknamed known brand brands branded label labels "
    "labelled labeled christened".split()
)
# Forms of "be" that make a naming verb passive: 'is called', 'was dubbed'.
BE_FORMS = frozenset("is are was were be been being".split())
# Verbs that open a clause's predicate: 'the "Northern Powerhouse" was never funded'.
CLAUSE_VERBS = BE_FORMS | frozenset(
    "has have had will would could can should may might must does did do".split()
)
# A name in quotation marks is short: 'the "spaghetti bowl"'.
MAX_NAME_WORDS = 4
# How many words may name the thing between the verb and the name: 'call the old flyover the'.
MAX_NAMED_WORDS = 5

# Words that may follow a quote inside its sentence without making it a modifier:
# 'a "quantum leap" in defence' is a quote; 'a "NATO first" policy' is a label.
FUNCTION_WORDS = frozenset(
    """
    in of to for on at by with and or but that which who from as is was are were will
    would has have had could can should may might must be been than into over under
    about after before while when because if so not nor
    """.split()
)

# Titles stripped from names ("Mr Rutte", "Prime Minister Keir Starmer") and recorded as the
# person's roles, which resolve descriptions such as "the prime minister".
TITLES = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron
    president vice prime minister secretary general secretary-general chancellor
    governor judge justice senator sen rep representative congressman congresswoman
    mayor councillor councilor cllr ambassador commissioner chairman chairwoman chair
    director ceo cfo coo
    chief executive officer deputy king queen prince princess pope rev reverend father
    revd rt hon honourable
    brigadier major colonel col lieutenant lt captain capt admiral sgt sergeant commander
    marshal premier attorney envoy spokesman spokeswoman spokesperson head leader
    foreign defence defense health finance interior home treasury economy state special
    first assistant acting former inspector superintendent detective constable
    archbishop bishop cardinal rabbi imam
    """.split()
)

# Nouns that make a phrase a description of a person: "the former Dutch prime minister".
ROLE_NOUNS = frozenset(
    """
    minister president secretary secretary-general general chancellor governor judge
    justice senator mayor councillor councilor ambassador commissioner chairman chairwoman
    chair director ceo chief executive spokesman spokeswoman spokesperson leader official
    envoy premier
    king queen prince princess pope commander admiral head boss founder economist analyst
    expert researcher professor doctor lawyer prosecutor officer adviser advisor aide
    manager coach captain treasurer mp archbishop bishop cardinal rabbi imam
    """.split()
)

# Nouns for people who are no office holders: a quotation may be credited to "the auditor" or
# "one of the cleaners" when the text names nobody. Unlike ROLE_NOUNS they never stand for
# the last person named: "the auditor" after "Mr Hale" is not Mr Hale unless the text says so.
PERSON_NOUNS = frozenset(
    """
    auditor inspector cleaner nurse patient teacher pupil student parent mother father driver
    passenger farmer owner shopkeeper trader worker employee resident neighbour neighbor
    witness victim survivor volunteer campaigner organiser organizer activist protester
    engineer scientist surgeon paramedic firefighter pilot soldier guard caretaker
    landlord tenant customer shopper voter fan supporter player striker goalkeeper
    referee priest vicar curator librarian accountant banker broker developer
    designer builder plumber electrician miner fisherman chef waiter waitress cook baker
    pharmacist dentist vet midwife carer historian author novelist journalist reporter
    editor lecturer headteacher headmaster headmistress principal clerk
    investigator detective constable sergeant magistrate juror coroner
    surveyor architect planner examiner valuer consultant contractor steward warden ranger
    porter janitor lifeguard mechanic technician labourer gardener housekeeper cashier
    receptionist negotiator mediator auctioneer statistician epidemiologist virologist
    psychologist psychiatrist therapist counsellor physiotherapist pathologist optician
    defender midfielder winger jockey cyclist athlete swimmer motorist pedestrian commuter
    villager homeowner landowner publican landlady hotelier restaurateur florist butcher
    bystander onlooker eyewitness passer-by
    pensioner grandmother grandfather gran grandad widow widower mum dad schoolgirl schoolboy
    teenager man woman forecaster member
    solicitor barrister counsel advocate applicant appellant claimant defendant respondent
    complainant petitioner plaintiff caller listener presenter host holder licensee keeper
    master harbourmaster postmaster guest archivist pianist artist columnist chemist physicist
    linguist lobbyist specialist composer singer actor actress poet writer painter sculptor
    dancer climber sailor skipper diver shepherd beekeeper gamekeeper innkeeper bookseller
    critic candidate winner entrant finalist nominee laureate graduate trainee apprentice
    intern cadet recruit veteran colonel lieutenant corporal superintendent registrar bursar
    dean provost rector chaplain deacon nun monk organist astronomer botanist birdwatcher
    angler hiker mountaineer explorer traveller tourist spectator blogger podcaster
    broadcaster commentator pundit reviewer umpire groundsman trustee administrator actuary
    strategist anaesthetist matron tutor scholar academic
    """.split()
)

# Words that pick one person out of a group: "said one of the cleaners".
ONE_OF = frozenset({"one"})
# How many sentences back "one of them" may find its group: "And the members? One of them".
MAX_GROUP_LOOKBACK = 2

# How many words may modify a role's head after the role word: "the chief medical officer".
MAX_ROLE_MODIFIERS = 2
# How many words an organisation may have after "of" in "Ravi Menon of Castlegate Securities".
MAX_ORGANISATION_WORDS = 6
# How many items a bracketed aside between a subject and its verb may hold: "(Letters, 3 May)".
MAX_ASIDE_ITEMS = 12

# Capitalised words that start sentences or name times, never people.
NOT_NAMES = frozenset(
    """
    the a an this that these those it he she they we i you his her their its our my
    in on at by of for from to with but and or so yet as if when while after before since
    yesterday today tomorrow later earlier meanwhile speaking asked also then now however
    still even both last next here there what who why how where which whatever
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    sources source photo read more
    """.split()
)

# Words that make a capitalised name an organisation or a place: "the Kremlin said",
# "New York", "Downing Street".
ORGANISATION_WORDS = frozenset(
    """
    kremlin government ministry department office commission council agency police court
    bank university school primary academy college nursery hospital infirmary clinic prison
    library museum stadium division staff committee parliament party group times post news
    reuters alliance union house street palace senate congress assembly institute
    foundation association federation organisation organization company corporation corp
    inc ltd plc motors airlines authority board service services army navy force forces
    centre center club league network press strategy review programme program report plan
    initiative agreement declaration summit treaty act charter
    washington moscow beijing london paris berlin brussels kyiv kiev tehran tokyo
    downing whitehall westminster pentagon elysee nato
    york kong america americas kingdom states east west north south europe nations island
    islands republic city county province region sea ocean river valley bay gulf zealand
    africa asia korea arabia emirates lanka salvador airport station square avenue road
    capital partners securities investments advisors associates economics research analytics
    consulting insights markets fund trust labs media herald wire courier journal gazette
    tribune telegraph guardian observer
    """.split()
)

# Letters written after a name for an office, a rank or an honour, never part of the name:
# "Lucinda Farrow KC", "Catrin Morgan-Ellis MS". Compared as written (capitals), so that
# "Ms" before a name stays a title.
POST_NOMINALS = frozenset(
    """
    KC QC MP MS MSP MLA MEP AM TD OBE MBE CBE KBE DBE CH OM JP DL FRS FRCS FRCP PhD
    """.split()
)

# Lower-case words allowed inside a name: "Ursula von der Leyen", "Mark van Dijk".
NAME_PARTICLES = frozenset("van von der den de da di del la le du bin ibn al ter ten ap ab".split())
# "Conor Mac an tSaoir", "Máire Nic an Bhaird": "an" joins a name after these only.
NAME_ARTICLE_AFTER = frozenset({"mac", "nic", "ní", "ni", "uí", "ui"})

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st gen sen rep gov lt col capt sgt rev jr sr no vs etc inc ltd co
    corp dept est approx fig jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

# Words whose "'s" is "is" or "has", not a possessive: "it's", "she's", "let's".
S_CONTRACTIONS = frozenset("he she it that there here what who where how let".split())

# Words that begin with an apostrophe rather than open a quote: "rock 'n' roll", "'90s".
ELISIONS = frozenset("n em til tis twas cause cos bout round".split())
