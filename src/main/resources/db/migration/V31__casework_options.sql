-- Options (pistes) weighed with the worker: every text encrypted under the bilan's key, each column bound to
-- its own name and row. Rank orders the open options; a dropped option keeps its reason. version guards edits (R1).
create table casework_option (
    id              uuid primary key,
    bilan_id        uuid        not null references bilan (id),
    description     bytea       not null,
    pros            bytea       not null,
    cons            bytea       not null,
    realism         bytea       not null,
    missing         bytea       not null,
    rank            int         not null,
    dropped_reason  bytea,
    dropped_at      timestamptz,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null default 0
);
create index casework_option_bilan on casework_option (bilan_id, rank);
