-- Wakes the outbox relay when an event is committed: NOTIFY is delivered at commit (and not at all on rollback), once per
-- transaction however many events it recorded. The relay still polls, as a fallback for a missed notification.
create function outbox_event_committed() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end
$$;

create trigger outbox_event_committed after insert on outbox_event
    for each statement execute function outbox_event_committed();
