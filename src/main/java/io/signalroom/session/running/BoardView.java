package io.signalroom.session.running;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.signalroom.session.SessionView;
import io.signalroom.session.running.Interpretation;
import io.signalroom.signal.SignalCategory;
import io.signalroom.workspace.Department;

/**
 * The board as one viewer sees it: interpretations grouped by customer and category, the
 * customers that departments read differently, and who has contributed how much.
 */
record BoardView(List<CustomerGroup> customers, List<Contributor> people, Map<Department, Long> departments,
		List<Contributor> silent, int total) {

	record CustomerGroup(long customerId, String name, Map<SignalCategory, List<Interpretation>> byCategory,
			Map<Department, Set<SignalCategory>> readings, boolean divergent) {

	}

	record Contributor(long userId, String name, Department department, long count) {

	}

	static BoardView of(SessionView session, List<Interpretation> entries, Map<Long, String> customerNames,
			Map<Long, String> memberNames) {
		Map<Long, List<Interpretation>> byCustomer = entries.stream()
			.collect(Collectors.groupingBy(Interpretation::getCustomerId, LinkedHashMap::new, Collectors.toList()));
		List<CustomerGroup> groups = new ArrayList<>();
		byCustomer.forEach((customerId, list) -> {
			Map<SignalCategory, List<Interpretation>> byCategory = list.stream()
				.collect(Collectors.groupingBy(Interpretation::getCategory, TreeMap::new, Collectors.toList()));
			Map<Department, Set<SignalCategory>> readings = list.stream()
				.collect(Collectors.groupingBy(Interpretation::getDepartment, TreeMap::new,
						Collectors.mapping(Interpretation::getCategory,
								Collectors.toCollection(() -> EnumSet.noneOf(SignalCategory.class)))));
			groups.add(new CustomerGroup(customerId, customerNames.getOrDefault(customerId, "#" + customerId),
					byCategory, readings, divergent(list)));
		});
		Map<Long, Long> counts = entries.stream()
			.collect(Collectors.groupingBy(Interpretation::getAuthorId, Collectors.counting()));
		List<Contributor> people = new ArrayList<>();
		people.add(new Contributor(session.facilitatorUserId(), memberNames.get(session.facilitatorUserId()), null,
				counts.getOrDefault(session.facilitatorUserId(), 0L)));
		session.participants()
			.stream()
			.filter((p) -> p.userId() != session.facilitatorUserId())
			.forEach((p) -> people.add(new Contributor(p.userId(), memberNames.get(p.userId()), p.department(),
					counts.getOrDefault(p.userId(), 0L))));
		Map<Department, Long> departments = entries.stream()
			.collect(Collectors.groupingBy(Interpretation::getDepartment, TreeMap::new, Collectors.counting()));
		List<Contributor> silent = people.stream().filter((c) -> c.count() == 0).toList();
		return new BoardView(groups, people, departments, silent, entries.size());
	}

	/**
	 * Departments read a customer differently when two of them put it, or the same
	 * detected signal of it, in different categories.
	 */
	static boolean divergent(List<Interpretation> entries) {
		for (Interpretation a : entries) {
			for (Interpretation b : entries) {
				if (a.getDepartment() != b.getDepartment() && a.getCategory() != b.getCategory()
						&& (a.getDetectedSignalId() == null || b.getDetectedSignalId() == null
								|| a.getDetectedSignalId().equals(b.getDetectedSignalId()))) {
					return true;
				}
			}
		}
		return false;
	}

}
