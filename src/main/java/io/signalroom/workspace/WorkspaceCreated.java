package io.signalroom.workspace;

/**
 * A workspace was just created (by sign-up, from the workspace menu or as the demo);
 * other modules give it their starter content.
 */
public record WorkspaceCreated(long workspaceId) {

}
