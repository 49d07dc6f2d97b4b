"""The admin's import as background jobs: the uploaded file is checked (a dry run), then imported
when the person confirms. Each step runs in a thread that writes its progress to the shared cache
(Redis in production, so that any worker can answer the page's polling), and the page shows a
progress bar.

Between the steps the file waits in a private directory under a random name, referenced by a
signed, expiring token bound to the user: nothing the browser sends is used as a path, and
claiming the file (an atomic rename) makes a second «Importer» find nothing.

A worker that dies mid-import leaves its transaction uncommitted, so nothing is saved; its job
stops reporting and is shown as stopped after STALE_SECONDS.
"""

import logging
import re
import secrets
import tempfile
import threading
import time
from pathlib import Path

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import close_old_connections, connections
from django.utils import translation
from django.utils.translation import gettext as _

from surveys import importing

logger = logging.getLogger(__name__)

# How long an uploaded, checked file may wait for «Importer», and a job's state is kept.
KEEP_SECONDS = 6 * 3600
# A running job that has not reported progress for this long died with its worker.
STALE_SECONDS = 120
PROGRESS_INTERVAL = 0.3
RANDOM_ID = re.compile(r"^[0-9a-f]{32}$")
JOB_KEY = "surveys:import-job:{}"
TOKEN_SALT = "surveys.importing.jobs.file"  # noqa: S105 – a signing salt, not a password

RUNNING, DONE, FAILED = "running", "done", "failed"


# --- The waiting file ------------------------------------------------------------------------------------------


def upload_dir() -> Path:
    directory = Path(getattr(settings, "SURVEY_IMPORT_DIR", None) or Path(tempfile.gettempdir()) / "kfl-kartlegging")
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    return directory


def _forget_old_files(directory: Path) -> None:
    limit = time.time() - KEEP_SECONDS
    for path in directory.glob("*"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            pass  # another worker removed it first


def _store_upload(upload) -> Path:
    """Keep the uploaded file under a new random name."""
    directory = upload_dir()
    _forget_old_files(directory)
    path = directory / f"{secrets.token_hex(16)}.upload"
    with open(path, "xb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return path


def _file_token(*, path: Path, user, filename: str) -> str:
    return signing.dumps({"file": path.name.split(".", 1)[0], "user": user.pk, "name": filename}, salt=TOKEN_SALT)


def _claim_file(*, token: str, user) -> tuple[Path, str] | None:
    """The waiting file the token names, taken so that it is imported once only; or None."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=KEEP_SECONDS)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("user") != user.pk or not RANDOM_ID.match(str(data.get("file", ""))):
        return None
    directory = upload_dir()
    claimed = directory / f"{data['file']}.running"
    try:
        # Atomic: of two clicks on «Importer», one gets the file and the other nothing.
        (directory / f"{data['file']}.upload").rename(claimed)
    except OSError:
        return None
    return claimed, str(data.get("name", ""))


# --- Jobs ---------------------------------------------------------------------------------------------------


def start_check(*, upload, user) -> str:
    """Keep the uploaded file and check it (a dry run); return the job's id."""
    filename = Path(upload.name or "").name[:255]
    return _start(path=_store_upload(upload), filename=filename, user=user, dry_run=True)


def start_import(*, token: str, user) -> str | None:
    """Import the checked file the token names; None if it is gone, taken, expired or someone else's."""
    claimed = _claim_file(token=token, user=user)
    if claimed is None:
        return None
    path, filename = claimed
    return _start(path=path, filename=filename, user=user, dry_run=False)


def _job_key(job_id: str) -> str:
    return JOB_KEY.format(job_id)


def get_job(job_id: str, user) -> dict | None:
    """The user's own job, or None."""
    if not RANDOM_ID.match(job_id):
        return None
    job = cache.get(_job_key(job_id))
    if not job or job.get("user") != user.pk:
        return None
    if job["state"] == RUNNING and time.time() - job["heartbeat"] > STALE_SECONDS:
        job.update(
            state=FAILED,
            message=_("Importen stoppet før den var ferdig (tjenesten ble startet på nytt?). Ingenting er lagret."),
        )
    return job


def save_job(job: dict) -> None:
    cache.set(_job_key(job["id"]), job, KEEP_SECONDS)


def _start(*, path: Path, filename: str, user, dry_run: bool) -> str:
    job = {
        "id": secrets.token_hex(16),
        "user": user.pk,
        "filename": filename,
        "dry_run": dry_run,
        "state": RUNNING,
        "phase": importing.READING,
        "done": 0,
        "total": 0,
        "heartbeat": time.time(),
        "report": None,
        "token": None,
        "message": "",
    }
    save_job(job)
    arguments = (job, path, user, translation.get_language())
    if getattr(settings, "SURVEY_IMPORT_IN_BACKGROUND", True):
        # Not a daemon: a worker shutting down gracefully lets the import finish.
        threading.Thread(target=_run_in_thread, args=arguments, name=f"survey-import-{job['id'][:8]}").start()
    else:
        _run(*arguments)
    return job["id"]


def _run_in_thread(*arguments) -> None:
    close_old_connections()
    try:
        _run(*arguments)
    finally:
        connections.close_all()  # this thread's own connections


def _run(job: dict, path: Path, user, language: str) -> None:
    last_saved = 0.0

    def progress(phase: str, done: int, total: int) -> None:
        nonlocal last_saved
        now = time.monotonic()
        if phase != job["phase"] or done >= total or now - last_saved >= PROGRESS_INTERVAL:
            job.update(phase=phase, done=done, total=total, heartbeat=time.time())
            save_job(job)
            last_saved = now

    keep_file = False
    try:
        with translation.override(language):
            report = importing.survey_import(
                data=path.read_bytes(),
                filename=job["filename"],
                dry_run=job["dry_run"],
                user=user,
                progress=progress,
            )
            job.update(state=DONE, report=report.as_dict(), heartbeat=time.time())
            if job["dry_run"] and report.ok and report.rows:
                job["token"] = _file_token(path=path, user=user, filename=job["filename"])
                keep_file = True
    except Exception:
        logger.exception("Import av kartlegging feilet: %s", job["filename"])
        job.update(
            state=FAILED,
            message=_("Importen stoppet på grunn av en feil. Ingenting er lagret. Feilen er logget."),
        )
    finally:
        save_job(job)
        if not keep_file:
            path.unlink(missing_ok=True)


def job_status(job: dict) -> dict:
    """What the page's script needs to draw the progress bar."""
    phase = importing.phase_label(job["phase"])
    text = phase
    if job["total"]:
        text = _("%(phase)s: %(done)s av %(total)s rader") % {
            "phase": phase,
            "done": job["done"],
            "total": job["total"],
        }
    return {
        "state": job["state"],
        "text": text,
        "done": job["done"],
        "total": job["total"],
        "percent": min(100, int(100 * job["done"] / job["total"])) if job["total"] else 0,
    }
