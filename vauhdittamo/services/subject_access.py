"""A client's own data: the export for a data subject access request, and erasure on request.

:func:`export_client_data` writes everything recorded about one client twice:

* a readable Excel workbook (``.xlsx``), Finnish whatever the interface language (it goes to a
  Finnish client): one sheet per kind of record, real date cells, and every text through
  :func:`~vauhdittamo.services.spreadsheet.safe_text`, so text that looks like a formula stays text;
* a machine-readable JSON file (UTF-8, ISO 8601 dates, UTC times, codes as stored, sorted keys, a
  schema name and version).

:func:`erase_client` erases one client on request: the personal data goes exactly as in retention's
anonymisation (:func:`~vauhdittamo.services.retention.erase_personal_data`), and the client record
becomes a tombstone (``deleted_at``) without personal data, so the erasure reaches other devices by
synchronisation. The client's notes, consents and path (records only about the person) are tombstoned
too; visits, referrals, attendance marks, enrolments and certificates stay, with their texts erased,
as anonymous statistics. Free texts not linked to the client that name them (workshop sessions' notes,
anonymous visits) are scrubbed as in anonymisation.

The export is for administrators only (:attr:`Permission.SUBJECT_ACCESS`), who see every health-related
referral detail, so it holds every referral's reason, notes and assessment result.

The reason of an erasure is a code (:class:`ErasureReason`) and an optional case number of a fixed
form (:data:`CASE_NUMBER`, e.g. ``TS-2026-0142``): never free text, so the audit trail (kept for good
and synchronised) never holds a name or an identity code typed as the reference.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.models import (
    AgeBand,
    AgeGroup,
    Answer,
    AssessmentResult,
    AttendanceMark,
    AttendanceStatus,
    AuditAction,
    Client,
    ClientNote,
    CompetenceCertificate,
    Consent,
    ConsentKind,
    EducationLevel,
    ExitOutcome,
    Gender,
    GuidanceVisit,
    LabourStatus,
    Language,
    PartnerCategory,
    PartnerOrganisation,
    PartnerService,
    PathGoal,
    PathState,
    PathStep,
    Project,
    ProjectParticipant,
    Referral,
    ReferralStatus,
    ReferralUrgency,
    StaffMember,
    VisitChannel,
    VisitTopic,
    VisitTopicOption,
    Workshop,
    WorkshopEnrolment,
    WorkshopSession,
)
from vauhdittamo.services import audit, retention
from vauhdittamo.services import spreadsheet as xl
from vauhdittamo.services.clients import MSG_NOT_FOUND
from vauhdittamo.services.erasure_reasons import ErasureReason
from vauhdittamo.services.permissions import Permission, acting_staff_id, require
from vauhdittamo.timeutil import format_date, to_local, utcnow

SCHEMA = "vauhdittamo.subject_access"
SCHEMA_VERSION = 1
REFERENCE_LIMIT = 18  # the longest case number: 5 letters, a dash, 4 digits, a dash, 6 digits

# A case number: the register's letters, the year and a serial number, e.g. "TS-2026-0142".
CASE_NUMBER = re.compile(r"[A-Z]{1,5}-\d{4}-\d{1,6}", re.ASCII)
CASE_NUMBER_EXAMPLE = "TS-2026-0142"

MSG_REASON = QT_TRANSLATE_NOOP("errors", "Choose the reason for the erasure.")
MSG_CASE_NUMBER = QT_TRANSLATE_NOOP(
    "errors",
    "The reference must be a case number such as {example} (letters, year, number), never a name or "
    "an identity code.",
)


def case_number(reference: str) -> str:
    """*reference* as a case number (:data:`CASE_NUMBER`), or ``""`` for none; anything else is refused."""
    value = reference.strip().upper()
    if not value:
        return ""
    if CASE_NUMBER.fullmatch(value) is None:
        raise ValidationError(MSG_CASE_NUMBER, field="reference", example=CASE_NUMBER_EXAMPLE)
    return value


@dataclass(frozen=True)
class SubjectAccessExport:
    """The two files written and how many records of each kind they hold."""

    xlsx_path: Path
    json_path: Path
    counts: dict[str, int]


# --------------------------------------------------------------------------- Finnish words

CHANNEL_WORDS = {
    VisitChannel.WALK_IN: "käynti",
    VisitChannel.PHONE: "puhelin",
    VisitChannel.OUTREACH: "jalkautuminen / kylä",
    VisitChannel.REMOTE: "etäyhteys",
}
TOPIC_WORDS = {
    VisitTopic.JOB_SEARCH: "työnhaku",
    VisitTopic.EDUCATION: "koulutus ja opiskelu",
    VisitTopic.BENEFITS: "etuudet ja Kela",
    VisitTopic.HOUSING: "asuminen",
    VisitTopic.HEALTH: "terveys ja hyvinvointi",
    VisitTopic.LIFE_SKILLS: "arjenhallinta",
    VisitTopic.CV: "CV ja hakemukset",
    VisitTopic.WORKSHOPS: "pajatoiminta",
    VisitTopic.OTHER: "muu",
}
AGE_GROUP_WORDS = {
    AgeGroup.UNDER_30: "alle 30-vuotias",
    AgeGroup.AGE_30_PLUS: "30 vuotta täyttänyt",
    AgeGroup.UNKNOWN: "ei tiedossa",
}
STATUS_WORDS = {
    ReferralStatus.DRAFT: "luonnos",
    ReferralStatus.SENT: "lähetetty",
    ReferralStatus.ACCEPTED: "hyväksytty",
    ReferralStatus.DECLINED: "hylätty",
    ReferralStatus.STARTED: "alkanut",
    ReferralStatus.COMPLETED: "päättynyt",
    ReferralStatus.NO_SHOW: "ei saapunut",
    ReferralStatus.CANCELLED: "peruttu",
}
URGENCY_WORDS = {ReferralUrgency.NORMAL: "tavallinen", ReferralUrgency.URGENT: "kiireellinen"}
ASSESSMENT_WORDS = {
    AssessmentResult.FIT_FOR_WORK: "työkykyinen",
    AssessmentResult.NEEDS_REHABILITATION: "tarvitsee kuntoutusta",
    AssessmentResult.PENSION_RECOMMENDED: "eläkettä suositellaan",
    AssessmentResult.OTHER: "muu",
}
CATEGORY_WORDS = {
    PartnerCategory.TE_SERVICES: "TE-palvelut",
    PartnerCategory.KELA: "Kela",
    PartnerCategory.SOCIAL_SERVICES: "sosiaalipalvelut",
    PartnerCategory.HEALTH_SERVICES: "terveyspalvelut",
    PartnerCategory.WORK_CAPACITY: "työ- ja toimintakyvyn selvitys",
    PartnerCategory.EDUCATION: "koulutus",
    PartnerCategory.YOUTH_SERVICES: "nuorisopalvelut",
    PartnerCategory.MUNICIPAL_SERVICES: "kunnan palvelut",
    PartnerCategory.THIRD_SECTOR: "kolmas sektori",
    PartnerCategory.OTHER: "muu",
}
ATTENDANCE_WORDS = {
    AttendanceStatus.PRESENT: "läsnä",
    AttendanceStatus.ABSENT: "poissa",
    AttendanceStatus.EXCUSED: "poissa luvalla",
}
CONSENT_WORDS = {
    ConsentKind.SHARE_DATA: "tietojen luovutus",
    ConsentKind.CONTACT_SMS: "yhteydenotto tekstiviestillä",
    ConsentKind.CONTACT_EMAIL: "yhteydenotto sähköpostilla",
}
PATH_WORDS = {
    PathState.PLANNED: "suunniteltu",
    PathState.IN_PROGRESS: "käynnissä",
    PathState.DONE: "valmis",
    PathState.DROPPED: "luovuttu",
}
OUTCOME_WORDS = {
    ExitOutcome.EMPLOYMENT: "työ",
    ExitOutcome.EDUCATION: "koulutus",
    ExitOutcome.REHABILITATION: "kuntoutus",
    ExitOutcome.PENSION: "eläke",
    ExitOutcome.OTHER: "muu",
    ExitOutcome.UNKNOWN: "ei tiedossa",
    ExitOutcome.QUALIFICATION: "tutkinto tai sen osa suoritettu",
    ExitOutcome.JOB_SEARCHING: "työnhakija",
    ExitOutcome.INACTIVE: "työvoiman ulkopuolella",
}
GENDER_WORDS = {Gender.WOMAN: "nainen", Gender.MAN: "mies", Gender.NON_BINARY: "muunsukupuolinen",
                Gender.NOT_TOLD: "ei kerrottu"}
LABOUR_WORDS = {
    LabourStatus.EMPLOYED: "työssä (myös yrittäjänä)",
    LabourStatus.UNEMPLOYED: "työtön",
    LabourStatus.LONG_TERM_UNEMPLOYED: "pitkäaikaistyötön",
    LabourStatus.INACTIVE: "työvoiman ulkopuolella",
    LabourStatus.INACTIVE_NOT_IN_EDUCATION: "työvoiman ulkopuolella, ei koulutuksessa",
    LabourStatus.NOT_TOLD: "ei kerrottu",
}
EDUCATION_WORDS = {
    EducationLevel.ISCED_0_2: "enintään perusaste (ISCED 0–2)",
    EducationLevel.ISCED_3_4: "toinen aste tai sen jälkeinen (ISCED 3–4)",
    EducationLevel.ISCED_5_8: "korkea-aste (ISCED 5–8)",
    EducationLevel.NOT_TOLD: "ei kerrottu",
}
ANSWER_WORDS = {Answer.YES: "kyllä", Answer.NO: "ei", Answer.NOT_TOLD: "ei kerrottu"}
AGE_BAND_WORDS = {AgeBand.UNDER_18: "alle 18", AgeBand.AGE_18_29: "18–29", AgeBand.AGE_30_54: "30–54",
                  AgeBand.AGE_55_PLUS: "55 tai yli", AgeBand.UNKNOWN: "ei tiedossa"}
LANGUAGE_WORDS = {Language.FI: "suomi", Language.SV: "ruotsi", Language.OTHER: "muu kieli"}
AUDIT_WORDS = {
    AuditAction.SIGN_IN: "kirjautuminen",
    AuditAction.SIGN_IN_FAILED: "epäonnistunut kirjautuminen",
    AuditAction.SIGN_OUT: "uloskirjautuminen",
    AuditAction.SCREEN_LOCKED: "näyttö lukittu",
    AuditAction.CLIENT_VIEWED: "asiakaskortti avattu",
    AuditAction.CLIENT_CREATED: "asiakas lisätty",
    AuditAction.CLIENT_CHANGED: "asiakastietoja muutettu",
    AuditAction.CONSENT_OVERRIDDEN: "lähete ilman suostumusta",
    AuditAction.REFERRAL_DETAILS_VIEWED: "lähetteen terveystiedot katsottu",
    AuditAction.EXPORTED: "tietojen vienti",
    AuditAction.IMPORTED: "tietojen tuonti",
    AuditAction.STAFF_CHANGED: "työntekijän tietoja muutettu",
    AuditAction.RETENTION_CHANGED: "säilytysaika muutettu",
    AuditAction.CLIENT_ANONYMISED: "asiakas anonymisoitu",
    AuditAction.CLIENT_ERASED: "asiakkaan tiedot poistettu",
    AuditAction.SUBJECT_ACCESS_EXPORT: "tietopyynnön tiedot viety",
    AuditAction.ACCESS_DENIED: "pääsy estetty",
    AuditAction.CONFLICT_SETTLED: "synkronoinnin ristiriita ratkaistu",
    AuditAction.COACH_ASSIGNED: "omavalmentaja vaihdettu",
    AuditAction.REFERRAL_LETTER: "lähetekirje avattu, tulostettu tai tallennettu",
    AuditAction.PARTICIPANT_DETAILS_VIEWED: "osallistujan arkaluonteiset aloitustiedot katsottu",
    AuditAction.PROJECT_CHANGED: "hanke lisätty tai muutettu",
    AuditAction.OUTREACH_LIST_CHANGED: "etsivän työn listaa muutettu",
    AuditAction.OUTREACH_ERASED: "etsivän työn listan henkilötiedot poistettu",
    AuditAction.CLIENTS_MERGED: "saman henkilön kaksi asiakastietoa yhdistetty",
    AuditAction.DUPLICATE_DISMISSED: "kaksi asiakastietoa merkitty eri henkilöiksi",
}
ENTITY_WORDS = {audit.ENTITY_CLIENT: "asiakas", audit.ENTITY_REFERRAL: "lähete"}
YES, NO = "kyllä", "ei"

DATE_TIME = xl.CellStyle(number_format="d.m.yyyy h.mm")
TITLE_TEXT = "Asiakkaan tiedot (tietopyyntö): {name}"
GENERATED = "Luotu {day} klo {time} (Suomen aikaa), Vauhdittamo desk."


# --------------------------------------------------------------------------- the columns


@dataclass(frozen=True)
class _Field:
    """One column of a sheet: the record's key, the Finnish heading, how the value is shown."""

    key: str
    header: str
    kind: str = "text"  # text, long (wrapped text), date, datetime, time, int, bool, code
    words: Mapping[Any, str] | None = None
    width: float = 16


