"""Importing clients from CSV and Excel files: parsing, row checks, duplicates, all-or-nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from stdnum.fi import hetu

from tests.acting import acting
from vauhdittamo.db import Database, open_database
from vauhdittamo.models import Client, Language
from vauhdittamo.services import importer
from vauhdittamo.services.clients import ClientInput, create_client, validate_client
from vauhdittamo.services.importer import (
    ImportFileError,
    RowStatus,
    import_clients,
    preview_import,
)

TODAY = dt.date(2025, 6, 1)
HETU_1952 = "131052-308T"  # 13.10.1952
HETU_1994_A = "010594Y9032"  # 1.5.1994, artificial number
HETU_1994_B = "010594Y9021"  # 1.5.1994, artificial number


def make_hetu(day: int, month: int, year: int, individual: int = 202) -> str:
    """A valid personal identity code for a birth date."""
    base = f"{day:02d}{month:02d}{year % 100:02d}"
    sign = "-" if year < 2000 else "A"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{base}{individual:03d}") % 31]
    code = f"{base}{sign}{individual:03d}{check}"
    assert hetu.is_valid(code)
    return code


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "t.sqlite3")
    yield database
    database.close()


def client_count(db: Database) -> int:
    with db.session(acting(db)) as session:
        return session.scalar(select(func.count()).select_from(Client)) or 0


def clients(db: Database) -> list[Client]:
    with db.session(acting(db)) as session:
        return list(session.scalars(select(Client).order_by(Client.last_name, Client.first_name)))


def write_csv(tmp_path: Path, text: str, name: str = "clients.csv", bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def write_xlsx(tmp_path: Path, rows: Sequence[Sequence[object]], name: str = "clients.xlsx") -> Path:
    path = tmp_path / name
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    workbook.close()
    return path


# --------------------------------------------------------------------------- formats


def test_csv_with_commas_and_english_headings(tmp_path: Path, db: Database) -> None:
    path = write_csv(
        tmp_path,
        "first_name,last_name,birth_date,personal_id,municipality,phone,email,language\n"
        f"Aino,Järvinen,1952-10-13,{HETU_1952},Kemijärvi,040 123 4567,aino@example.fi,fi\n"
        '"Erik, Jr.",Åberg,1999-12-31,,Raasepori,,,svenska\n',
    )
    report = import_clients(db, acting(db), path, today=TODAY)
    assert (report.committed, report.imported, report.problems, report.duplicates) == (True, 2, [], [])
    aino, erik = clients(db)
    assert (aino.first_name, aino.birth_date, aino.personal_id) == ("Aino", dt.date(1952, 10, 13), HETU_1952)
    assert (aino.municipality, aino.phone, aino.email) == ("Kemijärvi", "040 123 4567", "aino@example.fi")
    assert (erik.first_name, erik.last_name, erik.language) == ("Erik, Jr.", "Åberg", Language.SV)
    assert sorted(report.client_ids) == sorted([aino.id, erik.id])


def test_csv_with_semicolons_bom_and_finnish_headings_in_odd_case(tmp_path: Path, db: Database) -> None:
    path = write_csv(
        tmp_path,
        " ETUNIMI ;SukuNimi;SYNTYMÄAIKA; Henkilötunnus ;KotiKunta;KYLÄ;Puhelin;Sähköposti;kieli\r\n"
        f"Aino;Järvinen;13.10.1952;{HETU_1952};Kemijärvi;Luusua;040 123 4567;;suomi\r\n"
        "Pekka;Virtanen;2001-05-31;;Salla;;;pekka@example.fi;\r\n"
        '"Maija; Liisa";Korhonen;1.2.1990;;;;;;\r\n',
        bom=True,
    )
    with db.session(acting(db)) as session:
        preview = preview_import(session, path, today=TODAY)
    assert preview.columns == [
        "first_name", "last_name", "birth_date", "personal_id", "municipality", "village", "phone", "email", "language"
    ]
    assert [r.row for r in preview.rows] == [2, 3, 4]
    assert (preview.importable_count, preview.problems, preview.duplicates) == (3, [], [])
    assert client_count(db) == 0  # a preview writes nothing

    report = import_clients(db, acting(db), path, today=TODAY)
    assert report.imported == 3
    by_name = {c.first_name: c for c in clients(db)}
    assert by_name["Aino"].village == "Luusua"
    assert by_name["Aino"].birth_date == dt.date(1952, 10, 13)
    assert by_name["Pekka"].birth_date == dt.date(2001, 5, 31)
    assert by_name["Maija; Liisa"].birth_date == dt.date(1990, 2, 1)


def test_headings_without_accents_are_recognised(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path, "Etunimi;Sukunimi;Syntymaaika;Sahkoposti\nAino;Järvinen;1.1.1980;a@example.fi\n")
    assert import_clients(db, acting(db), path, today=TODAY).imported == 1


def test_xlsx_with_real_date_cells_and_numbers(tmp_path: Path, db: Database) -> None:
    path = write_xlsx(
        tmp_path,
        [
            ["Etunimi", "Sukunimi", "Syntymäaika", "Henkilötunnus", "Puhelin", "Kieli"],
            ["Aino", "Järvinen", dt.datetime(1952, 10, 13), HETU_1952, 401234567, "fi"],
            ["Pekka", "Virtanen", dt.date(2001, 5, 31), None, "040 765 4321", None],
            [None, None, None, None, None, None],
            ["Liisa", "Korhonen", "31.1.1985", None, 358401234567.0, "sv"],
        ],
    )
    with db.session(acting(db)) as session:
        preview = preview_import(session, path, today=TODAY)
    assert [r.row for r in preview.rows] == [2, 3, 5]
    assert preview.rows[0].values["birth_date"] == "1952-10-13"
    assert preview.rows[0].values["phone"] == "401234567"
    assert preview.rows[2].values["phone"] == "358401234567"

    report = import_clients(db, acting(db), path, today=TODAY)
    assert (report.committed, report.imported, report.problems) == (True, 3, [])
    by_name = {c.first_name: c for c in clients(db)}
    assert by_name["Aino"].birth_date == dt.date(1952, 10, 13)
    assert by_name["Pekka"].birth_date == dt.date(2001, 5, 31)
    assert by_name["Liisa"].birth_date == dt.date(1985, 1, 31)
    assert by_name["Liisa"].language == Language.SV


def test_xlsx_row_numbers_count_blank_rows_above_the_heading(tmp_path: Path, db: Database) -> None:
    path = write_xlsx(tmp_path, [[], ["first_name", "last_name"], ["Aino", ""], [], ["", "Virtanen"]])
    with db.session(acting(db)) as session:
        preview = preview_import(session, path, today=TODAY)
    assert [p.row for p in preview.problems] == [3, 5]


def test_csv_row_numbers_count_blank_lines_and_quoted_line_breaks(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path, 'first_name,last_name,village\nAino,Järvinen,"two\nlines"\n\n,Virtanen,\n')
    with db.session(acting(db)) as session:
        preview = preview_import(session, path, today=TODAY)
    assert preview.rows[0].values["village"] == "two\nlines"
    assert [(p.row, p.reasons) for p in preview.problems] == [(4, ["etunimi / first_name: This field is required."])]


# --------------------------------------------------------------------------- invalid rows


BAD_FILE = (
    "etunimi;sukunimi;syntymäaika;henkilötunnus\n"
    f"Aino;Järvinen;;{HETU_1952}\n"  # row 2: valid
    "Pekka;Virtanen;;131052-308U\n"  # row 3: wrong check character
    ";;;\n"  # row 4: blank, skipped silently
    "Liisa;Korhonen;31.2.2001;\n"  # row 5: impossible date
    ";Nieminen;1.1.1990;\n"  # row 6: missing first name
    "Matti;Mäkinen;1.1.1980;\n"  # row 7: valid
)


def test_bad_rows_are_reported_with_row_numbers_and_nothing_is_imported(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path, BAD_FILE)
    report = import_clients(db, acting(db), path, today=TODAY)
    assert (report.committed, report.imported, report.client_ids) == (False, 0, [])
    assert client_count(db) == 0
    assert [p.row for p in report.problems] == [3, 5, 6]
    wrong_check, impossible, no_name = report.problems
    assert wrong_check.reasons == [
        "henkilötunnus / personal_id: The check character of the personal identity code is wrong; check the code."
    ]
    assert wrong_check.values["personal_id"] == "131052-308U"
    assert [e.field for e in wrong_check.errors] == ["personal_id"]
    assert impossible.reasons == ["syntymäaika / birth_date: There is no such date: 31.2.2001."]
    assert no_name.reasons == ["etunimi / first_name: This field is required."]


def test_skip_invalid_imports_only_the_valid_rows(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path, BAD_FILE)
    report = import_clients(db, acting(db), path, skip_invalid=True, today=TODAY)
    assert (report.committed, report.imported, report.skipped_invalid) == (True, 2, 3)
    assert [p.row for p in report.problems] == [3, 5, 6]
    assert sorted(c.first_name for c in clients(db)) == ["Aino", "Matti"]


def test_several_problems_in_one_row_and_a_birth_date_that_contradicts_the_code(tmp_path: Path, db: Database) -> None:
    path = write_csv(
        tmp_path,
        "first_name,last_name,birth_date,personal_id,email,language\n"
        f"Aino,Järvinen,1.1.1960,{HETU_1952},not-an-email,klingon\n",
    )
    with db.session(acting(db)) as session:
        preview = preview_import(session, path, today=TODAY)
    (problem,) = preview.problems
    assert problem.reasons == [
        "syntymäaika / birth_date: The birth date does not match the personal identity code (13.10.1952).",
        "kieli / language: Language must be Finnish, Swedish or other (fi, sv, other).",
        "sähköposti / email: This does not look like an email address.",
    ]
    assert problem.translated_reasons(lambda _context, text: f"»{text}«")[0] == (
        "syntymäaika / birth_date: »The birth date does not match the personal identity code (13.10.1952).«"
    )
    assert preview.rows[0].status is RowStatus.INVALID
    assert (preview.valid_count, preview.importable_count, preview.has_problems) == (0, 0, True)


# --------------------------------------------------------------------------- duplicates


def test_duplicates_of_existing_clients_and_of_earlier_rows_are_reported_not_imported(
    tmp_path: Path, db: Database
) -> None:
    with db.transaction(acting(db)) as session:
        aino = ClientInput("Aino", "Järvinen", personal_id=HETU_1952)
        existing = create_client(session, validate_client(aino, TODAY))
        namesake = create_client(session, validate_client(ClientInput("Pekka", "Virtanen", "31.5.2001"), TODAY))
    other = make_hetu(2, 3, 1970)
    path = write_csv(
        tmp_path,
        "first_name;last_name;birth_date;personal_id\n"
        f"Aino;Järvinen-Uusi;;{HETU_1952}\n"  # 2: same code as an existing client
        "PEKKA;virtanen;2001-05-31;\n"  # 3: same name and birth date as an existing client
        f"Liisa;Korhonen;;{HETU_1994_A}\n"  # 4: new
        f"Liisa;Korhonen;;{HETU_1994_B}\n"  # 5: same name and birth date as row 4 (as find_duplicates)
        f"Lisa;Korhonen;;{HETU_1994_A}\n"  # 6: same code as row 4
        f"Matti;Mäkinen;;{other}\n"  # 7: new
        "matti;MÄKINEN;2.3.1970;\n"  # 8: same name and birth date as row 7
        "Outi;Oja;1.1.1980;\n",  # 9: new
    )
    report = import_clients(db, acting(db), path, today=TODAY)
    assert (report.committed, report.imported, report.problems) == (True, 3, [])
    assert [(d.row, d.existing_client_id, d.earlier_row) for d in report.duplicates] == [
        (2, existing.id, None),
        (3, namesake.id, None),
        (5, None, 4),
        (6, None, 4),
        (8, None, 7),
    ]
    assert [d.reason for d in report.duplicates] == [
        "Already a client: Aino Järvinen has the same personal identity code.",
        "Already a client: Pekka Virtanen has the same name and birth date.",
        "Same name and birth date as row 4 of the file.",
        "Same personal identity code as row 4 of the file.",
        "Same name and birth date as row 7 of the file.",
    ]
    assert report.duplicates[0].name == "Aino Järvinen-Uusi"
    assert report.duplicates[3].translated(lambda _c, text: text.replace("Same", "Sama")) == (
        "Sama personal identity code as row 4 of the file."
    )
    assert client_count(db) == 2 + 3
    assert [c.personal_id for c in clients(db) if c.last_name == "Korhonen"] == [HETU_1994_A]


def test_duplicates_do_not_block_the_import_but_invalid_rows_do(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path, f"first_name,last_name,personal_id\nA,B,{HETU_1952}\nC,D,{HETU_1952}\nE,,\n")
    with db.session(acting(db)) as session:
        preview = preview_import(session, path, today=TODAY)
    assert [r.status for r in preview.rows] == [RowStatus.NEW, RowStatus.DUPLICATE, RowStatus.INVALID]
    assert (preview.total_count, preview.valid_count, preview.importable_count) == (3, 2, 1)
    assert (preview.invalid_count, preview.duplicate_count) == (1, 1)
    assert import_clients(db, acting(db), path, today=TODAY).imported == 0
    assert import_clients(db, acting(db), path, skip_invalid=True, today=TODAY).imported == 1
    assert client_count(db) == 1


# --------------------------------------------------------------------------- file-level errors


def test_unknown_column_is_refused_before_any_row(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path, "etunimi;sukunimi;lempiväri\n;;\nAino;Järvinen;sininen\n")
    with pytest.raises(ImportFileError) as caught:
        import_clients(db, acting(db), path, today=TODAY)
    assert "“lempiväri” (C)" in caught.value.message
    assert "henkilötunnus / personal_id" in caught.value.message  # the known columns are listed
    assert client_count(db) == 0


def test_missing_name_column_is_refused(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path, "etunimi,syntymäaika\nAino,1.1.1990\n")
    with pytest.raises(ImportFileError, match="sukunimi / last_name"):
        import_clients(db, acting(db), path, today=TODAY)


def test_the_same_column_twice_is_refused(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path, "etunimi,sukunimi,first_name\nAino,Järvinen,Aino\n")
    with pytest.raises(ImportFileError, match="etunimi / first_name twice"):
        import_clients(db, acting(db), path, today=TODAY)


def test_values_in_a_column_without_heading_are_refused(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path, "etunimi;sukunimi;;\nAino;Järvinen;;\nPekka;Virtanen;;x\n")
    with pytest.raises(ImportFileError, match="column D has no heading in row 1, but row 3"):
        import_clients(db, acting(db), path, today=TODAY)
    # empty trailing columns, as spreadsheets often write, are fine
    path = write_csv(tmp_path, "etunimi;sukunimi;;\nAino;Järvinen;;\n", name="ok.csv")
    assert import_clients(db, acting(db), path, today=TODAY).imported == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("fake.xlsx", "etunimi;sukunimi\nAino;Järvinen\n".encode(), "is not an Excel workbook"),
        ("garbage.xlsx", bytes(range(256)) * 4, "is not an Excel workbook"),
        ("garbage.csv", bytes(range(256)) * 4, "is not a CSV text file"),
        ("latin1.csv", "etunimi;sukunimi\nAino;Järvinen\n".encode("latin-1"), r"UTF-8 text \(first problem on line 2"),
        ("utf16.csv", "etunimi;sukunimi\nAino;Järvinen\n".encode("utf-16"), "is not UTF-8 text"),
        ("clients.xls", b"etunimi;sukunimi\n", "only CSV .* and Excel workbook"),
        ("clients.txt", b"etunimi;sukunimi\n", "only CSV"),
        ("empty.csv", b"", "is empty"),
        ("blank.csv", b"\xef\xbb\xbf\r\n ; \n\n", "is empty"),
        ("empty.xlsx", b"", "is empty"),
        ("unclosed.csv", b'etunimi,sukunimi\nAino,"' + b"x" * 200_000 + b"\n", "is not valid CSV near line"),
    ],
)
def test_files_that_are_not_what_they_claim_are_refused(
    tmp_path: Path, db: Database, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        import_clients(db, acting(db), path, today=TODAY)
    assert client_count(db) == 0


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path, db: Database) -> None:
    import zipfile

    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ImportFileError, match="is not an Excel workbook"):
        import_clients(db, acting(db), path, today=TODAY)


def test_an_empty_workbook_is_refused(tmp_path: Path, db: Database) -> None:
    with pytest.raises(ImportFileError, match="is empty"):
        import_clients(db, acting(db), write_xlsx(tmp_path, []), today=TODAY)


def test_missing_file_and_directory_are_refused(tmp_path: Path, db: Database) -> None:
    with pytest.raises(ImportFileError, match="does not exist"):
        import_clients(db, acting(db), tmp_path / "nope.csv", today=TODAY)
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(ImportFileError, match="is not a file"):
        import_clients(db, acting(db), tmp_path / "dir.csv", today=TODAY)


def test_heading_only_file_imports_nothing(tmp_path: Path, db: Database) -> None:
    report = import_clients(db, acting(db), write_csv(tmp_path, "etunimi;sukunimi\n"), today=TODAY)
    assert (report.committed, report.imported) == (True, 0)


def test_too_many_rows_are_refused(tmp_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "MAX_ROWS", 3)
    rows = "".join(f"N{i},M{i}\n" for i in range(3))
    path = write_csv(tmp_path, "etunimi,sukunimi\n\n" + rows + "\n")
    assert import_clients(db, acting(db), path, today=TODAY).imported == 3
    csv_path = write_csv(tmp_path, "etunimi,sukunimi\n" + rows + "N,M\n", name="big.csv")
    with pytest.raises(ImportFileError, match="more than 3 rows"):
        import_clients(db, acting(db), csv_path, today=TODAY)
    xlsx_path = write_xlsx(tmp_path, [["etunimi", "sukunimi"]] + [[f"N{i}", f"M{i}"] for i in range(4)])
    with pytest.raises(ImportFileError, match="more than 3 rows"):
        import_clients(db, acting(db), xlsx_path, today=TODAY)
    assert client_count(db) == 3


def test_files_over_the_size_limit_are_refused(tmp_path: Path, db: Database) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as fh:
        fh.truncate(importer.MAX_BYTES + 1)
    with pytest.raises(ImportFileError, match=r"too large \(20.0 MB\); at most 20 MB"):
        import_clients(db, acting(db), path, today=TODAY)


def test_check_can_be_stopped_before_any_row(tmp_path: Path) -> None:
    from vauhdittamo.services.importer import ImportCancelled, check_rows, read_import_file

    path = tmp_path / "c.csv"
    path.write_text("etunimi;sukunimi\nAino;Aalto\nEero;Eskola\n", encoding="utf-8")
    database = open_database(tmp_path / "stop.sqlite3")
    try:
        with database.session(acting(database)) as session, pytest.raises(ImportCancelled):
            check_rows(session, read_import_file(path), should_stop=lambda: True)
    finally:
        database.close()
