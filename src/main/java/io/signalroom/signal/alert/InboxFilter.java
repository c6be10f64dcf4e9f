package io.signalroom.signal.alert;

import java.util.Arrays;

import io.signalroom.signal.SignalCategory;
import io.signalroom.workspace.Department;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the alerts inbox is asked to show: a tab (open, resolved, dismissed), optionally
 * one department the signal type notifies, one category and one signal type, and a page.
 * Parameters are read leniently: a value that names nothing is left out, and the page
 * says so, rather than failing the request.
 */
public record InboxFilter(InboxView view, Department department, SignalCategory category, Long typeId, int page,
		boolean hadBadValue) {

	public static InboxFilter parse(String show, String department, String category, String type, String page) {
		boolean[] bad = { false };
		InboxView view = (show == null || show.isBlank()) ? InboxView.OPEN
				: lenient(InboxView.class, show, InboxView.OPEN, bad);
		Department dept = blank(department) ? null : lenient(Department.class, department, null, bad);
		SignalCategory cat = blank(category) ? null : lenient(SignalCategory.class, category, null, bad);
		Long typeId = null;
		if (!blank(type)) {
			try {
				typeId = Long.valueOf(type.strip());
			}
			catch (NumberFormatException ex) {
				bad[0] = true;
			}
		}
		int pageNumber = 1;
		if (!blank(page)) {
			try {
				pageNumber = Math.max(1, Integer.parseInt(page.strip()));
			}
			catch (NumberFormatException ex) {
				bad[0] = true;
			}
		}
		return new InboxFilter(view, dept, cat, typeId, pageNumber, bad[0]);
	}

	InboxFilter withoutType() {
		return new InboxFilter(this.view, this.department, this.category, null, this.page, true);
	}

	InboxFilter onPage(int number) {
		return new InboxFilter(this.view, this.department, this.category, this.typeId, number, this.hadBadValue);
	}

	/** The inbox URL of this filter on another tab (first page). */
	public String viewUrl(InboxView other) {
		return url(other, this.department, this.category, this.typeId, 1);
	}

	/** The inbox URL of this filter for another department (first page). */
	public String departmentUrl(Department other) {
		return url(this.view, other, this.category, this.typeId, 1);
	}

	/** The inbox URL of this filter on another page. */
	public String pageUrl(int number) {
		return url(this.view, this.department, this.category, this.typeId, number);
	}

	public boolean narrowed() {
		return this.department != null || this.category != null || this.typeId != null;
	}

	private static String url(InboxView view, Department department, SignalCategory category, Long typeId, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/alerts");
		if (view != InboxView.OPEN) {
			url.queryParam("show", view);
		}
		if (department != null) {
			url.queryParam("department", department);
		}
		if (category != null) {
			url.queryParam("category", category);
		}
		if (typeId != null) {
			url.queryParam("type", typeId);
		}
		if (page > 1) {
			url.queryParam("page", page);
		}
		return url.toUriString();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static <E extends Enum<E>> E lenient(Class<E> type, String value, E fallback, boolean[] bad) {
		return Arrays.stream(type.getEnumConstants())
			.filter((e) -> e.name().equalsIgnoreCase(value.strip()))
			.findFirst()
			.orElseGet(() -> {
				bad[0] = true;
				return fallback;
			});
	}

}
