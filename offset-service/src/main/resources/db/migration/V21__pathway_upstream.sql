-- The approved pathway the credits rest on joins the inventory in upstream_approval (see V20).
insert into upstream_approval (declaration_id, upstream, tenant, revision, seen_revision, checked_against, approved_against)
select declaration_id, 'pathway', tenant, pathway_revision, pathway_revision,
       case when pathway_inventory_revision is null then '{}'
            else '{"inventory":' || pathway_inventory_revision || '}' end,
       approved_pathway_revision
from part
where pathway_revision is not null or approved_pathway_revision is not null;

alter table part drop column pathway_revision;
alter table part drop column pathway_inventory_revision;
alter table part drop column approved_pathway_revision;
