-- The co-written synthesis of a bilan. Every save makes a new revision (kept for ever, until the bilan's content
-- is destroyed); a revision is validated when both the counsellor and the worker validated it, and is then frozen.
-- Section texts and the snapshot of the action plan are one encrypted JSON document per revision.
create table synthesis_revision (
    id                       uuid primary key,
    bilan_id                 uuid        not null references bilan (id),
    number                   integer     not null,
    body                     bytea       not null,
    author_id                uuid        not null,
    saved_at                 timestamptz not null,
    counsellor_validated_at  timestamptz,
    worker_validated_at      timestamptz,
    unique (bilan_id, number)
);

-- Comments on a section, by the worker or the counsellor, on the revision they read.
create table synthesis_comment (
    id               uuid primary key,
    bilan_id         uuid        not null references bilan (id),
    section          varchar(40) not null,
    revision_number  integer     not null,
    author_id        uuid        not null,
    body             bytea       not null,
    written_at       timestamptz not null
);
create index synthesis_comment_bilan on synthesis_comment (bilan_id, written_at);

-- The instrument results the worker agreed to include in the synthesis.
create table synthesis_instrument_choice (
    bilan_id       uuid        not null references bilan (id),
    assignment_id  uuid        not null,
    chosen_at      timestamptz not null,
    primary key (bilan_id, assignment_id)
);

-- The action plan: texts encrypted as one JSON document; the worker keeps updating the status after the bilan.
create table synthesis_action (
    id                 uuid primary key,
    bilan_id           uuid        not null references bilan (id),
    priority           integer     not null,
    body               bytea       not null,
    target_date        date,
    status             varchar(20) not null,
    status_changed_at  timestamptz not null,
    created_at         timestamptz not null,
    version            bigint      not null default 0
);
create index synthesis_action_bilan on synthesis_action (bilan_id, priority, created_at);

-- Shares of a validated revision with one named recipient; only hashes of the link's token and of the code.
create table synthesis_share (
    id               uuid primary key,
    bilan_id         uuid        not null references bilan (id),
    revision_number  integer     not null,
    recipient        bytea       not null,
    token_hash       varchar(64) not null unique,
    code_hash        varchar(64) not null,
    expires_on       date        not null,
    created_at       timestamptz not null,
    revoked_at       timestamptz,
    failed_attempts  integer     not null default 0,
    blocked_until    timestamptz
);
create index synthesis_share_bilan on synthesis_share (bilan_id, created_at);

-- Each opening of a share (a right code), shown to the worker.
create table synthesis_share_opening (
    id         uuid primary key,
    share_id   uuid        not null references synthesis_share (id),
    bilan_id   uuid        not null references bilan (id),
    opened_at  timestamptz not null
);
create index synthesis_share_opening_share on synthesis_share_opening (share_id, opened_at);
