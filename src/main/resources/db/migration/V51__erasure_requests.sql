-- A worker's request that the content of one bilan be erased before its retention ends. One per bilan: asking
-- twice changes nothing. Administration only (who, which bilan, when); no free text.
create table erasure_request (
    bilan_id     uuid primary key references bilan (id),
    worker_id    uuid        not null references account (id),
    requested_at timestamptz not null
);
create index erasure_request_recent on erasure_request (requested_at desc);
