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


def test_csv_row_numbers_are_line_numbers_blank_lines_included(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path, 'first_name,last_name,village\nAino,Järvinen,"Luusua, Kemijärvi"\n\n,Virtanen,\n')
    with db.session(acting(db)) as session:
        preview = preview_import(session, path, today=TODAY)
    assert preview.rows[0].values["village"] == "Luusua, Kemijärvi"
    assert [(p.row, p.reasons) for p in preview.problems] == [(4, ["Column “first_name”: This field is required."])]


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
        "Column “henkilötunnus”: The check character of the personal identity code is wrong; check the code."
    ]
    assert wrong_check.values["personal_id"] == "131052-308U"
    assert [e.field for e in wrong_check.errors] == ["personal_id"]
    assert impossible.reasons == ["Column “syntymäaika”: There is no such date: 31.2.2001."]
    assert no_name.reasons == ["Column “etunimi”: This field is required."]


def test_a_reason_names_the_column_as_the_file_does(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path, "Etunimi;Sukunimi;Syntymäaika\nLiisa;Korhonen;31.2.2001\n")
    with db.session(acting(db)) as session:
        (problem,) = preview_import(session, path, today=TODAY).problems
    assert problem.reasons == ["Column “Syntymäaika”: There is no such date: 31.2.2001."]
    assert "birth_date" not in problem.translated_reasons(lambda _context, text: text)[0]


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
        "Column “birth_date”: The birth date does not match the personal identity code (13.10.1952).",
        "Column “language”: Language must be Finnish, Swedish or other (fi, sv, other).",
        "Column “email”: This does not look like an email address.",
    ]
    assert problem.translated_reasons(lambda _context, text: f"»{text}«")[0] == (
        "»Column “birth_date”: »The birth date does not match the personal identity code (13.10.1952).««"
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
        ("clients.ods", b"etunimi;sukunimi\n", "only CSV"),
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


# --------------------------------------------------------------------------- strict parsing of text files


def many_rows(count: int, start: int = 0) -> str:
    return "".join(f"Etu{i};Suku{i};1.1.1990\n" for i in range(start, start + count))


def test_a_quotation_mark_left_open_refuses_the_whole_file(tmp_path: Path, db: Database) -> None:
    # Read leniently, row 3's open quote swallows the 97 rows after it into one last name.
    path = write_csv(tmp_path, "etunimi;sukunimi;syntymäaika\n" + many_rows(1) + 'Liisa;"Korhonen;1.1.1990\n'
                     + many_rows(97, 2))
    for skip_invalid in (False, True):
        with pytest.raises(ImportFileError) as caught:
            import_clients(db, acting(db), path, skip_invalid=skip_invalid, today=TODAY)
        assert caught.value.template == importer.MSG_UNCLOSED_QUOTE
        assert caught.value.params["line"] == 3
        assert "the quotation mark opened on line 3 is never closed" in caught.value.message
    assert client_count(db) == 0


def test_a_quoted_value_spanning_lines_names_the_lines(tmp_path: Path, db: Database) -> None:
    # The open quote on line 3 is "closed" by the quote on line 5: lines 3–5 would be one row.
    path = write_csv(tmp_path, 'etunimi,sukunimi,kylä\nAino,Aalto,\nEero,"Eskola,\nPekka,Puro,\nLiisa",Laine,\n')
    with pytest.raises(ImportFileError) as caught:
        import_clients(db, acting(db), path, skip_invalid=True, today=TODAY)
    assert caught.value.template == importer.MSG_VALUE_ON_LINES
    assert (caught.value.params["line"], caught.value.params["end"]) == (3, 5)
    assert "lines 3–5 would be read as one row" in caught.value.message


def test_text_after_a_closing_quotation_mark_is_named_by_line(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path, 'etunimi;sukunimi\nAino;Aalto\n"Eero" Juhani;Eskola\n')
    with pytest.raises(ImportFileError) as caught:
        import_clients(db, acting(db), path, today=TODAY)
    assert caught.value.template == importer.MSG_STRAY_QUOTE
    assert caught.value.params["line"] == 3


def test_a_line_with_too_few_values_is_an_invalid_row(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path, "etunimi;sukunimi;syntymäaika;kotikunta\nAino;Aalto;1.1.1990;Salla\n"
                               "Eero Eskola;1.2.1991;Salla\nPekka;Puro;3.3.1993;\n")
    report = import_clients(db, acting(db), path, today=TODAY)
    assert (report.committed, report.imported) == (False, 0)
    (problem,) = report.problems
    assert problem.row == 3
    assert problem.reasons == [
        "This line has 3 value(s) but the heading row names 4 columns. Check the separators and quotation marks "
        "on this line."
    ]
    report = import_clients(db, acting(db), path, skip_invalid=True, today=TODAY)
    assert (report.imported, report.skipped_invalid) == (2, 1)
    assert sorted(c.first_name for c in clients(db)) == ["Aino", "Pekka"]


@pytest.mark.parametrize("name", ["clients.csv", "clients.tsv", "clients.txt"])
def test_tab_separated_files(tmp_path: Path, db: Database, name: str) -> None:
    path = write_csv(
        tmp_path,
        "etunimi\tsukunimi\tsyntymäaika\tosoite\tkylä\n"
        "Aino\tJärvinen\t13.10.1952\tKylätie 5, 98100 Kemijärvi\tLuusua; Kemijärvi\n"
        '"Erik, Jr."\tÅberg\t\t\t\n',
        name=name,
    )
    report = import_clients(db, acting(db), path, today=TODAY)
    assert (report.imported, report.problems) == (2, [])
    aino, erik = clients(db)
    assert (aino.address, aino.village, aino.birth_date) == ("Kylätie 5, 98100 Kemijärvi", "Luusua; Kemijärvi",
                                                             dt.date(1952, 10, 13))
    assert erik.first_name == "Erik, Jr."


def test_invisible_names_and_control_characters_are_invalid(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path, (
        "etunimi;sukunimi\n"
        "\u200b\u200b;Aalto\n"  # 2: only zero-width spaces
        "Eero\x1b[31m;Eskola\x07\n"  # 3: a terminal escape and a bell
        "\u202eniA;Aalto\n"  # 4: a right-to-left override
        "\u200bLiisa\u200b;Laine\n"  # 5: valid once the zero-width spaces are gone
    ))
    with db.session(acting(db)) as session:
        preview = preview_import(session, path, today=TODAY)
    reasons = {p.row: p.reasons for p in preview.problems}
    assert reasons[2] == ["Column “etunimi”: This field is required."]
    assert [r.split(":")[0] for r in reasons[3]] == ["Column “etunimi”", "Column “sukunimi”"]
    assert "control character (U+001B)" in reasons[3][0] and "(U+0007)" in reasons[3][1]
    assert "changes the direction of the text (U+202E)" in reasons[4][0]
    assert sorted(reasons) == [2, 3, 4]
    (valid,) = preview.importable_rows
    assert valid.data is not None and valid.data.first_name == "Liisa"


def test_line_breaks_in_workbook_cells_are_invalid(tmp_path: Path, db: Database) -> None:
    path = write_xlsx(tmp_path, [["etunimi", "sukunimi", "osoite"], ["Pekka", "Puro\nPuro", "Katu 1\nA 5"]])
    with db.session(acting(db)) as session:
        (problem,) = preview_import(session, path, today=TODAY).problems
    assert problem.reasons == ["Column “sukunimi”: Write this on one line, without line breaks or tabs.",
                               "Column “osoite”: Write this on one line, without line breaks or tabs."]


# --------------------------------------------------------------------------- speed, batches and re-runs


def test_duplicates_are_found_with_a_few_queries_for_all_rows(tmp_path: Path, db: Database) -> None:
    from sqlalchemy import event

    with db.transaction(acting(db)) as session:
        create_client(session, validate_client(ClientInput("Etu7", "Suku7", "8.8.1967"), TODAY))
    path = write_csv(tmp_path, "etunimi;sukunimi;henkilötunnus\n" + "".join(
        f"Etu{i};Suku{i};{make_hetu(1 + i % 28, 1 + i % 12, 1960 + i % 30)}\n" for i in range(300)
    ))
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        with db.session(acting(db)) as session:
            preview = preview_import(session, path, today=TODAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert [(d.row, d.existing_client_id is not None) for d in preview.duplicates] == [(9, True)]
    assert len([s for s in statements if "FROM client" in s]) <= 4  # not one per row


def written_batches(db: Database) -> list[str]:
    from vauhdittamo.models import AuditAction, AuditEntry

    with db.session(acting(db)) as session:
        return list(session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == AuditAction.IMPORTED).order_by(AuditEntry.id)
        ))


