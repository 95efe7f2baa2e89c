-- What a part rests on moves out of the part row into its own table: one row per declaration and upstream part
-- (pathway rests on the inventory; offsets on the inventory and the pathway). See UpstreamApproval.
create table upstream_approval (
    declaration_id   uuid    not null,
    upstream         text    not null,
    tenant           text    not null,
    revision         integer,
    seen_revision    integer,
    snapshot         text,
    checked_against  text,
    approved_against integer,
    primary key (declaration_id, upstream)
);

-- the inventory basis kept so far in the part row of dependent parts (the inventory's own part has none)
insert into upstream_approval (declaration_id, upstream, tenant, revision, seen_revision, snapshot, checked_against,
                               approved_against)
select declaration_id, 'inventory', tenant, basis_revision, basis_seen_revision, basis_snapshot, '{}',
       approved_inventory_revision
from part
where basis_seen_revision is not null or approved_inventory_revision is not null;

alter table part drop column approved_inventory_revision;
alter table part drop column basis_revision;
alter table part drop column basis_seen_revision;
alter table part drop column basis_snapshot;
