"""People named in a document: one canonical name for each, whatever the mention.

A readout calls one person "Her Excellency Prime Minister Helena Varga", "Ms Varga", "the
Prime Minister" and "She". ``People`` learns these aliases from the document as it is read
in order (honorifics and office titles stripped, surnames, appositions such as
"X, the Head of Y") and answers which person a mention means. Gender comes from
honorifics and pronouns and is only used to pick a pronoun's referent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from unicodedata import combining, normalize

MALE, FEMALE, NEUTER = "m", "f", "n"  # NEUTER: an organisation ("the Commission")

# Courtesy forms that say nothing of the name but may say the gender.
COURTESY = {
    "his eminence": MALE,
    "his excellency": MALE,
    "his highness": MALE,
    "his majesty": MALE,
    "his holiness": MALE,
    "his royal highness": MALE,
    "her eminence": FEMALE,
    "her excellency": FEMALE,
    "her highness": FEMALE,
    "her majesty": FEMALE,
    "her royal highness": FEMALE,
    "mr": MALE,
    "mr.": MALE,
    "mrs": FEMALE,
    "mrs.": FEMALE,
    "ms": FEMALE,
    "ms.": FEMALE,
    "miss": FEMALE,
    "mister": MALE,  # as a meeting's summary writes "Mister Johnson"
    "sir": MALE,
    "dame": FEMALE,
    "lord": MALE,
    "lady": FEMALE,
    "baroness": FEMALE,
    "viscount": MALE,
    "viscountess": FEMALE,
    "madam": FEMALE,
    "alhaji": MALE,  # Nigerian honorifics: "Alhaji Sani Bello", "Comrade Jo Okafor"
    "hajia": FEMALE,
    "comrade": None,
    "cde": None,  # "Cde Perrance Shiri", as Zimbabwe's papers write Comrade
    "barrister": None,  # "Barrister Nyesom Wike", "Engr. Seyi Makinde"
    "advocate": None,  # "Advocate Mark Boothman", as Jersey's courts title a lawyer
    "crown advocate": None,
    "engr": None,
    "engr.": None,
    "datuk": None,  # Malaysian honorifics: "Datuk Seri Dr Ahmad Zahid Hamidi"
    "datuk seri": None,
    "dato'": None,
    "dato’": None,
    "dato' sri": None,
    "dato’ sri": None,
    "datin": FEMALE,
    "tan sri": MALE,
    "puan sri": FEMALE,
    "tun": None,
    "dr": None,
    "dr.": None,
    "prof": None,
    "prof.": None,
    "professor": None,
    "mx": None,
    "rev": None,
    "rev.": None,
    "hon": None,
    "hon.": None,
    "rt hon": None,
    "rt. hon.": None,
    "right honourable": None,
    "honourable": None,  # "the Honourable Marc Garneau"
    "honorable": None,
    "pope": MALE,  # clergy
    "patriarch": MALE,
    "cardinal": MALE,
    "archbishop": None,
    "bishop": None,
    "imam": MALE,
    "sheikh": None,
    "rabbi": None,
    "reverend": None,
    "pastor": None,
    "son": MALE,  # kin before a name at a sentence's start: "Son Russell Brown, 39, said"
    "daughter": FEMALE,
    "wife": FEMALE,
    "husband": MALE,
    "widow": FEMALE,
    "grandson": MALE,
    "granddaughter": FEMALE,
}
_KIN = frozenset("son daughter wife husband widow grandson granddaughter".split())
PAPAL = ("pope", "holy father", "pontiff", "his holiness")
# Nigeria's ("SP Jo Roe") and Britain's police ("DI Ruth Dodsworth", "Det Supt Andy Smith")
_POLICE_RANKS = "igp aig cp dcp acp csp sp dsp asp di dci dsupt ds dc dcs dsi pc ps".split()
_UK_RANKS = "det supt|det ch supt|ch supt|supt|det insp|det ch insp|ch insp|insp|det sgt|det con"
# Offices written before a name ("Prime Minister Helena Varga"); they become aliases.
OFFICES = (
    "prime minister",
    "prime minster",  # (as a typo writes it)
    "premier",
    "deputy prime minister",
    "president",
    "pres.",  # "Pres. Ali tells Opposition MPs", as a headline shortens it
    "vice president",
    "vice-president",
    "minister",
    "foreign minister",
    "finance minister",
    "defence minister",
    "defense minister",
    "chancellor",
    "treasurer",  # "Treasurer Jim Chalmers", Australia's finance minister
    "shadow treasurer",
    "leader",  # "Leader of the Islamic Revolution Ayatollah Khamenei", "Majority Leader Jo Roe"
    "senator",
    "sen.",
    "governor",
    "gov.",
    "gov",  # "Gov Hope Uzodinnma", as Nigerian papers write it
    "mayor",
    "general",
    "gen.",
    "sgt.",
    "lt.",
    "capt.",
    "cmdr.",
    "col.",
    "det.",
    "maj.",
    "cpl.",
    "gen",  # ranks without their full stops, as British and Asian papers write them:
    "lt gen",  # "Gen Prayut", "Snr Gen Min Aung Hlaing", "Lt Col Jo Roe"
    "maj gen",
    "snr gen",
    "lt col",
    "col",
    "maj",
    "sgt",
    "capt",
    "councillor",
    "councilman",
    "councilwoman",
    "councilmember",
    "councilor",
    "coun",  # "Coun Derek Forrest", "Cllr Jo Roe": British papers' councillors
    "cllr",
    "alderman",
    "clerk",
    "director-general",
    "director",
    "editor",
    "chief editor",
    "editor-in-chief",
    "managing editor",
    "executive editor",
    "secretary",
    "undersecretary",  # "Palace Press Officer Undersecretary Claire Castro"
    "usec.",  # "Usec. Claire Castro", as Philippine papers shorten it
    "secretary-general",
    "secretary of state",
    "hall of famer",  # a sport's honour, worn as a title: "Hall of Famer Ernie Els said"
    "attorney general",
    "solicitor general",
    "assistant attorney general",
    "deputy attorney general",
    "ambassador",
    "judge",
    "justice",
    "chief justice",
    "chief",
    "commissioner",
    "representative",
    "rep.",
    "sec.",  # "Sec. Clinton", a secretary of state
    "congressman",
    "congresswoman",
    "speaker",
    "king",
    "queen",
    "prince",
    "princess",
    "crown prince",
    "emir",
    "chairman",
    "chairwoman",
    "chairperson",
    "ceo",
    "co-ceo",
    "cfo",  # "COO and CFO Blake Jorgensen"
    "coo",
    "cto",
    "chief executive",
    "chief minister",
    "menteri besar",  # a Malaysian state's chief minister: "Selangor Menteri Besar Jo Roe"
    "mentri besar",
    "cm",  # "CM Himanta Biswa Sarma": a chief minister, as Indian papers write it
    "dcm",  # "DCM DK Shivakumar": a deputy chief minister
    "pm",
    "sm",  # "SM Lee": Singapore's Senior Minister
    "dpm",  # "DPM Gan Kim Yong": a deputy prime minister
    "mp",  # "MP Paul Sully", "Tory MP Andrea Leadsom"
    "mep",
    "mla",  # "DMK MLA TRB Raaja": a member of a legislative assembly (India, Northern Ireland)
    "mca",  # "Gatina Ward MCA Kennedy Swaka": a member of a Kenyan county assembly
    "mlc",
    "msp",  # "Labour MSP Jackie Baillie"
    "mpp",  # "Ontario MPP Jo Roe"
    "td",  # Irish: "Fine Gael TD Colm Brophy", "Taoiseach Micheál Martin"
    "mk",  # a member of the Knesset: "MK Yael Cohen Paran"
    "taoiseach",
    "tánaiste",
    "ceann comhairle",
    "chair",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "publicist",
    "inspector",
    "detective",
    "superintendent",
    "captain",
    "colonel",
    "admiral",
    "rear admiral",
    "vice admiral",
    "adm.",
    "rear adm.",
    "vice adm.",
    "administrator",
    "lieutenant",
    "sergeant",
    "officer",
    "major",
    "corporal",
    "constable",
    "pc",  # "PC Matt Riley": a police constable
    "commander",
    "trooper",
    "sheriff",
    "marshal",
    "warden",
    "principal",
    "archbishop",  # "the Archbishop of Canterbury": a church's office
    "bishop",
    "cardinal",
    *_POLICE_RANKS,
    *_UK_RANKS.split("|"),
)
# ranks: one who holds one may still be "the spokesman" (an office is another's job)
RANKS = frozenset(
    """sgt. lt. capt. cmdr. col. det. maj. cpl. gen. general captain colonel lieutenant sergeant
    officer major corporal constable trooper gen sgt capt col maj""".split()
    + _POLICE_RANKS
    + _UK_RANKS.split("|")
)
ACRONYM_TITLES = frozenset(  # "CM", not "Cm"
    "cm dcm pm mp mep mla mca mlc msp mpp mk td ceo cfo coo cto pc".split() + _POLICE_RANKS
)
OFFICE_GENDER = {
    "king": MALE,
    "queen": FEMALE,
    "prince": MALE,
    "princess": FEMALE,
    "crown prince": MALE,
    "congressman": MALE,
    "congresswoman": FEMALE,
    "chairman": MALE,
    "chairwoman": FEMALE,
    "spokesman": MALE,
    "spokeswoman": FEMALE,
    "councilman": MALE,
    "councilwoman": FEMALE,
}
# Common given names, for pronoun resolution only ("She" is not "Tom Reyes"). A name that
# is not here just leaves the gender unknown, which matches any pronoun.
_MALE_NAMES = """
Aaron Adam Ahmed Alan Alex Alexander Ali Andrew Anthony Antonio Ben Benjamin Boris Brian
Carlos Charles Chris Christopher Chuck Daniel David Dmitri Donald Ed Edward Emmanuel Eric
Frank Friedrich Gary George Hans Henry Hugo Ibrahim Ismail Ivan Jack James Javier Jean
Jeremy Joe John Jonas Jorge Jose Joseph Juan Karl Keir Kevin Klaus Lars Leon Luis Marco
Mark Martin Matthew Michael Mohammed Muhammad Nicolas Olaf Omar Owen Paul Pedro Peter Piotr
Rahul Richard Rishi Robert Sam Samuel Sergei Stephen Steve Thomas Tom Tomas Vladimir
William Xi Yusuf
Abdul Adrian Alberto Alec Alfred Allen Andre Andreas Andy Angus Arthur Barry Bernard Bill
Billy Bob Bobby Brad Bradley Brandon Brendan Bruce Bryan Calvin Carl Carlo Cedric Colin
Craig Dale Dan Danny Darren Dave Dean Dennis Derek Dominic Doug Douglas Duncan Dylan Eddie
Eduardo Edwin Emil Enrique Ernest Ethan Evan Felix Fernando Francis Francisco Fred Frederick
Gavin Geoffrey Gerald Gerhard Giuseppe Glenn Gordon Graham Greg Gregory Guy Hamid Harold
Harry Hassan Hector Herbert Howard Hussein Ian Igor Isaac Jacob Jake Jason Jeff Jeffrey
Jerome Jim Jimmy Joel Johann Jon Jonathan Josh Joshua Julian Justin Keith Ken Kenneth Kurt
Larry Lawrence Leonard Lewis Liam Louis Luca Lucas Luke Malcolm Manuel Marcus Mario Matt
Maurice Max Melvin Michel Miguel Mike Mikhail Mohamed Morris Nathan Neil Nick Nigel Noah
Norman Oliver Oscar Pablo Patrick Philip Phil Pierre Rafael Ralph Randy Ray Raymond Reza
Ricardo Rick Roberto Rodney Roger Roland Ronald Ross Roy Russell Ryan Scott Sean Sebastian
Simon Stanley Stefan Stuart Ted Terrence Theo Tim Timothy Tony Travis Trevor Troy Victor
Vincent Walter Wayne Wesley Will Yuri Zach Ned Freddie Alfie Archie Ollie
Albert Alistair Callum Ciaran Clive Connor Dafydd Declan Dermot Elijah Euan Eugene Gabriel
Gareth Hamish Jerry Kyle Nicholas Niall Rhys Rory Seamus Steven Terry Tyler Zachary
Bernie Randall Rui Walt Francois François Nelson Dwayne Gerry Daryl
Abdullah Ahmad Aleksandr Alexei Amir Anders Andrei Anil Antoine Arjun Armando Arnold Arturo
Ashok Barack Bashar Benedict Brett Caleb Cesar Clarence Clifford Clint Conor Curtis Damian
Damien Darius Darryl Deepak Desmond Diego Dimitri Donovan Dwight Edgar Elias Elliot Elon
Emilio Erik Ernesto Esteban Fabian Faisal Farid Felipe Fidel Franz Fumio Gerardo Gilbert
Giorgio Giovanni Gustavo Harvey Heinrich Helmut Herman Hiroshi Horst Hugh Imran Jacques Jair
Jamal Jared Jens Joachim Joaquin Johannes Jürgen Kamal Karim Khalid Lamar Leo Leonardo
Lorenzo Luigi Lukas Lyndon Mahmoud Manfred Marcel Marek Mateo Matthias Mehmet Mitch Mitchell
Mohammad Moses Mustafa Narendra Nasser Nathaniel Neville Nikolai Oleg Orlando Otto Pascal
Pavel Rajesh Ramon Raul Recep Reginald Ricky Rodrigo Rolf Ron Ronnie Rudolf Rudy Rupert
Salman Salvador Sanjay Santiago Saul Sergio Shane Shaun Shinzo Spencer Sunil Sven Tariq Tobias
Todd Tomasz Trent Umar Uwe Vikram Viktor Volodymyr Warren Werner Wilhelm Winston Wolfgang
Xavier Yitzhak Yosef Yves
Micheál Seán Ciarán Pádraig Éamon Eamon Eoin Enda Pearse Colm Darragh Cathal Dónal Donal
Fergal Oisín Tadhg Caoimhghín Ruairí Diarmuid Bertie
Tunde Emeka Chinedu Olusegun Muhammadu Abubakar Nnamdi Chukwuma Kayode Femi Segun Nasir Atiku
Goodluck Yakubu Sani Babajide
Christian Lance Nico Lando Kimi Valtteri Romain Jenson Damon Ayrton Niki Toto
Kojo Kofi Kwame Kwabena Kwaku Kwasi Kwesi Kweku Kwadwo Yaw Ekow Fiifi Sammy
Amit Arvind Manish Suresh Ramesh Vijay Ajay Kapil Nitish Amarinder Digvijay Mallikarjun
Ghulam Kiren Hardeep Jairam Rajnath Venkaiah Ananth Pralhad Piyush Adhir Dharmendra Gaurav
Akhilesh Uddhav Sharad Sitaram Yashwant Arun Ravi Jyotiraditya Mukesh Deepak Rakesh Mahesh
Dinesh Naveen Praveen Nitin Shivraj Ashish Abhishek Vikram Vivek Rohit Virat Sachin Imran
Nawaz Shehbaz Bilawal Asif Fawad
Stephane Stéphane Farhan Janos János Andriy Dmytro Mykola Oleksandr Oleksiy Petro Serhiy Taras
Vitali Vitaliy Yevhen
Brice Dwyane Kasim Keanu Jono Sajid Nadhim Jermaine Lionel Cristiano Kylian Erling Neymar
Zinedine Thierry Didier Raheem Jude Bukayo Ernie Rickie Dustin Collin Xander Scottie Hideki
Kieran Brendon Jofra Marnus Usman Babar Shaheen Rochas Nyesom Seyi Godswill
Joey Tommy Davey Mick Mickey Stevie Pete Rob Robbie Donnie Kenny Hank Hal Teddy Alf Stan Benny
Nicky Lenny Vic Wally Bert Johnny Kev Marc Reg Russ Vince Willie Abe Floyd Frankie Gene Lloyd
Marty Milo Otis Quentin Rufus Seth Sid Toby Vernon
Moussa Mamadou Ousmane Amadou Ibrahima Cheikh Idrissa Seydou Boubacar Souleymane Aliou
Abdoulaye Kalidou Sadio Lamine Bakary Demba Oumar Youssouf Sekou Lassana Ismaila Pape Malick
Youssef Achraf Sofiane Hakim Walid Nabil Riyad Saïd Modesto Slaven
""".split()
_FEMALE_NAMES = """
Aisha Alice Amina Ana Angela Anna Anne Barbara Carla Catherine Chloe Christine Claire Diana
Elena Elizabeth Emily Emma Eva Fatima Helen Helena Ingrid Isabel Jane Jennifer Jessica Julia
Kamala Karen Kate Katherine Laura Linda Lisa Maria Marie Marta Mary Megan Michelle Nadia Nancy
Natalia Olga Patricia Priya Rachel Rosa Sarah Sofia Sophie Susan Ursula Victoria Yulia
Abigail Adriana Agnes Alexandra Alison Allison Alyssa Amanda Amber Amelia Amy Anastasia
Angelica Anita Annette Ava Beatrice Bella Beth Betty Brenda Bridget Brittany Camilla Carmen
Carol Caroline Carolyn Cassandra Cecilia Charlotte Cheryl Christina Cindy Clara Claudia
Colleen Cynthia Daniela Danielle Debbie Deborah Denise Diane Donna Dorothy Edith Eileen
Eleanor Elisabeth Ella Ellen Eloise Emilia Erica Erin Esther Eugenia Evelyn Fiona Florence
Frances Gabriela Gayle Georgia Gillian Gina Gloria Grace Hannah Harriet Heather Heidi Holly
Irene Iris Isabella Isla Jacqueline Janet Janice Jasmine Jenny Jill Joan Joanna Josephine
Joyce Judith Judy Julie Juliet Karin Kathleen Kathryn Katie Katya Kristen Laila Lara Lauren
Layla Leah Lena Leyla Lily Lindsay Lorraine Louise Lucia Lucy Lydia Lynn Madeleine Maggie
Margaret Margarita Marina Marion Martha Maya Melanie Melissa Mia Miriam Molly Monica Nadine
Naomi Natasha Nicole Nina Nora Olivia Pamela Paula Pauline Penelope Petra Rebecca Renee
Rita Roberta Ruth Sabrina Samantha Sandra Sara Sharon Sheila Shirley Silvia Simone Sonia
Stephanie Svetlana Sylvia Tamara Tanya Teresa Theresa Tiffany Tina Valerie Vanessa Vera
Veronica Virginia Wendy Yvonne Zoe
Andrea Aoife Ashley Becky Beverly Camila Cate Debra Doris Gemma Greta Hayley Joanne
Julianne Juliette Keira Kimberly Kirsty Leanne Lori Mairead Margot Marilyn Meryl Millie
Natalie Niamh Nicola Polly Rosie Sally Scarlett Sigourney Sinead Siobhan Sophia Tracey
Hetty Hattie Kitty Tilly
Hillary Sienna
Adele Aida Alana Alexa Alicia Alina Alma Amal Amira Ann Annalena Annie Ariana Arlene Astrid
Audrey Benazir Bettina Bianca Birgit Blanca Bonnie Brigitte Camille Candace Carly Catalina
Celia Celine Chantal Charlene Chelsea Christa Christiane Clare Connie Cora Daisy Daphne
Delia Dolores Elaine Eliza Elise Elsa Emilie Erika Estelle Fatma Francesca Frida Gabrielle
Geraldine Giorgia Giulia Gretchen Gwen Hanna Hazel Ilhan Ines Irina Isabelle Ivana Jacinda
Jana Janine Jeanne Jenna Jodie Johanna Karla Katarina Katharina Kayla Kirsten Kristin
Kristina Kyrsten Lea Leila Liliana Liz Lorena Luisa Madison Maeve Magdalena Mandy Mariana
Marianne Maribel Marisa Marjorie Marlene Maryam Matilda Maureen Maxine Melinda Mercedes
Meredith Mette Michaela Mildred Miranda Mona Muriel Nathalie Nikki Noor Odette Paloma Peggy
Phoebe Pippa Priscilla Rachael Raquel Rashida Regina Rhonda Rochelle Rosalind Rosemary
Roxanne Sabine Sadie Sanna Selena Serena Sherry Simona Sonja Stacey Stella Suzanne Tammy
Tatiana Tessa Thea Toni Tulsi Ulrike Valentina Wanda Yasmin Yolanda Zara Zeynep
Siobhán Sinéad Mairéad Máire Róisín Gráinne Orla Clodagh Saoirse Caoimhe Ciara Verona
Ngozi Chioma Folake Funmilayo Zainab Hadiza Chimamanda Yewande
Ama Akosua Abena Akua Yaa Afua Efua Adwoa Esi Afia
Mamata Smriti Priyanka Nirmala Sushma Mayawati Mehbooba Supriya Kanimozhi Mahua Jayalalithaa
Billie Pratibha Meenakshi Lakshmi Kavita Sunita Neha Pooja Deepika Hina Shobha Hasina
Karoline Michèle Iryna Oksana Olena Yuliia Kateryna
Coleen Rebekah Rhona Lorna Shona Mhairi Kirstie Lesley Tracy Tracie Kylie Chantelle Bethany
Abbie Abby Ellie Freya Imogen Evie Georgina Katy Katharine Lindsey Lynne Marcia Paige Samira
Tara Tess Whitney Shelley Sheryl Jemma Jolene Gail Ginny Gwyneth Hilary Jacqui Janette
Jeanette Judi Loretta Patsy Rosamund Sue Sian Siân Vicky Keeley Jodi Beyonce Beyoncé Rihanna
Kourtney Khloe Meghan Letitia Priti Suella Yvette Jess Thérèse Kemi
Kathy Cathy Sallie Trudy Patty Patti Pam Carole Dianne Norma Vicki Vickie Phyllis Darlene
Lillian Lois Velma Wilma Bertha Carrie Della Edna Ethel Ida Mabel Mae Myrtle Nellie Thelma
Viola Becca Cassie Courtney Kelsey Caitlin Candice Katrina Margo Meg Norah Philippa Rowena
Selina Vivienne
""".split()
# Offices a readout refers to by their role: "the Head of State said"
_HEADS = {
    "head of state": frozenset(("president", "king", "queen", "emir", "monarch", "sultan")),
    "head of government": frozenset(("prime minister", "premier", "chancellor")),
}
GIVEN_NAME_GENDER = {**dict.fromkeys(_MALE_NAMES, MALE), **dict.fromkeys(_FEMALE_NAMES, FEMALE)}
# the same names as Spanish, Portuguese and French copy writes them: "José", "Céline"
_ACCENTED = """José André Joël Zoé Zoë Chloé Renée Inés Inês Héctor Óscar Ramón Martín Sebastián
Nicolás Lucía María Sofía Mónica Verónica Adrián Sérgio Antônio António Jérôme Agnès Léa Simón
Víctor Fabián Julián César Raúl Joaquín Félix Tomás Iván Céline Léon Mélanie Stéphanie Valérie
Angélica Ángela Fátima"""
GIVEN_NAME_GENDER |= {
    name: GIVEN_NAME_GENDER["".join(c for c in normalize("NFD", name) if not combining(c))]
    for name in _ACCENTED.split()
}
# the US states of two words, which a town before them names ("Mamaroneck, New York"): places,
# not a Mr York
US_STATES = frozenset(
    "New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Rhode Island|"
    "South Carolina|South Dakota|West Virginia".split("|")
)
# Countries speak ("India had responded"), but are no "he" or "she" (not Chad, Georgia,
# Jordan, Wales: names too)
COUNTRIES = frozenset(
    """
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan
Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia
Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chile China Colombia
Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia
Eswatini Ethiopia Fiji Finland France Gabon Gambia Germany Ghana Greece Grenada
Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel
Italy Jamaica Japan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia
Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia
Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro
Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman
Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia
Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan
Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia
Turkey Türkiye Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela
Vietnam Yemen Zambia Zimbabwe Britain England Scotland America Europe Africa Asia
""".split()
)
# Last words that make a capitalised phrase an organisation or place, not a person.
NOT_PERSON_WORDS = frozenset(
    """
