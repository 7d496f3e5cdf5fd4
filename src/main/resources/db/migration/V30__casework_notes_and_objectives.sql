-- Session notes: the counsellor's own (the worker obtains them only through their data export).
-- The text is encrypted under the bilan's key and bound to its row; nothing about it is indexed in clear.
create table casework_note (
    id          uuid primary key,
    bilan_id    uuid        not null references bilan (id),
    author_id   uuid        not null,
    body        bytea       not null,
    written_at  timestamptz not null
);
create index casework_note_bilan on casework_note (bilan_id, written_at);

-- Objectives written together by the worker and the counsellor; version guards concurrent edits (R1).
create table casework_objective (
    id          uuid primary key,
    bilan_id    uuid        not null references bilan (id),
    body        bytea       not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0
);
create index casework_objective_bilan on casework_objective (bilan_id, created_at);

-- Comments on an objective (mostly the worker's).
create table casework_objective_comment (
    id            uuid primary key,
    objective_id  uuid        not null references casework_objective (id) on delete cascade,
    bilan_id      uuid        not null references bilan (id),
    author_id     uuid        not null,
    body          bytea       not null,
    written_at    timestamptz not null
);
create index casework_objective_comment_objective on casework_objective_comment (objective_id, written_at);
