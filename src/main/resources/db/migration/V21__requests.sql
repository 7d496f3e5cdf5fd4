-- The worker's request. Eligibility data (scheme, sector, status) is administration the fund reads;
-- the reasons, in the worker's own words, are content encrypted under the bilan's key.
create table bilan_request (
    bilan_id          uuid primary key references bilan (id),
    submission_key    uuid         not null unique,
    worker_id         uuid         not null,
    scheme_id         uuid         not null,
    fund_id           uuid,
    joint_committee   varchar(20)  not null,
    company_number    varchar(20)  not null,
    work_status       varchar(30)  not null,
    working_hours     boolean      not null,
    employer_agreed   boolean      not null default false,
    reasons           bytea,
    language          varchar(5)   not null,
    region            varchar(60)  not null,
    modality          varchar(20)  not null,
    submitted_at      timestamptz  not null,
    decision          varchar(30)  not null default 'PENDING',
    decided_at        timestamptz,
    decided_by        uuid,
    decision_note     varchar(2000)
);
create index bilan_request_pending on bilan_request (decision, submitted_at);
create index bilan_request_fund on bilan_request (fund_id, decision, submitted_at);
