"""Forskningsoppsummeringer i EEF-stil: spørsmål, effekt, forskningens styrke, kostnad, funn og praksis.

Only references we are sure of; a DOI is given only where it has been checked.
"""

from resources.demo.common import (
    ALL_GRADES,
    B14,
    B57,
    BY,
    E14_ATFERD,
    E14_KLASSEN,
    E14_RELASJON_LAERER,
    E14_TRIVSEL,
    E510_ATFERD,
    E510_KLASSEN,
    E510_MESTRING,
    E510_RELASJON_LAERER,
    E510_TRIVSEL,
    E510_UNDERVISNING,
    F_KONTAKT,
    F_SAMARBEID,
    F_STOTTE,
    KAPASITET,
    KARTLEGGING,
    KL_FRAVAER,
    KL_MOTIVASJON,
    KL_PRESTASJONER,
    KL_SOSIAL,
    L_ATFERD,
    L_LAERINGSKULTUR,
    L_MILJO,
    L_MOTIVASJON,
    L_STOTTE,
    L_UNDERVISNINGEN,
    LEDELSE,
    PRAKSIS,
    PROGRAMMET,
    REDAKSJONEN,
    RETNING,
    SL_PEDAGOGISK_LEDELSE,
    SL_SKOLEKULTUR,
    Ref,
    Research,
)

EEF_TOOLKIT = "https://educationendowmentfoundation.org.uk/education-evidence/teaching-learning-toolkit"
OVERORDNET_DEL = Ref(
    "Kunnskapsdepartementet",
    2017,
    "Overordnet del – verdier og prinsipper for grunnopplæringen",
    "Fastsatt som forskrift ved kongelig resolusjon",
    url="https://www.udir.no/lk20/overordnet-del/",
)
HATTIE_TIMPERLEY = Ref(
    "Hattie, J., & Timperley, H.",
    2007,
    "The Power of Feedback",
    "Review of Educational Research, 77(1), 81–112",
    doi="10.3102/003465430298487",
)
BLACK_WILIAM = Ref(
    "Black, P., & Wiliam, D.",
    1998,
    "Assessment and Classroom Learning",
    "Assessment in Education: Principles, Policy & Practice, 5(1), 7–74",
    doi="10.1080/0969595980050102",
)
BANDURA = Ref("Bandura, A.", 1997, "Self-efficacy: The exercise of control", "New York: W. H. Freeman")

