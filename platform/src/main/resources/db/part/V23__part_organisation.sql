-- The declaring organisation's identity (legal name, aliases, unified business number) as the declaration names it,
-- against which the registries' public records of its credits are matched (OFF-2 (a)).
alter table part add column organisation text;
