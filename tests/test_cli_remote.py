"""`kg ... --endpoint URL`: the same commands, the same answers, against a real Oxigraph server."""

import pytest

from . import servers


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    try:
        with servers.start("oxigraph", tmp_path_factory.mktemp("oxigraph")) as endpoint:
            yield endpoint
    except servers.ServerMissing as missing:
        pytest.skip(str(missing))


@pytest.fixture
def remote(cli, oxigraph, monkeypatch):
    """The CLI with KG_ENDPOINT set, after `kg build --endpoint` loaded the seed graph."""
    monkeypatch.setenv("KG_ENDPOINT", oxigraph.query_url)
    monkeypatch.setenv("KG_UPDATE_ENDPOINT", oxigraph.update_url)
    result = cli("build")
    assert result.exit_code == 0, result.stderr
    assert f"built {oxigraph.query_url}" in result.stderr
    return cli


@pytest.mark.parametrize(
    "args",
    [
        ("path", "harris", "bass"),
        ("path", "musk", "biden", "--all", "--format", "json"),
        ("show", "caruso"),
        ("stats",),
        ("query", "--name", "endorsements", "--format", "csv"),
        ("query", "--name", "members-as-of", "--as-of", "2022-08", "--format", "csv"),
        ("path", "harris", "bass", "--as-of", "2022-05", "--include-undated"),  # without it: no path (exit 4)
        ("show", "caruso", "--as-of", "2021"),
        ("export", "--format", "csv"),
    ],
)
def test_commands_answer_as_on_the_embedded_store(remote, cli, monkeypatch, args):
    """Each read command prints exactly what it prints on the embedded store."""
    over_http = remote(*args)
    monkeypatch.delenv("KG_ENDPOINT")
    embedded = cli(*args)
    assert over_http.exit_code == embedded.exit_code == 0, over_http.stderr
    assert over_http.stdout == embedded.stdout


def test_build_twice_keeps_one_copy(remote):
    """Rebuilding replaces the project graph: the triple count stays the same."""
    before = remote("stats", "--format", "json").stdout
    assert remote("build").exit_code == 0
    assert remote("stats", "--format", "json").stdout == before


def test_server_down_is_a_store_error(cli):
    """A closed port: exit 7 and a message naming the URL."""
    url = f"http://127.0.0.1:{servers.free_port()}/query"
    result = cli("path", "harris", "bass", "--endpoint", url)
    assert result.exit_code == 7
    assert url in result.stderr and "connection refused" in result.stderr


def test_slow_server_times_out(cli, monkeypatch):
    """A server that never answers: exit 7 after KG_ENDPOINT_TIMEOUT seconds."""
    monkeypatch.setenv("KG_ENDPOINT_TIMEOUT", "0.5")
    with servers.silent_server() as url:
        result = cli("stats", "--endpoint", url)
    assert result.exit_code == 7 and "timeout of 0.5 s" in result.stderr


def test_error_answer_is_a_store_error(cli):
    """An HTTP 500 with a message: exit 7 and the server's words."""
    with servers.answering_server(500, b"disk on fire") as url:
        result = cli("stats", "--endpoint", url)
    assert result.exit_code == 7 and "disk on fire" in result.stderr