@pytest.fixture
def batches_of_two(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "BATCH_ROWS", 2)
    monkeypatch.setattr(importer, "BATCH_ROWS_RANGE", (2, 2))
    monkeypatch.setattr(importer, "BATCH_PAUSE", 0)


def test_clients_are_written_in_short_batches_each_recorded(
    tmp_path: Path, db: Database, batches_of_two: None
) -> None:
    from vauhdittamo.sync.outbox import pending_count

    path = write_csv(tmp_path, "etunimi;sukunimi;syntymäaika\n" + many_rows(3) + "Etu0;Suku0;1.1.1990\n;;\n"
                     + many_rows(2, 3))
    with db.engine.connect() as conn:
        queued_before = pending_count(conn)
    seen: list[importer.ImportProgress] = []
    report = import_clients(db, acting(db), path, today=TODAY, progress=seen.append)
    assert (report.imported, report.batches, [d.row for d in report.duplicates]) == (5, 3, [5])
    file = read_import_file_fingerprint(path)
    assert written_batches(db) == [
        f"imported=2 duplicates=0 invalid=0 rows=2-3 of 8 part=1 file={file}",
        f"imported=2 duplicates=1 invalid=0 rows=4-7 of 8 part=2 file={file}",
        f"imported=1 duplicates=0 invalid=0 rows=8-8 of 8 part=3 file={file}",
    ]
    assert [(p.stage, p.done, p.total, p.imported) for p in seen if p.stage is importer.ImportStage.WRITING] == [
        (importer.ImportStage.WRITING, 2, 5, 2), (importer.ImportStage.WRITING, 4, 5, 4),
        (importer.ImportStage.WRITING, 5, 5, 5),
    ]
    assert seen[-1].fraction == 1.0
    with db.engine.connect() as conn:  # every client and audit entry waits to be sent to the hub
        assert pending_count(conn) - queued_before == 5 + 5 + 3
        clocks = conn.exec_driver_sql("SELECT row_id FROM sync_row_clock WHERE table_name = 'client'").fetchall()
    assert sorted(r[0] for r in clocks) == sorted(report.client_ids)
    with db.session(acting(db)) as session:  # found by search, through the index the triggers keep
        from vauhdittamo.services.clients import search_clients

        assert [c.first_name for c in search_clients(session, "suku4")] == ["Etu4"]
        assert [c.first_name for c in search_clients(session, "etu1 1.1.1990")] == ["Etu1"]
        stored = session.scalars(select(Client).where(Client.first_name == "Etu2")).one()
    assert stored.search_key == "etu2 suku2 1.1.1990 01.01.1990 1990-01-01"
    assert (stored.device_id, stored.language) == (db.device_id, Language.FI)
    assert stored.created_at.tzinfo is not None


