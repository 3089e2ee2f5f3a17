"""Take away a process's network: after `forbid_network()` it can open no IPv4 or IPv6 socket.

Why: Oxigraph evaluates `SERVICE <url>` by sending the query to that URL, and pyoxigraph
(0.5.13) offers no way to turn that off: no parser to ask what a query holds, no option for
service calls, its HTTP client compiled in. kg refuses SERVICE from its reading of the query
text (graph.query_text), but a form that reading missed would make kg fetch any URL, a port
scanner with read-back. So the processes that evaluate users' queries (`kg query`'s child,
`kg serve`'s workers) first install this seccomp filter: `socket(AF_INET | AF_INET6, ...)`
fails with EACCES, and Oxigraph's SERVICE fails as an error instead of connecting. Pipes and
Unix sockets (how those processes report back) still work.

The filter cannot be removed and is inherited by every child, so it is installed only in a
process that evaluates queries and needs no network afterwards; never in kg's main process.
It is Linux-only (x86_64 and aarch64); elsewhere `forbid_network()` does nothing and says so.
"""

from __future__ import annotations

import ctypes
import errno
import os
import struct
import sys

__all__ = ["forbid_network"]

# per machine: (AUDIT_ARCH_*, number of socket(2), number of seccomp(2), number of io_uring_setup(2))
_ARCHES = {
    "x86_64": (0xC000003E, 41, 317, 425),
    "aarch64": (0xC00000B7, 198, 277, 425),
}
_PR_SET_NO_NEW_PRIVS = 38
_SECCOMP_SET_MODE_FILTER = 1
_SECCOMP_FILTER_FLAG_TSYNC = 1  # every thread of the process, not only the caller
_X32_SYSCALL_BIT = 0x40000000
_AF_INET, _AF_INET6 = 2, 10  # Linux's values
_ALLOW = 0x7FFF0000
_DENY = 0x00050000 | errno.EACCES  # SECCOMP_RET_ERRNO | EACCES
# classic BPF opcodes
_LOAD = 0x20  # BPF_LD | BPF_W | BPF_ABS
_JEQ = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
_JGE = 0x35  # BPF_JMP | BPF_JGE | BPF_K
_RET = 0x06  # BPF_RET | BPF_K
# offsets in struct seccomp_data: nr (u32), arch (u32), instruction_pointer (u64), args[6] (u64)
_NR, _ARCH, _ARG0 = 0, 4, 16  # the low half of args[0] on these little-endian machines


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_char_p)]


def _program(arch: int, nr_socket: int, nr_io_uring: int) -> list[bytes]:
    """The filter, jumps given by label and resolved to the offsets BPF wants (a wrong offset
    would make every system call fail)."""
    code = [
        (_LOAD, _ARCH, None, None),
        (_JEQ, arch, None, "deny"),  # a system call of another ABI (i386 on x86_64): refused
        (_LOAD, _NR, None, None),
        (_JGE, _X32_SYSCALL_BIT, "deny", None),  # x32 system calls: refused
        (_JEQ, nr_io_uring, "deny", None),  # io_uring can open sockets without socket(2)
        (_JEQ, nr_socket, None, "allow"),
        (_LOAD, _ARG0, None, None),
        (_JEQ, _AF_INET, "deny", None),
        (_JEQ, _AF_INET6, "deny", None),
        "allow",
        (_RET, _ALLOW, None, None),
        "deny",
        (_RET, _DENY, None, None),
    ]
    labels, index = {}, 0
    for item in code:
        if isinstance(item, str):
            labels[item] = index
        else:
            index += 1
    program, index = [], 0
    for item in code:
        if isinstance(item, str):
            continue
        op, k, true, false = item
        jt = labels[true] - index - 1 if true else 0
        jf = labels[false] - index - 1 if false else 0
        program.append(struct.pack("HBBI", op, jt, jf, k))
        index += 1
    return program


def forbid_network() -> bool:
    """Make every IPv4/IPv6 socket this process (all its threads and children) tries to open
    fail with EACCES, for the rest of its life. True if the filter is in place; False (and
    nothing changed) on a system where it cannot be installed."""
    machine = _ARCHES.get(os.uname().machine) if sys.platform == "linux" else None
    if machine is None:
        return False
    arch, nr_socket, nr_seccomp, nr_io_uring = machine
    program = _program(arch, nr_socket, nr_io_uring)
    buffer = ctypes.create_string_buffer(b"".join(program))
    fprog = _SockFprog(len(program), ctypes.cast(buffer, ctypes.c_char_p))
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    syscall = libc.syscall
    syscall.restype = ctypes.c_long
    result = syscall(ctypes.c_long(nr_seccomp), ctypes.c_long(_SECCOMP_SET_MODE_FILTER),
                     ctypes.c_long(_SECCOMP_FILTER_FLAG_TSYNC), ctypes.byref(fprog))
    return result == 0
