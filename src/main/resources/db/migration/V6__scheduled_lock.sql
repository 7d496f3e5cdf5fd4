-- One row per scheduled job: the instance that holds it and until when. A crashed instance's lock lapses
-- at locked_until, so the job runs again elsewhere.
create table scheduled_lock (
    name         varchar(100) primary key,
    locked_until timestamptz  not null,
    locked_at    timestamptz  not null,
    locked_by    uuid         not null
);
