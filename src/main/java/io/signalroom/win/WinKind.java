package io.signalroom.win;

/**
 * What kind of outcome a win is.
 */
enum WinKind {

	SAVED_ACCOUNT, UPSELL, CLOSED_DEAL, OTHER;

	public String messageKey() {
		return "win.kind." + name();
	}

}
