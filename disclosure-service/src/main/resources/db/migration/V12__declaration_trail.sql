-- A declaration's whole trail, append-only: every action on its inventory, pathway and offsets (from their
-- <Part>ActionRecorded events) and on the declaration itself (opened, profile updated, published, withdrawn).
create table declaration_trail (
    id             bigint      generated always as identity primary key,
    declaration_id uuid        not null,
    tenant         text        not null,
    part           text        not null,
    revision       integer,
    action         text        not null,
    actor          text,
    at             timestamptz not null,
    detail         text
);
create index declaration_trail_declaration on declaration_trail (declaration_id, at, id);

create function declaration_trail_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'declaration_trail is append-only: an action, once recorded, never changes';
end $$;
create trigger declaration_trail_append_only before update or delete on declaration_trail
    for each row execute function declaration_trail_append_only();
