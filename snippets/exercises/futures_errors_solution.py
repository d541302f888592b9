"""A solution to futures-errors: catch each task's exception inside the
loop, and map each future back to its text."""

from concurrent.futures import ThreadPoolExecutor, as_completed

TEXTS = ["12", "7", "x", "30", "5", "4.5"]


def parse(text):
    return int(text)  # raises ValueError for "x" and "4.5"


if __name__ == "__main__":
    numbers, not_numbers = [], []
    with ThreadPoolExecutor(max_workers=3) as executor:
        futures = {executor.submit(parse, text): text for text in TEXTS}
        for future in as_completed(futures):  # in the order they finish
            try:
                numbers.append(future.result())
            except ValueError:  # this task's exception, raised again
                not_numbers.append(futures[future])
    # Sorted: the order in which they finished changes from run to run.
    print("numbers:", sorted(numbers))
    print("not numbers:", sorted(not_numbers))
