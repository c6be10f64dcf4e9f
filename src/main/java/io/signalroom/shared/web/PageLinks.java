package io.signalroom.shared.web;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Where a paged list stands, for {@code fragments/pagination}: the page shown, how many
 * pages there are, and the address of any page (the list's filters kept).
 */
public record PageLinks(int page, int pages, IntFunction<String> addresses) {

	/** Page numbers to offer: the first, the last, and two either side of this one. */
	public List<Integer> numbers() {
		return IntStream.rangeClosed(1, this.pages)
			.filter((p) -> p == 1 || p == this.pages || Math.abs(p - this.page) <= 2)
			.boxed()
			.toList();
	}

	/**
	 * Whether pages the list leaves out lie between this number and the one offered
	 * before.
	 */
	public boolean gapBefore(int number) {
		List<Integer> numbers = numbers();
		int index = numbers.indexOf(number);
		return index > 0 && numbers.get(index - 1) < number - 1;
	}

	public String address(int number) {
		return this.addresses.apply(number);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pages;
	}

}
