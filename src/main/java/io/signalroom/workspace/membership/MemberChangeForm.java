package io.signalroom.workspace.membership;

import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import jakarta.validation.constraints.NotNull;

public record MemberChangeForm(@NotNull Role role, @NotNull Department department, boolean active) {

}
