"""Turning a hang into a test failure."""

import signal
from contextlib import contextmanager


@contextmanager
def at_most(seconds: int):
    """Fail (instead of waiting) when the block runs longer than `seconds`."""

    def give_up(signum, frame):
        raise TimeoutError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