def read_import_file_fingerprint(path: Path) -> str:
    return importer.read_import_file(path).fingerprint


def test_an_import_that_stopped_half_way_is_finished_by_running_it_again(
    tmp_path: Path, db: Database, batches_of_two: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Rows without birth date or code are recognised only through the earlier run's record of the file.
    path = write_csv(tmp_path, "etunimi;sukunimi\n" + "".join(f"Etu{i};Suku{i}\n" for i in range(5)))
    real_write = importer._write_batch
    calls: list[int] = []

    def power_cut(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt  # Ctrl+C or a power cut while the second batch is written
        return real_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importer, "_write_batch", power_cut)
    with pytest.raises(KeyboardInterrupt):
        import_clients(db, acting(db), path, today=TODAY)
    assert sorted(c.first_name for c in clients(db)) == ["Etu0", "Etu1"]  # the first batch stays

    monkeypatch.setattr(importer, "_write_batch", real_write)
    again = import_clients(db, acting(db), path, today=TODAY)
    assert (again.imported, again.already_imported) == (3, 2)
    assert [(d.row, d.already_imported) for d in again.duplicates] == [(2, True), (3, True)]
    day = dt.date.today().strftime("%-d.%-m.%Y")
    assert again.duplicates[0].reason == f"Already imported: an import of this same file on {day} wrote this row."
    assert sorted(c.first_name for c in clients(db)) == [f"Etu{i}" for i in range(5)]
    third = import_clients(db, acting(db), path, today=TODAY)
    assert (third.imported, third.already_imported) == (0, 5)
    with db.session(acting(db)) as session:  # the preview says so too
        assert preview_import(session, path, today=TODAY).importable_count == 0


def test_a_client_added_meanwhile_is_not_imported_twice(
    tmp_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(tmp_path, f"etunimi;sukunimi;henkilötunnus\nAino;Aalto;{HETU_1952}\nEero;Eskola;\n")
    real_check = importer.check_rows

    def check_then_front_desk_saves(*args: object, **kwargs: object) -> importer.ImportPreview:
        preview = real_check(*args, **kwargs)  # type: ignore[arg-type]
        with db.transaction(acting(db)) as session:
            create_client(session, validate_client(ClientInput("Aino", "Aalto", personal_id=HETU_1952), TODAY))
        return preview

    monkeypatch.setattr(importer, "check_rows", check_then_front_desk_saves)
    report = import_clients(db, acting(db), path, today=TODAY)
    assert report.imported == 1
    assert [(d.row, d.reason) for d in report.duplicates] == [
        (2, "Already a client: Aino Aalto has the same personal identity code.")
    ]
    assert sorted(c.first_name for c in clients(db)) == ["Aino", "Eero"]


def test_each_imported_client_gets_its_own_audit_entry_when_rows_share_statements(
    tmp_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows are written several to one INSERT (here two); a client added meanwhile mid-batch shifts nothing."""
    from vauhdittamo.models import AuditAction, AuditEntry

    monkeypatch.setattr(importer, "INSERT_ROWS", 2)
    path = write_csv(tmp_path, "etunimi;sukunimi;henkilötunnus\n" + "".join(
        f"Etu{i};Suku{i};{HETU_1952 if i == 2 else ''}\n" for i in range(5)
    ))
    real_check = importer.check_rows
    saved: list[str] = []

    def check_then_front_desk_saves(*args: object, **kwargs: object) -> importer.ImportPreview:
        preview = real_check(*args, **kwargs)  # type: ignore[arg-type]
        with db.transaction(acting(db)) as session:
            data = validate_client(ClientInput("Etu2", "Suku2", personal_id=HETU_1952), TODAY)
            saved.append(create_client(session, data).id)
        return preview

    monkeypatch.setattr(importer, "check_rows", check_then_front_desk_saves)
    report = import_clients(db, acting(db), path, today=TODAY)
    assert (report.imported, [d.row for d in report.duplicates]) == (4, [4])
    with db.session(acting(db)) as session:
        by_id = {c.id: c.first_name for c in session.scalars(select(Client).where(Client.id.in_(report.client_ids)))}
        created = session.scalars(
            select(AuditEntry.entity_id).where(AuditEntry.action == AuditAction.CLIENT_CREATED)
        ).all()
    assert sorted(by_id.values()) == ["Etu0", "Etu1", "Etu3", "Etu4"]
    assert sorted(str(e) for e in created) == sorted([*report.client_ids, *saved])  # one entry a client


def test_an_import_waits_for_another_program_that_is_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batches_of_two: None
) -> None:
    import threading

    from tests import encrypted

    monkeypatch.setattr("vauhdittamo.db.BUSY_TIMEOUT_MS", 20)  # SQLite gives up waiting at once: retried here
    database = open_database(tmp_path / "busy.sqlite3")
    path = write_csv(tmp_path, "etunimi;sukunimi\n" + "".join(f"Etu{i};Suku{i}\n" for i in range(6)))
    holder = encrypted.connect(tmp_path / "busy.sqlite3")
    holder.execute(f"PRAGMA busy_timeout={5000}")
    holder.execute("BEGIN IMMEDIATE")  # another program writes, for a while
    real_write = importer._write_batch
    attempts: list[int] = []
    locked = threading.Event()

    def counting(*args: object, **kwargs: object) -> object:
        attempts.append(1)
        if len(attempts) == 1:
            locked.set()
        return real_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importer, "_write_batch", counting)
    release = threading.Thread(target=lambda: (locked.wait(10), threading.Event().wait(0.3)))
    release.start()
    try:
        result: list[importer.ImportReport] = []
        worker = threading.Thread(target=lambda: result.append(import_clients(database, acting(database), path)))
        worker.start()
        release.join()
        holder.execute("COMMIT")  # the other program is done
        worker.join(60)
        assert result and result[0].imported == 6
        assert len(attempts) > result[0].batches  # the first batch was tried again
    finally:
        holder.close()
        database.close()


def test_a_failure_after_some_batches_says_what_was_written(
    tmp_path: Path, db: Database, batches_of_two: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError
    from sqlcipher3 import dbapi2 as sqlcipher

    path = write_csv(tmp_path, "etunimi;sukunimi\n" + "".join(f"Etu{i};Suku{i}\n" for i in range(5)))
    real_write = importer._write_batch
    calls: list[int] = []

    def disk_fills(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise OperationalError("INSERT", {}, sqlcipher.OperationalError("database or disk is full"))
        return real_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importer, "_write_batch", disk_fills)
    with pytest.raises(importer.ImportStopped) as caught:
        import_clients(db, acting(db), path, today=TODAY)
    assert caught.value.report.imported == 2
    assert caught.value.message.startswith("The import stopped after 2 of 5 new client(s) were written: ")
    assert "Run the same import again to write the rest" in caught.value.message
    assert client_count(db) == 2


# --------------------------------------------------------------------------- the command line


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from vauhdittamo.cli import main

    try:
        code = main(list(argv))
    except SystemExit as exc:  # --help
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_explains_itself(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "import", "clients", "--help")
    assert code == 0
    for words in ("osoite / address", "tab", "FILE", "--skip-invalid", "run the same import again"):
        assert words in out


def test_the_command_refuses_a_broken_quote_in_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db_path = tmp_path / "d.sqlite3"
    open_database(db_path).close()
    path = write_csv(tmp_path, "etunimi;sukunimi\nAino;Aalto\nEero;\"Eskola\n" + many_rows(50, 3))
    code, out, err = run_cli(capsys, "import", "clients", str(path), "--skip-invalid", "--db", str(db_path))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "opened on line 3 is never closed" in err


def test_the_command_shows_progress_only_in_a_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batches_of_two: None
) -> None:
    import sys

    db_path = tmp_path / "d.sqlite3"
    open_database(db_path).close()
    path = write_csv(tmp_path, "etunimi;sukunimi\n" + "".join(f"Etu{i};Suku{i}\n" for i in range(5)))
    code, out, err = run_cli(capsys, "import", "clients", str(path), "--db", str(db_path))
    assert (code, err) == (0, "")  # a pipe or a log gets no progress line
    assert out == "Imported 5 client(s); 0 duplicate(s) and 0 invalid row(s) skipped.\n"

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, out, err = run_cli(capsys, "import", "clients", str(path), "--db", str(db_path))
    assert code == 0
    assert "\rChecking rows" in err and err.endswith("\n")
    assert out == ("Imported 0 client(s); 5 duplicate(s) (5 of them imported already by an earlier run of this "
                   "file) and 0 invalid row(s) skipped.\n")


def test_an_interrupted_command_says_what_stays(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batches_of_two: None
) -> None:
    db_path = tmp_path / "d.sqlite3"
    open_database(db_path).close()
    path = write_csv(tmp_path, "etunimi;sukunimi\n" + "".join(f"Etu{i};Suku{i}\n" for i in range(5)))
    real_write = importer._write_batch
    calls: list[int] = []

    def ctrl_c(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importer, "_write_batch", ctrl_c)
    code, _, err = run_cli(capsys, "import", "clients", str(path), "--db", str(db_path))
    assert code == 130
    assert "interrupted after 2 client(s) were imported; they stay. Run the same import again" in err


def test_the_front_desk_saves_while_an_import_writes(
    tmp_path: Path, db: Database, batches_of_two: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    monkeypatch.setattr(importer, "BATCH_PAUSE", 0.11)  # the real pause between batches
    path = write_csv(tmp_path, "etunimi;sukunimi\n" + "".join(f"Etu{i};Suku{i}\n" for i in range(20)))
    result: list[importer.ImportReport] = []
    worker = threading.Thread(target=lambda: result.append(import_clients(db, acting(db), path, today=TODAY)))
    worker.start()
    saved = 0
    while worker.is_alive() or saved == 0:
        # As the app saves (AppContext.transaction): the write lock first, waiting for the import's batch.
        with db.transaction(acting(db), write_lock=True) as session:
            create_client(session, validate_client(ClientInput("Walk", f"In{saved}"), TODAY))
        saved += 1
    worker.join()
    assert result[0].imported == 20 and result[0].batches == 10
    assert client_count(db) == 20 + saved


# --------------------------------------------------------------------------- the search index, set-wise


def assert_index_in_step(db: Database) -> None:
    """The search index holds exactly the live clients with a search key, as they are now; no bulk insert is open."""
    with db.engine.connect() as conn:
        live = {
            r.rowid: (r.id, r.first_name, r.last_name, int(r.exit_date is not None), f" {r.search_key} ")
            for r in conn.exec_driver_sql(
                "SELECT rowid, id, first_name, last_name, exit_date, search_key FROM client "
                "WHERE deleted_at IS NULL AND search_key <> ''"
            )
        }
        rows = {
            r.id: (r.client_id, r.first_name, r.last_name, r.ended, r.words)
            for r in conn.exec_driver_sql("SELECT * FROM client_search_row")
        }
        indexed = set(conn.exec_driver_sql("SELECT rowid FROM client_search").scalars())
        open_bulk = conn.exec_driver_sql("SELECT count(*) FROM client_search_bulk").scalar_one()
    assert rows == live
    assert indexed == set(live)
    assert open_bulk == 0


def found(db: Database, query: str) -> list[str]:
    from vauhdittamo.services.clients import search_clients

    with db.session(acting(db)) as session:
        return [c.full_name for c in search_clients(session, query)]


def test_imported_clients_enter_the_search_index_batch_by_batch_and_later_saves_one_by_one(
    tmp_path: Path, db: Database, batches_of_two: None
) -> None:
    with db.transaction(acting(db)) as session:
        create_client(session, validate_client(ClientInput("Aino", "Aalto"), TODAY))
    path = write_csv(tmp_path, "etunimi;sukunimi;syntymäaika;puhelin\n" + "".join(
        f"Etu{i};Järvinen{i};1.{i + 1}.1990;040 555 000{i}\n" for i in range(5)
    ))
    assert import_clients(db, acting(db), path, today=TODAY).batches == 3
    assert_index_in_step(db)
    assert found(db, "järvinen3") == found(db, "0405550003") == found(db, "4.1990 etu3") == ["Etu3 Järvinen3"]
    assert found(db, "aalto") == ["Aino Aalto"]
    with db.transaction(acting(db)) as session:  # the front desk after the import: indexed by the triggers
        create_client(session, validate_client(ClientInput("Eero", "Järvinen"), TODAY))
    assert_index_in_step(db)
    assert found(db, "eero") == ["Eero Järvinen"]


def test_a_bulk_insert_indexes_what_was_inserted_updated_or_replaced_inside_it(db: Database) -> None:
    """Whatever a writer does inside :func:`search_index.bulk_insert`, the index is right when it ends."""
    from sqlalchemy import text

    from vauhdittamo import search_index
    from vauhdittamo.services.clients import search_key_of

    with db.transaction(acting(db)) as session:
        kept = create_client(session, validate_client(ClientInput("Aino", "Aalto"), TODAY)).id
    with db.engine.connect() as conn:
        template = dict(conn.execute(text("SELECT * FROM client WHERE id = :id"), {"id": kept}).one()._mapping)

    def client(number: int, first: str, last: str, **extra: object) -> dict[str, object]:
        return {**template, "id": f"0190f0f0-0000-7000-8000-{number:012d}", "first_name": first, "last_name": last,
                "search_key": search_key_of(first, last, None, None, ""), **extra}

    names = ", ".join(template)
    marks = ", ".join(f":{c}" for c in template)
    insert = text(f'INSERT INTO "client" ({names}) VALUES ({marks})')
    with db.engine.begin() as conn, search_index.bulk_insert(conn):
        conn.execute(insert, [
            client(1, "Sanni", "Salo"), client(2, "Eino", "Leino"), client(3, "Ari", "Aho"),
            client(4, "Gone", "Already", deleted_at=template["created_at"]),
        ])
        conn.execute(  # a new client edited before the end: indexed once, as edited
            text('UPDATE "client" SET last_name = :l, search_key = :k WHERE id = :id'),
            {"l": "Leinonen", "k": search_key_of("Eino", "Leinonen", None, None, ""), "id": client(2, "", "")["id"]},
        )
        conn.execute(text('DELETE FROM "client" WHERE id = :id'), {"id": client(3, "", "")["id"]})
        replaced = {**template, "first_name": "Aina", "search_key": search_key_of("Aina", "Aalto", None, None, "")}
        conn.execute(text(f'INSERT OR REPLACE INTO "client" ({names}) VALUES ({marks})'), replaced)
        assert found(db, "salo") == []  # not yet: the writer's transaction is open, and so is the bulk insert
    assert_index_in_step(db)
    assert found(db, "salo") == ["Sanni Salo"]
    assert found(db, "leino") == ["Eino Leinonen"]
    assert found(db, "aho") == found(db, "already") == found(db, "aino") == []
    assert found(db, "aalto") == ["Aina Aalto"]


def test_a_batch_that_fails_leaves_the_search_index_as_it_was(
    tmp_path: Path, db: Database, batches_of_two: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError
    from sqlcipher3 import dbapi2 as sqlcipher

    path = write_csv(tmp_path, "etunimi;sukunimi\n" + "".join(f"Etu{i};Suku{i}\n" for i in range(5)))
    real_record = importer._record_inserted
    calls: list[int] = []

    def disk_fills(*args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 2:  # the second batch: its clients are written and indexed, its outbox rows are not
            raise OperationalError("INSERT", {}, sqlcipher.OperationalError("database or disk is full"))
        real_record(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importer, "_record_inserted", disk_fills)
    with pytest.raises(importer.ImportStopped):
        import_clients(db, acting(db), path, today=TODAY)
    assert client_count(db) == 2
    assert_index_in_step(db)
    with db.transaction(acting(db)) as session:
        create_client(session, validate_client(ClientInput("Walk", "In"), TODAY))
    assert_index_in_step(db)
    assert found(db, "walk") == ["Walk In"]


def test_the_search_index_built_again_is_the_one_the_migrations_built(db: Database) -> None:
    from vauhdittamo import search_index

    query = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name LIKE 'client_search%' ORDER BY name"
    with db.engine.begin() as conn:
        migrated = conn.exec_driver_sql(query).all()
        assert search_index.installed(conn)
        search_index.install(conn)
        assert conn.exec_driver_sql(query).all() == migrated
    assert {name for _type, name, _table, _sql in migrated} >= {search_index.BULK_TABLE, *search_index.TRIGGERS}


def test_an_unfinished_bulk_insert_has_the_index_built_again(db: Database) -> None:
    """A bulk row committed by mistake would leave later inserts out of the index: the next upgrade rebuilds it."""
    from vauhdittamo import search_index

    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO client_search_bulk (id, after_rowid) VALUES (1, 0)")
        assert not search_index.installed(conn)
        search_index.install(conn)
        assert search_index.installed(conn)


# --------------------------------------------------------------------------- compared again only when needed


def client_queries(db: Database, run: object) -> int:
    """How many duplicate queries (by birth date or personal identity code) *run* makes."""
    from sqlalchemy import event

    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "FROM client WHERE deleted_at IS NULL AND" in statement:
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        run()  # type: ignore[operator]
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return len(statements)


def test_batches_compare_their_rows_again_only_after_another_program_wrote(
    tmp_path: Path, db: Database, batches_of_two: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(tmp_path, "etunimi;sukunimi;syntymäaika\n" + many_rows(6))
    reports: list[importer.ImportReport] = []
    assert client_queries(db, lambda: reports.append(import_clients(db, acting(db), path, today=TODAY))) == 1
    assert (reports[0].imported, reports[0].batches) == (6, 3)  # one query for the check, none for the batches

    # Before the second batch of another file, the front desk saves a client that is also on that batch.
    path = write_csv(tmp_path, "etunimi;sukunimi;syntymäaika\n" + many_rows(6, 10), name="more.csv")
    real_write = importer._write_batch
    calls: list[int] = []

    def front_desk_first(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            with db.transaction(acting(db)) as session:
                create_client(session, validate_client(ClientInput("Etu13", "Suku13", "1.1.1990"), TODAY))
        return real_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importer, "_write_batch", front_desk_first)
    queries = client_queries(db, lambda: reports.append(import_clients(db, acting(db), path, today=TODAY)))
    assert queries == 2  # the check's, and the second batch's after the save; the third batch: none
    assert reports[1].imported == 5
    assert [(d.row, d.reason) for d in reports[1].duplicates] == [
        (5, "Already a client: Etu13 Suku13 has the same name and birth date.")
    ]
    assert sorted(c.first_name for c in clients(db) if c.first_name == "Etu13") == ["Etu13"]
    assert_index_in_step(db)


def test_an_import_leaves_its_connection_and_the_garbage_collector_as_they_were(
    tmp_path: Path, db: Database
) -> None:
    import gc

    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        before = [raw.execute(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "wal_autocheckpoint")]
        with importer._tuned(conn):
            assert [raw.execute(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "wal_autocheckpoint")] == [
                -importer.IMPORT_CACHE_KIB, 0
            ]
        assert [raw.execute(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "wal_autocheckpoint")] == before
    path = write_csv(tmp_path, "etunimi;sukunimi\nAino;Aalto\n")
    assert gc.isenabled()
    import_clients(db, acting(db), path, today=TODAY)
    assert gc.isenabled()
    gc.disable()
    try:
        import_clients(db, acting(db), path, today=TODAY)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_search_keys_written_are_those_the_client_form_writes() -> None:
    from vauhdittamo.services.clients import search_key_of

    folder = importer._Folder()
    for values in (
        ClientInput("Aino", "Järvinen", "13.10.1952", HETU_1952, phone="040 123 4567"),
        ClientInput("Anna Maria", "af Ström-Öhman", "1.5.1994"),
        ClientInput("Åke", "Öst"),
        ClientInput("ÉLISE", "D'Arcy", personal_id=HETU_1994_A, phone="+358 50 1"),
    ):
        data = validate_client(values, TODAY)
        assert importer._search_key(data, folder) == search_key_of(
            data.first_name, data.last_name, data.birth_date, data.personal_id, data.phone
        )


def test_batches_are_sized_to_be_written_in_about_half_a_second() -> None:
    sizer = importer._BatchSizer()
    assert sizer.size == importer.BATCH_ROWS
    sizer.learn(1000, 0.05)
    assert sizer.size == 10_000  # in proportion to the time the first batch took
    sizer.learn(10_000, 0.8)
    assert sizer.size == 6_250  # too long: the next one smaller at once
    sizer = importer._BatchSizer()
    sizer.learn(2000, 0.3)
    sizer.learn(4000, 0.4)  # 0.2 s whatever the size, 50 µs a row: 6,000 rows fit in half a second
    assert sizer.size == 6_000
    sizer.learn(6000, 0.5)
    assert sizer.size == 6_000
    sizer = importer._BatchSizer()
    sizer.learn(1000, 0.45)
    sizer.learn(1500, 0.46)  # nearly all of it fixed: the next batch grows, but at most by half
    assert sizer.size == 2_250
