"""The Dask engine: same bytes as the local engine, cache reuse, one model load per worker,
bounded in-flight chunks, and no article lost when a chunk fails on the cluster."""
from __future__ import annotations

import filecmp
import gzip
import json
import logging
import os

import pytest

distributed = pytest.importorskip("distributed")
import dask  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

from tests.conftest import CORPUS  # noqa: E402
from vnextract.pipeline.batch import run_batch  # noqa: E402
from vnextract.pipeline.engines import common  # noqa: E402
from vnextract.pipeline.engines import dask as dask_engine  # noqa: E402
from vnextract.pipeline.ingest import Article  # noqa: E402
from vnextract.pipeline.tables import TABLE_NAMES  # noqa: E402

PARA = "Đồng chí Bùi Quang Hoàn, Chủ tịch UBND huyện chủ trì hội nghị ngày 25/11/2019, đạt 7/9 tiêu chí. "


def same_tables(a, b):
    for t in TABLE_NAMES:
        for ext in ("csv", "jsonl"):
            assert filecmp.cmp(os.path.join(a, f"{t}.{ext}"), os.path.join(b, f"{t}.{ext}"), shallow=False), (t, ext)


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes, as `--engine dask --scheduler local` starts them."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The bundled corpus plus bad inputs that must come out as error rows."""
    bad = tmp_path_factory.mktemp("bad")
    (bad / "invalid_utf8.txt").write_bytes(b"Ng\xe0y 25/11 \xff\xfe")
    (bad / "empty.txt").write_bytes(b"")
    (bad / "lines.jsonl").write_text(json.dumps({"id": "ok1", "text": PARA}, ensure_ascii=False) + "\n{broken json\n",
                                     encoding="utf-8")
    (bad / "truncated.jsonl.gz").write_bytes(gzip.compress((json.dumps({"id": "t1", "text": PARA * 20},
                                                                       ensure_ascii=False) + "\n").encode() * 10)[:200])
    return [CORPUS, str(bad)]


