package io.signalroom.workspace.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AcceptInviteForm(@NotBlank @Size(max = 80) String displayName,
		@NotBlank @Size(max = 128) String password) {

	public static AcceptInviteForm empty() {
		return new AcceptInviteForm("", "");
	}

}
