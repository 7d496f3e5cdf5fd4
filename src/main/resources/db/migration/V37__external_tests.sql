-- External tests taken in a bilan (MBTI, Strong, NEO, cognitive batteries ...): only a record of them, never their
-- items or keys. Every text is content, encrypted under the bilan's key; the report is a file of the file store.
create table external_test (
    id             uuid primary key,
    bilan_id       uuid        not null references bilan (id),
    taken_on       date        not null,
    name           bytea,
    publisher      bytea,
    test_version   bytea,
    administrator  bytea,
    scores         bytea,
    shared_reading bytea,
    report_file    uuid,
    created_by     uuid        not null,
    created_at     timestamptz not null
);
create index external_test_bilan on external_test (bilan_id, taken_on);
