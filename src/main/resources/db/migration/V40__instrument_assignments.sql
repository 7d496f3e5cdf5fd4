-- An instrument assigned to a bilan: which bank and version (administration), and the answers, the counsellor's
-- shared reading and the worker's comment (content, encrypted under the bilan's key). Results are computed from
-- the answers with the bank's version, so they are never stored apart.
create table instrument_assignment (
    id                 uuid primary key,
    bilan_id           uuid        not null references bilan (id),
    instrument         varchar(40) not null,
    instrument_version int         not null,
    assigned_at        timestamptz not null,
    submitted_at       timestamptz,
    answers            bytea,
    shared_reading     bytea,
    worker_comment     bytea,
    version            bigint      not null default 0
);
create index instrument_assignment_bilan on instrument_assignment (bilan_id, assigned_at);
