/**
 * Workspaces, their members (roles, departments), invites, sign-in and security. Other
 * modules use {@link io.signalroom.workspace.CurrentMember},
 * {@link io.signalroom.workspace.MemberDirectory} and the records beside them, and hear
 * of new workspaces through {@link io.signalroom.workspace.WorkspaceCreated}.
 *
 * <h2>SQL contract</h2>
 * <p>
 * Other modules' SQL may read workspaces and members only through these views of
 * migration {@code V23__workspace_sql_contract.sql}, never the tables behind them
 * ({@code TableOwnershipTests} checks). They are read-only plain projections that
 * PostgreSQL folds into the calling query.
 * <table>
 * <caption>Views</caption>
 * <tr>
 * <th>view</th>
 * <th>columns</th>
 * <th>meaning</th>
 * </tr>
 * <tr>
 * <td>{@code workspace_fact}</td>
 * <td>{@code id, name, created_at}</td>
 * <td>One row per workspace.</td>
 * </tr>
 * <tr>
 * <td>{@code member_fact}</td>
 * <td>{@code workspace_id, user_id, display_name, role, department, active}</td>
 * <td>One row per membership: a person as a member of one workspace, with the name shown
 * for them, the names of their {@link io.signalroom.workspace.Role} and
 * {@link io.signalroom.workspace.Department} there, and whether they are still a member.
 * A member who left keeps the row ({@code active} false), so what they did keeps a name.
 * Join it on both {@code workspace_id} and {@code user_id} (unique together, and
 * indexed).</td>
 * </tr>
 * </table>
 */
@ApplicationModule(allowedDependencies = { "shared" })
package io.signalroom.workspace;

import org.springframework.modulith.ApplicationModule;
