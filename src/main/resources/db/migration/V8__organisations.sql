-- Funds and operators, and who works for them.
create table fund (
    id         uuid primary key,
    name       varchar(200) not null,
    short_name varchar(40)  not null
);

create table operator (
    id            uuid primary key,
    name          varchar(200) not null,
    regions       text[]       not null default '{}',
    languages     text[]       not null default '{}',
    modalities    text[]       not null default '{}',
    capacity      int          not null default 0,
    contact_email varchar(254),
    contact_phone varchar(40)
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

create table counsellor (
    operator_id uuid    not null references operator (id),
    account_id  uuid    not null references account (id),
    capacity    int     not null default 12,
    languages   text[]  not null default '{fr}',
    active      boolean not null default true,
    primary key (operator_id, account_id)
);
create index counsellor_account on counsellor (account_id);
