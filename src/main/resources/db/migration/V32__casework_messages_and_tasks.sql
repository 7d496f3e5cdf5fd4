-- Messages between the worker and the counsellor, one thread per bilan; the text is encrypted under the
-- bilan's key. The e-mail that tells the other person a message is waiting carries no content.
create table casework_message (
    id         uuid primary key,
    bilan_id   uuid        not null references bilan (id),
    author_id  uuid        not null,
    body       bytea       not null,
    sent_at    timestamptz not null
);
create index casework_message_bilan on casework_message (bilan_id, sent_at);

-- Tasks between sessions: set by either, ticked off by the worker with a comment (both texts encrypted).
create table casework_task (
    id            uuid primary key,
    bilan_id      uuid        not null references bilan (id),
    body          bytea       not null,
    created_at    timestamptz not null,
    done_at       timestamptz,
    done_comment  bytea
);
create index casework_task_bilan on casework_task (bilan_id, created_at);
