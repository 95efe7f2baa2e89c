-- Bulk activity data: each upload's rows are kept as uploaded (immutable); the inventory part points at the upload
-- in force, so every revision can be recomputed from exactly the rows it used.
alter table part add column activity_upload_id uuid;
alter table part add column activity_upload_sources text;

create table activity_upload (
    id                uuid primary key,
    seq               bigint      generated always as identity unique,
    declaration_id    uuid        not null,
    tenant            text        not null,
    uploaded_by       text        not null,
    format            text        not null,
    state             text        not null,
    expected_revision integer     not null,
    bytes_total       bigint      not null,
    bytes_read        bigint      not null default 0,
    rows_read         bigint      not null default 0,
    error_count       integer     not null default 0,
    errors            text,
    sources           text,
    applied_revision  integer,
    started_at        timestamptz not null,
    finished_at       timestamptz
);
create index activity_upload_declaration on activity_upload (declaration_id, started_at);

create table activity_record (
    upload_seq      bigint  not null,
    line            integer not null,
    source          text    not null,
    quantity        numeric not null,
    unit            text    not null,
    period_start    date,
    period_end      date,
    evidence        text,
    factor_ids      text,
    lookup_kind     text,
    lookup_activity text,
    lookup_set      text,
    lookup_year     integer
);
-- rows of one upload are appended together: a BRIN index on the upload's sequence number finds them and costs
-- next to nothing to maintain during COPY
create index activity_record_upload on activity_record using brin (upload_seq);
