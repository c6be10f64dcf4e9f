package io.signalroom.signal;

import java.util.List;

import io.signalroom.workspace.Department;

/**
 * What other modules may know of one signal type of the library: its name, category and
 * the guidance a reader follows when it fires. {@code interpretation} and
 * {@code recommendedResponse} may be null; {@code departmentsToNotify} is in the order of
 * {@link Department}.
 */
public record SignalTypeSummary(long id, String name, SignalCategory category, String definition, String interpretation,
		String recommendedResponse, List<Department> departmentsToNotify) {

}
