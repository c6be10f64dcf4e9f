package io.signalroom.workspace.membership;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Workspaces extends JpaRepository<Workspace, Long> {

}
