-- Agents' stored work rules (issue 13): named break rule sets, contract templates that name one, and per agent the
-- template, overrides of its terms, weekly availability with dated exceptions (plus a change awaiting approval) and
-- preferences. Terms, availability and preferences are JSON documents the application validates.
create table workforce_break_rule_sets (
    id           uuid primary key,
    workspace_id uuid not null,
    name         varchar(100) not null,
    tiers        varchar(4000) not null,
    created_at   timestamp with time zone not null,
    unique (workspace_id, name)
);

create table workforce_contract_templates (
    id                uuid primary key,
    workspace_id      uuid not null,
    name              varchar(100) not null,
    terms             varchar(4000) not null,
    break_rule_set_id uuid references workforce_break_rule_sets (id) on delete set null,
    created_at        timestamp with time zone not null,
    unique (workspace_id, name)
);

create table workforce_agent_work_rules (
    workspace_id         uuid not null,
    user_id              uuid not null,
    contract_template_id uuid references workforce_contract_templates (id) on delete set null,
    overrides            varchar(4000) not null,
    availability         varchar(8000) not null,
    pending_availability varchar(8000),
    pending_since        timestamp with time zone,
    preferences          varchar(4000) not null,
    updated_at           timestamp with time zone not null,
    updated_by           uuid not null,
    primary key (workspace_id, user_id)
);
