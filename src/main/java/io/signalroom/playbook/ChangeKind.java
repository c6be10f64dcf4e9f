package io.signalroom.playbook;

/**
 * What a changelog entry records.
 */
enum ChangeKind {

	INSIGHT_ADDED, INSIGHT_REMOVED, TEMPLATE_CREATED, TEMPLATE_EDITED, TEMPLATE_DELETED;

	public String messageKey() {
		return "playbook.change." + name();
	}

}
