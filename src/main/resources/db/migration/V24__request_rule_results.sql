-- What the rules need from the request, and the result of each rule of the scheme version, kept per request.
alter table bilan_request add column experience_years int check (experience_years between 0 and 60);
alter table bilan_request add column residence_region varchar(20);
alter table bilan_request add column rule_verdict varchar(20);

create table request_rule_result (
    bilan_id     uuid        not null references bilan (id),
    position     int         not null,
    rule_type    varchar(40) not null,
    outcome      varchar(20) not null,
    reason_key   varchar(100) not null,
    reason_args  text[]      not null,
    evaluated_at timestamptz not null,
    primary key (bilan_id, position)
);
create index bilan_request_verdict on bilan_request (fund_id, decision, rule_verdict, submitted_at);
