-- The approved pathway revision the credits are checked against, as pathway.events reported it.
alter table part add column pathway_revision integer;
alter table part add column pathway_inventory_revision integer;
alter table part add column approved_pathway_revision integer;
