package dev.vaultsim.engine;

/**
 * What kind of event fired, as a number the run's fingerprint folds in: the FNV-1a hash of the
 * event's class name, computed once per class. A lambda's class is named after the class that
 * wrote it, without the numbering the JVM adds, so the number is the same in every JVM.
 *
 * <p>An instance, one per simulator, remembers the kinds of two classes in front of the shared
 * {@link ClassValue}. A run's events are mostly a client's arrivals and its requests' attempts and
 * replies, interleaved: remembering only the last class missed about every other event, and a
 * {@code ClassValue} lookup per event was a measurable part of the run loop.
 */
final class EventKinds {

    private static final ClassValue<Long> KINDS = new ClassValue<>() {
        @Override
        protected Long computeValue(Class<?> type) {
            return RandomStreams.fnv1a(stableName(type));
        }
    };

    private Class<?> firstClass;
    private long firstKind;
    private Class<?> secondClass;
    private long secondKind;
    /** A class not remembered replaces the two in turn. */
    private boolean replaceSecond;

    long of(Event event) {
        Class<?> type = event.getClass();
        if (type == firstClass) {
            return firstKind;
        }
        if (type == secondClass) {
            return secondKind;
        }
        return remember(type);
    }

    private long remember(Class<?> type) {
        long kind = KINDS.get(type);
        if (replaceSecond) {
            secondClass = type;
            secondKind = kind;
        } else {
            firstClass = type;
            firstKind = kind;
        }
        replaceSecond = !replaceSecond;
        return kind;
    }

    /** The class's name, cut before "$$Lambda" for a lambda's hidden class (its suffix varies between JVMs). */
    static String stableName(Class<?> type) {
        String name = type.getName();
        int lambda = name.indexOf("$$Lambda");
        return lambda < 0 ? name : name.substring(0, lambda);
    }
}
