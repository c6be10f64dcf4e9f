package io.signalroom.workspace.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserAccountDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	UserAccountDetailsService(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return this.accounts.findByEmailIgnoreCase(email.strip())
			.map((account) -> new SignedInUser(account.getId(), account.getEmail(), account.getPasswordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("No account for that e-mail"));
	}

}
