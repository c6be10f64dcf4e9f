package io.signalroom.workspace;

/**
 * The demo workspace and its logins were just made; other modules add their demo data to
 * it.
 */
public record DemoWorkspaceCreated(long workspaceId, long adminUserId) {

}
