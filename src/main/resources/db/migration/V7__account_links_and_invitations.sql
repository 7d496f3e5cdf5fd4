-- Accounts created by sign-up wait for the confirmation of their address; accounts created otherwise
-- (demo data, invitations, whose link already proves the address) are confirmed from the start.
alter table account add column email_confirmed boolean not null default true;

-- Single-use links sent by e-mail: sign-up confirmation, password reset, change of address.
-- Only the SHA-256 of each token is stored, so reading the table gives no usable link.
create table account_token (
    token_hash char(64)     primary key,
    purpose    varchar(30)  not null,
    account_id uuid         not null references account (id) on delete cascade,
    new_email  varchar(254),
    created_at timestamptz  not null,
    expires_at timestamptz  not null,
    used_at    timestamptz
);
create index account_token_account on account_token (account_id, purpose);

-- Invitations of staff: the role to grant and the fund or operator it is for (an id identity does not
-- interpret; the organisation module records the membership when the invitation is accepted).
create table invitation (
    id          uuid         primary key,
    token_hash  char(64)     not null unique,
    email       varchar(254) not null,
    role        varchar(30)  not null,
    scope_id    uuid,
    scope_name  varchar(200) not null,
    invited_by  uuid         not null references account (id),
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    accepted_at timestamptz,
    accepted_by uuid         references account (id)
);
create index invitation_pending on invitation (scope_id) where accepted_at is null;

create index account_display_name on account (lower(display_name));
