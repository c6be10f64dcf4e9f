package io.signalroom.signal.detection;

/**
 * What running rules changed: alerts raised for new matches, and open or acknowledged
 * alerts resolved because their condition no longer holds.
 */
public record Evaluation(int raised, int resolved) {

	static final Evaluation NOTHING = new Evaluation(0, 0);

}
