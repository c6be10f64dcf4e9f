package io.signalroom.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page of this application a form was posted from, read from the {@code Referer} a
 * browser sends with it (the security headers keep it whole for this origin), and the way
 * back there.
 */
final class FormOrigin {

	private FormOrigin() {
	}

	/**
	 * The page's path and query within the application, or null: for anything but a POST
	 * (a GET that broke a rule would break it again) and for a page of another origin.
	 */
	static String of(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (!HttpMethod.POST.matches(request.getMethod()) || referer == null) {
			return null;
		}
		UriComponents page;
		try {
			page = UriComponentsBuilder.fromUriString(referer).build();
		}
		catch (IllegalArgumentException notAUri) {
			return null;
		}
		UriComponents application = ServletUriComponentsBuilder.fromContextPath(request).build();
		String path = (page.getPath() != null) ? page.getPath() : "";
		boolean sameOrigin = application.getScheme().equalsIgnoreCase(String.valueOf(page.getScheme()))
				&& application.getHost().equalsIgnoreCase(String.valueOf(page.getHost()))
				&& application.getPort() == page.getPort();
		if (!sameOrigin || !path.startsWith(request.getContextPath() + "/")) {
			return null;
		}
		String within = path.substring(request.getContextPath().length());
		if (within.startsWith("//") || within.startsWith("/\\")) {
			return null; // a browser would read it as another host
		}
		return (page.getQuery() != null) ? within + "?" + page.getQuery() : within;
	}

	/** A redirect to the page as it is: no {@code {...}} in it is a template variable. */
	static RedirectView back(String page) {
		RedirectView back = new RedirectView(page, true);
		back.setExpandUriTemplateVariables(false);
		back.setExposeModelAttributes(false);
		back.setStatusCode(HttpStatus.SEE_OTHER);
		return back;
	}

}
