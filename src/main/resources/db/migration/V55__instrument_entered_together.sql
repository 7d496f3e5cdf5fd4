-- Answers the counsellor entered with the worker during a session are marked, so the result says so.
alter table instrument_assignment add column entered_together boolean not null default false;
