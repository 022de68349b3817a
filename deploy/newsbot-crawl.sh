#!/usr/bin/env bash
# One scheduled crawl: skip if the previous run of this spider is still going, log to a file,
# raise an alert when the crawl exits non-zero (see "Scheduled crawls" in README.md).
#
#   deploy/newsbot-crawl.sh SPIDER [scrapy crawl options...]
#
# Environment: NEWSBOT_HOME (project folder, default: this script's parent), NEWSBOT_LOG_DIR
# (default: $NEWSBOT_HOME/logs), NEWSBOT_ALERT_CMD (shell command that gets the alert text on stdin;
# default: syslog via logger), NEWSBOT_SCRAPY (the scrapy executable, default: .venv/bin/scrapy).
set -uo pipefail

spider=${1:?usage: newsbot-crawl.sh SPIDER [scrapy options]}
shift
home=${NEWSBOT_HOME:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$home" || exit 2
log_dir=${NEWSBOT_LOG_DIR:-$home/logs}
mkdir -p "$log_dir"
log="$log_dir/$spider.log"
scrapy=${NEWSBOT_SCRAPY:-$home/.venv/bin/scrapy}

alert() {
    local text="newsbot: $1 (spider $spider on $(hostname), log $log)"
    if [ -n "${NEWSBOT_ALERT_CMD:-}" ]; then
        printf '%s\n' "$text" | sh -c "$NEWSBOT_ALERT_CMD"
    else
        logger -t newsbot -p user.err "$text" 2>/dev/null || printf '%s\n' "$text" >&2
    fi
}

exec 9>"$log_dir/.$spider.lock"
if ! flock -n 9; then
    printf '%s previous %s crawl still running; this run skipped\n' "$(date -Is)" "$spider" >>"$log"
    exit 0
fi

# The reason of an alert is read from what this run wrote to the log, never from an earlier run's.
start=$(stat -c %s "$log" 2>/dev/null || echo 0)
# stderr too: a usage error ("scrapy: error: ...") or a crash before logging starts is printed there.
"$scrapy" crawl "$spider" -s LOG_FILE="$log" -s LOG_FILE_APPEND=True "$@" 2>>"$log"
status=$?
if [ "$status" -ne 0 ]; then
    this_run=$(tail -c +"$((start + 1))" "$log")
    if [ "$status" -eq 2 ]; then
        alert "crawl could not start (exit status 2): $(grep -E 'error: |CRITICAL' <<<"$this_run" | tail -n 1)"
    else
        alert "crawl failed with exit status $status: $(grep 'Run FAILED' <<<"$this_run" | tail -n 1)"
    fi
fi
exit "$status"
