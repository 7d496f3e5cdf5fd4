package be.balise.planning;

import be.balise.identity.CurrentUser;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The counsellor's calendar feed: a page to create or renew its secret address (shown once, never stored in
 * clear), and the feed itself, open to anyone holding the token (calendar applications do not sign in).
 */
@Controller
class CalendarFeedController {

	private final CalendarFeedService feeds;

	CalendarFeedController(CalendarFeedService feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/counsellor/calendar")
	String page(@AuthenticationPrincipal CurrentUser counsellor, Model model) {
		model.addAttribute("hasFeed", feeds.hasFeed(counsellor));
		model.addAttribute("address", "");
		return "planning/calendar";
	}

	/** Renders the new address directly, so the token never travels through a redirect or a flash attribute. */
	@PostMapping("/counsellor/calendar")
	String renew(@AuthenticationPrincipal CurrentUser counsellor, Model model) {
		String token = feeds.renew(counsellor);
		model.addAttribute("hasFeed", true);
		model.addAttribute("address",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/" + token + ".ics").toUriString());
		return "planning/calendar";
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<byte[]> feed(@PathVariable String token) {
		return feeds.feed(token)
				.map(body -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
						.contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8")).body(body))
				.orElseGet(() -> ResponseEntity.notFound().build());
	}
}
