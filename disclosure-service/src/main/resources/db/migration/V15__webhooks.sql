-- Webhooks (Standard Webhooks): a tenant's endpoints, the deliveries written in the transaction of the change they
-- report (so none is lost on a restart), every attempt of each, and the notices the suite leaves the tenant (an
-- endpoint disabled after failing persistently).
create table webhook_endpoint (
    id                         uuid        primary key,
    tenant                     text        not null,
    url                        text        not null,
    description                text,
    -- the subscribed event types, comma-separated (e.g. 'part.approved,declaration.published')
    event_types                text        not null,
    enabled                    boolean     not null,
    disabled_reason            text,
    disabled_at                timestamptz,
    secret                     text        not null,
    -- after a rotation the previous secret still signs (a second signature) until it expires
    previous_secret            text,
    previous_secret_expires_at timestamptz,
    secret_rotated_at          timestamptz,
    -- deliveries in a row that failed every attempt, and since when no attempt has succeeded
    failed_deliveries_in_row   integer     not null default 0,
    failing_since              timestamptz,
    created_by                 text        not null,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null,
    version                    bigint      not null default 0
);
create index webhook_endpoint_tenant on webhook_endpoint (tenant, created_at, id);

create table webhook_delivery (
    id              uuid        primary key,
    -- the webhook-id header: the same for every attempt of the message, so receivers can drop duplicates
    message_id      text        not null,
    endpoint_id     uuid        not null references webhook_endpoint (id) on delete cascade,
    tenant          text        not null,
    event_type      text        not null,
    -- the body exactly as sent, the same bytes on every attempt
    payload         text        not null,
    status          text        not null check (status in ('PENDING', 'SUCCEEDED', 'FAILED')),
    -- attempts of the current run (a manual redelivery starts a run of one)
    attempts        integer     not null default 0,
    next_attempt_at timestamptz,
    manual          boolean     not null default false,
    created_at      timestamptz not null,
    last_attempt_at timestamptz
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_endpoint on webhook_delivery (endpoint_id, created_at desc, id);

create table webhook_attempt (
    id           bigint      generated always as identity primary key,
    delivery_id  uuid        not null references webhook_delivery (id) on delete cascade,
    attempted_at timestamptz not null,
    trigger      text        not null check (trigger in ('SCHEDULED', 'MANUAL')),
    duration_ms  integer     not null,
    http_status  integer,
    error        text,
    succeeded    boolean     not null
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, attempted_at, id);

-- What the suite tells a tenant about its endpoints; kept when the endpoint is deleted.
create table webhook_notice (
    id          bigint      generated always as identity primary key,
    tenant      text        not null,
    endpoint_id uuid        not null,
    at          timestamptz not null,
    kind        text        not null,
    message     text        not null
);
create index webhook_notice_tenant on webhook_notice (tenant, at desc, id);