Commission Office Union Party Council Ministry Republic Revolution Day House Bank Court Meeting
Agency Department Government Committee University Association Company Group Forces Army
Mosque Street Square River Valley Road Avenue Hospital School College Institute Centre
Center Service Services Board Authority Assembly Parliament Senate Congress Federation
Organisation Organization Fund Foundation Corporation Inc Ltd League Front Movement Alliance
Coalition Bureau Police Navy Airport Station Times Post News Herald Journal Press Airlines
States Kingdom Nations Region Province County City Sea Ocean Mountains Islands Bay Coast
Cabinet Treasury Affairs Programme Program Plan Act Bill Report Summit Conference Games
Cup Prize Award Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March April May June July August September October November December World Museum
Library Park Bridge Tower Quote Quotes Excerpts Points Facts Notes Highlights Summary Statement
Remarks Transcript Briefing Release Releases Update Updates Interview Speech Match Preview
Review Reaction Stats Gallery Mail Telegraph Neighborhood Neighbourhood
Rulings Orders Rules Commemoration Celebration Memorial Tribute Anniversary Ceremony Festival
Lecture Words Excitement Ambition Details Thoughts Verdict Exchange Slam Chelem Garros
Hall Palace Building Church Cathedral Temple Media Network Radio Television TV Channel
Markets Capital Partners Securities Holdings Associates Investments Insurance Technologies
Pharmaceuticals Airways Motors LLC Corp Administration Racing Motorsports Express Show
Feb Aug Sept Oct Nov Dec Links Version Forum Caucus Society Secretariat Directorate Tribunal
Consortium Protocol Agreement Treaty Accord Convention Charter Strategy Framework Reports Tonight
Curiam Kremlin Pentagon Vatican Élysée Elysee Matignon Malacañang Malacanang Kantei Quirinale
Election Elections Campaign Sale Pictures One Two Three Four Five Six Seven Eight Nine Democrat
Republican Democrats Republicans
""".split()
)  # (and a web page's furniture: "Posted Dec 22, 2013", "Story Links", "Print Friendly Version";
# a court's "Per Curiam", the opinion of the court as a whole; a seat of government, which
# speaks for it: "Malacañang said ... '...,' he said" is no "he")
# what a ministry is of: "Minister for Defense Khawaja Muhammad Asif"
_DOMAIN_WORDS = frozenset(
    """Development Resources Relations Planning Security Education Health Finance Trade Industry
    Energy Transport Housing Labour Labor Justice Defence Defense Agriculture Environment
    Fisheries Tourism Communications Information Orientation Cooperation Welfare Employment
    Commerce Innovation Infrastructure Investment Forestry Mining Minerals Petroleum Economy
    Affairs Broadcasting Staff
    """.split()
)
NOT_PERSON_WORDS |= _DOMAIN_WORDS
# the last words of an organisation's name (not "Park" or "Hall": surnames too)
_ORGANISATION_WORDS = frozenset(
    """Commission Union Party Council Ministry Bank Agency Department Government Committee
    University Association Company Group Forces Army Service Services Board Authority Assembly
    Parliament Federation Organisation Organization Fund Foundation Corporation Inc Ltd League
    Movement Alliance Coalition Bureau Police Navy Airlines Times Post News Herald Journal Media
    Network Radio Television TV Channel Markets Capital Partners Securities Holdings Associates
    Investments Insurance Technologies Pharmaceuticals Airways Motors LLC Corp
    Administration Racing Motorsports Express MPs MEPs MSPs MLAs MPPs TDs Mail Telegraph Forum
    Caucus Society Secretariat Directorate Tribunal Consortium SA NV plc PLC""".split()
)  # (and groups of members: "Tory MPs" are "they", never the given name Tory's "she")
_CALENDAR = frozenset(  # (and months no one is named: "2 September, said"; but "May said")
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February July September "
    "October November December".split()
)
# a headline's words in title case after a name, before its cue: "Trump Falsely Claims",
# "Biden Did Not Say", "Trump Didn’t Say" (the name ends at the apostrophe: "Trump Didn")
_HEADLINE_ADVERBS = frozenset(
    """Falsely Wrongly Mistakenly Repeatedly Reportedly Allegedly Never Again Also Once Still
    Not Did Does Didn Doesn Wasn Isn Really Actually Finally Now Just""".split()
)
# a headline's verb after a name: "Pat Tillman Killed in Iraq", "Jo Roe Named Coach"
_HEADLINE_PAST = frozenset(
    """Killed Injured Arrested Charged Jailed Sentenced Convicted Acquitted Cleared Freed
    Released Detained Named Appointed Elected Hired Fired Sacked Suspended Banned Accused Sued
    Honoured Honored Forced Dropped Signed Quizzed Grilled Slammed Praised Blasted""".split()
)
_RACES = frozenset(("Tour", "Giro", "Vuelta"))
_EVENTS = frozenset(  # what no one is, even speaking: "Martin Luther King Jr. Commemoration"
    "Commemoration Celebration Memorial Tribute Anniversary Ceremony Festival Lecture Words "
    "Thoughts Excitement Reaction Verdict Slam Chelem Garros".split()  # ("her third Grand Slam
    # title", "after winning Roland Garros")
)
# where someone is from, before the name a headline gives them: "Texan Spieth, 21, leads"
DEMONYMS = frozenset(
    """American Texan Californian Floridian British English Scottish Welsh Irish Scot Brit Briton
    French Dutch German Spanish Spaniard Italian Swiss Austrian Belgian Danish Dane Swedish Swede
    Norwegian Finnish Finn Polish Pole Czech Russian Ukrainian Greek Portuguese Brazilian
    Argentine Argentinian Chilean Colombian Uruguayan Mexican Canadian Australian Kiwi Japanese
    Chinese Korean Indian Pakistani Nigerian Ghanaian Kenyan Senegalese Iranian Iraqi Israeli
    Palestinian Saudi Egyptian Turkish Syrian Lebanese Jordanian Qatari Emirati Kuwaiti Yemeni
    Afghan Bangladeshi Nepali Thai Vietnamese Indonesian Malaysian Filipino Singaporean
    Taiwanese Kazakh Uzbek Georgian Armenian Azerbaijani Hungarian Romanian Bulgarian Serbian
    Croatian Slovak Estonian Latvian Lithuanian Belarusian Ethiopian Ugandan Tanzanian
    Moroccan Algerian Tunisian Libyan Sudanese Venezuelan Peruvian Cuban Jamaican""".split()
)
_PATRONYMIC = frozenset(("bin", "bint", "ibn"))  # "Mohammed bin Salman": son of Salman
# what a surname may start with: "Ursula von der Leyen" is "von der Leyen" and "Leyen"
_PARTICLES = frozenset("von van de der den da di du dos das del la ole ten ter".split())
_NAME_WORD_RE = re.compile(rf"(?:(?:{'|'.join(sorted(_PARTICLES))}) )*\S+")


def name_words(name: str) -> list[str]:
    """The words of a name, each particle with the word it belongs to: "Ursula", "von der
    Leyen"; "van Gaal" alone is one word. (A quick test first: each particle starts with d
    or v, or follows "de", but "ole", "ten" and "ter".)"""
    particle = (
        " d" in name or " v" in name or name[:1] in ("d", "v") or " ole " in name or " te" in name
    )
    return _NAME_WORD_RE.findall(name) if particle else name.split(" ")


# first words of long South Asian and Arabic names: "Mirza Fakhrul Islam Alamgir", "Syed Ali
# Reza Khan", "Abdel Fattah El Sisi"
_NAME_OPENERS = frozenset(
    "Mirza Muhammad Mohammad Mohammed Md Mohd Abdul Abdel Abdal Syed Sheikh Nana".split()
)
_SPELLED_OUT = {"pm": "prime minister", "cm": "chief minister", "cj": "chief justice"}  # an
# office's initials
_PLACE_HEADS = frozenset("County Lake Mount Cape Isle".split())  # "County Durham", a place
_COMPASS = frozenset(
    "North South East West Northern Southern Eastern Western Central Northeast Northwest "
    "Southeast Southwest".split()
)
_PLACE_INITIALS = frozenset("US UK EU UN UAE USA".split())


RANKED = frozenset("chief prime deputy vice".split())  # words that make another office


def _title_words(key: str) -> frozenset[str]:
    """The words of a title that say which office it is, initials spelt out."""
    return frozenset(
        part
        for w in key.split(" ")
        if w not in ("of", "the", "for", "and")
        for part in _SPELLED_OUT.get(w, w).split(" ")
    )


_MONTH_SURNAMES = frozenset("March April May June August".split())  # "Theresa May"
_WORD_SURNAMES = _MONTH_SURNAMES | {"Union", "Temple"}  # "Gabrielle Union", "Shirley Temple"
# surnames that are words a sentence may start with: "Wesley So", "G. Keith Still"
_SHORT_SURNAMES = frozenset({"So", "An", "Do", "Oh", "Ho", "Ma", "Yu", "Still"})
# Capitalised words that start sentences or headings and are not names.
STOP_WORDS = frozenset(
    """
