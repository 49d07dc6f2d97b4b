"""Undervisningsopplegg for 8.–10. trinn."""

from resources.demo.common import (
    B810,
    BY,
    BY_NC_SA,
    E510_ATFERD,
    E510_KLASSEN,
    E510_MESTRING,
    E510_RELASJON_LAERER,
    E510_TRIVSEL,
    E510_UNDERVISNING,
    ELVESTAD,
    F_SAMARBEID,
    GRANLI,
    KAPASITET,
    KARTLEGGING,
    KL_FRAVAER,
    KL_MOTIVASJON,
    KL_PRESTASJONER,
    KL_SOSIAL,
    L_LAERINGSKULTUR,
    L_MOTIVASJON,
    L_STOTTE,
    L_UNDERVISNINGEN,
    LEDELSE,
    LUNDHEIM,
    MYRVOLL,
    PRAKSIS,
    RETNING,
    Lesson,
    Worksheet,
)

NATURFAGNETTVERK = "Nettverk for naturfag 8.–10. trinn, Hamarregionen"

LESSONS = [
    Lesson(
        slug="fotosyntesen-i-praksis",
        title="Fotosyntesen i praksis",
        summary=(
            "Elevene undersøker fotosyntesen med vasspest og bladskiver som flyter opp i lys. De planlegger "
            "forsøket selv, måler og forklarer resultatene med reaksjonslikningen."
        ),
        subjects=["naturfag"],
        grades=B810,
        survey_areas=[E510_UNDERVISNING, KL_PRESTASJONER, L_UNDERVISNINGEN],
        pillars=[PRAKSIS, KAPASITET],
        tags=["fotosyntese", "forsøk", "utforskende arbeid", "begreper", "naturfag"],
        author=NATURFAGNETTVERK,
        school=ELVESTAD,
        related=[
            "hva-trenger-en-plante-for-a-vokse",
            "ordliste-fagbegreper-naturfag",
            "kjemiske-reaksjoner-pa-kjokkenet",
        ],
        image_alt="Begerglass med grønne bladskiver som flyter opp mot overflaten under en lampe.",
        step_image=(2, "Forsøksoppsett: sprøyte med bladskiver, begerglass med natronvann og en lampe."),
        duration=90,
        goals=[
            "Jeg kan forklare hva planter trenger for å drive fotosyntese.",
            "Jeg kan planlegge et forsøk der jeg bare endrer én variabel.",
            "Jeg kan bruke reaksjonslikningen til å forklare resultatene.",
        ],
        aims=[
            (
                "NAT01-04",
                "gjøre rede for fotosyntese og celleånding og forklare hvordan energi og stoffer går "
                "gjennom økosystemer (etter 10. trinn, omtrentlig gjengitt)",
            ),
            (
                "NAT01-04",
                "formulere hypoteser, planlegge og gjennomføre undersøkelser og diskutere observasjoner "
                "og resultater (etter 10. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            (
                "fotosyntese",
                "Prosessen der planter bruker lysenergi til å lage glukose og oksygen av karbondioksid og vann.",
            ),
            ("klorofyll", "Det grønne fargestoffet i plantene som fanger opp lys."),
            ("variabel", "Noe som kan endres i et forsøk, for eksempel lysstyrke."),
            ("kontrollforsøk", "Et forsøk der man ikke endrer noe, som man sammenligner med."),
        ],
        equipment=[
            "Spinatblader eller vasspest",
            "Hullemaskin eller sugerør til bladskiver",
            "Plastsprøyter (10 ml) uten nål",
            "Natron (natriumhydrogenkarbonat) og vann",
            "Begerglass, lampe og stoppeklokke",
            "Aluminiumsfolie",
            "Oppgavearket «Bladskiveforsøket» (vedlegg)",
        ],
        preparation=(
            "Prøv forsøket på forhånd: det er avhengig av at luften suges ut av bladskivene med sprøyta. "
            "Bland natronløsning (en klype natron i 300 ml vann). Sørg for at alle lamper har samme styrke.\n\n"
            "Del klassen i grupper på tre, med roller: forsøksleder, tidtaker og sekretær."
        ),
        steps=[
            (
                "Hva vet vi om fotosyntesen?",
                10,
                "helklasse",
                "Vis et bilde av et tre og spør: «Hvor kommer massen i treet fra?» La elevene diskutere i par før "
                "dere samler forslag. Presenter målene for timen.",
            ),
            (
                "Planlegg forsøket",
                15,
                "grupper",
                "Gruppene får utstyret og et spørsmål: «Hvordan påvirker lysstyrken fotosyntesen?» De skriver "
                "hypotese og bestemmer hvilken variabel de endrer, og hva de holder likt.",
            ),
            (
                "Gjennomfør forsøket",
                30,
                "grupper",
                "Gruppene suger luft ut av bladskivene, legger dem i natronløsning og teller hvor mange skiver som "
                "flyter opp hvert minutt i sterkt lys, svakt lys og mørke (folie).",
            ),
            (
                "Resultater og forklaring",
                20,
                "grupper",
                "Gruppene lager et diagram og forklarer hvorfor skivene flyter opp, med reaksjonslikningen "
                "6 CO₂ + 6 H₂O → C₆H₁₂O₆ + 6 O₂.",
            ),
            (
                "Oppsummering",
                10,
                "helklasse",
                "Sammenlign resultatene. Hvilke feilkilder fant gruppene? Gå tilbake til treet: hvor kommer massen fra?",
            ),
        ],
        support=(
            "Gi en forsøksplan der variablene er ferdig fylt inn, og en ordbank med fagbegreper. "
            "La eleven forklare resultatet muntlig med hjelp av en figur."
        ),
        challenge=(
            "Eleven undersøker en variabel til (temperatur eller lysfarge) og vurderer hvor pålitelige "
            "resultatene er. Hvordan kunne forsøket blitt bedre?"
        ),
        multilingual="Bruk en tospråklig ordliste for fagbegrepene og la eleven lage en tegning av prosessen med "
        "merkelapper på begge språk.",
        misconceptions=[
            (
                "Plantene får massen sin fra jorda.",
                "Minn om van Helmonts forsøk med piletreet: jorda veide nesten det samme etter fem år. "
                "Massen kommer hovedsakelig fra karbondioksid i lufta.",
            ),
            (
                "Planter driver bare fotosyntese, ikke celleånding.",
                "Planter driver celleånding hele døgnet. Vis hvordan skivene synker igjen i mørket.",
            ),
            (
                "Oksygen er det viktigste produktet for planten.",
                "For planten er glukosen det viktige. Oksygenet er et «avfallsstoff» som vi er heldige som får.",
            ),
        ],
        assessment=(
            "Gruppene leverer arket med hypotese, resultater og forklaring. Gi tilbakemelding på om forklaringen "
            "bruker fagbegrepene riktig og kobler resultatet til reaksjonslikningen.\n\n"
            "[!Kjennetegn på god måloppnåelse] Eleven forklarer sammenhengen mellom lys og fotosyntese, bruker "
            "reaksjonslikningen til å begrunne resultatene og peker på minst én feilkilde."
        ),
        worksheet=Worksheet(
            title="Bladskiveforsøket – fotosyntese",
            description="Forsøksskjema for grupper.",
            lines=[
                "Gruppe: ____________________",
                "",
                "Forskningsspørsmål: Hvordan påvirker lysstyrken fotosyntesen?",
                "Hypotese: Vi tror at ____________________ fordi ____________",
                "",
                "Variabel vi endrer: ____________   Holdes likt: ____________",
                "",
                "Antall bladskiver som flyter (av 10):",
                "Minutt       1    2    3    4    5    6    7    8",
                "Sterkt lys  ___  ___  ___  ___  ___  ___  ___  ___",
                "Svakt lys   ___  ___  ___  ___  ___  ___  ___  ___",
                "Mørke       ___  ___  ___  ___  ___  ___  ___  ___",
                "",
                "1. Lag et linjediagram av resultatene.",
                "2. Hvorfor flyter bladskivene opp? Bruk ordet oksygen.",
                "3. Skriv reaksjonslikningen for fotosyntesen.",
                "4. Stemte hypotesen? Begrunn svaret.",
                "5. Nevn én feilkilde og hvordan den kunne vært unngått.",
            ],
        ),
    ),
    Lesson(
        slug="lineaere-funksjoner-mobilabonnement",
        title="Lineære funksjoner: hvilket mobilabonnement lønner seg?",
        summary=(
            "Elevene sammenligner tre tenkte mobilabonnement med tabell, graf og funksjonsuttrykk, og finner ut når "
            "de ulike abonnementene lønner seg."
        ),
        subjects=["matematikk"],
        grades=[8, 9],
        survey_areas=[E510_UNDERVISNING, KL_PRESTASJONER, E510_MESTRING],
        pillars=[PRAKSIS],
        tags=["funksjoner", "lineære funksjoner", "grafer", "hverdagsmatematikk", "digitale verktøy"],
        author="Tor Arne Nyhus",
        school=GRANLI,
        related=["prosentregning-med-rabatter-og-mva", "regneark-budsjett-for-klassetur"],
        duration=60,
        goals=[
            "Jeg kan lage en verditabell og tegne grafen til en lineær funksjon.",
            "Jeg kan forklare hva stigningstall og konstantledd betyr i en praktisk situasjon.",
            "Jeg kan finne skjæringspunktet mellom to grafer og forklare hva det betyr.",
        ],
        aims=[
            (
                "MAT01-05",
                "utforske og beskrive lineære funksjoner og bruke dem til å modellere praktiske situasjoner "
                "(etter 9. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("lineær funksjon", "En funksjon der grafen er en rett linje, f(x) = ax + b."),
            ("stigningstall", "Hvor mye funksjonsverdien øker når x øker med 1 (a)."),
            ("konstantledd", "Verdien når x er 0, der grafen skjærer y-aksen (b)."),
            ("skjæringspunkt", "Punktet der to grafer krysser hverandre."),
        ],
        equipment=["Oppgavearket «Mobilabonnement» (vedlegg)", "Millimeterpapir", "GeoGebra på PC eller nettbrett"],
        steps=[
            (
                "Hva koster det?",
                8,
                "helklasse",
                "Presenter tre abonnement: A koster 99 kr i måneden og 1 kr per GB, B koster 49 kr og 10 kr per GB, "
                "C har fast pris 249 kr. Elevene gjetter hvilket som er billigst.",
            ),
            (
                "Tabell og graf",
                20,
                "par",
                "Parene lager verditabell for 0–30 GB og tegner grafene i samme koordinatsystem.",
            ),
            (
                "Funksjonsuttrykk",
                12,
                "par",
                "Parene skriver uttrykkene og forklarer hva stigningstall og konstantledd betyr for hvert abonnement.",
            ),
            ("GeoGebra og skjæringspunkt", 12, "par", "Parene sjekker i GeoGebra og finner skjæringspunktene."),
            (
                "Anbefaling",
                8,
                "helklasse",
                "Parene gir en anbefaling til tre personer med ulik bruk. Diskuter svarene i klassen.",
            ),
        ],
        support="Gi en ferdig tabell der noen verdier er fylt ut, og la eleven arbeide med to abonnement.",
        challenge="Eleven lager et eget abonnement som skal være billigst for de som bruker mellom 5 og 10 GB.",
        misconceptions=[
            (
                "Abonnementet med lavest fastpris er alltid billigst.",
                "Se på grafene: hvor krysser linjene? Hva skjer etter skjæringspunktet?",
            ),
            (
                "Stigningstallet er der grafen starter.",
                "Pek på y-aksen for konstantleddet og på «ett steg bort, hvor mye opp» for stigningstallet.",
            ),
        ],
        assessment="Vurder anbefalingen: begrunner eleven med grafen eller uttrykket? Bruk svarene til å danne "
        "grupper til neste time.",
        worksheet=Worksheet(
            title="Hvilket mobilabonnement lønner seg?",
            description="Oppgaver med tabell, graf og funksjonsuttrykk.",
            lines=[
                "Abonnement A: 99 kr per måned + 1 kr per GB",
                "Abonnement B: 49 kr per måned + 10 kr per GB",
                "Abonnement C: 249 kr per måned, fri bruk",
                "",
                "1. Fyll ut tabellen:",
                "   GB        0     5     10    15    20    30",
                "   A (kr)   ___   ___   ___   ___   ___   ___",
                "   B (kr)   ___   ___   ___   ___   ___   ___",
                "   C (kr)   ___   ___   ___   ___   ___   ___",
                "2. Tegn grafene til A, B og C i samme koordinatsystem.",
                "3. Skriv et funksjonsuttrykk for A og B.",
                "4. Hva betyr stigningstallet i uttrykket for B?",
                "5. Finn skjæringspunktet mellom A og B. Hva betyr det?",
                "6. Hvilket abonnement anbefaler du til",
                "   a) Emma, som bruker 3 GB i måneden?",
                "   b) Jonas, som bruker 12 GB i måneden?",
                "   c) Amir, som strømmer film og bruker 40 GB?",
            ],
        ),
    ),
    Lesson(
        slug="debattinnlegg-argumenterende-tekst",
        title="Skriv et debattinnlegg",
        summary=(
            "Elevene analyserer et debattinnlegg i lokalavisa, lærer om påstand, argument og motargument, og skriver "
            "sitt eget innlegg om en sak som angår ungdom i kommunen."
        ),
        subjects=["norsk"],
        grades=[9, 10],
        survey_areas=[E510_UNDERVISNING, KL_PRESTASJONER, KL_MOTIVASJON],
        pillars=[PRAKSIS],
        tags=["argumentasjon", "skriving", "debattinnlegg", "retorikk", "modelltekst"],
        author="Silje Øverby",
        school=LUNDHEIM,
        related=["skriveramme-argumenterende-tekst", "fagtekst-om-et-dyr", "kildekritikk-sjekk-for-du-deler"],
        duration=90,
        goals=[
            "Jeg kan formulere en tydelig påstand.",
            "Jeg kan underbygge påstanden med minst to argumenter.",
            "Jeg kan imøtegå et motargument.",
        ],
        aims=[
            (
                "NOR01-06",
                "skrive argumenterende tekster og bruke retoriske appellformer og kilder på en saklig og "
                "etterrettelig måte (etter 10. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("påstand", "Det du mener, formulert kort og tydelig."),
            ("argument", "En begrunnelse som støtter påstanden."),
            ("motargument", "Et argument mot påstanden din som du svarer på."),
            ("appellform", "Måten du prøver å overbevise på: etos, patos eller logos."),
        ],
        equipment=["Et kort debattinnlegg fra en lokalavis", "Skriverammen for argumenterende tekst", "PC"],
        steps=[
            (
                "Les og analyser",
                20,
                "par",
                "Parene leser innlegget og markerer påstand, argumenter og motargument med tre farger.",
            ),
            ("Appellformer", 10, "helklasse", "Gå gjennom etos, patos og logos med eksempler fra innlegget."),
            (
                "Velg sak og planlegg",
                15,
                "individuelt",
                "Elevene velger en sak (f.eks. busstilbud, ungdomsklubb, mobilregler) og fyller ut skriverammen.",
            ),
            ("Skriv", 35, "individuelt", "Elevene skriver innlegget (300–400 ord)."),
            ("Respons", 10, "par", "Parene gir respons på påstand og argumenter etter kriteriene."),
        ],
        support="Eleven bruker skriverammen fullt ut, med setningsstartere for hvert avsnitt.",
        challenge="Eleven bruker minst én kilde og alle tre appellformene bevisst, og forklarer valgene i en kommentar.",
        misconceptions=[
            (
                "Et sterkt innlegg må være sint.",
                "Vis at saklig tone og gode argumenter ofte overbeviser flere enn sterke følelser.",
            ),
        ],
        assessment="Vurder innlegget etter kriteriene påstand, argumentasjon, motargument og språk. Gi en "
        "framovermelding som eleven skal bruke i neste tekst.",
    ),
    Lesson(
        slug="kildekritikk-sjekk-for-du-deler",
        title="Kildekritikk på nett: sjekk før du deler",
        summary=(
            "Elevene undersøker påstander fra sosiale medier med tre spørsmål: Hvem står bak? Hva er kilden? "
            "Hva sier andre? De lærer lateral lesing – å sjekke andre kilder i stedet for å bli på én side."
        ),
        subjects=["samfunnsfag", "norsk"],
        grades=B810,
        survey_areas=[E510_UNDERVISNING, L_UNDERVISNINGEN],
        pillars=[PRAKSIS],
        tags=["kildekritikk", "digitale verktøy", "digital dømmekraft", "demokrati og medborgerskap", "lesing"],
        author="Eirik Haugen",
        school=MYRVOLL,
        licence=BY,
        related=["debattinnlegg-argumenterende-tekst", "elevradsvalg-demokrati-i-praksis"],
        image_alt="Mobilskjerm med et innlegg og et forstørrelsesglass over avsenderen.",
        duration=60,
        goals=[
            "Jeg kan finne ut hvem som står bak en nettside eller et innlegg.",
            "Jeg kan sjekke en påstand ved å søke i andre kilder.",
            "Jeg kan begrunne om jeg stoler på en kilde.",
        ],
        aims=[
            (
                "SAF01-04",
                "utforske hvordan digitale medier påvirker informasjon og meninger, og vurdere kilder "
                "kritisk (etter 10. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("kildekritikk", "Å vurdere hvor pålitelig en kilde er."),
            ("lateral lesing", "Å åpne nye faner og sjekke hva andre sier om kilden og påstanden."),
            ("avsender", "Personen eller organisasjonen som står bak en tekst."),
        ],
        equipment=[
            "PC eller nettbrett",
            "Fem skjermbilder av innlegg med påstander (læreren velger)",
            "Oppgavearket «Sjekk før du deler» (vedlegg)",
        ],
        steps=[
            (
                "Ville du delt dette?",
                10,
                "helklasse",
                "Vis et innlegg med en oppsiktsvekkende påstand. Elevene stemmer: dele eller ikke dele? Hvorfor?",
            ),
            ("Tre spørsmål", 10, "helklasse", "Presenter de tre spørsmålene og vis lateral lesing på én påstand."),
            ("Sjekk i par", 25, "par", "Parene undersøker to påstander og fyller ut arket."),
            (
                "Hva fant vi?",
                15,
                "helklasse",
                "Parene presenterer funnene. Diskuter: hvorfor sprer falske påstander seg raskt?",
            ),
        ],
        support="Gi eleven én påstand og en liste med to–tre nettsteder som egner seg til å sjekke.",
        challenge="Eleven finner et eksempel på et manipulert bilde og viser hvordan omvendt bildesøk avslører det.",
        misconceptions=[
            (
                "En nettside som ser profesjonell ut, er pålitelig.",
                "Vis eksempler på proffe sider med dårlig innhold. Design sier lite om kvalitet.",
            ),
        ],
        assessment="Vurder begrunnelsene på arket: peker eleven på avsender, kilde og hva andre sier?",
        worksheet=Worksheet(
            title="Sjekk før du deler",
            description="Oppgaveark for å undersøke to påstander.",
            lines=[
                "Navn: ____________________",
                "",
                "Påstand 1: ______________________________________",
                "1. Hvem står bak? (person, organisasjon, ukjent?)",
                "2. Hva er kilden til påstanden? Finnes det en lenke?",
                "3. Hva sier andre? Søk i minst to andre kilder:",
                "   Kilde A: ____________  sier: ____________",
                "   Kilde B: ____________  sier: ____________",
                "4. Konklusjon: Stoler jeg på påstanden? JA / NEI / USIKKER",
                "   Fordi: ______________________________________",
                "",
                "Påstand 2: ______________________________________",
                "   (svar på de samme spørsmålene på baksiden)",
                "",
                "Refleksjon: Hva gjør du neste gang du ser noe du har lyst",
                "til å dele?",
            ],
        ),
    ),
    Lesson(
        slug="climate-change-reading-a-news-article",
        title="Climate change: reading and discussing a news article",
        summary=(
            "Elevene leser en engelsk nyhetsartikkel om klimaendringer med før-, under- og etterlesingsaktiviteter, "
            "lærer nøkkelbegreper og deltar i en strukturert diskusjon på engelsk."
        ),
        subjects=["engelsk"],
        grades=[9, 10],
        survey_areas=[E510_UNDERVISNING, KL_PRESTASJONER],
        pillars=[PRAKSIS],
        tags=["engelsk", "lesing", "bærekraftig utvikling", "muntlig", "begreper"],
        author="Linn Kristiansen",
        school=GRANLI,
        related=["lesestrategier-for-under-og-etter-lesing", "kildekritikk-sjekk-for-du-deler"],
        duration=60,
        goals=[
            "I can explain five key words about climate change in English.",
            "I can find the main idea and supporting details in a news article.",
            "I can give my opinion and respond to others in a discussion.",
        ],
        aims=[
            (
                "ENG01-04",
                "lese, tolke og reflektere over engelskspråklige sakprosatekster, og uttrykke seg med "
                "flyt og sammenheng (etter 10. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("greenhouse gas", "Drivhusgass – gass som holder på varmen i atmosfæren."),
            ("emission", "Utslipp."),
            ("renewable energy", "Fornybar energi."),
            ("to mitigate", "Å dempe eller redusere."),
        ],
        equipment=[
            "A short news article about climate change (læreren velger en aktuell artikkel)",
            "Arbeidsarket «Reading a news article» (vedlegg)",
            "Discussion cards",
        ],
        steps=[
            (
                "Before reading",
                10,
                "par",
                "Pairs look at the headline and picture and predict the content. Key words are introduced.",
            ),
            (
                "While reading",
                20,
                "individuelt",
                "Students read and mark the main idea and three supporting details. They write one question to the text.",
            ),
            ("After reading", 10, "par", "Pairs compare their notes and write a two-sentence summary."),
            (
                "Discussion",
                15,
                "grupper",
                "Groups of four discuss: «What can young people do?» using the discussion cards and phrases for agreeing and disagreeing.",
            ),
        ],
        support="Provide a glossary with Norwegian translations and an easier version of the article.",
        challenge="Students compare how two newspapers present the same story and discuss the choice of words.",
        multilingual="Elevene kan bruke morsmålet i førlesingsfasen for å aktivere forkunnskaper.",
        misconceptions=[
            (
                "Weather and climate mean the same.",
                "Weather is what happens today; climate is the pattern over many years. Use examples from Norway.",
            ),
        ],
        assessment="Listen to the discussions using a simple checklist (uses key words, gives reasons, responds to others).",
        worksheet=Worksheet(
            title="Reading a news article",
            description="Reading sheet with before, while and after tasks.",
            lines=[
                "Name: ____________________",
                "",
                "BEFORE READING",
                "1. Look at the headline and the picture. What do you think",
                "   the article is about?",
                "2. Match: greenhouse gas / emission / renewable / mitigate",
                "",
                "WHILE READING",
                "3. Main idea of the article (one sentence):",
                "4. Three supporting details:",
                "   a) ____________  b) ____________  c) ____________",
                "5. Write one question you would like to ask the journalist.",
                "",
                "AFTER READING",
                "6. Summarise the article in two sentences.",
                "7. Do you agree with the people quoted? Why / why not?",
                "",
                "Useful phrases: I agree because … / I see your point, but …",
            ],
        ),
    ),
    Lesson(
        slug="elevradsvalg-demokrati-i-praksis",
        title="Demokrati i praksis: elevrådsvalg",
        summary=(
            "Elevene gjennomfører et elevrådsvalg med nominasjon, valgkamp, hemmelig valg og opptelling, og "
            "sammenligner med valg til kommunestyret."
        ),
        subjects=["samfunnsfag"],
        grades=[8],
        survey_areas=[E510_KLASSEN, KL_SOSIAL, E510_UNDERVISNING],
        pillars=[LEDELSE, PRAKSIS],
        tags=["demokrati og medborgerskap", "elevråd", "valg", "medvirkning", "elevdemokrati"],
        author="Petter Engen",
        school=MYRVOLL,
        related=["kildekritikk-sjekk-for-du-deler"],
        duration=90,
        goals=[
            "Jeg kan forklare hvordan et demokratisk valg gjennomføres.",
            "Jeg kan argumentere for en sak jeg vil at elevrådet skal jobbe med.",
            "Jeg kan sammenligne elevrådsvalg med kommunestyrevalg.",
        ],
        aims=[
            (
                "SAF01-04",
                "reflektere over hvordan demokratiet fungerer, og hvordan man kan påvirke beslutninger "
                "i samfunnet og på skolen (etter 10. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("nominasjon", "Når noen blir foreslått som kandidat."),
            ("hemmelig valg", "Ingen får vite hva den enkelte stemte."),
            ("mandat", "Fullmakten en valgt representant får."),
        ],
        equipment=["Stemmesedler", "Valgurne (en eske)", "Manntall (klasseliste)"],
        steps=[
            ("Hva er elevrådet til for?", 15, "helklasse", "Samtal om hva elevrådet kan og ikke kan påvirke."),
            ("Nominasjon og saker", 20, "grupper", "Grupper foreslår kandidater og én viktig sak hver."),
            ("Valgkamp", 20, "helklasse", "Kandidatene holder en appell på ett minutt. Klassen stiller spørsmål."),
            ("Valg og opptelling", 20, "helklasse", "Hemmelig valg med manntall og valgstyre. To elever teller opp."),
            ("Sammenligning", 15, "par", "Parene sammenligner elevrådsvalget med kommunestyrevalg i et venndiagram."),
        ],
        support="Gi eleven en liste med mulige saker og setningsstartere til appellen.",
        challenge="Eleven skriver et forslag til elevrådet med begrunnelse og kostnadsoverslag.",
        misconceptions=[
            ("Flertallet bestemmer alt i et demokrati.", "Snakk om mindretallsvern og menneskerettigheter.")
        ],
        assessment="Venndiagrammet og en kort refleksjonstekst vurderes etter bruk av fagbegreper.",
    ),
    Lesson(
        slug="livssyn-og-etikk-menneskeverd",
        title="Livssyn og etikk: samtale om menneskeverd",
        summary=(
            "Elevene drøfter hva menneskeverd betyr i kristendommen, humanismen og islam, og bruker begrepet i "
            "en strukturert samtale om en aktuell sak."
        ),
        subjects=["krle"],
        grades=[9, 10],
        survey_areas=[E510_KLASSEN, L_LAERINGSKULTUR],
        pillars=[PRAKSIS],
        tags=["etikk", "menneskeverd", "livssyn", "filosofisk samtale", "argumentasjon"],
        author="Petter Engen",
        school=LUNDHEIM,
        licence=BY_NC_SA,
        related=["etiske-dilemmaer-hva-er-rettferdig", "samtalekort-etiske-dilemmaer"],
        duration=60,
        goals=[
            "Jeg kan forklare begrepet menneskeverd.",
            "Jeg kan sammenligne hvordan to livssyn begrunner menneskeverd.",
            "Jeg kan delta respektfullt i en samtale der vi er uenige.",
        ],
        aims=[
            (
                "RLE01-03",
                "gjøre rede for og drøfte etiske begreper og perspektiver i religioner og livssyn, og "
                "samtale om etiske spørsmål med respekt (etter 10. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("menneskeverd", "Tanken om at alle mennesker har like stor verdi, uansett egenskaper."),
            ("humanisme", "Et livssyn som setter mennesket og fornuften i sentrum, uten tro på en gud."),
        ],
        equipment=["Korte tekstutdrag fra tre tradisjoner", "Samtalekort"],
        steps=[
            (
                "Hva er et menneske verdt?",
                10,
                "helklasse",
                "Start med et sitat fra menneskerettighetserklæringen artikkel 1.",
            ),
            (
                "Ekspertgrupper",
                20,
                "grupper",
                "Hver gruppe leser et utdrag og forklarer hvordan tradisjonen begrunner menneskeverd.",
            ),
            ("Sammenligning", 15, "grupper", "Nye grupper med én ekspert fra hver tradisjon sammenligner."),
            ("Samtale om en sak", 15, "helklasse", "Klassen drøfter en aktuell sak og bruker begrepet menneskeverd."),
        ],
        support="Utdragene finnes i forenklet versjon med ordforklaringer.",
        challenge="Eleven drøfter en kritikk av begrepet menneskeverd.",
        misconceptions=[
            ("Bare religiøse livssyn har en begrunnelse for menneskeverd.", "Vis den humanistiske begrunnelsen.")
        ],
        assessment="Eleven skriver en kort drøftende tekst der begrepet brukes presist.",
    ),
    Lesson(
        slug="kjemiske-reaksjoner-pa-kjokkenet",
        title="Kjemiske reaksjoner på kjøkkenet",
        summary=(
            "Elevene undersøker kjemiske reaksjoner i matlaging: bakepulver som lager gass, egg som stivner og "
            "sukker som karamelliseres. Samarbeid mellom naturfag og mat og helse."
        ),
        subjects=["naturfag", "mat-og-helse"],
        grades=[8, 9],
        survey_areas=[E510_UNDERVISNING, KL_MOTIVASJON],
        pillars=[PRAKSIS],
        tags=["kjemi", "matlaging", "forsøk", "tverrfaglig"],
        author=NATURFAGNETTVERK,
        school=ELVESTAD,
        licence=BY,
        related=["fotosyntesen-i-praksis", "fra-korn-til-brod"],
        duration=90,
        goals=[
            "Jeg kan forklare forskjellen på en fysisk endring og en kjemisk reaksjon.",
            "Jeg kan gi eksempler på kjemiske reaksjoner i matlaging.",
        ],
        aims=[
            ("NAT01-04", "utforske og beskrive kjemiske reaksjoner i hverdagen (etter 10. trinn, omtrentlig gjengitt)"),
            ("MHE01-02", "forklare hva som skjer med råvarer ved tilberedning (etter 10. trinn, omtrentlig gjengitt)"),
        ],
        vocabulary=[
            ("kjemisk reaksjon", "Når stoffer blir til nye stoffer med nye egenskaper."),
            ("fysisk endring", "Når stoffet endrer form eller tilstand, men er det samme stoffet."),
            ("karamellisering", "Når sukker varmes opp og brytes ned til nye stoffer med brun farge."),
        ],
        equipment=["Bakepulver, eddik, egg, sukker", "Kasseroller og stekepanner", "Vernebriller"],
        steps=[
            (
                "Fysisk eller kjemisk?",
                15,
                "helklasse",
                "Sorter bilder: smelting av is, steking av egg, oppløsing av salt …",
            ),
            ("Tre stasjoner", 50, "grupper", "Gruppene roterer mellom stasjonene bakepulver, egg og karamell."),
            ("Forklar", 20, "grupper", "Gruppene forklarer hva som skjedde på hver stasjon med fagbegreper."),
        ],
        support="Gi en tabell med stikkord for hver stasjon.",
        challenge="Eleven skriver reaksjonslikningen for bakepulver og eddik.",
        misconceptions=[
            ("Når noe smelter, er det en kjemisk reaksjon.", "Vis at smeltet is kan fryses igjen og er fortsatt vann.")
        ],
        assessment="Gruppene leverer forklaringene sine. Vurder bruk av begrepene.",
    ),
    Lesson(
        slug="prosentregning-med-rabatter-og-mva",
        title="Prosentregning med rabatter og merverdiavgift",
        summary=(
            "Elevene regner med prosent i handlesituasjoner: rabatter, påslag og merverdiavgift. De bruker "
            "vekstfaktor og lærer å se sammenhengen mellom brøk, desimaltall og prosent."
        ),
        subjects=["matematikk"],
        grades=B810,
        survey_areas=[E510_UNDERVISNING, KL_PRESTASJONER, E510_MESTRING],
        pillars=[PRAKSIS],
        tags=["prosent", "vekstfaktor", "økonomi", "hverdagsmatematikk"],
        author="Tor Arne Nyhus",
        school=GRANLI,
        related=["overslag-og-avrunding-i-butikken", "lineaere-funksjoner-mobilabonnement"],
        duration=60,
        goals=[
            "Jeg kan regne ut en rabatt i kroner og prosent.",
            "Jeg kan bruke vekstfaktor til å regne ut ny pris.",
            "Jeg kan forklare hvorfor 20 % opp og 20 % ned ikke gir samme pris.",
        ],
        aims=[
            (
                "MAT01-05",
                "utforske og forklare sammenhenger mellom brøker, desimaltall og prosent og bruke "
                "prosentregning i praktiske situasjoner (etter 8. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("prosent", "Hundredeler: 25 % betyr 25 av 100."),
            ("vekstfaktor", "Tallet vi ganger med for å finne ny verdi, f.eks. 0,8 ved 20 % rabatt."),
            ("merverdiavgift", "Avgift som legges på de fleste varer; i Norge er den vanligvis 25 %."),
        ],
        equipment=["Reklameblader", "Kalkulator", "Oppgavearket «Prosent i butikken» (vedlegg)"],
        steps=[
            (
                "Hvilket tilbud er best?",
                10,
                "helklasse",
                "Vis to tilbud: «30 % rabatt» og «Kjøp 3, betal for 2». Elevene diskuterer.",
            ),
            ("Fra brøk til prosent", 10, "helklasse", "Repeter sammenhengen mellom 1/4, 0,25 og 25 % med en tallinje."),
            ("Vekstfaktor", 15, "par", "Parene finner vekstfaktor for rabatter og påslag og regner ut nye priser."),
            ("Oppgaver", 18, "individuelt", "Elevene løser oppgavene på arket."),
            ("Oppsummering", 5, "helklasse", "Hvorfor blir ikke prisen den samme etter 20 % opp og 20 % ned?"),
        ],
        support="Start med rabatter på 10 %, 25 % og 50 %, som er enkle å regne i hodet.",
        challenge="Eleven regner ut prisen uten merverdiavgift når prisen med avgift er oppgitt.",
        misconceptions=[
            (
                "20 % opp og så 20 % ned gir samme pris som før.",
                "Regn ut med 100 kr: 100 · 1,2 · 0,8 = 96 kr. Prosenten regnes av ulike beløp.",
            ),
        ],
        assessment="Exit-lapp: «En jakke koster 800 kr. Den settes ned 35 %. Hva er ny pris? Vis to metoder.»",
        worksheet=Worksheet(
            title="Prosent i butikken",
            description="Ti oppgaver om rabatt, påslag og merverdiavgift.",
            lines=[
                "Navn: ____________________",
                "",
                "1. En genser koster 400 kr. Den settes ned med 25 %.",
                "   Hvor mye sparer du? Hva er ny pris?",
                "2. Skriv som desimaltall og prosent: 3/4, 1/5, 2/8",
                "3. Hva er vekstfaktoren ved 30 % rabatt? Ved 15 % påslag?",
                "4. En sykkel koster 3 200 kr. Prisen øker med 12 %. Ny pris?",
                "5. Et par sko koster 960 kr etter 20 % rabatt. Hva var",
                "   prisen før?",
                "6. En vare koster 500 kr uten merverdiavgift (25 %).",
                "   Hva blir prisen med avgift?",
                "7. Prisen med merverdiavgift er 1 250 kr. Hva er prisen uten?",
                "8. Hvilket tilbud er best: 30 % rabatt eller «kjøp 3, betal",
                "   for 2»? Forklar.",
                "9. En pris øker med 20 % og settes så ned med 20 %.",
                "   Er prisen den samme som før? Vis med et eksempel.",
                "10. Lag din egen oppgave om prosent og løs den.",
            ],
        ),
    ),
    Lesson(
        slug="komponer-en-lat-i-grupper",
        title="Komponer en låt i grupper",
        summary=(
            "Elevene lager en enkel låt med akkordrekke, melodi og tekst i grupper, med digitale verktøy eller "
            "instrumenter. Prosessen dokumenteres i en logg."
        ),
        subjects=["musikk"],
        grades=B810,
        survey_areas=[E510_KLASSEN, E510_TRIVSEL, L_LAERINGSKULTUR],
        pillars=[PRAKSIS],
        tags=["komponering", "samspill", "digitale verktøy", "kreativitet", "musikk"],
        author="Sofie Brenna",
        school=MYRVOLL,
        licence=BY_NC_SA,
        related=["rytme-og-puls-med-kroppsperkusjon"],
        duration=90,
        goals=[
            "Jeg kan bruke en akkordrekke med fire akkorder.",
            "Jeg kan bidra med ideer til melodi eller tekst.",
            "Jeg kan beskrive gruppas arbeidsprosess.",
        ],
        aims=[
            (
                "MUS01-02",
                "lage musikk med utgangspunkt i egne ideer og bruke digitale verktøy i skapende arbeid "
                "(etter 10. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("akkordrekke", "Akkorder som kommer etter hverandre i en fast rekkefølge."),
            ("refreng", "Den delen av låten som gjentas."),
            ("vers", "Delene av låten med ulik tekst mellom refrengene."),
        ],
        equipment=["Gitarer, keyboard eller nettbrett med musikkapp", "Logg-ark"],
        steps=[
            ("Lytt og analyser", 15, "helklasse", "Lytt til to kjente låter med samme akkordrekke. Hva er likt?"),
            ("Akkorder og groove", 25, "grupper", "Gruppene velger en akkordrekke og lager et komp."),
            ("Melodi og tekst", 35, "grupper", "Gruppene lager refreng og ett vers."),
            ("Smakebit", 15, "helklasse", "Gruppene spiller det de har, og får én tilbakemelding hver."),
        ],
        support="Gi gruppa en ferdig akkordrekke og et tema for teksten.",
        challenge="Gruppa legger til et mellomspill eller en modulasjon.",
        misconceptions=[
            ("Man må kunne noter for å komponere.", "Vis at mange låtskrivere jobber på gehør og med digitale verktøy.")
        ],
        assessment="Vurder loggen og framføringen etter kriterier laget sammen med elevene.",
    ),
    Lesson(
        slug="planlegg-en-dagstur-friluftsliv",
        title="Friluftsliv: planlegg en dagstur",
        summary=(
            "Elevene planlegger og gjennomfører en dagstur i nærområdet: rute, utstyr, mat, sikkerhet og "
            "allemannsretten. Fokus på samarbeid og ansvar."
        ),
        subjects=["kroppsoving"],
        grades=B810,
        survey_areas=[E510_TRIVSEL, E510_KLASSEN, KL_SOSIAL],
        pillars=[PRAKSIS],
        tags=["friluftsliv", "allemannsretten", "samarbeid", "uteskole", "kart"],
        author="Kristian Moen",
        school=ELVESTAD,
        licence=BY,
        related=["kart-og-malestokk-i-naermiljoet"],
        image_alt="Ungdommer med sekker som går på en sti i granskog.",
        duration=90,
        goals=[
            "Jeg kan planlegge en tur med rute, utstyr og tidsplan.",
            "Jeg kan forklare hovedreglene i allemannsretten.",
            "Jeg kan ta ansvar for en oppgave i gruppa.",
        ],
        aims=[
            (
                "KRO01-05",
                "planlegge og gjennomføre friluftslivsaktiviteter i ulike årstider og vurdere risiko og "
                "sikkerhet (etter 10. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("allemannsretten", "Retten alle har til å ferdes og raste i utmark, med hensyn til natur og andre."),
            ("utmark", "Udyrket mark, som skog og fjell."),
        ],
        equipment=["Kart og kompass", "Sjekkliste for utstyr", "Førstehjelpsskrin"],
        steps=[
            ("Allemannsretten", 15, "helklasse", "Gå gjennom hovedreglene med eksempler fra nærområdet."),
            (
                "Planlegging i grupper",
                35,
                "grupper",
                "Gruppene planlegger rute, tid, utstyr og mat, og fordeler ansvar.",
            ),
            ("Risikovurdering", 20, "grupper", "Gruppene vurderer hva som kan gå galt, og hvordan det kan forebygges."),
            ("Presentasjon", 20, "helklasse", "Gruppene presenterer planen, og klassen velger rute for turen."),
        ],
        support="Gi en ferdig sjekkliste og et kart med to rutealternativer.",
        challenge="Gruppa planlegger en overnattingstur med telt og vurderer vær og årstid.",
        misconceptions=[("Allemannsretten gjelder overalt.", "Forklar forskjellen på innmark og utmark.")],
        assessment="Vurder planen og gjennomføringen etter samarbeid, sikkerhet og ansvar.",
    ),
    Lesson(
        slug="laeringsstrategier-for-provesituasjoner",
        title="Læringsstrategier før prøven",
        summary=(
            "Elevene lærer å planlegge repetisjon med henteøving og spredt øving i stedet for å lese om igjen, "
            "og snakker om hvordan man håndterer nervøsitet før prøver."
        ),
        subjects=["tverrfaglig"],
        grades=[9, 10],
        survey_areas=[E510_MESTRING, KL_MOTIVASJON, L_MOTIVASJON],
        pillars=[PRAKSIS],
        tags=["læringsstrategier", "mestringsforventning", "henteøving", "metakognisjon", "prøver"],
        author="Anne Lise Bergum",
        school=GRANLI,
        related=["elevsamtalen-jeg-setter-meg-et-mal"],
        duration=45,
        goals=[
            "Jeg kan forklare hvorfor henteøving virker bedre enn å lese om igjen.",
            "Jeg kan lage en repetisjonsplan for en prøve.",
        ],
        aims=[
            (
                "",
                "Overordnet del, 2.4 Å lære å lære: elevene skal utvikle strategier for egen læring "
                "(omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("henteøving", "Å øve ved å hente fram kunnskap fra hukommelsen, for eksempel med spørsmål."),
            ("spredt øving", "Å øve litt flere ganger over tid i stedet for mye på én gang."),
            ("metakognisjon", "Å tenke over egen tenkning og læring."),
        ],
        equipment=["Små kort til egne spørsmål", "Kalender for de neste to ukene"],
        steps=[
            ("Hvordan øver du?", 8, "helklasse", "Elevene krysser av hvordan de vanligvis forbereder seg. Diskuter."),
            (
                "Miniforsøk",
                15,
                "helklasse",
                "Halve klassen leser en tekst to ganger, den andre halvdelen leser én gang og svarer på spørsmål. "
                "Alle tar en kort test. Sammenlign.",
            ),
            (
                "Lag en plan",
                15,
                "individuelt",
                "Elevene lager en plan for neste prøve med henteøving fordelt på flere dager.",
            ),
            (
                "Nervøsitet",
                7,
                "helklasse",
                "Snakk om hva som hjelper mot nervøsitet: forberedelse, pust og realistiske mål.",
            ),
        ],
        support="Gi en ferdig mal for repetisjonsplan og eksempler på gode spørsmål.",
        challenge="Eleven lager et quiz-sett til klassen med spørsmål på ulike nivåer.",
        misconceptions=[
            (
                "Å lese om igjen og markere er den beste måten å øve på.",
                "Miniforsøket viser ofte at henteøving gir bedre resultater, selv om det føles tyngre.",
            ),
        ],
        assessment="Eleven vurderer etter prøven om planen ble fulgt, og hva som hjalp.",
    ),
    Lesson(
        slug="tilhorighet-og-oppmote-kontaktlaerertimen",
        title="Tilhørighet og oppmøte: kontaktlærertimen",
        summary=(
            "En kontaktlærertime der klassen snakker om hva som gjør at man har lyst til å komme på skolen, og "
            "lager en plan for hvordan de tar imot hverandre etter fravær. Et forebyggende opplegg mot økende fravær."
        ),
        subjects=["tverrfaglig"],
        grades=B810,
        survey_areas=[KL_FRAVAER, E510_RELASJON_LAERER, E510_TRIVSEL, F_SAMARBEID, L_STOTTE],
        pillars=[KARTLEGGING, PRAKSIS],
        tags=["fravær", "tilhørighet", "relasjoner", "trivsel", "skole–hjem-samarbeid"],
        author="Anne Lise Bergum",
        school=GRANLI,
        related=["vi-tolker-klassens-elevundersokelse", "elevsamtalen-jeg-setter-meg-et-mal"],
        duration=45,
        goals=[
            "Jeg kan si hva som gjør at jeg har lyst til å komme på skolen.",
            "Jeg vet hva jeg kan gjøre for en medelev som har vært borte.",
        ],
        aims=[
            (
                "",
                "Overordnet del, 3.1 Et inkluderende læringsmiljø: skolen skal fremme helse, trivsel og "
                "læring for alle elever (omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[("tilhørighet", "Følelsen av å være en del av et fellesskap.")],
        equipment=["Post-it-lapper", "Plakat"],
        preparation=(
            "Se på klassens fraværstall over tid (uten å peke ut enkeltelever) og på resultatene for trivsel og "
            "relasjon til lærer. Har noen elever høyt fravær, skal det følges opp individuelt og med hjemmet – "
            "ikke i denne timen."
        ),
        steps=[
            ("Gode skoledager", 10, "individuelt", "Elevene skriver på lapper: «En god skoledag er når …»"),
            ("Sortering", 10, "helklasse", "Lappene sorteres i temaer: venner, lærere, fag, pauser …"),
            (
                "Velkommen tilbake",
                15,
                "grupper",
                "Gruppene lager forslag til hvordan klassen kan ta imot noen som har vært borte en stund.",
            ),
            ("Klassens avtale", 10, "helklasse", "Klassen velger to forslag og skriver dem på plakaten."),
        ],
        support="Elever som ikke vil skrive, kan si det til læreren eller velge blant ferdige lapper.",
        challenge="Elever kan være «fadder» for en medelev som kommer tilbake etter fravær.",
        misconceptions=[
            (
                "Fravær handler bare om elever som ikke gidder.",
                "Fravær kan ha mange årsaker. Å bli savnet og møtt godt tilbake er viktig for alle.",
            ),
        ],
        assessment="Følg med på fravær og trivsel i neste kartlegging, og ta opp avtalen i klassemøte etter en måned.",
    ),
    Lesson(
        slug="design-og-redesign-gjenbruk",
        title="Design og redesign: lag et produkt av gjenbruksmaterialer",
        summary=(
            "Elevene gjennomfører en designprosess fra behov til prototyp med gjenbrukstekstiler og -materialer, "
            "og vurderer produktet ut fra funksjon, estetikk og bærekraft."
        ),
        subjects=["kunst-og-handverk"],
        grades=B810,
        survey_areas=[KL_MOTIVASJON, E510_UNDERVISNING],
        pillars=[PRAKSIS],
        tags=["design", "bærekraftig utvikling", "gjenbruk", "designprosess", "skaperglede"],
        author="Camilla Bråten",
        school=ELVESTAD,
        licence=BY_NC_SA,
        related=["stempeltrykk-med-egne-monstre"],
        duration=90,
        goals=[
            "Jeg kan gjennomføre en designprosess med skisser og prototyp.",
            "Jeg kan begrunne valg av materialer med tanke på bærekraft.",
        ],
        aims=[
            (
                "KHV01-02",
                "utforske og vurdere designprosesser og lage produkter med vekt på bærekraft og funksjon "
                "(etter 10. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("prototyp", "En første versjon av et produkt som testes og forbedres."),
            ("redesign", "Å lage noe nytt av noe som finnes fra før."),
        ],
        equipment=["Gjenbrukstekstiler og -materialer", "Symaskiner", "Skissebok"],
        steps=[
            ("Behov", 15, "helklasse", "Elevene kartlegger et behov hos seg selv eller andre."),
            ("Skisser", 20, "individuelt", "Elevene lager minst tre skisser og velger én."),
            ("Prototyp", 45, "individuelt", "Elevene lager prototypen av gjenbruksmaterialer."),
            ("Test og vurdering", 10, "par", "Elevene tester hverandres produkter og gir tilbakemelding."),
        ],
        support="Gi eleven et utvalg ferdige mønstre å velge mellom.",
        challenge="Eleven regner ut CO₂-besparelsen ved gjenbruk med et nettbasert verktøy.",
        misconceptions=[("Design handler bare om utseende.", "Diskuter funksjon, brukervennlighet og bærekraft.")],
        assessment="Vurder skisseboka og prototypen etter kriteriene funksjon, estetikk og bærekraft.",
    ),
    Lesson(
        slug="vi-tolker-klassens-elevundersokelse",
        title="Vi tolker klassens resultater fra elevundersøkelsen",
        summary=(
            "Elevene får se klassens anonyme resultater fra siste kartlegging, tolker dem sammen med læreren og "
            "foreslår tiltak. Elevene blir medforskere på eget læringsmiljø."
        ),
        subjects=["tverrfaglig", "matematikk"],
        grades=B810,
        survey_areas=[E510_TRIVSEL, E510_UNDERVISNING, E510_ATFERD, E510_KLASSEN],
        pillars=[KARTLEGGING, LEDELSE, RETNING],
        tags=["kartlegging", "elevmedvirkning", "læringsmiljø", "data", "elevundersøkelsen"],
        author="Anne Lise Bergum",
        school=GRANLI,
        related=["tilhorighet-og-oppmote-kontaktlaerertimen", "klassemote-om-trivsel"],
        image_alt="Søylediagram på en storskjerm med elever som diskuterer foran.",
        duration=45,
        goals=[
            "Jeg kan lese et diagram med klassens resultater.",
            "Jeg kan foreslå et tiltak som kan gjøre læringsmiljøet bedre.",
        ],
        aims=[
            (
                "MAT01-05",
                "tolke og vurdere data fra undersøkelser og argumentere for konklusjoner "
                "(etter 10. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("gjennomsnitt", "Summen av alle svarene delt på antall svar."),
            ("anonym", "Når ingen kan se hvem som har svart hva."),
        ],
        equipment=["Klassens resultater som søylediagram (anonymisert, ingen grupper under fem elever)"],
        preparation=(
            "Avklar med skoleledelsen hvilke resultater som kan vises. Vis aldri resultater som kan knyttes til "
            "enkeltelever. Velg to–tre områder, for eksempel trivsel og undervisning."
        ),
        steps=[
            (
                "Hva måler undersøkelsen?",
                8,
                "helklasse",
                "Forklar kort hvilke områder undersøkelsen måler, og hvorfor skolen bruker den.",
            ),
            ("Les diagrammene", 12, "par", "Parene skriver tre påstander om hva diagrammene viser."),
            ("Tolk sammen", 12, "helklasse", "Hva kan forklare resultatene? Hva overrasker?"),
            ("Tiltak", 10, "grupper", "Gruppene foreslår ett tiltak for klassen og ett for skolen."),
        ],
        support="Gi eleven setningsstartere: «Diagrammet viser at …», «Flest svarte …».",
        challenge="Eleven sammenligner med forrige års resultater og drøfter om forskjellen er stor nok til å bety noe.",
        misconceptions=[
            (
                "Et gjennomsnitt viser hvordan alle har det.",
                "Snakk om spredning: et middels snitt kan skjule at noen har det svært godt og noen dårlig.",
            ),
        ],
        assessment="Forslagene tas med til elevrådet og til lærerteamet. Følg opp i neste kartlegging.",
    ),
]
