"""Alembic environment: runs on the connection (and transaction) the app hands over."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from alembic import context
from sqlalchemy import Connection, create_engine

from vauhdittamo.models import Base, UTCDateTime
from vauhdittamo.search_index import include_in_schema_comparison

if TYPE_CHECKING:
    from alembic.autogenerate.api import AutogenContext

target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        # Developers: `alembic -x db=PATH revision --autogenerate` style use.
        url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.sqlite3")
        with create_engine(url).connect() as conn:
            _run(conn)
            conn.commit()
        return
    _run(connection)


def _render_item(type_: str, obj: object, autogen_context: AutogenContext) -> str | Literal[False]:
    """Write app column types as plain SQLAlchemy ones, so migrations never import the models."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        transactional_ddl=True,
        compare_type=True,
        render_item=_render_item,
        include_name=include_in_schema_comparison,  # the client search index lives outside the models
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
