-- Accounts whose password was issued by the operator (initial password): such a person must set their own
-- password before working (README "Operator guide", onboarding). Valid on H2 2.x and PostgreSQL.
create table cchc_account (
  user_id     varchar(255) primary key,
  must_change boolean      not null,
  issued_at   timestamp with time zone not null,
  changed_at  timestamp with time zone
);
