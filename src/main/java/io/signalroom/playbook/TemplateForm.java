package io.signalroom.playbook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The follow-up template form: {@code signalTypeId} is null for a free-standing one;
 * {@code version} is the version the editor saw.
 */
record TemplateForm(Long signalTypeId, @NotBlank @Size(max = FollowUpTemplate.MAX_TITLE) String title,
		@NotBlank @Size(max = FollowUpTemplate.MAX_BODY) String body, Long version) {

	static TemplateForm forSignalType(Long signalTypeId, String title) {
		return new TemplateForm(signalTypeId, title, "", null);
	}

	static TemplateForm of(FollowUpTemplate template) {
		return new TemplateForm(template.getSignalTypeId(), template.getTitle(), template.getBody(),
				template.getVersion());
	}

}
