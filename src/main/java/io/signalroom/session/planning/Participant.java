package io.signalroom.session.planning;

import io.signalroom.workspace.Department;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A member taking part in a session, with the department they speak for there.
 */
@Embeddable
public class Participant {

	private long userId;

	@Enumerated(EnumType.STRING)
	private Department department;

	protected Participant() {
	}

	public Participant(long userId, Department department) {
		this.userId = userId;
		this.department = department;
	}

	public long getUserId() {
		return this.userId;
	}

	public Department getDepartment() {
		return this.department;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Participant p && p.userId == this.userId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.userId);
	}

}
