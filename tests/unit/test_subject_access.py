"""A client's own data: the access-request export (.xlsx and .json) and erasure on request."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.acting import act_as, acting
from tests.unit.test_retention import (
    PERSONAL_ID,
    TODAY,
    History,
    add_mentions,
    at,
    build_history,
    find_in_tables,
    texts_now,
)
from vauhdittamo.db import Database
from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.models import (
    AuditAction,
    AuditEntry,
    Client,
    ClientNote,
    Consent,
    GuidanceVisit,
    PathGoal,
    PathStep,
    Referral,
    ReferralEvent,
    StaffRole,
)
from vauhdittamo.services import client_card, subject_access
from vauhdittamo.services.attendance_export import weekly_figures
from vauhdittamo.services.permissions import PermissionDenied
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.services.subject_access import ErasureReason

FORMULA = '=HYPERLINK("http://example.com/x","Klikkaa")'
GENERATED = at(TODAY, 14)


@pytest.fixture
def history(db: Database, staff_id: str) -> History:
    with db.transaction(acting(db)) as session:
        return build_history(session, staff_id, note_text=FORMULA)


def sheet_rows(sheet: Any) -> list[dict[str, Any]]:
    """The rows of a sheet whose first row is the heading, as {heading: cell}."""
    rows = list(sheet.iter_rows())
    headers = [c.value for c in rows[0]]
    return [dict(zip(headers, row, strict=False)) for row in rows[1:]]


def export(db: Database, client_id: str, folder: Path) -> subject_access.SubjectAccessExport:
    with db.transaction(acting(db)) as session:
        return subject_access.export_client_data(session, client_id, folder, generated_at=GENERATED)


def test_the_export_holds_everything_in_both_files(
    db: Database, staff_id: str, history: History, tmp_path: Path
) -> None:
    with db.transaction(acting(db)) as session:
        client_card.open_card(session, history.client_id, TODAY)
    written = export(db, history.client_id, tmp_path)

    assert written.xlsx_path.parent == written.json_path.parent == tmp_path
    assert written.xlsx_path.name == f"tietopyynto-2026-11-24-{history.client_id[-12:]}.xlsx"
    assert "Aurelia" not in written.xlsx_path.name
    assert written.counts == {
        "visits": 2, "referrals": 2, "referral_events": 8, "workshop_enrolments": 1, "attendance": 2,
        "certificates": 1, "consents": 1, "notes": 1, "path_goals": 1, "participations": 0, "audit_entries": 2,
    }

    book = load_workbook(written.xlsx_path)
    assert book.sheetnames == [
        "Perustiedot", "Käynnit", "Lähetteet", "Lähetteiden vaiheet", "Läsnäolot", "Pajat", "Osaamistodistukset",
        "Suostumukset", "Muistiinpanot", "Polku", "Hankkeet", "Lokitiedot",
    ]
    basics = {row[0].value: row[1].value for row in book["Perustiedot"].iter_rows(min_row=5)}
    assert basics["Etunimi"] == "Aurelia" and basics["Sukunimi"] == "Qvistbäck"
    assert basics["Henkilötunnus"] == PERSONAL_ID
    assert basics["Syntymäaika"] == dt.datetime(1999, 3, 15)  # a real date cell
    assert basics["Kylä"] == "Ahmovaara" and basics["Kotikunta"] == "Juuka"
    assert basics["Päättymisen tulos"] == "koulutus"
    visits = sheet_rows(book["Käynnit"])
    assert [r["Aika"].value for r in visits] == [dt.datetime(2020, 3, 10, 10), dt.datetime(2020, 3, 17, 10)]
    assert visits[0]["Aiheet"].value == "työnhaku, CV ja hakemukset"
    assert visits[0]["Muistiinpano"].value.startswith("Salaisuus-7731")
    referrals = sheet_rows(book["Lähetteet"])
    assert {(r["Palvelu"].value, r["Tila nyt"].value) for r in referrals} == {
        ("Ammatillinen koulutus", "päättynyt"), ("Työkykyselvitys", "hyväksytty")
    }
    assert len(sheet_rows(book["Lähetteiden vaiheet"])) == 8
    attendance = sheet_rows(book["Läsnäolot"])
    assert [(r["Päivämäärä"].value, r["Läsnäolo"].value) for r in attendance] == [
        (dt.datetime(2020, 3, 10), "läsnä"), (dt.datetime(2020, 3, 11), "poissa")
    ]
    assert sheet_rows(book["Osaamistodistukset"])[0]["Osaamisalue"].value == "Asiakaspalvelu"
    assert sheet_rows(book["Suostumukset"])[0]["Suostumus"].value == "tietojen luovutus"
    [step] = sheet_rows(book["Polku"])
    assert (step["Tavoite"].value, step["Askeleen tila"].value) == ("Aurelian tavoite: kokiksi", "valmis")
    # The card was opened, and its timeline showed the work capacity referral's health-related details.
    logged = sheet_rows(book["Lokitiedot"])
    assert {(r["Tapahtuma"].value, r["Työntekijä"].value, r["Kohde"].value) for r in logged} == {
        ("asiakaskortti avattu", "Anna Ohjaaja", "asiakas"),
        ("lähetteen terveystiedot katsottu", "Anna Ohjaaja", "lähete"),
    }
    # Text that looks like a formula stays text, also after editing in Excel.
    [note] = sheet_rows(book["Muistiinpanot"])
    assert note["Muistiinpano"].value == FORMULA
    assert note["Muistiinpano"].data_type == "s" and note["Muistiinpano"].quotePrefix

    document = json.loads(written.json_path.read_text(encoding="utf-8"))
    assert (document["schema"], document["schema_version"]) == ("vauhdittamo.subject_access", 1)
    assert document["generated_at"] == "2026-11-24T12:00:00Z"
    assert document["client"]["personal_id"] == PERSONAL_ID
    assert document["client"]["birth_date"] == "1999-03-15"
    assert document["client"]["exit_outcome"] == "education"
    assert [v["visited_at"] for v in document["visits"]] == ["2020-03-10T08:00:00Z", "2020-03-17T08:00:00Z"]
    assert document["visits"][0]["topic_codes"] == ["job_search", "cv"]
    assert sorted(len(r["events"]) for r in document["referrals"]) == [3, 5]
    assert {r["assessment_result"] for r in document["referrals"]} == {None, "needs_rehabilitation"}
    assert [a["status"] for a in document["attendance"]] == ["present", "absent"]
    assert document["notes"][0]["text"] == FORMULA
    assert document["path_goals"][0]["steps"][0]["done_on"] == "2020-03-20"
    assert {a["action"] for a in document["audit_entries"]} == {"client_viewed", "referral_details_viewed"}
    assert list(document) == sorted(document)  # stable, sorted keys

    with db.session(acting(db)) as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.SUBJECT_ACCESS_EXPORT))
    assert (entry.staff_id, entry.entity_id) == (staff_id, history.client_id)
    assert "Aurelia" not in entry.detail and "visits=2" in entry.detail


def test_the_export_goes_to_the_paths_given_and_replaces_nothing_on_failure(
    db: Database, staff_id: str, history: History, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    xlsx, data = out / "tiedot.xlsx", out / "tiedot.json"
    with db.transaction(acting(db)) as session:
        written = subject_access.export_client_data(session, history.client_id, (xlsx, data))
    assert (written.xlsx_path, written.json_path) == (xlsx, data)
    assert xlsx.stat().st_size > 0 and json.loads(data.read_text(encoding="utf-8"))["client"]["id"] == history.client_id
    with db.transaction(acting(db)) as session, pytest.raises(AppError):
        subject_access.export_client_data(session, history.client_id, out / "no-such-folder")
    assert sorted(p.name for p in out.iterdir()) == ["tiedot.json", "tiedot.xlsx"]  # no partial files


def test_an_erased_client_is_a_tombstone_without_personal_data(
    db: Database, staff_id: str, history: History
) -> None:
    with db.session(acting(db)) as session:
        assert weekly_figures(session, history.week).total.present == 1
    with db.transaction(acting(db)) as session:
        assert subject_access.erase_client(session, history.client_id, ErasureReason.CLIENT_REQUEST, "TS-2026-0012")
    with db.session(acting(db)) as session:
        assert find_in_tables(session, history.secrets) == []
        client = session.get(Client, history.client_id)
        assert client is not None and client.deleted_at is not None and client.anonymised_at is not None
        assert (client.first_name, client.last_name, client.personal_id, client.birth_date) == (
            "Anonymised", "", None, None
        )
        # The records only about the person are tombstones too; the statistics' records stay, emptied.
        for model in (ClientNote, Consent, PathGoal):
            assert all(r.deleted_at is not None for r in session.scalars(select(model).where(
                model.client_id == history.client_id)))  # type: ignore[attr-defined]
        assert all(s.deleted_at is not None for s in session.scalars(select(PathStep)))
        visits = list(session.scalars(select(GuidanceVisit).where(GuidanceVisit.client_id == history.client_id)))
        assert len(visits) == 2 and all(v.deleted_at is None and v.note == "" for v in visits)
        referral_texts = session.execute(select(Referral.reason, Referral.note, Referral.consent_override_reason))
        assert {tuple(r) for r in referral_texts} == {("", "", "")}
        assert {n for (n,) in session.execute(select(ReferralEvent.note))} == {""}
        # The attendance report keeps counting an erased client's marks, anonymously (past weeks stay true).
        assert weekly_figures(session, history.week).total.present == 1
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.CLIENT_ERASED))
        assert (entry.staff_id, entry.entity_id) == (staff_id, history.client_id)
        assert entry.detail == "reason=client_request reference=TS-2026-0012"
    with db.transaction(acting(db)) as session:  # erasing again changes nothing
        assert not subject_access.erase_client(session, history.client_id, ErasureReason.CLIENT_REQUEST)
        with pytest.raises(AppError):  # and there is nothing left to export
            subject_access.export_client_data(session, history.client_id, Path("."))


def test_an_anonymised_client_can_still_be_erased(db: Database, history: History) -> None:
    from vauhdittamo.services import retention

    with db.transaction(acting(db)) as session:
        retention.anonymise(session, [history.client_id], today=TODAY)
        assert subject_access.erase_client(session, history.client_id, ErasureReason.DUPLICATE)
        client = session.get(Client, history.client_id)
        assert client is not None and client.deleted_at is not None


def test_erasure_needs_a_reason_and_a_case_number(db: Database, staff_id: str, history: History) -> None:
    with db.transaction(acting(db)) as session:
        with pytest.raises(ValidationError) as caught:
            subject_access.erase_client(session, history.client_id, "because")
        assert caught.value.field == "reason"
        with pytest.raises(ValidationError) as caught:
            subject_access.erase_client(session, history.client_id, ErasureReason.OTHER, "x" * 41)
        assert caught.value.field == "reference"
        with pytest.raises(AppError):
            subject_access.erase_client(session, "no-such-client", ErasureReason.OTHER)
        assert session.get(Client, history.client_id).deleted_at is None  # type: ignore[union-attr]


@pytest.mark.parametrize("role", [StaffRole.FRONT_DESK, StaffRole.COACH, StaffRole.COORDINATOR])
def test_only_administrators_export_or_erase(
    db: Database, staff_id: str, history: History, role: StaffRole, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with db.transaction(acting(db)) as session:
        member_id = add_staff_member(session, f"Staff {role.value}", role).id
    act_as(db, member_id)
    with db.session(acting(db)) as session:
        with pytest.raises(PermissionDenied):
            subject_access.export_client_data(session, history.client_id, out)
        with pytest.raises(PermissionDenied):
            subject_access.erase_client(session, history.client_id, ErasureReason.CLIENT_REQUEST)
    assert list(out.iterdir()) == []
    act_as(db, staff_id)
    with db.session(acting(db)) as session:
        assert session.get(Client, history.client_id).deleted_at is None  # type: ignore[union-attr]


def test_erasure_scrubs_the_client_from_texts_about_others(db: Database, staff_id: str, history: History) -> None:
    with db.transaction(acting(db)) as session:
        expected = add_mentions(session, history)
    with db.transaction(acting(db)) as session:
        assert subject_access.erase_client(session, history.client_id, ErasureReason.CLIENT_REQUEST)
    with db.session(acting(db)) as session:
        assert texts_now(session, expected) == expected
        assert find_in_tables(session, [history.last_name, PERSONAL_ID]) == []
        assert find_in_tables(session, history.secrets) == ["guidance_visit.note: Aurelia"]  # "Aurelia-kurssista"


@pytest.mark.parametrize(
    "reference",
    [
        "Matti Meikäläinen",  # a name
        "131052-308T",  # an identity code
        "TS-2026-0142 Matti",  # a case number with a name after it
        "TS 2026 0142",
        "DNRO 12/2026",
        "TOOLONG-2026-1",
        "TS-26-0142",
        "TS-2026-1234567",
    ],
)
def test_a_name_or_an_identity_code_is_refused_as_the_erasure_reference(
    db: Database, staff_id: str, history: History, reference: str
) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction(acting(db)) as session:
        subject_access.erase_client(session, history.client_id, ErasureReason.CLIENT_REQUEST, reference)
    assert caught.value.field == "reference"
    assert "TS-2026-0142" in caught.value.message
    with db.session(acting(db)) as session:
        assert session.get(Client, history.client_id).deleted_at is None  # type: ignore[union-attr]
        assert not list(session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.CLIENT_ERASED)))


@pytest.mark.parametrize(
    ("typed", "stored"), [("TS-2026-0142", "TS-2026-0142"), (" ts-2026-7 ", "TS-2026-7"), ("", "")]
)
def test_the_erasure_reference_is_a_case_number(typed: str, stored: str) -> None:
    assert subject_access.case_number(typed) == stored


def test_only_the_reason_code_and_the_case_number_are_recorded(db: Database, staff_id: str, history: History) -> None:
    with db.transaction(acting(db)) as session:
        subject_access.erase_client(session, history.client_id, ErasureReason.RECORDED_BY_MISTAKE)
    with db.session(acting(db)) as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.CLIENT_ERASED))
        assert entry.detail == "reason=recorded_by_mistake"
