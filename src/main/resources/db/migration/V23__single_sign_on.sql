-- Single sign-on with OpenID Connect (issue 10). Portable between H2 (MODE=PostgreSQL) and PostgreSQL.

-- One identity provider per workspace. The client secret is sealed with the installation's key.
create table sso_providers (
    workspace_id       uuid primary key references workspaces (id),
    enabled            boolean not null,
    issuer             varchar(500) not null,
    client_id          varchar(300) not null,
    client_secret      varchar(2000),
    scopes             varchar(500) not null,
    role_claim         varchar(100) not null,
    default_role       varchar(20) not null,
    just_in_time_users boolean not null,
    updated_at         timestamp with time zone not null
);

-- A claim value (e.g. one of the 'groups') and the role it gives.
create table sso_role_mappings (
    workspace_id uuid not null references workspaces (id),
    claim_value  varchar(200) not null,
    role         varchar(20) not null,
    primary key (workspace_id, claim_value)
);

-- Which workspace's provider a work email's domain signs in with; a domain belongs to one workspace.
create table sso_email_domains (
    domain       varchar(253) primary key,
    workspace_id uuid not null references workspaces (id)
);
create index sso_email_domains_workspace on sso_email_domains (workspace_id);

-- Sign-ins under way between the redirect to the provider and its answer, shared by all nodes: the state,
-- the nonce, the PKCE verifier and a hash of the browser-binding cookie. Each row is used once.
create table sso_logins (
    state         varchar(64) primary key,
    workspace_id  uuid not null references workspaces (id),
    nonce         varchar(64) not null,
    code_verifier varchar(128) not null,
    binding_hash  varchar(64) not null,
    redirect_uri  varchar(600) not null,
    expires_at    timestamp with time zone not null
);
create index sso_logins_expiry on sso_logins (expires_at);

-- How a browser session was signed in: 'password' or 'sso' (the provider is trusted for the second factor).
alter table staff_sessions add column method varchar(20) not null default 'password';
