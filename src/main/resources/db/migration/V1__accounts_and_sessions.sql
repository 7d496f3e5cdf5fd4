-- Accounts and roles. E-mail addresses are stored in lower case and are unique.
create table account (
    id            uuid primary key,
    email         varchar(254) not null unique,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    locale        varchar(10)  not null default 'fr',
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);

create table account_role (
    account_id uuid        not null references account (id) on delete cascade,
    role       varchar(30) not null,
    primary key (account_id, role)
);

-- Spring Session JDBC: sessions shared by every application instance.
create table spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null unique,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(254)
);
create index spring_session_expiry on spring_session (expiry_time);
create index spring_session_principal on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
