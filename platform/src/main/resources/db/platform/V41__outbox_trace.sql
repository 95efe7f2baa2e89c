-- The W3C trace context of the change that recorded an event; the relay continues the trace on Kafka.
alter table outbox_event add column trace_parent text;