def _f(key: str, header: str, kind: str = "text", words: Mapping[Any, str] | None = None, width: float = 16) -> _Field:
    return _Field(key, header, kind, words, width)


CLIENT_FIELDS = (
    _f("first_name", "Etunimi"),
    _f("last_name", "Sukunimi"),
    _f("birth_date", "Syntymäaika", "date"),
    _f("personal_id", "Henkilötunnus"),
    _f("municipality", "Kotikunta"),
    _f("village", "Kylä"),
    _f("language", "Asiointikieli", "code", LANGUAGE_WORDS),
    _f("phone", "Puhelin"),
    _f("email", "Sähköposti"),
    _f("address", "Osoite"),
    _f("personal_coach", "Omavalmentaja"),
    _f("registered_at", "Rekisteröity", "datetime"),
    _f("exit_date", "Päättymispäivä", "date"),
    _f("exit_outcome", "Päättymisen tulos", "code", OUTCOME_WORDS),
    _f("anonymised_at", "Anonymisoitu", "datetime"),
)
VISIT_FIELDS = (
    _f("visited_at", "Aika", "datetime", width=16),
    _f("channel", "Asiointitapa", "code", CHANNEL_WORDS, 18),
    _f("topics", "Aiheet", width=30),
    _f("duration_minutes", "Kesto (min)", "int", width=10),
    _f("staff", "Ohjaaja", width=20),
    _f("age_group", "Ikäryhmä", "code", AGE_GROUP_WORDS, 12),
    _f("note", "Muistiinpano", "long", width=50),
    _f("next_step", "Seuraava askel", "long", width=36),
    _f("next_step_date", "Seuraavan askeleen päivä", "date", width=14),
    _f("next_step_done", "Askel tehty", "bool", width=10),
)
REFERRAL_FIELDS = (
    _f("created_at", "Tehty", "datetime"),
    _f("organisation", "Kumppani", width=28),
    _f("category", "Kumppanin ryhmä", "code", CATEGORY_WORDS, 20),
    _f("service", "Palvelu", width=28),
    _f("status", "Tila nyt", "code", STATUS_WORDS, 12),
    _f("urgency", "Kiireellisyys", "code", URGENCY_WORDS, 12),
    _f("response_due", "Vastaus viimeistään", "date", width=13),
    _f("staff", "Lähettäjä", width=20),
    _f("reason", "Syy", "long", width=44),
    _f("note", "Lisätiedot", "long", width=36),
    _f("shares_data", "Tietoja luovutetaan", "bool", width=12),
    _f("consent_override_reason", "Peruste ilman suostumusta", "long", width=36),
    _f("consent_override_by", "Ilman suostumusta: kuka", width=20),
    _f("consent_override_at", "Ilman suostumusta: milloin", "datetime"),
    _f("assessment_result", "Selvityksen tulos", "code", ASSESSMENT_WORDS, 20),
)
EVENT_FIELDS = (
    _f("occurred_at", "Aika", "datetime"),
    _f("referral_service", "Lähetteen palvelu", width=28),
    _f("referral_created_at", "Lähete tehty", "datetime"),
    _f("status", "Tila", "code", STATUS_WORDS, 12),
    _f("staff", "Työntekijä", width=20),
    _f("note", "Lisätiedot", "long", width=50),
)
ENROLMENT_FIELDS = (
    _f("workshop", "Paja", width=30),
    _f("enrolled_on", "Ilmoittautunut", "date", width=13),
    _f("left_on", "Lopettanut", "date", width=13),
)
ATTENDANCE_FIELDS = (
    _f("session_date", "Päivämäärä", "date", width=12),
    _f("workshop", "Paja", width=30),
    _f("start_time", "Alkaa", "time", width=8),
    _f("end_time", "Päättyy", "time", width=8),
    _f("status", "Läsnäolo", "code", ATTENDANCE_WORDS, 18),
    _f("drop_in", "Pudotus", "bool", width=9),
    _f("time_in", "Saapui", "time", width=8),
    _f("time_out", "Lähti", "time", width=8),
    _f("staff", "Merkitsijä", width=20),
)
CERTIFICATE_FIELDS = (
    _f("awarded_on", "Myönnetty", "date", width=12),
    _f("competence_area", "Osaamisalue", width=32),
    _f("qualification", "Tutkinto tai tutkinnon osa", width=32),
    _f("workshop", "Paja", width=24),
    _f("assessor", "Arvioija", width=20),
    _f("note", "Lisätiedot", "long", width=40),
)
CONSENT_FIELDS = (
    _f("kind", "Suostumus", "code", CONSENT_WORDS, 26),
    _f("partner_category", "Kumppanien ryhmä", "code", CATEGORY_WORDS, 24),
    _f("given_at", "Annettu", "datetime"),
    _f("given_by", "Kirjaaja", width=20),
    _f("withdrawn_at", "Peruttu", "datetime"),
    _f("withdrawn_by", "Perumisen kirjaaja", width=20),
    _f("note", "Lisätiedot", "long", width=40),
)
NOTE_FIELDS = (
    _f("written_at", "Kirjoitettu", "datetime"),
    _f("staff", "Kirjoittaja", width=20),
    _f("text", "Muistiinpano", "long", width=80),
)
PATH_FIELDS = (
    _f("goal", "Tavoite", width=30),
    _f("goal_description", "Tavoitteen kuvaus", "long", width=36),
    _f("goal_target_date", "Tavoitepäivä", "date", width=12),
    _f("goal_state", "Tavoitteen tila", "code", PATH_WORDS, 14),
    _f("step", "Askel", width=30),
    _f("step_target_date", "Askeleen tavoitepäivä", "date", width=12),
    _f("step_state", "Askeleen tila", "code", PATH_WORDS, 14),
    _f("step_done_on", "Tehty", "date", width=12),
)
PARTICIPATION_FIELDS = (
    _f("project", "Hanke", width=30),
    _f("entry_date", "Aloituspäivä", "date", width=12),
    _f("gender", "Sukupuoli", "code", GENDER_WORDS, 14),
    _f("age_band", "Ikä aloittaessa", "code", AGE_BAND_WORDS, 12),
    _f("labour_status", "Työmarkkina-asema aloittaessa", "code", LABOUR_WORDS, 28),
    _f("education_level", "Koulutustaso", "code", EDUCATION_WORDS, 28),
    _f("rural", "Asuu maaseudulla", "code", ANSWER_WORDS, 12),
    _f("disability", "Vammainen", "code", ANSWER_WORDS, 12),
    _f("foreign_background", "Ulkomaalaistaustainen", "code", ANSWER_WORDS, 12),
    _f("third_country_national", "Kolmannen maan kansalainen", "code", ANSWER_WORDS, 12),
    _f("minority", "Vähemmistöön kuuluva", "code", ANSWER_WORDS, 12),
    _f("homeless", "Asunnoton tai asuntomarkkinoilta syrjäytynyt", "code", ANSWER_WORDS, 14),
    _f("exit_date", "Päättymispäivä", "date", width=12),
    _f("exit_outcome", "Tilanne päättyessä", "code", OUTCOME_WORDS, 22),
    _f("follow_up_on", "Seuranta 6 kk", "date", width=12),
    _f("follow_up_employed", "Seurannassa työssä", "code", ANSWER_WORDS, 12),
    _f("follow_up_improved", "Tilanne parantunut", "code", ANSWER_WORDS, 12),
    _f("follow_up_by", "Seurannan kirjaaja", width=20),
)
AUDIT_FIELDS = (
    _f("at", "Aika", "datetime"),
    _f("action", "Tapahtuma", "code", AUDIT_WORDS, 30),
    _f("staff", "Työntekijä", width=20),
    _f("entity_type", "Kohde", "code", ENTITY_WORDS, 14),
    _f("detail", "Lisätiedot", width=40),
    _f("device_id", "Laite", width=38),
)