RESEARCH = [
    Research(
        slug="klasseledelse-struktur-og-relasjoner",
        title="Klasseledelse: struktur, forventninger og gode relasjoner",
        summary=(
            "God klasseledelse handler om å skape et forutsigbart og trygt miljø der tiden brukes til læring. "
            "Forskningen viser små, men sikre positive effekter av systematisk arbeid med klasseledelse – på "
            "både atferd og faglig læring."
        ),
        subjects=["tverrfaglig"],
        grades=ALL_GRADES,
        survey_areas=[E14_ATFERD, E510_ATFERD, L_ATFERD, L_MILJO],
        pillars=[PRAKSIS, RETNING],
        tags=["klasseledelse", "atferd", "læringsmiljø", "rutiner", "relasjoner"],
        author=REDAKSJONEN,
        school=PROGRAMMET,
        related=["morgenrutine-med-tydelige-mal", "klassens-samarbeidsregler", "klassemote-om-trivsel"],
        image_alt="Et ryddig klasserom der elevene arbeider i grupper og læreren går rundt.",
        question="Hva kjennetegner klasseledelse som fremmer elevenes læring og atferd, og hvor stor effekt har "
        "systematisk arbeid med klasseledelse?",
        impact=2,
        impact_months=4,
        evidence=4,
        cost=1,
        findings=[
            (
                "Tiltak for klasseledelse gir små, men positive effekter på både faglige, atferdsmessige, sosiale og "
                "motivasjonelle utfall.",
                "Korpershoek og medarbeidere (2016) samlet kontrollerte studier fra grunnskolen og fant positive "
                "effekter på tvers av ulike typer utfall. Effektene var beskjedne, men konsistente.",
            ),
            (
                "Forebygging virker bedre enn reaksjoner i etterkant.",
                "Tydelige forventninger, faste rutiner og god planlegging av overganger reduserer uro før den oppstår. "
                "Ogden (2012) beskriver klasseledelse som å etablere, opprettholde og gjenopprette arbeidsro.",
            ),
            (
                "Relasjonen mellom lærer og elev er en del av klasseledelsen – ikke et alternativ til den.",
                "Lærere som kombinerer tydelig struktur med varme og støtte, lykkes best med både ro og læring.",
            ),
            (
                "Effekten avhenger av at tiltakene gjennomføres konsekvent og over tid.",
                "Kortvarige kampanjer gir lite. Det som virker, er felles praksis som hele personalet følger opp.",
            ),
        ],
        practice=(
            "Start med det som skjer i overgangene: starten av timen, bytte mellom aktiviteter og avslutningen. "
            "Det er der mye tid går tapt.\n\n"
            "- Innfør en fast oppstart, for eksempel en morgenrutine med dagsplan og læringsmål.\n"
            "- Lag få og positivt formulerte regler sammen med elevene, og øv på hvordan de ser ut i praksis.\n"
            "- Gi langt flere positive kommentarer enn korreksjoner, og gjør korreksjonene korte og rolige.\n"
            "- Bli enige i teamet om felles forventninger, så elevene møter den samme praksisen hos alle voksne.\n\n"
            "[!Slik kan teamet komme i gang] Velg én rutine, gjennomfør den likt i alle klasser i seks uker, og "
            "sammenlign elevundersøkelsens resultater på atferd og arbeidsro før og etter."
        ),
        body=(
            "## Hva mener vi med klasseledelse?\n\n"
            "Klasseledelse er lærerens evne til å skape et positivt klima for læring, etablere arbeidsro og "
            "motivere elevene til innsats. Det omfatter både organisering av undervisningen, regler og rutiner og "
            "relasjonene i klassen.\n\n"
            "## Hvor sikker er kunnskapen?\n\n"
            "Forskningsgrunnlaget er bredt, med mange kontrollerte studier og flere metaanalyser. Effektene varierer "
            "mellom programmer, og mange studier er fra USA. Hovedbildet – at systematisk klasseledelse gir bedre "
            "læringsmiljø – er likevel godt dokumentert også i nordiske studier."
        ),
        references=[
            Ref(
                "Korpershoek, H., Harms, T., de Boer, H., van Kuijk, M., & Doolaard, S.",
                2016,
                "A Meta-Analysis of the Effects of Classroom Management Strategies and Classroom Management Programs "
                "on Students' Academic, Behavioral, Emotional, and Motivational Outcomes",
                "Review of Educational Research, 86(3), 643–680",
                doi="10.3102/0034654315626799",
            ),
            Ref("Ogden, T.", 2012, "Klasseledelse: Praksis, teori og forskning", "Oslo: Gyldendal Akademisk"),
            Ref(
                "Nordahl, T., Sørlie, M.-A., Manger, T., & Tveit, A.",
                2005,
                "Atferdsproblemer blant barn og unge: Teoretiske og praktiske tilnærminger",
                "Bergen: Fagbokforlaget",
            ),
            Ref(
                "Education Endowment Foundation",
                2021,
                "Teaching and Learning Toolkit: Behaviour interventions",
                "London: EEF",
                url=EEF_TOOLKIT,
            ),
        ],
    ),
    Research(
        slug="relasjonen-mellom-laerer-og-elev",
        title="Relasjonen mellom lærer og elev",
        summary=(
            "Elever som opplever en varm og støttende relasjon til læreren, er mer engasjerte og lærer mer. "
            "Sammenhengen er godt dokumentert på alle trinn, og særlig viktig for elever som strever."
        ),
        subjects=["tverrfaglig"],
        grades=ALL_GRADES,
        survey_areas=[E14_RELASJON_LAERER, E510_RELASJON_LAERER, L_STOTTE],
        pillars=[PRAKSIS],
        tags=["relasjoner", "relasjon lærer–elev", "engasjement", "motivasjon"],
        author=REDAKSJONEN,
        school=PROGRAMMET,
        related=[
            "trygg-start-bli-kjent-med-kontaktlaereren",
            "elevsamtalen-jeg-setter-meg-et-mal",
            "tilhorighet-og-oppmote-kontaktlaerertimen",
        ],
        image_alt="Lærer og elev som ler sammen over en oppgave ved pulten.",
        question="Hvilken betydning har relasjonen mellom lærer og elev for elevenes engasjement og faglige "
        "læring, og hva kan lærere gjøre for å bygge gode relasjoner?",
        impact=2,
        impact_months=None,
        evidence=3,
        cost=1,
        findings=[
            (
                "Positive relasjoner henger sammen med høyere engasjement og bedre faglige resultater.",
                "Roorda og medarbeidere (2011) fant i en metaanalyse at positive relasjoner har sammenheng med "
                "elevenes engasjement og prestasjoner, og at negative relasjoner henger sammen med lavere "
                "engasjement.",
            ),
            (
                "Sammenhengen er blant de sterkeste i forskningen på læringsmiljø.",
                "Cornelius-White (2007) samlet 119 studier med over 355 000 elever og fant en gjennomsnittlig "
                "korrelasjon på 0,31 mellom elevsentrerte lærer–elev-relasjoner og positive utfall.",
            ),
            (
                "Relasjonen betyr mest for elever som strever faglig eller sosialt.",
                "Elever med atferdsvansker eller svake faglige forutsetninger har særlig nytte av en lærer som ser dem "
                "og har tro på dem.",
            ),
            (
                "Relasjoner bygges gjennom små, gjentatte handlinger over tid.",
                "Å hilse ved navn, vise interesse for elevens liv og gi støtte når det er vanskelig, betyr mer enn "
                "enkeltstående aktiviteter.",
            ),
        ],
        practice=(
            "Relasjonsbygging er et profesjonelt ansvar som kan planlegges:\n\n"
            "- Hils på hver elev ved navn hver dag.\n"
            "- Sett av to minutter i uka til en uformell prat med hver elev – særlig de du sjelden snakker med.\n"
            "- Før en enkel oversikt over hvem du har hatt en god samtale med, så ingen blir glemt.\n"
            "- Reparer raskt etter konflikter: en kort, rolig samtale dagen etter viser at relasjonen tåler uenighet.\n\n"
            "Les resultatene for «Relasjon til lærer» i elevundersøkelsen i teamet. Hva kjennetegner klassene der "
            "elevene svarer mest positivt?"
        ),
        body=(
            "## Korrelasjon, ikke nødvendigvis årsak\n\n"
            "Det meste av forskningen på lærer–elev-relasjoner er korrelasjonell: den viser at gode relasjoner og "
            "gode resultater henger sammen, men ikke alltid hva som er årsak og virkning. Derfor oppgir vi ikke et "
            "anslag i måneder. Intervensjonsstudier som styrker lærernes relasjonskompetanse, peker likevel i samme "
            "retning.\n\n"
            "[!Voksenansvar] Det er den voksne som har ansvaret for kvaliteten på relasjonen – også når eleven "
            "er vanskelig å nå."
        ),
        references=[
            Ref(
                "Roorda, D. L., Koomen, H. M. Y., Spilt, J. L., & Oort, F. J.",
                2011,
                "The Influence of Affective Teacher–Student Relationships on Students' School Engagement and "
                "Achievement: A Meta-Analytic Approach",
                "Review of Educational Research, 81(4), 493–529",
                doi="10.3102/0034654311421793",
            ),
            Ref(
                "Cornelius-White, J.",
                2007,
                "Learner-Centered Teacher-Student Relationships Are Effective: A Meta-Analysis",
                "Review of Educational Research, 77(1), 113–143",
                doi="10.3102/003465430298563",
            ),
            Ref(
                "Drugli, M. B.",
                2012,
                "Relasjonen lærer og elev: Avgjørende for elevenes læring",
                "Oslo: Cappelen Damm Akademisk",
            ),
            Ref(
                "Nordahl, T.",
                2010,
                "Eleven som aktør: Fokus på elevens læring og handlinger i skolen",
                "Oslo: Universitetsforlaget",
            ),
        ],
    ),
    Research(
        slug="vurdering-for-laering",
        title="Vurdering for læring",
        summary=(
            "Når læreren løpende finner ut hva elevene har forstått, og bruker det til å justere undervisningen, "
            "lærer elevene mer. Vurdering for læring er et av de best dokumenterte tiltakene i skolen."
        ),
        subjects=["tverrfaglig"],
        grades=ALL_GRADES,
        survey_areas=[E510_UNDERVISNING, L_UNDERVISNINGEN, KL_PRESTASJONER],
        pillars=[PRAKSIS, KARTLEGGING],
        tags=["vurdering for læring", "underveisvurdering", "læringsmål", "egenvurdering"],
        author=REDAKSJONEN,
        school=PROGRAMMET,
        related=[
            "exit-tickets-what-did-i-learn-today",
            "brok-med-pizzamodeller",
            "lesestrategier-for-under-og-etter-lesing",
            "plakat-vurdering-for-laering",
        ],
        question="Hvilken effekt har underveisvurdering (formativ vurdering) på elevenes læring, og hvilke "
        "elementer ser ut til å virke?",
        impact=3,
        impact_months=6,
        evidence=4,
        cost=1,
        findings=[
            (
                "Systematisk underveisvurdering gir betydelig bedre læring.",
                "Black og Wiliam (1998) gjennomgikk omfattende forskning og konkluderte med at styrket "
                "underveisvurdering gir betydelige læringsgevinster.",
            ),
            (
                "Elever med svake resultater ser ut til å ha særlig stor nytte.",
                "Gevinsten er ofte størst for elevene som strever mest, slik at forskjellene i klassen kan bli mindre.",
            ),
            (
                "Det er bruken av informasjonen som gir effekt, ikke testingen i seg selv.",
                "Vurdering blir formativ først når læreren eller eleven endrer noe ut fra det de har funnet ut.",
            ),
            (
                "Tydelige mål og kriterier er en forutsetning.",
                "Elever som vet hva de skal lære og hvordan godt arbeid ser ut, kan vurdere seg selv og hverandre.",
            ),
        ],
        practice=(
            "Bygg vurdering for læring inn i de vanlige timene:\n\n"
            "1. Del læringsmålet og kriteriene i starten av timen, med elevvennlige ord.\n"
            "2. Still spørsmål til hele klassen – bruk minitavler eller svarkort i stedet for håndsopprekking.\n"
            "3. Avslutt med en exit ticket, og les dem før du planlegger neste time.\n"
            "4. La elevene vurdere eget arbeid etter kriteriene før de leverer.\n\n"
            "[!Fire prinsipper] Elevene skal forstå hva de skal lære, få tilbakemeldinger om kvaliteten på arbeidet, "
            "få råd om hvordan de kan forbedre seg, og være med og vurdere eget arbeid."
        ),
        references=[
            BLACK_WILIAM,
            Ref("Wiliam, D.", 2011, "Embedded Formative Assessment", "Bloomington, IN: Solution Tree Press"),
            HATTIE_TIMPERLEY,
            OVERORDNET_DEL,
        ],
    ),
    Research(
        slug="tilbakemeldinger-som-fremmer-laering",
        title="Tilbakemeldinger som fremmer læring",
        summary=(
            "Tilbakemeldinger kan ha stor effekt på læring – men ikke alle tilbakemeldinger virker. Den beste "
            "tilbakemeldingen forteller eleven hvor hun skal, hvor hun er, og hva som er neste steg."
        ),
        subjects=["tverrfaglig"],
        grades=ALL_GRADES,
        survey_areas=[E510_UNDERVISNING, L_UNDERVISNINGEN, E510_MESTRING, KL_PRESTASJONER],
        pillars=[PRAKSIS],
        tags=["tilbakemelding", "vurdering for læring", "framovermelding", "skriving"],
        author=REDAKSJONEN,
        school=PROGRAMMET,
        related=["fagtekst-om-et-dyr", "debattinnlegg-argumenterende-tekst", "elevsamtalen-jeg-setter-meg-et-mal"],
        image_alt="Elevtekst med lærerens korte kommentar i margen: to stjerner og et ønske.",
        question="Hva kjennetegner tilbakemeldinger som gir læring, og hvilke tilbakemeldinger har liten eller "
        "negativ effekt?",
        impact=3,
        impact_months=6,
        evidence=3,
        cost=1,
        findings=[
            (
                "Gode tilbakemeldinger svarer på tre spørsmål: Hvor skal jeg? Hvor er jeg nå? Hva er neste steg?",
                "Hattie og Timperley (2007) beskriver dette som kjernen i tilbakemeldinger som virker.",
            ),
            (
                "Tilbakemelding på oppgaven, prosessen og selvregulering virker – ros av personen gjør det sjelden.",
                "Kommentarer som «flink gutt» sier lite om hva eleven skal gjøre videre, og kan ta oppmerksomheten "
                "bort fra oppgaven.",
            ),
            (
                "Effekten er gjennomsnittlig middels stor, men varierer mye.",
                "Wisniewski, Zierer og Hattie (2020) fant i en metaanalyse av 435 studier en middels effekt (d = 0,48), "
                "med større effekt jo mer informasjon tilbakemeldingen inneholdt.",
            ),
            (
                "Eleven må få tid og anledning til å bruke tilbakemeldingen.",
                "En tilbakemelding som ikke fører til en ny versjon eller et nytt forsøk, har liten verdi.",
            ),
        ],
        practice=(
            "- Gi færre, men mer presise tilbakemeldinger – én ting eleven skal gjøre videre.\n"
            "- Knytt tilbakemeldingen til kriteriene eleven kjenner fra før.\n"
            "- Sett av tid i timen til at elevene arbeider med tilbakemeldingen.\n"
            "- Lær elevene å gi hverandre tilbakemeldinger med «to stjerner og et ønske».\n\n"
            "Unngå å gi karakter og kommentar samtidig på arbeid underveis: da leser mange elever bare karakteren."
        ),
        references=[
            HATTIE_TIMPERLEY,
            Ref(
                "Wisniewski, B., Zierer, K., & Hattie, J.",
                2020,
                "The Power of Feedback Revisited: A Meta-Analysis of Educational Feedback Research",
                "Frontiers in Psychology, 10, 3087",
                doi="10.3389/fpsyg.2019.03087",
            ),
            BLACK_WILIAM,
            Ref(
                "Education Endowment Foundation",
                2021,
                "Teaching and Learning Toolkit: Feedback",
                "London: EEF",
                url=EEF_TOOLKIT,
            ),
        ],
    ),
    Research(
        slug="tilpasset-opplaering-og-differensiering",
        title="Tilpasset opplæring og differensiering",
        summary=(
            "Tilpasset opplæring handler om å gi alle elever utfordringer de kan mestre innenfor fellesskapet. "
            "Forskningen gir støtte til fleksibel differensiering i klassen, men advarer mot faste nivågrupper."
        ),
        subjects=["tverrfaglig"],
        grades=ALL_GRADES,
        survey_areas=[KL_PRESTASJONER, E510_UNDERVISNING, L_UNDERVISNINGEN, E510_MESTRING],
        pillars=[PRAKSIS],
        tags=["tilpasset opplæring", "differensiering", "inkludering", "nivågrupper"],
        author=REDAKSJONEN,
        school=PROGRAMMET,
        related=["brok-med-pizzamodeller", "ballspill-der-alle-lykkes", "skriveramme-argumenterende-tekst"],
        question="Hvilke former for differensiering innenfor klassen har effekt på elevenes læring, og hvilke "
        "bør vi være forsiktige med?",
        impact=2,
        impact_months=4,
        evidence=2,
        cost=2,
        findings=[
            (
                "Differensiering som del av en helhetlig undervisningsmodell gir små til moderate positive effekter.",
                "Deunk og medarbeidere (2018) fant slike effekter i barneskolen, blant annet når digitale verktøy "
                "ble brukt til å tilpasse oppgavene.",
            ),
            (
                "Faste nivågrupper kan skade de svakeste elevene.",
                "Samme gjennomgang fant en liten negativ effekt av homogene nivågrupper for elever med svake "
                "forutsetninger, og ingen effekt for de andre.",
            ),
            (
                "Forskningsgrunnlaget i ungdomsskolen er tynt.",
                "Smale-Jacobse og medarbeidere (2019) fant bare tolv studier som oppfylte kravene til gjennomgangen, "
                "men de fleste viste små til moderate positive effekter.",
            ),
            (
                "Tilpasning handler like mye om støtte og tid som om ulike oppgaver.",
                "Stillas, konkreter, modelltekster og ekstra veiledning lar flere elever arbeide med det samme "
                "faglige innholdet.",
            ),
        ],
        practice=(
            "- Gi felles mål, men ulik støtte: skriverammer, konkreter, ordbanker eller ekstra eksempler.\n"
            "- Bruk åpne oppgaver med lav terskel og høyt tak, der alle kan komme i gang og noen kan gå langt.\n"
            "- Sett sammen grupper fleksibelt ut fra siste exit ticket – ikke faste nivågrupper gjennom året.\n"
            "- Gi utfordringer i dybden, ikke bare flere oppgaver av samme slag.\n\n"
            "[!Husk] Tilpasset opplæring er et prinsipp for all undervisning, ikke et eget tiltak for noen elever."
        ),
        references=[
            Ref(
                "Deunk, M. I., Smale-Jacobse, A. E., de Boer, H., Doolaard, S., & Bosker, R. J.",
                2018,
                "Effective differentiation practices: A systematic review and meta-analysis of studies on the "
                "cognitive effects of differentiation practices in primary education",
                "Educational Research Review, 24, 31–54",
                doi="10.1016/j.edurev.2018.02.002",
            ),
            Ref(
                "Smale-Jacobse, A. E., Meijer, A., Helms-Lorenz, M., & Maulana, R.",
                2019,
                "Differentiated Instruction in Secondary Education: A Systematic Review of Research Evidence",
                "Frontiers in Psychology, 10, 2366",
                doi="10.3389/fpsyg.2019.02366",
            ),
            Ref(
                "Tomlinson, C. A.",
                2014,
                "The Differentiated Classroom: Responding to the Needs of All Learners (2nd ed.)",
                "Alexandria, VA: ASCD",
            ),
            Ref(
                "Bachmann, K., & Haug, P.",
                2006,
                "Forskning om tilpasset opplæring",
                "Forskingsrapport nr. 62. Volda: Høgskulen i Volda / Møreforsking Volda",
            ),
        ],
    ),
    Research(
        slug="leseforstaelse-og-lesestrategier",
        title="Leseforståelse og undervisning i lesestrategier",
        summary=(
            "Eksplisitt undervisning i lesestrategier – å spå, stille spørsmål, oppklare og oppsummere – gir bedre "
            "leseforståelse. Effekten er størst når strategiene modelleres og øves i meningsfulle tekster."
        ),
        subjects=["norsk", "tverrfaglig"],
        grades=[3, 4, 5, 6, 7, 8, 9, 10],
        survey_areas=[KL_PRESTASJONER, L_UNDERVISNINGEN, E510_UNDERVISNING],
        pillars=[PRAKSIS],
        tags=["lesing", "leseforståelse", "lesestrategier", "gjensidig undervisning", "modellering"],
        author=REDAKSJONEN,
        school=PROGRAMMET,
        related=[
            "lesestrategier-for-under-og-etter-lesing",
            "lesegrupper-med-gjensidig-undervisning",
            "climate-change-reading-a-news-article",
            "plakat-lesestrategier",
        ],
        image_alt="Elev som leser en fagtekst med post-it-lapper i margen.",
        question="Hvilken effekt har undervisning i lesestrategier på elevenes leseforståelse, og hvordan bør "
        "strategiene undervises?",
        impact=3,
        impact_months=6,
        evidence=4,
        cost=1,
        findings=[
            (
                "Elever som lærer å bruke lesestrategier, forstår det de leser bedre.",
                "National Reading Panel (2000) fant at undervisning i forståelsesstrategier – særlig kombinasjoner "
                "av flere strategier – gir bedre leseforståelse.",
            ),
            (
                "Gjensidig undervisning er en godt dokumentert metode.",
                "Palincsar og Brown (1984) viste at svake lesere på 7. trinn fikk tydelig bedre leseforståelse når "
                "de lærte å spå, stille spørsmål, oppklare og oppsummere i dialog med læreren og hverandre.",
            ),
            (
                "Strategiene må modelleres, øves med støtte og gradvis overlates til eleven.",
                "Duke og Pearson (2002) beskriver en modell der læreren først viser, deretter veileder, før elevene "
                "bruker strategiene selvstendig.",
            ),
            (
                "Strategiene er et middel, ikke et mål.",
                "Målet er forståelse av tekstene. Strategiundervisning bør knyttes til fagtekster elevene faktisk skal "
                "lære noe av.",
            ),
        ],
        practice=(
            "- Modeller høyt: vis hvordan du tenker når du møter et vanskelig ord eller avsnitt.\n"
            "- Bruk få strategier om gangen, og bruk de samme ordene i alle fag.\n"
            "- La elevene øve i par eller grupper med tydelige roller før de leser alene.\n"
            "- Velg tekster som er litt krevende, slik at strategiene blir nødvendige.\n\n"
            "Lesing er en grunnleggende ferdighet i alle fag. Bli enige i teamet om hvilke strategier dere "
            "underviser i, så elevene møter dem i naturfag og samfunnsfag også."
        ),
        references=[
            Ref(
                "Palincsar, A. S., & Brown, A. L.",
                1984,
                "Reciprocal Teaching of Comprehension-Fostering and Comprehension-Monitoring Activities",
                "Cognition and Instruction, 1(2), 117–175",
            ),
            Ref(
                "National Reading Panel",
                2000,
                "Teaching Children to Read: An Evidence-Based Assessment of the "
                "Scientific Research Literature on Reading and Its Implications for Reading Instruction",
                "Washington, DC: National Institute of Child Health and Human Development",
            ),
            Ref(
                "Duke, N. K., & Pearson, P. D.",
                2002,
                "Effective Practices for Developing Reading Comprehension",
                "I A. E. Farstrup & S. J. Samuels (red.), What Research Has to Say About Reading Instruction "
                "(3rd ed.). Newark, DE: International Reading Association",
            ),
            Ref(
                "Roe, A.",
                2014,
                "Lesedidaktikk: Etter den første leseopplæringen (3. utg.)",
                "Oslo: Universitetsforlaget",
            ),
        ],
    ),
    Research(
        slug="mestringsforventning",
        title="Mestringsforventning: elevenes tro på egen læring",
        summary=(
            "Elever som tror de kan mestre en oppgave, prøver hardere, holder ut lenger og lærer mer. "
            "Mestringsforventning bygges først og fremst gjennom egne erfaringer med å lykkes på oppgaver som "
            "krever innsats."
        ),
        subjects=["tverrfaglig"],
        grades=ALL_GRADES,
        survey_areas=[E510_MESTRING, KL_MOTIVASJON, L_MOTIVASJON],
        pillars=[PRAKSIS],
        tags=["mestringsforventning", "motivasjon", "selvoppfatning", "målsetting"],
        author=REDAKSJONEN,
        school=PROGRAMMET,
        related=[
            "elevsamtalen-jeg-setter-meg-et-mal",
            "ballspill-der-alle-lykkes",
            "laeringsstrategier-for-provesituasjoner",
        ],
        image_alt="Trapp tegnet på tavla med små delmål på hvert trinn.",
        question="Hva er mestringsforventning, hvordan påvirker den læring, og hva kan lærere gjøre for å styrke den?",
        impact=2,
        impact_months=None,
        evidence=3,
        cost=1,
        findings=[
            (
                "Mestringsforventning påvirker valg, innsats og utholdenhet.",
                "Bandura (1997) beskriver mestringsforventning som troen på at man kan utføre det som kreves for å "
                "nå et mål. Schunk (1991) viser hvordan den henger sammen med elevers motivasjon og læring.",
            ),
            (
                "Egne mestringserfaringer er den sterkeste kilden.",
                "Bandura peker på fire kilder: egne erfaringer, å se andre lykkes, oppmuntring fra andre og egne "
                "kroppslige og følelsesmessige reaksjoner. Egne erfaringer veier tyngst.",
            ),
            (
                "Nære, konkrete delmål styrker mestringsforventningen mer enn fjerne mål.",
                "Når eleven ser framgang mot et delmål, øker troen på at neste steg også er mulig.",
            ),
            (
                "Tilbakemeldinger som knytter framgang til innsats og strategier, bygger mestringsforventning.",
                "Å si «du fikk det til fordi du prøvde en ny måte» er mer virksomt enn å si «du er flink».",
            ),
        ],
        practice=(
            "- Del store mål i delmål som eleven kan nå i løpet av noen uker.\n"
            "- Gi oppgaver på riktig nivå – krevende, men mulige med innsats.\n"
            "- Gjør framgang synlig, for eksempel med en enkel graf eller logg.\n"
            "- Vis fram modeller: elever som lykkes etter å ha strevd, er bedre forbilder enn de som alltid lykkes.\n\n"
            "Se på resultatene for «Forventning om mestring» i elevundersøkelsen. Er det forskjell mellom fag, "
            "eller mellom gutter og jenter?"
        ),
        body=(
            "## Hvorfor ikke et anslag i måneder?\n\n"
            "Mestringsforventning er en egenskap hos eleven, ikke et avgrenset tiltak. Forskningen viser sterke "
            "sammenhenger med læring, men effekten av tiltak som styrker den, varierer. Vi oppgir derfor ikke et "
            "anslag i måneder."
        ),
        references=[
            BANDURA,
            Ref(
                "Schunk, D. H.",
                1991,
                "Self-Efficacy and Academic Motivation",
                "Educational Psychologist, 26(3–4), 207–231",
            ),
            Ref(
                "Skaalvik, E. M., & Skaalvik, S.",
                2013,
                "Skolen som læringsarena: Selvoppfatning, motivasjon og læring (2. utg.)",
                "Oslo: Universitetsforlaget",
            ),
        ],
    ),
    Research(
        slug="samarbeid-mellom-skole-og-hjem",
        title="Samarbeid mellom skole og hjem",
        summary=(
            "Foreldres engasjement i barnas skolegang henger sammen med bedre resultater. Det som ser ut til å "
            "bety mest, er forventninger, samtaler og gode lesevaner hjemme – mer enn hjelp med lekser."
        ),
        subjects=["tverrfaglig"],
        grades=ALL_GRADES,
        survey_areas=[F_STOTTE, F_SAMARBEID, F_KONTAKT, KL_FRAVAER],
        pillars=[RETNING, PRAKSIS],
        tags=["skole–hjem-samarbeid", "foreldre", "foreldremøte", "lesing", "lekser"],
        author=REDAKSJONEN,
        school=PROGRAMMET,
        related=[
            "lesekveld-for-elever-og-foresatte",
            "foreldrebrev-lesing-hjemme",
            "hoytider-i-klassen-var",
            "tilhorighet-og-oppmote-kontaktlaerertimen",
        ],
        image_alt="Forelder, elev og lærer rundt et bord i en utviklingssamtale.",
        question="Hvilke former for foreldreengasjement har sammenheng med elevenes læring, og hvordan kan skolen "
        "legge til rette for et godt samarbeid?",
        impact=2,
        impact_months=4,
        evidence=3,
        cost=2,
        findings=[
            (
                "Foreldreengasjement har en positiv sammenheng med elevenes faglige resultater.",
                "Castro og medarbeidere (2015) fant i en metaanalyse en positiv sammenheng, sterkest når foreldrene "
                "har høye forventninger, snakker med barna om skolen og bidrar til gode lesevaner.",
            ),
            (
                "Direkte hjelp med lekser har svakere eller ingen sammenheng med resultater.",
                "Hill og Tyson (2009) fant at det som kalles akademisk sosialisering – å snakke om betydningen av "
                "utdanning og framtidsplaner – hadde sterkest sammenheng på ungdomstrinnet, mens leksehjelp ikke "
                "hadde det.",
            ),
            (
                "Skolen har ansvaret for å ta initiativ til samarbeidet.",
                "Nordahl (2007) understreker at samarbeidet må bygge på likeverd og dialog, og at skolen må nå ut "
                "også til foreldre som ikke selv tar kontakt.",
            ),
        ],
        practice=(
            "- Gi foreldre konkrete og enkle råd, for eksempel om høytlesing og samtaler om skoledagen.\n"
            "- Bruk foreldremøter til dialog i små grupper, ikke bare informasjon.\n"
            "- Legg til rette for kontakt mellom foreldrene i klassen, for eksempel med klassekontakter og "
            "felles arrangementer.\n"
            "- Tilby tolk og oversatte skriv der det trengs.\n\n"
            "[!Bruk kartleggingen] Foreldreundersøkelsen viser hvordan foreldrene opplever informasjon, samarbeid "
            "og kontakten med andre foreldre. Velg ett område å forbedre dette skoleåret."
        ),
        references=[
            Ref(
                "Castro, M., Expósito-Casas, E., López-Martín, E., Lizasoain, L., Navarro-Asencio, E., & "
                "Gaviria, J. L.",
                2015,
                "Parental involvement on student academic achievement: A meta-analysis",
                "Educational Research Review, 14, 33–46",
                doi="10.1016/j.edurev.2015.01.002",
            ),
            Ref(
                "Hill, N. E., & Tyson, D. F.",
                2009,
                "Parental Involvement in Middle School: A Meta-Analytic "
                "Assessment of the Strategies That Promote Achievement",
                "Developmental Psychology, 45(3), 740–763",
                url="https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2782391/",
            ),
            Ref("Nordahl, T.", 2007, "Hjem og skole: Hvordan skape et bedre samarbeid?", "Oslo: Universitetsforlaget"),
            Ref(
                "Education Endowment Foundation",
                2021,
                "Teaching and Learning Toolkit: Parental engagement",
                "London: EEF",
                url=EEF_TOOLKIT,
            ),
        ],
    ),
    Research(
        slug="profesjonelle-laeringsfellesskap",
        title="Profesjonelle læringsfellesskap",
        summary=(
            "I et profesjonelt læringsfellesskap undersøker lærere og ledere sammen egen praksis med elevenes "
            "læring som mål. Godt utviklede fellesskap henger sammen med bedre undervisning og bedre resultater."
        ),
        subjects=["tverrfaglig"],
        grades=ALL_GRADES,
        survey_areas=[SL_SKOLEKULTUR, L_MILJO, L_LAERINGSKULTUR],
        pillars=[KAPASITET, RETNING],
        tags=["profesjonelle læringsfellesskap", "kollektiv kultur", "nettverk", "skoleutvikling", "samarbeid"],
        author=REDAKSJONEN,
        school=PROGRAMMET,
        related=["brok-med-pizzamodeller", "fotosyntesen-i-praksis", "lesegrupper-med-gjensidig-undervisning"],
        image_alt="Lærere rundt et bord med elevarbeider og notater under et nettverksmøte.",
        question="Hva kjennetegner profesjonelle læringsfellesskap som gjør en forskjell for elevene, og hva "
        "vet vi om effektene?",
        impact=2,
        impact_months=None,
        evidence=2,
        cost=3,
        findings=[
            (
                "Et profesjonelt læringsfellesskap har fem kjennetegn.",
                "Stoll og medarbeidere (2006) beskriver felles verdier og visjon, kollektivt ansvar for elevenes "
                "læring, reflekterende undersøkelse av egen praksis, samarbeid og læring både i gruppe og individuelt.",
            ),
            (
                "Godt utviklede fellesskap henger sammen med endret undervisning og bedre elevresultater.",
                "Vescio, Ross og Adams (2008) fant i en gjennomgang at fellesskap med tydelig fokus på elevenes læring "
                "hadde positiv betydning, men at få studier gikk lenger enn lærernes egne rapporter.",
            ),
            (
                "Profesjonell utvikling virker når den er langvarig og knyttet til elevenes læring.",
                "Timperley og medarbeidere (2007) fant at læring over tid, med utgangspunkt i elevenes behov og med "
                "støtte utenfra, hadde størst betydning.",
            ),
        ],
        practice=(
            "- Ta utgangspunkt i konkrete elevarbeider eller kartleggingsresultater, ikke i generelle temaer.\n"
            "- Prøv ut én ting i egen klasse mellom hvert møte, og ta med erfaringene tilbake.\n"
            "- Bruk faste strukturer for møtene: mål, utprøving, refleksjon og neste steg.\n"
            "- Del undervisningsopplegg som teamet eller nettverket har utviklet – også her på portalen.\n\n"
            "Nettverkene i Kultur for læring er profesjonelle læringsfellesskap på tvers av skoler. Opplegg merket "
            "med et nettverk som forfatter er utviklet og prøvd ut der."
        ),
        references=[
            Ref(
                "Stoll, L., Bolam, R., McMahon, A., Wallace, M., & Thomas, S.",
                2006,
                "Professional Learning Communities: A Review of the Literature",
                "Journal of Educational Change, 7(4), 221–258",
                doi="10.1007/s10833-006-0001-8",
            ),
            Ref(
                "Vescio, V., Ross, D., & Adams, A.",
                2008,
                "A review of research on the impact of professional "
                "learning communities on teaching practice and student learning",
                "Teaching and Teacher Education, 24(1), 80–91",
            ),
            Ref(
                "Timperley, H., Wilson, A., Barrar, H., & Fung, I.",
                2007,
                "Teacher Professional Learning and Development: Best Evidence Synthesis Iteration [BES]",
                "Wellington: Ministry of Education",
            ),
            Ref(
                "Hargreaves, A., & Fullan, M.",
                2012,
                "Professional Capital: Transforming Teaching in Every School",
                "New York: Teachers College Press",
            ),
        ],
    ),
    Research(
        slug="pedagogisk-ledelse",
        title="Pedagogisk ledelse som gjør en forskjell",
        summary=(
            "Skoleledere som er tett på undervisningen og deltar i lærernes profesjonelle læring, har størst "
            "betydning for elevenes resultater. Pedagogisk ledelse har langt større effekt enn generell "
            "inspirerende ledelse."
        ),
        subjects=["tverrfaglig"],
        grades=ALL_GRADES,
        survey_areas=[SL_PEDAGOGISK_LEDELSE, SL_SKOLEKULTUR, L_MILJO],
        pillars=[LEDELSE, RETNING, KAPASITET],
        tags=["skoleledelse", "pedagogisk ledelse", "skoleutvikling", "ledelse på alle nivå"],
        author=REDAKSJONEN,
        school=PROGRAMMET,
        licence=BY,
        related=["vi-tolker-klassens-elevundersokelse", "morgenrutine-med-tydelige-mal"],
        question="Hvilke former for skoleledelse har størst betydning for elevenes læring?",
        impact=2,
        impact_months=None,
        evidence=3,
        cost=2,
        findings=[
            (
                "Pedagogisk ledelse har tre til fire ganger så stor effekt som transformasjonsledelse.",
                "Robinson, Lloyd og Rowe (2008) sammenlignet studier av sammenhengen mellom ledelse og elevresultater.",
            ),
            (
                "Størst effekt har ledere som fremmer og selv deltar i lærernes læring og utvikling.",
                "Deretter fulgte å sette mål og forventninger og å planlegge, koordinere og evaluere undervisningen.",
            ),
            (
                "Ledelse skjer på alle nivå.",
                "Lærere som leder team og nettverk, er like viktige for forbedringsarbeidet som formelle ledere.",
            ),
        ],
        practice=(
            "- Sett av fast tid i ledermøtene til elevenes læring, ikke bare drift.\n"
            "- Delta i teamenes arbeid med kartleggingsresultater og undervisningsopplegg.\n"
            "- Bli enige om få, tydelige mål for skolen, og følg dem opp over tid.\n"
            "- Gi lærere som leder team og nettverk, tid og støtte til å gjøre det godt."
        ),
        references=[
            Ref(
                "Robinson, V. M. J., Lloyd, C. A., & Rowe, K. J.",
                2008,
                "The Impact of Leadership on Student "
                "Outcomes: An Analysis of the Differential Effects of Leadership Types",
                "Educational Administration Quarterly, 44(5), 635–674",
            ),
            Ref(
                "Robinson, V., Hohepa, M., & Lloyd, C.",
                2009,
                "School Leadership and Student Outcomes: Identifying "
                "What Works and Why. Best Evidence Synthesis Iteration [BES]",
                "Wellington: Ministry of Education",
            ),
            Ref(
                "Fullan, M., & Quinn, J.",
                2016,
                "Coherence: The Right Drivers in Action for Schools, Districts, and Systems",
                "Thousand Oaks, CA: Corwin",
            ),
        ],
    ),
    Research(
        slug="bruk-av-kartleggingsresultater",
        title="Bruk av kartleggingsresultater i skoleutvikling",
        summary=(
            "Kartlegginger gir bare forbedring når resultatene blir tolket sammen, koblet til praksis og fulgt "
            "opp med konkrete tiltak. Forskningen peker på at dette krever tid, kompetanse og ledelse."
        ),
        subjects=["tverrfaglig"],
        grades=ALL_GRADES,
        survey_areas=[SL_PEDAGOGISK_LEDELSE, L_MILJO, E510_TRIVSEL, E14_TRIVSEL],
        pillars=[KARTLEGGING, LEDELSE],
        tags=["kartlegging", "data", "elevundersøkelsen", "skoleutvikling", "ansvarlighet"],
        author=REDAKSJONEN,
        school=PROGRAMMET,
        related=[
            "vi-tolker-klassens-elevundersokelse",
            "klassemote-om-trivsel",
            "tilhorighet-og-oppmote-kontaktlaerertimen",
        ],
        image_alt="Søylediagrammer fra en kartlegging lagt ut på et bord med notatark og penner.",
        question="Hvordan kan skoler bruke resultater fra kartlegginger til å forbedre undervisning og læringsmiljø?",
        impact=1,
        impact_months=None,
        evidence=2,
        cost=2,
        findings=[
            (
                "Data fører ikke til forbedring av seg selv.",
                "Resultatene må tolkes, kobles til hva som skjer i klasserommet og følges av tiltak som prøves ut og "
                "evalueres.",
            ),
            (
                "Arbeid i team med en tydelig struktur gir best resultat.",
                "Forskning på databruk i skolen peker på team som går fra spørsmål via data og tolkning til tiltak "
                "og evaluering, med støtte fra ledelsen.",
            ),
            (
                "Ledelsen må skape trygghet for å snakke om svake resultater.",
                "Når data brukes til kontroll og rangering, blir de lett en trussel. Når de brukes til læring, blir "
                "de et verktøy.",
            ),
        ],
        practice=(
            "1. Start med et spørsmål: Hva vil vi vite om elevenes læring og læringsmiljø?\n"
            "2. Se på resultatene i teamet og let etter mønstre – også i fritekst og fravær.\n"
            "3. Lag hypoteser om årsaker, og velg ett tiltak.\n"
            "4. Prøv tiltaket i en avgrenset periode, og avtal hvordan dere ser om det virker.\n"
            "5. La elevene tolke resultater sammen med dere – de ser ofte ting voksne ikke ser.\n\n"
            "[!Personvern] Vis aldri resultater for grupper som er så små at enkeltelever kan kjennes igjen."
        ),
        references=[
            Ref(
                "Schildkamp, K., Lai, M. K., & Earl, L. (red.)",
                2013,
                "Data-based Decision Making in Education: Challenges and Opportunities",
                "Dordrecht: Springer",
            ),
            Ref("Datnow, A., & Park, V.", 2014, "Data-Driven Leadership", "San Francisco: Jossey-Bass"),
            Ref(
                "Timperley, H., Wilson, A., Barrar, H., & Fung, I.",
                2007,
                "Teacher Professional Learning and Development: Best Evidence Synthesis Iteration [BES]",
                "Wellington: Ministry of Education",
            ),
        ],
    ),
    Research(
        slug="sosial-og-emosjonell-laering",
        title="Sosial og emosjonell læring og trivsel",
        summary=(
            "Skoleprogrammer som systematisk lærer elevene sosiale og emosjonelle ferdigheter, gir bedre "
            "atferd, trivsel og faglige resultater. Effekten er størst når arbeidet er godt strukturert og "
            "gjennomføres av skolens egne lærere."
        ),
        subjects=["tverrfaglig"],
        grades=ALL_GRADES,
        survey_areas=[E14_TRIVSEL, E510_TRIVSEL, E14_KLASSEN, E510_KLASSEN, KL_SOSIAL, L_LAERINGSKULTUR],
        pillars=[PRAKSIS],
        tags=["trivsel", "sosial kompetanse", "klassemiljø", "inkludering", "vennskap"],
        author=REDAKSJONEN,
        school=PROGRAMMET,
        related=[
            "klassemote-om-trivsel",
            "vennskapsbenken-god-lek-i-friminuttet",
            "etiske-dilemmaer-hva-er-rettferdig",
            "samtalekort-etiske-dilemmaer",
        ],
        question="Hvilken effekt har systematisk arbeid med sosial og emosjonell læring på elevenes trivsel, "
        "atferd og faglige læring?",
        impact=2,
        impact_months=4,
        evidence=4,
        cost=2,
        findings=[
            (
                "Programmer for sosial og emosjonell læring gir bedre ferdigheter, holdninger, atferd og resultater.",
                "Durlak og medarbeidere (2011) analyserte 213 skolebaserte programmer med over 270 000 elever, og "
                "fant blant annet en gevinst tilsvarende 11 persentilpoeng i faglige prestasjoner.",
            ),
            (
                "Lærerne på skolen kan gjennomføre programmene med god effekt.",
                "Det krever ikke eksterne eksperter – men det krever opplæring og oppfølging.",
            ),
            (
                "Strukturerte programmer virker best.",
                "Programmer som er trinnvise, aktive, fokuserte og eksplisitte om ferdighetene, hadde størst effekt.",
            ),
        ],
        practice=(
            "- Sett av fast tid til sosial læring, for eksempel klassemøter annenhver uke.\n"
            "- Øv konkrete ferdigheter: å spørre om å være med, å løse konflikter, å gi og ta imot ros.\n"
            "- Bruk elevundersøkelsens resultater om trivsel og relasjoner til medelever til å velge tema.\n"
            "- Følg opp i friminuttene – det er der ferdighetene skal brukes."
        ),
        references=[
            Ref(
                "Durlak, J. A., Weissberg, R. P., Dymnicki, A. B., Taylor, R. D., & Schellinger, K. B.",
                2011,
                "The Impact of Enhancing Students' Social and Emotional Learning: A Meta-Analysis of School-Based "
                "Universal Interventions",
                "Child Development, 82(1), 405–432",
                doi="10.1111/j.1467-8624.2010.01564.x",
            ),
            Ref(
                "Education Endowment Foundation",
                2021,
                "Teaching and Learning Toolkit: Social and emotional learning",
                "London: EEF",
                url=EEF_TOOLKIT,
            ),
            OVERORDNET_DEL,
        ],
    ),
    Research(
        slug="ordforrad-og-begrepsundervisning",
        title="Ordforråd og begrepsundervisning",
        summary=(
            "Et rikt ordforråd er en forutsetning for leseforståelse og læring i alle fag. Eksplisitt "
            "undervisning i ord og begreper, kombinert med rik språklig samhandling, gir god effekt."
        ),
        subjects=["norsk", "tverrfaglig"],
        grades=B14 + B57,
        survey_areas=[KL_PRESTASJONER, L_UNDERVISNINGEN],
        pillars=[PRAKSIS],
        tags=["begreper", "ordforråd", "lesing", "flerspråklige elever", "språkutvikling"],
        author=REDAKSJONEN,
        school=PROGRAMMET,
        related=[
            "rim-og-regler-i-ring",
            "ordliste-fagbegreper-naturfag",
            "fagtekst-om-et-dyr",
            "fotosyntesen-i-praksis",
        ],
        image_alt="Begrepskart på tavla med ordet «fotosyntese» i midten og piler til relaterte ord.",
        question="Hvordan kan skolen styrke elevenes ordforråd, og hvilken effekt har begrepsundervisning?",
        impact=3,
        impact_months=6,
        evidence=3,
        cost=1,
        findings=[
            (
                "Ordforrådsundervisning gir store effekter på ordlæring hos de yngste.",
                "Marulis og Neuman (2010) fant i en metaanalyse av 67 studier en gjennomsnittlig effekt på 0,88 "
                "på mål på ordforråd hos barn i førskolealder og første skoleår.",
            ),
            (
                "Kombinasjonen av eksplisitt og implisitt undervisning virker best.",
                "Ord bør både forklares direkte og møtes mange ganger i meningsfulle sammenhenger.",
            ),
            (
                "Tiltakene alene lukker ikke gapet mellom elevgrupper.",
                "Elever med svakt ordforråd trenger mer og lengre innsats for å ta igjen jevnaldrende.",
            ),
            (
                "Fagbegreper må undervises i alle fag.",
                "Beck, McKeown og Kucan (2013) skiller mellom hverdagsord, skolespråk og fagord, og anbefaler særlig "
                "vekt på ord som går igjen på tvers av fag.",
            ),
        ],
        practice=(
            "- Velg ut fem–sju nøkkelbegreper til hvert tema, og presenter dem før elevene leser.\n"
            "- Forklar ordene med elevvennlige definisjoner og eksempler, og la elevene bruke dem muntlig.\n"
            "- Møt ordene igjen mange ganger: i tekster, samtaler, skriving og repetisjon.\n"
            "- La flerspråklige elever koble ordene til morsmålet."
        ),
        references=[
            Ref(
                "Marulis, L. M., & Neuman, S. B.",
                2010,
                "The Effects of Vocabulary Intervention on Young Children's Word Learning: A Meta-Analysis",
                "Review of Educational Research, 80(3), 300–335",
            ),
            Ref(
                "Beck, I. L., McKeown, M. G., & Kucan, L.",
                2013,
                "Bringing Words to Life: Robust Vocabulary Instruction (2nd ed.)",
                "New York: Guilford Press",
            ),
            Ref(
                "Education Endowment Foundation",
                2021,
                "Teaching and Learning Toolkit: Oral language interventions",
                "London: EEF",
                url=EEF_TOOLKIT,
            ),
        ],
    ),
    Research(
        slug="metakognisjon-og-selvregulert-laering",
        title="Metakognisjon og selvregulert læring",
        summary=(
            "Elever som lærer å planlegge, overvåke og vurdere egen læring, gjør større framgang. Metakognisjon er "
            "blant tiltakene med størst effekt og lavest kostnad i EEFs oversikt."
        ),
        subjects=["tverrfaglig"],
        grades=ALL_GRADES,
        survey_areas=[E510_MESTRING, KL_MOTIVASJON, E510_UNDERVISNING],
        pillars=[PRAKSIS],
        tags=["metakognisjon", "læringsstrategier", "selvregulering", "å lære å lære"],
        author=REDAKSJONEN,
        school=PROGRAMMET,
        related=[
            "laeringsstrategier-for-provesituasjoner",
            "lesegrupper-med-gjensidig-undervisning",
            "exit-tickets-what-did-i-learn-today",
        ],
        question="Hvilken effekt har undervisning i metakognitive strategier, og hvordan kan lærere undervise i dem?",
        impact=3,
        impact_months=7,
        evidence=4,
        cost=1,
        findings=[
            (
                "Metakognitive strategier kan gi om lag sju måneders ekstra framgang.",
                "Education Endowment Foundation (2018) anslår høy effekt til lav kostnad når strategiene brukes godt.",
            ),
            (
                "Strategiene bør undervises eksplisitt og knyttes til fagene.",
                "Elevene lærer å planlegge, overvåke og evaluere arbeidet sitt best når det skjer i fagarbeidet, ikke "
                "som et eget kurs.",
            ),
            (
                "Læreren bør modellere sin egen tenkning.",
                "Når læreren tenker høyt om hvordan hun løser en oppgave, blir strategiene synlige for elevene.",
            ),
        ],
        practice=(
            "- Tenk høyt når du løser en oppgave: «Hva vet jeg? Hva er målet? Hvordan sjekker jeg svaret?»\n"
            "- Gi elevene spørsmål å stille seg selv før, under og etter en oppgave.\n"
            "- Sett av tid til refleksjon: Hva fungerte? Hva gjør jeg annerledes neste gang?\n"
            "- Gi utfordringer som krever strategier – oppgaver som er for lette, trener ingen."
        ),
        references=[
            Ref(
                "Education Endowment Foundation",
                2018,
                "Metacognition and Self-Regulated Learning: Guidance Report",
                "London: EEF",
                url=EEF_TOOLKIT,
            ),
            Ref(
                "Education Endowment Foundation",
                2021,
                "Teaching and Learning Toolkit: Metacognition and self-regulation",
                "London: EEF",
                url=EEF_TOOLKIT,
            ),
            HATTIE_TIMPERLEY,
        ],
    ),
]
