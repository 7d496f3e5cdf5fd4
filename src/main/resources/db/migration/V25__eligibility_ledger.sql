-- The eligibility ledger: per worker (a pseudonym), scheme, dates and hours. It has no bilan_id and no
-- account id, so it outlives the bilan's content and the account; entry_ref and worker_ref are HMAC-SHA256
-- of the bilan id and of the account id under the ledger's secret, which is wrapped by the master key.
create table eligibility_ledger (
    entry_ref   bytea       primary key,
    worker_ref  bytea       not null,
    scheme_code varchar(60) not null,
    scheme_id   uuid        not null,
    started_on  date        not null,
    ended_on    date,
    hours_used  numeric(5, 1)
);
create index eligibility_ledger_worker on eligibility_ledger (worker_ref, scheme_code, started_on);

-- The ledger's HMAC secret, encrypted under a SYSTEM data key: a database dump alone cannot link entries to accounts.
create table eligibility_ledger_secret (
    id         uuid        primary key,
    secret     bytea       not null,
    created_at timestamptz not null
);
