-- The ledger of every serial block claimed by a declaration in the suite, across all tenants. The database itself
-- guarantees that no credit is claimed twice (OFF-2): two blocks of the same registry and numbering space (batch key)
-- whose inclusive ranges share a number cannot both exist, whatever the concurrency.
create extension if not exists btree_gist;

create table retired_block (
    id             bigserial primary key,
    registry       text        not null,
    batch_key      text        not null,
    serial_start   bigint      not null,
    serial_end     bigint      not null,
    block          int8range   generated always as (int8range(serial_start, serial_end, '[]')) stored,
    serial_number  text        not null,
    tenant         text        not null,
    declaration_id uuid        not null,
    retired_on     date        not null,
    beneficiary    text,
    created_at     timestamptz not null default now(),
    constraint retired_block_range check (serial_start >= 1 and serial_end >= serial_start),
    constraint retired_block_no_overlap exclude using gist (registry with =, batch_key with =, block with &&)
);
create index retired_block_declaration on retired_block (declaration_id);

-- Registries' public retirement/cancellation records as a tenant imported them, to check its blocks against (OFF-2).
create table registry_import (
    id          uuid primary key,
    tenant      text        not null,
    registry    text        not null,
    source      text,
    sha256      text        not null,
    rows        integer     not null,
    retirements integer     not null,
    imported_by text        not null,
    imported_at timestamptz not null
);
create index registry_import_tenant on registry_import (tenant, imported_at);

create table registry_record (
    id            bigserial primary key,
    import_id     uuid   not null references registry_import (id),
    tenant        text   not null,
    registry      text   not null,
    batch_key     text   not null,
    serial_start  bigint not null,
    serial_end    bigint not null,
    block         int8range generated always as (int8range(serial_start, serial_end, '[]')) stored,
    serial_number text   not null,
    quantity      bigint not null,
    retired_on    date,
    beneficiary   text,
    purpose       text,
    line          integer not null
);
create index registry_record_block on registry_record using gist (tenant, registry, batch_key, block);
