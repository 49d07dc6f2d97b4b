"""Undervisningsopplegg for 1.–4. trinn."""

from resources.demo.common import (
    B14,
    BJORKELIA,
    BY,
    BY_NC_SA,
    E14_ATFERD,
    E14_KLASSEN,
    E14_RELASJON_LAERER,
    E14_TRIVSEL,
    F_KONTAKT,
    F_SAMARBEID,
    F_STOTTE,
    FJELLVANG,
    FURULY,
    KAPASITET,
    KARTLEGGING,
    KL_MOTIVASJON,
    KL_PRESTASJONER,
    KL_SOSIAL,
    L_ATFERD,
    L_LAERINGSKULTUR,
    L_MILJO,
    L_STOTTE,
    L_UNDERVISNINGEN,
    NORDBYGDA,
    PRAKSIS,
    RETNING,
    SJOBAKKEN,
    SOLHAUG,
    Lesson,
    Worksheet,
)

LESSONS = [
    Lesson(
        slug="lesestrategier-for-under-og-etter-lesing",
        title="Lesestrategier: før, under og etter lesing",
        summary=(
            "Elevene lærer tre enkle lesestrategier med en kort sakprosatekst om elgen. Læreren modellerer høyt, "
            "elevene prøver i par, og timen avsluttes med en felles oppsummering av hva som hjalp."
        ),
        subjects=["norsk"],
        grades=[3, 4],
        survey_areas=[KL_PRESTASJONER, L_UNDERVISNINGEN],
        pillars=[PRAKSIS],
        tags=["lesing", "lesestrategier", "leseforståelse", "sakprosa", "modellering"],
        author="Marte Hagen",
        school=FJELLVANG,
        related=["fagtekst-om-et-dyr", "lesegrupper-med-gjensidig-undervisning", "lesekveld-for-elever-og-foresatte"],
        image_alt="Tegning av en åpen bok med tre snakkebobler merket før, under og etter.",
        duration=60,
        goals=[
            "Jeg kan bruke overskrift og bilder til å gjette hva en tekst handler om.",
            "Jeg kan stoppe underveis og si med egne ord hva jeg har lest.",
            "Jeg kan fortelle en medelev det viktigste jeg lærte av teksten.",
        ],
        aims=[
            (
                "NOR01-06",
                "lese tekster med sammenheng og forståelse og bruke strategier for å forstå det de leser "
                "(etter 4. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("lesestrategi", "En måte å lese på som hjelper deg å forstå og huske teksten."),
            ("overskrift", "Tittelen over en tekst eller et avsnitt. Den sier ofte hva teksten handler om."),
            ("oppsummere", "Å si det viktigste fra teksten kort og med egne ord."),
            ("sakprosa", "Tekster som forteller om virkeligheten, for eksempel om dyr, steder eller hendelser."),
        ],
        equipment=[
            "Kortteksten «Elgen – skogens konge» (en side, kopiert til alle)",
            "Oppgavearket «Før, under og etter» (vedlegg)",
            "Tavle eller storskjerm",
            "Tre farger post-it-lapper",
        ],
        preparation=(
            "Les teksten selv og merk deg to steder der det passer å stoppe og oppsummere høyt. "
            "Skriv de tre overskriftene **Før**, **Under** og **Etter** på tavla før timen.\n\n"
            "Sett elevene i lesepar der begge kan bidra. Et par med en sterk og en litt svakere leser fungerer godt."
        ),
        steps=[
            (
                "Før lesing: hva tror vi?",
                10,
                "helklasse",
                "Vis bare overskriften og bildet. Spør: «Hva tror dere teksten handler om? Hva vet dere allerede om elg?» "
                "Skriv elevenes ideer på gule lapper under **Før**. Si målet for timen høyt.",
            ),
            (
                "Læreren modellerer",
                10,
                "helklasse",
                "Les første avsnitt høyt og tenk høyt underveis: «Her stopper jeg. Hva har jeg lært nå? Jo, at elgen er "
                "Norges største landdyr.» Vis hvordan du sjekker om gjetningen fra i sted stemte.",
            ),
            (
                "Lesing i par",
                20,
                "par",
                "Parene leser resten av teksten annenhver avsnitt. Etter hvert avsnitt stopper de, og den som lyttet, "
                "sier med egne ord hva avsnittet handlet om. De skriver ett nøkkelord per avsnitt på oppgavearket.",
            ),
            (
                "Etter lesing: det viktigste",
                10,
                "par",
                "Parene velger de to viktigste tingene de lærte og skriver dem på grønne lapper. "
                "Lappene henges under **Etter** på tavla.",
            ),
            (
                "Oppsummering og egenvurdering",
                8,
                "helklasse",
                "Sammenlign lappene under **Før** og **Etter**. Hva stemte? Hva var nytt? Elevene viser med tommelen "
                "hvor godt de fikk til å stoppe og oppsummere, og sier hvilken strategi som hjalp dem mest.",
            ),
        ],
        support=(
            "Gi elever som trenger det, teksten med nøkkelordene uthevet, og la dem lytte til teksten lest høyt "
            "før parlesingen. Begrens oppgaven til å oppsummere to av avsnittene."
        ),
        challenge=(
            "Elever som leser sikkert, kan lage ett spørsmål til hvert avsnitt som svaret står i teksten, "
            "og ett spørsmål der svaret må tenkes ut («mellom linjene»)."
        ),
        multilingual=(
            "La elever med et annet morsmål snakke om bildet og hva de vet om temaet på morsmålet sitt først. "
            "Forklar ordene «gevir», «beite» og «kalv» med bilder før lesingen."
        ),
        misconceptions=[
            (
                "Å lese godt betyr å lese fort.",
                "Vis at gode lesere senker farten og stopper når teksten blir vanskelig. Ros elever som stopper og sjekker.",
            ),
            (
                "Å oppsummere er å skrive av en setning fra teksten.",
                "Modeller forskjellen: les en setning høyt og si den så «med dine egne ord». La elevene øve på det muntlig.",
            ),
        ],
        assessment=(
            "Gå rundt mens parene leser og lytt etter om elevene klarer å si innholdet med egne ord. "
            "Noter to–tre elever som trenger mer veiledning i oppsummering.\n\n"
            "[!Suksesskriterier] Jeg stopper etter hvert avsnitt. Jeg sier det viktigste med egne ord. "
            "Jeg kan forklare hvilken strategi jeg brukte."
        ),
        worksheet=Worksheet(
            title="Før, under og etter – lesing av sakprosa",
            description="Oppgaveark til parlesingen, én side.",
            lines=[
                "Navn: ____________________    Lesepartner: ____________________",
                "",
                "FØR jeg leser",
                "1. Se på overskriften og bildet. Hva tror du teksten handler om?",
                "   ______________________________________________",
                "2. Skriv to ting du vet om elgen fra før.",
                "   ______________________________________________",
                "",
                "UNDER lesingen – skriv ett nøkkelord for hvert avsnitt",
                "   Avsnitt 1: ____________   Avsnitt 2: ____________",
                "   Avsnitt 3: ____________   Avsnitt 4: ____________",
                "",
                "ETTER lesing",
                "3. Stemte det du trodde før du leste? Sett ring: JA – DELVIS – NEI",
                "4. Skriv det viktigste du lærte, med egne ord.",
                "   ______________________________________________",
                "5. Hvilken strategi hjalp deg mest i dag?",
                "   ______________________________________________",
            ],
        ),
    ),
    Lesson(
        slug="bokstavjakt-lyden-s",
        title="Bokstavjakt i skolegården: lyden /s/",
        summary=(
            "En aktiv økt i begynneropplæringen der elevene lytter etter lyden /s/, leter etter ting som begynner "
            "med s ute, og skriver bokstaven i sand, på tavle og på ark."
        ),
        subjects=["norsk"],
        grades=[1],
        survey_areas=[E14_TRIVSEL, KL_PRESTASJONER],
        pillars=[PRAKSIS],
        tags=["begynneropplæring", "bokstavinnlæring", "fonologisk bevissthet", "uteskole"],
        author="Kari Anne Myhre",
        school=SOLHAUG,
        related=["rim-og-regler-i-ring"],
        image_alt="Barnehånd som skriver en stor bokstav S i sanden med en pinne.",
        duration=60,
        goals=[
            "Jeg kan høre om et ord begynner med lyden /s/.",
            "Jeg kan skrive stor og liten s med riktig skriveretning.",
        ],
        aims=[
            (
                "NOR01-06",
                "lytte etter, forstå, gjengi og kombinere lyder i språket, og utforske sammenhengen mellom "
                "språklyd og bokstav (etter 2. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("lyd", "Det vi hører når vi sier en bokstav, for eksempel «sss» i sol."),
            ("bokstav", "Tegnet vi skriver for en lyd."),
            ("forlyd", "Den første lyden i et ord."),
        ],
        equipment=[
            "Bilder av ting som begynner med s og andre lyder",
            "Pinner og sandkasse eller grusplass",
            "Små tavler og kritt",
            "Skrivebok med hjelpelinjer",
        ],
        preparation="Legg ut ti bildekort i skolegården på forhånd: seks som begynner med /s/ (sol, sykkel, sko, "
        "sau, sekk, stein) og fire som ikke gjør det. Avtal grenser for hvor elevene kan lete.",
        steps=[
            (
                "Slangelyden",
                10,
                "helklasse",
                "Sitt i ring. Introduser lyden /s/ som «slangelyden». Si ord og la elevene vise slangehånd når ordet "
                "begynner med /s/. Ta med noen ord der s står inni ordet, og snakk om forskjellen.",
            ),
            (
                "Bokstavjakt ute",
                20,
                "par",
                "Parene finner bildekortene i skolegården og sorterer dem i to hauger: begynner med /s/ og begynner ikke "
                "med /s/. De må si ordet høyt sammen før de bestemmer seg.",
            ),
            (
                "Skriv i sand og på tavle",
                15,
                "individuelt",
                "Læreren viser skriveretningen for S og s. Elevene skriver bokstaven med pinne i sanden, deretter på "
                "tavla, mens de sier lyden.",
            ),
            (
                "Tilbake inne: skriving og deling",
                12,
                "helklasse",
                "Elevene skriver en linje med S og en med s i skriveboka og tegner én ting som begynner med s. "
                "Tre elever viser tegningen sin og sier ordet.",
            ),
        ],
        support="Bruk speil slik at eleven ser munnstillingen når lyden sies. Start med ord som har lang /s/-lyd "
        "(sssol) og bare to bildekort om gangen.",
        challenge="Elever som allerede kan lyden, leter etter ting som slutter på /s/ (is, mus, hus) og prøver å "
        "skrive hele ordet lydrett.",
        misconceptions=[
            (
                "Bokstavnavnet «ess» er det samme som lyden.",
                "Skill tydelig mellom navn og lyd: «Bokstaven heter ess, men den sier sss.»",
            ),
            (
                "Ord som «sjø» og «skje» begynner med slangelyden.",
                "Si ordene langsomt sammen og hør etter. Forklar at s sammen med andre bokstaver kan lage en ny lyd.",
            ),
        ],
        assessment="Observer under sorteringen hvem som hører forlyden sikkert. Se i skrivebøkene om skriveretningen "
        "er riktig, og gi en muntlig tilbakemelding til hver elev dagen etter.",
    ),
    Lesson(
        slug="tallinja-og-tieroverganger",
        title="Tallinja og tieroverganger",
        summary=(
            "Elevene bruker en tallinje på gulvet og en tom tallinje på arket til å regne pluss og minus over tieren. "
            "Økta bygger forståelse for hvorfor det lønner seg å «hoppe til nærmeste tier»."
        ),
        subjects=["matematikk"],
        grades=[2, 3],
        survey_areas=[KL_PRESTASJONER, L_UNDERVISNINGEN],
        pillars=[PRAKSIS],
        tags=["tallforståelse", "hoderegning", "tallinje", "konkreter"],
        author="Jon Erik Bakken",
        school=NORDBYGDA,
        related=["monster-og-symmetri-med-perler"],
        duration=45,
        goals=[
            "Jeg kan plassere tall opp til 100 på en tallinje.",
            "Jeg kan regne 8 + 5 ved å hoppe til 10 først.",
            "Jeg kan forklare hvordan jeg tenkte.",
        ],
        aims=[
            (
                "MAT01-05",
                "plassere tall på tallinja og bruke tallinja i regning og problemløsning "
                "(etter 2. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("tallinje", "En linje der tallene står i rekkefølge med like lang avstand."),
            ("tier", "Et helt tall som ender på null, for eksempel 10, 20 og 30."),
            ("tierovergang", "Når vi regner forbi en tier, for eksempel fra 8 til 13."),
        ],
        equipment=[
            "Maskeringstape og tallkort 0–30 til gulvtallinje",
            "Oppgavearket «Hopp på tallinja» (vedlegg)",
            "Blyant og viskelær",
        ],
        preparation="Lag en tallinje fra 0 til 30 på gulvet med tape. Legg tallkortene ved siden av, men ikke på plass.",
        steps=[
            (
                "Bygg tallinja",
                8,
                "helklasse",
                "Elevene legger tallkortene på riktig plass på gulvtallinja. Snakk om hva som er likt med 10, 20 og 30.",
            ),
            (
                "Hopp på gulvet",
                12,
                "grupper",
                "En elev står på 8. Gruppa skal finne 8 + 5. Eleven hopper først til 10 (to hopp) og så tre hopp til. "
                "Gruppa skriver regnestykket som 8 + 2 + 3 = 13. Bytt slik at alle får hoppe.",
            ),
            (
                "Tom tallinje på arket",
                15,
                "individuelt",
                "Elevene løser oppgavene på arket ved å tegne buer på en tom tallinje. Vis først ett eksempel på tavla.",
            ),
            (
                "Hvordan tenkte du?",
                8,
                "helklasse",
                "To elever med ulike løsninger viser sine tallinjer. Spør: «Hvorfor er det lurt å hoppe til tieren?»",
            ),
        ],
        support="La eleven bruke gulvtallinja eller en tallinje med alle tallene skrevet inn hele tiden. "
        "Start med oppgaver der det er ett eller to hopp til tieren.",
        challenge="Gi oppgaver over hundre (98 + 7) og minusoppgaver over tieren (23 − 5). "
        "Eleven lager selv en oppgave som passer til en gitt tallinje.",
        misconceptions=[
            (
                "Eleven teller startallet som det første hoppet (8, 9, 10 … gir 12 i stedet for 13).",
                "Hopp fysisk på gulvtallinja og si «null» før første hopp. Tell hoppene, ikke tallene.",
            ),
            (
                "Avstanden mellom tallene spiller ingen rolle på tallinja.",
                "Sammenlign en skjev og en jevn tallinje og spør hvilken som hjelper oss å se hvor langt det er.",
            ),
        ],
        assessment="Samle inn arkene og se etter om eleven deler hoppet ved tieren. Noter hvem som fortsatt teller "
        "én og én, og gi dem flere hopp-oppgaver på gulvet neste økt.",
        worksheet=Worksheet(
            title="Hopp på tallinja",
            description="Ti oppgaver med tom tallinje.",
            lines=[
                "Navn: ____________________",
                "Tegn hoppene på tallinja. Hopp først til nærmeste tier!",
                "",
                "1.   8 + 5 = ____      |---------------------------|",
                "2.   7 + 6 = ____      |---------------------------|",
                "3.   9 + 4 = ____      |---------------------------|",
                "4.  18 + 5 = ____      |---------------------------|",
                "5.  27 + 6 = ____      |---------------------------|",
                "6.  13 − 5 = ____      |---------------------------|",
                "7.  22 − 4 = ____      |---------------------------|",
                "8.  31 − 3 = ____      |---------------------------|",
                "",
                "9.  Lag din egen oppgave med tierovergang og løs den.",
                "    ______ + ______ = ______",
                "10. Forklar til en venn: hvorfor hopper vi til tieren først?",
            ],
        ),
    ),
    Lesson(
        slug="klassemote-om-trivsel",
        title="Klassemøte om trivsel",
        summary=(
            "Et strukturert klassemøte der elevene snakker om hva som gjør at de trives, og blir enige om én konkret "
            "ting klassen skal prøve den neste uka. Passer godt som oppfølging av elevundersøkelsen."
        ),
        subjects=["tverrfaglig"],
        grades=[3, 4],
        survey_areas=[E14_TRIVSEL, E14_KLASSEN, KL_SOSIAL, L_LAERINGSKULTUR],
        pillars=[KARTLEGGING, PRAKSIS],
        tags=["trivsel", "klassemiljø", "elevmedvirkning", "klassemøte", "sosial kompetanse"],
        author="Ingrid Sveen",
        school=FURULY,
        related=["vennskapsbenken-god-lek-i-friminuttet", "trygg-start-bli-kjent-med-kontaktlaereren"],
        image_alt="Elever som sitter i ring på stoler i et klasserom og rekker opp hånda.",
        duration=45,
        goals=[
            "Jeg kan si én ting som gjør at jeg trives i klassen.",
            "Jeg kan lytte til andre uten å avbryte.",
            "Jeg kan være med og bestemme et mål for klassen.",
        ],
        aims=[
            (
                "SAF01-04",
                "samtale om vennskap og tilhørighet og om hvordan det å bli inkludert og ekskludert kan "
                "påvirke relasjoner (etter 4. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("trivsel", "Å ha det godt og føle seg trygg sammen med andre."),
            ("klassemøte", "Et møte der hele klassen snakker sammen etter faste regler og tar avgjørelser."),
            ("forslag", "En idé som de andre kan si ja eller nei til."),
        ],
        equipment=["Stoler i ring", "En «snakkepinne» eller et mykt ball", "Plakatark og tusj"],
        preparation=(
            "Se på klassens resultater på trivsel og relasjoner til medelever fra siste kartlegging, dersom dere har "
            "dem. Velg ett tema for møtet, for eksempel friminuttene. Ikke presenter tall som kan knyttes til "
            "enkeltelever.\n\n"
            "Avtal med elevene på forhånd at bare den som holder snakkepinnen, snakker."
        ),
        steps=[
            (
                "Runde: en god ting",
                8,
                "helklasse",
                "Snakkepinnen går rundt. Alle fullfører setningen «Jeg trives når …». Det er lov å si «pass».",
            ),
            (
                "Hva kan bli bedre?",
                12,
                "grupper",
                "I grupper på fire snakker elevene om én ting som kan gjøre friminuttene bedre for alle. "
                "Hver gruppe skriver ett forslag på en lapp.",
            ),
            (
                "Forslag og avstemning",
                12,
                "helklasse",
                "Gruppene leser forslaget sitt. Klassen stemmer fram ett forslag de vil prøve i en uke. "
                "Skriv det på plakaten med en setning om hvordan dere skal se at det virker.",
            ),
            (
                "Avslutning",
                5,
                "helklasse",
                "Læreren oppsummerer hva klassen har bestemt. Plakaten henges opp, og dere avtaler når dere skal evaluere.",
            ),
        ],
        support="Gi elever som synes det er vanskelig å snakke i stor gruppe, setningsstartere på forhånd, "
        "eller la dem skrive eller tegne svaret sitt.",
        challenge="La to elever være møteledere: de gir ordet videre og passer tiden med hjelp fra læreren.",
        misconceptions=[
            (
                "Klassemøtet er stedet å ta opp det en enkeltelev har gjort galt.",
                "Si tydelig at vi snakker om hvordan vi vil ha det, ikke om enkeltpersoner. "
                "Konflikter tas med læreren etterpå.",
            ),
        ],
        assessment=(
            "Evaluer forslaget etter en uke i et kort klassemøte: «Har det blitt bedre? Hva gjør vi nå?» "
            "Skriv en kort logg som kan brukes når skolen ser på neste trivselsundersøkelse.\n\n"
            "[!Tips] Gjenta klassemøtet fast, for eksempel annenhver fredag. Forutsigbarhet gjør at flere tør å si fra."
        ),
    ),
    Lesson(
        slug="vennskapsbenken-god-lek-i-friminuttet",
        title="Vennskapsbenken: regler for god lek i friminuttet",
        summary=(
            "Elevene lager sammen regler for en vennskapsbenk i skolegården – et sted der den som mangler noen å leke "
            "med, kan sette seg. De øver på å spørre om å være med og å invitere andre inn i leken."
        ),
        subjects=["tverrfaglig", "kroppsoving"],
        grades=[1, 2],
        survey_areas=[E14_KLASSEN, E14_ATFERD, E14_TRIVSEL, KL_SOSIAL],
        pillars=[PRAKSIS],
        tags=["vennskap", "inkludering", "friminutt", "sosial kompetanse", "lek"],
        author="Kari Anne Myhre",
        school=SOLHAUG,
        licence=BY,
        related=["klassemote-om-trivsel"],
        duration=45,
        goals=[
            "Jeg kan spørre om å få være med i en lek.",
            "Jeg kan invitere noen som står alene.",
        ],
        aims=[
            (
                "KRO01-05",
                "leike og vere med på aktivitetar som fremjar samarbeid og inkludering "
                "(etter 2. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("inkludere", "Å ta med noen i leken eller i gruppa."),
            ("vennskapsbenk", "En benk der du kan sette deg når du trenger noen å leke med."),
        ],
        equipment=["En benk i skolegården, gjerne merket med et skilt", "Tre enkle lekeutstyr (tau, ball, kjegler)"],
        preparation="Avtal med inspiserende lærere at de kjenner til vennskapsbenken og følger med på den de "
        "første ukene.",
        steps=[
            (
                "Fortelling og samtale",
                10,
                "helklasse",
                "Fortell en kort historie om en elev som står alene i friminuttet. Spør: «Hvordan tror du hun har det? "
                "Hva kunne de andre ha gjort?»",
            ),
            (
                "Rollespill: spør og inviter",
                15,
                "grupper",
                "I grupper på tre øver elevene to replikker: «Kan jeg være med?» og «Vil du være med oss?» "
                "Læreren viser først hvordan man svarer vennlig – også når leken er full.",
            ),
            (
                "Ut til benken",
                15,
                "helklasse",
                "Klassen går ut til benken. Elevene blir enige om tre regler for benken, for eksempel «Ser du noen på "
                "benken, spør du om de vil være med». Prøv reglene i en kort lek.",
            ),
            (
                "Oppsummering",
                5,
                "helklasse",
                "Gjenta reglene. Elevene viser med en tommel hvor trygge de føler seg på å spørre om å være med.",
            ),
        ],
        support="Øv replikkene med eleven i forkant, og avtal et eget tegn med en voksen som eleven kan bruke "
        "dersom det blir vanskelig i friminuttet.",
        challenge="Elever som allerede inkluderer andre godt, kan være «lekeverter» én dag i uka.",
        misconceptions=[
            (
                "Den som sitter på benken, er den som ikke har venner.",
                "Snakk om at alle kan trenge noen å leke med av og til, og at det er modig å bruke benken.",
            ),
        ],
        assessment="Følg med på benken i friminuttene de to neste ukene, og ta det opp i neste klassemøte: "
        "«Har noen brukt benken? Ble de spurt om å være med?»",
    ),
    Lesson(
        slug="hello-my-name-is",
        title="Hello, my name is …: presentasjon på engelsk",
        summary=(
            "Elevene lærer å hilse og presentere seg på engelsk med en sang, en bevegelsesaktivitet og et enkelt "
            "navneskilt. Muntlig og trygt for de yngste."
        ),
        subjects=["engelsk"],
        grades=[1, 2],
        survey_areas=[E14_TRIVSEL, E14_RELASJON_LAERER],
        pillars=[PRAKSIS],
        tags=["engelsk", "muntlig", "sang", "begynneropplæring"],
        author="Linn Kristiansen",
        school=BJORKELIA,
        related=["weather-and-seasons"],
        duration=45,
        goals=[
            "I can say hello and my name in English.",
            "Jeg kan spørre en annen hva han eller hun heter på engelsk.",
        ],
        aims=[
            (
                "ENG01-04",
                "delta i enkle samtaler om egne behov og følelser, dagligliv og interesser, og bruke "
                "samtaleregler (etter 2. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("Hello / Hi", "Hei."),
            ("My name is …", "Jeg heter …"),
            ("What's your name?", "Hva heter du?"),
            ("Nice to meet you", "Hyggelig å treffe deg."),
        ],
        equipment=["En enkel hilsesang (f.eks. en som læreren selv synger)", "Navneskilt i papp", "Fargeblyanter"],
        steps=[
            (
                "Sang og hilsen",
                10,
                "helklasse",
                "Syng hilsesangen sammen. Læreren hilser på noen elever: «Hello! My name is …»",
            ),
            (
                "Hilsedans",
                15,
                "helklasse",
                "Musikk spiller og elevene beveger seg rundt. Når musikken stopper, hilser de på nærmeste: "
                "«Hi! What's your name?» – «My name is …»",
            ),
            (
                "Navneskilt",
                12,
                "individuelt",
                "Elevene lager et navneskilt med «My name is …» og tegner noe de liker. Læreren hjelper med skrivingen.",
            ),
            ("Vis fram", 8, "helklasse", "Noen elever viser skiltet og sier setningen høyt. Avslutt med sangen."),
        ],
        support="Eleven kan peke på seg selv og si navnet først, og bygge setningen gradvis med støtte fra læreren.",
        challenge="Elever som kan mer, legger til «I am seven years old» eller «I like …».",
        misconceptions=[
            (
                "«My name is» uttales slik det skrives på norsk.",
                "Overdriv uttalen i sangen og la elevene gjenta i kor, så det blir trygt før de sier det alene.",
            ),
        ],
        assessment="Lytt under hilsedansen. Noter hvem som bruker setningene spontant og hvem som trenger mer øving.",
    ),
    Lesson(
        slug="hva-trenger-en-plante-for-a-vokse",
        title="Hva trenger en plante for å vokse?",
        summary=(
            "Et enkelt forsøk over to uker der elevene sår karse under ulike forhold og observerer hva som skjer. "
            "Elevene lærer å lage en hypotese, observere systematisk og trekke en konklusjon."
        ),
        subjects=["naturfag"],
        grades=[2, 3],
        survey_areas=[L_UNDERVISNINGEN, KL_MOTIVASJON],
        pillars=[PRAKSIS],
        tags=["forsøk", "planter", "utforskende arbeid", "observasjon", "naturfag"],
        author="Anders Løkken",
        school=SJOBAKKEN,
        related=["fotosyntesen-i-praksis"],
        image_alt="Fire plastbeger med karse i ulik høyde på en vinduskarm.",
        duration=60,
        goals=[
            "Jeg kan si hva jeg tror vil skje før forsøket (en hypotese).",
            "Jeg kan tegne og skrive det jeg ser.",
            "Jeg kan fortelle hva en plante trenger for å vokse.",
        ],
        aims=[
            (
                "NAT01-04",
                "stille spørsmål, lage hypoteser og gjennomføre enkle undersøkelser av planter og dyr i "
                "nærmiljøet (etter 2. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("hypotese", "Det vi tror vil skje, før vi prøver det ut."),
            ("observere", "Å se nøye etter og skrive eller tegne det man ser."),
            ("spire", "Når frøet begynner å vokse og får et lite skudd."),
        ],
        equipment=[
            "Karsefrø",
            "Fire plastbeger per gruppe",
            "Bomull eller tørkepapir",
            "Vann og målebeger",
            "En mørk skapdør",
            "Observasjonsskjema (vedlegg)",
        ],
        preparation="Merk begerne A–D. A: lys og vann. B: mørke og vann. C: lys uten vann. D: lys, vann og kaldt "
        "(kjøleskap). Sjekk at skolen har plass i et kjøleskap i to uker.",
        steps=[
            (
                "Hva trenger vi for å leve?",
                8,
                "helklasse",
                "Start med elevene selv: hva trenger vi for å leve og vokse? Overfør til planter.",
            ),
            (
                "Lag en hypotese",
                10,
                "grupper",
                "Gruppene får de fire begerne og tegner hvordan de tror karsen ser ut etter en uke i hvert beger.",
            ),
            (
                "Så og plasser",
                20,
                "grupper",
                "Elevene legger bomull i begerne, sår frøene og plasserer begerne. Vis hvordan man vanner likt.",
            ),
            (
                "Første observasjon",
                12,
                "individuelt",
                "Elevene tegner og skriver dato på observasjonsskjemaet. Avtal hvem som vanner hvilke dager.",
            ),
            (
                "Oppsummering",
                8,
                "helklasse",
                "Hva blir spennende å se? Heng opp hypotesene. Etter to uker sammenligner dere resultatet med dem.",
            ),
        ],
        support="Gi skjemaet med ferdige bilder eleven kan sette kryss ved, og la eleven observere sammen med en "
        "makker.",
        challenge="Eleven måler høyden på karsen med linjal hver dag og lager et enkelt søylediagram.",
        misconceptions=[
            (
                "Planter får maten sin fra jorda.",
                "Forklar enkelt at planten lager sin egen mat av lys, luft og vann – jorda gir vann og litt næring.",
            ),
            (
                "Frøene i mørket vokser ikke i det hele tatt.",
                "Ofte spirer de og blir lange og gule. Bruk det som et godt spørsmål: hvorfor ble de gule?",
            ),
        ],
        assessment="Samtal med hver gruppe når forsøket er ferdig: stemte hypotesen? Vurder om elevene kan forklare "
        "forskjellen mellom begerne med ordene lys, vann og varme.",
        worksheet=Worksheet(
            title="Observasjonsskjema: karseforsøket",
            description="Skjema for to ukers observasjon.",
            lines=[
                "Navn: ____________________   Gruppe: ______",
                "",
                "Min hypotese: Jeg tror at beger ____ vokser best, fordi",
                "______________________________________________",
                "",
                "Dag 1  (dato ______)  Tegn begerne A, B, C og D:",
                "",
                "",
                "Dag 4  (dato ______)  Hva har skjedd?",
                "______________________________________________",
                "Dag 7  (dato ______)  Hvor høy er karsen i A? ____ cm",
                "Dag 14 (dato ______)  Tegn og skriv:",
                "",
                "",
                "Konklusjon: En plante trenger ____________, ____________",
                "og ____________ for å vokse.",
                "Stemte hypotesen min?   JA   /   NEI",
            ],
        ),
    ),
    Lesson(
        slug="monster-og-symmetri-med-perler",
        title="Mønster og symmetri med perler",
        summary=(
            "Elevene utforsker mønstre og speilsymmetri med perlebrett og ruteark. De lager en halv figur, og en "
            "makker fullfører den andre halvdelen slik at figuren blir symmetrisk."
        ),
        subjects=["matematikk", "kunst-og-handverk"],
        grades=[1, 2],
        survey_areas=[KL_MOTIVASJON, E14_TRIVSEL],
        pillars=[PRAKSIS],
        tags=["geometri", "symmetri", "mønster", "konkreter", "skaperglede"],
        author="Jon Erik Bakken",
        school=NORDBYGDA,
        licence=BY,
        related=["tallinja-og-tieroverganger"],
        step_image=(1, "Perlebrett med en sommerfugl der venstre vinge er ferdig og høyre vinge er tom."),
        duration=60,
        goals=[
            "Jeg kan fortsette et mønster.",
            "Jeg kan lage en figur som er lik på begge sider av en speillinje.",
        ],
        aims=[
            (
                "MAT01-05",
                "lage og utforske mønster og beskrive og bruke speilsymmetri (etter 2. trinn, omtrentlig gjengitt)",
            ),
            (
                "KHV01-02",
                "eksperimentere med form, farge og mønster i ulike materialer (etter 2. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("mønster", "Noe som gjentar seg på en fast måte."),
            ("symmetri", "Når en figur er helt lik på begge sider av en linje."),
            ("speillinje", "Linjen som deler en symmetrisk figur i to like deler."),
        ],
        equipment=[
            "Perlebrett og strykeperler",
            "Ruteark med midtlinje",
            "Et lite speil per par",
            "Strykejern (voksen)",
        ],
        steps=[
            (
                "Mønster i ring",
                10,
                "helklasse",
                "Lag et klappe-trampe-mønster som elevene fortsetter. Vis perler i mønster rød-blå-blå og spør hva som kommer.",
            ),
            (
                "Halv sommerfugl",
                20,
                "par",
                "Elev A lager en halv sommerfugl på perlebrettet inntil midtlinja. Elev B lager den andre halvdelen som et "
                "speilbilde. Bytt roller. Bruk speilet for å sjekke.",
            ),
            (
                "Symmetri på ruteark",
                20,
                "individuelt",
                "Elevene fargelegger ruter på den ene siden av linja og lar en makker speile figuren.",
            ),
            (
                "Galleri",
                8,
                "helklasse",
                "Perlebrettene legges fram. Elevene peker ut speillinja og forteller hvordan de sjekket at det ble likt.",
            ),
        ],
        support="Start med en figur med bare fem–seks perler og tydelig merket midtlinje.",
        challenge="Lag figurer med to speillinjer, eller finn symmetri i bokstaver og i naturen.",
        misconceptions=[
            (
                "Å speile er det samme som å kopiere (flytte) figuren.",
                "Hold speilet mot midtlinja og sammenlign med en kopi som er flyttet. Hva er forskjellen?",
            ),
        ],
        assessment="Se på perlebrettene: er figuren speilet riktig? Be eleven forklare med ordet speillinje.",
    ),
    Lesson(
        slug="rytme-og-puls-med-kroppsperkusjon",
        title="Rytme og puls med kroppsperkusjon",
        summary=(
            "Elevene kjenner forskjellen på puls og rytme ved hjelp av klapp, tramp og knips, og lager sitt eget "
            "fire-takters rytmemønster i grupper."
        ),
        subjects=["musikk"],
        grades=B14,
        survey_areas=[E14_TRIVSEL, E14_KLASSEN],
        pillars=[PRAKSIS],
        tags=["rytme", "puls", "samspill", "kroppsperkusjon"],
        author="Sofie Brenna",
        school=FJELLVANG,
        related=["komponer-en-lat-i-grupper"],
        duration=45,
        goals=[
            "Jeg kan holde pulsen sammen med klassen.",
            "Jeg kan klappe en enkel rytme.",
            "Jeg kan lage et rytmemønster sammen med gruppa mi.",
        ],
        aims=[
            (
                "MUS01-02",
                "utforske og eksperimentere med puls og rytme og lage egne rytmer med kropp og stemme "
                "(etter 4. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("puls", "Det jevne slaget i musikken, som hjerteslag."),
            ("rytme", "Mønsteret av lange og korte lyder."),
            ("takt", "En gruppe slag, ofte fire, som gjentar seg."),
        ],
        equipment=["Rytmekort (kan lages av læreren)", "Metronom eller en låt med tydelig puls"],
        steps=[
            (
                "Finn pulsen",
                8,
                "helklasse",
                "Spill en låt. Elevene går på stedet i takt med pulsen og kjenner pulsen på halsen etterpå. "
                "Sammenlign: hjertet har også en puls.",
            ),
            (
                "Ekko-rytmer",
                10,
                "helklasse",
                "Læreren klapper en rytme på fire slag, elevene svarer med ekko. La elever overta som ledere.",
            ),
            (
                "Lag et mønster",
                15,
                "grupper",
                "Gruppene lager et mønster på fire takter med tramp, klapp, lårklapp og knips, og øver til det sitter.",
            ),
            (
                "Konsert",
                10,
                "helklasse",
                "Gruppene framfører mens resten holder pulsen med lett tramp. Gi hverandre to stjerner og et ønske.",
            ),
        ],
        support="Gi gruppa et rytmekort med ferdig mønster som de kan bygge videre på.",
        challenge="Gruppene framfører to mønstre samtidig (kanon) eller lager et mønster med pause.",
        misconceptions=[
            (
                "Puls og rytme er det samme.",
                "La halve klassen holde pulsen og den andre halvdelen klappe rytmen i navnene sine samtidig.",
            ),
        ],
        assessment="Observer under konserten om gruppene holder pulsen. Gi muntlig tilbakemelding med "
        "«to stjerner og et ønske».",
    ),
    Lesson(
        slug="hoytider-i-klassen-var",
        title="Høytider i klassen vår",
        summary=(
            "Elevene intervjuer hverandre og familien om en høytid de feirer, og lager en felles høytidskalender. "
            "Opplegget bygger kunnskap om religioner og livssyn og respekt for mangfoldet i klassen."
        ),
        subjects=["krle"],
        grades=[3, 4],
        survey_areas=[E14_KLASSEN, L_LAERINGSKULTUR, F_SAMARBEID],
        pillars=[PRAKSIS],
        tags=["høytider", "mangfold", "religion og livssyn", "skole–hjem-samarbeid", "intervju"],
        author="Hanne Strand",
        school=FURULY,
        licence=BY_NC_SA,
        related=["samenes-nasjonaldag-og-samisk-kultur"],
        duration=60,
        goals=[
            "Jeg kan fortelle om en høytid og hvorfor den feires.",
            "Jeg kan stille gode spørsmål i et intervju.",
            "Jeg kan vise respekt når andre forteller om sine tradisjoner.",
        ],
        aims=[
            (
                "RLE01-03",
                "samtale om og presentere sentrale fortellinger, høytider og tradisjoner i kristendommen, "
                "andre religioner og livssyn (etter 4. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("høytid", "En viktig fest- eller minnedag som gjentar seg hvert år."),
            ("tradisjon", "Noe vi gjør på samme måte år etter år, ofte sammen med familien."),
            ("livssyn", "Hva et menneske mener er viktig og sant i livet, med eller uten en gud."),
        ],
        equipment=["Intervjuark (to spørsmål hjem)", "Stor årskalender på veggen", "Tegnesaker"],
        preparation=(
            "Send et kort brev hjem en uke før, der du forklarer opplegget og at alle høytider og "
            "merkedager er velkomne – også bursdager og 17. mai for familier som ikke feirer religiøse høytider. "
            "Ingen skal måtte fortelle mer enn de vil."
        ),
        steps=[
            (
                "Hva er en høytid?",
                10,
                "helklasse",
                "Samtal om høytider elevene kjenner. Vis et bilde av jul, id og 17. mai og spør hva som er likt og ulikt.",
            ),
            (
                "Intervju i par",
                15,
                "par",
                "Elevene intervjuer hverandre med tre spørsmål: Hvilken høytid feirer dere? Hva gjør dere? "
                "Hva liker du best med den?",
            ),
            (
                "Tegn og skriv",
                20,
                "individuelt",
                "Elevene lager et kort til kalenderen med tegning og to–tre setninger om høytiden.",
            ),
            (
                "Høytidskalenderen",
                12,
                "helklasse",
                "Kortene settes på riktig måned. Se på kalenderen sammen: hvilke måneder har mange høytider?",
            ),
        ],
        support="Eleven kan tegne først og fortelle muntlig mens en voksen skriver ned.",
        challenge="Eleven finner ut mer om en høytid en annen elev fortalte om, og presenterer kort neste time.",
        multilingual="Elever kan skrive navnet på høytiden på morsmålet sitt i tillegg til på norsk.",
        misconceptions=[
            (
                "Alle i Norge feirer de samme høytidene.",
                "Se på kalenderen: i klassen vår feires mange ulike dager. Det er også tilfellet i Norge som helhet.",
            ),
        ],
        assessment="Vurder kortene: forklarer eleven hva som skjer og hvorfor høytiden feires? "
        "Lytt etter respektfulle spørsmål i intervjuene.",
    ),
    Lesson(
        slug="fra-korn-til-brod",
        title="Fra korn til brød",
        summary=(
            "Elevene lærer hvordan korn blir til mel og baker grove rundstykker. Økta kobler matlaging, "
            "hygiene og kunnskap om korn som dyrkes på Hedmarken."
        ),
        subjects=["mat-og-helse"],
        grades=[3, 4],
        survey_areas=[KL_MOTIVASJON, E14_TRIVSEL],
        pillars=[PRAKSIS],
        tags=["matlaging", "korn", "bakst", "hygiene", "lokalmiljø"],
        author="Mona Rustad",
        school=SJOBAKKEN,
        licence=BY,
        related=["sunn-matpakke"],
        image_alt="Grove rundstykker på et stekebrett ved siden av en bolle med kornaks.",
        duration=90,
        goals=[
            "Jeg kan fortelle hvordan korn blir til mel.",
            "Jeg kan følge en oppskrift trinn for trinn.",
            "Jeg kan vaske hender og arbeide hygienisk på kjøkkenet.",
        ],
        aims=[
            (
                "MHE01-02",
                "lage enkle måltider og følge en oppskrift, og bruke kjøkkenutstyr på en trygg og "
                "hygienisk måte (etter 4. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("sammalt mel", "Mel der hele kornet er malt, med skall og kim."),
            ("gjær", "Små sopper som får deigen til å heve."),
            ("heve", "Når deigen blir større fordi gjæren lager luftbobler."),
        ],
        equipment=[
            "Kornaks eller korn i glass (hvete, bygg, havre)",
            "Ingredienser til grove rundstykker",
            "Bakebrett, boller, målebeger",
            "Forklær",
        ],
        steps=[
            (
                "Fra åker til mel",
                10,
                "helklasse",
                "Vis kornaks og mel. Fortell kort om kornåkrene på Hedmarken og om mølla. Knus noen korn i en morter.",
            ),
            (
                "Hygiene og oppskrift",
                10,
                "helklasse",
                "Gå gjennom håndvask, forkle og oppskriften. Hver gruppe leser oppskriften høyt og fordeler oppgavene.",
            ),
            (
                "Elting og heving",
                25,
                "grupper",
                "Gruppene måler, blander og elter. Deigen hever mens elevene rydder og vasker opp.",
            ),
            (
                "Forming og steking",
                25,
                "grupper",
                "Elevene former rundstykker og steker dem. Mens de steker, fyller elevene ut et lite ark om kornsorter.",
            ),
            (
                "Smaking og oppsummering",
                10,
                "helklasse",
                "Smak rundstykkene sammen. Hva var vanskelig? Hvorfor er grovt brød et godt valg?",
            ),
        ],
        support="Gi gruppa en oppskrift med bilder til hvert trinn, og la eleven ha ansvar for én tydelig oppgave.",
        challenge="Eleven regner om oppskriften til dobbel mengde eller sammenligner fiber i ulike melsorter.",
        misconceptions=[
            (
                "Brunt brød er alltid grovt.",
                "Vis brødskalaen og forklar at fargen kan komme av sirup eller malt. Det er andelen sammalt mel som teller.",
            ),
        ],
        assessment="Observer hygiene og samarbeid i gruppene. Elevene svarer på to spørsmål i exit-lapp: "
        "«Hvordan blir korn til mel?» og «Hva er du mest fornøyd med i dag?»",
    ),
    Lesson(
        slug="morgenrutine-med-tydelige-mal",
        title="Morgenrutine med tydelige mål for dagen",
        summary=(
            "En fast morgenrutine på 20 minutter som gir ro, oversikt og tydelige læringsmål. Gjentatt hver dag "
            "gir den færre avbrudd og mer tid til læring."
        ),
        subjects=["tverrfaglig"],
        grades=B14,
        survey_areas=[E14_ATFERD, L_ATFERD, L_MILJO, E14_RELASJON_LAERER],
        pillars=[PRAKSIS, RETNING],
        tags=["klasseledelse", "rutiner", "læringsmål", "struktur", "forutsigbarhet"],
        author="Ola Dahl",
        school=NORDBYGDA,
        related=["trygg-start-bli-kjent-med-kontaktlaereren", "klassemote-om-trivsel"],
        duration=20,
        goals=[
            "Jeg vet hva vi skal lære i dag.",
            "Jeg kan komme i gang med morgenoppgaven uten hjelp.",
        ],
        aims=[
            (
                "",
                "Overordnet del, 3.1 Et inkluderende læringsmiljø: skolen skal gi elevene et trygt og godt "
                "miljø med forutsigbare rammer (omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("dagsplan", "Oversikt over hva som skal skje i løpet av dagen."),
            ("læringsmål", "Det vi skal lære, sagt slik at vi vet når vi har lært det."),
        ],
        equipment=["Dagsplan med bilder på tavla", "Morgenoppgave (repetisjon fra dagen før)", "Timer på tavla"],
        preparation="Skriv dagsplanen med bilder og dagens to–tre læringsmål før elevene kommer. "
        "Ha morgenoppgaven liggende på pultene.",
        steps=[
            (
                "Velkommen i døra",
                5,
                "individuelt",
                "Hils på hver elev ved navn i døra. Elevene henger fra seg, setter seg og begynner på morgenoppgaven.",
            ),
            (
                "Morgenoppgave",
                7,
                "individuelt",
                "En kort repetisjonsoppgave alle kan komme i gang med alene. Læreren går rundt og ser hvem som trenger hjelp.",
            ),
            (
                "Dagsplan og læringsmål",
                6,
                "helklasse",
                "Gå gjennom dagsplanen. Les dagens læringsmål høyt og la en elev forklare ett av dem med egne ord.",
            ),
        ],
        support="Elever som trenger mer forutsigbarhet, får en egen liten dagsplan på pulten og et fast tegn for "
        "hjelp.",
        challenge="Elever kan ha ansvar for å skrive dato og vær på tavla, eller lage morgenoppgaven én dag i uka.",
        misconceptions=[
            (
                "Rutiner er kjedelige og dreper engasjement.",
                "Rutinene frigjør tid og krefter. Når rammene er trygge, tåler klassen mer variasjon i resten av dagen.",
            ),
        ],
        assessment=(
            "Tell i to uker hvor mange minutter det tar fra første elev kommer til alle er i gang. "
            "Sammenlign før og etter rutinen ble innført, og drøft det i teamet.\n\n"
            "[!Forskningen bak] Tydelige forventninger og faste rutiner er blant kjernene i god klasseledelse. "
            "Se forskningsoppsummeringen om klasseledelse."
        ),
    ),
    Lesson(
        slug="trygg-start-bli-kjent-med-kontaktlaereren",
        title="Trygg start: bli kjent med kontaktlæreren",
        summary=(
            "Tre korte aktiviteter de første skoledagene som lar elevene bli kjent med kontaktlæreren og hverandre. "
            "Målet er at hver elev skal kjenne seg sett fra første dag."
        ),
        subjects=["tverrfaglig"],
        grades=B14,
        survey_areas=[E14_RELASJON_LAERER, L_STOTTE, E14_TRIVSEL],
        pillars=[PRAKSIS],
        tags=["relasjoner", "skolestart", "bli kjent", "trygghet"],
        author="Ingrid Sveen",
        school=FURULY,
        related=["klassemote-om-trivsel", "morgenrutine-med-tydelige-mal"],
        image_alt="Lærer som sitter på huk og snakker med en elev ved en pult.",
        duration=45,
        goals=[
            "Jeg kan fortelle læreren min om noe jeg liker.",
            "Jeg vet hvem jeg kan spørre når jeg trenger hjelp.",
        ],
        aims=[
            (
                "",
                "Overordnet del, 2.1 Sosial læring og utvikling: skolen skal bidra til at elevene utvikler "
                "gode relasjoner og trygghet (omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[("kontaktlærer", "Læreren som har et særlig ansvar for deg og klassen din.")],
        equipment=["Ark formet som en T-skjorte", "Fargeblyanter", "En pose med tre ting som forteller om læreren"],
        steps=[
            (
                "Lærerens pose",
                10,
                "helklasse",
                "Læreren viser tre ting fra posen og forteller om seg selv. Elevene gjetter hva tingene betyr.",
            ),
            (
                "Min T-skjorte",
                20,
                "individuelt",
                "Elevene tegner ting de liker på T-skjorta. Læreren går rundt og snakker kort med hver enkelt.",
            ),
            (
                "Utstilling og navnelek",
                12,
                "helklasse",
                "T-skjortene henges på en snor. Avslutt med en navnelek der alle sier navnet sitt og én ting de liker.",
            ),
        ],
        support="Elever som er engstelige, kan få vise T-skjorta bare til læreren først.",
        challenge="Eleven kan skrive tre setninger om seg selv på T-skjorta.",
        misconceptions=[
            (
                "Relasjonsbygging er noe som skjer av seg selv.",
                "Planlegg det: sett av tid til en kort prat med hver elev hver uke, og noter hvem du ikke har snakket med.",
            ),
        ],
        assessment="Før en enkel oversikt over hvem du har hatt en god samtale med den første uka, "
        "og sørg for at ingen blir glemt.",
    ),
    Lesson(
        slug="rim-og-regler-i-ring",
        title="Rim og regler i ring",
        summary=(
            "En lekende økt med rim, regler og stavelsesklapp som styrker den fonologiske bevisstheten før og "
            "under den første leseopplæringen."
        ),
        subjects=["norsk"],
        grades=[1, 2],
        survey_areas=[E14_TRIVSEL, KL_PRESTASJONER],
        pillars=[PRAKSIS],
        tags=["fonologisk bevissthet", "rim", "begynneropplæring", "muntlig", "lesing"],
        author="Kari Anne Myhre",
        school=SOLHAUG,
        licence=BY,
        related=["bokstavjakt-lyden-s"],
        duration=30,
        goals=[
            "Jeg kan høre om to ord rimer.",
            "Jeg kan klappe stavelsene i navnet mitt.",
        ],
        aims=[
            (
                "NOR01-06",
                "leke, improvisere og eksperimentere med rim, rytme, språklyder, stavelser og ord "
                "(etter 2. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[
            ("rim", "Ord som slutter likt, som katt og hatt."),
            ("stavelse", "En del av et ord som vi kan klappe, som sol-sikk-e."),
        ],
        equipment=["Bildekort med rimpar", "En myk ball"],
        steps=[
            (
                "Regle i ring",
                6,
                "helklasse",
                "Si en kjent regle sammen med bevegelser. Gjenta og la elevene fylle inn rimordet.",
            ),
            (
                "Rimball",
                10,
                "helklasse",
                "Læreren sier et ord og kaster ballen. Den som tar imot, sier et ord som rimer – tulleord er lov!",
            ),
            ("Finn rimparet", 8, "par", "Parene finner bildekort som rimer og legger dem sammen."),
            ("Klapp navnet", 5, "helklasse", "Alle klapper stavelsene i navnet sitt. Hvem har flest?"),
        ],
        support="Gi to bildekort å velge mellom: «Rimer katt på hatt eller på bil?»",
        challenge="Eleven lager sin egen lille regle med to rimpar.",
        misconceptions=[
            ("Ord som starter likt, rimer.", "Si «sol» og «sokk» og «sol» og «stol». Hvilke slutter likt?")
        ],
        assessment="Noter hvem som sikkert finner rimord og klapper stavelser, og følg opp med kartlegging ved behov.",
    ),
    Lesson(
        slug="lesekveld-for-elever-og-foresatte",
        title="Lesekveld for elever og foresatte",
        summary=(
            "En kveld på skolen der elever og foresatte leser sammen, får tips til høytlesing og blir kjent med "
            "hverandre. Styrker samarbeidet mellom hjem og skole om lesing."
        ),
        subjects=["norsk", "tverrfaglig"],
        grades=B14,
        survey_areas=[F_STOTTE, F_SAMARBEID, F_KONTAKT],
        pillars=[RETNING, KAPASITET],
        tags=["skole–hjem-samarbeid", "lesing", "høytlesing", "foreldre", "leselyst"],
        author="Marte Hagen",
        school=FJELLVANG,
        related=["lesestrategier-for-under-og-etter-lesing"],
        image_alt="Forelder og barn som leser en bildebok sammen i en sofakrok på biblioteket.",
        duration=90,
        goals=[
            "Jeg kan velge en bok jeg har lyst til å lese hjemme.",
            "Jeg kan snakke med en voksen om det vi har lest.",
        ],
        aims=[
            (
                "NOR01-06",
                "lese og samtale om skjønnlitteratur og sakprosa og uttrykke egne tanker om tekster "
                "(etter 4. trinn, omtrentlig gjengitt)",
            ),
        ],
        vocabulary=[("høytlesing", "Når en leser teksten høyt for en eller flere som lytter.")],
        equipment=[
            "Bokkasser fra skolebiblioteket sortert etter nivå",
            "Kaffe, saft og noe å bite i",
            "Foreldrebrevet «Slik kan du støtte lesing hjemme»",
            "Navnelapper",
        ],
        preparation=(
            "Inviter i god tid, og send invitasjonen også på de språkene familiene i klassen bruker. "
            "Be klassekontaktene hjelpe til med servering og med å ønske velkommen – det bygger kontakt mellom "
            "foreldrene."
        ),
        steps=[
            (
                "Velkommen",
                10,
                "helklasse",
                "Rektor eller kontaktlærer ønsker velkommen og forteller hvorfor lesing hjemme betyr mye.",
            ),
            (
                "Lærer leser høyt",
                15,
                "helklasse",
                "Læreren leser høyt fra en bildebok og viser hvordan man stopper, spør og snakker om bildene underveis.",
            ),
            (
                "Lesestund",
                35,
                "grupper",
                "Familiene velger bøker og leser sammen i sofakroker og på tepper. Lærerne går rundt og gir tips.",
            ),
            (
                "Foreldreprat",
                20,
                "grupper",
                "Mens elevene tegner fra boka de leste, snakker foreldrene i små grupper om lesevaner hjemme. "
                "Klassekontaktene leder samtalen.",
            ),
            ("Låne med hjem", 10, "helklasse", "Alle elever låner én bok med hjem. Del ut foreldrebrevet."),
        ],
        support="Ha bøker på flere språk og lydbøker tilgjengelig, og tolk dersom familier trenger det.",
        challenge="Elever som leser godt, kan lese høyt for en yngre søsken eller for en gruppe.",
        multilingual="Oppfordre foreldre til å lese og snakke om bøker på det språket familien bruker mest. "
        "Det styrker også norskutviklingen.",
        misconceptions=[
            (
                "Foreldre må være gode lesere selv for å hjelpe barnet.",
                "Det viktigste er interesse og samtale. Å spørre «Hva tror du skjer nå?» hjelper mer enn å rette feil.",
            ),
        ],
        assessment="Send en kort evaluering til foreldrene etter kvelden (tre spørsmål), og følg med på utlån fra "
        "skolebiblioteket de neste ukene.",
    ),
]
