#!/bin/sh
# Run once by the postgres image when it initialises an empty data volume (docker-compose.yml mounts it
# into /docker-entrypoint-initdb.d). Creates the role the app connects as. The schema belongs to
# POSTGRES_USER, whose connection string the app uses only to migrate and then to grant this role row
# access (ADR 12): the app itself can neither alter tables nor switch off the audit trail's triggers.
set -eu
psql -v ON_ERROR_STOP=1 -q -v app_password="$APP_DB_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE casetracker_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
SQL
