-- The first-meeting record: what the counsellor explained (a checklist) and the motives the worker expressed
-- (content, encrypted under the bilan's key). Worker reads, counsellor writes.
create table first_meeting (
    bilan_id             uuid primary key references bilan (id),
    held_on              date        not null,
    presented_operator   boolean     not null,
    presented_process    boolean     not null,
    presented_methods    boolean     not null,
    voluntary_confirmed  boolean     not null,
    motives              bytea,
    recorded_at          timestamptz not null,
    version              bigint      not null default 0
);

-- Sessions: dates and durations are administration (the fund sees hours); what is said lives elsewhere.
create table bilan_session (
    id               uuid primary key,
    bilan_id         uuid        not null references bilan (id),
    starts_at        timestamptz not null,
    duration_minutes int         not null check (duration_minutes between 15 and 480),
    status           varchar(20) not null default 'PLANNED',
    created_at       timestamptz not null
);
create index bilan_session_bilan on bilan_session (bilan_id, starts_at);
