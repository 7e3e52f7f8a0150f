"""Install, start, stop and inspect the project's own Neo4j 5.26 Community server.

Neo4j publishes no Community tarball on Maven Central, so `install` assembles a server home from the
published jars (scripts/neo4j/pom.xml) and writes the configuration a tarball would ship. The server
runs as one JVM (`org.neo4j.server.CommunityEntryPoint`, the command `neo4j console` would exec) in
its own session, so `stop` can end exactly that process and nothing else. Credentials are generated
at install time and kept in `<home>/credentials.json` (mode 0600) so users never handle a password.

Layout of a home: conf/ data/ logs/ plugins/ import/ run/ lib/ credentials.json.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import psutil

REPO_ROOT = Path(__file__).resolve().parent.parent
POM = REPO_ROOT / "scripts" / "neo4j" / "pom.xml"
NEO4J_VERSION = "5.26.12"
MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
ADMIN_CLASS = "org.neo4j.server.startup.Neo4jAdminCommand"
PID_FILE = "run/mcfgraph-neo4j.pid"
CONSOLE_LOG = "logs/console.log"
START_TIMEOUT = float(os.environ.get("MCFGRAPH_NEO4J_START_TIMEOUT", "180"))
STOP_TIMEOUT = 60.0
USER = "neo4j"

# JVM flags from the stock 5.26 neo4j.conf; the --add-opens ones are required on JDK 17.
JVM_FLAGS: tuple[str, ...] = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+AlwaysPreTouch",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-XX:FlightRecorderOptions=stackdepth=256",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
)
HEAP = "1g"
PAGECACHE = "512m"


class Neo4jServerError(RuntimeError):
    """The server could not be installed, started or stopped; the message says why."""


def default_home() -> Path:
    """`$MCFGRAPH_NEO4J_HOME`, else `.neo4j/` at the repository root (gitignored)."""
    env = os.environ.get("MCFGRAPH_NEO4J_HOME")
    return Path(env).expanduser().resolve() if env else REPO_ROOT / ".neo4j"


def _home(home: str | os.PathLike | None) -> Path:
    return Path(home).expanduser().resolve() if home else default_home()


def credentials_path(home: str | os.PathLike | None = None) -> Path:
    return _home(home) / "credentials.json"


def read_credentials(home: str | os.PathLike | None = None) -> dict | None:
    """{"uri", "user", "password", "http_port", "bolt_port", "http_url"} or None before install."""
    path = credentials_path(home)
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------
# install
# ---------------------------------------------------------------------------------------------


def new_password() -> str:
    """128 random bits as hex: a password neo4j-admin cannot mistake for an option.

    token_urlsafe can begin with "-", which neo4j-admin's parser reads as an option and then
    reports the password as missing (an install failed so, about one in sixty-four).
    """
    return secrets.token_hex(16)


def _free_port(taken: set[int]) -> int:
    """A loopback port nobody listens on now (the OS picks it, so parallel installs do not clash)."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port not in taken:
            return port


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").exists():
        return str(Path(java_home) / "bin" / "java")
    java = shutil.which("java")
    if not java:
        raise Neo4jServerError("no `java` on PATH (Neo4j 5.26 needs JDK 17 or 21)")
    return java


_JAR = re.compile(r"^(?P<name>.+?)-(?P<version>\d[^-]*(?:-(?!\d)[A-Za-z0-9.]+)*)\.jar$")


def duplicate_jars(lib: Path) -> dict[str, list[str]]:
    """Artifacts present at more than one version in a directory (a broken classpath)."""
    seen: dict[str, list[str]] = defaultdict(list)
    for jar in sorted(lib.glob("*.jar")):
        m = _JAR.match(jar.name)
        seen[m.group("name") if m else jar.name].append(jar.name)
    return {k: v for k, v in seen.items() if len(v) > 1}


