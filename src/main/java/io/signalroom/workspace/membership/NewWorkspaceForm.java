package io.signalroom.workspace.membership;

import io.signalroom.workspace.Department;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NewWorkspaceForm(@NotBlank @Size(max = 80) String name, @NotNull Department department) {

	public static NewWorkspaceForm empty() {
		return new NewWorkspaceForm("", Department.OPERATIONS);
	}

}
