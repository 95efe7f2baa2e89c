-- A tenant's own emission factors, with their citation. A set version never changes once published (a change is a
-- new version), so every inventory revision that used it can be recomputed bit for bit.
create table custom_factor_set (
    tenant     text        not null,
    code       text        not null,
    version    text        not null,
    source     text        not null,
    created_by text        not null,
    created_at timestamptz not null,
    primary key (tenant, code, version)
);

create table custom_factor (
    tenant          text    not null,
    id              text    not null,
    code            text    not null,
    version         text    not null,
    kind            text    not null,
    activity        text    not null,
    activity_en     text    not null,
    gas             text    not null,
    value           numeric not null,
    unit            text    not null,
    valid_from_year integer,
    valid_to_year   integer,
    biogenic        boolean not null,
    primary key (tenant, id),
    foreign key (tenant, code, version) references custom_factor_set (tenant, code, version)
);

create function custom_factor_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'published factor sets never change: publish a new version';
end $$;
create trigger custom_factor_set_immutable before update or delete on custom_factor_set
    for each row execute function custom_factor_immutable();
create trigger custom_factor_immutable before update or delete on custom_factor
    for each row execute function custom_factor_immutable();