def _neo4j_conf(bolt_port: int, http_port: int) -> str:
    lines = [
        "# Written by `mcfgraph neo4j install` (graph/neo4j_server.py); rewritten on reinstall.",
        "server.default_listen_address=127.0.0.1",
        "server.default_advertised_address=127.0.0.1",
        f"server.bolt.listen_address=:{bolt_port}",
        f"server.bolt.advertised_address=:{bolt_port}",
        "server.bolt.tls_level=DISABLED",
        "server.http.enabled=true",
        f"server.http.listen_address=:{http_port}",
        f"server.http.advertised_address=:{http_port}",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=true",
        f"server.memory.heap.initial_size={HEAP}",
        f"server.memory.heap.max_size={HEAP}",
        f"server.memory.pagecache.size={PAGECACHE}",
        "dbms.usage_report.enabled=false",
        "server.directories.import=import",
        "dbms.security.procedures.unrestricted=apoc.*",
        "dbms.security.procedures.allowlist=apoc.*",
        "server.logs.config=conf/server-logs.xml",
        "server.logs.user.config=conf/user-logs.xml",
        "db.tx_log.rotation.retention_policy=2 days 2G",
        "server.windows_service_name=neo4j",
    ]
    lines += [f"server.jvm.additional={flag}" for flag in JVM_FLAGS]
    return "\n".join(lines) + "\n"


_ROLLING = """        <RollingRandomAccessFile name="{name}"
            fileName="${{config:server.directories.logs}}/{file}"
            filePattern="$${{config:server.directories.logs}}/{file}.%02i">
            <{layout} pattern="%d{{yyyy-MM-dd HH:mm:ss.SSSZ}}{{GMT+0}} %-5p {extra}%m%n"/>
            <Policies><SizeBasedTriggeringPolicy size="20 MB"/></Policies>
            <DefaultRolloverStrategy fileIndex="min" max="7"/>
        </RollingRandomAccessFile>
"""

SERVER_LOGS_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<Configuration status="ERROR" monitorInterval="30" packages="org.neo4j.logging.log4j">\n'
    "    <Appenders>\n"
    + _ROLLING.format(name="DebugLog", file="debug.log", layout="Neo4jDebugLogLayout", extra="[%c{1.}] ")
    + _ROLLING.format(name="HttpLog", file="http.log", layout="PatternLayout", extra="")
    + _ROLLING.format(name="QueryLog", file="query.log", layout="PatternLayout", extra="")
    + _ROLLING.format(name="SecurityLog", file="security.log", layout="PatternLayout", extra="")
    + "    </Appenders>\n"
    "    <Loggers>\n"
    '        <Root level="INFO"><AppenderRef ref="DebugLog"/></Root>\n'
    '        <Logger name="QueryLogger" level="INFO" additivity="false">'
    '<AppenderRef ref="QueryLog"/></Logger>\n'
    '        <Logger name="HttpLogger" level="INFO" additivity="false">'
    '<AppenderRef ref="HttpLog"/></Logger>\n'
    '        <Logger name="SecurityLogger" level="INFO" additivity="false">'
    '<AppenderRef ref="SecurityLog"/></Logger>\n'
    "    </Loggers>\n"
    "</Configuration>\n"
)

USER_LOGS_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<Configuration status="ERROR" monitorInterval="30" packages="org.neo4j.logging.log4j">\n'
    "    <Appenders>\n"
    + _ROLLING.format(name="Neo4jLog", file="neo4j.log", layout="PatternLayout", extra="")
    + '        <Console name="ConsoleAppender" target="SYSTEM_OUT">\n'
    '            <PatternLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p %m%n"/>\n'
    "        </Console>\n"
    "    </Appenders>\n"
    "    <Loggers>\n"
    '        <Root level="INFO"><AppenderRef ref="Neo4jLog"/><AppenderRef ref="ConsoleAppender"/></Root>\n'
    "    </Loggers>\n"
    "</Configuration>\n"
)


def _write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read (created 0600, never world-readable in between)."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def _lib_complete(home: Path) -> bool:
    lib = home / "lib"
    return (
        (lib / f"neo4j-{NEO4J_VERSION}.jar").exists()
        and any(lib.glob("neo4j-browser-*.jar"))
        and any((home / "plugins").glob("apoc-common-*.jar"))
    )


def _run_maven(home: Path) -> None:
    mvn = shutil.which("mvn")
    if not mvn:
        raise Neo4jServerError("no `mvn` on PATH (Maven 3.8+ assembles the server from Maven Central)")
    cmd = [mvn, "-q", "-B", "-f", str(POM), f"-Dneo4j.home={home}", "package"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-30:])
        raise Neo4jServerError(f"maven could not assemble the server ({' '.join(cmd)}):\n{tail}")
    shutil.rmtree(home / "build", ignore_errors=True)


