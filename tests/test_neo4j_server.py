"""The project's own Neo4j server: installed, running, stoppable without leftovers, restartable.

These tests work on the server the test command started (default home, or MCFGRAPH_NEO4J_HOME) and
leave it running as they found it.
"""

from __future__ import annotations

import json
import os
import stat
import time
import urllib.request

import psutil
import pytest

from graph import neo4j_server as srv
from graph.model import Document, DocumentGraph, NodeRecord
from graph.store import StoreError

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def running_home(neo4j_home):
    """The home of a running server; skipped (or failed under CI=true) when there is none."""
    st = srv.status(neo4j_home)
    if not st["running"]:
        reason = f"no Neo4j server running from {neo4j_home} (`python -m graph.neo4j_server start`)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    yield neo4j_home
    if not srv.status(neo4j_home)["running"]:  # whatever happened, leave it running
        srv.start(neo4j_home)


def _our_processes(home) -> list[psutil.Process]:
    out = []
    for p in psutil.process_iter(["cmdline"]):
        cmd = p.info["cmdline"] or []
        if srv.MAIN_CLASS in cmd and f"--home-dir={home}" in cmd:
            out.append(p)
    return out


def test_generated_passwords_are_never_read_as_options():
    from graph.neo4j_server import new_password

    passwords = {new_password() for _ in range(2000)}
    assert len(passwords) == 2000
    assert all(len(p) >= 8 and p[0].isalnum() and p.isalnum() for p in passwords)


def test_duplicate_jars_detects_two_versions(tmp_path):
    for name in ("netty-common-4.1.118.Final.jar", "netty-common-4.1.119.Final.jar",
                 "neo4j-5.26.12.jar", "neo4j-kernel-5.26.12.jar", "jersey-server-2.43.jar"):
        (tmp_path / name).write_bytes(b"")
    assert srv.duplicate_jars(tmp_path) == {
        "netty-common": ["netty-common-4.1.118.Final.jar", "netty-common-4.1.119.Final.jar"]}


def test_installed_home_is_complete_and_private(running_home):
    home = running_home
    assert srv.duplicate_jars(home / "lib") == {}
    assert (home / "lib" / f"neo4j-{srv.NEO4J_VERSION}.jar").exists()
    assert list((home / "plugins").glob("apoc-core-*.jar"))
    assert not list((home / "lib").glob("apoc-*.jar"))
    mode = stat.S_IMODE((home / "credentials.json").stat().st_mode)
    assert mode == 0o600
    creds = json.loads((home / "credentials.json").read_text())
    assert len(creds["password"]) >= 16 and creds["password"] != "neo4j"
    conf = (home / "conf" / "neo4j.conf").read_text()
    for line in ("server.default_listen_address=127.0.0.1", "dbms.security.auth_enabled=true",
                 "server.https.enabled=false", "dbms.usage_report.enabled=false",
                 "server.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED",
                 f"server.bolt.listen_address=:{creds['bolt_port']}"):
        assert line in conf.splitlines()
    for name in ("server-logs.xml", "user-logs.xml"):
        assert (home / "conf" / name).read_text().startswith("<?xml")


def test_second_install_is_a_no_op(running_home):
    before = json.loads((running_home / "credentials.json").read_text())
    lib_mtime = (running_home / "lib").stat().st_mtime
    t0 = time.monotonic()
    info = srv.install(running_home)
    assert json.loads((running_home / "credentials.json").read_text()) == before
    assert info["bolt_uri"] == before["uri"] and "password" not in json.dumps(info)
    assert before["password"] not in json.dumps(info)
    assert (running_home / "lib").stat().st_mtime == lib_mtime
    assert time.monotonic() - t0 < 20  # no maven, no neo4j-admin


def test_status_reports_running_server_that_answers(running_home):
    from neo4j import GraphDatabase

    st = srv.status(running_home)
    assert st["running"] and st["installed"]
    assert psutil.Process(st["pid"]).is_running()
    creds = srv.read_credentials(running_home)
    assert st["bolt_uri"] == creds["uri"] and st["bolt_uri"].startswith("bolt://127.0.0.1:")
    with GraphDatabase.driver(creds["uri"], auth=(creds["user"], creds["password"])) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS one, apoc.version() AS apoc")
    assert records[0]["one"] == 1 and records[0]["apoc"].startswith("5.26")
    with urllib.request.urlopen(st["http_url"] + "/", timeout=10) as resp:
        discovery = json.load(resp)
    assert discovery["neo4j_version"] == srv.NEO4J_VERSION and discovery["neo4j_edition"] == "community"
    with urllib.request.urlopen(st["browser_url"], timeout=10) as resp:
        assert resp.status == 200 and "Neo4j Browser" in resp.read().decode("utf-8", "replace")


def test_stop_leaves_no_process_then_start_again(running_home):
    from graph.neo4j_store import Neo4jStore, connection_settings

    home = running_home
    pid = srv.status(home)["pid"]
    store = Neo4jStore(**connection_settings(None), max_retry_time=2.0)
    try:
        assert srv.stop(home) is True
        assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
        assert _our_processes(home) == []
        st = srv.status(home)
        assert st["running"] is False and st["pid"] is None
        assert not (home / srv.PID_FILE).exists()
        assert srv.stop(home) is False

        # the server going away mid-ingest is a StoreError that names the document
        doc = DocumentGraph(Document(id="gone-away", source="x.txt", text="龙岩市。", sha256="0"),
                            nodes=[NodeRecord(key="龙岩市", type="Location", name="龙岩市")])
        with pytest.raises(StoreError, match="gone-away"):
            store.write_document(doc)
    finally:
        store.close()
        st = srv.start(home)
    assert st["running"] and st["pid"] != pid
    assert len(_our_processes(home)) == 1
    assert srv.start(home)["pid"] == st["pid"]  # idempotent


def test_start_without_install_is_a_clear_error(tmp_path):
    with pytest.raises(srv.Neo4jServerError, match="install"):
        srv.start(tmp_path / "nowhere")
    assert srv.status(tmp_path / "nowhere")["running"] is False


def test_failed_start_is_a_clear_error_with_the_log_tail(neo4j_home, tmp_path):
    """A server that cannot start is reported with the reason from its log, and nothing is left."""
    if not srv.status(neo4j_home)["installed"]:
        pytest.skip(f"no server installed in {neo4j_home}")
    home = tmp_path / "home"
    for d in ("conf", "run", "logs", "data"):
        (home / d).mkdir(parents=True)
    (home / "lib").symlink_to(neo4j_home / "lib")
    (home / "plugins").symlink_to(neo4j_home / "plugins")
    (home / "conf" / "server-logs.xml").write_text(srv.SERVER_LOGS_XML)
    (home / "conf" / "user-logs.xml").write_text(srv.USER_LOGS_XML)
    (home / "credentials.json").write_text(json.dumps(
        {"uri": "bolt://127.0.0.1:1", "user": "neo4j", "password": "x" * 20, "http_url": "http://127.0.0.1:2"}))
    conf = srv._neo4j_conf(srv._free_port(set()), srv._free_port(set())) + "server.no_such_setting=1\n"
    (home / "conf" / "neo4j.conf").write_text(conf)
    with pytest.raises(srv.Neo4jServerError, match="no_such_setting") as err:
        srv.start(home, timeout=120)
    assert "exited during start-up" in str(err.value)
    assert srv.status(home)["running"] is False
    assert _our_processes(home) == []
