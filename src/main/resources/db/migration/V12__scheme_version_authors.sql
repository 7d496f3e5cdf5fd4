-- Who saved each version of a scheme, and when (the shipped examples have no row). (Runs before the scheme
-- table exists, hence no foreign key.)
create table scheme_version_author (
    scheme_id  uuid        primary key,
    created_by uuid        not null,
    created_at timestamptz not null
);
