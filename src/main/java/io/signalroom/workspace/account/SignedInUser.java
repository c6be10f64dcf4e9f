package io.signalroom.workspace.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the (database-stored) HTTP session. It holds no workspace role:
 * roles are looked up for the current workspace on every request, so a changed role or a
 * deactivation takes effect at once.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public static final String AUTHORITY = "SIGNED_IN";

	private final long id;

	private final String email;

	private String passwordHash;

	SignedInUser(long id, String email, String passwordHash) {
		this.id = id;
		this.email = email;
		this.passwordHash = passwordHash;
	}

	public long id() {
		return this.id;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(AUTHORITY));
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
