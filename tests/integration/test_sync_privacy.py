"""Erasure and anonymisation are bulk updates: they must reach every laptop like any other change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.acting import acting
from tests.integration.sync_helpers import new_laptop
from tests.integration.test_sync_protocol import add_client, edit, get
from vauhdittamo.db import Database
from vauhdittamo.models import ClientNote
from vauhdittamo.services.subject_access import ErasureReason, erase_client
from vauhdittamo.sync.protocol import pending_changes, sync
from vauhdittamo.timeutil import utcnow

pytestmark = pytest.mark.postgres


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[list[Database]]:
    dbs = [new_laptop(tmp_path, f"laptop{i}") for i in range(2)]
    yield dbs
    for db in dbs:
        db.close()


def test_an_erasure_on_one_laptop_erases_the_client_on_the_others(hub: Engine, laptops: list[Database]) -> None:
    a, b = laptops
    client_id = add_client(a, "Aino", "Virtanen")
    edit(a, client_id, phone="040 123 4567", birth_date=dt.date(2001, 5, 3), village="Koli")
    with a.transaction(acting(a)) as session:
        session.add(ClientNote(client_id=client_id, text="Tapasi ohjaajan kylätalolla", written_at=utcnow()))
    sync(a, hub, acting(a))
    sync(b, hub, acting(b))
    assert get(b, client_id).phone == "040 123 4567"

    with a.transaction(acting(a)) as session:
        assert erase_client(session, client_id, ErasureReason.CLIENT_REQUEST)
    assert pending_changes(a) > 0  # the bulk erasure went into the outbox
    sync(a, hub, acting(a))
    sync(b, hub, acting(b))
    erased = get(b, client_id)
    assert (erased.last_name, erased.phone, erased.birth_date, erased.village) == ("", "", None, "")
    assert erased.deleted_at is not None
    with b.session(acting(b)) as session:
        notes = [n.text for n in session.query(ClientNote).filter_by(client_id=client_id)]
    assert notes == [""]
