#!/usr/bin/env bash
# Style rules that a tool can check: no line over 120 columns in code and build files, no
# open-work marks, every diagnostic code in the catalogue documented, and whitespace as
# .editorconfig says (dotnet format).
set -uo pipefail
status=0
wide=$(git ls-files 'src/*.cs' 'tests/*.cs' '*.props' '*.targets' '*.csproj' \
  | xargs awk 'length > 120 { print FILENAME ":" FNR ": " length " columns" }')
if [ -n "$wide" ]; then echo "Lines over 120 columns:"; echo "$wide"; status=1; fi
marks=$(git grep -n -I -E '\b(TODO|FIXME|HACK|UNDONE)\b' -- src tests build examples ':!build/check-style.sh')
if [ -n "$marks" ]; then echo "Open-work marks (write a Limitation: comment instead):"; echo "$marks"; status=1; fi
catalogue=$(git grep -h -o -E '"TT[0-9]{4}"' -- 'src/*.cs' | tr -d '"' | sort -u)
documented=$(grep -h -o -E '^\| TT[0-9]{4}' docs/diagnostics.md | tr -d '| ' | sort -u)
missing=$(comm -23 <(echo "$catalogue") <(echo "$documented"))
extra=$(comm -13 <(echo "$catalogue") <(echo "$documented"))
if [ -n "$missing" ]; then echo "Codes missing from docs/diagnostics.md: $missing"; status=1; fi
if [ -n "$extra" ]; then echo "Codes in docs/diagnostics.md but not in the catalogue: $extra"; status=1; fi
if ! dotnet format whitespace TrainTasks.sln --verify-no-changes > /tmp/traintasks-format.log 2>&1; then
  echo "Whitespace differs from .editorconfig (fix with: dotnet format whitespace TrainTasks.sln):"
  head -20 /tmp/traintasks-format.log
  status=1
fi
[ $status -eq 0 ] && echo "Style checks passed."
exit $status
