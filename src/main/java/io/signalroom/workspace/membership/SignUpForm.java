package io.signalroom.workspace.membership;

import io.signalroom.workspace.Department;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record SignUpForm(@NotBlank @Size(max = 80) String workspaceName, @NotBlank @Size(max = 80) String displayName,
		@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 128) String password,
		@NotNull Department department) {

	public static SignUpForm empty() {
		return new SignUpForm("", "", "", "", Department.OPERATIONS);
	}

}
