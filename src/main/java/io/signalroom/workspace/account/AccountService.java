package io.signalroom.workspace.account;

import io.signalroom.shared.RuleViolation;
import io.signalroom.shared.web.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating accounts and the changes a user makes to their own account.
 */
@Service
public class AccountService {

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	AccountService(UserAccounts accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
	}

	/** Creates an account; the caller's transaction decides whether it stays. */
	@Transactional
	public UserAccount create(String email, String displayName, String rawPassword) {
		if (this.accounts.existsByEmailIgnoreCase(email.strip())) {
			throw new RuleViolation("email", "account.emailTaken");
		}
		checkPassword("password", rawPassword, email);
		try {
			return this.accounts
				.saveAndFlush(new UserAccount(email, displayName, this.passwordEncoder.encode(rawPassword)));
		}
		catch (DataIntegrityViolationException raceWithSameEmail) {
			throw new RuleViolation("email", "account.emailTaken");
		}
	}

	@Transactional(readOnly = true)
	public boolean exists(String email) {
		return this.accounts.existsByEmailIgnoreCase(email.strip());
	}

	@Transactional(readOnly = true)
	public UserAccount get(long userId) {
		return this.accounts.findById(userId).orElseThrow(() -> new NotFoundException("Account"));
	}

	@Transactional
	public void rename(long userId, String displayName) {
		get(userId).rename(displayName);
	}

	@Transactional
	public void changePassword(long userId, String currentPassword, String newPassword) {
		UserAccount account = get(userId);
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new RuleViolation("currentPassword", "password.currentWrong");
		}
		checkPassword("newPassword", newPassword, account.getEmail());
		account.changePasswordHash(this.passwordEncoder.encode(newPassword));
	}

	@Transactional
	public void rememberWorkspace(long userId, long workspaceId) {
		get(userId).rememberWorkspace(workspaceId);
	}

	private void checkPassword(String field, String rawPassword, String email) {
		this.passwordPolicy.weakness(rawPassword, email).ifPresent((key) -> {
			throw new RuleViolation(field, key, PasswordPolicy.MIN_LENGTH);
		});
	}

}
