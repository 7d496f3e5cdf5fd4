-- Which operators a fund offers under a scheme, and for which days (valid_to empty: until further notice).
-- Keyed by the scheme's code, so that a selection holds across the scheme's versions. (This migration runs
-- before the scheme table exists, hence no foreign key on the code.)
create table scheme_operator (
    id          uuid        primary key,
    scheme_code varchar(60) not null,
    operator_id uuid        not null references operator (id),
    valid_from  date        not null,
    valid_to    date,
    created_by  uuid        not null,
    created_at  timestamptz not null,
    check (valid_to is null or valid_to >= valid_from)
);
create index scheme_operator_code on scheme_operator (scheme_code, valid_from);
