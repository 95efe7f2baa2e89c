-- A draft holds no serials: blocks enter the ledger when the credits are approved, and a block claimed by a published
-- version is held by it for good, also after the declaration is withdrawn (OFF-2 (d)).
--   offsets_revision   the approved offsets revision that claims the block
--   published_version  set once a version of the declaration is published on that revision; never cleared
-- One declaration may hold the same serials under two revisions (a new version re-using its credits); two
-- declarations never share one.
alter table retired_block add column offsets_revision integer;
alter table retired_block add column published_version integer;

-- Blocks of drafts were held without an approval (anyone could squat another's serials): they are released.
update retired_block b set offsets_revision = p.approved_revision
from part p where p.declaration_id = b.declaration_id and p.approved_revision is not null;
delete from retired_block where offsets_revision is null;
alter table retired_block alter column offsets_revision set not null;

alter table retired_block drop constraint retired_block_no_overlap;
alter table retired_block add constraint retired_block_no_overlap
    exclude using gist (registry with =, batch_key with =, block with &&, declaration_id with <>);

-- A published block is never deleted nor changed (but for the version first publishing it).
create function retired_block_published_is_final() returns trigger language plpgsql as $$
begin
    if old.published_version is not null then
        raise exception 'block % of declaration % is held by published version % for good (OFF-2)',
            old.serial_number, old.declaration_id, old.published_version;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger retired_block_published_is_final before update or delete on retired_block
    for each row execute function retired_block_published_is_final();
