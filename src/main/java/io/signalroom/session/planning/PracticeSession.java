package io.signalroom.session.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.signalroom.session.LearningGoal;
import io.signalroom.session.SessionStatus;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.Department;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/**
 * A practice session: its plan (focus, goal, facilitator, participants, customers, a
 * timed agenda) and, once started, where it stands. The plan can change only while the
 * session is planned; the running part follows {@link SessionStatus}'s state machine.
 */
@Entity
public class PracticeSession {

	public static final int MAX_FOCUS = 200;

	public static final int MAX_OBJECTIVE = 1000;

	public static final int MAX_ITEMS = 20;

	public static final int MAX_CUSTOMERS = 12;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long workspaceId;

	private Long seriesId;

	private boolean anonymizeCustomers;

	private String focus;

	private String objective;

	@Enumerated(EnumType.STRING)
	private LearningGoal learningGoal;

	@Enumerated(EnumType.STRING)
	private AgendaTemplate template;

	private long facilitatorId;

	@Enumerated(EnumType.STRING)
	private SessionStatus status;

	private Instant scheduledStart;

	private int durationMinutes;

	private String joinCode;

	private Integer currentItem;

	private Instant startedAt;

	private Instant pausedAt;

	private Instant endedAt;

	private long createdBy;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "session_id", nullable = false)
	@OrderColumn(name = "position")
	private List<AgendaItem> agenda = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "session_participant", joinColumns = @JoinColumn(name = "session_id"))
	private Set<Participant> participants = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "session_customer", joinColumns = @JoinColumn(name = "session_id"))
	@Column(name = "customer_id")
	private Set<Long> customerIds = new LinkedHashSet<>();

	protected PracticeSession() {
	}

	PracticeSession(long workspaceId, SessionPlan plan, Instant scheduledStart, String joinCode, long createdBy) {
		this.workspaceId = workspaceId;
		this.status = SessionStatus.PLANNED;
		this.joinCode = joinCode;
		this.createdBy = createdBy;
		this.template = plan.template();
		this.facilitatorId = plan.facilitatorId();
		describe(plan.focus(), plan.objective(), plan.learningGoal());
		schedule(scheduledStart, plan.durationMinutes());
		plan.template().items().forEach((item) -> addItem(item.title(), item.minutes()));
		plan.participants().forEach((p) -> addParticipant(p.getUserId(), p.getDepartment()));
	}

	// --- planning -------------------------------------------------------------------

	void describe(String newFocus, String newObjective, LearningGoal goal) {
		requirePlanned();
		String f = (newFocus != null) ? newFocus.strip() : "";
		String o = (newObjective != null) ? newObjective.strip() : "";
		if (f.isEmpty()) {
			throw new RuleViolation("focus", "session.focusRequired");
		}
		if (f.length() > MAX_FOCUS) {
			throw new RuleViolation("focus", "session.focusTooLong", MAX_FOCUS);
		}
		if (o.length() > MAX_OBJECTIVE) {
			throw new RuleViolation("objective", "session.objectiveTooLong", MAX_OBJECTIVE);
		}
		this.focus = f;
		this.objective = o.isEmpty() ? null : o;
		this.learningGoal = (goal != null) ? goal : LearningGoal.OTHER;
	}

	void schedule(Instant start, int minutes) {
		requirePlanned();
		if (minutes < 5 || minutes > 480) {
			throw new RuleViolation("durationMinutes", "session.durationRange");
		}
		this.scheduledStart = start;
		this.durationMinutes = minutes;
	}

	void joinSeries(long id) {
		this.seriesId = id;
	}

	AgendaItem addItem(String title, int minutes) {
		requirePlanned();
		if (this.agenda.size() >= MAX_ITEMS) {
			throw new RuleViolation("title", "session.agenda.tooManyItems", MAX_ITEMS);
		}
		AgendaItem item = new AgendaItem(title, minutes);
		this.agenda.add(item);
		return item;
	}

	void changeItem(long itemId, String title, int minutes) {
		requirePlanned();
		item(itemId).change(title, minutes);
	}

	void removeItem(long itemId) {
		requirePlanned();
		this.agenda.remove(item(itemId));
	}

	/** Moves an item one place up (-1) or down (+1); at either end nothing moves. */
	void moveItem(long itemId, int step) {
		requirePlanned();
		int from = this.agenda.indexOf(item(itemId));
		int to = from + Integer.signum(step);
		if (to >= 0 && to < this.agenda.size()) {
			Collections.swap(this.agenda, from, to);
		}
	}

	void changeFacilitator(long userId) {
		requirePlanned();
		this.facilitatorId = userId;
	}

	void addParticipant(long userId, Department department) {
		requireOpen();
		this.participants.add(new Participant(userId, department));
	}

	void removeParticipant(long userId) {
		requirePlanned();
		this.participants.removeIf((p) -> p.getUserId() == userId);
	}

	void addCustomer(long customerId) {
		requirePlanned();
		if (!this.customerIds.contains(customerId) && this.customerIds.size() >= MAX_CUSTOMERS) {
			throw new RuleViolation("customerIds", "session.customers.tooMany", MAX_CUSTOMERS);
		}
		this.customerIds.add(customerId);
	}

	void removeCustomer(long customerId) {
		requirePlanned();
		this.customerIds.remove(customerId);
	}

	public int totalMinutes() {
		return this.agenda.stream().mapToInt(AgendaItem::getPlannedMinutes).sum();
	}

	public AgendaLength agendaLength() {
		return AgendaLength.of(totalMinutes());
	}

	// --- running ----------------------------------------------------------------------

	public void start(Instant now) {
		switch (this.status) {
			case PLANNED -> {
			}
			case LIVE, PAUSED -> throw new RuleViolation(null, "session.alreadyRunning");
			case ENDED -> throw new RuleViolation(null, "session.alreadyEnded");
			case CANCELLED -> throw new RuleViolation(null, "session.cancelled");
		}
		if (this.agenda.isEmpty()) {
			throw new RuleViolation(null, "session.agenda.empty");
		}
		this.status = SessionStatus.LIVE;
		this.startedAt = now;
		this.currentItem = 0;
		this.agenda.get(0).begin(now);
	}

	public void pause(Instant now) {
		requireStatus(SessionStatus.LIVE, "session.notLive");
		current().halt(now);
		this.status = SessionStatus.PAUSED;
		this.pausedAt = now;
	}

	public void resume(Instant now) {
		requireStatus(SessionStatus.PAUSED, "session.notPaused");
		current().begin(now);
		this.status = SessionStatus.LIVE;
		this.pausedAt = null;
	}

	/**
	 * Moves on from the given item to the next. Naming the item makes a repeated request
	 * (a double-click, a second tab) harmless: once moved on, it no longer applies.
	 * @return whether the session moved
	 */
	public boolean advanceFrom(long itemId, Instant now) {
		requireStatus(SessionStatus.LIVE, "session.notLive");
		if (!current().getId().equals(itemId)) {
			return false;
		}
		if (this.currentItem == this.agenda.size() - 1) {
			throw new RuleViolation(null, "session.lastItem");
		}
		current().finish(now);
		this.currentItem++;
		current().begin(now);
		return true;
	}

	/**
	 * Goes back from the given item to the one before; repeated requests are harmless.
	 */
	public boolean backFrom(long itemId, Instant now) {
		requireStatus(SessionStatus.LIVE, "session.notLive");
		if (!current().getId().equals(itemId) || this.currentItem == 0) {
			return false;
		}
		current().halt(now);
		this.currentItem--;
		current().begin(now);
		return true;
	}

	public void extend(int minutes) {
		if (!this.status.isRunning()) {
			throw new RuleViolation(null, "session.notLive");
		}
		if (minutes < 1 || minutes > 30) {
			throw new RuleViolation("minutes", "session.extendRange");
		}
		current().extend(minutes);
	}

	public void end(Instant now) {
		if (!this.status.isRunning()) {
			throw new RuleViolation(null,
					(this.status == SessionStatus.ENDED) ? "session.alreadyEnded" : "session.notStarted");
		}
		current().finish(now);
		this.status = SessionStatus.ENDED;
		this.endedAt = now;
		this.pausedAt = null;
	}

	/**
	 * Shows this session's customers under pseudonyms, or not; possible until the session
	 * is over.
	 */
	public void anonymizeCustomers(boolean anonymize) {
		requireOpen();
		this.anonymizeCustomers = anonymize;
	}

	public boolean isAnonymizeCustomers() {
		return this.anonymizeCustomers;
	}

	public void cancel() {
		requireStatus(SessionStatus.PLANNED, "session.notPlanned");
		this.status = SessionStatus.CANCELLED;
	}

	// --- rules ------------------------------------------------------------------------

	private void requirePlanned() {
		if (this.status != SessionStatus.PLANNED) {
			throw new RuleViolation(null, "session.notEditable");
		}
	}

	private void requireOpen() {
		if (this.status.isFinal()) {
			throw new RuleViolation(null, "session.notEditable");
		}
	}

	private void requireStatus(SessionStatus wanted, String messageKey) {
		if (this.status != wanted) {
			throw new RuleViolation(null, messageKey);
		}
	}

	private AgendaItem item(long itemId) {
		return this.agenda.stream()
			.filter((i) -> i.getId() != null && i.getId() == itemId)
			.findFirst()
			.orElseThrow(() -> new io.signalroom.shared.web.NotFoundException("Agenda item"));
	}

	private AgendaItem current() {
		return this.agenda.get(this.currentItem);
	}

	// --- reading ----------------------------------------------------------------------

	public boolean includes(long userId) {
		return this.facilitatorId == userId || this.participants.stream().anyMatch((p) -> p.getUserId() == userId);
	}

	public Long getId() {
		return this.id;
	}

	public long getWorkspaceId() {
		return this.workspaceId;
	}

	public Long getSeriesId() {
		return this.seriesId;
	}

	public String getFocus() {
		return this.focus;
	}

	public String getObjective() {
		return this.objective;
	}

	public LearningGoal getLearningGoal() {
		return this.learningGoal;
	}

	public AgendaTemplate getTemplate() {
		return this.template;
	}

	public long getFacilitatorId() {
		return this.facilitatorId;
	}

	public SessionStatus getStatus() {
		return this.status;
	}

	public Instant getScheduledStart() {
		return this.scheduledStart;
	}

	public int getDurationMinutes() {
		return this.durationMinutes;
	}

	public String getJoinCode() {
		return this.joinCode;
	}

	public Integer getCurrentItem() {
		return this.currentItem;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getPausedAt() {
		return this.pausedAt;
	}

	public Instant getEndedAt() {
		return this.endedAt;
	}

	public List<AgendaItem> getAgenda() {
		return Collections.unmodifiableList(this.agenda);
	}

	public Set<Participant> getParticipants() {
		return Collections.unmodifiableSet(this.participants);
	}

	public Set<Long> getCustomerIds() {
		return Collections.unmodifiableSet(this.customerIds);
	}

	public long getVersion() {
		return this.version;
	}

}
