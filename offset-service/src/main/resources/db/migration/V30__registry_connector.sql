-- The registries' public retirement records belong to the suite, shared by every tenant: the suite fetches each
-- registry's export itself (an operator, or the schedule). The records tenants uploaded before were self-attested
-- (the claimant made its own evidence) and are dropped; the approvals that named those imports keep their SHA-256 in
-- their published snapshots.
drop table registry_record;
drop table registry_import;

-- One fetched export: where from, when, its SHA-256 (an export imported once for a registry is never imported again),
-- its rows, the retirements among them, the record versions it added, and who or what triggered the fetch.
create table registry_import (
    id              uuid primary key,
    registry        text        not null,
    source          text        not null,
    fetched_at      timestamptz not null,
    sha256          text        not null,
    rows            integer     not null,
    retirements     integer     not null,
    records_changed integer     not null,
    triggered_by    text        not null,
    constraint registry_import_once unique (registry, sha256)
);
create index registry_import_fetched on registry_import (fetched_at desc);

-- Each retirement or cancellation, keyed by (registry, serial_number): a later export that changes any fact adds the
-- next version (the import it came from named); earlier versions are kept, and lookups read the latest.
create table registry_record (
    id              bigserial primary key,
    registry        text      not null,
    serial_number   text      not null,
    version         integer   not null,
    latest          boolean   not null,
    import_id       uuid      not null references registry_import (id),
    line            integer   not null,
    batch_key       text      not null,
    serial_start    bigint    not null,
    serial_end      bigint    not null,
    block           int8range generated always as (int8range(serial_start, serial_end, '[]')) stored,
    quantity        bigint    not null,
    status          text      not null,
    vintage_year    integer,
    vintage_start   date,
    vintage_end     date,
    project_id      text,
    issued_on       date,
    retired_on      date,
    beneficiary     text,
    beneficiary_id  text,
    account_holder  text,
    purpose         text,
    retirement_type text,
    constraint registry_record_status check (status in ('RETIRED', 'CANCELLED')),
    constraint registry_record_version unique (registry, serial_number, version)
);
create unique index registry_record_latest on registry_record (registry, serial_number) where latest;
create index registry_record_latest_block on registry_record using gist (registry, batch_key, block) where latest;
create index registry_record_import on registry_record (import_id);
