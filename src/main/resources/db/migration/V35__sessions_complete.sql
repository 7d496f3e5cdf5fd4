-- Sessions complete: modality, who cancelled, the planning counsellor (for their calendar feed), the worker
-- (for reminders sent by a job that acts for nobody) and an
-- iCalendar sequence that grows with each move, so calendar applications replace the old event.
alter table bilan_session
    add column modality      varchar(20) not null default 'IN_PERSON',
    add column cancelled_by  varchar(20),
    add column counsellor_id uuid references account (id),
    add column worker_id     uuid references account (id),
    add column sequence      int         not null default 0;
create index bilan_session_counsellor on bilan_session (counsellor_id, starts_at);
create index bilan_session_planned on bilan_session (starts_at) where status = 'PLANNED';

-- Where a session takes place (an address, a video link, a phone number): content, encrypted.
create table session_place (
    session_id uuid primary key references bilan_session (id),
    bilan_id   uuid  not null references bilan (id),
    ciphertext bytea not null
);
create index session_place_bilan on session_place (bilan_id);

-- A worker's request to move a session; the reason is content, encrypted.
create table session_move_request (
    id            uuid primary key,
    session_id    uuid        not null references bilan_session (id),
    bilan_id      uuid        not null references bilan (id),
    reason_cipher bytea       not null,
    asked_at      timestamptz not null,
    settled_at    timestamptz
);
create index session_move_request_bilan on session_move_request (bilan_id, asked_at);

-- The rhythm agreed between worker and counsellor: one session every n weeks.
create table bilan_rhythm (
    bilan_id    uuid primary key references bilan (id),
    every_weeks int         not null check (every_weeks between 1 and 8),
    updated_at  timestamptz not null
);

-- One reminder per session and start time: the primary key makes a second one impossible, even when two
-- instances run the job or the job runs twice; a moved session gets a reminder for its new time.
create table session_reminder (
    session_id uuid        not null references bilan_session (id),
    starts_at  timestamptz not null,
    outbox_id  uuid        not null,
    primary key (session_id, starts_at)
);

-- A counsellor's private calendar feed: only the SHA-256 of the secret token is kept. No foreign key on the
-- account: the feed checks the account (a counsellor, enabled) on every read.
create table calendar_feed (
    counsellor_id uuid primary key,
    token_sha256  bytea       not null unique,
    created_at    timestamptz not null
);
