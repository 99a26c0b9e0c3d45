"""The made-up material of the demo data: names, places, staff, workshops and texts (Finnish)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vauhdittamo.models import (
    Answer,
    AssessmentResult,
    EducationLevel,
    ExitOutcome,
    LabourStatus,
    PartnerCategory,
    ReferralStatus,
    StaffRole,
    VisitTopic,
    WorkshopKind,
)

MALE_FI_YOUNG = (
    "Aleksi", "Eetu", "Veeti", "Onni", "Elias", "Leo", "Oliver", "Eino", "Väinö", "Niko", "Joni", "Jesse",
    "Joel", "Lauri", "Otto", "Santeri", "Miro", "Roope", "Valtteri", "Arttu", "Juho", "Tuomas", "Samuli",
    "Ville", "Topias", "Rasmus", "Aapo", "Konsta", "Severi", "Iiro", "Patrik", "Daniel",
)
MALE_FI_OLDER = (
    "Jari", "Mika", "Timo", "Pekka", "Markku", "Juha", "Kari", "Petri", "Sami", "Janne", "Antti", "Jukka",
    "Matti", "Heikki", "Harri", "Marko", "Tommi", "Ari", "Hannu", "Risto", "Vesa", "Esa", "Kimmo", "Teemu",
    "Jouni", "Raimo", "Seppo", "Tapio", "Pasi", "Jyrki",
)
FEMALE_FI_YOUNG = (
    "Emma", "Aino", "Sofia", "Ella", "Venla", "Aada", "Iida", "Helmi", "Pihla", "Oona", "Sara", "Jenna",
    "Noora", "Veera", "Anni", "Roosa", "Milla", "Emilia", "Julia", "Siiri", "Linnea", "Nelli", "Essi",
    "Tiia", "Henna", "Laura", "Katariina", "Elsa", "Eveliina", "Heidi",
)
FEMALE_FI_OLDER = (
    "Sari", "Tuula", "Päivi", "Anne", "Minna", "Tiina", "Johanna", "Satu", "Heli", "Merja", "Riitta",
    "Pirjo", "Leena", "Hanna", "Sanna", "Katja", "Tarja", "Maarit", "Eija", "Outi", "Susanna", "Mervi",
    "Anu", "Jaana", "Ritva", "Terhi", "Elina", "Marjo", "Kati", "Seija",
)
MALE_SV = (
    "Johan", "Mikael", "Anders", "Henrik", "Fredrik", "Erik", "Oskar", "Emil", "Jonas", "Kristian",
    "Björn", "Lars", "Magnus", "Axel", "Gustav", "Isak", "Hugo", "Ludvig",
)
FEMALE_SV = (
    "Anna", "Maria", "Linnéa", "Ida", "Emelie", "Matilda", "Wilma", "Ebba", "Ingrid", "Karin", "Annika",
    "Camilla", "Charlotta", "Elin", "Saga", "Frida", "Malin", "Jenny",
)
MALE_OTHER = (
    "Ahmed", "Mohamed", "Ali", "Hassan", "Omar", "Dmitri", "Sergei", "Andrei", "Oleksandr", "Mykola",
    "Artur", "Ibrahim", "Yusuf", "Karim", "Tuan", "Aleksandr",
)
FEMALE_OTHER = (
    "Fatima", "Amina", "Aisha", "Leila", "Olena", "Anastasia", "Tatjana", "Natalia", "Irina", "Oksana",
    "Maryam", "Hodan", "Yasmin", "Linh", "Svetlana", "Zeynep",
)
SURNAMES_FI = (
    "Järvinen", "Mäkelä", "Korhonen", "Virtanen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine", "Heikkinen",
    "Koskinen", "Lehtonen", "Huttunen", "Turunen", "Savolainen", "Pesonen", "Hyvönen", "Ikonen",
    "Lappalainen", "Väisänen", "Nevalainen", "Kärkkäinen", "Rautiainen", "Kokkonen", "Partanen", "Karvinen",
    "Kettunen", "Kortelainen", "Puustinen", "Tolvanen", "Ryynänen", "Hakkarainen", "Piiroinen", "Hiltunen",
    "Jääskeläinen", "Kuittinen", "Pölönen", "Eronen", "Toivanen", "Vatanen", "Sallinen", "Kähkönen",
    "Ahonen", "Leinonen", "Mustonen", "Räsänen", "Karppinen", "Oinonen", "Pakarinen", "Timonen",
    "Tanskanen", "Kiiskinen", "Saarelainen", "Rissanen", "Vartiainen", "Honkanen", "Hotakainen",
    "Karjalainen", "Ojala", "Lipponen", "Ylönen",
)
SURNAMES_SV = (
    "Åberg", "Öhman", "Lindqvist", "Lindholm", "Sjöberg", "Holmström", "Nyström", "Söderlund", "Backman",
    "Forsman", "Granlund", "Ekholm", "Westerlund", "Björklund", "Strömberg", "Sundström", "Blomqvist",
    "Wikström", "Grönroos", "Östman",
)
SURNAMES_OTHER = (
    "Ahmed", "Mohamed", "Ali", "Hassan", "Abdi", "Yusuf", "Kovalenko", "Shevchenko", "Bondarenko", "Melnyk",
    "Nguyen", "Tran", "Rahimi", "Karimi", "Popescu", "Novak",
)


@dataclass(frozen=True)
class Municipality:
    name: str
    weight: int
    postcode: str
    villages: tuple[str, ...]
    streets: tuple[str, ...]


MUNICIPALITIES = (
    Municipality(
        "Lieksa", 45, "81700", ("Koli", "Vuonislahti", "Pankakoski", "Hattuvaara", "Kylänlahti", "Mätäsvaara"),
        ("Pielisentie", "Koulukatu", "Rantakatu", "Mannerheiminkatu", "Kajaanintie", "Urheilukatu"),
    ),
    Municipality(
        "Juuka", 22, "83900", ("Ahmovaara", "Nunnanlahti", "Polvela", "Paalasmaa", "Vuokko"),
        ("Poikolantie", "Juuantie", "Kirkkotie", "Kauppatie", "Puustellintie"),
    ),
    Municipality(
        "Nurmes", 9, "75500", ("Porokylä", "Saramo", "Höljäkkä"),
        ("Kirkkokatu", "Kötsintie", "Porokyläntie", "Puistokatu"),
    ),
    Municipality(
        "Joensuu", 16, "80100", ("Eno", "Uimaharju", "Kiihtelysvaara", "Tuupovaara"),
        ("Torikatu", "Siltakatu", "Kauppakatu", "Koskikatu", "Rantakatu", "Kirkkokatu"),
    ),
    Municipality(
        "Kontiolahti", 8, "81100", ("Lehmo", "Kontioranta", "Jakokoski", "Kulho"),
        ("Keskuskatu", "Kontiolahdentie", "Urheilutie", "Koulutie"),
    ),
)
MUNICIPALITY_WEIGHTS = [m.weight for m in MUNICIPALITIES]
VILLAGE_ROADS = {
    "Koli": "Kolintie", "Vuonislahti": "Vuonislahdentie", "Pankakoski": "Pankakoskentie",
    "Hattuvaara": "Hattuvaarantie", "Kylänlahti": "Kylänlahdentie", "Mätäsvaara": "Mätäsvaarantie",
    "Ahmovaara": "Ahmovaarantie", "Nunnanlahti": "Nunnanlahdentie", "Polvela": "Polvelantie",
    "Paalasmaa": "Paalasmaantie", "Vuokko": "Vuokontie", "Porokylä": "Porokyläntie", "Saramo": "Saramontie",
    "Höljäkkä": "Höljäkäntie", "Eno": "Enontie", "Uimaharju": "Uimaharjuntie",
    "Kiihtelysvaara": "Kiihtelysvaarantie", "Tuupovaara": "Tuupovaarantie", "Lehmo": "Lehmontie",
    "Kontioranta": "Kontiorannantie", "Jakokoski": "Jakokoskentie", "Kulho": "Kulhontie",
}
PHONE_PREFIXES = ("040", "044", "045", "050", "041", "046")
MAIL_DOMAINS = ("example.com", "example.net", "example.org")


@dataclass(frozen=True)
class StaffDef:
    name: str
    role: StaffRole
    organisation: str
    municipality: str  # "" for the whole area


STAFF = (
    StaffDef("Hanna Rautiainen", StaffRole.FRONT_DESK, "Lieksan kaupunki", "Lieksa"),
    StaffDef("Mikko Turunen", StaffRole.FRONT_DESK, "Juuan kunta", "Juuka"),
    StaffDef("Satu Kokkonen", StaffRole.COACH, "Lieksan kaupunki", "Lieksa"),
    StaffDef("Tuomas Ikonen", StaffRole.COACH, "Lieksan kaupunki, nuorisopalvelut", "Lieksa"),
    StaffDef("Jussi Hyvönen", StaffRole.COACH, "TE-palvelut / Työllisyysalue", ""),
    StaffDef("Anne Pesonen", StaffRole.COACH, "Hyvinvointialue", ""),
    StaffDef("Elina Lappalainen", StaffRole.COACH, "Juuan kunta", "Juuka"),
    StaffDef("Riikka Väisänen", StaffRole.OUTREACH, "Lieksan kaupunki, kyläpilotti", "Lieksa"),
    StaffDef("Petri Nevalainen", StaffRole.OUTREACH, "Juuan kunta, kyläpilotti", "Juuka"),
    StaffDef("Minna Partanen", StaffRole.COORDINATOR, "Lieksan kaupunki", ""),
    StaffDef("Jari Kärkkäinen", StaffRole.ADMIN, "Lieksan kaupunki, tietohallinto", ""),
)
YOUTH_COACH = "Tuomas Ikonen"


@dataclass(frozen=True)
class WorkshopDef:
    name: str
    kind: WorkshopKind
    place: str
    village: str
    capacity: int
    slots: tuple[tuple[int, dt.time, dt.time], ...]  # weekday (1 = Monday), start, end
    municipalities: tuple[str, ...]
    villages_only: bool
    target_enrolled: int
    facilitators: tuple[str, ...]
    description: str


WORKSHOPS = (
    WorkshopDef(
        "Vauhdittamo START Lieksa", WorkshopKind.NONSTOP_START, "Vauhdittamo, Lieksan keskusta", "", 20,
        ((1, dt.time(9), dt.time(12)), (3, dt.time(9), dt.time(12))), ("Lieksa",), False, 22,
        ("Satu Kokkonen", "Tuomas Ikonen"),
        "Non stop -paja: tule silloin kun sopii. Kädentaitoja, työnhakua ja yhteistä tekemistä.",
    ),
    WorkshopDef(
        "Vauhdittamo START Juuka", WorkshopKind.NONSTOP_START, "Vauhdittamo, Juuan keskusta", "", 15,
        ((2, dt.time(9), dt.time(12)),), ("Juuka",), False, 18,
        ("Elina Lappalainen", "Petri Nevalainen"),
        "Non stop -paja Juuassa: työnhakua, digitaitoja ja pajatöitä.",
    ),
    WorkshopDef(
        "Kyläpaja Koli", WorkshopKind.GROUP, "Kylätalo, Koli", "Koli", 12,
        ((4, dt.time(10), dt.time(13)),), ("Lieksa", "Juuka"), True, 10,
        ("Riikka Väisänen", "Anne Pesonen"),
        "Kyläpilotti: ohjausta ja pajatoimintaa kylällä. Verkkoyhteys heikko, kirjaukset synkronoidaan toimistolla.",
    ),
    WorkshopDef(
        "Kyläpaja Nunnanlahti", WorkshopKind.GROUP, "Kylätalo, Nunnanlahti", "Nunnanlahti", 12,
        ((5, dt.time(10), dt.time(13)),), ("Juuka",), True, 8,
        ("Petri Nevalainen", "Riikka Väisänen"),
        "Kyläpilotti Nunnanlahdessa: ohjausta, työnhakua ja yhteistä tekemistä.",
    ),
)
SESSION_NOTES = (
    "Teemana työhaastatteluun valmistautuminen", "Yhteinen lounas", "Vierailijana TE-palveluiden asiantuntija",
    "Puutöitä ja pienkorjauksia", "Leivontaa keittiössä", "CV-työpaja", "Digitaidot: vahva tunnistautuminen",
    "Pihatöitä ja haravointia", "Kelan asiantuntija paikalla",
)
CANCEL_REASONS = ("Ohjaaja sairaana", "Tila varattu muuhun käyttöön", "Henkilöstön koulutuspäivä")

TOPIC_WEIGHTS_YOUNG = {
    VisitTopic.JOB_SEARCH: 20, VisitTopic.EDUCATION: 18, VisitTopic.BENEFITS: 10, VisitTopic.HOUSING: 6,
    VisitTopic.HEALTH: 6, VisitTopic.LIFE_SKILLS: 10, VisitTopic.CV: 12, VisitTopic.WORKSHOPS: 12,
    VisitTopic.OTHER: 6,
}
TOPIC_WEIGHTS_ADULT = {
    VisitTopic.JOB_SEARCH: 25, VisitTopic.EDUCATION: 8, VisitTopic.BENEFITS: 15, VisitTopic.HOUSING: 8,
    VisitTopic.HEALTH: 12, VisitTopic.LIFE_SKILLS: 6, VisitTopic.CV: 12, VisitTopic.WORKSHOPS: 8,
    VisitTopic.OTHER: 6,
}
VISIT_NOTES = {
    VisitTopic.JOB_SEARCH: (
        "Käytiin läpi avoimia työpaikkoja; kiinnostus varasto- ja logistiikka-alaan.",
        "Työnhakuprofiili päivitetty Työmarkkinatorilla.",
        "Keskusteltu kausityöstä marjatiloilla ja matkailussa.",
    ),
    VisitTopic.EDUCATION: (
        "Selvitettiin ammattiopiston jatkuvan haun koulutuksia.",
        "Kiinnostunut lähihoitajan opinnoista; yhteishaun aikataulut läpi.",
        "Puhuttiin oppisopimuksesta ja TUVA-koulutuksesta.",
    ),
    VisitTopic.BENEFITS: (
        "Neuvottu työttömyysetuuden hakemisessa; Kelan hakemus tehty yhdessä.",
        "Asumistuen tarkistus ja liitteet läpi.",
        "Toimeentulotuen hakeminen, ohjattu Kelan palvelunumeroon.",
    ),
    VisitTopic.HOUSING: (
        "Vuokrarästejä; ohjattu asumisneuvontaan.",
        "Etsii pienempää vuokra-asuntoa keskustasta.",
    ),
    VisitTopic.HEALTH: (
        "Puhuttiin jaksamisesta ja unirytmistä; harkitsee terveysaseman ajanvarausta.",
        "Selkävaivat rajoittavat raskasta työtä; työkyvyn arviota harkitaan.",
    ),
    VisitTopic.LIFE_SKILLS: (
        "Arjen rytmi hakusessa; sovittu START-pajaan osallistumisesta.",
        "Pankkiasioiden ja verkkoasioinnin opastus.",
    ),
    VisitTopic.CV: (
        "Päivitettiin CV ja tehtiin hakemus kaupan alan paikkaan.",
        "Työhakemuksen viimeistely ja harjoiteltiin haastattelua.",
    ),
    VisitTopic.WORKSHOPS: (
        "Tuli START-pajaan ensimmäistä kertaa, esittely toiminnasta.",
        "Keskusteltu pajajakson tavoitteista ja osaamistodistuksesta.",
    ),
    VisitTopic.OTHER: (
        "Yleistä neuvontaa, tulostettiin asiakirjoja.",
        "Ajokorttiasioiden selvittely.",
    ),
}
NEXT_STEPS = (
    "Varaa aika TE-palveluihin", "Tuo palkkatodistukset seuraavalla käynnillä",
    "Hae kolmea työpaikkaa ennen seuraavaa tapaamista", "Tule START-pajaan maanantaina", "Täytä Kelan hakemus",
    "Varaa aika terveysasemalle", "Hakemus jatkuvaan hakuun valmiiksi", "Seurantasoitto omavalmentajalta",
    "Asumisneuvojan tapaaminen", "Päivitä CV ja lähetä omavalmentajalle",
)
# Quick anonymous questions at the desk: (topic, note).
ANONYMOUS_QUESTIONS = (
    (VisitTopic.WORKSHOPS, "Kysyi START-pajan aukioloaikoja"),
    (VisitTopic.JOB_SEARCH, "Kysyi työnhausta ja TE-palveluista"),
    (VisitTopic.JOB_SEARCH, "Kysyi kesätöistä"),
    (VisitTopic.JOB_SEARCH, ""),
    (VisitTopic.CV, "Tulostettiin työhakemus"),
    (VisitTopic.BENEFITS, "Kysyi Kelan etuuksista"),
    (VisitTopic.BENEFITS, ""),
    (VisitTopic.EDUCATION, "Neuvottiin koulutukseen hakemisessa"),
    (VisitTopic.HOUSING, "Kysyi asumisneuvonnan yhteystietoja"),
    (VisitTopic.OTHER, "Lomakkeen tulostus ja skannaus"),
    (VisitTopic.OTHER, ""),
)
CLIENT_NOTES = (
    "Sovittu omavalmentajan kanssa tapaamiset kahden viikon välein.",
    "Ei ajokorttia; selvitetään mahdollisuutta ajokorttikoulutukseen.",
    "Motivaatio hyvä, toive päästä hoiva-alalle.",
    "Välttää raskasta nostamista; huomioitava työkokeilupaikkaa valittaessa.",
    "Asiakas toivoo yhteydenottoa tekstiviestillä.",
    "Kulkeminen kylältä keskustaan hankalaa; etäyhteys tai kyläpaja sopii paremmin.",
    "Kiinnostunut yrittäjyydestä, erityisesti metsäpalveluista.",
    "Kesätyöpaikka kaupasta sovittu kesäkuulle.",
    "Tarvitsee tulkin asioidessa viranomaisten kanssa.",
    "Opinnot keskeytyneet aiemmin; toive aloittaa uudelleen syksyllä.",
    "Lapsen päivähoitopaikka järjestymässä, mahdollistaa kokopäivätyön.",
    "Asiakas osallistunut aktiivisesti START-pajaan.",
)
EXIT_NOTES = {
    ExitOutcome.EMPLOYMENT: "Asiakkuus päättyi: työllistyi avoimille työmarkkinoille.",
    ExitOutcome.EDUCATION: "Asiakkuus päättyi: aloitti ammatilliset opinnot.",
    ExitOutcome.REHABILITATION: "Asiakkuus päättyi: siirtyi ammatilliseen kuntoutukseen.",
    ExitOutcome.PENSION: "Asiakkuus päättyi: työkyvyttömyyseläkeselvitys valmis, siirtyi eläkkeelle.",
    ExitOutcome.QUALIFICATION: "Asiakkuus päättyi: suoritti osatutkinnon ja sai pätevyyden.",
    ExitOutcome.JOB_SEARCHING: "Asiakkuus päättyi: jatkaa aktiivista työnhakua TE-palveluiden asiakkaana.",
    ExitOutcome.INACTIVE: "Asiakkuus päättyi: jäi kotiin hoitamaan lasta.",
    ExitOutcome.OTHER: "Asiakkuus päättyi: muutti pois paikkakunnalta.",
    ExitOutcome.UNKNOWN: "Asiakkuus päättyi: ei yhteydenottoja kolmeen kuukauteen.",
}
# Situations at exit (also the ESF+ situation of a participant at exit: see services/reporting/indicators.py).
EXIT_WEIGHTS = {
    ExitOutcome.EMPLOYMENT: 28, ExitOutcome.EDUCATION: 20, ExitOutcome.QUALIFICATION: 4,
    ExitOutcome.JOB_SEARCHING: 16, ExitOutcome.REHABILITATION: 8, ExitOutcome.PENSION: 4,
    ExitOutcome.INACTIVE: 5, ExitOutcome.OTHER: 8, ExitOutcome.UNKNOWN: 7,
}
REFERRAL_WEIGHTS_YOUNG = {
    PartnerCategory.TE_SERVICES: 15, PartnerCategory.KELA: 10, PartnerCategory.SOCIAL_SERVICES: 10,
    PartnerCategory.HEALTH_SERVICES: 10, PartnerCategory.WORK_CAPACITY: 4, PartnerCategory.EDUCATION: 16,
    PartnerCategory.YOUTH_SERVICES: 16, PartnerCategory.MUNICIPAL_SERVICES: 8, PartnerCategory.THIRD_SECTOR: 9,
    PartnerCategory.OTHER: 2,
}
REFERRAL_WEIGHTS_ADULT = {
    PartnerCategory.TE_SERVICES: 18, PartnerCategory.KELA: 12, PartnerCategory.SOCIAL_SERVICES: 10,
    PartnerCategory.HEALTH_SERVICES: 12, PartnerCategory.WORK_CAPACITY: 13, PartnerCategory.EDUCATION: 8,
    PartnerCategory.YOUTH_SERVICES: 0, PartnerCategory.MUNICIPAL_SERVICES: 10, PartnerCategory.THIRD_SECTOR: 13,
    PartnerCategory.OTHER: 4,
}
REFERRAL_REASONS = {
    PartnerCategory.TE_SERVICES: "Työnhaun käynnistäminen ja työllistymissuunnitelman päivitys.",
    PartnerCategory.KELA: "Etuusasioiden selvittely; epäselvyyttä työttömyysturvasta.",
    PartnerCategory.SOCIAL_SERVICES: "Toimeentulon ja asumisen tuen tarve.",
    PartnerCategory.HEALTH_SERVICES: "Jaksamisen ja mielialan selvittely.",
    PartnerCategory.WORK_CAPACITY: "Pitkittynyt työttömyys ja terveydelliset rajoitteet; työkyvyn arvio tarpeen.",
    PartnerCategory.EDUCATION: "Kiinnostus ammatilliseen koulutukseen, tarvitsee tukea hakeutumiseen.",
    PartnerCategory.YOUTH_SERVICES: "Nuori tarvitsee tukea arjen hallintaan ja jatkosuunnitelmiin.",
    PartnerCategory.MUNICIPAL_SERVICES: "Vuokrarästit ja velkaantuminen.",
    PartnerCategory.THIRD_SECTOR: "Mielekästä tekemistä ja vertaistukea arkeen.",
    PartnerCategory.OTHER: "Yritysidean sparraus ja starttirahan selvittely.",
}
REFERRAL_NOTES = ("", "", "", "Asiakas toivoo yhteydenottoa puhelimitse.", "Tulkki tarpeen.",
                  "Asiakas pääsee paikalle vain iltapäivisin.")
EVENT_NOTES = {
    ReferralStatus.DRAFT: ("",),
    ReferralStatus.SENT: ("Lähete lähetetty sähköisesti.", "Lähete toimitettu puhelimitse sovitusti.", ""),
    ReferralStatus.ACCEPTED: ("Kumppani vahvisti vastaanoton.", "Aika sovittu asiakkaalle.", ""),
    ReferralStatus.DECLINED: ("Ei kuulu palvelun piiriin.", "Palvelussa ei tällä hetkellä tilaa."),
    ReferralStatus.STARTED: ("Ensimmäinen tapaaminen pidetty.", ""),
    ReferralStatus.COMPLETED: ("Palvelu päättyi suunnitellusti.", "Loppuyhteenveto saatu kumppanilta.", ""),
    ReferralStatus.NO_SHOW: ("Asiakas ei saapunut sovittuun aikaan.",),
    ReferralStatus.CANCELLED: ("Asiakas perui.", "Asiakas ei enää tarvitse palvelua.", "Asiakas keskeytti."),
}
SERVICE_DAYS = {
    PartnerCategory.WORK_CAPACITY: (20, 90),
    PartnerCategory.EDUCATION: (30, 120),
    PartnerCategory.YOUTH_SERVICES: (14, 90),
}
ASSESSMENT_WEIGHTS = {
    AssessmentResult.FIT_FOR_WORK: 35, AssessmentResult.NEEDS_REHABILITATION: 40,
    AssessmentResult.PENSION_RECOMMENDED: 15, AssessmentResult.OTHER: 10,
}
CONSENT_NOTES = ("", "", "", "Suullinen suostumus kirjattu.", "Allekirjoitettu suostumuslomake arkistossa.")

GOALS_YOUNG = (
    ("Ammatillinen koulutus", ("Tutustuminen ammattiopiston koulutuksiin", "Opinto-ohjaajan tapaaminen",
                               "Hakemus jatkuvassa haussa", "Opintojen aloitus")),
    ("B-ajokortti työllistymisen tueksi", ("Teoriakoe", "Ajotunnit", "Ajokoe")),
    ("Oppisopimuspaikka", ("Oppisopimusneuvonta", "Työnantajan etsiminen", "Oppisopimuksen solmiminen")),
    ("Oma asunto ja arjen hallinta", ("Asumisneuvojan tapaaminen", "Vuokra-asuntohakemus", "Muutto omaan asuntoon")),
    ("Säännöllinen päivärytmi", ("START-pajaan osallistuminen kahdesti viikossa", "Kuntouttava työtoiminta",
                                 "Jatkosuunnitelma omavalmentajan kanssa")),
    ("Työpaikka kaupan alalta", ("CV:n päivitys", "Työhakemukset viiteen paikkaan", "Työhaastatteluharjoitus",
                                 "Työkokeilu kaupassa")),
)
GOALS_ADULT = (
    ("Työpaikka kaupan alalta", ("CV:n päivitys", "Työhakemukset viiteen paikkaan", "Työhaastatteluharjoitus",
                                 "Työkokeilu kaupassa")),
    ("Työ- ja toimintakyvyn selvittäminen", ("Terveystarkastus", "Lääkärin työkykyarvio",
                                             "Kuntoutusvaihtoehtojen läpikäynti")),
    ("Palkkatukityö", ("Palkkatukimahdollisuuden selvitys", "Työnantajakontaktit", "Työsopimus")),
    ("Yrittäjyys", ("Yritysidean sparraus kehitysyhtiössä", "Liiketoimintasuunnitelma", "Starttirahahakemus")),
    ("Alanvaihto hoiva-alalle", ("Tutustumiskäynti hoivakotiin", "Ensiapukurssi EA1",
                                 "Lähihoitajakoulutuksen hakeminen")),
    ("Ammatillinen koulutus", ("Tutustuminen ammattiopiston koulutuksiin", "Opinto-ohjaajan tapaaminen",
                               "Hakemus jatkuvassa haussa", "Opintojen aloitus")),
)
COMPETENCE_AREAS = (
    ("Asiakaspalvelutilanteet", "Liiketoiminnan perustutkinto"),
    ("Tuotteiden ja palveluiden myynti", "Liiketoiminnan perustutkinto"),
    ("Kotisiivous", "Puhtaus- ja kiinteistöpalvelualan perustutkinto"),
    ("Kiinteistön ulkoalueiden hoito", "Puhtaus- ja kiinteistöpalvelualan perustutkinto"),
    ("Ruokapalveluissa toimiminen", "Ravintola- ja catering-alan perustutkinto"),
    ("Puutuotteiden valmistus", "Puuteollisuuden perustutkinto"),
    ("Varastotoiminnot", "Logistiikan perustutkinto"),
    ("Ikääntyneiden avustaminen arjessa", "Sosiaali- ja terveysalan perustutkinto"),
    ("Digitaalisten palveluiden käyttö", ""),
    ("Työturvallisuus", ""),
    ("Kierrätystuotteiden käsittely", ""),
)


# --------------------------------------------------------------------------- projects and participants


@dataclass(frozen=True)
class ProjectDef:
    name: str
    funder: str
    months: int  # the project's length
    starts_before_period_days: int  # how long before the simulated period it started (at least)
    target: int
    municipalities: tuple[str, ...]  # whose residents may take part ("" : anyone)
    youth_only: bool  # under 30 at entry
    share: float  # of the eligible clients with substantial contact who become participants
    description: str


# The Lieksa–Juuka ESR project the Vauhdittamo model comes from (../seeds: Lieksan kaupungin tiedote):
# 530 participants, funded through Etelä-Savon ELY-keskus, three years (1.6.2019–31.5.2022 in reality;
# moved to the demo's own timeline). The second project is made up: a smaller youth project.
PROJECTS = (
    ProjectDef(
        "Kohti työtä ja koulutusta", "Etelä-Savon ELY-keskus", 36, 365, 530, ("Lieksa", "Juuka"), False, 0.85,
        "Lieksan kaupungin ja Juuan kunnan työllisyyshanke (ESR): Vauhdittamo-palvelualusta ja oma valmentaja "
        "-malli, työ- ja toimintakyvyn selvittely, opinnollistaminen sekä kyläpilotti (Koli, Ahmovaara, "
        "Nunnanlahti).",
    ),
    ProjectDef(
        "Nuorten työpolut Pohjois-Karjalassa", "Pohjois-Karjalan ELY-keskus", 24, 120, 150, (), True, 0.5,
        "Alle 30-vuotiaiden työ- ja koulutuspolut: ohjaus, pajatoiminta ja koulutukseen hakeutumisen tuki.",
    ),
)
# Participants who stay clients but leave a project (on a contact at least four months after entering),
# and their situation then.
PROJECT_EXIT_SHARE = 0.35
PROJECT_EXIT_WEIGHTS = {
    ExitOutcome.JOB_SEARCHING: 34, ExitOutcome.EDUCATION: 20, ExitOutcome.EMPLOYMENT: 16,
    ExitOutcome.QUALIFICATION: 5, ExitOutcome.REHABILITATION: 8, ExitOutcome.INACTIVE: 6, ExitOutcome.OTHER: 6,
    ExitOutcome.UNKNOWN: 5,
}

LABOUR_WEIGHTS_YOUNG = {
    LabourStatus.EMPLOYED: 8, LabourStatus.UNEMPLOYED: 38, LabourStatus.LONG_TERM_UNEMPLOYED: 14,
    LabourStatus.INACTIVE: 12, LabourStatus.INACTIVE_NOT_IN_EDUCATION: 22, LabourStatus.NOT_TOLD: 6,
}
LABOUR_WEIGHTS_ADULT = {
    LabourStatus.EMPLOYED: 7, LabourStatus.UNEMPLOYED: 28, LabourStatus.LONG_TERM_UNEMPLOYED: 42,
    LabourStatus.INACTIVE: 6, LabourStatus.INACTIVE_NOT_IN_EDUCATION: 9, LabourStatus.NOT_TOLD: 8,
}
EDUCATION_WEIGHTS_YOUNG = {
    EducationLevel.ISCED_0_2: 50, EducationLevel.ISCED_3_4: 40, EducationLevel.ISCED_5_8: 4,
    EducationLevel.NOT_TOLD: 6,
}
EDUCATION_WEIGHTS_ADULT = {
    EducationLevel.ISCED_0_2: 30, EducationLevel.ISCED_3_4: 50, EducationLevel.ISCED_5_8: 13,
    EducationLevel.NOT_TOLD: 7,
}
# The sensitive answers: mostly "no", some untold.
DISABILITY_WEIGHTS = {Answer.YES: 10, Answer.NO: 76, Answer.NOT_TOLD: 14}
MINORITY_WEIGHTS = {Answer.YES: 3, Answer.NO: 84, Answer.NOT_TOLD: 13}
HOMELESS_WEIGHTS = {Answer.YES: 4, Answer.NO: 88, Answer.NOT_TOLD: 8}
FOREIGN_WEIGHTS_OTHER = {Answer.YES: 92, Answer.NO: 2, Answer.NOT_TOLD: 6}  # speaks another language
FOREIGN_WEIGHTS = {Answer.YES: 2, Answer.NO: 90, Answer.NOT_TOLD: 8}
THIRD_COUNTRY_WEIGHTS_OTHER = {Answer.YES: 62, Answer.NO: 32, Answer.NOT_TOLD: 6}
THIRD_COUNTRY_WEIGHTS = {Answer.YES: 0, Answer.NO: 96, Answer.NOT_TOLD: 4}
# Six months after the exit: the chance of being in work, by the situation at exit.
EMPLOYED_AFTER = {
    ExitOutcome.EMPLOYMENT: 0.8, ExitOutcome.QUALIFICATION: 0.5, ExitOutcome.EDUCATION: 0.2,
    ExitOutcome.JOB_SEARCHING: 0.3, ExitOutcome.REHABILITATION: 0.1, ExitOutcome.PENSION: 0.0,
    ExitOutcome.INACTIVE: 0.1, ExitOutcome.OTHER: 0.25, ExitOutcome.UNKNOWN: 0.2,
}
FOLLOW_UP_SHARE = 0.72  # of the exits whose six months have passed, the follow-ups recorded
