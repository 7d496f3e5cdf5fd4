package be.balise.planning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanPart;
import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each counsellor's private calendar feed. The token in the URL is the credential: 256 random bits, shown once,
 * renewable; only its SHA-256 is stored. The feed holds time, place and the worker's first name, nothing else,
 * and only for bilans the counsellor still holds; opening the places is audited like any other read.
 */
@Service
@Transactional
public class CalendarFeedService {

	/** How far back the feed goes: recent sessions stay visible in calendars. */
	static final Duration HISTORY = Duration.ofDays(90);

	private final CalendarFeeds feeds;
	private final Sessions sessions;
	private final SessionService sessionService;
	private final SessionPlaces places;
	private final CalendarFiles files;
	private final AssessmentAccess access;
	private final AccountService accounts;
	private final MessageSource messages;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	CalendarFeedService(CalendarFeeds feeds, Sessions sessions, SessionService sessionService, SessionPlaces places,
			CalendarFiles files, AssessmentAccess access, AccountService accounts, MessageSource messages, Clock clock) {
		this.feeds = feeds;
		this.sessions = sessions;
		this.sessionService = sessionService;
		this.places = places;
		this.files = files;
		this.access = access;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	/** Creates or renews the counsellor's token and returns it; the previous token stops working at once. */
	public String renew(CurrentUser counsellor) {
		if (!counsellor.has(Role.COUNSELLOR)) {
			throw new IllegalArgumentException("Only counsellors have a calendar feed");
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		feeds.replace(counsellor.id().value(), sha256(token), clock.instant());
		return token;
	}

	public boolean hasFeed(CurrentUser counsellor) {
		return feeds.createdAt(counsellor.id().value()).isPresent();
	}

	/** The feed of the counsellor holding this token, or empty when no one does. */
	public Optional<byte[]> feed(String token) {
		return feeds.counsellorOf(sha256(token)).flatMap(id -> accounts.findById(new AccountId(id)))
				.filter(counsellor -> counsellor.has(Role.COUNSELLOR) && counsellor.isEnabled())
				.map(this::calendarOf);
	}

	private byte[] calendarOf(CurrentUser counsellor) {
		Map<UUID, List<SessionView>> byBilan = new LinkedHashMap<>();
		for (SessionView session : sessions.ofCounsellorSince(counsellor.id().value(), clock.instant().minus(HISTORY))) {
			byBilan.computeIfAbsent(session.bilanId(), key -> new ArrayList<>()).add(session);
		}
		List<CalendarFiles.Event> events = new ArrayList<>();
		byBilan.forEach((bilanId, ofBilan) -> {
			BilanId bilan = new BilanId(bilanId);
			// A bilan handed over to a colleague leaves this feed: its places are no longer this counsellor's to read.
			var summary = access.find(counsellor, bilan, BilanPart.CASEWORK, AccessMode.READ)
					.filter(found -> counsellor.id().value().equals(found.counsellorId()));
			if (summary.isEmpty()) {
				return;
			}
			access.readContent(counsellor, bilan, BilanPart.CASEWORK, SessionService.PLACE_KIND, bilanId, "calendar-feed");
			String firstName = accounts.findById(new AccountId(summary.get().workerId()))
					.map(worker -> SessionMails.firstName(worker.displayName())).orElse("");
			String title = messages.getMessage("planning.calendar.counsellor.summary", new Object[] {firstName},
					counsellor.locale());
			Map<UUID, byte[]> ciphertexts = places.ofBilan(bilanId);
			for (SessionView session : ofBilan) {
				String place = sessionService.decryptPlace(bilan, session.id(), ciphertexts.get(session.id()));
				events.add(new CalendarFiles.Event(SessionMails.uid(session), session.startsAt(), session.durationMinutes(),
						title, place, session.sequence(), !session.planned() && !"HELD".equals(session.status()),
						new CalendarFiles.Organizer(counsellor.email(), counsellor.displayName())));
			}
		});
		return files.write(events, clock.instant());
	}

	static byte[] sha256(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
