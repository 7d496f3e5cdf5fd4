-- Why the fund refused a request: a code of a short fixed list (request.RefusalReason), shown to the worker in
-- their language; the officer's free text stays in bilan_request.decision_note. Administration, no content.
-- (This migration runs before the bilan table exists, hence no foreign key.)
create table request_refusal (
    bilan_id    uuid        primary key,
    reason_code varchar(40) not null
);
