-- The plan each deliverable belongs to, beside its plan task (a task never changes plan): the roll-up of every
-- commune of the country reads the deliverables of the period's plans through this index instead of joining
-- every plan task of every year (issue 16).
alter table cchc_deliverable add column plan_id bigint;
update cchc_deliverable set plan_id = (select t.plan_id from cchc_plan_task t where t.id = cchc_deliverable.plan_task_id);
alter table cchc_deliverable alter column plan_id set not null;
alter table cchc_deliverable add constraint fk_cchc_deliverable_plan foreign key (plan_id) references cchc_plan (id);
create index ix_cchc_deliverable_plan on cchc_deliverable (plan_id);
