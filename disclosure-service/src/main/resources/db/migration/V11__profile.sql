-- Chapter 1 (company, team, commitment, contact) and chapter 6 (outlook) of the management plan, entered by the tenant.
alter table declaration add column profile text;
alter table declaration add column profile_updated_by text;
alter table declaration add column profile_updated_at timestamptz;
-- the public index and feed of a tenant's publications
create index published_declaration_tenant on published_declaration (tenant, published_at);
