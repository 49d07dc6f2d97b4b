"""Undervisningsopplegg for 5.–7. trinn."""

from resources.demo.common import (
    B57,
    BY,
    BY_NC_SA,
    E510_ATFERD,
    E510_KLASSEN,
    E510_MESTRING,
    E510_RELASJON_LAERER,
    E510_TRIVSEL,
    E510_UNDERVISNING,
    FJELLVANG,
    FURULY,
    KAPASITET,
    KARTLEGGING,
    KL_MOTIVASJON,
    KL_PRESTASJONER,
    KL_SOSIAL,
    L_LAERINGSKULTUR,
    L_MOTIVASJON,
    L_STOTTE,
    L_UNDERVISNINGEN,
    LUNDHEIM,
    NORDBYGDA,
    PRAKSIS,
    RETNING,
    SJOBAKKEN,
    SOLHAUG,
    Lesson,
    Worksheet,
)

MATTENETTVERK = "Nettverk for matematikk 5.–7. trinn, Sør-Østerdal"

LESSONS = [
    Lesson(
        slug="brok-med-pizzamodeller",
        title="Brøk med pizzamodeller",
        summary=(
            "Elevene deler papirpizzaer i like store deler, sammenligner brøker og finner likeverdige brøker. "
            "Konkreter og tegninger gjør brøkbegrepet synlig før elevene regner med symboler."
        ),
        subjects=["matematikk"],
        grades=B57,
        survey_areas=[E510_UNDERVISNING, KL_PRESTASJONER, E510_MESTRING],
        pillars=[PRAKSIS, KAPASITET],
        tags=["brøk", "konkreter", "begreper", "representasjoner", "matematikk"],
        author=MATTENETTVERK,
        school=FJELLVANG,
        related=["overslag-og-avrunding-i-butikken", "brokstriper-til-utklipp"],
        image_alt="Papirpizza delt i åtte like store stykker der tre stykker er fargelagt.",
        step_image=(1, "Tre papirpizzaer delt i halve, fjerdedeler og åttendedeler lagt ved siden av hverandre."),
        duration=60,
        goals=[
            "Jeg kan forklare hva teller og nevner i en brøk betyr.",
            "Jeg kan sammenligne brøker med samme teller eller samme nevner.",
            "Jeg kan finne to brøker som er like store.",
        ],
        aims=[
            (
                "MAT01-05",
                "representere brøker på ulike måter og omgjøre mellom ulike representasjoner "
                "(etter 5. trinn, omtrentlig gjengitt)",
            ),
            (
                "MAT01-05",
                "utforske og beskrive sammenhengen mellom brøk, desimaltall og prosent "
                "(etter 6. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("brøk", "Et tall som viser en del av en hel, skrevet med teller over og nevner under brøkstreken."),
            ("teller", "Tallet over brøkstreken. Det forteller hvor mange deler vi har."),
            ("nevner", "Tallet under brøkstreken. Det forteller hvor mange like store deler den hele er delt i."),
            ("likeverdige brøker", "Brøker som er like store, for eksempel 1/2 og 4/8."),
        ],
        equipment=[
            "Papirsirkler («pizzaer»), fire per elev",
            "Saks og fargeblyanter",
            "Oppgavearket «Pizzabrøk» (vedlegg)",
            "Brøkstriper som støtte",
        ],
        preparation=(
            "Klipp ut eller kopier papirsirkler. Forbered en «pizzabestilling» på tavla: "
            "«Fire venner deler en pizza likt. Hvor mye får hver?»"
        ),
        steps=[
            (
                "Pizzabestillingen",
                10,
                "helklasse",
                "Presenter problemet og la elevene foreslå løsninger. Innfør ordene teller og nevner mens dere ser "
                "på svaret 1/4. Gå gjennom målene for timen.",
            ),
            (
                "Del pizzaene",
                15,
                "par",
                "Parene bretter og klipper sirklene i 2, 4 og 8 like store deler. De skriver brøken på hver bit "
                "og legger bitene over hverandre for å finne brøker som er like store.",
            ),
            (
                "Sammenlign",
                15,
                "par",
                "Hvilken er størst av 3/8 og 3/4? Av 2/4 og 5/8? Parene bruker pizzabitene, forklarer hvorfor, "
                "og løser oppgavene på arket.",
            ),
            (
                "Felles samtale",
                10,
                "helklasse",
                "Løft fram en elevforklaring der større nevner gir mindre biter. Vis sammenhengen mellom pizzaen, "
                "tallinja og symbolet.",
            ),
            (
                "Exit-lapp",
                5,
                "individuelt",
                "Elevene svarer på: «Hvilken brøk er størst, 2/3 eller 2/5? Forklar med en tegning.»",
            ),
        ],
        support=(
            "Gi elever som trenger det, ferdig delte pizzaer med hjelpelinjer og start med stambrøker "
            "(1/2, 1/4, 1/8). La eleven si brøken høyt med ord: «tre av åtte biter»."
        ),
        challenge=(
            "Elever som er klare for det, finner så mange likeverdige brøker til 3/4 som mulig og beskriver "
            "mønsteret. Hvorfor må vi gange teller og nevner med samme tall?"
        ),
        misconceptions=[
            (
                "Jo større nevner, jo større brøk (1/8 er større enn 1/4 fordi 8 er større enn 4).",
                "La eleven holde en åttendedel og en fjerdedel mot hverandre. Spør: «Vil du heller ha en av fire eller "
                "en av åtte biter av samme pizza?»",
            ),
            (
                "Bitene trenger ikke være like store for at det skal være brøk.",
                "Vis en pizza delt i fire ulike biter og spør om hver bit er 1/4. Understrek «like store deler».",
            ),
        ],
        assessment=(
            "Bruk exit-lappen til å sortere elevene i tre grupper før neste time: de som forklarer sikkert, de som "
            "svarer riktig uten forklaring, og de som fortsatt tror større nevner gir større brøk.\n\n"
            "[!Suksesskriterier] Jeg bruker ordene teller og nevner riktig. Jeg kan vise med en tegning hvilken "
            "brøk som er størst. Jeg kan finne en likeverdig brøk."
        ),
        worksheet=Worksheet(
            title="Pizzabrøk",
            description="Oppgaveark med åtte oppgaver og en utfordring.",
            lines=[
                "Navn: ____________________",
                "",
                "1. Fargelegg 3/4 av pizzaen. Hvor stor del er ikke fargelagt?",
                "2. Skriv brøken: Pizzaen er delt i 8, og Ali spiser 3 biter.",
                "3. Sett inn <, > eller =:   1/4 ___ 1/8     3/8 ___ 3/4",
                "4. Sett inn <, > eller =:   2/4 ___ 1/2     5/8 ___ 3/4",
                "5. Sara og Jonas har hver sin like store pizza. Sara spiser",
                "   2/4, Jonas spiser 3/8. Hvem spiser mest? Forklar.",
                "6. Finn to brøker som er like store som 1/2.",
                "7. Fire venner deler 3 pizzaer likt. Hvor mye får hver?",
                "8. Tegn en tallinje fra 0 til 1 og marker 1/4, 1/2 og 3/4.",
                "",
                "Utfordring: Finn så mange brøker som mulig som er like store",
                "som 3/4. Hva er mønsteret?",
                "",
                "Hvor sikker er jeg på brøk i dag?   1   2   3   4   5",
            ],
        ),
    ),
    Lesson(
        slug="overslag-og-avrunding-i-butikken",
        title="Overslag og avrunding i butikken",
        summary=(
            "Elevene handler i en klassebutikk med et budsjett og må gjøre overslag før de betaler. "
            "De lærer å avrunde til nærmeste tier og hundrer og vurdere om et svar er rimelig."
        ),
        subjects=["matematikk"],
        grades=[5, 6],
        survey_areas=[E510_UNDERVISNING, KL_PRESTASJONER],
        pillars=[PRAKSIS],
        tags=["overslag", "avrunding", "hoderegning", "hverdagsmatematikk", "økonomi"],
        author="Tor Arne Nyhus",
        school=NORDBYGDA,
        licence=BY,
        related=["brok-med-pizzamodeller", "prosentregning-med-rabatter-og-mva"],
        duration=45,
        goals=[
            "Jeg kan runde av til nærmeste tier og hundrer.",
            "Jeg kan gjøre et overslag og vurdere om svaret er rimelig.",
        ],
        aims=[
            (
                "MAT01-05",
                "bruke overslag og vurdere om svar er rimelige i praktiske situasjoner "
                "(etter 5. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("overslag", "Et raskt, omtrentlig svar regnet med avrundede tall."),
            ("avrunde", "Å gjøre et tall enklere, for eksempel 48 til 50."),
            ("budsjett", "Hvor mye penger man har å bruke."),
        ],
        equipment=[
            "Reklameaviser eller prislister",
            "Lekepenger",
            "Handlelapp med budsjett på 300 kr",
            "Oppgavearket «Handletur med overslag» (vedlegg)",
        ],
        steps=[
            (
                "Hvor mye koster det omtrent?",
                8,
                "helklasse",
                "Vis en handlekurv med fire varer. Elevene får ti sekunder til å anslå totalen. Hvordan tenkte de?",
            ),
            (
                "Avrundingsregler",
                7,
                "helklasse",
                "Gå gjennom avrunding til nærmeste tier og hundrer med tallinje som støtte.",
            ),
            (
                "Klassebutikken",
                20,
                "par",
                "Parene handler for inntil 300 kr. Før de betaler, skriver de et overslag og så den nøyaktige summen. "
                "Hvor stor ble forskjellen?",
            ),
            (
                "Rimelig svar?",
                7,
                "helklasse",
                "Vis tre kvitteringer der én er feil. Elevene bruker overslag for å finne feilen.",
            ),
        ],
        support="Bruk priser med hele tiere først, og la eleven ha en tallinje med hundrere og tiere.",
        challenge="Eleven får 10 % rabatt på én vare og må gjøre overslag med det også.",
        misconceptions=[
            (
                "Overslag er det samme som å gjette.",
                "Vis forskjellen: et overslag bygger på avrundede tall og regning, ikke på følelsen.",
            ),
        ],
        assessment="Se på parenes overslag og forskjellen fra nøyaktig sum. Diskuter med klassen når et overslag er "
        "«godt nok».",
        worksheet=Worksheet(
            title="Handletur med overslag",
            description="Oppgaver til klassebutikken.",
            lines=[
                "Navn: ____________________    Budsjett: 300 kr",
                "",
                "Vare                  Pris     Avrundet",
                "Melk                  23 kr    ______",
                "Brød                  38 kr    ______",
                "Ost                   89 kr    ______",
                "Epler                 32 kr    ______",
                "Kjøttdeig             57 kr    ______",
                "",
                "1. Mitt overslag for alle varene: ________ kr",
                "2. Nøyaktig sum: ________ kr",
                "3. Hvor stor er forskjellen? ________ kr",
                "4. Har jeg nok penger? Forklar med overslaget ditt.",
                "5. Kvitteringen viser 539 kr for de fem varene. Er det rimelig?",
                "   Hvorfor / hvorfor ikke?",
            ],
        ),
    ),
    Lesson(
        slug="fagtekst-om-et-dyr",
        title="Skriv en fagtekst om et dyr",
        summary=(
            "Elevene skriver en kort fagtekst om et norsk dyr med en skriveramme, modelltekst og "
            "tydelige kriterier. Økta viser hvordan lesing av sakprosa og skriving henger sammen."
        ),
        subjects=["norsk", "naturfag"],
        grades=[5, 6],
        survey_areas=[E510_UNDERVISNING, KL_PRESTASJONER, KL_MOTIVASJON],
        pillars=[PRAKSIS],
        tags=["skriving", "fagtekst", "skriveramme", "modelltekst", "sakprosa"],
        author="Silje Øverby",
        school=LUNDHEIM,
        related=["lesestrategier-for-under-og-etter-lesing", "debattinnlegg-argumenterende-tekst"],
        duration=90,
        goals=[
            "Jeg kan skrive en innledning som forteller hva teksten handler om.",
            "Jeg kan dele teksten i avsnitt med hver sin mellomoverskrift.",
            "Jeg kan bruke minst tre fagord riktig.",
        ],
        aims=[
            (
                "NOR01-06",
                "skrive sammenhengende tekster, inkludert sakprosa, med innledning, hoveddel og avslutning "
                "(etter 7. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("fagtekst", "En tekst som forklarer noe om et emne med fakta."),
            ("avsnitt", "En del av teksten som handler om én ting."),
            ("fagord", "Ord som hører til emnet, for eksempel «rovdyr» og «leveområde»."),
        ],
        equipment=[
            "Modelltekst om reven",
            "Skriverammen «Fagtekst om et dyr» (vedlegg)",
            "Faktabøker og utvalgte nettsider om norske dyr",
            "PC eller skrivebok",
        ],
        preparation="Velg ut faktakilder på passende lesenivå. Gi hver elev et dyr å skrive om, eller la dem velge "
        "fra en liste på ti norske dyr.",
        steps=[
            (
                "Les modellteksten",
                15,
                "helklasse",
                "Les fagteksten om reven sammen. Marker innledning, avsnitt, mellomoverskrifter og fagord med farger.",
            ),
            (
                "Lag kriterier",
                10,
                "helklasse",
                "Elevene foreslår hva som gjør teksten god. Lag tre–fire kriterier sammen og skriv dem på tavla.",
            ),
            ("Finn fakta", 20, "par", "Parene finner fakta om sine dyr og noterer stikkord i skriverammen."),
            (
                "Skriv",
                35,
                "individuelt",
                "Elevene skriver teksten. Læreren veileder med utgangspunkt i kriteriene og gir korte, konkrete innspill.",
            ),
            (
                "Respons",
                10,
                "par",
                "Elevene leser hverandres tekster og gir én stjerne og ett ønske knyttet til kriteriene.",
            ),
        ],
        support="Gi skriverammen med setningsstartere («Reven lever i …», «Den spiser …») og en ordbank med fagord.",
        challenge="Eleven legger til en faktaboks og en bildetekst, og skriver en avslutning som sammenligner to dyr.",
        multilingual="La eleven lage en ordliste med fagord på norsk og morsmål før skrivingen.",
        misconceptions=[
            (
                "En fagtekst skal inneholde egne meninger om dyret.",
                "Sammenlign en setning med mening («reven er søt») og en med fakta («reven er et rovdyr»).",
            ),
        ],
        assessment="Vurder tekstene etter kriteriene fra timen. Gi en framovermeldende kommentar: "
        "hva er bra, og hva er neste steg?",
        worksheet=Worksheet(
            title="Skriveramme: fagtekst om et dyr",
            description="Skriveramme med setningsstartere.",
            lines=[
                "Dyret mitt: ____________________",
                "",
                "INNLEDNING – Hva er dyret? (1–2 setninger)",
                "  ______ er et ______ som lever i ______.",
                "",
                "AVSNITT 1 – Utseende  (mellomoverskrift: ____________)",
                "  Den er omtrent ____ lang og har ______.",
                "AVSNITT 2 – Leveområde  (mellomoverskrift: ____________)",
                "  Den lever i ______, fordi ______.",
                "AVSNITT 3 – Mat  (mellomoverskrift: ____________)",
                "  Den spiser ______. Den er et rovdyr / planteeter / altetende.",
                "AVSNITT 4 – Unger og levealder",
                "",
                "AVSLUTNING – Et interessant faktum eller en oppsummering.",
                "",
                "Fagord jeg har brukt: ____________________________",
                "Sjekkliste: [ ] innledning  [ ] avsnitt  [ ] mellomoverskrifter",
                "            [ ] minst tre fagord  [ ] avslutning",
            ],
        ),
    ),
    Lesson(
        slug="exit-tickets-what-did-i-learn-today",
        title="Exit tickets in English: What did I learn today?",
        summary=(
            "En kort rutine for slutten av engelsktimen der elevene skriver hva de har lært, og hva de lurer på. "
            "Læreren bruker svarene til å planlegge neste time."
        ),
        subjects=["engelsk"],
        grades=[6, 7],
        survey_areas=[E510_UNDERVISNING, L_UNDERVISNINGEN, E510_MESTRING],
        pillars=[PRAKSIS, KARTLEGGING],
        tags=["vurdering for læring", "exit ticket", "engelsk", "egenvurdering", "tilbakemelding"],
        author="Linn Kristiansen",
        school=SOLHAUG,
        licence=BY,
        related=["exit-ticket-maler"],
        duration=45,
        goals=[
            "I can write one thing I learned today in English.",
            "Jeg kan si hva jeg trenger å øve mer på.",
        ],
        aims=[
            (
                "ENG01-04",
                "reflektere over egen læring og bruke egne erfaringer med språklæring i læringsarbeidet "
                "(etter 7. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("exit ticket", "En lapp elevene skriver før de går ut av timen."),
            ("I learned …", "Jeg lærte …"),
            ("I wonder …", "Jeg lurer på …"),
        ],
        equipment=["Exit ticket-maler (se læremiddelet «Exit ticket-maler»)", "En boks eller konvolutt"],
        steps=[
            (
                "Timens innhold",
                33,
                "helklasse",
                "Gjennomfør timen som vanlig, for eksempel arbeid med en tekst om skoledagen i England. "
                "Vis målet for timen på tavla hele tiden.",
            ),
            (
                "Skriv exit ticket",
                7,
                "individuelt",
                "Elevene fyller ut tre linjer: «Today I learned …», «I am not sure about …», «I wonder …».",
            ),
            (
                "Sortering",
                5,
                "helklasse",
                "Elevene legger lappene i en av tre bokser: «Got it», «Almost», «Need help». "
                "Læreren tar med boksene og ser på dem før neste time.",
            ),
        ],
        support="Gi setningsstartere og en ordbank. Eleven kan skrive ett ord og tegne resten.",
        challenge="Eleven skriver et spørsmål til en medelev om dagens tema som skal besvares neste time.",
        misconceptions=[
            (
                "Exit tickets er en prøve.",
                "Si tydelig at lappene bare er for læreren, gir ingen karakter, og brukes til å planlegge neste time.",
            ),
        ],
        assessment="Start neste time med å vise to–tre anonyme svar og forklar hvordan du har endret planen ut fra "
        "dem. Det viser elevene at svarene deres betyr noe.",
    ),
    Lesson(
        slug="vannets-kretslop-i-en-pose",
        title="Vannets kretsløp i en pose",
        summary=(
            "Elevene lager en modell av vannets kretsløp i en gjennomsiktig pose på vinduet og følger fordamping, "
            "kondensasjon og nedbør over en uke."
        ),
        subjects=["naturfag"],
        grades=[5, 6],
        survey_areas=[E510_UNDERVISNING, KL_MOTIVASJON],
        pillars=[PRAKSIS],
        tags=["vannets kretsløp", "modell", "forsøk", "utforskende arbeid"],
        author="Anders Løkken",
        school=SJOBAKKEN,
        related=["hva-trenger-en-plante-for-a-vokse"],
        duration=60,
        goals=[
            "Jeg kan forklare ordene fordamping, kondensasjon og nedbør.",
            "Jeg kan bruke en modell til å forklare vannets kretsløp.",
        ],
        aims=[
            (
                "NAT01-04",
                "utforske og beskrive vannets kretsløp og bruke modeller til å forklare det "
                "(etter 7. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("fordamping", "Når vann blir til vanndamp."),
            ("kondensasjon", "Når vanndamp blir til vanndråper igjen, for eksempel på et kaldt vindu."),
            ("nedbør", "Vann som faller fra skyene som regn, snø eller hagl."),
            ("modell", "En forenklet utgave av noe i virkeligheten som hjelper oss å forstå det."),
        ],
        equipment=["Gjennomsiktige lynlåsposer", "Vann med blå konditorfarge", "Tusj", "Tape"],
        steps=[
            (
                "Hvor blir det av vannet?",
                10,
                "helklasse",
                "Vis et bilde av en sølepytt før og etter en solrik dag. Elevene skriver en forklaring i par.",
            ),
            (
                "Lag modellen",
                20,
                "par",
                "Elevene tegner sol, sky og hav på posen, heller i litt blått vann og teiper posen på et solrikt vindu.",
            ),
            (
                "Forklar med ord",
                15,
                "par",
                "Parene skriver fagordene på posen der de tror det skjer, og forklarer for et annet par.",
            ),
            (
                "Oppsummering",
                10,
                "helklasse",
                "Tegn kretsløpet på tavla sammen. Hva er likt og ulikt mellom modellen og virkeligheten?",
            ),
        ],
        support="Gi eleven en ferdig tegnet figur der fagordene skal settes på riktig plass.",
        challenge="Eleven forklarer hva modellen ikke viser (for eksempel vind, grunnvann og snø).",
        misconceptions=[
            ("Skyene er laget av vanndamp.", "Skyene er bittesmå vanndråper eller iskrystaller. Vanndamp er usynlig."),
            ("Vannet forsvinner når det fordamper.", "Vis dråpene på innsiden av posen: vannet har bare endret form."),
        ],
        assessment="Se på posene etter en uke. Elevene forklarer kretsløpet muntlig for læreren med minst tre fagord.",
    ),
    Lesson(
        slug="kart-og-malestokk-i-naermiljoet",
        title="Kart og målestokk i nærmiljøet",
        summary=(
            "Elevene leser et kart over skolens nærmiljø, regner ut avstander med målestokk og lager sitt eget kart "
            "over skolevegen. Kombinerer samfunnsfag og matematikk."
        ),
        subjects=["samfunnsfag", "matematikk"],
        grades=B57,
        survey_areas=[E510_UNDERVISNING, KL_PRESTASJONER],
        pillars=[PRAKSIS],
        tags=["kart", "målestokk", "nærmiljø", "uteskole", "tverrfaglig"],
        author="Eirik Haugen",
        school=NORDBYGDA,
        related=["kartlesing-tegnforklaring-og-malestokk"],
        image_alt="Utsnitt av et enkelt kart med skole, elv og vei, og en målestokk nederst.",
        duration=90,
        goals=[
            "Jeg kan bruke tegnforklaringen til å finne steder på kartet.",
            "Jeg kan regne ut en avstand i virkeligheten med målestokken.",
            "Jeg kan lage et kart med tegnforklaring og himmelretninger.",
        ],
        aims=[
            (
                "SAF01-04",
                "lese, tolke og lage kart og bruke digitale kart til å finne fram og beskrive steder "
                "(etter 7. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("målestokk", "Forholdet mellom avstand på kartet og i virkeligheten, for eksempel 1:10 000."),
            ("tegnforklaring", "Oversikten som forklarer hva symbolene på kartet betyr."),
            ("himmelretning", "Nord, sør, øst og vest."),
        ],
        equipment=[
            "Utskrift av kart over nærmiljøet (f.eks. fra norgeskart.no)",
            "Linjal",
            "Kompass",
            "Oppgavearket «Kart og målestokk» (vedlegg)",
        ],
        steps=[
            (
                "Hva viser et kart?",
                10,
                "helklasse",
                "Sammenlign et flyfoto og et kart av skolen. Hva er tatt med, og hva er utelatt?",
            ),
            (
                "Tegnforklaring og himmelretninger",
                15,
                "par",
                "Parene finner fem steder på kartet ved hjelp av tegnforklaringen og beskriver hvor de ligger.",
            ),
            (
                "Regn med målestokk",
                25,
                "par",
                "Parene måler avstander på kartet og regner om til meter. Én avstand sjekker de ute med skritt eller målehjul.",
            ),
            (
                "Mitt skoleveikart",
                30,
                "individuelt",
                "Elevene tegner sin egen skolevei med tegnforklaring, nordpil og omtrentlig målestokk.",
            ),
            ("Galleri", 8, "helklasse", "Elevene ser på hverandres kart og gir tilbakemelding på tegnforklaringen."),
        ],
        support="Gi et kart med rutenett og en ferdig tegnforklaring. Bruk målestokk 1:1000 som er enkel å regne med.",
        challenge="Eleven sammenligner avstanden i luftlinje og langs veien, og regner ut hvor lang tid turen tar.",
        misconceptions=[
            (
                "Nord er alltid «opp» i virkeligheten.",
                "Gå ut med kompass og vis at nord på kartet må snus etter terrenget.",
            ),
        ],
        assessment="Vurder skoleveikartet etter tre kriterier: tegnforklaring, himmelretning og målestokk.",
        worksheet=Worksheet(
            title="Kart og målestokk",
            description="Oppgaver til kartet over nærmiljøet.",
            lines=[
                "Navn: ____________________    Målestokk på kartet: 1 : 10 000",
                "(1 cm på kartet = 100 m i virkeligheten)",
                "",
                "1. Finn skolen, idrettsplassen og butikken. Skriv symbolene.",
                "2. I hvilken himmelretning ligger idrettsplassen fra skolen?",
                "3. Mål avstanden skole–butikk på kartet: ____ cm = ____ m",
                "4. Mål avstanden skole–elva: ____ cm = ____ m",
                "5. Ola går 400 m. Hvor mange cm er det på kartet?",
                "6. Tegn et symbol for et sted som mangler på kartet, og",
                "   lag en tegnforklaring til det.",
                "",
                "Utfordring: Hvor lang tid tar det å gå fra skolen til butikken",
                "hvis du går 80 meter i minuttet?",
            ],
        ),
    ),
    Lesson(
        slug="samenes-nasjonaldag-og-samisk-kultur",
        title="Samenes nasjonaldag og samisk kultur",
        summary=(
            "Elevene lærer om samene som urfolk, om samenes nasjonaldag 6. februar og om sørsamisk kultur i "
            "Innlandet. Opplegget bruker bilder, kart og en kort film som utgangspunkt for samtale."
        ),
        subjects=["samfunnsfag", "krle"],
        grades=B57,
        survey_areas=[E510_KLASSEN, L_LAERINGSKULTUR],
        pillars=[PRAKSIS],
        tags=["samisk kultur", "urfolk", "mangfold", "demokrati og medborgerskap"],
        author="Hanne Strand",
        school=FURULY,
        licence=BY_NC_SA,
        related=["hoytider-i-klassen-var"],
        duration=60,
        goals=[
            "Jeg kan forklare hva det betyr at samene er et urfolk.",
            "Jeg kan fortelle hvorfor samene feirer 6. februar.",
            "Jeg kan nevne noe som kjennetegner sørsamisk kultur.",
        ],
        aims=[
            (
                "SAF01-04",
                "samtale om samiske rettigheter og samenes status som urfolk og utforske samisk kultur "
                "(etter 7. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            (
                "urfolk",
                "En folkegruppe som bodde i et område før dagens statsgrenser ble trukket, og som har "
                "sin egen kultur og sitt eget språk.",
            ),
            ("Sápmi", "Samenes område, som strekker seg over Norge, Sverige, Finland og Russland."),
            ("sørsamisk", "Et av de samiske språkene, brukt blant annet i Innlandet og Trøndelag."),
        ],
        equipment=["Kart over Sápmi", "Bilder av samisk flagg og kofter", "En kort film fra NRK Sápmi eller NRK Skole"],
        preparation="Sjekk om det finnes samiske elever eller foreldre i klassen som vil bidra, men legg ikke press "
        "på noen om å representere en hel kultur.",
        steps=[
            ("Hva vet vi?", 10, "helklasse", "Elevene skriver det de vet om samer på lapper. Sorter lappene sammen."),
            (
                "Kart og begreper",
                15,
                "helklasse",
                "Vis Sápmi på kartet og forklar urfolk. Fortell at det første samiske landsmøtet ble holdt i Trondheim "
                "6. februar 1917, og at dagen derfor er samenes nasjonaldag.",
            ),
            ("Film og samtale", 15, "grupper", "Se en kort film og svar på tre spørsmål i grupper."),
            (
                "Lag en faktaplakat",
                15,
                "grupper",
                "Gruppene lager en plakat om ett tema: språk, duodji (håndverk), reindrift eller joik.",
            ),
            ("Oppsummering", 5, "helklasse", "Se på lappene fra starten. Hva vet vi nå som vi ikke visste?"),
        ],
        support="Gi gruppa en faktatekst med bilder på lett norsk.",
        challenge="Eleven undersøker hvordan Sametinget fungerer og presenterer kort.",
        misconceptions=[
            (
                "Alle samer driver med reindrift.",
                "Bare et mindretall av samene driver reindrift i dag. Samer har alle slags yrker.",
            ),
            (
                "Samisk er ett språk.",
                "Det finnes flere samiske språk, for eksempel nordsamisk, lulesamisk og sørsamisk.",
            ),
        ],
        assessment="Plakatene vurderes etter om de forklarer temaet med egne ord og bruker begrepet urfolk riktig.",
    ),
    Lesson(
        slug="etiske-dilemmaer-hva-er-rettferdig",
        title="Etiske dilemmaer: hva er rettferdig?",
        summary=(
            "Elevene drøfter hverdagsdilemmaer i en strukturert samtale der de må begrunne synspunktene sine og "
            "lytte til andres. Trener filosofisk samtale og argumentasjon."
        ),
        subjects=["krle"],
        grades=[6, 7],
        survey_areas=[E510_KLASSEN, KL_SOSIAL, L_LAERINGSKULTUR],
        pillars=[PRAKSIS],
        tags=["etikk", "filosofisk samtale", "argumentasjon", "rettferdighet"],
        author="Petter Engen",
        school=LUNDHEIM,
        related=["samtalekort-etiske-dilemmaer", "livssyn-og-etikk-menneskeverd"],
        duration=60,
        goals=[
            "Jeg kan begrunne et standpunkt med minst ett argument.",
            "Jeg kan lytte til andre og bygge videre på det de sier.",
        ],
        aims=[
            (
                "RLE01-03",
                "utforske og drøfte etiske spørsmål knyttet til rettferdighet og menneskeverd, og "
                "samtale om dem med respekt (etter 7. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("dilemma", "En situasjon der man må velge, og alle valgene har noe galt ved seg."),
            ("argument", "En grunn som støtter det man mener."),
            ("rettferdig", "Når alle blir behandlet på en måte som er riktig og like god."),
        ],
        equipment=["Samtalekort med dilemmaer", "Fire hjørner merket «enig», «litt enig», «litt uenig», «uenig»"],
        steps=[
            (
                "Samtaleregler",
                5,
                "helklasse",
                "Gå gjennom tre regler: én snakker om gangen, vi kritiserer argumenter – ikke personer, "
                "det er lov å ombestemme seg.",
            ),
            (
                "Fire hjørner",
                20,
                "helklasse",
                "Les et dilemma. Elevene går til hjørnet som passer best og forklarer valget sitt. "
                "Etter noen argumenter kan de bytte hjørne.",
            ),
            (
                "Dilemma i grupper",
                20,
                "grupper",
                "Gruppene trekker et samtalekort og skriver argumenter for og mot før de blir enige om et svar.",
            ),
            (
                "Refleksjon",
                10,
                "helklasse",
                "Hva fikk deg til å tenke annerledes i dag? Elevene skriver to setninger i loggboka.",
            ),
        ],
        support="Gi setningsstartere: «Jeg mener … fordi …», «Jeg er enig med … men …».",
        challenge="Eleven formulerer et nytt dilemma til klassen og forklarer hvilke verdier som står mot hverandre.",
        misconceptions=[
            (
                "Rettferdig betyr at alle får nøyaktig det samme.",
                "Bruk eksempelet briller: er det rettferdig at bare de som trenger briller, får det?",
            ),
        ],
        assessment="Lytt etter begrunnelser og bruk av «fordi». Loggbøkene gir innsikt i refleksjonen.",
    ),
    Lesson(
        slug="lesegrupper-med-gjensidig-undervisning",
        title="Lesegrupper med gjensidig undervisning",
        summary=(
            "Elevene leser i grupper på fire med faste roller: spørsmålsstiller, oppklarer, oppsummerer og "
            "spåmann. Metoden bygger på forskning om gjensidig undervisning (reciprocal teaching)."
        ),
        subjects=["norsk"],
        grades=B57,
        survey_areas=[E510_UNDERVISNING, KL_PRESTASJONER, L_LAERINGSKULTUR],
        pillars=[PRAKSIS, KAPASITET],
        tags=["lesing", "lesestrategier", "leseforståelse", "samarbeidslæring", "gjensidig undervisning"],
        author="Silje Øverby",
        school=LUNDHEIM,
        related=["lesestrategier-for-under-og-etter-lesing", "fagtekst-om-et-dyr", "plakat-lesestrategier"],
        image_alt="Fire elever rundt et bord med hver sitt rollekort og samme tekst foran seg.",
        duration=60,
        goals=[
            "Jeg kan stille spørsmål til teksten som hjelper gruppa å forstå.",
            "Jeg kan oppsummere et avsnitt kort.",
            "Jeg kan forklare et vanskelig ord ut fra sammenhengen.",
        ],
        aims=[
            (
                "NOR01-06",
                "lese skjønnlitteratur og sakprosa og bruke egnede lesestrategier for å forstå tekstene "
                "(etter 7. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("spå", "Å gjette hva som kommer, ut fra det man vet."),
            ("oppklare", "Å finne ut hva et vanskelig ord eller en vanskelig setning betyr."),
            ("gjensidig undervisning", "En måte å lese på der elevene bytter på å lede samtalen om teksten."),
        ],
        equipment=["Rollekort (vedlegg)", "En tekst delt i fire avsnitt, kopiert til alle", "Timeglass"],
        preparation="Velg en tekst som er litt krevende, men ikke for vanskelig. Del klassen i grupper på fire og "
        "bestem hvem som starter i hvilken rolle.",
        steps=[
            (
                "Modellering av rollene",
                15,
                "helklasse",
                "Læreren leser første avsnitt og viser hver av de fire rollene med tenk-høyt.",
            ),
            (
                "Lesing i grupper",
                30,
                "grupper",
                "Gruppene leser ett avsnitt om gangen. Etter hvert avsnitt gjør hver elev sin rolle. "
                "Rollekortene sendes videre slik at alle prøver alle rollene.",
            ),
            ("Felles oppsummering", 10, "helklasse", "Hver gruppe deler ett godt spørsmål og ett ord de oppklarte."),
            ("Egenvurdering", 5, "individuelt", "Elevene krysser av hvilken rolle som var lettest og vanskeligst."),
        ],
        support="Gi elevene setningsstartere på rollekortene og la dem starte med rollen som spåmann, som ofte er enklest.",
        challenge="Elever som mestrer rollene, leder en gruppe med yngre elever eller lager spørsmål «mellom linjene».",
        misconceptions=[
            ("Oppsummering er å gjenfortelle alt.", "Begrens oppsummeringen til én setning på maks 15 ord."),
        ],
        assessment="Observer én gruppe per økt med en enkel sjekkliste over rollene. Etter fire uker har du sett alle.",
        worksheet=Worksheet(
            title="Rollekort: gjensidig undervisning",
            description="Fire rollekort til klipping.",
            lines=[
                "SPÅMANN",
                "  «Jeg tror teksten vil handle om … fordi …»",
                "  «Jeg tror det som skjer videre, er …»",
                "",
                "SPØRSMÅLSSTILLER",
                "  «Hvem …? Hva …? Hvorfor …? Hvordan …?»",
                "  Still ett spørsmål som svaret står i teksten, og ett der",
                "  dere må tenke selv.",
                "",
                "OPPKLARER",
                "  «Et ord jeg ikke forsto, var …»",
                "  «Jeg tror det betyr … fordi det står …»",
                "",
                "OPPSUMMERER",
                "  «Det viktigste i dette avsnittet er …»",
                "  Bruk høyst 15 ord.",
                "",
                "Bytt rollekort med personen til venstre etter hvert avsnitt.",
            ],
        ),
    ),
    Lesson(
        slug="klassens-samarbeidsregler",
        title="Vi lager klassens samarbeidsregler",
        summary=(
            "Elevene utvikler få, positive og konkrete regler for samarbeid i klassen og øver på dem. "
            "Opplegget passer ved skolestart eller når det er uro i klassen."
        ),
        subjects=["tverrfaglig"],
        grades=B57,
        survey_areas=[E510_KLASSEN, E510_ATFERD, L_LAERINGSKULTUR, KL_SOSIAL],
        pillars=[PRAKSIS, RETNING],
        tags=["klasseledelse", "regler", "samarbeid", "klassemiljø", "elevmedvirkning"],
        author="Ola Dahl",
        school=NORDBYGDA,
        related=["morgenrutine-med-tydelige-mal", "plakat-klassens-samarbeidsregler"],
        duration=45,
        goals=[
            "Jeg vet hvilke regler vi har for samarbeid i klassen.",
            "Jeg kan vise hvordan en regel ser ut i praksis.",
        ],
        aims=[
            (
                "",
                "Overordnet del, 3.1 Et inkluderende læringsmiljø: elevene skal få erfare at de kan påvirke "
                "fellesskapet (omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("regel", "En avtale om hvordan vi skal oppføre oss."),
            ("samarbeid", "Når flere jobber sammen mot det samme målet."),
        ],
        equipment=["Store ark og tusjer", "Klistremerker til avstemning"],
        steps=[
            (
                "God og dårlig samarbeid",
                10,
                "helklasse",
                "Elevene forteller om en gang de samarbeidet godt. Hva gjorde de andre da? Skriv stikkord på tavla.",
            ),
            (
                "Forslag i grupper",
                12,
                "grupper",
                "Gruppene formulerer to regler som sier hva vi skal gjøre, ikke hva vi ikke skal gjøre.",
            ),
            ("Velg tre regler", 10, "helklasse", "Klassen stemmer med klistremerker. Velg maks tre–fire regler."),
            (
                "Hvordan ser det ut?",
                10,
                "grupper",
                "Gruppene viser én regel i et kort rollespill: hvordan ser og hører det ut når vi følger regelen?",
            ),
        ],
        support="Bruk bilder ved hver regel på plakaten og gi eleven en kopi på pulten.",
        challenge="Elever kan lage en plan for hvordan klassen skal evaluere reglene etter tre uker.",
        misconceptions=[
            (
                "Mange regler gir mer ro.",
                "Få og tydelige regler som læreren følger opp konsekvent, virker bedre enn mange.",
            ),
        ],
        assessment="Evaluer reglene i klassemøte etter tre uker. Følg med på om det er færre avbrudd i timene.",
    ),
    Lesson(
        slug="soylediagram-av-klassens-data",
        title="Søylediagram av klassens egne data",
        summary=(
            "Elevene samler inn data om hvordan de kommer seg til skolen, lager tabell og søylediagram i regneark "
            "og tolker resultatet. Et eget datasett fra en tenkt klasse gir ekstra øving."
        ),
        subjects=["matematikk"],
        grades=B57,
        survey_areas=[E510_UNDERVISNING, KL_PRESTASJONER],
        pillars=[PRAKSIS, KARTLEGGING],
        tags=["statistikk", "diagram", "regneark", "digitale verktøy", "data"],
        author=MATTENETTVERK,
        school=FJELLVANG,
        licence=BY,
        related=["datasett-skolevei-og-transport", "brok-med-pizzamodeller"],
        duration=60,
        goals=[
            "Jeg kan samle inn data og ordne dem i en tabell.",
            "Jeg kan lage et søylediagram i et regneark.",
            "Jeg kan skrive to påstander som diagrammet viser.",
        ],
        aims=[
            (
                "MAT01-05",
                "samle, sortere og representere data i tabeller og diagrammer, også digitalt, og "
                "presentere og samtale om resultatene (etter 7. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("data", "Opplysninger vi samler inn, for eksempel svar på et spørsmål."),
            ("frekvens", "Hvor mange ganger et svar forekommer."),
            ("søylediagram", "Et diagram der høyden på søylene viser hvor mange."),
        ],
        equipment=["PC eller nettbrett med regneark", "Datasettet «Skolevei og transport» (CSV)"],
        steps=[
            (
                "Hvordan kom du til skolen i dag?",
                10,
                "helklasse",
                "Elevene svarer ved å stille seg i grupper i rommet. Tell opp og lag en tabell på tavla.",
            ),
            (
                "Regneark",
                20,
                "par",
                "Parene legger tabellen inn i regnearket og lager søylediagram. Vis hvordan man setter titler på aksene.",
            ),
            (
                "Det store datasettet",
                20,
                "par",
                "Parene åpner datasettet fra en tenkt skole og sammenligner med sin egen klasse.",
            ),
            (
                "Påstander",
                8,
                "helklasse",
                "Parene skriver to påstander de kan bevise med diagrammet. Klassen vurderer om påstandene holder.",
            ),
        ],
        support="Gi et regneark der tabellen er ferdig satt opp, slik at eleven kan konsentrere seg om diagrammet.",
        challenge="Eleven lager et sektordiagram også og drøfter hvilket diagram som passer best.",
        misconceptions=[
            ("Diagrammet viser alltid hele sannheten.", "Vis hvordan en avkuttet y-akse kan overdrive forskjeller."),
        ],
        assessment="Vurder påstandene: er de riktige, og kan de begrunnes med diagrammet?",
    ),
    Lesson(
        slug="ballspill-der-alle-lykkes",
        title="Ballspill der alle lykkes",
        summary=(
            "En kroppsøvingstime med ballspill i små lag, tilpassede regler og egne mål, slik at alle elever får "
            "mange ballberøringer og opplever mestring."
        ),
        subjects=["kroppsoving"],
        grades=B57,
        survey_areas=[E510_MESTRING, E510_TRIVSEL, KL_MOTIVASJON],
        pillars=[PRAKSIS],
        tags=["mestring", "ballspill", "kroppsøving", "tilpasset opplæring", "inkludering"],
        author="Kristian Moen",
        school=SOLHAUG,
        related=["elevsamtalen-jeg-setter-meg-et-mal"],
        image_alt="Elever i gymsal som spiller ball i små lag med kjegler som mål.",
        duration=60,
        goals=[
            "Jeg kan sette meg et eget mål for timen.",
            "Jeg kan samarbeide med laget mitt.",
            "Jeg kan sentre ballen slik at en medspiller kan ta den imot.",
        ],
        aims=[
            (
                "KRO01-05",
                "trene på og utvikle ferdigheter i ulike bevegelsesaktiviteter og lagspill, og samarbeide "
                "og vise respekt (etter 7. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("mestring", "Å få til noe man har øvd på."),
            ("pasning", "Når du sender ballen til en medspiller."),
        ],
        equipment=["Myke baller", "Kjegler", "Vester i fire farger", "Målkort"],
        steps=[
            (
                "Oppvarming og mål",
                10,
                "helklasse",
                "Oppvarming med ball. Hver elev velger et målkort: «Jeg vil ta imot ti pasninger» eller lignende.",
            ),
            ("Pasningsøvelser", 15, "par", "Parene øver pasninger på ulike avstander. Elevene velger avstand selv."),
            (
                "Spill i små lag",
                25,
                "grupper",
                "Tre mot tre på små baner. Regel: alle på laget må ha rørt ballen før det kan scores.",
            ),
            ("Avslutning", 8, "helklasse", "Elevene forteller om de nådde målet sitt, og hva som hjalp."),
        ],
        support="Eleven kan bruke en større og mykere ball og spille på en bane uten motstandere først.",
        challenge="Eleven spiller med svakere hånd eller fot, eller har rolle som spillende trener.",
        misconceptions=[
            (
                "Mestring i kroppsøving handler om å vinne.",
                "Snakk om at mestring betyr å bli bedre enn sist – ikke å være best.",
            ),
        ],
        assessment="Elevene vurderer eget mål på målkortet. Læreren noterer hvem som trenger flere tilpasninger.",
    ),
    Lesson(
        slug="stempeltrykk-med-egne-monstre",
        title="Stempeltrykk med egne mønstre",
        summary=(
            "Elevene lager egne stempler av skumplast og trykker mønstre med rapport på stoff eller papir. "
            "De lærer om mønsterbygging og om hvordan trykk har vært brukt i norsk design."
        ),
        subjects=["kunst-og-handverk"],
        grades=[6, 7],
        survey_areas=[KL_MOTIVASJON, E510_TRIVSEL],
        pillars=[PRAKSIS],
        tags=["trykk", "mønster", "design", "skaperglede", "formgiving"],
        author="Camilla Bråten",
        school=SJOBAKKEN,
        licence=BY_NC_SA,
        related=["monster-og-symmetri-med-perler", "design-og-redesign-gjenbruk"],
        step_image=(2, "Stoffpose med et blått trykket mønster av bladformer i rapport."),
        duration=90,
        goals=[
            "Jeg kan lage et stempel med en enkel form.",
            "Jeg kan trykke et mønster i rapport.",
            "Jeg kan fortelle om valgene jeg gjorde.",
        ],
        aims=[
            (
                "KHV01-02",
                "eksperimentere med trykk og mønster og bruke mønster i egne produkter "
                "(etter 7. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("rapport", "Når et mønster gjentas på en fast måte over en flate."),
            ("stempel", "En form med mønster som farges og trykkes på en flate."),
        ],
        equipment=["Skumplastplater", "Trekloss", "Trykkfarge for stoff", "Valser", "Stoffposer eller papir"],
        steps=[
            ("Inspirasjon", 15, "helklasse", "Vis eksempler på trykte mønstre fra norsk design og fra naturen."),
            (
                "Lag stempel",
                25,
                "individuelt",
                "Elevene skisserer en form, klipper den i skumplast og limer på klossen.",
            ),
            (
                "Prøvetrykk og rapport",
                35,
                "individuelt",
                "Elevene prøver ulike rapporter på papir før de trykker på posen.",
            ),
            ("Utstilling", 10, "helklasse", "Elevene forteller om valgene sine for en makker."),
        ],
        support="Gi ferdige maler for enkle former og et rutenett som hjelper med rapporten.",
        challenge="Eleven lager to stempler som skal passe sammen i et mer komplekst mønster.",
        misconceptions=[
            ("Stempelet trykkes slik det ser ut.", "Minn om at trykket blir speilvendt – viktig ved bokstaver.")
        ],
        assessment="Vurder prosessen (skisser og prøvetrykk) like mye som sluttproduktet.",
    ),
    Lesson(
        slug="sunn-matpakke",
        title="Sunn matpakke: vi planlegger et næringsrikt måltid",
        summary=(
            "Elevene bruker tallerkenmodellen til å planlegge og lage en næringsrik matpakke, og sammenligner "
            "innholdet med kostrådene."
        ),
        subjects=["mat-og-helse"],
        grades=[5, 6],
        survey_areas=[KL_MOTIVASJON, E510_TRIVSEL],
        pillars=[PRAKSIS],
        tags=["kosthold", "matpakke", "tallerkenmodellen", "helse"],
        author="Mona Rustad",
        school=SJOBAKKEN,
        licence=BY,
        related=["fra-korn-til-brod", "oppskriftshefte-sunne-matpakker"],
        duration=90,
        goals=[
            "Jeg kan forklare tallerkenmodellen.",
            "Jeg kan sette sammen en matpakke med brødmat, pålegg og frukt eller grønnsaker.",
        ],
        aims=[
            (
                "MHE01-02",
                "planlegge og lage måltider i tråd med kostrådene og samtale om matvaner "
                "(etter 7. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            (
                "tallerkenmodellen",
                "En modell som viser hvordan en tallerken kan fordeles mellom grønnsaker, karbohydrater og proteiner.",
            ),
            ("næringsstoff", "Stoffer kroppen trenger, som proteiner, fett, karbohydrater, vitaminer og mineraler."),
        ],
        equipment=["Grovt brød", "Ulike pålegg", "Grønnsaker og frukt", "Matbokser", "Plakat med tallerkenmodellen"],
        steps=[
            (
                "Hva har du i matpakken?",
                10,
                "helklasse",
                "Elevene tegner dagens matpakke og sammenligner med tallerkenmodellen.",
            ),
            ("Planlegg", 15, "par", "Parene planlegger en matpakke og begrunner valgene."),
            ("Lag matpakken", 35, "par", "Parene lager matpakken sin. Hygiene og rydding gjennomgås først."),
            ("Smak og vurder", 20, "helklasse", "Elevene spiser og vurderer hverandres matpakker etter tre kriterier."),
        ],
        support="Gi eleven bildekort av matvarer som kan sorteres i tallerkenmodellen.",
        challenge="Eleven regner ut omtrentlig pris per matpakke og foreslår et rimeligere alternativ.",
        misconceptions=[("Alt fett er usunt.", "Snakk om forskjellen på umettet fett (fisk, nøtter) og mettet fett.")],
        assessment="Elevene leverer en kort begrunnelse for matpakken sin med bruk av to fagbegreper.",
    ),
    Lesson(
        slug="elevsamtalen-jeg-setter-meg-et-mal",
        title="Elevsamtalen: jeg setter meg et mål",
        summary=(
            "En strukturert elevsamtale der eleven og kontaktlæreren ser på arbeid eleven er fornøyd med, "
            "og blir enige om ett konkret læringsmål og hvordan eleven skal nå det."
        ),
        subjects=["tverrfaglig"],
        grades=B57,
        survey_areas=[E510_RELASJON_LAERER, E510_MESTRING, KL_MOTIVASJON, L_STOTTE, L_MOTIVASJON],
        pillars=[PRAKSIS],
        tags=["elevsamtale", "mestringsforventning", "relasjoner", "målsetting", "vurdering for læring"],
        author="Ingrid Sveen",
        school=FURULY,
        related=["ballspill-der-alle-lykkes", "trygg-start-bli-kjent-med-kontaktlaereren"],
        duration=30,
        goals=[
            "Jeg kan fortelle hva jeg er god til på skolen.",
            "Jeg kan sette meg ett mål som jeg vet hvordan jeg skal nå.",
        ],
        aims=[
            (
                "",
                "Overordnet del, 2.4 Å lære å lære: elevene skal reflektere over egen læring og sette seg mål "
                "(omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("læringsmål", "Det du vil lære, skrevet slik at du vet når du har nådd det."),
            ("delmål", "Et lite steg på veien mot et større mål."),
        ],
        equipment=["Elevens arbeidsmappe", "Skjema for mål og delmål", "Rolig rom uten avbrudd"],
        preparation="Be eleven velge ut to arbeider hun eller han er fornøyd med før samtalen. Les gjennom "
        "elevens mappe og notater fra forrige samtale.",
        steps=[
            (
                "Hva er du fornøyd med?",
                8,
                "individuelt",
                "Eleven viser arbeidene sine og forteller hva som gikk bra. Læreren spør hva eleven gjorde for å få det til.",
            ),
            (
                "Hva vil du bli bedre på?",
                10,
                "individuelt",
                "Sammen finner dere ett område. Læreren hjelper eleven å formulere et mål som er konkret og mulig å nå.",
            ),
            (
                "Plan og delmål",
                8,
                "individuelt",
                "Skriv to delmål og hva eleven og læreren skal gjøre. Avtal når dere følger opp.",
            ),
            (
                "Avslutning",
                4,
                "individuelt",
                "Eleven sier målet med egne ord. Læreren uttrykker tro på at eleven vil klare det.",
            ),
        ],
        support="Tilby valg mellom tre ferdig formulerte mål når det er vanskelig for eleven å finne ett selv.",
        challenge="Eleven lager selv en måte å måle framgangen på, for eksempel en graf over lesehastighet.",
        misconceptions=[
            (
                "Mål skal være store og ambisiøse for å motivere.",
                "Mål som er litt over det eleven mestrer i dag, gir mestringsopplevelser og styrker troen på egen læring.",
            ),
        ],
        assessment="Følg opp målet etter tre–fire uker. Noter elevens egen vurdering av framgang.\n\n"
        "[!Forskningen bak] Se forskningsoppsummeringene om mestringsforventning og om relasjonen "
        "mellom lærer og elev.",
    ),
]