# Sheet name, the JSON key of its rows, its columns.
SHEETS: tuple[tuple[str, str, tuple[_Field, ...]], ...] = (
    ("Käynnit", "visits", VISIT_FIELDS),
    ("Lähetteet", "referrals", REFERRAL_FIELDS),
    ("Lähetteiden vaiheet", "referral_events", EVENT_FIELDS),
    ("Läsnäolot", "attendance", ATTENDANCE_FIELDS),
    ("Pajat", "workshop_enrolments", ENROLMENT_FIELDS),
    ("Osaamistodistukset", "certificates", CERTIFICATE_FIELDS),
    ("Suostumukset", "consents", CONSENT_FIELDS),
    ("Muistiinpanot", "notes", NOTE_FIELDS),
    ("Polku", "path", PATH_FIELDS),
    ("Hankkeet", "participations", PARTICIPATION_FIELDS),
    ("Lokitiedot", "audit_entries", AUDIT_FIELDS),
)
SHEET_BASICS = "Perustiedot"

Record = dict[str, Any]


# --------------------------------------------------------------------------- reading


def _live_client(session: Session, client_id: str) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise AppError(MSG_NOT_FOUND)
    return client


def _gather(session: Session, client: Client) -> dict[str, Any]:
    """Everything about *client* as plain records (Python values: dates, aware UTC times, enum members)."""
    cid = client.id
    staff = {sid: name for sid, name in session.execute(select(StaffMember.id, StaffMember.display_name))}

    def name(staff_id: str | None) -> str:
        return staff.get(staff_id, "") if staff_id else ""

    own_topics = {code: label for code, label in session.execute(select(VisitTopicOption.code,
                                                                         VisitTopicOption.label))}

    def topic(code: str) -> str:
        if own_topics.get(code):
            return own_topics[code]
        return TOPIC_WORDS.get(VisitTopic(code), code) if code in VisitTopic._value2member_map_ else code

    basics: Record = {
        "id": cid,
        "first_name": client.first_name,
        "last_name": client.last_name,
        "birth_date": client.birth_date,
        "personal_id": client.personal_id,
        "municipality": client.municipality,
        "village": client.village,
        "language": client.language,
        "phone": client.phone,
        "email": client.email,
        "address": client.address,
        "personal_coach": name(client.personal_coach_id),
        "registered_at": client.created_at,
        "exit_date": client.exit_date,
        "exit_outcome": client.exit_outcome,
        "anonymised_at": client.anonymised_at,
    }

    visits = [
        {
            "id": vis.id,
            "visited_at": vis.visited_at,
            "channel": vis.channel,
            "topic_codes": vis.topic_list,
            "topics": ", ".join(topic(t) for t in vis.topic_list),
            "duration_minutes": vis.duration_minutes,
            "staff": name(vis.staff_id),
            "age_group": vis.age_group,
            "note": vis.note,
            "next_step": vis.next_step,
            "next_step_date": vis.next_step_date,
            "next_step_done": vis.next_step_done,
        }
        for vis in session.scalars(
            select(GuidanceVisit)
            .where(GuidanceVisit.client_id == cid, GuidanceVisit.deleted_at.is_(None))
            .order_by(GuidanceVisit.visited_at, GuidanceVisit.id)
        )
    ]

    referrals: list[Record] = []
    events: list[Record] = []
    for ref, service, organisation, category in session.execute(
        select(Referral, PartnerService.name, PartnerOrganisation.name, PartnerOrganisation.category)
        .join(PartnerService, PartnerService.id == Referral.partner_service_id)
        .join(PartnerOrganisation, PartnerOrganisation.id == PartnerService.organisation_id)
        .where(Referral.client_id == cid, Referral.deleted_at.is_(None))
        .order_by(Referral.created_at, Referral.id)
    ):
        history = [
            {
                "id": e.id,
                "occurred_at": e.occurred_at,
                "status": e.status,
                "staff": name(e.staff_id),
                "note": e.note,
            }
            for e in ref.events
            if e.deleted_at is None
        ]
        referrals.append(
            {
                "id": ref.id,
                "created_at": ref.created_at,
                "organisation": organisation,
                "category": category,
                "service": service,
                "status": history[-1]["status"] if history else ReferralStatus.DRAFT,
                "urgency": ref.urgency,
                "response_due": ref.response_due,
                "staff": name(ref.staff_id),
                "reason": ref.reason,
                "note": ref.note,
                "shares_data": ref.shares_data,
                "consent_override_reason": ref.consent_override_reason or "",
                "consent_override_by": name(ref.consent_override_by_id),
                "consent_override_at": ref.consent_override_at,
                "assessment_result": ref.assessment_result,
                "events": history,
            }
        )
        events.extend(
            {**e, "referral_id": ref.id, "referral_service": service, "referral_created_at": ref.created_at}
            for e in history
        )

    enrolments = [
        {"id": eid, "workshop": workshop, "enrolled_on": enrolled_on, "left_on": left_on}
        for eid, workshop, enrolled_on, left_on in session.execute(
            select(WorkshopEnrolment.id, Workshop.name, WorkshopEnrolment.enrolled_on, WorkshopEnrolment.left_on)
            .join(Workshop, Workshop.id == WorkshopEnrolment.workshop_id)
            .where(WorkshopEnrolment.client_id == cid, WorkshopEnrolment.deleted_at.is_(None))
            .order_by(WorkshopEnrolment.enrolled_on, WorkshopEnrolment.id)
        )
    ]

    attendance = [
        {
            "id": mark.id,
            "session_date": day,
            "workshop": workshop,
            "start_time": start,
            "end_time": end,
            "status": mark.status,
            "drop_in": mark.drop_in,
            "time_in": mark.time_in,
            "time_out": mark.time_out,
            "staff": name(mark.marked_by_id),
        }
        for mark, day, start, end, workshop in session.execute(
            select(
                AttendanceMark, WorkshopSession.session_date, WorkshopSession.start_time, WorkshopSession.end_time,
                Workshop.name,
            )
            .join(WorkshopSession, WorkshopSession.id == AttendanceMark.session_id)
            .join(Workshop, Workshop.id == WorkshopSession.workshop_id)
            .where(AttendanceMark.client_id == cid, AttendanceMark.deleted_at.is_(None),
                   WorkshopSession.deleted_at.is_(None))
            .order_by(WorkshopSession.session_date, WorkshopSession.start_time, AttendanceMark.id)
        )
    ]

    workshops = {wid: wname for wid, wname in session.execute(select(Workshop.id, Workshop.name))}
    certificates = [
        {
            "id": c.id,
            "awarded_on": c.awarded_on,
            "competence_area": c.competence_area,
            "qualification": c.qualification,
            "workshop": workshops.get(c.workshop_id, "") if c.workshop_id else "",
            "assessor": name(c.assessed_by_id) or c.assessor_name,
            "note": c.note,
        }
        for c in session.scalars(
            select(CompetenceCertificate)
            .where(CompetenceCertificate.client_id == cid, CompetenceCertificate.deleted_at.is_(None))
            .order_by(CompetenceCertificate.awarded_on, CompetenceCertificate.id)
        )
    ]

    consents = [
        {
            "id": c.id,
            "kind": c.kind,
            "partner_category": _coded(PartnerCategory, c.partner_category),
            "given_at": c.given_at,
            "given_by": name(c.given_by_id),
            "withdrawn_at": c.withdrawn_at,
            "withdrawn_by": name(c.withdrawn_by_id),
            "note": c.note,
        }
        for c in session.scalars(
            select(Consent)
            .where(Consent.client_id == cid, Consent.deleted_at.is_(None))
            .order_by(Consent.given_at, Consent.id)
        )
    ]

    notes = [
        {"id": n.id, "written_at": n.written_at, "staff": name(n.staff_id), "text": n.text}
        for n in session.scalars(
            select(ClientNote)
            .where(ClientNote.client_id == cid, ClientNote.deleted_at.is_(None))
            .order_by(ClientNote.written_at, ClientNote.id)
        )
    ]

    goals = list(
        session.scalars(
            select(PathGoal)
            .where(PathGoal.client_id == cid, PathGoal.deleted_at.is_(None))
            .order_by(PathGoal.created_at, PathGoal.id)
        )
    )
    steps: dict[str, list[Record]] = {g.id: [] for g in goals}
    for s in session.scalars(
        select(PathStep)
        .join(PathGoal, PathGoal.id == PathStep.goal_id)
        .where(PathGoal.client_id == cid, PathStep.deleted_at.is_(None))
        .order_by(PathStep.position, PathStep.created_at, PathStep.id)
    ):
        steps.setdefault(s.goal_id, []).append(
            {"id": s.id, "title": s.title, "target_date": s.target_date, "state": s.state, "done_on": s.done_on}
        )
    path_goals = [
        {
            "id": g.id,
            "title": g.title,
            "description": g.description,
            "target_date": g.target_date,
            "state": g.state,
            "created_at": g.created_at,
            "steps": steps.get(g.id, []),
        }
        for g in goals
    ]

    participations = [
        {
            "id": p.id,
            "project": project,
            "entry_date": p.entry_date,
            "gender": p.gender,
            "age_band": p.age_band,
            "labour_status": p.labour_status,
            "education_level": p.education_level,
            "rural": p.rural,
            "disability": p.disability,
            "foreign_background": p.foreign_background,
            "third_country_national": p.third_country_national,
            "minority": p.minority,
            "homeless": p.homeless,
            "exit_date": p.exit_date,
            "exit_outcome": p.exit_outcome,
            "follow_up_on": p.follow_up_on,
            "follow_up_employed": p.follow_up_employed,
            "follow_up_improved": p.follow_up_improved,
            "follow_up_by": name(p.follow_up_by_id),
        }
        for p, project in session.execute(
            select(ProjectParticipant, Project.name)
            .join(Project, Project.id == ProjectParticipant.project_id)
            .where(ProjectParticipant.client_id == cid, ProjectParticipant.deleted_at.is_(None))
            .order_by(ProjectParticipant.entry_date, ProjectParticipant.id)
        )
    ]

    audit_entries = [
        {
            "id": row.entry_id,
            "at": row.at,
            "action": row.action,
            "staff": row.staff_name,
            "entity_type": row.entity_type,
            "entity_id": row.entity_id,
            "detail": row.detail,
            "device_id": row.device_id,
        }
        for row in audit.entries_about_client(session, cid)
    ]

    return {
        "client": basics,
        "visits": visits,
        "referrals": referrals,
        "referral_events": events,
        "workshop_enrolments": enrolments,
        "attendance": attendance,
        "certificates": certificates,
        "consents": consents,
        "notes": notes,
        "path_goals": path_goals,
        "participations": participations,
        "audit_entries": audit_entries,
    }


