package io.signalroom.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Nothing by that id in the current workspace. Answers 404 ({@link ErrorAdvice}) whether
 * the object does not exist or belongs to another workspace, so ids of other workspaces
 * reveal nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