Posted Updated Published Print Share
The This That These Those A An In On At By For From With Without Despite During After Before
Since Until While Whilst When Where Why How What Who Which If But And Or Yet So As Of To Into Over
Under Underneath Beneath About Referring Emphasising Emphasizing Turning Asked Speaking
Meanwhile However
Therefore Today Yesterday Tomorrow Tonight Also Although Though Even Every Each Any All Some
Many Most Our We I You He She They It His Her Their Its My Your Mr Mrs Ms Dr There Here Then
Now Yes No Not One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty
Forty Fifty Hundred Hundreds Thousand Thousands First Second Last Final Next New Old Please Thank
Thanks
Let Both
Q A MODERATOR Facing Following Responding Addressing Commenting Writing Reacting Answering
Describing Explaining Noting Welcoming Calling Saying Looking Having Being Amid Given Adding
Stressing Insisting Warning Urging Arguing Acknowledging Announcing Asking Appearing Visiting
Opening Closing Launching Unveiling Defending Quoting Citing Earlier Later Still Instead
Indeed Meanwhile Separately Elsewhere Afterwards Nevertheless Recently Previously Across
Along Among Around Behind Beyond Near Through Throughout Toward Towards Within Against Inside
Outside Hurricane Typhoon Cyclone Tropical Storm Everyone Everybody Someone Somebody Anyone
Anybody Nobody Something Nothing Anything Everything Work Play Meet Watch Listen Join
Hi Hello Hey Welcome Goodbye Bye Congratulations Sorry Okay Wow More Man Woman Men Women Team
Once
""".split()
)

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().strip(",").lower()


@dataclass(eq=False)
class Person:
    name: str
    gender: str | None = None
    aliases: set[str] = field(default_factory=set)

    def __repr__(self) -> str:
        return f"Person({self.name!r}, {self.gender})"


_OFFICE_KINDS = frozenset("federal union state provincial cabinet junior senior".split())
_PEERAGE = frozenset(("lord", "lady", "baroness", "viscount", "viscountess"))
_PEER_WORDS = frozenset(("Baroness", "Viscount", "Viscountess"))
_COURTESY_STARTS = frozenset(("His", "Her", "Mr", "Mrs", "Ms", "Dr"))
_OFFICE_MODIFIERS = frozenset(("acting", "former", "interim", "outgoing", "incoming"))
_RANKS = frozenset("executive managing senior vice deputy general assistant associate".split())
# a trade before a name at a sentence's start: "Dentist Troy Keyes said"
TRADES = frozenset(
    """singer actor actress author writer novelist poet artist musician rapper dentist nurse
    farmer pilot lawyer attorney teacher scientist researcher economist analyst historian
    guitarist drummer bassist pianist violinist
    photographer designer architect engineer chef publicist entrepreneur filmmaker
    producer comedian activist resident homeowner coach trainer defender midfielder striker
    goalkeeper winger forward quarterback linebacker pitcher catcher democrat republican
    guard center centre receiver cornerback safety shortstop outfielder infielder
    promoter owner jockey billionaire facilitator presenter host anchor reporter
    correspondent columnist broadcaster journalist commentator podcaster witness model
    footballer paleontologist palaeontologist archaeologist astronomer biologist physicist
    chemist geologist psychologist sociologist anthropologist epidemiologist virologist
    ecologist climatologist neuroscientist physician surgeon psychiatrist usher parishioner
    firefighter volunteer zookeeper keeper vet veterinarian paramedic mechanic realtor broker
    landlord contractor accountant plumber electrician carpenter consultant lobbyist""".split()
)
_BEFORE_TRADE = frozenset("Head Assistant Freshman Sophomore Junior Senior Redshirt".split())
# a trade before a surname alone: "Billionaire Trump will now steer" (not "Witness Nkosi";
# "Coach Dineen" is what a team calls him)
_LONE_TRADES = TRADES - {"witness", "usher", "host", "coach"} | {
    "businessman",
    "businesswoman",
    "tycoon",
}


_POST_NOMINALS = frozenset("MP MEP MSP MLA MPP TD QC KC OBE CBE MBE KBE DBE".split())


_DIGIT_RE = re.compile(r"-\d|^[A-Z]+\d")  # (but "No10" speaks for Downing Street)
_DESCRIPTOR_RE = re.compile(r"[A-Z][\w'’]*-[a-z][\w-]*")


_TRIPLED_RE = re.compile(r"(\w)\1\1")
# an office glued to the name after it, a space lost when a page was copied (but not
# "McDonald" or "DeSantis": no office)
_GLUED_TITLE_RE = re.compile(
    r"((?:Minister|President|Premier|Governor|Senator|Secretary|Chancellor|Mayor|Chairman"
    r"|Director|Spokesman|Spokeswoman|Ambassador|General|Commissioner))([A-Z][a-z]+)"
)
_JOINED_RANKS_RE = re.compile(r"(?:Maj|Lt|Brig|Col|Rear|Vice)-(?:Gen|Col|Adm|Cdr)\.?")
_GLUED_AD_RE = re.compile(r"^(?:Advertisement )*(?:(?:Hide )?Ad(?=[A-Z]))?")  # a page's
# button glued to the name when its text is copied: "Advertisement\nHide AdCllr Jo Roe said"


def _stop_word_first(words: list[str]) -> bool:
    """Whether a name's first word is a word of the sentence ("As", "The"), not of the
    name: "An" is an article only before a vowel ("An Fengshan" is a surname first)."""
    return words[0] in STOP_WORDS and (
        words[0] != "An" or len(words) == 1 or words[1][:1] in "AEIOUH"
    )


_PLURAL_OFFICES = {  # an office before two names, each of whom holds it
    "sens.": "sen.",
    "senators": "senator",
    "reps.": "rep.",
    "representatives": "representative",
}


_ADVERB_RE = re.compile(r"[A-Z][a-z]{2,}(?:(?:al|ful|ate|ent|ant|ous|ive|ed|ing|ar)l|[ai]bl)y")
_HEADLINE_GERUNDS = frozenset(  # a headline's verb before the name it is about
    "Remembering Honouring Honoring Celebrating Mourning Introducing Meeting Welcoming "
    "Recalling Farewelling Missing Thanking Saluting Congratulating Interviewing Profiling".split()
)
_JOB_INITIALS = frozenset(
    "CEO CFO COO CTO CMO CIO SVP EVP VP MD GM DG SG AG IGP SP DSP ASP DC DM MLA MCA MLC MSP MPP "
    "TD".split()
)


def split_name(raw: str) -> tuple[str, str | None, str | None, str | None]:
    """(name without courtesy or office, gender the prefixes imply, office, courtesy)."""
    words = _GLUED_AD_RE.sub("", _SPACE.sub(" ", raw).strip()).split(" ")
    if any(_GLUED_TITLE_RE.fullmatch(w) for w in words):  # "Prime MinisterManmohan Singh",
        words = [p for w in words for p in _GLUED_TITLE_RE.sub(r"\1 \2", w).split(" ")]
    if words[:2] == ["Ayatollah", "Imam"]:  # "Ayatollah Imam Khamenei": "Ayatollah Khamenei"
        del words[1]
    if "-" in words[0] and _JOINED_RANKS_RE.fullmatch(words[0]):  # "Maj-Gen Bajwa": "Maj Gen"
        words = [*words[0].split("-"), *words[1:]]
    for k in range(len(words) - 2, -1, -1):
        if _DESCRIPTOR_RE.fullmatch(words[k]):  # "Golden Globe-winner Jennifer", "Oscar-
            words = words[k + 1 :]  # nominated Jo Roe": what they won, then the name
            break
    while (
        len(words) > 1
        and " ".join(words) not in US_STATES  # ("New York": a place)
        and (
            (_stop_word_first(words) and words[0] not in _COURTESY_STARTS)
            or words[0] in ("Did", "Does")  # "Did Jo Roe Say", "Does Jamala have a message?"
            and (words[1] in GIVEN_NAME_GENDER or len(words) == 2)
            or (len(words) > 2 and words[0].lower() in TRADES)
            or (len(words) == 2 and words[0].lower() in _LONE_TRADES and words[1] != "Said")
            or (len(words) > 3 and words[0] in _BEFORE_TRADE and words[1].lower() in TRADES)
            or (words[0][-1] == "s" and words[0][:-1].isupper() and len(words[0]) > 2)
            or words[0] in _HEADLINE_GERUNDS  # "Remembering Lincoln" (not "Channing Smith")
            or words[0] == "Says"  # a fact check's claim: "Says Hillary Clinton said ..."
            or (_ADVERB_RE.fullmatch(words[0]) and words[0] not in GIVEN_NAME_GENDER)
            # a sentence's adverb: "Eventually Mr Rajan" (not "Kimberly" nor "Connolly")
            or (
                len(words) > 2
                and 1 < len(words[0]) < 6
                and words[0].isupper()
                and words[0].title() not in GIVEN_NAME_GENDER  # ("MARY Lou McDonald")
                and words[0].lower() not in OFFICES  # (an office: "PM Dwight Palmer")
                and words[0].lower() not in COURTESY
                and words[1].istitle()
                and words[1].isalpha()
                and (
                    words[1] in GIVEN_NAME_GENDER
                    or words[1].lower() in OFFICE_WORDS
                    or words[0] in _JOB_INITIALS
                )
            )  # (not "KP Sharma Oli": initials of his own)
        )
    ):  # "As Florence Nightingale", "Singer Mara Venn": capitals that only start a sentence
        # (and "Head Coach Mark Stoops", "Junior Guard Armon Basset"; "PMQs Rishi Sunak";
        # a job's initials before a name, "SVP Mary Okafor", but not "MK Stalin")
        words = words[1:]
    while len(words) > 1 and (
        (len(words) > 2 and (words[-1] in _POST_NOMINALS or words[-1] in _CALENDAR))
        or words[-1] in ("Sir", "Madam")  # an address after an office: "Mr. Speaker Sir"
        or words[-1] in _HEADLINE_ADVERBS
        and not (words[-1] in _SHORT_SURNAMES and words[-2] in GIVEN_NAME_GENDER)  # ("Keith
        # Still", his surname)
        or (len(words) == 3 and words[-1] in _HEADLINE_PAST)
        or (
            words[-1] in _GENERATIONS
            and (words[0].lower() not in _REIGNS or words[-1].startswith(("Jr", "Sr")))
        )  # (a king's number is his name's: "King Charles III"; not "King Jr.")
    ):  # "Robert Jenrick MP", "Jo Roe QC", "Jo Roe Monday leveled", "Lloyd J. Austin III"
        words = words[:-1]  # (but "Pope John Paul II" keeps his number)
    gender = office = courtesy = None
    changed = True
    while changed and len(words) > 1:
        changed = False
        if len(words) > 2 and words[0].lower() in _OFFICE_MODIFIERS:
            words, changed = words[1:], True  # "Acting Superintendent Hutcheson"
            continue
        if len(words) > 2 and words[0] == "Deputy" and words[1].lower() not in OFFICE_WORDS:
            words, changed = words[1:], True  # "Deputy José Guimaraes", a member of Brazil's
            continue  # Chamber (but "Deputy Prime Minister" is an office of its own)
        if len(words) > 2 and words[0].lower() in _PLURAL_OFFICES:
            office = _PLURAL_OFFICES[words[0].lower()]  # "Sens. Jo Roe (R-ME) and Al Lee"
            words, changed = words[1:], True
            continue
        for size in (3, 2, 1):
            head = " ".join(words[:size]).lower()
            if len(words) > size + (head in _KIN) and head in COURTESY:  # ("Son You-min")
                gender = gender or COURTESY[head]
                courtesy = courtesy or head
                words, changed = words[size:], True
                break
            if len(words) > size and head in OFFICES and not (head == "mk" and len(words) == 2):
                office = head  # ("MK Yael Cohen Paran" of the Knesset, but "MK Stalin")
                gender = gender or OFFICE_GENDER.get(head)
                words, changed = words[size:], True
                break
    return " ".join(words), gender, office, courtesy


def is_office(title: str) -> bool:
    """Whether a title names a person's office ("the Prime Minister", "the Head of X")."""
    words = _norm(title).split(" ")
    return any(w in OFFICE_WORDS for w in words)


