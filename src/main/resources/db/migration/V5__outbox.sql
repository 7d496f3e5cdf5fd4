-- The outbox (ARCHITECTURE.md "Outbox and mail"): messages are written in the transaction of the change
-- that causes them and sent later, at least once, always under the same Message-ID. Bodies are
-- notifications, never bilan content; messages about a bilan are deleted with its content (bilan_id).
create table outbox_message (
    id              uuid         primary key,
    message_id      varchar(300) not null unique,
    recipient       varchar(320) not null,
    subject         varchar(300) not null,
    body            text         not null,
    bilan_id        uuid,
    queued_at       timestamptz  not null,
    status          varchar(10)  not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(300),
    sent_at         timestamptz
);
create index outbox_message_due on outbox_message (next_attempt_at) where status = 'PENDING';
create index outbox_message_bilan on outbox_message (bilan_id) where bilan_id is not null;
create index outbox_message_queued on outbox_message (queued_at desc);

create table outbox_attachment (
    message    uuid         not null references outbox_message (id) on delete cascade,
    position   int          not null,
    file_name  varchar(200) not null,
    media_type varchar(200) not null,
    content    bytea        not null,
    primary key (message, position)
);
