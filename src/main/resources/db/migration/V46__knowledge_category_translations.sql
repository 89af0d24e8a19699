-- Knowledge categories in the help center's languages: an optional description for the category's default name,
-- and per language (en, zh-Hans, zh-Hant, ko) a translated name with an optional description. A language without a
-- row shows the default name. Portable between H2 (MODE=PostgreSQL) and PostgreSQL.
alter table knowledge_categories add column description varchar(1000);

create table knowledge_category_translations (
    category_id  uuid not null references knowledge_categories (id) on delete cascade,
    workspace_id uuid not null references workspaces (id),
    language     varchar(10) not null,
    name         varchar(200) not null,
    description  varchar(1000),
    constraint knowledge_category_translations_pk primary key (category_id, language)
);
create index knowledge_category_translations_workspace on knowledge_category_translations (workspace_id);
