"""The partner directory: a starter set of organisations and services, and response times."""

from __future__ import annotations

from dataclasses import dataclass

from vauhdittamo.models import DEFAULT_RESPONSE_DAYS, PartnerCategory, PartnerService


@dataclass(frozen=True)
class StarterService:
    """A service of a starter organisation."""

    name: str
    description: str = ""
    response_days: int | None = None  # None: the category default
    accepts_referrals: bool = True


@dataclass(frozen=True)
class StarterOrganisation:
    """An organisation of the starter directory (generic names, no personal contact data)."""

    name: str
    category: PartnerCategory
    services: tuple[StarterService, ...]
    phone: str = ""
    email: str = ""
    address: str = ""
    opening_hours: str = ""
    description: str = ""


# Generic partners of a North Karelian Vauhdittamo. Phone numbers and addresses are made up
# (all-zero subscriber numbers, .example mail domains); staff fill in the real ones.
STARTER_DIRECTORY: tuple[StarterOrganisation, ...] = (
    StarterOrganisation(
        name="TE-palvelut / Työllisyysalue",
        category=PartnerCategory.TE_SERVICES,
        phone="029 000 0010",
        email="tyollisyysalue@kunta.example",
        opening_hours="ma–pe 9–15",
        description="Kunnan työllisyysalueen työ- ja elinkeinopalvelut (TE-palvelut) vuodesta 2025.",
        services=(
            StarterService("Työnhakijan palvelut", "Työnhaun aloitus, työllistymissuunnitelma ja työnhakukeskustelut."),
            StarterService("Työllisyysvalmennus", "Yksilöllinen valmennus työhön tai koulutukseen.", response_days=21),
            StarterService("Palkkatuki ja työkokeilu", "Palkkatuetun työn ja työkokeilun järjestäminen."),
        ),
    ),
    StarterOrganisation(
        name="Kela",
        category=PartnerCategory.KELA,
        phone="020 000 0020",
        opening_hours="ma–pe 9–16, ajanvarauksella",
        description="Etuudet ja kuntoutus. Asiointi palvelupisteessä, puhelimitse tai verkossa.",
        services=(
            StarterService("Etuusneuvonta", "Työttömyysturva, asumistuki, perustoimeentulotuki."),
            StarterService("Ammatillinen kuntoutus", "Kuntoutusselvitys, työkokeilu ja koulutus kuntoutuksena.", 30),
            StarterService("Nuoren ammatillinen kuntoutus (NUOTTI-valmennus)", "Alle 30-vuotiaille."),
        ),
    ),
    StarterOrganisation(
        name="Hyvinvointialueen sosiaalityö",
        category=PartnerCategory.SOCIAL_SERVICES,
        phone="013 000 0030",
        opening_hours="ma–pe 9–11 puhelinaika",
        description="Hyvinvointialueen aikuis- ja nuorten sosiaalityö.",
        services=(
            StarterService("Aikuissosiaalityö", "Toimeentulo, asuminen ja elämänhallinta."),
            StarterService("Nuorten sosiaalityö", "Alle 25-vuotiaiden sosiaalityö ja jälkihuolto."),
            StarterService(
                "Kuntouttava työtoiminta",
                "Arjen rytmi ja työelämävalmiudet; sovitaan aktivointisuunnitelmassa.",
                response_days=21,
            ),
        ),
    ),
    StarterOrganisation(
        name="Hyvinvointialueen terveyspalvelut",
        category=PartnerCategory.HEALTH_SERVICES,
        phone="013 000 0040",
        opening_hours="ma–pe 8–16",
        description="Terveysasema, mielenterveys- ja päihdepalvelut.",
        services=(
            StarterService("Terveysasema", "Ajanvaraus lääkärille tai hoitajalle."),
            StarterService("Työttömien terveystarkastus", "Terveystarkastus työttömälle työnhakijalle."),
            StarterService("Mielenterveys- ja päihdepalvelut", "Matalan kynnyksen vastaanotto ja hoitoon ohjaus.", 7),
        ),
    ),
    StarterOrganisation(
        name="Työ- ja toimintakyvyn selvitys",
        category=PartnerCategory.WORK_CAPACITY,
        phone="013 000 0050",
        opening_hours="ajanvarauksella",
        description="Lääkäri- ja asiantuntijapalvelut työ- ja toimintakyvyn arvioon; voi johtaa kuntoutukseen "
        "tai eläkeselvittelyyn.",
        services=(
            StarterService("Lääkärin työkykyarvio", "Lääkärin arvio ja lausunto työkyvystä.", response_days=45),
            StarterService("Työkokeilu", "Työkyvyn arviointi käytännön työssä."),
            StarterService("Psykologin arvio", "Kognitiivisen suoriutumisen ja voimavarojen arvio."),
        ),
    ),
    StarterOrganisation(
        name="Ammattiopisto",
        category=PartnerCategory.EDUCATION,
        phone="013 000 0060",
        email="hakeutuminen@ammattiopisto.example",
        opening_hours="ma–to 8–16, pe 8–14",
        description="Ammatillinen koulutus, jatkuva haku ja valmentava koulutus.",
        services=(
            StarterService("Hakeutumisen ohjaus", "Koulutusvaihtoehdot, jatkuva haku ja yhteishaku."),
            StarterService("Tutkintokoulutukseen valmentava koulutus (TUVA)", "Valmentava koulutus ennen tutkintoa."),
            StarterService(
                "Osaamisen tunnistaminen ja opinnollistaminen",
                "Osaamistodistukset työpajoista ja työpaikoilta.",
                response_days=30,
            ),
        ),
    ),
    StarterOrganisation(
        name="Nuorisopalvelut",
        category=PartnerCategory.YOUTH_SERVICES,
        phone="013 000 0070",
        opening_hours="ma–pe 10–16",
        description="Ohjaamo ja etsivä nuorisotyö alle 30-vuotiaille.",
        services=(
            StarterService("Ohjaamo – nuorten ohjaus", "Matalan kynnyksen neuvonta alle 30-vuotiaille.", 5),
            StarterService("Etsivä nuorisotyö", "Tukea nuorelle, joka on koulutuksen tai työn ulkopuolella.", 3),
        ),
    ),
    StarterOrganisation(
        name="Kunnan palvelut",
        category=PartnerCategory.MUNICIPAL_SERVICES,
        phone="013 000 0080",
        opening_hours="ma–pe 9–15",
        description="Asumisneuvonta sekä talous- ja velkaneuvonta.",
        services=(
            StarterService("Asumisneuvonta", "Vuokrarästit, asunnon haku ja asumisen ongelmat."),
            StarterService("Talous- ja velkaneuvonta", "Budjetointi, velkojen järjestely ja maksuohjelmat.", 21),
        ),
    ),
    StarterOrganisation(
        name="Työpajayhdistys ry",
        category=PartnerCategory.THIRD_SECTOR,
        phone="040 000 0090",
        opening_hours="ma–to 8–15",
        description="Työpajat: puu-, kierrätys-, keittiö- ja kiinteistötyöt.",
        services=(
            StarterService("Työpajajakso", "Ohjattu työpajajakso ja opinnollistaminen."),
            StarterService("Kierrätyspaja", "Tällä hetkellä täynnä.", accepts_referrals=False),
        ),
    ),
    StarterOrganisation(
        name="Seurakunnan diakoniatyö",
        category=PartnerCategory.THIRD_SECTOR,
        phone="040 000 0091",
        opening_hours="ti ja to 10–12",
        description="Ruoka-apu ja diakoniatyön keskusteluapu.",
        services=(
            StarterService("Ruoka-apu", "Ruokakassit ja yhteinen ateria.", response_days=3),
            StarterService("Diakoniatyön keskusteluapu", "Keskusteluapu ja taloudellinen tuki."),
        ),
    ),
    StarterOrganisation(
        name="Mielenterveysyhdistys ry",
        category=PartnerCategory.THIRD_SECTOR,
        phone="040 000 0092",
        opening_hours="ma–pe 10–14",
        description="Vertaistuki ja keskusteluapu mielen hyvinvointiin.",
        services=(
            StarterService("Vertaistukiryhmä", "Viikoittainen ryhmä mielen hyvinvoinnin tueksi."),
            StarterService("Keskusteluapu", "Maksuton keskusteluapu kriisitilanteissa.", response_days=7),
        ),
    ),
    StarterOrganisation(
        name="Kehitysyhtiö – yrityspalvelut",
        category=PartnerCategory.OTHER,
        phone="013 000 0100",
        opening_hours="ma–pe 8–16",
        description="Alueen kehitysyhtiön yrityspalvelut ja yrittäjyysneuvonta.",
        services=(
            StarterService("Yrittäjyysneuvonta", "Yritysidean arviointi, liiketoimintasuunnitelma ja starttiraha."),
        ),
    ),
)


def response_days_for(service: PartnerService) -> int:
    """Days within which the partner should respond: the service's own, else its category's default."""
    if service.response_days is not None:
        return service.response_days
    return DEFAULT_RESPONSE_DAYS[service.organisation.category]
