"""Wrong answer to futures-errors: map() ends at the first exception, so the next next() raises StopIteration."""

from concurrent.futures import ThreadPoolExecutor

TEXTS = ["12", "7", "x", "30", "5", "4.5"]


def parse(text):
    return int(text)  # raises ValueError for "x" and "4.5"


if __name__ == "__main__":
    numbers, not_numbers = [], []
    with ThreadPoolExecutor(max_workers=3) as executor:
        results = executor.map(parse, TEXTS)
        for text in TEXTS:
            try:
                numbers.append(next(results))
            except ValueError:
                not_numbers.append(text)
    print("numbers:", sorted(numbers))
    print("not numbers:", sorted(not_numbers))
