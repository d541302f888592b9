"""Which attributes Thread and Process each have: similar, but not the same."""

import multiprocessing
import threading

NAMES = (
    "start run join is_alive name daemon ident native_id pid exitcode"
    " terminate kill close"
)

if __name__ == "__main__":
    print(f"{'':10} {'Thread':7} Process")
    for name in NAMES.split():
        on_thread = "yes" if hasattr(threading.Thread, name) else "-"
        on_process = "yes" if hasattr(multiprocessing.Process, name) else "-"
        print(f"{name:10} {on_thread:7} {on_process}")
