-- A service's part of each declaration (inventory, pathway, offsets): see PartEntity.
create table part (
    declaration_id              uuid primary key,
    tenant                      text        not null,
    revision                    integer     not null,
    opened                      boolean     not null default false,
    subject_type                text,
    subject_name                text,
    period_start                date,
    period_end                  date,
    claim_standard              text,
    content                     text,
    last_edited_by              text,
    updated_at                  timestamptz,
    findings                    text,
    evaluated_revision          integer,
    approved_revision           integer,
    approved_inventory_revision integer,
    approved_by                 text,
    approved_at                 timestamptz,
    basis_revision              integer,
    basis_seen_revision         integer,
    basis_snapshot              text,
    version                     bigint      not null default 0
);
create index part_tenant on part (tenant);
