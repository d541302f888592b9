"""Exercise futures-errors: parse every text in a worker thread; a text that
is not a whole number must not stop the others."""

from concurrent.futures import ThreadPoolExecutor, as_completed

TEXTS = ["12", "7", "x", "30", "5", "4.5"]


def parse(text):
    return int(text)  # raises ValueError for "x" and "4.5"


if __name__ == "__main__":
    numbers, not_numbers = [], []
    with ThreadPoolExecutor(max_workers=3) as executor:
        futures = {executor.submit(parse, text): text for text in TEXTS}
        try:
            for future in as_completed(futures):
                numbers.append(future.result())
        except ValueError:
            pass  # the first failure ends the loop: later results are lost
    print("numbers:", sorted(numbers))
    print("not numbers:", sorted(not_numbers))