@pytest.fixture(scope="module")
def local_out(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("local")
    summary = run_batch(inputs, str(out), workers=1, use_cache=False)
    assert summary.errors >= 4 and summary.articles > summary.errors
    return out


def worker_states(address) -> list[dict]:
    with Client(address, set_as_default=False) as client:
        return list(client.run(dask_engine.worker_state).values())


def test_dask_writes_the_same_bytes_as_local(cluster, inputs, local_out, tmp_path):
    out = tmp_path / "dask"
    summary = run_batch(inputs, str(out), workers=2, use_cache=False, chunk_size=2,
                        engine="dask", scheduler=cluster.scheduler_address)
    assert summary.articles == json.loads((local_out / "manifest.json").read_text())["articles"]["total"]
    same_tables(local_out, out)


def test_models_load_once_per_worker(cluster, inputs, tmp_path):
    run_batch(inputs, str(tmp_path / "a"), workers=2, use_cache=False, chunk_size=1,
              engine="dask", scheduler=cluster.scheduler_address)
    run_batch(inputs, str(tmp_path / "b"), workers=2, use_cache=False, chunk_size=3,
              engine="dask", scheduler=cluster.scheduler_address)
    states = worker_states(cluster.scheduler_address)
    assert len(states) == 2 and len({s["pid"] for s in states}) == 2
    assert [s["warm_ups"] for s in states] == [1, 1]  # two runs, many chunks, one load each
    assert sum(s["chunks"] for s in states) >= 10


def test_cache_reuse_with_dask(cluster, inputs, local_out, tmp_path):
    out = tmp_path / "out"
    first = run_batch(inputs, str(out), workers=2, chunk_size=2, engine="dask", scheduler=cluster.scheduler_address)
    n_ok = first.articles - first.errors
    assert (first.cache_hits, first.cache_misses) == (0, n_ok)
    second = run_batch(inputs, str(out), workers=2, chunk_size=2, engine="dask", scheduler=cluster.scheduler_address)
    assert (second.cache_hits, second.cache_misses) == (n_ok, 0)
    same_tables(local_out, out)
    # The dask engine's cache is the local engine's cache: a local run after it extracts nothing.
    third = run_batch(inputs, str(out), workers=1)
    assert (third.cache_hits, third.cache_misses) == (n_ok, 0)
    same_tables(local_out, out)


def test_in_flight_chunks_are_bounded(cluster):
    """Reading never runs ahead of extraction by more than the window of chunks."""
    consumed = 0

    def articles():
        nonlocal consumed
        for i in range(40):
            consumed += 1
            yield Article(f"a{i:02d}", f"Ngày {i % 28 + 1}/11/2019, UBND huyện họp.", "gen")

    window = 4 * 2  # workers = 2, two threads on the cluster
    seen, ahead = [], 0
    for result in dask_engine.dask_results(articles(), cluster.scheduler_address, 2, 1, None):
        seen.append(result.article_id)
        ahead = max(ahead, consumed - len(seen))
    assert sorted(seen) == [f"a{i:02d}" for i in range(40)]
    assert ahead <= window + 1


def test_a_failing_chunk_is_extracted_in_the_driver(cluster, inputs, local_out, tmp_path, monkeypatch, caplog):
    def explode(chunk):
        raise RuntimeError("worker-side failure")

    monkeypatch.setattr(dask_engine, "_process_chunk", explode)  # pickled by value to the workers
    with caplog.at_level(logging.WARNING, logger="vnextract.dask"):
        summary = run_batch(inputs, str(tmp_path / "out"), workers=2, use_cache=False, chunk_size=4,
                            engine="dask", scheduler=cluster.scheduler_address)
    lines = [r.getMessage() for r in caplog.records if r.name == "vnextract.dask"]
    assert lines and all("extracting it in the driver" in m and "worker-side failure" in m for m in lines)
    assert summary.articles == json.loads((local_out / "manifest.json").read_text())["articles"]["total"]
    same_tables(local_out, tmp_path / "out")


def test_a_dying_worker_loses_no_article(local_out, tmp_path, monkeypatch, caplog):
    """A chunk whose worker keeps dying: the scheduler gives up on it (KilledWorker), each of its
    articles is tried once more on its own; the one that kills its worker again is an error row
    (`worker died`), never extracted in the driver; the others come out as from the local engine."""
    def die(chunk):
        if any("KILLME" in a.text for a in chunk):
            os._exit(1)
        return common.process_chunk(chunk)

    killer = tmp_path / "killer"
    killer.mkdir()
    (killer / "zz_killer.txt").write_text(PARA + " KILLME", encoding="utf-8")
    monkeypatch.setattr(dask_engine, "_process_chunk", die)
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0") as c, \
            caplog.at_level(logging.WARNING, logger="vnextract.dask"):
        summary = run_batch([CORPUS, str(killer)], str(tmp_path / "out"), workers=1, use_cache=False, chunk_size=6,
                            engine="dask", scheduler=c.scheduler_address)
    # With allowed-failures 0 an article queued on the worker the killer takes down shares its fate
    # (Dask fails every task the dead worker held); by default (3) such an article is retried.
    arts = {json.loads(r)["article_id"]: json.loads(r)
            for r in (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()}
    assert summary.articles == 6 and 1 <= summary.errors <= 2
    assert "worker died" in arts["zz_killer"]["error"]
    assert all("worker died" in a["error"] for a in arts.values() if a["status"] == "error")
    died = {k for k, a in arts.items() if a["status"] == "error"}
    assert any("kept killing its workers" in r.getMessage() for r in caplog.records if r.name == "vnextract.dask")
    for t in TABLE_NAMES:
        want = [r for r in (local_out / f"{t}.jsonl").read_text(encoding="utf-8").splitlines()
                if json.loads(r)["article_id"] in {n[:-4] for n in os.listdir(CORPUS)} - died]
        got = [r for r in (tmp_path / "out" / f"{t}.jsonl").read_text(encoding="utf-8").splitlines()
               if json.loads(r)["article_id"] not in died]
        assert got == want, t


def test_local_cluster_dashboard_is_on_localhost():
    client, cluster = dask_engine._connect("local", 1)
    try:
        assert "127.0.0.1" in cluster.dashboard_link
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
    finally:
        client.close()
        cluster.close()