def _admin(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    cmd = [_java(), "-cp", f"{home / 'lib'}/*", f"-Dbasedir={home}", ADMIN_CLASS, *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=home)


def install(home: str | os.PathLike | None = None) -> dict:
    """Assemble the server home, configure it and set a random initial password.

    Idempotent: jars already present are not fetched again, and an existing credentials file (with
    the ports and password the database was initialised with) is kept, so a second install is a
    no-op. Returns where things are (never the password: the CLI prints this).
    """
    home = _home(home)
    for sub in ("conf", "data", "logs", "plugins", "import", "run", "lib"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    if not _lib_complete(home):
        for generated in ("lib", "plugins"):  # jars of another version would make duplicates
            shutil.rmtree(home / generated, ignore_errors=True)
            (home / generated).mkdir()
        _run_maven(home)
    dups = duplicate_jars(home / "lib")
    if dups:
        raise Neo4jServerError(f"artifacts at two versions in {home / 'lib'}: {dups}")
    creds = read_credentials(home)
    if creds is None:
        bolt = _free_port(set())
        http = _free_port({bolt})
        creds = {
            "uri": f"bolt://127.0.0.1:{bolt}",
            "user": USER,
            "password": new_password(),
            "database": "neo4j",
            "bolt_port": bolt,
            "http_port": http,
            "http_url": f"http://127.0.0.1:{http}",
        }
    conf = home / "conf"
    (conf / "neo4j.conf").write_text(_neo4j_conf(creds["bolt_port"], creds["http_port"]), encoding="utf-8")
    (conf / "server-logs.xml").write_text(SERVER_LOGS_XML, encoding="utf-8")
    (conf / "user-logs.xml").write_text(USER_LOGS_XML, encoding="utf-8")
    if not credentials_path(home).exists():
        if (home / "data" / "dbms").exists():
            raise Neo4jServerError(
                f"{home} has a database but no credentials.json; remove {home / 'data'} to reinstall"
            )
        proc = _admin(home, "dbms", "set-initial-password", creds["password"])
        if proc.returncode != 0:
            raise Neo4jServerError(f"neo4j-admin set-initial-password failed:\n{proc.stdout}{proc.stderr}")
        _write_private(credentials_path(home), json.dumps(creds, indent=2) + "\n")
    return {
        "home": str(home),
        "version": NEO4J_VERSION,
        "bolt_uri": creds["uri"],
        "http_url": creds["http_url"],
        "browser_url": f"{creds['http_url']}/browser/",
        "credentials": str(credentials_path(home)),
    }


# ---------------------------------------------------------------------------------------------
# start / stop / status
# ---------------------------------------------------------------------------------------------


def server_command(home: str | os.PathLike | None = None) -> list[str]:
    """The JVM command line `neo4j console --dry-run` prints for this home's configuration."""
    home = _home(home)
    cp = ":".join(f"{home / d}/*" for d in ("plugins", "conf", "lib"))
    return [
        _java(), "-cp", cp, *JVM_FLAGS, "-Dfile.encoding=UTF-8", f"-Xms{HEAP}", f"-Xmx{HEAP}",
        MAIN_CLASS, f"--home-dir={home}", f"--config-dir={home / 'conf'}", "--console-mode",
    ]


def _is_ours(proc: psutil.Process, home: Path) -> bool:
    """True when the process is the JVM this module started for `home` (not a reused PID)."""
    try:
        cmd = proc.cmdline()
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        return False
    return MAIN_CLASS in cmd and f"--home-dir={home}" in cmd


def _running_process(home: Path) -> psutil.Process | None:
    pid_file = home / PID_FILE
    try:
        pid = int(pid_file.read_text().strip())
        proc = psutil.Process(pid)
    except (FileNotFoundError, ValueError, psutil.NoSuchProcess):
        return None
    if not _alive(proc) or not _is_ours(proc, home):
        return None
    return proc


def log_tail(home: str | os.PathLike | None = None, lines: int = 30) -> str:
    """The last lines of the server's console output (what neo4j.log also holds), and the first error.

    Java stack traces bury the cause, so the first ERROR line and the last "Caused by" are quoted
    before the tail.
    """
    home = _home(home)
    path = home / CONSOLE_LOG
    if not path.exists():
        return "(no log written)"
    text = path.read_text(encoding="utf-8", errors="replace").splitlines()
    session = [i for i, line in enumerate(text) if "INFO  Starting..." in line]
    text = text[session[-1]:] if session else text
    errors = [line for line in text if " ERROR " in line][:1]
    causes = [line for line in text if line.startswith("Caused by:")][-1:]
    return f"--- {path} ---\n" + "\n".join(errors + causes + ["..."] + text[-lines:])


def _bolt_ready(creds: dict) -> bool:
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError

    try:
        with GraphDatabase.driver(creds["uri"], auth=(creds["user"], creds["password"])) as driver:
            driver.verify_connectivity()
        return True
    except AuthError:
        raise
    except Exception:
        return False


def _raise_nofile() -> None:
    """Give the server the 40k file handles Neo4j asks for (as far as the hard limit allows)."""
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        want = 40000 if hard == resource.RLIM_INFINITY else min(40000, hard)
        if soft < want:
            resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    except (ValueError, OSError):
        pass


@contextlib.contextmanager
def _start_lock(home: Path):
    with open(home / "run" / "start.lock", "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def start(home: str | os.PathLike | None = None, timeout: float = START_TIMEOUT) -> dict:
    """Start the server detached and wait until Bolt answers; a no-op if it already runs."""
    home = _home(home)
    creds = read_credentials(home)
    if creds is None:
        raise Neo4jServerError(f"no server installed in {home}; run `mcfgraph neo4j install` first")
    (home / "run").mkdir(exist_ok=True)
    (home / "logs").mkdir(exist_ok=True)
    with _start_lock(home):  # two `start`s at once must not launch two JVMs on one store
        proc = _running_process(home)
        if proc is None:
            with open(home / CONSOLE_LOG, "ab") as log:
                child = subprocess.Popen(
                    server_command(home),
                    cwd=home,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,  # own session and group: survives us, stoppable alone
                    preexec_fn=_raise_nofile,
                )
            (home / PID_FILE).write_text(f"{child.pid}\n", encoding="utf-8")
            proc = psutil.Process(child.pid)
    from neo4j.exceptions import AuthError

    deadline = time.monotonic() + timeout
    while True:
        if not _alive(proc):
            _reap(proc)
            (home / PID_FILE).unlink(missing_ok=True)
            raise Neo4jServerError(f"Neo4j exited during start-up.\n{log_tail(home)}")
        try:
            if _bolt_ready(creds):
                return status(home)
        except AuthError as exc:
            raise Neo4jServerError(
                f"Neo4j runs but refuses the password in {credentials_path(home)} ({exc.message}); "
                f"the database was initialised with another one: stop the server and remove "
                f"{home / 'data'} and the credentials file, then install again"
            ) from exc
        if time.monotonic() > deadline:
            raise Neo4jServerError(
                f"Neo4j (pid {proc.pid}) did not answer on {creds['uri']} within {timeout:.0f}s; "
                f"it is left running, stop it with `mcfgraph neo4j stop`.\n{log_tail(home)}"
            )
        time.sleep(1.0)


def _alive(proc: psutil.Process) -> bool:
    try:
        return proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _reap(proc: psutil.Process) -> None:
    try:
        proc.wait(timeout=0)
    except (psutil.TimeoutExpired, psutil.NoSuchProcess, ChildProcessError):
        pass


def stop(home: str | os.PathLike | None = None, timeout: float = STOP_TIMEOUT) -> bool:
    """Stop the server this module started for `home`; False if it was not running.

    Only the PID in our PID file is signalled, and only after checking its command line is our JVM
    for this home; its process group (its own session) is then checked empty.
    """
    home = _home(home)
    proc = _running_process(home)
    if proc is None:
        (home / PID_FILE).unlink(missing_ok=True)
        return False
    pgid = proc.pid  # start_new_session made it the group leader
    proc.send_signal(signal.SIGTERM)  # Neo4j shuts down cleanly on SIGTERM
    try:
        proc.wait(timeout=timeout)
    except psutil.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)
    leftovers = [p for p in psutil.process_iter(["pid"]) if _pgid(p.pid) == pgid]
    for p in leftovers:
        p.kill()
    (home / PID_FILE).unlink(missing_ok=True)
    return True


def _pgid(pid: int) -> int | None:
    try:
        return os.getpgid(pid)
    except (ProcessLookupError, PermissionError):
        return None


def status(home: str | os.PathLike | None = None) -> dict:
    """{"installed", "running", "pid", "bolt_uri", "http_url", "home"}."""
    home = _home(home)
    creds = read_credentials(home) or {}
    proc = _running_process(home)
    return {
        "home": str(home),
        "installed": bool(creds) and _lib_complete(home),
        "running": proc is not None,
        "pid": proc.pid if proc else None,
        "bolt_uri": creds.get("uri"),
        "http_url": creds.get("http_url"),
        "browser_url": f"{creds['http_url']}/browser/" if creds else None,
    }


# ---------------------------------------------------------------------------------------------
# import (neo4j-admin database import full, through the same launcher as set-initial-password)
# ---------------------------------------------------------------------------------------------

IMPORT_NODES = ("nodes.csv", "documents.csv")
IMPORT_RELATIONSHIPS = ("relationships.csv", "mentioned_in.csv")


def import_args(folder: Path, database: str, overwrite: bool) -> list[str]:
    """The neo4j-admin arguments that import a `mcfgraph export --format csv` folder."""
    return [
        "database", "import", "full", database,
        *(["--overwrite-destination"] if overwrite else []),
        *(f"--nodes={folder / f}" for f in IMPORT_NODES),
        *(f"--relationships={folder / f}" for f in IMPORT_RELATIONSHIPS),
        "--array-delimiter=|", "--multiline-fields=false",
    ]


def import_csv(folder: str | os.PathLike, database: str = "neo4j", overwrite: bool = False,
               home: str | os.PathLike | None = None) -> str:
    """Import a CSV export into a database of this home's server; returns neo4j-admin's report.

    The managed install has no bin/neo4j-admin script, so the tool runs through the same JVM
    launcher `install` uses. neo4j-admin needs the database offline, and Community cannot stop a
    single database, so the server must be stopped. An existing database is replaced only with
    `overwrite` (what it held is lost): nothing stored is replaced silently.
    """
    home, folder = _home(home), Path(folder).expanduser().resolve()
    if read_credentials(home) is None:
        raise Neo4jServerError(f"no server installed in {home}; run `mcfgraph neo4j install` first")
    missing = [f for f in (*IMPORT_NODES, *IMPORT_RELATIONSHIPS) if not (folder / f).is_file()]
    if missing:
        raise Neo4jServerError(f"{folder}: not a `mcfgraph export --format csv` folder (missing "
                               f"{', '.join(missing)})")
    if not re.fullmatch(r"[a-z][a-z0-9.-]{2,62}", database):
        raise Neo4jServerError(f"invalid database name {database!r}")
    if _running_process(home) is not None:
        raise Neo4jServerError("the server is running; neo4j-admin imports into a stopped server: "
                               "`mcfgraph neo4j stop`, import, then `mcfgraph neo4j start`")
    if (home / "data" / "databases" / database).exists() and not overwrite:
        raise Neo4jServerError(f"database {database!r} already exists in {home / 'data'}; "
                               "--overwrite replaces it (everything it holds is lost)")
    proc = _admin(home, *import_args(folder, database, overwrite))
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-20:])
        raise Neo4jServerError(f"neo4j-admin database import failed:\n{tail}")
    return proc.stdout


# ---------------------------------------------------------------------------------------------
# script entry: python -m graph.neo4j_server install|start|stop|status [--home DIR]
# ---------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m graph.neo4j_server", description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["install", "start", "stop", "status"])
    parser.add_argument("--home", default=None, help="server home (default: $MCFGRAPH_NEO4J_HOME or .neo4j/)")
    args = parser.parse_args(argv)
    try:
        if args.action == "install":
            info = install(args.home)
            print(f"installed Neo4j {NEO4J_VERSION} in {info['home']}: {info['bolt_uri']} {info['http_url']}")
        elif args.action == "start":
            st = start(args.home)
            print(f"running (pid {st['pid']}): {st['bolt_uri']}  browser {st['browser_url']}")
        elif args.action == "stop":
            print("stopped" if stop(args.home) else "not running")
        else:
            st = status(args.home)
            print(json.dumps(st, indent=2))
            return 0 if st["running"] else 3
    except Neo4jServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
