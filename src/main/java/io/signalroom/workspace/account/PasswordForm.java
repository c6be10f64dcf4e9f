package io.signalroom.workspace.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PasswordForm(@NotBlank @Size(max = 128) String currentPassword,
		@NotBlank @Size(max = 128) String newPassword) {

	public static PasswordForm empty() {
		return new PasswordForm("", "");
	}

}
