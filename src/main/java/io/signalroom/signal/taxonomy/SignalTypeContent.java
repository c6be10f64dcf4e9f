package io.signalroom.signal.taxonomy;

import java.time.LocalDate;
import java.util.Set;

import io.signalroom.signal.Sentiment;
import io.signalroom.signal.SignalCategory;
import io.signalroom.signal.SignalNature;
import io.signalroom.workspace.Department;

/**
 * The editable fields of a signal type, as one value: what a form submits, what the
 * starter library holds, and what a revision compares.
 */
public record SignalTypeContent(String name, SignalCategory category, SignalNature nature, String definition,
		String interpretation, String recommendedResponse, Set<Department> notifyDepartments,
		Sentiment defaultSentiment, int urgency, String examples, Department ownerDepartment, LocalDate nextReviewOn) {

}
