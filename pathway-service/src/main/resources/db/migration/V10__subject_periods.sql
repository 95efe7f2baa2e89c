-- A pathway reads the other periods of its subject: the actual series of the chart, the previous declared period
-- (PATH-7) and the approved inventory its baseline comes from.
alter table part add column declared boolean not null default false;
create index part_subject_period on part (tenant, subject_type, subject_name, period_end);