OFFICE_WORDS = frozenset(w for o in OFFICES for w in o.split(" ") if w not in ("of", "state")) | {
    "skipper",
    "head",
    "leader",
    "founder",
    "ceo",
    "co-ceo",
    "executive",
    "president",
    "chief",
    "editor",
    "author",
    "minister",
    "envoy",
    "delegate",
    "mp",
    "member",
    "candidate",
    "nominee",
    "premier",
    "whip",
    "adviser",
    "advisor",
    "treasurer",
    "coordinator",
}


# a job after an office, no one's name: "Chief Scientist", "Chief Economist"
JOBS = frozenset(
    "scientist economist strategist analyst engineer counsel architect correspondent "
    "producer designer technologist researcher adviser advisor".split()
)
# "Staff Correspondent"; "Joe Schmidt\nPhoto: ...", a caption's credit run on
_BYLINES = frozenset("Correspondent Reporter Writer Desk Photo Photos Image Caption".split())
_GENERATIONS = frozenset(("II", "III", "IV", "Jr.", "Jr", "Sr.", "Sr"))  # "Lloyd J. Austin III"
_REIGNS = frozenset(("pope", "king", "queen", "emperor"))  # "King Charles III"
_PRONOUN_WORDS = frozenset("You Me We Us He She They It Him Her".split())
_HEADING_PREPOSITIONS = frozenset("In On At For With From Into Over After About Against".split())
# a headline's verbs, never a name: "Leader Meets with Farm Delegates"
_HEADING_VERBS = frozenset(
    """Meets Receives Says Urges Calls Visits Hails Slams Warns Vows Opens Backs Launches
    Inaugurates Addresses Congratulates Condemns Rejects Welcomes Announces Stresses Unveils
    Signs Appoints Attends Chairs Greets Thanks Denies Blasts Praises Criticises Criticizes
    Emphasises Emphasizes Reiterates Underlines Discusses Confers Holds Hosts Conducts Briefs
    Updates Delivers Responds Replies Reacts Tells Asks Accuses Defends Admits Insists Explains
    Answers Clarifies""".split()
)


