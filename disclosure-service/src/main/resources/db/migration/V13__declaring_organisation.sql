-- The declaring organisation's identity (legal name, other names, unified business number) as JSON: the registries'
-- public records of its credits must name it (OFF-2 (a)); shown with the published declaration.
alter table declaration add column organisation text;
