-- The schedule read from each task's deadline phrase, and the plan's reporting schedule and targets.
alter table cchc_plan_task add column schedule_kind varchar(16);
alter table cchc_plan_task add column schedule_start date;
alter table cchc_plan_task add column schedule_dues varchar(2000);
alter table cchc_plan_task add column draft boolean default false not null;
alter table cchc_plan add column facts_json varchar(20000);
