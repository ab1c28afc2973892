package org.virtfx.ui.domains;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * {@link Prompts} answered by the test: confirmations from a queue of answers (yes when empty),
 * the Delete dialog through a function of the offered machines, and results recorded.
 */
final class ScriptedPrompts implements Prompts {
    final List<String> questions = new CopyOnWriteArrayList<>();
    final List<List<DeleteTarget>> offered = new CopyOnWriteArrayList<>();
    final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    final List<String> steps = new CopyOnWriteArrayList<>();
    final List<String> summaries = new CopyOnWriteArrayList<>();
    private final Deque<Answer> answers = new ArrayDeque<>();
    /** What the user does in the Delete dialog; by default keeps the defaults and clicks Delete. */
    UnaryOperator<List<DeleteTarget>> deleteChoice = t -> t;

    synchronized ScriptedPrompts answer(boolean proceed, boolean dontAskAgain) {
        answers.add(new Answer(proceed, dontAskAgain));
        return this;
    }

    @Override
    public synchronized CompletableFuture<Answer> confirm(String title, String message, String confirmText) {
        questions.add(title + ": " + message);
        Answer a = answers.isEmpty() ? new Answer(true, false) : answers.poll();
        return CompletableFuture.completedFuture(a);
    }

    @Override
    public CompletableFuture<Optional<List<DeleteTarget>>> chooseDelete(List<DeleteTarget> machines) {
        offered.add(machines);
        return CompletableFuture.completedFuture(Optional.ofNullable(deleteChoice.apply(machines)));
    }

    @Override
    public Progress progress(String title) {
        return new Progress() {
            @Override
            public void step(String step) {
                steps.add(step);
            }

            @Override
            public void add(Outcome outcome) {
                outcomes.add(outcome);
            }

            @Override
            public void finish(String summary) {
                summaries.add(summary);
            }
        };
    }
}
