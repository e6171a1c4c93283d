#!/usr/bin/env bash
# Set up and run quizapp on http://127.0.0.1:5000 (SQLite in instance/, seed content loaded).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/pip install --quiet --disable-pip-version-check -e .
.venv/bin/flask --app quizapp setup

echo "quizapp is running at http://127.0.0.1:5000  (Ctrl-C to stop)"
# Two worker processes (one per core); login limits are counted in the database, so
# every worker sees the same counts.
exec .venv/bin/gunicorn --workers 2 --bind 127.0.0.1:5000 --access-logfile - 'quizapp:create_app()'
