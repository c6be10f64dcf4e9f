package io.signalroom.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;

/**
 * What the layout of every page needs besides the page's own model: who is signed in, in
 * which workspace. The module that signs people in provides it. Pages that controllers
 * render get it from that module's {@code @ModelAttribute} advice; pages rendered where
 * no such advice runs (the error pages {@link ErrorAdvice} renders) ask for it here.
 */
public interface LayoutModel {

	void addTo(Model model, HttpServletRequest request);

}
