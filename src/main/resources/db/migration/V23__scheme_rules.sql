-- The rules of each scheme version: a known type (be.balise.scheme.RuleType) with its parameters as JSON.
-- A new version of a scheme is a new scheme row with its own rules; a bilan keeps the row it was requested under.
create table scheme_rule (
    scheme_id  uuid        not null references scheme (id),
    position   int         not null,
    rule_type  varchar(40) not null,
    params     jsonb       not null,
    primary key (scheme_id, position)
);

-- APEF / FE.BI: the funds' own figures are not public; these are EXAMPLES the fund officer replaces.
insert into scheme_rule (scheme_id, position, rule_type, params) values
('6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e01', 1, 'JOINT_COMMITTEES', '{"committees": ["304", "318", "319", "327", "329", "330", "331", "332", "337"], "example": true}'),
('6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e01', 2, 'STATUSES', '{"statuses": ["FULL_TIME", "PART_TIME", "SICK_LEAVE", "NOTICE_PERIOD"]}'),
('6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e01', 3, 'RESIDENCE_REGIONS', '{"regions": ["BRUSSELS", "WALLONIA", "FLANDERS"]}'),
('6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e01', 4, 'MIN_YEARS_SINCE_LAST', '{"years": 5, "example": true}'),
('6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e01', 5, 'EXPECTED_DURATION', '{"months": 6, "example": true}'),
('6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e01', 6, 'FUND_PAYS', '{"basis": "PER_BILAN", "amountEur": 1500, "example": true}');

-- France: at most 24 hours, 10 days to sign, one optional follow-up (scheme row); paid by the hour (example figure).
insert into scheme_rule (scheme_id, position, rule_type, params) values
('6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e02', 1, 'RESIDENCE_REGIONS', '{"regions": ["FRANCE"]}'),
('6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e02', 2, 'STATUSES', '{"statuses": ["FULL_TIME", "PART_TIME", "SICK_LEAVE", "NOTICE_PERIOD"]}'),
('6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e02', 3, 'EXPECTED_DURATION', '{"months": 3}'),
('6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e02', 4, 'FUND_PAYS', '{"basis": "PER_HOUR", "amountEur": 100, "example": true}');

-- Flanders loopbaancheque: 7 h per 6 years in two cheques (4 h, then 3 h), each with a POP; 7 years of work.
insert into scheme_rule (scheme_id, position, rule_type, params) values
('6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e03', 1, 'MIN_EXPERIENCE_YEARS', '{"years": 7}'),
('6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e03', 2, 'RESIDENCE_REGIONS', '{"regions": ["FLANDERS", "BRUSSELS"]}'),
('6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e03', 3, 'HOUR_BUDGET', '{"periodYears": 6, "parts": [{"hours": 4, "document": "POP"}, {"hours": 3, "document": "POP"}]}'),
('6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e03', 4, 'FUND_PAYS', '{"basis": "PER_HOUR", "amountEur": 50, "example": true}');
