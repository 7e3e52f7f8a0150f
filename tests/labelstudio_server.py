"""A real Label Studio server for the review round-trip test: started, driven and stopped here.

The server runs from its own virtualenv (.labelstudio-venv, made by scripts/labelstudio.sh), on
loopback, on a free port, with its data (SQLite database, uploads) under the test's temporary
folder, so a test never sees a user's Label Studio. The admin user and its API token are created
non-interactively from LABEL_STUDIO_USERNAME / _PASSWORD / _USER_TOKEN (environment, not the
command line, so they do not show in `ps`); `--enable-legacy-api-token` lets the fixed token be
used as `Authorization: Token ...` (personal access tokens would need a JWT refresh dance).
Sign-up, the PyPI version check and usage analytics are switched off: the server talks to no one.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".labelstudio-venv"
TEMPLATE_DB = VENV / "template-data" / "label_studio.sqlite3"  # migrated by scripts/labelstudio.sh
START_TIMEOUT_S = 300  # a start without the template applies ~200 migrations: minutes when busy


def installed() -> bool:
    return (VENV / ".installed").exists() and (VENV / "bin" / "label-studio").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LabelStudio:
    """One server process and a tiny JSON client for its REST API."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.token = secrets.token_hex(20)
        self.log = workdir / "label-studio.log"
        self.proc: subprocess.Popen | None = None
        self.start_seconds = 0.0

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LABEL_STUDIO_", "DJANGO_"))}
        env.update({
            "LABEL_STUDIO_USERNAME": "reviewer@example.org",
            "LABEL_STUDIO_PASSWORD": secrets.token_hex(12),
            "LABEL_STUDIO_USER_TOKEN": self.token,
            "LABEL_STUDIO_BASE_DATA_DIR": str(self.workdir / "data"),
            "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
            "LABEL_STUDIO_LATEST_VERSION_CHECK": "false",
            "LABEL_STUDIO_COLLECT_ANALYTICS": "false",
            "LABEL_STUDIO_HOST": self.url,
        })
        return env

    def start(self) -> None:
        """Start and wait until /health/ answers and the token is accepted (or raise with the log)."""
        cmd = [str(VENV / "bin" / "label-studio"), "start", "--no-browser", "--internal-host", "127.0.0.1",
               "--port", str(self.port), "--data-dir", str(self.workdir / "data"),
               "--enable-legacy-api-token"]
        began = time.monotonic()
        (self.workdir / "data").mkdir(parents=True, exist_ok=True)
        if TEMPLATE_DB.exists():  # an empty, already migrated database: no migrations at start
            shutil.copyfile(TEMPLATE_DB, self.workdir / "data" / TEMPLATE_DB.name)
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(cmd, cwd=self.workdir, env=self._env(), stdout=log,
                                         stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                         start_new_session=True)
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"label-studio exited with {self.proc.returncode}:\n{self.log_tail()}")
            if self._healthy():
                break
            if time.monotonic() - began > START_TIMEOUT_S:
                self.stop()
                raise RuntimeError(f"label-studio not healthy after {START_TIMEOUT_S} s:\n{self.log_tail()}")
            time.sleep(1)
        self.start_seconds = time.monotonic() - began
        self.api("GET", "/api/current-user/whoami")  # the token works (raises otherwise)

    def _healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/health/", timeout=5) as r:
                return r.status == 200 and json.loads(r.read()).get("status") == "UP"
        except (OSError, ValueError):
            return False

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no log)"

    def api(self, method: str, path: str, body: object = None, timeout: float = 120):
        """One API call with the legacy token; the decoded JSON answer."""
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        req = urllib.request.Request(f"{self.url}{path}", data=data, method=method, headers={
            "Authorization": f"Token {self.token}", "Content-Type": "application/json",
            "Accept": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                raw = r.read()
        except urllib.error.HTTPError as exc:
            raise RuntimeError(f"{method} {path}: HTTP {exc.code}: {exc.read()[:500]!r}") from None
        return json.loads(raw) if raw else None

    def stop(self) -> None:
        """SIGTERM to the server's process group, SIGKILL after 20 s."""
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=20)
        except ProcessLookupError:
            pass
