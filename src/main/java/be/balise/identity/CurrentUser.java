package be.balise.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the rest of the application sees them: an id, a name to greet, and roles.
 * It lives in the session, so the password hash is erased as soon as sign-in succeeds.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final AccountId id;
	private final String email;
	private final String displayName;
	private final Set<Role> roles;
	private final boolean enabled;
	private final Locale locale;
	private final boolean confirmed;
	private String passwordHash;

	public CurrentUser(AccountId id, String email, String displayName, Set<Role> roles, String passwordHash,
			boolean enabled, Locale locale) {
		this(id, email, displayName, roles, passwordHash, enabled, locale, true);
	}

	CurrentUser(AccountId id, String email, String displayName, Set<Role> roles, String passwordHash,
			boolean enabled, Locale locale, boolean confirmed) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locale = locale;
		this.confirmed = confirmed;
	}

	public AccountId id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	public Set<Role> roles() {
		return roles;
	}

	public Locale locale() {
		return locale;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** The role whose home page a person with several roles sees first. */
	public Role primaryRole() {
		return List.of(Role.values()).stream().filter(roles::contains).findFirst().orElseThrow();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** Whether the person confirmed their address (accounts from sign-up start unconfirmed). */
	boolean confirmed() {
		return confirmed;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.id.equals(id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	/** Never print the password hash or the address. */
	@Override
	public String toString() {
		return "CurrentUser[" + id + "]";
	}
}