_INITIAL_NAMES = frozenset("AJ BJ DJ JJ PJ RJ TJ".split())  # given names as written


_PRESIDENTS = frozenset(("POTUS", "VPOTUS", "FLOTUS"))  # a person, as pool reports write
_PAGE_LINKS = frozenset(
    ("Read More", "Read Next", "Learn More", "See More", "Show More", "Hide Ad", "Show Ad")
)  # (and an ad's button, "Hide Ad", on its line between a quote's paragraphs)


def looks_like_person(name: str, spoken: bool = False) -> bool:
    """Whether a capitalised phrase can be a person's name. ``spoken``: it was seen
    speaking ("Park said") or has a title ("Sen. Linda Park"), so a name that could be a
    place still counts (and an organisation that speaks is a speaker too)."""
    words = [w for w in name_words(name) if w != "&"]  # "Johnson & Johnson said"
    longest = 6 if _PATRONYMIC & set(words) or words and words[0] in _NAME_OPENERS else 4
    if not 1 <= len(words) <= longest or _stop_word_first(words):  # ("Syed Saddiq Syed ...")
        return False
    initials = (  # "Justice AM Khanwilkar": initials before a surname, as Indian papers
        (spoken or words[0] in _INITIAL_NAMES)  # write a name; "DJ Cooper"
        and 2 <= len(words) <= 4  # (or before a name: "PM KP Sharma Oli", "YS Jagan Mohan Reddy")
        and 2 <= len(words[0]) <= 3
        and words[0].isalpha()
        and words[0].isupper()
        and words[0] not in _PLACE_INITIALS
        and all(w.istitle() for w in words[1:])
        and len(words[1]) > 3
        and words[1].lower() not in OFFICE_WORDS
        and words[1] not in NOT_PERSON_WORDS  # (not "NBC News")
    )
    acronym = (  # "NATO said", "BA said" (but "CJ", "PM": an office's initials)
        spoken and len(words) == 1 and 1 < len(name) < 6 and name.isalpha()
    ) and name.lower() not in _SPELLED_OUT
    acronym = acronym or spoken and words[-1] in _ORGANISATION_WORDS  # "asks CBS News"
    if not (initials or acronym) and any(
        w.isupper() and len(w) > 1 and w[1] != "." and w not in _GENERATIONS for w in words
    ):
        return False  # "NATO", but not the initial in "James A. Mish" (nor "NATO said": it speaks)
    if name in _PAGE_LINKS:
        return False  # "Read More" under a story
    if (
        len(words) == 2
        and words[1].lower() in OFFICE_WORDS
        and words[0] not in GIVEN_NAME_GENDER
        and words[0].lower() in _OFFICE_KINDS
    ):
        return False  # "Federal Minister", "Union Minister": an office, no one's name
    if any(w in _PRONOUN_WORDS or w in _HEADING_VERBS for w in words):
        return False  # "I Now Pronounce You Chuck & Larry": a title
    if any(w in _HEADING_PREPOSITIONS for w in words[1:-1]):
        return False  # "Their Experiences In Constituency": a headline's words, capitalised
    if len(words) == 2 and words[0] in _COMPASS and not spoken:
        return False  # "Northern California": a region (whose "California" is no surname)
    if words[0] in _RACES:
        return False  # "Tour de France", "Giro d'Italia": a race
    if (
        len(words) > 1
        and (words[-1] in STOP_WORDS or words[-1] in _BYLINES)
        and not (words[-1] in _SHORT_SURNAMES and words[-2] in GIVEN_NAME_GENDER)
    ):
        return False  # "... dominates National Assembly No honeymoon", a headline run on;
        # "Staff Correspondent", a byline
    if len(words) > 1 and all(w.lower() in OFFICE_WORDS or w.lower() in _RANKS for w in words):
        return False  # "Executive Director", "Chief Executive": an office, no one's name
    if (
        words[-1] in NOT_PERSON_WORDS
        and (not spoken or words[-1] in _CALENDAR or words[-1] in _EVENTS)
        and not (words[-1] in _WORD_SURNAMES and words[0] in GIVEN_NAME_GENDER)
    ):  # an organisation that speaks is a speaker; "Monday" never is (but "Brian May" is)
        return False
    return (
        all(
            w[:1].isupper() or w[:3] in ("al-", "an-") or w in _PATRONYMIC or " " in w
            for w in words[1:]
        )  # ("Maria del Carmen Catalan": a particle's word inside the name)
        and words[0][:1].isupper()
        or " " in words[-1]  # ("von der Leyen": its particles)
        and all(w[:1].isupper() or " " in w for w in words)
    )


