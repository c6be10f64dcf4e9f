package io.signalroom.workspace.membership;

import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record InviteForm(@NotBlank @Email @Size(max = 254) String email, @NotNull Role role,
		@NotNull Department department) {

	public static InviteForm empty() {
		return new InviteForm("", Role.PARTICIPANT, Department.SALES);
	}

}
