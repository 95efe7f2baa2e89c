-- Every revision of a part and every action on it, kept for good: what each revision said, who made it and when, and
-- who submitted, approved or revoked what, when and why (an assurance body's trail, ISO 14064-3). Append-only.
create table part_revision (
    declaration_id uuid        not null,
    revision       integer     not null,
    tenant         text        not null,
    content        jsonb,
    cause          text        not null,
    created_by     text,
    created_at     timestamptz not null,
    primary key (declaration_id, revision)
);

create table part_trail (
    id             bigint      generated always as identity primary key,
    declaration_id uuid        not null,
    tenant         text        not null,
    revision       integer     not null,
    action         text        not null,
    actor          text,
    at             timestamptz not null,
    detail         text
);
create index part_trail_declaration on part_trail (declaration_id, id);

create function part_trail_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: a revision or an action, once recorded, never changes', tg_table_name;
end $$;
create trigger part_revision_append_only before update or delete on part_revision
    for each row execute function part_trail_append_only();
create trigger part_trail_append_only before update or delete on part_trail
    for each row execute function part_trail_append_only();

-- the revisions made before the trail existed: their current content, as the latest revision
insert into part_revision (declaration_id, revision, tenant, content, cause, created_by, created_at)
select declaration_id, revision, tenant, content::jsonb, 'recorded when the trail began', last_edited_by,
       coalesce(updated_at, now())
from part
where revision > 0;
