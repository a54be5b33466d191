#!/usr/bin/env bash
# Adds a migration named $1 for BOTH providers (SQLite and PostgreSQL), each into its own folder.
# Needs the EF tool: dotnet tool install --global dotnet-ef --version 10.0.15
# Usage (from anywhere): src/ArvexLab.Graph.Server/Data/add-migration.sh AddVendorContracts
set -euo pipefail

name="${1:?usage: add-migration.sh <MigrationName>}"
project_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$PATH:$HOME/.dotnet/tools"

cd "$project_dir"
dotnet build --nologo -v q
# No --namespace: EF derives it from the folder (ArvexLab.Graph.Server.Data.Migrations.<Provider>), and
# with --namespace it would write the model snapshot into a folder named after the namespace instead.
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build \
    --context "${provider}GraphDbContext" \
    --output-dir "Data/Migrations/${provider}"
done
echo "Added migration $name for Sqlite and Postgres. Review both before committing."
