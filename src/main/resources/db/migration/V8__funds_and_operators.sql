-- Funds and operators, created by the platform admin, and who works for them. Accounts belong to identity;
-- these tables only point at them.
create table fund (
    id         uuid         primary key,
    name       varchar(200) not null unique,
    short_name varchar(40)  not null,
    created_at timestamptz  not null
);

-- regions, languages and modalities are codes of the organisation module's enums.
create table operator (
    id            uuid          primary key,
    name          varchar(200)  not null unique,
    regions       varchar(20)[] not null,
    languages     varchar(5)[]  not null,
    modalities    varchar(20)[] not null,
    capacity      integer       not null check (capacity >= 0),
    contact_email varchar(254)  not null,
    contact_phone varchar(40)   not null,
    created_at    timestamptz   not null
);

create table fund_officer (
    fund_id    uuid not null references fund (id),
    account_id uuid not null references account (id),
    primary key (fund_id, account_id)
);
create index fund_officer_account on fund_officer (account_id);

create table operator_admin (
    operator_id uuid not null references operator (id),
    account_id  uuid not null references account (id),
    primary key (operator_id, account_id)
);
create index operator_admin_account on operator_admin (account_id);

-- A counsellor works for one operator; capacity is the number of open bilans they can conduct at once.
create table counsellor (
    account_id  uuid         primary key references account (id),
    operator_id uuid         not null references operator (id),
    active      boolean      not null default true,
    capacity    integer      not null check (capacity >= 0),
    languages   varchar(5)[] not null,
    joined_at   timestamptz  not null
);
create index counsellor_operator on counsellor (operator_id);

-- What the operator admin said about a counsellor they invited, applied when the invitation is accepted.
create table counsellor_invitation (
    invitation_id uuid         primary key,
    operator_id   uuid         not null references operator (id),
    capacity      integer      not null check (capacity >= 0),
    languages     varchar(5)[] not null
);
