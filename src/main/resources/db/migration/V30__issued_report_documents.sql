-- Issued reports keep their documents in the application's own table, as long as the records must be kept
-- (README "Retention"); the engine's history of the report process is removed after its time to live.
-- Reports issued before this version are read from that history while it exists.
alter table cchc_report add column docx_file_name varchar(255);
alter table cchc_report add column docx bytea;
alter table cchc_report add column xlsx_file_name varchar(255);
alter table cchc_report add column xlsx bytea;
