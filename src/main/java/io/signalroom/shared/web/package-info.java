/**
 * What every page and endpoint shares: the error path, page messages, pagination, the
 * request log.
 * <p>
 * <b>Errors.</b> A broken rule of the domain is a
 * {@link io.signalroom.shared.RuleViolation} (a message key and its arguments); an id
 * that names nothing in the workspace is a
 * {@link io.signalroom.shared.web.NotFoundException}. Services throw them and controllers
 * let them pass: {@link io.signalroom.shared.web.ErrorAdvice} answers 422 with the
 * message (RFC 9457 problem on {@code /api/**}; the page's message area, {@code #flash},
 * for htmx; the page a form was posted from, with the message on top; else
 * {@code error/422}) and 404 for an unknown or malformed id. A controller catches a
 * {@code RuleViolation} only to show it beside the user's input:
 * {@link io.signalroom.shared.web.FormErrors} onto a {@code BindingResult} with 422 (see
 * {@code win.WinController}), or {@link io.signalroom.shared.web.PageErrors} with a named
 * place inside a fragment it re-renders ({@code fragments/flash :: error-in(place)}).
 * <p>
 * <b>Messages.</b> A page's messages are {@code successKey}/{@code successArgs} and
 * {@code errorKey}/{@code errorArgs} (plus {@code errorPlace}), in the model or the
 * flash; the layout shows them through {@code fragments/flash}.
 * <p>
 * <b>htmx.</b> A handler tells an htmx request by taking htmx-spring-boot's
 * {@code HtmxRequest}; a filter asks {@code HtmxRequest.fromRequest(request)}.
 * <p>
 * <b>Pages of a list.</b> A paged result offers
 * {@link io.signalroom.shared.web.PageLinks}; its template includes
 * {@code fragments/pagination :: pages(...)}.
 */
package io.signalroom.shared.web;