KOREAN_SURNAMES = frozenset(
    "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Moon Ri".split()
)
# a Korean name, family name first: "Kim Eun-hye", "Kim Jong Un" (Kim is no given name there)
KOREAN_NAME_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(KOREAN_SURNAMES))}) "
    r"(?:[A-Z][a-z]+-[a-z]+|[A-Z][a-z]{1,3} [A-Z][a-z]{1,2})\b"
)


def _surname_first(words: list[str]) -> bool:
    return words[0] in KOREAN_SURNAMES and KOREAN_NAME_RE.fullmatch(" ".join(words)) is not None


_VOWELS = frozenset("aeiouy")


class People:
    """The people of one document, learnt in reading order."""

    def __init__(self, text: str = "") -> None:
        self.text = text  # the document (for "J. Smith": is one John the only J. Smith?)
        self.people: list[Person] = []
        self._by_key: dict[str, Person] = {}
        # (the words of each title, the words of its office before "of" or "for", whose)
        self._titles: list[tuple[frozenset[str], frozenset[str], Person]] = []
        self._cache: dict[str, Person] = {}  # mention text -> person, once known
        self._never: set[tuple[str, bool]] = set()  # mention texts that are not names
        self._honorifics: dict[str, Person] = {}  # "her excellency" -> the last so named
        self._lookups: dict[str, Person | None] = {}  # lookup() answers since the last alias
        self.shared: dict[str, list[Person]] = {}  # a surname more than one person bears

    def _key(self, person: Person, key: str) -> None:
        key = _norm(key)
        if key and key not in self._by_key:
            self._by_key[key] = person
            person.aliases.add(key)
            self._lookups.clear()  # a new alias can change what any mention means

    def lookup(self, raw: str) -> Person | None:
        """The known person a name, surname or title mention means, if any."""
        try:
            return self._lookups[raw]
        except KeyError:
            found = self._lookups[raw] = self._lookup(raw)
            return found

    def _lookup(self, raw: str) -> Person | None:
        key = _norm(raw)
        titled = key.startswith("the ") or is_office(key)  # not "Russia": a name
        if key.startswith("the "):
            key = key[4:]
        person = self._by_key.get(key)
        if person is not None:
            return person
        if key in self._honorifics:  # "Her Excellency" alone
            return self._honorifics[key]
        name, _, office, _ = split_name(raw)
        person = self._by_key.get(_norm(name))
        if person is not None:
            return self._titled(person, name, office)
        if office and _norm(name) == office:
            return None
        if not titled:
            return None  # (not "a correspondent ... arrested in Russia")
        title, _, place = key.rpartition(" of ")
        if title and place.title() in COUNTRIES:  # "the Prime Minister of Jamaica": the
            return self._lookup(title) or self._by_title(key)  # Prime Minister it names
        return self._by_title(key) or self._head_of(key)

    def _titled(self, person: Person, name: str, office: str | None) -> Person:
        """ "Sen. Marcos": the Sen. Imee Marcos named, not President Ferdinand Marcos, whom
        the surname alone would mean."""
        if not office or " " in name:
            return person
        titled = self._by_key.get(_norm(office))
        if (
            titled is None
            or titled is person
            or _norm(titled.name).rpartition(" ")[2] != _norm(name)
        ):
            return person
        return titled

    def _head_of(self, key: str) -> Person | None:
        """'the Head of State' is the president (or monarch) the text names, if it names
        exactly one; 'the Head of Government' likewise its prime minister."""
        offices = _HEADS.get(key)
        if offices is None:
            return None
        found = {p for p in self.people if any(a.split(" of ")[0] in offices for a in p.aliases)}
        return found.pop() if len(found) == 1 else None

    def _by_title(self, key: str) -> Person | None:
        """'Leader of the Islamic Revolution' means whoever was introduced as the
        'Supreme Leader of the Islamic Revolution': all its capitalised words match."""
        words = _title_words(key)  # "the CJ" is "the Chief Justice"
        if not words:
            return None
        found = {  # (and an office's own words: "the Secretary-General" is not the
            p  # "Spokesperson for the Secretary-General")
            for title, office, p in self._titles
            if words <= title and title & RANKED <= words and words & office
        }
        last = key.rsplit(" ", 1)[-1]  # (not "the minister" for Prime Minister Imran Khan)
        if not words & OFFICE_WORDS and last.title() in NOT_PERSON_WORDS:
            # "the National Hurricane Center" is no person: not its meteorologist Jo Roe
            found = {p for p in found if p.name.rsplit(" ", 1)[-1].lower() == last}
        return found.pop() if len(found) == 1 else None

    def _initialled(self, name: str) -> Person | None:
        """The one person named before by the same surname and the initial of the given
        name ``name`` has, or by the given name its initial stands for: "J. Smith" and "John
        Smith" are one (the fuller form kept)."""
        given, surname = name.split(" ")
        same = self._by_key.get(_norm(surname))
        if same is None or same.name.count(" ") != 1 or surname in self.shared:
            return None  # (nor one of two who share it)
        other = same.name.split(" ")[0]
        short, full = sorted((given.rstrip("."), other.rstrip(".")), key=len)
        if len(short) != 1 or len(full) < 3 or not full.startswith(short) or not full.isalpha():
            return None
        text, given_names, at = self.text, set(), self.text.find(f" {surname}")
        while at != -1 and len(given_names) < 2:  # (one John Smith: not also a Jane Smith)
            word = text[text.rfind(" ", 0, at) + 1 : at].lstrip("\n")
            if word.startswith(short) and len(word.rstrip(".")) > 1 and word.isalpha():
                given_names.add(word)
            at = text.find(f" {surname}", at + 1)
        if len(given_names) > 1:
            return None
        if len(given.rstrip(".")) > 1:
            same.name = name  # the fuller form
            same.gender = same.gender or GIVEN_NAME_GENDER.get(given)
        self._key(same, name)
        return same

    def person(self, raw: str, lone_surname: bool = False) -> Person | None:
        """The person a name mention means, adding them when new; None when not a person.

        A single word counts as a new person only with an honorific or office ("Ms Varga")
        or with ``lone_surname`` (the caller saw it speak: "Brandt said").
        """
        cached = self._cache.get(raw)
        if cached is not None:
            return cached
        if raw.endswith(("s'", "s’")):
            return self.person(raw[:-1], lone_surname)  # "Julia Roberts' poise": Julia Roberts
        if raw in _POST_NOMINALS:
            return None  # "another leading KC, Lord Pannick, said": a rank, no one's name
        if " " not in raw and raw[-1:] == "s" and raw[:-1].rpartition("-")[2] in DEMONYMS:
            return None  # a people, not a person: "many African-Americans, Dr. King asked"
        if (raw, lone_surname) in self._never:
            return None
        head, wrap, tail = raw.partition("\n")
        if (
            wrap
            and " " not in head.rstrip()
            and " " not in tail.strip()
            and head.rstrip() not in GIVEN_NAME_GENDER
        ):
            return self.person(head.rstrip(), lone_surname)  # "record-setter Spieth\n
            # Dominant victory feels": a column's line ends a name that is no given name
        if (
            wrap
            and " " in tail.strip()
            and tail.split(" ", 1)[0] in GIVEN_NAME_GENDER
            and head.rstrip().rpartition(" ")[2] not in GIVEN_NAME_GENDER
        ):
            return self.person(tail.strip(), lone_surname)  # "Newcastle 1-0 Bolton\nKevin
            # Keegan (on ...):": a line's last word, then a name on the next
        first, _, rest = raw.partition(" ")
        if _DIGIT_RE.search(first) and rest.count(" ") and not _DIGIT_RE.search(rest):
            return self.person(rest, lone_surname)  # "COP28 President Sultan al-Jaber"
        if (
            _DIGIT_RE.search(raw)  # "COVID-19", "G20": no one's name
            or " " in raw
            and (
                all(len(w.rstrip(".")) == 1 for w in raw.split())
                or first in _PLACE_HEADS
                and " " not in rest
            )
        ):  # nor initials alone: "540 U. S. 1", as the United States Reports cite a case; nor
            # a place: "near Stanley, County Durham" (but "County Commissioner Jo Roe" is her)
            self._never.add((raw, lone_surname))
            return None
        peer = next((i for i, w in enumerate(raw.split()[1:-1], 1) if w in _PEER_WORDS), 0)
        if peer:  # "Lord Privy Seal Baroness Evans": an office, then the peer who holds it
            return self.person(" ".join(raw.split()[peer:]), lone_surname)
        name, gender, office, courtesy = split_name(raw)
        body = bool(office) and name in NOT_PERSON_WORDS and name.istitle() and not courtesy
        if body:  # "Prime Minister Office": a body, not "Office"
            name, office, gender = raw.strip(), None, NEUTER
        if courtesy in _PEERAGE and " of " in name:
            name = name.partition(" of ")[0]  # "Baroness Smith of Basildon": her title's place
        if office and (_norm(name) in OFFICE_WORDS or _norm(name) in JOBS):
            self._never.add((raw, lone_surname))
            return None  # "Chief Minister": an office, no one's name
        if courtesy and " " not in name and len(name) > 3 and name.removeprefix("Mc").isupper():
            cut = 2 if name.startswith("Mc") else 0  # "Mr. McCONNELL.": McConnell
            name = name[:cut] + name[cut:].title()
        if courtesy == "pope":
            name, courtesy = f"Pope {name}", None  # "Pope Francis": his name, as all write it
        words = name_words(name)
        if len(words) > 1 and words[0].title() in GIVEN_NAME_GENDER and words[0].isupper():
            words[0] = words[0].title()  # "HELEN Marsh", a tabloid's first word ("AP Chief" no)
            name = " ".join(words)
        elif len(words) > 1 and len(words[-1]) > 3 and words[-1].isupper() and words[0].istitle():
            words[-1] = words[-1].title()  # "Tim COOK": a surname in capitals, as some desks
            name = " ".join(words)  # write it (not "Factory Girl DVD")
        demonym = words[0] in DEMONYMS or (  # "Texan", "fellow Liverpudlian Coleen Rooney"
            words[0].endswith("ian") and words[0] not in GIVEN_NAME_GENDER
        )
        if len(words) == 2 and demonym and words[1] not in NOT_PERSON_WORDS:
            name, words = words[1], [words[1]]  # "Texan Spieth": the Spieth the text names
        elif (
            len(words) > 2
            and demonym
            and (
                words[1] in GIVEN_NAME_GENDER
                or lone_surname
                and len(words) == 3
                and not any(w in NOT_PERSON_WORDS for w in words[1:])
            )
        ):  # "Ghanaian Kofi Mensah"; "German Bernd Stange resigns", seen speaking
            name, words = " ".join(words[1:]), words[1:]
        elif len(words) == 3 and words[0] in _DOMAIN_WORDS:  # "... Minister for Planning
            name, words = " ".join(words[1:]), words[1:]  # and Development Ahsan Iqbal"
        elif len(words) > 2 and words[0] == words[-1] and "&" not in words:
            name, words = " ".join(words[1:]), words[1:]  # "record-setter Spieth\nJordan
            # Spieth", as a column wraps (not "Johnson & Johnson")
        title = ""
        son = next((i for i, w in enumerate(words) if i and w.lower() in _PATRONYMIC), 0)
        if son > 1:  # "Crown Prince Mohammed bin Salman": the title, then the name
            title, name, words = " ".join(words[: son - 1]), " ".join(words[son - 1 :]), []
        elif son:
            words = []
        if len(words) == 3 and words[1].lower() in OFFICE_WORDS and not body:  # "Philippine
            title, name, office = " ".join(words[:2]), words[2], words[1].lower()  # President
            words = [name]  # Marcos"
        elif (
            len(words) > 3
            and words[0] != "Pope"  # ("Pope John Paul II": all his name)
            and ("&" not in words or any(w.lower() in OFFICE_WORDS for w in words))
            # (and "U.S. News & World Report" a company's, but "Alloa & Grangemouth MP Roe")
            and not (lone_surname and words[-1] in _ORGANISATION_WORDS and len(words) < 6)
        ):  # (nor a body seen speaking: "North Carolina Emergency Services warned")
            # "Senate Majority Leader Chuck Morrow": a title, then the name
            for i in range(1, len(words) - 1):  # someone known: "... Dr. Tedros Adhanom X"
                known = self._by_key.get(_norm(" ".join(words[i:])))
                if known is not None and " " in known.name:
                    self._cache[raw] = known
                    return known
            offices = [
                i
                for i, w in enumerate(words[:-1])
                if w.lower() in OFFICE_WORDS or w in _DOMAIN_WORDS
            ]
            if not offices and words[-2] not in GIVEN_NAME_GENDER:
                particle = (  # "Luiz Inácio Lula da Silva": a surname with its particle
                    len(words) < 6
                    and words[-1].split(" ", 1)[0] in _PARTICLES
                    and all(w[0].isupper() for w in words[:-1])
                )
                opener = words[0] in _NAME_OPENERS  # "Mohd Amin Nordin Abd Aziz"
                if (
                    (lone_surname or office or particle or opener)  # (said, or after an
                    and (len(words) == 4 or particle or opener)  # office: "President Abdel
                    # Fattah El Sisi")
                    and (
                        particle
                        or words[0] in GIVEN_NAME_GENDER
                        or words[0] in _NAME_OPENERS
                        or words[1] in GIVEN_NAME_GENDER  # "Andres Manuel Lopez Obrador"
                        or len(words[0].rstrip(".")) == 1  # "K. T. Rama Rao", initials first
                        or words[0].isupper()
                        and len(words[0]) < 4  # "YS Jagan Mohan Reddy"
                    )
                    and not any(w in STOP_WORDS for w in words)  # (not "Tim Cook Of Apple")
                    and looks_like_person(name, spoken=True)
                ):
                    known = Person(name)  # "Mirza Fakhrul Islam Alamgir said": four names
                    self.people.append(known)
                    self._key(known, name)
                    self._key(known, words[-1])
                    self._key(known, " ".join(words[-2:]))  # "El Sisi", "Lopez Obrador"
                    if opener:
                        self._key(known, " ".join(words[:2]))  # "Mohd Amin"
                    if particle:
                        self._key(known, words[-2])  # "Lula"
                    if office:
                        self.add_title(known, office)
                    self._cache[raw] = known
                    return known
                self._never.add((raw, lone_surname))  # "Save The Children NZ Winds Down",
                return None  # a headline, names no one
            cut = offices[-1] + 1 if offices and len(words) - offices[-1] <= 4 else len(words) - 2
            if not offices and words[0] in _NAME_OPENERS and words[cut - 1] in _NAME_OPENERS:
                cut = 0  # "Syed Saddiq Syed Abdul Rahman": his name and his father's
            if len(words) - cut > 2 and words[cut].lower() in TRADES:
                cut += 1  # "Harbour City Head Coach Rosa Roe"
            title, name = " ".join(words[:cut]), " ".join(words[cut:])  # "President Jose Manuel X"
        if title and _norm(name) in OFFICE_WORDS:
            self._never.add((raw, lone_surname))
            return None  # "Deputy Prime Minister": offices all, no one's name
        known = self._by_key.get(_norm(name)) or self._patronymic(name) or self._given(name)
        if (
            known is not None
            and known.gender == NEUTER
            and known.name.isupper()
            and name.istitle()
            and name.upper() == known.name
        ):  # "PM MODI" in a headline, then "The PM Modi": a name in capitals, no acronym
            known.name, known.gender = name, None
        if known is not None:
            known = self._titled(known, name, office)
        if known is None and name.count(" ") == 1:
            known = self._initialled(name)  # "D Purandeswari", then "Daggubati Purandeswari"
        if known is None and (lone_surname or courtesy or office) and " " not in name:
            known = self._misspelt(name)  # "Chowdhary said", of Adhir Ranjan Chowdhury
            if known is not None:
                self._key(known, name)
        if known is None:
            if not looks_like_person(name, spoken=lone_surname or bool(office or courtesy)):
                self._never.add((raw, lone_surname))
                return None
            if (
                " " not in name
                and gender is None
                and not (office or lone_surname or courtesy and "hon" not in courtesy)
            ):  # ("Sheikh Rumana", "Dr Rumana" are women or men; "Hon. Members" no one)
                if not title or name.lower() in OFFICE_WORDS:  # (but "Deputy Chief Cabinet
                    return None  # Secretary Hirano" is Hirano)
            if (
                name in COUNTRIES
                or name in US_STATES
                or name.rsplit(" ", 1)[-1] in COUNTRIES  # "Central Africa"
                and name.split(" ", 1)[0] in _COMPASS
                or name.rsplit(" ", 1)[-1] in _ORGANISATION_WORDS
                and not (name.endswith(" Union") and name.split(" ", 1)[0] in GIVEN_NAME_GENDER)
                or name in NOT_PERSON_WORDS  # "Speaker's Rulings say": a thing, never "he"
                and name not in GIVEN_NAME_GENDER  # (but "Bill", and "May" of Theresa May)
                and name not in _WORD_SURNAMES
                or name.startswith("Air ")  # an airline: "Air India"
                or (name[1:2] == "." and " " not in name)  # "U.N."
                or " & " in name  # "Procter & Gamble"
                or (
                    name.isupper() and " " not in name and not courtesy and name not in _PRESIDENTS
                )  # "NATO" (or "AMLO":
                # see _pronoun; but not "Miss S", as a court names a witness)
            ):
                gender = NEUTER  # a country, or an organisation that speaks: never "he"
            if courtesy and len(name) == 1:
                name = f"{courtesy.title()} {name}"  # "Miss S": her initial alone is no name
            words = name.split(" ")
            surname_first = _surname_first(words)  # "Kim Eun-hye", "Kim Jong Un"
            given = None if surname_first else GIVEN_NAME_GENDER.get(words[0])
            known = Person(name, gender or given)
            self.people.append(known)
            self._key(known, name)
            if son:  # "Mohammed bin Salman bin Abdulaziz" is "Prince Mohammed" and
                parts = name.split(" ")  # "Mohammed bin Salman", never "Salman" (his father)
                for i, w in enumerate(parts):
                    if w.lower() in _PATRONYMIC:
                        self._key(known, " ".join(parts[:i]))
            elif len(words) > 1 and "&" not in words:  # (no surname in "Marks & Spencer")
                same = self._by_key.get(_norm(words[-1]))
                if same is not None and " " in same.name:  # "Monica Cousins", then "Zelda
                    self.shared.setdefault(words[-1], [same]).append(known)  # Cousins"
                self._key(known, words[-1])
                if words[-2] in _PARTICLES:  # "von der Leyen", "da Silva"
                    first = next(i for i, w in enumerate(words) if w in _PARTICLES)
                    self._key(known, " ".join(words[first:]))
                if words[0] not in GIVEN_NAME_GENDER or surname_first:  # "Tedros" of
                    self._key(known, words[0])  # "Tedros Adhanom Ghebreyesus", "Ban Ki-moon"
                if words[0] in _NAME_OPENERS and len(words) > 3:
                    self._key(known, " ".join(words[:2]))  # "Syed Saddiq" of his full name
                elif len(words) == 3 and not surname_first and words[1] not in _PARTICLES:
                    self._key(known, " ".join(words[:2]))  # "Amos Ssempala" of "Amos
                    if words[0] not in GIVEN_NAME_GENDER:  # Ssempala Kigozi", and "Mr
                        self._key(known, words[1])  # Ssempala" when "Amos" says nothing
        elif (
            len(name_words(known.name)) == 1
            and " " in name
            and (name.endswith(known.name) or name.startswith(known.name + " "))
        ):
            known.name = name  # "Varga" first, "Helena Varga" later: keep the fuller form
            self._key(known, name)
            known.gender = known.gender or GIVEN_NAME_GENDER.get(name.split(" ", 1)[0])
        if gender and not known.gender:
            known.gender = gender
        for alias in (office, title, courtesy in ("dr", "dr.") and "doctor"):
            if alias and known.gender != NEUTER:  # ("Dr. Priya Nair ... the doctor said":
                self.add_title(known, alias)  # her; but the "General Assembly" is no general)
        if known.name.startswith("Pope "):
            for alias in PAPAL:  # the first pope named is "the Holy Father"
                self.add_title(known, alias)
        if courtesy and courtesy.split(" ")[0] in ("his", "her"):
            self._honorifics[courtesy] = known
            self._lookups.clear()
        self._cache[raw] = known
        return known

    def _patronymic(self, name: str) -> Person | None:
        """Someone known by the start of ``name``: "Muhammad bin Nayef" for "Muhammad bin
        Nayef bin Abdulaziz" (never "Salman" for "Mohammed bin Salman": his father); or, for
        a name with no patronymic, by its surname."""
        words = name.split(" ")
        if not any(w.lower() in _PATRONYMIC for w in words[1:]):
            return self._surname(name)
        for i in range(len(words) - 2, 1, -1):
            if words[i].lower() in _PATRONYMIC and (
                known := self._by_key.get(_norm(" ".join(words[:i])))
            ):
                return known
        return None

    def _surname(self, name: str) -> Person | None:
        words = _norm(name).split(" ") if name else [""]
        last = words[0] if _surname_first(name.split(" ")) else words[-1]
        person = self._by_key.get(last)
        if person is None:
            return None
        first = _norm(name).split(" ")[0]
        # "Tom Oduya" is not "Ada Oduya": a different first name is a different person
        if " " in _norm(name) and (
            len(name_words(person.name)) > 1  # ("von der Leyen" is a surname alone)
            and _norm(person.name).split(" ")[0] != first
            or person.gender in (MALE, FEMALE)
            and GIVEN_NAME_GENDER.get(name.split(" ")[0], person.gender) != person.gender
        ):  # (nor is "Harriet Backhouse" the "Mr Backhouse" before her)
            return None
        return person

    def _misspelt(self, surname: str) -> Person | None:
        """The one person known by a full name whose surname ``surname`` misspells by a
        vowel, "Chowdhary" for "Chowdhury", or by a letter typed thrice, "Pattterson" (six
        letters or more; if two could be meant, neither is)."""
        if len(surname) < 6:
            return None
        tripled = _TRIPLED_RE.sub(r"\1\1", surname)
        found = None
        for person in self.people:
            last = person.name.rsplit(" ", 1)[-1]
            if last == tripled != surname and " " in person.name:
                diff = [0]
            elif len(last) != len(surname) or " " not in person.name or last == surname:
                continue
            else:
                diff = [i for i, (a, b) in enumerate(zip(last, surname, strict=True)) if a != b]
            if len(diff) == 1 and (
                last == tripled or last[diff[0]] in _VOWELS and surname[diff[0]] in _VOWELS
            ):
                if found is not None and found is not person:
                    return None  # (two could be meant: none is)
                found = person
        return found

    def _given(self, name: str) -> Person | None:
        """The person known so far by the first word of ``name`` alone, with a title:
        "Minister Wimal" in a headline, then "Minister Wimal Weerawansa"."""
        words = name.split(" ")
        if len(words) < 2 or _surname_first(words):
            return None
        person = self._by_key.get(_norm(words[0]))
        if person is None or " " in person.name or person.name != words[0]:
            return None
        return person if any(p is person for _, _, p in self._titles) else None

    def add_alias(self, person: Person, alias: str) -> None:
        """Another name the text uses for ``person``: "ML" for a transcript's Matt Laslo."""
        self._key(person, alias)

    def add_title(self, person: Person, title: str) -> None:
        key = _norm(title)
        if key.startswith("the "):
            key = key[4:]
        if key in self._by_key:
            return
        self._key(person, key)
        office = _title_words(re.split(r" (?:of|for) ", key, maxsplit=1)[0])
        self._titles.append((_title_words(key), office, person))  # "PM Holness": "the Prime
        # Minister"
