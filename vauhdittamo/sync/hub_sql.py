"""The hub's schema and functions, as PostgreSQL statements (``{s}``: the hub's schema, quoted).

PostgreSQL itself is the authority. Hub logins may only call the ``SECURITY DEFINER`` functions below
and read ``hub_record`` through row-level security; they never write a hub table.

* ``hub_record`` — the merged current state of every record (one row per record, its field clocks, the
  sequence number of its last change, the client it belongs to, the login that last pushed it);
* ``hub_push(device, batch)`` — validates every change, merges it field by field by hybrid logical
  clock, decides conflicts once, enforces erasure (final: an erased client is never brought back) and
  the staff-account rule, lets a login change only records of clients it may see, never changes the
  audit trail, and returns the refused changes with their reasons (kept in ``hub_refusal``, without data);
* ``hub_handshake`` / ``hub_ack`` / ``hub_evictions`` — versions and clocks, checkpoints per login and
  device (to tell a restored hub), and the clients that left a scoped login's scope;
* ``hub_column`` / ``hub_table`` — the rules of :mod:`vauhdittamo.sync.rules`, written at ``hub init``;
* ``hub_login`` — staff administrators and scopes (municipalities, villages, a coach's caseload).
"""

from __future__ import annotations

ADVISORY_INIT = 7351001
ADVISORY_PUSH = 7351002
BATCH_LIMIT = 5000
CLOCK_RE = r"^[0-9]{13}[0-9a-f]{4}[0-9a-f]{8}$"

TABLES = (
    "CREATE TABLE IF NOT EXISTS hub_meta (key text PRIMARY KEY, value text NOT NULL)",
    """CREATE TABLE IF NOT EXISTS hub_table (
        table_name text PRIMARY KEY,
        position integer NOT NULL,
        link_kind text,
        link_table text,
        link_column text,
        free_text text[] NOT NULL DEFAULT '{}'
    )""",
    """CREATE TABLE IF NOT EXISTS hub_column (
        table_name text NOT NULL REFERENCES hub_table ON DELETE CASCADE,
        column_name text NOT NULL,
        kind text NOT NULL,
        max_length integer,
        nullable boolean NOT NULL,
        choices text[],
        PRIMARY KEY (table_name, column_name)
    )""",
    """CREATE TABLE IF NOT EXISTS hub_login (
        login text PRIMARY KEY,
        is_admin boolean NOT NULL DEFAULT false,
        municipalities text[] NOT NULL DEFAULT '{}',
        villages text[] NOT NULL DEFAULT '{}',
        coach_ids text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
    )""",
    "CREATE SEQUENCE IF NOT EXISTS hub_seq",
    """CREATE TABLE IF NOT EXISTS hub_record (
        table_name text NOT NULL,
        row_id text NOT NULL,
        seq bigint NOT NULL,
        data jsonb NOT NULL,
        clocks jsonb NOT NULL,
        client_id text,
        pushed_by text NOT NULL,
        priv_admin boolean NOT NULL DEFAULT true,
        pushed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (table_name, row_id)
    )""",
    "CREATE UNIQUE INDEX IF NOT EXISTS hub_record_seq ON hub_record (seq)",
    "CREATE INDEX IF NOT EXISTS hub_record_client ON hub_record (client_id) WHERE client_id IS NOT NULL",
    """CREATE TABLE IF NOT EXISTS hub_client (
        client_id text PRIMARY KEY,
        municipality text NOT NULL DEFAULT '',
        village text NOT NULL DEFAULT '',
        coach_id text,
        created_by text NOT NULL,
        erased boolean NOT NULL DEFAULT false
    )""",
    """CREATE TABLE IF NOT EXISTS hub_device (
        login text NOT NULL,
        device_id text NOT NULL,
        cursor bigint NOT NULL DEFAULT 0,
        seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (login, device_id)
    )""",
    """CREATE TABLE IF NOT EXISTS hub_refusal (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        login text NOT NULL,
        device_id text NOT NULL,
        table_name text NOT NULL,
        row_id text NOT NULL,
        reason text NOT NULL
    )""",
)

