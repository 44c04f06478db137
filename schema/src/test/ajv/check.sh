#!/bin/sh
# Compiles every exported schema with ajv in strict mode, the yardstick of issue 5.
# Not part of `mvn verify` (it needs Node and the npm registry). Run from the repository root:
#   mvn -B -q -pl schema -am install -DskipTests     # writes schema/target/schemas
#   schema/src/test/ajv/check.sh
set -eu
module=$(cd "$(dirname "$0")/../../.." && pwd)
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
npm install --silent --no-audit --no-fund --prefix "$tools" ajv-cli@5 >/dev/null
ajv="$tools/node_modules/.bin/ajv"
status=0
# generic schemas, the built-in templates' schemas (target/schemas/templates/…) and the golden files
for file in $(find "$module"/target/schemas "$module"/src/test/resources/golden -name '*.json' | sort); do
  case "$file" in
    *-7.json) spec=draft7 ;;
    *) spec=draft2020 ;;
  esac
  "$ajv" compile --strict=true --spec="$spec" -s "$file" || status=1
done
exit $status
