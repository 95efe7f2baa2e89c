-- The public representations of each published version (its JSON and its page in each language), rendered when the
-- version is published and served as these stored bytes. They are rendered again, in the same transaction, whenever the
-- declaration's versions change: a withdrawal marks the page, a newer version joins every version's history. The
-- version's content and digest (published_declaration) never change (DIS-6); its representations only follow them.
create table published_rendering (
    declaration_id uuid        not null,
    version        integer     not null,
    -- 'json', 'html:zh-TW' or 'html:en'
    representation text        not null,
    body           bytea       not null,
    body_gzip      bytea       not null,
    -- SHA-256 (hex) of body and of body_gzip: the strong entity tags of the identity and the gzip response
    etag           text        not null,
    etag_gzip      text        not null,
    rendered_at    timestamptz not null,
    primary key (declaration_id, version, representation),
    foreign key (declaration_id, version) references published_declaration (declaration_id, version)
);
