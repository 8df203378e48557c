"""Running the API and the dashboard with uvicorn: bind first (so a port in use is one clear error, not a
traceback), then serve; with watched paths, a thread ingests into the same store while requests read it."""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Callable, Sequence

import uvicorn

from eventwatch.errors import EventwatchError
from eventwatch.settings import Settings
from eventwatch.store import Store
from eventwatch.web.app import create_app
from eventwatch.web.live import Watcher
from eventwatch.web.reads import Reader


class ServeError(EventwatchError):
    code = "E031"


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port, or a ServeError that says what to do."""
    if not 0 <= port <= 65535:
        raise ServeError(f"port {port} is out of range: choose one in 1-65535 (0 picks a free one)")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ServeError(f"cannot listen on {host!r}: {exc.strerror}") from exc
    family, _, _, _, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        reason = "is in use" if exc.errno in (98, 48) else f"cannot be bound ({exc.strerror})"
        raise ServeError(f"port {port} on {host} {reason}: choose another with --port") from exc
    sock.listen(2048)
    return sock


def is_loopback(host: str) -> bool:
    """Whether only this machine can reach `host` (`serve` warns otherwise: the API has no authentication)."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def serve(store: Store, host: str = "127.0.0.1", port: int = 8765, *, watch: Sequence[str] = (),
          settings: Settings | None = None, interval: float = 30.0,
          on_ready: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted. `store` must be writable when `watch` is given (the server is its one writer)."""
    watcher = Watcher(watch, store, settings or Settings.load(), interval) if watch else None
    reader = Reader(store)  # the cursors exist before the watcher thread writes
    app = create_app(reader, live=watcher.state if watcher else None)
    sock = bind(host, port)
    stop = threading.Event()
    thread = None
    if watcher is not None:
        thread = threading.Thread(target=watcher.run, args=(stop,), name="eventwatch-watch", daemon=True)
        thread.start()
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off"))
    if on_ready is not None:
        bound_host, bound_port = sock.getsockname()[:2]
        shown = f"[{bound_host}]" if ":" in bound_host else bound_host
        on_ready(f"http://{shown}:{bound_port}/")
    try:
        server.run(sockets=[sock])
    finally:
        stop.set()
        if thread is not None:
            thread.join(timeout=600)  # let the batch being written commit
        sock.close()
