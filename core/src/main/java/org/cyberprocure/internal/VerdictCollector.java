package org.cyberprocure.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.model.Answer;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.Message;
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

    /**
     * One rule's verdict on one requirement: the rationale as a message and in English.
     */
    record Verdict(String requirementId, String rule, Status status, String rationale, List<Answer> answers,
                   Message message, Texts english) {
        /**
         * {@return the English text: the one given, or else the message written now} A rule's verdict is written
         * only when asked for: most lose to a less favourable verdict, and the winner is written once, as its
         * finding's rationale (formatting every verdict eagerly was a fifth of an evaluation's time).
         */
        @Override
        public String rationale() {
            return rationale != null ? rationale : english.format(message);
        }
    }

    /** A contradiction found by a {@code @check} rule. */
    record Clash(String checkId, String rule, String message, List<Answer> answers, List<FormItem> items,
                 Message text) {
    }

    /** A scope note with the rule that produced it. */
    record Gate(ScopeNote note, String rule) {
    }

    private final Texts english;
    private final List<Verdict> verdicts = new ArrayList<>();
    private final List<Gate> gates = new ArrayList<>();
    private final List<Clash> clashes = new ArrayList<>();
    private Rule firing;

    /** @param english the rule pack's English texts, in which the assessment records every rationale */
    VerdictCollector(Texts english) {
        this.english = english;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule();
    }

    @Override
    public void met(Message rationale, Answer... decidingAnswers) {
        record(Status.MET, rationale, decidingAnswers);
    }

    @Override
    public void partiallyMet(Message rationale, Answer... decidingAnswers) {
        record(Status.PARTIALLY_MET, rationale, decidingAnswers);
    }

    @Override
    public void notMet(Message rationale, Answer... decidingAnswers) {
        record(Status.NOT_MET, rationale, decidingAnswers);
    }

    @Override
    public void contradiction(Message message, Answer... involvedAnswers) {
        clashes.add(new Clash(metadata("check"), firing.getName(), english(message), Arrays.asList(involvedAnswers),
                List.of(), message));
    }

    @Override
    public void formContradiction(Message message, FormItem... involvedItems) {
        clashes.add(new Clash(metadata("check"), firing.getName(), english(message), List.of(),
                Arrays.asList(involvedItems), message));
    }

    @Override
    public void advisoryOnly(String instrument, Message reason, Answer... decidingAnswers) {
        gate(instrument, ScopeNote.Outcome.ADVISORY_BENCHMARK, reason, decidingAnswers);
    }

    @Override
    public void notApplicable(String instrument, Message reason, Answer... decidingAnswers) {
        gate(instrument, ScopeNote.Outcome.NOT_APPLICABLE, reason, decidingAnswers);
    }

    @Override
    public void scopeNote(String topic, Message reason, Answer... decidingAnswers) {
        gate(topic, ScopeNote.Outcome.NOTE, reason, decidingAnswers);
    }

    @Override
    public void met(String rationale, Answer... decidingAnswers) {
        met(Texts.literal(rationale), decidingAnswers);
    }

    @Override
    public void partiallyMet(String rationale, Answer... decidingAnswers) {
        partiallyMet(Texts.literal(rationale), decidingAnswers);
    }

    @Override
    public void notMet(String rationale, Answer... decidingAnswers) {
        notMet(Texts.literal(rationale), decidingAnswers);
    }

    @Override
    public void contradiction(String message, Answer... involvedAnswers) {
        contradiction(Texts.verbatim(message), involvedAnswers);
    }

    @Override
    public void formContradiction(String message, FormItem... involvedItems) {
        formContradiction(Texts.verbatim(message), involvedItems);
    }

    @Override
    public void advisoryOnly(String instrument, String reason, Answer... decidingAnswers) {
        advisoryOnly(instrument, Texts.literal(reason), decidingAnswers);
    }

    @Override
    public void notApplicable(String instrument, String reason, Answer... decidingAnswers) {
        notApplicable(instrument, Texts.literal(reason), decidingAnswers);
    }

    @Override
    public void scopeNote(String topic, String reason, Answer... decidingAnswers) {
        scopeNote(topic, Texts.literal(reason), decidingAnswers);
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

    private void record(Status status, Message rationale, Answer... answers) {
        verdicts.add(new Verdict(metadata("requirement"), firing.getName(), status, null, Arrays.asList(answers),
                rationale, english));
    }

    private void gate(String instrument, ScopeNote.Outcome outcome, Message reason, Answer... answers) {
        gates.add(new Gate(new ScopeNote(metadata("gate"), instrument, outcome, english(reason),
                Arrays.asList(answers), reason), firing.getName()));
    }

    /** The English text; a key missing from the bundles is the rule pack's error, named with the rule. */
    private String english(Message message) {
        try {
            return english.format(message);
        } catch (ConfigurationException e) {
            throw new ConfigurationException("rule '" + (firing == null ? "?" : firing.getName()) + "': "
                    + e.getMessage(), e);
        }
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
