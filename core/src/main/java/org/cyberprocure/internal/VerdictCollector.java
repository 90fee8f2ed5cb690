package org.cyberprocure.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.ScopeNote;
import org.cyberprocure.model.Status;
import org.cyberprocure.spi.Verdicts;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Collects what the rules of one evaluation decide. One instance per evaluation, never shared between threads:
 * the engine tells it which rule is about to fire, so a rule's right-hand side only states the verdict.
 */
final class VerdictCollector extends DefaultAgendaEventListener implements Verdicts {

    /** One rule's verdict on one requirement. */
    record Verdict(String requirementId, String rule, Status status, String rationale, List<Answer> answers) {
    }

    /** A contradiction found by a {@code @check} rule. */
    record Clash(String checkId, String rule, String message, List<Answer> answers, List<FormItem> items) {
    }

    /** A scope note with the rule that produced it. */
    record Gate(ScopeNote note, String rule) {
    }

    private final List<Verdict> verdicts = new ArrayList<>();
    private final List<Gate> gates = new ArrayList<>();
    private final List<Clash> clashes = new ArrayList<>();
    private Rule firing;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule();
    }

    @Override
    public void met(String rationale, Answer... decidingAnswers) {
        record(Status.MET, rationale, decidingAnswers);
    }

    @Override
    public void partiallyMet(String rationale, Answer... decidingAnswers) {
        record(Status.PARTIALLY_MET, rationale, decidingAnswers);
    }

    @Override
    public void notMet(String rationale, Answer... decidingAnswers) {
        record(Status.NOT_MET, rationale, decidingAnswers);
    }

    @Override
    public void contradiction(String message, Answer... involvedAnswers) {
        clashes.add(new Clash(metadata("check"), firing.getName(), message, Arrays.asList(involvedAnswers),
                List.of()));
    }

    @Override
    public void formContradiction(String message, FormItem... involvedItems) {
        clashes.add(new Clash(metadata("check"), firing.getName(), message, List.of(),
                Arrays.asList(involvedItems)));
    }

    @Override
    public void advisoryOnly(String instrument, String reason, Answer... decidingAnswers) {
        gate(instrument, ScopeNote.Outcome.ADVISORY_BENCHMARK, reason, decidingAnswers);
    }

    @Override
    public void notApplicable(String instrument, String reason, Answer... decidingAnswers) {
        gate(instrument, ScopeNote.Outcome.NOT_APPLICABLE, reason, decidingAnswers);
    }

    @Override
    public void scopeNote(String topic, String reason, Answer... decidingAnswers) {
        gate(topic, ScopeNote.Outcome.NOTE, reason, decidingAnswers);
    }

    List<Verdict> verdicts() {
        return verdicts;
    }

    List<Gate> gates() {
        return gates;
    }

    List<Clash> clashes() {
        return clashes;
    }

    private void record(Status status, String rationale, Answer... answers) {
        verdicts.add(new Verdict(metadata("requirement"), firing.getName(), status, Prose.tidy(rationale),
                Arrays.asList(answers)));
    }

    private void gate(String instrument, ScopeNote.Outcome outcome, String reason, Answer... answers) {
        gates.add(new Gate(new ScopeNote(metadata("gate"), instrument, outcome, Prose.tidy(reason),
                Arrays.asList(answers)),
                firing.getName()));
    }

    private String metadata(String key) {
        if (firing == null) {
            throw new ConfigurationException("a verdict was recorded outside a firing rule");
        }
        Map<String, Object> metadata = firing.getMetaData();
        Object value = metadata.get(key);
        if (value == null) {
            throw new ConfigurationException("rule '" + firing.getName() + "' has no @" + key + " metadata");
        }
        return unquote(value.toString());
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