# Functions. Comparisons of clocks use COLLATE "C": byte order, whatever the database's locale.
FUNCTIONS = (
    # A clock of the hub's own, later than *after* and than now; the counter never wraps.
    r"""CREATE OR REPLACE FUNCTION hub_tick(p_after text) RETURNS text
    LANGUAGE plpgsql VOLATILE SET search_path = {s}, pg_temp AS $$
    DECLARE
        now_ms bigint := floor(extract(epoch FROM clock_timestamp()) * 1000);
        ms bigint;
        ctr integer;
    BEGIN
        IF p_after IS NULL OR p_after = '' OR left(p_after, 13)::bigint < now_ms THEN
            RETURN lpad(now_ms::text, 13, '0') || '0000' || '00000000';
        END IF;
        ms := left(p_after, 13)::bigint;
        ctr := ('x' || lpad(substr(p_after, 14, 4), 8, '0'))::bit(32)::integer;
        IF ctr >= 65535 THEN
            RETURN lpad((ms + 1)::text, 13, '0') || '0000' || '00000000';
        END IF;
        RETURN lpad(ms::text, 13, '0') || lpad(to_hex(ctr + 1), 4, '0') || '00000000';
    END $$""",
    # Is *p_value* a date / time / date and time that PostgreSQL (the reporting views) and Python both read?
    # (Plain SQL that the planner inlines; CASE keeps the casts behind the pattern checks, so nothing raises.)
    r"""CREATE OR REPLACE FUNCTION hub_valid_moment(p_kind text, p_value text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE
            WHEN p_kind = 'time' THEN p_value ~ '^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{{1,6}})?)?$'
            WHEN p_kind = 'date' AND p_value !~ '^\d{{4}}-\d{{2}}-\d{{2}}$' THEN false
            WHEN p_kind = 'datetime'
                 AND p_value !~ '^\d{{4}}-\d{{2}}-\d{{2}}[ T]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{{1,6}})?)?$'
                THEN false
            WHEN p_kind NOT IN ('date', 'datetime') THEN false
            ELSE substr(p_value, 1, 4)::integer >= 1
                AND substr(p_value, 6, 2)::integer BETWEEN 1 AND 12
                AND substr(p_value, 9, 2)::integer BETWEEN 1 AND CASE substr(p_value, 6, 2)::integer
                    WHEN 2 THEN CASE WHEN (mod(substr(p_value, 1, 4)::integer, 4) = 0
                                           AND mod(substr(p_value, 1, 4)::integer, 100) <> 0)
                                          OR mod(substr(p_value, 1, 4)::integer, 400) = 0 THEN 29 ELSE 28 END
                    WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30
                    ELSE 31 END
            END
    $$""",
    r"""CREATE OR REPLACE FUNCTION hub_is_admin(p_login text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = {s}, pg_temp AS $$
        SELECT coalesce((SELECT is_admin FROM hub_login WHERE login = p_login), false)
            OR p_login = (SELECT value FROM hub_meta WHERE key = 'owner')
            OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND rolsuper)
    $$""",
    # May the session's login see the records of client *p_client*? (Row-level security and pull.)
    r"""CREATE OR REPLACE FUNCTION hub_visible(p_client text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
        SELECT p_client IS NULL
            OR NOT EXISTS (
                SELECT 1 FROM hub_login l WHERE l.login = session_user
                AND cardinality(l.municipalities) + cardinality(l.villages) + cardinality(l.coach_ids) > 0)
            OR EXISTS (
                SELECT 1 FROM hub_client c JOIN hub_login l ON l.login = session_user
                WHERE c.client_id = p_client
                AND (c.created_by = l.login OR c.municipality = ANY (l.municipalities)
                     OR c.village = ANY (l.villages) OR c.coach_id = ANY (l.coach_ids)))
    $$""",
    # The client a row belongs to (NULL: shared by everyone).
    r"""CREATE OR REPLACE FUNCTION hub_client_of(p_table text, p_data jsonb) RETURNS text
    LANGUAGE plpgsql STABLE SET search_path = {s}, pg_temp AS $$
    DECLARE
        t hub_table;
    BEGIN
        SELECT * INTO t FROM hub_table WHERE table_name = p_table;
        IF t.link_kind IS NULL THEN
            RETURN NULL;
        ELSIF t.link_kind = 'self' THEN
            RETURN p_data->>'id';
        ELSIF t.link_kind = 'column' THEN
            RETURN p_data->>t.link_column;
        ELSIF t.link_kind = 'outreach' THEN
            RETURN coalesce(p_data->>t.link_column, p_data->>'id');
        ELSIF t.link_kind = 'parent' THEN
            RETURN (SELECT client_id FROM hub_record
                    WHERE table_name = t.link_table AND row_id = p_data->>t.link_column);
        ELSIF t.link_kind = 'entity' THEN
            RETURN CASE WHEN p_data->>'entity_type' = 'client' THEN p_data->>'entity_id' END;
        ELSIF t.link_kind = 'conflict' THEN
            IF p_data->>'table_name' = 'client' THEN
                RETURN p_data->>'row_id';
            END IF;
            RETURN (SELECT client_id FROM hub_record
                    WHERE table_name = p_data->>'table_name' AND row_id = p_data->>'row_id');
        END IF;
        RETURN NULL;
    END $$""",
    # A conflict record, decided here once: every laptop receives the same one.
    r"""CREATE OR REPLACE FUNCTION hub_add_conflict(
        p_table text, p_row text, p_column text, p_kind text, p_value jsonb, p_clock text, p_client text
    ) RETURNS void LANGUAGE plpgsql SET search_path = {s}, pg_temp AS $$
    DECLARE
        cid text := md5(p_table || '/' || p_row || '/' || p_column || '/' || p_clock)::uuid::text;
        stamp text := to_char(to_timestamp(left(p_clock, 13)::bigint / 1000.0) AT TIME ZONE 'UTC',
                              'YYYY-MM-DD HH24:MI:SS.US');
    BEGIN
        INSERT INTO hub_record (table_name, row_id, seq, data, clocks, client_id, pushed_by)
        VALUES ('sync_conflict', cid, nextval('hub_seq'),
            jsonb_build_object(
                'id', cid, 'table_name', p_table, 'row_id', p_row, 'column_name', p_column, 'kind', p_kind,
                'losing_value', coalesce(p_value, 'null'::jsonb)::text, 'losing_hlc', p_clock,
                'resolved_at', NULL, 'resolved_by_id', NULL, 'resolution', '', 'created_at', stamp,
                'updated_at', stamp, 'updated_by_id', NULL, 'device_id', '', 'deleted_at', NULL),
            jsonb_build_object('*', jsonb_build_array(hub_tick(''), '')), p_client, 'hub')
        ON CONFLICT (table_name, row_id) DO NOTHING;
    END $$""",
    # Blank a client's free texts and scrub its conflicts, with clocks of the hub (later than all).
    r"""CREATE OR REPLACE FUNCTION hub_scrub_client(p_client text) RETURNS void
    LANGUAGE plpgsql SET search_path = {s}, pg_temp AS $$
    DECLARE
        rec record;
        col text;
        v_data jsonb;
        v_clocks jsonb;
        h text;
        changed boolean;
    BEGIN
        FOR rec IN SELECT r.table_name, r.row_id, r.data, r.clocks, t.free_text
                   FROM hub_record r JOIN hub_table t USING (table_name)
                   WHERE r.client_id = p_client AND r.table_name <> 'client'
                   AND (cardinality(t.free_text) > 0 OR r.table_name = 'sync_conflict')
                   FOR UPDATE OF r LOOP
            v_data := rec.data;
            v_clocks := rec.clocks;
            changed := false;
            IF rec.table_name = 'sync_conflict' THEN
                IF v_data->>'losing_value' <> 'null' OR v_data->>'resolved_at' IS NULL THEN
                    h := hub_tick(greatest(v_clocks->'*'->>0, ''));
                    v_data := v_data || jsonb_build_object(
                        'losing_value', 'null', 'resolution', 'kept',
                        'resolved_at', coalesce(v_data->>'resolved_at',
                            to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')));
                    v_clocks := jsonb_build_object('*', jsonb_build_array(h, v_clocks->'*'->>0));
                    changed := true;
                END IF;
            ELSE
                FOREACH col IN ARRAY rec.free_text LOOP
                    IF coalesce(v_data->>col, '') <> '' THEN
                        h := coalesce(v_clocks->col->>0, v_clocks->'*'->>0, '');
                        v_data := jsonb_set(v_data, ARRAY[col],
                            CASE WHEN rec.table_name = 'referral' AND col = 'consent_override_reason'
                                 THEN 'null'::jsonb ELSE '""'::jsonb END);
                        v_clocks := jsonb_set(v_clocks, ARRAY[col], jsonb_build_array(hub_tick(h), h));
                        changed := true;
                    END IF;
                END LOOP;
            END IF;
            IF changed THEN
                UPDATE hub_record SET data = v_data, clocks = v_clocks, seq = nextval('hub_seq'),
                    pushed_by = 'hub', pushed_at = now()
                WHERE table_name = rec.table_name AND row_id = rec.row_id;
            END IF;
        END LOOP;
    END $$""",
    # Merge one validated change; returns the reason when it is refused.
    r"""CREATE OR REPLACE FUNCTION hub_merge(
        p_table text, p_row text, p_data jsonb, p_clocks jsonb, p_login text, p_admin boolean,
        p_erased jsonb, p_privileged text[]
    ) RETURNS text LANGUAGE plpgsql SET search_path = {s}, pg_temp AS $$
    DECLARE
        cur record;
        found_row boolean;
        v_data jsonb;
        v_clocks jsonb;
        v_changed boolean := false;
        v_priv boolean := false;
        v_hidden boolean;
        v_client text;
        v_free text[];
        v_erased boolean;
        was_erased boolean := false;
        conflicts jsonb := '[]';
        col text;
        rv jsonb;
        lv jsonb;
        lh text; lb text; rh text; rb text;
        del_cur text; del_in text; del_now text;
        bookkeeping text[] := ARRAY['id', 'created_at', 'updated_at', 'updated_by_id', 'device_id',
                                          'search_key'];  -- derived: each laptop rebuilds it
        c jsonb;
        old_scope text;
    BEGIN
        SELECT data, clocks, client_id INTO cur FROM hub_record
        WHERE table_name = p_table AND row_id = p_row FOR UPDATE;
        found_row := FOUND;
        IF NOT found_row THEN
            IF p_table = 'staff_member' AND NOT p_admin THEN
                RETURN 'staff accounts are added only through a staff administrator''s hub login';
            END IF;
            v_data := p_data;
            v_clocks := p_clocks;
            v_changed := true;
        ELSE
            v_data := cur.data;
            v_clocks := cur.clocks;
            was_erased := p_table = 'client' AND cur.data->>'anonymised_at' IS NOT NULL;
            -- A login changes only what it may see (else it could move any client into its scope).
            v_hidden := cur.client_id IS NOT NULL AND NOT hub_visible(cur.client_id);
            -- Only the fields whose clocks differ can change or conflict: when both sides share the clock
            -- of the other fields ("*"), the named ones are enough (an edit of two fields looks at four).
            FOR col, rv IN SELECT e.key, e.value FROM jsonb_each(p_data) AS e
                           WHERE e.key <> 'id' AND (
                               p_clocks->'*' IS DISTINCT FROM cur.clocks->'*'
                               OR p_clocks ? e.key OR cur.clocks ? e.key) LOOP
                lv := cur.data->col;
                lh := coalesce(cur.clocks->col->>0, cur.clocks->'*'->>0, '');
                lb := coalesce(cur.clocks->col->>1, cur.clocks->'*'->>1, '');
                rh := coalesce(p_clocks->col->>0, p_clocks->'*'->>0, '');
                rb := coalesce(p_clocks->col->>1, p_clocks->'*'->>1, '');
                IF rh COLLATE "C" > lh COLLATE "C" THEN
                    IF v_hidden THEN
                        RETURN 'the record is about a client outside this hub login''s scope';
                    END IF;
                    IF rv IS DISTINCT FROM lv THEN
                        IF p_table = 'audit_entry' THEN
                            RETURN 'the audit trail is never changed';
                        END IF;
                        IF p_table = 'staff_member' AND col = ANY (p_privileged) THEN
                            IF NOT p_admin THEN
                                RETURN 'a staff member''s role, active state and password change only through '
                                    'a staff administrator''s hub login';
                            END IF;
                            v_priv := true;
                        END IF;
                        v_data := jsonb_set(v_data, ARRAY[col], rv);
                        IF NOT col = ANY (bookkeeping) AND lh <> '' AND substr(lh, 18) <> substr(rh, 18)
                           AND rb COLLATE "C" < lh COLLATE "C" THEN
                            conflicts := conflicts || jsonb_build_array(jsonb_build_array(col, 'field', lv, lh));
                        END IF;
                    END IF;
                    v_clocks := jsonb_set(v_clocks, ARRAY[col], jsonb_build_array(rh, rb));
                    v_changed := true;
                ELSIF rh COLLATE "C" < lh COLLATE "C" AND rv IS DISTINCT FROM lv AND NOT col = ANY (bookkeeping)
                      AND rh <> '' AND substr(lh, 18) <> substr(rh, 18) AND lb COLLATE "C" < rh COLLATE "C" THEN
                    conflicts := conflicts || jsonb_build_array(jsonb_build_array(col, 'field', rv, rh));
                END IF;
            END LOOP;
            -- An edit concurrent with a deletion: the deletion stays, the edit is recorded.
            IF v_data->>'deleted_at' IS NOT NULL AND p_table NOT IN ('sync_conflict', 'audit_entry') THEN
                del_cur := coalesce(cur.clocks->'deleted_at'->>0, cur.clocks->'*'->>0, '');
                del_in := coalesce(p_clocks->'deleted_at'->>0, p_clocks->'*'->>0, '');
                del_now := greatest(del_cur COLLATE "C", del_in COLLATE "C");
                FOR col, rv IN SELECT key, value FROM jsonb_each(p_data) LOOP
                    CONTINUE WHEN col = ANY (bookkeeping) OR col = 'deleted_at'
                        OR rv IS NOT DISTINCT FROM cur.data->col;
                    lh := coalesce(cur.clocks->col->>0, cur.clocks->'*'->>0, '');
                    rh := coalesce(p_clocks->col->>0, p_clocks->'*'->>0, '');
                    IF del_in COLLATE "C" < del_now COLLATE "C" AND rh COLLATE "C" > lh COLLATE "C" THEN
                        conflicts := conflicts || jsonb_build_array(jsonb_build_array(col, 'deleted', rv, rh));
                    ELSIF del_cur COLLATE "C" < del_now COLLATE "C" AND lh COLLATE "C" > rh COLLATE "C" THEN
                        conflicts := conflicts
                            || jsonb_build_array(jsonb_build_array(col, 'deleted', cur.data->col, lh));
                    END IF;
                END LOOP;
            END IF;
        END IF;
        IF NOT v_changed THEN  -- nothing of this change wins; a lost concurrent edit is still recorded
            IF p_table NOT IN ('sync_conflict', 'audit_entry')
               AND NOT (p_table = 'client' AND was_erased) AND NOT EXISTS (
                   SELECT 1 FROM hub_client WHERE client_id = cur.client_id AND erased) THEN
                FOR c IN SELECT value FROM jsonb_array_elements(conflicts) LOOP
                    PERFORM hub_add_conflict(p_table, p_row, c->>0, c->>1, c->2, c->>3, cur.client_id);
                END LOOP;
            END IF;
            RETURN NULL;
        END IF;

        v_client := hub_client_of(p_table, v_data);
        -- Erasure is final: an erased client's personal fields keep their erased values for good.
        v_erased := (p_table = 'client' AND (v_data->>'anonymised_at' IS NOT NULL OR was_erased))
            OR (p_table <> 'client' AND v_client IS NOT NULL
                AND EXISTS (SELECT 1 FROM hub_client WHERE client_id = v_client AND erased));
        IF v_erased THEN
            IF p_table = 'client' THEN
                IF v_data->>'anonymised_at' IS NULL THEN  -- an erasure is never undone
                    lh := coalesce(v_clocks->'anonymised_at'->>0, v_clocks->'*'->>0, '');
                    v_data := jsonb_set(v_data, ARRAY['anonymised_at'], cur.data->'anonymised_at');
                    v_clocks := jsonb_set(v_clocks, ARRAY['anonymised_at'], jsonb_build_array(hub_tick(lh), lh));
                END IF;
                FOR col, rv IN SELECT key, value FROM jsonb_each(p_erased) LOOP
                    IF v_data->col IS DISTINCT FROM rv THEN
                        lh := coalesce(v_clocks->col->>0, v_clocks->'*'->>0, '');
                        v_data := jsonb_set(v_data, ARRAY[col], rv);
                        v_clocks := jsonb_set(v_clocks, ARRAY[col], jsonb_build_array(hub_tick(lh), lh));
                    END IF;
                END LOOP;
                conflicts := '[]';
            ELSIF p_table = 'sync_conflict' THEN  -- a conflict about an erased client keeps no value of it
                FOR col, rv IN SELECT key, value FROM jsonb_each(jsonb_build_object('losing_value', 'null')
                        || CASE WHEN v_data->>'resolved_at' IS NULL THEN jsonb_build_object('resolution', 'kept',
                               'resolved_at', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'))
                           ELSE '{{}}' END) LOOP
                    IF v_data->col IS DISTINCT FROM rv THEN
                        lh := coalesce(v_clocks->col->>0, v_clocks->'*'->>0, '');
                        v_data := jsonb_set(v_data, ARRAY[col], rv);
                        v_clocks := jsonb_set(v_clocks, ARRAY[col], jsonb_build_array(hub_tick(lh), lh));
                    END IF;
                END LOOP;
            ELSE
                SELECT free_text INTO v_free FROM hub_table WHERE table_name = p_table;
                FOREACH col IN ARRAY coalesce(v_free, '{{}}') LOOP
                    IF coalesce(v_data->>col, '') <> '' THEN
                        lh := coalesce(v_clocks->col->>0, v_clocks->'*'->>0, '');
                        v_data := jsonb_set(v_data, ARRAY[col],
                            CASE WHEN p_table = 'referral' AND col = 'consent_override_reason'
                                 THEN 'null'::jsonb ELSE '""'::jsonb END);
                        v_clocks := jsonb_set(v_clocks, ARRAY[col], jsonb_build_array(hub_tick(lh), lh));
                    END IF;
                END LOOP;
                conflicts := '[]';
            END IF;
        END IF;

        IF found_row THEN
            UPDATE hub_record SET data = v_data, clocks = v_clocks, seq = nextval('hub_seq'), client_id = v_client,
                pushed_by = p_login, pushed_at = now(),
                priv_admin = CASE WHEN v_priv THEN p_admin ELSE priv_admin END
            WHERE table_name = p_table AND row_id = p_row;
        ELSE
            INSERT INTO hub_record (table_name, row_id, seq, data, clocks, client_id, pushed_by, priv_admin)
            VALUES (p_table, p_row, nextval('hub_seq'), v_data, v_clocks, v_client, p_login, p_admin);
        END IF;

        IF p_table = 'client' THEN
            SELECT municipality || '/' || village || '/' || coalesce(coach_id, '') INTO old_scope
            FROM hub_client WHERE client_id = p_row;
            INSERT INTO hub_client (client_id, municipality, village, coach_id, created_by, erased)
            VALUES (p_row, coalesce(v_data->>'municipality', ''), coalesce(v_data->>'village', ''),
                    v_data->>'personal_coach_id', p_login, v_erased)
            ON CONFLICT (client_id) DO UPDATE SET municipality = excluded.municipality, village = excluded.village,
                coach_id = excluded.coach_id, erased = excluded.erased;
            IF old_scope IS NOT NULL AND old_scope <> coalesce(v_data->>'municipality', '') || '/'
                   || coalesce(v_data->>'village', '') || '/' || coalesce(v_data->>'personal_coach_id', '') THEN
                -- The client moved: its records go out again, to the laptops whose scope it entered.
                UPDATE hub_record SET seq = nextval('hub_seq') WHERE client_id = p_row AND table_name <> 'client';
            END IF;
            IF v_erased AND NOT was_erased THEN
                PERFORM hub_scrub_client(p_row);
            END IF;
        END IF;
        IF p_table = 'outreach_entry' AND v_client = p_row THEN
            -- A person to reach who is not a client yet: in the scope of the village and the assigned worker.
            INSERT INTO hub_client (client_id, municipality, village, coach_id, created_by, erased)
            VALUES (p_row, '', coalesce(v_data->>'village', ''), v_data->>'assigned_to_id', p_login, false)
            ON CONFLICT (client_id) DO UPDATE SET village = excluded.village, coach_id = excluded.coach_id;
        END IF;

        IF p_table NOT IN ('sync_conflict', 'audit_entry') THEN
            FOR c IN SELECT value FROM jsonb_array_elements(conflicts) LOOP
                PERFORM hub_add_conflict(p_table, p_row, c->>0, c->>1, c->2, c->>3, v_client);
            END LOOP;
        END IF;
        RETURN NULL;
    END $$""",
    # The one way in for laptops' changes.
    r"""CREATE OR REPLACE FUNCTION hub_push(p_device text, p_batch jsonb)
    RETURNS TABLE (table_name text, row_id text, reason text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = {s}, pg_temp SET lock_timeout = '30s' AS $$
    #variable_conflict use_column
    DECLARE
        v_login text := session_user;
        v_admin boolean;
        v_limit text;
        v_bad jsonb;
        v_erased jsonb;
        v_priv text[];
        v_reason text;
        v_fast jsonb;
        v_rules jsonb;
        ch record;
    BEGIN
        IF p_device IS NULL OR p_device !~ '^[A-Za-z0-9._-]{{1,64}}$' THEN
            RAISE EXCEPTION 'the device id is not valid' USING ERRCODE = '22023';
        END IF;
        IF jsonb_typeof(p_batch) IS DISTINCT FROM 'array' THEN
            RAISE EXCEPTION 'the batch is not a list of changes' USING ERRCODE = '22023';
        END IF;
        IF jsonb_array_length(p_batch) > {batch_limit} THEN
            RAISE EXCEPTION 'a batch holds at most {batch_limit} changes' USING ERRCODE = '22023';
        END IF;
        PERFORM pg_advisory_xact_lock({advisory_push});  -- pushes take turns: sequence order is commit order
        v_admin := hub_is_admin(v_login);
        v_limit := lpad((floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint + {max_skew_ms})::text, 13, '0');
        SELECT value::jsonb INTO v_erased FROM hub_meta WHERE key = 'erased_client';
        -- The rules as one in-memory map: "table.column" -> (k: kind, m: max length, n: nullable, c: choices).
        SELECT jsonb_object_agg(hc.table_name || '.' || hc.column_name, jsonb_build_object(
                'k', hc.kind, 'm', hc.max_length, 'n', hc.nullable, 'c', to_jsonb(hc.choices)))
        INTO v_rules FROM hub_column hc;
        SELECT array_agg(x) INTO v_priv FROM jsonb_array_elements_text(
            (SELECT value::jsonb FROM hub_meta WHERE key = 'staff_privileged')) AS x;

        -- Every rule is checked for the whole batch at once; the first broken one is the reason.
        WITH x AS (
            SELECT a.n, a.e->>'t' AS t, a.e->>'r' AS r, a.e->'d' AS d, a.e->'c' AS c, jsonb_typeof(a.e) AS et
            FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS a(e, n)
        ), problems AS (
            SELECT x.n, 1 AS rank, 'the change is not a record' AS why FROM x WHERE x.et <> 'object'
            UNION ALL
            SELECT x.n, 2, 'unknown table {{table}}' || chr(31)
                || jsonb_build_object('table', left(coalesce(x.t, ''), 60))::text FROM x
            WHERE x.et = 'object' AND NOT EXISTS (SELECT 1 FROM hub_table ht WHERE ht.table_name = x.t)
            UNION ALL
            SELECT x.n, 3, 'the row is not a record with its id' FROM x
            WHERE x.et = 'object' AND (jsonb_typeof(x.d) IS DISTINCT FROM 'object' OR x.r IS NULL
                OR length(x.r) > 36 OR x.r = '' OR x.d->>'id' IS DISTINCT FROM x.r)
            UNION ALL
            SELECT x.n, 4, 'the field clocks are missing' FROM x
            WHERE x.et = 'object' AND (jsonb_typeof(x.c) IS DISTINCT FROM 'object' OR NOT x.c ? '*')
            UNION ALL
            SELECT x.n, 5, CASE
                    WHEN hc.rule IS NULL THEN 'unknown column {{column}}'
                    WHEN jsonb_typeof(f.value) = 'null' THEN '{{column}} is empty'
                    WHEN hc.rule->>'k' = 'text' AND jsonb_typeof(f.value) = 'string'
                         AND length(f.value #>> '{{}}') > coalesce((hc.rule->>'m')::integer, 20000)
                        THEN '{{column}} is longer than {{limit}} characters'
                    WHEN hc.rule->>'k' = 'text' AND jsonb_typeof(f.value) = 'string'
                        THEN '{{column}} is not one of the allowed values'
                    WHEN hc.rule->>'k' = 'text' THEN '{{column}} is not text'
                    WHEN hc.rule->>'k' = 'date' THEN '{{column}} is not a date'
                    WHEN hc.rule->>'k' = 'time' THEN '{{column}} is not a time of day'
                    WHEN hc.rule->>'k' = 'datetime' THEN '{{column}} is not a date and time'
                    WHEN hc.rule->>'k' = 'int' THEN '{{column}} is not a whole number in range'
                    WHEN hc.rule->>'k' = 'bool' THEN '{{column}} is not a yes/no value'
                    ELSE '{{column}} is not valid' END
                || chr(31) || jsonb_build_object('column', left(f.key, 60), 'limit', hc.rule->'m')::text
            FROM x CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(x.d) = 'object' THEN x.d ELSE '{{}}' END) f
            CROSS JOIN LATERAL (SELECT v_rules->(x.t || '.' || f.key) AS rule) hc
            WHERE x.et = 'object' AND (hc.rule IS NULL OR NOT coalesce(CASE jsonb_typeof(f.value)
                WHEN 'null' THEN (hc.rule->>'n')::boolean
                WHEN 'string' THEN CASE hc.rule->>'k'
                    WHEN 'text' THEN length(f.value #>> '{{}}') <= coalesce((hc.rule->>'m')::integer, 20000)
                                     AND (jsonb_typeof(hc.rule->'c') IS DISTINCT FROM 'array'
                                          OR (hc.rule->'c') ? (f.value #>> '{{}}'))
                    WHEN 'date' THEN hub_valid_moment('date', f.value #>> '{{}}')
                    WHEN 'time' THEN hub_valid_moment('time', f.value #>> '{{}}')
                    WHEN 'datetime' THEN hub_valid_moment('datetime', f.value #>> '{{}}')
                    ELSE false END
                WHEN 'number' THEN CASE
                    WHEN hc.rule->>'k' = 'int' AND f.value::text ~ '^-?\d{{1,10}}$'  -- INTEGER in the reporting views
                        THEN f.value::text::bigint BETWEEN -2147483648 AND 2147483647
                    ELSE hc.rule->>'k' = 'bool' AND f.value::text IN ('0', '1') END
                WHEN 'boolean' THEN hc.rule->>'k' = 'bool'
                ELSE false END, false))
            UNION ALL
            SELECT x.n, 6, '{{column}} is missing' || chr(31) || jsonb_build_object('column', hc.column_name)::text
            FROM x JOIN hub_column hc ON hc.table_name = x.t
            WHERE x.et = 'object' AND jsonb_typeof(x.d) = 'object' AND NOT x.d ? hc.column_name
            UNION ALL
            SELECT x.n, 7, CASE
                    WHEN k.key <> '*' AND NOT EXISTS (
                        SELECT 1 FROM hub_column hc WHERE hc.table_name = x.t AND hc.column_name = k.key)
                        THEN 'a clock names an unknown column'
                    WHEN jsonb_typeof(k.value) <> 'array' OR jsonb_array_length(k.value) <> 2
                        OR NOT coalesce((k.value->>0) ~ '{clock_re}', false)
                        OR NOT coalesce((k.value->>1) = '' OR (k.value->>1) ~ '{clock_re}', false)
                        THEN 'a field clock is malformed'
                    ELSE 'a field clock is ahead of the hub''s clock by more than the allowed skew' END
            FROM x CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(x.c) = 'object' THEN x.c ELSE '{{}}' END) k
            WHERE x.et = 'object' AND (
                (k.key <> '*' AND NOT EXISTS (
                    SELECT 1 FROM hub_column hc WHERE hc.table_name = x.t AND hc.column_name = k.key))
                OR jsonb_typeof(k.value) <> 'array' OR jsonb_array_length(k.value) <> 2
                OR NOT coalesce((k.value->>0) ~ '{clock_re}', false)
                OR NOT coalesce((k.value->>1) = '' OR (k.value->>1) ~ '{clock_re}', false)
                OR left(k.value->>0, 13) COLLATE "C" > v_limit COLLATE "C")
        )
        SELECT coalesce(jsonb_object_agg(n::text, why), '{{}}') INTO v_bad
        FROM (SELECT DISTINCT ON (n) n, why FROM problems ORDER BY n, rank) AS first_problem;

        -- New records go in at once, parents first (the common case: a laptop's first sync, new visits
        -- and marks); a change of a record the hub holds is merged field by field below. Records of an
        -- erased client, staff accounts from a non-administrator and records linked through a parent take
        -- the careful path too.
        WITH x AS (
            SELECT a.n, a.e->>'t' AS t, a.e->>'r' AS r, a.e->'d' AS d, a.e->'c' AS c,
                   count(*) OVER (PARTITION BY a.e->>'t', a.e->>'r') AS copies
            FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS a(e, n)
            WHERE NOT v_bad ? (a.n::text)
        ), candidate AS (
            SELECT x.n, x.t, x.r, x.d, x.c, ht.position,
                CASE ht.link_kind WHEN 'self' THEN x.r WHEN 'column' THEN x.d->>ht.link_column
                     WHEN 'entity' THEN CASE WHEN x.d->>'entity_type' = 'client' THEN x.d->>'entity_id' END
                END AS client
            FROM x JOIN hub_table ht ON ht.table_name = x.t
            WHERE x.copies = 1 AND (ht.link_kind IS NULL OR ht.link_kind IN ('self', 'column', 'entity'))
                AND (x.t <> 'staff_member' OR v_admin)
                AND NOT (x.t = 'client' AND x.d->>'anonymised_at' IS NOT NULL)
                AND NOT EXISTS (SELECT 1 FROM hub_record hr WHERE hr.table_name = x.t AND hr.row_id = x.r)
        ), accepted AS (
            SELECT * FROM candidate
            WHERE candidate.client IS NULL OR candidate.t = 'client' OR NOT EXISTS (
                SELECT 1 FROM hub_client hc WHERE hc.client_id = candidate.client AND hc.erased)
            ORDER BY candidate.position, candidate.n
        ), inserted AS (
            INSERT INTO hub_record (table_name, row_id, seq, data, clocks, client_id, pushed_by, priv_admin)
            SELECT accepted.t, accepted.r, nextval('hub_seq'), accepted.d, accepted.c, accepted.client,
                   v_login, v_admin
            FROM accepted
            ON CONFLICT DO NOTHING
            RETURNING hub_record.table_name AS t, hub_record.row_id AS r, hub_record.data AS d
        ), new_clients AS (
            INSERT INTO hub_client (client_id, municipality, village, coach_id, created_by, erased)
            SELECT inserted.r, coalesce(inserted.d->>'municipality', ''), coalesce(inserted.d->>'village', ''),
                   inserted.d->>'personal_coach_id', v_login, false
            FROM inserted WHERE inserted.t = 'client'
            ON CONFLICT DO NOTHING
        )
        SELECT coalesce(jsonb_object_agg(inserted.t || '/' || inserted.r, true), '{{}}') INTO v_fast FROM inserted;

        FOR ch IN SELECT a.n, a.e->>'t' AS t, a.e->>'r' AS r, a.e->'d' AS d, a.e->'c' AS c
                  FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS a(e, n) ORDER BY a.n LOOP
            v_reason := v_bad->>(ch.n::text);
            CONTINUE WHEN v_reason IS NULL AND v_fast ? (ch.t || '/' || ch.r);  -- went in at once above
            IF v_reason IS NULL THEN
                v_reason := hub_merge(ch.t, ch.r, ch.d, ch.c, v_login, v_admin, v_erased, v_priv);
            END IF;
            IF v_reason IS NOT NULL THEN
                table_name := left(coalesce(ch.t, '?'), 60);
                row_id := left(coalesce(ch.r, '?'), 80);
                reason := v_reason;
                INSERT INTO hub_refusal (login, device_id, table_name, row_id, reason)
                VALUES (v_login, p_device, table_name, row_id, reason);
                RETURN NEXT;
            END IF;
        END LOOP;
        INSERT INTO hub_device AS d (login, device_id) VALUES (v_login, p_device)
        ON CONFLICT (login, device_id) DO UPDATE SET seen_at = now();
    END $$""",
    r"""CREATE OR REPLACE FUNCTION hub_handshake(p_device text) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
        SELECT (SELECT jsonb_object_agg(key, value) FROM hub_meta
                WHERE key IN ('hub_id', 'epoch', 'app_schema', 'hub_format'))
            || jsonb_build_object(
                'now_ms', floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint,
                'last_seq', (SELECT coalesce(max(seq), 0) FROM hub_record),
                'known_cursor', (SELECT cursor FROM hub_device WHERE login = session_user AND device_id = p_device),
                'admin', hub_is_admin(session_user::text),
                'login', session_user::text)
    $$""",
    r"""CREATE OR REPLACE FUNCTION hub_ack(p_device text, p_cursor bigint) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
        INSERT INTO hub_device (login, device_id, cursor) VALUES (session_user, left(p_device, 64), p_cursor)
        ON CONFLICT (login, device_id) DO UPDATE SET cursor = excluded.cursor, seen_at = now()
    $$""",
    # Clients changed after *p_cursor* that the login may no longer see: they leave its laptop.
    r"""CREATE OR REPLACE FUNCTION hub_evictions(p_cursor bigint) RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
        SELECT row_id FROM hub_record
        WHERE p_cursor > 0 AND seq > p_cursor AND table_name = 'client' AND NOT hub_visible(row_id)
    $$""",
)

POLICIES = (
    "ALTER TABLE hub_record ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS hub_record_scope ON hub_record",
    "CREATE POLICY hub_record_scope ON hub_record FOR SELECT USING (hub_visible(client_id))",
)

SYNC_FUNCTIONS = (
    "hub_push(text, jsonb)",
    "hub_handshake(text)",
    "hub_ack(text, bigint)",
    "hub_evictions(bigint)",
    "hub_visible(text)",
)
INTERNAL_FUNCTIONS = (
    "hub_tick(text)",
    "hub_valid_moment(text, text)",
    "hub_is_admin(text)",
    "hub_client_of(text, jsonb)",
    "hub_add_conflict(text, text, text, text, jsonb, text, text)",
    "hub_scrub_client(text)",
    "hub_merge(text, text, jsonb, jsonb, text, boolean, jsonb, text[])",
)
