create table declaration (
    id                            uuid primary key,
    tenant                        text        not null,
    subject_type                  text        not null,
    subject_name                  text        not null,
    boundary                      text        not null,
    period_start                  date        not null,
    period_end                    date        not null,
    claim_standard                text        not null,
    created_by                    text        not null,
    created_at                    timestamptz not null,
    idempotency_key               text,
    request_digest                text,
    inventory_latest_revision     integer,
    inventory_approved_revision   integer,
    inventory_inventory_revision  integer,
    inventory_approval            text,
    pathway_latest_revision       integer,
    pathway_approved_revision     integer,
    pathway_inventory_revision    integer,
    pathway_approval              text,
    offsets_latest_revision       integer,
    offsets_approved_revision     integer,
    offsets_inventory_revision    integer,
    offsets_approval              text,
    version                       bigint      not null default 0,
    constraint declaration_period check (period_end >= period_start)
);
create index declaration_tenant on declaration (tenant, created_at);
create unique index declaration_idempotency on declaration (tenant, idempotency_key) where idempotency_key is not null;

create table published_declaration (
    id                 uuid primary key,
    declaration_id     uuid        not null references declaration (id),
    tenant             text        not null,
    version            integer     not null,
    inventory_revision integer     not null,
    pathway_revision   integer     not null,
    offsets_revision   integer     not null,
    content            text        not null,
    digest             text        not null,
    published_at       timestamptz not null,
    withdrawn_at       timestamptz,
    withdraw_reason    text,
    constraint published_version unique (declaration_id, version),
    -- never twice for the same set of revisions (DIS-5)
    constraint published_revisions unique (declaration_id, inventory_revision, pathway_revision, offsets_revision)
);

-- DIS-6: a published version never changes; only its withdrawal may be recorded, once.
create function published_declaration_immutable() returns trigger language plpgsql as $$
begin
    if new.content is distinct from old.content or new.digest is distinct from old.digest
       or new.version is distinct from old.version or new.declaration_id is distinct from old.declaration_id
       or new.published_at is distinct from old.published_at
       or new.inventory_revision is distinct from old.inventory_revision
       or new.pathway_revision is distinct from old.pathway_revision
       or new.offsets_revision is distinct from old.offsets_revision
       or (old.withdrawn_at is not null and new.withdrawn_at is distinct from old.withdrawn_at) then
        raise exception 'published declaration % version % is immutable (DIS-6)', old.declaration_id, old.version;
    end if;
    return new;
end $$;
create trigger published_declaration_immutable before update on published_declaration
    for each row execute function published_declaration_immutable();
create function published_declaration_no_delete() returns trigger language plpgsql as $$
begin
    raise exception 'published declarations are never deleted (DIS-6)';
end $$;
create trigger published_declaration_no_delete before delete on published_declaration
    for each row execute function published_declaration_no_delete();
