-- Transactional outbox and idempotent-consumer ledger, shared by every service.
create table outbox_event (
    id          uuid primary key,
    seq         bigint generated always as identity,
    topic       text        not null,
    event_key   text        not null,
    type        text        not null,
    tenant      text        not null,
    payload     text        not null,
    created_at  timestamptz not null,
    sent_at     timestamptz,
    attempts    integer     not null default 0,
    last_error  text
);
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;

create table processed_event (
    event_id     uuid        not null,
    consumer     text        not null,
    event_type   text        not null,
    processed_at timestamptz not null,
    primary key (event_id, consumer)
);