def _coded(enum_cls: type[enum.Enum], value: Any) -> Any:
    if value is None:
        return None
    try:
        return enum_cls(value)
    except ValueError:
        return value


def _path_rows(goals: Sequence[Record]) -> list[Record]:
    """One sheet row per step (a goal without steps: one row)."""
    rows: list[Record] = []
    for goal in goals:
        head = {
            "goal": goal["title"],
            "goal_description": goal["description"],
            "goal_target_date": goal["target_date"],
            "goal_state": goal["state"],
        }
        for step in goal["steps"] or [None]:
            rows.append(
                head if step is None else head | {
                    "step": step["title"],
                    "step_target_date": step["target_date"],
                    "step_state": step["state"],
                    "step_done_on": step["done_on"],
                }
            )
    return rows


# --------------------------------------------------------------------------- writing


def _json_value(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def _json_document(data: Mapping[str, Any], generated_at: dt.datetime) -> str:
    document = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "generated_at": generated_at,
        "client": data["client"],
        "visits": data["visits"],
        "referrals": data["referrals"],  # each with its status "events"
        "workshop_enrolments": data["workshop_enrolments"],
        "attendance": data["attendance"],
        "certificates": data["certificates"],
        "consents": data["consents"],
        "notes": data["notes"],
        "path_goals": data["path_goals"],  # each with its "steps"
        "audit_entries": data["audit_entries"],
    }
    return json.dumps(document, default=_json_value, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _local_naive(value: dt.datetime) -> dt.datetime:
    """A stored UTC instant as Helsinki wall-clock time (Excel cells have no time zone)."""
    return to_local(value).replace(tzinfo=None)


def _cell(styles: xl.Styles, sheet: Any, spec: _Field, value: Any) -> Any:
    if value is None or value == "":
        return None
    if spec.kind == "date":
        return styles.date(value)
    if spec.kind == "datetime":
        return styles.cell(_local_naive(value), DATE_TIME)
    if spec.kind == "time":
        return styles.time(value)
    if spec.kind == "int":
        return int(value)
    if spec.kind == "bool":
        return YES if value else NO
    if spec.kind == "code":
        words = spec.words or {}
        return xl.safe_text(sheet, words.get(value, str(getattr(value, "value", value))))
    if spec.kind == "long":
        return styles.cell(str(value), xl.WRAPPED)
    return xl.safe_text(sheet, str(value))


def _write_basics(workbook: Any, client: Record, generated_at: dt.datetime) -> None:
    sheet = workbook.create_sheet(SHEET_BASICS)
    xl.set_column_widths(sheet, (24, 48))
    styles = xl.Styles(sheet)
    full_name = f"{client['first_name']} {client['last_name']}".strip()
    sheet.append([styles.cell(TITLE_TEXT.format(name=full_name), xl.TITLE)])
    local = to_local(generated_at)
    sheet.append([GENERATED.format(day=format_date(local.date()), time=f"{local.hour}.{local.minute:02d}")])
    sheet.append([])
    sheet.append(styles.row(("Tieto", "Arvo"), xl.HEADER))
    for spec in CLIENT_FIELDS:
        sheet.append([xl.safe_text(sheet, spec.header), _cell(styles, sheet, spec, client[spec.key])])


def _write_sheet(workbook: Any, title: str, fields: Sequence[_Field], rows: Sequence[Record]) -> None:
    sheet = workbook.create_sheet(title)
    xl.set_column_widths(sheet, [f.width for f in fields])
    sheet.freeze_panes = "A2"
    styles = xl.Styles(sheet)
    sheet.append(styles.row([f.header for f in fields], xl.HEADER))
    for row in rows:
        sheet.append([_cell(styles, sheet, spec, row.get(spec.key)) for spec in fields])
    sheet.auto_filter.ref = xl.table_ref(len(fields), 1, len(rows) + 1)


def _write_workbook(target: Path, data: Mapping[str, Any], generated_at: dt.datetime) -> None:
    sheet_rows: dict[str, Sequence[Record]] = {key: data[key] for _title, key, _fields in SHEETS if key != "path"}
    sheet_rows["path"] = _path_rows(data["path_goals"])
    with xl.write_only_workbook() as workbook:
        _write_basics(workbook, data["client"], generated_at)
        for title, key, fields in SHEETS:
            _write_sheet(workbook, title, fields, sheet_rows[key])
        workbook.save(target)


def default_paths(folder: Path, client_id: str, day: dt.date) -> tuple[Path, Path]:
    """``tietopyynto-2026-11-24-<id end>.xlsx`` and ``.json`` in *folder*: no name in the file name."""
    stem = f"tietopyynto-{day.isoformat()}-{client_id[-12:]}"
    return folder / f"{stem}.xlsx", folder / f"{stem}.json"


def export_client_data(
    session: Session,
    client_id: str,
    folder_or_paths: Path | str | tuple[Path, Path],
    *,
    generated_at: dt.datetime | None = None,
) -> SubjectAccessExport:
    """Write everything about one client to an ``.xlsx`` workbook and a ``.json`` file.

    *folder_or_paths*: a folder (the files get :func:`default_paths` names) or the two paths
    ``(xlsx, json)``. Both files are written beside their targets and renamed into place; a target
    that cannot be written raises :class:`~vauhdittamo.errors.FileAccessError`. Administrators only;
    the export is recorded in the audit trail.
    """
    require(session, Permission.SUBJECT_ACCESS)
    generated_at = generated_at or utcnow()
    client = _live_client(session, client_id)
    if isinstance(folder_or_paths, tuple):
        xlsx_path, json_path = (Path(p) for p in folder_or_paths)
    else:
        xlsx_path, json_path = default_paths(Path(folder_or_paths), client_id, to_local(generated_at).date())
    data = _gather(session, client)
    document = _json_document(data, generated_at)
    counts = {key: len(data[key]) for key in data if key != "client"}
    with xl.atomic_target(xlsx_path) as xlsx_partial, xl.atomic_target(json_path) as json_partial:
        _write_workbook(xlsx_partial, data, generated_at)
        try:
            json_partial.write_text(document, encoding="utf-8")
        except OSError as exc:
            raise xl.file_error(json_path, exc) from exc
        # Recorded before the files get their names: when the database cannot take the entry (busy,
        # read-only), no export of personal data is left behind unrecorded.
        audit.record(
            session, AuditAction.SUBJECT_ACCESS_EXPORT, audit.ENTITY_CLIENT, client_id,
            " ".join(f"{key}={n}" for key, n in counts.items()),
        )
        session.flush()
    return SubjectAccessExport(xlsx_path=xlsx_path, json_path=json_path, counts=counts)


# --------------------------------------------------------------------------- erasure


def _tombstone(session: Session, model: type[Any], condition: Any, now: dt.datetime) -> None:
    session.execute(
        update(model)
        .where(condition, model.deleted_at.is_(None))
        .values(deleted_at=now, updated_at=now, updated_by_id=acting_staff_id(session))
        .execution_options(synchronize_session="fetch")
    )


def erase_client(
    session: Session, client_id: str, reason: ErasureReason | str, reference: str = ""
) -> bool:
    """Erase one client on request: personal data erased, the record left as a tombstone.

    *reason* is an :class:`ErasureReason`; *reference* is the request's case number
    (:func:`case_number`, e.g. ``TS-2026-0142``) or empty — never the person; the audit entry holds
    only the reason's code and that number. Returns ``False`` when the client was erased already (nothing
    changes). All or nothing; recorded in the audit trail. Administrators only.
    """
    require(session, Permission.SUBJECT_ACCESS, entity_type=audit.ENTITY_CLIENT, entity_id=client_id)
    try:
        chosen = ErasureReason(reason)
    except ValueError:
        raise ValidationError(MSG_REASON, field="reason") from None
    ref = case_number(reference)
    client = session.get(Client, client_id)
    if client is None:
        raise AppError(MSG_NOT_FOUND)
    if client.deleted_at is not None and client.anonymised_at is not None:
        return False
    with session.begin_nested():
        now = utcnow()
        retention.erase_personal_data(session, [client], now)
        goal_ids = select(PathGoal.id).where(PathGoal.client_id == client_id).scalar_subquery()
        _tombstone(session, ClientNote, ClientNote.client_id == client_id, now)
        _tombstone(session, Consent, Consent.client_id == client_id, now)
        _tombstone(session, PathStep, PathStep.goal_id.in_(goal_ids), now)
        _tombstone(session, PathGoal, PathGoal.client_id == client_id, now)
        client.deleted_at = client.deleted_at or now
        detail = f"reason={chosen.value}" + (f" reference={ref}" if ref else "")
        audit.record(session, AuditAction.CLIENT_ERASED, audit.ENTITY_CLIENT, client_id, detail)
        session.flush()
    return True


__all__ = [
    "SCHEMA",
    "SCHEMA_VERSION",
    "CASE_NUMBER",
    "ErasureReason",
    "SubjectAccessExport",
    "case_number",
    "default_paths",
    "erase_client",
    "export_client_data",
]
