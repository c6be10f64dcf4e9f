package io.signalroom.workspace.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ProfileForm(@NotBlank @Size(max = 80) String displayName) {

}
