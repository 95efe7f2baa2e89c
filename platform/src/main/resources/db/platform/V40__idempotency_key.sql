-- Idempotency-Key: the first answer to a POST with a key, per tenant, replayed to a repeat of the same request.
create table idempotency_key (
    tenant        text        not null,
    key           text        not null,
    request_hash  text        not null,
    path          text        not null,
    state         text        not null default 'processing' check (state in ('processing', 'done')),
    status        integer,
    content_type  text,
    body          text,
    location      text,
    etag          text,
    created_at    timestamptz not null,
    primary key (tenant, key)
);
create index idempotency_key_created on idempotency_key (created_at);
