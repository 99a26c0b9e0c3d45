"""Filling an outreach list from a file: the client import's strict reading, duplicates reported, all or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from tests.acting import act_as, acting
from tests.unit.test_outreach import Team, add_person, audit_details, make_team, new_list, rows
from vauhdittamo.db import Database
from vauhdittamo.errors import AppError
from vauhdittamo.models import AuditAction, OutreachEntry
from vauhdittamo.services.importer import ImportFileError, RowStatus
from vauhdittamo.services.outreach import importing
from vauhdittamo.services.permissions import PermissionDenied


def write_csv(tmp_path: Path, text: str, name: str = "kylat.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def write_xlsx(tmp_path: Path, rows_: Sequence[Sequence[object]], name: str = "kylat.xlsx") -> Path:
    path = tmp_path / name
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows_:
        sheet.append(list(row))
    workbook.save(path)
    workbook.close()
    return path


@pytest.fixture
def team(db: Database) -> Team:
    team = make_team(db)
    act_as(db, team.coordinator)
    return team


def _preview(db: Database, list_id: str, path: Path) -> importing.OutreachPreview:
    with db.session(acting(db)) as session:
        return importing.preview_entries(session, list_id, path)


def _import(db: Database, list_id: str, path: Path, **options: object) -> importing.OutreachImportReport:
    with db.transaction(acting(db)) as session:
        return importing.import_entries(session, list_id, path, **options)  # type: ignore[arg-type]


def _stored(db: Database, list_id: str) -> list[OutreachEntry]:
    with db.session(acting(db)) as session:
        return list(session.scalars(select(OutreachEntry).where(OutreachEntry.list_id == list_id)))


def test_a_finnish_csv_fills_the_list(db: Database, team: Team, tmp_path: Path) -> None:
    list_id = new_list(db)
    path = write_csv(
        tmp_path,
        "Etunimi;Sukunimi;Kylä;Puhelin;Osoite\n"
        "Aino;Korhonen;koli;040 123 4567;Kolintie 5\n"
        "\n"
        "Eino;Leino;Ahmovaara;;Ahmovaarantie 12\n"
        "Ville;Väänänen;NUNNANLAHTI;+358 50 765 4321;\n",
    )
    preview = _preview(db, list_id, path)
    assert (preview.total_count, preview.importable_count, preview.invalid_count) == (3, 3, 0)
    assert [r.row for r in preview.rows] == [2, 4, 5], "row numbers as Excel shows them, blank rows counted"
    report = _import(db, list_id, path, assigned_to_id=team.riikka)
    assert report.committed and report.imported == 3
    stored = sorted(_stored(db, list_id), key=lambda e: e.last_name)
    assert [(e.first_name, e.last_name, e.village, e.phone, e.address) for e in stored] == [
        ("Aino", "Korhonen", "Koli", "040 123 4567", "Kolintie 5"),
        ("Eino", "Leino", "Ahmovaara", "", "Ahmovaarantie 12"),
        ("Ville", "Väänänen", "Nunnanlahti", "+358 50 765 4321", ""),
    ]
    assert {e.assigned_to_id for e in stored} == {team.riikka}
    [detail] = audit_details(db, AuditAction.IMPORTED)
    assert detail.startswith("imported=3 duplicates=0 invalid=0 assigned=") and "Korhonen" not in detail


def test_an_english_workbook_fills_the_list(db: Database, team: Team, tmp_path: Path) -> None:
    list_id = new_list(db, villages="Koli")
    path = write_xlsx(
        tmp_path,
        [
            ["first_name", "Last name", "phone"],
            ["Aino", "Korhonen", 401234567],
            [None, None, None],
            ["Eino", "Leino", ""],
        ],
    )
    report = _import(db, list_id, path)
    assert report.imported == 2
    assert {(e.first_name, e.village, e.phone) for e in _stored(db, list_id)} == {
        ("Aino", "Koli", "401234567"),
        ("Eino", "Koli", ""),
    }, "a list of one village: no village column needed"


def test_bad_rows_stop_the_import_unless_skipped(db: Database, team: Team, tmp_path: Path) -> None:
    list_id = new_list(db)
    path = write_csv(
        tmp_path,
        "etunimi,sukunimi,kylä,puhelin\n"
        "Aino,Korhonen,Koli,040 123 4567\n"
        ",Leino,Koli,\n"  # no first name
        "Ville,Väänänen,Nurmes,\n"  # not one of the list's villages
        "Olli,Ojanen,Koli,soita\n"  # not a phone number
        "Pekka,Puu\u200b,Ahmovaara,\n"  # a zero-width space is dropped
        "Kaisa,Kuu\x1b,Ahmovaara,\n"  # a control character is refused
        "Maija,Mäki,,\n",  # three villages: which one?
    )
    preview = _preview(db, list_id, path)
    problems = {p.row: p.reasons for p in preview.problems}
    assert sorted(problems) == [3, 4, 5, 7, 8]
    assert problems[3] == ["Column “etunimi”: This field is required."]
    assert "Nurmes is not one of the list's villages (Koli, Ahmovaara, Nunnanlahti)" in problems[4][0]
    assert problems[5][0].startswith("Column “puhelin”: Write the phone number")
    assert "control character" in problems[7][0]
    assert problems[8] == ["Column “kylä”: Choose the village: one of Koli, Ahmovaara, Nunnanlahti."]
    report = _import(db, list_id, path)
    assert not report.committed and report.imported == 0 and _stored(db, list_id) == []
    report = _import(db, list_id, path, skip_invalid=True)
    assert report.committed and report.imported == 2 and report.skipped_invalid == 5
    assert {e.last_name for e in _stored(db, list_id)} == {"Korhonen", "Puu"}


def test_duplicates_of_the_list_and_of_earlier_rows_are_reported_not_doubled(
    db: Database, team: Team, tmp_path: Path
) -> None:
    list_id = new_list(db)
    add_person(db, list_id, "Aino", "Korhonen", "Koli", "040 123 4567")
    path = write_csv(
        tmp_path,
        "etunimi;sukunimi;kylä;puhelin\n"
        "AINO;korhonen;Koli;\n"  # already on the list by name and village
        "Eino;Leino;Ahmovaara;+358 40 123 4567\n"  # already on the list by phone
        "Ville;Väänänen;Nunnanlahti;050 765 1\n"
        "Ville;Vaananen;nunnanlahti;\n"  # the same as row 4 (accents aside)
        "Olli;Ojanen;Koli;0507651\n"  # the same phone as row 4
        "Aino;Korhonen;Ahmovaara;\n",  # the same name in another village: another person
    )
    preview = _preview(db, list_id, path)
    assert [(d.row, d.reason) for d in preview.duplicates] == [
        (2, "Already on the list: Aino Korhonen of Koli."),
        (3, "Already on the list: Aino Korhonen has the same phone number."),
        (5, "Same name and village as row 4 of the file."),
        (6, "Same phone number as row 4 of the file."),
    ]
    assert [r.status for r in preview.rows] == [
        RowStatus.DUPLICATE,
        RowStatus.DUPLICATE,
        RowStatus.NEW,
        RowStatus.DUPLICATE,
        RowStatus.DUPLICATE,
        RowStatus.NEW,
    ]
    report = _import(db, list_id, path)
    assert report.committed and report.imported == 2 and len(report.duplicates) == 4
    again = _import(db, list_id, path)  # the same file again doubles nobody
    assert again.imported == 0 and len(again.duplicates) == 6
    assert len(rows(db, list_id)) == 3


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('etunimi;sukunimi\n"Aino;Korhonen\nEino;Leino\n', "never closed"),
        ("etunimi;sukunimi;henkilötunnus\nAino;Korhonen;131052-308T\n", "cannot be imported: “henkilötunnus”"),
        ("etunimi;sukunimi;first_name\nAino;Korhonen;Aino\n", "twice"),
        ("etunimi;kylä\nAino;Koli\n", "has no column sukunimi / last_name"),
        ("", "is empty"),
        ("etunimi;sukunimi\nAino;Korhonen;Koli\n", "has no heading"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_whole(
    db: Database, team: Team, tmp_path: Path, content: str, message: str
) -> None:
    list_id = new_list(db)
    path = write_csv(tmp_path, content)
    with pytest.raises(ImportFileError, match=message):
        _preview(db, list_id, path)
    with pytest.raises(ImportFileError):
        _import(db, list_id, path, skip_invalid=True)
    assert _stored(db, list_id) == []


def test_tab_separated_text_and_a_short_line(db: Database, team: Team, tmp_path: Path) -> None:
    list_id = new_list(db)
    path = write_csv(tmp_path, "etunimi\tsukunimi\tkylä\nAino\tKorhonen\tKoli\nEino\tLeino\n", "kylat.tsv")
    preview = _preview(db, list_id, path)
    assert preview.importable_count == 1
    [problem] = preview.problems
    assert problem.row == 3 and "2 value(s)" in problem.reasons[0]


def test_a_workbook_that_is_not_one_is_refused(db: Database, team: Team, tmp_path: Path) -> None:
    list_id = new_list(db)
    path = tmp_path / "kylat.xlsx"
    path.write_text("etunimi;sukunimi\n")
    with pytest.raises(ImportFileError, match="not an Excel workbook"):
        _preview(db, list_id, path)


def test_only_a_coordinator_imports_and_never_onto_a_closed_or_full_list(
    db: Database, team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    list_id = new_list(db)
    path = write_csv(tmp_path, "etunimi;sukunimi;kylä\nAino;Korhonen;Koli\nEino;Leino;Koli\n")
    act_as(db, team.riikka)
    with pytest.raises(PermissionDenied):
        _preview(db, list_id, path)
    with pytest.raises(PermissionDenied):
        _import(db, list_id, path)
    act_as(db, team.coordinator)
    monkeypatch.setattr(importing, "MAX_ENTRIES", 1)
    with pytest.raises(AppError, match="at most 1 people; this would make 2"):
        _import(db, list_id, path)
    monkeypatch.undo()
    from vauhdittamo.services.outreach import lists

    with db.transaction(acting(db)) as session:
        lists.close_list(session, list_id)
    with pytest.raises(AppError, match="is closed"):
        _import(db, list_id, path)
