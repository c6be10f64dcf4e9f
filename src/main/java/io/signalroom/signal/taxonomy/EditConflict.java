package io.signalroom.signal.taxonomy;

import java.util.List;

/**
 * Someone else changed the signal type after this editor opened it. Carries their version
 * (now stored), who made it and why, and the fields where the two versions differ, so the
 * form can show both and lose neither.
 */
public class EditConflict extends RuntimeException {

	private final transient SignalType current;

	private final transient Revision theirChange;

	private final transient List<FieldChange> differences;

	EditConflict(SignalType current, Revision theirChange, List<FieldChange> differences) {
		super("Signal type changed by someone else");
		this.current = current;
		this.theirChange = theirChange;
		this.differences = differences;
	}

	public SignalType current() {
		return this.current;
	}

	public Revision theirChange() {
		return this.theirChange;
	}

	/**
	 * Per field: {@code before} is their stored value, {@code after} is this editor's.
	 */
	public List<FieldChange> differences() {
		return this.differences;
	}

}
